"""A store that another process is writing: waited for, retried, and told in plain words — never in SQL.

Two people, one store: while another zhdesk (or any program) holds the store's write lock, a write waits
for it (SQLite's busy timeout, PostgreSQL's ``lock_timeout``, both set for each transaction to what is left
of the patience), and a unit of work that failed without writing anything — the lock not released in
time, a WAL snapshot gone stale, a deadlock or serialization failure, or a row another writer inserted at
the same moment (a unique key) — is run again until the patience runs out. Then ``StoreBusy`` says, in
plain words, that nothing was changed.

The patience is ``ZHDESK_BUSY_SECONDS`` (default 20 s) for a command, at most 5 s for each job of the
window (whose autosave keeps the text and tries again by itself).

No message and no log made here carries SQL, its parameters or the officer's texts: SQLAlchemy's
exceptions print the statement and its parameters, so ``describe_error`` and ``safe_traceback`` give the
exception's class, the database's own error class and code, and the stack frames only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session

T = TypeVar("T")

BUSY_ENV = "ZHDESK_BUSY_SECONDS"
DEFAULT_SECONDS = 20.0
WINDOW_SECONDS = 5.0  # a window's job: its autosave retries every 5 s by itself
RACE_ATTEMPTS = 3  # a unique key another writer took meanwhile: the next attempt sees the row

BUSY_WORDS = (
    "The store is busy: another zhdesk or another program is writing to it. Nothing was changed; try again in a moment."
)

_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6  # primary result codes; SQLITE_BUSY_SNAPSHOT is 517 = 5 | 2 << 8
_SQLITE_CONSTRAINT_UNIQUE, _SQLITE_CONSTRAINT_PRIMARYKEY = 2067, 1555
_PG_BUSY = {"55P03", "40001", "40P01"}  # lock_not_available, serialization_failure, deadlock_detected
_PG_UNIQUE = "23505"


class StoreBusy(SQLAlchemyError):
    """Another process held the store longer than we could wait; nothing of this unit of work was written.

    An ``SQLAlchemyError``, so that code which reports a store's refusal per file or per row keeps doing
    so; its text is the plain words, never SQL. (Not a ``StoreError``: ``database`` imports this module,
    and this one imports nothing of it; the command line catches it before ``StoreError``.)"""

    def __init__(self, message: str = BUSY_WORDS) -> None:
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


# -- recognising the errors ------------------------------------------------------------------------------


def _dbapi(exc: BaseException) -> BaseException:
    return exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc


def _sqlstate(error: BaseException) -> str | None:
    return getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)


def is_busy(exc: BaseException) -> bool:
    """The store was locked by another writer (waiting more, or running the work again, may succeed)."""
    if isinstance(exc, StoreBusy):
        return True
    error = _dbapi(exc)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return True
        words = str(error).lower()
        return "database is locked" in words or "table is locked" in words or "schema is locked" in words
    return _sqlstate(error) in _PG_BUSY


def is_race(exc: BaseException) -> bool:
    """A unique key violated: another writer inserted the same new row at the same moment (or a defect)."""
    error = _dbapi(exc)
    if isinstance(error, sqlite3.IntegrityError):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return code in (_SQLITE_CONSTRAINT_UNIQUE, _SQLITE_CONSTRAINT_PRIMARYKEY)
        return str(error).startswith("UNIQUE constraint failed")
    return _sqlstate(error) == _PG_UNIQUE


# -- how long to wait --------------------------------------------------------------------------------------

_deadline: ContextVar[float | None] = ContextVar("zhdesk_busy_deadline", default=None)


def budget() -> float:
    """The patience in seconds: ``ZHDESK_BUSY_SECONDS``, else 20."""
    try:
        seconds = float(os.environ.get(BUSY_ENV, DEFAULT_SECONDS))
    except ValueError:
        seconds = DEFAULT_SECONDS
    return max(seconds, 0.0)


@contextlib.contextmanager
def patience(seconds: float | None = None) -> Iterator[None]:
    """Within the block (this thread), every transaction waits at most until ``seconds`` from now in all.
    A nested patience never extends the outer one."""
    seconds = budget() if seconds is None else seconds
    outer = _deadline.get()
    deadline = time.monotonic() + seconds
    token = _deadline.set(deadline if outer is None else min(outer, deadline))
    try:
        yield
    finally:
        _deadline.reset(token)


def remaining() -> float:
    """Seconds left of the current patience (the whole budget outside any)."""
    deadline = _deadline.get()
    if deadline is None:
        return budget()
    return max(deadline - time.monotonic(), 0.0)


def wait_for_locks(session: Session) -> None:
    """Make this transaction's statements wait for another writer's lock for what is left of the patience."""
    ms = max(int(remaining() * 1000), 1)  # 0 would mean "never wait" to SQLite and "wait forever" to PostgreSQL
    connection = session.connection()
    name = connection.dialect.name
    if name == "sqlite":
        if connection.info.get("zhdesk_busy_ms") != ms:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={ms}")
            connection.info["zhdesk_busy_ms"] = ms
    elif name == "postgresql":
        connection.execute(text("SELECT set_config('lock_timeout', :ms, true)"), {"ms": f"{ms}ms"})


# -- what this thread committed (a unit of work that committed a part is never run again) ----------------

_local = threading.local()


def committed() -> None:
    """Called by ``Store.transaction`` after each commit."""
    _local.commits = commits() + 1


def commits() -> int:
    return int(getattr(_local, "commits", 0))


def retrying(work: Callable[[], T], seconds: float | None = None) -> T:
    """Run ``work`` (units of work that each open their transactions afresh), again while it fails because
    the store is busy (until the patience runs out) or on another writer's same new row (a few times) —
    but only while it has committed nothing: work that committed a part is never repeated.
    Raises ``StoreBusy`` when the patience ran out."""
    with patience(seconds):
        races = 0
        pause = 0.05
        while True:
            before = commits()
            try:
                return work()
            except SQLAlchemyError as exc:
                if commits() != before:
                    raise
                if is_busy(exc):
                    if remaining() <= 0:
                        raise StoreBusy() from None
                elif is_race(exc) and races < RACE_ATTEMPTS:
                    races += 1
                else:
                    raise
            time.sleep(min(pause, remaining()))
            pause = min(pause * 2, 1.0)


# -- words and logs without SQL, parameters or texts ---------------------------------------------------------


def dbapi_words(error: BaseException) -> str:
    """The database's own error: its class, its code and (SQLite) its message, which names tables and
    columns but no values; PostgreSQL's message and detail can quote values, so only its SQLSTATE and the
    constraint, table and column it names."""
    kind = f"{type(error).__module__}.{type(error).__name__}"
    if isinstance(error, sqlite3.Error):
        first = (str(error).splitlines() or [""])[0][:200]
        code = getattr(error, "sqlite_errorname", None)
        return f"{kind} ({code}): {first}" if code else f"{kind}: {first}"
    state = _sqlstate(error)
    diag = getattr(error, "diag", None)
    names = [
        f"{what}={getattr(diag, what)}"
        for what in ("table_name", "column_name", "constraint_name")
        if diag is not None and getattr(diag, what, None)
    ]
    return " ".join([kind, *([f"SQLSTATE {state}"] if state else []), *names])


def refusal_kind(exc: BaseException) -> str | None:
    """For an error of the store (SQLAlchemy's), the name of the database's own error class; else None."""
    if not isinstance(exc, SQLAlchemyError):
        return None
    return type(_dbapi(exc)).__name__


def describe_error(exc: BaseException) -> str:
    """``Class: message`` for any exception, with the SQL, parameters and texts of a store error left out."""
    if isinstance(exc, StoreBusy):
        return f"StoreBusy: {exc}"
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return f"{type(exc).__name__}: {dbapi_words(exc.orig)}"
    if isinstance(exc, StatementError):  # carries the statement and its parameters
        return f"{type(exc).__name__}" + (f" (from {type(exc.orig).__name__})" if exc.orig is not None else "")
    if isinstance(exc, SQLAlchemyError):
        return type(exc).__name__
    if isinstance(exc, sqlite3.Error) or _sqlstate(exc) is not None:
        return dbapi_words(exc)
    return f"{type(exc).__name__}: {exc}"


def safe_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` and of its causes: files, lines, functions and ``describe_error`` of each
    exception — no locals, no source lines, no SQL, no parameters."""
    chain: list[tuple[BaseException, str]] = []  # newest first: (exception, how it follows the one before)
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            before, how = current.__cause__, "The above exception was the direct cause of the following exception:"
        elif current.__context__ is not None and not current.__suppress_context__:
            before, how = current.__context__, "During handling of the above exception, another exception occurred:"
        else:
            before, how = None, ""
        chain.append((current, how))
        current = before
    lines: list[str] = []
    for error, how in reversed(chain):
        if how:
            lines += ["", how, ""]
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(error.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        lines.append(describe_error(error))
    return "\n".join(lines) + "\n"


def insert_unless_present(session: Session, model: Any, values: dict[str, Any], keys: list[str]) -> None:
    """INSERT the row unless a row with the same ``keys`` is there — also one another writer is inserting
    at this very moment (PostgreSQL waits for it to commit): no unique-key error in such a race."""
    name = session.get_bind().dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
    else:
        session.add(model(**values))
        session.flush()
        return
    session.execute(insert(model).values(**values).on_conflict_do_nothing(index_elements=keys))
