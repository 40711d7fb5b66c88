"""An XLSX of the official layout: merged cells, bold/underlined heading rows, wrapped text."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.utils import get_column_letter

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.header import header_columns, looks_like_header
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


class XlsxRows:
    """The rows of the sheet holding the official table (or of ``sheet``, by name), read as iterated.

    ``repairs`` gathers ``(location, code, *params)`` notes (``importing.messages``) for the import report
    while the rows are read: which sheet was read and which were skipped, and every formula cell (its shown
    value, or its text when it has none).
    """

    def __init__(self, source: str, data: bytes, sheet: str | None) -> None:
        self.source, self.data, self.sheet = source, data, sheet
        self.repairs: list[tuple[object, ...]] = []

    def __iter__(self) -> Iterator[SourceRow]:
        return _read_rows(self.source, self.data, self.sheet, self.repairs)


def read_xlsx_rows(source: str, data: bytes, *, sheet: str | None = None) -> XlsxRows:
    return XlsxRows(source, data, sheet)


def _read_rows(source: str, data: bytes, sheet: str | None, notes: list[tuple[object, ...]]) -> Iterator[SourceRow]:
    workbook = load_workbook(io.BytesIO(data), read_only=False, rich_text=True, data_only=True)
    formulas = None
    try:
        chosen = _choose_sheet(source, workbook, sheet, notes)
        if _has_formulas(data):
            formulas = load_workbook(io.BytesIO(data), read_only=False, rich_text=True, data_only=False)
        yield from _sheet_rows(source, workbook, chosen, formulas, notes)
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()


def _has_formulas(data: bytes) -> bool:
    """Whether any worksheet holds a formula element (``<f>``): only then is the workbook read twice."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                body = archive.read(name)
                if b"<f>" in body or b"<f " in body or b"<x:f" in body or b":f>" in body:
                    return True
    return False


HEADER_SEARCH_ROWS = 40


def _header_kind(sheet: Any) -> str:
    """ "official" when the sheet holds the official table header, "like" for a header-like row, else ""."""
    found = ""
    for row in sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, max_col=MAX_COLUMNS):
        texts = [_cell(c).text if not isinstance(c, MergedCell) else "" for c in row]
        if header_columns(texts) is not None:
            return "official"
        if looks_like_header(texts):
            found = "like"
    return found


def _choose_sheet(source: str, workbook: Any, wanted: str | None, notes: list[tuple[object, ...]]) -> Any:
    sheets = workbook.worksheets
    names = ", ".join(f"«{s.title}»" for s in sheets)
    if wanted is not None:
        chosen = next((s for s in sheets if s.title == wanted), None)
        if chosen is None:
            raise ImportFailure.of(source, "", "no-sheet", f"«{wanted}»", names)
        if len(sheets) > 1:
            others = ", ".join(f"«{s.title}»" for s in sheets if s is not chosen)
            notes.append(("workbook", "sheet-named", f"«{chosen.title}»", others))
        return chosen
    if len(sheets) == 1:
        return sheets[0]
    kinds = {id(s): _header_kind(s) for s in sheets}
    visible = [s for s in sheets if s.sheet_state == "visible"]
    chosen = None
    for level in ("official", "like"):
        for group in (visible, [s for s in sheets if s.sheet_state != "visible"]):
            candidates = [s for s in group if kinds[id(s)] == level]
            if len(candidates) > 1:
                both = " and ".join(f"«{s.title}»" for s in candidates)
                raise ImportFailure.of(source, "", "two-sheets", both)
            if candidates:
                chosen = candidates[0]
                break
        if chosen is not None:
            break
    if chosen is None:  # no header anywhere: the first visible sheet, whose rows then say what is wrong
        chosen = visible[0] if visible else sheets[0]

    def why(s: Any) -> str:
        reasons = []
        if s.sheet_state != "visible":
            reasons.append("hidden")
        reasons.append(
            {"official": "also holds the table header", "like": "a header-like row"}.get(
                kinds[id(s)], "no official table header"
            )
        )
        return f"«{s.title}» ({', '.join(reasons)})"

    hidden = " (a hidden sheet)" if chosen.sheet_state != "visible" else ""
    skipped = "; ".join(why(s) for s in sheets if s is not chosen)
    notes.append(("workbook", "sheet-found", f"«{chosen.title}»", hidden, skipped))
    return chosen


def _formula_text(value: Any) -> str:
    text = getattr(value, "text", None)  # ArrayFormula
    return str(text if text is not None else value)


def _sheet_rows(
    source: str, workbook: Any, sheet: Any, formulas: Any, notes: list[tuple[object, ...]]
) -> Iterator[SourceRow]:
    formula_sheet = formulas[sheet.title] if formulas is not None else None
    merged_followers = set()
    for merged in sheet.merged_cells.ranges:
        for row_index in range(merged.min_row, merged.max_row + 1):
            for col_index in range(merged.min_col, merged.max_col + 1):
                if (row_index, col_index) != (merged.min_row, merged.min_col):
                    merged_followers.add((row_index, col_index))
    prefix = f"sheet «{sheet.title}», " if len(workbook.worksheets) > 1 else ""
    formula_cells: dict[tuple[int, int], Any] = {}
    if formula_sheet is not None:
        for key, fcell in formula_sheet._cells.items():
            if fcell.data_type == "f" and key not in merged_followers:
                formula_cells[key] = fcell.value
    # Only rows that hold something: a stray value in XFD1048576 must not make us walk a million rows.
    keys = {rc for rc, cell in sheet._cells.items() if cell.value is not None} | set(formula_cells)
    filled = sorted({row for row, _column in keys})
    width = max((column for _row, column in keys), default=1)
    if width > MAX_COLUMNS:
        row, column = min(rc for rc in keys if rc[1] > MAX_COLUMNS)
        raise ImportFailure.of(
            source,
            f"{prefix}cell {get_column_letter(column)}{row}",
            "far-outside-columns",
            get_column_letter(MAX_COLUMNS),
        )
    for row_no in filled:
        cells: list[Cell] = []
        locations: list[str] = []
        for column in range(1, width + 1):
            cell = sheet._cells.get((row_no, column))
            where = f"{prefix}cell {get_column_letter(column)}{row_no}"
            locations.append(where)
            if (row_no, column) in merged_followers:
                cells.append(Cell())
            elif (row_no, column) in formula_cells:
                formula = _formula_text(formula_cells[row_no, column])
                if cell is not None and cell.value is not None:
                    cells.append(_cell(cell))
                    notes.append((where, "formula-value", formula))
                else:
                    font = cell.font if cell is not None else None
                    cells.append(_runs(formula, font))
                    notes.append((where, "formula-text", formula))
            elif cell is None:
                cells.append(Cell())
            else:
                cells.append(_cell(cell))
        yield SourceRow(f"{prefix}row {row_no}", cells, locations)
