"""Notes above the editor are kept by their source: a comment and a conflict on one measure both show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui.test_main_window import open_window, store_url  # noqa: F401 - the filled store fixture


def test_one_sources_notes_never_replace_anothers(qtbot: QtBot, store_url: str) -> None:  # noqa: F811
    window = open_window(qtbot, store_url)
    first, second = window.model.measure_ids()[:2]
    window.set_notes("comments", {first: "Зауваження координатора"})
    window.set_notes("conflicts", {first: "Текст виконавців інший", second: "Ще один конфлікт"})
    window.select_measure(first)
    assert "Зауваження координатора" in window.note_label.text()
    assert "Текст виконавців інший" in window.note_label.text()
    window.set_notes("comments", {})  # the comments answered: the conflict stays
    assert "Зауваження" not in window.note_label.text() and "Текст виконавців інший" in window.note_label.text()
    window.select_measure(second)
    assert window.note_label.text() == "Ще один конфлікт" and window.note_label.isVisibleTo(window)
    window.set_notes("conflicts", {})
    assert not window.note_label.isVisibleTo(window)
