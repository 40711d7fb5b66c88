"""The plan of an amendment: what a programme file does to the year's programme in the store.

Built without writing anything (``--dry-run`` prints it as it is); ``programme_apply`` carries it out.
Each measure of the file is matched (possibly renumbered, re-worded, moved, with other executors or
funding), added, or waits for the user (uncertain); each live measure of the store the file does not
name is retired (an amendment) or kept (a report import).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.importing.structure import ParsedMeasure, ParsedReport
from zhdesk.services.programme_match import (
    CERTAIN,
    EXACT,
    UNCERTAIN,
    Item,
    Match,
    follow_votes,
    match_items,
    normalized,
)
from zhdesk.services.programme_words import CHANGE_WORDS
from zhdesk.storage.models import Measure, Priority, Programme, Sector, Task


class AmendmentError(ValueError):
    """The plan cannot be applied as it stands (uncertain matchings not confirmed, a clash)."""


@dataclass(frozen=True)
class StoredPriority:
    id: int
    name: str
    goal: str
    position: int


@dataclass(frozen=True)
class StoredSector:
    id: int
    priority_id: int
    name: str
    position: int


@dataclass(frozen=True)
class StoredTask:
    id: int
    sector_id: int
    no: str
    text: str
    position: int


@dataclass(frozen=True)
class StoredMeasure:
    id: str
    task_id: int
    no: str
    text: str
    executors: str
    funding: str
    position: int


@dataclass
class Tree:
    """The live (not retired) programme of one year, as plain rows."""

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

    def items(self) -> list[Item]:
        """Every live measure for the matcher, in report order, with its sector's place."""
        places: dict[int, int] = {}
        result = []
        for measure in self.measures.values():
            sector_id = self.tasks[measure.task_id].sector_id
            result.append(self.item(measure, places.setdefault(sector_id, len(places))))
        return result

    def label(self, measure_id: str) -> str:
        measure = self.measures[measure_id]
        return f"{measure.no} ({self.sectors[self.tasks[measure.task_id].sector_id].name})"


def load_tree(session: Session, year: int) -> Tree:
    programme_id = session.scalar(select(Programme.id).where(Programme.year == year))
    tree = Tree(programme_id)
    if programme_id is None:
        return tree
    for pid, name, goal, position in session.execute(
        select(Priority.id, Priority.name, Priority.goal, Priority.position).where(
            Priority.programme_id == programme_id, Priority.retired_at.is_(None)
        )
    ):
        tree.priorities[pid] = StoredPriority(pid, name, goal, position)
    for row in session.execute(
        select(Sector.id, Sector.priority_id, Sector.name, Sector.position).where(
            Sector.priority_id.in_(list(tree.priorities) or [-1]), Sector.retired_at.is_(None)
        )
    ):
        tree.sectors[row[0]] = StoredSector(row[0], row[1], row[2], row[3])
    for task_row in session.execute(
        select(Task.id, Task.sector_id, Task.no, Task.text, Task.position)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .where(Priority.programme_id == programme_id, Task.retired_at.is_(None))
    ):
        if task_row[1] in tree.sectors:
            tree.tasks[task_row[0]] = StoredTask(*task_row)
    for measure_row in session.execute(
        select(
            Measure.id,
            Measure.task_id,
            Measure.no,
            Measure.text,
            Measure.executors_text,
            Measure.programme_or_funding,
            Measure.position,
        )
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .where(Priority.programme_id == programme_id, Measure.retired_at.is_(None))
        .order_by(Priority.position, Sector.position, Task.position, Measure.position)
    ):
        if measure_row[1] in tree.tasks:
            tree.measures[measure_row[0]] = StoredMeasure(*measure_row)
    return tree


PriorityKey = int
SectorKey = tuple[int, int]
TaskKey = tuple[int, int, int]


@dataclass
class MeasurePlan:
    """One measure of the file: the store measure it is (``stored``), or a new one."""

    parsed: ParsedMeasure
    task_key: TaskKey
    position: int  # within its task, from 1
    stored: StoredMeasure | None
    certainty: str  # exact, certain, uncertain, or "" for a new measure
    similarity: float
    changes: list[str]  # fields that differ: no, text, task, executors, funding
    id: str = ""  # filled when applied (a new measure's id is given then)
    rejected: bool = False  # an uncertain match the user said is not this measure

    @property
    def kind(self) -> str:
        if self.stored is None or self.rejected:
            return "added"
        if self.certainty == UNCERTAIN:
            return "uncertain"
        return "matched" if not self.changes else ", ".join(CHANGE_WORDS[c] for c in self.changes)


@dataclass
class ContainerChange:
    item: str  # priority, sector, task
    kind: str  # added, renamed, renumbered, moved, re-worded, retired
    old: str
    new: str


