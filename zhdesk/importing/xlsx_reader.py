"""An XLSX of the official layout: merged cells, bold/underlined heading rows, wrapped text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.utils import get_column_letter

from zhdesk.importing.table import Cell, Run, SourceRow


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
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n")
    return Cell.plain(text, bold=bold, underline=underline)


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
        for row in sheet.iter_rows():
            cells: list[Cell] = []
            locations: list[str] = []
            for cell in row:
                if cell.column is None or cell.row is None:
                    continue
                locations.append(f"{prefix}cell {get_column_letter(cell.column)}{cell.row}")
                if (cell.row, cell.column) in merged_followers:
                    cells.append(Cell())
                else:
                    cells.append(_runs(cell.value, cell.font))
            if row:
                yield SourceRow(f"{prefix}row {row[0].row}", cells, locations)
    finally:
        workbook.close()
