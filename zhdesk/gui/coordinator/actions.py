"""The coordinator's actions on a period, each one operation: open a new period, issue form packages,
receive submissions, accept, return with comments, resolve a conflict, export the report.

The questions (which folder, which comment) are asked here, on the UI thread; the work is a service call
(``services.coordinator``, ``exchange``) that owns its transaction and returns plain data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from zhdesk.gui.coordinator.review_actions import ReviewActions
from zhdesk.gui.exchange_dialogs import ReceivedDialog, show_file_done
from zhdesk.gui.operations import Changes, Operation, ProgressDisplay
from zhdesk.gui.period_words import period_words

if TYPE_CHECKING:
    from zhdesk.exchange.forms import IssuedForm
    from zhdesk.exchange.submissions import Received
    from zhdesk.gui.coordinator.shell import CoordinatorWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.periods import Period
    from zhdesk.services.reporting import PeriodChoices, PeriodInfo
    from zhdesk.services.review_table import ReviewTable
    from zhdesk.storage.database import Store

T = TypeVar("T")
TAKE: dict[str, Literal["bodies", "mine"]] = {"take:bodies": "bodies", "take:mine": "mine"}  # the note's links
RECEIVED = Changes(texts=True, statuses=True)  # the consolidated texts and the bodies' standing
REVIEWED = Changes(statuses=True)
RESOLVED = Changes(texts=True, statuses=True)


class CoordinatorActions(QObject):
    """The actions of the dashboard ``pane`` (its dialogs appear over it; its display shows the progress).
    ``cancelled``: an action stopped at Cancel (what it did before is kept)."""

    cancelled = Signal()

    def __init__(self, pane: QWidget, window: CoordinatorWindow, progress: ProgressDisplay) -> None:
        super().__init__(pane)
        self.pane, self.window_, self.display = pane, window, progress
        self.review = ReviewActions(window, progress, self)  # accept and resolve: confirmed, undoable

    def _operation(self, work: Callable[[Store, Progress], T], label: str, changes: Changes) -> Operation[T]:
        operation = Operation(self.pane, work, label=label, changes=changes, initiator=self.pane, progress=self.display)
        return operation.cancelled(self.cancelled.emit)

    def new_period(self) -> None:
        """Новий звітний період…: the choices read, the dialog shown, the period opened on OK."""

        def read(store: Store, _progress: Progress) -> PeriodChoices:
            from zhdesk.services.reporting import period_choices_in

            return period_choices_in(store)

        def chosen(choices: PeriodChoices) -> None:
            if not choices.periods:
                QMessageBox.information(
                    self.pane,
                    self.tr("zhdesk"),
                    self.tr("The store holds no programme yet: import the approved programme or a report first."),
                )
                return
            from zhdesk.gui.coordinator.new_period import NewPeriodDialog

            dialog = NewPeriodDialog(self.pane, choices)
            dialog.accepted.connect(lambda: self._open_period(*dialog.chosen()))
            dialog.open()

        Operation(self.pane, read, label="").success(chosen).run()

    def _open_period(self, period: Period, deadline: dt.date | None, roles: dict[str, bool]) -> None:
        def work(store: Store, _progress: Progress) -> PeriodInfo:
            from zhdesk.services.reporting import open_period_with

            return open_period_with(store, period, deadline, roles)

        self._operation(work, self.tr("Opening the period"), REVIEWED).success(
            lambda opened: self.window_.reload(opened.code)
        ).run()

    def choose_submissions(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.pane, self.tr("Receive submissions"), "", self.tr("zhdesk submissions (*.zhsub);;All files (*)")
        )
        if files:
            self.receive([Path(f) for f in files])

    def receive(self, files: list[Path]) -> None:
        """Receive the dropped or chosen submissions (a form package is the department's, not received here)."""
        submissions = [f for f in files if f.suffix.lower() != ".zhform"]
        if not submissions:
            return

        def work(store: Store, progress: Progress) -> list[Received]:
            from zhdesk.exchange.submissions import receive_files

            return receive_files(store, submissions, progress)

        self._operation(work, self.tr("Receiving"), RECEIVED).success(
            lambda results: ReceivedDialog(self.pane, results).show()
        ).run()

    def issue(self) -> None:
        period = self.window_.period
        folder = QFileDialog.getExistingDirectory(self.pane, self.tr("Where to put the form packages"))
        if not folder or period is None:
            return

        def work(store: Store, _progress: Progress) -> list[IssuedForm]:
            from zhdesk.exchange.forms import issue_forms

            return issue_forms(store, period, Path(folder))

        def issued(forms: list[IssuedForm]) -> None:
            words = self.tr("{0} form packages for {1} are in {2}. Send each body its own file.")
            show_file_done(self.pane, words.format(len(forms), period_words(period), folder), Path(folder))

        self._operation(work, self.tr("Issuing"), REVIEWED).success(issued).run()

    def _chosen(self, code: str | None) -> Period | None:
        """The period, when a body is chosen; else says to choose one."""
        period = self.window_.period
        if not code or period is None:
            QMessageBox.information(self.pane, self.tr("zhdesk"), self.tr("Choose a body in the table first."))
            return None
        return period

    def accept(self, code: str | None, name: str = "") -> None:
        """Accept the body's submission, once confirmed (it can be undone until a newer one comes)."""
        if self._chosen(code) is not None and code is not None:
            self.review.accept(self.pane, code, name)

    def return_submission(self, code: str | None, current: str | None = None) -> None:
        """Повернути…: the body's submission back with comments, in the review's return dialog (a comment on
        the whole and one on each of the body's measures; ``current``, the card's, ready to type in)."""
        period = self._chosen(code)
        if period is None or code is None:
            return

        def read(store: Store, _progress: Progress) -> ReviewTable:
            from zhdesk.services.review_table import review_table

            return review_table(store, period)

        def chosen(table: ReviewTable) -> None:
            if code not in table.returnable:
                QMessageBox.information(
                    self.pane,
                    self.tr("zhdesk"),
                    self.tr("Nothing has been received from {0} for {1} yet: there is nothing to return.").format(
                        code, period_words(period)
                    ),
                )
                return
            rows = [row for row in table.rows if code in row.bodies]
            self.review.return_measures(self.pane, rows, table.returnable, table.names, only=code, current=current)

        Operation(self.pane, read, label="").success(chosen).run()

    def resolve(self, measure_id: str, link: str) -> None:
        """A link in the card's conflict note: take the executors' text (once confirmed), or keep the
        coordinator's; either can be undone while the measure's texts stay as they are."""
        take = TAKE.get(link)
        if measure_id and self.window_.period is not None and take is not None:
            self.review.resolve(self.pane, measure_id, take)

    def export(self) -> None:
        """The same export as File → Export, with its own progress and cancel."""
        if self.window_.printing is not None:
            self.window_.printing.export()