@dataclass
class Plan:
    year: int
    source: str
    tree: Tree
    report: ParsedReport
    measures: list[MeasurePlan]
    unmatched: list[StoredMeasure]  # live store measures the file does not name (retired by an amendment)
    priority_map: dict[PriorityKey, int]
    sector_map: dict[SectorKey, int]
    task_map: dict[TaskKey, int]
    containers: list[ContainerChange] = field(default_factory=list)

    @property
    def creates_programme(self) -> bool:
        return self.tree.programme_id is None

    @property
    def uncertain(self) -> list[MeasurePlan]:
        return [m for m in self.measures if m.certainty == UNCERTAIN and not m.rejected]

    def rejected_ids(self) -> set[str]:
        return {m.stored.id for m in self.measures if m.rejected and m.stored is not None}

    def retired(self) -> list[StoredMeasure]:
        """What an amendment retires: the unmatched measures and those whose uncertain match was rejected."""
        rejected = [m.stored for m in self.measures if m.rejected and m.stored is not None]
        return self.unmatched + rejected

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for measure in self.measures:
            kinds = (
                [measure.kind]
                if measure.kind in ("added", "uncertain", "matched")
                else [CHANGE_WORDS[c] for c in measure.changes]
            )
            for kind in kinds:
                counts[kind] = counts.get(kind, 0) + 1
        return counts

    def decide(self, *, confirm: bool = False, reject: set[str] | None = None) -> None:
        """The user's answer for the uncertain matchings: ``reject`` names store measures that are not
        the file's (the file's measure is added, the store's retired), ``confirm`` takes the rest."""
        reject = reject or set()
        known = {m.stored.id for m in self.measures if m.certainty == UNCERTAIN and m.stored is not None}
        unknown = sorted(reject - known)
        if unknown:
            raise AmendmentError(f"--reject {unknown[0]}: not one of the uncertain matchings of this plan")
        for measure in self.measures:
            if measure.certainty == UNCERTAIN and measure.stored is not None and measure.stored.id in reject:
                measure.rejected = True
        if confirm:
            for measure in self.uncertain:
                measure.certainty = CERTAIN


def _file_items(report: ParsedReport) -> tuple[list[Item], list[tuple[ParsedMeasure, TaskKey, int]]]:
    items: list[Item] = []
    placed: list[tuple[ParsedMeasure, TaskKey, int]] = []
    sector_index = -1
    for pi, priority in enumerate(report.priorities):
        for si, sector in enumerate(priority.sectors):
            sector_index += 1
            for ti, task in enumerate(sector.tasks):
                for mi, measure in enumerate(task.measures, start=1):
                    items.append(
                        Item(
                            str(len(items)),
                            priority.name,
                            sector.name,
                            task.no,
                            task.text,
                            measure.no,
                            measure.text,
                            measure.executors,
                            sector_index,
                        )
                    )
                    placed.append((measure, (pi, si, ti), mi))
    return items, placed


def make_plan(session: Session, report: ParsedReport, year: int) -> Plan:
    """Match the file against the live programme of ``year`` in the store; nothing is written."""
    tree = load_tree(session, year)
    file_items, placed = _file_items(report)
    stored_items = tree.items()
    matching = match_items(file_items, stored_items)
    measures = [
        _measure_plan(tree, parsed, task_key, position, match)
        for (parsed, task_key, position), match in zip(placed, matching.matches, strict=True)
    ]
    plan = Plan(
        year,
        report.source,
        tree,
        report,
        measures,
        [tree.measures[item.key] for item in matching.unmatched],
        {},
        {},
        {},
    )
    _map_containers(plan)
    for measure in plan.measures:
        if measure.stored is not None and plan.task_map.get(measure.task_key) != measure.stored.task_id:
            measure.changes.append("task")
            measure.changes.sort(key=list(CHANGE_WORDS).index)
    return plan


def _measure_plan(tree: Tree, parsed: ParsedMeasure, task_key: TaskKey, position: int, match: Match) -> MeasurePlan:
    stored = tree.measures[match.stored.key] if match.stored is not None else None
    changes = []
    if stored is not None:
        if stored.no != parsed.no:
            changes.append("no")
        if stored.text != parsed.text:
            changes.append("text")
        if stored.executors != parsed.executors:
            changes.append("executors")
        if stored.funding != parsed.programme_or_funding:
            changes.append("funding")
    certainty = match.certainty if stored is not None else ""
    return MeasurePlan(parsed, task_key, position, stored, certainty, match.similarity, changes)


