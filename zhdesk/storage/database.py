"""Opening a store: SQLite file (default) or any SQLAlchemy URL; migrations applied after a backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from zhdesk import paths
from zhdesk.storage.schema import SCHEMA_HEAD

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# A store already at SCHEMA_HEAD opens without loading Alembic at all (a third of start-up).


class StoreError(Exception):
    """The store cannot be opened or used; the message says why, for the user."""


def resolve_url(db_path: str | None = None, db_url: str | None = None) -> URL:
    """``--db PATH`` wins, then ``--db-url`` / ``ZHDESK_DB_URL``, then the default file."""
    if db_path:
        return URL.create("sqlite", database=str(Path(db_path).expanduser().resolve()))
    text = db_url or os.environ.get("ZHDESK_DB_URL")
    if text:
        try:
            return make_url(text)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {text!r}") from exc
    return URL.create("sqlite", database=str(paths.default_store_path()))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@dataclass
class Store:
    """An open store: the engine and a session factory. Services own the transactions."""

    engine: Engine
    url: URL
    schema_revision: str
    backup_path: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        if self.is_sqlite:
            return str(self.url.database or ":memory:")
        return hide_password(self.url)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back entirely on any error.

        A lock another process holds is waited for, for what is left of the patience (``busy``); then
        ``busy.StoreBusy``, in plain words, and nothing of the block was written."""
        from zhdesk.storage import busy

        try:
            with self._sessions.begin() as session:
                busy.wait_for_locks(session)
                yield session
        except SQLAlchemyError as exc:
            if busy.is_busy(exc) and not isinstance(exc, busy.StoreBusy):
                raise busy.StoreBusy() from exc
            raise
        busy.committed()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only (on PostgreSQL a table another process locked is waited for, as in
        ``transaction``)."""
        from zhdesk.storage import busy

        try:
            with self._sessions() as session:
                busy.wait_for_locks(session)
                yield session
        except SQLAlchemyError as exc:
            if busy.is_busy(exc) and not isinstance(exc, busy.StoreBusy):
                raise busy.StoreBusy() from exc
            raise

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: URL | str, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store at ``url`` and bring its schema up to date."""
    url = make_url(url) if isinstance(url, str) else url
    sqlite_file: Path | None = None
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            sqlite_file = Path(url.database)
            sqlite_file.parent.mkdir(parents=True, exist_ok=True)
        if sqlite_file and sqlite_file.exists() and not _looks_like_sqlite(sqlite_file):
            raise StoreError(f"{sqlite_file}: not a zhdesk store (not an SQLite database)")
    try:
        engine = create_engine(url, hide_parameters=True, **kwargs)  # no officer's text in an error
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {hide_password(url)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        revision, backup = _migrate(engine, sqlite_file) if migrate else (_current_revision(engine), None)
    except SQLAlchemyError as exc:
        engine.dispose()
        where = sqlite_file or hide_password(url)
        detail = getattr(exc, "orig", None) or exc
        raise StoreError(f"cannot open the store {where}: {exc.__class__.__name__}: {detail}") from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(engine, url, revision or "", backup)


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_head() -> str:
    return SCHEMA_HEAD


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return str(head)


def _migrate(engine: Engine, sqlite_file: Path | None) -> tuple[str, Path | None]:
    current = _current_revision(engine)
    if current == schema_head():
        return current, None
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    assert head is not None
    if current == head:
        return head, None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"the store {sqlite_file or hide_password(engine.url)} was written by a "
            f"newer zhdesk (schema {current}); this version knows schema up to {head}. "
            "Install the newer zhdesk; the store was not changed."
        )
    backup = _backup_sqlite(sqlite_file, current) if (sqlite_file and current is not None) else None
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return head, backup


def _backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy of the store (SQLite online backup) before its schema is upgraded."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target


def carries_password(url: URL | str) -> bool:
    """True when the URL holds a password, after its user or as a ``password=`` query parameter."""
    url = make_url(url) if isinstance(url, str) else url
    return url.password is not None or any(key.lower() == "password" for key in url.query)


def hide_password(url: URL | str) -> str:
    """The URL as text with its password hidden (``***``) and any ``password=`` query parameter left out."""
    url = make_url(url) if isinstance(url, str) else url
    secret = [key for key in url.query if key.lower() == "password"]
    if secret:
        url = url.difference_update_query(secret)
    return url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class StoreInfo:
    location: str
    revision: str | None  # None: no store there yet
    head: str

    def describe(self) -> str:
        if self.revision is None:
            return f"store: {self.location} (not created yet; this zhdesk writes schema {self.head})"
        note = "" if self.revision == self.head else f"; this zhdesk writes schema {self.head}"
        return f"store: {self.location} (schema {self.revision}{note})"


def store_info(url: URL | str) -> StoreInfo:
    """Where the store is and its schema revision, without creating, migrating or changing anything."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or ":memory:")
        if not path.is_file():
            return StoreInfo(str(path), None, schema_head())
        try:
            connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            finally:
                connection.close()
        except sqlite3.Error:
            found = None
        return StoreInfo(str(path), found[0] if found else "none", schema_head())
    location = hide_password(url)
    try:
        engine = create_engine(url)
        try:
            revision = _current_revision(engine)
        finally:
            engine.dispose()
    except (SQLAlchemyError, ImportError, ArgumentError) as exc:
        return StoreInfo(f"{location} (cannot connect: {exc.__class__.__name__})", "unknown", schema_head())
    return StoreInfo(location, revision or "none", schema_head())
