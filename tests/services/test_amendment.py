"""An amendment keeps every measure's identity: texts, parts and history follow the id, never the number."""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from tests.exchange.util import fill_department, ok, where
from tests.helpers import dump_store
from zhdesk.importing.readers import read_report
from zhdesk.importing.structure import ParsedMeasure, ParsedReport
from zhdesk.periods import Period
from zhdesk.services.measures import list_measures
from zhdesk.services.programme import import_programme, retired_measures
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import Store
from zhdesk.storage.models import ExecutionChange, ProgrammeChange, Sector

NINE, YEAR = Period.parse("2023-9M"), Period.parse("2023-Y")


def history_counts(store_url: str) -> Counter[str]:
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            return Counter(row[0] for row in c.execute(text("SELECT measure_id FROM execution_change")))
    finally:
        engine.dispose()


def by_place(rows: list, sector: str, no: str) -> str:  # type: ignore[type-arg]
    return next(r.id for r in rows if r.sector == sector and r.no == no)


def amend(report: ParsedReport, task_at: tuple[int, int], retire_at: tuple[int, int, int]) -> dict[str, str]:
    """Insert a measure at N.2 of a task (renumbering the rest), rename sector 1, re-word the first
    measure of sector 2, drop one measure; returns what was done, for the assertions."""
    for measure in report.measures:
        measure.execution = ""
    sector_i, task_i = task_at
    task = report.sectors[sector_i].tasks[task_i]
    first = task.measures[0]
    prefix = first.no.rsplit(".", 1)[0]
    for measure in task.measures[1:]:
        head, last = measure.no.rsplit(".", 1)
        measure.no = f"{head}.{int(last) + 1}"
    task.measures.insert(
        1,
        ParsedMeasure(
            f"{prefix}.2",
            "Облаштування найпростіших укриттів у закладах освіти громади",
            first.executors,
            "",
            "",
            "line 9999",
        ),
    )
    old_sector = report.sectors[1].name
    report.sectors[1].name = f"{old_sector} та дозвілля"
    reworded = report.sectors[2].tasks[0].measures[0]
    reworded.text = reworded.text.rstrip(".") + " (у тому числі для внутрішньо переміщених осіб)"
    s, t, m = retire_at
    gone = report.sectors[s].tasks[t].measures.pop(m)
    return {"renamed": old_sector, "new_name": report.sectors[1].name, "gone": gone.text, "prefix": prefix}


