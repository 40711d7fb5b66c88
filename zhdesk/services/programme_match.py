"""Matching a programme file's measures to the store's by content, never by position.

Pure functions over plain data (no store, no Qt): each measure of the file is matched to at most one
measure of the store, and the match says how sure it is:

- ``exact``: the same text at the same place (priority, sector, task and number);
- ``certain``: the same text elsewhere, or a small re-wording with the number, the place or the
  executors agreeing;
- ``uncertain``: a similar text the program will not apply without the user's confirmation.

Tasks, sectors and priorities then follow their measures: a file's sector is the store's sector most
of its measures come from, so a renamed sector keeps its id and its measures' texts.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

EXACT, CERTAIN, UNCERTAIN = "exact", "certain", "uncertain"
_QUOTES = str.maketrans(
    {
        "’": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "\u00a0": " ",
    }
)
_WORD = re.compile(r"\w+")
CANDIDATES = 12  # fuzzy candidates compared closely per measure
COMMON = 0.05  # a word in more than this share of the store's measures does not propose candidates


def normalized(text: str) -> str:
    """The text as compared: case, quotes, dashes, spaces and trailing punctuation do not count."""
    return " ".join(text.translate(_QUOTES).lower().split()).rstrip(" .;,:")


def words(text: str) -> list[str]:
    return _WORD.findall(normalized(text))


def executor_key(executors: str) -> str:
    return normalized(executors)


@dataclass(frozen=True)
class Item:
    """A measure as the matcher sees it: where it stands and what it says."""

    key: str  # the store's measure id, or the file's index as text
    priority: str
    sector: str
    task_no: str
    task_text: str
    no: str
    text: str
    executors: str
    sector_index: int = 0  # the sector's place in the whole programme: breaks ties between equal texts

    @property
    def place(self) -> tuple[str, str, str, str]:
        return (" ".join(self.priority.split()), " ".join(self.sector.split()), self.task_no, self.no)

    # each compared form is computed once per item (a 50× programme compares thousands of pairs)
    @functools.cached_property
    def n_text(self) -> str:
        return normalized(self.text)

    @functools.cached_property
    def n_sector(self) -> str:
        return normalized(self.sector)

    @functools.cached_property
    def n_priority(self) -> str:
        return normalized(self.priority)

    @functools.cached_property
    def n_task(self) -> str:
        return normalized(self.task_text)

    @functools.cached_property
    def n_executors(self) -> str:
        return executor_key(self.executors)

    @functools.cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.n_text)

    @functools.cached_property
    def same_words(self) -> str:
        """What two texts must share to be the same text: their words (spaces and punctuation aside)."""
        return " ".join(self.words)


@dataclass
class Match:
    """One file measure and the store measure it is (None: new), with how sure the matcher is."""

    file: Item
    stored: Item | None
    certainty: str = ""
    similarity: float = 0.0

    @property
    def needs_confirmation(self) -> bool:
        return self.certainty == UNCERTAIN


@dataclass
class Matching:
    matches: list[Match]  # one per file item, in file order
    unmatched: list[Item] = field(default_factory=list)  # store items no file item took, in store order

    @property
    def uncertain(self) -> list[Match]:
        return [m for m in self.matches if m.needs_confirmation]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@functools.lru_cache(maxsize=65536)
def name_likeness(a: str, b: str) -> float:
    """How alike two sector names are: 1 the same, 0.95 one inside the other (a renamed sector often
    gains or loses words), else the share of letters in common."""
    a, b = normalized(a), normalized(b)
    if a == b:
        return 1.0
    if a in b or b in a:
        return 0.95
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _closeness(file: Item, stored: Item) -> tuple[float, int]:
    """Between equally good pairs: the more alike sector name, then the nearer sector."""
    return name_likeness(file.sector, stored.sector), -abs(file.sector_index - stored.sector_index)


def _context(file: Item, stored: Item) -> int:
    """How much the surroundings agree: the number, the sector, the task, the executors, the priority."""
    score = 0
    if file.no == stored.no:
        score += 3
    if file.n_sector == stored.n_sector:
        score += 2
    elif name_likeness(file.sector, stored.sector) >= 0.75:
        score += 1
    if file.task_no == stored.task_no:
        score += 1
    if file.n_task == stored.n_task:
        score += 1
    if file.n_executors == stored.n_executors:
        score += 1
    if file.n_priority == stored.n_priority:
        score += 1
    return score


Verdict = Callable[[float, int, bool], str]


def distinctive_change(old: str, new: str) -> bool:
    """Whether the words that differ carry a number or a name (an address, a school's number, a street):
    such a text is likely another object, not the same measure re-worded."""
    a = Counter(_WORD.findall(old.translate(_QUOTES)))
    b = Counter(_WORD.findall(new.translate(_QUOTES)))
    differing = (a - b) + (b - a)
    return any(any(ch.isdigit() for ch in word) or word[:1].isupper() for word in differing)


def _verdict(sim: float, context: int, _same_executors: bool) -> str:
    """How sure a fuzzy pair is, from the texts' similarity and the agreement of their surroundings."""
    if sim >= 0.93 or (sim >= 0.8 and context >= 3) or (sim >= 0.6 and context >= 8):
        return CERTAIN
    if sim >= 0.6 or (sim >= 0.4 and context >= 5):
        return UNCERTAIN
    return ""


def match_items(file_items: Sequence[Item], stored_items: Sequence[Item], *, verdict: Verdict = _verdict) -> Matching:
    """Match each file item to at most one stored item (each stored item taken at most once)."""
    taken: dict[str, Match] = {}
    matches = [Match(item, None) for item in file_items]
    left = {item.key: item for item in stored_items}
    norm_file = [item.same_words for item in file_items]
    norm_stored = {item.key: item.same_words for item in stored_items}

    def take(match: Match, stored: Item, certainty: str, sim: float) -> None:
        match.stored, match.certainty, match.similarity = stored, certainty, sim
        taken[stored.key] = match
        del left[stored.key]

    # 1. the same text at the same place
    by_place = {item.place: item for item in stored_items}
    for index, match in enumerate(matches):
        stored = by_place.get(match.file.place)
        if stored is not None and stored.key in left and norm_stored[stored.key] == norm_file[index]:
            take(match, stored, EXACT, 1.0)

    # 2. the same text elsewhere (renumbered or moved); among equal texts the best surroundings win
    by_text: dict[str, list[Item]] = {}
    for item in stored_items:
        if item.key in left:
            by_text.setdefault(norm_stored[item.key], []).append(item)
    pairs: list[tuple[int, tuple[float, int], int, Item]] = []
    for index, match in enumerate(matches):
        if match.stored is None:
            for stored in by_text.get(norm_file[index], ()):
                pairs.append((_context(match.file, stored), _closeness(match.file, stored), index, stored))
    for _, _, index, stored in sorted(pairs, key=lambda p: (p[0], p[1]), reverse=True):
        if matches[index].stored is None and stored.key in left:
            take(matches[index], stored, CERTAIN, 1.0)

    # 3. similar texts: candidates share uncommon words; the closest pairs are taken first
    pending = [index for index, match in enumerate(matches) if match.stored is None]
    if pending and left:
        scored = _fuzzy_pairs(matches, pending, list(left.values()), verdict, distinctive=verdict is _verdict)
        for _rank, _score, index, stored, certainty, sim in sorted(scored, key=lambda p: (p[0], p[1]), reverse=True):
            if matches[index].stored is None and stored.key in left:
                take(matches[index], stored, certainty, sim)
    return Matching(matches, [item for item in stored_items if item.key in left])


def _fuzzy_pairs(
    matches: list[Match], pending: list[int], left: list[Item], verdict: Verdict, *, distinctive: bool
) -> list[tuple[int, tuple[float, float, int], int, Item, str, float]]:
    """Scored candidate pairs, the same for the same input whatever the hash seed (ties go by store order)."""
    stored_words = {item.key: item.words for item in left}
    order = {item.key: j for j, item in enumerate(left)}
    index_of: dict[str, list[Item]] = {}
    for item in left:
        for word in set(stored_words[item.key]):
            index_of.setdefault(word, []).append(item)
    common = max(20, int(COMMON * len(left)))
    scored = []
    for index in pending:
        file = matches[index].file
        mine = file.words
        counts: Counter[str] = Counter()
        for word in set(mine):
            holders = index_of.get(word, ())
            if len(holders) <= common:
                counts.update(item.key for item in holders)
        by_key = {item.key: item for word in set(mine) for item in index_of.get(word, ()) if item.key in counts}
        for key, _shared in sorted(counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))[:CANDIDATES]:
            stored = by_key[key]
            sim = similarity(mine, stored_words[key])
            context = _context(file, stored)
            certainty = verdict(sim, context, file.n_executors == stored.n_executors)
            if certainty == CERTAIN and distinctive and distinctive_change(stored.text, file.text):
                certainty = UNCERTAIN  # another address or number: the user says whether it is the same
            if certainty:
                rank = 2 if certainty == CERTAIN else 1
                scored.append((rank, (sim + context / 100, *_closeness(file, stored)), index, stored, certainty, sim))
    return scored


def link_verdict(sim: float, _context: int, same_executors: bool) -> str:
    """Next year's measure and last year's: a similar text, with the same executors unless nearly equal."""
    if sim >= 0.85 or (sim >= 0.6 and same_executors):
        return CERTAIN
    if sim >= 0.5 and same_executors:
        return UNCERTAIN
    return ""


K = TypeVar("K", bound=Hashable)
V = TypeVar("V", bound=Hashable)


def follow_votes(votes: Iterable[tuple[K, V]]) -> dict[K, V]:
    """One-to-one: each file container takes the store container most of its measures come from."""
    counts: Counter[tuple[K, V]] = Counter(votes)
    chosen: dict[K, V] = {}
    used: set[V] = set()
    for (mine, theirs), _n in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
        if mine not in chosen and theirs not in used:
            chosen[mine] = theirs
            used.add(theirs)
    return chosen
