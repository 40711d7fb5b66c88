"""The window is real: it opens the store off the UI thread and lists every measure of the report."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from zhdesk.gui.main_window import ID_ROLE, MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.demo import open_demo_store
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store


def _measure_items(window: MainWindow) -> list[str]:
    model = window.model
    found = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(ID_ROLE):
                found.append(index.data(ID_ROLE))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_window_lists_the_real_report(qtbot: QtBot, tmp_path: Path, real_report: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    store = open_store(url)
    import_report(store, read_report(real_report), Period.parse("2023-9M"))
    store.close()
    runner = Runner()
    window = MainWindow(lambda: open_store(url), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    assert len(_measure_items(window)) == 173
    assert window.model.rowCount() == 6
    assert window.period_combo.currentData() == "2023-9M"
    assert "173" in window.statusBar().currentMessage()
    assert "Підтримка розвитку малого" in window.card.toPlainText()
    window.close()


def test_demo_store_is_built_from_the_shipped_report(tmp_path: Path) -> None:
    store = open_demo_store(tmp_path / "demo.sqlite3")
    try:
        from zhdesk.services.measures import list_measures

        with store.reading() as session:
            assert len(list_measures(session, Period.parse("2023-9M"))) == 173
    finally:
        store.close()


def test_bad_store_is_reported_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    window = MainWindow(lambda: open_store(f"sqlite:///{junk}"), Runner())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    assert "not a zhdesk store" in window.statusBar().currentMessage()
    window.close()
