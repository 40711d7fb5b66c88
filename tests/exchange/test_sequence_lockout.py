"""A body's submission numbers: a jump far ahead is refused, and the coordinator can reset a body whose
numbers ran out (a new key: every file made before the reset is refused for good)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.exchange.signed import form_content
from tests.exchange.util import fill_department, ok, where, z
from tests.helpers import dump_store
from zhdesk.exchange.container import SUBMISSION, content_bytes_of, pack_raw, sign

PERIOD = "2023-Y"
TOP = 2**31 - 1


def forged(source: Path, target: Path, key: str, sequence: int) -> Path:
    """The submission at ``source`` renumbered and signed again with the body's real key."""
    with zipfile.ZipFile(source) as archive:
        content = json.loads(archive.read("content.json"))
    content["sequence"] = sequence
    content["entries"][0]["text"] += f" (no. {sequence})"
    data = content_bytes_of(content)
    manifest = {"format": SUBMISSION, "schema": 1, "body": content["body"], "hmac_sha256": sign(key, data)}
    target.write_bytes(pack_raw(json.dumps(manifest).encode("utf-8"), data))
    return target


def execute(url: str, statement: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as c:
            c.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def quarter(store_url: str, real_report: Path, tmp_path: Path) -> tuple[list[str], Path, Path, str]:
    """(coordinator, department store, submission no. 1 received, the body's key)."""
    coordinator = where(store_url)
    ok(*coordinator, "import-report", real_report, "--period", "2023-9M")
    ok(*coordinator, "issue-forms", "--period", PERIOD, "--out", tmp_path, "--body", "UKB")
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", tmp_path / f"UKB-{PERIOD}.zhform")
    fill_department(dept, "UKB")
    first = tmp_path / "first.zhsub"
    ok("--db", dept, "submit", "-o", first)
    ok(*coordinator, "receive", first)
    return coordinator, dept, first, form_content(tmp_path / f"UKB-{PERIOD}.zhform")["key"]


def test_a_number_far_ahead_is_refused(
    store_url: str, quarter: tuple[list[str], Path, Path, str], tmp_path: Path
) -> None:
    coordinator, _dept, first, key = quarter
    before = dump_store(store_url)
    for sequence in (TOP, 1002):
        done = z(*coordinator, "receive", forged(first, tmp_path / f"{sequence}.zhsub", key, sequence), "--json")
        assert done.code == 1
        (result,) = done.json()  # type: ignore[misc]
        assert result["outcome"] == "rejected" and result["category"] == "sequence", result
        assert f"no. {sequence}" in result["reason"] and "more than 1000" in result["reason"], result
    assert dump_store(store_url) == before
    ok(*coordinator, "receive", forged(first, tmp_path / "1001.zhsub", key, 1001))  # 1000 past no. 1: still fine


def test_a_locked_out_body_is_reset_by_the_coordinator_and_old_files_stay_refused(
    store_url: str, quarter: tuple[list[str], Path, Path, str], tmp_path: Path
) -> None:
    coordinator, dept, first, key = quarter
    # a store that received no. 2³¹−1 under an earlier zhdesk (which had no bound): the body is locked out
    execute(store_url, f"UPDATE submission SET sequence = {TOP}")
    second = tmp_path / "second.zhsub"
    ok("--db", dept, "submit", "-o", second)
    refused = z(*coordinator, "receive", second)
    assert refused.code == 1 and "not newer" in refused.out
    unsent = tmp_path / "unsent.zhsub"
    ok("--db", dept, "submit", "-o", unsent)  # made before the reset, never received
    out = tmp_path / "reset"
    out.mkdir()
    done = ok(*coordinator, "reset-sequence", "UKB", "--period", PERIOD, "--out", out)
    assert f"UKB-{PERIOD}.zhform" in done.out and str(TOP) in done.out
    # the reset is in the history: who, when, from what to what
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            row = c.execute(
                text("SELECT item, field, old, new, changed_by FROM programme_change WHERE item = 'body'")
            ).one()
    finally:
        engine.dispose()
    assert row[1] == "sequence" and row[2] == str(TOP) and row[3] == "0" and row[4]
    # every file made before the reset is refused, received or not
    before = dump_store(store_url)
    for old in (first, second, unsent, forged(first, tmp_path / "forged.zhsub", key, 5)):
        again = z(*coordinator, "receive", old)
        assert again.code == 1 and "REJECTED" in again.out, (old, again.out)
    assert dump_store(store_url) == before
    # the body opens the package the reset wrote and submits again
    ok("--db", dept, "open-form", out / f"UKB-{PERIOD}.zhform")
    restarted = tmp_path / "restarted.zhsub"
    made = ok("--db", dept, "submit", "-o", restarted)
    assert "submission no. 1," in made.out
    received = ok(*coordinator, "receive", restarted)
    assert "no. 1," in received.out
    status = ok(*coordinator, "status", "--period", PERIOD, "--json").json()
    assert next(s for s in status if s["code"] == "UKB")["sequence"] == 1  # type: ignore[union-attr]
    # and a later one goes on from there
    ok("--db", dept, "submit", "-o", tmp_path / "third.zhsub")
    assert "no. 2," in ok(*coordinator, "receive", tmp_path / "third.zhsub").out


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_a_fresh_form_restarts_a_department_store_that_ran_too_far_ahead(
    store_url: str, quarter: tuple[list[str], Path, Path, str], tmp_path: Path
) -> None:
    coordinator, dept, _first, _key = quarter
    execute(f"sqlite:///{dept}", f"UPDATE setting SET value = '{TOP - 1}' WHERE key = 'form.sequence'")
    ok(*coordinator, "issue-forms", "--period", PERIOD, "--out", tmp_path, "--body", "UKB")
    ok("--db", dept, "open-form", tmp_path / f"UKB-{PERIOD}.zhform")
    ok("--db", dept, "submit", "-o", tmp_path / "next.zhsub")
    assert "no. 2," in ok(*coordinator, "receive", tmp_path / "next.zhsub").out


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_reset_sequence_of_a_body_without_a_form_says_so(
    store_url: str, quarter: tuple[list[str], Path, Path, str], tmp_path: Path
) -> None:
    coordinator, _dept, _first, _key = quarter
    done = z(*coordinator, "reset-sequence", "UKB", "--period", "2023-9M", "--out", tmp_path)
    assert done.code == 2 and "no form package for 2023-9M" in done.err and "Traceback" not in done.err
