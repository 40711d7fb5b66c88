"""The one background runner: long work off the UI thread, with progress and cancel.

Work functions never touch the UI: they get a ``progress(done, total)`` callback, return a value,
and the runner delivers it to ``on_done`` on the UI thread.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside work whose job was cancelled."""


# (exception class, words): exceptions that know what kind of problem they are get the officer's words
DESCRIBERS: list[tuple[type[Exception], Callable[[Any], str]]] = []


def describe(exc: Exception) -> str:
    store_words = _store_words(exc)
    if store_words is not None:
        return store_words
    for kind, words in DESCRIBERS:
        if isinstance(exc, kind):
            return words(exc)
    return str(exc) or exc.__class__.__name__


def _store_words(exc: Exception) -> str | None:
    """A busy store, or any refusal of the store, in the officer's words: never SQLAlchemy's message, which
    holds the SQL (and the texts, were its parameters not hidden)."""
    if "zhdesk.storage.busy" not in sys.modules:  # no transaction was ever made: no store error (no import here)
        return None
    from zhdesk.storage import busy

    if busy.is_busy(exc):
        return QCoreApplication.translate(
            "Store",
            "The store is busy: another zhdesk or another program is writing to it. "
            "Nothing was changed; try again in a moment.",
        )
    kind = busy.refusal_kind(exc)
    if kind is not None:
        return QCoreApplication.translate("Store", "The store refused the change ({0}); nothing was changed.").format(
            kind
        )
    return None


@contextlib.contextmanager
def _window_patience() -> Iterator[None]:
    """A job of the window waits for another process's lock at most 5 s (``busy.WINDOW_SECONDS``): the
    autosave keeps the text and tries again by itself, and the runner's one thread is not held longer.
    Before any store was opened (the quick reader's first screen) nothing is loaded for it."""
    if "sqlalchemy" not in sys.modules:
        yield
        return
    from zhdesk.storage import busy

    with busy.patience(min(busy.WINDOW_SECONDS, busy.budget())):
        yield


def _print_failure(exc: BaseException) -> None:
    """The details on stderr for whoever runs the window from a terminal: the frames and the classes,
    never SQL, parameters or texts."""
    from zhdesk.storage.busy import safe_traceback

    print(safe_traceback(exc), file=sys.stderr, end="")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancelled.set()

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            with _window_patience():
                result = self.work(self._progress)
        except Cancelled:
            self.signals.failed.emit("cancelled")
        except Exception as exc:  # reported to the UI as a message, with the details on stderr
            _print_failure(exc)
            self.signals.failed.emit(describe(exc))
        else:
            self.signals.done.emit(result)


class Runner(QObject):
    """Submits work to a thread pool; keeps jobs alive until they report back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer at a time: the store sees operations in order
        self.jobs: set[Job] = set()

    def submit(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Job:
        job = Job(work)
        self.jobs.add(job)

        def done(result: Any) -> None:
            self.jobs.discard(job)
            on_done(result)

        def failed(message: str) -> None:
            self.jobs.discard(job)
            if on_failed is not None:
                on_failed(message)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        if on_progress:
            job.signals.progress.connect(on_progress)
        self.pool.start(job)
        return job

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
