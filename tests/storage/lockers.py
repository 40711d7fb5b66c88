"""Another process that holds a store's write lock: ``BEGIN IMMEDIATE`` on the SQLite file, or on PostgreSQL
every table of the store locked ``IN EXCLUSIVE MODE`` (reads go on, writes wait) — and a small store."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url

from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store

SECRET = "Таємний текст виконавця №4711: не для журналу"
SQL_WORDS = ("[SQL", "SQL:", "INSERT", "UPDATE", "SELECT", "parameters", "4711")

_SQLITE = r"""
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.rollback()
print("released", flush=True)
"""

_POSTGRES = r"""
import psycopg, sys, time
connection = psycopg.connect(sys.argv[1])
tables = [row[0] for row in connection.execute(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
connection.execute("LOCK TABLE " + ", ".join('"%s"' % t for t in tables) + " IN EXCLUSIVE MODE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.rollback()
print("released", flush=True)
"""


def conninfo(url: str) -> str:
    parsed = make_url(url)
    return f"host={parsed.query['host']} port={parsed.query['port']} user={parsed.username} dbname={parsed.database}"


@contextlib.contextmanager
def locked(url: str, seconds: float = 120.0) -> Iterator[subprocess.Popen[str]]:
    """The store at ``url`` write-locked by another process for ``seconds`` (or until the block ends)."""
    if url.startswith("sqlite"):
        command = [sys.executable, "-c", _SQLITE, url.removeprefix("sqlite:///"), str(seconds)]
    else:
        command = [sys.executable, "-c", _POSTGRES, conninfo(url), str(seconds)]
    holder = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline().strip()
        assert line == "locked", (line, holder.stderr.read() if holder.stderr else "")
        yield holder
    finally:
        if holder.poll() is None:
            holder.terminate()
        holder.wait(timeout=30)


def small_report(tmp_path: Path, real_report: Path) -> Path:
    """The first measures of the real report (2 measures of 1 task): a store made in a moment."""
    lines = real_report.read_text(encoding="utf-8").splitlines(keepends=True)[:14]
    small = tmp_path / "small.txt"
    small.write_text("".join(lines), encoding="utf-8")
    return small


def small_store(url: str, tmp_path: Path, real_report: Path) -> dict[str, str]:
    """Import the small report into the store at ``url``; returns a measure id and a body code."""
    from sqlalchemy import select

    from zhdesk.storage.models import ExecutiveBody, Measure

    store = open_store(url)
    try:
        import_report(store, read_report(small_report(tmp_path, real_report)), Period.parse("2023-9M"))
        with store.reading() as session:
            measures = session.scalars(select(Measure.id).order_by(Measure.no)).all()
            body = session.scalars(select(ExecutiveBody.code).order_by(ExecutiveBody.code)).first()
    finally:
        store.close()
    assert body is not None and len(measures) >= 2
    return {"measure": measures[0], "other": measures[1], "body": body}


def leaks(text: str) -> list[str]:
    """What a message or log must never hold that it does: SQL, parameters, the officer's text."""
    return [word for word in (*SQL_WORDS, SECRET) if word in text]
