"""The window is real: it opens the store off the UI thread, lists every measure, and what is typed
reaches the store without a Save button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.navigator_model import ID_ROLE, NavigatorModel
from zhdesk.gui.runner import Runner
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.demo import open_demo_store
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store

P9M = Period.parse("2023-9M")


@pytest.fixture
def store_url(tmp_path: Path, real_report: Path) -> str:
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    store = open_store(url)
    import_report(store, read_report(real_report), P9M)
    store.close()
    return url


def type_text(widget: QWidget, text: str) -> None:
    """Real key events, one per character (QTest.keyClicks only takes ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_window(qtbot: QtBot, url: str, *, quick: bool = False) -> MainWindow:
    quick_path = Path(url.removeprefix("sqlite:///")) if quick else None
    window = MainWindow(lambda: open_store(url), Runner(), quick_path=quick_path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    return window


def test_window_lists_the_real_report(qtbot: QtBot, store_url: str, qtmodeltester: object) -> None:
    window = open_window(qtbot, store_url)
    assert len(window.model.measure_ids()) == 173
    assert window.model.rowCount() == 6
    assert window.period_combo.currentData() == "2023-9M"
    assert window.progress.text() == "Заповнено 172 з 173"
    assert "Інформаційна та ресурсна підтримка" in window.measure_label.text()
    assert window.editor.toPlainText().startswith("На офіційному сайті")
    assert window.problems_tree.topLevelItemCount() == 3
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    window.close()


@pytest.mark.parametrize("quick", [False, True], ids=["store", "quick-first-screen"])
def test_typing_is_saved_and_survives_reopening(qtbot: QtBot, store_url: str, quick: bool) -> None:
    window = open_window(qtbot, store_url, quick=quick)
    if quick:  # the first screen came without SQLAlchemy; the store opens right after, in the background
        qtbot.waitUntil(lambda: window.store is not None, timeout=10000)
    window._next_unfilled()
    target = window.current
    assert target is not None and window.editor.toPlainText() == ""
    window.editor.setFocus()
    with qtbot.waitSignal(window.saved, timeout=10000):
        type_text(window.editor, "Розроблено проєктно-кошторисну документацію на всі вулиці.")
    assert window.statusBar().currentMessage().startswith("Збережено о ")
    assert window.progress.text() == "Заповнено 173 з 173"
    type_text(window.editor, " Ще речення")
    window.close()  # the last words are saved on close, before the debounce fires
    store = open_store(store_url)
    with store.reading() as session:
        row = next(r for r in list_measures(session, P9M) if r.id == target)
    store.close()
    assert row.execution == "Розроблено проєктно-кошторисну документацію на всі вулиці. Ще речення"


def test_search_filter_and_jump_from_problems(qtbot: QtBot, store_url: str) -> None:
    window = open_window(qtbot, store_url)
    window.search.setText("EU4Business")
    assert len(window.model.measure_ids()) == 2
    assert window.editor.highlight("EU4Business") >= 1
    window.search.clear()
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("problems"))
    assert len(window.model.measure_ids()) == 3
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("unfilled"))
    assert len(window.model.measure_ids()) == 1
    window.filter_combo.setCurrentIndex(0)
    item = window.problems_tree.topLevelItem(2).child(0)
    window._jump_to_problem(item, 0)
    assert window.current == item.data(0, ID_ROLE)
    assert "4.3" in window.measure_label.text()
    date_item = window.problems_tree.topLevelItem(1).child(0)  # «станом на 01.10.2023»: after the period's end
    window._jump_to_problem(date_item, 0)
    text = window.editor.toPlainText()
    assert text[window.editor.textCursor().position() :].startswith("01.10.2023")
    window.close()


def test_keyboard_navigation(qtbot: QtBot, store_url: str) -> None:
    window = open_window(qtbot, store_url)
    ids = window.model.measure_ids()
    assert window.current == ids[0]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == ids[1]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current == ids[0]
    window.close()


