"""XLSX import: formula cells keep their text, and the sheet read is the one holding the official table."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from tests.importing.test_bad_input import MEASURES
from tests.official_layout import write_xlsx
from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import read_programme, read_report


def _table(path: Path) -> None:
    write_xlsx(path, MEASURES)


def _execution_cell(sheet: object) -> object:
    return next(r for r in sheet.iter_rows() if r[2].value and str(r[2].value).startswith("1.1."))[4]  # type: ignore[attr-defined]


def test_formula_without_cached_value_imports_its_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "formula.xlsx"
    _table(path)
    wb = load_workbook(path)
    cell = _execution_cell(wb.active)
    cell.value = "=A1+1"  # type: ignore[attr-defined]
    where = cell.coordinate  # type: ignore[attr-defined]
    wb.save(path)
    parsed = read_report(path)
    assert parsed.measures[0].execution == "=A1+1"
    notes = [str(r) for r in parsed.repairs if "formula" in r.message]
    assert len(notes) == 1 and where in notes[0]


def test_formula_with_cached_value_uses_the_value_and_says_so(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "cached.xlsx"
    _table(path)
    wb = load_workbook(path)
    cell = _execution_cell(wb.active)
    cell.value = '="Зроблено "&"вчасно"'  # type: ignore[attr-defined]
    where = cell.coordinate  # type: ignore[attr-defined]
    wb.save(path)
    # openpyxl writes no cached value: add one as Excel would
    source = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text, count = re.subn(
                    rf'<c r="{where}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                    rf'<c r="{where}"\1 t="str"><f>\2</f><v>Зроблено вчасно</v>',
                    text,
                )
                assert count == 1, text[:2000]
                data = text.encode()
            target.writestr(info, data)
    path.write_bytes(out.getvalue())
    parsed = read_report(path)
    assert parsed.measures[0].execution == "Зроблено вчасно"
    notes = [str(r) for r in parsed.repairs if "formula" in r.message]
    assert len(notes) == 1 and where in notes[0]


def _with_extra_sheets(path: Path, *, hidden_stale: bool = False, cover: bool = False, second: bool = False) -> None:
    from openpyxl import load_workbook

    _table(path)
    wb = load_workbook(path)
    if hidden_stale:
        stale = wb.copy_worksheet(wb["Звіт"])
        stale.title = "Старий"
        stale.sheet_state = "hidden"
        _execution_cell(stale).value = "Застарілий текст"  # type: ignore[attr-defined]
        wb.move_sheet(stale, offset=-1)
    if cover:
        front = wb.create_sheet("Титул", 0)
        front["A1"] = "№ 123 від 01.10.2023"
        front["A3"] = "Додаток до листа"
    if second:
        other = wb.copy_worksheet(wb["Звіт"])
        other.title = "Копія"
    wb.save(path)


def test_hidden_sheet_before_the_table_is_skipped_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "hidden.xlsx"
    _with_extra_sheets(path, hidden_stale=True)
    parsed = read_report(path)
    assert parsed.measures[0].execution == "Зроблено"
    notes = " | ".join(str(r) for r in parsed.repairs)
    assert "«Звіт»" in notes and "«Старий»" in notes and "hidden" in notes


def test_cover_sheet_mentioning_a_number_does_not_break_the_import(tmp_path: Path) -> None:
    path = tmp_path / "cover.xlsx"
    _with_extra_sheets(path, cover=True)
    parsed = read_report(path)
    assert parsed.measures[0].execution == "Зроблено"
    notes = " | ".join(str(r) for r in parsed.repairs)
    assert "«Звіт»" in notes and "«Титул»" in notes


def test_two_sheets_with_the_table_stop_and_name_both(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    _with_extra_sheets(path, second=True)
    with pytest.raises(ImportFailure, match=r"«Звіт».*«Копія».*--sheet"):
        read_report(path)
    assert read_report(path, sheet="Копія").measures[0].execution == "Зроблено"


def test_sheet_chooses_even_a_hidden_one(tmp_path: Path) -> None:
    path = tmp_path / "chosen.xlsx"
    _with_extra_sheets(path, hidden_stale=True, cover=True)
    assert read_report(path, sheet="Старий").measures[0].execution == "Застарілий текст"
    assert read_programme(path, sheet="Звіт").measures[0].execution == ""
    with pytest.raises(ImportFailure, match=r"no sheet «Нема».*«Титул», «Старий», «Звіт»"):
        read_report(path, sheet="Нема")
