"""Stores and files in the window (issue 13), driven through the window: a first start shows the start page
with the ways in, the real report imported from it; Файл → Створити сховище… / Відкрити сховище… with the
typed text saved first, the title bar naming the community, the year, the period and the store (never a
path), a foreign file refused in Ukrainian and left untouched, the recent stores (a missing one disabled);
a server store opened with a password asked in a dialog and kept nowhere; the demo from the start page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.exchange.util import ok
from tests.gui.test_main_window import type_text
from tests.pgserver import PostgresServer
from zhdesk.gui.app import attach_panels
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.gui.start_page import StartPage
from zhdesk.gui.store_files import LAST_KEY, RECENT_KEY, ServerDialog, StoreFiles
from zhdesk.services.measures import list_measures
from zhdesk.storage.database import open_store

COMMUNITY = "Житомирської міської територіальної громади"
TITLE_9M = f"Програма {COMMUNITY} на 2023 рік — за 9 місяців 2023 року — "


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> Iterator[None]:
    """QSettings (the recent stores, the last store) in the test's own folder."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    before = QSettings(fmt, scope, "x", "y").fileName().rsplit("/x/", 1)[0]
    QSettings.setPath(fmt, scope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings.setPath(fmt, scope, before)


WINDOWS: list[MainWindow] = []


@pytest.fixture(autouse=True)
def close_windows(qtbot: QtBot) -> Iterator[None]:
    yield
    while WINDOWS:
        window = WINDOWS.pop()
        if shiboken6.isValid(window):
            window.close()
            window.runner.wait()


def open_window(qtbot: QtBot, url: str) -> MainWindow:
    quick = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else None
    window = MainWindow(lambda: open_store(url), Runner(), quick_path=quick)
    attach_panels(window, coordinator=True)
    WINDOWS.append(window)  # closed at the end unless a store opened from it replaced (and deleted) it
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(StoreFiles) is not None, timeout=10000)  # the menus follow
    return window


def page_of(window: MainWindow) -> StartPage:
    page = window.findChild(StartPage, "startPage")
    assert isinstance(page, StartPage)
    return page


def page_shown(window: MainWindow) -> bool:
    page = window.findChild(StartPage, "startPage")
    return page is not None and page.isVisible()


def replaced(qtbot: QtBot, old: MainWindow) -> MainWindow:
    """The window that took the place of ``old`` once another store was opened."""
    found: list[MainWindow] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return bool(found) and found[0] is not old

    qtbot.waitUntil(shown, timeout=60000)
    window = found[0]
    WINDOWS.append(window)
    qtbot.waitUntil(lambda: window.findChild(StoreFiles) is not None, timeout=20000)
    return window


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def connect(dialog: ServerDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "Підключитися"
    button.click()


def refusal(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storeRefused") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "storeRefused")
    assert isinstance(box, QMessageBox)
    return box


def test_a_first_start_shows_the_ways_in_and_the_report_is_imported_from_it(
    qtbot: QtBot, store_url: str, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, store_url)
    qtbot.waitUntil(lambda: page_shown(window), timeout=10000)
    page = page_of(window)
    buttons = {b.objectName(): b.text() for b in page.findChildren(QCommandLinkButton) if b.isVisible()}
    assert buttons == {
        "startReport": "Імпортувати звіт за минулий період…",
        "startProgramme": "Імпортувати затверджену програму…",
        "startForm": "Відкрити бланк від координатора…",
        "startDemo": "Спробувати демонстрацію",
    }
    qtbot.waitUntil(lambda: "порожнє" in page.state.text(), timeout=10000)
    shown = [d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert shown == []  # nothing to say of an empty store
    name = "store.sqlite3" if store_url.startswith("sqlite") else f"localhost/{make_url(store_url).database}"
    assert window.windowTitle() == f"zhdesk — {name}"  # the store's short name, not its path

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(real_report), ""))
    page.report_button.click()
    if window.findChild(QAction, "importReportAction") is not None:  # the import dialog of the File menu
        from zhdesk.gui.import_dialogs import ImportDialog

        qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None, timeout=30000)
        dialog = window.findChild(ImportDialog)
        assert isinstance(dialog, ImportDialog)
        dialog.run_button.click()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60000)
        dialog.close()
    qtbot.waitUntil(lambda: window.period is not None and window.period.code == "2023-9M", timeout=60000)
    assert not page_shown(window) and len(window.model.measure_ids()) == 173
    assert window.findChild(QDockWidget, "problemsDock").isVisible()  # the docks are back
    qtbot.waitUntil(lambda: window.windowTitle() == TITLE_9M + name, timeout=10000)


