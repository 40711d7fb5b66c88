"""Write a ParsedReport back as an approved-programme file in the official layout, for import tests.

The programme (and each amendment) is the official table without "Виконання заходів": № з/п ·
Завдання · Заходи · Відповідальний виконавець · Назва програми або обсяг фінансування, numbered
``1 … 5``. A test reads a file (usually the real report), edits the ParsedReport (inserts, removes or
re-words measures, renames sectors) and writes it out with :func:`write_programme`:

    report = read_report(real_report)
    sector = report.sectors[0]
    sector.name = "Підприємництво та інвестиції"
    task = sector.tasks[0]
    task.measures.insert(1, ParsedMeasure("1.2", "Новий захід", "Департамент …", "", "", ""))
    for n, measure in enumerate(task.measures, start=1):
        measure.no = f"{task.no}.{n}"
    write_programme(report, tmp_path / "amendment.xlsx", fmt="xlsx")

Only the structure and the texts are written (never the repairs or locations), cleanly: a file written
here reads back without repairs. Measures are written in the order of the report, with the numbers
they have (renumbering is the test's business). TXT is tab-separated with the real file's HTML
leftovers (<p>, <b>, <u>); XLSX has bold fonts and merged cells; DOCX has a real table with bold runs
and merged cells. ``six_columns=True`` writes the report's layout instead, with each measure's
``execution`` in column 5.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from zhdesk.importing.structure import ParsedMeasure, ParsedReport, ParsedTask

NO, TASK, MEASURES, EXECUTORS = "№ з/п", "Завдання", "Заходи", "Відповідальний виконавець"
EXECUTION = "Виконання заходів"
PROGRAMME_OR_FUNDING = "Назва міської цільової програми до якої включено захід або обсяг фінансових ресурсів, тис. грн"
PROGRAMME_HEADER = [NO, TASK, MEASURES, EXECUTORS, PROGRAMME_OR_FUNDING]
REPORT_HEADER = [NO, TASK, MEASURES, EXECUTORS, EXECUTION, PROGRAMME_OR_FUNDING]
FORMATS = ("txt", "xlsx", "docx")


def programme_title(year: int = 2024) -> str:
    return (
        "Програма соціально-економічного і культурного розвитку Житомирської міської територіальної "
        f"громади на {year} рік"
    )


def write_programme(
    report: ParsedReport,
    path: Path,
    *,
    fmt: str = "txt",
    six_columns: bool = False,
    title: str | None = None,
    year: int = 2024,
) -> Path:
    """Write ``report`` to ``path`` as the approved programme (``fmt``: "txt", "xlsx" or "docx").

    ``title`` defaults to :func:`programme_title` of ``year``. The report's footnote and closing
    block are written after the table when it has them (set them to "" for a programme without).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    header = REPORT_HEADER if six_columns else PROGRAMME_HEADER
    table = _Table(header, list(_rows(report, six_columns)))
    text = programme_title(year) if title is None else title
    after = [line for line in (report.footnote, *report.closing.split("\n")) if line]
    path = Path(path)
    {"txt": _write_txt, "xlsx": _write_xlsx, "docx": _write_docx}[fmt](path, text, table, after)
    return path


class _Table:
    def __init__(self, header: list[str], rows: list[tuple[str, Any]]) -> None:
        self.header = header
        self.width = len(header)
        self.rows = rows  # ("priority", (name, goal)) / ("sector", name) / ("task", (no, text, [cells…]))


def _measure_cells(measure: ParsedMeasure, six_columns: bool) -> list[str]:
    cells = [f"{measure.no}. {measure.text}" if measure.text else f"{measure.no}.", measure.executors]
    if six_columns:
        cells.append(measure.execution)
    cells.append(measure.programme_or_funding)
    return cells


def _rows(report: ParsedReport, six_columns: bool) -> Iterator[tuple[str, Any]]:
    for priority in report.priorities:
        yield "priority", (priority.name, priority.goal)
        for sector in priority.sectors:
            yield "sector", sector.name
            for task in sector.tasks:
                yield "task", (task.no, task.text, [_measure_cells(m, six_columns) for m in _measures(task)])


def _measures(task: ParsedTask) -> list[ParsedMeasure]:
    if not task.measures:
        raise ValueError(f"task {task.no} has no measures: the official table cannot show a task without one")
    return task.measures


# -- TXT ----------------------------------------------------------------------------------------------


