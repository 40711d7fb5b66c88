"""A department store: the body, period and key of the form package it was opened from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.periods import Period
from zhdesk.storage.models import Setting

BODY, PERIOD, KEY, SEQUENCE, ISSUED = "form.body", "form.period", "form.key", "form.sequence", "form.issued_at"


@dataclass(frozen=True)
class Scope:
    body: str
    period: Period
    key: str
    sequence: int  # the last submission number made from this store
    issued_at: str


def read_scope(session: Session) -> Scope | None:
    """The form package this store was opened from, or None for a coordinator's store."""
    values = {
        s.key: s.value
        for s in session.scalars(select(Setting).where(Setting.key.in_([BODY, PERIOD, KEY, SEQUENCE, ISSUED])))
    }
    if not values.get(BODY):
        return None
    return Scope(
        values[BODY],
        Period.parse(values[PERIOD]),
        values.get(KEY, ""),
        int(values.get(SEQUENCE) or 0),
        values.get(ISSUED, ""),
    )


def write_scope(session: Session, **values: str | int) -> None:
    names = {"body": BODY, "period": PERIOD, "key": KEY, "sequence": SEQUENCE, "issued_at": ISSUED}
    for field, value in values.items():
        key = names[field]
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=str(value)))
        else:
            setting.value = str(value)
