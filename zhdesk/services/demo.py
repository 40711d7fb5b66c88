"""The demo store: the real published report, imported once into the user data folder."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from zhdesk import paths
from zhdesk.periods import Period
from zhdesk.storage.database import Store, open_store, resolve_url
from zhdesk.storage.models import Measure

DEMO_PERIOD = Period(2023, "9M")


def open_demo_store(path: Path | None = None) -> Store:
    """Open the demo store, importing the shipped report first if the store is still empty."""
    store = open_store(resolve_url(str(path or paths.demo_store_path())))
    with store.reading() as session:
        count = session.scalar(select(func.count()).select_from(Measure)) or 0
    if not count:  # the readers (openpyxl, python-docx) load only when the demo store is built
        from zhdesk.importing.readers import read_report
        from zhdesk.services.programme_import import import_report

        import_report(store, read_report(paths.demo_report_path()), DEMO_PERIOD)
    return store
