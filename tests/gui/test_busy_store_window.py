"""The window on a store another process is writing (issue 11): an operation's failure is said in plain
words, never SQLAlchemy's message with its SQL and the officer's text (nor is that printed on stderr); the
typed text is kept, the status bar says so, and it is saved once the lock is gone. Real SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.storage.lockers import SECRET, leaks, locked, small_store
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.operations import QUIET, Operation
from zhdesk.gui.runner import Runner
from zhdesk.services import settings
from zhdesk.storage import busy
from zhdesk.storage.database import open_store
from zhdesk.storage.models import Execution, ReportingPeriod


@pytest.fixture
def window(qtbot: QtBot, store_url: str, tmp_path: Path, real_report: Path) -> Iterator[MainWindow]:
    small_store(store_url, tmp_path, real_report)
    shown = MainWindow(lambda: open_store(store_url), Runner())
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.ready, timeout=30000):
        shown.show()
    qtbot.waitUntil(lambda: shown.session.store is not None, timeout=10000)
    yield shown
    shown.runner.wait()


def test_an_operation_on_a_busy_store_fails_in_plain_words(
    qtbot: QtBot,
    window: MainWindow,
    store_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(busy.BUSY_ENV, "2")
    words: list[str] = []
    capfd.readouterr()
    with locked(store_url):
        Operation(
            window, lambda store, _progress: settings.put_setting(store, "community", SECRET), label="x", progress=QUIET
        ).failure(words.append).run()
        qtbot.waitUntil(lambda: bool(words), timeout=30000)
    plain = QCoreApplication.translate(
        "Store",
        "The store is busy: another zhdesk or another program is writing to it. "
        "Nothing was changed; try again in a moment.",
    )
    assert words == [plain]
    ukrainian = (
        "Сховище зайняте: у нього саме записує інший zhdesk або інша програма. "
        "Нічого не змінено; спробуйте ще раз за хвилину."
    )
    assert plain in (busy.BUSY_WORDS, ukrainian)  # English until `make translations` compiles the new words
    printed = capfd.readouterr()
    assert leaks(printed.err + printed.out) == [], printed.err


def test_an_operation_refused_by_the_store_shows_no_sql(qtbot: QtBot, window: MainWindow) -> None:
    words: list[str] = []

    def work(store: object, _progress: object) -> None:
        with store.transaction() as session:  # type: ignore[attr-defined]
            session.add(ReportingPeriod(code="2023-9M", year=2023, kind="9M", ends_on=dt.date(2023, 9, 30)))

    Operation(window, work, label="x", progress=QUIET).failure(words.append).run()
    qtbot.waitUntil(lambda: bool(words), timeout=30000)
    assert leaks(words[0]) == [] and "2023-9M" not in words[0], words


def test_typed_text_on_a_busy_store_is_kept_said_plainly_and_saved_after(
    qtbot: QtBot, window: MainWindow, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(busy.BUSY_ENV, "2")
    measure_id = window.current
    assert measure_id is not None
    with locked(store_url, seconds=9):
        with qtbot.waitSignal(window.autosave.failed, timeout=30000):
            window.editor.setPlainText(SECRET)
            window.flush()
        shown = window.statusBar().currentMessage()
        assert leaks(shown) == [] and "sqlite" not in shown.lower() and "psycopg" not in shown.lower(), shown
        assert shown.startswith(("НЕ збережено", "NOT saved")), shown
        assert window.autosave.has_unsaved()
        with qtbot.waitSignal(window.saved, timeout=40000):  # retried every 5 s until the lock is gone
            pass
    store = open_store(store_url)
    try:
        with store.reading() as session:
            texts = session.scalars(select(Execution.text).where(Execution.measure_id == measure_id)).all()
        assert SECRET in texts
    finally:
        store.close()
