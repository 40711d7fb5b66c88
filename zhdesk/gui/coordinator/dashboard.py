"""The coordinator's dashboard: where each executive body stands, receiving, review, export.

A dock under the navigator: a table of bodies (status, last submission, filled/total, errors, warnings), a
chart of completeness per body, and the actions. Submissions may be dropped onto the window. It reads the
period's overview from ``services.coordinator`` and reads it again when the period is read (``ready``) or
an operation says the bodies' standing changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.coordinator.actions import CoordinatorActions
from zhdesk.gui.coordinator.chart import CompletenessView
from zhdesk.gui.coordinator.review_actions import UndoBar
from zhdesk.gui.coordinator.status_model import CODE_ROLE, SORT_ROLE, StatusFilter, StatusModel
from zhdesk.gui.deadlines import day_words
from zhdesk.gui.exchange_dialogs import diff_html
from zhdesk.gui.flow_layout import FlowLayout
from zhdesk.gui.operations import QUIET, Changes, Operation, ProgressRow, session_of
from zhdesk.gui.period_words import period_words
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.coordinator.shell import CoordinatorWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.services.coordinator import Overview
    from zhdesk.storage.database import Store


class Dashboard(QDockWidget):
    """Виконавчі органи: the bodies' table and chart, and the coordinator's actions."""

    def __init__(self, window: CoordinatorWindow) -> None:
        super().__init__(cast(QWidget, window))  # the main window
        self.setWindowTitle(self.tr("Executive bodies"))
        self.setObjectName("dashboardDock")
        self.window_ = window
        self.overview: Overview | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.period_button = QPushButton(self.tr("New reporting period…"))
        self.period_button.setObjectName("newPeriodButton")
        self.issue_button = QPushButton(self.tr("Issue form packages…"))
        self.receive_button = QPushButton(self.tr("Receive submissions…"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.return_button = QPushButton(self.tr("Return with comments…"))
        self.export_button = QPushButton(self.tr("Export the report…"))
        buttons = FlowLayout()  # on two lines when the window is narrow (1024 px, a large system font)
        for button in (
            self.period_button,
            self.issue_button,
            self.receive_button,
            self.accept_button,
            self.return_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("dashboardShow")
        for kind, words in (
            ("reporting", self.tr("Reporting bodies")),
            ("attention", self.tr("Waiting for review (submitted, returned)")),
            ("waiting", self.tr("Not submitted yet")),
            ("late", self.tr("Late")),
            ("accepted", self.tr("Accepted")),
            ("all", self.tr("All, with co-executors")),
        ):
            self.show_combo.addItem(words, kind)
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.show_combo.setMinimumContentsLength(18)  # its longest choice elided rather than the window widened
        shown = QLabel(self.tr("Show:"))
        shown.setBuddy(self.show_combo)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(shown)
        top.addWidget(self.show_combo)
        layout.addLayout(top)
        self.progress = ProgressRow()
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.table = QTableView()
        self.model = StatusModel(self.table)
        self._build_table()
        self.tabs.addTab(self.table, self.tr("Table"))
        self.completeness = CompletenessView()
        self.chart, self.chart_view = self.completeness.chart, self.completeness.view
        self.tabs.addTab(self.completeness, self.tr("Completeness"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.commands = CoordinatorActions(self, window, self.progress)
        layout.insertWidget(1, UndoBar(self.commands.review))  # the last accept or resolve, to take back
        self._connect()

    def _build_table(self) -> None:
        self.sorted = StatusFilter(self.table)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        table = self.table
        table.setModel(self.sorted)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAccessibleName(self.tr("Executive bodies and their submissions"))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the full name: the rest of the width
        header.setStretchLastSection(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole name is in the tooltip

    def _connect(self) -> None:
        actions, window = self.commands, self.window_
        self.period_button.clicked.connect(actions.new_period)
        self.issue_button.clicked.connect(actions.issue)
        self.receive_button.clicked.connect(actions.choose_submissions)
        self.accept_button.clicked.connect(lambda: actions.accept(self.selected_code(), self.selected_name()))
        self.return_button.clicked.connect(lambda: actions.return_submission(self.selected_code(), window.current))
        self.export_button.clicked.connect(actions.export)
        self.progress.busy.connect(self._busy)
        actions.cancelled.connect(
            lambda: self.summary.setText(self.tr("Cancelled; what was done before the cancel is kept"))
        )
        self.table.doubleClicked.connect(self.open_body)
        self.show_combo.currentIndexChanged.connect(self._filter)
        window.ready.connect(self.refresh)
        window.files_dropped.connect(actions.receive)
        window.note_link.connect(actions.resolve)
        session_of(self).changed.connect(self._changed)

    def _filter(self) -> None:
        self.sorted.set_kind(str(self.show_combo.currentData()))
        self.completeness.draw(self.sorted.shown_rows())

    def _busy(self, busy: bool) -> None:
        for button in (
            self.period_button,
            self.issue_button,
            self.receive_button,
            self.accept_button,
            self.return_button,
        ):
            button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        # changed texts: the window reads the period again, and the dashboard follows on ``ready``
        if changes.statuses and not changes.texts:
            self.refresh()

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        period = self.window_.period
        if period is None:
            return

        def work(store: Store, _progress: Progress) -> Overview:
            from zhdesk.services.coordinator import overview

            return overview(store, period)

        Operation(self, work, label="", progress=QUIET).success(self._show).failure(
            lambda words: self.summary.setText(self.tr("Could not read the store: {0}").format(words))
        ).run()

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        selected = self.selected_code()
        self.model.set_rows(overview.statuses)
        if selected:
            self.select_body(selected)
        counts: dict[str, int] = {}
        for status in overview.statuses:
            counts[status.status] = counts.get(status.status, 0) + 1
        deadline = next((s.deadline for s in overview.statuses if s.deadline), None)
        due = self.tr(" (deadline {0})").format(day_words(deadline)) if deadline else ""
        self.summary.setText(
            self.tr(
                "{0}: issued {1}, submitted {2}, accepted {3}, returned {4}, not issued {5}; conflicts: {6}"
            ).format(
                period_words(overview.period) + due,
                *(counts.get(status, 0) for status in ("issued", "submitted", "accepted", "returned", "not issued")),
                len(overview.conflicts),
            )
        )
        self.completeness.draw(self.sorted.shown_rows())
        note = self.tr(
            "<b>The executors sent a text that differs from yours.</b> Theirs, compared with yours:"
            "<br>{0}<br><a href='take:bodies'>Take the executors' text</a> · "
            "<a href='take:mine'>Keep my text</a>"
        )
        notes = {measure_id: note.format(diff_html(mine, theirs)) for measure_id, mine, theirs in overview.conflicts}
        self.window_.set_notes("conflicts", notes)

    # -- the table ------------------------------------------------------------------------------------

    def select_body(self, code: str) -> None:
        for row in range(self.sorted.rowCount()):
            if self.sorted.index(row, 0).data(CODE_ROLE) == code:
                self.table.selectRow(row)
                return

    def selected_code(self) -> str | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        code = rows[0].data(CODE_ROLE) if rows else None
        return code if isinstance(code, str) else None

    def selected_name(self) -> str:
        code = self.selected_code()
        return next((s.name for s in self.overview.statuses if s.code == code), "") if self.overview else ""

    def body_measures(self, code: str | None) -> set[str]:
        """The body's measures, as the last overview read them."""
        if self.overview is None or not code:
            return set()
        return self.overview.measures.get(code, set())

    def open_body(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """One click to the body's measures: the navigator shows only them."""
        code = index.data(CODE_ROLE)
        if self.overview is not None and code:
            self.window_.show_only(self.tr("Measures of {0}").format(code), self.body_measures(code))
