"""The period's report written to a file (PDF, XLSX, DOCX), as ``export-report`` and the window write it.

Qt-free: the report is read in one session of its own, then written outside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhdesk.periods import Period
    from zhdesk.storage.database import Store


def write_report(
    store: Store,
    period: Period,
    body: str | None,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The consolidated report of ``period`` (or ``body``'s own) into ``target``; returns the path written.
    ``progress(done, total)`` may raise to cancel: nothing is left at ``target`` then."""
    from zhdesk.reports.export import export_report
    from zhdesk.services.report_builder import build_report_model

    with store.reading() as session:
        document = build_report_model(session, period, body)
    return export_report(document, target, progress)
