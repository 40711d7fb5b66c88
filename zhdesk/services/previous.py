"""The previous period's text of each measure: the last earlier period that has a text, across the year
boundary through the link to last year's measure (for І квартал: last year's annual report).

The choosing is ``rows.find_previous`` (no SQLAlchemy: the quick reader shares it); here are the store's
queries for it. A few queries per year followed back, however many measures: short id lists go into
``IN (…)``, long ones read the periods' texts whole and keep the wanted ones.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from zhdesk.periods import Period
from zhdesk.services.bodies import find_body
from zhdesk.services.measures import in_period
from zhdesk.services.programme_apply import CHUNK
from zhdesk.services.rows import CARRIED, PreviousText, StoredTexts, find_previous, read_carried
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    Measure,
    MeasureExecutor,
    Priority,
    Programme,
    ReportingPeriod,
    Sector,
    Setting,
    Task,
)

__all__ = ["PreviousText", "previous_texts"]


def previous_texts(
    session: Session,
    period: Period,
    measure_ids: Iterable[str] | None = None,
    body: str | int | None = None,
) -> dict[str, PreviousText]:
    """The previous text of each measure of ``period``'s report (or of ``measure_ids``) that has one.

    With ``body`` (a code or name as ``list_measures`` takes it, or an id) only its measures when no ids
    are given, and its own part of a period wins over the report's text when it is not empty.
    """
    body_id = body if isinstance(body, int) else (find_body(session, body).id if body is not None else None)
    if measure_ids is None:
        query = (
            select(Measure.id)
            .join(Task, Task.id == Measure.task_id)
            .join(Sector, Sector.id == Task.sector_id)
            .join(Priority, Priority.id == Sector.priority_id)
            .join(Programme, Programme.id == Priority.programme_id)
            .where(Programme.year == period.year, in_period(period))
        )
        if body_id is not None:
            query = query.where(
                Measure.id.in_(select(MeasureExecutor.measure_id).where(MeasureExecutor.body_id == body_id))
            )
        measure_ids = session.scalars(query).all()
    period_ids = {
        code: period_id for period_id, code in session.execute(select(ReportingPeriod.id, ReportingPeriod.code))
    }
    codes = {period_id: code for code, period_id in period_ids.items()}

    def texts_of(ids: list[str], wanted_codes: list[str]) -> StoredTexts:
        texts = StoredTexts()
        wanted_ids = [period_ids[code] for code in wanted_codes if code in period_ids]
        if not wanted_ids:
            return texts
        keep = set(ids)
        reports = select(Execution.measure_id, Execution.period_id, Execution.text).where(
            Execution.period_id.in_(wanted_ids)
        )
        for measure_id, period_id, text in session.execute(reports.where(_among(Execution.measure_id, ids))):
            if measure_id in keep:
                texts.reports[(measure_id, codes[period_id])] = text
        parts = (
            select(
                ExecutionPart.measure_id,
                ExecutionPart.period_id,
                ExecutionPart.body_id,
                MeasureExecutor.position,
                ExecutionPart.text,
            )
            .outerjoin(
                MeasureExecutor,
                (MeasureExecutor.measure_id == ExecutionPart.measure_id)
                & (MeasureExecutor.body_id == ExecutionPart.body_id),
            )
            .where(ExecutionPart.period_id.in_(wanted_ids))
        )
        for measure_id, period_id, part_body, position, text in session.execute(
            parts.where(_among(ExecutionPart.measure_id, ids))
        ):
            if measure_id in keep:
                key = (measure_id, codes[period_id])
                texts.parts.setdefault(key, []).append((999 if position is None else position, text))
                if part_body == body_id:
                    texts.own[key] = text
        return texts

    def links_of(ids: list[str]) -> dict[str, str]:
        query = select(Measure.id, Measure.previous_id).where(Measure.previous_id.is_not(None))
        keep = set(ids)
        return {m: p for m, p in session.execute(query.where(_among(Measure.id, ids))) if m in keep and p is not None}

    carried = read_carried(session.scalar(select(Setting.value).where(Setting.key == CARRIED)))
    return find_previous(period, measure_ids, texts_of, links_of, carried)


def _among(column: InstrumentedAttribute[str], ids: list[str]) -> ColumnElement[bool]:
    """``column`` among ``ids`` when they fit one ``IN (…)``; else every row (the caller keeps the wanted)."""
    return column.in_(ids) if len(ids) <= CHUNK else true()
