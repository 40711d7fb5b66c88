"""The executive-body registry (виконавчі органи): codes, aliases, suspected duplicates, merging."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from zhdesk.storage.models import BodyAlias, BodyDistinct, ExecutionPart, ExecutiveBody, MeasureExecutor

if TYPE_CHECKING:
    from zhdesk.storage.database import Store

_TRANSLIT = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
        ],
        strict=True,
    )
)
_SKIP = {
    "міської",
    "міська",
    "ради",
    "рада",
    "житомирської",
    "житомирська",
    "територіальної",
    "громади",
    "та",
    "і",
    "й",
    "з",
    "із",
    "у",
    "в",
    "по",
    "до",
    "для",
    "на",
    "від",
    "при",
    "of",
    "the",
}
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "ʼ": "'", "`": "'"})
NEAR_IDENTICAL = 0.9


# A body whose name begins so is one of the council's executive bodies (it reports); any other body named
# as an executor (КП, КУ, громадські організації, фонди, університети) is a co-executor only.
REPORTING_STARTS = (
    "департамент",
    "управління",
    "служба",
    "відділ",
    "виконавчий комітет",
    "апарат",
    "інспекція",
    "секретаріат",
    "центр надання адміністративних послуг",
)


def looks_reporting(name: str) -> bool:
    """Whether a new body of this name is taken to be a reporting one (the coordinator can change it)."""
    return " ".join(name.split()).casefold().startswith(REPORTING_STARTS)


class BodyError(ValueError):
    """A body code or name that does not exist, or a merge that makes no sense."""


def translit(text: str) -> str:
    """Ukrainian national transliteration (2010), enough for short ASCII codes."""
    out = []
    for char in text:
        lower = char.lower()
        if lower in _TRANSLIT:
            out.append(_TRANSLIT[lower])
        elif char.isascii() and char.isalnum():
            out.append(lower)
    return "".join(out)


def normalise_name(name: str) -> str:
    """The form in which a body's name is the same body: whitespace collapsed, nothing else."""
    return " ".join(name.split())


def comparison_key(name: str) -> str:
    """Letter case, «» versus "" and apostrophe variants folded: for suspecting duplicates only."""
    return " ".join(name.translate(_QUOTES).casefold().replace(",", " ").split())


def make_code(name: str, taken: set[str]) -> str:
    """A short ASCII code from the name's initials (Департамент економічного розвитку → DER)."""
    quoted = re.search(r'[«"“„]\s*([^»"”“]+)', name)
    words = re.findall(r"[\w'’ʼ-]+", name.split("«")[0].split('"')[0] if quoted else name)
    initials = "".join(_initial(word) for word in words if word.lower() not in _SKIP)
    significant = [word for word in words if word.lower() not in _SKIP]
    if len(significant) == 1 and not quoted:
        initials = translit(significant[0])[:8]
    initials = initials.upper()[:8] or "X"
    if quoted:
        first = re.findall(r"\w+", quoted.group(1))
        tail = translit(first[0]).upper()[:10] if first else ""
        base = f"{initials}-{tail}" if tail else initials
    else:
        base = initials
    code, n = base, 2
    while code in taken:
        code, n = f"{base}{n}", n + 1
    return code


def _initial(word: str) -> str:
    if word.isupper() and len(word) <= 4:  # an abbreviation: КП, КУ, ГО, ЦНАП
        return translit(word)
    return translit(word[0]) if word[0].isalpha() else word[0]


@dataclass(frozen=True)
class BodyInfo:
    code: str
    name: str
    aliases: tuple[str, ...]
    measures: int
    head_position: str
    head_name: str
    reporting: bool = True  # issued a form each period; False: a co-executor only


@dataclass(frozen=True)
class MergedBody:
    """The body kept by a merge, and the names it is now also known by (the merged body's)."""

    code: str
    name: str
    new_aliases: list[str]


@dataclass(frozen=True)
class SuspectedDuplicate:
    first: str
    second: str
    reason: str


