"""Hand edits on the real report (SQLite and PostgreSQL): numbers as the importer reads them (an edited
store's export imports back), restoring retired tasks, sectors and priorities, and a measure added by hand
left out of the reports already published."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers import dump_store
from tests.services.test_programme_edit import P9M, PY, first_task_with, imported, listed, measures_of, tasks
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.reports.export import export_report
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_edit import (
    ProgrammeEditError,
    add_measure,
    change_measure,
    edit,
    move_measure,
)
from zhdesk.services.programme_edit_parts import (
    add_priority,
    add_sector,
    add_task,
    change_task,
    retire_priority,
    retire_sector,
    retire_task,
)
from zhdesk.services.programme_import import ensure_period, import_report
from zhdesk.services.programme_outline import programme_outline
from zhdesk.services.programme_restore import restore_measure, restore_priority, restore_sector, restore_task
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import Store, open_store
from zhdesk.storage.models import Execution, Measure, Priority, ProgrammeChange, Sector, Task

__all__ = ["imported"]  # the fixture, shared with test_programme_edit

MEASURE_RULE = "digits separated by dots"
TASK_RULE = "digits only"


def retired_at(store: Store, model: type, row_id: object) -> object:
    with store.reading() as session:
        return session.get_one(model, row_id).retired_at


def test_numbers_must_look_like_the_importers(imported: Store, store_url: str) -> None:
    store = imported
    where = first_task_with(store, 2)
    (first, _), (second, _) = measures_of(store, where.task)[:2]
    before = dump_store(store_url)
    for refused in (
        lambda: edit(store, change_measure, first, no="abc"),
        lambda: edit(store, change_measure, first, no=where.task_no),  # a task's number, not a measure's
        lambda: edit(store, change_measure, first, no=f"{where.task_no}.x"),
        lambda: edit(store, change_measure, first, no=f"{where.task_no}..2"),
        lambda: edit(store, change_measure, first, no=f"{where.task_no}.2a"),
        lambda: edit(store, add_measure, where.task, "№5", "Новий"),
        lambda: edit(store, move_measure, first, where.task, no="перший"),
    ):
        with pytest.raises(ProgrammeEditError, match=MEASURE_RULE):
            refused()
    for refused in (
        lambda: edit(store, add_task, where.sector, "1.2", "Нове завдання"),
        lambda: edit(store, add_task, where.sector, "IV", "Нове завдання"),
        lambda: edit(store, change_task, where.task, no="3a"),
    ):
        with pytest.raises(ProgrammeEditError, match=TASK_RULE):
            refused()
    assert dump_store(store_url) == before
    # what the importer reads is taken: sub-measures, a trailing dot
    assert edit(store, change_measure, first, no=f"{where.task_no}.9.1.").changes[0].new == f"{where.task_no}.9.1"
    assert edit(store, change_task, where.task, no="97.").changes[0].new == "97"
    assert edit(store, change_measure, second, no="97.3").changes[0].new == "97.3"


def test_an_edited_store_exports_and_imports_back(imported: Store, tmp_path: Path) -> None:
    store = imported
    rows = tasks(store)
    candidates = ["abc", "{t}.", "{t}.x", "{t}.55", "{t}.5.5", "{t}..5", "{t}.5a", "{t}", "{t}.1.2.3"]
    for where, candidate in zip(rows, candidates, strict=False):
        measure_id, _ = measures_of(store, where.task)[-1]
        with contextlib.suppress(ProgrammeEditError):
            edit(store, change_measure, measure_id, no=candidate.format(t=where.task_no))
    for where, candidate in zip(rows[len(candidates) :], ["IV", "1.2", "3a", "88", "89."], strict=False):
        try:
            renumbered = edit(store, change_task, where.task, no=candidate)
        except ProgrammeEditError:
            continue
        new_no = renumbered.changes[0].new
        assert any("renumber them" in note for note in renumbered.notes)  # else the import reads it back as before
        for measure_id, no in measures_of(store, where.task):  # as the council's amendment would
            edit(store, change_measure, measure_id, no=f"{new_no}.{no.split('.', 1)[1]}")
    task = edit(store, add_task, rows[0].sector, "90", "Нове завдання з поправки")
    edit(store, add_measure, int(task.item_id), "90.1", "Новий захід", "Департамент освіти", added_from="2023-Q1")
    with store.reading() as session:
        original = [row.to_json() for row in list_measures(session, P9M)]
        document = build_report_model(session, P9M)
    parsed = read_report(export_report(document, tmp_path / "edited.xlsx"))
    fresh = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        import_report(fresh, parsed, P9M)
        with fresh.reading() as session:
            again = [row.to_json() for row in list_measures(session, P9M)]
    finally:
        fresh.close()
    strip = [{k: v for k, v in row.items() if k != "id"} for row in original]
    assert [{k: v for k, v in row.items() if k != "id"} for row in again] == strip


def test_retired_tasks_sectors_and_priorities_are_restored(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    inside = [mid for mid, _ in measures_of(store, where.task)]
    edit(store, retire_task, where.task)
    restored = edit(store, restore_task, where.task)
    assert [(c.item, c.field) for c in restored.changes] == [("task", "restored")]
    assert any("measures under it stay retired" in note for note in restored.notes)
    assert retired_at(store, Task, where.task) is None
    assert all(retired_at(store, Measure, mid) is not None for mid in inside)
    with pytest.raises(ProgrammeEditError, match="is not retired"):
        edit(store, restore_task, where.task)

    # a number taken meanwhile by a live task: refused naming it, or restored with another
    edit(store, retire_task, where.task)
    newcomer = edit(store, add_task, where.sector, where.task_no, "Нове завдання на тому ж номері")
    with pytest.raises(ProgrammeEditError, match=rf"task number {where.task_no} is already used .*{newcomer.item_id}"):
        edit(store, restore_task, where.task)
    again = edit(store, restore_task, where.task, no="95")
    assert [(c.field, c.new) for c in again.changes] == [("restored", ""), ("no", "95")]

    # a sector, and a priority, each with everything under it staying retired
    sector = next(t for t in tasks(store) if t.sector != where.sector)
    edit(store, retire_sector, sector.sector)
    edit(store, restore_sector, sector.sector)
    assert retired_at(store, Sector, sector.sector) is None
    assert retired_at(store, Task, sector.task) is not None
    priority = tasks(store)[-1]
    edit(store, retire_priority, priority.priority)
    back = edit(store, restore_priority, priority.priority)
    assert [(c.item, c.field) for c in back.changes] == [("priority", "restored")]
    assert retired_at(store, Sector, priority.sector) is not None
    with store.reading() as session:
        fields = [
            c.field
            for c in session.scalars(
                select(ProgrammeChange)
                .where(ProgrammeChange.item == "priority", ProgrammeChange.item_id == str(priority.priority))
                .order_by(ProgrammeChange.id)
            )
        ]
    assert fields == ["created", "retired", "restored"]


def test_restored_containers_keep_names_unique_among_the_live(imported: Store) -> None:
    store = imported
    where = tasks(store)[0]
    with store.reading() as session:
        sector_name = session.get_one(Sector, where.sector).name
        priority_name = session.get_one(Priority, where.priority).name
    edit(store, retire_sector, where.sector)
    twin = edit(store, add_sector, where.priority, sector_name.upper())
    with pytest.raises(ProgrammeEditError, match=rf"already has the sector .*\[{twin.item_id}\]"):
        edit(store, restore_sector, where.sector)
    renamed = edit(store, restore_sector, where.sector, name=f"{sector_name} (відновлений)")
    assert [c.field for c in renamed.changes] == ["restored", "name"]
    edit(store, retire_priority, where.priority)
    other = edit(store, add_priority, 2023, priority_name)
    with pytest.raises(ProgrammeEditError, match=rf"already has the priority .*\[{other.item_id}\]"):
        edit(store, restore_priority, where.priority)
    assert [c.field for c in edit(store, restore_priority, where.priority, name="Пріоритет 7").changes] == [
        "restored",
        "name",
    ]


def test_restore_measure_restores_its_retired_containers(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    (measure, _), (sibling, _) = measures_of(store, where.task)[:2]
    edit(store, retire_priority, where.priority)
    restored = edit(store, restore_measure, measure)
    assert [(c.item, c.field) for c in restored.changes] == [
        ("priority", "restored"),
        ("sector", "restored"),
        ("task", "restored"),
        ("measure", "restored"),
    ]
    assert any("were retired and are restored with it" in note for note in restored.notes)
    assert measure in listed(store, PY)
    assert retired_at(store, Measure, sibling) is not None  # the task's other measures stay retired
    assert retired_at(store, Task, where.task) is None and retired_at(store, Sector, where.sector) is None

    # a container whose number is taken by a live sibling: refused, naming it
    edit(store, retire_task, where.task)
    newcomer = edit(store, add_task, where.sector, where.task_no, "Інше завдання з тим самим номером")
    with pytest.raises(ProgrammeEditError, match=rf"already used .*{newcomer.item_id}.*restore-task"):
        edit(store, restore_measure, sibling)


def test_a_measure_added_by_hand_is_left_out_of_the_reports_already_published(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 1)
    later = edit(store, add_measure, where.task, f"{where.task_no}.80", "Захід з поправки в грудні")
    assert any("2023-Y" in note for note in later.notes)
    with store.reading() as session:
        assert session.get_one(Measure, later.item_id).added_from == "2023-Y"  # 9M holds texts
    assert later.item_id in listed(store, PY) and later.item_id not in listed(store, P9M)
    half = edit(store, add_measure, where.task, f"{where.task_no}.81", "З півріччя", added_from="2023-H1")
    start = edit(store, add_measure, where.task, f"{where.task_no}.82", "З початку року", added_from=None)
    q1, h1 = listed(store, Period.parse("2023-Q1")), listed(store, Period.parse("2023-H1"))
    assert half.item_id not in q1 and half.item_id in h1 and start.item_id in q1
    for bad, message in (("2024-Q1", "not a period of 2023"), ("2023-Q7", "unknown period")):
        with pytest.raises(ProgrammeEditError, match=message):
            edit(store, add_measure, where.task, f"{where.task_no}.83", "Ні", added_from=bad)
    with store.reading() as session:
        outline = programme_outline(session, 2023)
    shown = {m.id: m for p in outline.priorities for s in p.children for t in s.children for m in t.children}
    assert shown[later.item_id].to_json()["added_from"] == "2023-Y"
    assert "added_from" not in shown[start.item_id].to_json()

    # once the annual report holds texts, a new measure is in every report of the year
    with store.transaction() as session:
        year = ensure_period(session, PY)
        session.add(Execution(measure_id=start.item_id, period_id=year.id, text="Виконано.", source="import"))
    last = edit(store, add_measure, where.task, f"{where.task_no}.84", "Після річного звіту")
    with store.reading() as session:
        assert session.get_one(Measure, last.item_id).added_from is None