def test_an_amendment_keeps_texts_history_and_issued_forms(store_url: str, real_report: Path, tmp_path: Path) -> None:
    from zhdesk.storage.database import open_store

    coordinator = where(store_url)
    ok(*coordinator, "import-report", real_report, "--period", "2023-9M")
    original = read_report(real_report)
    # the task where a measure is inserted at N.2, and the body that leads its old N.2
    sector_i, task_i = next(
        (si, ti)
        for si, sector in enumerate(original.sectors)
        for ti, task in enumerate(sector.tasks)
        if len(task.measures) >= 3 and si not in (1, 2)
    )
    store = open_store(store_url)
    try:
        with store.reading() as session:
            rows = list_measures(session, NINE)
        task = original.sectors[sector_i].tasks[task_i]
        sector_name = original.sectors[sector_i].name
        old_second = by_place(rows, sector_name, task.measures[1].no)
        old_third = by_place(rows, sector_name, task.measures[2].no)
        lead = next(r.executors for r in rows if r.id == old_second)
        # a form for the annual report goes out before the amendment and is filled in offline
        forms = tmp_path / "forms"
        forms.mkdir()
        code = ok(*coordinator, "bodies", "--json").json()
        body = next(b["code"] for b in code if lead.startswith(b["name"]) or b["name"] in lead)  # type: ignore[union-attr]
        ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", forms, "--body", body)
        dept = tmp_path / "dept.sqlite3"
        ok("--db", dept, "open-form", forms / f"{body}-2023-Y.zhform")
        filled = fill_department(dept, body)
        own_ids = [m["id"] for m in filled]
        assert old_second in own_ids
        retire_id = next(i for i in reversed(own_ids) if i not in (old_second, old_third))
        retire_row = next(r for r in rows if r.id == retire_id)
        place = next(
            (si, ti, mi)
            for si, sector in enumerate(original.sectors)
            for ti, task_ in enumerate(sector.tasks)
            for mi, measure in enumerate(task_.measures)
            if sector.name == retire_row.sector and task_.no == retire_row.task_no and measure.no == retire_row.no
        )
        ok("--db", dept, "submit", "-o", tmp_path / "before-amendment.zhsub")

        amended = copy.deepcopy(original)
        done = amend(amended, (sector_i, task_i), place)
        texts_before = {r.id: r.execution for r in rows}
        history_before = history_counts(store_url)
        with store.reading() as session:
            sector_id = session.scalar(select(Sector.id).where(Sector.name == done["renamed"]))
            sectors_before = session.scalar(select(func.count()).select_from(Sector))

        # a dry run changes nothing at all
        dump = dump_store(store_url)
        dry = import_programme(store, amended, 2023, dry_run=True)
        assert dry.applied is None and dump_store(store_url) == dump
        counts = dry.plan.counts()
        assert counts["added"] == 1 and counts["re-worded"] == 1 and counts["renumbered"] == len(task.measures) - 1
        assert [m.id for m in dry.plan.retired()] == [retire_id]
        assert dry.retired_from == "2023-Y"  # 9M holds texts: it stays as published

        result = import_programme(store, amended, 2023)
        assert result.applied is not None and result.applied.retired == {"measures": 1}
        with store.reading() as session:
            nine = {r.id: r for r in list_measures(session, NINE)}
            year = {r.id: r for r in list_measures(session, YEAR)}
            # every 9M text stays on its own measure, whatever its number now
            assert all(nine[mid].execution == text_ for mid, text_ in texts_before.items())
            assert nine[old_second].no == f"{done['prefix']}.3" and nine[old_third].no == f"{done['prefix']}.4"
            new_second = by_place(list(year.values()), sector_name, f"{done['prefix']}.2")
            assert new_second not in texts_before and year[new_second].execution == ""
            # the renamed sector is the same sector: no parallel one with the old measures left empty
            assert session.get(Sector, sector_id).name == done["new_name"]  # type: ignore[union-attr]
            assert session.scalar(select(func.count()).select_from(Sector)) == sectors_before
            # the retired measure is still in the published 9M report, left out of the annual one
            assert retire_id in nine and retire_id not in year
            assert [r.id for r in retired_measures(session, 2023)] == [retire_id]
            changes = {
                (c.item_id, c.field)
                for c in session.scalars(
                    select(ProgrammeChange).where(ProgrammeChange.source.like("import-programme%"))
                )
            }
            assert (old_second, "no") in changes and (retire_id, "retired") in changes
            assert (new_second, "created") in changes
        assert history_counts(store_url) == history_before

        # the submission made from the form issued before the amendment lands on the same measures
        received = ok(*coordinator, "receive", tmp_path / "before-amendment.zhsub", "--json").json()
        assert isinstance(received, list) and received[0]["outcome"] == "received"
        assert received[0]["retired"] == [retire_id]
        with store.reading() as session:
            year = {r.id: r for r in list_measures(session, YEAR)}
            assert year[old_second].execution.startswith(f"{body}: виконано захід {task.measures[1].no},")
            assert year[new_second].execution == ""
            assert (
                session.scalar(
                    select(func.count()).select_from(ExecutionChange).where(ExecutionChange.measure_id == retire_id)
                )
                == history_before[retire_id]
            )

        # re-issued after the amendment: the body gets the new list and keeps its texts
        ok(*coordinator, "issue-forms", "--period", "2023-Y", "--out", forms, "--body", body)
        ok("--db", dept, "open-form", forms / f"{body}-2023-Y.zhform")
        mine = ok("--db", dept, "measures", "--period", "2023-Y", "--body", body, "--json").json()
        assert isinstance(mine, list)
        ids = {m["id"]: m for m in mine}
        assert retire_id not in ids and new_second in ids
        assert ids[old_second]["no"] == f"{done['prefix']}.3"
        assert ids[old_second]["execution"].startswith(f"{body}: виконано захід {task.measures[1].no},")
    finally:
        store.close()


