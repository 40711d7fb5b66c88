"""The window's forms: building one (compiled from its .ui), finding its widgets typed (a missing one is a
bug in the form, said at once), and remembering the window's size and splitter between sessions."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QLayout, QMainWindow, QSplitter

W = TypeVar("W", bound=QObject)


def child(parent: QObject, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form has no {kind.__name__} named {name!r}")
    return found


def load_form(name: str) -> QMainWindow:
    """The form ``zhdesk/resources/forms/NAME`` (a .ui) built from its compiled module in zhdesk/gui/forms
    (`make forms`): the widgets alone, without QUiLoader (packaging/compile_forms.py says why)."""
    if name != "main_window.ui":  # imported by name, so that PyInstaller sees it
        raise LookupError(f"{name} is not a compiled form")
    from zhdesk.gui.forms.main_window import Ui_MainWindow

    form = QMainWindow()
    Ui_MainWindow().setupUi(form)  # type: ignore[no-untyped-call]
    for layout in form.findChildren(QLayout):  # sized again with the texts, set after the layouts were made
        layout.invalidate()
    return form


def restore_geometry(window: QMainWindow, splitter: QSplitter) -> None:
    settings = QSettings()
    if settings.value("window/geometry") is not None:
        window.restoreGeometry(settings.value("window/geometry"))
        splitter.restoreState(settings.value("window/splitter"))
    else:
        splitter.setSizes([480, 800])


def fit_to_screen(window: QMainWindow) -> None:
    """The window within the screen it opens on (a large system font made the form's 1280×800 wider and
    taller than the screen): at most the screen's free area, less room for the title bar, and on it."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width = min(window.width(), free.width() - 16)
    height = min(window.height(), free.height() - 48)  # the title bar and the frame, drawn outside
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 200), max(height, 200))
    if not free.intersects(window.frameGeometry()) or window.x() + width > free.right() or window.y() < free.top():
        window.move(free.left() + (free.width() - width) // 2, free.top() + max(0, (free.height() - height) // 2 - 16))


def save_geometry(window: QMainWindow, splitter: QSplitter) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
