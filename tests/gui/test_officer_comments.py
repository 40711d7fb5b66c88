"""The coordinator's comments in the officer's window (issue 14): a mark (✎) and a filter («З зауваженнями»)
in the navigator, a row of their own in the Problems panel, the banner above the card so that "Збережено о …"
stays in view, all gone after the resubmission that answers them; the marks' legend; the spelling warnings
a submission counts listed in the Problems panel. On a body's store opened from a returned form package."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QToolTip, QTreeWidget
from pytestqt.qtbot import QtBot

from tests.exchange.util import fill_department, ok, shared_pair
from tests.gui.test_exchange_window import open_window
from tests.gui.test_main_window import open_window as open_main_window
from tests.gui.test_main_window import (
    store_url,  # noqa: F401 - the filled store fixture
    type_text,
)
from zhdesk.gui import exchange_dialogs, navigator
from zhdesk.gui.department import Department
from zhdesk.gui.main_window import MainWindow
from zhdesk.services.department import check_submission, coordinator_comments
from zhdesk.storage.database import open_store
from zhdesk.validation.spelling import default_checker

PERIOD = "2023-Y"
COMMENT = "Вкажіть кількість об'єктів"
GENERAL = "Додайте суми"


@pytest.fixture
def returned(tmp_path: Path, real_report: Path) -> dict[str, object]:
    """A body's store whose first submission the coordinator returned: a comment on the whole of it and one
    on its second measure; the returned form package opened into the store."""
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, _other, _ = shared_pair(f"sqlite:///{coordinator}")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead)
    dept = tmp_path / f"{lead}.sqlite3"
    ok("--db", dept, "open-form", forms / f"{lead}-{PERIOD}.zhform")
    fill_department(dept, lead)
    ok("--db", dept, "submit", "-o", tmp_path / "first.zhsub")
    ok("--db", coordinator, "receive", tmp_path / "first.zhsub")
    measures = ok("--db", dept, "measures", "--period", PERIOD, "--body", lead, "--json").json()
    target = measures[1]["id"]
    back = tmp_path / "returned"
    back.mkdir()
    ok(
        "--db",
        coordinator,
        "return",
        lead,
        "--period",
        PERIOD,
        "--comment",
        GENERAL,
        "--on-measure",
        target,
        COMMENT,
        "--out",
        back,
    )
    ok("--db", dept, "open-form", back / f"{lead}-{PERIOD}.zhform")
    return {"dept": dept, "body": lead, "target": target, "tmp": tmp_path}


def panel_lines(window: MainWindow) -> list[str]:
    tree = window.findChild(QTreeWidget, "problemsTree")
    assert isinstance(tree, QTreeWidget)
    lines = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        lines.append(top.text(0))
        lines += [top.child(j).text(0) for j in range(top.childCount())]
    return lines


def shown_text(window: MainWindow, measure_id: str) -> str:
    return str(window.model.index_of(measure_id).data())


def message_room(window: MainWindow) -> int:
    """The width the status bar leaves its message: its own, less its permanent widgets' shown."""
    bar = window.statusBar()
    taken = sum(w.width() for w in bar.findChildren(QLabel) if w.isVisible() and w.parent() is bar)
    return bar.width() - taken


def test_a_comment_is_marked_filtered_listed_and_answered(
    qtbot: QtBot, returned: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    dept, body, target = returned["dept"], returned["body"], returned["target"]
    window = open_window(qtbot, dept, body=body)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: target in window.model.flagged, timeout=15000)
    assert shown_text(window, target).startswith("✓ ✎ ")  # filled, and the coordinator's comment
    tooltip = str(window.model.index_of(target).data(Qt.ItemDataRole.ToolTipRole))
    assert COMMENT in tooltip and "✎ " in tooltip and "✓ заповнено" in tooltip
    others = [m for m in window.model.measure_ids() if m != target]
    assert others and all("✎" not in shown_text(window, m) for m in others)

    labels = [window.filter_combo.itemText(i) for i in range(window.filter_combo.count())]
    assert "З зауваженнями" in labels
    window.filter_combo.setCurrentIndex(labels.index("З зауваженнями"))
    assert window.model.measure_ids() == [target]
    window._fill_problems_panel()
    lines = panel_lines(window)
    assert f"✎ Зауваження координатора: {COMMENT}" in lines
    assert lines.index(f"✎ Зауваження координатора: {COMMENT}") == 1  # first under its measure
    window.filter_combo.setCurrentIndex(0)
    window._fill_problems_panel()
    assert f"✎ Зауваження координатора: {COMMENT}" in panel_lines(window)

    banner = window.card.banner
    assert banner.isVisible() and GENERAL in banner.text()
    assert banner.parent() is not window.statusBar()
    window.select_measure(target)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Відремонтовано 12 об'єктів.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Збережено о"), timeout=15000)
    said = window.statusBar().currentMessage()
    assert banner.isVisible() and message_room(window) >= window.statusBar().fontMetrics().horizontalAdvance(said)

    saved = returned["tmp"] / "answer.zhsub"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"refused: {a}"))
    monkeypatch.setattr(exchange_dialogs, "show_file_done", lambda *_a, **_k: None)
    department = window.findChild(Department)
    assert isinstance(department, Department)
    department.submit_action.trigger()
    qtbot.waitUntil(saved.exists, timeout=15000)  # the resubmission answers the comments
    qtbot.waitUntil(lambda: not window.model.flagged and not banner.isVisible(), timeout=15000)
    assert "✎" not in shown_text(window, target)
    window._fill_problems_panel()
    assert not any(line.startswith("✎") for line in panel_lines(window))
    window.close()
    QApplication.processEvents()

    store = open_store(f"sqlite:///{dept}")  # and so they stay, after a restart
    try:
        answered = coordinator_comments(store, body)
    finally:
        store.close()
    assert answered.general == [] and answered.on_measures == {} and answered.answered_by == 2


