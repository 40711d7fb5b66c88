"""Entering execution texts: saving one measure's text (one short transaction) and cleaning pasted text.

The window saves through here as the officer types (debounced); the command line uses the same calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
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

__all__ = ["EntryError", "Saved", "Target", "clean_pasted", "enter_text", "save_execution", "save_texts", "target_of"]


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


def save_execution(session: Session, measure_id: str, period: Period, text: str, body: str | None = None) -> bool:
    """Store the text of ``measure_id`` for ``period`` (the body's own part when ``body`` is given).

    Returns False when the store already held exactly this text (nothing is written then).
    """
    if session.get(Measure, measure_id) is None:
        raise EntryError(f"no measure with id {measure_id} in this store")
    period_row = ensure_period(session, period)
    row: Execution | ExecutionPart | None
    if body is None:
        row = session.scalar(
            select(Execution).where(Execution.measure_id == measure_id, Execution.period_id == period_row.id)
        )
        if row is None:
            if not text:
                return False  # an empty text where there was none: nothing to write
            session.add(Execution(measure_id=measure_id, period_id=period_row.id, text=text, source="entry"))
            record(session, measure_id, period_row.id, None, "", text, "entry")
            return True
    else:
        body_id = find_body(session, body).id
        row = session.scalar(
            select(ExecutionPart).where(
                ExecutionPart.measure_id == measure_id,
                ExecutionPart.period_id == period_row.id,
                ExecutionPart.body_id == body_id,
            )
        )
        if row is None:
            if not text:
                return False
            session.add(ExecutionPart(measure_id=measure_id, period_id=period_row.id, body_id=body_id, text=text))
            record(session, measure_id, period_row.id, body_id, "", text, "entry")
            return True
    if row.text == text:
        return False
    record(
        session,
        measure_id,
        period_row.id,
        row.body_id if isinstance(row, ExecutionPart) else None,
        row.text,
        text,
        "entry",
    )
    row.text = text
    row.updated_at = utcnow()
    if isinstance(row, Execution):
        row.source = "entry"
    return True


def save_texts(store: Store, texts: dict[tuple[str, str], str], body: str | None = None) -> None:
    """The window's typed texts, keyed by (measure id, period code), in one transaction."""
    with store.transaction() as session:
        for (measure_id, code), text in texts.items():
            save_execution(session, measure_id, Period.parse(code), text, body)


def enter_text(
    store: Store, measure_id: str, text: str, period: Period | None = None, body: str | None = None
) -> Saved:
    """One measure's text, as ``set-execution`` enters it, in a transaction of its own; the body and period
    default as ``target_of`` says."""
    with store.transaction() as session:
        target = target_of(session, body, period)
        return Saved(target.period, save_execution(session, measure_id, target.period, text, target.body))
