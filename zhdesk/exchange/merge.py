"""The consolidated text of a measure, assembled from its bodies' parts lead executor first.

A text the coordinator wrote (by hand, or imported from the published report) is never replaced by the
bodies' parts: the assembled text waits in ``Execution.incoming`` until the coordinator resolves it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from zhdesk.periods import Period
from zhdesk.services.history import record
from zhdesk.services.programme_apply import chunks
from zhdesk.services.rows import assemble
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    Measure,
    MeasureExecutor,
    ReportingPeriod,
)


class MergeError(ValueError):
    """A conflict that cannot be resolved as asked."""


def merge_measures(
    session: Session, period_id: int, measure_ids: Iterable[str], submission_id: int | None = None
) -> list[str]:
    """After the parts of ``measure_ids`` changed: where the coordinator has a text of their own and the
    parts now assemble to something else, that text waits in ``incoming``. Returns those measures.

    Where the coordinator has no text of their own, nothing is stored: the report reads the parts
    assembled lead first (``services.measures.list_measures``), so it always says what the bodies sent.
    """
    ids = sorted(set(measure_ids))
    own: dict[str, tuple[int, str, str | None]] = {}  # measure → (row id, text, declined)
    for chunk in chunks(ids):
        for row_id, measure_id, text, declined in session.execute(
            select(Execution.id, Execution.measure_id, Execution.text, Execution.declined).where(
                Execution.period_id == period_id, Execution.measure_id.in_(chunk)
            )
        ):
            own[measure_id] = (row_id, text, declined)
    if not own:
        return []
    parts: dict[str, list[tuple[int, str]]] = {}
    for chunk in chunks(sorted(own)):
        for measure_id, position, text in session.execute(
            select(ExecutionPart.measure_id, MeasureExecutor.position, ExecutionPart.text)
            .outerjoin(
                MeasureExecutor,
                (MeasureExecutor.measure_id == ExecutionPart.measure_id)
                & (MeasureExecutor.body_id == ExecutionPart.body_id),
            )
            .where(ExecutionPart.period_id == period_id, ExecutionPart.measure_id.in_(chunk))
        ):
            parts.setdefault(measure_id, []).append((999 if position is None else position, text))
    changed: list[dict[str, Any]] = []
    conflicts = []
    for measure_id, (row_id, text, declined) in own.items():
        assembled = assemble(parts.get(measure_id, []))
        if not assembled.strip() or assembled in (text, declined):  # nothing new to offer
            changed.append({"id": row_id, "incoming": None})
        else:  # the coordinator's own text stays; the bodies' text waits beside it
            changed.append({"id": row_id, "incoming": assembled})
            conflicts.append(measure_id)
    session.execute(update(Execution), changed)
    return sorted(conflicts)


def merge_period(session: Session, period: Period) -> tuple[int, list[str]]:
    """Merge every measure that has parts in ``period``: (measures merged, measures in conflict)."""
    period_row = session.scalar(select(ReportingPeriod).where(ReportingPeriod.code == period.code))
    if period_row is None:
        return 0, []
    ids = set(session.scalars(select(ExecutionPart.measure_id).where(ExecutionPart.period_id == period_row.id)))
    return len(ids), merge_measures(session, period_row.id, ids)


def conflicts_of(session: Session, period: Period) -> list[tuple[str, str, str]]:
    """(measure id, the coordinator's text, the bodies' text) of every unresolved conflict."""
    return [
        (measure_id, text, incoming or "")
        for measure_id, text, incoming in session.execute(
            select(Execution.measure_id, Execution.text, Execution.incoming)
            .join(ReportingPeriod, ReportingPeriod.id == Execution.period_id)
            .join(Measure, Measure.id == Execution.measure_id)
            .where(ReportingPeriod.code == period.code, Execution.incoming.is_not(None))
            .order_by(Measure.position)
        )
    ]


def resolve_conflict(session: Session, measure_id: str, period: Period, take: Literal["bodies", "mine"]) -> str:
    """Take the bodies' assembled text, or keep the coordinator's; returns the text now in the report."""
    execution = session.scalar(
        select(Execution)
        .join(ReportingPeriod, ReportingPeriod.id == Execution.period_id)
        .where(Execution.measure_id == measure_id, ReportingPeriod.code == period.code)
    )
    if execution is None or execution.incoming is None:
        raise MergeError(f"measure {measure_id} has no conflict in {period.code}")
    if take == "bodies":  # the coordinator's text goes; the report reads the parts again
        taken = execution.incoming
        record(session, measure_id, execution.period_id, None, execution.text, taken, "resolve")
        session.delete(execution)
        return taken
    execution.declined = execution.incoming  # not offered again until the bodies' text changes
    execution.incoming = None
    return execution.text
