"""PDF in the official layout (reportlab Platypus) with the embedded Liberation Serif.

The table is laid out as one small table per sector, flowing one after another, so that long reports
stay fast; the column header (titles and the 1…6 row) is part of the flow on page 1 and drawn at the
top of every later page, under the page number (laid out once, as a form the later pages show). Long
cells split across pages (``splitInRow``).

A very long cell (a 100,000-character execution text, or thousands of lines) is a ``_TextBlock``.
Left to reportlab as one Paragraph, each page it fills re-breaks all the rest of the text into lines
(``Paragraph.split`` makes the rest a new Paragraph), and a Paragraph of thousands of ``<br/>`` is slow
to parse and to break at all: quadratic time, 55 s for one such text. The block breaks its lines once
and a page split only slices them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

from zhdesk import paths
from zhdesk.reports.model import COLUMN_SHARES, Progress, ReportDocument, TaskBlock

FONT = "LiberationSerif"
PAGE = landscape(A4)
MARGIN_LEFT, MARGIN = 20 * mm, 12 * mm
NUMBER_BAND = 8 * mm  # room for the page number above the repeated header
LINE = 0.5
HEADER_FORM = "ColumnHeader"


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    faces = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
    for suffix, face in faces.items():
        font_file = paths.resource_file("fonts", f"LiberationSerif-{face}.ttf")
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(font_file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT + "-Bold", italic=FONT + "-Italic", boldItalic=FONT + "-BoldItalic"
    )


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12, splitLongWords=True, embeddedHyphenation=1)
    return {
        "cell": base,
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=base, fontName=FONT + "-Bold", alignment=TA_CENTER),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT + "-Bold", fontSize=12, leading=15, alignment=TA_CENTER
        ),
        "sign": ParagraphStyle("sign", parent=base, fontSize=12, leading=15),
        "sign_name": ParagraphStyle("sign_name", parent=base, fontSize=12, leading=15, alignment=TA_RIGHT),
    }


def markup(text: str) -> str:
    """Plain text to Paragraph markup: escaped, paragraphs as line breaks."""
    return "<br/>".join(escape(line) for line in text.split("\n"))


class CellParagraph(Paragraph):
    """A Paragraph that remembers its last wrap: tables wrap every cell several times at one width
    (measure, fit, split, draw), and breaking lines is most of the time a PDF takes."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.__dict__.get("_wrapped_at") == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_at = available_width
        return size


# A cell longer than this is a _TextBlock (the real report's longest cell is 1,373 characters, 2 lines).
LONG_CELL_CHARS = 3000
LONG_CELL_LINES = 30


class _TextBlock(Paragraph):
    """A long plain cell text printed as ``Paragraph(markup(text))`` prints it — the same lines at the
    same leading — but broken into lines once, line by line of the text (reportlab's own breaking for a
    line wider than the column, a measured width otherwise), and split by slicing those lines: each
    page costs the same however long the text is."""

    def __init__(self, text_lines: list[str], style: ParagraphStyle) -> None:
        super().__init__(None, style, frags=[_plain_frag(style).clone(text="x")])
        self.text_lines: list[str] | None = text_lines
        self._laid_at: float | None = None

    def _part(self, lines: list[Any], width: float) -> _TextBlock:
        part = _TextBlock([], self.style)
        part._lay(lines, width)
        part.text_lines = None  # the printed lines are its text, should it be asked for another width
        return part

    def _lay(self, lines: list[Any], width: float) -> None:
        template = _plain_paragraph(self.style, width)
        self.blPara = template.blPara.clone(lines=lines)
        self._laid_at, self.width, self.height = width, width, len(lines) * self.style.leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._laid_at != available_width:
            if self.text_lines is None:
                self.text_lines = [" ".join(words) for _, words in self.blPara.lines]
            self._lay(_break_lines(self.text_lines, self.style, available_width), available_width)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # Table._splitCell passes the column's width, not the width inside the padding the cell was
        # wrapped at: keep the lines as they were laid out.
        width = self._laid_at if self._laid_at is not None else available_width
        self.wrap(width, available_height)
        lines = self.blPara.lines
        fit = int((available_height + 1e-6) / self.style.leading)
        if fit >= len(lines):
            return [self]
        if fit < 1:
            return []
        return [self._part(lines[:fit], width), self._part(lines[fit:], width)]


