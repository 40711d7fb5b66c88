"""Файл → Імпортувати звіт… and Імпортувати програму… in the coordinator's window.

The file (TXT/TSV, XLSX, DOCX) is read on the window's runner; a file with errors is refused in the
coordinator's words (the file, the line or cell, what is wrong) and nothing changes. Otherwise the import
dialog opens with the period (a report) or the year (a programme) proposed from the file's title, and the
repairs the reader made. A report is imported at once unless some matchings are uncertain; a programme is
checked first (a dry run: its plan, nothing changed) and applied only when the coordinator presses Apply,
with the uncertain matchings decided in the dialog. After an import the window reads the period again.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.import_decisions import Decisions
from zhdesk.gui.import_outcome import Outcome, summary_html
from zhdesk.gui.import_words import repair_words
from zhdesk.gui.operations import QUIET, Changes, Operation, ProgressRow
from zhdesk.gui.period_words import period_words
from zhdesk.gui.qt_namespace import Qt
from zhdesk.periods import KINDS, Period
from zhdesk.services.bodies import SuspectedDuplicate

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.importing.structure import ParsedReport
    from zhdesk.services.body_duplicates import DuplicatePair
    from zhdesk.storage.database import Store

IMPORTED = Changes(texts=True, statuses=True, programme=True)


class ImportDialog(QDialog):
    """The import of one file: what to import it as, the repairs, then the plan or the import report.
    ``imported(period code or "")`` once the store changed."""

    imported = Signal(str)

    def __init__(self, window: MainWindow, kind: str, parsed: ParsedReport) -> None:
        super().__init__(window)
        self.window_, self.kind, self.parsed = window, kind, parsed
        self.outcome: Outcome | None = None
        self.running = False
        self.setObjectName("importDialog")
        title = self.tr("Import a report") if kind == "report" else self.tr("Import a programme")
        self.setWindowTitle(f"{title} — {parsed.source}")
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{html.escape(parsed.source)}</b><br>{html.escape(' '.join(parsed.title.split()))}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addLayout(self._chooser())
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.progress = ProgressRow()
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.summary = QTextBrowser()
        self.summary.setObjectName("importSummary")
        self.summary.setOpenLinks(False)
        self.decisions = Decisions()
        self.decisions.decided.connect(self._update_buttons)
        self.repairs = QTextBrowser()  # long repairs wrap (a tree's rows would cut them)
        self.repairs.setObjectName("importRepairs")
        self.bodies = self._bodies_tab()
        for page in (self.summary, self.decisions, self.repairs, self.bodies):
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setObjectName("importRunButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.progress.busy.connect(self._busy)
        self.closed = False
        self._fill_repairs()
        self._show(None)
        self._fit()

    # -- building ---------------------------------------------------------------------------------------

    def _chooser(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("importPeriod")
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("importYear")
        self.year_spin.setRange(2000, 2100)
        titled = self.parsed.period if self.kind == "report" else None
        year = self.parsed.year
        hint = QLabel()
        if self.kind == "report":
            years = [titled.year] if titled else [dt.date.today().year - 1, dt.date.today().year]
            for y in years:
                for kind in KINDS:
                    period = Period(y, kind)
                    self.period_combo.addItem(period_words(period), period.code)
            chosen = titled or _last_finished(years)
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(chosen.code)))
            shown = QLabel(self.tr("Period:"))
            shown.setBuddy(self.period_combo)
            row.addWidget(shown)
            row.addWidget(self.period_combo)
            self.period_combo.currentIndexChanged.connect(lambda _i: self._chooser_changed())
            if titled:
                hint.setText(self.tr("as the file's title names it"))
            self.year_spin.hide()
        else:
            if year is not None:
                self.year_spin.setRange(year, year)  # the service refuses any other year for this file
                hint.setText(self.tr("as the file's title names it"))
            self.year_spin.setValue(year or dt.date.today().year)
            shown = QLabel(self.tr("Programme year:"))
            shown.setBuddy(self.year_spin)
            row.addWidget(shown)
            row.addWidget(self.year_spin)
            self.year_spin.valueChanged.connect(lambda _v: self._chooser_changed())
            self.period_combo.hide()
        row.addWidget(hint)
        row.addStretch(1)
        return row

    def _bodies_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.new_bodies_label = QLabel()
        layout.addWidget(self.new_bodies_label)
        self.new_bodies = QListWidget()
        self.new_bodies.setObjectName("importNewBodies")
        self.new_bodies.setWordWrap(True)
        layout.addWidget(self.new_bodies, 1)
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        layout.addWidget(self.duplicates_label)
        self.duplicates = QListWidget()
        self.duplicates.setObjectName("importDuplicates")
        self.duplicates.setWordWrap(True)
        layout.addWidget(self.duplicates, 1)
        row = QHBoxLayout()
        self.duplicates_button = QPushButton(self.tr("Merge or tell apart…"))
        self.duplicates_button.setObjectName("importDuplicatesButton")
        self.duplicates_button.clicked.connect(self.open_duplicates)
        row.addWidget(self.duplicates_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _fit(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 960, 680
        if free is not None:
            width, height = min(width, free.width() - 40), min(height, free.height() - 60)
        self.resize(width, height)

    def _fill_repairs(self) -> None:
        """Every repair the reader made, with its line or cell (nothing it changed goes unsaid)."""
        if not self.parsed.repairs:
            none = self.tr("The file needed no repairs.")
            self.repairs.setHtml(f"<p>{html.escape(none)}</p>")
            return
        where, what = self.tr("Where"), self.tr("What was repaired")
        rows = [f"<tr><th align='left'>{html.escape(where)}</th><th align='left'>{html.escape(what)}</th></tr>"]
        for repair in self.parsed.repairs:
            where, what = repair_words(repair)
            rows.append(
                f"<tr><td style='white-space:nowrap'>{html.escape(where)}</td><td>{html.escape(what)}</td></tr>"
            )
        self.repairs.setHtml(f"<table cellspacing='0' cellpadding='3' width='100%'>{''.join(rows)}</table>")

    # -- what it shows --------------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period.parse(self.period_combo.currentData())

    @property
    def year(self) -> int:
        return self.period.year if self.kind == "report" else self.year_spin.value()

    def _show(self, outcome: Outcome | None) -> None:
        self.outcome = outcome
        if outcome is None:
            self.summary.setHtml(
                "<p>"
                + html.escape(
                    self.tr("Press Import to import the file.")
                    if self.kind == "report"
                    else self.tr("Press Check to see what the file does to the programme; nothing is changed yet.")
                )
                + "</p>"
            )
        else:
            self.summary.setHtml(summary_html(outcome))
        deciding = outcome is not None and (outcome.waiting or outcome.dry_run)
        self.decisions.show_plan(
            outcome.plan if outcome is not None and deciding else None,
            amendment=outcome is not None and outcome.amendment,
        )
        new_bodies = outcome.new_bodies if outcome else []
        duplicates = outcome.duplicates if outcome else []
        self.new_bodies_label.setText(self.tr("New executive bodies: {0}").format(len(new_bodies)))
        self.new_bodies.clear()
        self.new_bodies.addItems(new_bodies)
        self.duplicates_label.setText(
            self.tr("Suspected duplicates: {0} (never merged without you)").format(len(duplicates))
        )
        self.duplicates.clear()
        names = {b.code: b.name for pair in (outcome.pairs if outcome else []) for b in (pair.first, pair.second)}
        for dup in duplicates:
            first, second = names.get(dup.first, ""), names.get(dup.second, "")
            self.duplicates.addItem(f"{first} ({dup.first})\n~ {second} ({dup.second})")
        self.duplicates_button.setEnabled(bool(duplicates))
        self.tabs.setTabText(0, self.tr("Summary"))
        self.tabs.setTabText(1, self.tr("Uncertain ({0})").format(len(self.decisions.matchings)))
        self.tabs.setTabText(2, self.tr("Repairs ({0})").format(len(self.parsed.repairs)))
        self.tabs.setTabText(3, self.tr("Bodies ({0} new, {1} duplicates?)").format(len(new_bodies), len(duplicates)))
        if self.decisions.needed:
            self.tabs.setCurrentWidget(self.decisions)
        self._update_buttons()

    def _update_buttons(self) -> None:
        outcome, busy = self.outcome, bool(self.progress.running)
        done = outcome is not None and outcome.written
        checked = outcome is not None and (outcome.dry_run or outcome.waiting)
        if self.kind == "report":
            words = self.tr("Import with these answers") if checked else self.tr("Import")
        else:
            words = self.tr("Apply") if checked else self.tr("Check")
        self.run_button.setText(words)
        self.run_button.setVisible(not done)
        self.run_button.setEnabled(not busy and not done and (not checked or self.decisions.pending == 0))
        self.period_combo.setEnabled(not busy and not done)
        self.year_spin.setEnabled(not busy and not done)

    def _chooser_changed(self) -> None:
        """Another period or year: a plan checked for the other one no longer stands."""
        if self.outcome is not None and not self.outcome.written:
            self._show(None)

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setStyleSheet("color: #a00000;")
        self.message.setVisible(bool(words))

    # -- running --------------------------------------------------------------------------------------

    def run(self) -> None:
        """Import (a report), check (a programme's dry run) or apply (with the answers given)."""
        outcome = self.outcome
        decided = outcome is not None and (outcome.dry_run or outcome.waiting)
        confirm, reject = self.decisions.decisions() if decided else (False, set())
        self._say("")
        parsed, kind = self.parsed, self.kind
        if kind == "report":
            period = self.period

            def work(store: Store, progress: Progress) -> Outcome:
                from zhdesk.services.programme_import import import_report

                return _with_pairs(
                    store,
                    Outcome.of_report(import_report(store, parsed, period, progress, confirm=confirm, reject=reject)),
                )

            label, changes = self.tr("Importing"), IMPORTED
        else:
            year, dry_run = self.year, not decided

            def work(store: Store, progress: Progress) -> Outcome:
                from zhdesk.services.programme import import_programme

                result = import_programme(
                    store, parsed, year, dry_run=dry_run, confirm=confirm, reject=reject, progress=progress
                )
                return _with_pairs(store, Outcome.of_programme(result))

            label = self.tr("Checking the plan") if dry_run else self.tr("Applying")
            changes = Changes() if dry_run else IMPORTED
        operation = Operation(self, work, label=label, changes=changes, initiator=self, progress=self.progress)
        operation.success(self._done).failure(self._failed).cancelled(lambda: self._say(self.tr("Cancelled.")))
        operation.run()
        self._update_buttons()

    def done(self, result: int) -> None:
        """Closed: deleted once no import of it runs any more (what it started still ends, the window reloads)."""
        super().done(result)
        self.closed = True
        if not self.progress.running:
            self.deleteLater()

    def _busy(self, busy: bool) -> None:
        if self.closed and not busy:
            self.deleteLater()
        elif not self.closed:
            self._update_buttons()

    def _done(self, outcome: Outcome) -> None:
        if not self.closed:
            self._show(outcome)
        if not outcome.written:
            return
        if not self.closed:
            self.tabs.setCurrentWidget(self.summary)
        if outcome.period is not None:
            code = outcome.period.code
        else:
            shown = self.window_.period
            code = shown.code if shown is not None else Period(outcome.year, KINDS[0]).code
        self.window_.reload(code)
        self.imported.emit(code)

    def _failed(self, words: str) -> None:
        if self.closed:  # closed meanwhile: the coordinator still learns that nothing was imported
            QMessageBox.warning(self.window_, self.tr("The file was not imported"), words)
            return
        self._say(words)
        self._update_buttons()

    def open_duplicates(self) -> None:
        """The duplicates dialog over this one; each answer read back into the list here."""
        from zhdesk.gui.duplicates_dialog import open_duplicates

        open_duplicates(self.window_, self).answered.connect(lambda _words: self._read_pairs())

    def _read_pairs(self) -> None:
        def work(store: Store, _progress: Progress) -> list[DuplicatePair]:
            from zhdesk.services.body_duplicates import duplicate_pairs_in

            return duplicate_pairs_in(store)

        def read(pairs: list[DuplicatePair]) -> None:
            if self.outcome is not None and not self.closed:
                self.outcome.pairs = pairs
                self.outcome.duplicates = [SuspectedDuplicate(p.first.code, p.second.code, p.reason) for p in pairs]
                self._show(self.outcome)

        Operation(self, work, label="", progress=QUIET).success(read).run()


def _with_pairs(store: Store, outcome: Outcome) -> Outcome:
    """The suspected duplicates with both bodies' full names (read after the import, on the runner)."""
    if outcome.duplicates:
        from zhdesk.services.body_duplicates import duplicate_pairs_in

        outcome.pairs = duplicate_pairs_in(store)
    return outcome


def _last_finished(years: list[int]) -> Period:
    """The latest period of ``years`` that has ended (the first one if none has)."""
    today = dt.date.today()
    ended = [Period(y, k) for y in years for k in KINDS if Period(y, k).ends_on < today]
    return ended[-1] if ended else Period(years[0], KINDS[0])


class ImportMenu(QObject):
    """Файл → Імпортувати звіт… / Імпортувати програму…; ``dialog`` is the import dialog shown last."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialog: ImportDialog | None = None
        self.failure: QMessageBox | None = None
        self.report_action = QAction(self.tr("Import a report…"), window)
        self.report_action.setObjectName("importReportAction")
        self.report_action.setToolTip(self.tr("Last period's report or a published one: TXT/TSV, XLSX or DOCX"))
        self.programme_action = QAction(self.tr("Import a programme…"), window)
        self.programme_action.setObjectName("importProgrammeAction")
        self.programme_action.setToolTip(self.tr("The approved programme of a year, or an amendment of it"))
        self.report_action.triggered.connect(lambda: self.choose("report"))
        self.programme_action.triggered.connect(lambda: self.choose("programme"))
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.report_action, self.programme_action])  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)

    def remove(self) -> None:
        """The store now belongs to one body (a form package was opened into it): no imports here."""
        for action in (self.report_action, self.programme_action):
            action.setVisible(False)
            action.setEnabled(False)

    def choose(self, kind: str) -> None:
        title = self.tr("Import a report") if kind == "report" else self.tr("Import a programme")
        name, _ = QFileDialog.getOpenFileName(
            self.window_, title, "", self.tr("Tables (*.txt *.tsv *.xlsx *.docx);;All files (*)")
        )
        if name:
            self.open_file(Path(name), kind)

    def open_file(self, path: Path, kind: str) -> None:
        """Read ``path`` as a report or a programme (on the runner), then show the import dialog."""

        def read(_store: Store, _progress: Progress) -> ParsedReport:
            from zhdesk.importing.readers import read_programme, read_report

            return read_report(path) if kind == "report" else read_programme(path)

        def shown(parsed: Any) -> None:
            self.dialog = ImportDialog(self.window_, kind, parsed)  # deletes itself once closed and idle
            self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
            self.dialog.open()

        Operation(self.window_, read, label=self.tr("Reading the file")).success(shown).failure(self._refused).run()

    def _refused(self, words: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The file was not imported"), words, parent=self.window_)
        box.setObjectName("importFailure")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "failure", None))
        self.failure = box
        box.open()
