"""Opening stores: SQLite pragmas, URL resolution, migrations with a backup, refusing newer schemas."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from zhdesk.storage import database
from zhdesk.storage.database import StoreError, open_store, resolve_url


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = open_store(resolve_url(str(tmp_path / "a.sqlite3")))
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert store.schema_revision == database.head_revision()
        assert store.location == str(tmp_path / "a.sqlite3")
    finally:
        store.close()


def test_default_store_lives_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHDESK_DATA_DIR", str(tmp_path / "dd"))
    assert resolve_url().database == str(tmp_path / "dd" / "zhdesk.sqlite3")
    monkeypatch.setenv("ZHDESK_DB_URL", "sqlite:////tmp/elsewhere.sqlite3")
    assert resolve_url().database == "/tmp/elsewhere.sqlite3"
    assert resolve_url(str(tmp_path / "x.sqlite3")).database == str(tmp_path / "x.sqlite3")
    with pytest.raises(StoreError, match="not a database URL"):
        resolve_url(db_url="::nonsense::")


def test_not_a_store_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    with pytest.raises(StoreError, match="not a zhdesk store"):
        open_store(resolve_url(str(junk)))
    assert junk.read_text() == "hello"


def test_store_from_a_newer_zhdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_store(resolve_url(str(path))).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer zhdesk"):
        open_store(resolve_url(str(path)))
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("new.sqlite3.backup-*"))


def test_upgrade_backs_up_the_sqlite_file_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    store = open_store(resolve_url(str(path)))
    with store.transaction() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('community', 'Громада')"))
    store.close()
    # a newer release of the app: the shipped migrations plus one more
    migrations = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, migrations)
    current = database.SCHEMA_HEAD
    newer = f"{int(current) + 1:04d}"
    (migrations / "versions" / f"{newer}_extra.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\nrevision = "{newer}"\ndown_revision = "{current}"\n'
        "branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n"
        '    op.add_column("setting", sa.Column("note", sa.Text(), nullable=True))\n'
    )
    monkeypatch.setattr(database, "MIGRATIONS", migrations)
    monkeypatch.setattr(database, "schema_head", lambda: newer)
    upgraded = open_store(resolve_url(str(path)))
    try:
        assert upgraded.schema_revision == newer
        assert upgraded.backup_path is not None and upgraded.backup_path.exists()
        with sqlite3.connect(upgraded.backup_path) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)
            assert backup.execute("SELECT value FROM setting").fetchone() == ("Громада",)
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT value, note FROM setting")).one() == ("Громада", None)
    finally:
        upgraded.close()


def test_postgresql_store_opens_and_migrates(store_url: str) -> None:
    store = open_store(store_url)
    try:
        assert store.schema_revision == database.head_revision()
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM measure")).scalar() == 0
    finally:
        store.close()


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store("postgresql+psycopg://nobody@/nodb?host=/nonexistent-socket-dir&port=1")


def test_schema_head_constant_is_the_migrations_head() -> None:
    assert database.head_revision() == database.SCHEMA_HEAD


def test_a_store_of_the_first_release_is_upgraded_with_its_texts(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "first-release.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = database._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO programme (id, year, title) VALUES (1, 2023, 'Програма')"))
        connection.execute(text("INSERT INTO priority VALUES (1, 1, 0, 'Пріоритет', '')"))
        connection.execute(text("INSERT INTO sector VALUES (1, 1, 0, 'Освіта')"))
        connection.execute(text("INSERT INTO task VALUES (1, 1, 0, '1', 'Завдання')"))
        connection.execute(text("INSERT INTO measure VALUES ('m1', 1, 0, '1.1', 'Захід', '', '')"))
        connection.execute(text("INSERT INTO reporting_period VALUES (1, '2023-9M', 2023, '9M', '2023-09-30')"))
        connection.execute(
            text("INSERT INTO execution VALUES (1, 'm1', 1, 'Виконано.', 'import', '2023-10-01 10:00:00')")
        )
    engine.dispose()
    store = open_store(resolve_url(str(path)))
    try:
        assert store.schema_revision == database.SCHEMA_HEAD
        assert store.backup_path is not None and store.backup_path.exists()
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT text, incoming FROM execution")).one() == ("Виконано.", None)
            assert connection.execute(text("SELECT count(*) FROM execution_change")).scalar() == 0
    finally:
        store.close()
