"""The programme by hand in the coordinator's window (issue 13): a measure, task, sector or priority added,
changed, moved, retired and restored from the navigator's context menu, the card in edit mode and small
dialogs, the last change undone (Ctrl+Z outside the text editor), refusals in Ukrainian, the typed text
never lost, the change in the measure's history. No command line after the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMenu, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok, where
from tests.gui.test_main_window import type_text
from zhdesk.gui.app import attach_panels
from zhdesk.gui.history_dock import HistoryDock
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.programme_card import ProgrammeCard
from zhdesk.gui.programme_dialogs import MoveDialog, RestoreDialog, RetireDialog
from zhdesk.gui.programme_editing import ProgrammeEditing
from zhdesk.gui.runner import Runner
from zhdesk.periods import Period
from zhdesk.services.history import measure_history
from zhdesk.services.measures import list_measures
from zhdesk.storage.database import open_store

P9M = Period.parse("2023-9M")


def open_coordinator(qtbot: QtBot, url: str, *, read_only: bool = False) -> MainWindow:
    window = MainWindow(lambda: open_store(url, read_only=read_only), Runner())
    attach_panels(window, coordinator=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(ProgrammeEditing) is not None, timeout=10000)
    editing = window.findChild(ProgrammeEditing)
    qtbot.waitUntil(lambda: editing.outline is not None, timeout=20000)
    window.activateWindow()
    return window


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def editing_of(window: MainWindow) -> ProgrammeEditing:
    found = window.findChild(ProgrammeEditing)
    assert isinstance(found, ProgrammeEditing)
    return found


def context_action(qtbot: QtBot, window: MainWindow, index: QModelIndex, words: str) -> None:
    """Right-click the navigator's row and choose ``words``."""
    view = window.navigator
    view.scrollTo(index)
    view.customContextMenuRequested.emit(view.visualRect(index).center())
    menus = [m for m in view.findChildren(QMenu) if m.objectName() == "programmeContextMenu" and m.isVisible()]
    assert menus, "no context menu"
    menu = menus[-1]
    texts = [a.text() for a in menu.actions()]
    action = next((a for a in menu.actions() if a.text() == words), None)
    assert action is not None, texts
    menu.close()
    action.trigger()


