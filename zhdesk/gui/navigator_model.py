"""The navigator's item model: priority → sector → task → measure, holding only ids and labels.

Rows come from one background query; the model keeps a light tree of nodes (no Qt items per cell) and
rebuilds it when the filter or the search changes, which stays well under 100 ms for 8,600 measures.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex

from zhdesk.gui.qt_namespace import DISPLAY_ROLE, FONT_ROLE, TOOLTIP_ROLE, USER_ROLE, Qt
from zhdesk.services.worklist import EMPTY, ERRORS, FILLED, WARNINGS

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow

ID_ROLE = USER_ROLE + 1
STATUS_ROLE = USER_ROLE + 2
MARKS = {EMPTY: "○", FILLED: "✓", ERRORS: "✗", WARNINGS: "⚠"}
COUNTED = (FILLED, WARNINGS)  # the statuses the (filled/total) counts take as filled: a text, no error in it
COMMENT, CONFLICT = "comment", "conflict"
FLAG_MARKS = {COMMENT: "✎", CONFLICT: "⇄"}  # after the status mark: the coordinator's comment, a conflict


def mark_meanings() -> dict[str, str]:
    """What each mark of the navigator says, in the window's language."""
    return {
        "○": QCoreApplication.translate("Navigator", "not filled"),
        "✓": QCoreApplication.translate("Navigator", "filled"),
        "✗": QCoreApplication.translate("Navigator", "has errors (not counted as filled)"),
        "⚠": QCoreApplication.translate("Navigator", "has warnings"),
        "✎": QCoreApplication.translate("Navigator", "the coordinator's comment"),
        "⇄": QCoreApplication.translate("Navigator", "a conflict of texts"),
    }


def legend_text() -> str:
    """The marks' legend, one line, in the window's language ("○ не заповнено · ✓ заповнено · …"): the
    navigator's tooltip, and for the guide (F1; ``navigator.legend_text``)."""
    meanings = mark_meanings()
    return " · ".join(f"{mark} {meanings[mark]}" for mark in (*MARKS.values(), *FLAG_MARKS.values()))


AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False, slots=True)
class Node:
    label: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    measure_id: str = ""
    row: int = 0
    filled: int = 0
    total: int = 0
    id: int = 0  # the node's place in NavigatorModel.nodes: indexes carry this integer, never a pointer


class NavigatorModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("")
        self.nodes: list[Node] = [self.root]
        self.rows: list[MeasureRow] = []
        self.status: dict[str, str] = {}
        self.by_id: dict[str, Node] = {}
        self.flagged: dict[str, tuple[str, str]] = {}  # measure id → (COMMENT or CONFLICT, what it says)
        self.counted: set[str] = set()  # the measures the counts take as filled: a text without errors
        self.misspelled: set[str] = set()  # filled measures with a spelling warning: ⚠ (a body's window)
        self._full: tuple[list[MeasureRow], Node, list[Node], dict[str, Node], set[str]] | None = None

    # -- content ------------------------------------------------------------------------------------

    def set_rows(
        self, rows: list[MeasureRow], status: dict[str, str], keep: Callable[[MeasureRow], bool] | None = None
    ) -> None:
        """Show ``rows`` passing ``keep`` (None: all of them; that tree is kept and reused)."""
        self.beginResetModel()
        if keep is None and self._full is not None and self._full[0] is rows:
            self.rows, self.status = rows, status
            _, self.root, self.nodes, self.by_id, self.counted = self._full
            self.endResetModel()
            return
        self.rows, self.status = rows, status
        self.root, self.by_id, self.counted = Node(""), {}, set()
        self.nodes = [self.root]
        collecting = gc.isenabled()
        gc.disable()  # thousands of linked nodes: a collection in the middle would scan the whole heap
        try:
            self._build(rows, keep or (lambda _row: True))
        finally:
            if collecting:
                gc.enable()
        self._full = (rows, self.root, self.nodes, self.by_id, self.counted) if keep is None else self._full
        self.endResetModel()

    def _build(self, rows: list[MeasureRow], keep: Callable[[MeasureRow], bool]) -> None:
        keys: tuple[str, str, str] | None = None
        priority = sector = task = None
        for row in rows:
            if not keep(row):
                continue
            if priority is None or keys is None or keys[0] != row.priority:
                priority = self._child(self.root, f"{row.priority} — {row.priority_goal}")
                sector = task = None
            if sector is None or keys is None or keys[1] != row.sector:
                sector = self._child(priority, row.sector)
                task = None
            if task is None or keys is None or keys[2] != row.task_no:
                task = self._child(sector, f"{row.task_no}. {row.task}")
            keys = (row.priority, row.sector, row.task_no)
            node = self._child(task, f"{row.no} {row.text}")
            node.measure_id = row.id
            self.by_id[row.id] = node
            filled = 1 if self.status.get(row.id, EMPTY) in COUNTED else 0
            if filled:
                self.counted.add(row.id)
            walker: Node | None = node
            while walker is not None:
                walker.total += 1
                walker.filled += filled
                walker = walker.parent

    def _child(self, parent: Node, label: str) -> Node:
        node = Node(label, parent, row=len(parent.children), id=len(self.nodes))
        parent.children.append(node)
        self.nodes.append(node)
        return node

    def update_status(self, measure_id: str, status: str, filled_before: bool, filled_now: bool) -> None:
        """One measure's mark (and its ancestors' counts) after it was edited. The counts take a text as
        filled when it has no error (as "Заповнено" does); ``filled_before`` and ``filled_now`` (whether
        there is a text at all) are what the window knows, kept for it."""
        self.status[measure_id] = status
        if self._full is not None and self._full[1] is not self.root:
            self._full = None  # the kept full tree's counts would be stale
        node = self.by_id.get(measure_id)
        if node is None:
            return
        was, now = measure_id in self.counted, status in COUNTED
        if now:
            self.counted.add(measure_id)
        else:
            self.counted.discard(measure_id)
        delta = int(now) - int(was)
        walker: Node | None = node
        while walker is not None and walker is not self.root:
            walker.filled += delta
            index = self.createIndex(walker.row, 0, walker.id)
            self.dataChanged.emit(index, index)
            walker = walker.parent

    def set_flags(self, flags: dict[str, tuple[str, str]]) -> None:
        """The measures with a coordinator's comment or a conflict (marked after their status)."""
        changed = set(flags) ^ set(self.flagged) | {m for m in flags if self.flagged.get(m) != flags[m]}
        self.flagged = dict(flags)
        for measure_id in changed:
            index = self.index_of(measure_id)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def set_misspelled(self, measure_id: str, misspelled: bool) -> None:
        """Whether the measure's text has a spelling warning (a filled one is then marked ⚠)."""
        if misspelled == (measure_id in self.misspelled):
            return
        if misspelled:
            self.misspelled.add(measure_id)
        else:
            self.misspelled.discard(measure_id)
        index = self.index_of(measure_id)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def status_of(self, measure_id: str) -> str:
        """The status the mark shows: the window's, with a spelling warning making a filled text's ⚠."""
        status = self.status.get(measure_id, EMPTY)
        return WARNINGS if status == FILLED and measure_id in self.misspelled else status

    def marks_of(self, measure_id: str) -> str:
        """The measure's marks: its status, then ✎ or ⇄ when it has a comment or a conflict."""
        mark = MARKS[self.status_of(measure_id)]
        flag = self.flagged.get(measure_id)
        return f"{mark} {FLAG_MARKS[flag[0]]}" if flag else mark

    def index_of(self, measure_id: str) -> QModelIndex:
        node = self.by_id.get(measure_id)
        return self.createIndex(node.row, 0, node.id) if node else QModelIndex()

    def first_measure(self, index: AnyIndex) -> tuple[int, str]:
        """How deep the row is (1: a priority … 4: a measure) and the first measure under it ("" if none)."""
        node = self._node(index)
        depth, walker = 0, node
        while walker.parent is not None:
            depth, walker = depth + 1, walker.parent
        while not node.measure_id and node.children:
            node = node.children[0]
        return depth, node.measure_id

    def measure_ids(self) -> list[str]:
        """Visible measures in report order."""
        return list(self.by_id)

    # -- QAbstractItemModel ---------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> Node:
        if not index.isValid():
            return self.root
        node_id = index.internalId()
        return self.nodes[node_id] if 0 < node_id < len(self.nodes) else self.root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row].id)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == DISPLAY_ROLE:
            if node.measure_id:
                return f"{self.marks_of(node.measure_id)} {node.label}"
            return f"({node.filled}/{node.total}) {node.label}"
        if role == TOOLTIP_ROLE:
            return self._tooltip(node)
        if role == ID_ROLE:
            return node.measure_id or None
        if role == STATUS_ROLE:
            return self.status.get(node.measure_id, EMPTY) if node.measure_id else None
        if role == FONT_ROLE and not node.measure_id and node.parent is not None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(node.parent is self.root or (node.parent.parent is self.root))
            return font
        return None

    def _tooltip(self, node: Node) -> str:
        """The label, and for a measure what its marks say (and the comment or conflict itself)."""
        if not node.measure_id:
            return node.label
        meanings = mark_meanings()
        status_mark = MARKS[self.status_of(node.measure_id)]
        lines = [node.label, f"{status_mark} {meanings[status_mark]}"]
        flag = self.flagged.get(node.measure_id)
        if flag:
            said = flag[1] if len(flag[1]) <= 300 else flag[1][:299] + "…"
            lines.append(f"{FLAG_MARKS[flag[0]]} {said}")
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if section != 0 or orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY_ROLE:
            return QCoreApplication.translate("Navigator", "Measures")
        if role == TOOLTIP_ROLE:
            return legend_text()
        return None

    # flags() is QAbstractItemModel's own: a valid index enabled and selectable. An override returns a
    # Qt.ItemFlag to the view, and the view asks before the first screen (zhdesk/gui/qt_namespace.py).
