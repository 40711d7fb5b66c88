"""Suspected duplicate executive bodies (Налаштування → Дублікати виконавчих органів…, and the import
dialog's "suspected duplicates"): each pair with both full names and their measures, which one to keep,
and two answers: "Об'єднати" (the other becomes an alias of the one kept, its measures move to it) and
"Це різні" (remembered: the pair is not suggested again). Never merged without the coordinator.

Read and written through ``services.body_duplicates`` on the window's runner, one transaction an answer.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.operations import QUIET, Changes, Operation, ProgressRow
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.services.bodies import BodyInfo, MergedBody
    from zhdesk.services.body_duplicates import DuplicatePair
    from zhdesk.storage.database import Store

BODIES_CHANGED = Changes(statuses=True, programme=True)
T = TypeVar("T")


def _body_words(body: BodyInfo) -> str:
    measures = QCoreApplication.translate("Duplicates", "{0}, measures: {1}").format(body.code, body.measures)
    return f"{html.escape(body.name)}<br><small>{html.escape(measures)}</small>"


class PairRow(QFrame):
    """One suspected pair: which to keep (the one with more measures first), Об'єднати, Це різні."""

    merge = Signal(str, str)  # (kept code, merged code)
    distinct = Signal(str, str)

    def __init__(self, pair: DuplicatePair) -> None:
        super().__init__()
        self.pair = pair
        self.setObjectName("duplicatePair")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        reason = (
            self.tr("The names differ only in letter case, quotes or punctuation.")
            if pair.reason == "case"
            else self.tr("The names are spelt almost the same (a typo or an abbreviation?).")
        )
        reason_label = QLabel(reason)
        reason_label.setWordWrap(True)
        layout.addWidget(reason_label)
        self.group = QButtonGroup(self)
        first_kept = pair.first.measures >= pair.second.measures
        self.keep_first = self._choice(layout, pair.first, checked=first_kept)
        self.keep_second = self._choice(layout, pair.second, checked=not first_kept)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr("Keep the chosen body; the other's name becomes its alias"))
        self.distinct_button = QPushButton(self.tr("They are different"))
        self.distinct_button.setObjectName("distinctButton")
        self.distinct_button.setToolTip(self.tr("Remembered: this pair is not suggested again"))
        self.merge_button.clicked.connect(lambda: self.merge.emit(*self.kept_and_merged()))
        self.distinct_button.clicked.connect(lambda: self.distinct.emit(pair.first.code, pair.second.code))
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.distinct_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _choice(self, layout: QVBoxLayout, body: BodyInfo, *, checked: bool) -> QRadioButton:
        row = QHBoxLayout()
        button = QRadioButton()
        button.setChecked(checked)
        button.setAccessibleName(self.tr("Keep {0}").format(body.name))
        self.group.addButton(button)
        words = QLabel(_body_words(body))
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.RichText)
        words.setBuddy(button)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(words, 1)
        layout.addLayout(row)
        return button

    def kept_and_merged(self) -> tuple[str, str]:
        first, second = self.pair.first.code, self.pair.second.code
        return (first, second) if self.keep_first.isChecked() else (second, first)

    def set_busy(self, busy: bool) -> None:
        self.merge_button.setEnabled(not busy)
        self.distinct_button.setEnabled(not busy)


