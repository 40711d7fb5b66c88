"""Accepting a submission and resolving a conflict, each with a way back while nothing newer arrived.

``accept`` and ``resolve`` make the step in one transaction (as ``services.coordinator`` does) and return
with it what it replaced; ``undo_accept`` and ``undo_resolve`` put that back in one transaction, after
checking in it that nothing came since: no newer submission from the body, no other review of it, no new
text of the coordinator's or the bodies' for the measure. Otherwise they refuse (``UndoRefused``) and change
nothing. Each is recorded in the measures' history (``services.history``): an accept and its undo on every
measure the body has a text of ("accept", "undo accept", with the submission accepted), a text put back like
the resolve it undoes ("undo resolve"). What an undo needs is kept by the caller, in memory: the window's
undo bar offers the last step until the window closes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import delete, func, select

from zhdesk.services.history import record, record_review
from zhdesk.services.rows import assemble
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    ExecutiveBody,
    FormIssue,
    Measure,
    MeasureExecutor,
    ReportingPeriod,
    ReviewComment,
    Submission,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zhdesk.periods import Period
    from zhdesk.storage.database import Store

NEWER, REVIEWED, SENT, CHANGED = "newer", "reviewed", "sent", "changed"


class UndoRefused(ValueError):
    """The step cannot be taken back any more; ``kind``: NEWER (a newer submission came from the body),
    REVIEWED (its submission was returned or accepted again since), SENT (the executors' text of the measure
    changed since), CHANGED (the coordinator's text of the measure changed since). ``subject``: the body's
    code, or the measure's number."""

    def __init__(self, kind: str, subject: str, message: str) -> None:
        super().__init__(message)
        self.kind, self.subject = kind, subject


@dataclass(frozen=True)
class AcceptUndo:
    """What an accept replaced: the review's status and comment, and the comments of a return."""

    code: str
    period: str
    status: str
    comment: str
    updated_at: dt.datetime
    accepted_at: dt.datetime
    last_submission: int  # the id of the latest submission when it was accepted
    comments: tuple[tuple[str | None, str, dt.datetime], ...] = ()  # (measure id or None, text, made at)


@dataclass(frozen=True)
class ResolveUndo:
    """What resolving a conflict replaced: the coordinator's text (and its source) and the bodies' text."""

    measure_id: str
    period: str
    take: Literal["bodies", "mine"]
    mine: str
    source: str
    theirs: str
    declined: str | None


def _issue(session: Session, code: str, period: Period) -> tuple[int, FormIssue | None]:
    body_id = session.scalar(select(ExecutiveBody.id).where(ExecutiveBody.code == code))
    issue = session.scalar(
        select(FormIssue)
        .join(ReportingPeriod, ReportingPeriod.id == FormIssue.period_id)
        .where(FormIssue.body_id == body_id, ReportingPeriod.code == period.code)
    )
    return body_id or -1, issue


def _last_submission(session: Session, body_id: int, period_id: int) -> int:
    return (
        session.scalar(
            select(func.max(Submission.id)).where(Submission.body_id == body_id, Submission.period_id == period_id)
        )
        or 0
    )


def accept(store: Store, code: str, period: Period, comment: str = "") -> AcceptUndo:
    """Accept the body's submission (``exchange.review.accept``); returns how to take it back."""
    from zhdesk.exchange.review import accept as accept_in

    with store.transaction() as session:
        body_id, issue = _issue(session, code, period)
        before = (issue.status, issue.comment, issue.updated_at) if issue is not None else ("", "", dt.datetime.min)
        comments = tuple(
            (measure_id, text, at)
            for measure_id, text, at in session.execute(
                select(ReviewComment.measure_id, ReviewComment.text, ReviewComment.created_at)
                .where(ReviewComment.body_id == body_id, ReviewComment.period_id == (issue.period_id if issue else -1))
                .order_by(ReviewComment.id)
            )
        )
        accepted = accept_in(session, code, period, comment)
        assert issue is not None  # accept_in refuses a body without an issue
        session.flush()
        last = _last_submission(session, body_id, issue.period_id)
        record_review(session, body_id, issue.period_id, "accept", last or None)  # who accepted what, when
        return AcceptUndo(accepted, period.code, *before, issue.updated_at, last, comments)


def undo_accept(store: Store, undo: AcceptUndo) -> str:
    """Put the review back as it was before the accept; refused when a newer submission came or the body
    was reviewed again since. Returns the status put back."""
    from zhdesk.periods import Period

    with store.transaction() as session:
        body_id, issue = _issue(session, undo.code, Period.parse(undo.period))
        if issue is None:
            raise UndoRefused(REVIEWED, undo.code, f"{undo.code} has no form package for {undo.period} any more")
        if _last_submission(session, body_id, issue.period_id) != undo.last_submission:
            raise UndoRefused(NEWER, undo.code, f"a newer submission came from {undo.code} after the accept")
        if issue.status != "accepted" or issue.updated_at != undo.accepted_at:
            raise UndoRefused(REVIEWED, undo.code, f"the submission of {undo.code} was reviewed again since")
        issue.status, issue.comment, issue.updated_at = undo.status, undo.comment, undo.updated_at
        session.execute(
            delete(ReviewComment).where(ReviewComment.body_id == body_id, ReviewComment.period_id == issue.period_id)
        )
        session.add_all(
            ReviewComment(body_id=body_id, period_id=issue.period_id, measure_id=m, text=t, created_at=at)
            for m, t, at in undo.comments
        )
        record_review(session, body_id, issue.period_id, "undo accept", undo.last_submission or None)
        return undo.status


def _execution(session: Session, measure_id: str, period: Period) -> tuple[int | None, Execution | None]:
    period_id = session.scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == period.code))
    execution = session.scalar(
        select(Execution).where(Execution.measure_id == measure_id, Execution.period_id == period_id)
    )
    return period_id, execution


