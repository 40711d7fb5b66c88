"""The navigator: priority → sector → task → measure, its filter and its search, and moving between
measures (Ctrl+PgDown/PgUp, the next unfilled one, a problem's place in the text).

A search is a detour: Esc in the search field clears it and goes back to the measure the officer was on,
with the tree opened as it was; a search that finds nothing says so in the tree and leaves no measure in
the card.

The marks: ○ not filled, ✓ filled, ✗ errors, ⚠ warnings, and after them ✎ for a measure with the
coordinator's comment or ⇄ for one with a conflict (the notes above the editor, ``card.Notes``); the filter
"З зауваженнями" shows those measures, and the problems panel lists the comment or conflict first
(``problems_panel.PanelExtras``, kept up to date here, with the spelling warnings of a body's window)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMainWindow, QTreeView, QTreeWidget, QTreeWidgetItem

from zhdesk.gui.card import Notes
from zhdesk.gui.navigator_model import COMMENT, CONFLICT, ID_ROLE, NavigatorModel, legend_text
from zhdesk.gui.problems_panel import COMMENT_CODE, CONFLICT_CODE, POSITION_ROLE, PanelExtras
from zhdesk.gui.qt_namespace import TOOLTIP_ROLE, Qt, set_enum
from zhdesk.gui.text_editor import ExecutionEditor
from zhdesk.gui.widgets import child
from zhdesk.services.worklist import FILTERS, Worklist
from zhdesk.validation.rules import WARNING, Problem

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow

COMMENTS = "comments"  # the navigator's own filter: the measures with a comment or a conflict
FLAGGING = {"comments": COMMENT, "conflicts": CONFLICT, "saving": CONFLICT}  # note sources that mark a measure
__all__ = ["Navigator", "legend_text", "plain"]  # legend_text: the marks' legend, for the guide (F1) too


def plain(note: str) -> str:
    """A note's HTML as the plain text a problem row shows."""
    return " ".join(QTextDocumentFragment.fromHtml(note).toPlainText().split())


