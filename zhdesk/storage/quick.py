"""The first screen straight from an SQLite store with the standard library: no SQLAlchemy import.

Importing SQLAlchemy costs more than a whole bare Qt window; the window reads its first screen here and
loads SQLAlchemy only when it first writes. Same rows as ``services.measures.list_measures`` (a test
compares them); returns None whenever anything is unusual, and the caller takes the full path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from zhdesk.periods import KINDS, Period
from zhdesk.services.rows import CARRIED, MeasureRow, PreviousText, StoredTexts, assemble, find_previous, read_carried
from zhdesk.storage.schema import SCHEMA_HEAD

_MEASURES = """
SELECT m.id, p.name, p.goal, s.name, t.no, t.text, m.no, m.text, m.executors_text, m.programme_or_funding
FROM measure m JOIN task t ON m.task_id = t.id JOIN sector s ON t.sector_id = s.id
JOIN priority p ON s.priority_id = p.id JOIN programme g ON p.programme_id = g.id
WHERE g.year = ? AND (m.added_from IS NULL OR m.added_from IN ({up_to}))
AND (m.retired_at IS NULL OR m.retired_from IS NULL OR m.retired_from NOT IN ({up_to}))
{only_body} ORDER BY p.position, s.position, t.position, m.position
"""
_ONLY_BODY = "AND m.id IN (SELECT measure_id FROM measure_executor WHERE body_id = ?)"
_TEXTS = "SELECT e.measure_id, e.text FROM execution e JOIN reporting_period r ON e.period_id = r.id WHERE r.code = ?"
_PARTS = """
SELECT x.measure_id, me.position, x.text FROM execution_part x JOIN reporting_period r ON x.period_id = r.id
LEFT JOIN measure_executor me ON me.measure_id = x.measure_id AND me.body_id = x.body_id WHERE r.code = ?
"""
_PREVIOUS_PARTS = """
SELECT x.measure_id, x.period_id, x.body_id, me.position, x.text FROM execution_part x
LEFT JOIN measure_executor me ON me.measure_id = x.measure_id AND me.body_id = x.body_id
WHERE x.period_id IN ({periods}) {among}
"""
_CHUNK = 900  # ids in one IN (…)
_PERIODS = """
SELECT r.code, (SELECT count(*) FROM execution e WHERE e.period_id = r.id) FROM reporting_period r ORDER BY r.ends_on
"""


@dataclass
class QuickIndex:
    periods: list[tuple[str, str, int]]
    period: str
    rows: list[MeasureRow]
    previous: dict[str, PreviousText]
    body_name: str = ""  # with ``body``: its full name, for the officer's header at the first screen
    deadline: str | None = None  # the period's last day for submissions (ISO), when it has one


def rows_of(
    connection: sqlite3.Connection, period: Period, body_id: int | None, *, own_texts: bool = True
) -> list[MeasureRow]:
    """As ``list_measures``; with ``body_id``, that body's measures and (``own_texts``) its own texts."""
    own = body_id is not None and own_texts
    texts = dict(connection.execute(_TEXTS, (period.code,)).fetchall()) if not own else {}
    parts: dict[str, list[tuple[int, str]]] = {}
    part_query, part_args = _PARTS, [period.code]
    if own:
        part_query, part_args = _PARTS + " AND x.body_id = ?", [period.code, str(body_id)]
    for measure_id, position, text in connection.execute(part_query, part_args):
        parts.setdefault(measure_id, []).append((999 if position is None else position, text))
    rows = []
    up_to = [Period(period.year, kind).code for kind in KINDS[: KINDS.index(period.kind) + 1]]
    query = _MEASURES.format(only_body=_ONLY_BODY if body_id is not None else "", up_to=", ".join("?" * len(up_to)))
    args = (period.year, *up_to, *up_to) if body_id is None else (period.year, *up_to, *up_to, body_id)
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


