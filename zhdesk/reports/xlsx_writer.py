"""XLSX in the official layout: merged headings and task cells, print setup, repeated header rows."""

from __future__ import annotations

import io
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from zhdesk.reports.model import COLUMN_SHARES, Progress, ReportDocument, priority_heading

FONT = "Times New Roman"
TABLE_WIDTH_CHARS = (
    110  # the printable width of A4 landscape (as LibreOffice measures it), so fit-to-width stays near 100 %
)
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_xlsx(document: ReportDocument, path: Path, progress: Progress | None = None) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Звіт"
    body = Font(name=FONT, size=10)
    bold = Font(name=FONT, size=10, bold=True)
    widths = [round(TABLE_WIDTH_CHARS * share, 1) for share in COLUMN_SHARES]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    def spanning(row: int, text: str, font: Font, alignment: Alignment = WRAP_TOP) -> None:
        cell = sheet.cell(row, 1, text)
        cell.font, cell.alignment = font, alignment
        _merge(sheet, row, 1, row, 6)

    row = 1
    spanning(row, document.title, Font(name=FONT, size=12, bold=True), CENTRE)
    sheet.row_dimensions[row].height = 33
    if document.subtitle:
        row += 1
        spanning(row, document.subtitle, Font(name=FONT, size=12, bold=True), CENTRE)
    header_row = row + 2
    for column, title in enumerate(document.columns, start=1):
        cell = sheet.cell(header_row, column, title)
        cell.font, cell.alignment, cell.border = bold, CENTRE, BORDER
        number = sheet.cell(header_row + 1, column, column)
        number.font, number.alignment, number.border = body, CENTRE, BORDER
    _fit_height(sheet, header_row, list(zip(document.columns, widths, strict=True)))
    row = header_row + 1
    done, total = 0, len(document.measures)
    styles: dict[tuple[bool, bool], StyleArray] = {}
    for priority in document.priorities:
        row += 1
        heading = priority_heading(priority).replace(priority.name + " ", priority.name + "\n", 1)
        spanning(row, heading, Font(name=FONT, size=10, bold=True, underline="single"))
        _fit_height(sheet, row, [(heading, sum(widths))])
        _box(sheet, row)
        for sector in priority.sectors:
            row += 1
            spanning(row, sector.name, bold)
            _box(sheet, row)
            for task in sector.tasks:
                first = row + 1
                for measure in task.measures:
                    texts = (measure.numbered_text, measure.executors, measure.execution, measure.programme_or_funding)
                    pieces = [_pieces(text, width) for text, width in zip(texts, widths[2:], strict=True)]
                    count = max(len(p) for p in pieces)
                    for part in range(count):  # a cell taller than a spreadsheet row carries on below
                        row += 1
                        values = [None, None, *(p[part] if part < len(p) else None for p in pieces)]
                        edges = (part == 0, part == count - 1)
                        if edges not in styles:
                            cell = sheet.cell(row, 1)
                            cell.font, cell.alignment = body, WRAP_TOP
                            cell.border = Border(
                                left=THIN, right=THIN, top=THIN if edges[0] else None, bottom=THIN if edges[1] else None
                            )
                            styles[edges] = copy(cell._style)
                        for column, value in enumerate(values, start=1):
                            cell = sheet.cell(row, column, value or None)
                            cell._style = copy(styles[edges])  # copying the array: setting styles hashes them
                        shown = [(str(v or ""), w) for v, w in zip(values, widths, strict=True)]
                        if measure is task.measures[0] and part == 0:
                            shown.append((task.text, widths[1]))
                        _fit_height(sheet, row, shown)
                    done += 1
                    if progress and done % 100 == 0:
                        progress(done, total)
                sheet.cell(first, 1, task.no)
                sheet.cell(first, 2, task.text)
                if row > first:
                    _merge(sheet, first, 1, row, 1)
                    _merge(sheet, first, 2, row, 2)
    if document.footnote:
        row += 2
        spanning(row, document.footnote, body)
        _fit_height(sheet, row, [(document.footnote, sum(widths))])
    if document.signature:
        row += 2
        position = sheet.cell(row, 1, document.signature.position)
        position.font, position.alignment = Font(name=FONT, size=12), Alignment(wrap_text=True, vertical="bottom")
        _merge(sheet, row, 1, row, 3)
        name = sheet.cell(row, 5, document.signature.name)
        name.font, name.alignment = Font(name=FONT, size=12), Alignment(horizontal="right", vertical="bottom")
        _merge(sheet, row, 5, row, 6)
        _fit_height(sheet, row, [(document.signature.position, sum(widths[:3]) * 0.85)])
    _print_setup(sheet, header_row)
    _texts_only(sheet)
    if progress:
        progress(total, total)
    buffer = io.BytesIO()  # zip in memory: a full disk then fails in one plain write, not inside zipfile
    workbook.save(buffer)
    Path(path).write_bytes(buffer.getvalue())


