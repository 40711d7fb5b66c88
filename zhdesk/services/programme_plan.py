"""The plan of an amendment: what a programme file does to the year's programme in the store.

Built without writing anything (``--dry-run`` prints it as it is); ``programme_apply`` carries it out.
Each measure of the file is matched (possibly renumbered, re-worded, moved, with other executors or
funding), added, or waits for the user (uncertain); each live measure of the store the file does not
name is retired (an amendment) or kept (a report import).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from zhdesk.importing.structure import ParsedMeasure, ParsedReport
from zhdesk.periods import Period
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
from zhdesk.services.programme_tree import StoredMeasure, Tree, load_tree
from zhdesk.services.programme_words import CHANGE_WORDS


class AmendmentError(ValueError):
    """The plan cannot be applied as it stands (uncertain matchings not confirmed, a clash)."""


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
    def restores(self) -> bool:
        """It is a retired measure the file brings back (the very same text)."""
        return self.stored is not None and self.stored.retired and not self.rejected

    @property
    def kind(self) -> str:
        if self.stored is None or self.rejected:
            return "added"
        if self.certainty == UNCERTAIN:
            return "uncertain"
        if self.restores:
            return "restored"
        return "matched" if not self.changes else ", ".join(CHANGE_WORDS[c] for c in self.changes)


@dataclass
class ContainerChange:
    item: str  # priority, sector, task
    kind: str  # added, renamed, renumbered, moved, re-worded, retired, restored
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
    amends: bool = True  # an amendment (the programme follows the file); False: a report import keeps it
    retirement_confirmed: bool = False

    @property
    def creates_programme(self) -> bool:
        return self.tree.programme_id is None

    @property
    def uncertain(self) -> list[MeasurePlan]:
        return [m for m in self.measures if m.certainty == UNCERTAIN and not m.rejected]

    @property
    def mass_retirement(self) -> bool:
        """An amendment that would retire a large part of the programme: a file cut short, or another
        programme? It waits for the user's confirmation like an uncertain matching."""
        if not self.amends or self.creates_programme:
            return False
        live = sum(1 for m in self.tree.measures.values() if not m.retired)
        return len(self.retired()) > max(5, live // 10)

    @property
    def waiting(self) -> list[str]:
        """Why the plan cannot be applied yet (empty: it can)."""
        reasons = []
        if self.uncertain:
            reasons.append(f"{len(self.uncertain)} uncertain matchings wait for --confirm or --reject ID")
        if self.mass_retirement and not self.retirement_confirmed:
            live = sum(1 for m in self.tree.measures.values() if not m.retired)
            reasons.append(
                f"the file would retire {len(self.retired())} of the programme's {live} measures; "
                "if the file is complete and that is right, --confirm it"
            )
        return reasons

    def rejected_ids(self) -> set[str]:
        return {m.stored.id for m in self.measures if m.rejected and m.stored is not None}

    def retired(self) -> list[StoredMeasure]:
        """What an amendment retires: the unmatched measures and those whose uncertain match was rejected."""
        rejected = [m.stored for m in self.measures if m.rejected and m.stored is not None]
        return self.unmatched + rejected

    def counts(self) -> dict[str, int]:
        """How many measures of the file are of each kind; a measure with several changes counts in each."""
        counts: dict[str, int] = {}
        for measure in self.measures:
            if measure.kind in ("added", "uncertain", "matched"):
                kinds = [measure.kind]
            else:
                kinds = (["restored"] if measure.restores else []) + [CHANGE_WORDS[c] for c in measure.changes]
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
            self.retirement_confirmed = True


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


def _never(_sim: float, _context: int, _same_executors: bool) -> str:
    return ""


def make_plan(session: Session, report: ParsedReport, year: int, *, period: Period | None = None) -> Plan:
    """Match the file against the programme of ``year`` in the store; nothing is written.

    ``period``: a report import for that period — the programme is kept as it is (new measures are
    added), and measures retired after the period are still its measures. Without it, an amendment.
    A retired measure whose very text the file holds again is brought back, with its id.
    """
    tree = load_tree(session, year, with_retired=True, period=period)
    file_items, placed = _file_items(report)
    matching = match_items(file_items, tree.items())
    missing = [index for index, match in enumerate(matching.matches) if match.stored is None]
    if missing:
        back = match_items([file_items[i] for i in missing], tree.items(retired=True), verdict=_never)
        for index, match in zip(missing, back.matches, strict=True):
            if match.stored is not None:
                matching.matches[index] = Match(file_items[index], match.stored, match.certainty, match.similarity)
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
        amends=period is None or tree.programme_id is None,
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
                    for p in sorted(tree.priorities.values(), key=lambda p: p.retired)
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
                    for s in sorted(tree.sectors.values(), key=lambda s: s.retired)
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
                        for t in sorted(tree.tasks.values(), key=lambda t: t.retired)
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
        else:
            _compare(out, "priority", tree.priorities[pid].retired, tree.priorities[pid].name, priority.name)
        for si, sector in enumerate(priority.sectors):
            sid = plan.sector_map.get((pi, si))
            if sid is None:
                out.append(ContainerChange("sector", "added", "", sector.name))
                continue
            stored_s = tree.sectors[sid]
            _compare(out, "sector", stored_s.retired, stored_s.name, sector.name)
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
                if stored_t.retired:
                    out.append(ContainerChange("task", "restored", old_label, label))
                if stored_t.sector_id != sid:
                    out.append(ContainerChange("task", "moved", old_label, label))
                elif stored_t.no != task.no:
                    out.append(ContainerChange("task", "renumbered", old_label, label))
                if stored_t.text != task.text:
                    out.append(ContainerChange("task", "re-worded", stored_t.text, task.text))
    kept_p, kept_s, kept_t = set(plan.priority_map.values()), set(plan.sector_map.values()), set(plan.task_map.values())
    live_p = [p for p in tree.priorities.values() if not p.retired and p.id not in kept_p]
    live_s = [s for s in tree.sectors.values() if not s.retired and s.id not in kept_s]
    live_t = [t for t in tree.tasks.values() if not t.retired and t.id not in kept_t]
    out.extend(ContainerChange("priority", "retired", p.name, "") for p in live_p)
    out.extend(ContainerChange("sector", "retired", s.name, "") for s in live_s)
    out.extend(ContainerChange("task", "retired", f"{t.no} ({tree.sectors[t.sector_id].name})", "") for t in live_t)
    if not plan.amends:  # a report import keeps the programme: only what it adds or brings back
        plan.containers = [c for c in out if c.kind in ("added", "restored")]


def _compare(out: list[ContainerChange], item: str, retired: bool, old: str, new: str) -> None:
    if retired:
        out.append(ContainerChange(item, "restored", old, new))
    if old != new:
        out.append(ContainerChange(item, "renamed", old, new))