def test_comments_stay_until_a_submission_is_made_after_them(returned: dict) -> None:
    store = open_store(f"sqlite:///{returned['dept']}")
    try:
        comments = coordinator_comments(store, returned["body"])
    finally:
        store.close()
    assert comments.general == [GENERAL] and comments.on_measures == {returned["target"]: COMMENT}
    assert comments.answered_by is None
    ok("--db", returned["dept"], "submit", "-o", returned["tmp"] / "second.zhsub")
    store = open_store(f"sqlite:///{returned['dept']}")
    try:
        comments = coordinator_comments(store, returned["body"])
    finally:
        store.close()
    assert comments.general == [] and comments.on_measures == {} and comments.answered_by == 2


def test_the_legend_of_the_marks(qtbot: QtBot, returned: dict) -> None:
    legend = navigator.legend_text()
    for part in ("○ не заповнено", "✓ заповнено", "✗ ", "⚠ ", "✎ зауваження координатора", "⇄ "):
        assert part in legend
    window = open_window(qtbot, returned["dept"], body=returned["body"])
    assert window.filter_combo.toolTip() == legend and window.navigator.toolTip() == legend
    window.navigator.collapseAll()
    viewport = window.navigator.viewport()  # the tree's empty part, under its last row, says it too
    below = QPoint(viewport.width() // 2, viewport.height() - 2)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, below, viewport.mapToGlobal(below)))
    assert QToolTip.text() == legend
    assert window.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == legend
    first = window.model.measure_ids()[0]
    tooltip = str(window.model.index_of(first).data(Qt.ItemDataRole.ToolTipRole))
    mark = shown_text(window, first)[0]
    assert tooltip.splitlines()[1].startswith(mark + " ") and len(tooltip.splitlines()[1]) > 3
    window.close()


def test_the_spelling_warnings_a_submission_counts_are_listed(qtbot: QtBot, returned: dict) -> None:
    assert default_checker().dictionary.load()
    dept, body = returned["dept"], returned["body"]
    window = open_window(qtbot, dept, body=body)
    first = window.model.measure_ids()[0]
    window.select_measure(first)
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_text(window.editor, " Відремонтованно обєкт.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Збережено о"), timeout=15000)
    window.runner.wait()
    qtbot.waitUntil(
        lambda: (
            any("«Відремонтованно»" in line for line in panel_lines(window))
            and any("«обєкт»" in line for line in panel_lines(window))
        ),
        timeout=10000,
    )
    lines = panel_lines(window)
    spelled = [line for line in lines if "орфографічна помилка" in line]
    assert all(line.startswith("⚠ ") for line in spelled)
    after = lines[lines.index(spelled[0]) :]
    before_next = after[: next((i for i, line in enumerate(after) if line[:1] not in "✗⚠✎⇄"), len(after))]
    assert not any(line.startswith("✗") for line in before_next)  # after the measure's errors
    store = open_store(f"sqlite:///{dept}")
    try:
        check = check_submission(store)
    finally:
        store.close()
    listed = [line for line in lines if line.startswith("⚠ ")]
    assert check.warnings == len(listed) > 0  # what the submission counts is what the panel lists
    assert shown_text(window, first).startswith("⚠ ")  # the navigator marks it too
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("problems"))
    assert first in window.model.measure_ids()
    window.close()


