"""Editing the programme by hand on the real report (SQLite and PostgreSQL): every operation, its history,
ids and texts kept, positions, retirement by period, and refusals that change nothing."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import select

from tests.helpers import dump_store
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.history import measure_history
from zhdesk.services.measures import list_measures
from zhdesk.services.programme import retired_measures
from zhdesk.services.programme_apply import creation_id
from zhdesk.services.programme_edit import (
    ProgrammeEditError,
    add_measure,
    change_measure,
    edit,
    link_measure,
    move_measure,
    retire_measure,
)
from zhdesk.services.programme_edit_parts import (
    add_priority,
    add_sector,
    add_task,
    change_priority,
    change_sector,
    change_task,
    retire_priority,
    retire_sector,
    retire_task,
)
from zhdesk.services.programme_import import import_report
from zhdesk.services.programme_plan import AmendmentError
from zhdesk.services.programme_restore import restore_measure
from zhdesk.services.rows import MeasureRow
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    Execution,
    ExecutiveBody,
    Measure,
    MeasureExecutor,
    Priority,
    ProgrammeChange,
    Sector,
    Task,
)

P9M = Period.parse("2023-9M")
PY = Period.parse("2023-Y")


class Where(NamedTuple):
    priority: int
    sector: int
    task: int
    task_no: str


@pytest.fixture
def imported(store: Store, real_report: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("ZHDESK_USER", "Координатор Тест")
    import_report(store, read_report(real_report), P9M)
    return store


def tasks(store: Store) -> list[Where]:
    with store.reading() as session:
        rows = session.execute(
            select(Priority.id, Sector.id, Task.id, Task.no)
            .join(Sector, Sector.id == Task.sector_id)
            .join(Priority, Priority.id == Sector.priority_id)
            .where(Task.retired_at.is_(None))
            .order_by(Priority.position, Sector.position, Task.position)
        ).all()
    return [Where(*row) for row in rows]


def measures_of(store: Store, task_id: int) -> list[tuple[str, str]]:
    """(id, no) of the task's live measures in report order."""
    with store.reading() as session:
        return [
            (mid, no)
            for mid, no in session.execute(
                select(Measure.id, Measure.no)
                .where(Measure.task_id == task_id, Measure.retired_at.is_(None))
                .order_by(Measure.position)
            )
        ]


def listed(store: Store, period: Period) -> dict[str, MeasureRow]:
    with store.reading() as session:
        return {row.id: row for row in list_measures(session, period)}


def history_rows(store: Store, item: str, item_id: object) -> list[tuple[str, str, str, str, str]]:
    with store.reading() as session:
        return [
            (c.field, c.old, c.new, c.source, c.changed_by)
            for c in session.scalars(
                select(ProgrammeChange)
                .where(ProgrammeChange.item == item, ProgrammeChange.item_id == str(item_id))
                .order_by(ProgrammeChange.id)
            )
        ]


def executor_links(store: Store, measure_id: str) -> list[tuple[int, str, bool]]:
    with store.reading() as session:
        return list(
            session.execute(
                select(MeasureExecutor.position, ExecutiveBody.name, MeasureExecutor.is_lead)
                .join(ExecutiveBody, ExecutiveBody.id == MeasureExecutor.body_id)
                .where(MeasureExecutor.measure_id == measure_id)
                .order_by(MeasureExecutor.position)
            )
        )


def texts_of(store: Store, measure_id: str) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(Execution.text).where(Execution.measure_id == measure_id)))


def first_task_with(store: Store, n: int) -> Where:
    """The first task with at least ``n`` live measures."""
    return next(t for t in tasks(store) if len(measures_of(store, t.task)) >= n)


