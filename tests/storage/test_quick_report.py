"""``export-report``'s quick reader (issue 12) gives exactly the document and the checklist the store's own
services give, in every state a store is in over a year, and steps aside whenever it is unsure."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.exchange.util import ok, z
from tests.services.test_coordinator import desk  # noqa: F401 - the fixture: two submissions and a conflict
from tests.test_start_imports import CLI_HEAVY, LOADED, loaded
from zhdesk.periods import Period
from zhdesk.services.checklist import check_report
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import open_store
from zhdesk.storage.quick_report import read_report

P9M, PY = Period.parse("2023-9M"), Period.parse("2023-Y")


def same_as_the_store(db: Path, period: Period, body: str | None = None) -> None:
    """The quick reader's document and checklist equal the full path's, field by field."""
    quick = read_report(db, period, body)
    assert quick is not None
    store = open_store(f"sqlite:///{db}", create=False)
    try:
        with store.reading() as session:
            assert quick.document == build_report_model(session, period, body)
            assert quick.checklist == (check_report(session, period) if body is None else None)
    finally:
        store.close()


@pytest.fixture
def imported(tmp_path: Path, real_report: Path) -> Path:
    db = tmp_path / "s.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    return db


def test_the_real_report_and_its_year_with_settings_heads_and_an_amendment(imported: Path) -> None:
    for period in (P9M, PY):
        same_as_the_store(imported, period)
    ok("--db", imported, "settings", "signatory_position", "Директор департаменту")
    ok("--db", imported, "settings", "signatory_name", "Вікторія Сичова")
    ok("--db", imported, "settings", "footnote", "* за 9 міс. 2023 року без урахування субвенцій")
    measures = ok("--db", imported, "measures", "--period", "2023-Y", "--json").json()
    first, second, third = (m["id"] for m in measures[:3])
    ok("--db", imported, "set-execution", "--measure", first, "--period", "2023-Y", "--text", "Річний текст =SUM(A1).")
    ok("--db", imported, "set-execution", "--measure", second, "--period", "2023-Y", "--text", "2023 2024 рік")
    ok("--db", imported, "programme", "retire-measure", third, "--from", "2023-Y")
    for period in (P9M, PY):
        same_as_the_store(imported, period)
    codes = [b["code"] for b in ok("--db", imported, "bodies", "--json").json()]
    body = "DER"
    assert body in codes
    ok("--db", imported, "bodies", "--set-head", body, "--position", "Начальник управління", "--name", "Олена Іваненко")
    for code in (body, body.lower(), codes[-1]):
        same_as_the_store(imported, PY, code)
        same_as_the_store(imported, P9M, code)


def test_submissions_a_conflict_and_accepted_bodies(desk: dict) -> None:  # noqa: F811 - the fixture
    db = Path(desk["url"].removeprefix("sqlite:///"))
    same_as_the_store(db, PY)
    ok("--db", db, "accept", desk["lead"], "--period", "2023-Y")
    same_as_the_store(db, PY)
    same_as_the_store(db, PY, desk["other"])
    quick = read_report(db, PY)
    assert quick is not None and quick.checklist is not None
    assert [m.measure_id for m in quick.checklist.conflicts] == [desk["shared"]]
    assert desk["lead"] not in {b.code for b in quick.checklist.not_accepted}


def test_it_steps_aside_when_unsure(imported: Path, tmp_path: Path) -> None:
    assert read_report(tmp_path / "missing.sqlite3", PY) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    assert read_report(junk, PY) is None
    assert read_report(imported, Period.parse("2024-Y")) is None  # no programme: the full path says so
    name = ok("--db", imported, "bodies", "--json").json()[0]["name"]
    assert read_report(imported, PY, name) is None  # by name: the full path finds it
    old = tmp_path / "old.sqlite3"
    old.write_bytes(imported.read_bytes())
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    assert read_report(old, PY) is None  # needs a migration first


def test_export_report_of_an_sqlite_store_loads_no_sqlalchemy_and_says_the_same(imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    quick = loaded(LOADED, CLI_HEAVY, "--db", imported, "export-report", "--period", "2023-Y", "-o", out)
    assert quick["code"] == 0 and out.stat().st_size > 50_000
    assert [m for m in quick["loaded"] if m.startswith(("sqlalchemy", "zhdesk.storage"))] == []
    assert quick["out"].startswith(f"wrote {out} (173 measures, за 2023 рік)")
    full = loaded(
        LOADED, CLI_HEAVY, "--db-url", f"sqlite:///{imported}", "export-report", "--period", "2023-Y", "-o", out
    )
    assert "sqlalchemy" in full["loaded"] and full["out"] == quick["out"]
    a = z("--db", imported, "export-report", "--period", "2023-Y", "-o", out)
    b = z("--db-url", f"sqlite:///{imported}", "export-report", "--period", "2023-Y", "-o", out)
    assert a.code == b.code == 0 and a.err == b.err and "172 of 173 measures" in a.err


def test_export_report_refusals_stay_plain(imported: Path, tmp_path: Path) -> None:
    missing = z("--db", tmp_path / "nothing.sqlite3", "export-report", "--period", "2023-Y", "-o", tmp_path / "r.pdf")
    assert missing.code == 2 and "no store at" in missing.err and not (tmp_path / "nothing.sqlite3").exists()
    no_folder = z("--db", imported, "export-report", "--period", "2023-Y", "-o", tmp_path / "no" / "such" / "r.pdf")
    assert no_folder.code == 2 and "Traceback" not in no_folder.err and no_folder.err.startswith("zhdesk:")
    wrong = z("--db", imported, "export-report", "--period", "2023-Y", "-o", tmp_path / "r.odt")
    assert wrong.code == 2 and "use .xlsx, .pdf or .docx" in wrong.err
    assert json.loads(json.dumps(wrong.err))  # plain text, nothing more