def _assembled(session: Session, measure_id: str, period_id: int) -> str:
    parts = [
        (999 if position is None else position, text)
        for position, text in session.execute(
            select(MeasureExecutor.position, ExecutionPart.text)
            .outerjoin(
                MeasureExecutor,
                (MeasureExecutor.measure_id == ExecutionPart.measure_id)
                & (MeasureExecutor.body_id == ExecutionPart.body_id),
            )
            .where(ExecutionPart.period_id == period_id, ExecutionPart.measure_id == measure_id)
        )
    ]
    return assemble(parts)


def resolve(store: Store, measure_id: str, period: Period, take: Literal["bodies", "mine"]) -> ResolveUndo:
    """Resolve the conflict (``exchange.merge.resolve_conflict``); returns how to take it back."""
    from zhdesk.exchange.merge import resolve_conflict

    with store.transaction() as session:
        _period_id, execution = _execution(session, measure_id, period)
        before = (
            (execution.text, execution.source, execution.incoming or "", execution.declined)
            if execution is not None
            else ("", "", "", None)
        )
        resolve_conflict(session, measure_id, period, take)  # refuses a measure without a conflict
        return ResolveUndo(measure_id, period.code, take, *before)


def undo_resolve(store: Store, undo: ResolveUndo) -> str:
    """Put the conflict back as it was (the coordinator's text in the report, the bodies' beside it);
    refused when a text of the measure changed since. Returns the text in the report again."""
    from zhdesk.periods import Period

    with store.transaction() as session:
        period_id, execution = _execution(session, undo.measure_id, Period.parse(undo.period))
        no = session.scalar(select(Measure.no).where(Measure.id == undo.measure_id)) or undo.measure_id
        if period_id is None or _assembled(session, undo.measure_id, period_id) != undo.theirs:
            raise UndoRefused(SENT, no, f"the executors' text of measure {no} changed since")
        if undo.take == "bodies":
            if execution is not None:
                raise UndoRefused(CHANGED, no, f"measure {no} has a new text since")
            session.add(
                Execution(
                    measure_id=undo.measure_id,
                    period_id=period_id,
                    text=undo.mine,
                    source=undo.source,
                    incoming=undo.theirs,
                    declined=undo.declined,
                )
            )
            record(session, undo.measure_id, period_id, None, undo.theirs, undo.mine, "undo resolve")
            return undo.mine
        if execution is None or execution.text != undo.mine or execution.incoming is not None:
            raise UndoRefused(CHANGED, no, f"measure {no} has a new text since")
        execution.incoming, execution.declined = undo.theirs, undo.declined
        return undo.mine
