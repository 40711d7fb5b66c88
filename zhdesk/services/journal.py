"""A recovery journal: texts on their way to the store, kept on disk until the store has them.

Each process writes its own journal, ``recovery/<process>.jsonl`` in the data folder, and holds a lock on
``recovery/<process>.lock`` while it lives: it appends and settles only its own entries, so two windows
sharing the data folder never drop each other's. A journal whose lock can be taken belongs to a process
that ended (closed with texts unsaved, or killed): the next window on that store adopts its entries for
that store, first into its own journal, then out of the dead one, so a kill at any moment loses nothing.
Entries are JSON lines, flushed and fsynced; ``unsaved-texts.jsonl`` (the single journal of older
versions) is adopted the same way.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from zhdesk.services.file_lock import FileLock, try_lock

LEGACY = "unsaved-texts.jsonl"
Key = tuple[str, str, str, str | None]


def store_key(store: str) -> str:
    """The journal's name for a store: its file as given, or its URL without the password."""
    if "://" not in store:
        return store  # a file path (what every journal entry was keyed by so far)
    from zhdesk.storage.database import hide_password  # SQLAlchemy: only for a URL, not at the window's start

    try:
        return hide_password(store)
    except Exception:  # not a URL after all: kept as it was
        return store


@dataclass(frozen=True)
class Entry:
    store: str  # the store's file, or its URL with the password hidden (never written with it)
    measure_id: str
    period: str
    body: str | None
    text: str
    base: str | None = None  # the stored text it was typed over (None: not known, as in older journals)
    seq: int = 0  # its order in the journal that wrote it
    at: float = 0.0  # when it was journaled (the latest wins across journals)

    def __post_init__(self) -> None:
        object.__setattr__(self, "store", store_key(self.store))

    @property
    def key(self) -> Key:
        return (self.store, self.measure_id, self.period, self.body)


def latest(entries: Iterable[Entry]) -> list[Entry]:
    """The newest entry per measure, period, body and store."""
    newest: dict[Key, Entry] = {}
    for entry in entries:
        known = newest.get(entry.key)
        if known is None or (entry.at, entry.seq) >= (known.at, known.seq):
            newest[entry.key] = entry
    return list(newest.values())


class RecoveryJournal:
    """This process's journal in ``data_dir / "recovery"`` (created at the first entry)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / "recovery"
        token = f"{os.getpid()}-{os.urandom(4).hex()}"  # secrets.token_hex, without loading hmac and OpenSSL
        self.path = self.folder / f"{token}.jsonl"
        self._lock_path = self.folder / f"{token}.lock"
        self._owner: FileLock | None = None
        self._lock = threading.Lock()
        self._seq = itertools.count(1)

    def next_seq(self) -> int:
        return next(self._seq)

    def record(self, entries: list[Entry]) -> None:
        """Append before the store is written; survives a kill the moment this returns."""
        if not entries:
            return
        with self._lock:
            self._own()
            _append(self.path, entries)

    def settle(self, saved: list[Entry]) -> None:
        """Forget this journal's entries the store now holds: for each key, those up to the saved one
        (a newer text for the same key, journaled since, stays)."""
        done = {entry.key: entry.seq for entry in saved}
        with self._lock:
            entries = _read(self.path)
            keep = [e for e in entries if e.seq > done.get(e.key, -1)]
            if len(keep) != len(entries):
                _rewrite(self.path, keep)

    def pending(self, store: str) -> list[Entry]:
        """This journal's latest text per measure, period and body still waiting for ``store``."""
        store = store_key(store)
        with self._lock:
            return latest(e for e in _read(self.path) if e.store == store)

    def adopt(self, store: str, wanted: Callable[[Entry], bool] = lambda _entry: True) -> list[Entry]:
        """The texts that ended processes journaled for ``store`` (and ``wanted``) but never stored: moved
        into this journal (renumbered after what it holds) and returned, the latest per key."""
        store = store_key(store)
        adopted: list[Entry] = []
        for path, lock_path in self._ended_journals():
            owner = try_lock(lock_path)
            if owner is None:
                continue  # its process is alive: its texts are its own business
            try:
                entries = _read(path)
                mine = [e for e in entries if e.store == store and wanted(e)]
                if mine:
                    self.record([replace(e, seq=self.next_seq()) for e in latest(mine)])
                    rest = [e for e in entries if not (e.store == store and wanted(e))]
                    _rewrite(path, rest)
                    adopted.extend(mine)
            finally:
                owner.release(remove=not path.exists())
        return self.pending(store) if adopted else []

    def close(self) -> None:
        """Give the journal up (it stays on disk for the next window when it still holds texts)."""
        with self._lock:
            if self._owner is not None:
                self._owner.release(remove=not self.path.exists())
                self._owner = None

    def _own(self) -> None:
        if self._owner is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            owner = try_lock(self._lock_path)
            if owner is None:  # cannot happen: the name is this process's own
                raise OSError(f"the recovery journal {self._lock_path} is held by another process")
            self._owner = owner

    def _ended_journals(self) -> list[tuple[Path, Path]]:
        found = []
        legacy = self.data_dir / LEGACY
        if legacy.exists():
            found.append((legacy, self.data_dir / "unsaved-texts.lock"))
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.jsonl")):
                if path != self.path:
                    found.append((path, path.with_suffix(".lock")))
        return found


class JournalWriter:
    """Journal writes off the UI thread and off the store's runner (which may be busy for seconds): one
    thread, in the order asked, so that an older text never lands after a newer one is settled."""

    def __init__(self, journal: RecoveryJournal) -> None:
        self.journal = journal
        self._queue: queue.Queue[tuple[Callable[[], None], threading.Event]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()

    def record(self, entries: list[Entry]) -> threading.Event:
        """Set once the entries are on disk (or the disk refused them: the save goes on regardless)."""
        return self._put(lambda: self.journal.record(entries))

    def settle(self, entries: list[Entry]) -> threading.Event:
        return self._put(lambda: self.journal.settle(entries))

    def drain(self, timeout: float = 10.0) -> bool:
        return self._put(lambda: None).wait(timeout)

    def _put(self, work: Callable[[], None]) -> threading.Event:
        done = threading.Event()
        with self._start:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="zhdesk-journal", daemon=True)
                self._thread.start()
        self._queue.put((work, done))
        return done

    def _run(self) -> None:
        while True:
            work, done = self._queue.get()
            try:
                work()
            except OSError as exc:  # a full or vanished disk: said on stderr; the store save still runs
                print(f"zhdesk: the recovery journal could not be written: {exc}", file=sys.stderr)
            finally:
                done.set()


def _append(path: Path, entries: list[Entry]) -> None:
    new = not path.exists()
    with path.open("a", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    if new:
        _sync_folder(path.parent)


def _rewrite(path: Path, entries: list[Entry]) -> None:
    """Replace the journal atomically (a kill leaves the old one or the new one), or remove it if empty."""
    if not entries:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{os.urandom(3).hex()}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in entries))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The folder's entry for a new or replaced file on disk too (POSIX; Windows has no such call)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _read(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entries.append(Entry(**json.loads(line)))
        except (ValueError, TypeError):
            continue  # a line cut by a kill mid-write: the entries before it are whole
    return entries


def now() -> float:
    return time.time()
