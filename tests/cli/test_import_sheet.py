"""`--sheet NAME` on import-report and import-programme: the sheet to read when two hold the table."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.util import ok, where, z
from tests.importing.test_xlsx_sheets_and_formulas import _with_extra_sheets


def test_import_report_and_programme_choose_the_sheet(store_url: str, tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    _with_extra_sheets(path, second=True)
    db = where(store_url)
    refused = z(*db, "import-report", path, "--period", "2023-9M")
    assert refused.code != 0 and "«Звіт»" in refused.err and "«Копія»" in refused.err and "--sheet" in refused.err
    done = ok(*db, "import-report", path, "--period", "2023-9M", "--sheet", "Копія")
    assert "«Копія»" in done.out
    refused = z(*db, "import-programme", path, "--year", "2023", "--dry-run")
    assert refused.code != 0 and "«Копія»" in refused.err
    ok(*db, "import-programme", path, "--year", "2023", "--dry-run", "--sheet", "Звіт")
