"""Form packages are signed by the coordinator (Ed25519); a department store trusts the first key it sees and
refuses packages of another key, or of another programme year, unless the officer confirms; a package never
replaces what the body typed, and never moves measures between years."""

from __future__ import annotations

import copy
import re
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text

from tests.exchange.signed import form_content, form_manifest, signed_form, the_coordinators_key
from tests.exchange.util import ok, where, z
from tests.helpers import dump_store
from zhdesk.exchange.form_open import NeedsConfirmation, open_form_file
from zhdesk.exchange.signing import fingerprint
from zhdesk.storage.database import open_store

PERIOD = "2023-Y"
FINGERPRINT = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}")


@pytest.fixture
def issued(store_url: str, real_report: Path, tmp_path: Path) -> tuple[str, Path]:
    """A coordinator (SQLite or PostgreSQL) with the real report and UKB's package for 2023-Y."""
    ok(*where(store_url), "import-report", real_report, "--period", "2023-9M")
    done = ok(*where(store_url), "issue-forms", "--period", PERIOD, "--out", tmp_path, "--body", "UKB")
    assert FINGERPRINT.search(done.out), done.out
    return store_url, tmp_path / f"UKB-{PERIOD}.zhform"


def typed(dept: Path, measure_id: str, words: str) -> None:
    ok("--db", dept, "set-execution", "--measure", measure_id, "--text", words)


def parts(dept: Path) -> dict[str, str]:
    engine = create_engine(f"sqlite:///{dept}")
    try:
        with engine.connect() as c:
            return dict(c.execute(text("SELECT measure_id, text FROM execution_part")).all())
    finally:
        engine.dispose()


