"""The main window: navigator, measure card with the editor, problems panel. Every store access runs on
the background runner; the text is saved about a second after typing stops, on leaving a measure and on
closing — there is no Save button."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
)

from zhdesk import paths
from zhdesk.gui import language
from zhdesk.gui.loading import Loaded, load, quick_load
from zhdesk.gui.navigator_model import EMPTY, ERRORS, FILLED, ID_ROLE, WARNINGS, NavigatorModel
from zhdesk.gui.problems_panel import POSITION_ROLE, fill_problems, mark
from zhdesk.gui.runner import Runner
from zhdesk.gui.text_editor import ExecutionEditor, plain_text
from zhdesk.periods import Period
from zhdesk.validation.rules import ERROR, Problem, check_funding, check_text

if TYPE_CHECKING:  # the store's modules (SQLAlchemy) load on the runner while the window is being built
    from zhdesk.gui.printing import Printing
    from zhdesk.services.rows import MeasureRow, PreviousText
    from zhdesk.storage.database import Store

SAVE_DELAY_MS = 1000
FILTERS = ("all", "unfilled", "problems")


def load_form(name: str) -> QMainWindow:
    loader = QUiLoader()
    loader.registerCustomWidget(ExecutionEditor)
    ui = QFile(str(paths.FORMS / name))
    ui.open(QFile.OpenModeFlag.ReadOnly)
    try:
        return loader.load(ui)
    finally:
        ui.close()


class MainWindow(QMainWindow):
    ready = Signal()
    saved = Signal(str)
    measure_shown = Signal(str)  # the measure now in the card
    files_dropped = Signal(list)  # paths of files dropped onto the window
    note_link = Signal(str, str)  # (measure id, link) clicked in the card's note

    def __init__(
        self,
        open_store: Callable[[], Store],
        runner: Runner,
        quick_path: Path | None = None,
        body: str | None = None,
        store_key: str | None = None,
    ) -> None:
        """``quick_path``: the SQLite file, when the first screen may be read without SQLAlchemy.
        ``body``: an executive body's code: only its measures, and its own texts."""
        super().__init__()
        self.runner, self._open_store, self.quick_path, self.body = runner, open_store, quick_path, body
        from zhdesk.services.journal import RecoveryJournal

        # texts on their way to the store are journaled under the store's name (its file, or its URL)
        self.store_key = store_key or (str(quick_path) if quick_path else "")
        self.journal = RecoveryJournal(paths.data_dir() / "unsaved-texts.jsonl")
        self.store: Store | None = None
        self.period: Period | None = None
        self.rows: dict[str, MeasureRow] = {}
        self.order: list[MeasureRow] = []
        self.previous: dict[str, PreviousText] = {}  # measure id → the text of its previous period
        self.problems: dict[str, list[Problem]] = {}
        self.status: dict[str, str] = {}
        self.haystack: dict[str, str] = {}
        self.parents: set[tuple[str, str, str]] = set()
        self.current: str | None = None
        self.dirty = False
        self._pending: dict[tuple[str, str], str] = {}  # (measure, period) → text not yet in the store
        self._pending_lock = threading.Lock()
        self._recovered = False
        self.position: dict[str, int] = {}
        self.filled = 0
        self.panel_stale = False
        self._notes: dict[str, dict[str, str]] = {}  # source → measure id → HTML shown above the editor
        self.only: set[str] | None = None  # the measures of one body, when the coordinator asked for them
        self.printing: Printing | None = None  # File → Export / Print, built after the first screen
        self._build()
        self.statusBar().showMessage(self.tr("Opening the store…"))
        self.runner.submit(self._load_work(None), self._loaded, self._failed)

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        form = load_form("main_window.ui")
        self.setCentralWidget(form.centralWidget())
        self.setStatusBar(form.statusBar())
        dock = form.findChild(QDockWidget, "problemsDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resize(form.size())
        find = self.findChild
        self.period_combo: QComboBox = find(QComboBox, "periodCombo")
        self.filter_combo: QComboBox = find(QComboBox, "filterCombo")
        self.search: QLineEdit = find(QLineEdit, "searchEdit")
        self.progress: QLabel = find(QLabel, "progressLabel")
        self.navigator: QTreeView = find(QTreeView, "navigator")
        self.splitter: QSplitter = find(QSplitter, "splitter")
        self.task_label, self.measure_label = find(QLabel, "taskLabel"), find(QLabel, "measureLabel")
        self.executors_label, self.funding_label = find(QLabel, "executorsLabel"), find(QLabel, "fundingLabel")
        self.previous_text: QPlainTextEdit = find(QPlainTextEdit, "previousText")
        self.previous_title: QLabel = find(QLabel, "previousTitle")
        self.previous_title_text = self.previous_title.text()  # "Previous period:", translated by the loader
        self.copy_button: QPushButton = find(QPushButton, "copyButton")
        self.editor: ExecutionEditor = find(ExecutionEditor, "editor")
        self.count_label: QLabel = find(QLabel, "countLabel")
        self.measure_problems: QListWidget = find(QListWidget, "measureProblems")
        self.note_label: QLabel = find(QLabel, "noteLabel")
        self.note_label.linkActivated.connect(lambda link: self.note_link.emit(self.current or "", link))
        self.note_label.hide()
        self.setAcceptDrops(True)
        self.problems_tree: QTreeWidget = find(QTreeWidget, "problemsTree")
        self.measure_problems.setWordWrap(True)
        for key, label in zip(
            FILTERS, (self.tr("All measures"), self.tr("Not filled"), self.tr("With problems")), strict=True
        ):
            self.filter_combo.addItem(label, key)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.model = NavigatorModel(self)
        self.navigator.setModel(self.model)
        self.navigator.selectionModel().currentChanged.connect(self._current_changed)
        self.period_combo.activated.connect(lambda i: self._reload(self.period_combo.itemData(i)))
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._refilter())
        self.search.textChanged.connect(lambda _t: self._refilter())
        self.copy_button.clicked.connect(self._copy_previous)
        self.editor.textChanged.connect(self._edited)
        self.editor.focus_lost.connect(self.flush)
        self.problems_tree.itemActivated.connect(self._jump_to_problem)
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self.editor.setEnabled(False)
        shortcuts = [
            (QKeySequence.StandardKey.Find, self._focus_search),
            ("Ctrl+PgDown", lambda: self._step(1)),
            ("Ctrl+PgUp", lambda: self._step(-1)),
            ("Ctrl+Shift+PgDown", self._next_unfilled),
        ]
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(dock.toggleViewAction())
        language.add_menu(self)
        settings = QSettings()
        if settings.value("window/geometry") is not None:
            self.restoreGeometry(settings.value("window/geometry"))
            self.splitter.restoreState(settings.value("window/splitter"))
        else:
            self.splitter.setSizes([480, 800])

    # -- loading (background work never touches widgets) -----------------------------------------------

    def _load_work(self, period_code: str | None) -> Callable[[Callable[[int, int], None]], Loaded]:
        def work(_progress: Callable[[int, int], None]) -> Loaded:
            loaded = quick_load(self.quick_path, period_code, self.body) if self.store is None else None
            if loaded is not None:
                return loaded
            if self.store is None:
                self.store = self._open_store()
            return load(self.store, period_code, self.body)

        return work

    def _open_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the store: {0}").format(message))

    def _open_in_background(self, _progress: Callable[[int, int], None]) -> None:
        if self.store is None:
            self.store = self._open_store()

    def _reload(self, period_code: str) -> None:
        self.flush()
        self.editor.setEnabled(False)  # nothing can be typed into a measure that is about to be replaced
        self.runner.submit(self._load_work(period_code), self._loaded, self._failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.flush()  # anything typed while loading is saved under the measure and period it was typed for
        self.period = Period.parse(loaded.period) if loaded.period else None
        location = self.store.location if self.store is not None else str(self.quick_path)
        if self.body:
            self.setWindowTitle(self.tr("zhdesk — {0} — {1}").format(location, self.body))
        else:
            self.setWindowTitle(self.tr("zhdesk — {0} — consolidated report").format(location))
        self.period_combo.clear()
        for code, words, _count in loaded.periods:
            self.period_combo.addItem(words, code)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(loaded.period)))
        self.order, self.previous = loaded.rows, loaded.previous
        self.position = {row.id: index for index, row in enumerate(loaded.rows)}
        self.filled = sum(1 for row in loaded.rows if row.execution.strip())
        self.rows = {row.id: row for row in loaded.rows}
        self.parents = loaded.parents
        self.problems = {row.id: self._check(row, row.execution) for row in loaded.rows}
        self.status = {row.id: self._status(row.id, row.execution) for row in loaded.rows}
        self.haystack = {row.id: _searchable(row) for row in loaded.rows}
        shown, self.current = self.current, None
        self._refilter()
        if shown in self.model.by_id:  # a reload of the same period stays on the measure shown
            self.navigator.setCurrentIndex(self.model.index_of(shown))
        self._fill_problems_panel()
        self.statusBar().showMessage(self.tr("{0} measures").format(len(loaded.rows)))
        self.ready.emit()
        if self.store is None:  # shown from the quick reader: open the store now, before the first save needs it
            self.runner.submit(self._open_in_background, lambda _store: None, self._open_failed)
        self._recover()

    def _recover(self) -> None:
        """Texts a killed session journaled but could not store: save them now, and say so."""
        waiting = [e for e in self.journal.pending(self.store_key) if e.body == self.body]
        if not waiting or self._recovered:
            return
        self._recovered = True
        with self._pending_lock:
            for entry in waiting:
                self._pending.setdefault((entry.measure_id, entry.period), entry.text)
        for entry in waiting:
            row = self.rows.get(entry.measure_id)
            if row is not None and self.period is not None and entry.period == self.period.code:
                self.rows[row.id] = dataclasses.replace(row, execution=entry.text)
                self.order[self.position[row.id]] = self.rows[row.id]
        self.flush()
        self.statusBar().showMessage(self.tr("Recovered {0} texts that were not saved last time").format(len(waiting)))

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the store: {0}").format(message))
        self.measure_label.setText(message)
        self.ready.emit()

    # -- validation and status ---------------------------------------------------------------------------

    def _check(self, row: MeasureRow, text: str) -> list[Problem]:
        assert self.period is not None
        if not text.strip() and (row.sector, row.task_no, row.no) in self.parents:
            return []
        label = f"{row.no} ({row.sector})"
        before = self.previous.get(row.id)
        found = check_text(row.id, label, text, self.period, previous=before.text if before else None)
        if self.body is not None:  # a body's window: the funding column is the coordinator's, not the officer's
            return found
        return found + check_funding(row.id, label, row.programme_or_funding)

    def _status(self, measure_id: str, text: str) -> str:
        problems = self.problems.get(measure_id, [])
        if not text.strip():
            return EMPTY
        if any(p.severity == ERROR for p in problems):
            return ERRORS
        return WARNINGS if problems else FILLED

    def _refilter(self) -> None:
        mode = self.filter_combo.currentData() or "all"
        words = self.search.text().strip().casefold()
        haystack, problems = self.haystack, self.problems

        only = self.only if mode == "only" else None

        def keep(row: MeasureRow) -> bool:
            if only is not None and row.id not in only:
                return False
            if mode == "unfilled" and row.execution.strip():
                return False
            if mode == "problems" and not problems.get(row.id):
                return False
            return not words or words in haystack[row.id]

        self.model.set_rows(self.order, self.status, keep if (words or mode != "all") else None)
        shown = len(self.model.by_id)
        if words and shown <= 300:
            self.navigator.expandAll()
        else:  # expanding thousands of tasks costs more than the filtering itself
            self.navigator.expandToDepth(1 if shown <= 2000 else 0)
        keep_current = self.current if self.current in self.model.by_id else None
        target = keep_current or next(iter(self.model.by_id), None)
        if target:
            self.navigator.setCurrentIndex(self.model.index_of(target))
        self.editor.highlight(self.search.text().strip())
        self._update_progress()

    def _update_progress(self) -> None:
        self.progress.setText(self.tr("Filled {0} of {1}").format(self.filled, len(self.order)))

    def _fill_problems_panel(self) -> None:
        self.panel_stale = False
        fill_problems(self.problems_tree, self.order, self.problems)

    # -- the card ----------------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        measure_id = current.data(ID_ROLE) if current.isValid() else None
        if measure_id == self.current:
            return
        self.flush()
        self.current = measure_id
        row = self.rows.get(measure_id) if measure_id else None
        self.editor.setEnabled(row is not None)
        if row is None:
            return
        self.task_label.setText(self.tr("<b>Task {0}.</b> {1}").format(row.task_no, _html(row.task)))
        self.measure_label.setText(f"<h3>{_html(row.no)}. {_html(row.text)}</h3>")
        self.executors_label.setText(self.tr("<b>Executors:</b> {0}").format(_html(row.executors)))
        self.funding_label.setText(self.tr("<b>Programme or funding:</b> {0}").format(_html(row.programme_or_funding)))
        previous = self.previous.get(row.id)  # from the period before, or further back, or last year's
        words = f" {Period.parse(previous.period).in_words}" if previous is not None else ""
        self.previous_title.setText(self.previous_title_text + words)
        self.previous_text.setPlainText(previous.text if previous else "")
        self.copy_button.setEnabled(previous is not None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(row.execution)
        self.editor.blockSignals(False)
        self.editor.highlight(self.search.text().strip())
        self._show_measure_state(row.execution)
        self._show_note()
        self.measure_shown.emit(row.id)

    def _show_note(self) -> None:
        note = self.notes.get(self.current or "", "")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    @property
    def notes(self) -> dict[str, str]:
        """Every source's note per measure, joined: what the card shows above the editor."""
        joined: dict[str, list[str]] = {}
        for _source, notes in sorted(self._notes.items()):
            for measure_id, note in notes.items():
                joined.setdefault(measure_id, []).append(note)
        return {measure_id: "<br><br>".join(parts) for measure_id, parts in joined.items()}

    def set_notes(self, source: str, notes: dict[str, str]) -> None:
        """Notes shown above the editor per measure, kept by their source ("comments", "conflicts", …):
        one source's notes never replace another's."""
        self._notes[source] = notes
        self._show_note()

    def show_only(self, label: str, measure_ids: set[str]) -> None:
        """Narrow the navigator to these measures (one body's), as an extra entry of the filter list."""
        self.only = measure_ids
        index = self.filter_combo.findData("only")
        if index < 0:
            self.filter_combo.addItem(label, "only")
            index = self.filter_combo.count() - 1
        else:
            self.filter_combo.setItemText(index, label)
        if self.filter_combo.currentIndex() == index:
            self._refilter()
        else:
            self.filter_combo.setCurrentIndex(index)

    def reload(self, period_code: str | None = None) -> None:
        """Read the period again (after submissions changed the texts), or ``period_code`` instead."""
        code = period_code or (self.period.code if self.period is not None else None)
        if code:
            self._reload(code)

    def store_work(self, task: Callable[[Store, Callable[[int, int], None]], object]) -> Callable[..., object]:
        """Work for the runner that needs the store (opened first if the quick reader showed the screen)."""

        def work(progress: Callable[[int, int], None]) -> object:
            if self.store is None:
                self.store = self._open_store()
            return task(self.store, progress)

        return work

    def _show_measure_state(self, text: str) -> None:
        self.count_label.setText(self.tr("{0} characters").format(len(text)))
        self.measure_problems.clear()
        for problem in self.problems.get(self.current or "", []):
            self.measure_problems.addItem(mark(problem))

    def _copy_previous(self) -> None:
        self.editor.setPlainText(self.previous_text.toPlainText())
        self.editor.setFocus()

    def _edited(self) -> None:
        if self.current is None:
            return
        row = self.rows[self.current]
        text = plain_text(self.editor)
        was_filled = bool(row.execution.strip())
        self.rows[row.id] = row = dataclasses.replace(row, execution=text)
        self.order[self.position[row.id]] = row
        self.filled += int(bool(text.strip())) - int(was_filled)
        problems = self._check(row, text)
        self.panel_stale |= problems != self.problems.get(row.id)
        self.problems[row.id] = problems
        self.status[row.id] = self._status(row.id, text)
        self.haystack[row.id] = _searchable(row)
        self.model.update_status(row.id, self.status[row.id], was_filled, bool(text.strip()))
        self._show_measure_state(text)
        self._update_progress()
        self.dirty = True
        self.save_timer.start()

    # -- saving ------------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Save every changed text now (off the UI thread). A text whose save fails stays pending, keyed by
        measure and period, and is saved with the next attempt, whatever measure is shown by then."""
        self.save_timer.stop()
        if self.dirty and self.current is not None and self.period is not None:
            with self._pending_lock:
                self._pending[(self.current, self.period.code)] = self.rows[self.current].execution
            self.dirty = False
        with self._pending_lock:
            batch, self._pending = self._pending, {}
        if batch:
            self.runner.submit(self._save_work(batch), self._saved, self._save_failed)

    def _save_work(self, batch: dict[tuple[str, str], str]) -> Callable[[Callable[[int, int], None]], str]:
        def work(_progress: Callable[[int, int], None]) -> str:
            from zhdesk.services.entry import save_execution
            from zhdesk.services.journal import Entry

            entries = [Entry(self.store_key, mid, code, self.body, text) for (mid, code), text in batch.items()]
            self.journal.record(entries)  # on disk before the store is touched: a kill cannot lose it
            try:
                if self.store is None:  # the first screen came from the quick reader: open the store now
                    self.store = self._open_store()
                with self.store.transaction() as session:
                    for (measure_id, code), text in batch.items():
                        save_execution(session, measure_id, Period.parse(code), text, self.body)
                self.journal.settle(entries)
            except Exception:
                with self._pending_lock:  # keep them; a newer text typed meanwhile wins
                    self._pending = {**batch, **self._pending}
                raise
            return next(iter(batch))[0]

        return work

    def _saved(self, measure_id: str) -> None:
        self.statusBar().showMessage(self.tr("Saved at {0}").format(dt.datetime.now().strftime("%H:%M:%S")))
        if self.panel_stale:  # rebuilt only when some measure's problems changed
            self._fill_problems_panel()
        self.saved.emit(measure_id)

    def _save_failed(self, _message: str) -> None:
        # The details went to stderr with the traceback; the officer gets a short word and a calm retry.
        self.statusBar().showMessage(self.tr("NOT saved: the store does not answer. Retrying in 5 seconds…"))
        QTimer.singleShot(5000, self.flush)

    # -- navigation --------------------------------------------------------------------------------------

    def select_measure(self, measure_id: str) -> None:
        index = self.model.index_of(measure_id)
        if not index.isValid():
            self.filter_combo.setCurrentIndex(0)
            self.search.clear()
            index = self.model.index_of(measure_id)
        self.navigator.setCurrentIndex(index)

    def _jump_to_problem(self, item: QTreeWidgetItem, _column: int) -> None:
        measure_id = item.data(0, ID_ROLE)
        if measure_id:
            self.select_measure(measure_id)
            self.editor.setFocus()
            position = item.data(0, POSITION_ROLE)
            cursor = self.editor.textCursor()
            if isinstance(position, int) and position >= 0:
                cursor.setPosition(min(position, len(self.editor.toPlainText())))
            else:
                cursor.movePosition(cursor.MoveOperation.End)
            self.editor.setTextCursor(cursor)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _step(self, delta: int) -> None:
        ids = self.model.measure_ids()
        if not ids:
            return
        position = ids.index(self.current) if self.current in ids else -1
        self.select_measure(ids[max(0, min(len(ids) - 1, position + delta))])

    def _next_unfilled(self) -> None:
        ids = self.model.measure_ids()
        start = ids.index(self.current) + 1 if self.current in ids else 0
        for measure_id in ids[start:] + ids[:start]:
            if not self.rows[measure_id].execution.strip():
                self.select_measure(measure_id)
                self.editor.setFocus()
                return

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.runner.wait()
        if self._pending:  # the last save failed: try once more, and never close over unsaved text
            self.flush()
            self.runner.wait()
            if self._pending:
                QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    self.tr(
                        "Some text could not be saved to the store. The window stays open so that nothing "
                        "is lost; check the store (disk, network) and close again."
                    ),
                )
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)


def _searchable(row: MeasureRow) -> str:
    return "\n".join((row.no, row.text, row.execution)).casefold()


def _html(text: str) -> str:
    import html

    return html.escape(text)
