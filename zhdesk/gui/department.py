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

from zhdesk.gui.qt_namespace import Qt, set_shortcut

if TYPE_CHECKING:
    import datetime as dt

    from zhdesk.exchange.forms import NeedsConfirmation, OpenedForm
    from zhdesk.exchange.submissions import SubmissionRefused
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.department import OtherBodysForm, ReturnComments, SubmissionCheck, Submitted
    from zhdesk.storage.database import Store


class Department(QObject):
    form_opened = Signal(object)  # the OpenedForm: this store now belongs to one body (the dashboard goes)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.open_action = window.file_menu.addAction(self.tr("Open a form package…"))
        self.open_action.triggered.connect(self.choose_form)
        self.submit_action = window.file_menu.addAction(self.tr("Make the submission…"))
        set_shortcut(self.submit_action, "Ctrl+Shift+S")
        self.submit_action.triggered.connect(self.submit)
        self.submit_action.setEnabled(window.body is not None)
        self.returned = window.card.banner  # above the card (B): the status bar keeps "Збережено о …" in view
        self.deadline = QLabel()  # the form's deadline and the days left, for as long as the store is the body's
        self.deadline.setObjectName("deadline")
        self.deadline.hide()
        window.statusBar().addPermanentWidget(self.deadline)
        from zhdesk.gui.officer_header import OfficerHeader

        self.header = OfficerHeader(window, self.submit_action)  # the body's name, period, deadline, counts
        window.set_header(self.header, self.header.submit)
        window.title.facts_read.connect(lambda facts: self.header.set_body_name(facts.body_name))
        window.form_facts.connect(self._form_facts)  # at the first screen, before the store is open
        window.files_dropped.connect(self.dropped)
        window.ready.connect(self._period_shown)
        self.busy = False
        self.form_period: str | None = None  # the period of the form package this store was opened from
        self.just_opened: tuple[str, str] | None = None  # (period, what to say) of a package just opened
        self.last_folder: str | None = None  # where the last submission was saved: the next one goes there too

    def _period_shown(self) -> None:
        """The window has read a period: say again what was opened (its own "N measures" replaced it),
        then fetch the coordinator's comments."""
        opened, self.just_opened = self.just_opened, None
        coordinators = self.window_.body is None
        self.window_.progress.setVisible(coordinators)  # a body's header says the count and the period: the
        label = self.window_.findChild(QLabel, "periodLabel")  # toolbar's row keeps room for Сформувати подання
        if label is not None:  # (hidden first: with all three shown at once the row would widen the window)
            label.setVisible(coordinators)
        self.header.refresh()  # shown in a body's window only
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

    def open_form(self, path: Path, confirmed: frozenset[str] = frozenset()) -> None:
        """Open the package on the runner; one that needs the officer's confirmation (another coordinator
        key, another programme year) is asked about first and opened again only when confirmed."""
        self.window_.flush()
        trust, other_year = "trust_new_coordinator" in confirmed, "other_year" in confirmed
        from zhdesk.gui.store_files import read_recent

        recent = read_recent()  # another body's package goes to its store when one of these is that body's

        def task(
            store: Store, _progress: Callable[[int, int], None]
        ) -> OpenedForm | NeedsConfirmation | OtherBodysForm:
            from zhdesk.exchange.forms import NeedsConfirmation
            from zhdesk.services.department import open_form_package, other_bodys_form
            from zhdesk.services.stores import sqlite_path

            known = [found for found in map(sqlite_path, recent) if found is not None]
            other = other_bodys_form(store, path, known)  # another body's package: offered its own store
            if other is not None:
                return other
            try:
                return open_form_package(store, path, trust_new_coordinator=trust, other_year=other_year)
            except NeedsConfirmation as asked:
                return asked

        def done(result: OpenedForm | NeedsConfirmation | OtherBodysForm) -> None:
            from zhdesk.exchange.forms import NeedsConfirmation
            from zhdesk.services.department import OtherBodysForm

            if isinstance(result, OtherBodysForm):
                self._offer_store(path, result)
            elif isinstance(result, NeedsConfirmation):
                self._ask(path, result, confirmed)
            else:
                self._opened(result)

        self.window_.runner.submit(self.window_.store_work(task), done, self._failed)

    def _opened(self, opened: OpenedForm) -> None:
        self.submit_action.setEnabled(True)
        self.header.body_name = opened.body_name
        self.form_opened.emit(opened)
        said = self.tr("Opened the form of {0} for {1}: {2} measures").format(
            opened.body, opened.period, opened.measures
        )
        if opened.previous_fingerprint:
            said += " " + self.tr("(coordinator key {0} is trusted from now on instead of {1})").format(
                opened.fingerprint, opened.previous_fingerprint
            )
        self.window_.statusBar().showMessage(said)
        self.just_opened = opened.period, said
        self.window_.open_body(opened.body, opened.period)
        if opened.first_use and opened.fingerprint:
            self._show_box(
                QMessageBox.Icon.Information,
                self.tr("The coordinator's key"),
                self.tr(
                    "This is the first form package this store has opened. It is signed with the coordinator key "
                    "<b>{0}</b>.<br><br>Check these characters with the coordinator (by telephone, for example). "
                    "From now on this store opens only packages signed with this key; a package signed with "
                    "another key is shown to you before it is opened."
                ).format(html.escape(opened.fingerprint)),
            )

    def _ask(self, path: Path, asked: NeedsConfirmation, confirmed: frozenset[str]) -> None:
        """Ask the officer about a package that needs a confirmation; open it again only on yes."""
        facts = asked.facts
        if asked.confirmation == "trust_new_coordinator":
            title = self.tr("Another coordinator key")
            question = self.tr(
                "The form package <b>{0}</b> is signed with another coordinator key (<b>{1}</b>) than the one "
                "this store trusts (<b>{2}</b>). It may not come from your coordinator.<br><br>"
                "Open it only if the coordinator has told you that their key changed (a new computer or store) "
                "and the new key's characters are the same as these. Trust the new key and open the package?"
            ).format(html.escape(path.name), html.escape(facts.get("new", "")), html.escape(facts.get("trusted", "")))
            yes = self.tr("Trust the new key and open")
        else:
            title = self.tr("Another programme year")
            question = self.tr(
                "The form package <b>{0}</b> is for the {1} programme ({2}); this store holds the form of {3} "
                "({4}).<br><br>Go on to the {1} programme in this store? The texts of {3} stay in it."
            ).format(
                html.escape(path.name),
                facts.get("year", ""),
                _period_words(facts.get("period", "")),
                facts.get("held_year", ""),
                _period_words(facts.get("held", "")),
            )
            yes = self.tr("Open the {0} form").format(facts.get("year", ""))
        box = self._show_box(QMessageBox.Icon.Warning, title, question, ask=True)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(self.tr("Do not open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(refuse)
        box.setEscapeButton(refuse)
        box.setObjectName("confirmForm")

        def answered() -> None:
            if box.clickedButton() is accept:
                self.open_form(path, confirmed | {asked.confirmation})
            else:
                self.window_.statusBar().showMessage(self.tr("The form package {0} was not opened").format(path.name))

        box.finished.connect(answered)
        box.open()

    def _offer_store(self, path: Path, other: OtherBodysForm) -> None:
        """Another body's package: this store stays as it is; offer that body a store of its own in the data
        folder, opened in the window in place of this one (both stay in File → Recent stores)."""
        held = self.header.body_name or other.held
        if other.exists:
            question = self.tr(
                "This store holds the form of <b>{0}</b>. The form package <b>{1}</b> is for another body: "
                "<b>{2}</b> ({3}), which has its own store, <i>{4}</i>.<br><br>Open that store and the package "
                "in it? This store and its texts stay as they are; switch between the two with "
                "File → Recent stores."
            )
            yes = self.tr("Open its store")
        else:
            question = self.tr(
                "This store holds the form of <b>{0}</b>. The form package <b>{1}</b> is for another body: "
                "<b>{2}</b> ({3}).<br><br>Create a separate store for {2} and open the package there?<br>"
                "It will be <i>{4}</i>. This store and its texts stay as they are; switch between the two with "
                "File → Recent stores."
            )
            yes = self.tr("Create a separate store")
        question = question.format(
            html.escape(held),
            html.escape(path.name),
            html.escape(other.body_name or other.body),
            html.escape(_period_words(other.period)),
            html.escape(str(other.store_path)),
        )
        box = self._show_box(QMessageBox.Icon.Question, self.tr("Another body's form"), question, ask=True)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(self.tr("Do not open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)
        box.setEscapeButton(refuse)
        box.setObjectName("otherBodysForm")

        def answered() -> None:
            if box.clickedButton() is accept:
                self._open_in_own_store(path, other.store_path)
            else:
                self.window_.statusBar().showMessage(self.tr("The form package {0} was not opened").format(path.name))

        box.finished.connect(answered)
        box.open()

    def _open_in_own_store(self, path: Path, store_path: Path) -> None:
        """The body's own store opened (created if new) in a new window, the package opened into it there."""
        from zhdesk.gui.store_files import StoreFiles, remember_store

        files = self.window_.findChild(StoreFiles)
        if files is None:  # the File menu is not built yet (the window has only just come up)
            return
        if self.window_.store is not None:
            remember_store(self.window_.store.url)  # this store stays in the recent ones, to come back to

        def opened(new: MainWindow) -> None:
            files.opened.disconnect(opened)
            department = new.findChild(Department)
            if department is None:
                return

            def go() -> None:
                new.ready.disconnect(go)
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda: department.open_form(path))  # after the window's panels are built

            new.ready.connect(go)

        files.opened.connect(opened)
        files.open_file(store_path, create=True)

    def _show_box(self, icon: QMessageBox.Icon, title: str, text: str, ask: bool = False) -> QMessageBox:
        """A message box shown without blocking the window (``open``): the runner and autosave go on."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window_)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not ask:
            box.addButton(QMessageBox.StandardButton.Ok)
            box.open()
        return box

    def _failed(self, message: str) -> None:
        from zhdesk.gui.details import warning  # a refusal's technical line behind «Подробиці»

        warning(self.window_, message, self.tr("zhdesk"))

    def load_comments(self) -> None:
        window = self.window_
        if window.body is None:
            return
        body = window.body

        def task(store: Store, _progress: Callable[[int, int], None]) -> ReturnComments:
            from zhdesk.services.department import coordinator_comments

            return coordinator_comments(store, body)

        window.runner.submit(window.store_work(task), self._show_comments)

    def _form_facts(self, body_name: str, deadline: dt.date | None) -> None:
        """Taken just before ``ready``, and shown by ``_period_shown`` (the toolbar's row made room first)."""
        self.header.body_name = body_name
        if deadline is not None:  # the comments' load says it again, or that it has none
            self.header.deadline = deadline

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
        from zhdesk.gui.deadlines import deadline_words
        from zhdesk.services.reporting import timeliness

        days = timeliness(comments.deadline, None).days_left
        self.deadline.setText(deadline_words(comments.deadline, days))  # the header says it in a body's window
        self.deadline.setVisible(comments.deadline is not None and self.window_.body is None)
        self.header.set_deadline(comments.deadline)

    def submit(self) -> None:
        """Check first; with errors, say so and show them; else ask where to save (the number in the
        suggested name), write, and sum up what went out."""
        window = self.window_
        if window.body is None or window.period is None or self.busy:
            return
        window.flush()  # the last keystrokes go into the store before the submission reads it

        def task(store: Store, _progress: Callable[[int, int], None]) -> SubmissionCheck:
            from zhdesk.services.department import check_submission

            return check_submission(store)

        self.busy = True
        window.runner.submit(window.store_work(task), self._checked, self._submit_failed)

    def _checked(self, check: SubmissionCheck) -> None:
        self.busy = False
        if check.errors:
            self._refused(check.errors)
            return
        window = self.window_
        folder = self.last_folder or ""
        target, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save the submission"),
            str(Path(folder) / check.file_name) if folder else check.file_name,
            self.tr("zhdesk submissions (*.zhsub)"),
        )
        if not target:
            return
        if not target.lower().endswith(".zhsub"):
            target += ".zhsub"
        self.last_folder = str(Path(target).parent)
        window.flush()

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

            if isinstance(result, SubmissionRefused):  # an error typed in between: refused, nothing written
                self._refused(sum(1 for p in result.problems if p.severity == "error"))
                return
            from zhdesk.gui.exchange_dialogs import show_file_done

            show_file_done(window, self.summary(result), result.path)
            self.load_comments()  # (B) this submission answers the comments: the banner and the marks go

        self.busy = True
        window.runner.submit(window.store_work(task), done, self._submit_failed)

    def summary(self, result: Submitted) -> str:
        """What went out: the number, the measures, the warnings, what changed since the last one, where."""
        lines = [
            self.tr("Submission no. {0} is saved: {1} measures.").format(result.sequence, result.measures),
        ]
        if result.warnings:
            lines.append(self.tr("Warnings in the texts: {0} (see the Problems panel).").format(result.warnings))
        if result.since is not None:
            last, changed = result.since
            lines.append(
                self.tr("Changed since submission no. {0}: {1} measures.").format(last, changed)
                if changed
                else self.tr("Nothing changed since submission no. {0}.").format(last)
            )
        lines.append(self.tr("File: {0}").format(result.path))
        lines.append(self.tr("Send this file to the coordinator."))
        return "\n".join(lines)

    def _refused(self, errors: int) -> None:
        QMessageBox.warning(
            self.window_,
            self.tr("Not submitted"),
            self.tr(
                "The texts still have {0} errors. They are listed in the Problems panel; "
                "fix them and make the submission again."
            ).format(errors),
        )
        self.window_.nav.show_filter("problems")  # where the errors are

    def _submit_failed(self, message: str) -> None:
        self.busy = False
        self._failed(message)


def _period_words(code: str) -> str:
    """A period's code as the officer reads it ("за 9 місяців 2023 року", in English "for the 9 months of
    2023"); the code itself if it is odd."""
    from zhdesk.gui.period_words import period_words  # in the window's language

    return period_words(code)
