"""Файл → Імпортувати звіт… / Імпортувати програму… in the coordinator's window (issue 13), driven through the
window: the real report into a new store (the dialog's figures are the command line's --json), an amendment
checked (its plan, nothing changed) and applied on Apply, an uncertain matching confirmed in the dialog, a
report that follows an amended programme refused in the dialog, a broken file's message, nothing changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QTextCursor, QTextTable
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.cli.test_import_programme import programme_of
from tests.exchange.util import ok, where
from tests.helpers import dump_store
from tests.programme_files import write_programme
from tests.services.test_amendment import amend
from zhdesk.gui.app import attach_panels
from zhdesk.gui.duplicates_dialog import DuplicatesDialog
from zhdesk.gui.import_decisions import Matching
from zhdesk.gui.import_dialogs import ImportDialog
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.importing.readers import read_report
from zhdesk.storage.database import open_store


def open_window(qtbot: QtBot, store_url: str) -> MainWindow:
    """The coordinator's window on the store at ``store_url`` (SQLite or PostgreSQL), its menus built."""
    quick = Path(store_url.removeprefix("sqlite:///")) if store_url.startswith("sqlite") else None
    window = MainWindow(lambda: open_store(store_url), Runner(), quick_path=quick)
    attach_panels(window, coordinator=True)
    qtbot.addWidget(window, before_close_func=lambda _w: settle(qtbot, window))
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "historyDock") is not None, timeout=10000)
    return window


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Every job of the window's runner reported back (the panels' reloads after an import), and a moment
    for what they start in turn: the window is not closed under them."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not window.runner.jobs, timeout=30000)
        qtbot.wait(100)


def start_import(qtbot: QtBot, window: MainWindow, action: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    found = window.findChild(QAction, action)
    assert isinstance(found, QAction) and found in window.file_menu.actions()
    found.trigger()


def import_dialog(qtbot: QtBot) -> ImportDialog:
    found: list[ImportDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=30000)
    return found[0]


def run_and_wait(qtbot: QtBot, dialog: ImportDialog, until: Any) -> None:
    assert dialog.run_button.isEnabled(), dialog.run_button.text()
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and until(dialog.outcome), timeout=60000)


def repair_rows(dialog: ImportDialog) -> list[tuple[str, str]]:
    """The repairs tab's table as shown: (where, what) under its header row."""
    frames = dialog.repairs.document().rootFrame().childFrames()
    table = next(frame for frame in frames if isinstance(frame, QTextTable))
    cells = [[table.cellAt(r, c).firstCursorPosition() for c in range(2)] for r in range(table.rows())]
    texts = []
    for place, what in cells[1:]:
        place.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        what.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        texts.append((place.selectedText().replace("\xa0", " "), what.selectedText()))
    return texts


def shown_figures(dialog: ImportDialog) -> str:
    return " ".join(dialog.summary.toPlainText().split())


