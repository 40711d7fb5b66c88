"""The main window: the shell around the navigator, the measure's card and the problems panel.

The period's rows live in a Qt-free ``Worklist``; the store, its lazy opening and the runner in a
``StoreSession``; saving as one types in ``Autosave``; the card's widgets in ``Card``. Every store access
runs on the background runner; there is no Save button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui import language
from zhdesk.gui.autosave import Autosave
from zhdesk.gui.card import Card, Notes
from zhdesk.gui.loading import Loaded
from zhdesk.gui.navigator import Navigator
from zhdesk.gui.period_words import period_words
from zhdesk.gui.problems_panel import fill_problems
from zhdesk.gui.qt_namespace import Qt, add_dock_widget
from zhdesk.gui.saving import SavingNotes, confirm_close
from zhdesk.gui.store_session import StoreSession
from zhdesk.gui.text_editor import ExecutionEditor, plain_text
from zhdesk.gui.widgets import child, fit_to_screen, load_form, restore_geometry, save_geometry
from zhdesk.gui.window_title import WindowTitle
from zhdesk.periods import Period
from zhdesk.services.worklist import Worklist
from zhdesk.validation.service import programme_vocabulary

if TYPE_CHECKING:  # the store's modules (SQLAlchemy) load on the runner while the window is being built
    from zhdesk.gui.printing import Printing
    from zhdesk.gui.runner import Runner
    from zhdesk.storage.database import Store


class MainWindow(QMainWindow):
    ready = Signal()
    form_facts = Signal(str, object)  # a body's full name and the period's deadline (date | None), as first read
    saved = Signal(str)
    measure_shown = Signal(str)  # the measure now in the card
    files_dropped = Signal(list)  # paths of files dropped onto the window
    note_link = Signal(str, str)  # (measure id, link) clicked in the card's note
    counts_changed = Signal()  # the filled / errors counts may have changed (every edit; the header waits for a pause)

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
        self.session = StoreSession(open_store, runner, quick_path, store_key, self)
        self.runner, self.quick_path, self.body = runner, quick_path, body
        self.work = Worklist.empty()
        self.current: str | None = None
        self.panel_stale = False
        self._officer_docks = False  # the Problems panel closed once for a body's window
        self._at_work = False  # a body's window has put the cursor in the first unfilled measure's text
        self._notes = Notes()
        self.autosave = Autosave(self.session, lambda: self.body, self)
        self.autosave.text_of = lambda measure_id: self.work.rows[measure_id].execution
        self.autosave.saved.connect(self._saved)
        self.session.changing.connect(self._store_changing)
        self.session.changed.connect(self._store_changed)
        self.title = WindowTitle(self)
        # the first screen is read on the runner while the widgets are built (its answer comes through the
        # event loop, after them)
        self.runner.submit(
            self.autosave.remember(self.session.read_period(None, body), body), self._loaded, self._failed
        )
        self._build()
        SavingNotes(self)
        self.statusBar().showMessage(self.tr("Opening the store…"))

    @property
    def printing(self) -> Printing | None:
        """File → Export / Print: built as a child of the window once the first screen is up."""
        from zhdesk.gui.printing import Printing

        return self.findChild(Printing)

    # what the panels and the tests read of the window
    store = property(lambda self: self.session.store)
    period = property(lambda self: self.work.period)
    rows = property(lambda self: self.work.rows)
    order = property(lambda self: self.work.order)
    problems = property(lambda self: self.work.problems)
    status = property(lambda self: self.work.status)
    _pending = property(lambda self: self.autosave.pending)
    journal = property(lambda self: self.autosave.journal)
    store_key = property(lambda self: self.session.key)

    @property
    def dirty(self) -> bool:
        return self.autosave.dirty is not None

    @dirty.setter
    def dirty(self, value: bool) -> None:
        if not value:
            self.autosave.dirty = None

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        form = load_form("main_window.ui")
        central = form.centralWidget()
        if central is None:
            raise LookupError("main_window.ui has no central widget")
        self.setCentralWidget(central)
        self.setStatusBar(form.statusBar())
        dock = child(form, QDockWidget, "problemsDock")
        add_dock_widget(self, "BottomDockWidgetArea", dock)
        self.resize(form.size())
        self.period_combo: QComboBox = child(self, QComboBox, "periodCombo")
        self.period_combo.setToolTip(self.tr("Reporting period"))  # also where its label is hidden (a body's window)
        self.progress: QLabel = child(self, QLabel, "progressLabel")
        self.splitter: QSplitter = child(self, QSplitter, "splitter")
        self._give_the_editor_room()
        self.card = Card(self)
        self.card.note_link.connect(lambda link: self.note_link.emit(self.current or "", link))
        card = self.card
        self.editor, self.note_label, self.measure_label = card.editor, card.note_label, card.measure_label
        self.previous_text, self.previous_title, self.copy_button = (
            card.previous_text,
            card.previous_title,
            card.copy_button,
        )
        self.setAcceptDrops(True)
        self.problems_tree: QTreeWidget = child(self, QTreeWidget, "problemsTree")
        self.nav = Navigator(self, self.editor, lambda: self.work)
        self.navigator, self.model = self.nav.view, self.nav.model
        self.filter_combo, self.search = self.nav.filter_combo, self.nav.search
        self.nav.current_changed.connect(self._current_changed)
        self.nav.said.connect(lambda words: self.statusBar().showMessage(words, 8000))
        self.panel_timer = QTimer(self, singleShot=True, interval=250)
        self.panel_timer.timeout.connect(self._fill_problems_panel)
        self.period_combo.activated.connect(lambda i: self._reload(self.period_combo.itemData(i)))
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._refilter())
        self.search.textChanged.connect(lambda _t: self._refilter())
        self.editor.textChanged.connect(self._edited)
        self.editor.focus_lost.connect(self.flush)
        self.problems_tree.itemActivated.connect(self.nav.jump_to_problem)
        self.nav.install_shortcuts(self)
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(dock.toggleViewAction())
        language.add_menu(self)
        restore_geometry(self, self.splitter)
        fit_to_screen(self)

    def _give_the_editor_room(self) -> None:
        """The editor takes the height the card leaves over; the toolbar keeps its own, the splitter the rest."""
        card = child(self, QWidget, "card")
        editor = child(card, ExecutionEditor, "editor")
        layout = card.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(editor, 1)
        central = self.centralWidget()
        outer = central.layout() if central is not None else None
        if isinstance(outer, QVBoxLayout):
            outer.setStretchFactor(self.splitter, 1)

    # -- loading (background work never touches widgets) -----------------------------------------------

    def _open_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the store: {0}").format(message))

    def _reload(self, period_code: str) -> None:
        self.flush()
        self.editor.setEnabled(False)  # nothing can be typed into a measure that is about to be replaced
        read = self.autosave.remember(self.session.read_period(period_code, self.body), self.body)
        self.runner.submit(read, self._loaded, self._failed)

    def _loaded(self, loaded: Loaded) -> None:
        self.flush()  # anything typed while loading is saved under the measure and period it was typed for
        period = Period.parse(loaded.period) if loaded.period else None
        self.work = Worklist(loaded.rows, loaded.previous, loaded.parents, period, self.body)
        self._show_read_only(self.session.store)
        self.period_combo.clear()
        for code, _words, _count in loaded.periods:  # worded in the window's language, not the store's Ukrainian
            self.period_combo.addItem(period_words(code), code)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(loaded.period)))
        shown, self.current = self.current, None
        self.nav.current = None
        self._refilter()
        if shown in self.model.by_id:  # a reload of the same period stays on the measure shown
            self.navigator.setCurrentIndex(self.model.index_of(shown))
        self._fill_problems_panel()
        self._officer_room()
        self._start_at_work()
        self.statusBar().showMessage(self.tr("{0} measures").format(len(loaded.rows)))
        if loaded.body_name:
            self.form_facts.emit(loaded.body_name, loaded.deadline)
        self.ready.emit()
        rows = loaded.rows  # the programme's words, never underlined: gathered on the runner, after the first screen
        self.runner.submit(lambda _progress: programme_vocabulary(rows), self.editor.set_vocabulary)
        if self.session.store is None:  # shown from the quick reader: open the store now, before a save needs it
            self.runner.submit(lambda _progress: self.session.open(), self._show_read_only, self._open_failed)
        self.title.read()  # the community and the body's name, once the store is open
        self.autosave.recover()  # texts a killed session left unsaved: shown by SavingNotes

    def _officer_room(self) -> None:
        """A body's window gives the card the height: the Problems panel starts closed (each measure's
        problems are under its editor, the navigator marks them) unless the officer left it open."""
        if self.body is None or self._officer_docks:
            return
        self._officer_docks = True
        from PySide6.QtCore import QSettings

        if QSettings().value("window/officer_problems") != "shown":
            child(self, QDockWidget, "problemsDock").hide()

    def _start_at_work(self) -> None:
        """A body's window opens with the cursor in the text of the first measure not filled yet (the first
        measure when all are), not in the period box, so that typing goes into the text."""
        if self.body is None or self._at_work or not self.work.order:
            return
        self._at_work = True
        first = self.work.first_unfilled(self.model.measure_ids())
        if first is not None:
            self.select_measure(first)
        self.editor.setFocus()  # Qt.FocusReason.OtherFocusReason

    def set_header(self, header: QWidget, button: QWidget | None = None) -> None:
        """A line above the toolbar (the officer's header), and ``button`` at the toolbar's end (where the
        count was): the editor keeps most of the height it had."""
        central = self.centralWidget()
        outer = central.layout() if central is not None else None
        if isinstance(outer, QVBoxLayout):
            outer.insertWidget(0, header)
        toolbar = central.findChild(QHBoxLayout, "toolbarLayout") if central is not None else None
        if button is not None and isinstance(toolbar, QHBoxLayout):
            toolbar.addWidget(button)

    def _show_read_only(self, store: Store | None) -> None:
        """A store that cannot be written: the title says so and the editor takes no typing."""
        self.title.show()  # the community, the year, the period, the store's name (and "read-only")
        if store is not None and store.read_only:
            self.editor.setReadOnly(True)

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open the store: {0}").format(message))
        self.measure_label.setText(message)
        self.title.show()
        self.ready.emit()

    # -- the navigator -----------------------------------------------------------------------------------

    def _refilter(self) -> None:
        self.nav.refilter()
        self._update_progress()
        self.panel_timer.start()  # the problems panel follows the navigator, once the typing pauses

    def _update_progress(self) -> None:
        self.progress.setText(self.tr("Filled {0} of {1}").format(self.work.filled, len(self.work.order)))
        self.counts_changed.emit()

    def _fill_problems_panel(self) -> None:
        """The problems of the measures the navigator shows; the dock's title counts them."""
        self.panel_stale = False
        self.panel_timer.stop()
        filtered = bool(self.search.text().strip()) or self.filter_combo.currentData() not in (None, "all")
        shown = self.model.by_id if filtered else None
        count = fill_problems(self.problems_tree, self.work.order, self.work.problems, shown)
        dock = self.problems_tree.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.setWindowTitle(self.tr("Problems ({0})").format(count) if count else self.tr("Problems"))

    def _current_changed(self, measure_id: str | None) -> None:
        if measure_id == self.current:
            return
        self.flush()
        self.current = self.nav.current = measure_id
        row = self.work.rows.get(measure_id) if measure_id else None
        self.editor.setEnabled(row is not None)
        if row is None:
            self.card.show_nothing()
            return
        problems = self.work.problems.get(row.id, [])
        self.card.show(row, self.work.previous.get(row.id), problems, self.search.text().strip())
        self._show_note()
        self.measure_shown.emit(row.id)

    # -- notes above the editor (comments, conflicts), kept by their source ---------------------------------

    @property
    def notes(self) -> dict[str, str]:
        return self._notes.joined()

    def set_notes(self, source: str, notes: dict[str, str]) -> None:
        self._notes.set(source, notes)
        self._show_note()

    def _show_note(self) -> None:
        self.card.show_note(self._notes.of(self.current or ""))

    def show_only(self, label: str, measure_ids: set[str]) -> None:
        """Narrow the navigator to these measures (one body's), as an extra entry of the filter list."""
        self.nav.show_only(label, measure_ids)

    def open_body(self, body: str, period_code: str) -> None:
        """This store now belongs to ``body`` (a form package was just opened into it): from now on its
        measures and its own texts, typed texts saved as its part; ``period_code`` is read."""
        self.body = body
        self._at_work = False  # the package's form opens with the cursor in its first unfilled text
        self._reload(period_code)

    def _store_changing(self, changes: Any) -> None:
        if changes.texts:  # nothing is typed into a text the work is about to replace
            self.editor.setEnabled(False)

    def _store_changed(self, changes: Any, _initiator: object) -> None:
        if changes.texts:  # the period read again reopens the editor on the measure shown
            self.reload()

    def reload(self, period_code: str | None = None) -> None:
        """Read the period again (after submissions changed the texts), or ``period_code`` instead."""
        code = period_code or (self.period.code if self.period is not None else None)
        if code:
            self._reload(code)

    def store_work(self, task: Callable[[Store, Callable[[int, int], None]], object]) -> Callable[..., Any]:
        """Work for the runner that needs the store (opened first if the quick reader showed the screen)."""
        return self.session.work(task)

    # -- typing and saving -------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.current is None or self.period is None:
            return
        edit = self.work.apply_edit(self.current, plain_text(self.editor))
        self.panel_stale |= edit.problems_changed
        self.model.update_status(edit.row.id, edit.status, edit.was_filled, edit.filled)
        self.card.show_state(edit.row.execution, self.work.problems[edit.row.id])
        self._update_progress()
        self.autosave.typed(edit.row.id, self.period)

    def flush(self) -> None:
        """Save every changed text now (off the UI thread); see ``Autosave.flush``."""
        self.autosave.flush()

    def put_text(self, measure_id: str, text: str) -> None:
        """A text put in without typing (recovered, or the stored one chosen): counts, status and editor."""
        if measure_id not in self.work.rows:
            return
        edit = self.work.apply_edit(measure_id, text)
        self.model.update_status(measure_id, edit.status, edit.was_filled, edit.filled)
        self._update_progress()
        if measure_id == self.current:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self.card.show_state(text, self.work.problems[measure_id])

    def _saved(self, measure_id: str) -> None:
        import datetime as dt

        self.statusBar().showMessage(self.tr("Saved at {0}").format(dt.datetime.now().strftime("%H:%M:%S")))
        if self.panel_stale:  # rebuilt only when some measure's problems changed
            self._fill_problems_panel()
        self.saved.emit(measure_id)

    # -- moving between measures (the navigator's; named here for the panels and the tests) ----------------

    def select_measure(self, measure_id: str) -> None:
        self.nav.select(measure_id)

    def _jump_to_problem(self, item: QTreeWidgetItem, column: int) -> None:
        self.nav.jump_to_problem(item, column)

    def _step(self, delta: int) -> None:
        self.nav.step(delta)

    def _next_unfilled(self) -> None:
        self.nav.next_unfilled()

    # -- the window itself -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)

    def takeCentralWidget(self) -> QWidget | None:
        """The view taken out (to be put in the start page's stack): the cursor is put back where it was."""
        self._focus_kept = QApplication.focusWidget()
        return super().takeCentralWidget()

    def setCentralWidget(self, widget: QWidget) -> None:
        super().setCentralWidget(widget)
        kept, self._focus_kept = getattr(self, "_focus_kept", None), None
        if kept is not None and self.isAncestorOf(kept):  # once Qt has shown the new central widget (queued)
            QTimer.singleShot(
                0, self, lambda: kept.setFocus(Qt.FocusReason.OtherFocusReason) if kept.isVisible() else None
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not confirm_close(self):  # texts someone else changed meanwhile: the officer decides
            event.ignore()
            return
        if not self.autosave.finish():  # never close over unsaved text
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
        save_geometry(self, self.splitter)
        if self.body is not None:
            from PySide6.QtCore import QSettings

            shown = child(self, QDockWidget, "problemsDock").isVisible()
            QSettings().setValue("window/officer_problems", "shown" if shown else "closed")
        self.autosave.close()
        self.session.close()
        super().closeEvent(event)
