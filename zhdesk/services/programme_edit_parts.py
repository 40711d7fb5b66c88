"""Editing the programme's containers by hand: tasks, sectors and priorities (measures: ``programme_edit``).

Adding puts the item at the end of its parent (or after a sibling); renumbering or renaming into a live
sibling's number or name is refused naming it; retiring retires everything live under the item from the
same period. Ids are kept; every change goes into the programme's history.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.services import settings
from zhdesk.services.programme_edit import (
    Edited,
    ProgrammeEditError,
    Recorder,
    check_live,
    get_row,
    live_measures,
    live_task,
    period_from,
    place,
    required,
    retire_rows,
    short,
    task_label,
    task_number,
    year_of,
)
from zhdesk.services.programme_import import programme_title
from zhdesk.storage.models import Priority, Programme, Sector, Task


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _live_sector(sector: Sector) -> None:
    check_live(("sector", sector, sector.name), ("priority", sector.priority, sector.priority.name))


def _same_year(what: str, row: Any, label: str, target: str, target_row: Any, target_label: str) -> None:
    if year_of(row) != year_of(target_row):
        raise ProgrammeEditError(
            f"{target} {target_label} [{target_row.id}] is in the {year_of(target_row)} programme and {what} "
            f"{label} in the {year_of(row)} one: an item moves only within its year's programme"
        )


# ---- tasks -------------------------------------------------------------------------------------------


def free_task_no(session: Session, sector: Sector, no: str, but: int | None = None) -> None:
    query = select(Task).where(Task.sector_id == sector.id, Task.no == no, Task.retired_at.is_(None))
    if but is not None:
        query = query.where(Task.id != but)
    other = session.scalar(query.limit(1))
    if other is not None:
        raise ProgrammeEditError(
            f"task number {no} is already used in sector {sector.name} by the task «{short(other.text)}» "
            f"[{other.id}]; renumber or retire that one first"
        )


def add_task(session: Session, sector_id: int, no: str, text: str, *, after: int | None = None) -> Edited:
    """A new task in a live sector: after the task ``after`` of the same sector, else at its end."""
    sector: Sector = get_row(session, Sector, sector_id, "sector")
    _live_sector(sector)
    no, text = task_number(no), required(text, "task text")
    free_task_no(session, sector, no)
    after_row: Task | None = None
    if after is not None:
        after_row = get_row(session, Task, after, "task")
        if after_row.sector_id != sector.id:
            raise ProgrammeEditError(f"task {task_label(after_row)} [{after_row.id}] is not in sector {sector.name}")
    task = Task(sector=sector, position=place(session, Task, Task.sector_id == sector.id, after_row), no=no, text=text)
    session.add(task)
    session.flush()
    rec = Recorder(session, "task", task.id, year_of(sector))
    rec.add("task", task.id, f"{no} ({sector.name})", "created", "", f"{no} {text}")
    return rec.done()


def change_task(
    session: Session, task_id: int, *, no: str | None = None, text: str | None = None, sector_id: int | None = None
) -> Edited:
    """Renumber, re-word, or move to another sector of the same year (to its end); None: kept."""
    task: Task = get_row(session, Task, task_id, "task")
    label = task_label(task)
    live_task(task)
    target = task.sector
    if sector_id is not None and sector_id != task.sector_id:
        target = get_row(session, Sector, sector_id, "sector")
        _live_sector(target)
        _same_year("task", task, label, "sector", target, target.name)
    new_no = task.no if no is None else task_number(no)
    if target is not task.sector or new_no != task.no:
        free_task_no(session, target, new_no, but=task.id)
    rec = Recorder(session, "task", task.id, year_of(task))
    outside = [m.no for m in task.measures if m.retired_at is None and m.no.split(".")[0] != new_no]
    if target is not task.sector:  # the number below changes with the sector: no flush in between
        rec.add("task", task.id, label, "sector", str(task.sector_id), str(target.id), target.name)
        task.position = place(session, Task, Task.sector_id == target.id, None)
        task.sector = target
    if new_no != task.no:
        rec.add("task", task.id, label, "no", task.no, new_no)
        if outside:
            rec.edited.notes.append(
                f"its measures {', '.join(outside[:3])}{' …' if len(outside) > 3 else ''} are numbered outside "
                f"task {new_no}: the report's import reads a task's number from its measures, so renumber them "
                "too (`zhdesk programme change-measure ID --no …`)"
            )
        task.no = new_no
    if text is not None and (text := required(text, "task text")) != task.text:
        rec.add("task", task.id, label, "text", task.text, text)
        task.text = text
    return rec.done()


def _task_rows(task: Task) -> list[tuple[str, Any, str]]:
    return [*live_measures(task), ("task", task, task_label(task))]


def retire_task(session: Session, task_id: int, retired_from: str | None = "") -> Edited:
    """The task and its live measures, from the same period (see ``retire_measure``)."""
    task: Task = get_row(session, Task, task_id, "task")
    live_task(task)
    year = year_of(task)
    rec = Recorder(session, "task", task.id, year)
    retire_rows(rec, _task_rows(task), period_from(session, year, retired_from))
    return rec.done()


# ---- sectors -----------------------------------------------------------------------------------------


def free_sector_name(priority: Priority, name: str, but: int | None = None) -> None:
    for other in priority.sectors:
        if other.retired_at is None and other.id != but and _key(other.name) == _key(name):
            raise ProgrammeEditError(
                f"the priority {priority.name} already has the sector {other.name} [{other.id}]; "
                "rename or retire that one first"
            )


def add_sector(session: Session, priority_id: int, name: str, *, after: int | None = None) -> Edited:
    """A new sector in a live priority: after the sector ``after`` of the same priority, else at its end."""
    priority: Priority = get_row(session, Priority, priority_id, "priority")
    check_live(("priority", priority, priority.name))
    name = required(name, "sector name")
    free_sector_name(priority, name)
    after_row: Sector | None = None
    if after is not None:
        after_row = get_row(session, Sector, after, "sector")
        if after_row.priority_id != priority.id:
            raise ProgrammeEditError(f"sector {after_row.name} [{after_row.id}] is not in the priority {priority.name}")
    position = place(session, Sector, Sector.priority_id == priority.id, after_row)
    sector = Sector(priority=priority, position=position, name=name)
    session.add(sector)
    session.flush()
    rec = Recorder(session, "sector", sector.id, year_of(priority))
    rec.add("sector", sector.id, name, "created", "", name)
    return rec.done()


def change_sector(
    session: Session, sector_id: int, *, name: str | None = None, priority_id: int | None = None
) -> Edited:
    """Rename, or move to another priority of the same year (to its end); None: kept."""
    sector: Sector = get_row(session, Sector, sector_id, "sector")
    label = sector.name
    _live_sector(sector)
    target = sector.priority
    if priority_id is not None and priority_id != sector.priority_id:
        target = get_row(session, Priority, priority_id, "priority")
        check_live(("priority", target, target.name))
        _same_year("sector", sector, label, "priority", target, target.name)
    new_name = sector.name if name is None else required(name, "sector name")
    if target is not sector.priority or _key(new_name) != _key(sector.name):
        free_sector_name(target, new_name, but=sector.id)
    rec = Recorder(session, "sector", sector.id, year_of(sector))
    if target is not sector.priority:
        rec.add("sector", sector.id, label, "priority", str(sector.priority_id), str(target.id), target.name)
        sector.position = place(session, Sector, Sector.priority_id == target.id, None)
        sector.priority = target
    if new_name != sector.name:
        rec.add("sector", sector.id, label, "name", sector.name, new_name)
        sector.name = new_name
    return rec.done()


def _sector_rows(sector: Sector) -> list[tuple[str, Any, str]]:
    rows = [row for task in sector.tasks if task.retired_at is None for row in _task_rows(task)]
    return [*rows, ("sector", sector, sector.name)]


def retire_sector(session: Session, sector_id: int, retired_from: str | None = "") -> Edited:
    """The sector with its live tasks and measures, from the same period."""
    sector: Sector = get_row(session, Sector, sector_id, "sector")
    _live_sector(sector)
    year = year_of(sector)
    rec = Recorder(session, "sector", sector.id, year)
    retire_rows(rec, _sector_rows(sector), period_from(session, year, retired_from))
    return rec.done()


# ---- priorities --------------------------------------------------------------------------------------


def free_priority_name(programme: Programme, name: str, but: int | None = None) -> None:
    for other in programme.priorities:
        if other.retired_at is None and other.id != but and _key(other.name) == _key(name):
            raise ProgrammeEditError(
                f"the {programme.year} programme already has the priority {other.name} [{other.id}]; "
                "rename or retire that one first"
            )


def add_priority(session: Session, year: int, name: str, goal: str = "", *, after: int | None = None) -> Edited:
    """A new priority of the year's programme (created when the year has none), after ``after`` or last."""
    name = required(name, "priority name")
    programme = session.scalar(select(Programme).where(Programme.year == year))
    notes = []
    if programme is None:
        programme = Programme(year=year, title=programme_title(settings.get(session, "community"), year))
        session.add(programme)
        session.flush()
        notes.append(f"the programme of {year} was created")
    free_priority_name(programme, name)
    after_row: Priority | None = None
    if after is not None:
        after_row = get_row(session, Priority, after, "priority")
        if after_row.programme_id != programme.id:
            raise ProgrammeEditError(f"priority {after_row.name} [{after_row.id}] is not in the {year} programme")
    position = place(session, Priority, Priority.programme_id == programme.id, after_row)
    priority = Priority(programme=programme, position=position, name=name, goal=goal.strip())
    session.add(priority)
    session.flush()
    rec = Recorder(session, "priority", priority.id, year)
    rec.add("priority", priority.id, name, "created", "", name)
    rec.edited.notes += notes
    return rec.done()


