"""The checklist shown before the consolidated report is exported or printed: empty measures, open conflicts,
bodies not yet accepted, no signatory, texts with errors (``services.checklist``, read on the runner).

A measure in the list is a click away: it is selected in the window's navigator, and the list stays
open beside the window. The coordinator may go on anyway ("Все одно експортувати").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from zhdesk.gui.navigator_model import ID_ROLE
from zhdesk.gui.problem_words import problem_words
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.periods import Period
    from zhdesk.services.checklist import Checklist, MeasureItem
    from zhdesk.storage.database import Store

KIND_ROLE = Qt.ItemDataRole.UserRole + 7  # which group a row belongs to
SETTINGS = "settings"  # the no-signatory row: a click opens the report settings


def status_words(status: str) -> str:
    """Where a body that is not accepted stands, in the coordinator's words."""
    return {
        "issued": QCoreApplication.translate("Checklist", "no submission yet"),
        "submitted": QCoreApplication.translate("Checklist", "submitted, not reviewed yet"),
        "returned": QCoreApplication.translate("Checklist", "returned with comments"),
        "not issued": QCoreApplication.translate("Checklist", "no form issued"),
    }.get(status, status)


def error_words(measure: MeasureItem) -> str:
    """A text's error in the window's language (its message as it was, from a service that kept no problem)."""
    problem = getattr(measure, "problem", None)
    return problem_words(problem) if problem is not None else measure.message


