"""Where each body stands for a period (the coordinator's dashboard), and accepting or returning."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from zhdesk.exchange.container import MALFORMED, MEASURES, NOT_ISSUED, ExchangeError
from zhdesk.exchange.forms import build_form_contents
from zhdesk.periods import Period
from zhdesk.services.bodies import find_body
from zhdesk.services.measures import body_measure_ids, in_period
from zhdesk.services.previous import previous_texts
from zhdesk.storage.models import (
    ExecutionPart,
    ExecutiveBody,
    FormIssue,
    Measure,
    MeasureExecutor,
    Priority,
    Programme,
    ReportingPeriod,
    ReviewComment,
    Sector,
    Submission,
    Task,
    utcnow,
)
from zhdesk.validation.rules import ERROR, check_text

STATUSES = ("not issued", "issued", "submitted", "accepted", "returned")


@dataclass(frozen=True)
class BodyStatus:
    code: str
    name: str
    status: str
    last_submission: str | None  # ISO time of receipt, UTC
    sequence: int
    author: str
    filled: int
    total: int
    errors: int
    warnings: int
    comment: str
    reporting: bool = True  # issued a form each period; False: a co-executor only
    deadline: str | None = None  # the period's deadline, ISO date
    days_left: int | None = None  # to the deadline from today; negative: days late
    on_time: bool | None = None  # the last submission came by the deadline (None: none, or no deadline)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def body_statuses(session: Session, period: Period, today: dt.date | None = None) -> list[BodyStatus]:
    """Every body with measures in the programme of ``period.year``, by code; days left counted from
    ``today`` (the local date by default)."""
    from zhdesk.services.reporting import timeliness

    period_row = session.scalar(select(ReportingPeriod).where(ReportingPeriod.code == period.code))
    period_id = period_row.id if period_row is not None else -1
    deadline = period_row.deadline if period_row is not None else None
    measures: dict[int, list[tuple[str, str]]] = {}
    for body_id, measure_id, no in session.execute(
        select(MeasureExecutor.body_id, Measure.id, Measure.no)
        .join(Measure, Measure.id == MeasureExecutor.measure_id)
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .join(Programme, Programme.id == Priority.programme_id)
        .where(Programme.year == period.year, in_period(period))
    ):
        measures.setdefault(body_id, []).append((measure_id, no))
    parts = {
        (b, m): t
        for b, m, t in session.execute(
            select(ExecutionPart.body_id, ExecutionPart.measure_id, ExecutionPart.text).where(
                ExecutionPart.period_id == period_id
            )
        )
    }
    previous = previous_texts(session, period, {m for listed in measures.values() for m, _no in listed})
    issues = {i.body_id: i for i in session.scalars(select(FormIssue).where(FormIssue.period_id == period_id))}
    latest: dict[int, Submission] = {}
    for submission in session.scalars(
        select(Submission).where(Submission.period_id == period_id).order_by(Submission.id)
    ):  # in the order received: after a reset of a body's numbers the latest may have a lower one
        latest[submission.body_id] = submission
    bodies = session.scalars(select(ExecutiveBody).where(ExecutiveBody.id.in_(list(measures)))).all()
    result = []
    for body in sorted(bodies, key=lambda b: b.code):
        filled = errors = warnings = 0
        for measure_id, no in measures[body.id]:
            text = parts.get((body.id, measure_id), "")
            if not text.strip():
                continue
            filled += 1
            before = previous.get(measure_id)
            for problem in check_text(measure_id, no, text, period, previous=before.text if before else None):
                if problem.severity == ERROR:
                    errors += 1
                else:
                    warnings += 1
        issue = issues.get(body.id)
        last = latest.get(body.id)
        timely = timeliness(deadline, last.received_at if last else None, today)
        result.append(
            BodyStatus(
                body.code,
                body.name,
                issue.status if issue is not None else "not issued",
                last.received_at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds") if last else None,
                last.sequence if last else 0,
                last.author if last else "",
                filled,
                len(measures[body.id]),
                errors,
                warnings,
                issue.comment if issue is not None else "",
                body.reporting,
                deadline.isoformat() if deadline else None,
                timely.days_left,
                timely.on_time,
            )
        )
    return result


def _issue(session: Session, code: str, period: Period) -> tuple[ExecutiveBody, FormIssue]:
    body = find_body(session, code)
    issue = session.scalar(
        select(FormIssue)
        .join(ReportingPeriod, ReportingPeriod.id == FormIssue.period_id)
        .where(FormIssue.body_id == body.id, ReportingPeriod.code == period.code)
    )
    if issue is None:
        raise ExchangeError(body.code, f"no form package for {period.code} was issued to this body", NOT_ISSUED)
    has_submission = session.scalar(
        select(Submission.id).where(Submission.body_id == body.id, Submission.period_id == issue.period_id).limit(1)
    )
    if has_submission is None:
        raise ExchangeError(body.code, f"nothing was received from this body for {period.code} yet", NOT_ISSUED)
    return body, issue


def accept(session: Session, code: str, period: Period, comment: str = "") -> str:
    body, issue = _issue(session, code, period)
    if issue.status == "returned":
        latest = session.scalar(
            select(Submission.received_at)
            .where(Submission.body_id == body.id, Submission.period_id == issue.period_id)
            .order_by(Submission.id.desc())
            .limit(1)
        )
        if latest is None or latest <= issue.updated_at:
            raise ExchangeError(
                body.code, f"the submission for {period.code} was returned and nothing new has come since", NOT_ISSUED
            )
    issue.status, issue.comment, issue.updated_at = "accepted", comment, utcnow()
    session.execute(
        delete(ReviewComment).where(ReviewComment.body_id == body.id, ReviewComment.period_id == issue.period_id)
    )
    return body.code


def comments_on(session: Session, code: str, period: Period) -> list[tuple[str | None, str]]:
    """The coordinator's comments on the body's submission for ``period``, in the order they were made:
    (the measure's id, or None for the whole submission; the text)."""
    return [
        (measure_id, text)
        for measure_id, text in session.execute(
            select(ReviewComment.measure_id, ReviewComment.text)
            .join(ExecutiveBody, ExecutiveBody.id == ReviewComment.body_id)
            .join(ReportingPeriod, ReportingPeriod.id == ReviewComment.period_id)
            .where(ExecutiveBody.code == code, ReportingPeriod.code == period.code)
            .order_by(ReviewComment.id)
        )
    ]


def return_submission(
    session: Session,
    code: str,
    period: Period,
    comment: str,
    measure_comments: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Return the body's submission with comments; the content of its updated form package (written by
    the caller with ``forms.write_form`` once this transaction is committed)."""
    body, issue = _issue(session, code, period)
    measure_comments = measure_comments or {}
    own = body_measure_ids(session, body.id, period.year, period)
    for measure_id in measure_comments:
        if measure_id not in own:
            raise ExchangeError(body.code, f"measure {measure_id} is not one of this body's measures", MEASURES)
    if not comment.strip() and not any(t.strip() for t in measure_comments.values()):
        raise ExchangeError(body.code, "say what to fix: give a comment when returning a submission", MALFORMED)
    issue.status, issue.comment, issue.updated_at = "returned", comment, utcnow()
    session.execute(
        delete(ReviewComment).where(ReviewComment.body_id == body.id, ReviewComment.period_id == issue.period_id)
    )
    if comment.strip():
        session.add(ReviewComment(body_id=body.id, period_id=issue.period_id, measure_id=None, text=comment))
    for measure_id, text in measure_comments.items():
        if text.strip():
            session.add(ReviewComment(body_id=body.id, period_id=issue.period_id, measure_id=measure_id, text=text))
    session.flush()
    content = build_form_contents(session, period, [body.code])[body.code]
    issue.status = "returned"  # re-issuing the package keeps the review status
    return content