def test_reimport_matches_by_content_and_reports_new_measures(store: Store, real_report: Path) -> None:
    report = read_report(real_report)
    import_report(store, report, NINE)
    with store.reading() as session:
        before = {(r.sector, r.no): r.id for r in list_measures(session, NINE)}
    # a report whose task holds a new last measure, and whose other measures are re-worded a little
    grown = copy.deepcopy(report)
    task = next(t for s in grown.sectors for t in s.tasks if len(t.measures) >= 2)
    sector = next(s.name for s in grown.sectors if task in s.tasks)
    head, last = task.measures[-1].no.rsplit(".", 1)
    task.measures.append(
        ParsedMeasure(f"{head}.{int(last) + 1}", "Зовсім новий захід громади", "Департамент освіти", "Почато.", "", "l")
    )
    original_text = task.measures[0].text
    task.measures[0].text = original_text.rstrip(".") + " громади"
    result = import_report(store, grown, YEAR)
    assert not result.waiting and [m.parsed.text for m in result.added] == ["Зовсім новий захід громади"]
    with store.reading() as session:
        year = {r.id: r for r in list_measures(session, YEAR)}
        nine = {r.id: r for r in list_measures(session, NINE)}
    assert len(year) == len(before) + 1 and len(nine) == len(before)  # not an empty row in the 9M report
    first = before[(sector, task.measures[0].no)]
    # the programme is kept as it was: a report import does not amend it
    assert year[first].text == original_text
    assert year[first].execution == task.measures[0].execution

    # a report that follows an amended programme (a measure inserted at N.2) is refused, nothing written
    shifted = copy.deepcopy(report)
    task = next(t for s in shifted.sectors for t in s.tasks if len(t.measures) >= 2)
    prefix = task.measures[0].no.rsplit(".", 1)[0]
    for measure in task.measures[1:]:
        head, last = measure.no.rsplit(".", 1)
        measure.no = f"{head}.{int(last) + 1}"
    task.measures.insert(1, ParsedMeasure(f"{prefix}.2", "Ще один захід", "Департамент освіти", "Почато.", "", "l"))
    from zhdesk.services.programme_plan import AmendmentError

    with pytest.raises(AmendmentError, match="import-programme first"):
        import_report(store, shifted, NINE)
    with store.reading() as session:
        assert {(r.sector, r.no): r.id for r in list_measures(session, NINE)} == before
    # amended first, its texts then import
    import_programme(store, shifted, 2023)
    assert not import_report(store, shifted, NINE).waiting
    with store.reading() as session:
        nine = {r.id: r for r in list_measures(session, NINE)}
    old_second = before[(next(s.name for s in shifted.sectors if task in s.tasks), f"{prefix}.2")]
    assert nine[old_second].no == f"{prefix}.3" and nine[old_second].execution == task.measures[2].execution


def test_an_uncertain_matching_waits_for_the_user(store: Store, real_report: Path) -> None:
    report = read_report(real_report)
    import_report(store, report, NINE)
    amended = copy.deepcopy(report)
    target = amended.sectors[0].tasks[0].measures[0]
    words = target.text.split()
    target.text = " ".join([*words[: max(3, len(words) // 2)], "інакше", "сформульоване", "завдання", "року"])
    dump_before = {r.id: r.text for r in _measures(store)}
    waiting = import_programme(store, amended, 2023)
    assert waiting.waiting and waiting.applied is None
    assert {r.id: r.text for r in _measures(store)} == dump_before
    uncertain = waiting.plan.uncertain[0]
    assert uncertain.stored is not None and uncertain.parsed.text == target.text
    rejected = import_programme(store, amended, 2023, reject={uncertain.stored.id})
    assert rejected.applied is not None
    assert rejected.applied.created == {"measures": 1} and rejected.applied.retired == {"measures": 1}


def _measures(store: Store) -> list:  # type: ignore[type-arg]
    with store.reading() as session:
        return list_measures(session, YEAR)


def test_the_first_screen_leaves_retired_measures_out_as_the_store_does(tmp_path: Path, real_report: Path) -> None:
    from zhdesk.storage.database import open_store
    from zhdesk.storage.quick import read_index

    path = tmp_path / "store.sqlite3"
    store = open_store(f"sqlite:///{path}")
    try:
        report = read_report(real_report)
        import_report(store, report, NINE)
        amended = copy.deepcopy(report)
        dropped = amended.sectors[4].tasks[0].measures.pop(0)
        assert import_programme(store, amended, 2023).applied is not None
        for period in (NINE, YEAR):
            with store.reading() as session:
                full = list_measures(session, period)
            quick = read_index(path, period.code)
            assert quick is not None and quick.rows == full
        assert dropped.text in {r.text for r in read_index(path, NINE.code).rows}  # type: ignore[union-attr]
        assert dropped.text not in {r.text for r in read_index(path, YEAR.code).rows}  # type: ignore[union-attr]
    finally:
        store.close()
