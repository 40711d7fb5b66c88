"""The programme of one year as the store holds it, read into plain rows for matching and planning."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from zhdesk.periods import Period
from zhdesk.services.measures import periods_up_to
from zhdesk.services.programme_match import Item
from zhdesk.storage.models import Measure, Priority, Programme, Sector, Task


@dataclass(frozen=True)
class StoredPriority:
    id: int
    name: str
    goal: str
    position: int
    retired: bool = False


@dataclass(frozen=True)
class StoredSector:
    id: int
    priority_id: int
    name: str
    position: int
    retired: bool = False


@dataclass(frozen=True)
class StoredTask:
    id: int
    sector_id: int
    no: str
    text: str
    position: int
    retired: bool = False


@dataclass(frozen=True)
class StoredMeasure:
    id: str
    task_id: int
    no: str
    text: str
    executors: str
    funding: str
    position: int
    retired: bool = False  # retired before the period a report import is for (or at all, for an amendment)


@dataclass
class Tree:
    """The programme of one year as plain rows: the live parts, and with ``with_retired`` the retired
    ones too (flagged), which a file can bring back."""

    programme_id: int | None
    priorities: dict[int, StoredPriority] = field(default_factory=dict)
    sectors: dict[int, StoredSector] = field(default_factory=dict)
    tasks: dict[int, StoredTask] = field(default_factory=dict)
    measures: dict[str, StoredMeasure] = field(default_factory=dict)

    def item(self, measure: StoredMeasure, sector_index: int = 0) -> Item:
        task = self.tasks[measure.task_id]
        sector = self.sectors[task.sector_id]
        priority = self.priorities[sector.priority_id]
        return Item(
            measure.id,
            priority.name,
            sector.name,
            task.no,
            task.text,
            measure.no,
            measure.text,
            measure.executors,
            sector_index,
        )

    def items(self, *, retired: bool = False) -> list[Item]:
        """The live (or the retired) measures for the matcher, in report order, with their sector's place."""
        places: dict[int, int] = {}
        result = []
        for measure in self.measures.values():
            sector_id = self.tasks[measure.task_id].sector_id
            place = places.setdefault(sector_id, len(places))
            if measure.retired == retired:
                result.append(self.item(measure, place))
        return result

    def label(self, measure_id: str) -> str:
        measure = self.measures[measure_id]
        return f"{measure.no} ({self.sectors[self.tasks[measure.task_id].sector_id].name})"


def load_tree(session: Session, year: int, *, with_retired: bool = False, period: Period | None = None) -> Tree:
    """The year's programme; ``period`` (a report import): measures retired after it are its measures."""
    programme_id = session.scalar(select(Programme.id).where(Programme.year == year))
    tree = Tree(programme_id)
    if programme_id is None:
        return tree
    in_programme = Priority.programme_id == programme_id

    def wanted(model: Any) -> Any:
        return true() if with_retired else model.retired_at.is_(None)

    for pid, name, goal, position, gone in session.execute(
        select(Priority.id, Priority.name, Priority.goal, Priority.position, Priority.retired_at)
        .where(in_programme, wanted(Priority))
        .order_by(Priority.position)
    ):
        tree.priorities[pid] = StoredPriority(pid, name, goal, position, gone is not None)
    for sid, priority_id, name, position, gone in session.execute(
        select(Sector.id, Sector.priority_id, Sector.name, Sector.position, Sector.retired_at)
        .join(Priority, Priority.id == Sector.priority_id)
        .where(in_programme, wanted(Sector))
    ):
        if priority_id in tree.priorities:
            tree.sectors[sid] = StoredSector(sid, priority_id, name, position, gone is not None)
    for tid, sector_id, no, text_, position, gone in session.execute(
        select(Task.id, Task.sector_id, Task.no, Task.text, Task.position, Task.retired_at)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .where(in_programme, wanted(Task))
    ):
        if sector_id in tree.sectors:
            tree.tasks[tid] = StoredTask(tid, sector_id, no, text_, position, gone is not None)
    measures = (
        select(
            Measure.id,
            Measure.task_id,
            Measure.no,
            Measure.text,
            Measure.executors_text,
            Measure.programme_or_funding,
            Measure.position,
            Measure.retired_at,
            Measure.retired_from,
        )
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .where(in_programme, wanted(Measure))
        .order_by(Priority.position, Sector.position, Task.position, Measure.position)
    )
    later = set(periods_up_to(period)) if period is not None else set()
    for mid, task_id, no, text_, executors, funding, position, gone, gone_from in session.execute(measures):
        if task_id in tree.tasks:
            retired = gone is not None and not (period is not None and gone_from not in later)
            tree.measures[mid] = StoredMeasure(mid, task_id, no, text_, executors, funding, position, retired)
    return tree
