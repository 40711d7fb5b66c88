"""The card scrolls as a whole (issue 14), but a measure is shown from its top: the task, the measure's title
and the executors in view with the editor's first lines whenever they fit (the coordinator's window at
1280x800 and 1024x700, a body's window, a large text); when they do not, the title is reachable above and
the editor's cursor line is in view; typing never moves the view up and down."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_exchange_window import open_window
from tests.gui.test_main_window import type_text
from tests.gui.test_officer_header import dept, issued  # noqa: F401 - the fixtures: the stores
from zhdesk.gui.card import CardScroll
from zhdesk.gui.main_window import MainWindow


def in_view(scroll: CardScroll, widget: QWidget, height: int | None = None) -> bool:
    """``widget`` (its top ``height`` pixels, or all of it) inside the scroll area's viewport."""
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    if height is not None:
        rect.setHeight(min(height, widget.height()))
    return viewport.rect().contains(rect)


def shown(qtbot: QtBot, window: MainWindow, measure_id: str) -> CardScroll:
    window.select_measure(measure_id)
    qtbot.waitUntil(lambda: window.current == measure_id and window.editor.isEnabled(), timeout=10000)
    qtbot.wait(100)  # the turns after it: the focus, the layout, the deferred scrolls
    scroll = window.findChild(CardScroll, "cardScroll")
    assert scroll is not None
    return scroll


def first_lines(window: MainWindow) -> int:
    return window.editor.fontMetrics().lineSpacing() * 2 + 8


def cursor_in_view(window: MainWindow, scroll: CardScroll) -> bool:
    cursor = window.editor.cursorRect()
    top = window.editor.viewport().mapTo(scroll.viewport(), cursor.topLeft()).y()
    return top >= 0 and top + cursor.height() <= scroll.viewport().height()


def check_top(window: MainWindow, scroll: CardScroll) -> None:
    """From the top when the card down to the editor's first lines fits (at the default font it does, at
    1280x800 and 1024x700); when it does not (QT_FONT_DPI=144: run this file with it too), the title in view
    unless the editor has the focus, and then the cursor's line, the title reachable above."""
    bar = scroll.verticalScrollBar()
    fits = window.editor.mapTo(scroll.widget(), QPoint(0, 0)).y() + first_lines(window) <= scroll.viewport().height()
    if not fits:
        assert os.environ.get("QT_FONT_DPI"), (window.size(), scroll.viewport().size())
        if window.editor.hasFocus():
            assert cursor_in_view(window, scroll)
            bar.setValue(0)
        assert bar.value() == 0, bar.value()
        assert in_view(scroll, window.measure_label, 20)
        return
    assert bar.value() == 0, bar.value()
    for label in (window.card.task_label, window.measure_label, window.card.executors_label):
        assert in_view(scroll, label), label.objectName()
    assert in_view(scroll, window.editor, first_lines(window))


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_coordinators_card_shows_the_measure_from_its_top(
    qtbot: QtBot,
    issued: dict,  # noqa: F811
    tmp_path: Path,
    size: tuple[int, int],
) -> None:
    coordinator = tmp_path / "coordinator.sqlite3"
    shutil.copy(issued["coordinator"], coordinator)
    window = open_window(qtbot, coordinator)
    window.resize(*size)
    ids = window.model.measure_ids()
    for measure_id in (ids[5], ids[40], ids[0]):
        check_top(window, shown(qtbot, window, measure_id))
    window.close()
    QApplication.processEvents()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_a_bodys_card_shows_the_measure_from_its_top_and_typing_keeps_it(
    qtbot: QtBot,
    issued: dict,  # noqa: F811
    dept: Path,  # noqa: F811
    size: tuple[int, int],
) -> None:
    window = open_window(qtbot, dept, body=issued["lead"])
    window.resize(*size)
    ids = window.model.measure_ids()
    scroll = shown(qtbot, window, ids[3])
    check_top(window, scroll)
    window.editor.setFocus()
    qtbot.wait(50)
    start = scroll.verticalScrollBar().value()
    if not os.environ.get("QT_FONT_DPI"):
        assert start == 0  # the focus does not scroll the title away
    values = []
    for _ in range(6):
        type_text(window.editor, "Слово ")
        QApplication.processEvents()
        values.append(scroll.verticalScrollBar().value())
    assert values == [start] * 6, values  # typing never moves the view
    window.close()
    QApplication.processEvents()


def test_a_large_text_scrolls_to_the_cursor_with_the_title_reachable(
    qtbot: QtBot,
    issued: dict,  # noqa: F811
    dept: Path,  # noqa: F811
) -> None:
    """The card too high for the window: it may scroll, but the editor's cursor line is in view, the view
    never goes back and forth as the officer types, and scrolling up reaches the title."""
    window = open_window(qtbot, dept, body=issued["lead"])
    window.resize(1024, 560)
    window.card.text_size.set_size(24, remember=False)
    ids = window.model.measure_ids()
    scroll = shown(qtbot, window, ids[3])
    window.editor.setFocus()
    qtbot.wait(50)
    bar = scroll.verticalScrollBar()
    values = []
    for _ in range(40):
        type_text(window.editor, "Слово ")
        QApplication.processEvents()
        values.append(bar.value())
        assert cursor_in_view(window, scroll), values
    assert values == sorted(values), values  # it only follows the text down, never jumps up
    bar.setValue(0)
    assert in_view(scroll, window.measure_label, 20)
    window.close()
    QApplication.processEvents()
