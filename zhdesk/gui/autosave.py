"""Every edit saved as it is typed: the journal within a second, the store within seconds, retry, recovery.

However long the officer types without a pause, at most about a second of keystrokes is ever only in
memory: the text goes to the fsynced recovery journal at most ``JOURNAL_MS`` after the first keystroke not
yet journaled, and to the store a second after typing stops or at most ``STORE_MS`` after the first
keystroke not yet saved (and on leaving the measure, on losing focus, on close). Journal writes run on
their own thread, store writes on the runner; neither on the UI thread.

A save carries the stored text each text was typed over: when the store holds another one by now
(another window, the command line, a colleague on the office server), nothing is overwritten and
``conflicted`` says so; the officer chooses (``keep_mine`` / ``take_stored``). A save that fails keeps its
texts pending, keyed by measure and period, and is retried; what a killed session journaled but never
stored is adopted by the next window on that store (``recover``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from zhdesk import paths
from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.gui.loading import Loaded
    from zhdesk.gui.store_session import StoreSession
    from zhdesk.services.entry import Conflict
    from zhdesk.services.journal import Entry, JournalWriter, RecoveryJournal

SAVE_DELAY_MS = 1000  # a pause this long saves
JOURNAL_MS = 500  # the longest a keystroke waits for the journal
STORE_MS = 3000  # the longest a keystroke waits for the store while the officer types on
RETRY_MS = 5000

Key = tuple[str, str]  # (measure id, period code)
Batch = dict[Key, str]  # → text


@dataclass
class Outcome:
    saved: list[str] = field(default_factory=list)  # measures whose texts are now in the store
    conflicts: list[Conflict] = field(default_factory=list)


class Autosave(QObject):
    saved = Signal(str)  # a measure whose text is now in the store
    failed = Signal(bool)  # the store did not take the texts (True: it is busy): kept pending, retried
    conflicted = Signal(object)  # list[Conflict]: stored texts changed meanwhile; nothing was overwritten
    recovered = Signal(object)  # list[Entry]: texts a killed session left unsaved, pending again

    def __init__(self, session: StoreSession, body: Callable[[], str | None], parent: QObject | None = None) -> None:
        """``body``: whose texts these are now (None: the consolidated report's), asked at every save."""
        super().__init__(parent)
        self.session, self.body_of = session, body
        self._journal: RecoveryJournal | None = None  # made at its first use: after the first screen
        self._writer: JournalWriter | None = None
        self._journal_made = threading.Lock()
        self.pending: Batch = {}
        # (body, measure id, period) → the stored text typed over (written on the runner, under the lock)
        self.bases: dict[tuple[str | None, str, str], str] = {}
        self.own: set[tuple[str | None, str, str]] = set()  # bases that are this window's own last save
        self.conflicts: dict[Key, Conflict] = {}
        self.lock = threading.Lock()
        self.dirty: Key | None = None  # the measure and period being typed, not yet pending
        self.text_of: Callable[[str], str] = lambda _measure_id: ""  # the typed text of a measure
        self.recovered_once = False
        self.busy = False  # the last save failed because another program was writing the store
        self.timer = self._timer(SAVE_DELAY_MS, self.flush)  # restarted by every keystroke
        self.deadline = self._timer(STORE_MS, self.flush)  # started by the first keystroke not saved
        self.journal_timer = self._timer(JOURNAL_MS, self._journal_typed)  # … not journaled

    @property
    def journal(self) -> RecoveryJournal:
        """The recovery journal, made at its first use (the recovery's adoption on the runner once the first
        screen is up, or the first keystroke), not before the first screen: its modules load then."""
        with self._journal_made:
            if self._journal is None:
                from zhdesk.services.journal import JournalWriter, RecoveryJournal

                self._journal = RecoveryJournal(paths.data_dir())
                self._writer = JournalWriter(self._journal)
            return self._journal

    @property
    def writer(self) -> JournalWriter:
        self.journal  # noqa: B018 - made with the journal
        assert self._writer is not None
        return self._writer

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=interval)
        timer.timeout.connect(slot)
        return timer

    def typed(self, measure_id: str, period: Period) -> None:
        """A keystroke: journaled within ``JOURNAL_MS``, saved after a pause or within ``STORE_MS``."""
        key = (measure_id, period.code)
        if self.dirty is not None and self.dirty != key:
            self._take_dirty()
        self.dirty = key
        self.timer.start()
        for timer in (self.journal_timer, self.deadline):
            if not timer.isActive():
                timer.start()

    def _journal_typed(self) -> None:
        if self.dirty is not None:
            measure_id, code = self.dirty
            self.writer.record([self._entry((measure_id, code), self.text_of(measure_id), self.body_of())])

    def _take_dirty(self) -> None:
        if self.dirty is not None:
            measure_id, code = self.dirty
            with self.lock:
                self.pending[(measure_id, code)] = self.text_of(measure_id)
            self.dirty = None

    def _entry(self, key: Key, text: str, body: str | None) -> Entry:
        from zhdesk.services.journal import Entry

        with self.lock:
            base = self.bases.get((body, *key))
        seq = self.journal.next_seq()
        return Entry(self.session.key, key[0], key[1], body, text, base=base, seq=seq, at=time.time())

    def flush(self) -> None:
        """Save every changed text now (off the UI thread). A text whose save fails stays pending, keyed by
        measure and period, and is saved with the next attempt, whatever measure is shown by then."""
        for timer in (self.timer, self.deadline, self.journal_timer):
            timer.stop()
        self._take_dirty()
        with self.lock:
            batch, self.pending = self.pending, {}
        if batch:
            body = self.body_of()
            entries = [self._entry(key, text, body) for key, text in batch.items()]
            self.session.runner.submit(self._work(batch, entries, body), self._done, self._failed)

    def finish(self) -> bool:
        """Save everything before the window closes, trying twice; False: texts are still unsaved."""
        for _attempt in range(2):
            self.flush()
            self.session.runner.wait()
            if not self.has_unsaved():
                break
        if self._writer is not None:
            self._writer.drain()
        return not self.has_unsaved()

    def close(self) -> None:
        """The window is gone: the journal is given up (kept on disk while it still holds texts)."""
        if self._journal is not None and self._writer is not None:
            self._writer.drain()
            self._journal.close()

    def has_unsaved(self) -> bool:
        with self.lock:
            return bool(self.pending) or self.dirty is not None

    def remember(self, read: Callable[[Any], Loaded], body: str | None) -> Callable[[Any], Loaded]:
        """A period read for the window (runner work): the texts it shows (``body``'s own, or the
        report's) are the stored texts typed over."""

        def run(progress: Any) -> Loaded:
            loaded = read(progress)
            with self.lock:
                for row in loaded.rows:
                    self.bases[(body, row.id, loaded.period)] = row.execution
                    self.own.discard((body, row.id, loaded.period))
            return loaded

        return run

    def _work(self, batch: Batch, entries: list[Entry], body: str | None) -> Callable[[Any], Outcome]:
        def work(_progress: Any) -> Outcome:
            from zhdesk.services.entry import save_texts

            self.writer.record(entries).wait(10)  # on disk before the store is touched: a kill cannot lose it
            with self.lock:
                bases = {key: self.bases[(body, *key)] for key in batch if (body, *key) in self.bases}
                continuing = {key for key in batch if (body, *key) in self.own}
            try:
                conflicts = save_texts(self.session.open(), batch, body, bases, continuing)
            except Exception as exc:
                from zhdesk.storage import busy

                self.busy = busy.is_busy(exc)
                with self.lock:  # keep them; a newer text typed meanwhile wins
                    self.pending = {**batch, **self.pending}
                raise
            differ = {(c.measure_id, c.period) for c in conflicts}
            saved = [e for e in entries if (e.measure_id, e.period) not in differ]
            with self.lock:
                for entry in saved:
                    self.bases[(body, entry.measure_id, entry.period)] = entry.text
                    self.own.add((body, entry.measure_id, entry.period))
            self.writer.settle(saved)  # the conflicting texts stay journaled until the officer chooses
            return Outcome([e.measure_id for e in saved], conflicts)

        return work

    def _done(self, outcome: Outcome) -> None:
        settled = [k for k in self.conflicts if k[0] in set(outcome.saved)]
        for key in settled:
            del self.conflicts[key]
        for conflict in outcome.conflicts:
            self.conflicts[(conflict.measure_id, conflict.period)] = conflict
        if outcome.saved:
            self.saved.emit(outcome.saved[0])
        if outcome.conflicts or settled:
            self.conflicted.emit(list(self.conflicts.values()))

    def _failed(self, _message: str) -> None:
        # The details went to stderr with the traceback; the officer gets a short word and a calm retry.
        self.failed.emit(self.busy)
        QTimer.singleShot(RETRY_MS, self.flush)

    # -- the officer's choice when the stored text changed meanwhile --------------------------------------

    def keep_mine(self, key: Key, text: str) -> None:
        """Save ``text`` over what is stored now (the officer has seen it)."""
        conflict = self.conflicts.get(key)
        if conflict is None:
            return
        with self.lock:
            self.bases[(self.body_of(), *key)] = conflict.stored
            self.pending[key] = text
        self.flush()

    def take_stored(self, key: Key) -> str | None:
        """Give up the typed text for the stored one (returned, for the editor); journaled texts settled."""
        conflict = self.conflicts.pop(key, None)
        if conflict is None:
            return None
        with self.lock:
            self.bases[(self.body_of(), *key)] = conflict.stored
            self.pending.pop(key, None)
        self.writer.settle([self._entry(key, conflict.stored, self.body_of())])
        self.conflicted.emit(list(self.conflicts.values()))
        return conflict.stored

    # -- after a crash ---------------------------------------------------------------------------------

    def recover(self) -> None:
        """Texts a killed session journaled but could not store, for this store and body: adopted on the
        runner, pending again (saved with the next flush) and announced by ``recovered``. Once per window."""
        if self.recovered_once:
            return
        self.recovered_once = True
        body = self.body_of()

        def adopt(_progress: Any) -> list[Entry]:
            return self.journal.adopt(self.session.key, lambda entry: entry.body == body)

        self.session.runner.submit(adopt, self._adopted, lambda _message: None)

    def _adopted(self, waiting: list[Entry]) -> None:
        if not waiting:
            return
        with self.lock:
            for entry in waiting:
                key = (entry.measure_id, entry.period)
                self.pending.setdefault(key, entry.text)
                if entry.base is not None:  # saved over what was stored when it was typed
                    self.bases[(entry.body, *key)] = entry.base
        self.recovered.emit(waiting)