def test_add_measure_at_the_end_and_after_with_its_executors(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    before = measures_of(store, where.task)
    first = before[0][0]
    at_end = edit(
        store,
        add_measure,
        where.task,
        f"{where.task_no}.90.",
        "  Новий захід з поправки  ",
        "Департамент освіти міської ради, КП «Новий виконавець»",
        "434,090",
    )
    new_id = at_end.item_id
    with store.reading() as session:
        task = session.get(Task, where.task)
        assert task is not None
        expected = creation_id(2023, task.sector.priority.name, task.sector.name, task.no, f"{where.task_no}.90")
    assert new_id == expected
    assert [str(c) for c in at_end.changes] == [f"measure {where.task_no}.90 ({task.sector.name}) added [{new_id}]"]
    assert len(at_end.new_bodies) == 1 and "Новий виконавець" in at_end.new_bodies[0]
    after_first = edit(store, add_measure, where.task, f"{where.task_no}.91", "Другий новий", after=first)
    order = [mid for mid, _ in measures_of(store, where.task)]
    assert order == [first, after_first.item_id, *[mid for mid, _ in before[1:]], new_id]
    row = listed(store, PY)[new_id]  # 9M holds texts: a measure added now is in the reports from 2023-Y on
    assert new_id not in listed(store, P9M)
    assert (row.text, row.executors, row.programme_or_funding, row.execution) == (
        "Новий захід з поправки",
        "Департамент освіти міської ради, КП «Новий виконавець»",
        "434,090",
        "",
    )
    links = executor_links(store, new_id)
    assert [(pos, lead) for pos, _, lead in links] == [(1, True), (2, False)]
    assert links[0][1].casefold() == "департамент освіти міської ради" and "Новий" in links[1][1]
    assert history_rows(store, "measure", new_id) == [
        ("created", "", f"{where.task_no}.90 Новий захід з поправки", "edit", "Координатор Тест")
    ]


def test_a_taken_creation_id_gives_a_random_id(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    old_id, old_no = measures_of(store, where.task)[1]
    edit(store, retire_measure, old_id)
    again = edit(store, add_measure, where.task, old_no, "Той самий номер, новий захід")
    assert again.item_id != old_id and uuid.UUID(again.item_id).version == 4
    assert measures_of(store, where.task)[-1] == (again.item_id, old_no)


def test_change_measure_keeps_its_texts_and_relinks_executors(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    (measure_id, no), _ = measures_of(store, where.task)[:2]
    texts = texts_of(store, measure_id)
    assert texts and texts[0]
    changed = edit(
        store,
        change_measure,
        measure_id,
        no=f"{where.task_no}.7",
        text="Перероблений текст заходу",
        executors="КП «Житомирводоканал», Департамент освіти міської ради",
        funding="Програма розвитку освіти",
    )
    assert [c.field for c in changed.changes] == ["no", "text", "executors", "funding"]
    assert str(changed.changes[0]).startswith(f"measure {no} (") and f"re-numbered {where.task_no}.7 [" in str(
        changed.changes[0]
    )
    assert changed.measure_ids == [measure_id]
    row = listed(store, P9M)[measure_id]
    assert (row.no, row.text, row.programme_or_funding) == (
        f"{where.task_no}.7",
        "Перероблений текст заходу",
        "Програма розвитку освіти",
    )
    assert row.execution == texts[0]
    assert texts_of(store, measure_id) == texts
    links = executor_links(store, measure_id)
    assert [(pos, lead) for pos, _, lead in links] == [(1, True), (2, False)]
    assert "житомирводоканал" in links[0][1].lower() and links[1][1].casefold() == "департамент освіти міської ради"
    with store.reading() as session:
        history = measure_history(session, measure_id)
        in_period = measure_history(session, measure_id, "2023-9M")
    programme = [c for c in history if c.field]
    assert [(c.field, c.period, c.source) for c in programme] == [
        ("created", "", "programme: created (import-report zhytomyr-2023-9m-report.txt)"),
        ("no", "", "programme: renumbered (edit)"),
        ("text", "", "programme: re-worded (edit)"),
        ("executors", "", "programme: executors changed (edit)"),
        ("funding", "", "programme: funding changed (edit)"),
    ]
    assert programme[1].old == no and programme[1].new == f"{where.task_no}.7"
    assert all(not c.field for c in in_period) and len(in_period) == 1
    assert history[1].source == "import"  # the text imported after the measure was created
    nothing = edit(store, change_measure, measure_id, no=f"{where.task_no}.7.", text="Перероблений текст заходу ")
    assert nothing.changes == []


def test_move_measure_to_another_priority_keeps_its_texts(imported: Store) -> None:
    store = imported
    source = first_task_with(store, 2)
    target = next(t for t in tasks(store) if t.priority != source.priority)
    measure_id, _ = measures_of(store, source.task)[0]
    texts = texts_of(store, measure_id)
    moved = edit(store, move_measure, measure_id, target.task, no=f"{target.task_no}.50")
    assert [c.field for c in moved.changes] == ["task", "no"]
    assert measures_of(store, target.task)[-1] == (measure_id, f"{target.task_no}.50")
    assert measure_id not in [m for m, _ in measures_of(store, source.task)]
    row = listed(store, P9M)[measure_id]
    with store.reading() as session:
        sector = session.get(Sector, target.sector)
        assert sector is not None
        assert (row.sector, row.priority) == (sector.name, sector.priority.name)
        history = measure_history(session, measure_id)
    assert texts_of(store, measure_id) == texts
    move = next(c for c in history if c.field == "task")
    assert move.new == f"{target.task_no} ({sector.name})" and move.source == "programme: moved (edit)"
    # within a task: after another measure
    others = measures_of(store, target.task)
    reordered = edit(store, move_measure, measure_id, target.task, after=others[0][0])
    assert [c.field for c in reordered.changes] == ["position"]
    assert [m for m, _ in measures_of(store, target.task)][:2] == [others[0][0], measure_id]


def test_moves_stay_within_the_year(imported: Store) -> None:
    store = imported
    priority = edit(store, add_priority, 2024, 'Пріоритет "Наступний рік"', "Ціль")
    assert priority.notes == ["the programme of 2024 was created"]
    sector = edit(store, add_sector, int(priority.item_id), "Освіта")
    task = edit(store, add_task, int(sector.item_id), "1", "Завдання 2024")
    where = tasks(store)[0]
    measure_id, _ = measures_of(store, where.task)[0]
    with pytest.raises(ProgrammeEditError, match="2024 programme"):
        edit(store, move_measure, measure_id, int(task.item_id))
    with pytest.raises(ProgrammeEditError, match="2024 programme"):
        edit(store, change_task, where.task, sector_id=int(sector.item_id))
    with pytest.raises(ProgrammeEditError, match="2024 programme"):
        edit(store, change_sector, where.sector, priority_id=int(priority.item_id))


def test_retired_measure_leaves_the_reports_from_its_period(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 3)
    (late, late_no), (early, _), (third, third_no) = measures_of(store, where.task)[:3]
    retired = edit(store, retire_measure, late)  # the store's latest period is 9M: left out from the annual
    assert [(c.field, c.new) for c in retired.changes] == [("retired", "2023-Y")]
    assert "retired from 2023-Y" in str(retired.changes[0])
    edit(store, retire_measure, early, "2023-H1")
    q1, h1, m9, y = (listed(store, Period.parse(f"2023-{k}")) for k in ("Q1", "H1", "9M", "Y"))
    assert late in q1 and late in h1 and late in m9 and late not in y
    assert early in q1 and early not in h1 and early not in m9 and early not in y
    assert listed(store, P9M)[late].execution
    with store.reading() as session:
        assert {m.id: m.retired_from for m in retired_measures(session, 2023)} == {late: "2023-Y", early: "2023-H1"}
    for refused, message in (
        (lambda: edit(store, change_measure, late, text="Ні"), "is retired"),
        (lambda: edit(store, retire_measure, late), "is retired"),
        (lambda: edit(store, retire_measure, third, "2024-Q1"), "not a period of 2023"),
        (lambda: edit(store, retire_measure, third, "2023-Q5"), "unknown period"),
        (lambda: edit(store, restore_measure, third), "is not retired"),
    ):
        with pytest.raises(ProgrammeEditError, match=message):
            refused()
    # the number of a retired measure is free again; restoring it then needs another number
    newcomer = edit(store, add_measure, where.task, late_no, "Новий на місці вилученого")
    with pytest.raises(ProgrammeEditError, match=f"{late_no} is already used .*{newcomer.item_id}"):
        edit(store, restore_measure, late)
    restored = edit(store, restore_measure, late, no=f"{where.task_no}.77")
    assert [c.field for c in restored.changes] == ["restored", "no"]
    assert late in listed(store, PY)
    assert third_no  # untouched
    with store.reading() as session:
        fields = [c.field for c in measure_history(session, late) if c.field]
    assert fields == ["created", "retired", "restored", "no"]


def test_renumber_collisions_are_refused_and_change_nothing(imported: Store, store_url: str) -> None:
    store = imported
    where = first_task_with(store, 2)
    (first, _), (second, second_no) = measures_of(store, where.task)[:2]
    sibling_task = next(t for t in tasks(store) if t.sector == where.sector and t.task != where.task)
    other_measure = measures_of(store, sibling_task.task)[0]
    before = dump_store(store_url)
    for refused, message in (
        (
            lambda: edit(store, change_measure, first, no=second_no, text="Змінено"),
            rf"{second_no} is already .*{second}",
        ),
        (lambda: edit(store, move_measure, other_measure[0], where.task, no=second_no), rf"\[{second}\]"),
        (lambda: edit(store, add_measure, where.task, second_no, "Дубль"), rf"\[{second}\]"),
        (lambda: edit(store, change_task, where.task, no=sibling_task.task_no), rf"\[{sibling_task.task}\]"),
        (lambda: edit(store, add_task, where.sector, sibling_task.task_no, "Дубль"), "already used"),
    ):
        with pytest.raises(ProgrammeEditError, match=message):
            refused()
    with store.reading() as session:
        priorities = session.scalars(select(Priority).order_by(Priority.position)).all()
        first_sector, second_sector = next(p.sectors for p in priorities if len(p.sectors) > 1)[:2]
        first_priority, second_priority = priorities[0], priorities[1]
    with pytest.raises(ProgrammeEditError, match=rf"\[{second_sector.id}\]"):
        edit(store, change_sector, first_sector.id, name=f"  {second_sector.name.upper()} ")
    with pytest.raises(ProgrammeEditError, match=rf"\[{second_priority.id}\]"):
        edit(store, change_priority, first_priority.id, name=second_priority.name)
    assert dump_store(store_url) == before


def test_task_add_change_move_retire(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    added = edit(store, add_task, where.sector, "99.", "Нове завдання")
    task_id = int(added.item_id)
    assert tasks(store)[[t.task for t in tasks(store)].index(task_id) - 1].sector == where.sector
    with store.reading() as session:
        task = session.get(Task, task_id)
        assert task is not None and task.no == "99"
        assert task.position == max(t.position for t in task.sector.tasks)
    measure = edit(
        store, add_measure, task_id, "99.1", "Захід нового завдання", "Департамент освіти міської ради", added_from=None
    )
    changed = edit(store, change_task, task_id, no="98", text="Уточнене завдання")
    assert [c.field for c in changed.changes] == ["no", "text"]
    other = next(t for t in tasks(store) if t.priority != where.priority)
    moved = edit(store, change_task, task_id, sector_id=other.sector)
    assert [c.field for c in moved.changes] == ["sector"]
    with store.reading() as session:
        target = session.get(Sector, other.sector)
        assert target is not None
        assert listed(store, P9M)[measure.item_id].sector == target.name
    assert tasks(store)[-1].task == task_id or task_id in [t.task for t in tasks(store) if t.sector == other.sector]
    # retiring the task retires its live measures from the same period; one already retired keeps its own
    second = edit(store, add_measure, task_id, "98.2", "Другий захід")
    edit(store, retire_measure, second.item_id, "2023-Q1")
    retired = edit(store, retire_task, task_id, "2023-H1")
    assert [(c.item, c.field, c.new) for c in retired.changes] == [
        ("measure", "retired", "2023-H1"),
        ("task", "retired", "2023-H1"),
    ]
    with store.reading() as session:
        assert {m.id: m.retired_from for m in retired_measures(session, 2023)} == {
            measure.item_id: "2023-H1",
            second.item_id: "2023-Q1",
        }
    with pytest.raises(ProgrammeEditError, match="is retired"):
        edit(store, add_measure, task_id, "98.3", "У вилучене завдання")
    restored = edit(store, restore_measure, measure.item_id)  # with its task; the task's other measure stays out
    assert [(c.item, c.field) for c in restored.changes] == [("task", "restored"), ("measure", "restored")]
    assert second.item_id not in listed(store, PY)
    fields = [f for f, *_ in history_rows(store, "task", task_id)]
    assert fields == ["created", "no", "text", "sector", "retired", "restored"]


def test_sector_add_rename_move_retire(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 1)
    added = edit(store, add_sector, where.priority, "Цифрова трансформація")
    sector_id = int(added.item_id)
    task = edit(store, add_task, sector_id, "1", "Цифрові послуги")
    measure = edit(
        store,
        add_measure,
        int(task.item_id),
        "1.1",
        "Електронні сервіси",
        "Департамент освіти міської ради",
        added_from=None,
    )
    renamed = edit(store, change_sector, sector_id, name="Цифровізація")
    assert str(renamed.changes[0]) == f"sector Цифрова трансформація renamed Цифровізація [{sector_id}]"
    assert listed(store, P9M)[measure.item_id].sector == "Цифровізація"
    other = next(t for t in tasks(store) if t.priority != where.priority)
    moved = edit(store, change_sector, sector_id, priority_id=other.priority)
    assert [c.field for c in moved.changes] == ["priority"]
    with store.reading() as session:
        priority = session.get(Priority, other.priority)
        assert priority is not None
        assert listed(store, P9M)[measure.item_id].priority == priority.name
        moved_sector = session.get(Sector, sector_id)
        assert moved_sector is not None and moved_sector.position == max(s.position for s in priority.sectors)
    retired = edit(store, retire_sector, sector_id)
    assert [(c.item, c.field) for c in retired.changes] == [
        ("measure", "retired"),
        ("task", "retired"),
        ("sector", "retired"),
    ]
    assert measure.item_id in listed(store, P9M) and measure.item_id not in listed(store, PY)
    again = edit(store, add_sector, other.priority, "Цифровізація")  # the name is free once retired
    assert again.item_id != str(sector_id)


def test_priority_add_change_retire(imported: Store) -> None:
    store = imported
    added = edit(store, add_priority, 2023, 'Пріоритет "Нове місто"', "Ціль нового пріоритету")
    priority_id = int(added.item_id)
    with store.reading() as session:
        positions = session.scalars(select(Priority.position).order_by(Priority.position)).all()
        new = session.get(Priority, priority_id)
        assert new is not None and new.position == positions[-1] and new.goal == "Ціль нового пріоритету"
    changed = edit(store, change_priority, priority_id, name='Пріоритет "Нове сучасне місто"', goal="Інша ціль")
    assert [c.field for c in changed.changes] == ["name", "goal"]
    first = tasks(store)[0]
    doomed = [m for t in tasks(store) if t.priority == first.priority for m, _ in measures_of(store, t.task)]
    retired = edit(store, retire_priority, first.priority, "2023-Y")
    assert {c.item_id for c in retired.changes if c.item == "measure"} == set(doomed)
    assert retired.changes[-1].item == "priority"
    y, m9 = listed(store, PY), listed(store, P9M)
    assert not set(doomed) & set(y) and set(doomed) <= set(m9)
    assert len(y) == len(m9) - len(doomed)
    with pytest.raises(ProgrammeEditError, match="is retired"):
        edit(store, add_sector, first.priority, "Ще один")


def test_errors_say_what_is_wrong(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 1)
    measure_id, _ = measures_of(store, where.task)[0]
    for refused, message in (
        (lambda: edit(store, change_measure, "no-such-id", text="x"), "no measure 'no-such-id'"),
        (lambda: edit(store, add_measure, 999999, "1.1", "x"), "no task 999999"),
        (lambda: edit(store, add_task, 999999, "1", "x"), "no sector 999999"),
        (lambda: edit(store, add_sector, 999999, "x"), "no priority 999999"),
        (lambda: edit(store, add_task, "abc", "1", "x"), "no sector 'abc'"),  # never an SQL error
        (lambda: edit(store, change_measure, 12345, text="x"), "no measure 12345"),
        (lambda: edit(store, add_measure, where.task, "1.99", "   "), "measure text is empty"),
        (lambda: edit(store, add_measure, where.task, " ", "x"), "measure number is empty"),
        (lambda: edit(store, add_measure, where.task, "1 2", "x"), "not digits separated by dots"),
        (lambda: edit(store, change_measure, measure_id, text=""), "measure text is empty"),
        (lambda: edit(store, add_priority, 2023, ""), "priority name is empty"),
        (lambda: edit(store, move_measure, measure_id, where.task, after=measure_id), "after itself"),
        (lambda: edit(store, link_measure, measure_id, "no-such-id"), "no measure 'no-such-id'"),
    ):
        with pytest.raises(ProgrammeEditError, match=message) as caught:
            refused()
        assert isinstance(caught.value, AmendmentError)


def test_link_to_last_years_measure(imported: Store) -> None:
    store = imported
    priority = edit(store, add_priority, 2022, 'Пріоритет "Ефективне місто"')
    sector = edit(store, add_sector, int(priority.item_id), "Освіта")
    task = edit(store, add_task, int(sector.item_id), "1", "Завдання 2022")
    last_year = edit(store, add_measure, int(task.item_id), "1.1", "Захід 2022 року")
    where = first_task_with(store, 2)
    (measure_id, _), (other_id, _) = measures_of(store, where.task)[:2]
    linked = edit(store, link_measure, measure_id, last_year.item_id)
    assert [(c.field, c.new) for c in linked.changes] == [("previous", last_year.item_id)]
    with store.reading() as session:
        linked_row = session.get(Measure, measure_id)
        assert linked_row is not None and linked_row.previous_id == last_year.item_id
    with pytest.raises(ProgrammeEditError, match="links to 2022"):
        edit(store, link_measure, measure_id, other_id)
    unlinked = edit(store, link_measure, measure_id, None)
    assert [(c.field, c.old, c.new) for c in unlinked.changes] == [("previous", last_year.item_id, "")]
    assert edit(store, link_measure, measure_id, None).changes == []
    with store.reading() as session:
        fields = [(c.field, c.new) for c in measure_history(session, measure_id) if c.field == "previous"]
    assert fields == [("previous", last_year.item_id), ("previous", "")]
