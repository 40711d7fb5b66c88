"""Export → import into an empty store gives exactly the same measures (ids included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.reports.export import export_report
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import import_report
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import Store, open_store

P9M = Period.parse("2023-9M")


@pytest.mark.parametrize("suffix", [".xlsx", ".docx"])
def test_round_trip(store: Store, suffix: str, tmp_path: Path, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        original = [row.to_json() for row in list_measures(session, P9M)]
        document = build_report_model(session, P9M)
    exported = export_report(document, tmp_path / f"report{suffix}")
    parsed = read_report(exported)
    assert parsed.period == P9M
    assert [str(r) for r in parsed.repairs] == []  # our own files need no repairs
    fresh = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        import_report(fresh, parsed, P9M)
        with fresh.reading() as session:
            again = [row.to_json() for row in list_measures(session, P9M)]
    finally:
        fresh.close()
    assert again == original


def test_xlsx_cell_longer_than_a_spreadsheet_row_carries_on_below(document: object, tmp_path: Path) -> None:
    import dataclasses

    from openpyxl import load_workbook

    from zhdesk.reports.model import ReportDocument

    assert isinstance(document, ReportDocument)
    paragraphs = [f"Абзац {n}: " + " ".join(f"слово{n}x{k}" for k in range(60)) for n in range(40)]
    huge = "\n".join(paragraphs)
    priority = document.priorities[0]
    sector = priority.sectors[0]
    task = sector.tasks[0]
    task = dataclasses.replace(task, measures=(dataclasses.replace(task.measures[0], execution=huge),))
    sector = dataclasses.replace(sector, tasks=(task,))
    big = dataclasses.replace(document, priorities=(dataclasses.replace(priority, sectors=(sector,)),))
    path = export_report(big, tmp_path / "long.xlsx")
    sheet = load_workbook(path).active
    heights = [d.height for d in sheet.row_dimensions.values() if d.height]
    assert max(heights) <= 409
    pieces = [c.value for c in sheet["E"] if c.value and str(c.value).startswith("Абзац")]
    assert len(pieces) > 1
    parsed = read_report(path)
    assert parsed.measures[0].execution == huge  # cut between paragraphs, so joined back exactly
    assert any("continues the cells of measure 1.1" in r.message for r in parsed.repairs)
