"""Новий звітний період… in the coordinator's window (issue 13): the next period proposed with a deadline
ten days after it ends, the bodies that report ticked as their names say, a body unticked becomes a
co-executor only; on OK the window shows the new period, the dashboard its deadline and days left, and the
forms issued from the window go to the reporting bodies only. No command line after the import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok
from tests.gui.test_exchange_window import open_window
from zhdesk.gui.coordinator.new_period import CODE_ROLE, NewPeriodDialog
from zhdesk.gui.dashboard import Dashboard
from zhdesk.services.reporting import period_choices
from zhdesk.storage.database import open_store


def dialog_of(qtbot: QtBot, window: object) -> NewPeriodDialog:
    found: list[NewPeriodDialog] = []

    def shown() -> bool:
        found[:] = [d for d in QApplication.topLevelWidgets() if isinstance(d, NewPeriodDialog) and d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def test_a_new_period_is_opened_from_the_window_and_forms_go_to_the_reporting_bodies(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "coordinator.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    window = open_window(qtbot, db)
    dashboard = window.findChild(Dashboard, "dashboardDock")
    assert isinstance(dashboard, Dashboard)
    qtbot.waitUntil(lambda: dashboard.overview is not None, timeout=10000)
    assert dashboard.period_button.text() == "Новий звітний період…"

    dashboard.period_button.click()
    dialog = dialog_of(qtbot, window)
    assert dialog.period_combo.currentData() == "2023-Y"  # the one after 2023-9M
    assert dialog.deadline.date() == QDate(2024, 1, 10)  # ten days after the period ends
    assert dialog.deadline.minimumDate() == QDate(2023, 12, 31)
    items = {dialog.bodies.item(r).data(CODE_ROLE): dialog.bodies.item(r) for r in range(dialog.bodies.count())}
    assert items["UKB"].checkState() == Qt.CheckState.Checked
    assert items["BF"].checkState() == Qt.CheckState.Unchecked  # благодійні фонди co-execute
    dialog.search.setText("муніципального")
    assert [c for c, i in items.items() if not i.isHidden()] == ["UMR"]
    items["UMR"].setCheckState(Qt.CheckState.Unchecked)
    reporting_before = sum(i.checkState() == Qt.CheckState.Checked for i in items.values())
    assert dialog.counted.text() == f"Звітних: {reporting_before} з {len(items)}"
    deadline = dt.date.today() + dt.timedelta(days=7)
    dialog.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
    ok_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok_button.text() == "Відкрити період"
    ok_button.click()

    qtbot.waitUntil(lambda: window.period is not None and window.period.code == "2023-Y", timeout=20000)
    assert window.period_combo.currentText() == "за 2023 рік"
    qtbot.waitUntil(lambda: (dashboard.overview.period if dashboard.overview else "") == "2023-Y", timeout=20000)
    assert f"термін подання {deadline:%d.%m.%Y}" in dashboard.summary.text()
    store = open_store(f"sqlite:///{db}")
    try:
        with store.reading() as session:
            choices = period_choices(session)
    finally:
        store.close()
    roles = {b.code: b.reporting for b in choices.bodies}
    assert roles["UMR"] is False and roles["UKB"] is True and "2023-Y" in choices.opened
    assert next(p for p in choices.periods if p.code == "2023-Y").deadline == deadline

    folder = tmp_path / "forms"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dashboard.issue_button.click()
    qtbot.waitUntil(lambda: len(list(folder.iterdir())) > 0, timeout=30000)
    window.runner.wait()
    issued = {p.name.removesuffix("-2023-Y.zhform") for p in folder.iterdir()}
    assert issued == {code for code, reporting in roles.items() if reporting}
    qtbot.waitUntil(
        lambda: any(s.status == "issued" for s in dashboard.model.rows), timeout=20000
    )  # the dashboard read the issue
    ukb = next(i for i, s in enumerate(dashboard.model.rows) if s.code == "UKB")
    assert dashboard.model.index(ukb, 2).data() == f"{deadline:%d.%m.%Y} · залишилося днів: 7"
    shown = {dashboard.sorted.index(r, 0).data(CODE_ROLE) for r in range(dashboard.sorted.rowCount())}
    assert "BF" not in shown and "UKB" in shown  # co-executors without a form are not listed by default
    dashboard.show_combo.setCurrentIndex(dashboard.show_combo.findData("all"))
    assert dashboard.sorted.rowCount() == len(dashboard.model.rows)
    window.close()
