"""The measure's card: its task, text, executors and funding, the previous period's text with one-click
copy, the editor, the character count, the measure's problems and the notes above the editor; above them
the banner of a returned submission (the coordinator's words on the whole of it), and the card's text size
(``text_size``)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.period_words import period_words
from zhdesk.gui.problems_panel import mark_under
from zhdesk.gui.qt_namespace import set_enum
from zhdesk.gui.text_editor import ExecutionEditor
from zhdesk.gui.text_size import TextSize
from zhdesk.gui.widgets import child

EDITOR_LINES = 5  # the editor's least height, in lines of the card's text

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow, PreviousText
    from zhdesk.validation.rules import Problem


class Card(QObject):
    note_link = Signal(str)  # a link clicked in the note above the editor

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.task_label, self.measure_label = child(window, QLabel, "taskLabel"), child(window, QLabel, "measureLabel")
        self.executors_label, self.funding_label = (
            child(window, QLabel, "executorsLabel"),
            child(window, QLabel, "fundingLabel"),
        )
        self.previous_text: QPlainTextEdit = child(window, QPlainTextEdit, "previousText")
        self.previous_title: QLabel = child(window, QLabel, "previousTitle")
        self.previous_title_text = self.previous_title.text()  # "Previous period:", translated by the loader
        self.copy_button: QPushButton = child(window, QPushButton, "copyButton")
        self.editor: ExecutionEditor = child(window, ExecutionEditor, "editor")
        self.count_label: QLabel = child(window, QLabel, "countLabel")
        # the measure's problems right under the editor, one a line; hidden when it has none
        self.measure_problems: QLabel = child(window, QLabel, "measureProblems")
        self.measure_problems.setStyleSheet("QLabel { color: #8b0000; }")
        self.measure_problems.hide()
        self.note_label: QLabel = child(window, QLabel, "noteLabel")
        self.note_label.linkActivated.connect(self.note_link.emit)
        self.note_label.hide()
        self.copy_button.clicked.connect(self.copy_previous)
        self.editor.setEnabled(False)
        card: QWidget = child(window, QWidget, "card")
        # a returned submission's banner, set by the department panel: above the card, not in the status bar,
        # where it took the width of the messages ("Збережено о …")
        self.banner = QLabel()
        self.banner.setObjectName("returnedBanner")
        self.banner.setWordWrap(True)
        set_enum(self.banner, "textFormat", "RichText")
        self.banner.setStyleSheet("QLabel { background: #fff4cc; border: 1px solid #e0c060; padding: 4px 6px; }")
        self.banner.hide()
        self.text_size = TextSize(window, card)
        self.text_size.changed.connect(lambda _points: self._keep_two_lines())
        self._keep_two_lines()
        self.scroll = _scrolled(card, self.editor, self.banner)

    def _keep_two_lines(self) -> None:
        """A low window (or a large text): the previous text keeps two lines and the editor five at the
        card's text size; what does not fit scrolls with the card."""
        lines = self.previous_text.fontMetrics().lineSpacing()
        self.previous_text.setMinimumHeight(lines * 2 + 12)
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * EDITOR_LINES + 12)

    def show(self, row: MeasureRow, previous: PreviousText | None, problems: list[Problem], words: str) -> None:
        """The measure in the card, its text in the editor (no edit is signalled for it)."""
        self.task_label.setText(self.tr("<b>Task {0}.</b> {1}").format(row.task_no, html.escape(row.task)))
        self.measure_label.setText(f"<h3>{html.escape(row.no)}. {html.escape(row.text)}</h3>")
        self.executors_label.setText(self.tr("<b>Executors:</b> {0}").format(html.escape(row.executors)))
        self.funding_label.setText(
            self.tr("<b>Programme or funding:</b> {0}").format(html.escape(row.programme_or_funding))
        )
        # from the period before, or further back, or last year's
        in_words = f" {period_words(previous.period)}" if previous is not None else ""
        self.previous_title.setText(self.previous_title_text + in_words)
        self.previous_text.setPlainText(previous.text if previous else "")
        self.copy_button.setEnabled(previous is not None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(row.execution)
        self.editor.blockSignals(False)
        self.editor.highlight(words)
        self.show_state(row.execution, problems)
        if self.scroll is not None:
            self.scroll.measure_shown()

    def show_nothing(self) -> None:
        """No measure in the card (a search found nothing): nothing of the last one is left to type into."""
        for label in (self.task_label, self.measure_label, self.executors_label, self.funding_label):
            label.clear()
        self.previous_title.setText(self.previous_title_text)
        self.previous_text.clear()
        self.copy_button.setEnabled(False)
        self.editor.blockSignals(True)  # no edit is signalled: the text shown before is saved, not emptied
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.setEnabled(False)
        self.show_state("", [])
        self.show_note("")

    def show_state(self, text: str, problems: list[Problem]) -> None:
        self.count_label.setText(self.tr("{0} characters").format(len(text)))
        self.measure_problems.setText("\n".join(mark_under(problem) for problem in problems))
        if not self.task_label.isHidden():  # hidden: the programme's fields are open in their place
            self.measure_problems.setVisible(bool(problems))

    def show_note(self, note: str) -> None:
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def copy_previous(self) -> None:
        self.editor.setPlainText(self.previous_text.toPlainText())
        self.editor.setFocus()


class CardScroll(QScrollArea):
    """The card scrolls as a whole (a low window, a large system font or text size) instead of squeezing
    its texts over one another; as wide as the card needs (its texts wrap, never cut at the right). A measure
    is shown from the card's top; the editor's cursor line is kept in view as the officer types."""

    def minimumSizeHint(self) -> QSize:
        """As wide as the card's texts need; as high as the editor's least height and a few lines more
        (the docks of the coordinator's window leave the card that much; more of it scrolls)."""
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        lines = self.editor.fontMetrics().lineSpacing()
        screen = self.screen().availableGeometry().height() if self.screen() is not None else 800
        least = min(self.least_height(max(self._view_size().width(), width)), screen // 3)
        height = max(super().minimumSizeHint().height(), self.editor.minimumHeight() + 4 * lines, least)
        return QSize(width + self.verticalScrollBar().sizeHint().width(), height)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__()
        self.editor = editor
        self.hint = QSize()
        self._cursor_pending = False
        editor.installEventFilter(self)
        editor.cursorPositionChanged.connect(self.cursor_in_view)  # typing, the arrows

    def fit(self) -> None:
        """The card as wide as the view, and as high as the view or, when its texts need more, the least
        height they need (the editor keeps its stretch in what is left)."""
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if inner is None or layout is None:
            return
        hint = self.minimumSizeHint()
        if hint != self.hint:  # the card's texts need another width: the splitter is told
            self.hint = hint
            self.updateGeometry()
        width = self._view_size().width()
        inner.resize(width, max(self._view_size().height(), self.least_height(width)))
        layout.activate()  # the editor where it is now shown (a new measure's texts wrap to other heights)

    def _view_size(self) -> QSize:
        """The viewport's size, worked out without asking for the viewport: PySide's first ``viewport()``
        makes Python types for some 66 widget classes looking for its class (17 ms of the window's start)."""
        size = self.maximumViewportSize()
        bar = self.verticalScrollBar()
        if bar.isVisible():
            size.setWidth(size.width() - bar.width())
        return size

    def least_height(self, width: int) -> int:
        """The height the card's texts need at ``width``: a wrapped text its height at that width,
        anything else its least height."""
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        inside = width - margins.left() - margins.right()
        items = [layout.itemAt(i) for i in range(layout.count())]
        shown = [item for item in items if item is not None and not item.isEmpty()]
        least = margins.top() + margins.bottom() + max(0, layout.spacing()) * max(0, len(shown) - 1)
        for item in shown:
            widget = item.widget()
            wrapped = widget.heightForWidth(inside) if widget is not None and widget.hasHeightForWidth() else -1
            least += max(wrapped, item.minimumSize().height())
        return least

    def measure_shown(self) -> None:
        """A measure was shown: from the card's top (its task, title and executors), once the layout is done
        and after the editor took the focus. Only when the card down to the editor's first lines is higher
        than the view is it scrolled, as little as shows the editor (the title is above, reachable)."""
        QTimer.singleShot(0, self._from_top)

    def _from_top(self) -> None:
        self.fit()
        self.verticalScrollBar().setValue(0)
        inner = self.widget()
        if inner is None or not inner.isAncestorOf(self.editor) or not self.editor.isVisible():
            return
        top = self.editor.mapTo(inner, QPoint(0, 0)).y()
        if top + self.first_lines() > self._view_size().height() and self.typing():
            # the officer is to type (the focus is in the editor): the whole editor, as much of it as shows;
            # the coordinator reading from the navigator keeps the title
            self._show_span(top, min(self.editor.height(), self._view_size().height()))
        self._cursor_now()

    def typing(self) -> bool:
        """The editor has its window's focus (also while another application's window is active)."""
        return self.editor.window().focusWidget() is self.editor

    def first_lines(self) -> int:
        """The editor's top and its first two lines."""
        return self.editor.fontMetrics().lineSpacing() * 2 + 8

    def _show_span(self, top: int, height: int) -> None:
        """Scroll as little as shows ``top`` … ``top + height`` of the card (its top if it cannot all show)."""
        bar = self.verticalScrollBar()
        value, view = bar.value(), self._view_size().height()
        if top + height > value + view:
            value = top + height - view
        if top < value:
            value = top
        bar.setValue(value)

    def cursor_in_view(self) -> None:
        """The editor's cursor line in view, once the layout is done; no scroll when it shows already (typing
        never moves the card up and down)."""
        if not self._cursor_pending:
            self._cursor_pending = True
            QTimer.singleShot(0, self._cursor_now)

    def _cursor_now(self) -> None:
        self._cursor_pending = False
        inner = self.widget()
        if inner is None or not inner.isAncestorOf(self.editor) or not self.editor.isVisible():
            return
        if not self.typing():
            return
        cursor = self.editor.cursorRect()
        top = self.editor.viewport().mapTo(inner, cursor.topLeft()).y()
        self._show_span(max(0, top - 2), cursor.height() + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self.cursor_in_view()
            elif kind in (QEvent.Type.Move, QEvent.Type.Resize) and self.typing():
                self.cursor_in_view()  # the card laid out again (the text size, the window, a note shown)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
        self.cursor_in_view()


def _scrolled(card: QWidget, editor: QPlainTextEdit, banner: QLabel) -> CardScroll | None:
    """Put the card in a ``CardScroll`` in its place in the splitter, under the banner (which stays in
    view when the card scrolls)."""
    splitter = card.parentWidget()
    if not isinstance(splitter, QSplitter):
        layout = card.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, banner)
        return None
    index = splitter.indexOf(card)
    holder = QWidget()
    holder.setObjectName("cardHolder")
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    scroll = CardScroll(editor)
    scroll.setObjectName("cardScroll")
    scroll.setWidgetResizable(False)  # sized by ``fit``: the least height its texts need, not their preferred
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    set_enum(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    column.addWidget(banner)
    column.addWidget(scroll, 1)
    splitter.insertWidget(index, holder)
    card.resize(card.sizeHint())  # what the scroll area's size hint starts from (the window is sized by it)
    scroll.setWidget(card)  # out of the splitter, never without a parent (nothing of the card is deleted)
    return scroll


class Notes:
    """Notes shown above the editor per measure, kept by their source ("comments", "conflicts", …):
    one source's notes never replace another's; the card shows them joined."""

    def __init__(self) -> None:
        self.by_source: dict[str, dict[str, str]] = {}
        self.listeners: list[Callable[[], None]] = []  # told after each change (the navigator's marks)

    def set(self, source: str, notes: dict[str, str]) -> None:
        self.by_source[source] = notes
        for listener in list(self.listeners):
            listener()

    def joined(self) -> dict[str, str]:
        joined: dict[str, list[str]] = {}
        for _source, notes in sorted(self.by_source.items()):
            for measure_id, note in notes.items():
                joined.setdefault(measure_id, []).append(note)
        return {measure_id: "<br><br>".join(parts) for measure_id, parts in joined.items()}

    def of(self, measure_id: str) -> str:
        return "<br><br>".join(
            notes[measure_id] for _source, notes in sorted(self.by_source.items()) if measure_id in notes
        )
