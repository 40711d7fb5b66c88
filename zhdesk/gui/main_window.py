"""The main window: the programme tree (priority → sector → task → measure) and the measure card."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QFile, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QSplitter, QTextBrowser, QTreeView

from zhdesk import paths
from zhdesk.gui.runner import Runner
from zhdesk.periods import Period
from zhdesk.services.measures import MeasureRow, list_measures, list_periods
from zhdesk.storage.database import Store

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Loaded:
    periods: list[tuple[str, str, int]]
    period: str
    measures: list[MeasureRow]


def load_form(name: str) -> QMainWindow:
    ui = QFile(str(paths.FORMS / name))
    ui.open(QFile.OpenModeFlag.ReadOnly)
    try:
        widget = QUiLoader().load(ui)
    finally:
        ui.close()
    return widget


class MainWindow(QMainWindow):
    """Lists the measures of the store for a period; every store access runs on the runner."""

    ready = Signal()

    def __init__(self, open_store: Callable[[], Store], runner: Runner) -> None:
        super().__init__()
        self.runner = runner
        self._open_store = open_store
        self.store: Store | None = None
        self.rows: dict[str, MeasureRow] = {}
        form = load_form("main_window.ui")
        self.setCentralWidget(form.centralWidget())
        self.setStatusBar(form.statusBar())
        self.resize(form.size())
        self.period_combo: QComboBox = self.findChild(QComboBox, "periodCombo")
        self.navigator: QTreeView = self.findChild(QTreeView, "navigator")
        self.card: QTextBrowser = self.findChild(QTextBrowser, "card")
        self.findChild(QLabel, "periodLabel").setText(self.tr("Period:"))
        splitter: QSplitter = self.findChild(QSplitter, "splitter")
        splitter.setSizes([520, 680])
        self.model = QStandardItemModel(self)
        self.navigator.setModel(self.model)
        self.navigator.selectionModel().currentChanged.connect(self._show_current)
        self.period_combo.activated.connect(self._period_chosen)
        self.setWindowTitle("zhdesk")
        self.statusBar().showMessage(self.tr("Opening the store…"))
        self.runner.submit(self._load_work(None), self._loaded, self._failed)

    # -- background work (no UI inside) ---------------------------------------------------------

    def _load_work(self, period_code: str | None) -> Callable[[Callable[[int, int], None]], Loaded]:
        def work(_progress: Callable[[int, int], None]) -> Loaded:
            if self.store is None:
                self.store = self._open_store()
            with self.store.reading() as session:
                periods = list_periods(session)
                code = period_code or (periods[-1][0] if periods else "")
                measures = list_measures(session, Period.parse(code)) if code else []
            return Loaded(periods, code, measures)

        return work

    # -- UI thread ---------------------------------------------------------------------------------

    def _loaded(self, loaded: Loaded) -> None:
        assert self.store is not None
        self.setWindowTitle(self.tr("zhdesk — {0}").format(self.store.location))
        self.period_combo.clear()
        for code, words, _count in loaded.periods:
            self.period_combo.addItem(words, code)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(loaded.period)))
        self._fill(loaded.measures)
        filled = sum(1 for row in loaded.measures if row.execution)
        self.statusBar().showMessage(
            self.tr("{0} measures, {1} with an execution text").format(len(loaded.measures), filled)
        )
        self.ready.emit()

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the store: {0}").format(message))
        self.card.setPlainText(message)
        self.ready.emit()

    def _period_chosen(self, index: int) -> None:
        self.runner.submit(self._load_work(self.period_combo.itemData(index)), self._loaded, self._failed)

    def _fill(self, measures: list[MeasureRow]) -> None:
        self.model.clear()
        self.rows = {row.id: row for row in measures}
        root = self.model.invisibleRootItem()
        priority_item = sector_item = task_item = None
        keys: tuple[str, str, str] | tuple[()] = ()
        first: QStandardItem | None = None
        for row in measures:
            if priority_item is None or keys[0] != row.priority:
                priority_item = _item(f"{row.priority} — {row.priority_goal}", bold=True)
                root.appendRow(priority_item)
                sector_item = task_item = None
            if sector_item is None or keys[1] != row.sector:
                sector_item = _item(row.sector, bold=True)
                priority_item.appendRow(sector_item)
                task_item = None
            if task_item is None or keys[2] != row.task_no:
                task_item = _item(f"{row.task_no}. {row.task}")
                sector_item.appendRow(task_item)
            keys = (row.priority, row.sector, row.task_no)
            measure_item = _item(f"{'✓' if row.execution else '○'} {row.no} {row.text}")
            measure_item.setData(row.id, ID_ROLE)
            task_item.appendRow(measure_item)
            first = first or measure_item
        self.navigator.expandToDepth(1)
        if first is not None:
            self.navigator.setCurrentIndex(first.index())

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.rows.get(current.data(ID_ROLE)) if current.isValid() else None
        if row is None:
            self.card.setHtml(f"<h3>{html.escape(current.data() or '')}</h3>")
            return
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in row.execution.split("\n")) or (
            f"<p><i>{html.escape(self.tr('No execution text for this period yet.'))}</i></p>"
        )
        self.card.setHtml(
            f"<p><b>{html.escape(self.tr('Task'))} {html.escape(row.task_no)}.</b> {html.escape(row.task)}</p>"
            f"<h3>{html.escape(row.no)}. {html.escape(row.text)}</h3>"
            f"<p><b>{html.escape(self.tr('Executors'))}:</b> {html.escape(row.executors)}</p>"
            f"<p><b>{html.escape(self.tr('Programme or funding'))}:</b> "
            f"{html.escape(row.programme_or_funding)}</p><hr>{paragraphs}"
        )

    def closeEvent(self, event) -> None:
        self.runner.wait()
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)


def _item(text: str, *, bold: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item
