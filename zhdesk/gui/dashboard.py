"""The coordinator's dashboard: where each executive body stands, receiving, review, export.

A dock under the navigator: a table of bodies (status, last submission, filled/total, errors, warnings),
a chart of completeness per body (QtCharts), and the actions. Submissions may be dropped onto the
window. Every store access runs on the window's runner, with progress and cancel for the long ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalPercentBarSeries, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.exchange_dialogs import ReceivedDialog, diff_html, local_time, show_file_done
from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.exchange.review import BodyStatus
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.runner import Job
    from zhdesk.storage.database import Store

ANY_INDEX = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Overview:
    period: str
    statuses: list[BodyStatus]
    measures: dict[str, set[str]]  # body code → its measure ids
    conflicts: list[tuple[str, str, str]]


class StatusModel(QAbstractTableModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: list[BodyStatus] = []
        self.headers = [
            self.tr("Body"),
            self.tr("Status"),
            self.tr("Last submission"),
            self.tr("Filled"),
            self.tr("Errors"),
            self.tr("Warnings"),
            self.tr("Name"),
        ]
        self.words = {
            "not issued": self.tr("not issued"),
            "issued": self.tr("issued"),
            "submitted": self.tr("submitted"),
            "accepted": self.tr("accepted"),
            "returned": self.tr("returned"),
        }

    def set_rows(self, rows: list[BodyStatus]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.code,
                self.words.get(row.status, row.status),
                local_time(row.last_submission) + (f" (№{row.sequence})" if row.sequence else ""),
                f"{row.filled}/{row.total}",
                row.errors or "",
                row.warnings or "",
                row.name,
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name + (f"\n{row.comment}" if row.comment else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.errors:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return {"accepted": QColor("#d8f0d8"), "returned": QColor("#fde2e2"), "submitted": QColor("#fff4cc")}.get(
                row.status
            )
        if role == Qt.ItemDataRole.UserRole:
            return row.code
        if role == SORT_ROLE:
            order = ("returned", "submitted", "accepted", "issued", "not issued")
            return [
                row.code,
                order.index(row.status) if row.status in order else 9,
                row.last_submission or "",
                row.filled / row.total if row.total else 0.0,
                row.errors,
                row.warnings,
                row.name.casefold(),
            ][column]
        return None


class Dashboard(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Executive bodies"))
        self.setObjectName("dashboardDock")
        self.window_ = window
        self.overview: Overview | None = None
        self.job: Job | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        buttons = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("Issue form packages…"))
        self.receive_button = QPushButton(self.tr("Receive submissions…"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.return_button = QPushButton(self.tr("Return with comments…"))
        self.export_button = QPushButton(self.tr("Export the report…"))
        for button in (self.issue_button, self.receive_button, self.accept_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self._busy(False)
        self.tabs = QTabWidget()
        self.table = QTableView()
        self.model = StatusModel(self.table)
        self.sorted = QSortFilterProxyModel(self.table)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Executive bodies and their submissions"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.table, self.tr("Table"))
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart_view)
        self.tabs.addTab(scroll, self.tr("Completeness"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.issue_button.clicked.connect(self.issue)
        self.receive_button.clicked.connect(self.choose_submissions)
        self.accept_button.clicked.connect(self.accept)
        self.return_button.clicked.connect(self.return_submission)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(lambda: self.job.cancel() if self.job else None)
        self.table.doubleClicked.connect(self.open_body)
        window.ready.connect(self.refresh)
        window.files_dropped.connect(self.receive)
        window.note_link.connect(self.resolve)

    # -- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        period = self.window_.period
        if period is None:
            return

        def task(store: Store, _progress: Callable[[int, int], None]) -> Overview:
            from sqlalchemy import select

            from zhdesk.exchange.merge import conflicts_of
            from zhdesk.exchange.review import body_statuses
            from zhdesk.storage.models import ExecutiveBody, MeasureExecutor

            with store.reading() as session:
                statuses = body_statuses(session, period)
                measures: dict[str, set[str]] = {}
                for code, measure_id in session.execute(
                    select(ExecutiveBody.code, MeasureExecutor.measure_id).join(
                        MeasureExecutor, MeasureExecutor.body_id == ExecutiveBody.id
                    )
                ):
                    measures.setdefault(code, set()).add(measure_id)
                return Overview(period.code, statuses, measures, conflicts_of(session, period))

        self.window_.runner.submit(self.window_.store_work(task), self._show, self._failed)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        selected = self.selected_code()
        self.model.set_rows(overview.statuses)
        if selected:
            self.select_body(selected)
        counts: dict[str, int] = {}
        for status in overview.statuses:
            counts[status.status] = counts.get(status.status, 0) + 1
        self.summary.setText(
            self.tr(
                "{0}: issued {1}, submitted {2}, accepted {3}, returned {4}, not issued {5}; conflicts: {6}"
            ).format(
                Period.parse(overview.period).in_words,
                counts.get("issued", 0),
                counts.get("submitted", 0),
                counts.get("accepted", 0),
                counts.get("returned", 0),
                counts.get("not issued", 0),
                len(overview.conflicts),
            )
        )
        self._draw_chart(overview.statuses)
        self.window_.set_notes(
            "conflicts",
            {
                measure_id: self.tr(
                    "<b>The executors sent a text that differs from yours.</b> Theirs, compared with yours:"
                    "<br>{0}<br><a href='take:bodies'>Take the executors' text</a> · "
                    "<a href='take:mine'>Keep my text</a>"
                ).format(diff_html(mine, theirs))
                for measure_id, mine, theirs in overview.conflicts
            },
        )

    def _draw_chart(self, statuses: list[BodyStatus]) -> None:
        shown = [s for s in statuses if s.status != "not issued"] or statuses
        shown = sorted(shown, key=lambda s: (s.filled / s.total if s.total else 0, s.code), reverse=True)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        filled, missing = QBarSet(self.tr("Filled")), QBarSet(self.tr("Not filled"))
        filled.setColor(QColor("#2e7d32"))
        missing.setColor(QColor("#e0e0e0"))
        for status in reversed(shown):  # the chart draws the first category at the bottom
            filled.append(status.filled)
            missing.append(status.total - status.filled)
        series = QHorizontalPercentBarSeries()
        series.append(filled)
        series.append(missing)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{s.code}  {s.filled}/{s.total}" for s in reversed(shown)])
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%d%%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Filled measures per body"))
        self.chart_view.setMinimumHeight(140 + 26 * len(shown))

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.summary.setText(self.tr("Could not read the store: {0}").format(message))

    def select_body(self, code: str) -> None:
        for row in range(self.sorted.rowCount()):
            if self.sorted.index(row, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.table.selectRow(row)
                return

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def open_body(self, index: QModelIndex) -> None:
        code = index.data(Qt.ItemDataRole.UserRole)
        if self.overview is not None and code:
            self.window_.show_only(self.tr("Measures of {0}").format(code), self.overview.measures.get(code, set()))

    # -- long work with progress and cancel ----------------------------------------------------------

    def _busy(self, busy: bool, label: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setFormat(label + " %p%")
        self.progress.setValue(0)
        for button in (self.issue_button, self.receive_button, self.accept_button, self.return_button):
            button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _run(
        self,
        label: str,
        task: Callable[[Store, Callable[[int, int], None]], Any],
        done: Callable[[Any], None],
        *,
        changes_texts: bool = False,
    ) -> None:
        """Long work on the runner with the dock's progress bar and Cancel. ``changes_texts``: the editor
        is closed meanwhile, so that nothing typed lands on top of what the work brings in."""
        window = self.window_
        window.flush()  # the coordinator's typing is in the store before anything reads it
        if changes_texts:
            window.editor.setEnabled(False)

        def finished(result: Any) -> None:
            self.job = None
            self._busy(False)
            done(result)

        def failed(message: str) -> None:
            self.job = None
            self._busy(False)
            if changes_texts:
                window.reload()  # what was done before the cancel or the failure is shown; the editor reopens
            if message == "cancelled":
                self.summary.setText(self.tr("Cancelled; what was done before the cancel is kept"))
                self.refresh()
                return
            QMessageBox.warning(self, self.tr("zhdesk"), message)
            self.refresh()

        self._busy(True, label)
        self.job = self.window_.runner.submit(
            self.window_.store_work(task),
            finished,
            failed,
            lambda d, t: self.progress.setValue(int(100 * d / max(t, 1))),
        )

    # -- actions ------------------------------------------------------------------------------------

    def choose_submissions(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Receive submissions"), "", self.tr("zhdesk submissions (*.zhsub);;All files (*)")
        )
        if files:
            self.receive([Path(f) for f in files])

    def receive(self, files: list[Path]) -> None:
        submissions = [f for f in files if f.suffix.lower() != ".zhform"]
        if not submissions:
            return

        def task(store: Store, progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.submissions import receive_files

            return receive_files(store, submissions, progress)

        def done(results: Any) -> None:
            ReceivedDialog(self, results).show()
            self.window_.reload()  # the consolidated texts changed; the dashboard follows on ready

        self._run(self.tr("Receiving"), task, done, changes_texts=True)

    def issue(self) -> None:
        period = self.window_.period
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the form packages"))
        if not folder or period is None:
            return

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.forms import issue_forms

            return issue_forms(store, period, Path(folder))

        def done(issued: Any) -> None:
            show_file_done(
                self,
                self.tr("{0} form packages for {1} are in {2}. Send each body its own file.").format(
                    len(issued), period.in_words, folder
                ),
                Path(folder),
            )
            self.refresh()

        self._run(self.tr("Issuing"), task, done)

    def accept(self) -> None:
        code, period = self.selected_code(), self.window_.period
        if not code or period is None:
            QMessageBox.information(self, self.tr("zhdesk"), self.tr("Choose a body in the table first."))
            return

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.review import accept

            with store.transaction() as session:
                return accept(session, code, period)

        self._run(self.tr("Accepting"), task, lambda _code: self.refresh())

    def return_submission(self) -> None:
        code, period = self.selected_code(), self.window_.period
        if not code or period is None:
            QMessageBox.information(self, self.tr("zhdesk"), self.tr("Choose a body in the table first."))
            return
        comment, ok = QInputDialog.getMultiLineText(
            self, self.tr("Return to {0}").format(code), self.tr("What should the body fix?")
        )
        if not ok:
            return
        measure_comments = {}
        current = self.window_.current
        if current and self.overview and current in self.overview.measures.get(code, set()):
            on_measure, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Return to {0}").format(code),
                self.tr("A comment on the measure shown ({0}), or leave empty:").format(self.window_.rows[current].no),
            )
            if ok and on_measure.strip():
                measure_comments[current] = on_measure
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the updated form package"))
        if not folder:
            return

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.forms import write_form
            from zhdesk.exchange.review import return_submission

            with store.transaction() as session:
                content = return_submission(session, code, period, comment, measure_comments)
            return write_form(Path(folder), period, content).path

        def done(path: Any) -> None:
            show_file_done(
                self, self.tr("Returned. Send {0} this updated form package: {1}").format(code, path), Path(path)
            )
            self.refresh()

        self._run(self.tr("Returning"), task, done)

    def export(self) -> None:
        if self.window_.printing is not None:  # the same export as File → Export, with its progress and cancel
            self.window_.printing.export()

    def resolve(self, measure_id: str, link: str) -> None:
        period = self.window_.period
        if not measure_id or period is None or link not in ("take:bodies", "take:mine"):
            return
        take = "bodies" if link == "take:bodies" else "mine"

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.merge import resolve_conflict

            with store.transaction() as session:
                return resolve_conflict(session, measure_id, period, take)

        self._run(self.tr("Resolving"), task, lambda _text: self.window_.reload(), changes_texts=True)
