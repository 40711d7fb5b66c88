"""PDF in the official layout (reportlab Platypus) with the embedded Liberation Serif.

The table is laid out as one small table per sector, flowing one after another, so that long reports
stay fast; the column header (titles and the 1…6 row) is part of the flow on page 1 and drawn at the
top of every later page, under the page number. Long cells split across pages (``splitInRow``).
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
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from zhdesk import paths
from zhdesk.reports.model import COLUMN_SHARES, Progress, ReportDocument, TaskBlock

FONT = "LiberationSerif"
PAGE = landscape(A4)
MARGIN_LEFT, MARGIN = 20 * mm, 12 * mm
NUMBER_BAND = 8 * mm  # room for the page number above the repeated header
LINE = 0.5


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = paths.RESOURCES / "fonts"
    faces = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
    for suffix, face in faces.items():
        pdfmetrics.registerFont(TTFont(FONT + suffix, str(folder / f"LiberationSerif-{face}.ttf")))
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
        self.header, self.header_height = header, header_height
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
        self.header.drawOn(canvas, MARGIN_LEFT, PAGE[1] - MARGIN - NUMBER_BAND - self.header_height)
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
                CellParagraph(markup(task.text), st["cell"]) if index == 0 else "",
                CellParagraph(markup(measure.numbered_text), st["cell"]),
                CellParagraph(markup(measure.executors), st["cell"]),
                CellParagraph(markup(measure.execution), st["cell"]),
                CellParagraph(markup(measure.programme_or_funding), st["cell"]),
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
