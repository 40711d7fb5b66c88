"""Carry out a programme plan in the caller's transaction: ids kept, numbers and names moved, parts retired.

A stored measure keeps its id whatever the file does to its number, text, task or executors; a new
measure gets its id here, once. Numbers and names are unique among live rows, so the rows whose number
or name changes are first given a temporary one, then their own (a renumbering 1.2→1.3, 1.3→1.4 never
meets itself). Every change goes into the programme's history.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zhdesk.importing.executors import split_executors
from zhdesk.services.bodies import BodyRegistry
from zhdesk.services.history import current_user
from zhdesk.services.programme_plan import AmendmentError, MeasurePlan, Plan
from zhdesk.storage.models import (
    Measure,
    MeasureExecutor,
    Priority,
    Programme,
    ProgrammeChange,
    Sector,
    Task,
    core_insert,
    utcnow,
)

MEASURE_NAMESPACE = uuid.UUID("6f1c2a3e-2d0b-4f7e-9a57-7a4e8c1d2b90")
CHUNK = 900
Progress = Callable[[int, int], None]


def chunks(items: list[Any]) -> list[list[Any]]:
    """Lists short enough for one IN (…) on every backend."""
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def creation_id(year: int, priority: str, sector: str, task_no: str, measure_no: str) -> str:
    """The id a new measure is given when it is created (the same for the same programme in two
    stores); stored from then on, never computed again."""
    key = "|".join((str(year), " ".join(priority.split()), " ".join(sector.split()), task_no, measure_no))
    return str(uuid.uuid5(MEASURE_NAMESPACE, key))


@dataclass
class Applied:
    """What applying did, counted by kind (the import report's created/changed)."""

    created: dict[str, int]
    changed: dict[str, int]
    retired: dict[str, int]


class _History:
    def __init__(self, year: int, source: str) -> None:
        self.rows: list[dict[str, Any]] = []
        self.year, self.source, self.now, self.who = year, source, utcnow(), current_user()

    def add(self, item: str, item_id: object, field: str, old: str, new: str) -> None:
        self.rows.append(
            {
                "programme_year": self.year,
                "item": item,
                "item_id": str(item_id),
                "field": field,
                "old": old,
                "new": new,
                "changed_at": self.now,
                "changed_by": self.who,
                "source": self.source,
            }
        )

    def write(self, session: Session) -> None:
        if self.rows:
            session.execute(core_insert(ProgrammeChange), self.rows)


def _count(bucket: dict[str, int], what: str, n: int = 1) -> None:
    if n:
        bucket[what] = bucket.get(what, 0) + n


def _two_phase(session: Session, model: Any, key: str, rows: list[dict[str, Any]], changing: set[Any]) -> None:
    """Update ``rows`` (dicts with ``id``); rows in ``changing`` first take a temporary ``key``."""
    if changing:
        session.execute(update(model), [{"id": i, key: f"~{str(i)[:19]}"} for i in changing])
    if rows:
        session.execute(update(model), rows)


def apply_plan(
    session: Session,
    plan: Plan,
    bodies: BodyRegistry,
    *,
    retired_from: str | None,
    added_from: str | None,
    source: str,
    title: str = "",
    progress: Progress | None = None,
) -> Applied:
    """Write ``plan``; fills each ``MeasurePlan.id``. Refuses while the plan waits for the user.

    An amendment (``plan.amends``) makes the programme what the file says: numbers, texts, places and
    executors follow it, and what the file no longer names is retired from ``retired_from`` on. A
    report import keeps the programme as it is and only adds (from ``added_from`` on) and brings back.
    """
    if plan.waiting:
        raise AmendmentError("; ".join(plan.waiting) + " (read the plan first: --dry-run)")
    if not plan.amends:
        _refuse_clashes(plan)
    applied = Applied({}, {}, {})
    history = _History(plan.year, source)
    try:
        _apply(session, plan, bodies, applied, history, retired_from, title, progress)
        _measures(session, plan, bodies, applied, history, added_from, progress)
        session.flush()
    except IntegrityError:
        raise AmendmentError(
            "the programme changed while this file was being matched (another import or edit at the same "
            "time?); nothing was written: run it again"
        ) from None
    history.write(session)
    return applied


def _refuse_clashes(plan: Plan) -> None:
    """A report import cannot renumber: a new measure whose number another live measure of its task has
    means the file is an amended programme, which ``import-programme`` applies."""
    numbers = {(m.task_id, m.no): m for m in plan.tree.measures.values() if not m.retired}
    for measure in plan.measures:
        task_id = plan.task_map.get(measure.task_key)
        other = numbers.get((task_id, measure.parsed.no)) if task_id is not None else None
        if (measure.stored is None or measure.rejected) and other is not None:
            raise AmendmentError(
                f"{measure.parsed.location}: measure {measure.parsed.no} is new in the file, but the programme "
                f"already has a {other.no} there ({other.text[:60]}…): the file follows an amended programme; "
                "import it with import-programme first, then its texts with import-report"
            )


def _restore(session: Session, model: Any, key: str | None, ids: list[Any]) -> None:
    """Bring retired rows back; with ``key``, each under a temporary number or name first."""
    values: dict[str, Any] = {"retired_at": None, "retired_from": None}
    for i in ids:
        session.execute(
            update(model).where(model.id == i).values(**values, **({key: f"~{str(i)[:19]}"} if key else {}))
        )


def _apply(
    session: Session,
    plan: Plan,
    bodies: BodyRegistry,
    applied: Applied,
    history: _History,
    retired_from: str | None,
    title: str,
    progress: Progress | None,
) -> None:
    tree, report, amends = plan.tree, plan.report, plan.amends
    programme_id = tree.programme_id
    if programme_id is None:
        programme = Programme(year=plan.year, title=title)
        session.add(programme)
        session.flush()
        programme_id = programme.id
        _count(applied.created, "programmes")
    if amends and not plan.creates_programme:
        _retire(session, plan, applied, history, retired_from, history.now)
    back = [i for i in plan.priority_map.values() if tree.priorities[i].retired]
    _restore(session, Priority, "name" if amends else None, back)
    for i in back:
        history.add("priority", i, "restored", "", tree.priorities[i].name)
    _count(applied.changed, "priorities restored", len(back))

    # priorities
    renamed, rows = set(back), []
    for pi, parsed in enumerate(report.priorities):
        pid = plan.priority_map.get(pi)
        if pid is None or not amends:
            continue
        old = tree.priorities[pid]
        if (old.name, old.goal, old.position) != (parsed.name, parsed.goal, pi + 1) or pid in renamed:
            rows.append({"id": pid, "name": parsed.name, "goal": parsed.goal, "position": pi + 1})
            _count(applied.changed, "priorities")
            if old.name != parsed.name:
                renamed.add(pid)
                history.add("priority", pid, "name", old.name, parsed.name)
            if old.goal != parsed.goal:
                history.add("priority", pid, "goal", old.goal, parsed.goal)
    _two_phase(session, Priority, "name", rows, renamed - set(back))
    for pi, parsed in enumerate(report.priorities):
        if pi not in plan.priority_map:
            row = Priority(programme_id=programme_id, position=pi + 1, name=parsed.name, goal=parsed.goal)
            session.add(row)
            session.flush()
            plan.priority_map[pi] = row.id
            history.add("priority", row.id, "created", "", parsed.name)
            _count(applied.created, "priorities")

    # sectors
    back = [i for i in plan.sector_map.values() if tree.sectors[i].retired]
    _restore(session, Sector, "name" if amends else None, back)
    for i in back:
        history.add("sector", i, "restored", "", tree.sectors[i].name)
    _count(applied.changed, "sectors restored", len(back))
    renamed, rows = set(back), []
    for pi, parsed_p in enumerate(report.priorities):
        for si, parsed_s in enumerate(parsed_p.sectors):
            sid = plan.sector_map.get((pi, si))
            if sid is None or not amends:
                continue
            old_s = tree.sectors[sid]
            owner = plan.priority_map[pi]
            if (old_s.name, old_s.priority_id, old_s.position) != (parsed_s.name, owner, si + 1) or sid in renamed:
                rows.append({"id": sid, "name": parsed_s.name, "priority_id": owner, "position": si + 1})
                _count(applied.changed, "sectors")
                if old_s.name != parsed_s.name or old_s.priority_id != owner:
                    renamed.add(sid)
                if old_s.name != parsed_s.name:
                    history.add("sector", sid, "name", old_s.name, parsed_s.name)
                if old_s.priority_id != owner:
                    history.add("sector", sid, "priority", str(old_s.priority_id), str(owner))
    _two_phase(session, Sector, "name", rows, renamed - set(back))
    for pi, parsed_p in enumerate(report.priorities):
        for si, parsed_s in enumerate(parsed_p.sectors):
            if (pi, si) not in plan.sector_map:
                row_s = Sector(priority_id=plan.priority_map[pi], position=si + 1, name=parsed_s.name)
                session.add(row_s)
                session.flush()
                plan.sector_map[(pi, si)] = row_s.id
                history.add("sector", row_s.id, "created", "", parsed_s.name)
                _count(applied.created, "sectors")

    # tasks
    back = [i for i in plan.task_map.values() if tree.tasks[i].retired]
    _restore(session, Task, "no" if amends else None, back)
    for i in back:
        history.add("task", i, "restored", "", f"{tree.tasks[i].no} {tree.tasks[i].text}")
    _count(applied.changed, "tasks restored", len(back))
    renamed, rows = set(back), []
    for (pi, si, ti), tid in plan.task_map.items():
        if not amends:
            continue
        parsed_t = report.priorities[pi].sectors[si].tasks[ti]
        old_t = tree.tasks[tid]
        owner = plan.sector_map[(pi, si)]
        wanted = (parsed_t.no, parsed_t.text, owner, ti + 1)
        if (old_t.no, old_t.text, old_t.sector_id, old_t.position) != wanted or tid in renamed:
            rows.append({"id": tid, "no": parsed_t.no, "text": parsed_t.text, "sector_id": owner, "position": ti + 1})
            _count(applied.changed, "tasks")
            if old_t.no != parsed_t.no or old_t.sector_id != owner:
                renamed.add(tid)
            for field, old_v, new_v in (
                ("no", old_t.no, parsed_t.no),
                ("text", old_t.text, parsed_t.text),
                ("sector", str(old_t.sector_id), str(owner)),
            ):
                if old_v != new_v:
                    history.add("task", tid, field, old_v, new_v)
    _two_phase(session, Task, "no", rows, renamed - set(back))
    for pi, parsed_p in enumerate(report.priorities):
        for si, parsed_s in enumerate(parsed_p.sectors):
            for ti, parsed_t in enumerate(parsed_s.tasks):
                if (pi, si, ti) not in plan.task_map:
                    row_t = Task(
                        sector_id=plan.sector_map[(pi, si)], position=ti + 1, no=parsed_t.no, text=parsed_t.text
                    )
                    session.add(row_t)
                    session.flush()
                    plan.task_map[(pi, si, ti)] = row_t.id
                    history.add("task", row_t.id, "created", "", f"{parsed_t.no} {parsed_t.text}")
                    _count(applied.created, "tasks")


def _retire(
    session: Session, plan: Plan, applied: Applied, history: _History, retired_from: str | None, now: Any
) -> None:
    tree = plan.tree
    values = {"retired_at": now, "retired_from": retired_from}
    gone = [m.id for m in plan.retired()]
    for chunk in chunks(gone):
        session.execute(update(Measure).where(Measure.id.in_(chunk)).values(**values))
    for measure_id in gone:
        history.add("measure", measure_id, "retired", tree.label(measure_id), retired_from or "")
    _count(applied.retired, "measures", len(gone))
    for model, item, kept, stored in (
        (Task, "task", set(plan.task_map.values()), tree.tasks),
        (Sector, "sector", set(plan.sector_map.values()), tree.sectors),
        (Priority, "priority", set(plan.priority_map.values()), tree.priorities),
    ):
        ids = [i for i, row in stored.items() if i not in kept and not row.retired]
        for chunk in chunks(ids):
            session.execute(update(model).where(model.id.in_(chunk)).values(**values))
        for i in ids:
            history.add(item, i, "retired", "", retired_from or "")
        _count(applied.retired, {"task": "tasks", "sector": "sectors", "priority": "priorities"}[item], len(ids))


def _measures(
    session: Session,
    plan: Plan,
    bodies: BodyRegistry,
    applied: Applied,
    history: _History,
    added_from: str | None,
    progress: Progress | None,
) -> None:
    report = plan.report
    priorities = report.priorities
    new: list[MeasurePlan] = []
    rows, moving = [], set()
    back = [m.stored.id for m in plan.measures if m.restores and m.stored is not None]
    _restore(session, Measure, "no" if plan.amends else None, back)
    for measure_id in back:
        history.add("measure", measure_id, "restored", "", plan.tree.label(measure_id))
    _count(applied.changed, "measures restored", len(back))
    for index, measure in enumerate(plan.measures, start=1):
        task_id = plan.task_map[measure.task_key]
        parsed = measure.parsed
        stored = measure.stored
        if stored is None or measure.rejected:
            new.append(measure)
            continue
        measure.id = stored.id
        if not plan.amends:
            continue  # a report import keeps the programme's numbers, texts and places
        wanted = (task_id, measure.position, parsed.no, parsed.text, parsed.executors, parsed.programme_or_funding)
        have = (stored.task_id, stored.position, stored.no, stored.text, stored.executors, stored.funding)
        if wanted != have or measure.restores:
            rows.append(
                {
                    "id": stored.id,
                    "task_id": task_id,
                    "position": measure.position,
                    "no": parsed.no,
                    "text": parsed.text,
                    "executors_text": parsed.executors,
                    "programme_or_funding": parsed.programme_or_funding,
                }
            )
            if (stored.task_id, stored.no) != (task_id, parsed.no) and not measure.restores:
                moving.add(stored.id)
            if measure.changes:
                _count(applied.changed, "measures")
            for field, old_v, new_v in (
                ("no", stored.no, parsed.no),
                ("text", stored.text, parsed.text),
                ("task", str(stored.task_id), str(task_id)),
                ("executors", stored.executors, parsed.executors),
                ("funding", stored.funding, parsed.programme_or_funding),
            ):
                if old_v != new_v:
                    history.add("measure", stored.id, field, old_v, new_v)
        if progress and index % 500 == 0:
            progress(index, len(plan.measures))
    _two_phase(session, Measure, "no", rows, moving)
    ids = [
        creation_id(
            plan.year,
            priorities[m.task_key[0]].name,
            priorities[m.task_key[0]].sectors[m.task_key[1]].name,
            priorities[m.task_key[0]].sectors[m.task_key[1]].tasks[m.task_key[2]].no,
            m.parsed.no,
        )
        for m in new
    ]
    taken: set[str] = set()
    for chunk in chunks(ids):
        taken.update(session.scalars(select(Measure.id).where(Measure.id.in_(chunk))))
    for measure, mid in zip(new, ids, strict=True):
        measure.id = str(uuid.uuid4()) if mid in taken else mid
        taken.add(measure.id)
    if new:
        session.execute(
            insert(Measure),
            [
                {
                    "id": m.id,
                    "task_id": plan.task_map[m.task_key],
                    "position": m.position,
                    "no": m.parsed.no,
                    "text": m.parsed.text,
                    "executors_text": m.parsed.executors,
                    "programme_or_funding": m.parsed.programme_or_funding,
                    "added_from": None if plan.creates_programme else added_from,
                }
                for m in new
            ],
        )
        for m in new:
            history.add("measure", m.id, "created", "", f"{m.parsed.no} {m.parsed.text}")
        _count(applied.created, "measures", len(new))
    _executors(session, plan, bodies, applied)
    if progress:
        progress(len(plan.measures), len(plan.measures))


def _executors(session: Session, plan: Plan, bodies: BodyRegistry, applied: Applied) -> None:
    """Column 4 split into body links, lead first, for new measures and those whose column 4 changed
    (or whose links went missing)."""
    ids = [m.id for m in plan.measures]
    links: dict[str, list[tuple[int, int]]] = {}
    for chunk in chunks(ids):
        for measure_id, position, body_id in session.execute(
            select(MeasureExecutor.measure_id, MeasureExecutor.position, MeasureExecutor.body_id).where(
                MeasureExecutor.measure_id.in_(chunk)
            )
        ):
            links.setdefault(measure_id, []).append((position, body_id))
    wanted: dict[str, list[tuple[int, Any]]] = {}
    for measure in plan.measures:
        unchanged = "executors" not in measure.changes or not plan.amends  # a report import keeps column 4
        if measure.id in links and measure.stored is not None and not measure.rejected and unchanged:
            continue  # the same column 4 as when its links were made
        found: list[tuple[int, Any]] = []
        for position, name in enumerate(split_executors(measure.parsed.executors), start=1):
            body = bodies.resolve(name)
            if all(body is not other for _, other in found):
                found.append((position, body))
        wanted[measure.id] = found
    session.flush()  # new bodies get their ids
    relinked, new_links = [], []
    for measure_id, found in wanted.items():
        pairs = [(position, body.id) for position, body in found]
        if sorted(links.get(measure_id, [])) != pairs:
            if measure_id in links:
                relinked.append(measure_id)
            new_links += [
                {"measure_id": measure_id, "position": pos, "body_id": body_id, "is_lead": pos == 1}
                for pos, body_id in pairs
            ]
    for chunk in chunks(relinked):
        session.execute(delete(MeasureExecutor).where(MeasureExecutor.measure_id.in_(chunk)))
    _count(applied.changed, "executor lists", len(relinked))
    if new_links:
        session.execute(insert(MeasureExecutor), new_links)
