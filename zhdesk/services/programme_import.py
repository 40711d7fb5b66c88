"""Write a parsed official table into the store: one transaction, idempotent, every change counted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from zhdesk.importing.executors import split_executors
from zhdesk.importing.structure import ParsedMeasure, ParsedReport, Repair
from zhdesk.periods import Period
from zhdesk.services import settings
from zhdesk.services.bodies import BodyRegistry, SuspectedDuplicate, registry_duplicates
from zhdesk.services.history import current_user, record_many
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    Execution,
    ExecutiveBody,
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

    def count(self, what: str, *, created: bool, n: int = 1) -> None:
        bucket = self.created if created else self.changed
        bucket[what] = bucket.get(what, 0) + n


def ensure_period(session: Session, period: Period) -> ReportingPeriod:
    row = session.scalar(select(ReportingPeriod).where(ReportingPeriod.code == period.code))
    if row is None:
        row = ReportingPeriod(code=period.code, year=period.year, kind=period.kind, ends_on=period.ends_on)
        session.add(row)
        session.flush()
    return row


class _Writer:
    """Three passes: structure (ORM, one flush), bodies (one flush), then measures, executor links and
    texts in bulk statements. Nothing is written where the store already holds the same values."""

    def __init__(self, session: Session, result: ImportResult) -> None:
        self.session = session
        self.result = result
        self.bodies = BodyRegistry(session)

    def update_fields(self, obj: object, what: str, **values: object) -> None:
        changed = False
        for name, value in values.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                changed = True
        if changed:
            self.result.count(what, created=False)

    def programme(self, year: int, community: str) -> Programme:
        programme = self.session.scalar(select(Programme).where(Programme.year == year))
        if programme is None:
            title = " ".join(
                f"Програма соціально-економічного і культурного розвитку {community} на {year} рік".split()
            )
            programme = Programme(year=year, title=title)
            self.session.add(programme)
            self.session.flush()
            self.result.count("programmes", created=True)
        return programme

    def structure(self, report: ParsedReport, programme: Programme) -> list[tuple[Task, ParsedMeasure, str]]:
        """Priorities, sectors and tasks (created or updated); returns each measure with its task and id."""
        session = self.session
        in_programme = Priority.programme_id == programme.id
        priorities = {p.name: p for p in session.scalars(select(Priority).where(in_programme))}
        sectors = {
            (priority_name, s.name): s
            for s, priority_name in session.execute(
                select(Sector, Priority.name).join(Priority, Sector.priority_id == Priority.id).where(in_programme)
            )
        }
        tasks = {
            (priority_name, sector_name, t.no): t
            for t, sector_name, priority_name in session.execute(
                select(Task, Sector.name, Priority.name)
                .select_from(Task)
                .join(Sector, Task.sector_id == Sector.id)
                .join(Priority, Sector.priority_id == Priority.id)
                .where(in_programme)
            )
        }
        placed: list[tuple[Task, ParsedMeasure, str]] = []
        for p_pos, parsed_priority in enumerate(report.priorities, start=1):
            p_name = parsed_priority.name
            priority = priorities.get(p_name)
            if priority is None:
                priority = priorities[p_name] = Priority(
                    programme=programme, position=p_pos, name=p_name, goal=parsed_priority.goal
                )
                session.add(priority)
                self.result.count("priorities", created=True)
            else:
                self.update_fields(priority, "priorities", position=p_pos, goal=parsed_priority.goal)
            for s_pos, parsed_sector in enumerate(parsed_priority.sectors, start=1):
                s_name = parsed_sector.name
                sector = sectors.get((p_name, s_name))
                if sector is None:
                    sector = sectors[(p_name, s_name)] = Sector(priority=priority, position=s_pos, name=s_name)
                    session.add(sector)
                    self.result.count("sectors", created=True)
                else:
                    self.update_fields(sector, "sectors", position=s_pos)
                for t_pos, parsed_task in enumerate(parsed_sector.tasks, start=1):
                    task = tasks.get((p_name, s_name, parsed_task.no))
                    if task is None:
                        task = tasks[(p_name, s_name, parsed_task.no)] = Task(
                            sector=sector, position=t_pos, no=parsed_task.no, text=parsed_task.text
                        )
                        session.add(task)
                        self.result.count("tasks", created=True)
                    else:
                        self.update_fields(task, "tasks", position=t_pos, text=parsed_task.text)
                    for parsed in parsed_task.measures:
                        mid = measure_id(programme.year, p_name, s_name, parsed_task.no, parsed.no)
                        placed.append((task, parsed, mid))
        session.flush()
        return placed

    def measures(self, placed: list[tuple[Task, ParsedMeasure, str]], progress: Progress | None) -> set[str]:
        session = self.session
        ids = [mid for _, _, mid in placed]
        columns = (
            Measure.id,
            Measure.task_id,
            Measure.position,
            Measure.no,
            Measure.text,
            Measure.executors_text,
            Measure.programme_or_funding,
        )
        existing = {row[0]: tuple(row) for row in _in_chunks(session, select(*columns), Measure.id, ids)}
        links: dict[str, list[tuple[int, int]]] = {}
        for measure_id_, position, body_id in _in_chunks(
            session,
            select(MeasureExecutor.measure_id, MeasureExecutor.position, MeasureExecutor.body_id),
            MeasureExecutor.measure_id,
            ids,
        ):
            links.setdefault(measure_id_, []).append((position, body_id))
        wanted_links = {mid: self.executor_bodies(parsed.executors) for _, parsed, mid in placed}
        session.flush()  # new bodies get their ids
        new_rows, changed_rows, new_links, relinked = [], [], [], []
        positions: dict[int, int] = {}
        for index, (task, parsed, mid) in enumerate(placed, start=1):
            positions[task.id] = position = positions.get(task.id, 0) + 1
            row = (mid, task.id, position, parsed.no, parsed.text, parsed.executors, parsed.programme_or_funding)
            if mid not in existing:
                new_rows.append(row)
            elif existing[mid] != row:
                changed_rows.append(row)
            wanted = [(pos, body.id) for pos, body in wanted_links[mid]]
            if sorted(links.get(mid, [])) != wanted:
                if mid in links:
                    relinked.append(mid)
                new_links += [
                    {"measure_id": mid, "position": pos, "body_id": body_id, "is_lead": pos == 1}
                    for pos, body_id in wanted
                ]
            if progress and index % 500 == 0:
                progress(index, len(placed))
        names = [c.key for c in columns]
        if new_rows:
            session.execute(insert(Measure), [dict(zip(names, row, strict=True)) for row in new_rows])
            self.result.count("measures", created=True, n=len(new_rows))
        if changed_rows:
            session.execute(update(Measure), [dict(zip(names, row, strict=True)) for row in changed_rows])
            self.result.count("measures", created=False, n=len(changed_rows))
        for chunk in chunks(relinked):
            session.execute(delete(MeasureExecutor).where(MeasureExecutor.measure_id.in_(chunk)))
        if relinked:
            self.result.count("executor lists", created=False, n=len(relinked))
        if new_links:
            session.execute(insert(MeasureExecutor), new_links)
        if progress:
            progress(len(placed), len(placed))
        return set(ids)

    def executor_bodies(self, executors: str) -> list[tuple[int, ExecutiveBody]]:
        """(position, body) per distinct executor in column-4 order; the first is the lead."""
        bodies: list[tuple[int, ExecutiveBody]] = []
        for position, name in enumerate(split_executors(executors), start=1):
            body = self.bodies.resolve(name)
            if all(body is not other for _, other in bodies):
                bodies.append((position, body))
        return bodies

    def executions(self, placed: list[tuple[Task, ParsedMeasure, str]], period: ReportingPeriod) -> None:
        session = self.session
        existing = {
            measure_id_: (row_id, text)
            for row_id, measure_id_, text in session.execute(
                select(Execution.id, Execution.measure_id, Execution.text).where(Execution.period_id == period.id)
            )
        }
        now = utcnow()
        who = current_user()
        new, changed = [], []
        for _, parsed, mid in placed:
            if mid not in existing:
                if parsed.execution:
                    new.append(
                        {
                            "measure_id": mid,
                            "period_id": period.id,
                            "text": parsed.execution,
                            "source": "import",
                            "updated_at": now,
                        }
                    )
            elif existing[mid][1] != parsed.execution:
                changed.append(
                    {"id": existing[mid][0], "text": parsed.execution, "source": "import", "updated_at": now}
                )
        record_many(
            session,
            [
                {
                    "measure_id": mid,
                    "period_id": period.id,
                    "body_id": None,
                    "old_text": existing[mid][1] if mid in existing else "",
                    "new_text": parsed.execution,
                    "changed_at": now,
                    "changed_by": who,
                    "source": "import",
                }
                for _, parsed, mid in placed
                if (mid in existing and existing[mid][1] != parsed.execution)
                or (mid not in existing and parsed.execution)
            ],
        )
        if new:
            session.execute(insert(Execution), new)
            self.result.count("execution texts", created=True, n=len(new))
        if changed:
            session.execute(update(Execution), changed)
            self.result.count("execution texts", created=False, n=len(changed))

    def write(self, report: ParsedReport, period: Period, progress: Progress | None) -> None:
        session = self.session
        community = report.community
        programme = self.programme(period.year, community)
        period_row = ensure_period(session, period)
        placed = self.structure(report, programme)
        seen = self.measures(placed, progress)
        self.executions(placed, period_row)
        stored = session.scalars(
            select(Measure.id).join(Task).join(Sector).join(Priority).where(Priority.programme_id == programme.id)
        ).all()
        missing = [mid for mid in stored if mid not in seen]
        if missing:
            self.result.notes.append(
                Repair(report.source, f"{len(missing)} measures already in the store are not in this file; kept")
            )
        filled = [
            settings.put_if_empty(session, "community", community),
            settings.put_if_empty(session, "programme_title", PROGRAMME_TITLE if community else ""),
            settings.put_if_empty(session, "footnote", report.footnote),
        ]
        if any(filled):
            self.result.count("settings", created=True, n=sum(filled))
        self.result.new_bodies = [body.name for body in self.bodies.created]


CHUNK = 900


def chunks(items: list[str]) -> list[list[str]]:
    """Lists short enough for one IN (…) on every backend."""
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def _in_chunks(session: Session, query: Any, column: Any, values: list[str]) -> list[Any]:
    """``query`` filtered by ``column IN values``, in chunks that every database accepts."""
    rows: list[Any] = []
    for chunk in chunks(values):
        rows.extend(session.execute(query.where(column.in_(chunk))))
    return rows


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
