"""Form packages (``.zhform``): issued by the coordinator per body and period, opened by the body.

Content (``content.json``, schema 1)::

    programme   {year, title, community, footnote}
    period      "2023-Y"
    issued_at   ISO time (UTC)
    body        {code, name, head_position, head_name}
    key         the body's secret (64 hex digits) for HMAC-SHA256 over its submissions
    last_sequence  the highest submission number already received from the body for this period
    measures    [{id, priority, priority_goal, priority_position, sector, sector_position, task_no, task,
                  task_position, no, position, text, executors: [{code, name}] lead first, executors_text,
                  programme_or_funding, previous_text, own_text, previous_period (optional)}]
                previous_text is the measure's previous text: from its last earlier period with a text, or
                from last year's measure (for І квартал, last year's annual report); previous_period
                names that period ("2023-Y"; "" with no text). A package without it means the period
                before in the same year.
    comments    [{measure_id or null, text}]  the coordinator's comments when a submission was returned
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.orm import Session

from zhdesk.exchange.container import (
    FORM,
    MALFORMED,
    PERIOD,
    STORE,
    ExchangeError,
    Fields,
    pack,
    read_container,
    write_file,
)
from zhdesk.exchange.scope import read_scope, write_scope
from zhdesk.periods import Period, PeriodError
from zhdesk.services import settings
from zhdesk.services.bodies import find_body
from zhdesk.services.history import record
from zhdesk.services.measures import list_measures
from zhdesk.services.previous import previous_texts
from zhdesk.services.programme_apply import chunks
from zhdesk.services.programme_import import ensure_period
from zhdesk.services.rows import CARRIED, PreviousText, read_carried, write_carried
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    ExchangeKey,
    Execution,
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
    Setting,
    Submission,
    Task,
    utcnow,
)


@dataclass(frozen=True)
class IssuedForm:
    body: str
    period: str
    path: Path
    measures: int


def body_key(session: Session, body: ExecutiveBody) -> str:
    key = session.get(ExchangeKey, body.id)
    if key is None:
        key = ExchangeKey(body_id=body.id, secret=secrets.token_hex(32))
        session.add(key)
    return key.secret


def issue_forms(store: Store, period: Period, out_dir: Path, bodies: list[str] | None = None) -> list[IssuedForm]:
    """Write ``CODE-PERIOD.zhform`` for each body (every body with measures when ``bodies`` is None).

    The keys and the issues are committed first: a package never carries a key the store does not have.
    """
    with store.transaction() as session:
        packages = build_form_contents(session, period, bodies)
    return [write_form(out_dir, period, content) for content in packages.values()]


def write_form(out_dir: Path, period: Period, content: dict[str, Any]) -> IssuedForm:
    code = content["body"]["code"]
    path = write_file(out_dir / f"{code}-{period.code}.zhform", pack(FORM, content), private=True)
    return IssuedForm(code, period.code, path, len(content["measures"]))


def build_form_contents(session: Session, period: Period, bodies: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The content of each body's package, and its issue recorded (status "issued" the first time)."""
    if read_scope(session) is not None:
        raise ExchangeError("store", "this is a department's store; form packages are issued by the coordinator", STORE)
    rows = list_measures(session, period)
    if not rows:
        raise ExchangeError("store", f"the store has no programme for {period.year}; import the report first", STORE)
    previous = previous_texts(session, period, [row.id for row in rows])
    period_row = ensure_period(session, period)
    ids = {row.id for row in rows}
    executors: dict[str, list[ExecutiveBody]] = {}
    for measure_id, body in session.execute(
        select(MeasureExecutor.measure_id, ExecutiveBody)
        .join(ExecutiveBody, ExecutiveBody.id == MeasureExecutor.body_id)
        .order_by(MeasureExecutor.measure_id, MeasureExecutor.position)
    ):
        if measure_id in ids:
            executors.setdefault(measure_id, []).append(body)
    parts = {
        (m, b): t
        for m, b, t in session.execute(
            select(ExecutionPart.measure_id, ExecutionPart.body_id, ExecutionPart.text).where(
                ExecutionPart.period_id == period_row.id
            )
        )
    }
    wanted = None if bodies is None else {find_body(session, ref).id for ref in bodies}
    positions: dict[str, dict[Any, int]] = {"priority": {}, "sector": {}, "task": {}}
    per_body: dict[int, list[dict[str, Any]]] = {}
    body_by_id: dict[int, ExecutiveBody] = {}
    for index, row in enumerate(rows):
        pp = positions["priority"].setdefault(row.priority, len(positions["priority"]))
        sp = positions["sector"].setdefault((row.priority, row.sector), len(positions["sector"]))
        tp = positions["task"].setdefault((row.priority, row.sector, row.task_no), len(positions["task"]))
        for body in executors.get(row.id, []):
            if wanted is not None and body.id not in wanted:
                continue
            body_by_id[body.id] = body
            per_body.setdefault(body.id, []).append(
                {
                    "id": row.id,
                    "priority": row.priority,
                    "priority_goal": row.priority_goal,
                    "priority_position": pp,
                    "sector": row.sector,
                    "sector_position": sp,
                    "task_no": row.task_no,
                    "task": row.task,
                    "task_position": tp,
                    "no": row.no,
                    "position": index,
                    "text": row.text,
                    "executors": [{"code": b.code, "name": b.name} for b in executors[row.id]],
                    "executors_text": row.executors,
                    "programme_or_funding": row.programme_or_funding,
                    "previous_text": previous[row.id].text if row.id in previous else "",
                    "previous_period": previous[row.id].period if row.id in previous else "",
                    "own_text": parts.get((row.id, body.id), ""),
                }
            )
    if wanted is not None:
        missing = wanted - set(per_body)
        if missing:
            names = ", ".join(sorted(session.get_one(ExecutiveBody, i).code for i in missing))
            raise ExchangeError("store", f"{names}: no measures of the {period.year} programme name this body", STORE)
    values = settings.get_all(session)
    programme = session.scalar(select(Programme).where(Programme.year == period.year))
    issued_at = utcnow()
    result = {}
    for body_id, measures in sorted(per_body.items(), key=lambda item: body_by_id[item[0]].code):
        body = body_by_id[body_id]
        issue = session.scalar(
            select(FormIssue).where(FormIssue.body_id == body_id, FormIssue.period_id == period_row.id)
        )
        now_issued = {m["id"] for m in measures}
        if issue is None:
            issue = FormIssue(body_id=body_id, period_id=period_row.id, status="issued", issued_at=issued_at)
            session.add(issue)
        else:
            issue.issued_at = issued_at
        issue.measures = json.dumps(sorted(now_issued | (issued_measures(issue.measures) or set())))
        last = session.scalar(
            select(Submission.sequence)
            .where(Submission.body_id == body_id, Submission.period_id == period_row.id)
            .order_by(Submission.sequence.desc())
            .limit(1)
        )
        comments = session.execute(
            select(ReviewComment.measure_id, ReviewComment.text)
            .where(ReviewComment.body_id == body_id, ReviewComment.period_id == period_row.id)
            .order_by(ReviewComment.id)
        ).all()
        result[body.code] = {
            "programme": {
                "year": period.year,
                "title": programme.title if programme else "",
                "community": values["community"],
                "programme_title": values["programme_title"],
                "footnote": values["footnote"],
            },
            "period": period.code,
            "issued_at": issued_at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
            "body": {
                "code": body.code,
                "name": body.name,
                "head_position": body.head_position,
                "head_name": body.head_name,
            },
            "key": body_key(session, body),
            "last_sequence": last or 0,
            "measures": measures,
            "comments": [{"measure_id": m, "text": t} for m, t in comments],
        }
    return result