def test_a_package_is_signed_and_the_officer_sees_the_coordinators_fingerprint(
    issued: tuple[str, Path], tmp_path: Path
) -> None:
    url, package = issued
    manifest = form_manifest(package)
    key = the_coordinators_key(url)
    shown = fingerprint(manifest["coordinator_key"])
    assert FINGERPRINT.fullmatch(shown)
    assert shown in ok(*where(url), "issue-forms", "--period", PERIOD, "--out", tmp_path, "--body", "UKB").out
    private_hex = key.private_bytes_raw().hex()
    assert private_hex not in package.read_bytes().hex() and private_hex not in str(manifest)  # never leaves the store
    assert private_hex not in ok(*where(url), "settings", "--json").out
    dept = tmp_path / "ukb.sqlite3"
    first = ok("--db", dept, "open-form", package)
    assert shown in first.out and "first package" in first.out
    again = ok("--db", dept, "open-form", package)
    assert shown in again.out and "first package" not in again.out
    store = open_store(f"sqlite:///{dept}")
    try:
        assert open_form_file(store, package).fingerprint == shown  # what the window shows
    finally:
        store.close()


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_crafted_package_changes_nothing(issued: tuple[str, Path], tmp_path: Path) -> None:
    _url, package = issued
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", package)
    content = form_content(package)
    mine = content["measures"][0]["id"]
    typed(dept, mine, "Текст, який набрав орган.")
    crafted = copy.deepcopy(content)
    crafted["key"] = "ab" * 32
    crafted["last_sequence"] = 2**31 - 1
    crafted["issued_at"] = "2030-01-01T00:00:00+00:00"
    for measure in crafted["measures"]:
        measure["text"] = "Підмінений текст заходу"
        measure["programme_or_funding"] = "999 999,000"
        measure["own_text"] = "Підмінений текст органу"
    before = dump_store(f"sqlite:///{dept}")
    cases = {
        "unsigned.zhform": (signed_form(crafted, None), "not signed"),
        "stranger.zhform": (signed_form(crafted, Ed25519PrivateKey.generate()), "another coordinator"),
    }
    # the coordinator's own signature over the genuine content, with the content changed after
    genuine = package.read_bytes()
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(genuine)) as archive:
        manifest_bytes = archive.read("manifest.json")
    from zhdesk.exchange.container import content_bytes_of, pack_raw

    cases["altered.zhform"] = (pack_raw(manifest_bytes, content_bytes_of(crafted)), "changed after it was signed")
    for name, (data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        done = z("--db", dept, "open-form", tmp_path / name)
        assert done.code == 2, (name, done.out, done.err)
        assert reason in done.err, (name, done.err)
        assert "Traceback" not in done.err
        assert dump_store(f"sqlite:///{dept}") == before, name


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_another_coordinator_key_needs_the_officers_confirmation_and_keeps_the_bodys_texts(
    issued: tuple[str, Path], tmp_path: Path
) -> None:
    _url, package = issued
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", package)
    content = form_content(package)
    mine = content["measures"][0]["id"]
    typed(dept, mine, "Текст, який набрав орган.")
    other = Ed25519PrivateKey.generate()
    moved = copy.deepcopy(content)
    moved["issued_at"] = "2030-01-01T00:00:00+00:00"
    for measure in moved["measures"]:
        measure["own_text"] = "Текст, що його бачить новий координатор"
    (tmp_path / "new.zhform").write_bytes(signed_form(moved, other))
    new_print = fingerprint(other.public_key().public_bytes_raw().hex())
    before = dump_store(f"sqlite:///{dept}")
    refused = z("--db", dept, "open-form", tmp_path / "new.zhform")
    assert refused.code == 2 and "--trust-new-coordinator" in refused.err and new_print in refused.err
    assert dump_store(f"sqlite:///{dept}") == before
    store = open_store(f"sqlite:///{dept}")
    try:
        with pytest.raises(NeedsConfirmation) as raised:
            open_form_file(store, tmp_path / "new.zhform")
        assert raised.value.confirmation == "trust_new_coordinator"
    finally:
        store.close()
    accepted = ok("--db", dept, "open-form", tmp_path / "new.zhform", "--trust-new-coordinator")
    assert new_print in accepted.out
    own = parts(dept)
    assert own[mine] == "Текст, який набрав орган."  # what the body typed stays
    # the new key is the one trusted now: the first coordinator's package needs the confirmation in turn
    assert "--trust-new-coordinator" in z("--db", dept, "open-form", package).err


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_package_of_another_year_needs_confirmation_and_never_moves_measures(
    issued: tuple[str, Path], tmp_path: Path
) -> None:
    url, package = issued
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", package)
    count = len(ok("--db", dept, "measures", "--period", PERIOD, "--body", "UKB", "--json").json())  # type: ignore[arg-type]
    key = the_coordinators_key(url)
    content = form_content(package)
    next_year = copy.deepcopy(content)
    next_year["period"], next_year["programme"]["year"] = "2024-Q1", 2024
    for measure in next_year["measures"]:
        measure["previous_text"], measure["previous_period"], measure["own_text"] = "", "", ""
    (tmp_path / "same-ids.zhform").write_bytes(signed_form(next_year, key))
    fresh = copy.deepcopy(next_year)
    for measure in fresh["measures"]:
        measure["id"] = str(uuid.uuid4())
    (tmp_path / "fresh.zhform").write_bytes(signed_form(fresh, key))
    before = dump_store(f"sqlite:///{dept}")
    refused = z("--db", dept, "open-form", tmp_path / "fresh.zhform")
    assert refused.code == 2 and "--other-year" in refused.err and "2023" in refused.err
    assert dump_store(f"sqlite:///{dept}") == before
    moving = z("--db", dept, "open-form", tmp_path / "same-ids.zhform", "--other-year")
    assert moving.code == 2 and "2023 programme" in moving.err, moving.err
    assert dump_store(f"sqlite:///{dept}") == before
    ok("--db", dept, "open-form", tmp_path / "fresh.zhform", "--other-year")
    assert len(ok("--db", dept, "measures", "--period", PERIOD, "--json").json()) == count  # type: ignore[arg-type]
    assert len(ok("--db", dept, "measures", "--period", "2024-Q1", "--json").json()) == count  # type: ignore[arg-type]


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_an_unsigned_package_of_an_earlier_zhdesk_asks_for_a_new_one(issued: tuple[str, Path], tmp_path: Path) -> None:
    _url, package = issued
    old = tmp_path / "old.zhform"
    old.write_bytes(signed_form(form_content(package), None))
    done = z("--db", tmp_path / "empty.sqlite3", "open-form", old)
    assert done.code == 2
    assert "not signed" in done.err and "issue it again" in done.err
