"""`zhdesk --version` names the store and its schema without touching it; `zhdesk FILE.zhform` is for the
window, whatever options come around it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.exchange.util import ok
from zhdesk.cli.main import _file_to_open, build_parser
from zhdesk.storage.schema import SCHEMA_HEAD


def test_version_names_the_store_and_its_schema(tmp_path: Path, real_report: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    done = ok("--db", missing, "--version")
    assert done.out.splitlines()[0].startswith("zhdesk ")
    assert f"store: {missing} (not created yet" in done.out and not missing.exists()
    db = tmp_path / "s.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    before = db.read_bytes()
    assert f"(schema {SCHEMA_HEAD})" in ok("--db", db, "--version").out
    assert db.read_bytes() == before
    with sqlite3.connect(db) as connection:  # a store from an older release: said so, and not migrated
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert f"(schema 0001; this zhdesk writes schema {SCHEMA_HEAD})" in ok("--db", db, "--version").out


@pytest.mark.parametrize(
    ("argv", "rest", "file"),
    [
        (["a.zhform"], [], "a.zhform"),
        (["--db", "x.sqlite3", "b.ZHSUB"], ["--db", "x.sqlite3"], "b.ZHSUB"),
        (["--body", "UKB", "c.zhform", "--demo"], ["--body", "UKB", "--demo"], "c.zhform"),
        (["open-form", "a.zhform"], ["open-form", "a.zhform"], None),
        (["--db", "a.zhform"], ["--db", "a.zhform"], None),
        (["receive", "x.zhsub", "y.zhsub"], ["receive", "x.zhsub", "y.zhsub"], None),
    ],
)
def test_a_file_from_the_file_manager_goes_to_the_window(argv: list[str], rest: list[str], file: str | None) -> None:
    assert _file_to_open(build_parser(), argv) == (rest, file)
