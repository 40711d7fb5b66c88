"""Entering execution texts: saving one measure's text (one short transaction) and cleaning pasted text.

The window saves through here as the officer types (debounced); the command line uses the same calls.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.periods import Period
from zhdesk.services.bodies import find_body
from zhdesk.services.programme_import import ensure_period
from zhdesk.storage.models import Execution, ExecutionPart, Measure, utcnow

_INVISIBLE = {
    "\u00ad",  # soft hyphen
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",  # zero-width characters and BOM
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # direction marks
}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class EntryError(ValueError):
    """A measure or body that does not exist in this store."""


def clean_pasted(text: str) -> str:
    """Text pasted from Word or a web page: the words kept, the junk dropped.

    Non-breaking and other odd spaces become plain spaces, invisible characters and control characters
    go, line endings become ``\\n``, runs of spaces inside a line shrink to one, blank lines between
    paragraphs and spaces at line ends are dropped. Letters, digits and punctuation are never changed.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    text = "".join(ch for ch in text if ch not in _INVISIBLE)
    text = _CONTROL.sub("", _SPACES.sub(" ", text))
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


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
            session.add(Execution(measure_id=measure_id, period_id=period_row.id, text=text, source="entry"))
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
            session.add(ExecutionPart(measure_id=measure_id, period_id=period_row.id, body_id=body_id, text=text))
            return True
    if row.text == text:
        return False
    row.text = text
    row.updated_at = utcnow()
    if isinstance(row, Execution):
        row.source = "entry"
    return True
