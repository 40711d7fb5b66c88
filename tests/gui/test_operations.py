"""One way to run long work: on the runner, with progress and Cancel, failures in words, what changed said once."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from zhdesk.gui.operations import NOTHING, QUIET, Changes, Operation, ProgressRow, session_of
from zhdesk.gui.runner import Runner
from zhdesk.gui.store_session import StoreSession

STORE = object()  # what the work is given as the store; the window's session opens it once


class Window(QWidget):
    """The little an operation needs of the window: its store session, flush, and (for texts) editor and reload."""

    def __init__(self) -> None:
        super().__init__()
        self.runner = Runner(self)
        self.opened = 0
        self.session = StoreSession(self._open, self.runner, parent=self)
        self.editor = QPlainTextEdit(self)
        self.calls: list[str] = []
        # as the main window answers its session: no typing into texts being replaced, then read again
        self.session.changing.connect(self._changing)
        self.session.changed.connect(self._changed)

    def _changing(self, changes: Changes) -> None:
        if changes.texts:
            self.editor.setEnabled(False)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.texts:
            self.reload()

    def _open(self) -> object:
        self.opened += 1
        return STORE

    def flush(self) -> None:
        self.calls.append("flush")

    def reload(self, period_code: str | None = None) -> None:
        self.calls.append("reload")
        self.editor.setEnabled(True)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[Window]:
    shown = Window()
    qtbot.addWidget(shown)
    yield shown
    shown.runner.wait()


def announcements(window: Window) -> list[tuple[Changes, object]]:
    said: list[tuple[Changes, object]] = []
    session_of(window).changed.connect(lambda changes, initiator: said.append((changes, initiator)))
    return said


def test_the_work_runs_on_the_runner_with_the_store_and_its_result_comes_back(qtbot: QtBot, window: Window) -> None:
    said = announcements(window)
    pane = QWidget(window)
    where: list[object] = []
    results: list[str] = []

    def work(store: object, _progress: object) -> str:
        where.append((store, threading.current_thread() is threading.main_thread(), list(window.calls)))
        return "done"

    Operation(pane, work, label="Accepting", changes=Changes(statuses=True), initiator=pane, progress=QUIET).success(
        results.append
    ).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["done"]
    assert where == [(STORE, False, ["flush"])]  # off the UI thread, after what was typed was handed over
    assert said == [(Changes(statuses=True), pane)]  # once, with the initiator
    assert window.calls == ["flush"] and window.opened == 1  # statuses only: the window does not read again


def test_a_failure_is_described_in_words_and_what_changed_is_still_said(qtbot: QtBot, window: Window) -> None:
    said = announcements(window)
    words: list[str] = []

    def work(_store: object, _progress: object) -> None:
        raise ValueError("the file is damaged")

    Operation(window, work, label="Receiving", changes=Changes(texts=True), progress=QUIET).failure(words.append).run()
    assert not window.editor.isEnabled()  # nothing is typed into texts the work is replacing
    qtbot.waitUntil(lambda: bool(words), timeout=5000)
    assert words == ["the file is damaged"]  # the words, no traceback
    assert said == [(Changes(texts=True), None)]  # what was done before the failure is kept: views refresh
    assert window.calls == ["flush", "reload"] and window.editor.isEnabled()


def test_without_a_failure_handler_the_words_go_to_a_warning_box(
    qtbot: QtBot, window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[tuple[QWidget, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, _title, text, *a: boxes.append((parent, text)))

    def work(_store: object, _progress: object) -> None:
        raise OSError("the disk is full")

    Operation(window, work, label="Exporting").run()  # the default display: a dialog over the window
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes == [(window, "the disk is full")]
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=5000)  # the dialog went


def test_cancel_stops_the_work_at_its_next_progress_and_the_row_shows_it(qtbot: QtBot, window: Window) -> None:
    said = announcements(window)
    row = ProgressRow(window)
    busy: list[bool] = []
    row.busy.connect(busy.append)
    started, steps = threading.Event(), []
    outcome: list[str] = []

    def work(_store: object, progress: object) -> str:
        assert callable(progress)
        for done in range(1000):
            progress(done, 1000)
            steps.append(done)
            started.set()
            threading.Event().wait(0.005)
        return "finished"

    operation = (
        Operation(window, work, label="Receiving", changes=Changes(texts=True, statuses=True), progress=row)
        .success(lambda _r: outcome.append("success"))
        .failure(lambda w: outcome.append(f"failure {w}"))
        .cancelled(lambda: outcome.append("cancelled"))
        .run()
    )
    assert operation.running and row.isVisibleTo(window) and busy == [True]
    assert "Receiving" in row.bar.format()
    qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=5000)  # progress reaches the bar
    row.cancel_button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and len(steps) < 1000
    assert not operation.running and not row.isVisibleTo(window) and busy == [True, False]
    assert said == [(Changes(texts=True, statuses=True), None)]


def test_a_row_stays_while_any_of_its_operations_runs(qtbot: QtBot, window: Window) -> None:
    row = ProgressRow(window)
    release = threading.Event()
    done: list[str] = []

    def slow(_store: object, _progress: object) -> str:
        release.wait(5)
        return "slow"

    def quick(_store: object, _progress: object) -> str:
        return "quick"

    Operation(window, slow, label="Issuing", progress=row).success(done.append).run()
    Operation(window, quick, label="Accepting", progress=row).success(done.append).run()
    assert row.bar.format().startswith("Accepting") and len(row.running) == 2
    release.set()
    qtbot.waitUntil(lambda: done == ["slow", "quick"], timeout=5000)  # one thread: in the order asked
    assert not row.running and not row.isVisibleTo(window)


def test_nothing_changed_is_not_announced(qtbot: QtBot, window: Window) -> None:
    said = announcements(window)
    results: list[int] = []
    Operation(window, lambda _s, _p: 7, label="Reading", progress=QUIET).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert said == [] and window.calls == ["flush"] and window.editor.isEnabled()


def test_changes_say_what_changed() -> None:
    assert not NOTHING and Changes(texts=True)
    assert Changes(texts=True) | Changes(statuses=True) == Changes(texts=True, statuses=True)
    assert NOTHING | NOTHING == NOTHING


def test_an_operation_outside_a_window_is_refused(qtbot: QtBot) -> None:
    alone = QWidget()
    qtbot.addWidget(alone)
    with pytest.raises(LookupError):
        Operation(alone, lambda _s, _p: None, label="Nothing")
