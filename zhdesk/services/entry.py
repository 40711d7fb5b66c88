"""Entering execution texts: saving one measure's text (one short transaction) and cleaning pasted text.

The window saves through here as the officer types (debounced); the command line uses the same calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from zhdesk.exchange.scope import read_scope
from zhdesk.periods import Period
from zhdesk.services.bodies import find_body
from zhdesk.services.history import record
from zhdesk.services.measures import list_periods
from zhdesk.services.pasted import clean_pasted
from zhdesk.services.programme_import import ensure_period
from zhdesk.storage.models import Execution, ExecutionPart, Measure, utcnow

if TYPE_CHECKING:
    from zhdesk.storage.database import Store

__all__ = [
    "Conflict",
    "EntryError",
    "Saved",
    "Target",
    "TextChanged",
    "clean_pasted",
    "enter_text",
    "save_execution",
    "save_texts",
    "target_of",
]


class EntryError(ValueError):
    """A measure or body that does not exist in this store."""


@dataclass(frozen=True)
class Target:
    """Whose texts of which period a command works on when it was not told: a department store's own
    body and its form's period, else the consolidated report of the store's latest period."""

    body: str | None
    period: Period
    own_texts: bool  # the body is the store's own (a department store): its own parts are read


def target_of(session: Session, body: str | None = None, period: Period | None = None) -> Target:
    """``body`` and ``period`` as given, else the store's form package's, else (the period) the store's
    latest period; an EntryError when the store has no period at all."""
    scope = read_scope(session)
    body = body or (scope.body if scope else None)
    if period is None and scope is not None:
        period = scope.period
    if period is None:
        known = list_periods(session)
        if not known:
            raise EntryError("the store has no reporting period yet; give --period")
        period = Period.parse(known[-1][0])
    return Target(body, period, own_texts=scope is not None and body == scope.body)


@dataclass(frozen=True)
class Saved:
    """One text entered: the period it went to, and whether the store held something else before."""

    period: Period
    changed: bool


class TextChanged(Exception):
    """The stored text is no longer the one the officer started from: someone else (another window, the
    command line, a colleague on the office server) saved a different text meanwhile. Nothing is written."""

    def __init__(self, measure_id: str, period: str, stored: str, mine: str) -> None:
        super().__init__(f"the text of measure {measure_id} for {period} was changed meanwhile")
        self.conflict = Conflict(measure_id, period, stored, mine)


@dataclass(frozen=True)
class Conflict:
    """A save that did not overwrite: what the store holds now, and what this window typed."""

    measure_id: str
    period: str
    stored: str
    mine: str


def save_execution(
    session: Session,
    measure_id: str,
    period: Period,
    text: str,
    body: str | None = None,
    base: str | None = None,
    merge: bool = True,
) -> bool:
    """Store the text of ``measure_id`` for ``period`` (the body's own part when ``body`` is given).

    ``base``: the stored text the new one was typed over; when the store holds another text by now (and
    not this very one), nothing is written and TextChanged says what it holds. The write itself is
    conditional on the text read, so the audit history's old text is always the one really replaced.
    ``merge``: the change may be one with the writer's last one (its own typing going on).
    Returns False when the store already held exactly this text (nothing is written then).
    """
    if session.get(Measure, measure_id) is None:
        raise EntryError(f"no measure with id {measure_id} in this store")
    period_row = ensure_period(session, period)
    body_id = find_body(session, body).id if body is not None else None
    for _attempt in range(5):
        row = _stored_row(session, measure_id, period_row.id, body_id)
        current = row.text if row is not None else ""
        if base is not None and current not in (base, text):
            raise TextChanged(measure_id, period.code, current, text)
        if current == text:
            return False
        if row is None:
            if body_id is None:
                session.add(Execution(measure_id=measure_id, period_id=period_row.id, text=text, source="entry"))
            else:
                session.add(ExecutionPart(measure_id=measure_id, period_id=period_row.id, body_id=body_id, text=text))
            session.flush()  # a row another writer inserted meanwhile fails the save here; it is tried again
            record(session, measure_id, period_row.id, body_id, "", text, "entry", merge=merge)
            return True
        if _replace(session, row, current, text):
            record(session, measure_id, period_row.id, body_id, current, text, "entry", merge=merge)
            return True
        session.expire(row)  # changed between the read and the write: read it again
    raise EntryError(f"the text of measure {measure_id} keeps changing under this save; try again")


def _stored_row(
    session: Session, measure_id: str, period_id: int, body_id: int | None
) -> Execution | ExecutionPart | None:
    if body_id is None:
        query = select(Execution).where(Execution.measure_id == measure_id, Execution.period_id == period_id)
        return session.scalar(query.with_for_update())
    part = select(ExecutionPart).where(
        ExecutionPart.measure_id == measure_id, ExecutionPart.period_id == period_id, ExecutionPart.body_id == body_id
    )
    return session.scalar(part.with_for_update())


def _replace(session: Session, row: Execution | ExecutionPart, old: str, new: str) -> bool:
    """UPDATE … WHERE text = old: False when another writer changed it after it was read."""
    table = type(row)
    values: dict[str, object] = {"text": new, "updated_at": utcnow()}
    if table is Execution:
        values["source"] = "entry"
    result = session.execute(
        update(table).where(table.id == row.id, table.text == old).values(**values),
        execution_options={"synchronize_session": False},
    )
    session.expire(row)
    return bool(getattr(result, "rowcount", 0) == 1)


def save_texts(
    store: Store,
    texts: dict[tuple[str, str], str],
    body: str | None = None,
    bases: dict[tuple[str, str], str] | None = None,
    continuing: set[tuple[str, str]] | None = None,
) -> list[Conflict]:
    """The window's typed texts, keyed by (measure id, period code), in one transaction; ``bases``: the
    stored text each was typed over; ``continuing``: those whose base is this window's own last save (their
    history may be one change with it). Texts whose stored text changed meanwhile are not written: returned."""
    conflicts = []
    with store.transaction() as session:
        for (measure_id, code), text in texts.items():
            base = (bases or {}).get((measure_id, code))
            try:
                merge = continuing is None or (measure_id, code) in continuing
                save_execution(session, measure_id, Period.parse(code), text, body, base, merge)
            except TextChanged as changed:
                conflicts.append(changed.conflict)
    return conflicts


def enter_text(
    store: Store, measure_id: str, text: str, period: Period | None = None, body: str | None = None
) -> Saved:
    """One measure's text, as ``set-execution`` enters it, in a transaction of its own; the body and period
    default as ``target_of`` says."""
    with store.transaction() as session:
        target = target_of(session, body, period)
        return Saved(target.period, save_execution(session, measure_id, target.period, text, target.body))
