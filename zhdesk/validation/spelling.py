"""Ukrainian spell-check of execution texts: which words to look up, and what the user added. Qt-free and
store-free: the caller passes the programme's own vocabulary (``vocabulary_of``).

Not looked up: one-letter words, numbers and words with digits, e-mail and web addresses, words with no
Cyrillic letter (Latin names such as Prozorro), abbreviations (any capital after the first letter: КП,
ЖДНЗ, ЦНАПу), capitalised words not at the start of a sentence (names), short words cut with a dot
(вул., буд.), the programme's vocabulary and the user's dictionary. The apostrophes ' ’ ʼ count as one.
Hunspell's answers are kept per word, so a keystroke looks up at most the word being typed.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from zhdesk.validation.dictionary import Dictionary

USER_WORDS = "spelling-words.txt"
"""The user dictionary in the data folder: one word a line, UTF-8."""
ANSWERS = "spelling-cache.json"
"""Hunspell's answers kept between runs (data folder), so that checking words seen before needs no dictionary."""
ANSWERS_KEPT = 100_000

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "′": "'"})
_TOKEN = re.compile(r"[\w'’ʼ‘`′-]+")
_EDGES = "'’ʼ‘`′-"
_CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]")
_DIGIT = re.compile(r"[\d_]")
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"  # web addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:ua|com|org|net|gov|info|edu|eu)\b(?:/\S*)?",  # zhytomyr-rada.gov.ua/…
    re.IGNORECASE,
)
_SENTENCE_END = ".!?…\n"
_LEAD = " \t\r\"'«»„“”()[]-–—•*·:;"  # what may stand between a sentence's end and its first word
_CUT_LENGTH = 4  # "вул.", "буд.", "обл.": a word this short followed by a dot may be an abbreviation


def normal(word: str) -> str:
    """The word with every apostrophe as '."""
    return word.translate(_APOSTROPHES)


def key(word: str) -> str:
    """How vocabulary and user words are compared: apostrophes as one, case ignored."""
    return normal(word).casefold()


@dataclass(frozen=True)
class Word:
    offset: int  # in the text
    text: str
    sentence_start: bool


def words_of(text: str) -> Iterator[Word]:
    """The words to consider in ``text``: addresses and anything with a digit are left out."""
    skipped = [match.span() for match in _ADDRESS.finditer(text)]
    for match in _TOKEN.finditer(text):
        start = match.start()
        if skipped and any(a <= start < b for a, b in skipped):
            continue
        token = match.group(0)
        stripped = token.lstrip(_EDGES)
        start += len(token) - len(stripped)
        stripped = stripped.rstrip(_EDGES)
        if not stripped or _DIGIT.search(stripped):
            continue
        yield Word(start, stripped, _starts_sentence(text, start))


def _starts_sentence(text: str, offset: int) -> bool:
    index = offset - 1
    while index >= 0 and text[index] in _LEAD:
        index -= 1
    return index < 0 or text[index] in _SENTENCE_END


_vocabularies: dict[frozenset[str], frozenset[str]] = {}


def vocabulary_of(texts: Iterable[str]) -> frozenset[str]:
    """Every word of ``texts`` (the measures, task names, executors), as ``key`` compares them (the last few
    vocabularies are kept: every validation of a period asks for the same one)."""
    given = frozenset(texts)
    found = _vocabularies.get(given)
    if found is None:
        found = frozenset(key(word.text) for text in given for word in words_of(text))
        if len(_vocabularies) >= 4:
            _vocabularies.pop(next(iter(_vocabularies)))
        _vocabularies[given] = found
    return found


