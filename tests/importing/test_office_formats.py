"""XLSX and DOCX of the official layout import to exactly the same measures as the TXT."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.official_layout import FOOTNOTE, write_docx, write_xlsx
from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import read_report
from zhdesk.importing.structure import ParsedReport


@pytest.fixture(scope="module")
def from_txt(real_report: Path) -> ParsedReport:
    return read_report(real_report)


def _as_dicts(report: ParsedReport) -> list[dict[str, str]]:
    out = []
    for priority in report.priorities:
        for sector in priority.sectors:
            for task in sector.tasks:
                for m in task.measures:
                    row = dataclasses.asdict(m)
                    row.pop("location")
                    out.append(
                        {
                            "priority": priority.name,
                            "priority_goal": priority.goal,
                            "sector": sector.name,
                            "task_no": task.no,
                            "task": task.text,
                            **row,
                            "text": m.text,
                        }
                    )
    return out


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_office_file_imports_like_the_txt(kind: str, from_txt: ParsedReport, tmp_path: Path) -> None:
    expected = _as_dicts(from_txt)
    path = tmp_path / f"report.{kind}"
    (write_xlsx if kind == "xlsx" else write_docx)(path, expected)
    parsed = read_report(path)
    assert _as_dicts(parsed) == expected
    assert parsed.period is not None and parsed.period.code == "2023-9M"
    assert parsed.footnote == FOOTNOTE
    # a clean official file needs no structural repairs beyond the fused priority + goal rows
    assert {r.message.split(";")[0] for r in parsed.repairs} <= {"priority and its strategic goal were on one row"}


def test_docx_text_in_tracked_changes_fields_controls_and_nested_tables(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from tests.importing.test_bad_input import MEASURES

    path = tmp_path / "tracked.docx"
    write_docx(path, MEASURES)
    doc = Document(str(path))
    execution = doc.tables[0].rows[4].cells[4]
    assert execution.text == "Зроблено"
    p = execution.paragraphs[0]._p
    w = nsdecls("w")
    p.append(
        parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> вставлено</w:t></w:r></w:ins>')
    )
    p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>видалено</w:delText></w:r></w:del>'))
    p.append(
        parse_xml(f'<w:fldSimple {w} w:instr="PAGE"><w:r><w:t xml:space="preserve"> поле</w:t></w:r></w:fldSimple>')
    )
    p.append(
        parse_xml(
            f'<w:smartTag {w} w:uri="u" w:element="e"><w:r><w:t xml:space="preserve"> тег</w:t></w:r></w:smartTag>'
        )
    )
    execution._tc.append(
        parse_xml(f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>контроль</w:t></w:r></w:p></w:sdtContent></w:sdt>")
    )
    execution._tc.append(
        parse_xml(f"<w:tbl {w}><w:tr><w:tc><w:p><w:r><w:t>вкладена</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    )
    execution._tc.append(parse_xml(f"<w:p {w}/>"))
    doc.save(str(path))
    parsed = read_report(path)
    assert parsed.measures[0].execution == "Зроблено вставлено поле тег\nконтроль\nвкладена"
    assert len(parsed.measures) == 1


def test_xlsx_numbers_keep_their_shown_form(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from tests.importing.test_bad_input import MEASURES

    path = tmp_path / "numbers.xlsx"
    write_xlsx(path, MEASURES)
    wb = load_workbook(path)
    sheet = wb.active
    row = next(r for r in sheet.iter_rows() if r[2].value and str(r[2].value).startswith("1.1."))
    row[5].value, row[5].number_format = 434.09, "0.000"
    row[4].hyperlink = "https://example.org/zvit"
    wb.save(path)
    measure = read_report(path).measures[0]
    assert measure.programme_or_funding == "434,090"
    assert measure.execution == "Зроблено\n(https://example.org/zvit)"


def test_stray_far_away_xlsx_cell_is_cheap(tmp_path: Path) -> None:
    import time

    from openpyxl import load_workbook

    from tests.importing.test_bad_input import MEASURES

    path = tmp_path / "far.xlsx"
    write_xlsx(path, MEASURES)
    wb = load_workbook(path)
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    started = time.perf_counter()
    with pytest.raises(ImportFailure, match=r"far.xlsx: cell XFD1048576: text far outside"):
        read_report(path)
    assert time.perf_counter() - started < 5
