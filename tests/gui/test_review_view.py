"""Звіт in the coordinator's window (issue 13): the whole report as it prints with each text's state, found
and filtered, a click or Enter to the measure's card, a conflict side by side with its two buttons; accepting
and taking the executors' text asked first and undone, the undo refused in plain words once a newer
submission came; several measures returned with comments from the review. Through the window, on SQLite
and PostgreSQL; the setup (import, forms, the departments' files) on the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.util import fill_department, ok
from tests.gui.test_exchange_window import drop
from tests.services.test_review_undo import review_desk  # noqa: F401 - the fixture: two submissions, a conflict
from zhdesk.exchange.review import comments_on
from zhdesk.gui.app import attach_panels
from zhdesk.gui.coordinator.return_dialog import CODE_ROLE, ReturnDialog
from zhdesk.gui.coordinator.review_actions import UndoBar
from zhdesk.gui.coordinator.review_view import ReviewDock
from zhdesk.gui.dashboard import Dashboard
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.periods import Period
from zhdesk.services import coordinator
from zhdesk.storage.database import open_store

PERIOD = Period.parse("2023-Y")


def resubmission(desk: dict, code: str, words: str) -> Path:
    """The department's next submission file (not received)."""
    dept = desk["tmp"] / f"{code}.sqlite3"
    fill_department(dept, code, words=words)
    path = desk["tmp"] / f"{code}-{words}.zhsub"
    ok("--db", dept, "submit", "-o", path)
    return path


@pytest.fixture
def window(qtbot: QtBot, review_desk: dict) -> Iterator[MainWindow]:  # noqa: F811 - the fixture
    url = review_desk["url"]
    path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else None
    shown = MainWindow(lambda: open_store(url), Runner(), quick_path=path)
    attach_panels(shown, coordinator=True)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    with qtbot.waitSignal(shown.ready, timeout=30000):
        shown.show()
    qtbot.waitUntil(lambda: shown.findChild(ReviewDock, "reviewDock") is not None, timeout=10000)
    yield shown
    shown.runner.wait()


def open_review(qtbot: QtBot, window: MainWindow) -> ReviewDock:
    review = window.findChild(ReviewDock, "reviewDock")
    assert isinstance(review, ReviewDock)
    assert review.toggleViewAction() in window.view_menu.actions() and review.windowTitle() == "Звіт"
    review.raise_()
    qtbot.waitUntil(lambda: review.table is not None and review.isVisible(), timeout=20000)
    return review


def row_of(review: ReviewDock, measure_id: str) -> int:
    return review.model.row_of(measure_id)


