"""Shared fixtures: the real report, a store on SQLite and on a real PostgreSQL server, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.pgserver import PostgresServer
from zhdesk.storage.database import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
REAL_REPORT = SHARED_DATA / "zhytomyr-2023-9m-report.txt"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHDESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("ZHDESK_DB_URL", raising=False)


@pytest.fixture(scope="session")
def real_report() -> Path:
    assert REAL_REPORT.exists(), f"the real report is missing: {REAL_REPORT} (../shared beside the repo)"
    return REAL_REPORT


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a new empty store, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()
