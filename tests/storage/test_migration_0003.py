"""Schema 0003 (the programme's life cycle): an existing store keeps its ids and rows, history outlives deletes."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from zhdesk.storage import database
from zhdesk.storage.database import open_store
from zhdesk.storage.models import Base

ROWS = [
    "INSERT INTO programme (id, year, title) VALUES (1, 2023, 'Програма')",
    "INSERT INTO priority VALUES (1, 1, 1, 'Пріоритет \"Ефективне місто\"', '')",
    "INSERT INTO sector VALUES (1, 1, 1, 'Освіта')",
    "INSERT INTO task VALUES (1, 1, 1, '1', 'Завдання')",
    "INSERT INTO measure VALUES ('kept-id-1', 1, 1, '1.1', 'Захід один', 'УО', '')",
    "INSERT INTO measure VALUES ('kept-id-2', 1, 2, '1.2', 'Захід два', 'УО', '')",
    "INSERT INTO executive_body (id, code, name, head_position, head_name) VALUES (1, 'UO', 'УО', '', '')",
    "INSERT INTO measure_executor VALUES ('kept-id-1', 1, 1, true)",
    "INSERT INTO reporting_period VALUES (1, '2023-9M', 2023, '9M', '2023-09-30')",
    "INSERT INTO execution (id, measure_id, period_id, text, source, updated_at) "
    "VALUES (1, 'kept-id-1', 1, 'Виконано.', 'import', '2023-10-01 10:00:00')",
    "INSERT INTO execution_part (id, measure_id, period_id, body_id, text, updated_at) "
    "VALUES (1, 'kept-id-1', 1, 1, 'Частина.', '2023-10-01 10:00:00')",
    "INSERT INTO execution_change (id, measure_id, period_id, body_id, old_text, new_text, changed_at, changed_by, "
    "source) VALUES (1, 'kept-id-1', 1, NULL, '', 'Виконано.', '2023-10-01 10:00:00', 'ktos', 'import')",
]


def _store_at_0002(url: str) -> None:
    from alembic import command

    engine = create_engine(url)
    config = database._alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
            for statement in ROWS:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_an_existing_store_keeps_its_ids_and_rows(store_url: str) -> None:
    _store_at_0002(store_url)
    store = open_store(store_url)
    try:
        assert store.schema_revision == database.SCHEMA_HEAD
        with store.engine.connect() as c:
            assert c.execute(text("SELECT id, no, retired_at, previous_id FROM measure ORDER BY id")).all() == [
                ("kept-id-1", "1.1", None, None),
                ("kept-id-2", "1.2", None, None),
            ]
            assert c.execute(text("SELECT measure_id, text FROM execution")).all() == [("kept-id-1", "Виконано.")]
            assert c.execute(text("SELECT measure_id, text FROM execution_part")).all() == [("kept-id-1", "Частина.")]
            assert c.execute(text("SELECT count(*) FROM execution_change")).scalar() == 1
            assert c.execute(text("SELECT count(*) FROM programme_change")).scalar() == 0
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("measure")}
        assert {"uq_measure_live_no", "ix_measure_previous_id", "ix_measure_task_id"} <= indexes
        # the audit history outlives what it mentions: deleting a measure with history is refused
        with pytest.raises(IntegrityError), store.engine.begin() as c:
            c.execute(text("DELETE FROM execution WHERE measure_id = 'kept-id-1'"))
            c.execute(text("DELETE FROM execution_part WHERE measure_id = 'kept-id-1'"))
            c.execute(text("DELETE FROM measure_executor WHERE measure_id = 'kept-id-1'"))
            c.execute(text("DELETE FROM measure WHERE id = 'kept-id-1'"))
        # two live measures cannot share a number in a task; a retired one can keep its old number
        with pytest.raises(IntegrityError), store.engine.begin() as c:
            c.execute(text("UPDATE measure SET no = '1.1' WHERE id = 'kept-id-2'"))
        with store.engine.begin() as c:
            c.execute(text("UPDATE measure SET retired_at = '2023-11-01 00:00:00' WHERE id = 'kept-id-1'"))
            c.execute(text("UPDATE measure SET no = '1.1' WHERE id = 'kept-id-2'"))
    finally:
        store.close()


def test_the_migrations_build_exactly_the_models_schema(store_url: str) -> None:
    store = open_store(store_url)
    try:
        with store.engine.connect() as c:
            context = MigrationContext.configure(c, opts={"compare_type": True})
            differences = [d for d in compare_metadata(context, Base.metadata) if not _sqlite_fk_noise(d, c)]
        assert differences == []
    finally:
        store.close()


def _sqlite_fk_noise(difference: object, connection: object) -> bool:
    """SQLite cannot name a foreign key added with ADD COLUMN; the constraint itself is there."""
    name = getattr(connection, "dialect").name  # noqa: B009
    return name == "sqlite" and isinstance(difference, tuple) and difference[0] in ("add_fk", "remove_fk")