_FRAGS: dict[str, Any] = {}
_TEMPLATES: dict[tuple[str, float], Paragraph] = {}


def _plain_frag(style: ParagraphStyle) -> Any:
    """The fragment reportlab's markup parser makes for plain text in ``style``."""
    if style.name not in _FRAGS:
        _FRAGS[style.name] = Paragraph("x", style).frags[0]
    return _FRAGS[style.name]


def _plain_paragraph(style: ParagraphStyle, width: float) -> Paragraph:
    """A one-word paragraph wrapped at ``width``: its lines' structure (font, ascent) is the template."""
    key = (style.name, width)
    if key not in _TEMPLATES:
        paragraph = Paragraph(None, style, frags=[_plain_frag(style).clone(text="x")])
        paragraph.wrap(width, 1e9)
        _TEMPLATES[key] = paragraph
    return _TEMPLATES[key]


def _break_lines(text_lines: list[str], style: ParagraphStyle, width: float) -> list[Any]:
    """The printed lines of each line of the text, as reportlab's Paragraph breaks plain text (kind 0):
    ``(unused width, words)``; an empty line of the text stays an empty printed line."""
    font, size = style.fontName, style.fontSize
    lines: list[Any] = []
    for text in text_lines:
        words = rl_split(rl_strip(text))
        if not words:
            lines.append((width, []))
            continue
        used = stringWidth(" ".join(words), font, size)
        if used <= width:
            lines.append((width - used, words))
        else:  # wider than the column: reportlab breaks it (long words split as in any cell)
            paragraph = Paragraph(None, style, frags=[_plain_frag(style).clone(text=text)])
            paragraph.wrap(width, 1e9)
            lines.extend(paragraph.blPara.lines)
    return lines


def cell(text: str, style: ParagraphStyle) -> Flowable:
    """A table cell's text: a Paragraph, or for a very long text a _TextBlock."""
    if len(text) > LONG_CELL_CHARS or text.count("\n") > LONG_CELL_LINES:
        return _TextBlock(text.split("\n"), style)
    return CellParagraph(markup(text), style)


class _ProgressMark(Flowable):
    """An invisible flowable after each sector table: reports how many measures are laid out."""

    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Document(BaseDocTemplate):
    def __init__(
        self, path: str, report: ReportDocument, header: Table, header_height: float, progress: Progress | None
    ) -> None:
        super().__init__(
            path,
            pagesize=PAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=report.title,
            author="zhdesk",
            lang="uk",
            initialFontName=FONT,  # no unembedded Helvetica in the file
        )
        self.header, self.header_height, self.header_drawn = header, header_height, False
        self.progress, self.total = progress, len(report.measures)
        width, height = PAGE[0] - MARGIN_LEFT - MARGIN, PAGE[1] - 2 * MARGIN
        first = Frame(
            MARGIN_LEFT, MARGIN, width, height, id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
        )
        later_height = height - NUMBER_BAND - header_height
        later = Frame(
            MARGIN_LEFT,
            MARGIN,
            width,
            later_height,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("first", [first], autoNextPageTemplate="later"),
                PageTemplate("later", [later], onPage=self._later_page),
            ]
        )

    def _later_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(PAGE[0] / 2, PAGE[1] - MARGIN - 4 * mm, str(doc.page))
        if not self.header_drawn:  # laid out and written once, shown on every later page
            canvas.beginForm(HEADER_FORM)
            self.header.drawOn(canvas, MARGIN_LEFT, PAGE[1] - MARGIN - NUMBER_BAND - self.header_height)
            canvas.endForm()
            self.header_drawn = True
        canvas.doForm(HEADER_FORM)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.progress and isinstance(flowable, _ProgressMark):
            self.progress(flowable.done, self.total)


