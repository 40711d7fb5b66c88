"""Form packages across an amendment: a submission made from a form issued before it is received onto
the measures still the body's, and lists the rest (retired, or given to another body) as not applied;
an older package of the same period never rolls a department store back (SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from tests.exchange.signed import form_content, signed_form, the_coordinators_key
from tests.exchange.util import fill_department, ok, where, z
from tests.helpers import dump_store
from zhdesk.importing.readers import read_report
from zhdesk.services.programme import import_programme
from zhdesk.storage.database import open_store
from zhdesk.storage.models import ExecutionPart, ExecutiveBody, ReportingPeriod

DER_NAME = "Департамент економічного розвитку міської ради"


def issued(store_url: str, code: str, period: str) -> list[str] | None:
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            value = c.execute(
                text(
                    "SELECT i.measures FROM form_issue i JOIN executive_body b ON b.id = i.body_id "
                    "JOIN reporting_period p ON p.id = i.period_id WHERE b.code = :code AND p.code = :period"
                ),
                {"code": code, "period": period},
            ).scalar()
    finally:
        engine.dispose()
    return None if value is None else list(json.loads(value))


def set_issued(store_url: str, value: str | None) -> None:
    engine = create_engine(store_url)
    try:
        with engine.begin() as c:
            c.execute(text("UPDATE form_issue SET measures = :v"), {"v": value})
    finally:
        engine.dispose()


def test_a_form_issued_before_an_amendment_that_gives_a_measure_away(
    store_url: str, real_report: Path, tmp_path: Path
) -> None:
    coordinator = where(store_url)
    ok(*coordinator, "import-report", real_report, "--period", "2023-9M")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", forms, "--body", "DER")
    dept = tmp_path / "der.sqlite3"
    ok("--db", dept, "open-form", forms / "DER-2023-Y.zhform")
    mine = fill_department(dept, "DER")
    own_ids = sorted(m["id"] for m in mine)
    assert issued(store_url, "DER", "2023-Y") == own_ids  # what was issued, sorted
    ok("--db", dept, "submit", "-o", tmp_path / "before.zhsub")
    ok("--db", dept, "submit", "-o", tmp_path / "before-again.zhsub")  # no. 2, also made before it

    # the amendment gives one of DER's own measures to the education department and drops another
    given = next(m for m in mine if m["executors"] == DER_NAME)
    dropped = next(m for m in reversed(mine) if m["id"] != given["id"])
    amended = copy.deepcopy(read_report(real_report))
    for measure in amended.measures:
        measure.execution = ""
    for sector in amended.sectors:
        for task in sector.tasks:
            for measure in list(task.measures):
                place = (sector.name, task.no, measure.no)
                if place == (given["sector"], given["task_no"], given["no"]):
                    measure.executors = "Департамент освіти міської ради"
                if place == (dropped["sector"], dropped["task_no"], dropped["no"]):
                    task.measures.remove(measure)
    store = open_store(store_url)
    try:
        assert import_programme(store, amended, 2023).applied is not None
    finally:
        store.close()

    # a form issued before this change (no list of issued measures) is refused as before
    saved = issued(store_url, "DER", "2023-Y")
    set_issued(store_url, None)
    before = dump_store(store_url)
    refused = z(*coordinator, "receive", tmp_path / "before.zhsub")
    assert refused.code == 1 and "not one of DER's measures" in refused.out
    assert dump_store(store_url) == before
    set_issued(store_url, json.dumps(saved))

    received = ok(*coordinator, "receive", tmp_path / "before.zhsub", "--json").json()
    assert isinstance(received, list) and received[0]["outcome"] == "received"
    assert received[0]["retired"] == [dropped["id"]]
    assert received[0]["reassigned"] == [given["id"]]
    assert received[0]["entries"] == len(mine) - 2
    store = open_store(store_url)
    try:
        with store.reading() as session:
            der = session.scalar(select(ExecutiveBody.id).where(ExecutiveBody.code == "DER"))
            period_id = session.scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == "2023-Y"))
            parts = set(
                session.scalars(
                    select(ExecutionPart.measure_id).where(
                        ExecutionPart.body_id == der, ExecutionPart.period_id == period_id
                    )
                )
            )
        assert parts == set(own_ids) - {given["id"], dropped["id"]}
    finally:
        store.close()

    # re-issued after the amendment: the body's new list, and the issued ones accumulate
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", forms, "--body", "DER")
    assert issued(store_url, "DER", "2023-Y") == own_ids
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", forms, "--body", "DO")
    education = issued(store_url, "DO", "2023-Y")
    assert education is not None and given["id"] in education and education == sorted(education)

    # the text receipt says why each was not applied
    lines = ok(*coordinator, "receive", tmp_path / "before-again.zhsub").out.splitlines()
    assert f"  not applied: measure {dropped['id']} was retired from the programme after the form was issued" in lines
    assert (
        f"  not applied: measure {given['id']} is no longer DER's: an amendment gave it to other executors "
        "after the form was issued"
    ) in lines
    ok("--db", dept, "open-form", forms / "DER-2023-Y.zhform")
    ok("--db", dept, "submit", "-o", tmp_path / "after.zhsub")
    again = ok(*coordinator, "receive", tmp_path / "after.zhsub")
    assert "not applied" not in again.out  # the new form holds only DER's measures


def repack(source: Path, target: Path, issued_at: str, store_url: str) -> None:
    """The package at ``source`` issued at another time, signed again with the coordinator's key."""
    content = form_content(source)
    content["issued_at"] = issued_at
    target.write_bytes(signed_form(content, the_coordinators_key(store_url)))


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_an_older_package_of_the_same_period_is_refused(
    store_url: str, real_report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zhdesk.exchange.forms as forms_module

    coordinator = where(store_url)
    ok(*coordinator, "import-report", real_report, "--period", "2023-9M")
    monkeypatch.setattr(forms_module, "utcnow", lambda: dt.datetime(2023, 12, 20, 9, 30, 0))
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "DER")
    old = tmp_path / "old.zhform"
    (tmp_path / "DER-2023-Y.zhform").rename(old)
    monkeypatch.setattr(forms_module, "utcnow", lambda: dt.datetime(2024, 1, 3, 14, 5, 0))
    ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "DER")
    new = tmp_path / "DER-2023-Y.zhform"

    dept = tmp_path / "der.sqlite3"
    ok("--db", dept, "open-form", new)
    fill_department(dept, "DER")
    before = dump_store(f"sqlite:///{dept}")
    refused = z("--db", dept, "open-form", old)
    assert refused.code == 2
    assert "issued on 20.12.2023 09:30 UTC, before the one already opened (03.01.2024 14:05 UTC)" in refused.err
    assert "open the newer one" in refused.err
    assert dump_store(f"sqlite:///{dept}") == before
    # the same package twice is fine, and so is a newer one; another period's package is not compared
    ok("--db", dept, "open-form", new)
    newer = tmp_path / "newer.zhform"
    repack(new, newer, "2024-01-04T08:00:00+00:00", store_url)
    ok("--db", dept, "open-form", newer)
    assert "03.01.2024" in z("--db", dept, "open-form", new).err
    monkeypatch.setattr(forms_module, "utcnow", lambda: dt.datetime(2023, 6, 1, 8, 0, 0))
    ok(*coordinator, "issue-forms", "--period", "2023-9M", "--out", tmp_path, "--body", "DER")
    ok("--db", dept, "open-form", tmp_path / "DER-2023-9M.zhform")
    # a package whose time is not a time is damaged
    broken = tmp_path / "broken.zhform"
    repack(new, broken, "вчора", store_url)
    damaged = z("--db", dept, "open-form", broken)
    assert damaged.code == 2 and "issued_at" in damaged.err
