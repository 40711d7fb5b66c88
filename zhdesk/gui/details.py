"""A refusal's technical line (the file, the reason in English, as the log and the command line say it) kept
behind a «Подробиці» disclosure: the officer reads the words first, the line is there for whoever helps.

A describer (``runner.DESCRIBERS``) returns ``with_details(words, technical)``: one string, as the runner's
signal carries it; ``warning`` shows the words with the technical line behind Qt's own details button
(«Показати деталі…»), not shown by default. Shown elsewhere as plain text, the line simply follows the words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zhdesk.gui.qt_namespace import Qt

SEPARATOR = "\n\n\u2063"  # a blank line and an invisible separator: where the words end and the details begin


def with_details(words: str, details: str) -> str:
    return f"{words}{SEPARATOR}{details}" if details else words


def split_details(message: str) -> tuple[str, str]:
    """(the words, the technical line), the second "" when the message has none."""
    words, _, details = message.partition(SEPARATOR)
    return words, details


def words_only(message: str) -> str:
    return split_details(message)[0]


def warning(parent: QWidget | None, message: str, title: str = "") -> QMessageBox | None:
    """The warning box of ``message``: without details ``QMessageBox.warning`` as before; with them a box
    shown without blocking (``open``, modal to its window) with the technical line behind the button."""
    words, details = split_details(message)
    title = title or QCoreApplication.translate("Details", "zhdesk")
    if not details:
        QMessageBox.warning(parent, title, words)
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title, words, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("refusalBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.open()
    return box
