"""Export entry point: pick the writer by the file's suffix and write atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from zhdesk.reports.atomic import WriteFailure, atomic_path
from zhdesk.reports.model import Progress, ReportDocument

FORMATS = (".xlsx", ".pdf", ".docx")


def _writer(suffix: str) -> Callable[[ReportDocument, Path, Progress | None], None]:
    if suffix == ".xlsx":
        from zhdesk.reports.xlsx_writer import write_xlsx

        return write_xlsx
    if suffix == ".pdf":
        from zhdesk.reports.pdf_writer import write_pdf

        return write_pdf
    if suffix == ".docx":
        from zhdesk.reports.docx_writer import write_docx

        return write_docx
    raise WriteFailure(f"unknown report format {suffix or '(none)'!r}: use .xlsx, .pdf or .docx")


def export_report(document: ReportDocument, target: Path, progress: Progress | None = None) -> Path:
    """Write ``document`` to ``target`` (.xlsx, .pdf or .docx); the old file stays until the new one is whole."""
    target = Path(target)
    writer = _writer(target.suffix.lower())
    with atomic_path(target) as temporary:
        writer(document, temporary, progress)
    return target