def test_paste_from_word_keeps_only_the_words(qtbot: QtBot, store_url: str) -> None:
    window = open_window(qtbot, store_url)
    window.editor.clear()
    pasted = QMimeData()
    pasted.setHtml("<p style='color:red'><b>Жирний</b>\u00a0текст</p>")
    pasted.setText("Жирний\u00a0текст\u200b\r\n\r\nДругий абзац")
    window.editor.insertFromMimeData(pasted)
    assert window.editor.toPlainText() == "Жирний текст\nДругий абзац"
    window.close()


def test_model_over_an_empty_programme(qtmodeltester: object) -> None:
    model = NavigatorModel()
    model.set_rows([], {}, lambda row: True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_demo_store_is_built_from_the_shipped_report(tmp_path: Path) -> None:
    store = open_demo_store(tmp_path / "demo.sqlite3")
    try:
        with store.reading() as session:
            assert len(list_measures(session, P9M)) == 173
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


def test_no_untranslated_string_in_the_ukrainian_window(qtbot: QtBot, store_url: str) -> None:
    import runpy

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QLabel, QLineEdit

    UK = runpy.run_path(str(Path(__file__).resolve().parents[2] / "i18n" / "translate_uk.py"))["UK"]

    window = open_window(qtbot, store_url)
    shown = [window.windowTitle(), window.statusBar().currentMessage()]
    shown += [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    shown += [w.placeholderText() for w in window.findChildren(QLineEdit)]
    shown += [w.windowTitle() for w in window.findChildren(QDockWidget)]
    shown += [c.itemText(i) for c in window.findChildren(QComboBox) for i in range(c.count())]
    shown += [a.text() for a in window.menuBar().actions()]
    shown += [w.accessibleName() for w in window.findChildren(QWidget) if w.accessibleName()]
    english = {source for source in UK if source != UK[source]}
    leftovers = [
        text
        for text in shown
        if text in english or any(source in text for source in english if "{" not in source and len(source) > 8)
    ]
    assert leftovers == []
    assert "Період:" in shown and "Усі заходи" in shown and "Заповнено 172 з 173" in shown
    window.close()


@pytest.mark.parametrize("quick", [False, True], ids=["store", "quick-first-screen"])
def test_body_window_shows_its_measures_and_saves_its_own_part(qtbot: QtBot, store_url: str, quick: bool) -> None:
    quick_path = Path(store_url.removeprefix("sqlite:///")) if quick else None
    window = MainWindow(lambda: open_store(store_url), Runner(), quick_path=quick_path, body="DER")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert len(window.model.measure_ids()) == 8
    assert window.windowTitle() == "DER — за 9 місяців 2023 року"  # the body's code until its name is read
    qtbot.waitUntil(lambda: not window.windowTitle().startswith("DER"), timeout=10000)
    assert window.windowTitle() == "Департамент економічного розвитку міської ради — за 9 місяців 2023 року"
    assert window.editor.toPlainText() == ""  # the body's own part for 9M starts empty
    assert window.previous_text.toPlainText() == ""  # no earlier period in the store
    target = window.current
    with qtbot.waitSignal(window.saved, timeout=10000):
        type_text(window.editor, "Власний текст департаменту про виконання.")
    window.close()
    store = open_store(store_url)
    with store.reading() as session:
        own = {r.id: r.execution for r in list_measures(session, P9M, "DER", own_texts=True)}
        consolidated = {r.id: r.execution for r in list_measures(session, P9M)}
    store.close()
    assert own[target] == "Власний текст департаменту про виконання."
    assert consolidated[target].startswith("На офіційному сайті")  # the published text is untouched


def test_last_store_is_remembered(tmp_path: Path, store_url: str) -> None:
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ZHDESK_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("ZHDESK_DB_URL", None)
    db = store_url.removeprefix("sqlite:///")
    first = subprocess.run(
        [sys.executable, "main.py", "--db", db, "--exit-when-ready"],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert first.stdout.strip().endswith(f"({db})")
    again = subprocess.run(
        [sys.executable, "main.py", "--exit-when-ready"],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert again.stdout.strip().endswith(f"({db})"), again.stdout


def test_a_failed_save_is_kept_and_retried_for_its_own_measure(qtbot: QtBot, store_url: str) -> None:
    from zhdesk.storage.database import StoreError

    attempts = {"n": 0}

    def flaky_open():  # type: ignore[no-untyped-def]
        attempts["n"] += 1
        if attempts["n"] <= 2:  # the background opening and the first save find the store unreachable
            raise StoreError("the office server does not answer")
        return open_store(store_url)

    window = MainWindow(flaky_open, Runner(), quick_path=Path(store_url.removeprefix("sqlite:///")))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    window._next_unfilled()
    first = window.current
    type_text(window.editor, "Текст, який не можна загубити.")
    window.flush()
    qtbot.waitUntil(lambda: "НЕ збережено" in window.statusBar().currentMessage(), timeout=10000)
    window._step(-1)  # the officer moves on before the retry
    assert window.current != first
    with qtbot.waitSignal(window.saved, timeout=10000):
        window.flush()
    window.close()
    store = open_store(store_url)
    with store.reading() as session:
        texts = {r.id: r.execution for r in list_measures(session, P9M)}
    store.close()
    assert texts[first] == "Текст, який не можна загубити."


def test_text_typed_while_a_period_loads_is_kept(qtbot: QtBot, store_url: str) -> None:
    store = open_store(store_url)
    with store.transaction() as session:
        from zhdesk.services.entry import save_execution

        first_id = list_measures(session, P9M)[0].id
        save_execution(session, first_id, Period.parse("2023-Y"), "Річний текст для першого заходу.")
    store.close()
    window = open_window(qtbot, store_url)
    assert window.period_combo.currentData() == "2023-Y"
    window.select_measure(first_id)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " ПЕРШЕ")
    with qtbot.waitSignal(window.ready, timeout=30000):
        window._reload("2023-9M")
        assert not window.editor.isEnabled()  # nothing can be typed into a measure being replaced
    window.close()
    store = open_store(store_url)
    with store.reading() as session:
        year = {r.id: r.execution for r in list_measures(session, Period.parse("2023-Y"))}
        nine = {r.id: r.execution for r in list_measures(session, P9M)}
    store.close()
    assert year[first_id] == "Річний текст для першого заходу. ПЕРШЕ"
    assert nine[first_id].startswith("На офіційному сайті")  # the other period is untouched
    assert sum(1 for text in year.values() if text) == 1  # no empty records written elsewhere


def test_text_journaled_while_the_store_was_away_is_recovered_next_time(qtbot: QtBot, store_url: str) -> None:
    from zhdesk.storage.database import StoreError

    path = Path(store_url.removeprefix("sqlite:///"))

    def unreachable():  # type: ignore[no-untyped-def]
        raise StoreError("the office server does not answer")

    gone = MainWindow(unreachable, Runner(), quick_path=path)
    qtbot.addWidget(gone)
    with qtbot.waitSignal(gone.ready, timeout=30000):
        gone.show()
    gone._next_unfilled()
    target = gone.current
    type_text(gone.editor, "Написано, коли сервер мовчав.")
    gone.flush()
    qtbot.waitUntil(lambda: "НЕ збережено" in gone.statusBar().currentMessage(), timeout=10000)
    gone.runner.wait()
    # the process dies here: no close, no retry; only the journal on disk has the text
    gone._pending.clear()  # (so that the test's own teardown can close this window without asking)
    gone.dirty = False
    gone.autosave.journal.close()  # what its process's end does to its journal: nobody holds it any more
    again = MainWindow(lambda: open_store(store_url), Runner(), quick_path=path)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.saved, timeout=30000):
        again.show()
    assert "Відновлено текстів" in again.statusBar().currentMessage() or again.rows[target].execution
    assert again.rows[target].execution == "Написано, коли сервер мовчав."
    again.close()
    store = open_store(store_url)
    with store.reading() as session:
        texts = {r.id: r.execution for r in list_measures(session, P9M)}
    store.close()
    assert texts[target] == "Написано, коли сервер мовчав."
    assert again.journal.pending(again.store_key) == []