class Navigator(QObject):
    current_changed = Signal(object)  # the measure id now selected, or None
    said = Signal(str)  # a word for the status bar (the last unfilled measure, all filled)

    def __init__(self, window: QMainWindow, editor: ExecutionEditor, work: Callable[[], Worklist]) -> None:
        super().__init__(window)
        self.view: QTreeView = child(window, QTreeView, "navigator")
        self.filter_combo: QComboBox = child(window, QComboBox, "filterCombo")
        self.search: QLineEdit = child(window, QLineEdit, "searchEdit")
        self.editor, self.work = editor, work
        self.only: set[str] | None = None  # the measures of one body, when the coordinator asked for them
        self.current: str | None = None
        labels = (self.tr("All measures"), self.tr("Not filled"), self.tr("With problems"), self.tr("With comments"))
        for key, label in zip((*FILTERS, COMMENTS), labels, strict=True):
            self.filter_combo.addItem(label, key)
        self.filter_combo.setItemData(
            len(FILTERS), self.tr("Measures with the coordinator's comment or a conflict"), TOOLTIP_ROLE
        )
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.model = NavigatorModel(self)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(
            lambda index, _previous: self.current_changed.emit(index.data(ID_ROLE) if index.isValid() else None)
        )
        self._nothing: QLabel | None = None  # "nothing found", over the empty tree: made when first needed
        self.before_search: tuple[str | None, set[tuple[str, ...]]] | None = None  # where the officer was
        self.search.textChanged.connect(self._search_changed)
        self._escape: QShortcut | None = None  # Esc in the search: made when it is first used
        legend = legend_text()
        self.filter_combo.setToolTip(legend)
        # on the view, not its viewport (over the tree's empty part it shows the same): PySide's first viewport()
        # makes Python types for some 66 widget classes (17 ms of the window's start)
        self.view.setToolTip(legend)
        self.view.setAccessibleDescription(legend)
        self.window_ = window
        self.notes = Notes()
        self.extras = PanelExtras(child(window, QTreeWidget, "problemsTree"))
        self.extras.spelling = self.spelling_of
        self._spelled: dict[str, tuple[tuple[str, int], list[Problem]]] = {}  # measure id → ((text, round), found)
        self._spelling_round = 0  # a new round each time the words are looked at again (dictionary, vocabulary)
        editor.spelling_changed.connect(self._spelling_changed)
        saved = getattr(window, "saved", None)
        if saved is not None:
            saved.connect(self._saved)
        notes = getattr(window, "_notes", None)  # the window's notes above the editor (card.Notes)
        if isinstance(notes, Notes):
            self.notes = notes
            notes.listeners.append(self._notes_changed)

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
        if mode == COMMENTS:
            keep = work.keep("only", words, set(self.model.flagged))
        else:
            keep = work.keep(mode, words, self.only)
        if mode == "problems" and keep is not None and self.model.misspelled:  # spelling warnings are problems too
            rules, spelled = keep, work.keep("only", words, set(self.model.misspelled))
            keep = (lambda row: rules(row) or spelled(row)) if spelled is not None else rules
        self.model.set_rows(work.order, work.status, keep)
        shown = len(self.model.by_id)
        if (words or mode == COMMENTS) and shown <= 300:  # a few found: each one in view
            self.view.expandAll()
        else:  # expanding thousands of tasks costs more than the filtering itself
            self.view.expandToDepth(1 if shown <= 2000 else 0)
        keep_current = self.current if self.current in self.model.by_id else None
        if not words and self.before_search is not None:  # the search is over: back where the officer was
            before, expanded = self.before_search
            self.before_search = None
            self._reopen(expanded)
            keep_current = before if before in self.model.by_id else keep_current
        target = keep_current or next(iter(self.model.by_id), None)
        if target:
            self.view.setCurrentIndex(self.model.index_of(target))
        elif self.current is not None:  # nothing shown: no measure is left in the card either
            self.view.setCurrentIndex(QModelIndex())
            self.current_changed.emit(None)
        self._say_nothing(words, shown)
        self.editor.highlight(words)

    @property
    def nothing(self) -> QLabel:
        if self._nothing is None:
            self._nothing = QLabel(self.view.viewport())
            set_enum(self._nothing, "alignment", "AlignCenter")  # an empty store shows it on the first screen
            self._nothing.setWordWrap(True)
            self._nothing.hide()
        return self._nothing

    def _say_nothing(self, words: str, shown: int) -> None:
        if shown:
            if self._nothing is not None:
                self._nothing.hide()
            return
        if words:
            self.nothing.setText(self.tr("Nothing found for «{0}».\nEsc clears the search.").format(words))
        else:
            self.nothing.setText(self.tr("No measures to show with this filter."))
        self.nothing.setGeometry(self.view.viewport().rect().adjusted(8, 8, -8, -8))
        self.nothing.show()

    # -- the search as a detour -----------------------------------------------------------------------

    def _make_escape(self) -> None:
        """Esc in the search, made once the search is used: its Qt.Key and context are Qt's namespace, which
        the first screen does without (zhdesk/gui/qt_namespace.py); set after it is made, the context
        left the shortcut unmatched."""
        if self._escape is None:
            context = Qt.ShortcutContext.WidgetShortcut
            self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.leave_search, context)

    def _search_changed(self, text: str) -> None:
        self._make_escape()
        if text.strip() and self.before_search is None:  # before the tree is rebuilt for the search
            self.before_search = (self.current, self._expanded())

    def leave_search(self) -> None:
        """Esc in the search field: the search cleared, back to the measure and the tree as they were."""
        if self.search.text():
            self.search.clear()  # refilters: refilter puts things back
        self.editor.setFocus()

    def _reopen(self, expanded: set[tuple[str, ...]]) -> None:
        """The rebuilt tree opened as it was before the search: the nodes of ``expanded`` and no others."""
        self.view.collapseAll()
        for index, path in self._nodes():
            if path in expanded:
                self.view.expand(index)

    def _expanded(self) -> set[tuple[str, ...]]:
        return {path for index, path in self._nodes() if self.view.isExpanded(index)}

    def _nodes(
        self, parent: QModelIndex | None = None, path: tuple[str, ...] = ()
    ) -> Iterator[tuple[QModelIndex, tuple[str, ...]]]:
        """Every node that has children (priorities, sectors, tasks) with its path of labels."""
        parent = parent if parent is not None else QModelIndex()
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if self.model.rowCount(index):
                here = (*path, str(index.data()))
                yield index, here
                yield from self._nodes(index, here)

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
        self._make_escape()
        self.search.setFocus()
        self.search.selectAll()

    def step(self, delta: int) -> None:
        ids = self.model.measure_ids()
        if not ids:
            return
        position = ids.index(self.current) if self.current in ids else -1
        self.select(ids[max(0, min(len(ids) - 1, position + delta))])

    def next_unfilled(self) -> None:
        """The next empty measure after the one shown, wrapping; says so when the one shown is the last
        empty one, or when none is left."""
        ids = self.model.measure_ids()
        work = self.work()
        found = work.next_unfilled(ids, self.current)
        if found is None:
            self.said.emit(self.tr("Every measure shown is filled."))
            return
        if found == self.current:
            self.said.emit(self.tr("This is the last measure not filled yet."))
        self.select(found)
        self.editor.setFocus()

    # -- comments and conflicts, spelling: the marks, the filter and the problems panel ---------------------

    def _notes_changed(self) -> None:
        """The notes above the editor changed: the marks, the filter "З зауваженнями" and the panel follow."""
        flags: dict[str, tuple[str, str]] = {}
        rows: dict[str, list[Problem]] = {}
        work = self.work()
        for source, notes in sorted(self.notes.by_source.items()):
            kind = FLAGGING.get(source)
            if kind is None:
                continue
            for measure_id, note in notes.items():
                said = plain(note)
                if kind == COMMENT or measure_id not in flags:  # the comment's mark before a conflict's
                    flags[measure_id] = (kind, said)
                row = work.rows.get(measure_id)
                label = f"{row.no} ({row.sector})" if row is not None else ""
                code = COMMENT_CODE if kind == COMMENT else CONFLICT_CODE
                problem = Problem(measure_id, label, WARNING, code, said)
                found = rows.setdefault(measure_id, [])
                found.insert(0 if kind == COMMENT else len(found), problem)
        if flags == self.model.flagged and rows == self.extras.notes:
            return
        self.model.set_flags(flags)
        self.extras.notes = rows
        if self.filter_combo.currentData() == COMMENTS:
            self.refilter()
        self._panel_again()

    def _panel_again(self) -> None:
        """The window's problems panel filled again once things settle (its own timer)."""
        timer = getattr(self.window_, "panel_timer", None)
        if isinstance(timer, QTimer):
            timer.start()

    def spelling_of(self, row: MeasureRow) -> list[Problem]:
        """The spelling warnings of the measure's text, for the problems panel of a body's window (the ones
        its submission counts); none until the dictionary is in. Kept per text until the words are looked
        at again."""
        checker = self.editor.spelling.checker
        if getattr(self.window_, "body", None) is None or not checker.ready or not row.execution.strip():
            self.model.set_misspelled(row.id, False)
            return []
        key = (row.execution, self._spelling_round)
        kept = self._spelled.get(row.id)
        if kept is not None and kept[0] == key:
            return kept[1]
        from zhdesk.validation.rules import check_spelling

        found = check_spelling(
            row.id, f"{row.no} ({row.sector})", row.execution, checker, self.editor.spelling.vocabulary
        )
        self._spelled[row.id] = (key, found)
        self.model.set_misspelled(row.id, bool(found))
        return found

    def _spelling_changed(self) -> None:
        self._spelling_round += 1
        if getattr(self.window_, "body", None) is not None:
            self._panel_again()

    def _saved(self, measure_id: str) -> None:
        """A text saved: the panel again if its spelling warnings are not the ones listed."""
        row = self.work().rows.get(measure_id)
        if row is None or getattr(self.window_, "body", None) is None:
            return
        listed = self._spelled.get(measure_id)
        if self.spelling_of(row) != (listed[1] if listed is not None else []):
            self._panel_again()
