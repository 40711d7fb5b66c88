"""Повернути із зауваженнями: the measures chosen in the review (or all of one body's, from the dashboard), a
comment for the whole submission and one per measure, and the bodies whose submissions go back (those the
measures belong to and that sent something; from the dashboard only the body chosen there).

Room to write in, never more than the screen; ``chosen(returns)`` gives each body checked its comment and
its own measures' comments (body code → (comment, {measure id: comment})). Nothing is written here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.period_words import period_words
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.periods import Period
    from zhdesk.services.review_table import ReviewRow

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_EDITORS = 100  # a comment box per measure for this many chosen measures (the rest get the whole comment)


class ReturnDialog(QDialog):
    chosen = Signal(dict)

    def __init__(
        self,
        parent: QWidget,
        period: Period,
        rows: list[ReviewRow],
        returnable: dict[str, str],
        names: dict[str, str],
        *,
        only: str | None = None,
        current: str | None = None,
    ) -> None:
        """``only``: the one body offered (the dashboard's); ``current``: the measure whose comment box has the
        focus (the one in the card)."""
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return with comments"))
        self.rows = rows
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The submissions for {0} of the bodies checked go back with your comments; each gets an updated "
                "form package to send it. {1} measures chosen."
            ).format(period_words(period), len(rows))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        wanted = [only] if only else list(dict.fromkeys(code for row in rows for code in row.bodies))
        self.bodies = QListWidget()
        self.bodies.setObjectName("returnBodies")
        self.bodies.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bodies.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole name in the tooltip
        for code in wanted:
            if code not in returnable:
                continue
            item = QListWidgetItem(f"{code} — {names.get(code, code)}")
            item.setToolTip(names.get(code, code))
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            sent = code == only or any(code in row.from_bodies for row in rows)
            item.setCheckState(Qt.CheckState.Checked if sent else Qt.CheckState.Unchecked)
            self.bodies.addItem(item)
        missing = [code for code in wanted if code not in returnable]
        bodies_label = QLabel(self.tr("Return to:"))
        bodies_label.setBuddy(self.bodies)
        layout.addWidget(bodies_label)
        shown_rows = max(1, min(self.bodies.count(), 6))  # one body (the dashboard's): one line, not six
        row_height = max(self.bodies.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.bodies.setMaximumHeight(row_height * shown_rows + 2 * self.bodies.frameWidth() + 4)
        layout.addWidget(self.bodies)
        if missing:
            note = QLabel(self.tr("Nothing received yet from {0}: not returned.").format(", ".join(missing)))
            note.setWordWrap(True)
            layout.addWidget(note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        whole = QWidget()
        whole_layout = QVBoxLayout(whole)
        whole_layout.setContentsMargins(0, 0, 0, 0)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("returnComment")
        self.comment.setPlaceholderText(self.tr("What should the bodies fix?"))
        whole_label = QLabel(self.tr("Comment on the whole submission:"))
        whole_label.setBuddy(self.comment)
        whole_layout.addWidget(whole_label)
        whole_layout.addWidget(self.comment)
        split.addWidget(whole)
        split.addWidget(self._measures())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)  # the measures' comments get the most room
        layout.addWidget(split, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Return…"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._size(parent)
        self.first_focus: QWidget = self.measure_comments.get(current or "", self.comment)
        self.first_focus.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.first_focus is not self.comment:  # the card's measure: its comment box in view, to type in
            QTimer.singleShot(0, self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
        label = self.measure_labels.get(self.first_focus)
        if label is not None:  # the measure's words at the top, its box below them
            self.measures_area.verticalScrollBar().setValue(label.y() - self.fontMetrics().height() // 2)
        self.measures_area.ensureWidgetVisible(self.first_focus)
        self.first_focus.setFocus()

    def _measures(self) -> QWidget:
        area = self.measures_area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.measure_comments: dict[str, QPlainTextEdit] = {}
        self.measure_labels: dict[QWidget, QLabel] = {}
        lines = self.fontMetrics().height()
        column.addWidget(QLabel(self.tr("Comments on the measures (leave empty where there is none):")))
        if len(self.rows) > MAX_EDITORS:
            many = QLabel(
                self.tr("{0} measures chosen: a comment can be written on the first {1} here.").format(
                    len(self.rows), MAX_EDITORS
                )
            )
            many.setWordWrap(True)
            column.addWidget(many)
        for row in self.rows[:MAX_EDITORS]:
            label = QLabel(f"<b>{row.no}</b> {_escape(_short(row.measure))} <i>({_escape(', '.join(row.bodies))})</i>")
            label.setWordWrap(True)
            label.setToolTip(row.measure)
            editor = QPlainTextEdit()
            editor.setObjectName(f"measureComment:{row.measure_id}")
            editor.setMinimumHeight(lines * 3)
            editor.setMaximumHeight(lines * 7)  # room for a comment; the next measure still in sight
            editor.setTabChangesFocus(True)
            label.setBuddy(editor)
            column.addWidget(label)
            column.addWidget(editor)
            self.measure_comments[row.measure_id] = editor
            self.measure_labels[editor] = label
        column.addStretch(1)
        area.setWidget(inner)
        return area

    def _size(self, parent: QWidget) -> None:
        """Room for 80 wide letters and 44 lines, never more than the screen the window is on."""
        screen, metrics = parent.screen().availableGeometry(), self.fontMetrics()
        width = min(metrics.horizontalAdvance("M") * 80, int(screen.width() * 0.9))
        height = min(metrics.height() * 44, int(screen.height() * 0.85))
        self.resize(width, height)

    def returns(self) -> dict[str, tuple[str, dict[str, str]]]:
        """Each body checked: the comment on the whole and its own measures' comments."""
        chosen = [
            str(self.bodies.item(i).data(CODE_ROLE))
            for i in range(self.bodies.count())
            if self.bodies.item(i).checkState() == Qt.CheckState.Checked
        ]
        comment = self.comment.toPlainText().strip()
        result = {}
        for code in chosen:
            own = {
                row.measure_id: text
                for row in self.rows
                if code in row.bodies
                and row.measure_id in self.measure_comments
                and (text := self.measure_comments[row.measure_id].toPlainText().strip())
            }
            result[code] = (comment, own)
        return result

    def _ok(self) -> None:
        returns = self.returns()
        if not returns:
            self._refuse(self.tr("Check at least one body to return the submission to."))
            return
        silent = [code for code, (comment, own) in returns.items() if not comment and not own]
        if silent:
            self._refuse(
                self.tr("Say what to fix: write a comment on the whole submission, or on a measure of {0}.").format(
                    ", ".join(silent)
                )
            )
            return
        self.chosen.emit(returns)
        self.accept()

    def _refuse(self, words: str) -> None:
        self.error.setText(words)
        self.error.show()


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
