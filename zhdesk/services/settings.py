"""Settings kept in the store: community name, programme title, footnote, signatories.

The names (``KNOWN``) and ``values_of`` import nothing heavy: the quick reader of ``export-report`` uses
them without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zhdesk.storage.database import Store

KNOWN = {
    "community": "the community in the genitive, as the report title names it "
    "(Житомирської міської територіальної громади)",
    "programme_title": "the programme in the genitive (Програми соціально-економічного і культурного розвитку)",
    "footnote": "the footnote printed after the table",
    "signatory_position": "the position of the person who signs the consolidated report",
    "signatory_name": "their name as `Власне ім'я ПРІЗВИЩЕ`",
}


class SettingError(ValueError):
    """An unknown setting name."""


def get_all(session: Session) -> dict[str, str]:
    from sqlalchemy import select

    from zhdesk.storage.models import Setting

    return values_of((s.key, s.value) for s in session.scalars(select(Setting)))


def values_of(stored: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every known setting, from the stored (key, value) pairs: "" for one not set, other keys ignored."""
    values = {key: "" for key in KNOWN}
    values.update({key: value for key, value in stored if key in KNOWN})
    return values


def get(session: Session, key: str) -> str:
    from zhdesk.storage.models import Setting

    setting = session.get(Setting, key)
    return setting.value if setting else ""


def put(session: Session, key: str, value: str) -> bool:
    """Set ``key``; True when the stored value changed."""
    if key not in KNOWN:
        raise SettingError(f"unknown setting {key!r}; known: {', '.join(KNOWN)}")
    from zhdesk.storage.models import Setting

    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
        return True
    if setting.value == value:
        return False
    setting.value = value
    return True


def put_setting(store: Store, key: str, value: str) -> bool:
    """``put`` in a transaction of its own; True when the stored value changed."""
    with store.transaction() as session:
        return put(session, key, value)


def put_if_empty(session: Session, key: str, value: str) -> bool:
    """Fill a setting from an imported document unless the user has already set it."""
    return bool(value) and not get(session, key) and put(session, key, value)
