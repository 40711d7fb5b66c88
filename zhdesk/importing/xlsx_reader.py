"""An XLSX of the official layout: merged cells, bold/underlined heading rows, wrapped text."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.utils import get_column_letter

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.table import Cell, Run, SourceRow

MAX_COLUMNS = 16  # the report has 6 columns, the approved programme 5; more are read only to report them


def _number_text(value: float | int, number_format: str) -> str:
    """A number as the sheet shows it, with the decimal comma (434,090 stays 434,090)."""
    if isinstance(value, bool):
        return str(value)
    decimals = 0
    if "." in number_format:
        decimals = len(re.match(r"[0#]*", number_format.split(".", 1)[1]).group(0))  # type: ignore[union-attr]
    if decimals:
        return f"{value:.{decimals}f}".replace(".", ",")
    if isinstance(value, float) and not value.is_integer():
        return repr(value).replace(".", ",")
    return str(int(value))


def _runs(value: Any, font: Any) -> Cell:
    bold = bool(font is not None and font.b)
    underline = bool(font is not None and font.u and font.u != "none")
    if isinstance(value, CellRichText):
        paragraphs: list[list[Run]] = [[]]
        for part in value:
            if isinstance(part, TextBlock):
                f = part.font
                b = bool(f.b) if f is not None and f.b is not None else bold
                u = bool(f.u and f.u != "none") if f is not None and f.u is not None else underline
                text = part.text
            else:
                b, u, text = bold, underline, str(part)
            for index, line in enumerate(text.split("\n")):
                if index:
                    paragraphs.append([])
                if line:
                    paragraphs[-1].append(Run(line, b, u))
        return Cell([p for p in paragraphs if p])
    if value is None:
        return Cell()
    text = str(value).replace("\r\n", "\n")
    return Cell.plain(text, bold=bold, underline=underline)


def _cell(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = _number_text(value, cell.number_format or "General")
    elif hasattr(value, "strftime"):
        value = value.strftime("%d.%m.%Y")
    result = _runs(value, cell.font)
    link = cell.hyperlink.target if cell.hyperlink is not None else None
    if link and link not in result.text:
        result.paragraphs.append([Run(f"({link})")])
    return result


def read_xlsx_rows(source: str, data: bytes) -> Iterator[SourceRow]:
    workbook = load_workbook(io.BytesIO(data), read_only=False, rich_text=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for candidate in workbook.worksheets:
            if any(
                isinstance(c.value, str) and c.value.strip().startswith("№")
                for row in candidate.iter_rows(max_row=30, max_col=6)
                for c in row
            ):
                sheet = candidate
                break
        merged_followers = set()
        for merged in sheet.merged_cells.ranges:
            for row_index in range(merged.min_row, merged.max_row + 1):
                for col_index in range(merged.min_col, merged.max_col + 1):
                    if (row_index, col_index) != (merged.min_row, merged.min_col):
                        merged_followers.add((row_index, col_index))
        prefix = f"sheet «{sheet.title}», " if len(workbook.worksheets) > 1 else ""
        # Only rows that hold something: a stray value in XFD1048576 must not make us walk a million rows.
        filled = sorted({row for (row, column), cell in sheet._cells.items() if cell.value is not None})
        width = max((column for (_row, column), c in sheet._cells.items() if c.value is not None), default=1)
        if width > MAX_COLUMNS:
            row, column = min((rc for rc, c in sheet._cells.items() if c.value is not None and rc[1] > MAX_COLUMNS))
            raise ImportFailure(
                source,
                f"{prefix}cell {get_column_letter(column)}{row}",
                f"text far outside the table's columns (beyond column {get_column_letter(MAX_COLUMNS)})",
            )
        for row_no in filled:
            cells: list[Cell] = []
            locations: list[str] = []
            for column in range(1, width + 1):
                cell = sheet._cells.get((row_no, column))
                locations.append(f"{prefix}cell {get_column_letter(column)}{row_no}")
                if cell is None or (row_no, column) in merged_followers:
                    cells.append(Cell())
                else:
                    cells.append(_cell(cell))
            yield SourceRow(f"{prefix}row {row_no}", cells, locations)
    finally:
        workbook.close()
