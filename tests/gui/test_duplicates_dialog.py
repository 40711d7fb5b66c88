"""Дублікати виконавчих органів… in the coordinator's window (issue 13): the suspected pairs with both full
names; "Об'єднати" keeps the chosen body and makes the other its alias, "Це різні" is remembered and the pair
is not suggested again, also after the dialog is opened anew. Through the window, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok, where
from tests.gui.test_import_dialogs import open_window
from zhdesk.gui.duplicates_dialog import DuplicatesDialog, PairRow


def duplicates_dialog(qtbot: QtBot, window: object) -> DuplicatesDialog:
    action = window.findChild(QAction, "duplicatesAction")  # type: ignore[attr-defined]
    assert isinstance(action, QAction) and action.text() == "Дублікати виконавчих органів…"
    settings = [a.menu() for a in window.menuBar().actions() if a.text() == "&Налаштування"]  # type: ignore[attr-defined]
    assert settings and action in settings[0].actions()
    action.trigger()
    found: list[DuplicatesDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, DuplicatesDialog) and w.isVisible()]
        return bool(found) and found[0].loaded

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def bodies(store_url: str) -> dict[str, dict[str, object]]:
    listed = ok(*where(store_url), "bodies", "--json").json()
    assert isinstance(listed, list)
    return {b["code"]: b for b in listed}


def test_merge_and_they_are_different_from_the_duplicates_dialog(
    qtbot: QtBot, store_url: str, real_report: Path
) -> None:
    imported = ok(*where(store_url), "import-report", real_report, "--period", "2023-9M", "--json").json()
    assert isinstance(imported, dict) and len(imported["suspected_duplicates"]) == 11
    names = {code: body["name"] for code, body in bodies(store_url).items()}
    window = open_window(qtbot, store_url)
    dialog = duplicates_dialog(qtbot, window)
    assert dialog.windowTitle() == "Дублікати виконавчих органів"
    assert len(dialog.pairs) == 11
    first = dialog.pairs[0]
    shown = " ".join(label.text() for label in first.findChildren(QLabel))
    assert names[first.pair.first.code] in shown and names[first.pair.second.code] in shown  # both full names
    assert first.merge_button.text() == "Об'єднати" and first.distinct_button.text() == "Це різні"

    kept, merged = first.kept_and_merged()
    first.keep_second.click() if kept == first.pair.first.code else first.keep_first.click()
    assert first.kept_and_merged() == (merged, kept)  # the coordinator chooses which name stays
    first.keep_first.click()
    kept, merged = first.kept_and_merged()
    first.merge_button.click()
    qtbot.waitUntil(lambda: dialog.loaded and len(dialog.pairs) == 10, timeout=20000)
    assert "Об'єднано" in dialog.message.text()
    after = bodies(store_url)
    assert merged not in after and names[merged] in after[kept]["aliases"]  # type: ignore[operator]

    apart = dialog.pairs[0].pair
    dialog.pairs[0].distinct_button.click()
    qtbot.waitUntil(lambda: dialog.loaded and len(dialog.pairs) == 9, timeout=20000)
    assert all(
        {row.pair.first.code, row.pair.second.code} != {apart.first.code, apart.second.code} for row in dialog.pairs
    )
    assert apart.first.code in bodies(store_url) and apart.second.code in bodies(store_url)  # both kept
    dialog.close()

    again = duplicates_dialog(qtbot, window)  # remembered: not suggested again
    assert again is not dialog and len(again.pairs) == 9
    assert all(isinstance(row, PairRow) for row in again.pairs)
