"""A migration is one transaction: killed after any of its statements, the store opens again, reaches the
head and keeps every row; a migration that rebuilds a parent table cascades nothing; one that would leave
rows pointing at nothing is rolled back whole, in plain words.

The upgrade runs in a forked child that SIGKILLs itself right after its N-th SQL statement (counted by a
SQLAlchemy ``after_cursor_execute`` listener), for N = 1, 2, … until the child finishes unkilled."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, text

from zhdesk.storage import database
from zhdesk.storage.database import StoreError, open_store
from zhdesk.storage.schema import SCHEMA_HEAD

ROWS_0001 = [
    "INSERT INTO programme (id, year, title) VALUES (1, 2023, 'Програма')",
    "INSERT INTO priority VALUES (1, 1, 1, 'Пріоритет \"Ефективне місто\"', 'Мета')",
    "INSERT INTO sector VALUES (1, 1, 1, 'Освіта')",
    "INSERT INTO task VALUES (1, 1, 1, '1', 'Завдання')",
    "INSERT INTO measure VALUES ('kept-id-1', 1, 1, '1.1', 'Захід один', 'УО', '')",
    "INSERT INTO measure VALUES ('kept-id-2', 1, 2, '1.2', 'Захід два', 'УО; ДЕР', 'бюджет')",
    "INSERT INTO executive_body (id, code, name, head_position, head_name) VALUES (1, 'UO', 'УО', '', '')",
    "INSERT INTO executive_body (id, code, name, head_position, head_name) "
    "VALUES (2, 'DER', 'ДЕР', 'Директор', 'Ім'' Я')",
    "INSERT INTO body_alias VALUES (1, 2, 'Департамент економічного розвитку')",
    "INSERT INTO measure_executor VALUES ('kept-id-1', 1, 1, true)",
    "INSERT INTO measure_executor VALUES ('kept-id-2', 1, 1, true)",
    "INSERT INTO measure_executor VALUES ('kept-id-2', 2, 2, false)",
    "INSERT INTO reporting_period VALUES (1, '2023-9M', 2023, '9M', '2023-09-30')",
    "INSERT INTO setting VALUES ('community', 'Громада')",
    "INSERT INTO execution (id, measure_id, period_id, text, source, updated_at) "
    "VALUES (1, 'kept-id-1', 1, 'Виконано.', 'import', '2023-10-01 10:00:00')",
    "INSERT INTO execution (id, measure_id, period_id, text, source, updated_at) "
    "VALUES (2, 'kept-id-2', 1, 'Частково.', 'entry', '2023-10-02 10:00:00')",
    "INSERT INTO execution_part (id, measure_id, period_id, body_id, text, updated_at) "
    "VALUES (1, 'kept-id-2', 1, 2, 'Частина ДЕР.', '2023-10-01 10:00:00')",
]
ROWS_0002 = [
    *ROWS_0001,
    "INSERT INTO execution_change (id, measure_id, period_id, body_id, old_text, new_text, changed_at, changed_by, "
    "source) VALUES (1, 'kept-id-1', 1, NULL, '', 'Виконано.', '2023-10-01 10:00:00', 'ktos', 'import')",
    "INSERT INTO execution_change (id, measure_id, period_id, body_id, old_text, new_text, changed_at, changed_by, "
    "source) VALUES (2, 'kept-id-2', 1, 2, '', 'Частина ДЕР.', '2023-10-01 10:00:00', 'der', 'submission')",
]
DUMP = {  # the columns every revision has, as the rows were written
    "programme": "id, year, title",
    "priority": "id, programme_id, position, name, goal",
    "sector": "id, priority_id, position, name",
    "task": "id, sector_id, position, no, text",
    "measure": "id, task_id, position, no, text, executors_text, programme_or_funding",
    "executive_body": "id, code, name, head_position, head_name",
    "body_alias": "id, body_id, alias",
    "measure_executor": "measure_id, position, body_id, is_lead",
    "reporting_period": "id, code, year, kind, ends_on",
    "setting": "key, value",
    "execution": "id, measure_id, period_id, text, source, updated_at",
    "execution_part": "id, measure_id, period_id, body_id, text, updated_at",
}


def store_at(url: str, revision: str, rows: list[str]) -> None:
    from alembic import command

    engine = create_engine(url)
    config = database._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            for statement in rows:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def dump(url: str, tables: dict[str, str]) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return {
                t: [tuple(r) for r in c.execute(text(f"SELECT {cols} FROM {t} ORDER BY 1, 2"))]
                for t, cols in tables.items()
            }
    finally:
        engine.dispose()


def revision_of(url: str) -> str | None:
    engine = create_engine(url)
    try:
        return database._current_revision(engine)
    finally:
        engine.dispose()


def upgrade_killed_after(url: str, statements: int) -> bool:
    """Open (and so upgrade) the store in a child killed by SIGKILL after its N-th statement; True if killed."""
    pid = os.fork()
    if pid == 0:  # the child: no cleanup of any kind on the way out
        try:
            executed = 0

            def count(*_args: object) -> None:
                nonlocal executed
                executed += 1
                if executed >= statements:
                    os.kill(os.getpid(), signal.SIGKILL)

            event.listen(Engine, "after_cursor_execute", count)
            open_store(url).close()
        except BaseException:  # any failure of the upgrade is the parent's to see
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0, f"the upgrade failed in the child after {statements} statements"
    return False


def schema_of(url: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            if c.dialect.name != "sqlite":
                return []
            return [tuple(r) for r in c.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 2"))]
    finally:
        engine.dispose()


def assert_whole_at_head(
    url: str, before: dict[str, list[tuple[object, ...]]], tables: dict[str, str], schema: list[tuple[object, ...]]
) -> None:
    """Opens, at the head, with the schema an uninterrupted upgrade makes and every row as it was."""
    store = open_store(url)
    try:
        assert store.schema_revision == SCHEMA_HEAD
    finally:
        store.close()
    assert schema_of(url) == schema
    assert dump(url, tables) == before


def kill_at_every_statement(url: str, tables: dict[str, str], old: str) -> int:
    before = dump(url, tables)
    pristine = Path(url.removeprefix("sqlite:///"))
    copy = pristine.with_name("pristine.sqlite3")
    shutil.copyfile(pristine, copy)
    old_schema = schema_of(url)
    open_store(url).close()  # the upgrade uninterrupted: the schema every interrupted one must end with
    schema = schema_of(url)
    killed_at = 0
    for n in range(1, 2000):
        shutil.copyfile(copy, pristine)
        for leftover in (pristine.with_name(pristine.name + "-wal"), pristine.with_name(pristine.name + "-shm")):
            leftover.unlink(missing_ok=True)
        if not upgrade_killed_after(url, n):
            break
        killed_at = n
        left = revision_of(url)
        assert left in (old, SCHEMA_HEAD), f"killed after statement {n}: left at revision {left}"
        if left == old:  # exactly the store before the upgrade: not a table, index or row of it left behind
            assert schema_of(url) == old_schema, f"killed after statement {n}: half an upgrade left behind"
            assert dump(url, tables) == before
            if n % 20 != 1:
                continue  # the same store as the pristine one; opened (and upgraded) now and then
        assert_whole_at_head(url, before, tables, schema)
    assert killed_at > 20, "the kill never landed inside the migration"
    return killed_at


def test_a_0001_store_killed_after_any_statement_of_its_upgrade_opens_whole(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store_at(url, "0001", ROWS_0001)
    kill_at_every_statement(url, DUMP, "0001")


def test_a_0002_store_killed_after_any_statement_of_its_upgrade_opens_whole(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store_at(url, "0002", ROWS_0002)
    tables = {**DUMP, "execution_change": "id, measure_id, period_id, body_id, old_text, new_text, changed_by"}
    kill_at_every_statement(url, tables, "0002")


def test_an_interrupted_upgrade_on_postgresql_leaves_the_old_revision(postgres: object) -> None:
    for n in (3, 15, 40):
        url = postgres.new_database()  # type: ignore[attr-defined]
        store_at(url, "0002", ROWS_0002)
        before = dump(url, DUMP)
        assert upgrade_killed_after(url, n)
        assert revision_of(url) == "0002"
        assert dump(url, DUMP) == before
        assert_whole_at_head(url, before, DUMP, [])


def newer_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, upgrade: str) -> None:
    """The shipped migrations plus one more, as a newer release of zhdesk would bring."""
    migrations = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, migrations)
    current = SCHEMA_HEAD
    newer = f"{int(current) + 1:04d}"
    (migrations / "versions" / f"{newer}_extra.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\nrevision = "{newer}"\ndown_revision = "{current}"\n'
        f"branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n{upgrade}"
    )
    monkeypatch.setattr(database, "MIGRATIONS", migrations)
    monkeypatch.setattr(database, "schema_head", lambda: newer)


def test_a_migration_that_rebuilds_a_parent_table_cascades_no_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    store_at(url, "0002", ROWS_0002)
    open_store(url).close()  # at the shipped head
    tables = {**DUMP, "execution_change": "id, measure_id, period_id, body_id, old_text, new_text, changed_by"}
    before = dump(url, tables)
    newer_release(
        tmp_path,
        monkeypatch,
        '    with op.batch_alter_table("measure", recreate="always") as batch:\n'
        '        batch.add_column(sa.Column("note", sa.Text(), nullable=True))\n'
        '    with op.batch_alter_table("executive_body", recreate="always") as batch:\n'
        '        batch.add_column(sa.Column("note", sa.Text(), nullable=True))\n',
    )
    store = open_store(url)
    try:
        assert store.schema_revision == database.schema_head()
        with store.engine.connect() as c:  # foreign keys are on again for the store's own work
            assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        store.close()
    assert dump(url, tables) == before


def test_a_migration_leaving_rows_that_point_at_nothing_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    url = f"sqlite:///{path}"
    store_at(url, "0002", ROWS_0002)
    open_store(url).close()
    before = dump(url, DUMP)
    newer_release(
        tmp_path,
        monkeypatch,
        '    op.add_column("setting", sa.Column("note", sa.Text(), nullable=True))\n'
        '    op.execute("INSERT INTO execution (id, measure_id, period_id, text, source, updated_at) "\n'
        "               \"VALUES (99, 'no-such-measure', 1, 'x', 'import', '2023-10-01 10:00:00')\")\n",
    )
    with pytest.raises(StoreError) as refused:
        open_store(url)
    message = str(refused.value)
    assert "refer to rows that do not exist" in message and "not changed" in message, message
    assert "INSERT" not in message and "Error:" not in message
    assert revision_of(url) == SCHEMA_HEAD
    assert dump(url, DUMP) == before
    with sqlite3.connect(path) as c:
        assert "note" not in [row[1] for row in c.execute("PRAGMA table_info(setting)")]
