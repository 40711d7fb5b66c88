"""Accepting, taking the executors' text and returning with comments, as the review asks for them: the two
first ask for confirmation and can be undone (the last one, while nothing newer arrived); a return may
cover any number of measures and the bodies they belong to.

The questions are asked here on the UI thread; the work is one service call each (``services.review_undo``,
``services.coordinator``) on the window's runner. ``UndoBar`` shows what can be undone, with its button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from zhdesk.gui.exchange_dialogs import show_file_done
from zhdesk.gui.operations import Changes, Operation
from zhdesk.gui.period_words import period_words
from zhdesk.gui.runner import DESCRIBERS
from zhdesk.services.review_undo import CHANGED, NEWER, REVIEWED, SENT, UndoRefused

if TYPE_CHECKING:
    from zhdesk.gui.coordinator.shell import CoordinatorWindow
    from zhdesk.gui.operations import Progress, ProgressDisplay
    from zhdesk.services.review_table import ReviewRow
    from zhdesk.services.review_undo import AcceptUndo, ResolveUndo
    from zhdesk.storage.database import Store

T = TypeVar("T")
REVIEWED_CHANGES = Changes(statuses=True)
RESOLVED_CHANGES = Changes(texts=True, statuses=True)


def refusal_words(exc: UndoRefused) -> str:
    words = {
        NEWER: QCoreApplication.translate(
            "ReviewActions", "Not undone: a newer submission came from {0} after it was accepted. Review that one."
        ),
        REVIEWED: QCoreApplication.translate(
            "ReviewActions", "Not undone: the submission of {0} was reviewed again since."
        ),
        SENT: QCoreApplication.translate(
            "ReviewActions", "Not undone: the executors sent another text of measure {0} since."
        ),
        CHANGED: QCoreApplication.translate("ReviewActions", "Not undone: the text of measure {0} was changed since."),
    }
    return words.get(exc.kind, QCoreApplication.translate("ReviewActions", "Not undone: {0} changed since.")).format(
        exc.subject
    )


DESCRIBERS.append((UndoRefused, refusal_words))


class ReviewActions(QObject):
    """The review's steps for the coordinator's window; ``undoable(words)``: what the undo button would take
    back ("" when nothing). ``confirmation``: the question being asked, if any (tests answer it)."""

    undoable = Signal(str)

    def __init__(
        self, window: CoordinatorWindow, progress: ProgressDisplay | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window_, self.display = window, progress
        self.last: tuple[str, AcceptUndo | ResolveUndo] | None = None
        self.confirmation: QMessageBox | None = None
        self.return_dialog: QWidget | None = None

    def _run(self, over: QWidget, work: Callable[[Store, Progress], T], label: str, changes: Changes) -> Operation[T]:
        return Operation(over, work, label=label, changes=changes, initiator=self, progress=self.display)

    def _confirm(self, over: QWidget, title: str, question: str, yes: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, over)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        self.confirmation = box

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is go:
                then()
            box.deleteLater()

        box.finished.connect(answered)
        box.open()

    def _done(self, words: str, undo: AcceptUndo | ResolveUndo) -> None:
        self.last = (words, undo)
        self.undoable.emit(words)

    # -- accept ----------------------------------------------------------------------------------------------

    def accept(self, over: QWidget, code: str, name: str = "") -> None:
        period = self.window_.period
        if period is None:
            return
        question = self.tr(
            "Accept the submission of {0} for {1}?\n\nIt can be undone until a newer submission comes from the body."
        ).format(f"{code} ({name})" if name else code, period_words(period))

        def work(store: Store, _progress: Progress) -> AcceptUndo:
            from zhdesk.services.review_undo import accept

            return accept(store, code, period)

        def go() -> None:
            self._run(over, work, self.tr("Accepting"), REVIEWED_CHANGES).success(
                lambda undo: self._done(self.tr("Accepted: {0}").format(code), undo)
            ).run()

        self._confirm(over, self.tr("Accept"), question, self.tr("Accept"), go)

    # -- conflicts -------------------------------------------------------------------------------------------

    def resolve(self, over: QWidget, measure_id: str, take: Literal["bodies", "mine"], no: str = "") -> None:
        """Take the executors' text (asked first) or keep the coordinator's, for the measure's conflict."""
        period = self.window_.period
        if period is None or not measure_id:
            return
        no = no or (self.window_.rows[measure_id].no if measure_id in self.window_.rows else measure_id)

        def work(store: Store, _progress: Progress) -> ResolveUndo:
            from zhdesk.services.review_undo import resolve

            return resolve(store, measure_id, period, take)

        def go() -> None:
            words = self.tr("Took the executors' text: {0}") if take == "bodies" else self.tr("Kept my text: {0}")
            self._run(over, work, self.tr("Resolving"), RESOLVED_CHANGES).success(
                lambda undo: self._done(words.format(no), undo)
            ).run()

        if take == "mine":
            go()
            return
        question = self.tr(
            "Take the executors' text for measure {0}?\n\nYour text leaves the report (the history keeps it). "
            "It can be undone until a text of the measure changes."
        ).format(no)
        self._confirm(over, self.tr("Take the executors' text"), question, self.tr("Take the executors' text"), go)

    # -- undo ------------------------------------------------------------------------------------------------

    def undo(self, over: QWidget) -> None:
        if self.last is None:
            return
        _words, undo = self.last
        self.last = None
        self.undoable.emit("")

        def work(store: Store, _progress: Progress) -> str:
            from zhdesk.services import review_undo

            if isinstance(undo, review_undo.AcceptUndo):
                return review_undo.undo_accept(store, undo)
            return review_undo.undo_resolve(store, undo)

        from zhdesk.services.review_undo import AcceptUndo

        changes = REVIEWED_CHANGES if isinstance(undo, AcceptUndo) else RESOLVED_CHANGES
        self._run(over, work, self.tr("Undoing"), changes).run()

    # -- return with comments ---------------------------------------------------------------------------------

    def return_measures(
        self,
        over: QWidget,
        rows: list[ReviewRow],
        returnable: dict[str, str],
        names: dict[str, str],
        *,
        only: str | None = None,
        current: str | None = None,
    ) -> None:
        """Return with comments the submissions the chosen measures came in (the dialog asks which bodies;
        ``only``: that body's alone, as the dashboard returns one)."""
        period = self.window_.period
        if period is None:
            return
        from zhdesk.gui.coordinator.return_dialog import ReturnDialog

        dialog = ReturnDialog(over, period, rows, returnable, names, only=only, current=current)
        self.return_dialog = dialog
        dialog.chosen.connect(lambda returns: self._return(over, returns))
        dialog.open()

    def _return(self, over: QWidget, returns: dict[str, tuple[str, dict[str, str]]]) -> None:
        period = self.window_.period
        folder = QFileDialog.getExistingDirectory(over, self.tr("Where to put the updated form packages"))
        if not folder or period is None:
            return

        def work(store: Store, _progress: Progress) -> list[Path]:
            from zhdesk.services.coordinator import return_submissions

            return return_submissions(store, period, returns, Path(folder))

        def returned(paths: list[Path]) -> None:
            words = self.tr("Returned to {0}. Send each body its updated form package from {1}")
            show_file_done(over, words.format(", ".join(sorted(returns)), folder), Path(folder))

        self._run(over, work, self.tr("Returning"), REVIEWED_CHANGES).success(returned).run()


class UndoBar(QWidget):
    """What the last accept or resolve did, and a button to take it back; hidden when there is nothing."""

    def __init__(self, actions: ReviewActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = actions  # (not ``actions``: QWidget.actions() is Qt's)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undoReviewButton")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(lambda: actions.undo(self))
        actions.undoable.connect(self.show_words)
        self.show_words(actions.last[0] if actions.last else "")

    def show_words(self, words: str) -> None:
        self.label.setText(words)
        self.setVisible(bool(words))
