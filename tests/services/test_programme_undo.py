"""Taking the last edit of the programme back (services.programme_undo), on the real report, SQLite and
PostgreSQL: each kind of edit undone leaves the programme and the reports as they were (order included),
the undo recorded in the history like any edit; an addition with its first measure in one edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.services.test_programme_edit import first_task_with, measures_of, tasks
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services import programme_edit as m
from zhdesk.services import programme_edit_parts as c
from zhdesk.services import programme_restore as r
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_edit import ProgrammeEditError
from zhdesk.services.programme_import import import_report
from zhdesk.services.programme_new import NewMeasure, NewSector, NewTask, add_sector_with_task
from zhdesk.services.programme_outline import programme_outline
from zhdesk.services.programme_undo import read_outline, run_edit, undo_edit
from zhdesk.storage.database import Store
from zhdesk.storage.models import ProgrammeChange

P9M, PY = Period.parse("2023-9M"), Period.parse("2023-Y")


@pytest.fixture
def imported(store: Store, real_report: Path) -> Store:
    import_report(store, read_report(real_report), P9M)
    return store


def snapshot(store: Store) -> tuple[Any, ...]:
    """The live programme in order with every field, and both reports' rows."""
    with store.reading() as session:
        outline = programme_outline(session, 2023).to_json()
        return outline, list_measures(session, P9M), list_measures(session, PY)


def history_count(store: Store) -> int:
    with store.reading() as session:
        return len(session.scalars(select(ProgrammeChange.id).where(ProgrammeChange.source == "edit")).all())


def edits(store: Store) -> list[tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]]:
    where = first_task_with(store, 3)
    (first, _), (second, _), (third, _) = measures_of(store, where.task)[:3]
    other = next(t for t in tasks(store) if t.task != where.task and t.sector != where.sector)
    return [
        (
            "re-worded and renumbered",
            m.change_measure,
            (second,),
            {"no": "9.9", "text": "Інший текст", "funding": "1,0"},
        ),
        ("executors", m.change_measure, (first,), {"executors": "Управління освіти, Новий виконавець"}),
        ("moved to another task", m.move_measure, (first, other.task), {"no": "77.1"}),
        ("moved within its task", m.move_measure, (first, where.task), {"after": third}),
        ("moved last to first", m.move_measure, (third, where.task), {"after": first}),
        ("retired", m.retire_measure, (second, "2023-9M"), {}),
        ("task retired", c.retire_task, (where.task, "2023-Y"), {}),
        ("sector retired", c.retire_sector, (where.sector, "2023-9M"), {}),
        ("task renumbered", c.change_task, (where.task,), {"no": "42", "text": "Нове"}),
        ("task moved", c.change_task, (where.task,), {"sector_id": other.sector, "no": "42"}),
        (
            "sector renamed, moved",
            c.change_sector,
            (where.sector,),
            {"name": "Новий напрям", "priority_id": other.priority},
        ),
        ("priority", c.change_priority, (where.priority,), {"name": "Пріоритет «Новий»", "goal": "Мета"}),
        ("added", m.add_measure, (where.task, "1.99", "Новий захід"), {"added_from": "2023-Y"}),
        ("added from the start", m.add_measure, (where.task, "1.98", "Новий захід"), {"added_from": None}),
        ("task added", c.add_task, (where.sector, "99", "Нове завдання"), {"after": where.task}),
        (
            "sector added with its task and measure",
            add_sector_with_task,
            (where.priority, NewSector("Новий напрям", NewTask("1", "Завдання", NewMeasure("1.1", "Захід", "УМР")))),
            {},
        ),
        ("priority added", c.add_priority, (2023, "Пріоритет «Ще один»", "мета"), {}),
    ]


def test_each_edit_undone_leaves_the_programme_and_the_reports_as_they_were(imported: Store) -> None:
    store = imported
    for name, operation, args, kwargs in edits(store):
        before, recorded = snapshot(store), history_count(store)
        done = run_edit(store, operation, *args, **kwargs)
        assert done.undo is not None and done.edited.changes, name
        assert snapshot(store) != before or name.startswith("added"), name
        undone = undo_edit(store, done.undo)
        assert undone.undo is None and undone.edited.changes, name
        assert snapshot(store) == before, name
        assert history_count(store) == recorded + len(done.edited.changes) + len(undone.edited.changes), name


def test_a_restore_undone_retires_again_from_the_same_period(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    measure = measures_of(store, where.task)[0][0]
    run_edit(store, c.retire_task, where.task, "2023-Y")
    retired = snapshot(store)
    done = run_edit(store, r.restore_measure, measure)  # the task comes back with it
    assert {ch.item for ch in done.edited.changes} == {"task", "measure"}
    assert done.undo is not None
    undo_edit(store, done.undo)
    assert snapshot(store) == retired
    outline = read_outline(store, 2023)
    task = next(t for p in outline.priorities for s in p.children for t in s.children if t.id == str(where.task))
    assert task.retired and task.retired_from == "2023-Y"
    assert all(mm.retired_from == "2023-Y" for mm in task.children)


def test_an_undo_that_cannot_be_made_is_refused_and_changes_nothing(imported: Store) -> None:
    store = imported
    where = first_task_with(store, 2)
    (first, _), (second, _) = measures_of(store, where.task)[:2]
    done = run_edit(store, m.change_measure, first, no="55.5")
    run_edit(store, m.change_measure, second, no="1.777")
    run_edit(store, m.add_measure, where.task, done.undo.changes[0].old, "Зайняв номер")  # type: ignore[union-attr]
    state = snapshot(store)
    assert done.undo is not None
    with pytest.raises(ProgrammeEditError, match="already used"):
        undo_edit(store, done.undo)
    assert snapshot(store) == state
