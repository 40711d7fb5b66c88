"""Running zhdesk commands in-process for the exchange tests, and building a quarter's files."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

from zhdesk.cli.main import main


@dataclass
class Done:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


def z(*args: str | Path) -> Done:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return Done(code, out.getvalue(), err.getvalue())


def ok(*args: str | Path) -> Done:
    done = z(*args)
    assert done.code == 0, (args, done.out, done.err)
    return done


def where(store_url: str) -> list[str]:
    return ["--db", store_url.removeprefix("sqlite:///")] if store_url.startswith("sqlite") else ["--db-url", store_url]


def shared_pair(store_url: str) -> tuple[str, str, str, str]:
    """(measure id, lead code, other code, third code): two small reporting bodies sharing a measure, and a
    third (each is issued a form by default)."""
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            sizes = dict(
                c.execute(
                    text(
                        "SELECT b.code, count(*) FROM measure_executor e JOIN executive_body b "
                        "ON b.id = e.body_id WHERE b.reporting GROUP BY b.code"
                    )
                ).all()
            )
            rows = c.execute(
                text(
                    "SELECT e.measure_id, b.code, e.position FROM measure_executor e "
                    "JOIN executive_body b ON b.id = e.body_id WHERE b.reporting ORDER BY e.measure_id, e.position"
                )
            ).all()
    finally:
        engine.dispose()
    executors: dict[str, list[str]] = {}
    for measure_id, code, _ in rows:
        executors.setdefault(measure_id, []).append(code)
    candidates = sorted(
        (sizes[codes[0]] + sizes[codes[1]], measure_id, codes[0], codes[1])
        for measure_id, codes in executors.items()
        if len(codes) == 2 and 2 <= sizes[codes[0]] <= 12 and 2 <= sizes[codes[1]] <= 12
    )
    _, measure_id, lead, other = candidates[0]
    third = min((n, code) for code, n in sizes.items() if code not in (lead, other) and n >= 3)[1]
    return measure_id, lead, other, third


def fill_department(db: Path, code: str, *, words: str = "виконано") -> list[dict[str, str]]:
    """Type a text for every measure of the department store's form; returns the measures."""
    measures = ok("--db", db, "measures", "--period", period_of(db), "--body", code, "--json").json()
    assert isinstance(measures, list)
    for m in measures:
        ok(
            "--db",
            db,
            "set-execution",
            "--measure",
            m["id"],
            "--text",
            f"{code}: {words} захід {m['no']}, роботи завершено у строк.",
        )
    return measures


def period_of(db: Path) -> str:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as c:
            return str(c.execute(text("SELECT value FROM setting WHERE key = 'form.period'")).scalar())
    finally:
        engine.dispose()
