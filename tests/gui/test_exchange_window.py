"""The exchange in the window: the coordinator's dashboard (drop submissions, review, export) and the
department's form package, comments and submission."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.util import fill_department, ok, shared_pair, z
from tests.gui.test_main_window import type_text
from zhdesk.gui.app import attach_panels
from zhdesk.gui.dashboard import Dashboard
from zhdesk.gui.exchange_dialogs import ReceivedDialog
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.storage.database import open_store

PERIOD = "2023-Y"


@pytest.fixture
def quarter(tmp_path: Path, real_report: Path) -> dict[str, object]:
    """A coordinator's store with forms issued for 2023-Y and two bodies' submissions waiting."""
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    shared, lead, other, _ = shared_pair(f"sqlite:///{coordinator}")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead, "--body", other)
    files = []
    for code in (lead, other):
        dept = tmp_path / f"{code}.sqlite3"
        ok("--db", dept, "open-form", forms / f"{code}-{PERIOD}.zhform")
        fill_department(dept, code)
        ok("--db", dept, "submit", "-o", tmp_path / f"{code}.zhsub")
        files.append(tmp_path / f"{code}.zhsub")
    broken = tmp_path / "broken.zhsub"
    broken.write_bytes(files[0].read_bytes()[:200])
    return {
        "db": coordinator,
        "files": [*files, broken],
        "lead": lead,
        "other": other,
        "shared": shared,
        "forms": forms,
        "tmp": tmp_path,
    }


def open_window(qtbot: QtBot, db: Path, body: str | None = None) -> MainWindow:
    window = MainWindow(lambda: open_store(f"sqlite:///{db}"), Runner(), quick_path=db, body=body)
    attach_panels(window, coordinator=body is None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "historyDock") is not None, timeout=5000)  # docks follow
    return window


def confirm(qtbot: QtBot, actions: object) -> None:
    """Answer yes to the review's question (accept, take the executors' text)."""
    qtbot.waitUntil(lambda: getattr(actions, "confirmation", None) is not None, timeout=5000)
    box = actions.confirmation  # type: ignore[attr-defined]
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()


def drop(window: MainWindow, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def test_coordinator_receives_reviews_and_exports(qtbot: QtBot, quarter: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, quarter["db"])
    assert window.period is not None and window.period.code == PERIOD
    dashboard = window.findChild(Dashboard, "dashboardDock")
    assert isinstance(dashboard, Dashboard)
    qtbot.waitUntil(lambda: dashboard.overview is not None, timeout=10000)
    statuses = {s.code: s.status for s in dashboard.model.rows}
    assert statuses[quarter["lead"]] == "issued" and "not issued" in statuses.values()

    drop(window, quarter["files"])
    qtbot.waitUntil(lambda: window.findChild(ReceivedDialog) is not None, timeout=20000)
    report = window.findChild(ReceivedDialog).browser.toPlainText()
    assert "отримано: 2" in report and "відхилено: 1" in report
    assert "broken.zhsub" in report and "damaged" not in report  # the technical line behind «Подробиці»
    assert "Файл пошкоджено, або це не файл zhdesk." in report and "Подробиці" in report
    window.findChild(ReceivedDialog).browser.anchorClicked.emit(QUrl("details:"))
    assert "damaged" in window.findChild(ReceivedDialog).browser.toPlainText()
    qtbot.waitUntil(
        lambda: {s.code: s.status for s in dashboard.model.rows}[quarter["other"]] == "submitted", timeout=10000
    )
    row = next(i for i, s in enumerate(dashboard.model.rows) if s.code == quarter["lead"])
    assert dashboard.model.index(row, 1).data() == "подано"
    assert (
        dashboard.model.index(row, 4).data() == f"{dashboard.model.rows[row].total}/{dashboard.model.rows[row].total}"
    )
    bars = dashboard.chart.series()[0].barSets()
    assert sum(bars[0].at(i) for i in range(bars[0].count())) == sum(
        s.filled for s in dashboard.model.rows if s.status != "not issued"
    )
    # the consolidated text of the shared measure now holds both executors, lead first
    window.select_measure(quarter["shared"])
    text = window.editor.toPlainText().splitlines()
    assert text[0].startswith(f"{quarter['lead']}:") and text[1].startswith(f"{quarter['other']}:")

    # one click to the body's measures
    dashboard.open_body(dashboard.model.index(row, 0))
    assert set(window.model.measure_ids()) == dashboard.overview.measures[quarter["lead"]]

    dashboard.select_body(quarter["lead"])
    assert dashboard.selected_code() == quarter["lead"]
    dashboard.accept_button.click()
    confirm(qtbot, dashboard.commands.review)  # asked first (and undoable: tests/gui/test_review_view.py)
    qtbot.waitUntil(lambda: dashboard.model.rows[row].status == "accepted", timeout=10000)

    target = quarter["tmp"] / "zvit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dashboard.export_button.click()
    printing = window.printing  # the checklist first (the other bodies' measures are empty): go on anyway
    qtbot.waitUntil(lambda: printing.before_output.dialog is not None, timeout=30000)
    printing.before_output.dialog.go_button.click()
    qtbot.waitUntil(target.exists, timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")
    window._pending.clear()
    window.close()


def test_conflict_is_shown_and_resolved_in_the_card(qtbot: QtBot, quarter: dict) -> None:
    db, shared = quarter["db"], quarter["shared"]
    z("--db", db, "receive", *quarter["files"])  # the broken one is rejected
    ok("--db", db, "set-execution", "--measure", shared, "--period", PERIOD, "--text", "Текст координатора.")
    dept = quarter["tmp"] / f"{quarter['other']}.sqlite3"
    ok("--db", dept, "set-execution", "--measure", shared, "--text", "Уточнений текст виконавця.")
    ok("--db", dept, "submit", "-o", quarter["tmp"] / "again.zhsub")
    ok("--db", db, "receive", quarter["tmp"] / "again.zhsub")
    window = open_window(qtbot, db)
    dashboard = window.findChild(Dashboard, "dashboardDock")
    qtbot.waitUntil(lambda: dashboard.overview is not None and bool(dashboard.overview.conflicts), timeout=10000)
    window.select_measure(shared)
    assert window.note_label.isVisible()
    assert "Виконавці надіслали текст" in window.note_label.text()
    assert window.editor.toPlainText() == "Текст координатора."
    window.note_link.emit(shared, "take:bodies")
    confirm(qtbot, dashboard.commands.review)
    qtbot.waitUntil(lambda: window.editor.toPlainText().endswith("Уточнений текст виконавця."), timeout=10000)
    qtbot.waitUntil(lambda: not window.note_label.isVisible(), timeout=10000)
    history = window.findChild(QDockWidget, "historyDock")
    history.show()
    qtbot.waitUntil(lambda: "розбіжність вирішено" in history.browser.toPlainText(), timeout=10000)
    window.close()


def test_department_opens_a_returned_form_fixes_and_submits(
    qtbot: QtBot, quarter: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, other, tmp = quarter["db"], quarter["other"], quarter["tmp"]
    ok("--db", db, "receive", tmp / f"{other}.zhsub")
    dept = tmp / f"{other}.sqlite3"
    measures = ok("--db", dept, "measures", "--period", PERIOD, "--body", other, "--json").json()
    target = measures[0]["id"]
    returned = tmp / "returned"
    returned.mkdir()
    ok(
        "--db",
        db,
        "return",
        other,
        "--period",
        PERIOD,
        "--comment",
        "Додайте суми",
        "--on-measure",
        target,
        "Вкажіть кількість об'єктів",
        "--out",
        returned,
    )
    ok("--db", dept, "set-execution", "--measure", target, "--text", "")  # an error: empty

    window = open_window(qtbot, dept, body=other)
    assert window.findChild(Dashboard) is None
    drop(window, [returned / f"{other}-{PERIOD}.zhform"])
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Відкрито бланк"), timeout=10000)
    qtbot.waitUntil(lambda: bool(window.notes), timeout=10000)
    window.select_measure(target)
    assert "Вкажіть кількість об'єктів" in window.note_label.text()
    department = next(c for c in window.children() if c.__class__.__name__ == "Department")
    assert "Додайте суми" in department.returned.text()

    saved = tmp / "fixed.zhsub"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warnings.append(text))
    department.submit_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "помилки (1)" in warnings[0] and not saved.exists()

    window.select_measure(target)
    window.editor.setFocus()
    type_text(window.editor, "Відремонтовано 12 об'єктів на 3,4 млн грн.")
    department.submit_action.trigger()
    qtbot.waitUntil(saved.exists, timeout=10000)
    received = ok("--db", db, "receive", saved)
    assert "no. 2" in received.out and "Відремонтовано 12 об'єктів" in received.out
    window.close()
    QApplication.processEvents()


def test_started_with_a_form_package_the_window_opens_it(qtbot: QtBot, quarter: dict) -> None:
    fresh = quarter["tmp"] / "fresh.sqlite3"
    package = quarter["forms"] / f"{quarter['lead']}-{PERIOD}.zhform"
    window = MainWindow(lambda: open_store(f"sqlite:///{fresh}"), Runner(), quick_path=fresh)
    attach_panels(window, coordinator=True, open_file=str(package))  # as `zhdesk FILE.zhform` does
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.body == quarter["lead"] and window.period is not None, timeout=20000)
    qtbot.waitUntil(lambda: len(window.model.measure_ids()) > 0, timeout=20000)
    assert window.period.code == PERIOD
    qtbot.waitUntil(lambda: window.findChild(Dashboard) is None, timeout=5000)  # a department's store now
    window.close()
