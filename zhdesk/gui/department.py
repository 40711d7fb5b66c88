"""The department's side of the exchange in the window: open a form package, make the submission,
and see the coordinator's comments next to the measures they concern.

The work is ``services.department``'s (on the window's runner); the panel tells the window what it needs
through ``MainWindow.open_body`` and ``set_notes`` and the navigator's ``show_filter``, and announces
``form_opened``."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

if TYPE_CHECKING:
    from zhdesk.exchange.forms import OpenedForm
    from zhdesk.exchange.submissions import SubmissionRefused
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.department import ReturnComments, Submitted
    from zhdesk.storage.database import Store


class Department(QObject):
    form_opened = Signal(object)  # the OpenedForm: this store now belongs to one body (the dashboard goes)

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
        window.ready.connect(self._period_shown)
        self.busy = False
        self.form_period: str | None = None  # the period of the form package this store was opened from
        self.just_opened: tuple[str, str] | None = None  # (period, what to say) of a package just opened

    def _period_shown(self) -> None:
        """The window has read a period: say again what was opened (its own "N measures" replaced it),
        then fetch the coordinator's comments."""
        opened, self.just_opened = self.just_opened, None
        period = self.window_.period
        if opened is not None and period is not None and period.code == opened[0]:
            self.window_.statusBar().showMessage(opened[1])
        self.load_comments()

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

        def task(store: Store, _progress: Callable[[int, int], None]) -> OpenedForm:
            from zhdesk.services.department import open_form_package

            return open_form_package(store, path)

        def done(opened: OpenedForm) -> None:
            self.submit_action.setEnabled(True)
            self.form_opened.emit(opened)
            said = self.tr("Opened the form of {0} for {1}: {2} measures").format(
                opened.body, opened.period, opened.measures
            )
            self.window_.statusBar().showMessage(said)
            self.just_opened = opened.period, said
            self.window_.open_body(opened.body, opened.period)

        self.window_.runner.submit(self.window_.store_work(task), done, self._failed)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window_, self.tr("zhdesk"), message)

    def load_comments(self) -> None:
        window = self.window_
        if window.body is None:
            return
        body = window.body

        def task(store: Store, _progress: Callable[[int, int], None]) -> ReturnComments:
            from zhdesk.services.department import coordinator_comments

            return coordinator_comments(store, body)

        window.runner.submit(window.store_work(task), self._show_comments)

    def _show_comments(self, comments: ReturnComments) -> None:
        self.form_period = comments.period
        notes = {
            measure_id: self.tr("<b>The coordinator's comment:</b> {0}").format(html.escape(text, quote=False))
            for measure_id, text in comments.on_measures.items()
        }
        self.window_.set_notes("comments", notes)
        said = html.escape(" ".join(comments.general), quote=False)
        self.returned.setText(self.tr("Returned by the coordinator: {0}").format(said) if comments.general else "")
        self.returned.setVisible(bool(comments.general))

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

        def task(store: Store, _progress: Callable[[int, int], None]) -> Submitted | SubmissionRefused:
            from zhdesk.exchange.submissions import SubmissionRefused
            from zhdesk.services.department import write_submission

            try:
                return write_submission(store, Path(target))
            except SubmissionRefused as refused:
                return refused

        def done(result: Submitted | SubmissionRefused) -> None:
            self.busy = False
            from zhdesk.exchange.submissions import SubmissionRefused

            if not isinstance(result, SubmissionRefused):
                from zhdesk.gui.exchange_dialogs import show_file_done

                show_file_done(
                    window,
                    self.tr(
                        "Submission no. {0} ({1} measures) is saved as {2}. Send this file to the coordinator."
                    ).format(result.sequence, result.measures, target),
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
            window.nav.show_filter("problems")  # where the errors are

        def failed(message: str) -> None:
            self.busy = False
            self._failed(message)

        self.busy = True
        window.runner.submit(window.store_work(task), done, failed)