def _map_containers(plan: Plan) -> None:
    """Tasks, sectors and priorities follow their measures; those without matched measures, their names."""
    tree, report = plan.tree, plan.report
    votes_t, votes_s, votes_p = [], [], []
    for measure in plan.measures:
        if measure.stored is None or measure.certainty not in (EXACT, CERTAIN, UNCERTAIN):
            continue
        stored_task = tree.tasks[measure.stored.task_id]
        stored_sector = tree.sectors[stored_task.sector_id]
        pi, si, _ = measure.task_key
        votes_t.append((measure.task_key, stored_task.id))
        votes_s.append(((pi, si), stored_sector.id))
        votes_p.append((pi, stored_sector.priority_id))
    plan.priority_map = follow_votes(votes_p)
    used = set(plan.priority_map.values())
    for pi, priority in enumerate(report.priorities):
        if pi not in plan.priority_map:
            found = next(
                (
                    p.id
                    for p in tree.priorities.values()
                    if p.id not in used and normalized(p.name) == normalized(priority.name)
                ),
                None,
            )
            if found is not None:
                plan.priority_map[pi] = found
                used.add(found)
    plan.sector_map = follow_votes(votes_s)
    used_s = set(plan.sector_map.values())
    for pi, priority in enumerate(report.priorities):
        for si, sector in enumerate(priority.sectors):
            if (pi, si) in plan.sector_map:
                continue
            owner = plan.priority_map.get(pi)
            found = next(
                (
                    s.id
                    for s in tree.sectors.values()
                    if s.id not in used_s
                    and normalized(s.name) == normalized(sector.name)
                    and (owner is None or s.priority_id == owner)
                ),
                None,
            )
            if found is not None:
                plan.sector_map[(pi, si)] = found
                used_s.add(found)
    plan.task_map = follow_votes(votes_t)
    used_t = set(plan.task_map.values())
    for pi, priority in enumerate(report.priorities):
        for si, sector in enumerate(priority.sectors):
            owner_s = plan.sector_map.get((pi, si))
            for ti, task in enumerate(sector.tasks):
                if (pi, si, ti) in plan.task_map or owner_s is None:
                    continue
                found = next(
                    (
                        t.id
                        for t in tree.tasks.values()
                        if t.id not in used_t and t.sector_id == owner_s and t.no == task.no
                    ),
                    None,
                )
                if found is not None:
                    plan.task_map[(pi, si, ti)] = found
                    used_t.add(found)
    _describe_containers(plan)


def _describe_containers(plan: Plan) -> None:
    tree, report, out = plan.tree, plan.report, plan.containers
    for pi, priority in enumerate(report.priorities):
        pid = plan.priority_map.get(pi)
        if pid is None:
            out.append(ContainerChange("priority", "added", "", priority.name))
        elif tree.priorities[pid].name != priority.name:
            out.append(ContainerChange("priority", "renamed", tree.priorities[pid].name, priority.name))
        for si, sector in enumerate(priority.sectors):
            sid = plan.sector_map.get((pi, si))
            if sid is None:
                out.append(ContainerChange("sector", "added", "", sector.name))
                continue
            stored_s = tree.sectors[sid]
            if stored_s.name != sector.name:
                out.append(ContainerChange("sector", "renamed", stored_s.name, sector.name))
            if pid is not None and stored_s.priority_id != pid:
                out.append(
                    ContainerChange("sector", "moved", tree.priorities[stored_s.priority_id].name, priority.name)
                )
            for ti, task in enumerate(sector.tasks):
                tid = plan.task_map.get((pi, si, ti))
                label = f"{task.no} ({sector.name})"
                if tid is None:
                    out.append(ContainerChange("task", "added", "", label))
                    continue
                stored_t = tree.tasks[tid]
                old_label = f"{stored_t.no} ({tree.sectors[stored_t.sector_id].name})"
                if stored_t.sector_id != sid:
                    out.append(ContainerChange("task", "moved", old_label, label))
                elif stored_t.no != task.no:
                    out.append(ContainerChange("task", "renumbered", old_label, label))
                if stored_t.text != task.text:
                    out.append(ContainerChange("task", "re-worded", stored_t.text, task.text))
    kept_p, kept_s, kept_t = set(plan.priority_map.values()), set(plan.sector_map.values()), set(plan.task_map.values())
    out.extend(
        ContainerChange("priority", "retired", p.name, "") for p in tree.priorities.values() if p.id not in kept_p
    )
    out.extend(ContainerChange("sector", "retired", s.name, "") for s in tree.sectors.values() if s.id not in kept_s)
    out.extend(
        ContainerChange("task", "retired", f"{t.no} ({tree.sectors[t.sector_id].name})", "")
        for t in tree.tasks.values()
        if t.id not in kept_t
    )