def _grid_style(headings: int) -> TableStyle:
    """Full grid, except the lines between measures of the task in columns 1–2 (they read as merged)."""
    black = colors.black
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOX", (0, 0), (-1, -1), LINE, black),
        ("LINEAFTER", (0, 0), (-2, -1), LINE, black),
        ("LINEBELOW", (2, 0), (-1, -1), LINE, black),
    ]
    for row in range(headings):
        commands += [("SPAN", (0, row), (-1, row)), ("LINEBELOW", (0, row), (-1, row), LINE, black)]
    return TableStyle(commands)


class _TaskTable(Table):
    """One task's rows (with the headings above it). Split across pages, each part is closed by a line at
    the page edge, and the headings never stay alone at the foot of a page."""

    def __init__(self, *args: Any, headings: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.headings = headings

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        if len(parts) == 2 and self.headings and len(parts[0]._cellvalues) <= self.headings:
            return []  # only headings would fit here: move the whole table to the next page
        if len(parts) == 2:
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), LINE, colors.black)]))
            parts[1].setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), LINE, colors.black)]))
        return parts


def _task_table(rows: list[list[Any]], headings: int, widths: list[float]) -> Table:
    table = _TaskTable(
        rows, colWidths=widths, splitByRow=0, splitInRow=1, headings=headings
    )  # split inside the row first: the rest starts on the next page
    table.setStyle(_grid_style(headings))
    return table


def _task_rows(task: TaskBlock, st: dict[str, ParagraphStyle]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for index, measure in enumerate(task.measures):
        rows.append(
            [
                CellParagraph(escape(task.no), st["centre"]) if index == 0 else "",
                cell(task.text, st["cell"]) if index == 0 else "",
                cell(measure.numbered_text, st["cell"]),
                cell(measure.executors, st["cell"]),
                cell(measure.execution, st["cell"]),
                cell(measure.programme_or_funding, st["cell"]),
            ]
        )
    return rows


def header_table(report: ReportDocument, widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [Paragraph(escape(title), st["head"]) for title in report.columns],
        [Paragraph(str(n), st["centre"]) for n in range(1, 7)],
    ]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), LINE, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def write_pdf(report: ReportDocument, path: Path, progress: Progress | None = None) -> None:
    register_fonts()
    st = styles()
    width = PAGE[0] - MARGIN_LEFT - MARGIN
    widths = [width * share for share in COLUMN_SHARES]
    header = header_table(report, widths, st)
    header_height = header.wrap(width, PAGE[1])[1]
    story: list[Flowable] = [Paragraph(markup(report.title), st["title"])]
    if report.subtitle:
        story.append(Paragraph(markup(report.subtitle), st["title"]))
    story += [Spacer(0, 4 * mm), header_table(report, widths, st)]
    done = 0
    for priority in report.priorities:
        heading = f"<b><u>{escape(priority.name)}</u></b>"
        if priority.goal:
            heading += f"<br/><b><u>{escape(priority.goal)}</u></b>"
        pending: list[list[Any]] = [[Paragraph(heading, st["cell"]), "", "", "", "", ""]]
        for sector in priority.sectors:
            pending.append([Paragraph(f"<b>{markup(sector.name)}</b>", st["cell"]), "", "", "", "", ""])
            for task in sector.tasks:
                # One small table per task (headings ride with the first task below them): a page break
                # then re-lays out only that task, which keeps long reports fast.
                rows = [*pending, *_task_rows(task, st)]
                story.append(_task_table(rows, len(pending), widths))
                pending = []
                done += len(task.measures)
            story.append(_ProgressMark(done))
        if pending:
            story.append(_task_table(pending, len(pending), widths))
    if report.footnote:
        story += [Spacer(0, 5 * mm), Paragraph(markup(report.footnote), st["cell"])]
    if report.signature:
        signature = Table(
            [
                [
                    Paragraph(markup(report.signature.position), st["sign"]),
                    "",
                    Paragraph(escape(report.signature.name), st["sign_name"]),
                ]
            ],
            colWidths=[sum(widths[:3]), widths[3], sum(widths[4:])],
        )
        signature.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [Spacer(0, 12 * mm), signature]
    _Document(str(path), report, header, header_height, progress).build(story)
    if progress:
        progress(len(report.measures), len(report.measures))
