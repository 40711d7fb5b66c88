"""The card's text size: Вигляд → Більший текст / Менший текст / Звичайний розмір (Ctrl+Plus or Ctrl+=,
Ctrl+Minus, Ctrl+0). The editor and every text of the card follow it; it is remembered (QSettings) across
restarts, within ``SMALLEST``–``LARGEST`` points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

KEY = "card/text_size"
SMALLEST, LARGEST = 8, 28


class TextSize(QObject):
    """Made by the card; its three actions work from the start and join the View menu once it is made."""

    changed = Signal(int)  # the card's text size now, in points

    def __init__(self, window: QMainWindow, card: QWidget) -> None:
        super().__init__(window)
        self.window_, self.card = window, card
        size = card.font().pointSize()
        self.normal = size if size > 0 else 10
        self.size: int = self.normal
        self.bigger = self._action(
            QCoreApplication.translate("TextSize", "Bigger text"),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            lambda: self.set_size(self.size + 1),
        )
        self.smaller = self._action(
            QCoreApplication.translate("TextSize", "Smaller text"),
            [QKeySequence(QKeySequence.StandardKey.ZoomOut), QKeySequence("Ctrl+-")],
            lambda: self.set_size(self.size - 1),
        )
        self.reset = self._action(
            QCoreApplication.translate("TextSize", "Normal size"),
            [QKeySequence("Ctrl+0")],
            lambda: self.set_size(self.normal),
        )
        self.bigger.setObjectName("biggerText")
        self.smaller.setObjectName("smallerText")
        self.reset.setObjectName("normalTextSize")
        stored = QSettings().value(KEY)
        try:
            remembered = int(str(stored)) if stored is not None else self.normal
        except ValueError:
            remembered = self.normal
        self.set_size(remembered, remember=False)
        QTimer.singleShot(0, self._into_menu)  # the window makes its View menu after the card

    def _action(self, text: str, keys: list[QKeySequence], slot: object) -> QAction:
        action = QAction(text, self.window_)
        unique: list[QKeySequence] = []
        for key in keys:
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
        action.triggered.connect(slot)
        self.window_.addAction(action)  # the shortcuts work before (and without) the menu
        return action

    def _into_menu(self) -> None:
        menu = getattr(self.window_, "view_menu", None)
        if isinstance(menu, QMenu) and self.bigger not in menu.actions():
            menu.addSeparator()
            menu.addActions([self.bigger, self.smaller, self.reset])

    def set_size(self, points: int, *, remember: bool = True) -> None:
        """The card's texts at ``points`` (kept within bounds); remembered unless told not to."""
        points = max(SMALLEST, min(LARGEST, int(points)))
        self.size = points
        font = QFont(self.card.font())
        font.setPointSize(points)
        self.card.setFont(font)
        self.bigger.setEnabled(points < LARGEST)
        self.smaller.setEnabled(points > SMALLEST)
        self.reset.setEnabled(points != self.normal)
        if remember:
            if points == self.normal:
                QSettings().remove(KEY)
            else:
                QSettings().setValue(KEY, points)
        self.changed.emit(points)
