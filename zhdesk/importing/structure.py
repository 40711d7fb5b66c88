"""From source rows to the programme structure, repairing the real document's irregularities.

Every repair is recorded as a :class:`Repair` with its line or cell; content is never dropped:
what cannot be understood stops the import with an :class:`ImportFailure`.

The same rows are read as the six-column report or, with ``programme=True``, as the approved programme
(five columns, no "Виконання заходів"; a six-column report table is read then with column 5 ignored).
Rows are normalised to the layout's column count and then to six slots, so that every repair works
the same for both layouts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.header import (
    EXECUTION,
    PROGRAMME_COLUMNS,
    PROGRAMME_HEADER,
    REPORT_COLUMNS,
    REPORT_HEADER,
    header_columns,
    header_matches,
    is_number_row,
    looks_like_header,
)
from zhdesk.importing.table import Cell, SourceRow
from zhdesk.periods import Period, period_from_title

_MEASURE_NO = re.compile(r"^(\d+(?:\.\d+)+)(\.?)(\s*)(.*)$", re.DOTALL)
_TASK_NO = re.compile(r"^(\d+)\.?$")
_PRIORITY = re.compile(r'^(Пріоритет)\s*(["«“„])\s*(.*?)\s*(["»”“])\s*(.*)$', re.DOTALL)
_SEPARATOR = re.compile(r"^-+$")
_COMMUNITY = re.compile(r"розвитку\s+(.+?)\s+(?:за\s|на\s+\d{4}\s)")
_PROGRAMME_YEAR = re.compile(r"(?<!\w)на\s+(\d{4})\s+р(?:ік|\.)")


@dataclass(frozen=True)
class Repair:
    """One irregularity the import repaired or noticed, with where it was: ``message`` in English (the
    command line's, its --json); ``code`` and ``params`` say the same for other words (``importing.messages``;
    "" for a message without a code, as the services add)."""

    location: str
    message: str

    @classmethod
    def of(cls, location: str, code: str, *params: object) -> Repair:
        from zhdesk.importing.messages import english

        shown = tuple(str(p) for p in params)
        made = cls(location, english(code, shown))
        object.__setattr__(made, "_coded", (code, shown))  # not a field: the --json keeps its two keys
        return made

    @property
    def code(self) -> str:
        return str(self.__dict__.get("_coded", ("", ()))[0])

    @property
    def params(self) -> tuple[str, ...]:
        return tuple(self.__dict__.get("_coded", ("", ()))[1])

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass
class ParsedMeasure:
    no: str
    text: str
    executors: str
    execution: str
    programme_or_funding: str
    location: str


@dataclass
class ParsedTask:
    no: str
    text: str
    location: str
    measures: list[ParsedMeasure] = field(default_factory=list)


@dataclass
class ParsedSector:
    name: str
    location: str
    tasks: list[ParsedTask] = field(default_factory=list)


@dataclass
class ParsedPriority:
    name: str
    goal: str
    location: str
    sectors: list[ParsedSector] = field(default_factory=list)


@dataclass
class ParsedReport:
    """The official table as read from one file, with the repairs that were made."""

    source: str
    title: str = ""
    footnote: str = ""
    priorities: list[ParsedPriority] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    closing: str = ""

    @property
    def period(self) -> Period | None:
        return period_from_title(self.title)

    @property
    def community(self) -> str:
        """The community the title names: ``…розвитку <community> за 9 місяців…`` or ``… на 2024 рік``."""
        found = _COMMUNITY.search(self.title)
        return found.group(1) if found else ""

    @property
    def year(self) -> int | None:
        """The year a programme title names (``на 2024 рік``), else the year of the report's period."""
        found = _PROGRAMME_YEAR.search(" ".join(self.title.split()))
        if found:
            return int(found.group(1))
        period = self.period
        return period.year if period else None

    @property
    def sectors(self) -> list[ParsedSector]:
        return [sector for priority in self.priorities for sector in priority.sectors]

    @property
    def measures(self) -> list[ParsedMeasure]:
        return [m for sector in self.sectors for task in sector.tasks for m in task.measures]