def previous_of(
    connection: sqlite3.Connection, period: Period, measure_ids: list[str], body_id: int | None
) -> dict[str, PreviousText]:
    """As ``services.previous.previous_texts``: the same choosing over the same texts, read here."""
    period_ids = dict(connection.execute("SELECT code, id FROM reporting_period").fetchall())
    codes = {period_id: code for code, period_id in period_ids.items()}

    def texts_of(ids: list[str], wanted_codes: list[str]) -> StoredTexts:
        texts = StoredTexts()
        wanted = [period_ids[code] for code in wanted_codes if code in period_ids]
        if not wanted:
            return texts
        keep = set(ids)
        among, among_args = _among("measure_id", ids)
        query = f"SELECT measure_id, period_id, text FROM execution WHERE period_id IN ({_marks(wanted)}) {among}"
        for measure_id, period_id, text in connection.execute(query, [*wanted, *among_args]):
            if measure_id in keep:
                texts.reports[(measure_id, codes[period_id])] = text
        among, among_args = _among("x.measure_id", ids)
        query = _PREVIOUS_PARTS.format(periods=_marks(wanted), among=among)
        for measure_id, period_id, part_body, position, text in connection.execute(query, [*wanted, *among_args]):
            if measure_id in keep:
                key = (measure_id, codes[period_id])
                texts.parts.setdefault(key, []).append((999 if position is None else position, text))
                if part_body == body_id:
                    texts.own[key] = text
        return texts

    def links_of(ids: list[str]) -> dict[str, str]:
        keep = set(ids)
        among, among_args = _among("id", ids)
        query = f"SELECT id, previous_id FROM measure WHERE previous_id IS NOT NULL {among}"
        return {m: p for m, p in connection.execute(query, among_args) if m in keep}

    found = connection.execute("SELECT value FROM setting WHERE key = ?", (CARRIED,)).fetchone()
    return find_previous(period, measure_ids, texts_of, links_of, read_carried(found[0] if found else None))


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _among(column: str, ids: list[str]) -> tuple[str, list[str]]:
    """``AND column IN (…)`` when the ids fit one; else nothing (the caller keeps the wanted rows)."""
    return (f"AND {column} IN ({_marks(ids)})", ids) if len(ids) <= _CHUNK else ("", [])


def read_index(path: Path, period_code: str | None = None, body: str | None = None) -> QuickIndex | None:
    """Periods, the rows of the period (the latest by default) and their previous texts; with ``body``
    (a code) only its measures with its own texts, the previous ones its own part or else the report's."""
    connection = at_head(path)
    if connection is None:
        return None
    try:
        periods = [(code, Period.parse(code).in_words, count) for code, count in connection.execute(_PERIODS)]
        code = period_code or (periods[-1][0] if periods else "")
        if not code:
            return None
        body_id, body_name = None, ""
        if body is not None:
            found = connection.execute(
                "SELECT id, name FROM executive_body WHERE upper(code) = upper(?)", (body,)
            ).fetchone()
            if found is None:
                return None  # the full path explains an unknown body
            body_id, body_name = found
        period = Period.parse(code)
        rows = rows_of(connection, period, body_id)
        previous = previous_of(connection, period, [row.id for row in rows], body_id)
        found = connection.execute("SELECT deadline FROM reporting_period WHERE code = ?", (code,)).fetchone()
        deadline = found[0] if found else None  # a period the store has not opened: none
        return QuickIndex(periods, code, rows, previous, body_name or "", str(deadline) if deadline else None)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def scope_body(path: Path) -> str | None:
    """The executive body a department store was opened for (from its form package), if it is one."""
    if not path.is_file():
        return None
    try:
        connection = read_only(path)
    except sqlite3.Error:
        return None
    try:
        found = connection.execute("SELECT value FROM setting WHERE key = 'form.body'").fetchone()
        return str(found[0]) if found and found[0] else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def at_head(path: Path) -> sqlite3.Connection | None:
    """The store at ``path`` opened read-only if it is at this zhdesk's schema; None when there is no such
    file, it is no database, or it is an older store (the full path migrates it)."""
    if not path.is_file():
        return None
    connection = None
    try:
        connection = read_only(path)
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone() or (None,)
    except sqlite3.Error:
        if connection is not None:
            connection.close()
        return None
    if revision != SCHEMA_HEAD:
        connection.close()
        return None
    return connection


def read_only(path: Path) -> sqlite3.Connection:
    """The file opened read-only; as a file: URI, so that #, ? and % in folder names mean themselves."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
