"""The report's settings as one form (Налаштування → Параметри звіту): the community, the programme title,
the footnote, the signatory, and each executive body's head — read together, checked, saved in one
transaction.

Qt-free. The keys are those of ``zhdesk settings`` (``services.settings.KNOWN``) and the heads are those of
``zhdesk bodies --set-head``. A problem is returned as a code the window words in the officer's language,
with an English message for the command line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zhdesk.services import settings

if TYPE_CHECKING:
    from zhdesk.services.bodies import BodyInfo
    from zhdesk.storage.database import Store

REQUIRED = ("community",)  # the report's title names it
_INITIAL = re.compile(r"^\w{1,2}\.$|^\w\.\w\.$")
_NOT_IN_A_NAME = re.compile(r"[^\w'’ʼ\-\s]|\d|_")


@dataclass(frozen=True)
class ReportSettings:
    """What the dialog shows: the settings by key, the bodies with their heads, and whether it can be saved."""

    values: dict[str, str]
    bodies: list[BodyInfo]
    read_only: bool


@dataclass(frozen=True)
class SettingProblem:
    """One thing to fix before saving. ``field``: a settings key, or ``head_position``/``head_name`` of the
    body ``body``. ``code``: ``required``, ``one_word``, ``initials``, ``characters``, ``name_without_position``
    or ``position_without_name``."""

    field: str
    code: str
    body: str = ""
    message: str = ""


class SettingsInvalid(ValueError):
    """The settings were not saved: each problem says what to fix."""

    def __init__(self, problems: list[SettingProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Saved:
    settings: int  # settings whose value changed
    heads: int  # bodies whose head changed


def read_report_settings(store: Store) -> ReportSettings:
    """The settings and the bodies' heads, read in one session."""
    from zhdesk.services.bodies import list_bodies

    with store.reading() as session:
        return ReportSettings(settings.get_all(session), list_bodies(session), store.read_only)


def name_problem(name: str) -> str | None:
    """What is wrong with a signatory's name as ``Власне ім'я ПРІЗВИЩЕ`` would print it, or None."""
    words = name.split()
    if not words:
        return None
    if any(_INITIAL.match(word) for word in words):
        return "initials"
    if _NOT_IN_A_NAME.search(name):
        return "characters"
    if len(words) < 2:
        return "one_word"
    return None


_MESSAGES = {
    "required": "is required",
    "one_word": "needs the given name and the surname (Вікторія Сичова)",
    "initials": "needs the given name in full, not initials (Вікторія Сичова, not В. Сичова)",
    "characters": "may hold only letters, apostrophes, hyphens and spaces",
    "name_without_position": "a name needs a position",
    "position_without_name": "a position needs a name",
}


def check(values: Mapping[str, str], heads: Mapping[str, tuple[str, str]]) -> list[SettingProblem]:
    """Problems of the values about to be saved (``heads``: body code → (position, name)), in form order."""
    problems: list[SettingProblem] = []

    def add(field: str, code: str, body: str = "") -> None:
        who = f"{body} {field}" if body else field
        problems.append(SettingProblem(field, code, body, f"{who}: {_MESSAGES[code]}"))

    for key in values:
        if key not in settings.KNOWN:
            raise settings.SettingError(f"unknown setting {key!r}; known: {', '.join(settings.KNOWN)}")
    for key in REQUIRED:
        if key in values and not values[key].strip():
            add(key, "required")
    people = [("signatory_position", "signatory_name", "", values)] if "signatory_name" in values else []
    people += [
        ("head_position", "head_name", code, {"head_position": p, "head_name": n}) for code, (p, n) in heads.items()
    ]
    for position_key, name_key, body, person in people:
        position, name = person.get(position_key, "").strip(), person.get(name_key, "").strip()
        wrong = name_problem(name)
        if wrong:
            add(name_key, wrong, body)
        elif name and not position:
            add(position_key, "name_without_position", body)
        elif position and not name:
            add(name_key, "position_without_name", body)
    return problems


def save_report_settings(
    store: Store, values: Mapping[str, str], heads: Mapping[str, tuple[str, str]] | None = None
) -> Saved:
    """Check, then save ``values`` (settings by key) and ``heads`` (body code → (position, name)) in one
    transaction: all of it, or nothing (``SettingsInvalid`` before anything is written)."""
    from zhdesk.services.bodies import find_body

    heads = heads or {}
    cleaned = {key: _clean(key, value) for key, value in values.items()}
    people = {code: (_clean("head_position", p), _clean("head_name", n)) for code, (p, n) in heads.items()}
    problems = check(cleaned, people)
    if problems:
        raise SettingsInvalid(problems)
    changed_settings = changed_heads = 0
    with store.transaction() as session:
        for key, value in cleaned.items():
            changed_settings += settings.put(session, key, value)
        for code, (position, name) in people.items():
            body = find_body(session, code)
            if (body.head_position, body.head_name) != (position, name):
                body.head_position, body.head_name = position, name
                changed_heads += 1
    return Saved(changed_settings, changed_heads)


MULTILINE = ("footnote", "signatory_position", "head_position")  # printed with their line breaks


def _clean(key: str, value: str) -> str:
    """Runs of spaces made one and the ends trimmed; the footnote and a position keep their line breaks
    (a long position is printed on two lines, the name level with the last one), empty lines dropped."""
    if key in MULTILINE:
        return "\n".join(" ".join(line.split()) for line in value.splitlines() if line.strip())
    return " ".join(value.split())
