"""Links from a year's measures to last year's: the same measure continued (its texts are the previous
period across the year boundary). Proposed when measures are created, corrected by hand."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from zhdesk.services.history import current_user
from zhdesk.services.programme_match import UNCERTAIN, Item, link_verdict, match_items
from zhdesk.services.programme_plan import AmendmentError, MeasurePlan, Plan
from zhdesk.services.programme_tree import StoredMeasure, load_tree
from zhdesk.storage.models import Measure, Priority, Programme, ProgrammeChange, Sector, Task, utcnow


@dataclass
class Link:
    measure: MeasurePlan
    previous: StoredMeasure
    previous_label: str
    certainty: str
    similarity: float

    @property
    def check(self) -> bool:
        """A link made on a weaker likeness: listed for the user to look at."""
        return self.certainty == UNCERTAIN


def propose_links(session: Session, plan: Plan) -> list[Link]:
    """Last year's measure for each measure the plan creates (same executors and a similar text)."""
    created = [m for m in plan.measures if m.kind == "added"]
    if not created:
        return []
    last = load_tree(session, plan.year - 1)
    if not last.measures:
        return []
    already = {previous for _, previous in _links_of(session, plan.year) if previous is not None}
    report = plan.report
    items = []
    for index, m in enumerate(created):
        pi, si, ti = m.task_key
        priority = report.priorities[pi]
        sector = priority.sectors[si]
        task = sector.tasks[ti]
        items.append(
            Item(
                str(index),
                priority.name,
                sector.name,
                task.no,
                task.text,
                m.parsed.no,
                m.parsed.text,
                m.parsed.executors,
            )
        )
    stored = [last.item(s) for s in last.measures.values() if s.id not in already]
    matching = match_items(items, stored, verdict=link_verdict)
    return [
        Link(
            created[int(match.file.key)],
            last.measures[match.stored.key],
            last.label(match.stored.key),
            match.certainty,
            match.similarity,
        )
        for match in matching.matches
        if match.stored is not None
    ]


def apply_links(session: Session, links: list[Link], year: int, source: str) -> None:
    """Write the links of measures just created (their ids are set by then)."""
    _write_links(session, year, [(link.measure.id, link.previous.id) for link in links], source)


def _write_links(session: Session, year: int, pairs: list[tuple[str, str]], source: str) -> None:
    """Each (measure of ``year``, last year's measure) linked, and the link in the programme's history."""
    if not pairs:
        return
    session.execute(update(Measure), [{"id": mid, "previous_id": previous} for mid, previous in pairs])
    now, who = utcnow(), current_user()
    session.add_all(
        ProgrammeChange(
            programme_year=year,
            item="measure",
            item_id=mid,
            field="previous",
            old="",
            new=previous,
            changed_at=now,
            changed_by=who,
            source=source,
        )
        for mid, previous in pairs
    )


def _links_of(session: Session, year: int) -> list[tuple[str, str | None]]:
    """(measure, the measure of last year it continues, or None) for every measure of ``year``."""
    return [
        (mid, previous)
        for mid, previous in session.execute(
            select(Measure.id, Measure.previous_id)
            .join(Task, Task.id == Measure.task_id)
            .join(Sector, Sector.id == Task.sector_id)
            .join(Priority, Priority.id == Sector.priority_id)
            .join(Programme, Programme.id == Priority.programme_id)
            .where(Programme.year == year)
        )
    ]


def link_next_year(session: Session, plan: Plan, source: str) -> int:
    """Measures of next year's programme (imported before this year's) that are not linked yet and whose
    link nobody decided are linked to this year's measures the plan created; returns how many."""
    created = {m.id for m in plan.measures if m.kind == "added" and m.id}
    if not created:
        return 0
    decided = set(
        session.scalars(
            select(ProgrammeChange.item_id).where(
                ProgrammeChange.programme_year == plan.year + 1,
                ProgrammeChange.item == "measure",
                ProgrammeChange.field == "previous",
            )
        )
    )
    waiting = {mid for mid, previous in _links_of(session, plan.year + 1) if previous is None and mid not in decided}
    if not waiting:
        return 0
    later, this = load_tree(session, plan.year + 1), load_tree(session, plan.year)
    items = [item for item in later.items() if item.key in waiting]
    stored = [item for item in this.items() if item.key in created]
    matching = match_items(items, stored, verdict=link_verdict)
    pairs = [(match.file.key, match.stored.key) for match in matching.matches if match.stored is not None]
    _write_links(session, plan.year + 1, pairs, source)
    return len(pairs)


def _year_of(session: Session, measure_id: str) -> int | None:
    return session.scalar(
        select(Programme.year)
        .join(Priority, Priority.programme_id == Programme.id)
        .join(Sector, Sector.priority_id == Priority.id)
        .join(Task, Task.sector_id == Sector.id)
        .join(Measure, Measure.task_id == Task.id)
        .where(Measure.id == measure_id)
    )


def set_link(session: Session, measure_id: str, previous_id: str | None, source: str = "edit") -> tuple[str, str]:
    """Link a measure to last year's ``previous_id`` (None: unlink); returns (old, new) previous ids."""
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise AmendmentError(f"no measure {measure_id!r} in this store")
    year = _year_of(session, measure_id)
    assert year is not None
    if previous_id is not None:
        previous_year = _year_of(session, previous_id)
        if previous_year is None:
            raise AmendmentError(f"no measure {previous_id!r} in this store")
        if previous_year != year - 1:
            raise AmendmentError(
                f"measure {previous_id} is in the {previous_year} programme; a {year} measure links to {year - 1}"
            )
    old = measure.previous_id or ""
    if old != (previous_id or ""):
        measure.previous_id = previous_id
        session.add(
            ProgrammeChange(
                programme_year=year,
                item="measure",
                item_id=measure_id,
                field="previous",
                old=old,
                new=previous_id or "",
                changed_at=utcnow(),
                changed_by=current_user(),
                source=source,
            )
        )
    return old, previous_id or ""