def dialog_of(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [d for d in QApplication.topLevelWidgets() if isinstance(d, kind) and d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def messages() -> list[str]:
    return [b.text() for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]


def close_messages() -> list[str]:
    words = []
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            words.append(box.text())
            box.accept()
    return words


def rows(url: str, period: Period = P9M) -> dict[str, object]:
    store = open_store(url)
    try:
        with store.reading() as session:
            return {row.id: row for row in list_measures(session, period)}
    finally:
        store.close()


def test_a_measure_is_edited_in_the_card_undone_and_its_history_shows_it(
    qtbot: QtBot, store_url: str, real_report: Path
) -> None:
    ok(*where(store_url), "import-report", real_report, "--period", "2023-9M")
    window = open_coordinator(qtbot, store_url)
    editing = editing_of(window)
    task_index = window.model.index(0, 0, window.model.index(0, 0, window.model.index(0, 0)))  # the first task
    first, second = window.model.index(0, 0, task_index), window.model.index(1, 0, task_index)
    measure_id, other_id = first.data(Qt.ItemDataRole.UserRole + 1), second.data(Qt.ItemDataRole.UserRole + 1)
    window.select_measure(measure_id)
    old = window.rows[measure_id]
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, " Дописано.")  # typed, not yet saved by the autosave's timer

    context_action(qtbot, window, window.model.index_of(measure_id), "Змінити захід…")
    card = window.findChild(ProgrammeCard)
    assert isinstance(card, ProgrammeCard) and card.isVisible()
    assert not window.measure_label.isVisible() and not window.navigator.isEnabled()
    assert card.inputs["no"].text() == old.no
    taken = window.rows[other_id].no
    card.inputs["no"].setText(taken)  # another measure's number: refused, nothing changed
    card.save_button.click()
    qtbot.waitUntil(lambda: card.refusal.isVisible(), timeout=20000)
    assert card.refusal.text().startswith("Програму не змінено: Номер заходу " + taken + " уже має")
    assert card.inputs["no"].text() == taken and card.isVisible()

    card.inputs["no"].setText("1.99")
    text = card.inputs["text"]
    assert isinstance(text, QPlainTextEdit)
    text.setPlainText("Новий текст заходу")
    card.inputs["executors"].setPlainText("Управління освіти, Новий партнер громади")
    card.save_button.click()
    qtbot.waitUntil(
        lambda: window.rows.get(measure_id) is not None and window.rows[measure_id].no == "1.99", timeout=20000
    )
    qtbot.waitUntil(lambda: window.current == measure_id, timeout=10000)  # stays on the edited measure
    assert not card.isVisible() and window.navigator.isEnabled() and window.measure_label.isVisible()
    assert "1.99. Новий текст заходу" in window.measure_label.text()
    assert window.rows[measure_id].execution == old.execution + " Дописано."  # the typed text kept
    qtbot.waitUntil(lambda: "новий номер 1.99" in window.statusBar().currentMessage(), timeout=10000)
    qtbot.waitUntil(lambda: any("Новий виконавчий орган: Новий партнер громади" in t for t in messages()), timeout=5000)
    close_messages()
    stored = rows(store_url)[measure_id]
    assert stored.no == "1.99" and stored.text == "Новий текст заходу" and "Новий партнер" in stored.executors
    assert stored.execution == old.execution + " Дописано."

    history = window.findChild(HistoryDock)
    assert isinstance(history, HistoryDock)
    history.show()
    qtbot.waitUntil(lambda: "перенумеровано (вручну)" in history.browser.toPlainText(), timeout=10000)
    assert "програма" in history.browser.toPlainText() and "переформульовано (вручну)" in history.browser.toPlainText()

    activate(qtbot, window)
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the editor's own undo
    QTest.qWait(300)
    assert rows(store_url)[measure_id].no == "1.99"
    window.navigator.setFocus()
    QTest.keyClick(window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.rows.get(measure_id) is not None and window.rows[measure_id].no == old.no, timeout=20000
    )
    close_messages()
    back = rows(store_url)[measure_id]
    assert (back.no, back.text, back.executors) == (old.no, old.text, old.executors)
    store = open_store(store_url)
    try:
        with store.reading() as session:
            fields = [c.field for c in measure_history(session, measure_id) if c.field]
    finally:
        store.close()
    assert fields[-6:] == ["no", "text", "executors", "no", "text", "executors"]  # the undo recorded too
    assert editing.undos == []
    window.close()


def test_add_move_retire_restore_and_undo_from_the_navigator(qtbot: QtBot, tmp_path: Path, real_report: Path) -> None:
    db = tmp_path / "c.sqlite3"
    url = f"sqlite:///{db}"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    window = open_coordinator(qtbot, url)
    editing = editing_of(window)
    model = window.model
    sector_index = model.index(0, 0, model.index(0, 0))
    before = len(model.measure_ids())

    # a new task with its first measure, after the sector's first task
    context_action(qtbot, window, model.index(0, 0, sector_index), "Нове завдання після цього…")
    card = window.findChild(ProgrammeCard)
    assert card.isVisible() and not window.editor.isEnabled()  # the text below is another measure's
    assert card.inputs["m_no"].text() == card.inputs["task_no"].text() + ".1"
    card.inputs["task_text"].setPlainText("Нове завдання з ради")
    card.inputs["m_text"].setPlainText("Новий захід у новому завданні")
    card.inputs["m_executors"].setPlainText("Управління освіти")
    card.save_button.click()
    qtbot.waitUntil(lambda: len(window.model.measure_ids()) == before + 1, timeout=20000)
    qtbot.waitUntil(
        lambda: window.current is not None and window.rows[window.current].text.startswith("Новий захід"), timeout=10000
    )
    new_id = window.current
    qtbot.waitUntil(lambda: bool(messages()), timeout=5000)
    assert "Захід 1.1" not in messages()[0] and "входить до звітів, починаючи зі звіту за 9 місяців" in messages()[0]
    close_messages()  # what the coordinator should know: from which report it counts
    assert window.rows[new_id].task == "Нове завдання з ради" and window.editor.isEnabled()
    assert list(window.model.measure_ids()).index(new_id) > 0

    # moved to the first task, at its end
    context_action(qtbot, window, model.index_of(new_id), "Перемістити захід…")
    dialog = dialog_of(qtbot, MoveDialog)
    assert isinstance(dialog, MoveDialog)
    target = dialog.target.findData(editing.paths[("measure", model.measure_ids()[0])][2].id)
    dialog.target.setCurrentIndex(target)
    assert dialog.place.currentData() is None and dialog.number.text()
    moved_no = dialog.number.text()
    dialog.accept()
    qtbot.waitUntil(lambda: window.rows.get(new_id) is not None and window.rows[new_id].no == moved_no, timeout=20000)
    assert window.rows[new_id].task == window.rows[model.measure_ids()[0]].task and window.current == new_id
    activate(qtbot, window)
    QTest.keyClick(window.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # moved back
    qtbot.waitUntil(
        lambda: window.rows.get(new_id) is not None and window.rows[new_id].task == "Нове завдання з ради",
        timeout=20000,
    )

    # retired from the period shown: it leaves the navigator, the window stays near it; undone: back
    victim = model.measure_ids()[5]
    neighbour = model.measure_ids()[6]
    context_action(qtbot, window, model.index_of(victim), "Виключити захід…")
    retire = dialog_of(qtbot, RetireDialog)
    assert isinstance(retire, RetireDialog) and retire.chosen() == "2023-9M"
    retire.accept()
    qtbot.waitUntil(lambda: victim not in window.model.by_id, timeout=20000)
    qtbot.waitUntil(lambda: window.current == neighbour, timeout=10000)
    assert victim not in rows(url)
    assert victim in rows(url, Period.parse("2023-H1"))  # the earlier reports as published

    editing.undo()  # the Undo the last change action
    qtbot.waitUntil(lambda: victim in window.model.by_id, timeout=20000)
    qtbot.waitUntil(lambda: window.current == victim, timeout=10000)

    # retired again, then brought back from Programme → Restore retired…
    context_action(qtbot, window, model.index_of(victim), "Виключити захід…")
    dialog_of(qtbot, RetireDialog).accept()
    qtbot.waitUntil(lambda: victim not in window.model.by_id, timeout=20000)
    qtbot.waitUntil(lambda: any(p[-1].retired for p in editing.paths.values()), timeout=10000)
    context_action(qtbot, window, model.index_of(neighbour), "Відновити виключене…")
    restore = dialog_of(qtbot, RestoreDialog)
    assert isinstance(restore, RestoreDialog)
    listed = [restore.list.item(r).text() for r in range(restore.list.count())]
    assert any("не входить до звітів, починаючи зі звіту за 9 місяців 2023 року" in t for t in listed), listed
    restore.list.setCurrentRow(
        next(
            r
            for r in range(restore.list.count())
            if restore.list.item(r).data(Qt.ItemDataRole.UserRole + 1)[1] == victim
        )
    )
    restore.accept()
    qtbot.waitUntil(lambda: victim in window.model.by_id, timeout=20000)
    qtbot.waitUntil(lambda: window.current == victim, timeout=10000)
    assert window.rows[victim].execution  # its text kept
    window.close()


def test_no_programme_editing_on_a_read_only_store(qtbot: QtBot, tmp_path: Path, real_report: Path) -> None:
    db = tmp_path / "r.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    before = db.read_bytes()
    window = open_coordinator(qtbot, f"sqlite:///{db}", read_only=True)
    editing = editing_of(window)
    assert not editing.writable
    editing._fill(editing.menu, window.navigator.currentIndex())
    actions = [a for a in editing.menu.actions() if a.text()]
    assert [a.text() for a in actions] == ["Сховище лише для читання: програму тут не змінити."]
    assert not actions[0].isEnabled()
    editing.undo()
    window.close()
    assert db.read_bytes() == before
    assert window.findChild(QDockWidget, "historyDock") is not None