def write_atomically(path: Path, text: str) -> None:
    """``text`` into ``path``, written whole to a temporary file beside it and then put in its place."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class UserWords:
    """The words the user added ("Додати до словника"), in the data folder; read again when the file changed."""

    def __init__(self) -> None:
        self._seen: tuple[str, int, int] | None = None
        self._words: set[str] = set()

    @staticmethod
    def path() -> Path:
        from zhdesk.paths import data_dir

        return data_dir() / USER_WORDS

    def keys(self) -> set[str]:
        path = self.path()
        try:
            stat = path.stat()
            seen = (str(path), stat.st_mtime_ns, stat.st_size)
        except OSError:
            seen = (str(path), 0, -1)
        if seen != self._seen:
            self._seen = seen
            self._words = {key(line.strip()) for line in self._read(path) if line.strip()}
        return self._words

    @staticmethod
    def _read(path: Path) -> list[str]:
        try:
            return path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []

    def add(self, word: str) -> None:
        """Adds ``word`` to the file, written whole to a temporary file and then put in its place."""
        word = normal(word.strip())
        path = self.path()
        lines = [line for line in self._read(path) if line.strip()]
        if not word or key(word) in {key(line) for line in lines}:
            return
        lines.append(word)
        write_atomically(path, "\n".join(sorted(lines, key=str.casefold)) + "\n")
        self._seen = None


@dataclass(frozen=True)
class Misspelling:
    offset: int
    word: str


class SpellChecker:
    """Hunspell's dictionary, the user's words and Hunspell's answers kept per word (also between runs:
    ``ANSWERS``; words seen before are checked before, or without, loading the dictionary)."""

    def __init__(self, dictionary: Dictionary | None = None, *, keep_answers: bool = True) -> None:
        self.dictionary = dictionary or Dictionary()
        self.user = UserWords()
        self._known: dict[str, bool] = {}
        self._keep = keep_answers
        self._kept_read = not keep_answers
        self._unsaved = 0
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self.dictionary.ready

    def prepare(self, texts: Iterable[str], vocabulary: frozenset[str] = frozenset()) -> None:
        """Everything needed to check ``texts`` completely: the dictionary is loaded (here and now) only
        when one of their words has no answer kept."""
        self._read_kept()
        if self.dictionary.ready:
            return
        user = self.user.keys()
        for text in texts:
            for word in words_of(text):
                if self._candidate(text, word, vocabulary, user) and normal(word.text) not in self._known:
                    self.dictionary.load()
                    return

    def misspelled(self, text: str, vocabulary: frozenset[str] = frozenset()) -> list[Misspelling]:
        """The words of ``text`` the dictionary does not know (while it loads: only the answers kept)."""
        self._read_kept()
        user = self.user.keys()
        found = []
        for word in words_of(text):
            if self._flagged(text, word, vocabulary, user):
                found.append(Misspelling(word.offset, word.text))
        return found

    def _flagged(self, text: str, word: Word, vocabulary: frozenset[str], user: set[str]) -> bool:
        return self._candidate(text, word, vocabulary, user) and self.known(word.text) is False

    @staticmethod
    def _candidate(text: str, word: Word, vocabulary: frozenset[str], user: set[str]) -> bool:
        """Whether ``word`` is to be looked up at all."""
        letters = word.text
        if len(letters) < 2 or not _CYRILLIC.search(letters):
            return False
        rest = letters[1:]
        if rest != rest.lower():
            return False  # КП, ЖДНЗ, ЦНАПу, Житомир-Сервіс
        if letters[0].isupper() and not word.sentence_start:
            return False  # a name
        folded = key(letters)
        if folded in vocabulary or folded in user:
            return False
        end = word.offset + len(letters)
        return not (len(letters) <= _CUT_LENGTH and text[end : end + 1] == ".")

    def known(self, word: str) -> bool | None:
        """Hunspell's answer for ``word`` (kept); None while the dictionary loads."""
        word = normal(word)
        answer = self._known.get(word)
        if answer is None:
            answer = self.dictionary.spell(word)
            if answer is None:
                return None
            self._known[word] = answer
            self._unsaved += 1
        return answer

    def _kept_path(self) -> Path:
        from zhdesk.paths import data_dir

        return data_dir() / ANSWERS

    def _read_kept(self) -> None:
        if self._kept_read:
            return
        with self._lock:
            if self._kept_read:
                return
            self._kept_read = True
            import json

            try:
                kept = json.loads(self._kept_path().read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return
            if isinstance(kept, dict) and kept.get("dictionary") == self.dictionary.edition():
                words = kept.get("words")
                if isinstance(words, dict):
                    for word, answer in words.items():
                        if isinstance(word, str) and isinstance(answer, bool):
                            self._known.setdefault(word, answer)

    def save(self) -> None:
        """Keeps the answers for the next run (when there are new ones); a failure to write is no error."""
        if not self._keep or not self._unsaved or not self.dictionary.ready:
            return
        import json

        words = dict(list(self._known.items())[-ANSWERS_KEPT:])
        text = json.dumps({"dictionary": self.dictionary.edition(), "words": words}, ensure_ascii=False)
        try:
            write_atomically(self._kept_path(), text)
        except OSError:
            return
        self._unsaved = 0

    def suggest(self, word: str, limit: int = 7) -> list[str]:
        return self.dictionary.suggest(normal(word))[:limit]

    def add(self, word: str) -> None:
        """Додати до словника: the word is not flagged again, here or in any later run."""
        self.user.add(word)


_default: SpellChecker | None = None
_default_lock = threading.Lock()


def default_checker() -> SpellChecker:
    """The process's checker over the shipped dictionary (loaded when first needed)."""
    global _default
    with _default_lock:
        if _default is None:
            import atexit

            _default = SpellChecker()
            atexit.register(_default.save)
        return _default
