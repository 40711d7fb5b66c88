"""Write a parsed official table into the store: one transaction, idempotent, every change counted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.importing.executors import split_executors
from zhdesk.importing.structure import ParsedMeasure, ParsedReport, Repair
from zhdesk.periods import Period
from zhdesk.services import settings
from zhdesk.services.bodies import BodyRegistry, SuspectedDuplicate, registry_duplicates
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    Execution,
    Measure,
    MeasureExecutor,
    Priority,
    Programme,
    ReportingPeriod,
    Sector,
    Task,
    utcnow,
)

MEASURE_NAMESPACE = uuid.UUID("6f1c2a3e-2d0b-4f7e-9a57-7a4e8c1d2b90")
PROGRAMME_TITLE = "Програми соціально-економічного і культурного розвитку"

Progress = Callable[[int, int], None]


def measure_id(year: int, priority: str, sector: str, task_no: str, measure_no: str) -> str:
    """The stable id of a measure: the same in every store that imports the same programme."""
    key = "|".join((str(year), " ".join(priority.split()), " ".join(sector.split()), task_no, measure_no))
    return str(uuid.uuid5(MEASURE_NAMESPACE, key))


@dataclass
class ImportResult:
    """What an import did: counts of what was created or changed, the repairs, the suspects."""

    report: ParsedReport
    period: Period
    created: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    notes: list[Repair] = field(default_factory=list)
    new_bodies: list[str] = field(default_factory=list)
    suspected_duplicates: list[SuspectedDuplicate] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return any(self.created.values()) or any(self.changed.values())

    def count(self, what: str, *, created: bool) -> None:
        bucket = self.created if created else self.changed
        bucket[what] = bucket.get(what, 0) + 1


def ensure_period(session: Session, period: Period) -> ReportingPeriod:
    row = session.scalar(select(ReportingPeriod).where(ReportingPeriod.code == period.code))
    if row is None:
        row = ReportingPeriod(code=period.code, year=period.year, kind=period.kind, ends_on=period.ends_on)
        session.add(row)
        session.flush()
    return row


class _Writer:
    def __init__(self, session: Session, result: ImportResult) -> None:
        self.session = session
        self.result = result
        self.bodies = BodyRegistry(session)

    def set(self, obj: object, what: str, **values: object) -> None:
        changed = False
        for name, value in values.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                changed = True
        if changed:
            self.result.count(what, created=False)

    def programme(self, year: int, title: str) -> Programme:
        programme = self.session.scalar(select(Programme).where(Programme.year == year))
        if programme is None:
            programme = Programme(year=year, title=title)
            self.session.add(programme)
            self.session.flush()
            self.result.count("programmes", created=True)
        return programme

    def write(self, report: ParsedReport, period: Period, progress: Progress | None) -> None:
        session = self.session
        year = period.year
        community = report.community
        programme = self.programme(
            year, f"Програма соціально-економічного і культурного розвитку {community} на {year} рік".replace("  ", " ")
        )
        period_row = ensure_period(session, period)
        priorities = {p.name: p for p in session.scalars(select(Priority).where(Priority.programme_id == programme.id))}
        sectors = {
            (s.priority_id, s.name): s
            for s in session.scalars(select(Sector).join(Priority).where(Priority.programme_id == programme.id))
        }
        tasks = {
            (t.sector_id, t.no): t
            for t in session.scalars(
                select(Task).join(Sector).join(Priority).where(Priority.programme_id == programme.id)
            )
        }
        measures = {
            m.id: m
            for m in session.scalars(
                select(Measure).join(Task).join(Sector).join(Priority).where(Priority.programme_id == programme.id)
            )
        }
        links: dict[str, list[tuple[int, int]]] = {}
        for link in (
            session.scalars(select(MeasureExecutor).where(MeasureExecutor.measure_id.in_(measures))) if measures else []
        ):
            links.setdefault(link.measure_id, []).append((link.position, link.body_id))
        executions = {
            e.measure_id: e for e in session.scalars(select(Execution).where(Execution.period_id == period_row.id))
        }
        seen: set[str] = set()
        total = len(report.measures)
        done = 0
        for p_pos, parsed_priority in enumerate(report.priorities, start=1):
            priority = priorities.get(parsed_priority.name)
            if priority is None:
                priority = Priority(
                    programme_id=programme.id, position=p_pos, name=parsed_priority.name, goal=parsed_priority.goal
                )
                session.add(priority)
                session.flush()
                priorities[priority.name] = priority
                self.result.count("priorities", created=True)
            else:
                self.set(priority, "priorities", position=p_pos, goal=parsed_priority.goal)
            for s_pos, parsed_sector in enumerate(parsed_priority.sectors, start=1):
                sector = sectors.get((priority.id, parsed_sector.name))
                if sector is None:
                    sector = Sector(priority_id=priority.id, position=s_pos, name=parsed_sector.name)
                    session.add(sector)
                    session.flush()
                    sectors[(priority.id, sector.name)] = sector
                    self.result.count("sectors", created=True)
                else:
                    self.set(sector, "sectors", position=s_pos)
                for t_pos, parsed_task in enumerate(parsed_sector.tasks, start=1):
                    task = tasks.get((sector.id, parsed_task.no))
                    if task is None:
                        task = Task(sector_id=sector.id, position=t_pos, no=parsed_task.no, text=parsed_task.text)
                        session.add(task)
                        session.flush()
                        tasks[(sector.id, task.no)] = task
                        self.result.count("tasks", created=True)
                    else:
                        self.set(task, "tasks", position=t_pos, text=parsed_task.text)
                    for m_pos, parsed in enumerate(parsed_task.measures, start=1):
                        mid = measure_id(year, parsed_priority.name, parsed_sector.name, parsed_task.no, parsed.no)
                        seen.add(mid)
                        measure = self.measure(mid, task, m_pos, parsed, measures, links.get(mid, []))
                        self.execution(measure, period_row, parsed, executions.get(mid))
                        done += 1
                        if progress and (done % 200 == 0 or done == total):
                            progress(done, total)
        missing = [mid for mid in measures if mid not in seen]
        if missing:
            self.result.notes.append(
                Repair(report.source, f"{len(missing)} measures already in the store are not in this file; kept")
            )
        filled = [
            settings.put_if_empty(session, "community", community),
            settings.put_if_empty(session, "programme_title", PROGRAMME_TITLE if community else ""),
            settings.put_if_empty(session, "footnote", report.footnote),
        ]
        for _ in filter(None, filled):
            self.result.count("settings", created=True)
        self.result.new_bodies = [body.name for body in self.bodies.created]

    def measure(
        self,
        mid: str,
        task: Task,
        position: int,
        parsed: ParsedMeasure,
        measures: dict[str, Measure],
        links: list[tuple[int, int]],
    ) -> Measure:
        measure = measures.get(mid)
        if measure is None:
            measure = Measure(
                id=mid,
                task_id=task.id,
                position=position,
                no=parsed.no,
                text=parsed.text,
                executors_text=parsed.executors,
                programme_or_funding=parsed.programme_or_funding,
            )
            self.session.add(measure)
            measures[mid] = measure
            self.result.count("measures", created=True)
        else:
            self.set(
                measure,
                "measures",
                task_id=task.id,
                position=position,
                no=parsed.no,
                text=parsed.text,
                executors_text=parsed.executors,
                programme_or_funding=parsed.programme_or_funding,
            )
        wanted: list[tuple[int, int]] = []
        bodies = []
        for index, name in enumerate(split_executors(parsed.executors), start=1):
            body = self.bodies.resolve(name)
            if body.id is None:
                self.session.flush()
            if any(body_id == body.id for _, body_id in wanted):
                continue
            wanted.append((index, body.id))
            bodies.append(body)
        if sorted(links) != wanted:
            if links:
                for link in self.session.scalars(select(MeasureExecutor).where(MeasureExecutor.measure_id == mid)):
                    self.session.delete(link)
                self.session.flush()
                self.result.count("executor links", created=False)
            for index, body_id in wanted:
                self.session.add(MeasureExecutor(measure=measure, position=index, body_id=body_id, is_lead=index == 1))
        return measure

    def execution(
        self, measure: Measure, period: ReportingPeriod, parsed: ParsedMeasure, existing: Execution | None
    ) -> None:
        if existing is None:
            if parsed.execution:
                self.session.add(
                    Execution(measure=measure, period_id=period.id, text=parsed.execution, source="import")
                )
                self.result.count("execution texts", created=True)
        elif existing.text != parsed.execution:
            existing.text = parsed.execution
            existing.source = "import"
            existing.updated_at = utcnow()
            self.result.count("execution texts", created=False)


def import_report(store: Store, report: ParsedReport, period: Period, progress: Progress | None = None) -> ImportResult:
    """Write ``report`` as the programme of ``period.year`` with its texts for ``period``.

    One transaction: on any error nothing is written. Importing the same file again changes nothing.
    """
    result = ImportResult(report, period)
    titled = report.period
    if titled is not None and titled != period:
        result.notes.append(
            Repair(
                report.source, f"the title names {titled.code} ({titled.in_words}) but the import is for {period.code}"
            )
        )
    with store.transaction() as session:
        _Writer(session, result).write(report, period, progress)
        session.flush()
        result.suspected_duplicates = registry_duplicates(session)
    return result
