"""A department store: the body, period and key of the form package it was opened from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.periods import Period
from zhdesk.storage.models import Setting, utcnow

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


# -- what the last submission held: "what changed since" in the window's summary --------------------------

SUBMITTED = "form.submitted"  # JSON: the period, the number and each measure's text digest of the last one


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write_submitted(session: Session, period: Period, sequence: int, texts: dict[str, str]) -> None:
    """Remember what submission no. ``sequence`` of ``period`` held (digests only: the texts are in the store)."""
    import json

    made_at = utcnow().isoformat()  # after it, the coordinator's comments are answered
    value = json.dumps(
        {
            "period": period.code,
            "sequence": sequence,
            "made_at": made_at,
            "texts": {m: _digest(t) for m, t in texts.items()},
        }
    )
    setting = session.get(Setting, SUBMITTED)
    if setting is None:
        session.add(Setting(key=SUBMITTED, value=value))
    else:
        setting.value = value


def changed_since_submitted(session: Session, period: Period, texts: dict[str, str]) -> tuple[int, int] | None:
    """(the last submission's number, how many of ``texts`` differ from it) for ``period``; None when no
    submission of ``period`` was made from this store (or what it held is not known)."""
    import json

    setting = session.get(Setting, SUBMITTED)
    try:
        last = json.loads(setting.value) if setting is not None else None
        if not isinstance(last, dict) or last.get("period") != period.code:
            return None
        held, sequence = last["texts"], int(last["sequence"])
    except (ValueError, KeyError, TypeError):
        return None
    changed = sum(1 for measure_id, text in texts.items() if held.get(measure_id) != _digest(text))
    return sequence, changed


def last_submitted(session: Session, period: Period) -> tuple[int, dt.datetime] | None:
    """(the number, the time in UTC) of the last submission of ``period`` made from this store; None when
    none was made (or a store made it before the time was kept)."""
    import json

    setting = session.get(Setting, SUBMITTED)
    try:
        last = json.loads(setting.value) if setting is not None else None
        if not isinstance(last, dict) or last.get("period") != period.code or "made_at" not in last:
            return None
        return int(last["sequence"]), dt.datetime.fromisoformat(str(last["made_at"]))
    except (ValueError, KeyError, TypeError):
        return None
