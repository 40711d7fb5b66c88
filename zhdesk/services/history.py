"""Audit history of execution texts (and of a measure in the programme): who changed what, when, from
where, old and new."""

from __future__ import annotations

import datetime as dt
import getpass
import heapq
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.storage.models import (
    ExecutionChange,
    ExecutionPart,
    ExecutiveBody,
    ProgrammeChange,
    ReportingPeriod,
    Sector,
    Submission,
    Task,
    core_insert,
    utcnow,
)

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
    merge: bool = True,
) -> None:
    """One change; consecutive typing by the same person within minutes is kept as one change (``merge``:
    False when this text does not continue the writer's own last change, e.g. it replaces another
    window's text)."""
    by = current_user() if by is None else by
    now = utcnow()
    if source == "entry" and merge:
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


def record_review(
    session: Session, body_id: int, period_id: int, source: str, submission_id: int | None, by: str | None = None
) -> int:
    """The body's submission reviewed (``source``: "accept", "undo accept"): one change per measure the body
    has a text of in the period, that text as it was accepted (old and new alike: nothing was re-written), with
    who and when, and the submission accepted. Returns how many measures were recorded."""
    by = current_user() if by is None else by
    now = utcnow()
    rows = [
        {
            "measure_id": measure_id,
            "period_id": period_id,
            "body_id": body_id,
            "old_text": text,
            "new_text": text,
            "changed_at": now,
            "changed_by": by,
            "source": source,
            "submission_id": submission_id,
        }
        for measure_id, text in session.execute(
            select(ExecutionPart.measure_id, ExecutionPart.text)
            .where(ExecutionPart.body_id == body_id, ExecutionPart.period_id == period_id)
            .order_by(ExecutionPart.id)
        )
    ]
    record_many(session, rows)
    return len(rows)


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
    field: str = ""  # what of the programme changed ("no", "text", "task", …); "" for an execution text

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
            "field": self.field,
        }


PROGRAMME_WORDS = {
    "created": "created",
    "retired": "retired",
    "restored": "restored",
    "no": "renumbered",
    "text": "re-worded",
    "task": "moved",
    "position": "moved within its task",
    "executors": "executors changed",
    "funding": "funding changed",
    "previous": "linked to last year's measure",
}


def _stamp(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds")


def _programme_changes(session: Session, measure_id: str) -> list[tuple[dt.datetime, Change]]:
    """The measure's own changes in the programme: period "", source "programme: re-worded (edit)"."""
    rows = session.scalars(
        select(ProgrammeChange)
        .where(ProgrammeChange.item == "measure", ProgrammeChange.item_id == measure_id)
        .order_by(ProgrammeChange.id)
    ).all()
    task_ids = {int(v) for r in rows if r.field == "task" for v in (r.old, r.new) if v.isdigit()}
    tasks = {
        str(task_id): f"{no} ({sector})"
        for task_id, no, sector in session.execute(
            select(Task.id, Task.no, Sector.name)
            .join(Sector, Sector.id == Task.sector_id)
            .where(Task.id.in_(sorted(task_ids) or [-1]))
        )
    }
    out = []
    for r in rows:
        old, new = r.old, r.new
        if r.field == "task":  # task ids, as the user reads them
            old, new = tasks.get(old, old), tasks.get(new, new)
        elif r.field == "retired":
            old, new = "", f"left out of the reports from {new}" if new else "left out after the year's last period"
        elif r.field == "restored":
            old, new = f"retired from {old}" if old else "retired", ""
        word = PROGRAMME_WORDS.get(r.field, r.field)
        source = f"programme: {word} ({r.source})" if r.source else f"programme: {word}"
        out.append((r.changed_at, Change("", "", old, new, _stamp(r.changed_at), r.changed_by, source, None, r.field)))
    return out


def measure_history(session: Session, measure_id: str, period: str | None = None) -> list[Change]:
    """Every change of the measure's texts and, without ``period``, of the measure itself in the
    programme (created, renumbered, re-worded, moved, retired …), oldest first."""
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
    texts = [
        (
            change.changed_at,
            Change(
                period_code,
                body_code or "",
                change.old_text,
                change.new_text,
                _stamp(change.changed_at),
                change.changed_by,
                change.source,
                sequence,
            ),
        )
        for change, period_code, body_code, sequence in session.execute(query)
    ]
    if period is not None:
        return [change for _, change in texts]
    programme = _programme_changes(session, measure_id)  # first on the same instant: created, then imported
    return [change for _, change in heapq.merge(programme, texts, key=lambda pair: pair[0])]
