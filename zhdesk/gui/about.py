"""The Help menu: the user guide (F1), the keyboard shortcuts, and About: the version, where the store is and
its schema, the data folder."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from zhdesk import __version__, paths
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow


class About(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = menu.addAction(self.tr("User &guide"))
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.guide_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.keys_action = menu.addAction(self.tr("&Keyboard shortcuts…"))
        self.keys_action.triggered.connect(self.show_shortcuts)
        menu.addSeparator()
        menu.addAction(self.tr("About zhdesk…")).triggered.connect(self.show)

    def show_guide(self) -> None:
        from zhdesk.gui.guide import open_guide

        open_guide(self.window_)

    def show_shortcuts(self) -> None:
        from zhdesk.gui.guide_keys import ShortcutsDialog

        dialog = ShortcutsDialog(self.window_)
        dialog.open()

    def text(self) -> str:
        from zhdesk.storage.schema import SCHEMA_HEAD

        store = self.window_.store
        location = store.location if store is not None else str(self.window_.quick_path or "")
        revision = store.schema_revision if store is not None else SCHEMA_HEAD
        return self.tr(
            "<h3>zhdesk {0}</h3><p>Quarterly execution report of the community development programme.</p>"
            "<p><b>Store:</b> {1}<br><b>Schema version:</b> {2}<br><b>Data folder:</b> {3}</p>"
            "<p>Qt for Python {4}. Fonts: Liberation Serif (SIL Open Font License).</p>"
        ).format(
            __version__,
            html.escape(location),
            html.escape(revision),
            html.escape(str(paths.data_dir())),
            pyside_version,
        )

    def show(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About zhdesk"), self.text(), parent=self.window_)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
