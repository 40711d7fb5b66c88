"""Editing the programme by hand: the council's amendments typed in, a typo fixed by the coordinator.

Each operation takes the caller's session (``edit(store, operation, …)`` runs one in a transaction of
its own), checks everything before it writes, refuses with a ``ProgrammeEditError`` that says why —
never an SQL error — and records every change in the programme's history (source "edit"). Ids never
change: a measure's texts, parts, comments and history follow it through renumbering, re-wording and
moves. Each returns an ``Edited``: what changed, for the window to refresh and the command line to print.

Measures here; tasks, sectors and priorities in ``programme_edit_parts``; restoring retired items in
``programme_restore``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Concatenate, ParamSpec

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zhdesk.importing.executors import split_executors
from zhdesk.importing.structure import _MEASURE_NO as MEASURE_NO
from zhdesk.importing.structure import _TASK_NO as TASK_NO
from zhdesk.periods import Period, PeriodError
from zhdesk.services.bodies import BodyRegistry
from zhdesk.services.history import current_user
from zhdesk.services.programme import default_retired_from
from zhdesk.services.programme_apply import creation_id
from zhdesk.services.programme_links import set_link
from zhdesk.services.programme_plan import AmendmentError
from zhdesk.storage.database import Store
from zhdesk.storage.models import Measure, MeasureExecutor, Priority, ProgrammeChange, Sector, Task, utcnow

SOURCE = "edit"
P = ParamSpec("P")


class ProgrammeEditError(AmendmentError):
    """An edit of the programme that cannot be made as asked; the message says why, for the user."""


@dataclass(frozen=True)
class EditChange:
    """One change, as the programme's history records it; ``label`` is what the user calls the item
    ("1.2 (Освіта)", a sector's name) before the change, ``shown`` the new value as a line says it."""

    item: str
    item_id: str
    label: str
    field: str
    old: str
    new: str
    shown: str = ""

    def __str__(self) -> str:
        """``measure 1.2 (Освіта) re-numbered 1.3 [id]``."""
        shown = self.shown or self.new
        what = {
            "created": "added",
            "no": f"re-numbered {shown}",
            "text": "re-worded",
            "executors": f"executors: {shown or '(none)'}",
            "funding": f"programme or funding: {shown or '(none)'}",
            "task": f"moved to task {shown}",
            "sector": f"moved to sector {shown}",
            "priority": f"moved to priority {shown}",
            "position": f"moved {shown}",
            "name": f"renamed {shown}",
            "goal": "given the goal " + (shown or "(none)"),
            "retired": f"retired from {shown}" if shown else "retired after the year's last period",
            "restored": "restored",
            "previous": f"linked to last year's {shown}" if shown else f"unlinked from last year's {self.old}",
        }.get(self.field, f"{self.field}: {shown}")
        return f"{self.item} {self.label} {what} [{self.item_id}]"

    def to_json(self) -> dict[str, str]:
        return {
            "item": self.item,
            "id": self.item_id,
            "label": self.label,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "line": str(self),
        }


@dataclass
class Edited:
    """What one edit did: the item it was asked about, every change (cascades included), new bodies."""

    item: str
    item_id: str
    year: int
    changes: list[EditChange] = field(default_factory=list)
    new_bodies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def measure_ids(self) -> list[str]:
        """The measures whose row changed (what the window reloads)."""
        return list(dict.fromkeys(c.item_id for c in self.changes if c.item == "measure"))

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item,
            "id": self.item_id,
            "year": self.year,
            "changes": [c.to_json() for c in self.changes],
            "new_bodies": self.new_bodies,
            "notes": self.notes,
        }


def edit(
    store: Store, operation: Callable[Concatenate[Session, P], Edited], *args: P.args, **kwargs: P.kwargs
) -> Edited:
    """Run one edit in its own transaction: all of it is written, or nothing when it is refused."""
    with store.transaction() as session:
        return operation(session, *args, **kwargs)


class Recorder:
    """The changes of one edit: each into the result and into the programme's history."""

    def __init__(self, session: Session, item: str, item_id: object, year: int) -> None:
        self.session = session
        self.edited = Edited(item, str(item_id), year)
        self.now, self.who = utcnow(), current_user()

    def add(self, item: str, item_id: object, label: str, field: str, old: str, new: str, shown: str = "") -> None:
        self.edited.changes.append(EditChange(item, str(item_id), label, field, old, new, shown))
        self.session.add(
            ProgrammeChange(
                programme_year=self.edited.year,
                item=item,
                item_id=str(item_id),
                field=field,
                old=old,
                new=new,
                changed_at=self.now,
                changed_by=self.who,
                source=SOURCE,
            )
        )

    def done(self) -> Edited:
        try:
            self.session.flush()
        except IntegrityError as exc:  # checked before writing; only a concurrent edit gets here
            detail = str(getattr(exc, "orig", exc)).splitlines()[0][:160]
            raise ProgrammeEditError(f"the store refused the change; someone else may be editing ({detail})") from None
        return self.edited