class ChecklistDialog(QDialog):
    """The list, and "go on anyway" / Cancel. ``go_on`` is emitted when the coordinator goes on."""

    go_on = Signal()
    open_settings = Signal()

    def __init__(self, window: MainWindow, checklist: Checklist, action: str) -> None:
        """``action``: ``export``, ``print`` or ``preview`` (the go-on button's words)."""
        super().__init__(window)
        self.window_ = window
        self.setObjectName("checklistDialog")
        self.setWindowTitle(self.tr("Before the report goes out"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("checklistTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("What to check before the report goes out"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.installEventFilter(self)  # Enter on a row goes to the measure, never on to the export
        layout.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Click a measure to go to it in the window; this list stays open."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox()
        words = {
            "export": self.tr("Export anyway"),
            "print": self.tr("Print anyway"),
            "preview": self.tr("Preview anyway"),
        }
        self.go_button: QPushButton = self.buttons.addButton(words[action], QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("goOnAnyway")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._go_on)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.go_button.setAutoDefault(False)
        cancel.setDefault(True)  # once in the dialog: Enter never exports by itself
        self.fill(checklist)
        self.resize(860, 560)

    def fill(self, checklist: Checklist) -> None:
        from zhdesk.gui.period_words import period_words

        self.checklist = checklist
        self.tree.clear()
        words = (
            self.tr("The consolidated report {0} ({1} measures): nothing is left to check.")
            if checklist.clean
            else self.tr("The consolidated report {0} ({1} measures) is not ready yet:")
        )
        self.summary.setText(words.format(period_words(checklist.period), checklist.measures))
        # the short groups first, so that the long list of empty measures does not hide them
        if checklist.no_signatory:
            item = self._heading(SETTINGS, self.tr("No signatory: the report has no signature block (click to set it)"))
            item.setToolTip(0, self.tr("Settings → Report settings…"))
        self._group("conflicts", self.tr("Open conflicts: {0}"), checklist.conflicts, self._measure_text)
        self._group("errors", self.tr("Texts with errors: {0}"), checklist.errors, error_words)
        if checklist.not_accepted:
            group = self._heading(
                "bodies", self.tr("Executive bodies not accepted yet: {0}").format(len(checklist.not_accepted))
            )
            for body in checklist.not_accepted:
                status = status_words(body.status)
                child = QTreeWidgetItem(group, [f"{body.code} ({status}) — {body.name}"])
                child.setToolTip(0, body.name)
        self._group("empty", self.tr("Measures without an execution text: {0}"), checklist.empty, self._measure_text)
        self.tree.expandAll()

    def _heading(self, kind: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, KIND_ROLE, kind)
        return item

    def _group(self, kind: str, heading: str, items: list[MeasureItem], words: Callable[[MeasureItem], str]) -> None:
        if not items:
            return
        group = self._heading(kind, heading.format(len(items)))
        for measure in items:
            child = QTreeWidgetItem(group, [words(measure)])
            child.setData(0, ID_ROLE, measure.measure_id)
            child.setData(0, KIND_ROLE, kind)
            child.setToolTip(0, error_words(measure) if measure.message else measure.text)

    @staticmethod
    def _measure_text(measure: MeasureItem) -> str:
        text = " ".join(measure.text.split())
        short = text if len(text) <= 90 else text[:89] + "…"
        return QCoreApplication.translate("Checklist", "Measure {0}: {1}").format(measure.label, short)

    def measure_items(self, kind: str) -> list[QTreeWidgetItem]:
        """The rows of one group that point at a measure (for the tests and the keyboard)."""
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None and top.data(0, KIND_ROLE) == kind:
                found += [child for n in range(top.childCount()) if (child := top.child(n)) is not None]
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        measure_id = item.data(0, ID_ROLE)
        if measure_id:
            self.window_.select_measure(measure_id)
        elif item.data(0, KIND_ROLE) == SETTINGS:
            self.open_settings.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            item = self.tree.currentItem()
            if item is not None:
                self._activated(item)
            return True
        return super().eventFilter(watched, event)

    def _go_on(self) -> None:
        self.accept()
        self.go_on.emit()


class BeforeOutput:
    """Reads the checklist on the runner before an export or a print; a clean report goes straight on."""

    def __init__(self, window: MainWindow) -> None:
        self.window_ = window
        self.dialog: ChecklistDialog | None = None
        self.watching_settings = False

    def check(self, action: str, then: Callable[[], None]) -> None:
        """Call ``then`` once the coordinator has seen the list (or at once when there is nothing in it).
        Only the consolidated report is checked; a body's own report goes on."""
        window = self.window_
        period = window.period
        if window.body is not None or period is None:
            then()
            return
        if self.dialog is not None:
            self.dialog.close()
        window.flush()  # the last keystrokes are in the store before it is read

        def done(checklist: Checklist) -> None:
            if checklist.clean:
                then()
                return
            self.dialog = dialog = ChecklistDialog(window, checklist, action)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
            dialog.go_on.connect(then)
            dialog.open_settings.connect(self._open_settings)
            dialog.setModal(False)
            dialog.show()
            dialog.raise_()

        self._read(period, done)

    def _read(self, period: Period, done: Callable[[Checklist], None]) -> None:
        window = self.window_

        def task(store: Store, _progress: Callable[[int, int], None]) -> Checklist:
            from zhdesk.services.checklist import check_report_in

            return check_report_in(store, period)

        def failed(words: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                window,
                QCoreApplication.translate("Checklist", "zhdesk"),
                QCoreApplication.translate("Checklist", "The report could not be checked: {0}").format(words),
            )

        window.runner.submit(window.store_work(task), done, failed)

    def _open_settings(self) -> None:
        """The no-signatory row: the report settings, and the list read again once they are saved."""
        from zhdesk.gui.settings_dialog import ReportSettingsMenu

        menu = self.window_.findChild(ReportSettingsMenu)
        if menu is None:
            return
        if not self.watching_settings:
            menu.saved.connect(self.recheck)
            self.watching_settings = True
        menu.open()

    def recheck(self) -> None:
        """Read the list shown again (after the settings were saved, say)."""
        dialog = self.dialog
        if dialog is None:
            return
        from zhdesk.periods import Period

        def done(checklist: Checklist) -> None:
            if self.dialog is dialog:
                dialog.fill(checklist)

        self._read(Period.parse(dialog.checklist.period), done)
