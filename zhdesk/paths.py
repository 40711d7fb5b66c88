"""Where zhdesk keeps its files: one function each, with environment overrides for tests.

What zhdesk ships (the PDF's fonts, the window's form, the Ukrainian translation, the icons, the demo
report) is package data in ``zhdesk/resources``: the files themselves in a checkout, an installed wheel and
the PyInstaller bundle, read through ``importlib.resources`` from a zip. Importing this module loads nothing else: the
command line imports it on every start.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from contextlib import ExitStack
    from importlib.resources.abc import Traversable

APP_NAME = "zhdesk"


def data_dir() -> Path:
    """The user data folder (``ZHDESK_DATA_DIR`` overrides it); created on first use."""
    override = os.environ.get("ZHDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    return data_dir() / "zhdesk.sqlite3"


def demo_store_path() -> Path:
    return data_dir() / "demo.sqlite3"


def demo_report_path() -> Path:
    return resource_file("demo", "zhytomyr-2023-9m-report.txt")


_RESOURCES = Path(__file__).with_name("resources")  # the package's own folder, when it is one (not a zip)


def resource(*parts: str) -> Traversable:
    """A shipped file, ``resource("forms", "main_window.ui")``: read it with ``read_bytes()`` or ``open()``."""
    from importlib.resources import files

    found = files("zhdesk") / "resources"
    for part in parts:
        found = found / part
    return found


_real_files: dict[tuple[str, ...], Path] = {}
_extracted: ExitStack | None = None


def resource_file(*parts: str) -> Path:
    """A shipped file by its file name, for what opens files itself (reportlab's fonts, QTranslator, QIcon):
    the file itself when the package is installed as files (a checkout, a wheel, the bundle), found beside
    this module without importlib.resources (a few milliseconds of every start); from a zip, a temporary
    copy that lives until the process exits."""
    if parts in _real_files:
        return _real_files[parts]
    if _RESOURCES.is_dir():
        path = _real_files[parts] = _RESOURCES.joinpath(*parts)
        return path
    from importlib.resources import as_file

    global _extracted
    if _extracted is None:
        import atexit
        from contextlib import ExitStack

        _extracted = ExitStack()
        atexit.register(_extracted.close)
    path = _real_files[parts] = _extracted.enter_context(as_file(resource(*parts)))
    return path
