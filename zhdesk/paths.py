"""Where zhdesk keeps its files: one function each, with environment overrides for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "zhdesk"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user data folder (``ZHDESK_DATA_DIR`` overrides it); created on first use."""
    override = os.environ.get("ZHDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    return data_dir() / "zhdesk.sqlite3"


def demo_store_path() -> Path:
    return data_dir() / "demo.sqlite3"


def demo_report_path() -> Path:
    return RESOURCES / "demo" / "zhytomyr-2023-9m-report.txt"


FORMS = Path(__file__).resolve().parent.parent / "forms"
