"""The window on a store that cannot be written: it shows the report, its title says read-only, and the
editor takes no typing. (A real non-root user opening such a store: tests/cli/test_store_arguments.py.)"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def store_path(tmp_path: Path, real_report: Path) -> Path:
    path = tmp_path / "s.sqlite3"
    store = open_store(f"sqlite:///{path}")
    import_report(store, read_report(real_report), Period.parse("2023-9M"))
    store.close()
    return path


@pytest.mark.parametrize("quick", [False, True], ids=["store", "quick-first-screen"])
def test_a_read_only_store_is_shown_and_cannot_be_typed_into(qtbot: QtBot, store_path: Path, quick: bool) -> None:
    before = store_path.read_bytes()
    window = MainWindow(
        lambda: open_store(f"sqlite:///{store_path}", read_only=True),
        Runner(),
        quick_path=store_path if quick else None,
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert len(window.model.measure_ids()) == 173
    qtbot.waitUntil(lambda: window.editor.isReadOnly(), timeout=30000)  # once the store itself is open
    suffix = window.tr(" — read-only")
    assert window.windowTitle().endswith(suffix) and window.windowTitle().count(suffix) == 1
    assert window.editor.toPlainText()  # the text is there to read and copy
    window.close()
    assert store_path.read_bytes() == before


def test_a_writable_store_is_not_marked(qtbot: QtBot, store_path: Path) -> None:
    window = MainWindow(lambda: open_store(f"sqlite:///{store_path}"), Runner())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert not window.editor.isReadOnly() and "read-only" not in window.windowTitle()
    window.close()


def test_the_words_have_their_ukrainian() -> None:
    uk = runpy.run_path(str(REPO / "i18n" / "translate_uk.py"))["UK"]
    assert uk[" — read-only"] == " — лише для читання"
