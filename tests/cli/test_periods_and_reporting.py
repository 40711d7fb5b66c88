"""Periods, deadlines and who reports (issue 13): `open-period` with a deadline (the next period proposed),
bodies marked reporting or co-executors only (by name on import, changed with `bodies`), forms issued to the
reporting bodies by default, `status --json` with the deadline, the days left and whether the submission
came on time, the deadline carried by the form package, and suggested duplicates told apart for good.
On SQLite and PostgreSQL; an existing store is marked by the migration as a new one is on import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.exchange.util import fill_department, ok, where, z
from tests.helpers import dump_store

REPORTING = {"UKB", "UKH", "DO", "DO2", "DER", "DSP", "UK", "UOZ", "USSMS", "UTZ", "SUSD", "VK", "VORZHP"}
CO_EXECUTORS = {"BF", "HO", "KP-ATP", "KU-AHENTSIIA", "KZ-PALATS", "ZHDUIIF", "ZOZ", "VO", "ZHMTSSS"}


@pytest.fixture
def coordinator(store_url: str, real_report: Path) -> list[str]:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    return db


def bodies(db: list[str]) -> dict[str, dict[str, Any]]:
    return {b["code"]: b for b in ok(*db, "bodies", "--json").json()}  # type: ignore[union-attr]


def test_bodies_are_marked_reporting_or_co_executors_by_name_and_the_coordinator_can_change_it(
    coordinator: list[str],
) -> None:
    listed = bodies(coordinator)
    assert all(listed[c]["reporting"] for c in REPORTING), [c for c in REPORTING if not listed[c]["reporting"]]
    assert not any(listed[c]["reporting"] for c in CO_EXECUTORS), [c for c in CO_EXECUTORS if listed[c]["reporting"]]
    assert 20 <= sum(b["reporting"] for b in listed.values()) <= 30  # of 72 named in column 4

    ok(*coordinator, "bodies", "--not-reporting", "UMR", "UZH")
    ok(*coordinator, "bodies", "--reporting", "KP-ZHYTOMYRVO")
    listed = bodies(coordinator)
    assert not listed["UMR"]["reporting"] and not listed["UZH"]["reporting"] and listed["KP-ZHYTOMYRVO"]["reporting"]
    assert "[co-executor]" in next(line for line in ok(*coordinator, "bodies").out.splitlines() if "UMR" in line)
    before = bodies(coordinator)
    refused = z(*coordinator, "bodies", "--reporting", "UKB", "NO-SUCH-BODY")
    assert refused.code == 2 and "NO-SUCH-BODY" in refused.err
    assert bodies(coordinator) == before  # nothing changed, not even UKB


def test_forms_go_to_the_reporting_bodies_unless_a_co_executor_is_named(coordinator: list[str], tmp_path: Path) -> None:
    listed = bodies(coordinator)
    reporting = {c for c, b in listed.items() if b["reporting"]}
    out = tmp_path / "forms"
    out.mkdir()
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", out)
    assert {p.name.removesuffix("-2023-Y.zhform") for p in out.iterdir()} == reporting
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", out, "--body", "KP-ZHYTOMYRVO")
    assert (out / "KP-ZHYTOMYRVO-2023-Y.zhform").exists()


def test_open_period_proposes_the_next_one_and_keeps_its_deadline(coordinator: list[str]) -> None:
    opened = ok(*coordinator, "open-period", "--deadline", "2024-01-20", "--json").json()
    assert opened == {"code": "2023-Y", "words": "за 2023 рік", "deadline": "2024-01-20"}
    periods = {p["code"]: p for p in ok(*coordinator, "periods", "--json").json()}  # type: ignore[union-attr]
    assert periods["2023-Y"]["deadline"] == "2024-01-20" and periods["2023-9M"]["deadline"] is None
    ok(*coordinator, "open-period", "2023-Y")  # opened again without a deadline: the deadline stays
    assert "deadline 20.01.2024" in ok(*coordinator, "periods").out

    url = coordinator[1] if coordinator[0] == "--db-url" else f"sqlite:///{coordinator[1]}"
    before = dump_store(url)
    for args, words in (
        (["2023-Y", "--deadline", "2023-12-01"], "before the period 2023-Y ends"),
        (["2023-Y", "--deadline", "20.01.2024"], "not a date"),
        (["2024-Q1"], "no programme for 2024"),
        (["2023-Q5"], "2023-Q5"),
    ):
        refused = z(*coordinator, "open-period", *args)
        assert refused.code == 2 and words in refused.err, (args, refused.err)
        assert "Traceback" not in refused.err
    assert dump_store(url) == before


def test_status_tells_the_deadline_the_days_left_and_whether_the_submission_came_on_time(
    coordinator: list[str], tmp_path: Path
) -> None:
    today = dt.date.today()
    ok(*coordinator, "open-period", "2023-Y", "--deadline", "2024-01-20")
    out = tmp_path / "forms"
    out.mkdir()
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", out, "--body", "UMR")
    dept = tmp_path / "umr.sqlite3"
    ok("--db", dept, "open-form", out / "UMR-2023-Y.zhform")
    assert "deadline 20.01.2024" in ok("--db", dept, "periods").out  # the form package carried it
    fill_department(dept, "UMR")
    ok("--db", dept, "submit", "--out", tmp_path / "umr.zhsub")
    ok(*coordinator, "receive", tmp_path / "umr.zhsub")

    statuses = {s["code"]: s for s in ok(*coordinator, "status", "--period", "2023-Y", "--json").json()}  # type: ignore[union-attr]
    umr, ukb = statuses["UMR"], statuses["UKB"]
    assert umr["deadline"] == ukb["deadline"] == "2024-01-20"
    assert ukb["days_left"] == (dt.date(2024, 1, 20) - today).days < 0  # late by now, nothing received
    assert ukb["on_time"] is None and umr["on_time"] is False  # received today, long after the deadline
    assert statuses["BF"]["reporting"] is False and umr["reporting"] is True

    later = (today + dt.timedelta(days=10)).isoformat()
    ok(*coordinator, "open-period", "2023-Y", "--deadline", later)
    statuses = {s["code"]: s for s in ok(*coordinator, "status", "--period", "2023-Y", "--json").json()}  # type: ignore[union-attr]
    assert statuses["UMR"]["on_time"] is True and statuses["UKB"]["days_left"] == 10
    lines = {x.split()[0]: x for x in ok(*coordinator, "status", "--period", "2023-Y").out.splitlines()}
    assert lines["UMR"].endswith(" on time") and "days" not in lines["UKB"]  # UKB was issued no form
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", out, "--body", "UKB")
    lines = {x.split()[0]: x for x in ok(*coordinator, "status", "--period", "2023-Y").out.splitlines()}
    assert lines["UKB"].endswith(" 10 days left")
    assert all(s["deadline"] is None for s in ok(*coordinator, "status", "--period", "2023-9M", "--json").json())  # type: ignore[union-attr]


def test_bodies_told_apart_are_not_suggested_as_duplicates_again(coordinator: list[str]) -> None:
    assert "DO2" in bodies(coordinator)["DO"]["suspected_duplicates"]
    ok(*coordinator, "bodies", "--distinct", "DO2", "DO")
    ok(*coordinator, "bodies", "--distinct", "DO", "DO2")  # said twice: the same
    listed = bodies(coordinator)
    assert "DO2" not in listed["DO"]["suspected_duplicates"] and "DO" not in listed["DO2"]["suspected_duplicates"]
    assert "DO ~ DO2" not in ok(*coordinator, "bodies").out
    assert listed["UK"]["suspected_duplicates"] == ["UK2"]  # the others are still suggested
    assert z(*coordinator, "bodies", "--distinct", "DO", "do").code == 2  # one body twice


def test_an_existing_store_gets_its_bodies_marked_by_the_migration(store_url: str, real_report: Path) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    url = store_url
    engine = create_engine(url)
    try:  # back to schema 0004 as an earlier zhdesk left it: no column, no table
        from alembic import command

        from zhdesk.storage import database

        config = database._alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        with engine.connect() as connection:
            assert "reporting" not in {c["name"] for c in inspect(connection).get_columns("executive_body")}
    finally:
        engine.dispose()
    listed = bodies(db)  # upgraded on opening
    assert all(listed[c]["reporting"] for c in REPORTING) and not any(listed[c]["reporting"] for c in CO_EXECUTORS)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM body_distinct")).scalar() == 0
    finally:
        engine.dispose()


def test_the_period_proposed_follows_the_latest_and_never_goes_back(coordinator: list[str]) -> None:
    assert ok(*coordinator, "open-period", "--json").json()["code"] == "2023-Y"  # type: ignore[index]
    # 2023-Y is the year's last and the store has no 2024 programme: 2023-Y again, not 2023-Q1
    assert ok(*coordinator, "open-period", "--json").json()["code"] == "2023-Y"  # type: ignore[index]
    assert {p["code"] for p in ok(*coordinator, "periods", "--json").json()} == {"2023-9M", "2023-Y"}  # type: ignore[union-attr]