class BodyRegistry:
    """Resolves executor names to bodies inside one transaction, creating bodies as needed."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_name: dict[str, ExecutiveBody] = {}
        self.codes: set[str] = set()
        for body in session.scalars(select(ExecutiveBody)):
            self.by_name[normalise_name(body.name)] = body
            self.codes.add(body.code)
        for alias in session.scalars(select(BodyAlias)):
            self.by_name[normalise_name(alias.alias)] = alias.body
        self.created: list[ExecutiveBody] = []

    def resolve(self, name: str) -> ExecutiveBody:
        key = normalise_name(name)
        body = self.by_name.get(key)
        if body is None:
            body = ExecutiveBody(
                name=key,
                code=make_code(key, self.codes),
                head_position="",
                head_name="",
                reporting=looks_reporting(key),
            )
            self.session.add(body)
            self.codes.add(body.code)
            self.by_name[key] = body
            self.created.append(body)
        return body


def find_body(session: Session, code_or_name: str) -> ExecutiveBody:
    wanted = code_or_name.strip()
    body = session.scalar(select(ExecutiveBody).where(func.upper(ExecutiveBody.code) == wanted.upper()))
    if body is None:
        body = session.scalar(select(ExecutiveBody).where(ExecutiveBody.name == normalise_name(wanted)))
    if body is None:
        alias = session.scalar(select(BodyAlias).where(BodyAlias.alias == normalise_name(wanted)))
        body = alias.body if alias else None
    if body is None:
        raise BodyError(f"no executive body with code or name {wanted!r} (see `zhdesk bodies`)")
    return body


def list_bodies(session: Session) -> list[BodyInfo]:
    counted = select(MeasureExecutor.body_id, func.count(func.distinct(MeasureExecutor.measure_id)))
    counts = {body_id: n for body_id, n in session.execute(counted.group_by(MeasureExecutor.body_id))}
    bodies = session.scalars(select(ExecutiveBody).order_by(ExecutiveBody.code)).all()
    return [
        BodyInfo(
            body.code,
            body.name,
            tuple(alias.alias for alias in body.aliases),
            counts.get(body.id, 0),
            body.head_position,
            body.head_name,
            body.reporting,
        )
        for body in bodies
    ]


_ABBREVIATIONS = {
    "кп": "комунальне підприємство",
    "ку": "комунальна установа",
    "кз": "комунальний заклад",
    "ко": "комунальна організація",
    "го": "громадська організація",
}
MAX_COMPARISONS = 200_000


def suspected_duplicates(names_by_code: dict[str, str]) -> list[SuspectedDuplicate]:
    """Pairs of bodies whose names differ only in case or quotes, or are near-identical spellings.

    Candidates share at least half of their distinctive words (an inverted index, so a registry of
    thousands of names stays fast); names that differ only in numbers (Ліцей № 23 / № 25) are not
    suspected.
    """
    items = sorted(names_by_code.items())
    keys = {code: comparison_key(name) for code, name in items}
    words = {code: _distinctive(_expand(key)) for code, key in keys.items()}
    index: dict[str, list[str]] = {}
    for code, text in words.items():
        for word in set(text.split()):
            index.setdefault(word, []).append(code)
    order = {code: n for n, (code, _) in enumerate(items)}
    candidates: set[tuple[str, str]] = set()
    for code, text in words.items():
        shared: dict[str, int] = {}
        for word in set(text.split()):
            posting = index[word]
            if len(posting) > 60:  # too common to tell bodies apart
                continue
            for other in posting:
                if order[other] > order[code]:
                    shared[other] = shared.get(other, 0) + 1
        size = max(1, len(set(text.split())))
        candidates.update((code, other) for other, n in shared.items() if 2 * n >= min(size, 2))
    found: list[SuspectedDuplicate] = []
    for comparisons, (code_a, code_b) in enumerate(
        sorted(candidates, key=lambda pair: (order[pair[0]], order[pair[1]]))
    ):
        if comparisons >= MAX_COMPARISONS:
            break
        if keys[code_a] == keys[code_b]:
            found.append(SuspectedDuplicate(code_a, code_b, "differ only in letter case, quotes or punctuation"))
        elif _digits(words[code_a]) != _digits(words[code_b]):
            continue
        elif words[code_a] == words[code_b] or _near_identical(words[code_a], words[code_b]):
            found.append(SuspectedDuplicate(code_a, code_b, "near-identical spelling or abbreviation"))
    return found


def _expand(key: str) -> str:
    return " ".join(_ABBREVIATIONS.get(word, word) for word in key.split())


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _distinctive(key: str) -> str:
    return " ".join(word for word in key.split() if word not in _SKIP)


def _near_identical(a: str, b: str) -> bool:
    """A typo, not two bodies: the names differ in at most two words, each only a few letters apart
    (Міськвітло / Міськсвітло, жилої / житлової), never in a whole different word (Парк / УАШ)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        edits = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
        return edits <= 2 and matcher.ratio() >= NEAR_IDENTICAL
    different = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    return 0 < len(different) <= 2 and all(
        difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.75 for x, y in different
    )


