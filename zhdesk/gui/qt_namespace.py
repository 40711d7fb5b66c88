"""Qt's namespace (``Qt.AlignmentFlag``, ``Qt.Key``, ``Qt.ItemDataRole``…) made when it is first used, and
the few ways the first screen does without it.

PySide6 makes the namespace's 93 enums as Python enums all at once, the first time anything touches it: an
import of ``Qt``, a call with an overload that takes one of its enums (``QSplitter(parent)``,
``QAction.setShortcut``), or a return of one to Python. That is 30-40 ms, a fifth of a bare window's whole
start (issue 12). So the window imports ``Qt`` from here, a stand-in that asks PySide for the namespace at
its first attribute, and what runs before the first screen sets enum properties by their names through Qt's
property system (``set_enum``, ``set_shortcut``), places the Problems dock from a saved layout (``add_dock_widget``) and
compares item roles as the ints Qt passes to ``data()``. tests/test_start_imports.py says where the
namespace was first made if a change makes it before the first screen again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject

if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt  # noqa: TID251 - the type checker reads the real one
    from PySide6.QtWidgets import QDockWidget, QMainWindow
else:

    class _Namespace:
        """``Qt``, asked of PySide at its first attribute; each attribute kept once asked."""

        def __getattr__(self, name: str) -> Any:
            from PySide6 import QtCore

            value = getattr(QtCore.Qt, name)  # noqa: TID251 - the one place that asks for it
            setattr(self, name, value)
            return value

    Qt = _Namespace()

# Item roles as Qt passes them to a model's data(): Qt.ItemDataRole's values (tests/gui/test_qt_namespace.py).
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
USER_ROLE = 256

# QMainWindow.saveState() of an empty window with a dock named "problemsDock" added to the bottom area: no
# sizes in it (the dock takes its size hint, as addDockWidget gives it), only the dock's name and area.
# tests/gui/test_qt_namespace.py makes it again with addDockWidget and compares.
_DOCK_STATES = {
    ("BottomDockWidgetArea", "problemsDock"): bytes.fromhex(
        "000000ff00000000fd00000001000000030000000000000000fc0100000001fb0000001800700072006f0062006c0065"
        "006d00730044006f0063006b0100000000ffffffff0000003100ffffff000000000000000000000004000000040000"
        "000800000008fc00000000"
    ),
}


def set_enum(target: QObject, name: str, keys: str) -> None:
    """Sets the enum or flags property ``name`` by its keys' names ("TextSelectableByMouse|…")."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no enum property {name!r} with the keys {keys!r}")


def set_shortcut(action: QObject, keys: str) -> None:
    """``action.setShortcut(keys)``: that call matches its overloads that take a Qt.Key first."""
    from PySide6.QtGui import QKeySequence

    if not action.setProperty("shortcut", QKeySequence(keys)):
        raise ValueError(f"{type(action).__name__} has no shortcut")


def add_dock_widget(window: QMainWindow, area: str, dock: QDockWidget) -> None:
    """``window.addDockWidget(Qt.DockWidgetArea.<area>, dock)``; from a saved layout when there is one for
    this dock, as the window's first layout (the window's other docks are added after it)."""
    from PySide6.QtWidgets import QDockWidget

    state = _DOCK_STATES.get((area, dock.objectName()))
    others = [found for found in window.findChildren(QDockWidget) if found is not dock]
    if state is not None and not others:  # a layout of this dock alone would take the others out
        dock.setParent(window)  # restoreState places the window's own docks, found by their names
        if window.restoreState(QByteArray(state)):
            return
    window.addDockWidget(getattr(Qt.DockWidgetArea, area), dock)