def test_the_card_text_size_is_set_by_keys_and_menu_and_remembered(qtbot: QtBot, returned: dict) -> None:
    from PySide6.QtTest import QTest

    from zhdesk.gui.text_size import LARGEST, SMALLEST

    window = open_window(qtbot, returned["dept"], body=returned["body"])
    qtbot.waitUntil(lambda: window.card.text_size.bigger in window.view_menu.actions(), timeout=5000)
    texts = [a.text() for a in window.view_menu.actions()]
    assert {"Більший текст", "Менший текст", "Звичайний розмір"} <= set(texts)
    normal = window.editor.font().pointSize()
    window.editor.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window.editor, Qt.Key.Key_Plus, ctrl)
    QTest.keyClick(window.editor, Qt.Key.Key_Equal, ctrl)
    assert window.editor.font().pointSize() == normal + 2
    assert (
        window.measure_label.font().pointSize() == normal + 2 and window.previous_text.font().pointSize() == normal + 2
    )
    QTest.keyClick(window.editor, Qt.Key.Key_Minus, ctrl)
    assert window.editor.font().pointSize() == normal + 1
    for _ in range(40):
        QTest.keyClick(window.editor, Qt.Key.Key_Equal, ctrl)
    assert window.editor.font().pointSize() == LARGEST and not window.card.text_size.bigger.isEnabled()
    QTest.keyClick(window.editor, Qt.Key.Key_0, ctrl)
    assert window.editor.font().pointSize() == normal and not window.card.text_size.reset.isEnabled()
    for _ in range(40):
        window.card.text_size.smaller.trigger()
    assert window.editor.font().pointSize() == SMALLEST
    window.card.text_size.bigger.trigger()
    assert window.editor.toPlainText() == window.work.rows[window.current].execution  # no key went into the text
    window.close()

    again = open_window(qtbot, returned["dept"], body=returned["body"])  # remembered across restarts
    assert again.editor.font().pointSize() == SMALLEST + 1 and again.measure_label.font().pointSize() == SMALLEST + 1
    again.close()


def test_conflicts_are_marked_and_listed_after_the_comment(qtbot: QtBot, store_url: str) -> None:  # noqa: F811
    window = open_main_window(qtbot, store_url)
    first, second = window.model.measure_ids()[:2]
    window.set_notes("conflicts", {first: "<b>Виконавці надіслали</b> інший текст", second: "Ще одна розбіжність"})
    window.set_notes("comments", {first: "<b>Зауваження координатора:</b> Додайте суми."})
    assert shown_text(window, first).split()[:2][1] == "✎" and shown_text(window, second).split()[1] == "⇄"
    window._fill_problems_panel()
    lines = panel_lines(window)
    at = lines.index("✎ Зауваження координатора: Додайте суми.")
    assert lines[at + 1] == "⇄ Виконавці надіслали інший текст" and "⇄ Ще одна розбіжність" in lines
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("comments"))
    assert window.model.measure_ids() == [first, second]
    window.set_notes("conflicts", {})
    window.set_notes("comments", {})  # answered: the filter follows, nothing is marked
    assert window.model.measure_ids() == [] and not window.model.flagged


def test_the_navigators_counts_do_not_take_a_text_with_errors_as_filled(qtbot: QtBot, returned: dict) -> None:
    window = open_window(qtbot, returned["dept"], body=returned["body"])
    first = window.model.measure_ids()[0]
    task = window.model.index_of(first).parent()
    before = str(task.data())
    filled, total = before[1 : before.index(")")].split("/")
    window.select_measure(first)
    qtbot.waitUntil(window.editor.isEnabled, timeout=10000)
    window.editor.setPlainText("-")  # a placeholder: an error
    assert shown_text(window, first).startswith("✗ ")
    assert str(task.data()).startswith(f"({int(filled) - 1}/{total})")
    window.editor.setPlainText("Відремонтовано 12 об'єктів на 3,4 млн грн.")
    assert str(task.data()).startswith(f"({filled}/{total})")
    window.close()


def test_a_card_too_tall_for_the_window_scrolls_with_the_editor_in_view(qtbot: QtBot, returned: dict) -> None:
    window = open_window(qtbot, returned["dept"], body=returned["body"])
    for _ in range(8):
        window.card.text_size.bigger.trigger()  # a large text in a low window: more than the card can show
    window.resize(900, 480)
    window.select_measure(window.model.measure_ids()[1])
    window.editor.setFocus()
    scroll = window.card.scroll
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0, timeout=5000)
    QApplication.processEvents()
    lines = window.editor.fontMetrics().lineSpacing()
    assert window.editor.height() >= 5 * lines  # the editor keeps five lines
    label = window.measure_label
    assert label.height() >= label.heightForWidth(label.width())  # no text squeezed over another
    qtbot.waitUntil(lambda: window.editor.mapTo(scroll.viewport(), window.editor.rect().topLeft()).y() >= 0)
    top_left = window.editor.mapTo(scroll.viewport(), window.editor.rect().topLeft())
    bottom = top_left.y() + window.editor.height()
    assert top_left.y() >= 0 and bottom <= scroll.viewport().height()  # the whole editor in view
    assert window.card.banner.isVisible() and not scroll.isAncestorOf(window.card.banner)  # the banner stays
    window.close()
