"""The card in edit mode: a measure's number, text, executors (column 4) and programme or funding as fields,
a task's number and name, a sector's or priority's name (and a new item's first task and measure), with
Save and Cancel. While it is open the navigator and the period list wait, so that the fields stay the
item's; the execution text below is untouched (the autosave keeps it as always). A refusal is shown
above the buttons and the fields keep what was typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.qt_namespace import Qt
from zhdesk.gui.widgets import child

LINE, TEXT, CHOICE = "line", "text", "choice"


@dataclass(frozen=True)
class Field:
    """One field of the card: ``key`` for the values, what it is called, its kind and what it holds;
    ``choices`` (words, value) for a list."""

    key: str
    label: str
    kind: str = LINE
    value: str = ""
    choices: tuple[tuple[str, str | None], ...] = ()
    chosen: str | None = None


class ProgrammeCard(QFrame):
    """``saved(values)`` is not a signal: the caller gives ``on_save``, and calls ``refuse`` or ``close``."""

    closed = Signal()

    def __init__(self, window: QMainWindow, hide: list[QWidget], wait: list[QWidget]) -> None:
        """``hide``: the card's labels the fields stand for; ``wait``: what is disabled while editing."""
        super().__init__(window)
        self.setObjectName("programmeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hidden_widgets, self.waiting = hide, wait
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroller, 1)
        self.refusal = QLabel()
        self.refusal.setObjectName("programmeRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("QLabel { color: #a00000; }")
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal.hide()
        layout.addWidget(self.refusal)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close_editing)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Escape"), self, self.close_editing, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.on_save: Callable[[dict[str, str | None]], None] | None = None
        self.editing: tuple[str, str] | None = None  # (kind, id) of the item edited, or of where one is added
        self.was_enabled: list[tuple[QWidget, bool]] = []
        self.was_shown: list[QWidget] = []
        self.lowered: list[tuple[QDockWidget, int]] = []  # the docks made lower for the fields, their heights
        card = child(window, QWidget, "card")
        self.execution = card.findChild(QPlainTextEdit, "editor")  # kept low while the fields are open
        self.execution_height = self.execution.maximumHeight() if self.execution is not None else 0
        self.execution_minimum = self.execution.minimumHeight() if self.execution is not None else 0
        card_layout = card.layout()
        if isinstance(card_layout, QVBoxLayout):
            card_layout.insertWidget(0, self, 2)
        self.hide()

    def edit(
        self,
        title: str,
        fields: list[Field],
        on_save: Callable[[dict[str, str | None]], None],
        editing: tuple[str, str],
        also_wait: tuple[QWidget, ...] = (),
    ) -> None:
        """Show the fields (replacing any shown), the first one focused; ``also_wait``: more widgets
        disabled meanwhile (the execution editor, while a new item is typed)."""
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.inputs = {}
        for field in fields:
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if field.kind == TEXT:
                widget = QPlainTextEdit(field.value)
                widget.setTabChangesFocus(True)
                line = widget.fontMetrics().lineSpacing()
                widget.setMinimumHeight(line * 2 + 12)
                widget.setMaximumHeight(line * 4 + 12)
            elif field.kind == CHOICE:
                widget = QComboBox()
                for words, value in field.choices:
                    widget.addItem(words, value)
                widget.setCurrentIndex(max(0, widget.findData(field.chosen)))
            else:
                widget = QLineEdit(field.value)
                widget.returnPressed.connect(self.save)
            widget.setObjectName(f"programme_{field.key}")
            widget.setAccessibleName(field.label.rstrip(":"))
            form.addRow(field.label, widget)
            self.inputs[field.key] = widget
        self.scroller.setWidget(form_widget)
        self.title.setText(title)
        self.refusal.hide()
        self.on_save, self.editing = on_save, editing
        self.save_button.setEnabled(True)
        if not self.isVisible():
            self.was_shown = [hidden for hidden in self.hidden_widgets if not hidden.isHidden()]
            self.was_enabled = [(waiting, waiting.isEnabled()) for waiting in (*self.waiting, *also_wait)]
            if self.execution is not None:  # three lines of the execution text: the fields get the rest
                self.execution_height = self.execution.maximumHeight()
                self.execution_minimum = self.execution.minimumHeight()
                low = self.execution.fontMetrics().lineSpacing() * 3 + 12
                self.execution.setMinimumHeight(min(low, self.execution_minimum))
                self.execution.setMaximumHeight(low)
        for hidden in self.hidden_widgets:
            hidden.hide()
        for waiting, _enabled in self.was_enabled:
            waiting.setEnabled(False)
        self.show()
        QTimer.singleShot(0, self._make_room)
        if fields:
            first = self.inputs[fields[0].key]
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _make_room(self) -> None:
        """All the fields in sight when the window can give them the room: the docks below (the report, the
        dashboard) made lower meanwhile, as far as they can go, and as high again once the card closes."""
        window, form = self.window(), self.scroller.widget()
        lacking = form.sizeHint().height() - self.scroller.viewport().height() if form is not None else 0
        if not isinstance(window, QMainWindow) or not self.isVisible() or lacking <= 0 or self.lowered:
            return
        below = [
            dock
            for dock in window.findChildren(QDockWidget)
            if not dock.isFloating()
            and window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
            and not dock.visibleRegion().isEmpty()
        ]
        if below:
            self.lowered = [(dock, dock.height()) for dock in below]
            heights = [max(dock.minimumSizeHint().height(), dock.height() - lacking) for dock in below]
            window.resizeDocks(below, heights, Qt.Orientation.Vertical)

    def _give_back_room(self) -> None:
        window = self.window()
        lowered, self.lowered = self.lowered, []
        docks = [(dock, height) for dock, height in lowered if shiboken6.isValid(dock) and dock.isVisible()]
        if isinstance(window, QMainWindow) and docks:
            window.resizeDocks([d for d, _ in docks], [h for _, h in docks], Qt.Orientation.Vertical)

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        return out

    def save(self) -> None:
        if self.isVisible() and self.on_save is not None and self.save_button.isEnabled():
            self.save_button.setEnabled(False)  # once: the edit is on its way
            self.on_save(self.values())

    def refuse(self, words: str) -> None:
        """The edit was refused: the words shown, the fields as typed, Save again possible."""
        self.refusal.setText(words)
        self.refusal.show()
        self.save_button.setEnabled(True)

    def close_editing(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        self.on_save, self.editing = None, None
        for hidden in self.was_shown:  # as they were (an empty problem list stays hidden)
            hidden.show()
        self.was_shown = []
        if self.execution is not None:
            self.execution.setMaximumHeight(self.execution_height)
            self.execution.setMinimumHeight(self.execution_minimum)
        self._give_back_room()
        for waiting, enabled in self.was_enabled:
            waiting.setEnabled(enabled)
        self.was_enabled = []
        self.closed.emit()
