"""Exports are atomic, report progress, can be cancelled, and explain files they cannot write."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhdesk.reports.atomic import WriteFailure
from zhdesk.reports.export import export_report
from zhdesk.reports.model import ExportCancelled, ReportDocument


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".docx"])
def test_progress_reaches_the_total(document: ReportDocument, suffix: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_report(document, tmp_path / f"r{suffix}", lambda done, total: seen.append((done, total)))
    assert seen[-1] == (173, 173)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) >= 2


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".docx"])
def test_cancel_leaves_the_previous_file(document: ReportDocument, suffix: str, tmp_path: Path) -> None:
    target = tmp_path / f"r{suffix}"
    target.write_bytes(b"previous version")

    def cancel(done: int, total: int) -> None:
        if done >= 50:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_report(document, target, cancel)
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left behind


def test_new_file_replaces_the_old_one_whole(document: ReportDocument, tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"previous version")
    export_report(document, target)
    assert target.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_unwritable_targets_are_explained(document: ReportDocument, tmp_path: Path) -> None:
    with pytest.raises(WriteFailure, match="the folder does not exist"):
        export_report(document, tmp_path / "missing" / "r.pdf")
    (tmp_path / "dir.pdf").mkdir()
    with pytest.raises(WriteFailure, match="it is a folder"):
        export_report(document, tmp_path / "dir.pdf")
    with pytest.raises(WriteFailure, match="unknown report format"):
        export_report(document, tmp_path / "r.odt")
