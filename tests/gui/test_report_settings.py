"""Налаштування → Параметри звіту… in the coordinator's window, driven through the window: the community,
the signatory (previewed as it will print) and a body's head are saved in one go and read back through
the services; bad input is refused in Ukrainian with nothing saved; the exported PDF's signature block
shows the signatory; a read-only store's dialog offers no saving."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.test_exchange_window import open_window
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.settings_dialog import ReportSettingsMenu, SettingsDialog
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.programme_import import import_report
from zhdesk.services.report_settings import read_report_settings
from zhdesk.storage.database import open_store

POSITION = "Директор департаменту економічного\nрозвитку міської ради"
NAME = "Вікторія Сичова"
HEAD = "UKB"  # Управління капітального будівництва: 41 measures in the real report


@pytest.fixture
def db(tmp_path: Path, real_report: Path) -> Path:
    path = tmp_path / "coordinator.sqlite3"
    store = open_store(f"sqlite:///{path}")
    try:
        import_report(store, read_report(real_report), Period.parse("2023-9M"))
    finally:
        store.close()
    return path


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    action = window.findChild(QAction, "reportSettingsAction")
    assert isinstance(action, QAction) and action.isEnabled()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert any(action in menu.actions() for menu in menus if menu.title() == "&Налаштування")
    assert action.text() == "Параметри звіту…"
    action.trigger()
    menu = window.findChild(ReportSettingsMenu)
    assert menu is not None
    qtbot.waitUntil(lambda: menu.dialog is not None and menu.dialog.isVisible(), timeout=20000)
    assert menu.dialog is not None
    return menu.dialog


def head_row(dialog: SettingsDialog, code: str) -> int:
    return [body.code for body in dialog.loaded.bodies].index(code)


def stored(db: Path) -> tuple[dict[str, str], tuple[str, str]]:
    store = open_store(f"sqlite:///{db}")
    try:
        read = read_report_settings(store)
    finally:
        store.close()
    head = next(body for body in read.bodies if body.code == HEAD)
    return read.values, (head.head_position, head.head_name)


def test_settings_are_saved_read_back_and_printed(
    qtbot: QtBot, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, db)
    dialog = open_settings(qtbot, window)
    assert dialog.community.text() == "Житомирської міської територіальної громади"  # from the import
    assert dialog.heads.rowCount() == len(dialog.loaded.bodies) > 50

    dialog.position.setPlainText(POSITION)
    dialog.name.setText("В. Сичова")
    assert dialog.printed_name.text() == "В. СИЧОВА"  # the live preview follows the typing
    row = head_row(dialog, HEAD)
    dialog.heads.item(row, 2).setText("Начальник управління")
    dialog.heads.item(row, 3).setText("Петро Мельник")
    dialog.heads.setCurrentCell(row, 3)
    assert dialog.head_name.text() == "Петро МЕЛЬНИК" and dialog.head_position.text() == "Начальник управління"
    dialog.save_button.click()  # initials: refused, in Ukrainian, nothing saved
    assert dialog.message.isVisible()
    said = dialog.message.text()
    assert "Не збережено" in said and "ініціал" in said, said
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    values, head = stored(db)
    assert values["signatory_name"] == "" and head == ("", "")

    dialog.name.setText(NAME)
    assert dialog.printed_name.text() == "Вікторія СИЧОВА"
    assert dialog.printed_position.text() == POSITION
    dialog.save_button.click()
    menu = window.findChild(ReportSettingsMenu)
    qtbot.waitUntil(lambda: menu.dialog is None, timeout=20000)  # saved and closed (deleted on close)
    assert window.statusBar().currentMessage() == "Параметри звіту збережено"
    values, head = stored(db)
    assert values["signatory_position"] == POSITION and values["signatory_name"] == NAME
    assert head == ("Начальник управління", "Петро Мельник")

    again = open_settings(qtbot, window)  # read back in the window too
    assert again.name.text() == NAME and again.position.toPlainText() == POSITION
    assert again.heads.item(head_row(again, HEAD), 3).text() == "Петро Мельник"
    again.reject()

    target = tmp_path / "zvit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    printing = window.printing
    assert printing is not None
    printing.export_action.trigger()  # 2023-9M: every text filled, a signatory: no checklist, straight on
    qtbot.waitUntil(target.exists, timeout=60000)
    assert printing.before_output.dialog is None
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, text=True)
    last_page = text.stdout.split("\f")[-2]
    assert "Вікторія СИЧОВА" in last_page and "розвитку міської ради" in last_page
    line = next(line for line in last_page.splitlines() if "СИЧОВА" in line)
    assert "розвитку міської ради" in line  # the name level with the position's last line
    window._pending.clear()
    window.close()


def test_a_read_only_store_shows_the_settings_without_saving(qtbot: QtBot, db: Path) -> None:
    from zhdesk.gui.app import attach_panels
    from zhdesk.gui.runner import Runner

    before = db.read_bytes()
    window = MainWindow(lambda: open_store(f"sqlite:///{db}", read_only=True), Runner())
    attach_panels(window, coordinator=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(ReportSettingsMenu) is not None, timeout=10000)
    dialog = open_settings(qtbot, window)
    assert dialog.read_only and not hasattr(dialog, "save_button")
    assert [b.text() for b in dialog.buttons.buttons()] == ["Закрити"]
    assert dialog.community.isReadOnly() and dialog.name.isReadOnly() and dialog.position.isReadOnly()
    row = head_row(dialog, HEAD)
    assert not dialog.heads.item(row, 3).flags() & dialog.heads.item(row, 3).flags().ItemIsEditable
    assert "лише для читання" in dialog.message.text()
    assert dialog.name.placeholderText() == ""  # an example in an empty field would read as a stored name
    dialog.save()  # even if asked: it only closes
    menu = window.findChild(ReportSettingsMenu)
    qtbot.waitUntil(lambda: menu.dialog is None, timeout=5000)
    window.close()
    assert db.read_bytes() == before
