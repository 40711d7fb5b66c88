"""The dashboard's table model: one row per executive body with its status for the period."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from zhdesk.gui.exchange_dialogs import local_time

if TYPE_CHECKING:
    from zhdesk.exchange.review import BodyStatus

ANY_INDEX = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole  # the body's code, in every column
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what the column sorts by (the status by urgency, filled by share)
ORDER = ("returned", "submitted", "accepted", "issued", "not issued")  # what needs the coordinator first
COLOURS = {"accepted": "#d8f0d8", "returned": "#fde2e2", "submitted": "#fff4cc"}
ERROR_COLOUR = "#b00020"
STATUS_COLUMN, ERRORS_COLUMN = 1, 4


class StatusModel(QAbstractTableModel):
    """Body, status, last submission, filled/total, errors, warnings, name (Орган, Стан, Останнє подання…)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BodyStatus] = []
        self.headers = [
            self.tr("Body"),
            self.tr("Status"),
            self.tr("Last submission"),
            self.tr("Filled"),
            self.tr("Errors"),
            self.tr("Warnings"),
            self.tr("Name"),
        ]
        self.words = {
            "not issued": self.tr("not issued"),
            "issued": self.tr("issued"),
            "submitted": self.tr("submitted"),
            "accepted": self.tr("accepted"),
            "returned": self.tr("returned"),
        }

    def set_rows(self, rows: list[BodyStatus]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name + (f"\n{row.comment}" if row.comment else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == ERRORS_COLUMN and row.errors:
            return QColor(ERROR_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN and row.status in COLOURS:
            return QColor(COLOURS[row.status])
        if role == CODE_ROLE:
            return row.code
        if role == SORT_ROLE:
            return _sort_key(row)[column]
        return None

    def _shown(self, row: BodyStatus) -> list[str | int]:
        return [
            row.code,
            self.words.get(row.status, row.status),
            local_time(row.last_submission) + (f" (№{row.sequence})" if row.sequence else ""),
            f"{row.filled}/{row.total}",
            row.errors or "",
            row.warnings or "",
            row.name,
        ]


def _sort_key(row: BodyStatus) -> list[str | int | float]:
    return [
        row.code,
        ORDER.index(row.status) if row.status in ORDER else 9,
        row.last_submission or "",
        row.filled / row.total if row.total else 0.0,
        row.errors,
        row.warnings,
        row.name.casefold(),
    ]