def change_priority(session: Session, priority_id: int, *, name: str | None = None, goal: str | None = None) -> Edited:
    """Rename, or give another strategic goal line; None: kept."""
    priority: Priority = get_row(session, Priority, priority_id, "priority")
    label = priority.name
    check_live(("priority", priority, label))
    rec = Recorder(session, "priority", priority.id, year_of(priority))
    if name is not None and (name := required(name, "priority name")) != priority.name:
        if _key(name) != _key(priority.name):
            free_priority_name(priority.programme, name, but=priority.id)
        rec.add("priority", priority.id, label, "name", priority.name, name)
        priority.name = name
    if goal is not None and (goal := goal.strip()) != priority.goal:
        rec.add("priority", priority.id, label, "goal", priority.goal, goal)
        priority.goal = goal
    return rec.done()


def retire_priority(session: Session, priority_id: int, retired_from: str | None = "") -> Edited:
    """The priority with everything live under it, from the same period."""
    priority: Priority = get_row(session, Priority, priority_id, "priority")
    check_live(("priority", priority, priority.name))
    year = year_of(priority)
    rec = Recorder(session, "priority", priority.id, year)
    rows = [row for sector in priority.sectors if sector.retired_at is None for row in _sector_rows(sector)]
    retire_rows(rec, [*rows, ("priority", priority, priority.name)], period_from(session, year, retired_from))
    return rec.done()
