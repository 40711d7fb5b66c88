"""A Word DOCX whose table has the official columns (merged cells, header rows, bold headings)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.table import _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph

from zhdesk.importing.table import Cell, Run, SourceRow


class _StyleFlags:
    """Bold/underline a paragraph style gives its runs, looked up once per style id."""

    def __init__(self) -> None:
        self.cache: dict[str | None, tuple[bool, bool]] = {}

    def __call__(self, paragraph: Paragraph) -> tuple[bool, bool]:
        style_id = paragraph._p.style
        if style_id not in self.cache:
            self.cache[style_id] = (self._flag(paragraph, "bold"), self._flag(paragraph, "underline"))
        return self.cache[style_id]

    @staticmethod
    def _flag(paragraph: Paragraph, name: str) -> bool:
        style = paragraph.style
        while style is not None:
            value = getattr(style.font, name)
            if value is not None:
                return bool(value)
            style = style.base_style
        return False


def _paragraph_runs(paragraph: Paragraph, flags: _StyleFlags) -> list[Run]:
    base_bold, base_underline = flags(paragraph)
    runs: list[Run] = []
    for item in paragraph.iter_inner_content():
        inner = item.runs if isinstance(item, Hyperlink) else [item]
        for run in inner:
            text = run.text
            if not text:
                continue
            bold = base_bold if run.bold is None else bool(run.bold)
            underline = base_underline if run.underline is None else bool(run.underline)
            runs.append(Run(text, bold, underline))
        if isinstance(item, Hyperlink) and item.address and item.address not in item.text:
            runs.append(Run(f" ({item.address})"))
    return runs


def _cell(paragraphs: list[Paragraph], flags: _StyleFlags) -> Cell:
    return Cell([runs for runs in (_paragraph_runs(p, flags) for p in paragraphs) if runs])


def _table_rows(table_element: Any, parent: Any, table_no: int, flags: _StyleFlags) -> Iterator[SourceRow]:
    for row_no, tr in enumerate(table_element.tr_lst, start=1):
        cells: list[Cell] = []
        locations: list[str] = []
        for tc in tr.tc_lst:
            span = tc.grid_span
            column = len(cells) + 1
            where = f"table {table_no}, row {row_no}, column {column}"
            if tc.vMerge == "continue":
                cells.append(Cell())
            else:
                cell = _Cell(tc, parent)
                cells.append(_cell(list(cell.paragraphs), flags))
            locations.append(where)
            for extra in range(1, span):
                cells.append(Cell())
                locations.append(f"table {table_no}, row {row_no}, column {column + extra}")
        yield SourceRow(f"table {table_no}, row {row_no}", cells, locations)


def read_docx_rows(source: str, data: bytes) -> Iterator[SourceRow]:
    document = Document(io.BytesIO(data))
    body = document.element.body
    table_no = 0
    paragraph_no = 0
    flags = _StyleFlags()
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph_no += 1
            paragraph = Paragraph(child, document)
            cell = _cell([paragraph], flags)
            yield SourceRow(f"paragraph {paragraph_no}", [cell], [f"paragraph {paragraph_no}"], outside_table=True)
        elif child.tag == qn("w:tbl"):
            table_no += 1
            yield from _table_rows(child, document, table_no, flags)
