"""XLSX and DOCX of the official layout import to exactly the same measures as the TXT."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.official_layout import FOOTNOTE, write_docx, write_xlsx
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
