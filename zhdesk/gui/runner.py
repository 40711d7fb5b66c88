"""The one background runner: long work off the UI thread, with progress and cancel.

Work functions never touch the UI: they get a ``progress(done, total)`` callback, return a value,
and the runner delivers it to ``on_done`` on the UI thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside work whose job was cancelled."""


# (exception class, words): exceptions that know what kind of problem they are get the officer's words
DESCRIBERS: list[tuple[type[Exception], Callable[[Any], str]]] = []


def describe(exc: Exception) -> str:
    for kind, words in DESCRIBERS:
        if isinstance(exc, kind):
            return words(exc)
    return str(exc) or exc.__class__.__name__


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
            result = self.work(self._progress)
        except Cancelled:
            self.signals.failed.emit("cancelled")
        except Exception as exc:  # reported to the UI as a message, with the details on stderr
            traceback.print_exc()
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
