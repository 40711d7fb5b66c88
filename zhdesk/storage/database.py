"""Opening a store: SQLite file (default) or any SQLAlchemy URL; migrations applied after a backup.

Nothing is created unless asked (``create=True``), a database of another program is refused untouched,
a store that cannot be written is opened read-only, and every migration runs in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
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
from zhdesk.storage.info import StoreInfo, connect_read_only, sqlite_file_info
from zhdesk.storage.info import writable as _writable
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


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA query_only=ON")  # no write even where the file system would allow one
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
    read_only: bool = False  # opened for reading only: the file (or its folder, or the disk) cannot be written
    created: bool = False  # there was no store there: this opening made it

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


@dataclass(frozen=True)
class _Found:
    """What a database holds, seen without changing it: its tables and its zhdesk schema revision."""

    tables: frozenset[str]
    revision: str | None

    @property
    def empty(self) -> bool:
        return not self.tables


def open_store(url: URL | str, *, migrate: bool = True, create: bool = True, read_only: bool | None = None) -> Store:
    """Open the store at ``url`` and bring its schema up to date.

    ``create``: where there is no store yet (no file, or an empty database), make one; else StoreError
    "no store at …" and nothing is made, not even a folder. A database of another program is refused
    untouched. ``read_only``: None to decide from the file's and its folder's permissions (SQLite); a
    read-only store is not migrated, and a write to it raises StoreError ("the store is read-only: …")."""
    url = make_url(url) if isinstance(url, str) else url
    sqlite_file: Path | None = None
    kwargs: dict[str, Any] = {}
    found: _Found | None = None
    where = hide_password(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            sqlite_file = Path(url.database)
            where = str(sqlite_file)
        if sqlite_file is not None:
            found, read_only = _look_at_sqlite_file(sqlite_file, create=create, read_only=read_only)
            if read_only:
                path = sqlite_file
                kwargs["creator"] = lambda: connect_read_only(path, check_same_thread=False)
    read_only = bool(read_only)
    try:
        engine = create_engine(url, hide_parameters=True, **kwargs)  # no officer's text in an error
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {hide_password(url)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _read_only_pragmas if read_only else _sqlite_pragmas)
        event.listen(engine, "handle_error", _read_only_error(where))
    revision: str | None
    try:
        if found is None:
            found = _look_at(engine)
        if found.empty and not create:
            raise StoreError(f"no store at {where}")
        _refuse_foreign(found, where)
        if read_only:
            revision, backup = _check_readable(found, where), None
        elif migrate:
            revision, backup = _migrate(engine, sqlite_file, found.revision)
        else:
            revision, backup = found.revision, None
    except SQLAlchemyError as exc:
        engine.dispose()
        detail = getattr(exc, "orig", None) or exc
        raise StoreError(f"cannot open the store {where}: {exc.__class__.__name__}: {detail}") from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(engine, url, revision or "", backup, read_only=read_only, created=found.empty)


def _look_at_sqlite_file(path: Path, *, create: bool, read_only: bool | None) -> tuple[_Found, bool]:
    """The file's tables and revision, read with the standard library, read-only: a database of another
    program must stay byte for byte as it was (an SQLAlchemy connection would switch it to WAL)."""
    if not path.exists():
        if not create:
            raise StoreError(f"no store at {path}")
        if read_only:
            raise StoreError(f"no store at {path}; a store cannot be created read-only")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create a store at {path}: {exc.strerror or exc}") from exc
        return _Found(frozenset(), None), False
    if not path.is_file():
        raise StoreError(f"{path}: not a zhdesk store (not a file)")
    if not _looks_like_sqlite(path):
        raise StoreError(f"{path}: not a zhdesk store (not an SQLite database)")
    if read_only is None:
        read_only = not _writable(path)
    if path.stat().st_size == 0:
        if read_only:
            raise StoreError(f"no store at {path} (an empty file that cannot be written)")
        return _Found(frozenset(), None), False
    try:
        connection = connect_read_only(path)
        try:
            tables = frozenset(
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not row[0].startswith("sqlite_")
            )
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the store {path}: {exc}") from exc
    return _Found(tables, revision), read_only


def _look_at(engine: Engine) -> _Found:
    with engine.connect() as connection:
        tables = frozenset(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return _Found(tables, revision)


def _refuse_foreign(found: _Found, where: str) -> None:
    """A database with tables but no zhdesk schema revision, or the revision of another program's Alembic
    and none of zhdesk's tables, is another program's: refused, untouched."""
    if found.empty or found.revision == schema_head():
        return
    others = sorted(found.tables - {"alembic_version"})
    listed = ", ".join(others[:5]) + (", …" if len(others) > 5 else "")
    if "alembic_version" not in found.tables:
        raise StoreError(
            f"{where} is not a zhdesk store: it holds tables of another program ({listed}). "
            "Nothing was changed; name a new file (or an empty database) for the zhdesk store."
        )
    if found.revision is not None and found.revision not in _known_revisions():
        from zhdesk.storage.models import Base

        if not set(Base.metadata.tables) & found.tables:
            raise StoreError(
                f"{where} is not a zhdesk store: it is another program's database (its schema {found.revision} "
                f"is not zhdesk's; tables {listed}). Nothing was changed."
            )


def _check_readable(found: _Found, where: str) -> str:
    """A read-only store is read as it is, never migrated: it must be at this zhdesk's schema."""
    if found.revision == schema_head():
        return found.revision
    if found.revision in _known_revisions():
        raise StoreError(
            f"the store {where} is read-only and was written by an older zhdesk (schema {found.revision}); "
            f"this zhdesk reads schema {schema_head()} and cannot upgrade a store it cannot write. Open it "
            "once where it can be written (or copy the file to a folder you can write to); it was not changed."
        )
    raise StoreError(
        f"the store {where} is read-only and was written by a newer zhdesk (schema {found.revision}); "
        f"this version knows schema up to {schema_head()}. Install the newer zhdesk; the store was not changed."
    )


