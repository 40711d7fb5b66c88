"""The first screen straight from an SQLite store with the standard library: no SQLAlchemy import.

Importing SQLAlchemy costs more than a whole bare Qt window; the window reads its first screen here and
loads SQLAlchemy only when it first writes. Same rows as ``services.measures.list_measures`` (a test
compares them); returns None whenever anything is unusual, and the caller takes the full path.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from zhdesk.periods import KINDS, Period
from zhdesk.services.rows import MeasureRow, assemble
from zhdesk.storage.schema import SCHEMA_HEAD

_MEASURES = """
SELECT m.id, p.name, p.goal, s.name, t.no, t.text, m.no, m.text, m.executors_text, m.programme_or_funding
FROM measure m JOIN task t ON m.task_id = t.id JOIN sector s ON t.sector_id = s.id
JOIN priority p ON s.priority_id = p.id JOIN programme g ON p.programme_id = g.id
WHERE g.year = ? AND (m.retired_at IS NULL OR m.retired_from IS NULL OR m.retired_from NOT IN ({up_to}))
{only_body} ORDER BY p.position, s.position, t.position, m.position
"""
_ONLY_BODY = "AND m.id IN (SELECT measure_id FROM measure_executor WHERE body_id = ?)"
_TEXTS = "SELECT e.measure_id, e.text FROM execution e JOIN reporting_period r ON e.period_id = r.id WHERE r.code = ?"
_PARTS = """
SELECT x.measure_id, me.position, x.text FROM execution_part x JOIN reporting_period r ON x.period_id = r.id
LEFT JOIN measure_executor me ON me.measure_id = x.measure_id AND me.body_id = x.body_id WHERE r.code = ?
"""
_PERIODS = """
SELECT r.code, (SELECT count(*) FROM execution e WHERE e.period_id = r.id) FROM reporting_period r ORDER BY r.ends_on
"""


@dataclass
class QuickIndex:
    periods: list[tuple[str, str, int]]
    period: str
    rows: list[MeasureRow]
    previous: dict[str, str]


def _rows(connection: sqlite3.Connection, period: Period, body_id: int | None) -> list[MeasureRow]:
    """As ``list_measures``; with ``body_id``, that body's measures and its own texts."""
    texts = dict(connection.execute(_TEXTS, (period.code,)).fetchall()) if body_id is None else {}
    parts: dict[str, list[tuple[int, str]]] = {}
    part_query, part_args = _PARTS, [period.code]
    if body_id is not None:
        part_query, part_args = _PARTS + " AND x.body_id = ?", [period.code, str(body_id)]
    for measure_id, position, text in connection.execute(part_query, part_args):
        parts.setdefault(measure_id, []).append((999 if position is None else position, text))
    rows = []
    up_to = [Period(period.year, kind).code for kind in KINDS[: KINDS.index(period.kind) + 1]]
    query = _MEASURES.format(only_body=_ONLY_BODY if body_id is not None else "", up_to=", ".join("?" * len(up_to)))
    args = (period.year, *up_to) if body_id is None else (period.year, *up_to, body_id)
    for measure_id, priority, goal, sector, task_no, task, no, text, executors, funding in connection.execute(
        query, args
    ):
        execution = texts.get(measure_id)
        if execution is None:
            execution = assemble(parts.get(measure_id, []))
        rows.append(
            MeasureRow(measure_id, priority, goal, sector, task_no, task, no, text, executors, execution, funding)
        )
    return rows


def read_index(path: Path, period_code: str | None = None, body: str | None = None) -> QuickIndex | None:
    """Periods, the rows of the period (the latest by default) and the previous period's texts; with
    ``body`` (a code) only its measures with its own texts, the previous ones falling back to the report's."""
    if not path.is_file():
        return None
    try:
        connection = _read_only(path)
    except sqlite3.Error:
        return None
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
        if revision != SCHEMA_HEAD:
            return None  # an older store needs its migration: the full path does it
        periods = [(code, Period.parse(code).in_words, count) for code, count in connection.execute(_PERIODS)]
        code = period_code or (periods[-1][0] if periods else "")
        if not code:
            return None
        body_id = None
        if body is not None:
            found = connection.execute("SELECT id FROM executive_body WHERE upper(code) = upper(?)", (body,)).fetchone()
            if found is None:
                return None  # the full path explains an unknown body
            body_id = found[0]
        period = Period.parse(code)
        before = period.previous
        previous: dict[str, str] = {}
        if before:
            previous = {row.id: row.execution for row in _rows(connection, before, None)}
            if body_id is not None:
                own = {row.id: row.execution for row in _rows(connection, before, body_id) if row.execution}
                previous.update(own)
        return QuickIndex(periods, code, _rows(connection, period, body_id), previous)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def scope_body(path: Path) -> str | None:
    """The executive body a department store was opened for (from its form package), if it is one."""
    if not path.is_file():
        return None
    try:
        connection = _read_only(path)
    except sqlite3.Error:
        return None
    try:
        found = connection.execute("SELECT value FROM setting WHERE key = 'form.body'").fetchone()
        return str(found[0]) if found and found[0] else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _read_only(path: Path) -> sqlite3.Connection:
    """The file opened read-only; as a file: URI, so that #, ? and % in folder names mean themselves."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
