"""Each written file opened back with the library that reads it: structure and every measure checked."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

from zhdesk.periods import Period
from zhdesk.reports.export import export_report
from zhdesk.reports.model import COLUMN_TITLES, ReportDocument, signatory_name
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import Store


def test_title_names_the_period_in_words(report_store: Store) -> None:
    with report_store.reading() as session:
        for code, words in [
            ("2023-Q1", "за І квартал 2023 року"),
            ("2023-H1", "за І півріччя 2023 року"),
            ("2023-9M", "за 9 місяців 2023 року"),
            ("2023-Y", "за 2023 рік"),
        ]:
            title = build_report_model(session, Period.parse(code)).title
            assert title == (
                "Інформація про виконання завдань та заходів Програми соціально-економічного і "
                f"культурного розвитку Житомирської міської територіальної громади {words}"
            )


def test_signatory_name_format() -> None:
    assert signatory_name("Вікторія Сичова") == "Вікторія СИЧОВА"
    assert signatory_name("  Вікторія   СИЧОВА ") == "Вікторія СИЧОВА"


def test_xlsx(document: ReportDocument, tmp_path: Path) -> None:
    path = export_report(document, tmp_path / "report.xlsx")
    sheet = load_workbook(path).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$4"
    assert sheet.freeze_panes == "A5"
    assert [sheet.cell(3, c).value for c in range(1, 7)] == list(COLUMN_TITLES)
    assert [sheet.cell(4, c).value for c in range(1, 7)] == ["1", "2", "3", "4", "5", "6"]  # every cell a text
    assert sheet["A1"].value == document.title and sheet["A1"].font.b
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "A1:F1" in merged
    measures = document.measures
    rows = [r for r in sheet.iter_rows(min_row=5) if r[2].value and re.match(r"^\d+(\.\d+)+\. ", str(r[2].value))]
    assert [r[2].value for r in rows] == [m.numbered_text for m in measures]
    assert [r[3].value for r in rows] == [m.executors for m in measures]
    assert [r[4].value or "" for r in rows] == [m.execution for m in measures]
    assert [r[5].value for r in rows] == [m.programme_or_funding for m in measures]
    assert all(c.font.name == "Times New Roman" for r in rows[:20] for c in r[2:])
    priority_row = next(r for r in sheet.iter_rows(min_row=5) if str(r[0].value).startswith("Пріоритет"))
    assert priority_row[0].font.b and priority_row[0].font.u == "single"
    assert f"A{priority_row[0].row}:F{priority_row[0].row}" in merged
    task_merges = [m for m in merged if m.startswith("A") and m.split(":")[1].startswith("A")]
    assert len(task_merges) == sum(
        1 for p in document.priorities for s in p.sectors for t in s.tasks if len(t.measures) > 1
    )
    values = [c.value for r in sheet.iter_rows() for c in r if c.value]
    assert "Вікторія СИЧОВА" in values and document.footnote in values


def test_docx(document: ReportDocument, tmp_path: Path) -> None:
    path = export_report(document, tmp_path / "report.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert section.page_width > section.page_height  # landscape
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert doc.styles["Normal"].font.name == "Times New Roman"
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(COLUMN_TITLES)
    for row in table.rows[:2]:
        assert row._tr.trPr.find(qn("w:tblHeader")) is not None
    texts = [[c.text for c in row.cells] for row in table.rows[2:]]
    measure_rows = [t for t in texts if re.match(r"^\d+(\.\d+)+\. ", t[2])]
    assert [t[2] for t in measure_rows] == [m.numbered_text for m in document.measures]
    assert [t[4] for t in measure_rows] == [m.execution for m in document.measures]
    assert sum(1 for tc in table._tbl.iter(qn("w:vMerge"))) > 0
    assert texts[0][0] == texts[0][5]  # the priority row spans the table
    assert doc.paragraphs[0].text == document.title and doc.paragraphs[0].runs[0].bold
    signature = doc.tables[1].rows[0].cells
    assert signature[-1].text == "Вікторія СИЧОВА"


def _pdf_text(path: Path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    return reader, [page.extract_text() for page in reader.pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf(document: ReportDocument, tmp_path: Path) -> None:
    path = export_report(document, tmp_path / "report.pdf")
    reader, pages = _pdf_text(path)
    assert len(pages) > 10
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    assert round(float(width) / 72 * 25.4) == 297
    fonts = set()
    for page in reader.pages[:2]:
        for font in page["/Resources"]["/Font"].values():
            described = font.get_object()
            fonts.add(str(described["/BaseFont"]))
            descriptor = described.get("/DescendantFonts", [described])[0].get_object().get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()  # embedded TrueType
    assert any("LiberationSerif" in f for f in fonts)
    everything = _squash("".join(pages))
    assert _squash(document.title) in _squash(pages[0])
    assert not pages[0].strip().startswith("1\n")  # no number on page 1
    for number, page in enumerate(pages[1:], start=2):
        assert page.split("\n")[0].strip() == str(number)
        assert _squash("№ з/п") in _squash(page) and _squash("Виконання заходів") in _squash(page)
    for measure in document.measures:
        assert _squash(measure.numbered_text)[:25] in everything, measure.no
    execution_chars = sum(len(_squash(m.execution)) for m in document.measures)
    assert len(everything) > execution_chars
    assert "СИЧОВА" in pages[-1] and "Директор департаменту" in pages[-1]


def test_pdf_splits_a_20000_character_cell(document: ReportDocument, tmp_path: Path) -> None:
    words = [f"слово{n:05d}" for n in range(2000)]
    paragraphs = [" ".join(words[i : i + 150]) for i in range(0, len(words), 150)]
    huge = "\n".join(paragraphs)
    assert len(huge) >= 20000
    first = document.priorities[0]
    sector = first.sectors[0]
    task = sector.tasks[0]
    measure = dataclasses.replace(task.measures[0], execution=huge)
    task = dataclasses.replace(task, measures=(measure, *task.measures[1:]))
    sector = dataclasses.replace(sector, tasks=(task, *sector.tasks[1:]))
    first = dataclasses.replace(first, sectors=(sector, *first.sectors[1:]))
    big = dataclasses.replace(document, priorities=(first,))
    path = export_report(big, tmp_path / "huge.pdf")
    _, pages = _pdf_text(path)
    assert len(pages) >= 5
    found = re.findall(r"слово\d{5}", "".join(pages))
    assert found[: len(words)] == words  # every word, in order, nothing cut


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".docx"])
def test_body_report(report_store: Store, suffix: str, tmp_path: Path) -> None:
    from zhdesk.services.bodies import find_body

    with report_store.transaction() as session:
        body = find_body(session, "UKB")
        body.head_position, body.head_name = "Начальник управління капітального будівництва", "Олег Петренко"
    with report_store.reading() as session:
        own = build_report_model(session, Period.parse("2023-9M"), "UKB")
    assert own.subtitle == "Управління капітального будівництва міської ради"
    assert own.signature is not None and own.signature.name == "Олег ПЕТРЕНКО"
    assert 0 < len(own.measures) < 173
    assert all("капітального будівництва" in m.executors for m in own.measures)
    path = export_report(own, tmp_path / f"ukb{suffix}")
    assert path.stat().st_size > 1000


def test_footnote_names_the_exported_period(report_store: Store) -> None:
    with report_store.reading() as session:
        nine = build_report_model(session, Period.parse("2023-9M")).footnote
        first = build_report_model(session, Period.parse("2023-Q1")).footnote
    assert nine.endswith("за 9 міс. 2023 року")  # as published
    assert first.endswith("за І квартал 2023 року")
    assert nine.replace("за 9 міс. 2023 року", "") == first.replace("за І квартал 2023 року", "")