# ---- looking things up, checking them ----------------------------------------------------------------


def get_row(session: Session, model: Any, row_id: object, what: str) -> Any:
    """The row, or a refusal naming the id; ids of the wrong type are unknown ids, never an SQL error."""
    key: object = None
    if model is Measure:
        key = str(row_id).strip() if isinstance(row_id, str) else None
    elif isinstance(row_id, int) and not isinstance(row_id, bool):
        key = row_id
    elif isinstance(row_id, str) and row_id.strip().isdigit():
        key = int(row_id)
    row = session.get(model, key) if key not in (None, "") else None
    if row is None:
        raise ProgrammeEditError(f"no {what} {row_id!r} in this store (see `zhdesk programme show --year YEAR`)")
    return row


def year_of(row: Measure | Task | Sector | Priority) -> int:
    if isinstance(row, Measure):
        row = row.task
    if isinstance(row, Task):
        row = row.sector
    if isinstance(row, Sector):
        row = row.priority
    return row.programme.year


def task_label(task: Task) -> str:
    return f"{task.no} ({task.sector.name})"


def measure_label(measure: Measure) -> str:
    return f"{measure.no} ({measure.task.sector.name})"


def short(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def check_live(*items: tuple[str, Any, str]) -> None:
    """(what, row, label) from the item up to its priority: none of them may be retired."""
    for what, row, label in items:
        if row.retired_at is not None:
            since = f" from {row.retired_from}" if row.retired_from else ""
            raise ProgrammeEditError(f"{what} {label} [{row.id}] is retired{since}; a retired item is not edited")


def live_task(task: Task) -> None:
    sector = task.sector
    check_live(
        ("task", task, task_label(task)),
        ("sector", sector, sector.name),
        ("priority", sector.priority, sector.priority.name),
    )


def required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ProgrammeEditError(f"the {what} is empty")
    return value


def measure_number(value: str) -> str:
    """A measure number as the report prints it and the import reads it: ``1.2``, ``1.2.1`` (a trailing dot
    dropped)."""
    value = required(value, "measure number").rstrip(".").strip()
    match = MEASURE_NO.match(value)
    if match is None or match.group(1) != value or len(value) > 20:
        raise ProgrammeEditError(
            f"the measure number {value!r} is not digits separated by dots, like 1.2 or 1.2.1 "
            "(the report's numbering, which its import reads)"
        )
    return value


def task_number(value: str) -> str:
    """A task number as the report prints it and the import reads it: ``3`` (a trailing dot dropped)."""
    value = required(value, "task number").rstrip(".").strip()
    if TASK_NO.match(value) is None or len(value) > 20:
        raise ProgrammeEditError(
            f"the task number {value!r} is not digits only, like 3 (the report's numbering, which its import reads)"
        )
    return value


def period_from(session: Session, year: int, retired_from: str | None) -> str | None:
    """A retirement's (or an addition's) first period: "" = the period after the year's reports that hold
    texts, None = after the year's last period (an addition: from the year's start), else a period code of
    ``year``."""
    if retired_from == "":
        return default_retired_from(session, year)
    if retired_from is None:
        return None
    try:
        period = Period.parse(retired_from)
    except PeriodError as exc:
        raise ProgrammeEditError(str(exc)) from None
    if period.year != year:
        raise ProgrammeEditError(f"{period.code} is not a period of {year}: the item is in the {year} programme")
    return period.code


def place(session: Session, model: Any, parent: ColumnElement[bool], after: Any | None) -> int:
    """The position of a row put after ``after`` (the later siblings move one down) or at the end."""
    if after is None:
        return int(session.scalar(select(func.max(model.position)).where(parent)) or 0) + 1
    session.execute(
        update(model).where(parent, model.position > after.position).values(position=model.position + 1),
        execution_options={"synchronize_session": "fetch"},
    )
    return int(after.position) + 1


def retire_rows(rec: Recorder, rows: list[tuple[str, Any, str]], retired_from: str | None) -> None:
    """Retire (what, row, label) rows that are live, recording each."""
    for what, row, label in rows:
        if row.retired_at is None:
            row.retired_at, row.retired_from = rec.now, retired_from
            rec.add(what, row.id, label, "retired", label, retired_from or "", retired_from or "")


def live_measures(task: Task) -> list[tuple[str, Any, str]]:
    return [("measure", m, measure_label(m)) for m in task.measures if m.retired_at is None]


# ---- measures ----------------------------------------------------------------------------------------


def free_number(session: Session, task: Task, no: str, but: str | None = None) -> None:
    query = select(Measure).where(Measure.task_id == task.id, Measure.no == no, Measure.retired_at.is_(None))
    if but is not None:
        query = query.where(Measure.id != but)
    other = session.scalar(query.limit(1))
    if other is not None:
        raise ProgrammeEditError(
            f"measure number {no} is already used in task {task_label(task)} by the measure "
            f"«{short(other.text)}» [{other.id}]; renumber or retire that one first"
        )


def _after(session: Session, task: Task, after: str | None) -> Measure | None:
    if after is None:
        return None
    row: Measure = get_row(session, Measure, after, "measure")
    if row.task_id != task.id:
        raise ProgrammeEditError(f"measure {measure_label(row)} [{row.id}] is not in task {task_label(task)}")
    return row


def _outside_task(rec: Recorder, no: str, task: Task) -> None:
    if no.split(".")[0] != task.no:
        rec.edited.notes.append(f"measure {no} is numbered outside its task {task.no}; kept as given")


def _link_executors(rec: Recorder, measure_id: str, executors: str) -> None:
    """Column 4 split into body links, lead first, as the import makes them (new bodies created)."""
    session = rec.session
    bodies = BodyRegistry(session)
    found: list[tuple[int, Any]] = []
    for position, name in enumerate(split_executors(executors), start=1):
        body = bodies.resolve(name)
        if all(body is not other for _, other in found):
            found.append((position, body))
    session.flush()  # new bodies get their ids
    session.execute(delete(MeasureExecutor).where(MeasureExecutor.measure_id == measure_id))
    if found:
        session.execute(
            insert(MeasureExecutor),
            [
                {"measure_id": measure_id, "position": pos, "body_id": body.id, "is_lead": pos == 1}
                for pos, body in found
            ],
        )
    rec.edited.new_bodies += [body.name for body in bodies.created]
    measure = session.get(Measure, measure_id)
    if measure is not None:
        session.expire(measure, ["executors"])


def add_measure(
    session: Session,
    task_id: int,
    no: str,
    text: str,
    executors: str = "",
    funding: str = "",
    *,
    after: str | None = None,
    added_from: str | None = "",
) -> Edited:
    """A new measure in a live task: after the measure ``after`` of the same task, else at its end; in the
    reports from ``added_from`` on ("": the period after the year's reports that hold texts, which stay as
    published; None: from the year's start)."""
    task: Task = get_row(session, Task, task_id, "task")
    live_task(task)
    no, text = measure_number(no), required(text, "measure text")
    free_number(session, task, no)
    after_row = _after(session, task, after)
    year = year_of(task)
    start = period_from(session, year, added_from)
    measure_id = creation_id(year, task.sector.priority.name, task.sector.name, task.no, no)
    if session.get(Measure, measure_id) is not None:  # a retired measure had this number here
        measure_id = str(uuid.uuid4())
    rec = Recorder(session, "measure", measure_id, year)
    measure = Measure(
        id=measure_id,
        task=task,
        position=place(session, Measure, Measure.task_id == task.id, after_row),
        no=no,
        text=text,
        executors_text=executors.strip(),
        programme_or_funding=funding.strip(),
        added_from=start,
    )
    session.add(measure)
    session.flush()
    _link_executors(rec, measure_id, measure.executors_text)
    rec.add("measure", measure_id, f"{no} ({task.sector.name})", "created", "", f"{no} {text}")
    _outside_task(rec, no, task)
    if start is None and added_from == "":
        rec.edited.notes.append(f"the {year} annual report already holds texts; measure {no} is in every report")
    elif start is not None and Period.parse(start).previous is not None:
        rec.edited.notes.append(f"measure {no} is in the reports from {start} on; the earlier ones stay as published")
    return rec.done()


def change_measure(
    session: Session,
    measure_id: str,
    *,
    no: str | None = None,
    text: str | None = None,
    executors: str | None = None,
    funding: str | None = None,
) -> Edited:
    """Renumber, re-word, give other executors (relinked) or another programme or funding; None: kept."""
    measure: Measure = get_row(session, Measure, measure_id, "measure")
    label = measure_label(measure)
    check_live(("measure", measure, label))
    live_task(measure.task)
    rec = Recorder(session, "measure", measure.id, year_of(measure))
    if no is not None and (no := measure_number(no)) != measure.no:
        free_number(session, measure.task, no, but=measure.id)
        rec.add("measure", measure.id, label, "no", measure.no, no)
        measure.no = no
        _outside_task(rec, no, measure.task)
    if text is not None and (text := required(text, "measure text")) != measure.text:
        rec.add("measure", measure.id, label, "text", measure.text, text)
        measure.text = text
    if executors is not None and (executors := executors.strip()) != measure.executors_text:
        rec.add("measure", measure.id, label, "executors", measure.executors_text, executors)
        measure.executors_text = executors
        session.flush()
        _link_executors(rec, measure.id, executors)
    if funding is not None and (funding := funding.strip()) != measure.programme_or_funding:
        rec.add("measure", measure.id, label, "funding", measure.programme_or_funding, funding)
        measure.programme_or_funding = funding
    return rec.done()


def move_measure(
    session: Session, measure_id: str, task_id: int, *, no: str | None = None, after: str | None = None
) -> Edited:
    """Into another task of the same year's programme (at its end, or after ``after``), or within its own
    task to after ``after``; ``no`` renumbers it on the way."""
    measure: Measure = get_row(session, Measure, measure_id, "measure")
    label = measure_label(measure)
    check_live(("measure", measure, label))
    target: Task = get_row(session, Task, task_id, "task")
    live_task(target)
    year = year_of(measure)
    if year_of(target) != year:
        raise ProgrammeEditError(
            f"task {task_label(target)} [{target.id}] is in the {year_of(target)} programme and measure {label} "
            f"in the {year} one: a measure moves only within its year's programme"
        )
    old_no = measure.no
    new_no = old_no if no is None else measure_number(no)
    moving = target.id != measure.task_id
    if not moving and after is None and new_no == measure.no:
        return Recorder(session, "measure", measure.id, year).done()
    if moving or new_no != measure.no:
        free_number(session, target, new_no, but=measure.id)
    after_row = _after(session, target, after)
    if after_row is not None and after_row.id == measure.id:
        raise ProgrammeEditError(f"measure {label} cannot be put after itself")
    rec = Recorder(session, "measure", measure.id, year)
    if moving:
        rec.add("measure", measure.id, label, "task", str(measure.task_id), str(target.id), task_label(target))
    if new_no != measure.no:
        rec.add("measure", measure.id, label, "no", measure.no, new_no)
    if moving or after_row is not None:
        old_position = measure.position
        measure.position = place(session, Measure, Measure.task_id == target.id, after_row)
        if not moving:
            where = f"after {after_row.no}" if after_row is not None else "to the end"
            rec.add("measure", measure.id, label, "position", str(old_position), str(measure.position), where)
    measure.task, measure.no = target, new_no  # through the relationship: both tasks' lists follow
    if moving or new_no != old_no:
        _outside_task(rec, new_no, target)
    return rec.done()


def retire_measure(session: Session, measure_id: str, retired_from: str | None = "") -> Edited:
    """Left out of the reports from ``retired_from`` on ("": the period after the year's latest in the
    store; None: after the year's last period); never deleted, its texts kept."""
    measure: Measure = get_row(session, Measure, measure_id, "measure")
    label = measure_label(measure)
    check_live(("measure", measure, label))
    year = year_of(measure)
    rec = Recorder(session, "measure", measure.id, year)
    retire_rows(rec, [("measure", measure, label)], period_from(session, year, retired_from))
    return rec.done()


def link_measure(session: Session, measure_id: str, previous_id: str | None) -> Edited:
    """The same measure in last year's programme (None: no link); its texts are the previous period."""
    measure: Measure = get_row(session, Measure, measure_id, "measure")
    label = measure_label(measure)
    rec = Recorder(session, "measure", measure.id, year_of(measure))
    try:
        old, new = set_link(session, measure.id, previous_id.strip() if previous_id else None, SOURCE)
    except AmendmentError as exc:
        raise ProgrammeEditError(str(exc)) from None
    if old != new:  # set_link wrote the history row itself
        rec.edited.changes.append(EditChange("measure", measure.id, label, "previous", old, new))
    return rec.done()
