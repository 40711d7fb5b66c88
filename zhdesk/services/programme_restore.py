"""Restoring retired parts of the programme by hand: a measure, a task, a sector or a priority, live again
in their place, ids and texts kept, each restore in the programme's history.

Restoring an item restores its retired containers with it (a measure's task, sector and priority; a
task's sector and priority; a sector's priority), never what is under it: the other measures of a
restored task stay retired until each is restored. A restored item takes its number or name back only
when no live sibling holds it; else the restore is refused naming that sibling, or is given another one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from zhdesk.services.programme_edit import (
    Edited,
    ProgrammeEditError,
    Recorder,
    free_number,
    get_row,
    measure_label,
    measure_number,
    required,
    task_label,
    task_number,
    year_of,
)
from zhdesk.services.programme_edit_parts import free_priority_name, free_sector_name, free_task_no
from zhdesk.storage.models import Measure, Priority, Sector, Task

Item = tuple[str, Any, str]  # (what, row, label)


def _retired(what: str, row: Any, label: str) -> None:
    if row.retired_at is None:
        raise ProgrammeEditError(f"{what} {label} [{row.id}] is not retired")


def _containers(row: Task | Sector | Priority) -> list[Item]:
    """The retired ones among ``row`` and its containers, top down (priority first)."""
    chain: list[Item] = []
    if isinstance(row, Task):
        chain.append(("task", row, task_label(row)))
        row = row.sector
    if isinstance(row, Sector):
        chain.append(("sector", row, row.name))
        row = row.priority
    chain.append(("priority", row, row.name))
    return [item for item in reversed(chain) if item[1].retired_at is not None]


def _check_free(session: Session, items: list[Item]) -> None:
    """Each retired container's number or name is free among its live siblings; else the refusal says how
    to restore it with another first."""
    for what, row, _label in items:
        try:
            if what == "task":
                free_task_no(session, row.sector, row.no, but=row.id)
            elif what == "sector":
                free_sector_name(row.priority, row.name, but=row.id)
            else:
                free_priority_name(row.programme, row.name, but=row.id)
        except ProgrammeEditError as exc:
            option = "--no N" if what == "task" else "--name NAME"
            raise ProgrammeEditError(
                f"{exc}; or restore the {what} first with another one: "
                f"`zhdesk programme restore-{what} {row.id} {option}`"
            ) from None


def _restore(rec: Recorder, items: list[Item]) -> None:
    for what, row, label in items:
        rec.add(what, row.id, label, "restored", row.retired_from or "", "")
        row.retired_at, row.retired_from = None, None


def _with_it(rec: Recorder, items: list[Item]) -> None:
    """Say which containers were restored with the item (bottom up)."""
    if items:
        names = [what for what, _, _ in reversed(items)]
        said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        verb, them = ("was retired and is", "it") if len(names) == 1 else ("were retired and are", "them")
        rec.edited.notes.append(f"its {said} {verb} restored with it; what else is under {them} stays retired")


def _stay_retired(rec: Recorder, kinds: str, retired: bool, command: str) -> None:
    if retired:
        rec.edited.notes.append(f"the {kinds} under it stay retired: restore each with `zhdesk programme {command} ID`")


def restore_measure(session: Session, measure_id: str, *, no: str | None = None) -> Edited:
    """A retired measure back in its task (with its retired task, sector and priority), optionally with a
    new number."""
    measure: Measure = get_row(session, Measure, measure_id, "measure")
    label = measure_label(measure)
    _retired("measure", measure, label)
    containers = _containers(measure.task)
    _check_free(session, containers)
    new_no = measure.no if no is None else measure_number(no)
    free_number(session, measure.task, new_no, but=measure.id)
    rec = Recorder(session, "measure", measure.id, year_of(measure))
    _restore(rec, [*containers, ("measure", measure, label)])
    if new_no != measure.no:
        rec.add("measure", measure.id, label, "no", measure.no, new_no)
        measure.no = new_no
    _with_it(rec, containers)
    return rec.done()


def restore_task(session: Session, task_id: int, *, no: str | None = None) -> Edited:
    """A retired task back in its sector (with its retired sector and priority); its measures stay retired."""
    task: Task = get_row(session, Task, task_id, "task")
    label = task_label(task)
    _retired("task", task, label)
    containers = _containers(task.sector)
    _check_free(session, containers)
    new_no = task.no if no is None else task_number(no)
    free_task_no(session, task.sector, new_no, but=task.id)
    rec = Recorder(session, "task", task.id, year_of(task))
    _restore(rec, [*containers, ("task", task, label)])
    if new_no != task.no:
        rec.add("task", task.id, label, "no", task.no, new_no)
        task.no = new_no
    _with_it(rec, containers)
    _stay_retired(rec, "measures", any(m.retired_at is not None for m in task.measures), "restore-measure")
    return rec.done()


def restore_sector(session: Session, sector_id: int, *, name: str | None = None) -> Edited:
    """A retired sector back in its priority (restored too when retired); its tasks and measures stay retired."""
    sector: Sector = get_row(session, Sector, sector_id, "sector")
    label = sector.name
    _retired("sector", sector, label)
    containers = _containers(sector.priority)
    _check_free(session, containers)
    new_name = sector.name if name is None else required(name, "sector name")
    free_sector_name(sector.priority, new_name, but=sector.id)
    rec = Recorder(session, "sector", sector.id, year_of(sector))
    _restore(rec, [*containers, ("sector", sector, label)])
    if new_name != sector.name:
        rec.add("sector", sector.id, label, "name", sector.name, new_name)
        sector.name = new_name
    _with_it(rec, containers)
    retired = any(t.retired_at is not None or any(m.retired_at for m in t.measures) for t in sector.tasks)
    _stay_retired(rec, "tasks and measures", retired, "restore-task")
    return rec.done()


def restore_priority(session: Session, priority_id: int, *, name: str | None = None) -> Edited:
    """A retired priority back in its year's programme; its sectors, tasks and measures stay retired."""
    priority: Priority = get_row(session, Priority, priority_id, "priority")
    label = priority.name
    _retired("priority", priority, label)
    new_name = priority.name if name is None else required(name, "priority name")
    free_priority_name(priority.programme, new_name, but=priority.id)
    rec = Recorder(session, "priority", priority.id, year_of(priority))
    _restore(rec, [("priority", priority, label)])
    if new_name != priority.name:
        rec.add("priority", priority.id, label, "name", priority.name, new_name)
        priority.name = new_name
    retired = any(s.retired_at is not None for s in priority.sectors)
    _stay_retired(rec, "sectors, tasks and measures", retired, "restore-sector")
    return rec.done()
