"""Звіт: the whole consolidated report as it will print, to review before it goes out.

A dock beside the dashboard: a find box and a filter by the state of the text (empty, conflict, from the
bodies, edited by the coordinator, imported), the table (priority and sector rows, then each measure: task,
measure, executors, execution text, its state, programme or funding), and under it the chosen measure's
text whole, a conflict side by side (the executors' | mine) with its two buttons always above the texts.
A click or Enter opens the measure's card; several measures chosen can be returned with comments.

It reads the period with one service call (``services.review_table``) on the window's runner, when it is
shown and something changed since (a period read, texts or the bodies' standing changed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.coordinator.review_actions import ReviewActions, UndoBar
from zhdesk.gui.coordinator.review_model import COLUMNS, ID_ROLE, KIND_ROLE, ReviewModel, state_words
from zhdesk.gui.operations import QUIET, Changes, Operation, session_of
from zhdesk.gui.qt_namespace import Qt
from zhdesk.services.review_table import BODIES, CONFLICT, EDITED, EMPTY, IMPORTED

if TYPE_CHECKING:
    from zhdesk.gui.coordinator.shell import CoordinatorWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.services.review_table import ReviewRow, ReviewTable
    from zhdesk.storage.database import Store

SHARES = {"no": 5, "task": 13, "measure": 20, "executors": 14, "execution": 26, "state": 12, "funding": 10}  # in %


class ReviewDock(QDockWidget):
    """The review view; ``actions``: the review's steps, shared with the dashboard (one undo for both)."""

    def __init__(self, window: CoordinatorWindow, actions: ReviewActions) -> None:
        super().__init__(cast(QWidget, window))
        self.setWindowTitle(self.tr("Report"))
        self.setObjectName("reviewDock")
        self.window_, self.actions = window, actions
        self.table: ReviewTable | None = None
        self.stale = True
        self.reading = False
        self.grown = self.fitted = self.growing = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(self._top())
        second = QHBoxLayout()
        second.addWidget(self.count)
        second.addWidget(UndoBar(actions), 1)
        layout.addLayout(second)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.view = QTreeView()
        self.model = ReviewModel(self.view)
        self._build_view()
        split.addWidget(self.view)
        split.addWidget(self._pane())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.split = split
        layout.addWidget(split, 1)
        self.setWidget(body)
        self._connect()

    # -- building ----------------------------------------------------------------------------------------------

    def _top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.find = QLineEdit()
        self.find.setObjectName("reviewFind")
        self.find.setPlaceholderText(self.tr("Find in the report…"))
        self.find.setClearButtonEnabled(True)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("reviewState")
        for state, words in (
            ("", self.tr("All texts")),
            (CONFLICT, self.tr("Conflicts")),
            (EMPTY, self.tr("Empty")),
            (BODIES, self.tr("From the bodies")),
            (EDITED, self.tr("Edited by the coordinator")),
            (IMPORTED, self.tr("From the imported report")),
        ):
            self.state_combo.addItem(words, state)
        self.count = QLabel()
        self.return_button = QPushButton(self.tr("Return with comments…"))
        self.return_button.setObjectName("reviewReturn")
        self.return_button.setEnabled(False)
        self.find.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        top.addWidget(self.find, 1)
        top.addWidget(self.state_combo)
        top.addWidget(self.return_button)
        self.apart_button = QPushButton(self.tr("In a window of its own"))
        self.apart_button.setObjectName("reviewApart")
        self.apart_button.setToolTip(self.tr("The report in a large window of its own, beside the main one"))
        top.addWidget(self.apart_button)
        return top

    def _moved(self, floating: bool) -> None:
        self.apart_button.setText(
            self.tr("Back into the main window") if floating else self.tr("In a window of its own")
        )
        self.fitted = False
        QTimer.singleShot(0, self._fit_once)  # the columns to the new width

    def apart(self) -> None:
        """Float the dock as a window of most of the screen (the main window's docks leave it little height)."""
        if self.isFloating():
            self.setFloating(False)
            return
        screen = self.screen().availableGeometry()
        self.setFloating(True)
        self.setGeometry(
            screen.adjusted(screen.width() // 20, screen.height() // 20, -screen.width() // 20, -screen.height() // 20)
        )

    def _build_view(self) -> None:
        view = self.view
        view.setObjectName("reviewTable")
        view.setMinimumHeight(view.fontMetrics().height() * 3)
        view.setModel(self.model)
        view.setUniformRowHeights(True)  # 8,650 rows of the 50× store scroll without measuring each one
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setAllColumnsShowFocus(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAccessibleName(self.tr("The consolidated report"))
        header = view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns(1000)

    def _fit_columns(self, width: int) -> None:
        """Each column its share of the width (the execution text the most); the coordinator may drag them."""
        header = self.view.header()
        for column, name in enumerate(COLUMNS):
            header.resizeSection(column, max(40, width * SHARES[name] // 100))

    def _pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.pane_title = QLabel()
        self.pane_title.setTextFormat(Qt.TextFormat.PlainText)
        self.take_button = QPushButton(self.tr("Take the executors' text"))
        self.take_button.setObjectName("reviewTake")
        self.keep_button = QPushButton(self.tr("Keep my text"))
        self.keep_button.setObjectName("reviewKeep")
        self.card_button = QPushButton(self.tr("Open the card"))
        head.addWidget(self.pane_title, 1)
        for button in (self.take_button, self.keep_button, self.card_button):
            head.addWidget(button)
        layout.addLayout(head)  # the buttons first: above the texts, never pushed out of sight
        texts = QHBoxLayout()
        self.theirs_label, self.theirs = QLabel(), self._text_box("reviewTheirs")
        self.mine_label, self.mine = QLabel(), self._text_box("reviewMine")
        self.theirs_column = QWidget()  # hidden whole without a conflict: the text takes the full width
        for holder, label, box in (
            (self.theirs_column, self.theirs_label, self.theirs),
            (QWidget(), self.mine_label, self.mine),
        ):
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(box, 1)
            texts.addWidget(holder, 1)
        layout.addLayout(texts, 1)
        self._show_row(None)
        return pane

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setReadOnly(True)
        box.setMinimumHeight(self.fontMetrics().height() + 12)  # the dock may be low: the buttons stay
        return box

    def _connect(self) -> None:
        self.find.textChanged.connect(self._narrow)
        self.state_combo.currentIndexChanged.connect(self._narrow)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.return_button.clicked.connect(self._return)
        self.apart_button.clicked.connect(self.apart)
        self.topLevelChanged.connect(self._moved)
        self.take_button.clicked.connect(lambda: self._resolve("bodies"))
        self.keep_button.clicked.connect(lambda: self._resolve("mine"))
        self.card_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        self.visibilityChanged.connect(self._shown)
        self.window_.ready.connect(self._stale)
        session_of(self).changed.connect(self._changed)

    def _shown(self, shown: bool) -> None:
        if shown:
            QTimer.singleShot(0, self._in_front)  # once the tabs settled: still the one in front?

    def _in_front(self) -> None:
        if not self.isVisible():
            return
        main = self.parentWidget()
        # a tab behind another is "visible" too (the docks shown again after the start page): not grown for it
        in_front = not self.visibleRegion().isEmpty()
        if not self.grown and in_front and isinstance(main, QMainWindow) and main.isVisible() and not self.isFloating():
            self.grown = self.growing = True  # the first time in front: most of the window's height
        QTimer.singleShot(0, self._fit_once)
        self.refresh()
        if self.growing and not self.reading:  # nothing to read: now; else once the table is shown
            self._grow()

    def _grow(self) -> None:
        """Most of the window's height for the report, two thirds of it the table's (after the table was read:
        a resize before it does not last)."""
        self.growing = False
        main = self.parentWidget()
        if isinstance(main, QMainWindow) and not self.isFloating():
            main.resizeDocks([self], [main.height() * 3 // 5], Qt.Orientation.Vertical)
            QTimer.singleShot(0, self._share)

    def _share(self) -> None:
        """The table two thirds of the dock's height, the measure's text the rest (at least three lines)."""
        height = sum(self.split.sizes())
        text = min(height // 3, self.fontMetrics().lineSpacing() * 6 + 40)
        self.split.setSizes([height - text, text])

    def _fit_once(self) -> None:
        if not self.fitted and self.view.viewport().width() > 200:
            self.fitted = True
            self._fit_columns(self.view.viewport().width())

    # -- reading -----------------------------------------------------------------------------------------------

    def _stale(self) -> None:
        self.stale = True
        self.refresh()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.statuses or changes.texts or changes.programme:
            self._stale()

    def refresh(self, force: bool = False) -> None:
        """Read the period's report again, when the view is shown and something changed (or ``force``)."""
        period = self.window_.period
        if period is None or self.reading or not (force or (self.stale and self.isVisible())):
            return
        self.reading, self.stale = True, False

        def work(store: Store, _progress: Progress) -> ReviewTable:
            from zhdesk.services.review_table import review_table

            return review_table(store, period)

        def failed(words: str) -> None:
            self.reading = False
            self.count.setText(self.tr("Could not read the store: {0}").format(words))

        Operation(self, work, label="", progress=QUIET).success(self._show).failure(failed).run()

    def _show(self, table: ReviewTable) -> None:
        self.reading = False
        current = self.current_row()
        chosen = {row.measure_id for row in self.selected_rows()}
        self.table = table
        self.model.set_table(table)
        self._fit_once()
        if self.growing:
            QTimer.singleShot(0, self._grow)
        self._after_narrow(current.measure_id if current else None, chosen)
        if self.stale:  # something changed while it was read
            self.refresh()

    def _narrow(self) -> None:
        current = self.current_row()
        chosen = {row.measure_id for row in self.selected_rows()}
        self.model.narrow(self.find.text(), str(self.state_combo.currentData() or ""))
        self._after_narrow(current.measure_id if current else None, chosen)

    def _after_narrow(self, current: str | None, chosen: set[str]) -> None:
        root = QModelIndex()
        for number, line in enumerate(self.model.shown):
            if line.kind != "measure":
                self.view.setFirstColumnSpanned(number, root, True)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for number, line in enumerate(self.model.shown):
            if line.row is not None and line.row.measure_id in chosen:
                selection.select(self.model.index(number, 0), self.model.index(number, last))
        selection_model = self.view.selectionModel()
        selection_model.select(selection, selection_model.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            selection_model.setCurrentIndex(self.model.index(row, 0), selection_model.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(row, 0))
        measures = len(self.model.measure_rows())
        total = len(self.table.rows) if self.table is not None else 0
        conflicts = sum(1 for r in self.table.rows if r.state == CONFLICT) if self.table is not None else 0
        self.count.setText(self.tr("{0} of {1} measures; conflicts: {2}").format(measures, total, conflicts))
        self._selected()

    # -- the rows chosen ---------------------------------------------------------------------------------------

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> ReviewRow | None:
        if not index.isValid() or index.data(KIND_ROLE) != "measure":
            return None
        line = self.model.shown[index.row()]
        return line.row

    def current_row(self) -> ReviewRow | None:
        return self.row_at(self.view.currentIndex())

    def selected_rows(self) -> list[ReviewRow]:
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda index: index.row())
        return [row for row in (self.row_at(index) for index in indexes) if row is not None]

    def select(self, measure_id: str) -> None:
        """Make the measure the current row (shown whole in the pane below), clearing the find if needed."""
        if self.model.row_of(measure_id) < 0:
            self.find.clear()
            self.state_combo.setCurrentIndex(0)
        row = self.model.row_of(measure_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _selected(self, *_args: object) -> None:
        self.return_button.setEnabled(bool(self.selected_rows()) and bool(self.table and self.table.returnable))
        self._show_row(self.current_row())

    def _show_row(self, row: ReviewRow | None) -> None:
        conflict = row is not None and row.state == CONFLICT
        self.take_button.setVisible(conflict)
        self.keep_button.setVisible(conflict)
        self.card_button.setEnabled(row is not None)
        self.theirs_column.setVisible(conflict)
        self.mine_label.setVisible(conflict)  # else the title above says whose text it is
        if row is None:
            self.pane_title.setText(self.tr("Choose a measure to see its text whole."))
            self.mine_label.setText("")
            self.mine.setPlainText("")
            return
        self.pane_title.setText(self.tr("Measure {0}: {1}").format(row.no, state_words(row)))
        self.pane_title.setToolTip(row.measure)
        if conflict:
            self.theirs_label.setText(self.tr("The executors' text ({0})").format(", ".join(row.from_bodies)))
            self.theirs.setPlainText(row.incoming)
            self.mine_label.setText(self.tr("My text, now in the report"))
        else:
            self.mine_label.setText(self.tr("Execution of the measure"))
        self.mine.setPlainText(row.execution)

    # -- what the coordinator does ---------------------------------------------------------------------------

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        measure_id = index.data(ID_ROLE) if index.isValid() else ""
        if measure_id:
            self.window_.select_measure(str(measure_id))

    def _resolve(self, take: str) -> None:
        row = self.current_row()
        if row is not None and row.state == CONFLICT:
            self.actions.resolve(self, row.measure_id, "bodies" if take == "bodies" else "mine", row.no)

    def _return(self) -> None:
        rows = self.selected_rows()
        if rows and self.table is not None:
            self.actions.return_measures(self, rows, self.table.returnable, self.table.names)