def registry_duplicates(session: Session) -> list[SuspectedDuplicate]:
    """The store's suspected duplicates, less the pairs the coordinator said are different."""
    bodies = session.scalars(select(ExecutiveBody)).all()
    codes = {b.id: b.code for b in bodies}
    distinct = {
        frozenset((codes[a], codes[b]))
        for a, b in session.execute(select(BodyDistinct.first_id, BodyDistinct.second_id))
    }
    found = suspected_duplicates({body.code: body.name for body in bodies})
    return [d for d in found if frozenset((d.first, d.second)) not in distinct]


def mark_distinct(session: Session, first_ref: str, second_ref: str) -> tuple[str, str]:
    """Remember that two bodies are different ("Це різні"): they are not suggested as duplicates again."""
    first, second = find_body(session, first_ref), find_body(session, second_ref)
    if first.id == second.id:
        raise BodyError(f"{first.code} and {second.code} are the same body")
    low, high = sorted((first.id, second.id))
    if session.get(BodyDistinct, (low, high)) is None:
        session.add(BodyDistinct(first_id=low, second_id=high))
        session.flush()
    return first.code, second.code


def mark_distinct_in(store: Store, first_ref: str, second_ref: str) -> tuple[str, str]:
    with store.transaction() as session:
        return mark_distinct(session, first_ref, second_ref)


def merge_bodies(session: Session, keep_ref: str, merge_ref: str) -> tuple[ExecutiveBody, list[str]]:
    """Merge body B into body A: B's name (and aliases) become A's aliases, B's links move to A."""
    keep = find_body(session, keep_ref)
    gone = find_body(session, merge_ref)
    if keep.id == gone.id:
        raise BodyError(f"{keep_ref!r} and {merge_ref!r} are the same executive body ({keep.code})")
    from zhdesk.services.history import record
    from zhdesk.storage.models import ExchangeKey, ExecutionChange, FormIssue, Submission

    if session.get(ExchangeKey, gone.id) or session.scalar(select(FormIssue.id).where(FormIssue.body_id == gone.id)):
        raise BodyError(
            f"{gone.code} has already been issued form packages or sent submissions; merging it now would "
            "invalidate them. Merge duplicate bodies before issuing forms."
        )
    assert session.scalar(select(Submission.id).where(Submission.body_id == gone.id)) is None
    session.execute(update(ExecutionChange).where(ExecutionChange.body_id == gone.id).values(body_id=keep.id))
    new_aliases = [gone.name, *(alias.alias for alias in gone.aliases)]
    kept_measures = set(session.scalars(select(MeasureExecutor.measure_id).where(MeasureExecutor.body_id == keep.id)))
    for link in session.scalars(select(MeasureExecutor).where(MeasureExecutor.body_id == gone.id)):
        if link.measure_id in kept_measures:
            session.delete(link)  # the measure already names the kept body: one link is enough
        else:
            link.body_id = keep.id
    for part in session.scalars(select(ExecutionPart).where(ExecutionPart.body_id == gone.id)):
        clash = session.scalar(
            select(ExecutionPart).where(
                ExecutionPart.body_id == keep.id,
                ExecutionPart.measure_id == part.measure_id,
                ExecutionPart.period_id == part.period_id,
            )
        )
        if clash is not None:
            joined = "\n".join(t for t in (clash.text, part.text) if t)
            record(session, part.measure_id, part.period_id, keep.id, clash.text, joined, "merge of bodies")
            clash.text = joined
            session.delete(part)
        else:
            part.body_id = keep.id
    if not keep.head_name and gone.head_name:
        keep.head_position, keep.head_name = gone.head_position, gone.head_name
    for alias in list(gone.aliases):
        session.delete(alias)
    session.flush()
    session.delete(gone)
    session.flush()
    for name in new_aliases:
        session.add(BodyAlias(body_id=keep.id, alias=name))
    session.flush()
    return keep, new_aliases


def merge_bodies_in(store: Store, keep_ref: str, merge_ref: str) -> MergedBody:
    """``merge_bodies`` in a transaction of its own: committed, or nothing changed."""
    with store.transaction() as session:
        kept, aliases = merge_bodies(session, keep_ref, merge_ref)
        return MergedBody(kept.code, kept.name, aliases)


def set_head(store: Store, code_or_name: str, position: str | None = None, name: str | None = None) -> str:
    """Set the position and/or the name of the body's head (who signs its report; None: left as it is),
    in a transaction of its own; returns the body's code."""
    with store.transaction() as session:
        body = find_body(session, code_or_name)
        if position is not None:
            body.head_position = position
        if name is not None:
            body.head_name = name
        return body.code
