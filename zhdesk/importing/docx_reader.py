"""A Word DOCX whose table has the official columns (merged cells, header rows, bold headings).

Text is read from the XML itself, so that nothing a council's file holds is lost: tracked insertions,
fields, smart tags, content controls and tables nested in a cell all give their text; deleted text
(tracked deletions) does not.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from zhdesk.importing.table import Cell, Run, SourceRow

_DELETED = {qn("w:del"), qn("w:moveFrom")}
_P, _R, _T, _TAB, _BR, _CR = (qn(t) for t in ("w:p", "w:r", "w:t", "w:tab", "w:br", "w:cr"))
_HYPERLINK, _RID = qn("w:hyperlink"), qn("r:id")


class _Formatting:
    """Bold/underline from run properties, falling back to the paragraph style (cached per style id)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.styles: dict[str | None, tuple[bool, bool]] = {}

    def style(self, p: Any) -> tuple[bool, bool]:
        style_id = p.style
        if style_id not in self.styles:
            bold = underline = False
            try:
                style = self.document.styles.get_by_id(style_id, 1) if style_id else None  # 1 = paragraph
            except Exception:
                style = None
            while style is not None:
                if style.font.bold is not None and not bold:
                    bold = bool(style.font.bold)
                if style.font.underline is not None and not underline:
                    underline = bool(style.font.underline)
                style = style.base_style
            self.styles[style_id] = (bold, underline)
        return self.styles[style_id]

    @staticmethod
    def _flag(r: Any, name: str) -> bool | None:
        properties = r.rPr
        if properties is None:
            return None
        element = properties.find(qn(f"w:{name}"))
        if element is None:
            return None
        value = element.get(qn("w:val"))
        return value not in {"0", "false", "none", "off"}

    def run(self, r: Any, base: tuple[bool, bool]) -> tuple[bool, bool]:
        bold, underline = self._flag(r, "b"), self._flag(r, "u")
        return (base[0] if bold is None else bold, base[1] if underline is None else underline)


def _deleted(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _DELETED:
            return True
        parent = parent.getparent()
    return False


def _paragraph_runs(p: Any, formatting: _Formatting, links: dict[str, str]) -> list[list[Run]]:
    base = formatting.style(p)
    lines: list[list[Run]] = [[]]
    for r in p.iter(_R):
        if _deleted(r, p):
            continue
        bold, underline = formatting.run(r, base)
        for child in r:
            if child.tag == _T and child.text:
                lines[-1].append(Run(child.text, bold, underline))
            elif child.tag == _TAB:
                lines[-1].append(Run(" ", bold, underline))
            elif child.tag in (_BR, _CR):
                lines.append([])
    for hyperlink in p.iter(_HYPERLINK):
        address = links.get(hyperlink.get(_RID) or "", "")
        shown = "".join(t.text or "" for t in hyperlink.iter(_T))
        if address and address not in shown:
            lines[-1].append(Run(f" ({address})"))
    return [line for line in lines if line]


def _cell(tc: Any, formatting: _Formatting, links: dict[str, str]) -> Cell:
    paragraphs: list[list[Run]] = []
    for p in tc.iter(_P):  # every paragraph inside: content controls and nested tables included
        paragraphs.extend(_paragraph_runs(p, formatting, links))
    return Cell(paragraphs)


def _table_rows(table: Any, table_no: int, formatting: _Formatting, links: dict[str, str]) -> Iterator[SourceRow]:
    for row_no, tr in enumerate(table.iter(qn("w:tr")), start=1):
        if _nested(tr, table):
            continue
        cells: list[Cell] = []
        locations: list[str] = []
        for tc in tr.iter(qn("w:tc")):
            if _nested(tc, table):
                continue
            column = len(cells) + 1
            locations.append(f"table {table_no}, row {row_no}, column {column}")
            cells.append(Cell() if tc.vMerge == "continue" else _cell(tc, formatting, links))
            for extra in range(1, tc.grid_span):
                cells.append(Cell())
                locations.append(f"table {table_no}, row {row_no}, column {column + extra}")
        yield SourceRow(f"table {table_no}, row {row_no}", cells, locations)


def _nested(element: Any, table: Any) -> bool:
    """True when ``element`` belongs to a table nested inside ``table`` (its text is read with its cell)."""
    parent = element.getparent()
    while parent is not None and parent is not table:
        if parent.tag == qn("w:tbl"):
            return True
        parent = parent.getparent()
    return False


def read_docx_rows(source: str, data: bytes) -> Iterator[SourceRow]:
    document = Document(io.BytesIO(data))
    formatting = _Formatting(document)
    links = {rid: rel.target_ref for rid, rel in document.part.rels.items() if rel.is_external}
    table_no = paragraph_no = 0
    for child in _body_blocks(document.element.body):
        if child.tag == _P:
            paragraph_no += 1
            where = f"paragraph {paragraph_no}"
            cell = Cell(_paragraph_runs(child, formatting, links))
            yield SourceRow(where, [cell], [where], outside_table=True)
        else:
            table_no += 1
            yield from _table_rows(child, table_no, formatting, links)


def _body_blocks(body: Any) -> Iterator[Any]:
    """Paragraphs and tables of the body in order, looking inside content controls (w:sdt)."""
    for child in body.iterchildren():
        if child.tag in (_P, qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_blocks(content)
