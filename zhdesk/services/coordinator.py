"""The coordinator's desk for a period: where each executive body stands, and accepting, returning, resolving.

Qt-free. Each function opens its own session or transaction on the store, commits it, and returns plain data,
so the window runs it as an operation's work and the command line could call it as it is. What is decided
lives in ``exchange.review`` and ``exchange.merge``; this module only gives each step its transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select

from zhdesk.periods import Period
from zhdesk.storage.models import ExecutiveBody, MeasureExecutor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zhdesk.exchange.review import BodyStatus
    from zhdesk.storage.database import Store


@dataclass(frozen=True)
class Overview:
    """What the dashboard shows for a period (Виконавчі органи)."""

    period: str
    statuses: list[BodyStatus]
    measures: dict[str, set[str]]  # body code → its measure ids
    conflicts: list[tuple[str, str, str]]  # (measure id, the coordinator's text, the bodies' text)


def measures_by_body(session: Session) -> dict[str, set[str]]:
    """Every body's measures (column 4 of the programme), by body code."""
    measures: dict[str, set[str]] = {}
    for code, measure_id in session.execute(
        select(ExecutiveBody.code, MeasureExecutor.measure_id).join(
            MeasureExecutor, MeasureExecutor.body_id == ExecutiveBody.id
        )
    ):
        measures.setdefault(code, set()).add(measure_id)
    return measures


def overview(store: Store, period: Period) -> Overview:
    """Each body's status for ``period``, its measures, and the unresolved conflicts, read in one session."""
    from zhdesk.exchange.merge import conflicts_of
    from zhdesk.exchange.review import body_statuses

    with store.reading() as session:
        return Overview(
            period.code, body_statuses(session, period), measures_by_body(session), conflicts_of(session, period)
        )


def accept_submission(store: Store, code: str, period: Period, comment: str = "") -> str:
    """Accept the body's submission for ``period`` (recorded in its measures' history, as the window's accept
    is); returns the body's code."""
    from zhdesk.services.review_undo import accept

    return accept(store, code, period, comment).code


def return_submission(
    store: Store,
    code: str,
    period: Period,
    comment: str,
    measure_comments: dict[str, str],
    out_dir: Path,
) -> Path:
    """Return the body's submission with comments (committed first), then write its updated form package
    into ``out_dir``; returns the package's path."""
    from zhdesk.exchange.forms import write_form
    from zhdesk.exchange.review import return_submission as return_with_comments

    with store.transaction() as session:
        content = return_with_comments(session, code, period, comment, measure_comments)
    return write_form(out_dir, period, content).path


def resolve_conflict(store: Store, measure_id: str, period: Period, take: Literal["bodies", "mine"]) -> str:
    """Take the bodies' text or keep the coordinator's; returns the text now in the report."""
    from zhdesk.exchange.merge import resolve_conflict as resolve

    with store.transaction() as session:
        return resolve(session, measure_id, period, take)


def return_submissions(
    store: Store,
    period: Period,
    returns: dict[str, tuple[str, dict[str, str]]],
    out_dir: Path,
) -> list[Path]:
    """Return several bodies' submissions at once (body code → (its comment, its measures' comments)) in
    one transaction, all or none; then write each one's updated form package into ``out_dir``."""
    from zhdesk.exchange.forms import write_form
    from zhdesk.exchange.review import return_submission as return_with_comments

    with store.transaction() as session:
        contents = [
            return_with_comments(session, code, period, comment, measure_comments)
            for code, (comment, measure_comments) in sorted(returns.items())
        ]
    return [write_form(out_dir, period, content).path for content in contents]