def test_another_store_is_created_and_opened_from_the_file_menu_and_nothing_typed_is_lost(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "coordinator.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    window = open_window(qtbot, f"sqlite:///{db}")
    qtbot.waitUntil(lambda: window.windowTitle() == TITLE_9M + "coordinator.sqlite3", timeout=10000)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names[:3] == ["createStoreAction", "openStoreAction", "serverStoreAction"]
    assert names[-1] == "quitAction" and action(window, "quitAction").shortcut().toString() == "Ctrl+Q"
    assert action(window, "createStoreAction").text() == "Створити сховище…"

    window.editor.setFocus()
    measure = window.current
    type_text(window.editor, "Набрано перед зміною сховища.")  # not yet saved: the switch saves it first
    new_db = tmp_path / "new" / "next.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(new_db), ""))
    action(window, "createStoreAction").trigger()
    second = replaced(qtbot, window)
    qtbot.waitUntil(lambda: page_shown(second), timeout=10000)
    assert second.windowTitle() == "zhdesk — next.sqlite3" and new_db.is_file()
    store = open_store(f"sqlite:///{db}", create=False)
    try:
        with store.reading() as session:
            texts = {r.id: r.execution for r in list_measures(session, window.period)}
    finally:
        store.close()
    assert texts[measure].startswith("Набрано перед зміною сховища.На офіційному сайті")

    foreign = tmp_path / "other.sqlite3"
    import sqlite3

    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = foreign.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(foreign), ""))
    action(second, "openStoreAction").trigger()
    box = refusal(qtbot, second)
    assert box.windowTitle() == "Сховище не відкрито"
    assert box.text().startswith(f"{foreign} — не сховище zhdesk: це файл або база даних іншої програми.")
    assert foreign.read_bytes() == before and second.isVisible()
    box.close()

    recent = QSettings().value(RECENT_KEY)
    assert recent == [f"sqlite:///{new_db}"] and QSettings().value(LAST_KEY) == f"sqlite:///{new_db}"
    QSettings().setValue(RECENT_KEY, [f"sqlite:///{new_db}", f"sqlite:///{db}", f"sqlite:///{tmp_path / 'gone.db'}"])
    files = second.findChild(StoreFiles)
    assert isinstance(files, StoreFiles)
    files.fill_recent()
    items = [a for a in files.recent_menu.actions() if a.data()]
    assert [(a.text(), a.isEnabled()) for a in items] == [
        ("next.sqlite3", True),
        ("coordinator.sqlite3", True),
        ("gone.db (не знайдено)", False),
    ]
    items[1].trigger()  # back to the coordinator's store, on the report
    third = replaced(qtbot, second)
    qtbot.waitUntil(lambda: third.period is not None and not page_shown(third), timeout=30000)
    qtbot.waitUntil(lambda: third.windowTitle() == TITLE_9M + "coordinator.sqlite3", timeout=10000)
    assert QSettings().value(RECENT_KEY)[0] == f"sqlite:///{db}"
    third.close()


def test_a_server_store_is_opened_with_a_password_that_is_kept_nowhere(
    qtbot: QtBot, tmp_path: Path, postgres: PostgresServer, real_report: Path
) -> None:
    url = postgres.new_database()
    ok("--db-url", url, "import-report", real_report, "--period", "2023-9M")
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    qtbot.waitUntil(lambda: page_shown(window), timeout=10000)
    page_of(window).findChild(QPushButton, "startServer").click()
    qtbot.waitUntil(lambda: window.findChild(ServerDialog) is not None, timeout=5000)
    dialog = window.findChild(ServerDialog)
    assert isinstance(dialog, ServerDialog) and dialog.windowTitle() == "Підключення до сервера"
    dialog.address.setText("not an address")
    connect(dialog)
    assert dialog.message.text().startswith("not an address — не адреса сервера.") and dialog.isVisible()

    dialog.address.setText(url)
    dialog.password.setText("s3cret-word")
    connect(dialog)
    second = replaced(qtbot, window)
    qtbot.waitUntil(lambda: second.period is not None, timeout=30000)
    database = make_url(url).database
    qtbot.waitUntil(lambda: second.windowTitle() == TITLE_9M + f"localhost/{database}", timeout=10000)
    settings = QSettings()
    kept = " ".join(str(settings.value(key)) for key in settings.allKeys())
    assert "s3cret" not in kept and "s3cret" not in Path(settings.fileName()).read_text(encoding="utf-8")
    remembered = settings.value(RECENT_KEY)[0]
    assert make_url(remembered) == make_url(url) and not settings.contains(LAST_KEY)  # the password is asked again

    files = second.findChild(StoreFiles)
    assert isinstance(files, StoreFiles)
    files.fill_recent()
    item = next(a for a in files.recent_menu.actions() if a.data() == remembered)
    assert item.text() == f"localhost/{database}…"
    item.trigger()  # a server from the list: the dialog again, with its address, the password asked
    qtbot.waitUntil(lambda: second.findChild(ServerDialog) is not None, timeout=5000)
    again = second.findChild(ServerDialog)
    assert again.address.text() == remembered and again.password.text() == ""
    again.reject()
    second.close()


def test_the_demo_opens_from_the_start_page_and_a_fallback_imports_without_the_dialog(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    qtbot.waitUntil(lambda: page_shown(window), timeout=10000)
    page_of(window).demo_button.click()
    demo = replaced(qtbot, window)
    qtbot.waitUntil(lambda: demo.period is not None and not page_shown(demo), timeout=60000)
    qtbot.waitUntil(lambda: demo.windowTitle() == TITLE_9M + "demo.sqlite3", timeout=10000)
    assert QSettings().value(RECENT_KEY) is None  # the demo is not one of the stores worked in

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "fresh.sqlite3"), ""))
    action(demo, "createStoreAction").trigger()
    fresh = replaced(qtbot, demo)
    qtbot.waitUntil(lambda: page_shown(fresh), timeout=10000)
    for name in ("importReportAction", "importProgrammeAction"):  # a window without the import dialogs
        found = fresh.findChild(QAction, name)
        if found is not None:
            found.setObjectName("")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(real_report), ""))
    page_of(fresh).report_button.click()
    qtbot.waitUntil(lambda: fresh.period is not None and fresh.period.code == "2023-9M", timeout=60000)
    assert len(fresh.model.measure_ids()) == 173 and not page_shown(fresh)
    fresh.close()
