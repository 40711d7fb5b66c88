"""The consolidated report as a table model (Звіт): priority and sector rows, then each measure as it prints
(task, measure, executors, execution text, programme or funding) with the state of its text.

The model holds the rows ``services.review_table`` read, flattened once; a find (text) and a state filter
narrow what is shown without reading the store again, keeping the priority and sector rows of what is
left. A row's text is elided in the view; the whole text is in its tooltip and in the pane below.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QFont

from zhdesk.gui.qt_namespace import Qt
from zhdesk.services.review_table import BODIES, CONFLICT, EDITED, EMPTY, IMPORTED, ReviewRow, ReviewTable

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the measure's id ("" on a priority or sector row)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "priority", "sector" or "measure"
COLUMNS = ("no", "task", "measure", "executors", "execution", "state", "funding")
STATE_COLUMN = COLUMNS.index("state")
COLOURS = {CONFLICT: "#fde2e2", EMPTY: "#f1f1f1", EDITED: "#e4edfb", IMPORTED: "#eef3ea"}
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Line:
    """One line of the table: a priority or sector heading, or a measure."""

    kind: str
    title: str = ""
    row: ReviewRow | None = None
    first_of_task: bool = False  # the task's number and text are shown on its first measure shown
    haystack: str = ""  # what the find looks in, lower-case


def state_words(row: ReviewRow) -> str:
    """The state of the row's text, as the view says it."""
    bodies = ", ".join(row.from_bodies)
    if row.state == CONFLICT:
        return QCoreApplication.translate("ReviewModel", "conflict: {0} sent another text").format(bodies)
    if row.state == BODIES:
        return QCoreApplication.translate("ReviewModel", "from {0}").format(bodies)
    if row.state == EDITED:
        return QCoreApplication.translate("ReviewModel", "edited by the coordinator")
    if row.state == IMPORTED:
        return QCoreApplication.translate("ReviewModel", "from the imported report")
    return QCoreApplication.translate("ReviewModel", "empty")


def header_words() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ReviewModel", "No."),
        QCoreApplication.translate("ReviewModel", "Tasks"),
        QCoreApplication.translate("ReviewModel", "Measures"),
        QCoreApplication.translate("ReviewModel", "Responsible executor"),
        QCoreApplication.translate("ReviewModel", "Execution of the measures"),
        QCoreApplication.translate("ReviewModel", "Text state"),
        QCoreApplication.translate("ReviewModel", "Programme or funding"),
    )


class ReviewModel(QAbstractTableModel):
    """The report's lines; ``shown`` is what the find and the state filter let through."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.table: ReviewTable | None = None
        self.lines: list[Line] = []
        self.shown: list[Line] = []
        self.find, self.state = "", ""
        self.headers = header_words()
        self.bold = QFont()
        self.bold.setBold(True)
        self.underlined = QFont(self.bold)
        self.underlined.setUnderline(True)

    # -- filling -------------------------------------------------------------------------------------------

    def set_table(self, table: ReviewTable) -> None:
        self.table = table
        lines: list[Line] = []
        priority = sector = None
        for row in table.rows:
            if (row.priority, row.priority_goal) != priority:
                priority, sector = (row.priority, row.priority_goal), None
                lines.append(Line("priority", " ".join(p for p in priority if p)))
            if row.sector != sector:
                sector = row.sector
                lines.append(Line("sector", row.sector))
            haystack = "\n".join(
                (row.no, row.task_no, row.task, row.measure, row.executors, row.execution, row.incoming)
            ).casefold()
            lines.append(Line("measure", row=row, haystack=haystack))
        self.lines = lines
        self._narrow()

    def narrow(self, find: str, state: str) -> None:
        """Show the measures whose text holds ``find`` (case-insensitive) and whose state is ``state``
        ("" for every state), with their priority and sector rows."""
        self.find, self.state = find.strip().casefold(), state
        self._narrow()

    def _narrow(self) -> None:
        self.beginResetModel()
        shown: list[Line] = []
        heads: list[Line] = []  # the priority and sector rows waiting for a measure shown under them
        task = None
        for line in self.lines:
            if line.kind == "priority":
                heads = [line]
                continue
            if line.kind == "sector":
                heads = [*heads[:1], line] if heads and heads[0].kind == "priority" else [line]
                task = None
                continue
            row = line.row
            assert row is not None
            if self.state and row.state != self.state:
                continue
            if self.find and self.find not in line.haystack:
                continue
            shown.extend(heads)
            if heads:
                task = None
            heads = []
            first = (row.sector, row.task_no, row.task) != task
            task = (row.sector, row.task_no, row.task)
            shown.append(Line("measure", row=row, first_of_task=first, haystack=line.haystack))
        self.shown = shown
        self.endResetModel()

    # -- reading -------------------------------------------------------------------------------------------

    def measure_rows(self) -> list[ReviewRow]:
        return [line.row for line in self.shown if line.row is not None]

    def row_of(self, measure_id: str) -> int:
        for number, line in enumerate(self.shown):
            if line.row is not None and line.row.measure_id == measure_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.shown[index.row()].kind != "measure":
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selected with the measures
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.shown):
            return None
        line = self.shown[index.row()]
        column = index.column()
        if role == KIND_ROLE:
            return line.kind
        if role == ID_ROLE:
            return line.row.measure_id if line.row is not None else ""
        if line.row is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return line.title if column == 0 else ""
            if role == Qt.ItemDataRole.FontRole:
                return self.underlined if line.kind == "priority" else self.bold
            return None
        row = line.row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(line, column).replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell(line, column, whole=True) or None
        if role == Qt.ItemDataRole.BackgroundRole and column in (COLUMNS.index("execution"), STATE_COLUMN):
            colour = COLOURS.get(row.state)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cell(line, column, whole=True)
        return None

    def _cell(self, line: Line, column: int, whole: bool = False) -> str:
        row = line.row
        assert row is not None
        name = COLUMNS[column]
        if name == "no":
            return row.no
        if name == "task":
            return " ".join(p for p in (row.task_no, row.task) if p) if line.first_of_task or whole else ""
        if name == "measure":
            return row.measure
        if name == "executors":
            return row.executors
        if name == "execution":
            return row.execution
        if name == "state":
            return state_words(row)
        return row.programme_or_funding
