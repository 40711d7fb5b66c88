"""The navigator: priority → sector → task → measure, its filter and its search, and moving between
measures (Ctrl+PgDown/PgUp, the next unfilled one, a problem's place in the text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QTreeView, QTreeWidgetItem

from zhdesk.gui.navigator_model import ID_ROLE, NavigatorModel
from zhdesk.gui.problems_panel import POSITION_ROLE
from zhdesk.gui.text_editor import ExecutionEditor
from zhdesk.gui.widgets import child
from zhdesk.services.worklist import FILTERS, Worklist


class Navigator(QObject):
    current_changed = Signal(object)  # the measure id now selected, or None

    def __init__(self, window: QMainWindow, editor: ExecutionEditor, work: Callable[[], Worklist]) -> None:
        super().__init__(window)
        self.view: QTreeView = child(window, QTreeView, "navigator")
        self.filter_combo: QComboBox = child(window, QComboBox, "filterCombo")
        self.search: QLineEdit = child(window, QLineEdit, "searchEdit")
        self.editor, self.work = editor, work
        self.only: set[str] | None = None  # the measures of one body, when the coordinator asked for them
        self.current: str | None = None
        for key, label in zip(
            FILTERS, (self.tr("All measures"), self.tr("Not filled"), self.tr("With problems")), strict=True
        ):
            self.filter_combo.addItem(label, key)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.model = NavigatorModel(self)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(
            lambda index, _previous: self.current_changed.emit(index.data(ID_ROLE) if index.isValid() else None)
        )

    def install_shortcuts(self, window: QMainWindow) -> None:
        """Ctrl+F, Ctrl+PgDown / Ctrl+PgUp and Ctrl+Shift+PgDown (the next unfilled measure)."""
        shortcuts: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.Find), self.focus_search),
            (QKeySequence("Ctrl+PgDown"), lambda: self.step(1)),
            (QKeySequence("Ctrl+PgUp"), lambda: self.step(-1)),
            (QKeySequence("Ctrl+Shift+PgDown"), self.next_unfilled),
        ]
        for keys, slot in shortcuts:
            QShortcut(keys, window).activated.connect(slot)

    def refilter(self) -> None:
        words = self.search.text().strip()
        mode = str(self.filter_combo.currentData() or "all")
        work = self.work()
        self.model.set_rows(work.order, work.status, work.keep(mode, words, self.only))
        shown = len(self.model.by_id)
        if words and shown <= 300:
            self.view.expandAll()
        else:  # expanding thousands of tasks costs more than the filtering itself
            self.view.expandToDepth(1 if shown <= 2000 else 0)
        keep_current = self.current if self.current in self.model.by_id else None
        target = keep_current or next(iter(self.model.by_id), None)
        if target:
            self.view.setCurrentIndex(self.model.index_of(target))
        self.editor.highlight(words)

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
            self.refilter()
        else:
            self.filter_combo.setCurrentIndex(index)

    def show_filter(self, mode: str) -> None:
        """Switch the filter list to ``mode`` (one of ``FILTERS``)."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(mode))

    def select(self, measure_id: str) -> None:
        index = self.model.index_of(measure_id)
        if not index.isValid():
            self.filter_combo.setCurrentIndex(0)
            self.search.clear()
            index = self.model.index_of(measure_id)
        self.view.setCurrentIndex(index)

    def jump_to_problem(self, item: QTreeWidgetItem, _column: int) -> None:
        measure_id = item.data(0, ID_ROLE)
        if measure_id:
            self.select(measure_id)
            self.editor.setFocus()
            position = item.data(0, POSITION_ROLE)
            cursor = self.editor.textCursor()
            if isinstance(position, int) and position >= 0:
                cursor.setPosition(min(position, len(self.editor.toPlainText())))
            else:
                cursor.movePosition(cursor.MoveOperation.End)
            self.editor.setTextCursor(cursor)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def step(self, delta: int) -> None:
        ids = self.model.measure_ids()
        if not ids:
            return
        position = ids.index(self.current) if self.current in ids else -1
        self.select(ids[max(0, min(len(ids) - 1, position + delta))])

    def next_unfilled(self) -> None:
        found = self.work().next_unfilled(self.model.measure_ids(), self.current)
        if found is not None:
            self.select(found)
            self.editor.setFocus()
