"""The dashboard's own review steps (issue 13): Повернути… opens the review's return dialog (room to write in,
the chosen body alone, a comment box for each of its measures, the card's measure ready to type in), not small
input boxes; a body that sent nothing is told so; an accept from the dashboard and its undo are in the
measure's History (who, when, which submission). Through the window, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.test_review_view import answer, open_review, window  # noqa: F401 - the window fixture
from tests.services.test_review_undo import review_desk  # noqa: F401 - the fixture: two submissions, a conflict
from zhdesk.exchange.review import comments_on
from zhdesk.gui.coordinator.return_dialog import CODE_ROLE, ReturnDialog
from zhdesk.gui.coordinator.review_actions import UndoBar
from zhdesk.gui.coordinator.status_model import CODE_ROLE as CODE_ROLE_OF_BODIES
from zhdesk.gui.dashboard import Dashboard
from zhdesk.gui.history_dock import HistoryDock
from zhdesk.gui.main_window import MainWindow
from zhdesk.periods import Period
from zhdesk.services import coordinator
from zhdesk.services.review_table import review_table
from zhdesk.storage.database import open_store

PERIOD = Period.parse("2023-Y")


def dashboard_of(qtbot: QtBot, shown: MainWindow) -> Dashboard:
    dashboard = shown.findChild(Dashboard, "dashboardDock")
    assert isinstance(dashboard, Dashboard)
    dashboard.raise_()
    qtbot.waitUntil(lambda: dashboard.overview is not None, timeout=10000)
    return dashboard


def no_input_boxes() -> None:
    """Before the fix the dashboard asked in QInputDialog boxes (modal): close them, so the test fails, not hangs."""
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QInputDialog) and top.isVisible():
            top.reject()


def test_return_from_the_dashboard_in_the_return_dialog(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 - the fixture
    review_desk: dict,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = review_desk
    lead, shared = desk["lead"], desk["shared"]
    review = open_review(qtbot, window)
    dashboard = dashboard_of(qtbot, window)
    store = open_store(desk["url"])
    try:
        rows = [r for r in review_table(store, PERIOD).rows if lead in r.bodies]
        others = [r.measure_id for r in rows if r.measure_id != shared]
        window.select_measure(others[-1])  # the measure in the card: its comment box ready
        qtbot.waitUntil(lambda: window.current == others[-1])
        dashboard.select_body(lead)
        guard = QTimer(dashboard)
        guard.timeout.connect(no_input_boxes)
        guard.start(2000)
        dashboard.return_button.click()
        qtbot.waitUntil(lambda: isinstance(review.actions.return_dialog, ReturnDialog), timeout=10000)
        guard.stop()
        dialog = review.actions.return_dialog
        assert isinstance(dialog, ReturnDialog)
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.windowTitle() == "Повернути із зауваженнями"
        screen = window.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        letters = dialog.fontMetrics().horizontalAdvance("M")
        assert dialog.width() >= min(letters * 50, screen.width() * 0.8)  # large enough to write in
        assert dialog.height() >= min(dialog.fontMetrics().height() * 25, screen.height() * 0.8)
        assert dialog.comment.height() >= dialog.fontMetrics().height() * 3
        listed = [dialog.bodies.item(i) for i in range(dialog.bodies.count())]
        assert [item.data(CODE_ROLE) for item in listed] == [lead]  # the body chosen, not the co-executor
        assert listed[0].checkState() == Qt.CheckState.Checked
        assert set(dialog.measure_comments) == {r.measure_id for r in rows} and len(rows) > 2  # each of its measures
        qtbot.waitUntil(lambda: dialog.measure_comments[others[-1]].hasFocus(), timeout=5000)

        dialog.measure_comments[others[0]].setPlainText("Додайте суми.")
        dialog.measure_comments[shared].setPlainText("Уточніть строки.")
        dialog.measure_comments[others[-1]].setPlainText("Назвіть об'єкти.")
        dialog.comment.setPlainText("Перевірте всі заходи.")
        folder = desk["tmp"] / "returned"
        folder.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
        shown: list[str] = []
        monkeypatch.setattr(
            "zhdesk.gui.coordinator.review_actions.show_file_done", lambda _p, words, _f: shown.append(words)
        )
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        assert (folder / f"{lead}-{PERIOD.code}.zhform").exists()
        assert not (folder / f"{desk['other']}-{PERIOD.code}.zhform").exists()
        with store.reading() as session:
            assert comments_on(session, lead, PERIOD) == [
                (None, "Перевірте всі заходи."),
                (others[0], "Додайте суми."),
                (shared, "Уточніть строки."),
                (others[-1], "Назвіть об'єкти."),
            ]
        statuses = {s.code: s.status for s in coordinator.overview(store, PERIOD).statuses}
        assert statuses[lead] == "returned" and statuses[desk["other"]] == "submitted"

        # a body that sent nothing: said so, no dialog
        qtbot.waitUntil(lambda: dashboard.return_button.isEnabled(), timeout=10000)
        status = {s.code: s.status for s in dashboard.model.rows}
        in_table = [
            dashboard.sorted.index(row, 0).data(CODE_ROLE_OF_BODIES) for row in range(dashboard.sorted.rowCount())
        ]
        silent = next(code for code in in_table if status[code] == "not issued")
        dashboard.select_body(silent)
        assert dashboard.selected_code() == silent
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, words, *a: told.append(words))
        review.actions.return_dialog = None
        dashboard.return_button.click()
        qtbot.waitUntil(lambda: bool(told), timeout=10000)
        assert told == [f"Від {silent} ще нічого не надійшло за 2023 рік: повертати нічого."]
        assert review.actions.return_dialog is None
    finally:
        store.close()


def test_an_accept_and_its_undo_in_the_measure_s_history(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811 - the fixture
    review_desk: dict,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = review_desk
    monkeypatch.setenv("ZHDESK_USER", "Олена Координаторка")
    review = open_review(qtbot, window)
    dashboard = dashboard_of(qtbot, window)
    history = window.findChild(HistoryDock, "historyDock")
    assert isinstance(history, HistoryDock)
    history.show()
    window.select_measure(desk["shared"])
    qtbot.waitUntil(lambda: window.current == desk["shared"])

    dashboard.select_body(desk["other"])
    dashboard.accept_button.click()
    answer(qtbot, review, yes=True)
    bar = dashboard.findChild(UndoBar)
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=20000)
    window.select_measure(next(iter(dashboard.body_measures(desk["lead"]) - {desk["shared"]})))
    window.select_measure(desk["shared"])  # the history read again

    def said() -> str:
        return history.browser.toPlainText()

    qtbot.waitUntil(lambda: "прийнято подання №1" in said(), timeout=20000)
    assert f"{desk['other']} · Олена Координаторка (прийнято подання №1)" in said()

    bar.button.click()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=20000)
    window.select_measure(next(iter(dashboard.body_measures(desk["lead"]) - {desk["shared"]})))
    window.select_measure(desk["shared"])
    qtbot.waitUntil(lambda: "скасовано прийняття подання №1" in said(), timeout=20000)
    assert said().index("скасовано прийняття подання") < said().index("прийнято подання")  # newest first
