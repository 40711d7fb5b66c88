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
from zhdesk.services.history import current_user, record, record_many
from zhdesk.services.rows import assemble
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    Measure,
    MeasureExecutor,
    ReportingPeriod,
    core_insert,
    utcnow,
)

MERGED = "merge"  # Execution.source of a text assembled from the parts (replaced freely by the next merge)


class MergeError(ValueError):
    """A conflict that cannot be resolved as asked."""


def merge_measures(
    session: Session, period_id: int, measure_ids: Iterable[str], submission_id: int | None = None
) -> list[str]:
    """Re-assemble the consolidated texts of ``measure_ids``; returns the measures left in conflict."""
    ids = sorted(set(measure_ids))
    if not ids:
        return []
    parts: dict[str, list[tuple[int, str]]] = {}
    executions: dict[str, tuple[int, str, str, str | None]] = {}  # measure → (row id, text, source, declined)
    for chunk in _chunks(ids):
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
        for row_id, measure_id, text, source, declined in session.execute(
            select(Execution.id, Execution.measure_id, Execution.text, Execution.source, Execution.declined).where(
                Execution.period_id == period_id, Execution.measure_id.in_(chunk)
            )
        ):
            executions[measure_id] = (row_id, text, source, declined)
    who, now = current_user(), utcnow()
    history: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    conflicts = []
    for measure_id in ids:
        assembled = assemble(parts.get(measure_id, []))
        found = executions.get(measure_id)
        if found is None:
            if assembled:
                new.append(
                    {
                        "measure_id": measure_id,
                        "period_id": period_id,
                        "text": assembled,
                        "source": MERGED,
                        "updated_at": now,
                        "incoming": None,
                    }
                )
                history.append(_change(measure_id, period_id, "", assembled, who, now, submission_id))
            continue
        row_id, text, source, declined = found
        if text == assembled or (source != MERGED and assembled == declined):  # same, or already declined
            changed.append({"id": row_id, "incoming": None})
        elif source == MERGED:
            history.append(_change(measure_id, period_id, text, assembled, who, now, submission_id))
            changed.append({"id": row_id, "text": assembled, "updated_at": now, "incoming": None})
        else:  # the coordinator's own text: keep it and show the conflict
            changed.append({"id": row_id, "incoming": assembled})
            conflicts.append(measure_id)
    if new:
        session.execute(core_insert(Execution), new)
    for keys in {tuple(sorted(c)) for c in changed}:  # one executemany per shape of update
        rows = [c for c in changed if tuple(sorted(c)) == keys]
        session.execute(update(Execution), rows)
    record_many(session, history)
    return conflicts


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
    if take == "bodies":
        record(session, measure_id, execution.period_id, None, execution.text, execution.incoming, "resolve")
        execution.text, execution.source, execution.declined = execution.incoming, MERGED, None
        execution.updated_at = utcnow()
    else:
        execution.declined = execution.incoming  # not offered again until the bodies' text changes
    execution.incoming = None
    return execution.text


def _change(
    measure_id: str, period_id: int, old: str, new: str, who: str, now: Any, submission_id: int | None
) -> dict[str, Any]:
    return {
        "measure_id": measure_id,
        "period_id": period_id,
        "body_id": None,
        "old_text": old,
        "new_text": new,
        "changed_at": now,
        "changed_by": who,
        "source": MERGED,
        "submission_id": submission_id,
    }


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
