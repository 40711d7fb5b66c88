"""Reading the programme back: measures of a period in report order, with their texts."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from zhdesk.periods import KINDS, Period
from zhdesk.services.bodies import find_body
from zhdesk.services.rows import MeasureRow, assemble
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    Measure,
    MeasureExecutor,
    Priority,
    Programme,
    ReportingPeriod,
    Sector,
    Task,
)


def periods_up_to(period: Period) -> list[str]:
    """The codes of the year's periods up to and including ``period`` (Q1 … period)."""
    return [Period(period.year, kind).code for kind in KINDS[: KINDS.index(period.kind) + 1]]


def in_period(period: Period) -> ColumnElement[bool]:
    """Measures that belong in the report of ``period``: added by then, and live or retired later."""
    up_to = periods_up_to(period)
    return and_(
        or_(Measure.added_from.is_(None), Measure.added_from.in_(up_to)),
        or_(Measure.retired_at.is_(None), Measure.retired_from.is_(None), Measure.retired_from.not_in(up_to)),
    )


def list_measures(
    session: Session, period: Period, body: str | None = None, *, own_texts: bool = False
) -> list[MeasureRow]:
    """Measures of the programme of ``period.year`` in published order; ``body`` narrows to its own.

    ``execution`` is the consolidated text (or the parts assembled lead-first); with ``own_texts`` and a
    ``body`` it is that body's own part only — what its officer writes.
    """
    query = (
        select(
            Measure.id,
            Priority.name,
            Priority.goal,
            Sector.name,
            Task.no,
            Task.text,
            Measure.no,
            Measure.text,
            Measure.executors_text,
            Measure.programme_or_funding,
        )
        .join(Task, Measure.task_id == Task.id)
        .join(Sector, Task.sector_id == Sector.id)
        .join(Priority, Sector.priority_id == Priority.id)
        .join(Programme, Priority.programme_id == Programme.id)
        .where(Programme.year == period.year, in_period(period))
        .order_by(Priority.position, Sector.position, Task.position, Measure.position)
    )  # columns, not entities: a 50× programme lists in a fraction of the time
    body_id = None
    if body is not None:
        body_id = find_body(session, body).id
        query = query.where(
            Measure.id.in_(select(MeasureExecutor.measure_id).where(MeasureExecutor.body_id == body_id))
        )
    rows = session.execute(query).all()
    period_row = session.scalar(select(ReportingPeriod).where(ReportingPeriod.code == period.code))
    texts: dict[str, str] = {}
    parts: dict[str, list[tuple[int, str]]] = {}
    if period_row is not None and rows:
        texts = {
            measure_id: text
            for measure_id, text in session.execute(
                select(Execution.measure_id, Execution.text).where(Execution.period_id == period_row.id)
            )
        }
        part_rows = (
            select(ExecutionPart.measure_id, MeasureExecutor.position, ExecutionPart.text)
            .outerjoin(
                MeasureExecutor,
                (MeasureExecutor.measure_id == ExecutionPart.measure_id)
                & (MeasureExecutor.body_id == ExecutionPart.body_id),
            )
            .where(ExecutionPart.period_id == period_row.id)
        )
        if own_texts and body_id is not None:
            texts = {}
            part_rows = part_rows.where(ExecutionPart.body_id == body_id)
        for measure_id, position, text in session.execute(part_rows):
            parts.setdefault(measure_id, []).append((999 if position is None else position, text))
    result = []
    for measure_id, priority, goal, sector, task_no, task, no, text, executors, funding in rows:
        execution = texts.get(measure_id)
        if execution is None:
            execution = assemble(parts.get(measure_id, []))
        result.append(
            MeasureRow(measure_id, priority, goal, sector, task_no, task, no, text, executors, execution, funding)
        )
    return result


def list_periods(session: Session) -> list[tuple[str, str, int]]:
    """(code, words, number of measures with a text) for every period in the store."""
    counts: dict[int, int] = {}
    for period_id, _measure in session.execute(select(Execution.period_id, Execution.measure_id)):
        counts[period_id] = counts.get(period_id, 0) + 1
    periods = session.scalars(select(ReportingPeriod).order_by(ReportingPeriod.ends_on)).all()
    return [(p.code, Period.parse(p.code).in_words, counts.get(p.id, 0)) for p in periods]


def body_measure_ids(session: Session, body_id: int, year: int, period: Period | None = None) -> set[str]:
    """The measures column 4 gives to the body in the programme of ``year`` (with ``period``: only those
    in that period's report, not retired before it)."""
    query = (
        select(MeasureExecutor.measure_id)
        .join(Measure, Measure.id == MeasureExecutor.measure_id)
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .join(Programme, Programme.id == Priority.programme_id)
        .where(MeasureExecutor.body_id == body_id, Programme.year == year)
    )
    if period is not None:
        query = query.where(in_period(period))
    return set(session.scalars(query))


def period_measure_ids(session: Session, period: Period) -> set[str]:
    """The measures of the programme of ``period.year`` in that period's report, whoever their executors."""
    return set(
        session.scalars(
            select(Measure.id)
            .join(Task, Task.id == Measure.task_id)
            .join(Sector, Sector.id == Task.sector_id)
            .join(Priority, Priority.id == Sector.priority_id)
            .join(Programme, Programme.id == Priority.programme_id)
            .where(Programme.year == period.year, in_period(period))
        )
    )
