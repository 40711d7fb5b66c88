"""The rules: each looks at one measure's text for one period and says, in Ukrainian, what to fix.

Errors block a submission; warnings do not. A problem keeps its wording's key and parameters besides the
Ukrainian message (``validate --json``, the submission's refusal): the window words it in the user's language
from those (``gui/problem_words``), with the same Ukrainian as ``WORDING`` here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import InitVar, dataclass
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

# The Ukrainian of each wording (a rule code, or code:variant), after "Захід {no}: "; {0}, {1}… are the
# problem's parameters. The window's English and its Ukrainian translation are in gui/problem_words.py.
MEASURE_NAMED = "Захід {0}: {1}"
WORDING = {
    "empty": "не заповнено виконання. Опишіть, що зроблено за звітний період.",
    "placeholder": "«{0}» нічого не повідомляє. Опишіть, що саме зроблено.",
    "too_short": "текст надто короткий ({0} симв.). Опишіть виконання повніше.",
    "control": "прихований керуючий символ (код {0}) на позиції {1}. Видаліть його або наберіть текст заново.",
    "same_as_previous": "текст збігається з попереднім звітним періодом. Оновіть його.",
    "bad_date": "дата {0} не існує. Перевірте її.",
    "future_date": "дата {0} пізніша за кінець звітного періоду ({1}). Перевірте її.",
    "latin_in_cyrillic": "у слові «{0}» змішано латинські й кириличні літери (часто після копіювання). "
    "Наберіть слово заново.",
    "doubled:spaces": "подвійні пробіли на позиції {0}. Приберіть зайве.",
    "doubled:mark": "подвійний знак «{0}» на позиції {1}. Приберіть зайве.",
    "unbalanced:quotes": 'непарна кількість лапок ". Перевірте, чи всі лапки закрито.',
    "unbalanced:pair": "не збігається кількість «{0}» і «{1}». Перевірте дужки й лапки.",
    "too_long": "текст дуже довгий ({0} симв.). Скоротіть до суті.",
    "spelling": "можлива орфографічна помилка в слові «{0}». Виправте його або додайте до словника.",
    "decimal_point": "обсяг фінансування «{0}» записано з крапкою. Пишіть з десятковою комою: {1}.",
}


@dataclass(frozen=True)
class Problem:
    """One problem of one measure: severity, a rule code, and the message that says how to fix it."""

    measure_id: str
    measure_no: str
    severity: str
    code: str
    message: str
    position: int = -1  # where in the text to put the cursor (-1: at the end)
    # (wording, its parameters): not a field, so that ``asdict`` (``validate --json``) stays as it was
    wording: InitVar[tuple[str, tuple[str, ...]]] = ("", ())

    def __post_init__(self, wording: tuple[str, tuple[str, ...]]) -> None:
        object.__setattr__(self, "_wording", wording)

    @property
    def key(self) -> str:
        """Which wording says this problem (``WORDING``'s keys): the rule code, or code:variant."""
        key: str = getattr(self, "_wording", ("", ()))[0]
        return key or self.code

    @property
    def params(self) -> tuple[str, ...]:
        """The wording's parameters: the quoted word, the number, the position, as the message has them."""
        params: tuple[str, ...] = getattr(self, "_wording", ("", ()))[1]
        return params


def _problem(
    measure_id: str, measure_no: str, severity: str, key: str, params: tuple[object, ...], position: int = -1
) -> Problem:
    """A problem worded in Ukrainian by ``WORDING[key]``, keeping the key and the parameters for the window."""
    said = tuple(str(p) for p in params)
    message = MEASURE_NAMED.format(measure_no, WORDING[key].format(*said))
    return Problem(measure_id, measure_no, severity, key.split(":")[0], message, position, (key, said))


def check_text(
    measure_id: str, measure_no: str, text: str, period: Period, *, previous: str | None = None
) -> list[Problem]:
    """Every problem of one execution text for ``period`` (``previous``: the text of the period before)."""
    found: list[Problem] = []

    def add(severity: str, key: str, params: tuple[object, ...] = (), position: int = -1) -> None:
        found.append(_problem(measure_id, measure_no, severity, key, params, position))

    stripped = text.strip()
    if not stripped:
        add(ERROR, "empty")
        return found
    if stripped.lower().strip(" .") in PLACEHOLDERS:
        add(ERROR, "placeholder", (stripped,))
    elif len(stripped) < MIN_LENGTH:
        add(ERROR, "too_short", (len(stripped),))
    control = _CONTROL.search(text)
    if control:
        add(ERROR, "control", (ord(control.group(0)), control.start() + 1), control.start())
    if previous is not None and previous.strip() and " ".join(previous.split()) == " ".join(stripped.split()):
        add(WARNING, "same_as_previous")
    for match in _DATE.finditer(text):
        day, month, year = (int(part) for part in match.groups())
        try:
            mentioned = dt.date(year, month, day)
        except ValueError:
            add(WARNING, "bad_date", (match.group(0),), match.start())
            continue
        if mentioned > period.ends_on:
            add(WARNING, "future_date", (match.group(0), f"{period.ends_on:%d.%m.%Y}"), match.start())
    for mixed in _MIXED_WORD.finditer(text):
        add(WARNING, "latin_in_cyrillic", (mixed.group(0),), mixed.start())
    doubled = _DOUBLED.search(text)
    if doubled:
        if doubled.group(0).startswith(" "):
            add(WARNING, "doubled:spaces", (doubled.start() + 1,), doubled.start())
        else:
            add(WARNING, "doubled:mark", (doubled.group(0), doubled.start() + 1), doubled.start())
    if text.count('"') % 2:
        add(WARNING, "unbalanced:quotes")
    for opening, closing in _PAIRS:
        if text.count(opening) != text.count(closing):
            add(WARNING, "unbalanced:pair", (opening, closing))
    if len(text) > MAX_LENGTH:
        add(WARNING, "too_long", (len(text),))
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
        found.append(_problem(measure_id, measure_no, WARNING, "spelling", (word.word,), word.offset))
    return found


def check_funding(measure_id: str, measure_no: str, value: str) -> list[Problem]:
    """The programme-or-funding cell: a number must use the decimal comma (434,090)."""
    if _NUMBER_LIKE.match(value) and "." in value:
        fixed = value.strip().replace(".", ",")
        return [_problem(measure_id, measure_no, ERROR, "decimal_point", (value.strip(), fixed))]
    return []