def _read_only_error(where: str) -> Any:
    """SQLite's "attempt to write a readonly database" (or a disk that refuses the write) as StoreError."""

    def handle(context: Any) -> None:
        error = context.original_exception
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(error, sqlite3.Error) and code is not None and code & 0xFF == sqlite3.SQLITE_READONLY:
            raise StoreError(f"the store is read-only: {where}; nothing was saved") from None

    return handle


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
    head = _scripts(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return str(head)


@functools.lru_cache(maxsize=4)
def _scripts(location: str) -> Any:
    """The migration scripts, read once per process (Alembic reads every file for each ScriptDirectory)."""
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    cfg.set_main_option("script_location", location)
    script = ScriptDirectory.from_config(cfg)
    script.get_current_head()  # the revision map is built now, once
    return script


def _known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts(str(MIGRATIONS)).walk_revisions()}


def _migrate(engine: Engine, sqlite_file: Path | None, current: str | None) -> tuple[str, Path | None]:
    if current == schema_head():
        return current, None
    cfg = _alembic_config()
    script = _scripts(str(MIGRATIONS))
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
    _upgrade(engine, cfg, script, str(sqlite_file or hide_password(engine.url)), head)
    return head, backup


_MIGRATION_LOCK = 0x7A68646B  # "zhdk": PostgreSQL's advisory lock key for migrating a store


def _upgrade(engine: Engine, cfg: Any, script: Any, where: str, head: str) -> None:
    """All the migrations to ``head`` in one transaction: a kill or an error anywhere leaves the store as
    it was. PostgreSQL's DDL is transactional; on SQLite the driver would commit before each DDL
    statement, so it is told to begin and commit nothing itself and the BEGIN and COMMIT are ours. Foreign
    keys are off while tables are rebuilt (dropping a parent table would cascade), and checked before
    COMMIT: a row left pointing at nothing undoes the whole upgrade."""
    from alembic.runtime.environment import EnvironmentContext

    def upgrade_all(connection: Any) -> None:  # alembic.command.upgrade(cfg, "head"), with the scripts read once
        cfg.attributes["connection"] = connection
        with EnvironmentContext(cfg, script, fn=lambda rev, _context: script._upgrade_revs("head", rev)):
            script.run_env()

    with engine.connect() as connection:
        if engine.dialect.name != "sqlite":
            with connection.begin():
                # one upgrade at a time (two first imports into a new database at once): the second waits
                # here, then finds the schema at head; the lock ends with the transaction
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
                upgrade_all(connection)
            return
        driver = connection.connection.driver_connection
        assert driver is not None
        level = driver.isolation_level
        driver.isolation_level = None  # no BEGIN or COMMIT of the driver's own
        try:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction: before BEGIN
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock now: one upgrade at a time
            try:
                upgrade_all(connection)  # reads the revision again, inside the transaction
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = ", ".join(sorted({str(row[0]) for row in broken}))
                    raise StoreError(
                        f"the upgrade of the store {where} to schema {head} would leave {len(broken)} rows "
                        f"that refer to rows that do not exist (in {tables}); the upgrade was undone and the "
                        "store was not changed. Please report this to zhdesk's developers."
                    )
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
        finally:
            driver.isolation_level = level
            connection.invalidate()  # not back to the pool with foreign keys off: the next one connects anew


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


def store_info(url: URL | str) -> StoreInfo:
    """Where the store is and its schema revision, without creating, migrating or changing anything."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        return sqlite_file_info(Path(url.database or ":memory:"), schema_head())
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
