"""A new task, sector or priority typed in from the window, with its first measure (and its first task,
and sector): the report is made of measures, so a container without one would show nowhere. One edit,
one session: the caller's transaction (``programme_undo.run_edit``) writes all of it or nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from zhdesk.services import programme_edit as m
from zhdesk.services import programme_edit_parts as c
from zhdesk.services.programme_edit import Edited


@dataclass(frozen=True)
class NewMeasure:
    """A measure as typed: number, text, executors (column 4), programme or funding (column 6), and the
    first period whose report includes it ("": the service's default, None: from the year's start)."""

    no: str
    text: str
    executors: str = ""
    funding: str = ""
    added_from: str | None = ""


@dataclass(frozen=True)
class NewTask:
    no: str
    text: str
    measure: NewMeasure


@dataclass(frozen=True)
class NewSector:
    name: str
    task: NewTask


def _join(first: Edited, *more: Edited) -> Edited:
    for edited in more:
        first.changes += edited.changes
        first.new_bodies += edited.new_bodies
        first.notes += edited.notes
    return first


def _measure(session: Session, task_id: int, new: NewMeasure) -> Edited:
    return m.add_measure(session, task_id, new.no, new.text, new.executors, new.funding, added_from=new.added_from)


def add_task_with_measure(session: Session, sector_id: int, new: NewTask, *, after: int | None = None) -> Edited:
    """A task in the sector (after the task ``after``, else at its end) with its first measure."""
    task = c.add_task(session, sector_id, new.no, new.text, after=after)
    return _join(task, _measure(session, int(task.item_id), new.measure))


def add_sector_with_task(session: Session, priority_id: int, new: NewSector, *, after: int | None = None) -> Edited:
    """A sector in the priority (after the sector ``after``, else at its end) with its first task and measure."""
    sector = c.add_sector(session, priority_id, new.name, after=after)
    return _join(sector, add_task_with_measure(session, int(sector.item_id), new.task))


def add_priority_with_sector(
    session: Session, year: int, name: str, goal: str, new: NewSector, *, after: int | None = None
) -> Edited:
    """A priority of the year's programme (after ``after``, else last) with its first sector, task, measure."""
    priority = c.add_priority(session, year, name, goal, after=after)
    return _join(priority, add_sector_with_task(session, int(priority.item_id), new))
