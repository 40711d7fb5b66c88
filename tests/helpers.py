"""Test helpers that read the store back independently of the services."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, select, text

from zhdesk.storage.models import Base


def dump_store(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered: to prove that a failed operation changed nothing."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = {}
            for table in Base.metadata.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                rows = connection.execute(select(table).order_by(*order)).all()
                tables[table.name] = [tuple(row) for row in rows]
            try:
                tables["alembic_version"] = [
                    tuple(r) for r in connection.execute(text("SELECT version_num FROM alembic_version"))
                ]
            except Exception:
                tables["alembic_version"] = []
            return tables
    finally:
        engine.dispose()


def import_as_unlinked_next_year(store: Any, report_path: Any, period: Any) -> Any:
    """The 2023 report imported as another year's programme (its title, which names 2023, dropped), with no
    measure linked to last year's: for tests that make their links themselves."""
    from sqlalchemy import update

    from zhdesk.importing.readers import read_report
    from zhdesk.services.programme_import import import_report
    from zhdesk.storage.models import Measure

    report = read_report(report_path)
    report.title = ""
    result = import_report(store, report, period)
    with store.transaction() as session:
        session.execute(
            update(Measure).where(Measure.id.in_([m.id for m in result.plan.measures])).values(previous_id=None)
        )
    return result