class _Builder:
    def __init__(self, source: str) -> None:
        self.report = ParsedReport(source)
        self.columns = REPORT_COLUMNS  # of the file's table: 6, or 5 for the approved programme
        self.ignore_execution = False  # a six-column report read as the programme
        self.ignored_execution = 0
        self.header_at = ""
        self.priority: ParsedPriority | None = None
        self.sector: ParsedSector | None = None
        self.task: ParsedTask | None = None
        self.awaiting_goal = False
        self.blank_lines: list[str] = []
        self.keys: set[tuple[str, str, str]] = set()

    def repair(self, location: str, code: str, *params: object) -> None:
        self.report.repairs.append(Repair.of(location, code, *params))

    def fail(self, location: str, code: str, *params: object) -> ImportFailure:
        return ImportFailure.of(self.report.source, location, code, *params)

    # -- rows ---------------------------------------------------------------------------------

    @property
    def table_name(self) -> str:
        return "the approved programme" if self.columns == PROGRAMME_COLUMNS else "the official table"

    def row(self, row: SourceRow) -> None:
        cells = self._cells(row)
        texts = [cell.text for cell in cells]
        filled = [index for index, text in enumerate(texts) if text]
        if not filled:
            self.blank_lines.append(row.location)
        elif all(_SEPARATOR.match(text) for text in texts if text) and len(filled) >= 3:
            self.repair(row.location, "separator-row")
        elif header_matches(texts, self.columns) or is_number_row(texts, self.columns):
            self.repair(row.location, "repeated-header")
        elif len(filled) == 1 and filled[0] <= 1 and not _MEASURE_NO.match(texts[filled[0]]):
            self.heading(row, cells[filled[0]], filled[0])
        elif texts[2] or texts[0] or texts[1]:
            self.measure_row(row, self._six_slots(cells))
        elif self.task is not None and self.task.measures:
            self.continuation(row, [cell.text for cell in self._six_slots(cells)])
        else:
            raise self.fail(row.location, "no-task-no-measure", _quote(" | ".join(texts)))

    def _six_slots(self, cells: list[Cell]) -> list[Cell]:
        """The report's six columns; the programme's five get an empty "Виконання заходів"."""
        if self.columns == PROGRAMME_COLUMNS:
            return [*cells[:EXECUTION], Cell(), *cells[EXECUTION:]]
        return cells

    def _execution(self, text: str) -> str:
        if self.ignore_execution:
            self.ignored_execution += bool(text)
            return ""
        return text

    def _cells(self, row: SourceRow) -> list[Cell]:
        """The row's cells as the layout's columns, repairing a shifted or trimmed row."""
        columns = self.columns
        cells = list(row.cells)
        while len(cells) > columns and not cells[-1].text:
            cells.pop()
        if len(cells) > columns:
            raise self.fail(row.location, "too-many-columns", len(cells), self.table_name, columns)
        if len(cells) < columns and any(cell.text for cell in cells):
            missing = columns - len(cells)
            texts = [cell.text for cell in cells]
            number_at = next((i for i, text in enumerate(texts) if _MEASURE_NO.match(text)), None)
            leading_empty = number_at is not None and not any(texts[:number_at])
            if number_at is not None and number_at + missing == 2 and leading_empty:
                self.repair(row.location, "shifted-row", len(cells), columns)
                return [Cell() for _ in range(missing)] + cells
            if len(cells) == 1:
                return cells + [Cell() for _ in range(missing)]
            if number_at == 2:
                self.repair(row.location, "short-row", len(cells))
                return cells + [Cell() for _ in range(missing)]
            raise self.fail(row.location, "too-many-columns", len(cells), self.table_name, columns)
        return cells + [Cell() for _ in range(columns - len(cells))]

    def continuation(self, row: SourceRow, texts: list[str]) -> None:
        """Cells that carry on the measure above (a long cell split over rows, as spreadsheets need)."""
        assert self.task is not None
        measure = self.task.measures[-1]
        execution = self._execution(texts[EXECUTION])
        for name, text in (("executors", texts[3]), ("execution", execution), ("programme_or_funding", texts[5])):
            if text:
                setattr(measure, name, "\n".join(part for part in (getattr(measure, name), text) if part))
        self.repair(row.location, "continued-row", measure.no)

    def heading(self, row: SourceRow, cell: Cell, column: int) -> None:
        text = " ".join(cell.text.split())
        if column:
            self.repair(row.where(column), "heading-in-column", _quote(text), column + 1)
        match = _PRIORITY.match(text)
        if match:
            self.priority_heading(row, cell, match)
        elif self.awaiting_goal and (cell.underline or not cell.bold):
            assert self.priority is not None
            self.priority.goal = text
            self.awaiting_goal = False
        else:
            if self.awaiting_goal:
                self.repair(row.location, "priority-without-goal", _quote(self.priority.name if self.priority else ""))
                self.awaiting_goal = False
            if not cell.bold:
                self.repair(row.location, "sector-not-bold", _quote(text))
            self.start_sector(text, row.location)

    def priority_heading(self, row: SourceRow, cell: Cell, match: re.Match[str]) -> None:
        word, opening, name, closing, goal = match.groups()
        lines = cell.text.split("\n")
        first_line = _PRIORITY.match(" ".join(lines[0].split()))
        own_line = len(lines) > 1 and first_line is not None and not first_line.group(5)  # goal on its own line
        original = f"{word} {opening}{name}{closing}"
        if opening == "«" or closing == "»":
            opening, closing = "«", "»"
        clean = f"{word} {opening}{name}{closing}"
        raw = " ".join(cell.text.split())
        if not raw.startswith(clean):
            self.repair(row.location, "priority-title-tidied", _quote(raw[: len(original) + 2].strip()), _quote(clean))
        self.priority = ParsedPriority(clean, goal.strip(), row.location)
        self.report.priorities.append(self.priority)
        self.sector = None
        self.task = None
        self.awaiting_goal = not goal.strip()
        if goal.strip() and not own_line:
            self.repair(row.location, "priority-and-goal-split", _quote(clean), _quote(goal.strip()))

    def start_sector(self, name: str, location: str) -> None:
        if self.priority is None:
            raise self.fail(location, "sector-before-priority", _quote(name))
        if any(sector.name == name for sector in self.priority.sectors):
            raise self.fail(location, "sector-twice", _quote(name), _quote(self.priority.name))
        self.sector = ParsedSector(name, location)
        self.priority.sectors.append(self.sector)
        self.task = None

    def measure_row(self, row: SourceRow, cells: list[Cell]) -> None:
        texts = [cell.text for cell in cells]
        task_no, task_text = " ".join(texts[0].split()), texts[1]
        if task_no or task_text:
            fused = cells[1].leading_bold()
            restarts = task_no.rstrip(".") in {"", "1"} or self.sector is None
            if fused and len(fused[0]) < 120 and restarts:
                sector_name, task_text = " ".join(fused[0].split()), fused[1]
                self.repair(row.where(1), "sector-fused-into-task", _quote(sector_name))
                self.awaiting_goal = False
                self.start_sector(sector_name, row.location)
            self.start_task(row, task_no, task_text)
        if self.task is None:
            raise self.fail(row.location, "measure-before-task")
        if not texts[2]:
            raise self.fail(row.where(2), "measure-cell-empty")
        self.add_measure(row, texts)

    def start_task(self, row: SourceRow, given: str, text: str) -> None:
        if self.sector is None:
            raise self.fail(row.location, "task-before-sector")
        expected = str(len(self.sector.tasks) + 1)
        match = _TASK_NO.match(given)
        number = _MEASURE_NO.match(row.cells[2].text) if len(row.cells) > 2 else None
        measure_prefix = number.group(1).split(".")[0] if number else ""
        if not given:
            no = expected
            self.repair(row.where(0), "task-numbered", no)
        elif not match:
            raise self.fail(row.where(0), "task-number-not-number", _quote(given))
        else:
            no = match.group(1)
            if given.endswith("."):
                self.repair(row.where(0), "task-number-dot", _quote(given))
            if no != expected and measure_prefix == expected:
                self.repair(row.where(0), "task-renumbered", no, f"{expected}.…", expected)
                no = expected
            elif no != expected:
                self.repair(row.where(0), "task-numbering-jumps", no, expected)
        if not text:
            raise self.fail(row.where(1), "task-without-text", no)
        if any(task.no == no for task in self.sector.tasks):
            raise self.fail(row.where(0), "task-twice", no, _quote(self.sector.name))
        self.task = ParsedTask(no, text, row.location)
        self.sector.tasks.append(self.task)

    def add_measure(self, row: SourceRow, texts: list[str]) -> None:
        assert self.task is not None and self.sector is not None and self.priority is not None
        match = _MEASURE_NO.match(texts[2])
        if not match:
            raise self.fail(row.where(2), "measure-without-number", _quote(texts[2][:60]))
        no, dot, space, text = match.groups()
        if not dot:
            self.repair(row.where(2), "measure-number-no-dot", no, no)
        if not space:
            self.repair(row.where(2), "measure-number-no-space", f"{no}{dot}", no)
        if no.split(".")[0] != self.task.no:
            self.repair(row.where(2), "measure-outside-task", no, self.task.no)
        key = (self.priority.name, self.sector.name, f"{self.task.no}|{no}")
        if key in self.keys:
            raise self.fail(row.where(2), "measure-twice", no, self.task.no)
        self.keys.add(key)
        execution = self._execution(texts[EXECUTION])
        self.task.measures.append(ParsedMeasure(no, text.strip(), texts[3], execution, texts[5], row.location))

    def use_layout(self, columns: int, header: SourceRow, *, programme: bool) -> None:
        """The table's layout, from its header row: the report's six columns or the programme's five."""
        self.columns = columns
        self.ignore_execution = programme and columns == REPORT_COLUMNS
        self.header_at = header.location

    def finish(self) -> ParsedReport:
        if self.ignore_execution:
            self.report.repairs.insert(
                0,
                Repair.of(self.header_at, "report-read-as-programme", self.ignored_execution),
            )
        if self.blank_lines:
            shown = ", ".join(loc.removeprefix("line ") for loc in self.blank_lines[:60])
            more = "…" if len(self.blank_lines) > 60 else ""
            self.repair(self.blank_lines[0], "blank-rows", len(self.blank_lines), f"{shown}{more}")
        for priority in self.report.priorities:
            if not priority.sectors:
                self.repair(priority.location, "priority-without-sectors", _quote(priority.name))
            for sector in priority.sectors:
                if not sector.tasks:
                    self.repair(sector.location, "sector-without-measures", _quote(sector.name))
        return self.report


