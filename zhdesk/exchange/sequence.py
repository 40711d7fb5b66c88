"""A body's submission numbers for a period, as the coordinator counts them, and their reset.

Each submission carries a number; the coordinator takes one only when it is newer than the last
received and at most ``MAX_SEQUENCE_JUMP`` past it, so no file, however numbered, can lock the body's
later submissions out. A store that still holds such a number (received by an earlier zhdesk) is
unlocked by :func:`reset_sequence`: the numbers that jumped no longer count, the body gets a new key —
every file made before the reset, received or not, is refused for good — and its new form package
carries the number to go on from. The reset is kept in the programme's history (item "body").
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zhdesk.exchange.container import MAX_SEQUENCE_JUMP, NOT_ISSUED, ExchangeError
from zhdesk.periods import Period
from zhdesk.services.bodies import find_body
from zhdesk.services.history import current_user
from zhdesk.storage.models import (
    ExchangeKey,
    FormIssue,
    ProgrammeChange,
    ReportingPeriod,
    Submission,
    utcnow,
)


def last_received(session: Session, issue: FormIssue) -> int:
    """The number the body's next submission for the issue's period must be newer than: the highest
    received since the last reset (or ever), and no lower than the number the reset went on from."""
    query = select(func.max(Submission.sequence)).where(
        Submission.body_id == issue.body_id, Submission.period_id == issue.period_id
    )
    if issue.sequence_after is not None:
        query = query.where(Submission.id > issue.sequence_after)
    return max(issue.sequence_base or 0, session.scalar(query) or 0)


@dataclass(frozen=True)
class SequenceReset:
    body: str
    period: str
    before: int  # the last number counted before the reset
    after: int  # the number the body's next submission follows
    voided: list[int]  # the received numbers that no longer count (they jumped ahead)


def reset_sequence(session: Session, code: str, period: Period) -> SequenceReset:
    """Reset ``code``'s numbers for ``period``: count on from the last number that did not jump ahead, and
    give the body a new key. The caller issues the body's form package again (it carries the new key)."""
    body = find_body(session, code)
    issue = session.scalar(
        select(FormIssue)
        .join(ReportingPeriod, ReportingPeriod.id == FormIssue.period_id)
        .where(FormIssue.body_id == body.id, ReportingPeriod.code == period.code)
    )
    if issue is None:
        raise ExchangeError(body.code, f"no form package for {period.code} was issued to this body", NOT_ISSUED)
    before = last_received(session, issue)
    received = session.execute(
        select(Submission.id, Submission.sequence)
        .where(Submission.body_id == body.id, Submission.period_id == issue.period_id)
        .order_by(Submission.id)
    ).all()
    kept, voided = 0, []
    for _id, sequence in received:  # in the order received: a number that jumped too far does not count
        if sequence <= kept + MAX_SEQUENCE_JUMP:
            kept = max(kept, sequence)
        else:
            voided.append(sequence)
    issue.sequence_base = kept
    issue.sequence_after = max((i for i, _ in received), default=0)
    issue.updated_at = utcnow()
    key = session.get(ExchangeKey, body.id)
    if key is None:
        session.add(ExchangeKey(body_id=body.id, secret=secrets.token_hex(32)))
    else:
        key.secret = secrets.token_hex(32)
    session.add(
        ProgrammeChange(
            programme_year=period.year,
            item="body",
            item_id=str(body.id),
            field="sequence",
            old=str(before),
            new=str(kept),
            changed_by=current_user(),
            source=f"reset-sequence {body.code} {period.code}: a new key"
            + (f"; numbers no longer counted: {', '.join(map(str, voided[:20]))}" if voided else ""),
        )
    )
    return SequenceReset(body.code, period.code, before, kept, voided)