def _html(text: str, *, bold: bool = False, underline: bool = False) -> str:
    """A cell of the TXT export: one <p> per line, with <b>/<u> for the headings."""
    if "\t" in text:
        raise ValueError(f"a tab inside a cell cannot be written to the TXT table: {text[:60]!r}")
    lines = [html.escape(line, quote=False) for line in text.split("\n")]
    if underline:
        lines = [f"<u>{line}</u>" for line in lines]
    if bold:
        lines = [f"<b>{line}</b>" for line in lines]
    if len(lines) == 1 and not (bold or underline):
        return lines[0]
    return "".join(f"<p>{line}</p>" for line in lines)


def _write_txt(path: Path, title: str, table: _Table, after: list[str]) -> None:
    lines = [f"**{title}**", "", "\t".join(table.header), "\t".join(str(n) for n in range(1, table.width + 1))]
    pad = "\t" * (table.width - 1)
    for kind, value in table.rows:
        if kind == "priority":
            name, goal = value
            lines.append(_html("\n".join(part for part in (name, goal) if part), bold=True, underline=True) + pad)
        elif kind == "sector":
            lines.append(_html(value, bold=True) + pad)
        else:
            no, text, measures = value
            for index, cells in enumerate(measures):
                lead = [no, _html(text)] if index == 0 else ["", ""]
                lines.append("\t".join(lead + [_html(cell) for cell in cells]))
    if after:
        lines.append("")
        lines.extend(html.escape(line, quote=False).replace("\t", " ") for line in after)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- XLSX ---------------------------------------------------------------------------------------------


def _write_xlsx(path: Path, title: str, table: _Table, after: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Програма"
    wrap = Alignment(wrap_text=True, vertical="top")

    def put(row: int, column: int, value: str | int | None, **font: Any) -> None:
        cell = ws.cell(row, column)
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        cell.alignment = wrap
        if font:
            cell.font = Font(name="Times New Roman", size=12, **font)

    def spanning(value: str, **font: Any) -> None:
        row = ws.max_row + 1
        put(row, 1, value, **font)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=table.width)

    put(1, 1, title, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=table.width)
    for column, text in enumerate(table.header, start=1):
        put(2, column, text, bold=True)
        put(3, column, column)
    for kind, value in table.rows:
        if kind == "priority":
            spanning("\n".join(part for part in value if part), bold=True, underline="single")
        elif kind == "sector":
            spanning(value, bold=True)
        else:
            no, text, measures = value
            first = ws.max_row + 1
            for offset, cells in enumerate(measures):
                for column, cell_text in enumerate(cells, start=3):
                    put(first + offset, column, cell_text or None)
            put(first, 1, int(no) if no.isdigit() and str(int(no)) == no else no)
            put(first, 2, text)
            last = first + len(measures) - 1
            if last > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    for line in after:
        put(ws.max_row + 1, 1, line)
    wb.save(path)


# -- DOCX ---------------------------------------------------------------------------------------------


def _fill(cell: Any, text: str, *, bold: bool = False, underline: bool = False) -> None:
    """One paragraph per line, in runs that carry the heading's formatting."""
    for index, line in enumerate(text.split("\n") if text else []):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold or None
        run.underline = underline or None


def _write_docx(path: Path, title: str, table: _Table, after: list[str]) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph().add_run(title).bold = True
    count = 2 + sum(len(value[2]) if kind == "task" else 1 for kind, value in table.rows)
    grid = [row.cells for row in doc.add_table(rows=count, cols=table.width).rows]  # table.cell() is quadratic
    for column, text in enumerate(table.header):
        _fill(grid[0][column], text, bold=True)
        _fill(grid[1][column], str(column + 1))
    merges = []
    r = 2
    for kind, value in table.rows:
        if kind in {"priority", "sector"}:
            text = "\n".join(part for part in value if part) if kind == "priority" else value
            _fill(grid[r][0], text, bold=True, underline=kind == "priority")
            merges.append((grid[r][0], grid[r][table.width - 1]))
            r += 1
            continue
        no, text, measures = value
        first = r
        for cells in measures:
            for column, cell_text in enumerate(cells, start=2):
                _fill(grid[r][column], cell_text)
            r += 1
        _fill(grid[first][0], no)
        _fill(grid[first][1], text)
        if len(measures) > 1:
            merges += [(grid[first][0], grid[r - 1][0]), (grid[first][1], grid[r - 1][1])]
    for a, b in merges:
        a.merge(b)
    for line in after:
        doc.add_paragraph(line)
    doc.save(str(path))
