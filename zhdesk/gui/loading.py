"""What the window shows for a period, read on the runner: from the quick reader or from the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow, PreviousText
    from zhdesk.storage.database import Store


@dataclass
class Loaded:
    periods: list[tuple[str, str, int]]
    period: str
    rows: list[MeasureRow]
    previous: dict[str, PreviousText]  # measure id → its previous period's text, for those that have one
    parents: set[tuple[str, str, str]]
    body_name: str = ""  # a body's window read by the quick reader: its full name, and the period's deadline,
    deadline: dt.date | None = None  # for the officer's header at the first screen (else they come later)


def quick_load(path: Path | None, period_code: str | None, body: str | None) -> Loaded | None:
    """The first screen straight from the SQLite file (no SQLAlchemy), or None to take the full path."""
    if path is None:
        return None
    from zhdesk.services.rows import parent_keys
    from zhdesk.storage.quick import read_index

    quick = read_index(path, period_code, body)
    if quick is None:
        return None
    deadline = dt.date.fromisoformat(quick.deadline[:10]) if quick.deadline else None
    parents = parent_keys(quick.rows)
    return Loaded(quick.periods, quick.period, quick.rows, quick.previous, parents, quick.body_name, deadline)


def load(store: Store, period_code: str | None, body: str | None) -> Loaded:
    """Periods, the period's rows (the body's own texts for a body) and their previous texts (for a body
    its own part of that period, or else the report's)."""
    from zhdesk.services.measures import list_measures, list_periods
    from zhdesk.services.previous import previous_texts
    from zhdesk.services.rows import parent_keys

    with store.reading() as session:
        periods = list_periods(session)
        code = period_code or (periods[-1][0] if periods else "")
        period = Period.parse(code) if code else None
        rows = list_measures(session, period, body, own_texts=True) if period else []
        previous = previous_texts(session, period, [row.id for row in rows], body) if period else {}
    return Loaded(periods, code, rows, previous, parent_keys(rows))
