"""The navigator's item model: priority → sector → task → measure, holding only ids and labels.

Rows come from one background query; the model keeps a light tree of nodes (no Qt items per cell) and
rebuilds it when the filter or the search changes, which stays well under 100 ms for 8,600 measures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from zhdesk.services.measures import MeasureRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
EMPTY, FILLED, ERRORS, WARNINGS = "empty", "filled", "errors", "warnings"
MARKS = {EMPTY: "○", FILLED: "✓", ERRORS: "✗", WARNINGS: "⚠"}

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    label: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    measure_id: str = ""
    row: int = 0
    filled: int = 0
    total: int = 0


class NavigatorModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("")
        self.rows: list[MeasureRow] = []
        self.status: dict[str, str] = {}
        self.by_id: dict[str, Node] = {}

    # -- content ------------------------------------------------------------------------------------

    def set_rows(self, rows: list[MeasureRow], status: dict[str, str], keep: Callable[[MeasureRow], bool]) -> None:
        self.beginResetModel()
        self.rows, self.status = rows, status
        self.root, self.by_id = Node(""), {}
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
            filled = 1 if row.execution.strip() else 0
            walker: Node | None = node
            while walker is not None:
                walker.total += 1
                walker.filled += filled
                walker = walker.parent
        self.endResetModel()

    @staticmethod
    def _child(parent: Node, label: str) -> Node:
        node = Node(label, parent, row=len(parent.children))
        parent.children.append(node)
        return node

    def update_status(self, measure_id: str, status: str, filled_before: bool, filled_now: bool) -> None:
        """One measure's mark (and its ancestors' counts) after it was edited."""
        self.status[measure_id] = status
        node = self.by_id.get(measure_id)
        if node is None:
            return
        delta = int(filled_now) - int(filled_before)
        walker: Node | None = node
        while walker is not None and walker is not self.root:
            walker.filled += delta
            index = self.createIndex(walker.row, 0, walker)
            self.dataChanged.emit(index, index)
            walker = walker.parent

    def index_of(self, measure_id: str) -> QModelIndex:
        node = self.by_id.get(measure_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def measure_ids(self) -> list[str]:
        """Visible measures in report order."""
        return list(self.by_id)

    # -- QAbstractItemModel ---------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.measure_id:
                return f"{MARKS[self.status.get(node.measure_id, EMPTY)]} {node.label}"
            return f"({node.filled}/{node.total}) {node.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.label
        if role == ID_ROLE:
            return node.measure_id or None
        if role == STATUS_ROLE:
            return self.status.get(node.measure_id, EMPTY) if node.measure_id else None
        if role == Qt.ItemDataRole.FontRole and not node.measure_id and node.parent is not None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(node.parent is self.root or (node.parent.parent is self.root))
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
