"""Help → Keyboard shortcuts: every shortcut the window has, read from its actions and shortcuts when the
list is shown (so it never goes stale), and the keys of the measure's text editor.

The same list fills the shortcuts section of the user guide (``shortcuts_html``)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.qt_namespace import Qt


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as the user reads them: "Ctrl+Shift+S"
    what: str  # what the keys do
    where: str = ""  # the menu the action is in ("Файл"), or where the keys work


def _known(keys: str, owner: str) -> str:
    """What a bare QShortcut (no text of its own) does, by its keys and the widget it belongs to."""
    if owner == "searchEdit" and keys == "Esc":
        return QCoreApplication.translate(
            "Shortcuts", "In the search field: clear the search and go back to the measure you were on"
        )
    if owner == "programmeCard":
        if keys == "Esc":
            return QCoreApplication.translate("Shortcuts", "Programme card: stop editing without saving")
        if keys in ("Ctrl+Return", "Ctrl+Enter"):
            return QCoreApplication.translate("Shortcuts", "Programme card: save the changes")
    known = {
        "Ctrl+F": QCoreApplication.translate("Shortcuts", "Find a measure or a word in the texts"),
        "Ctrl+PgDown": QCoreApplication.translate("Shortcuts", "Next measure"),
        "Ctrl+PgUp": QCoreApplication.translate("Shortcuts", "Previous measure"),
        "Ctrl+Shift+PgDown": QCoreApplication.translate(
            "Shortcuts", "Next measure not filled yet (this one, if it is empty)"
        ),
        "Ctrl++": QCoreApplication.translate("Shortcuts", "Larger text in the card"),
        "Ctrl+=": QCoreApplication.translate("Shortcuts", "Larger text in the card"),
        "Ctrl+-": QCoreApplication.translate("Shortcuts", "Smaller text in the card"),
        "Ctrl+0": QCoreApplication.translate("Shortcuts", "Text in the card at its usual size"),
    }
    return known.get(keys, "")


def _words(text: str) -> str:
    """An action's text as a sentence: without the mnemonic's "&" and the trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _text(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _portable(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.PortableText)


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """Every shortcut of the window's actions (in menu order) and of its QShortcuts: one row for what they do,
    with all its keys ("Ctrl++, Ctrl+=")."""
    found: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()

    def add(sequences: list[QKeySequence], what: str, where: str) -> None:
        new = [keys for keys in sequences if not keys.isEmpty() and (_portable(keys), what) not in seen]
        if not new:
            return
        seen.update((_portable(keys), what) for keys in new)
        found.append(Shortcut(", ".join(_text(keys) for keys in new), what, where))

    for action, where in _actions_in_order(window):
        add(action.shortcuts(), _words(action.text()) or _words(action.toolTip()), where)
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        owner_name = owner.objectName() if isinstance(owner, QObject) else ""
        sequences = shortcut.keys()
        what = shortcut.whatsThis() or (_known(_portable(sequences[0]), owner_name) if sequences else "")
        add(sequences, what or QCoreApplication.translate("Shortcuts", "A shortcut of the window"), "")
    return found


def _actions_in_order(window: QWidget) -> list[tuple[QAction, str]]:
    """The menu bar's actions first, as the menus list them, each with its menu ("Налаштування → Мова"), then
    any other action of the window (with ""). The menus are walked from the bar: ``associatedObjects()``
    is not used (in PySide6 6.x the wrappers it returns can delete the menus' actions when they go)."""
    ordered: list[tuple[QAction, str]] = []
    walked: list[QAction] = []  # every action met, its wrapper kept alive so that ids are not reused

    def walk(menu: QWidget, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or any(action is other for other in walked):
                continue
            walked.append(action)
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {_words(sub.title())}" if path else _words(sub.title()))
            else:
                ordered.append((action, path))

    if isinstance(window, QMainWindow):
        walk(window.menuBar(), "")
    for action in window.findChildren(QAction):
        if not any(action is other for other in walked):
            ordered.append((action, ""))
    return ordered


def editor_keys() -> list[Shortcut]:
    """The keys of the measure's text editor (Qt's own editing keys and the spelling menu)."""
    where = QCoreApplication.translate("Shortcuts", "In the text")
    return [
        Shortcut(
            _text(QKeySequence(QKeySequence.StandardKey.Undo)),
            QCoreApplication.translate("Shortcuts", "Undo the typing"),
            where,
        ),
        Shortcut(
            _text(QKeySequence(QKeySequence.StandardKey.Redo)), QCoreApplication.translate("Shortcuts", "Redo"), where
        ),
        Shortcut(
            _text(QKeySequence(QKeySequence.StandardKey.SelectAll)),
            QCoreApplication.translate("Shortcuts", "Select the whole text"),
            where,
        ),
        Shortcut(
            ", ".join(
                _text(QKeySequence(key))
                for key in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste)
            ),
            QCoreApplication.translate("Shortcuts", "Copy, cut, paste (pasted text loses Word's formatting)"),
            where,
        ),
        Shortcut(
            _text(QKeySequence("Shift+F10")),
            QCoreApplication.translate("Shortcuts", "The context menu: spelling suggestions, “Add to dictionary”"),
            where,
        ),
        Shortcut(
            "Tab, Shift+Tab",
            QCoreApplication.translate("Shortcuts", "Move to the next or previous field of the window"),
            "",
        ),
        Shortcut(
            "Alt", QCoreApplication.translate("Shortcuts", "The menus: Alt and the underlined letter opens a menu"), ""
        ),
    ]


def shortcuts_html(window: QWidget) -> str:
    """The shortcuts as an HTML table, for the guide."""
    names = (
        QCoreApplication.translate("Shortcuts", "Keys"),
        QCoreApplication.translate("Shortcuts", "What they do"),
        QCoreApplication.translate("Shortcuts", "Where"),
    )
    head = "<tr>" + "".join(f"<th align='left'>{html.escape(name)}</th>" for name in names) + "</tr>"
    rows = "".join(
        f"<tr><td><b>{html.escape(s.keys)}</b></td><td>{html.escape(s.what)}</td><td>{html.escape(s.where)}</td></tr>"
        for s in [*window_shortcuts(window), *editor_keys()]
    )
    return f"<table cellspacing='0' cellpadding='4' border='1' width='100%'>{head}{rows}</table>"


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the window's shortcuts, then the editor's keys."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The shortcuts of this window, as its menus have them now:")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do"), self.tr("Where")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.shortcuts = window_shortcuts(window)
        self.editor = editor_keys()
        for shortcut in [*self.shortcuts, *self.editor]:
            item = QTreeWidgetItem([shortcut.keys, shortcut.what, shortcut.where])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setToolTip(1, shortcut.what)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        available = window.screen().availableGeometry() if window.screen() is not None else None
        width = min(760, int(available.width() * 0.9)) if available is not None else 760
        height = min(560, int(available.height() * 0.85)) if available is not None else 560
        self.resize(width, height)

    def listed_keys(self) -> list[str]:
        """Each key sequence listed, in order (a row may list several: "Ctrl++, Ctrl+=")."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [keys for item in items if item is not None for keys in item.text(0).split(", ")]
