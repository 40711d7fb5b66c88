"""The rules: each looks at one measure's text for one period and says, in Ukrainian, what to fix.

Errors block a submission; warnings do not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.validation.spelling import SpellChecker

ERROR, WARNING = "error", "warning"
MIN_LENGTH = 15
MAX_LENGTH = 8000
PLACEHOLDERS = {"-", "--", "—", "–", "виконується", "виконано", "в процесі", "x", "х", "+", "н/д", "немає"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_MIXED_WORD = re.compile(r"\b(?=\w*[а-яіїєґА-ЯІЇЄҐ])(?=\w*[a-zA-Z])\w+\b")
_DOUBLED = re.compile(r"  +|([,.;:!?])\1+(?!\.)")
_NUMBER_LIKE = re.compile(r"^\s*\d[\d\s]*([.,]\d+)?\s*$")
_PAIRS = (("(", ")"), ("[", "]"), ("«", "»"))


@dataclass(frozen=True)
class Problem:
    """One problem of one measure: severity, a rule code, and the message that says how to fix it."""

    measure_id: str
    measure_no: str
    severity: str
    code: str
    message: str
    position: int = -1  # where in the text to put the cursor (-1: at the end)


def check_text(
    measure_id: str, measure_no: str, text: str, period: Period, *, previous: str | None = None
) -> list[Problem]:
    """Every problem of one execution text for ``period`` (``previous``: the text of the period before)."""
    found: list[Problem] = []

    def add(severity: str, code: str, message: str, position: int = -1) -> None:
        found.append(Problem(measure_id, measure_no, severity, code, f"Захід {measure_no}: {message}", position))

    stripped = text.strip()
    if not stripped:
        add(ERROR, "empty", "не заповнено виконання. Опишіть, що зроблено за звітний період.")
        return found
    if stripped.lower().strip(" .") in PLACEHOLDERS:
        add(ERROR, "placeholder", f"«{stripped}» нічого не повідомляє. Опишіть, що саме зроблено.")
    elif len(stripped) < MIN_LENGTH:
        add(ERROR, "too_short", f"текст надто короткий ({len(stripped)} симв.). Опишіть виконання повніше.")
    control = _CONTROL.search(text)
    if control:
        add(
            ERROR,
            "control",
            f"прихований керуючий символ (код {ord(control.group(0))}) на позиції "
            f"{control.start() + 1}. Видаліть його або наберіть текст заново.",
            control.start(),
        )
    if previous is not None and previous.strip() and " ".join(previous.split()) == " ".join(stripped.split()):
        add(WARNING, "same_as_previous", "текст збігається з попереднім звітним періодом. Оновіть його.")
    for match in _DATE.finditer(text):
        day, month, year = (int(part) for part in match.groups())
        try:
            mentioned = dt.date(year, month, day)
        except ValueError:
            add(WARNING, "bad_date", f"дата {match.group(0)} не існує. Перевірте її.", match.start())
            continue
        if mentioned > period.ends_on:
            add(
                WARNING,
                "future_date",
                f"дата {match.group(0)} пізніша за кінець звітного періоду ({period.ends_on:%d.%m.%Y}). Перевірте її.",
                match.start(),
            )
    for mixed in _MIXED_WORD.finditer(text):
        add(
            WARNING,
            "latin_in_cyrillic",
            f"у слові «{mixed.group(0)}» змішано латинські й кириличні літери (часто після копіювання). "
            "Наберіть слово заново.",
            mixed.start(),
        )
    doubled = _DOUBLED.search(text)
    if doubled:
        what = "подвійні пробіли" if doubled.group(0).startswith(" ") else f"подвійний знак «{doubled.group(0)}»"
        add(WARNING, "doubled", f"{what} на позиції {doubled.start() + 1}. Приберіть зайве.", doubled.start())
    if text.count('"') % 2:
        add(WARNING, "unbalanced", 'непарна кількість лапок ". Перевірте, чи всі лапки закрито.')
    for opening, closing in _PAIRS:
        if text.count(opening) != text.count(closing):
            add(WARNING, "unbalanced", f"не збігається кількість «{opening}» і «{closing}». Перевірте дужки й лапки.")
    if len(text) > MAX_LENGTH:
        add(WARNING, "too_long", f"текст дуже довгий ({len(text)} симв.). Скоротіть до суті.")
    return found


def check_spelling(
    measure_id: str, measure_no: str, text: str, checker: SpellChecker, vocabulary: frozenset[str]
) -> list[Problem]:
    """Words the Ukrainian dictionary does not know: a warning each (once per word), never an error."""
    found, seen = [], set()
    for word in checker.misspelled(text, vocabulary):
        if word.word in seen:
            continue
        seen.add(word.word)
        found.append(
            Problem(
                measure_id,
                measure_no,
                WARNING,
                "spelling",
                f"Захід {measure_no}: можлива орфографічна помилка в слові «{word.word}». "
                "Виправте його або додайте до словника.",
                word.offset,
            )
        )
    return found


def check_funding(measure_id: str, measure_no: str, value: str) -> list[Problem]:
    """The programme-or-funding cell: a number must use the decimal comma (434,090)."""
    if _NUMBER_LIKE.match(value) and "." in value:
        fixed = value.strip().replace(".", ",")
        return [
            Problem(
                measure_id,
                measure_no,
                ERROR,
                "decimal_point",
                f"Захід {measure_no}: обсяг фінансування «{value.strip()}» записано з крапкою. "
                f"Пишіть з десятковою комою: {fixed}.",
            )
        ]
    return []
