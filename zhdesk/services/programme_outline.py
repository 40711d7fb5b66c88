"""The year's programme as a tree with its ids (``programme show``): what the edits are pointed at."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.services.programme_edit import ProgrammeEditError
from zhdesk.storage.models import Measure, Priority, Programme, Sector, Task


@dataclass
class Node:
    """A priority, sector, task or measure; ``retired_from`` is set only for a retired one ("" = after
    the year's last period)."""

    kind: str
    id: str
    no: str
    text: str
    retired: bool = False
    retired_from: str = ""
    goal: str = ""
    executors: str = ""
    funding: str = ""
    added_from: str = ""  # a measure's first report ("" = from the year's start)
    children: list[Node] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "id": self.id}
        if self.kind in ("task", "measure"):
            out["no"] = self.no
        out["name" if self.kind in ("priority", "sector") else "text"] = self.text
        if self.kind == "priority":
            out["goal"] = self.goal
        if self.kind == "measure":
            out["executors"], out["funding"] = self.executors, self.funding
            if self.added_from:
                out["added_from"] = self.added_from
        if self.retired:
            out["retired_from"] = self.retired_from or None
        if self.kind != "measure":
            out[{"priority": "sectors", "sector": "tasks", "task": "measures"}[self.kind]] = [
                child.to_json() for child in self.children
            ]
        return out


@dataclass
class Outline:
    year: int
    title: str
    priorities: list[Node]

    def to_json(self) -> dict[str, object]:
        return {"year": self.year, "title": self.title, "priorities": [p.to_json() for p in self.priorities]}


def programme_outline(session: Session, year: int, *, retired: bool = False) -> Outline:
    """The programme of ``year`` in report order; retired items (and what is under them) only with ``retired``."""
    programme = session.scalar(select(Programme).where(Programme.year == year))
    if programme is None:
        raise ProgrammeEditError(f"no programme of {year} in this store")

    def keep(retired_at: object) -> bool:
        return retired or retired_at is None

    def mark(node: Node, retired_at: object, retired_from: str | None) -> Node:
        node.retired, node.retired_from = retired_at is not None, retired_from or ""
        return node

    priorities: dict[int, Node] = {}
    for pid, name, goal, at, start in session.execute(
        select(Priority.id, Priority.name, Priority.goal, Priority.retired_at, Priority.retired_from)
        .where(Priority.programme_id == programme.id)
        .order_by(Priority.position, Priority.id)
    ):
        if keep(at):
            priorities[pid] = mark(Node("priority", str(pid), "", name, goal=goal), at, start)
    sectors: dict[int, Node] = {}
    for sid, owner, name, at, start in session.execute(
        select(Sector.id, Sector.priority_id, Sector.name, Sector.retired_at, Sector.retired_from)
        .where(Sector.priority_id.in_(list(priorities) or [-1]))
        .order_by(Sector.position, Sector.id)
    ):
        if keep(at):
            sectors[sid] = mark(Node("sector", str(sid), "", name), at, start)
            priorities[owner].children.append(sectors[sid])
    tasks: dict[int, Node] = {}
    for tid, owner, no, text, at, start in session.execute(
        select(Task.id, Task.sector_id, Task.no, Task.text, Task.retired_at, Task.retired_from)
        .join(Sector, Sector.id == Task.sector_id)
        .where(Sector.priority_id.in_(list(priorities) or [-1]))
        .order_by(Task.position, Task.id)
    ):
        if keep(at) and owner in sectors:
            tasks[tid] = mark(Node("task", str(tid), no, text), at, start)
            sectors[owner].children.append(tasks[tid])
    for row in session.execute(
        select(
            Measure.id,
            Measure.task_id,
            Measure.no,
            Measure.text,
            Measure.executors_text,
            Measure.programme_or_funding,
            Measure.retired_at,
            Measure.retired_from,
            Measure.added_from,
        )
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .where(Sector.priority_id.in_(list(priorities) or [-1]))
        .order_by(Measure.position, Measure.no)
    ):
        mid, owner, no, text, executors, funding, at, start, added = row
        if keep(at) and owner in tasks:
            node = Node("measure", mid, no, text, executors=executors, funding=funding, added_from=added or "")
            tasks[owner].children.append(mark(node, at, start))
    return Outline(year, programme.title, list(priorities.values()))