def _quote(text: str) -> str:
    return f"«{text}»"


def _wrong_columns(source: str, row: SourceRow, found: int | None, *, programme: bool) -> ImportFailure:
    if programme:
        return ImportFailure.of(source, row.location, "wrong-columns-programme", PROGRAMME_HEADER)
    if found == PROGRAMME_COLUMNS:
        return ImportFailure.of(source, row.location, "wrong-columns-report-programme", REPORT_HEADER)
    return ImportFailure.of(source, row.location, "wrong-columns-report", REPORT_HEADER)


def build_report(source: str, rows: Iterable[SourceRow], *, programme: bool = False) -> ParsedReport:
    """Classify rows: title lines, the header, priorities, sectors, tasks, measures, the footnote.

    ``programme=True`` reads the approved programme: the five-column table (no "Виконання заходів"),
    or the six-column report table with its column 5 ignored (one repair says so). Either way every
    measure's ``execution`` is empty.
    """
    builder = _Builder(source)
    title: list[str] = []
    in_table = False
    pending: list[SourceRow] = []
    closing: list[str] = []
    blanks: list[str] = []
    footnote_at = ""
    for row in rows:
        texts = row.texts
        if closing:  # everything after the footnote is the closing (signature) block
            if len(texts) > 2 and _MEASURE_NO.match(texts[2]):
                raise ImportFailure.of(source, footnote_at, "footnote-inside")
            if any(texts):
                closing.append(" ".join(" ".join(t.split()) for t in texts if t))
            continue
        if not in_table:
            found = header_columns(texts)
            if found is not None and (found == REPORT_COLUMNS or programme):
                in_table = True
                builder.use_layout(found, row, programme=programme)
            elif found is not None or looks_like_header(texts):
                raise _wrong_columns(source, row, found, programme=programme)
            elif any(texts):
                title.append(" ".join(" ".join(texts).split()))
            continue
        filled = [text for text in texts if text]
        if len(filled) == 1 and filled[0].lstrip("\\").startswith("*") and not filled[0].startswith("**"):
            for early in pending:
                builder.repair(early.location, "text-outside-columns")
                builder.row(early)
            pending.clear()
            builder.report.footnote = filled[0].lstrip("\\")
            footnote_at = row.location
            closing.append("")
            continue
        if not any(texts):
            blanks.append(row.location)  # counted only if more of the table follows
            continue
        if row.outside_table:
            pending.append(row)
            continue
        for early in pending:
            builder.repair(early.location, "text-outside-columns")
            builder.row(early)
        pending.clear()
        builder.blank_lines += blanks
        blanks.clear()
        if is_number_row(texts, builder.columns) and not builder.report.priorities:
            continue
        builder.row(row)
    if not in_table:
        raise ImportFailure.of(source, "", "no-header-programme" if programme else "no-header-report")
    report = builder.finish()
    report.title = " ".join(" ".join(title).replace("**", " ").split())
    closing.extend("\n".join(t for t in row.texts if t) for row in pending)
    closing = [text for text in closing if text]
    if closing:
        report.closing = "\n".join(closing)
    if not report.measures:
        raise ImportFailure.of(source, "", "no-measures")
    return report
