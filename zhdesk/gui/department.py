"""The department's side of the exchange in the window: open a form package, make the submission,
and see the coordinator's comments next to the measures they concern."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.storage.database import Store


class Department(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.open_action = window.file_menu.addAction(self.tr("Open a form package…"))
        self.open_action.triggered.connect(self.choose_form)
        self.submit_action = window.file_menu.addAction(self.tr("Make the submission…"))
        self.submit_action.setShortcut("Ctrl+Shift+S")
        self.submit_action.triggered.connect(self.submit)
        self.submit_action.setEnabled(window.body is not None)
        self.returned = QLabel()
        self.returned.setStyleSheet("QLabel { background: #fff4cc; padding: 2px 6px; }")
        self.returned.setWordWrap(True)
        self.returned.hide()
        window.statusBar().addPermanentWidget(self.returned, 1)
        window.files_dropped.connect(self.dropped)
        window.ready.connect(self.load_comments)
        self.busy = False
        self.form_period: str | None = None  # the period of the form package this store was opened from

    def dropped(self, files: list[Path]) -> None:
        forms = [f for f in files if f.suffix.lower() == ".zhform"]
        if forms:
            self.open_form(forms[-1])
        elif self.window_.body is not None and any(f.suffix.lower() == ".zhsub" for f in files):
            QMessageBox.information(
                self.window_,
                self.tr("zhdesk"),
                self.tr("Submissions are received in the coordinator's store; send this file to the coordinator."),
            )

    def choose_form(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window_, self.tr("Open a form package"), "", self.tr("zhdesk form packages (*.zhform)")
        )
        if name:
            self.open_form(Path(name))

    def open_form(self, path: Path) -> None:
        self.window_.flush()

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.forms import open_form

            with store.transaction() as session:
                return open_form(session, path)

        def done(opened: Any) -> None:
            self.window_.body = opened.body
            self.submit_action.setEnabled(True)
            dashboard = self.window_.findChild(QObject, "dashboardDock")
            if dashboard is not None:
                dashboard.deleteLater()  # this store now belongs to one body
            self.window_.statusBar().showMessage(
                self.tr("Opened the form of {0} for {1}: {2} measures").format(
                    opened.body, opened.period, opened.measures
                )
            )
            self.window_.reload(opened.period)

        self.window_.runner.submit(self.window_.store_work(task), done, self._failed)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window_, self.tr("zhdesk"), message)

    def load_comments(self) -> None:
        window = self.window_
        if window.body is None:
            return
        body = window.body

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from sqlalchemy import select

            from zhdesk.exchange.scope import read_scope
            from zhdesk.storage.models import ExecutiveBody, ReportingPeriod, ReviewComment

            with store.reading() as session:
                scope = read_scope(session)
                if scope is None or scope.body != body:
                    return None, []
                return scope.period.code, session.execute(  # the comments on the package's period
                    select(ReviewComment.measure_id, ReviewComment.text)
                    .join(ExecutiveBody, ExecutiveBody.id == ReviewComment.body_id)
                    .join(ReportingPeriod, ReportingPeriod.id == ReviewComment.period_id)
                    .where(ExecutiveBody.code == body, ReportingPeriod.code == scope.period.code)
                    .order_by(ReviewComment.id)
                ).all()

        window.runner.submit(window.store_work(task), self._show_comments)

    def _show_comments(self, answer: tuple[str | None, list[tuple[str | None, str]]]) -> None:
        self.form_period, comments = answer
        general = [text for measure_id, text in comments if measure_id is None]
        notes: dict[str, str] = {}
        for measure_id, text in comments:
            if measure_id is not None:
                notes[measure_id] = self.tr("<b>The coordinator's comment:</b> {0}").format(
                    html.escape(text, quote=False)
                )
        self.window_.set_notes("comments", notes)
        said = html.escape(" ".join(general), quote=False)
        self.returned.setText(self.tr("Returned by the coordinator: {0}").format(said) if general else "")
        self.returned.setVisible(bool(general))

    def submit(self) -> None:
        window = self.window_
        if window.body is None or window.period is None or self.busy:
            return
        suggested = f"{window.body}-{self.form_period or window.period.code}.zhsub"
        target, _ = QFileDialog.getSaveFileName(
            window, self.tr("Save the submission"), suggested, self.tr("zhdesk submissions (*.zhsub)")
        )
        if not target:
            return
        window.flush()  # the last keystrokes go into the store before the submission reads it

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.exchange.container import write_file
            from zhdesk.exchange.submissions import SubmissionRefused, make_submission

            with store.transaction() as session:
                try:
                    data, sequence, entries = make_submission(session)
                except SubmissionRefused as refused:
                    return refused
            write_file(Path(target), data)  # after the commit: a failed write only skips a number
            return sequence, entries

        def done(result: Any) -> None:
            self.busy = False
            if isinstance(result, tuple):
                from zhdesk.gui.exchange_dialogs import show_file_done

                sequence, entries = result
                show_file_done(
                    window,
                    self.tr(
                        "Submission no. {0} ({1} measures) is saved as {2}. Send this file to the coordinator."
                    ).format(sequence, entries, target),
                    Path(target),
                )
                return
            errors = sum(1 for p in result.problems if p.severity == "error")
            QMessageBox.warning(
                window,
                self.tr("Not submitted"),
                self.tr(
                    "The texts still have {0} errors. They are listed in the Problems panel; "
                    "fix them and make the submission again."
                ).format(errors),
            )
            window.filter_combo.setCurrentIndex(window.filter_combo.findData("problems"))

        def failed(message: str) -> None:
            self.busy = False
            self._failed(message)

        self.busy = True
        window.runner.submit(window.store_work(task), done, failed)
