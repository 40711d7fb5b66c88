"""Every edit saved as it is typed: the save timer, the texts on their way, the journal, retry, recovery.

A text goes to the fsynced recovery journal first, then to the store, both on the runner (never on the
UI thread). A save that fails keeps its texts pending, keyed by measure and period, and is retried; a
text a killed session journaled but never stored is saved the next time a window opens that store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from zhdesk import paths
from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.gui.store_session import StoreSession
    from zhdesk.services.journal import Entry, RecoveryJournal

SAVE_DELAY_MS = 1000
RETRY_MS = 5000

Batch = dict[tuple[str, str], str]  # (measure id, period code) → text


class Autosave(QObject):
    saved = Signal(str)  # a measure whose text is now in the store
    failed = Signal()  # the store did not take the texts: they stay pending and are retried

    def __init__(self, session: StoreSession, body: Callable[[], str | None], parent: QObject | None = None) -> None:
        """``body``: whose texts these are now (None: the consolidated report's), asked at every save."""
        super().__init__(parent)
        from zhdesk.services.journal import RecoveryJournal

        self.session, self.body_of = session, body
        self.journal: RecoveryJournal = RecoveryJournal(paths.data_dir() / "unsaved-texts.jsonl")
        self.pending: Batch = {}
        self.lock = threading.Lock()
        self.dirty: tuple[str, str] | None = None  # the measure and period being typed, not yet pending
        self.text_of: Callable[[str], str] = lambda _measure_id: ""  # the typed text of a measure
        self.recovered = False
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def typed(self, measure_id: str, period: Period) -> None:
        """A keystroke: the text is saved about a second after typing stops (or on the next flush)."""
        self.dirty = (measure_id, period.code)
        self.timer.start()

    def flush(self) -> None:
        """Save every changed text now (off the UI thread). A text whose save fails stays pending, keyed by
        measure and period, and is saved with the next attempt, whatever measure is shown by then."""
        self.timer.stop()
        if self.dirty is not None:
            measure_id, code = self.dirty
            with self.lock:
                self.pending[(measure_id, code)] = self.text_of(measure_id)
            self.dirty = None
        with self.lock:
            batch, self.pending = self.pending, {}
        if batch:
            self.session.runner.submit(self._work(batch), self.saved.emit, self._failed)

    def finish(self) -> bool:
        """Save everything before the window closes, trying twice; False: texts are still unsaved."""
        for _attempt in range(2):
            self.flush()
            self.session.runner.wait()
            if not self.has_unsaved():
                return True
        return False

    def has_unsaved(self) -> bool:
        with self.lock:
            return bool(self.pending) or self.dirty is not None

    def _work(self, batch: Batch) -> Callable[[Callable[[int, int], None]], str]:
        def work(_progress: Callable[[int, int], None]) -> str:
            from zhdesk.services.entry import save_texts
            from zhdesk.services.journal import Entry

            body = self.body_of()
            entries = [Entry(self.session.key, mid, code, body, text) for (mid, code), text in batch.items()]
            self.journal.record(entries)  # on disk before the store is touched: a kill cannot lose it
            try:
                save_texts(self.session.open(), batch, body)
                self.journal.settle(entries)
            except Exception:
                with self.lock:  # keep them; a newer text typed meanwhile wins
                    self.pending = {**batch, **self.pending}
                raise
            return next(iter(batch))[0]

        return work

    def _failed(self, _message: str) -> None:
        # The details went to stderr with the traceback; the officer gets a short word and a calm retry.
        self.failed.emit()
        QTimer.singleShot(RETRY_MS, self.flush)

    def recover(self) -> list[Entry]:
        """Texts a killed session journaled but could not store: pending again (and saved with the next
        flush); returned so the window can show them. Only once per window."""
        if self.recovered:
            return []
        self.recovered = True
        waiting = [e for e in self.journal.pending(self.session.key) if e.body == self.body_of()]
        with self.lock:
            for entry in waiting:
                self.pending.setdefault((entry.measure_id, entry.period), entry.text)
        return waiting
