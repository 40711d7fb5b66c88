"""Every string a window shows outside its data: widgets, actions (the menus' too), tooltips, dialog titles.
Used by test_languages to find words in the wrong language."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
# Latin words a Ukrainian window may show: names of formats, of the program, key names
LATIN_ALLOWED = re.compile(
    r"^(PDF|XLSX|DOCX|TXT|TSV|CSV|HTML|ZIP|SQLite|PostgreSQL|zhdesk|zhform|zhsub|Ctrl|Shift|Alt|Del|Esc|Enter|"
    r"PgUp|PgDown|PgDn|Home|End|Tab|Backspace|Ins|Space|Return|Plus|Minus|F\d+|Up|Down|Left|Right|Word|Excel|URL|ID|OK|UTC|Qt|"
    r"Hunspell|English|Windows|Linux|A4|sqlite|postgresql|www|http|https|json)$",
    re.IGNORECASE,
)
# names of the software zhdesk is made with (the About box), not words of a language
PROPER_NAMES = ("Qt for Python", "Liberation Serif", "SIL Open Font License")
LATIN_WORD = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z]+(?![\w])")


def _strings_of_widget(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__}#{widget.objectName()}"
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield name + ".windowTitle", widget.windowTitle()
    yield name + ".toolTip", widget.toolTip()
    yield name + ".statusTip", widget.statusTip()
    yield name + ".whatsThis", widget.whatsThis()
    yield name + ".accessibleName", widget.accessibleName()
    yield name + ".accessibleDescription", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield name + ".text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield name + ".text", widget.text()
    if isinstance(widget, QGroupBox):
        yield name + ".title", widget.title()
    if isinstance(widget, QLineEdit):
        yield name + ".placeholderText", widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield name + ".placeholderText", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name}.item[{i}]", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{name}.tab[{i}]", widget.tabText(i)
            yield f"{name}.tabToolTip[{i}]", widget.tabToolTip(i)
    if isinstance(widget, QMenu):
        yield name + ".title", widget.title()
    if isinstance(widget, QTreeWidget):
        items = [widget.topLevelItem(i) for i in range(min(widget.topLevelItemCount(), 50))]
        for item in items:
            yield from _strings_of_item(name, item)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: one column, private in Qt
            columns = 1
        for section in range(columns):
            value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield f"{name}.header[{section}]", value


def _strings_of_item(name: str, item: QTreeWidgetItem | None) -> Iterator[tuple[str, str]]:
    if item is None:
        return
    for column in range(item.columnCount()):
        yield f"{name}.item", item.text(column)
        yield f"{name}.itemToolTip", item.toolTip(column)
    for i in range(min(item.childCount(), 20)):
        yield from _strings_of_item(name, item.child(i))


def _strings_of_action(action: QAction) -> Iterator[tuple[str, str]]:
    name = f"QAction#{action.objectName() or action.text()}"
    yield name + ".text", action.text()
    if action.toolTip() != action.text().replace("&", ""):  # Qt's default tooltip is the text
        yield name + ".toolTip", action.toolTip()
    yield name + ".statusTip", action.statusTip()
    yield name + ".whatsThis", action.whatsThis()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield name + ".menu", menu.title()
        for inner in menu.actions():
            yield from _strings_of_action(inner)


def window_strings(window: QWidget) -> list[tuple[str, str]]:
    """(where, string) for the window and every widget and action under it."""
    found: list[tuple[str, str]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        found += _strings_of_widget(widget)
    actions = set(window.findChildren(QAction))
    if isinstance(window, QMainWindow):
        actions.update(window.menuBar().actions())
    for action in actions:
        found += _strings_of_action(action)
    return [(where, text) for where, text in found if text and text.strip()]


def _without_markup(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = html.unescape(text)  # entities: a body's name as the store has it
    text = re.sub(r"(?<![\w/])(/[\w.+-]+)+/?", " ", text)  # a folder's path (the file dialog's "Look in")
    text = re.sub(r"https?://\S+|\S+@\S+|\S+\.(sqlite3|zhform|zhsub|pdf|xlsx|docx|txt)\b", " ", text)
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return text.replace("&", "")


def without_data(text: str, data: set[str]) -> str:
    """The text with the store's data taken out: each datum whole, then each piece that is part of a datum (a
    long measure text cut short in a list, a name in brackets)."""
    rest = " ".join(_without_markup(text).split())
    for datum in sorted(data, key=len, reverse=True):
        if len(datum) > 1:
            rest = rest.replace(datum, " ")
    pieces = re.split(r"[()\[\]·:—«»]|\s[-–]\s|^\s*[\d.]+\s", rest)
    for piece in pieces:
        piece = piece.strip(" .,;…")
        if len(piece) >= 8 and CYRILLIC.search(piece) and any(piece in datum for datum in data):
            rest = rest.replace(piece, " ")
    return rest


def cyrillic_in(strings: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """Strings with Cyrillic letters that are not the store's data (a measure's text, a body's name…)."""
    flat = {" ".join(d.split()) for d in data}
    return [(where, text) for where, text in strings if CYRILLIC.search(without_data(text, flat))]


def latin_in(strings: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """Strings with Latin words that are not formats, key names, abbreviations, the program's name or data."""
    flat = {" ".join(d.split()) for d in data}
    wrong = []
    for where, text in strings:
        rest = without_data(text, flat)
        # abbreviations (all capitals: a body's code, STEM, EU) are not words in another language
        words = [w for w in LATIN_WORD.findall(rest) if not LATIN_ALLOWED.match(w) and not w.isupper()]
        if words:
            wrong.append((where, f"{' '.join(words)} in: {text}"))
    return wrong