LINE_POINTS = 12.0  # one line of 10 pt Times New Roman, as LibreOffice and Excel lay it out
CHARS_PER_WIDTH_UNIT = 1.4  # Times New Roman 10 pt is narrower than the width unit (a Calibri digit)


def _lines(text: str, width: float) -> int:
    per_line = max(1, int(width * CHARS_PER_WIDTH_UNIT))
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in (text or "").split("\n"))


MAX_LINES = 30  # a spreadsheet row is at most 409 pt high


def _pieces(text: str, width: float) -> list[str]:
    """The text in pieces of at most MAX_LINES lines, cut between paragraphs (or, failing that, words)."""
    if _lines(text, width) <= MAX_LINES:
        return [text]
    per_line = max(1, int(width * CHARS_PER_WIDTH_UNIT))
    pieces: list[str] = []
    current: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        while _lines(paragraph, width) > MAX_LINES:  # one paragraph longer than a row: cut between words
            head: list[str] = []
            while words and len(" ".join([*head, words[0]])) <= per_line * (MAX_LINES - 1):
                head.append(words.pop(0))
            if not head:  # one word longer than a row (a pasted link, a run of symbols): cut inside it, else
                # the whole word would be one cell, past the 32,767 characters a spreadsheet cell holds
                budget = per_line * (MAX_LINES - 1)
                head, words[0] = [words[0][:budget]], words[0][budget:]
            if current:
                pieces.append("\n".join(current))
                current = []
            pieces.append(" ".join(head))
            paragraph = " ".join(words)
        if current and _lines("\n".join([*current, paragraph]), width) > MAX_LINES:
            pieces.append("\n".join(current))
            current = []
        current.append(paragraph)
    if current:
        pieces.append("\n".join(current))
    return pieces


def _fit_height(sheet: Worksheet, row: int, texts: list[tuple[str, float]]) -> None:
    """Spreadsheet programs do not grow rows for wrapped text in generated files: set the height."""
    lines = max((_lines(text, width) for text, width in texts), default=1)
    sheet.row_dimensions[row].height = min(409, LINE_POINTS * lines + 3)


def _merge(sheet: Worksheet, first_row: int, first_column: int, last_row: int, last_column: int) -> None:
    """Merge a range we know is new. openpyxl's merge_cells compares it with every range and restyles its
    edges one by one (quadratic, minutes at 50×): here the covered cells take the top-left cell's style."""
    merged = MergedCellRange(
        sheet, f"{get_column_letter(first_column)}{first_row}:{get_column_letter(last_column)}{last_row}"
    )
    sheet.merged_cells.ranges.add(merged)
    style = sheet.cell(first_row, first_column)._style
    for row in range(first_row, last_row + 1):
        for column in range(first_column, last_column + 1):
            if (row, column) != (first_row, first_column):
                follower = MergedCell(sheet, row, column)
                follower._style = copy(style)
                sheet._cells[row, column] = follower


def _texts_only(sheet: Worksheet) -> None:
    """Every written cell a string cell holding exactly its text: openpyxl takes a text starting with "="
    for a formula (a stored text must never become a live formula or link in the official file), and
    the column numbers are written as the texts "1" … "6"."""
    for cell in sheet._cells.values():
        if cell.value is not None and not isinstance(cell, MergedCell):
            if not isinstance(cell.value, str):
                cell.value = str(cell.value)
            cell.data_type = "s"


def _box(sheet: Worksheet, row: int) -> None:
    for column in range(1, 7):
        sheet.cell(row, column).border = BORDER


def _print_setup(sheet: Worksheet, header_row: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row + 1}"
    sheet.freeze_panes = sheet.cell(header_row + 2, 1)
    sheet.page_margins.left = sheet.page_margins.right = 0.6
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.print_options.horizontalCentered = True
    sheet.HeaderFooter.differentFirst = True
    sheet.oddHeader.center.text = "&P"
    sheet.oddHeader.center.font = FONT