def click_row(
    qtbot: QtBot, review: ReviewDock, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    index = review.model.index(row, 2)
    review.view.scrollTo(index)
    qtbot.mouseClick(
        review.view.viewport(), Qt.MouseButton.LeftButton, modifier, review.view.visualRect(index).center()
    )


def answer(qtbot: QtBot, review: ReviewDock, yes: bool) -> str:
    """The confirmation asked: its text; yes or Cancel."""
    qtbot.waitUntil(lambda: review.actions.confirmation is not None and review.actions.confirmation.isVisible())
    box = review.actions.confirmation
    assert box is not None
    words = box.text()
    go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    (go if yes else box.button(QMessageBox.StandardButton.Cancel)).click()
    return words


def shown_status(dashboard: Dashboard, code: str) -> str:
    return next(s.status for s in dashboard.model.rows if s.code == code)


def conflict_of(review: ReviewDock, measure_id: str) -> bool:
    return review.table is not None and any(
        r.measure_id == measure_id and r.state == "conflict" for r in review.table.rows
    )


def newer_shown(review: ReviewDock, measure_id: str) -> bool:
    return review.table is not None and any(
        r.measure_id == measure_id and "знову" in (r.execution + r.incoming) for r in review.table.rows
    )


def test_the_report_found_opened_and_a_conflict_resolved_and_undone(
    qtbot: QtBot,
    window: MainWindow,
    review_desk: dict,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = review_desk
    newer = resubmission(desk, desk["lead"], "знову")
    review = open_review(qtbot, window)
    model = review.model
    kinds = [line.kind for line in model.shown]
    assert kinds.count("measure") == 173 and kinds.count("priority") == 6 and kinds.count("sector") == 18
    assert review.view.isFirstColumnSpanned(0, review.view.rootIndex())  # the priority's row spans the table
    assert model.index(0, 0).data().startswith("Пріоритет")
    assert review.count.text() == "173 з 173 заходів; конфліктів: 1"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["№", "Завдання", "Заходи", "Відповідальний виконавець", "Виконання заходів"]

    review.find.setText(desk["lead"])  # the find narrows to the lead's texts, their headings kept
    rows = model.measure_rows()
    assert rows and all(desk["lead"] in r.execution or desk["lead"] in r.incoming for r in rows)
    assert len(rows) < 173 and model.shown[0].kind == "priority"
    review.find.clear()
    review.state_combo.setCurrentIndex(review.state_combo.findData("conflict"))
    assert [r.measure_id for r in model.measure_rows()] == [desk["shared"]]
    row = row_of(review, desk["shared"])
    state = model.index(row, 5).data()
    assert state.startswith("конфлікт") and desk["lead"] in state

    click_row(qtbot, review, row)  # a click: the measure's card
    assert window.current == desk["shared"]
    assert review.take_button.isVisible() and review.keep_button.isVisible()
    assert review.take_button.text() == "Взяти текст виконавців" and review.keep_button.text() == "Залишити мій"
    assert review.mine.toPlainText() == "Текст координатора."
    window.resize(1024, 700)  # the two buttons stay in sight in a small window
    qtbot.waitUntil(lambda: window.height() <= 700, timeout=5000)
    for button in (review.take_button, review.keep_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.isVisible() and corner.x() <= window.width() and corner.y() <= window.height()
    review.apart_button.click()  # the report in a window of its own, and back
    qtbot.waitUntil(review.isFloating, timeout=5000)
    assert review.apart_button.text() == "Назад у головне вікно" and review.take_button.isVisible()
    review.apart_button.click()
    qtbot.waitUntil(lambda: not review.isFloating(), timeout=5000)
    assert review.theirs.toPlainText().startswith(f"{desk['lead']}:")

    review.state_combo.setCurrentIndex(0)
    other = next(r for r in model.measure_rows() if r.state == "bodies" and r.measure_id != desk["shared"])
    review.view.setCurrentIndex(model.index(row_of(review, other.measure_id), 0))
    review.view.setFocus()
    qtbot.keyClick(review.view, Qt.Key.Key_Return)  # Enter: the card too
    assert window.current == other.measure_id
    assert not review.take_button.isVisible()  # no conflict: no buttons

    review.select(desk["shared"])
    review.take_button.click()
    words = answer(qtbot, review, yes=False)  # asked first; Cancel changes nothing
    assert "Взяти текст виконавців" in words
    review.take_button.click()
    answer(qtbot, review, yes=True)
    qtbot.waitUntil(lambda: review.table is not None and not conflict_of(review, desk["shared"]), timeout=20000)
    dashboard = window.findChild(Dashboard, "dashboardDock")
    review_bar = review.findChild(UndoBar)
    assert review_bar is not None and review_bar.isVisible()
    assert review_bar.label.text().startswith("Взято текст виконавців")
    assert dashboard.findChild(UndoBar).label.text() == review_bar.label.text()  # one undo for both
    review_bar.button.click()
    qtbot.waitUntil(lambda: conflict_of(review, desk["shared"]), timeout=20000)
    assert not review_bar.isVisible()

    review.select(desk["shared"])
    review.take_button.click()
    answer(qtbot, review, yes=True)
    qtbot.waitUntil(lambda: review_bar.isVisible(), timeout=20000)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, words, *a: warnings.append(words))
    drop(window, [newer])  # a newer text of the lead's: the choice can no longer be taken back
    # received: as a conflict, or (in some runs: a race not explained yet, see issue 14's note) as the text
    qtbot.waitUntil(lambda: newer_shown(review, desk["shared"]), timeout=20000)
    review_bar.button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    no = next(r.no for r in review.table.rows if r.measure_id == desk["shared"])
    assert warnings == [f"Не скасовано: виконавці надіслали інший текст заходу {no} після того."]
    for top in QApplication.topLevelWidgets():
        if type(top).__name__ == "ReceivedDialog":
            top.close()


def test_the_model_passes_qt_checks(qtmodeltester: object, window: MainWindow, qtbot: QtBot) -> None:
    review = open_review(qtbot, window)
    qtmodeltester.check(review.model)  # type: ignore[attr-defined]


def test_accept_asked_undone_and_refused_after_a_newer_submission(
    qtbot: QtBot,
    window: MainWindow,
    review_desk: dict,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = review_desk
    newer = resubmission(desk, desk["lead"], "ще")
    review = open_review(qtbot, window)
    dashboard = window.findChild(Dashboard, "dashboardDock")
    assert isinstance(dashboard, Dashboard)
    dashboard.raise_()
    qtbot.waitUntil(lambda: dashboard.overview is not None, timeout=10000)
    store = open_store(desk["url"])

    def status() -> str:
        return {s.code: s.status for s in coordinator.overview(store, PERIOD).statuses}[desk["lead"]]

    try:
        dashboard.select_body(desk["lead"])
        dashboard.accept_button.click()
        words = answer(qtbot, review, yes=False)
        assert desk["lead"] in words and "доки не надійде новіше подання" in words
        assert status() == "submitted"
        dashboard.accept_button.click()
        answer(qtbot, review, yes=True)
        qtbot.waitUntil(lambda: status() == "accepted", timeout=20000)
        bar = dashboard.findChild(UndoBar)
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=10000)
        assert bar.label.text() == f"Прийнято: {desk['lead']}" and bar.button.text() == "Скасувати"
        bar.button.click()
        qtbot.waitUntil(lambda: status() == "submitted", timeout=20000)
        qtbot.waitUntil(  # the dashboard has read it again, its buttons back
            lambda: shown_status(dashboard, desk["lead"]) == "submitted" and dashboard.accept_button.isEnabled(),
            timeout=20000,
        )

        dashboard.select_body(desk["lead"])
        dashboard.accept_button.click()
        answer(qtbot, review, yes=True)
        qtbot.waitUntil(lambda: status() == "accepted" and bar.isVisible(), timeout=20000)
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, words, *a: warnings.append(words))
        drop(window, [newer])
        qtbot.waitUntil(lambda: status() == "submitted", timeout=20000)
        bar.button.click()
        qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
        assert warnings == [
            f"Не скасовано: після прийняття надійшло новіше подання від {desk['lead']}. Перегляньте його."
        ]
        assert status() == "submitted"
    finally:
        store.close()
    for top in QApplication.topLevelWidgets():
        if type(top).__name__ == "ReceivedDialog":
            top.close()


def test_several_measures_returned_with_comments_from_the_review(
    qtbot: QtBot,
    window: MainWindow,
    review_desk: dict,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = review_desk
    review = open_review(qtbot, window)
    assert not review.return_button.isEnabled()
    lead_rows = [r for r in review.model.measure_rows() if r.from_bodies == (desk["lead"],)][:2]
    click_row(qtbot, review, row_of(review, lead_rows[0].measure_id))
    for measure_id in (lead_rows[1].measure_id, desk["shared"]):
        click_row(qtbot, review, row_of(review, measure_id), Qt.KeyboardModifier.ControlModifier)
    chosen = [r.measure_id for r in review.selected_rows()]
    assert set(chosen) == {lead_rows[0].measure_id, lead_rows[1].measure_id, desk["shared"]}
    assert review.return_button.isEnabled() and review.return_button.text() == "Повернути із зауваженнями…"
    review.return_button.click()
    qtbot.waitUntil(lambda: isinstance(review.actions.return_dialog, ReturnDialog), timeout=5000)
    dialog = review.actions.return_dialog
    assert isinstance(dialog, ReturnDialog)
    qtbot.waitUntil(dialog.isVisible)
    screen = window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert dialog.comment.height() >= dialog.fontMetrics().height() * 3  # room to write
    bodies = {dialog.bodies.item(i).data(CODE_ROLE): dialog.bodies.item(i) for i in range(dialog.bodies.count())}
    assert set(bodies) == {desk["lead"], desk["other"]}
    assert all(item.checkState() == Qt.CheckState.Checked for item in bodies.values())
    assert set(dialog.measure_comments) == set(chosen)

    dialog.ok_button.click()  # nothing written: refused in the dialog, which stays
    assert dialog.isVisible() and dialog.error.isVisible() and "Скажіть, що виправити" in dialog.error.text()
    bodies[desk["other"]].setCheckState(Qt.CheckState.Unchecked)
    dialog.measure_comments[lead_rows[0].measure_id].setPlainText("Додайте суми.")
    dialog.measure_comments[desk["shared"]].setPlainText("Уточніть строки.")
    folder = desk["tmp"] / "returned"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    shown: list[str] = []
    monkeypatch.setattr(
        "zhdesk.gui.coordinator.review_actions.show_file_done", lambda _p, words, _f: shown.append(words)
    )
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert (folder / f"{desk['lead']}-{PERIOD.code}.zhform").exists()
    assert not (folder / f"{desk['other']}-{PERIOD.code}.zhform").exists()
    store = open_store(desk["url"])
    try:
        with store.reading() as session:
            assert comments_on(session, desk["lead"], PERIOD) == [
                (lead_rows[0].measure_id, "Додайте суми."),
                (desk["shared"], "Уточніть строки."),
            ]
        statuses = {s.code: s.status for s in coordinator.overview(store, PERIOD).statuses}
        assert statuses[desk["lead"]] == "returned" and statuses[desk["other"]] == "submitted"
    finally:
        store.close()
