"""Audit history of execution texts: who changed which text, when, from where, old and new."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.storage.models import ExecutionChange, ExecutiveBody, ReportingPeriod, Submission, core_insert, utcnow

TYPING_WINDOW = dt.timedelta(minutes=10)  # saves while typing fold into one change


def current_user() -> str:
    """The name the history records for changes made here: ZHDESK_USER, else the login name."""
    name = os.environ.get("ZHDESK_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, Windows without USERNAME)
        return "невідомий користувач"


def record(
    session: Session,
    measure_id: str,
    period_id: int,
    body_id: int | None,
    old: str,
    new: str,
    source: str,
    by: str | None = None,
    submission_id: int | None = None,
) -> None:
    """One change; consecutive typing by the same person within minutes is kept as one change."""
    by = current_user() if by is None else by
    now = utcnow()
    if source == "entry":
        last = session.scalar(
            select(ExecutionChange)
            .where(
                ExecutionChange.measure_id == measure_id,
                ExecutionChange.period_id == period_id,
                ExecutionChange.body_id.is_(None) if body_id is None else ExecutionChange.body_id == body_id,
            )
            .order_by(ExecutionChange.id.desc())
            .limit(1)
        )
        if (
            last is not None
            and last.source == "entry"
            and last.new_text == old  # it continues that change, nothing came in between
            and last.changed_by == by
            and now - last.changed_at < TYPING_WINDOW
        ):
            last.new_text = new
            last.changed_at = now
            return
    session.add(
        ExecutionChange(
            measure_id=measure_id,
            period_id=period_id,
            body_id=body_id,
            old_text=old,
            new_text=new,
            changed_at=now,
            changed_by=by,
            source=source,
            submission_id=submission_id,
        )
    )


def record_many(session: Session, changes: list[dict[str, Any]]) -> None:
    """Bulk history rows (imports, submissions): dicts with the ExecutionChange columns."""
    if changes:  # the table's own insert: no ORM bookkeeping for thousands of rows
        session.execute(core_insert(ExecutionChange), changes)


@dataclass(frozen=True)
class Change:
    period: str
    body: str  # the body's code, or "" for the consolidated text
    old: str
    new: str
    at: str
    by: str
    source: str
    submission: int | None  # the submission's sequence number

    def to_json(self) -> dict[str, object]:
        return {
            "period": self.period,
            "body": self.body or None,
            "old": self.old,
            "new": self.new,
            "at": self.at,
            "by": self.by,
            "source": self.source,
            "submission": self.submission,
        }


def measure_history(session: Session, measure_id: str, period: str | None = None) -> list[Change]:
    """Every change of the measure's texts, oldest first."""
    query = (
        select(ExecutionChange, ReportingPeriod.code, ExecutiveBody.code, Submission.sequence)
        .join(ReportingPeriod, ReportingPeriod.id == ExecutionChange.period_id)
        .outerjoin(ExecutiveBody, ExecutiveBody.id == ExecutionChange.body_id)
        .outerjoin(Submission, Submission.id == ExecutionChange.submission_id)
        .where(ExecutionChange.measure_id == measure_id)
        .order_by(ExecutionChange.id)
    )
    if period is not None:
        query = query.where(ReportingPeriod.code == period)
    return [
        Change(
            period_code,
            body_code or "",
            change.old_text,
            change.new_text,
            change.changed_at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
            change.changed_by,
            change.source,
            sequence,
        )
        for change, period_code, body_code, sequence in session.execute(query)
    ]
