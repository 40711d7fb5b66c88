"""Opening a form package (``.zhform``) in a department store: the package checked (its coordinator's
signature, the body, the period, the year) before the store becomes, or stays, that body's.

A store trusts the coordinator key of the first signed package it opens and shows its fingerprint; a
later package signed by another key, or of another programme year, is refused with
:class:`NeedsConfirmation` unless the officer confirmed it (``trust_new_coordinator``, ``other_year``).
A package never replaces what the body typed (its parts of the form's period), and never moves a
measure of one year's programme into another's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.orm import Session

from zhdesk.exchange.container import (
    FORM,
    MALFORMED,
    MAX_SEQUENCE_JUMP,
    PERIOD,
    SIGNATURE,
    STORE,
    ExchangeError,
    Fields,
    read_container,
)
from zhdesk.exchange.scope import read_scope, write_scope
from zhdesk.exchange.signing import fingerprint, pin_key, pinned_key, verify
from zhdesk.periods import Period, PeriodError
from zhdesk.services import settings
from zhdesk.services.history import record
from zhdesk.services.programme_apply import chunks
from zhdesk.services.programme_import import ensure_period
from zhdesk.services.rows import CARRIED, PreviousText, read_carried, write_carried
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    ExecutiveBody,
    Measure,
    MeasureExecutor,
    Priority,
    Programme,
    ReportingPeriod,
    ReviewComment,
    Sector,
    Setting,
    Task,
    utcnow,
)


class NeedsConfirmation(ExchangeError):
    """A package that opens only when the officer confirms it: ``confirmation`` names the parameter of
    :func:`open_form` ("trust_new_coordinator" or "other_year") and the command line's flag; ``facts`` are
    what the window shows the officer before asking (the two keys' fingerprints, or the two periods)."""

    def __init__(
        self, file: str, reason: str, category: str, confirmation: str, facts: dict[str, str] | None = None
    ) -> None:
        super().__init__(file, reason, category)
        self.confirmation = confirmation
        self.facts = dict(facts or {})


@dataclass(frozen=True)
class OpenedForm:
    body: str
    body_name: str
    period: str
    measures: int
    new_measures: int
    comments: int
    fingerprint: str = ""  # the coordinator key's that signed the package (``3F2A-91C0-77DE-0B14``)
    first_use: bool = False  # the store trusted no coordinator key before: compare the fingerprint
    previous_fingerprint: str = ""  # the key trusted before, when the officer accepted a new one
    deadline: str = ""  # the last day for the submission (ISO date), when the coordinator set one


def open_form_file(
    store: Store, path: Path, *, trust_new_coordinator: bool = False, other_year: bool = False
) -> OpenedForm:
    """:func:`open_form` in a transaction of its own."""
    with store.transaction() as session:
        return open_form(session, path, trust_new_coordinator=trust_new_coordinator, other_year=other_year)


def open_form(
    session: Session, path: Path, *, trust_new_coordinator: bool = False, other_year: bool = False
) -> OpenedForm:
    """Create or update this department store from a form package; earlier periods' texts are kept."""
    container = read_container(path, FORM)
    signer = verify(path.name, container.manifest, container.content_bytes)
    content = Fields(path.name, container.content)
    try:
        period = Period.parse(content.text("period", limit=10))
    except PeriodError as exc:
        raise ExchangeError(path.name, f"the period is not valid ({exc})", PERIOD) from None
    programme_f = content.obj("programme")
    if programme_f.integer("year") != period.year:
        raise ExchangeError(path.name, "the programme year and the period do not match", PERIOD)
    body_f = content.obj("body")
    code = body_f.text("code", limit=40)
    key = content.text("key", limit=64)
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise ExchangeError(path.name, "the package's key is damaged", MALFORMED)
    measures = content.items("measures", limit=100_000)
    scope = read_scope(session)
    if scope is None and session.scalar(select(Measure.id).limit(1)) is not None:
        raise ExchangeError(
            path.name,
            "this store already holds a programme (the coordinator's?); open the form package into a new store",
            STORE,
        )
    if scope is not None and scope.body != code:
        raise ExchangeError(path.name, f"this store belongs to {scope.body}; the package is for {code}", STORE)
    trusted = pinned_key(session)
    if trusted is not None and trusted != signer and not trust_new_coordinator:
        raise NeedsConfirmation(
            path.name,
            f"this form package is signed by another coordinator (key {fingerprint(signer)}) than the one this "
            f"store trusts (key {fingerprint(trusted)}): it may not come from your coordinator. If the "
            "coordinator really has a new key (a new computer or store), check the new fingerprint with them "
            "and open the package again confirming it (--trust-new-coordinator)",
            SIGNATURE,
            "trust_new_coordinator",
            {"new": fingerprint(signer), "trusted": fingerprint(trusted)},
        )
    if scope is not None and scope.period.year != period.year and not other_year:
        raise NeedsConfirmation(
            path.name,
            f"this form package is for the {period.year} programme ({period.code}); this store holds the form "
            f"of {scope.period.year} ({scope.period.code}). To go on to the {period.year} programme in this "
            "store (the earlier year's texts stay), open it again confirming it (--other-year)",
            PERIOD,
            "other_year",
            {
                "period": period.code,
                "year": str(period.year),
                "held": scope.period.code,
                "held_year": str(scope.period.year),
            },
        )
    issued_at = content.text("issued_at", limit=40)
    stamp = _issued_time(path.name, issued_at)
    if scope is not None and scope.period.code == period.code:
        _not_older(path.name, stamp, scope.issued_at)

    body = _body(session, code, body_f.text("name", limit=2000))
    body.head_position = body_f.text("head_position", limit=2000)
    body.head_name = body_f.text("head_name", limit=2000)
    programme = session.scalar(select(Programme).where(Programme.year == period.year))
    if programme is None:
        programme = Programme(year=period.year, title=programme_f.text("title", limit=10_000))
        session.add(programme)
        session.flush()
    for key_name in ("community", "programme_title", "footnote"):
        value = programme_f.text(key_name, limit=100_000, optional=True)
        if value:
            settings.put(session, key_name, value)
    period_row = ensure_period(session, period)
    period_row.deadline = _deadline(path.name, content.text("deadline", limit=10, optional=True))
    previous = _PreviousPlacer(session, period)
    new = 0
    ids = [item.text("id", limit=36) for item in measures]
    _not_of_another_year(session, path.name, programme, ids)
    _follow_amendments(session, programme, ids, period)
    for item in measures:
        new += _place_measure(session, programme, item, body, period_row, previous)
    previous.save()
    session.execute(
        delete(ReviewComment).where(ReviewComment.body_id == body.id, ReviewComment.period_id == period_row.id)
    )
    comments = content.items("comments", limit=100_000)
    known = set(ids)
    for comment in comments:
        measure_id = comment.value.get("measure_id")
        if measure_id is not None and (not isinstance(measure_id, str) or measure_id not in known):
            raise ExchangeError(
                path.name, f"a comment names a measure that is not in the package ({measure_id})", MALFORMED
            )
        text = comment.text("text", limit=100_000)
        session.add(ReviewComment(body_id=body.id, period_id=period_row.id, measure_id=measure_id, text=text))
    write_scope(
        session,
        body=code,
        period=period.code,
        key=key,
        sequence=_next_base(scope.sequence if scope else None, scope.key if scope else "", key, content),
        issued_at=issued_at,
    )
    pin_key(session, signer)
    return OpenedForm(
        code,
        body.name,
        period.code,
        len(measures),
        new,
        len(comments),
        fingerprint(signer),
        trusted is None,
        fingerprint(trusted) if trusted is not None and trusted != signer else "",
        period_row.deadline.isoformat() if period_row.deadline else "",
    )


def _deadline(name: str, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ExchangeError(name, f"the deadline {value!r} is not a date", MALFORMED) from None


def _next_base(made: int | None, old_key: str, key: str, content: Fields) -> int:
    """The number the store's next submission follows. The package's (the last the coordinator received)
    when the key is new (the coordinator reset the body's numbers) or when the store ran so far ahead that
    its next submission would be refused; else the store's own, which may hold submissions made since."""
    last = content.integer("last_sequence")
    if made is None or key != old_key or made >= last + MAX_SEQUENCE_JUMP:
        return last
    return max(made, last)


def _not_of_another_year(session: Session, name: str, programme: Programme, ids: list[str]) -> None:
    """A measure's id is given once, in its year's programme: a package never moves it into another."""
    for chunk in chunks(ids):
        found = session.execute(
            select(Measure.no, Programme.year)
            .join(Task, Task.id == Measure.task_id)
            .join(Sector, Sector.id == Task.sector_id)
            .join(Priority, Priority.id == Sector.priority_id)
            .join(Programme, Programme.id == Priority.programme_id)
            .where(Measure.id.in_(chunk), Programme.id != programme.id)
            .limit(1)
        ).first()
        if found is not None:
            raise ExchangeError(
                name,
                f"measure {found[0]} of the package belongs to the {found[1]} programme of this store; a package "
                f"for {programme.year} cannot move it there",
                MALFORMED,
            )


def _issued_time(name: str, value: str) -> dt.datetime:
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ExchangeError(name, f"issued_at is not a date and time ({value[:40]!r})", MALFORMED) from None
    return stamp.astimezone(dt.UTC) if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)


def _not_older(name: str, stamp: dt.datetime, opened_at: str) -> None:
    """A package of the period the store holds must not be older than the one opened: it would roll the
    body's list back to before an amendment."""
    try:
        opened = _issued_time(name, opened_at)
    except ExchangeError:  # a store opened before the time was kept: nothing to compare with
        return
    if stamp < opened:
        raise ExchangeError(
            name,
            f"this form package was issued on {stamp:%d.%m.%Y %H:%M} UTC, before the one already opened "
            f"({opened:%d.%m.%Y %H:%M} UTC); open the newer one",
            STORE,
        )


def _follow_amendments(session: Session, programme: Programme, ids: list[str], period: Period) -> None:
    """The package is the body's list now: measures it no longer holds are retired from its period on
    (their texts stay), and the ones it holds are live and make room for their new numbers."""
    stored = session.execute(
        select(Measure.id, Measure.retired_at)
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .where(Priority.programme_id == programme.id)
    ).all()
    wanted = set(ids)
    gone = [mid for mid, retired_at in stored if mid not in wanted and retired_at is None]
    for chunk in chunks(gone):
        session.execute(
            update(Measure).where(Measure.id.in_(chunk)).values(retired_at=utcnow(), retired_from=period.code)
        )
    here = [mid for mid, _ in stored if mid in wanted]
    for chunk in chunks(here):  # a temporary number each: 1.2→1.3, 1.3→1.4 never meet
        session.execute(
            update(Measure)
            .where(Measure.id.in_(chunk))
            .values(no=literal("~").op("||")(func.substr(Measure.id, 1, 19)), retired_at=None, retired_from=None)
        )


def _body(session: Session, code: str, name: str) -> ExecutiveBody:
    body = session.scalar(select(ExecutiveBody).where(ExecutiveBody.code == code))
    if body is None:
        body = ExecutiveBody(code=code, name=name)
        session.add(body)
        session.flush()
    elif body.name != name:
        body.name = name
    return body


class _PreviousPlacer:
    """Where a package's previous texts go: under their period when it is of the package's year; else
    (last year's, for І квартал) kept as carried texts, since this store holds no programme of that year."""

    def __init__(self, session: Session, period: Period) -> None:
        self.session, self.period = session, period
        self.rows: dict[str, ReportingPeriod] = {}  # the periods placed under, by code
        self.carried = read_carried(session.scalar(select(Setting.value).where(Setting.key == CARRIED)))

    def place(self, item: Fields, measure_id: str) -> None:
        text = item.text("previous_text", limit=1_000_000)
        code = item.text("previous_period", limit=10, optional=True)
        if not code and self.period.previous is not None:  # a package made before previous_period was
            code = self.period.previous.code
        self.carried.pop(measure_id, None)
        if not text.strip() or not code:
            return
        try:
            before = Period.parse(code)
        except PeriodError as exc:
            raise ExchangeError(item.file, f"the previous period is not valid ({exc})", MALFORMED) from None
        if before.ends_on >= self.period.ends_on:
            raise ExchangeError(item.file, f"the previous period {code} is not before {self.period.code}", MALFORMED)
        if before.year != self.period.year:
            self.carried[measure_id] = PreviousText(before.code, text)
            return
        if before.code not in self.rows:
            self.rows[before.code] = ensure_period(self.session, before)
        period_id = self.rows[before.code].id
        row = self.session.scalar(
            select(Execution).where(Execution.measure_id == measure_id, Execution.period_id == period_id)
        )
        if row is None:
            self.session.add(Execution(measure_id=measure_id, period_id=period_id, text=text, source="form"))
        elif row.text != text:  # the coordinator corrected the report's text since
            record(self.session, measure_id, period_id, None, row.text, text, "form")
            row.text = text

    def save(self) -> None:
        setting = self.session.get(Setting, CARRIED)
        if setting is None and self.carried:
            self.session.add(Setting(key=CARRIED, value=write_carried(self.carried)))
        elif setting is not None:
            setting.value = write_carried(self.carried)


def _place_measure(
    session: Session,
    programme: Programme,
    item: Fields,
    own_body: ExecutiveBody,
    period_row: ReportingPeriod,
    previous: _PreviousPlacer,
) -> int:
    priority_name = item.text("priority", limit=10_000)
    priority = session.scalar(
        select(Priority).where(Priority.programme_id == programme.id, Priority.name == priority_name)
    )
    if priority is None:
        priority = Priority(programme_id=programme.id, name=priority_name, position=0)
        session.add(priority)
    priority.position = item.integer("priority_position")
    priority.goal = item.text("priority_goal", limit=100_000)
    session.flush()
    sector_name = item.text("sector", limit=10_000)
    sector = session.scalar(select(Sector).where(Sector.priority_id == priority.id, Sector.name == sector_name))
    if sector is None:
        sector = Sector(priority_id=priority.id, name=sector_name, position=0)
        session.add(sector)
    sector.position = item.integer("sector_position")
    session.flush()
    task_no = item.text("task_no", limit=20)
    task = session.scalar(select(Task).where(Task.sector_id == sector.id, Task.no == task_no))
    if task is None:
        task = Task(sector_id=sector.id, no=task_no, text="", position=0)
        session.add(task)
    task.position = item.integer("task_position")
    task.text = item.text("task", limit=100_000)
    session.flush()
    measure_id = item.text("id", limit=36)
    measure = session.get(Measure, measure_id)
    created = measure is None
    if measure is None:
        measure = Measure(id=measure_id, task_id=task.id, position=0, no="", text="")
        session.add(measure)
    measure.task_id = task.id
    measure.position = item.integer("position")
    measure.no = item.text("no", limit=20)
    measure.text = item.text("text", limit=100_000)
    measure.executors_text = item.text("executors_text", limit=100_000)
    measure.programme_or_funding = item.text("programme_or_funding", limit=100_000)
    session.flush()
    session.execute(delete(MeasureExecutor).where(MeasureExecutor.measure_id == measure_id))
    executors = item.items("executors", limit=1000)
    if own_body.code not in {e.text("code", limit=40) for e in executors}:
        raise ExchangeError(item.file, f"measure {measure.no} is in the package but does not name its body", MALFORMED)
    seen: set[str] = set()
    for position, executor in enumerate(executors):
        code = executor.text("code", limit=40)
        if code in seen:
            continue
        seen.add(code)
        body = own_body if code == own_body.code else _body(session, code, executor.text("name", limit=2000))
        session.add(  # numbered from 1, as the import numbers column 4
            MeasureExecutor(measure_id=measure_id, position=position + 1, body_id=body.id, is_lead=position == 0)
        )
    previous.place(item, measure_id)
    own_text = item.text("own_text", limit=1_000_000)
    if own_text:
        part = session.scalar(
            select(ExecutionPart).where(
                ExecutionPart.measure_id == measure_id,
                ExecutionPart.period_id == period_row.id,
                ExecutionPart.body_id == own_body.id,
            )
        )
        if part is None:  # what the coordinator received before; what is typed here is never replaced
            session.add(
                ExecutionPart(measure_id=measure_id, period_id=period_row.id, body_id=own_body.id, text=own_text)
            )
            record(session, measure_id, period_row.id, own_body.id, "", own_text, "form")
    return int(created)
