from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.reports.model import ReportDocument
from zhdesk.services import settings
from zhdesk.services.programme_import import import_report
from zhdesk.services.report_builder import build_report_model
from zhdesk.storage.database import Store, open_store

P9M = Period.parse("2023-9M")


@pytest.fixture(scope="session")
def report_store(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('report') / 'store.sqlite3'}")
    import_report(store, read_report(real_report), P9M)
    with store.transaction() as session:
        settings.put(session, "signatory_position", "Директор департаменту економічного розвитку\nміської ради")
        settings.put(session, "signatory_name", "Вікторія Сичова")
    yield store
    store.close()


@pytest.fixture(scope="session")
def document(report_store: Store) -> ReportDocument:
    with report_store.reading() as session:
        return build_report_model(session, P9M)
