"""The card names the period its previous text comes from."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import save_execution
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store


@pytest.mark.parametrize("quick", [False, True], ids=["store", "quick-first-screen"])
def test_the_card_names_the_previous_period(qtbot: QtBot, tmp_path: Path, real_report: Path, quick: bool) -> None:
    path = tmp_path / "s.sqlite3"
    store = open_store(f"sqlite:///{path}")
    import_report(store, read_report(real_report), Period.parse("2023-9M"))
    with store.reading() as session:
        rows = list_measures(session, Period.parse("2023-9M"))
    empty = next(row for row in rows if not row.execution)
    with store.transaction() as session:  # the year's report is begun: the window opens on it
        save_execution(session, rows[0].id, Period.parse("2023-Y"), "Річний текст.")
    store.close()
    window = MainWindow(lambda: open_store(f"sqlite:///{path}"), Runner(), quick_path=path if quick else None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert window.period_combo.currentData() == "2023-Y"
    assert window.current == rows[0].id
    assert window.previous_title.text() == "Попередній період: за 9 місяців 2023 року"
    assert window.previous_text.toPlainText() == rows[0].execution
    assert window.copy_button.isEnabled()
    window.navigator.setCurrentIndex(window.model.index_of(empty.id))
    assert window.current == empty.id
    assert window.previous_title.text() == "Попередній період:"
    assert window.previous_text.toPlainText() == "" and not window.copy_button.isEnabled()
    window.close()
