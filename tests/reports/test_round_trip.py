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
