"""The department panel in a window that was not a department's when it opened: a form package opened
into it makes the window the body's (its measures, its texts saved as its own part), and a refused
submission shows the measures with problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok, shared_pair
from tests.gui.test_main_window import type_text
from zhdesk.gui.app import attach_panels
from zhdesk.gui.department import Department
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.periods import Period
from zhdesk.services.measures import list_measures
from zhdesk.storage.database import open_store

PERIOD = "2023-Y"
TYPED = "Відремонтовано 12 об'єктів на 3,4 млн грн."


@pytest.fixture
def package(tmp_path: Path, real_report: Path) -> tuple[Path, str]:
    """A form package for 2023-Y issued to a small body, and that body's code."""
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, _other, _third = shared_pair(f"sqlite:///{coordinator}")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead)
    return forms / f"{lead}-{PERIOD}.zhform", lead


def test_a_form_opened_in_the_window_makes_it_the_bodys(
    qtbot: QtBot, tmp_path: Path, package: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, body = package
    fresh = tmp_path / "fresh.sqlite3"
    window = MainWindow(lambda: open_store(f"sqlite:///{fresh}"), Runner(), quick_path=fresh)
    attach_panels(window, coordinator=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    department = window.findChild(Department)
    assert isinstance(department, Department) and not department.submit_action.isEnabled()
    opened: list[object] = []
    department.form_opened.connect(opened.append)

    department.open_form(path)
    qtbot.waitUntil(lambda: window.body == body and len(window.model.measure_ids()) > 0, timeout=20000)
    assert len(opened) == 1 and department.submit_action.isEnabled()
    qtbot.waitUntil(lambda: window.findChild(QDockWidget, "dashboardDock") is None, timeout=5000)  # one body's now
    assert window.period is not None and window.period.code == PERIOD
    assert window.statusBar().currentMessage().startswith("Відкрито бланк")  # said again once it is read

    first = window.model.measure_ids()[0]
    window.select_measure(first)
    window.editor.setFocus()
    type_text(window.editor, TYPED)
    window.flush()
    window.runner.wait()
    store = open_store(f"sqlite:///{fresh}")
    try:
        with store.reading() as session:  # typed as the body: its own part, which its window reads back
            own = {row.id: row.execution for row in list_measures(session, Period.parse(PERIOD), body, own_texts=True)}
    finally:
        store.close()
    assert own[first] == TYPED

    warnings: list[str] = []
    saved = tmp_path / "refused.zhsub"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warnings.append(text))
    department.submit_action.trigger()  # the other measures are empty: refused, their problems shown
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert not saved.exists()
    assert window.filter_combo.currentData() == "problems"
    shown = window.model.measure_ids()
    assert shown and first not in shown and all(window.problems[m] for m in shown)
    window.close()
    QApplication.processEvents()


def test_the_department_window_shows_the_forms_deadline(qtbot: QtBot, tmp_path: Path, real_report: Path) -> None:
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, _other, _third = shared_pair(f"sqlite:///{coordinator}")
    deadline = dt.date.today() + dt.timedelta(days=12)
    ok("--db", coordinator, "open-period", PERIOD, "--deadline", deadline.isoformat())
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead)
    fresh = tmp_path / "fresh.sqlite3"
    window = MainWindow(lambda: open_store(f"sqlite:///{fresh}"), Runner(), quick_path=fresh)
    attach_panels(window, coordinator=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    department = window.findChild(Department)
    assert isinstance(department, Department)
    department.open_form(forms / f"{lead}-{PERIOD}.zhform")
    said = f"Термін: {deadline:%d.%m.%Y}, залишилось днів: 12"  # in the officer's header, not the status bar
    qtbot.waitUntil(lambda: said in department.header.facts.text().replace("&nbsp;", " "), timeout=20000)
    assert department.header.isVisible() and not department.deadline.isVisible()
    window.close()
    QApplication.processEvents()
