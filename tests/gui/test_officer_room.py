"""Room to write in a body's window (issue 14): the window fits the screen it opens on, the editor gets
most of the height, the measure's problems are shown
under the editor, and the Problems panel starts closed unless the officer left it open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from tests.gui.test_exchange_window import open_window
from tests.gui.test_submit_flow import department  # noqa: F401 - the fixture: a body's store, texts filled


def test_a_bodys_window_gives_the_editor_the_room(qtbot: QtBot, department: tuple[Path, str]) -> None:  # noqa: F811
    dept, code = department
    QSettings().remove("window/officer_problems")  # the settings outlive a test run: start as a new officer
    window = open_window(qtbot, dept, body=code)
    free = window.screen().availableGeometry()  # the offscreen screen: 800×800
    assert free.contains(window.geometry()), (window.geometry(), free)
    assert window.minimumSizeHint().height() <= free.height()
    dock = window.findChild(QDockWidget, "problemsDock")
    assert dock is not None and not dock.isVisible()
    assert window.editor.height() >= 0.35 * window.centralWidget().height(), window.editor.height()

    window.select_measure(window.model.measure_ids()[0])
    qtbot.waitUntil(window.editor.isEnabled, timeout=10000)
    window.editor.setPlainText("")  # empty: its problem is said under the editor, in words, not in a list
    problems = window.findChild(QLabel, "measureProblems")
    assert problems is not None and problems.isVisible()
    assert problems.text().startswith("✗ Не заповнено виконання.")
    assert problems.geometry().top() > window.editor.geometry().bottom()

    dock.show()  # the officer opens the panel: it stays open next time
    window.close()
    QApplication.processEvents()
    again = open_window(qtbot, dept, body=code)
    reopened = again.findChild(QDockWidget, "problemsDock")
    assert reopened is not None and reopened.isVisible()
    again.close()
    QSettings().remove("window/officer_problems")


def test_the_coordinators_window_keeps_its_problems_panel(qtbot: QtBot, department: tuple[Path, str]) -> None:  # noqa: F811
    dept, _code = department
    coordinator = dept.parent / "coordinator.sqlite3"
    window = open_window(qtbot, coordinator)
    assert window.screen().availableGeometry().contains(window.geometry())
    dock = window.findChild(QDockWidget, "problemsDock")
    assert dock is not None and not dock.isHidden()
    window.close()
