"""Two people, one store (issue 11): a store another process is writing makes a command wait, then say in
plain words that the store is busy and nothing was changed (exit 2) — no SQL, no parameters, no texts on
stderr or in zhdesk-errors.log; a lock released in time lets the command through; two commands creating the
same new rows at the same moment both succeed. Real processes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_commands import where
from tests.storage.lockers import SECRET, leaks, locked, small_store
from zhdesk import paths


@pytest.fixture
def small(store_url: str, tmp_path: Path, real_report: Path) -> dict[str, str]:
    return small_store(store_url, tmp_path, real_report)


def zhdesk(*args: str, env: dict[str, str] | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zhdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **(env or {})},
    )


def command(name: str, ids: dict[str, str], out: Path) -> list[str]:
    return {
        "set-execution": ["set-execution", "--measure", ids["measure"], "--period", "2023-Y", "--text", SECRET],
        "settings": ["settings", "community", SECRET],
        "bodies": ["bodies", "--set-head", ids["body"], "--position", SECRET, "--name", "Олена ПЕТРЕНКО"],
        "issue-forms": ["issue-forms", "--period", "2023-Y", "--out", str(out)],
    }[name]


def stored_anywhere(url: str) -> list[str]:
    """Where the store holds the secret text: nowhere, when the command changed nothing."""
    from sqlalchemy import select

    from zhdesk.storage.database import open_store
    from zhdesk.storage.models import Execution, ExecutiveBody, Setting

    store = open_store(url)
    try:
        with store.reading() as session:
            found = [f"setting {s.key}" for s in session.scalars(select(Setting)) if SECRET in s.value]
            found += [f"execution {e.id}" for e in session.scalars(select(Execution)) if SECRET in e.text]
            found += [f"body {b.code}" for b in session.scalars(select(ExecutiveBody)) if SECRET in b.head_position]
    finally:
        store.close()
    return found


def errors_log() -> str:
    log = paths.data_dir() / "zhdesk-errors.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


@pytest.mark.parametrize("name", ["set-execution", "settings", "bodies", "issue-forms"])
def test_a_store_locked_longer_than_the_patience_is_busy_in_plain_words(
    name: str, store_url: str, small: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "forms"
    out.mkdir()
    args = [*where(store_url), *command(name, small, out)]
    with locked(store_url):
        started = time.monotonic()
        try:
            done = zhdesk(*args, env={"ZHDESK_BUSY_SECONDS": "3"}, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail("the command waited for the lock for ever")
        took = time.monotonic() - started
    assert done.returncode == 2, done.stderr
    assert 3 <= took < 40
    assert "busy" in done.stderr and "Nothing was changed" in done.stderr, done.stderr
    assert "internal error" not in done.stderr
    assert leaks(done.stderr + done.stdout) == [], done.stderr
    assert leaks(errors_log()) == []
    assert list(out.iterdir()) == []  # no form package carries a key the store does not have
    assert stored_anywhere(store_url) == []  # nothing was changed


@pytest.mark.parametrize("name", ["set-execution", "settings"])
def test_a_lock_released_within_the_patience_lets_the_command_through(
    name: str, store_url: str, small: dict[str, str], tmp_path: Path
) -> None:
    args = [*where(store_url), *command(name, small, tmp_path)]
    with locked(store_url, seconds=7):  # longer than SQLite's own 5 s busy timeout
        done = zhdesk(*args, env={"ZHDESK_BUSY_SECONDS": "30"}, timeout=60)
    assert done.returncode == 0, done.stderr
    if name == "settings":
        assert json.loads(zhdesk(*where(store_url), "settings", "--json").stdout)["community"] == SECRET
    else:
        measures = json.loads(zhdesk(*where(store_url), "measures", "--period", "2023-Y", "--json").stdout)
        assert {m["id"]: m["execution"] for m in measures}[small["measure"]] == SECRET


# Each racer imports everything first, then starts the command at the same instant as the other one.
RACER = r"""
import sys, time
import zhdesk.cli.commands, zhdesk.services.entry, zhdesk.storage.database, sqlalchemy.dialects.sqlite
try:
    import psycopg, sqlalchemy.dialects.postgresql