def test_the_real_report_is_imported_into_a_new_store_with_the_command_lines_figures(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = ok("--db", tmp_path / "cli.sqlite3", "import-report", real_report, "--period", "2023-9M", "--json")
    figures = expected.json()
    assert isinstance(figures, dict)
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    open_store(url).close()  # a new, empty store
    window = open_window(qtbot, url)
    assert window.period is None
    start_import(qtbot, window, "importReportAction", real_report, monkeypatch)
    dialog = import_dialog(qtbot)
    assert dialog.period_combo.currentData() == "2023-9M"  # from the file's title
    assert dialog.period_combo.currentText() == "за 9 місяців 2023 року"
    assert dialog.run_button.text() == "Імпортувати"
    repairs = repair_rows(dialog)
    assert len(repairs) == len(figures["repairs"]) == 25  # every repair, with its line
    assert repairs[0][0] == "рядок 8" and repairs[0][1].startswith("назву пріоритету «Пріоритет")
    shifted = (
        "у рядку 5 клітинок замість 6: бракувало першої порожньої клітинки, і всі стовпці зсунулися ліворуч; "
        "стовпці відновлено"
    )
    assert [where for where, what in repairs if what == shifted] == [f"рядок {n}" for n in range(148, 153)]
    assert ("рядок 23, стовпець 2", "заголовок «Освіта» стояв у стовпці 2; прочитано як рядок на всю ширину") in repairs

    run_and_wait(qtbot, dialog, lambda outcome: outcome.written)
    text = shown_figures(dialog)
    assert "Імпортовано за 9 місяців 2023 року." in text
    assert f"Заходів у файлі: {len(figures['measures'])}" in text  # type: ignore[arg-type]
    assert f"додано: {figures['counts']['added']}" in text  # type: ignore[index]
    assert f"Виправлення: {len(figures['repairs'])}" in text
    assert f"Нові виконавчі органи: {len(figures['new_bodies'])}" in text
    assert f"Можливі дублікати органів: {len(figures['suspected_duplicates'])}" in text
    assert "заходів: 173" in text and "текстів виконання: 172" in text
    assert dialog.new_bodies.count() == 72 and dialog.duplicates.count() == 11
    assert "Департамент освіти" in dialog.duplicates.item(0).text()  # both full names, not only the codes
    assert (
        dialog.tabs.tabText(2) == "Виправлення (25)" and dialog.tabs.tabText(3) == "Органи (нових 72, дублікатів? 11)"
    )
    assert not dialog.run_button.isVisible()
    qtbot.waitUntil(lambda: window.period is not None and window.period.code == "2023-9M", timeout=20000)
    qtbot.waitUntil(lambda: len(window.rows) == 173, timeout=20000)

    # the suspected duplicates, from the import dialog: merged there, the list here follows
    dialog.tabs.setCurrentWidget(dialog.bodies)
    dialog.duplicates_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(DuplicatesDialog) is not None, timeout=10000)
    duplicates = dialog.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: duplicates.loaded and len(duplicates.pairs) == 11, timeout=20000)
    assert duplicates.isVisible()
    duplicates.pairs[0].merge_button.click()
    qtbot.waitUntil(lambda: dialog.duplicates.count() == 10, timeout=20000)
    duplicates.close()

    # the same store holds what the command line's import makes
    cli = ok("--db", tmp_path / "cli.sqlite3", "measures", "--period", "2023-9M", "--json").json()
    ours = ok("--db", tmp_path / "new.sqlite3", "measures", "--period", "2023-9M", "--json").json()
    assert isinstance(cli, list) and isinstance(ours, list)
    assert [(m["id"], m["execution"]) for m in ours] == [(m["id"], m["execution"]) for m in cli]


