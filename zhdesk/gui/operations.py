"""One way to run long work from the window, after Anki's operations (``CollectionOp`` / ``QueryOp``).

    Operation(dashboard, lambda store, progress: accept_submission(store, code, period),
              label=self.tr("Accepting"), changes=Changes(statuses=True), initiator=dashboard)
        .success(lambda code: ...)
        .run()

- The work runs on the window's runner (one thread: the store sees operations in order), after what was
  typed has been handed to the store. It gets the store (opened first if the quick reader showed the first
  screen) and ``progress(done, total)``, which raises when Cancel was pressed. **The work never touches a
  widget**: it reads and writes through the services and returns plain data.
- While it runs, a progress display shows ``label`` and a Cancel button: by default a window-modal dialog
  that appears only when the work takes longer than 300 ms; a pane may give its own (``ProgressRow``), or
  ``QUIET`` for a quick read.
- When it ends, the window's store session announces ``changed(changes, initiator)`` (``session_of``) —
  also after a failure or a cancel, since what was done before them is kept — and each view refreshes only
  what it shows (the initiator may skip itself). Then ``success(result)``, or ``failure(words)`` (by
  default a warning box with the words; the details went to stderr, never to the officer), or
  ``cancelled()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QProgressDialog, QPushButton, QWidget

from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.runner import Job
    from zhdesk.gui.store_session import StoreSession
    from zhdesk.storage.database import Store

T = TypeVar("T")
Progress = Callable[[int, int], None]
Work = Callable[["Store", Progress], T]
CANCELLED = "cancelled"  # what the runner reports for a job whose work stopped at a cancel


@dataclass(frozen=True)
class Changes:
    """What an operation changed in the store (Anki's ``OpChanges``), so that views refresh only that."""

    texts: bool = False  # execution texts of a period: the navigator, the card, the problems
    statuses: bool = False  # where the bodies stand: forms issued, submissions, acceptance, returns, conflicts
    programme: bool = False  # measures, tasks, sectors, priorities and their executors

    def __bool__(self) -> bool:
        return any(getattr(self, field.name) for field in fields(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})


NOTHING = Changes()


@runtime_checkable
class Shell(Protocol):
    """What an operation needs from the window: its store session (the runner, the store, the ``changed``
    signal) and a way to hand what was typed to the store first."""

    session: StoreSession

    def flush(self) -> None: ...


def _window_of(start: QObject) -> QObject:
    current: QObject | None = start
    while current is not None:
        if isinstance(current, Shell):
            return current
        current = current.parent()
    raise LookupError(f"{start!r} is not inside a window with a store session")


def shell_of(start: QObject) -> Shell:
    """The window ``start`` lives in (through its parents: a floating dock is a window of its own)."""
    return cast(Shell, _window_of(start))


def session_of(start: QObject) -> StoreSession:
    """The store session of the window ``start`` lives in; its ``changed(changes, initiator)`` is the one
    announcement of what operations changed. Views connect to it to refresh what they show."""
    return cast(Shell, _window_of(start)).session


class ProgressDisplay(Protocol):
    """Shows the operations running: their label, their progress, a Cancel that calls ``operation.cancel()``."""

    def begin(self, operation: Operation[Any]) -> None: ...

    def step(self, operation: Operation[Any], done: int, total: int) -> None: ...

    def end(self, operation: Operation[Any]) -> None: ...


class _Quiet:
    def begin(self, operation: Operation[Any]) -> None:
        pass

    def step(self, operation: Operation[Any], done: int, total: int) -> None:
        pass

    def end(self, operation: Operation[Any]) -> None:
        pass


QUIET: ProgressDisplay = _Quiet()  # nothing shown: for reads that take a moment


def percent(done: int, total: int) -> int:
    return int(100 * done / max(total, 1))


class ProgressDialog:
    """The default display: a window-modal dialog with Cancel, shown once the work takes over 300 ms."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.dialog: QProgressDialog | None = None

    def begin(self, operation: Operation[Any]) -> None:
        cancel = QCoreApplication.translate("Operation", "Cancel")
        self.dialog = dialog = QProgressDialog(operation.label, cancel, 0, 100, self.parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(operation.cancel)

    def step(self, operation: Operation[Any], done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setValue(percent(done, total))

    def end(self, operation: Operation[Any]) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None


class ProgressRow(QWidget):
    """A pane's own display: a progress bar and Cancel, shown while any of its operations runs;
    ``busy(bool)`` lets the pane disable its buttons meanwhile. Cancel stops every one of them."""

    busy = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(QCoreApplication.translate("Operation", "Cancel"))
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.running: list[Operation[Any]] = []
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def cancel(self) -> None:
        for operation in self.running:
            operation.cancel()

    def begin(self, operation: Operation[Any]) -> None:
        self.running.append(operation)
        self.bar.setFormat(operation.label + " %p%")
        self.bar.setValue(0)
        self.show()
        self.busy.emit(True)

    def step(self, operation: Operation[Any], done: int, total: int) -> None:
        if self.running and operation is self.running[-1]:  # the bar follows the latest one
            self.bar.setValue(percent(done, total))

    def end(self, operation: Operation[Any]) -> None:
        if operation in self.running:
            self.running.remove(operation)
        if self.running:
            self.bar.setFormat(self.running[-1].label + " %p%")
            return
        self.hide()
        self.busy.emit(False)


class Operation(Generic[T]):
    """Long work on the window's runner: progress and Cancel, the failure in words, what changed announced."""

    def __init__(
        self,
        parent: QWidget,
        work: Work[T],
        *,
        label: str,
        changes: Changes = NOTHING,
        initiator: object | None = None,
        progress: ProgressDisplay | None = None,
    ) -> None:
        """``parent``: where the dialogs appear (and, through its parents, the window that runs the work).
        ``changes``: what the work may change, announced when it ends. ``initiator``: the view that asked,
        announced with the changes. ``progress``: the display (by default a ``ProgressDialog``)."""
        self.parent, self.work, self.label = parent, work, label
        self.changes, self.initiator = changes, initiator
        self.shell = shell_of(parent)
        self.progress: ProgressDisplay = progress if progress is not None else ProgressDialog(parent)
        self.job: Job | None = None
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[str], object] = self._warn
        self._cancelled: Callable[[], object] | None = None

    def success(self, fn: Callable[[T], object]) -> Operation[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[str], object]) -> Operation[T]:
        """``fn(words)``: what went wrong, in the officer's words. Instead of the warning box."""
        self._failure = fn
        return self

    def cancelled(self, fn: Callable[[], object]) -> Operation[T]:
        self._cancelled = fn
        return self

    @property
    def running(self) -> bool:
        return self.job is not None

    def run(self) -> Operation[T]:
        """Hand what was typed to the store, then start the work (after whatever the runner has before it)."""
        self.shell.flush()
        session = session_of(self.parent)
        session.changing.emit(self.changes)  # views stop what the work will change (the editor, for texts)
        self.progress.begin(self)
        self.job = session.runner.submit(session.work(self.work), self._finished, self._failed, self._step)
        return self

    def cancel(self) -> None:
        """The work stops at its next ``progress`` call; what it committed before stays."""
        if self.job is not None:
            self.job.cancel()

    def _step(self, done: int, total: int) -> None:
        self.progress.step(self, done, total)

    def _end(self) -> None:
        self.progress.end(self)
        if self.changes:
            session_of(self.parent).changed.emit(self.changes, self.initiator)

    def _finished(self, result: Any) -> None:
        self.job = None
        self._end()
        if self._success is not None:
            self._success(cast(T, result))

    def _failed(self, words: str) -> None:
        job, self.job = self.job, None
        self._end()
        if words == CANCELLED and job is not None and job.cancelled.is_set():
            if self._cancelled is not None:
                self._cancelled()
            return
        self._failure(words)

    def _warn(self, words: str) -> None:
        from zhdesk.gui.details import warning  # a refusal's technical line behind «Подробиці»

        warning(self.parent, words, QCoreApplication.translate("Operation", "zhdesk"))
