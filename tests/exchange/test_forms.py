"""Form packages: what they carry, how a department store is created and updated from them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.exchange.util import fill_department, ok, z

SQLITE_DB = ["--db"]


@pytest.fixture
def coordinator(tmp_path: Path, real_report: Path) -> Path:
    db = tmp_path / "coordinator.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    ok("--db", db, "bodies", "--set-head", "UKB", "--position", "Начальник управління", "--name", "Олена Коваль")
    return db


def package(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["content.json", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
        assert sorted(manifest) == ["coordinator_key", "format", "schema", "signature_ed25519"]
        assert (manifest["format"], manifest["schema"]) == ("zhdesk-form", 1)
        content: dict[str, object] = json.loads(archive.read("content.json"))
        return content


def test_package_carries_context_previous_texts_head_and_key(coordinator: Path, tmp_path: Path) -> None:
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB")
    assert [p.name for p in tmp_path.glob("*.zhform")] == ["UKB-2023-Y.zhform"]
    content = package(tmp_path / "UKB-2023-Y.zhform")
    assert content["period"] == "2023-Y"
    assert content["body"] == {
        "code": "UKB",
        "name": "Управління капітального будівництва міської ради",
        "head_position": "Начальник управління",
        "head_name": "Олена Коваль",
    }
    key = content["key"]
    assert isinstance(key, str) and len(key) == 64
    measures = content["measures"]
    assert isinstance(measures, list) and len(measures) == 41
    first = measures[0]
    assert {"id", "priority", "sector", "task", "no", "text", "executors", "programme_or_funding"} <= set(first)
    assert first["executors"][0]["code"] == "UKB"
    assert sum(1 for m in measures if m["previous_text"]) >= 35  # the 9-month report's texts
    # the key stays the body's own across re-issues
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB")
    assert package(tmp_path / "UKB-2023-Y.zhform")["key"] == key


def test_new_period_keeps_what_was_typed_for_earlier_ones(coordinator: Path, tmp_path: Path) -> None:
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", coordinator, "issue-forms", "--period", "2023-H1", "--out", tmp_path, "--body", "UKB")
    ok("--db", dept, "open-form", tmp_path / "UKB-2023-H1.zhform")
    typed = fill_department(dept, "UKB", words="за півріччя")
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB")
    opened = ok("--db", dept, "open-form", tmp_path / "UKB-2023-Y.zhform")
    assert "41 measures (0 new)" in opened.out
    half = ok("--db", dept, "measures", "--period", "2023-H1", "--body", "UKB", "--json").json()
    assert isinstance(half, list) and all("за півріччя" in m["execution"] for m in half)
    assert len(half) == len(typed)
    # the new period starts empty for the officer, with the report's 9-month text for reference
    problems = z("--db", dept, "validate", "--json")
    assert problems.code == 1
    listed = json.loads(problems.out)
    assert all(p["measure_id"] in {m["id"] for m in typed} for p in listed)


def test_package_refused_by_a_store_it_does_not_belong_to(coordinator: Path, tmp_path: Path) -> None:
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB", "--body", "UK")
    before = (coordinator.read_bytes(), tmp_path)
    into_coordinator = z("--db", coordinator, "open-form", tmp_path / "UKB-2023-Y.zhform")
    assert into_coordinator.code == 2 and "already holds a programme" in into_coordinator.err
    assert coordinator.read_bytes() == before[0]
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", tmp_path / "UKB-2023-Y.zhform")
    other = z("--db", dept, "open-form", tmp_path / "UK-2023-Y.zhform")
    assert other.code == 2 and "belongs to UKB" in other.err
    not_a_package = tmp_path / "x.zhform"
    not_a_package.write_text("hello")
    bad = z("--db", dept, "open-form", not_a_package)
    assert bad.code == 2 and bad.err.count("\n") == 1 and "not a zip" in bad.err


def test_department_store_cannot_issue_forms(coordinator: Path, tmp_path: Path) -> None:
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB")
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", tmp_path / "UKB-2023-Y.zhform")
    done = z("--db", dept, "issue-forms", "--period", "2023-Y", "--out", tmp_path)
    assert done.code == 2 and "department" in done.err


def test_submission_numbers_continue_after_a_reissued_package(coordinator: Path, tmp_path: Path) -> None:
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UK")
    first = tmp_path / "uk1.sqlite3"
    ok("--db", first, "open-form", tmp_path / "UK-2023-Y.zhform")
    fill_department(first, "UK")
    ok("--db", first, "submit", "-o", tmp_path / "a.zhsub")
    ok("--db", coordinator, "receive", tmp_path / "a.zhsub")
    # the body's computer was replaced: a fresh store from a re-issued package goes on from no. 2
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UK")
    second = tmp_path / "uk2.sqlite3"
    ok("--db", second, "open-form", tmp_path / "UK-2023-Y.zhform")
    with create_engine(f"sqlite:///{second}").connect() as c:
        typed = c.execute(text("SELECT count(*) FROM execution_part")).scalar()
    assert typed and typed > 0  # what the coordinator already received comes back
    done = ok("--db", second, "submit", "-o", tmp_path / "b.zhsub")
    assert "submission no. 2" in done.out
    assert "unchanged" not in ok("--db", coordinator, "receive", tmp_path / "b.zhsub").out


def test_a_funding_figure_the_body_cannot_change_does_not_block_its_submission(
    coordinator: Path, tmp_path: Path
) -> None:
    with create_engine(f"sqlite:///{coordinator}").begin() as c:
        c.execute(
            text(
                "UPDATE measure SET programme_or_funding = '434.090' WHERE id IN (SELECT measure_id FROM "
                "measure_executor e JOIN executive_body b ON b.id = e.body_id WHERE b.code = 'UK' LIMIT 1)"
            )
        )
    assert "з крапкою" in z("--db", coordinator, "validate", "--period", "2023-9M").out  # the coordinator sees it
    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UK")
    dept = tmp_path / "uk.sqlite3"
    ok("--db", dept, "open-form", tmp_path / "UK-2023-Y.zhform")
    fill_department(dept, "UK")
    assert "0 errors" in ok("--db", dept, "validate").out
    ok("--db", dept, "submit", "-o", tmp_path / "uk.zhsub")


def test_a_department_store_in_a_folder_with_a_hash_is_still_recognised(coordinator: Path, tmp_path: Path) -> None:
    from zhdesk.storage.quick import scope_body

    ok("--db", coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UK")
    folder = tmp_path / "відділ #2 ?100%"
    folder.mkdir()
    ok("--db", folder / "uk.sqlite3", "open-form", tmp_path / "UK-2023-Y.zhform")
    assert scope_body(folder / "uk.sqlite3") == "UK"
