"""A store opened at start is one of the recent stores (issue 13): `zhdesk --db PATH`, the default store on a
first start (the start page), first in the list, once (the File menu's Останні сховища reads that list). The window
started as the coordinator starts it (a fresh process, offscreen, its own settings folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from zhdesk.services.stores import file_url, recent_entry, without_password
from zhdesk.storage.database import open_store

REPO = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, config: str, *args: str | Path) -> str:
    """The window started with ``args`` and closed once ready; what it printed."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / config),
        "ZHDESK_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("ZHDESK_DB_URL", None)
    done = subprocess.run(
        [sys.executable, "main.py", *map(str, args), "--exit-when-ready"],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
        check=True,
        cwd=REPO,
    )
    return done.stdout


def remembered(tmp_path: Path, config: str) -> tuple[list[str], str]:
    """The recent stores and the last store, as the started window left them in its settings file."""
    settings = QSettings(str(tmp_path / config / "zhdesk" / "zhdesk.conf"), QSettings.Format.IniFormat)
    value = settings.value("store/recent", [])
    recent = [value] if isinstance(value, str) else [str(v) for v in value or []]
    return recent, str(settings.value("store/last", ""))


def made(path: Path) -> str:
    open_store(file_url(path), create=True).close()  # an empty store: the start page
    return file_url(path).render_as_string()


def test_stores_opened_at_start_are_recent(tmp_path: Path) -> None:
    first, second = made(tmp_path / "перше.sqlite3"), made(tmp_path / "друге.sqlite3")
    start(tmp_path, "config", "--db", tmp_path / "перше.sqlite3")
    assert remembered(tmp_path, "config") == ([first], first)
    start(tmp_path, "config", "--db", tmp_path / "друге.sqlite3")
    assert remembered(tmp_path, "config") == ([second, first], second)
    start(tmp_path, "config", "--db", tmp_path / "перше.sqlite3")
    assert remembered(tmp_path, "config") == ([first, second], first)  # first, once
    start(tmp_path, "config")  # no store named: the last one, still first
    assert remembered(tmp_path, "config") == ([first, second], first)

    # a first start: the default store is made, shown with its start page, and remembered
    start(tmp_path, "fresh")
    default = file_url(tmp_path / "data" / "zhdesk.sqlite3").render_as_string()
    assert (tmp_path / "data" / "zhdesk.sqlite3").is_file()
    assert remembered(tmp_path, "fresh") == ([default], default)


def test_recent_entries_are_absolute_and_without_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert recent_entry("sqlite:///relative.sqlite3") == f"sqlite:///{tmp_path / 'relative.sqlite3'}"
    assert recent_entry(file_url(tmp_path / "a.sqlite3")) == file_url(tmp_path / "a.sqlite3").render_as_string()
    server = "postgresql+psycopg://olena:таємниця@server:5432/zhdesk?password=ще"
    assert recent_entry(server) == without_password(server) == "postgresql+psycopg://olena@server:5432/zhdesk"
