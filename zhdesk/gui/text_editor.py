"""The execution-text editor: plain text only; pasting from Word or a web page keeps just the words.
Misspelled Ukrainian words are underlined as they are typed (red wave), with suggestions and "Додати до
словника" in the context menu (the checker: ``validation.spelling``, Qt-free)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QMimeData, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from zhdesk.services.pasted import clean_pasted
from zhdesk.validation.spelling import Misspelling, SpellChecker, default_checker

LOAD_AFTER_SHOWN_MS = 1000  # the dictionary loads behind the window once its first screen is up
TYPING_PAUSE_MS = 250  # while keys come faster than this the dictionary waits: typing goes first


def _utf16(text: str, offset: int) -> int:
    """A Python offset into ``text`` as Qt counts it (UTF-16 units: a character beyond U+FFFF is two)."""
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines each block's misspelled words; a block is looked at when it changes."""

    def __init__(self, document: QTextDocument, checker: SpellChecker) -> None:
        super().__init__(document)
        self.checker = checker
        self.vocabulary: frozenset[str] = frozenset()
        self.enabled = True
        self.marker = QTextCharFormat()
        self.marker.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.marker.setUnderlineColor(QColor("#d0021b"))

    def misspelled(self, text: str) -> list[tuple[int, int, Misspelling]]:
        """(start, length) in Qt's units and the word, for each misspelled word of one block's ``text``."""
        if not self.enabled:
            return []
        found = self.checker.misspelled(text, self.vocabulary)
        if all(ord(char) <= 0xFFFF for char in text):
            return [(word.offset, len(word.word), word) for word in found]
        return [
            (_utf16(text, word.offset), _utf16(text, word.offset + len(word.word)) - _utf16(text, word.offset), word)
            for word in found
        ]

    def highlightBlock(self, text: str) -> None:
        for start, length, _word in self.misspelled(text):
            self.setFormat(start, length, self.marker)


class ExecutionEditor(QPlainTextEdit):
    focus_lost = Signal()
    spelling_changed = Signal()  # the words were looked at again (the dictionary in, the vocabulary, a word added)

    def __init__(self, parent: QWidget | None = None, checker: SpellChecker | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.spelling = SpellingHighlighter(self.document(), checker or default_checker())
        self._loading = QTimer(self)  # one part of the dictionary per turn of the event loop
        self._loading.setInterval(0)
        self._loading.timeout.connect(self._load_step)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.start_dictionary)

    # -- spelling ------------------------------------------------------------------------------------------

    def set_vocabulary(self, words: frozenset[str]) -> None:
        """The programme's own words (``validation.service.programme_vocabulary``): never underlined."""
        if words != self.spelling.vocabulary:
            self.spelling.vocabulary = words
            self.recheck()

    def recheck(self) -> None:
        """Looks at every word again (no edit is signalled: the highlighter's formats are no change)."""
        blocked = self.blockSignals(True)
        try:
            self.spelling.rehighlight()
        finally:
            self.blockSignals(blocked)
        self.spelling_changed.emit()

    def start_dictionary(self) -> None:
        """Loads the dictionary between the window's events (once per process, ~1 s in ~10 ms steps, none
        while keys are being typed); the words are underlined when it is in."""
        if not self.spelling.checker.dictionary.done and not self._loading.isActive() and not self._typing.isActive():
            self._loading.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if not self.spelling.checker.dictionary.done:
            self._loading.stop()  # until a pause in the typing
            self._typing.start()

    def _load_step(self) -> None:
        if self.spelling.checker.dictionary.step():
            self._loading.stop()
            self.recheck()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.spelling.checker.dictionary.done:
            QTimer.singleShot(LOAD_AFTER_SHOWN_MS, self.start_dictionary)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.start_dictionary()

    def misspelled_at(self, position: int) -> tuple[int, int, Misspelling] | None:
        """The misspelled word at the document ``position``: (its start, its end, the word)."""
        block = self.document().findBlock(position)
        at = position - block.position()
        for start, length, word in self.spelling.misspelled(block.text()):
            if start <= at <= start + length:
                return block.position() + start, block.position() + start + length, word
        return None

    def spelling_menu(self, point: QPoint) -> QMenu:
        """The context menu at ``point``: on a misspelled word, its suggestions and "Add to dictionary"
        above the usual editing actions."""
        menu = self.createStandardContextMenu(point)
        found = self.misspelled_at(self.cursorForPosition(point).position())
        if found is None:
            return menu
        start, end, word = found
        actions = menu.actions()

        def put(action: QAction) -> None:
            if actions:
                menu.insertAction(actions[0], action)
            else:
                menu.addAction(action)

        suggestions = self.spelling.checker.suggest(word.word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(partial(self.replace_word, start, end, suggestion))
            put(action)
        if not suggestions:
            nothing = QAction(self.tr("No suggestions"), menu)
            nothing.setEnabled(False)
            put(nothing)
        add = QAction(self.tr("Add to dictionary"), menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(partial(self.add_to_dictionary, word.word))
        put(add)
        if actions:
            menu.insertSeparator(actions[0])
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def replace_word(self, start: int, end: int, replacement: str) -> None:
        """One undoable edit, signalled as typing is."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self.setTextCursor(cursor)

    def add_to_dictionary(self, word: str) -> None:
        self.spelling.checker.add(word)
        self.recheck()

    # -- plain text only -------------------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(clean_pasted(source.text()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def highlight(self, words: str) -> int:
        """Mark every occurrence of ``words`` (case-insensitive); returns how many."""
        selections = []
        if words:
            marker = QTextCharFormat()
            marker.setBackground(QColor("#ffe36e"))
            cursor = QTextCursor(self.document())
            while True:
                cursor = self.document().find(words, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = cursor, marker
                selections.append(selection)
        self.setExtraSelections(selections)
        return len(selections)


def plain_text(editor: QPlainTextEdit) -> str:
    return editor.toPlainText().replace("\u2029", "\n")
