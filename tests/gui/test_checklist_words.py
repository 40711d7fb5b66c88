"""The checklist before export words a text's error in the window's language (issue 14): English in the English
window, the Ukrainian message exactly as before in the Ukrainian one."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.language_walk import CYRILLIC
from tests.gui.test_checklist import PERIOD, shown_checklist, year  # noqa: F401 - the fixture
from tests.gui.test_exchange_window import open_window
from tests.gui.test_languages import english  # noqa: F401 - the fixture
from zhdesk.gui.checklist import ChecklistDialog
from zhdesk.periods import Period
from zhdesk.services.checklist import check_report_in
from zhdesk.storage.database import open_store


def error_line(qtbot: QtBot, db: Path) -> tuple[str, str, str]:
    """The checklist's error line and its tooltip, and the service's Ukrainian message."""
    store = open_store(f"sqlite:///{db}")
    try:
        expected = check_report_in(store, Period.parse(PERIOD)).errors[0].message
    finally:
        store.close()
    window = open_window(qtbot, db)
    assert window.printing is not None
    window.printing.export_action.trigger()
    dialog = shown_checklist(qtbot, window)
    assert isinstance(dialog, ChecklistDialog)
    item = dialog.measure_items("errors")[0]
    said = item.text(0), item.toolTip(0)
    dialog.reject()
    window.close()
    return *said, expected


def test_the_checklists_error_in_english(qtbot: QtBot, year: dict, english: None) -> None:  # noqa: F811
    text, tip, ukrainian = error_line(qtbot, year["db"])
    assert text.startswith("Measure ") and tip == text
    words = text.split("): ", 1)[1]  # after the measure's number and sector (the store's data)
    assert not CYRILLIC.search(words) and text != ukrainian


def test_the_checklists_error_in_ukrainian_as_before(qtbot: QtBot, year: dict) -> None:  # noqa: F811
    text, tip, ukrainian = error_line(qtbot, year["db"])
    assert text == tip == ukrainian and text.startswith("Захід ")
