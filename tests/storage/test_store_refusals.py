"""What open_store will not do: make a store where none was asked for, add zhdesk's tables to another
program's database, or write to a store that cannot be written (it opens that one read-only)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.pgserver import PostgresServer
from zhdesk.storage.database import StoreError, open_store, resolve_url
from zhdesk.storage.schema import SCHEMA_HEAD


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def stores_in(folder: Path) -> dict[str, bytes]:
    """The files, but SQLite's -shm and -wal (a reader of a WAL store may make them, empty of changes)."""
    return {name: data for name, data in files_in(folder).items() if not name.endswith(("-shm", "-wal"))}


def tables_of(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return sorted(inspect(c).get_table_names())
    finally:
        engine.dispose()


def write_foreign(url: str, revision: str | None) -> None:
    """Another program's database: its own tables, and perhaps its own Alembic revision."""
    engine = create_engine(url)
    try:
        with engine.begin() as c:
            c.execute(text("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
            c.execute(text("INSERT INTO contact VALUES (1, 'Олена')"))
            if revision is not None:
                c.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
                c.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", [None, "3f2a9c1b7d04"], ids=["no-alembic", "another-alembic"])
def test_another_programs_database_is_refused_untouched(store_url: str, revision: str | None) -> None:
    write_foreign(store_url, revision)
    before_tables = tables_of(store_url)
    folder = Path(store_url.removeprefix("sqlite:///")).parent if store_url.startswith("sqlite") else None
    before_files = files_in(folder) if folder else {}
    with pytest.raises(StoreError, match="is not a zhdesk store") as refused:
        open_store(store_url, create=True)
    assert "contact" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert "SELECT" not in str(refused.value)
    assert tables_of(store_url) == before_tables
    if folder:  # byte for byte: not even switched to WAL, no -wal/-shm/backup beside it
        assert files_in(folder) == before_files


def test_a_store_of_a_newer_zhdesk_is_still_told_as_such(store_url: str) -> None:
    open_store(store_url).close()
    engine = create_engine(store_url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer zhdesk"):
        open_store(store_url)


def test_no_store_is_made_where_none_was_asked_for(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "store.sqlite3"
    with pytest.raises(StoreError, match=f"^no store at {typo}$"):
        open_store(resolve_url(str(typo)), create=False)
    assert not typo.parent.exists()
    missing = tmp_path / "store.sqlite3"
    with pytest.raises(StoreError, match="no store at"):
        open_store(resolve_url(str(missing)), create=False)
    assert list(tmp_path.iterdir()) == []
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(StoreError, match="no store at"):
        open_store(resolve_url(str(empty)), create=False)
    assert files_in(tmp_path) == {"empty.sqlite3": b""}


def test_an_empty_postgresql_database_is_no_store_unless_asked(postgres: PostgresServer) -> None:
    url = postgres.new_database()
    with pytest.raises(StoreError, match="no store at postgresql"):
        open_store(url, create=False)
    assert tables_of(url) == []
    made = open_store(url, create=True)
    made.close()
    assert made.created and "alembic_version" in tables_of(url)
    again = open_store(url, create=False)
    again.close()
    assert not again.created


def test_created_says_whether_this_opening_made_the_store(tmp_path: Path) -> None:
    url = resolve_url(str(tmp_path / "new" / "store.sqlite3"))
    first = open_store(url, create=True)
    first.close()
    second = open_store(url, create=False)
    second.close()
    assert first.created and not second.created and not second.read_only


def head_store(path: Path) -> None:
    store = open_store(resolve_url(str(path)))
    with store.transaction() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('community', 'Громада')"))
    store.close()


def test_a_read_only_store_reads_and_refuses_writes_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    head_store(path)
    before = stores_in(tmp_path)
    store = open_store(resolve_url(str(path)), read_only=True)
    try:
        assert store.read_only and store.schema_revision == SCHEMA_HEAD
        with store.reading() as session:
            assert session.execute(text("SELECT value FROM setting")).scalar() == "Громада"
        with pytest.raises(StoreError) as refused, store.transaction() as session:
            session.execute(text("UPDATE setting SET value = 'Інша'"))
        assert str(refused.value) == f"the store is read-only: {path}; nothing was saved"
    finally:
        store.close()
    assert stores_in(tmp_path) == before


def test_an_old_read_only_store_is_not_migrated_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    head_store(path)
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '0002'")
    before = stores_in(tmp_path)
    with pytest.raises(StoreError) as refused:
        open_store(resolve_url(str(path)), read_only=True)
    message = str(refused.value)
    assert "is read-only" in message and "older zhdesk (schema 0002)" in message and "not changed" in message
    assert stores_in(tmp_path) == before  # no backup, no upgrade


def test_a_store_cannot_be_created_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot be created read-only"):
        open_store(resolve_url(str(tmp_path / "s.sqlite3")), create=True, read_only=True)
    assert list(tmp_path.iterdir()) == []
