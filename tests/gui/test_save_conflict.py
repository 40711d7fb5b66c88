"""Two windows on one store (or a window and the command line): the later save never silently
overwrites; the window shows both texts in the card's note and the officer chooses (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.test_main_window import type_text
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import enter_text
from zhdesk.services.history import measure_history
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store

P9M = Period.parse("2023-9M")


@pytest.fixture
def filled(store_url: str, real_report: Path) -> str:
    """The real report in a new store, on SQLite and on PostgreSQL."""
    store = open_store(store_url)
    import_report(store, read_report(real_report), P9M)
    store.close()
    return store_url


def _window(qtbot: QtBot, url: str) -> MainWindow:
    window = MainWindow(lambda: open_store(url), Runner(), store_key=url)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    return window


def _stored(url: str, measure_id: str) -> tuple[str, list[tuple[str, str]]]:
    store = open_store(url)
    try:
        with store.reading() as session:
            text = next(r.execution for r in list_measures(session, P9M) if r.id == measure_id)
            history = [(h.old, h.new) for h in measure_history(session, measure_id)]
    finally:
        store.close()
    return text, history


def test_the_later_window_sees_both_texts_and_keeps_its_own(qtbot: QtBot, filled: str) -> None:
    first, second = _window(qtbot, filled), _window(qtbot, filled)
    measure_id = first.current
    assert measure_id is not None and second.current == measure_id
    with qtbot.waitSignal(second.saved, timeout=15000):
        type_text(second.editor, "Друге вікно. ")
        second.flush()
    with qtbot.waitSignal(first.autosave.conflicted, timeout=15000):
        type_text(first.editor, "Перше вікно. ")
        first.flush()
    stored, _history = _stored(filled, measure_id)
    assert stored.startswith("Друге вікно. ")  # nothing was overwritten
    note = first.note_label.text()
    assert first.note_label.isVisibleTo(first) and "НЕ збережено" in note
    assert "Друге" in note and "Перше" in note  # both texts, word by word
    assert "НЕ збережено" in first.statusBar().currentMessage()
    with qtbot.waitSignal(first.saved, timeout=15000):
        first.note_link.emit(measure_id, "save:mine")  # "Keep my text"
    stored, history = _stored(filled, measure_id)
    assert stored.startswith("Перше вікно. ")
    # the history says what was really replaced: the second window's text, then by the first's
    assert history[-1][0].startswith("Друге вікно. ") and history[-1][1].startswith("Перше вікно. ")
    assert history[-2][1].startswith("Друге вікно. ")
    assert not first.autosave.conflicts and not first.note_label.isVisibleTo(first)
    qtbot.waitUntil(lambda: first.journal.pending(first.store_key) == [], timeout=5000)


def test_the_officer_takes_the_text_the_command_line_stored(qtbot: QtBot, filled: str) -> None:
    window = _window(qtbot, filled)
    measure_id = window.current
    assert measure_id is not None
    store = open_store(filled)
    enter_text(store, measure_id, "Внесено з командного рядка.", P9M)
    store.close()
    with qtbot.waitSignal(window.autosave.conflicted, timeout=15000):
        type_text(window.editor, "У вікні. ")
        window.flush()
    assert "командного" in window.note_label.text()
    window.note_link.emit(measure_id, "save:stored")  # "Take the stored text"
    assert window.editor.toPlainText() == "Внесено з командного рядка."
    assert window.rows[measure_id].execution == "Внесено з командного рядка."
    assert not window.note_label.isVisibleTo(window)
    window.autosave.writer.drain()
    assert window.journal.pending(window.store_key) == []
    stored, _history = _stored(filled, measure_id)
    assert stored == "Внесено з командного рядка."
    # typing on from there saves normally
    with qtbot.waitSignal(window.saved, timeout=15000):
        type_text(window.editor, "Далі. ")
        window.flush()
    assert _stored(filled, measure_id)[0] == "Далі. Внесено з командного рядка."