class DuplicatesDialog(QDialog):
    """The store's suspected duplicate bodies, read when it opens and again after each answer;
    ``answered(words)`` after each one, with what was done."""

    answered = Signal(str)

    def __init__(self, window: MainWindow, over: QWidget | None = None) -> None:
        super().__init__(over or window)
        self.window_ = window
        self.pairs: list[PairRow] = []
        self.loaded = False
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate executive bodies"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "These executive bodies may be one body written in two ways. Choose the name to keep and "
                "merge them, or say that they are different bodies."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setObjectName("duplicatesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.progress = ProgressRow()
        self.progress.busy.connect(self._busy)
        self.closed = False
        layout.addWidget(self.progress)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the names wrap instead
        layout.addWidget(self.area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        self.resize(min(820, free.width() - 40) if free else 820, min(620, free.height() - 60) if free else 620)
        self.read()

    def read(self) -> None:
        def work(store: Store, _progress: Progress) -> list[DuplicatePair]:
            from zhdesk.services.body_duplicates import duplicate_pairs_in

            return duplicate_pairs_in(store)

        Operation(self, work, label="", progress=QUIET).success(self._fill).failure(self._failed).run()

    def done(self, result: int) -> None:
        """Closed: deleted once no answer of it is being written any more."""
        super().done(result)
        self.closed = True
        if not self.progress.running:
            self.deleteLater()

    def _fill(self, pairs: list[DuplicatePair]) -> None:
        if self.closed:
            return
        inner = QWidget()
        rows = QVBoxLayout(inner)
        self.pairs = []
        for pair in pairs:
            row = PairRow(pair)
            row.merge.connect(self.merge)
            row.distinct.connect(self.tell_apart)
            self.pairs.append(row)
            rows.addWidget(row)
        if not pairs:
            empty = QLabel(self.tr("No suspected duplicates: every executive body's name is its own."))
            empty.setObjectName("noDuplicates")
            empty.setWordWrap(True)
            rows.addWidget(empty)
        rows.addStretch(1)
        self.area.setWidget(inner)
        self.loaded = True

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setVisible(bool(words))

    def merge(self, keep: str, merged: str) -> None:
        def work(store: Store, _progress: Progress) -> MergedBody:
            from zhdesk.services.body_duplicates import merge_pair_in

            return merge_pair_in(store, keep, merged)

        def done(kept: MergedBody) -> None:
            words = self.tr("Merged: {0} is now also known as {1}.").format(kept.name, "; ".join(kept.new_aliases))
            self._answered(words)

        self._run(work, self.tr("Merging"), done)

    def tell_apart(self, first: str, second: str) -> None:
        def work(store: Store, _progress: Progress) -> tuple[str, str]:
            from zhdesk.services.body_duplicates import tell_apart_in

            return tell_apart_in(store, first, second)

        def done(codes: tuple[str, str]) -> None:
            self._answered(
                self.tr("{0} and {1} are different bodies; they will not be suggested again.").format(*codes)
            )

        self._run(work, self.tr("Saving"), done)

    def _run(self, work: Callable[[Store, Progress], T], label: str, done: Callable[[T], object]) -> None:
        self.loaded = False
        operation = Operation(self, work, label=label, changes=BODIES_CHANGED, initiator=self, progress=self.progress)
        operation.success(done).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        if self.closed:
            if not busy:
                self.deleteLater()
            return
        for row in self.pairs:
            row.set_busy(busy)

    def _answered(self, words: str) -> None:
        self.answered.emit(words)
        if not self.closed:
            self._say(words)
            self.read()

    def _failed(self, words: str) -> None:
        if self.closed:
            QMessageBox.warning(self.window_, self.tr("Duplicate executive bodies"), words)
            return
        self._say(words)
        self.loaded = True


def open_duplicates(window: MainWindow, over: QWidget | None = None) -> DuplicatesDialog:
    """The duplicates dialog over the window (non-modal: the coordinator may look at the measures), or over
    ``over`` (the import dialog, which blocks the window while it is open)."""
    existing = window.findChild(DuplicatesDialog, "duplicatesDialog")
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = DuplicatesDialog(window, over)  # deletes itself once closed and idle
    dialog.show()
    return dialog


class DuplicatesMenu(QObject):
    """Налаштування → Дублікати виконавчих органів… in the coordinator's window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.action = QAction(self.tr("Duplicate executive bodies…"), window)
        self.action.setObjectName("duplicatesAction")
        self.action.triggered.connect(lambda: open_duplicates(window))
        menu = _settings_menu(window)
        if menu is not None:
            menu.addAction(self.action)
        else:
            window.menuBar().addAction(self.action)

    def remove(self) -> None:
        self.action.setVisible(False)
        self.action.setEnabled(False)


def _settings_menu(window: MainWindow) -> QMenu | None:
    title = QCoreApplication.translate("MainWindow", "&Settings")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    return None
