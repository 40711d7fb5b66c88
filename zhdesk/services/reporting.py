"""Who reports and by when: reporting periods opened with a deadline, executive bodies marked as reporting
(a department or управління, issued a form each period) or as co-executors only (an NGO, a utility, a
fund named beside a department in column 4), and the days left or late of each body's submission.

Qt-free: each function that takes a ``Store`` opens its own transaction; those that take a ``Session``
work inside the caller's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from zhdesk.periods import KINDS, Period
from zhdesk.services.bodies import find_body, list_bodies
from zhdesk.storage.models import ExecutiveBody, Programme, ReportingPeriod

if TYPE_CHECKING:
    from zhdesk.storage.database import Store


class ReportingError(ValueError):
    """A period or a body that cannot be opened or marked, in plain words."""


@dataclass(frozen=True)
class PeriodInfo:
    code: str
    words: str  # "за 9 місяців 2023 року"
    deadline: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "words": self.words,
            "deadline": self.deadline.isoformat() if self.deadline else None,
        }


def _info(row: ReportingPeriod) -> PeriodInfo:
    return PeriodInfo(row.code, Period.parse(row.code).in_words, row.deadline)


def _order(period: Period) -> tuple[int, int]:
    return period.year, KINDS.index(period.kind)


def list_periods(session: Session) -> list[PeriodInfo]:
    """The store's periods, the earliest first."""
    rows = session.scalars(select(ReportingPeriod)).all()
    return [_info(r) for r in sorted(rows, key=lambda r: _order(Period.parse(r.code)))]


def following(period: Period) -> Period:
    """The period after ``period``: the year's next cumulative one, then the next year's first quarter."""
    index = KINDS.index(period.kind)
    if index + 1 < len(KINDS):
        return Period(period.year, KINDS[index + 1])
    return Period(period.year + 1, KINDS[0])


def proposed_period(session: Session) -> Period | None:
    """The period a coordinator most likely opens next: the one after the store's latest, while the store
    holds the programme of its year (else the first quarter of a later programme, else the latest period
    itself); the first quarter of the latest programme in a store with no period. None: no programme."""
    years = set(session.scalars(select(Programme.year)))
    if not years:
        return None
    periods = [Period.parse(code) for code in session.scalars(select(ReportingPeriod.code))]
    if not periods:
        return Period(max(years), KINDS[0])
    latest = max(periods, key=_order)
    nxt = following(latest)
    if nxt.year in years:
        return nxt
    later = sorted(y for y in years if y > latest.year)
    # the year's last period is open and the next year's programme is not in the store: the latest again
    # (its deadline can be changed), not a period long gone
    return Period(later[0], KINDS[0]) if later else latest


def open_period(session: Session, period: Period, deadline: dt.date | None = None) -> PeriodInfo:
    """The period made (if new) with its deadline (``None`` keeps the one it has). The store must hold the
    programme of the period's year; a deadline before the period ends is refused."""
    from zhdesk.services.programme_import import ensure_period

    if session.scalar(select(Programme.id).where(Programme.year == period.year)) is None:
        raise ReportingError(
            f"the store holds no programme for {period.year}: import the {period.year} programme (or a report of "
            f"{period.year}) first"
        )
    if deadline is not None and deadline < period.ends_on:
        raise ReportingError(
            f"the deadline {deadline:%d.%m.%Y} is before the period {period.code} ends ({period.ends_on:%d.%m.%Y})"
        )
    row = ensure_period(session, period)
    if deadline is not None:
        row.deadline = deadline
    session.flush()
    return _info(row)


def open_period_in(store: Store, period: Period | None, deadline: dt.date | None = None) -> PeriodInfo:
    """``open_period`` in a transaction of its own; ``period`` None: the one proposed."""
    with store.transaction() as session:
        if period is None:
            period = proposed_period(session)
            if period is None:
                raise ReportingError("the store holds no programme: import a report or a programme first")
        return open_period(session, period, deadline)


def period_deadline(session: Session, period: Period) -> dt.date | None:
    return session.scalar(select(ReportingPeriod.deadline).where(ReportingPeriod.code == period.code))


def set_reporting(session: Session, refs: list[str], reporting: bool) -> list[str]:
    """Mark the bodies named (codes or names) reporting or co-executors only; returns their codes. An
    unknown one changes nothing (``BodyError``)."""
    bodies = [find_body(session, ref) for ref in refs]
    ids = [b.id for b in bodies]
    if ids:
        session.execute(update(ExecutiveBody).where(ExecutiveBody.id.in_(ids)).values(reporting=reporting))
    return [b.code for b in bodies]


def set_reporting_in(store: Store, refs: list[str], reporting: bool) -> list[str]:
    with store.transaction() as session:
        return set_reporting(session, refs, reporting)


@dataclass(frozen=True)
class Timeliness:
    """A body's standing against the period's deadline."""

    deadline: dt.date | None
    days_left: int | None  # to the deadline from today: 0 on the day, negative when late; None: no deadline
    on_time: bool | None  # the last submission came by the deadline; None: no deadline or no submission


def timeliness(deadline: dt.date | None, received_at: dt.datetime | None, today: dt.date | None = None) -> Timeliness:
    """``received_at`` is UTC (as stored); it counts on the local calendar day it was received."""
    if deadline is None:
        return Timeliness(None, None, None)
    today = today or dt.date.today()
    on_time = None
    if received_at is not None:
        local_day = received_at.replace(tzinfo=dt.UTC).astimezone().date()
        on_time = local_day <= deadline
    return Timeliness(deadline, (deadline - today).days, on_time)


@dataclass(frozen=True)
class BodyRole:
    code: str
    name: str
    measures: int  # of the programme of the year
    reporting: bool


@dataclass(frozen=True)
class PeriodChoices:
    """What the new-period dialog offers: the period proposed, every period of the store's programme years
    (those open with their deadlines), and every body of the year's programme with its role."""

    proposed: str | None
    periods: list[PeriodInfo]  # every period of the programme years, in order; ``deadline`` of those open
    opened: set[str]  # the codes of the periods the store already has
    bodies: list[BodyRole]


def period_choices(session: Session) -> PeriodChoices:
    proposed = proposed_period(session)
    years = sorted(set(session.scalars(select(Programme.year))))
    existing = {p.code: p for p in list_periods(session)}
    periods = [
        existing.get(code, PeriodInfo(code, Period.parse(code).in_words, None))
        for code in (Period(year, kind).code for year in years for kind in KINDS)
    ]
    bodies = [BodyRole(b.code, b.name, b.measures, b.reporting) for b in list_bodies(session) if b.measures]
    return PeriodChoices(proposed.code if proposed else None, periods, set(existing), bodies)


def period_choices_in(store: Store) -> PeriodChoices:
    with store.reading() as session:
        return period_choices(session)


def open_period_with(
    store: Store, period: Period, deadline: dt.date | None, roles: dict[str, bool] | None = None
) -> PeriodInfo:
    """Open the period with its deadline and mark the bodies (code → reporting), in one transaction."""
    with store.transaction() as session:
        for reporting in (True, False):
            codes = [code for code, value in (roles or {}).items() if value is reporting]
            if codes:
                set_reporting(session, codes, reporting)
        return open_period(session, period, deadline)
