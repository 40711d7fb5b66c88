"""DOCX in the official layout: A4 landscape, Times New Roman, merged cells, header rows repeated."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from zhdesk.reports.model import COLUMN_SHARES, Progress, ReportDocument

FONT = "Times New Roman"
PAGE_W, PAGE_H = Mm(297), Mm(210)
MARGIN_LEFT, MARGIN_OTHER = Mm(20), Mm(12)


def _set_font(style: Any, size: int) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _page_number_field(paragraph: Any) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _repeat_as_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _cell_text(
    cell: Any, text: str, *, bold: bool = False, underline: bool = False, centre: bool = False, keep: bool = False
) -> None:
    """Fill a cell, one paragraph per line; ``keep`` holds a heading row together with the row below."""
    lines = text.split("\n") if text else [""]
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        if line:
            run = paragraph.add_run(line)
            run.bold = bold or None
            run.underline = underline or None


def _merge(kind: str, cells: list[Any]) -> None:
    """Merge cells in the XML directly (python-docx's merge is linear in the table per call);
    the tcPr setters keep the schema's element order."""
    first = cells[0]._tc
    if kind == "across":
        first.width = sum(cell.width or 0 for cell in cells) or None
        first.grid_span = len(cells)
        for cell in cells[1:]:
            cell._tc.getparent().remove(cell._tc)
        return
    first.vMerge = "restart"
    for cell in cells[1:]:
        cell._tc.vMerge = "continue"


def write_docx(document: ReportDocument, path: Path, progress: Progress | None = None) -> None:
    doc = Document()
    _set_font(doc.styles["Normal"], 10)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE_W, PAGE_H
    section.left_margin = MARGIN_LEFT
    section.right_margin = section.top_margin = section.bottom_margin = MARGIN_OTHER
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(number)

    for line in (document.title, document.subtitle):
        if line:
            title = doc.add_paragraph()
            title.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = title.add_run(line)
            run.bold, run.font.size = True, Pt(12)

    rows = 2 + document.row_count
    table = doc.add_table(rows=rows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    width = PAGE_W - MARGIN_LEFT - MARGIN_OTHER
    widths = [int(width * share) for share in COLUMN_SHARES]
    grid = [row.cells for row in table.rows]  # table.cell() is quadratic; merge after filling in
    for column, share_width in enumerate(widths):
        table.columns[column].width = share_width
        for cells in grid:
            cells[column].width = share_width
    for column, title_text in enumerate(document.columns):
        _cell_text(grid[0][column], title_text, bold=True, centre=True)
        _cell_text(grid[1][column], str(column + 1), centre=True)
        grid[0][column].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _repeat_as_header(table.rows[0])
    _repeat_as_header(table.rows[1])

    merges: list[tuple[str, list[Any]]] = []
    r = 2
    done, total = 0, len(document.measures)
    for priority in document.priorities:
        _cell_text(
            grid[r][0],
            f"{priority.name}\n{priority.goal}" if priority.goal else priority.name,
            bold=True,
            underline=True,
            keep=True,
        )
        merges.append(("across", grid[r]))
        r += 1
        for sector in priority.sectors:
            _cell_text(grid[r][0], sector.name, bold=True, keep=True)
            merges.append(("across", grid[r]))
            r += 1
            for task in sector.tasks:
                first = r
                for measure in task.measures:
                    cells = grid[r]
                    _cell_text(cells[2], measure.numbered_text)
                    _cell_text(cells[3], measure.executors)
                    _cell_text(cells[4], measure.execution)
                    _cell_text(cells[5], measure.programme_or_funding)
                    r += 1
                    done += 1
                    if progress and done % 100 == 0:
                        progress(done, total)
                _cell_text(grid[first][0], task.no, centre=True)
                _cell_text(grid[first][1], task.text)
                if r - 1 > first:
                    merges += [("down", [row[0] for row in grid[first:r]]), ("down", [row[1] for row in grid[first:r]])]
    for kind, cells in merges:
        _merge(kind, cells)
    if document.footnote:
        doc.add_paragraph()
        doc.add_paragraph(document.footnote)
    if document.signature:
        _signature(doc, document, widths)
    if progress:
        progress(total, total)
    buffer = io.BytesIO()  # zip in memory: a full disk then fails in one plain write, not inside zipfile
    doc.save(buffer)
    Path(path).write_bytes(buffer.getvalue())


def _signature(doc: Any, document: ReportDocument, widths: list[int]) -> None:
    """Position on the left, the name on the right, level with the position's last line."""
    assert document.signature is not None
    doc.add_paragraph()
    block = doc.add_table(rows=1, cols=2)
    block.autofit = False
    left, right = sum(widths[:3]), sum(widths[3:])
    position, name = block.rows[0].cells
    position.width, name.width = left, right
    _cell_text(position, document.signature.position)
    _cell_text(name, document.signature.name)
    name.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    name.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    for paragraph in (*position.paragraphs, *name.paragraphs):
        for run in paragraph.runs:
            run.font.size = Pt(12)
