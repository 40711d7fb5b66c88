"""The execution-text editor: plain text only; pasting from Word or a web page keeps just the words."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QFocusEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from zhdesk.services.pasted import clean_pasted


class ExecutionEditor(QPlainTextEdit):
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

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
