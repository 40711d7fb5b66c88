"""The dashboard's table model: one row per executive body with its status for the period."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QColor

from zhdesk.gui.exchange_dialogs import local_time
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.exchange.review import BodyStatus

ANY_INDEX = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole  # the body's code, in every column
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what the column sorts by (the status by urgency, filled by share)
ORDER = ("returned", "submitted", "accepted", "issued", "not issued")  # what needs the coordinator first
COLOURS = {"accepted": "#d8f0d8", "returned": "#fde2e2", "submitted": "#fff4cc"}
ERROR_COLOUR = "#b00020"
LATE_COLOUR = "#b00020"
STATUS_COLUMN, DEADLINE_COLUMN, ERRORS_COLUMN = 1, 2, 5


class StatusModel(QAbstractTableModel):
    """Body (its full name; the code in the tooltip), status, deadline, last submission, filled/total,
    errors, warnings (Орган, Стан, Термін, Останнє подання…)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BodyStatus] = []
        self.headers = [
            self.tr("Body"),
            self.tr("Status"),
            self.tr("Deadline"),
            self.tr("Last submission"),
            self.tr("Filled"),
            self.tr("Errors"),
            self.tr("Warnings"),
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
            role_words = "" if row.reporting else " · " + self.tr("co-executor only: no form of its own")
            return f"{row.code} — {row.name}{role_words}" + (f"\n{row.comment}" if row.comment else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == ERRORS_COLUMN and row.errors:
            return QColor(ERROR_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column == DEADLINE_COLUMN and _late(row):
            return QColor(LATE_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN and row.status in COLOURS:
            return QColor(COLOURS[row.status])
        if role == CODE_ROLE:
            return row.code
        if role == SORT_ROLE:
            return _sort_key(row)[column]
        return None

    def _shown(self, row: BodyStatus) -> list[str | int]:
        return [
            row.name,
            self.words.get(row.status, row.status),
            _deadline_shown(row),
            local_time(row.last_submission) + (f" (№{row.sequence})" if row.sequence else ""),
            f"{row.filled}/{row.total}",
            row.errors or "",
            row.warnings or "",
        ]


def _deadline_shown(row: BodyStatus) -> str:
    """ "20.01.2024 · залишилося днів: 5", "… · подано вчасно"; "" without a deadline or a form."""
    if not row.deadline or row.status == "not issued":
        return ""
    from zhdesk.gui.deadlines import day_words, days_words

    day = day_words(row.deadline)
    said = days_words(row.days_left, row.on_time)
    return f"{day} · {said}" if said else day


def _late(row: BodyStatus) -> bool:
    """Late: nothing received by the deadline, or the last submission came after it."""
    if not row.deadline or row.status in ("not issued", "accepted"):
        return False
    return row.on_time is False or (row.on_time is None and row.days_left is not None and row.days_left < 0)


def _sort_key(row: BodyStatus) -> list[str | int | float]:
    return [
        row.name.casefold(),
        ORDER.index(row.status) if row.status in ORDER else 9,
        (row.days_left if row.days_left is not None else 1_000_000) if row.on_time is None else 2_000_000,
        row.last_submission or "",
        row.filled / row.total if row.total else 0.0,
        row.errors,
        row.warnings,
    ]


# What the dashboard's "Show" box offers: which bodies' rows the table and the chart hold.
FILTERS = ("reporting", "attention", "waiting", "late", "accepted", "all")


def shown_by(kind: str, row: BodyStatus) -> bool:
    if kind == "all":
        return True
    if not row.reporting and row.status == "not issued":
        return False  # a co-executor only, with no form: in "all" alone
    if kind == "attention":
        return row.status in ("submitted", "returned")
    if kind == "waiting":
        return row.status == "issued"
    if kind == "late":
        return _late(row)
    if kind == "accepted":
        return row.status == "accepted"
    return True


class StatusFilter(QSortFilterProxyModel):
    """The table's rows sorted, and only the bodies the "Show" box asks for (``FILTERS``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = "reporting"

    def set_kind(self, kind: str) -> None:
        if not hasattr(self, "endFilterChange"):  # Qt before 6.10
            self.kind = kind
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: ANY_INDEX) -> bool:
        model = self.sourceModel()
        if not isinstance(model, StatusModel) or not 0 <= source_row < len(model.rows):
            return True
        return shown_by(self.kind, model.rows[source_row])

    def shown_rows(self) -> list[BodyStatus]:
        model = self.sourceModel()
        if not isinstance(model, StatusModel):
            return []
        return [row for row in model.rows if shown_by(self.kind, row)]
