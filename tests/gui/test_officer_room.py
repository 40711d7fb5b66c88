"""Room to write in a body's window (issue 14): the window fits the screen it opens on, the editor gets
most of the height, the measure's problems are shown
under the editor, and the Problems panel starts closed unless the officer left it open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_exchange_window import open_window as open_with_docks
from tests.gui.test_submit_flow import department  # noqa: F401 - the fixture: a body's store, texts filled
from zhdesk.gui.main_window import MainWindow


def open_window(qtbot: QtBot, db: Path, body: str | None = None) -> MainWindow:
    """The window with its docks, once Qt has shown what the start page's hook put in the window a turn
    after the first screen (the central widget moved into the start page's stack, shown on the next turn)."""
    window = open_with_docks(qtbot, db, body=body)
    qtbot.waitUntil(lambda: window.findChild(QStackedWidget, "startStack") is not None, timeout=5000)
    stack = window.findChild(QStackedWidget, "startStack")
    assert stack is not None
    qtbot.waitUntil(lambda: stack.isVisible() and stack.currentWidget().isVisible(), timeout=5000)
    return window


def test_a_bodys_window_gives_the_editor_the_room(qtbot: QtBot, department: tuple[Path, str]) -> None:  # noqa: F811
    dept, code = department
    QSettings().remove("window/officer_problems")  # the settings outlive a test run: start as a new officer
    window = open_window(qtbot, dept, body=code)
    free = window.screen().availableGeometry()  # the offscreen screen: 800×800
    qtbot.waitUntil(lambda: free.contains(window.geometry()), timeout=5000)
    assert window.minimumSizeHint().height() <= free.height()
    dock = window.findChild(QDockWidget, "problemsDock")
    assert dock is not None and not dock.isVisible()
    qtbot.waitUntil(window.editor.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.editor.height() >= 0.35 * window.centralWidget().height(), timeout=5000)

    window.select_measure(window.model.measure_ids()[0])
    qtbot.waitUntil(window.editor.isEnabled, timeout=10000)
    window.editor.setPlainText("")  # empty: its problem is said under the editor, in words, not in a list
    problems = window.findChild(QLabel, "measureProblems")
    assert problems is not None
    qtbot.waitUntil(problems.isVisible, timeout=5000)
    assert problems.text().startswith("✗ Не заповнено виконання.")
    qtbot.waitUntil(lambda: problems.geometry().top() > window.editor.geometry().bottom(), timeout=5000)

    dock.show()  # the officer opens the panel: it stays open next time
    window.close()
    QApplication.processEvents()
    again = open_window(qtbot, dept, body=code)
    reopened = again.findChild(QDockWidget, "problemsDock")
    assert reopened is not None
    qtbot.waitUntil(reopened.isVisible, timeout=5000)
    again.close()
    QSettings().remove("window/officer_problems")


def test_the_coordinators_window_keeps_its_problems_panel(qtbot: QtBot, department: tuple[Path, str]) -> None:  # noqa: F811
    dept, _code = department
    coordinator = dept.parent / "coordinator.sqlite3"
    window = open_window(qtbot, coordinator)
    dock = window.findChild(QDockWidget, "problemsDock")
    board = window.findChild(QDockWidget, "dashboardDock")
    assert board is not None
    qtbot.waitUntil(board.isVisible, timeout=5000)  # the docks are in the window a turn after the first screen
    free = window.screen().availableGeometry()  # the offscreen screen: 800×800, narrower than the laptops
    # the dashboard's dock needs about 906 px of width (its filter row): within the 1024 px of the smallest
    # screen we aim at, not the offscreen 800 (the check used to run before the docks were in the window)
    qtbot.waitUntil(lambda: window.geometry().bottom() <= free.bottom(), timeout=5000)
    assert window.minimumSizeHint().width() <= 1024, window.minimumSizeHint()
    assert dock is not None
    qtbot.waitUntil(lambda: not dock.isHidden(), timeout=5000)
    window.close()