@pytest.mark.parametrize("fmt", ["xlsx"])
def test_an_amendment_shows_its_plan_changes_nothing_and_applies_on_apply(
    qtbot: QtBot, store_url: str, real_report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    amended = programme_of(real_report)
    done = amend(amended, (0, 0), (3, 0, len(amended.sectors[3].tasks[0].measures) - 1))
    path = write_programme(amended, tmp_path / f"amendment.{fmt}", fmt=fmt, year=2023)
    plan = ok(*db, "import-programme", path, "--year", "2023", "--dry-run", "--json").json()
    assert isinstance(plan, dict)
    window = open_window(qtbot, store_url)
    before = dump_store(store_url)

    start_import(qtbot, window, "importProgrammeAction", path, monkeypatch)
    dialog = import_dialog(qtbot)
    assert dialog.year_spin.value() == 2023 and dialog.year_spin.maximum() == 2023  # the title's year
    assert dialog.run_button.text() == "Перевірити"
    run_and_wait(qtbot, dialog, lambda outcome: outcome.dry_run)
    assert dump_store(store_url) == before  # a dry run: nothing changed
    text = shown_figures(dialog)
    assert "нічого ще не змінено" in text
    counts: dict[str, int] = plan["counts"]  # type: ignore[assignment]
    assert f"додано: {counts['added']}" in text and f"перенумеровано: {counts['renumbered']}" in text
    assert f"переформульовано: {counts['re-worded']}" in text
    assert f"виключено: {len(plan['not_in_file'])}" in text  # type: ignore[arg-type]
    assert "Додано (1)" in text and "Переформульовано (1)" in text
    assert f"Напрям — перейменовано: {done['renamed']} → {done['new_name']}" in text
    assert "Виключено, не входять до звітів з 2023-Y; тексти та історію збережено (1)" in text
    assert dialog.run_button.text() == "Застосувати"
    dialog.close_button.click()  # closed without applying: still nothing changed
    assert dump_store(store_url) == before

    start_import(qtbot, window, "importProgrammeAction", path, monkeypatch)
    dialog = import_dialog(qtbot)
    run_and_wait(qtbot, dialog, lambda outcome: outcome.dry_run)
    assert dump_store(store_url) == before
    run_and_wait(qtbot, dialog, lambda outcome: outcome.written)
    assert "Застосовано до програми 2023 року." in shown_figures(dialog)
    assert dump_store(store_url) != before
    retired = ok(*db, "measures", "--period", "2023-Y", "--retired", "--json").json()
    assert [r["id"] for r in retired] == [plan["not_in_file"][0]["id"]]  # type: ignore[index, union-attr]
    again = ok(*db, "import-programme", path, "--year", "2023")
    assert "nothing changed" in again.out


def test_an_uncertain_matching_is_confirmed_in_the_dialog(
    qtbot: QtBot, store_url: str, real_report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    amended = programme_of(real_report)
    target = amended.sectors[0].tasks[0].measures[0]
    words = target.text.split()
    target.text = " ".join([*words[: max(3, len(words) // 2)], "інакше", "сформульоване", "завдання", "року"])
    path = write_programme(amended, tmp_path / "amendment.txt", year=2023)
    stored_id = ok(*db, "measures", "--period", "2023-9M", "--json").json()[0]["id"]  # type: ignore[index]
    window = open_window(qtbot, store_url)
    before = dump_store(store_url)
    start_import(qtbot, window, "importProgrammeAction", path, monkeypatch)
    dialog = import_dialog(qtbot)
    run_and_wait(qtbot, dialog, lambda outcome: outcome.dry_run)
    assert dialog.tabs.currentWidget() is dialog.decisions and dialog.tabs.tabText(1) == "Невизначені (1)"
    matchings = dialog.decisions.findChildren(Matching)
    assert len(matchings) == 1 and matchings[0].stored_id == stored_id
    assert not dialog.run_button.isEnabled()  # an answer is missing
    matchings[0].same.click()
    assert dialog.run_button.isEnabled()
    assert dump_store(store_url) == before
    run_and_wait(qtbot, dialog, lambda outcome: outcome.written)
    assert "переформульовано: 1" in shown_figures(dialog)
    rows = ok(*db, "measures", "--period", "2023-9M", "--json").json()
    assert rows[0]["id"] == stored_id and rows[0]["text"] == target.text  # type: ignore[index]


def test_a_broken_file_says_where_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    url = f"sqlite:///{db}"
    lines = real_report.read_text(encoding="utf-8").split("\n")
    lines[29] = lines[29].replace(" ", "\x01", 1)
    broken = tmp_path / "broken.txt"
    broken.write_text("\n".join(lines), encoding="utf-8")
    window = open_window(qtbot, url)
    before = dump_store(url)
    start_import(qtbot, window, "importReportAction", broken, monkeypatch)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importFailure") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "importFailure")
    assert box.windowTitle() == "Файл не імпортовано"
    assert box.text().splitlines()[0] == "broken.txt не імпортовано; нічого не змінено."
    assert "Де: рядок 30, стовпець " in box.text() and "Що не так: керівний символ у тексті" in box.text()
    assert "Traceback" not in box.text() and "line" not in box.text()
    box.close()
    assert dump_store(url) == before


def test_a_report_of_an_amended_programme_is_refused_in_the_dialog(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    url = f"sqlite:///{db}"
    amended = read_report(real_report)
    amend(amended, (0, 0), (3, 0, 0))
    path = write_programme(amended, tmp_path / "next.docx", fmt="docx", six_columns=True, title=amended.title)
    window = open_window(qtbot, url)
    before = dump_store(url)
    start_import(qtbot, window, "importReportAction", path, monkeypatch)
    dialog = import_dialog(qtbot)
    assert dialog.period_combo.currentData() == "2023-9M"
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=60000)
    words = dialog.message.text()
    assert words.startswith("Файл не імпортовано; нічого не змінено.")
    assert "захід 1.2 у файлі новий, але в програмі там уже є 1.2" in words and "Імпортувати програму…" in words
    assert dump_store(url) == before and dialog.run_button.isEnabled()
