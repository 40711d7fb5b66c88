"""``export-report`` straight from an SQLite store with the standard library: no SQLAlchemy import.

Importing SQLAlchemy and the models costs about as much as writing the whole PDF; the command reads its
report and its checklist here and writes at once. Same document and same checklist as
``services.report_builder.build_report_model`` and ``services.checklist.check_report`` (a test compares them
on stores in every state): the rows are read as ``storage.quick`` reads them for the window, and the
document, the validation and the checklist are built by the same functions the full path builds them with.
Returns None whenever anything is unusual (no such file, an older schema, a body named otherwise than by
its code, no measures), and the caller takes the full path, which says what is wrong.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zhdesk.periods import Period
from zhdesk.reports.model import ReportDocument
from zhdesk.services.checklist import BodyState, Checklist, checklist_of
from zhdesk.services.report_builder import BodyHead, document_of
from zhdesk.services.rows import MeasureRow
from zhdesk.services.settings import values_of
from zhdesk.storage.quick import at_head, previous_of, rows_of
from zhdesk.validation.service import problems_of

_CONFLICTS = """
SELECT e.measure_id FROM execution e JOIN reporting_period r ON e.period_id = r.id
WHERE r.code = ? AND e.incoming IS NOT NULL
"""
_BODIES = """
SELECT b.id, b.code, b.name, coalesce(f.status, 'not issued'), b.reporting FROM executive_body b
LEFT JOIN form_issue f ON f.body_id = b.id AND f.period_id = (SELECT id FROM reporting_period WHERE code = ?)
"""


@dataclass(frozen=True)
class QuickReport:
    document: ReportDocument
    checklist: Checklist | None  # the consolidated report's; None for a body's own report


def read_report(path: Path, period: Period, body: str | None = None) -> QuickReport | None:
    """The report of ``period`` (with ``body``, a code: its own report) and, for the consolidated report,
    its checklist; None to leave it to the full path."""
    connection = at_head(path)
    if connection is None:
        return None
    try:
        values = values_of(connection.execute("SELECT key, value FROM setting"))
        if body is None:
            rows = rows_of(connection, period, None)
            if not rows:
                return None  # the full path says there is no programme for the year
            return QuickReport(document_of(period, rows, values), _checklist(connection, period, rows, values))
        found = connection.execute(
            "SELECT id, name, head_position, head_name FROM executive_body WHERE upper(code) = upper(?)",
            (body.strip(),),
        ).fetchall()
        if len(found) != 1:
            return None  # a name, an alias or a typo: the full path finds it or says so
        body_id, name, position, head_name = found[0]
        rows = rows_of(connection, period, body_id, own_texts=False)
        if not rows:
            return None
        return QuickReport(document_of(period, rows, values, BodyHead(name, position or "", head_name or "")), None)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def _checklist(
    connection: sqlite3.Connection, period: Period, rows: list[MeasureRow], values: dict[str, str]
) -> Checklist:
    """As ``check_report``: validation with the previous texts, conflicts, the bodies of the year's measures."""
    ids = {row.id for row in rows}
    previous = previous_of(connection, period, [row.id for row in rows], None)
    conflicts = [m for (m,) in connection.execute(_CONFLICTS, (period.code,)) if m in ids]
    with_measures = {b for b, m in connection.execute("SELECT body_id, measure_id FROM measure_executor") if m in ids}
    bodies = [
        BodyState(code, name, status, bool(reporting))
        for body_id, code, name, status, reporting in connection.execute(_BODIES, (period.code,))
        if body_id in with_measures
    ]
    return checklist_of(period, rows, problems_of(rows, previous, period), conflicts, bodies, values)