except ImportError:
    pass
from zhdesk.cli.main import main
time.sleep(max(float(sys.argv[1]) - time.time(), 0))
sys.exit(main(sys.argv[2:]))
"""


def race(*commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    start = time.time() + 2.0
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(start), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "ZHDESK_BUSY_SECONDS": "20"},
        )
        for args in commands
    ]
    results = []
    for racer in racers:
        stdout, stderr = racer.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(racer.args, racer.returncode, stdout, stderr))
    return results


def test_two_commands_creating_the_same_new_rows_at_once_both_succeed(store_url: str, small: dict[str, str]) -> None:
    db = where(store_url)
    periods = ["2024-Q1", "2024-H1", "2024-9M", "2024-Y"]
    for n, period in enumerate(periods):
        # a new period (ensure_period), then a new execution of a measure in it (its unique key)
        measure = small["measure"] if n % 2 else small["other"]
        texts = [f"Перший текст {period}", f"Другий текст {period}"]
        results = race(*[[*db, "set-execution", "--measure", measure, "--period", period, "--text", t] for t in texts])
        for done in results:
            assert done.returncode == 0, done.stderr
            assert leaks(done.stderr) == []
        other = small["other"] if n % 2 else small["measure"]
        results = race(*[[*db, "set-execution", "--measure", other, "--period", period, "--text", t] for t in texts])
        for done in results:
            assert done.returncode == 0, done.stderr
        shown = json.loads(zhdesk(*db, "measures", "--period", period, "--json").stdout)
        assert {m["execution"] for m in shown} <= set(texts) and all(m["execution"] for m in shown)
    assert leaks(errors_log()) == []


def test_an_internal_store_error_is_logged_without_sql_parameters_or_texts(
    store_url: str, small: dict[str, str]
) -> None:
    # a store that refuses every change of a setting (a trigger): an error that is neither busy nor a race
    if store_url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(store_url.removeprefix("sqlite:///")) as connection:
            for event in ("INSERT", "UPDATE"):
                connection.execute(
                    f"CREATE TRIGGER refuse_{event.lower()} BEFORE {event} ON setting "
                    "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
                )
    else:
        import psycopg

        from tests.storage.lockers import conninfo

        with psycopg.connect(conninfo(store_url), autocommit=True) as connection:
            connection.execute(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by a trigger'; "
                "END $$ LANGUAGE plpgsql"
            )
            connection.execute(
                "CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON setting FOR EACH ROW EXECUTE FUNCTION refuse()"
            )
    done = zhdesk(*where(store_url), "settings", "community", SECRET)
    assert done.returncode == 3, done.stderr
    assert "internal error" in done.stderr and "zhdesk-errors.log" in done.stderr
    assert leaks(done.stderr + done.stdout) == [], done.stderr
    log = errors_log()
    assert "Traceback" in log and 'main.py", line' in log  # where it happened is still there
    assert leaks(log) == [], log


@pytest.mark.parametrize("made", [False, True], ids=["no-store", "empty-store"])
def test_two_imports_of_the_same_report_into_a_new_store_at_once_both_succeed(
    store_url: str, real_report: Path, made: bool
) -> None:
    # the first import of a year's report creates the store (or its tables), the programme, its sectors,
    # tasks, bodies and measures: two officers doing it at the same moment must not fail or double anything
    if made:
        from zhdesk.storage.database import open_store

        open_store(store_url).close()
    db = where(store_url)
    results = race(*[[*db, "import-report", str(real_report), "--period", "2023-9M"] for _ in range(2)])
    for done in results:
        assert done.returncode == 0, done.stderr
        assert leaks(done.stderr) == []
    shown = json.loads(zhdesk(*db, "measures", "--period", "2023-9M", "--json").stdout)
    assert len(shown) == 173 and len({m["id"] for m in shown}) == 173
    assert len({(m["sector"], m["no"]) for m in shown}) == 173  # no measure twice