def issued_measures(value: str | None) -> set[str] | None:
    """The ids ``FormIssue.measures`` holds: every measure issued to the body for the period; None for
    an issue recorded before the list was kept."""
    if value is None:
        return None
    try:
        ids = json.loads(value)
    except ValueError:
        return None
    return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else None


@dataclass(frozen=True)
class OpenedForm:
    body: str
    body_name: str
    period: str
    measures: int
    new_measures: int
    comments: int


def open_form(session: Session, path: Path) -> OpenedForm:
    """Create or update this department store from a form package; earlier periods' texts are kept."""
    container = read_container(path, FORM)
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
    previous = _PreviousPlacer(session, period)
    new = 0
    _follow_amendments(session, programme, [item.text("id", limit=36) for item in measures], period)
    for item in measures:
        new += _place_measure(session, programme, item, body, period_row, previous)
    previous.save()
    session.execute(
        delete(ReviewComment).where(ReviewComment.body_id == body.id, ReviewComment.period_id == period_row.id)
    )
    comments = content.items("comments", limit=100_000)
    known = {item.text("id", limit=36) for item in measures}
    for comment in comments:
        measure_id = comment.value.get("measure_id")
        if measure_id is not None and (not isinstance(measure_id, str) or measure_id not in known):
            raise ExchangeError(
                path.name, f"a comment names a measure that is not in the package ({measure_id})", MALFORMED
            )
        text = comment.text("text", limit=100_000)
        session.add(ReviewComment(body_id=body.id, period_id=period_row.id, measure_id=measure_id, text=text))
    sequence = max(scope.sequence if scope else 0, content.integer("last_sequence"))
    write_scope(session, body=code, period=period.code, key=key, sequence=sequence, issued_at=issued_at)
    return OpenedForm(code, body.name, period.code, len(measures), new, len(comments))


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
