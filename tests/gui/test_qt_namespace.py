"""What the first screen uses instead of Qt's namespace (zhdesk/gui/qt_namespace.py) is what Qt's own calls do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTextEdit
from pytestqt.qtbot import QtBot

from zhdesk.gui import qt_namespace
from zhdesk.gui.qt_namespace import add_dock_widget, set_enum, set_shortcut


def test_the_stand_in_gives_the_namespaces_own_enums() -> None:
    assert qt_namespace.Qt.AlignmentFlag.AlignCenter is Qt.AlignmentFlag.AlignCenter
    assert qt_namespace.Qt.Key.Key_Escape is Qt.Key.Key_Escape
    with pytest.raises(AttributeError):
        qt_namespace.Qt.NoSuchEnum  # noqa: B018


def test_the_roles_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole == qt_namespace.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole == qt_namespace.TOOLTIP_ROLE
    assert Qt.ItemDataRole.FontRole == qt_namespace.FONT_ROLE
    assert Qt.ItemDataRole.UserRole == qt_namespace.USER_ROLE


def test_the_saved_dock_layouts_are_what_this_qt_saves(qtbot: QtBot) -> None:
    for (area, name), state in qt_namespace._DOCK_STATES.items():
        window = QMainWindow()
        qtbot.addWidget(window)
        dock = QDockWidget()
        dock.setObjectName(name)
        window.addDockWidget(getattr(Qt.DockWidgetArea, area), dock)
        assert bytes(window.saveState()) == state


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_a_dock_placed_from_its_layout_is_placed_as_qt_places_it(qtbot: QtBot, size: tuple[int, int]) -> None:
    placed = []
    for place in ("ours", "qt's"):
        window = QMainWindow()
        qtbot.addWidget(window)
        window.setCentralWidget(QTextEdit())
        dock = QDockWidget("Проблеми")
        dock.setObjectName("problemsDock")
        dock.setWidget(QLabel("Проблем немає\n" * 5))
        if place == "ours":
            add_dock_widget(window, "BottomDockWidgetArea", dock)
        else:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        assert dock.isVisible() and not dock.isFloating()
        placed.append((dock.geometry(), window.centralWidget().geometry()))
    assert placed[0] == placed[1]


def test_a_dock_beside_others_is_added_as_qt_adds_it(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    history = QDockWidget("History")
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, history)
    dock = QDockWidget("Проблеми")
    dock.setObjectName("problemsDock")
    add_dock_widget(window, "BottomDockWidgetArea", dock)  # a saved layout of it alone would take History out
    assert window.dockWidgetArea(history) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_enums_and_shortcuts_are_set_by_name(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_enum(label, "textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard")
    set_enum(label, "alignment", "AlignCenter")
    assert label.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    with pytest.raises(ValueError, match="textFormatt"):
        set_enum(label, "textFormatt", "RichText")  # a misspelt name is said, not made a dynamic property
    with pytest.raises(ValueError, match="RichTxt"):
        set_enum(label, "textFormat", "RichTxt")
    action = QAction("Сформувати подання", label)
    set_shortcut(action, "Ctrl+Shift+S")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+S")
