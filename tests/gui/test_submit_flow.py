"""Making a submission from the window (issue 14): the texts are checked before the officer is asked where
to save; the suggested name carries the submission's number (``UK-2023-Y-2.zhsub``), so a new one never
overwrites the last; afterwards a summary says the number, the measures, the warnings and what changed
since the last submission, with "Показати в теці"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.util import fill_department, ok, shared_pair
from tests.gui.test_exchange_window import open_window
from tests.gui.test_main_window import type_text
from zhdesk.gui import exchange_dialogs
from zhdesk.gui.department import Department

PERIOD = "2023-Y"


@pytest.fixture
def department(tmp_path: Path, real_report: Path) -> tuple[Path, str]:
    """A department store opened from its form package, every text filled."""
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, _other, _ = shared_pair(f"sqlite:///{coordinator}")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead)
    dept = tmp_path / f"{lead}.sqlite3"
    ok("--db", dept, "open-form", forms / f"{lead}-{PERIOD}.zhform")
    fill_department(dept, lead)
    return dept, lead


def test_checked_first_numbered_name_and_a_summary(
    qtbot: QtBot, tmp_path: Path, department: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dept, code = department
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []
    said: list[str] = []
    warnings: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(exchange_dialogs, "show_file_done", lambda _w, message, _path, **_k: said.append(message))
    window = open_window(qtbot, dept, body=code)
    panel = window.findChild(Department)
    assert isinstance(panel, Department)

    panel.submit_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15000)
    assert asked == [f"{code}-{PERIOD}-1.zhsub"] and (out / f"{code}-{PERIOD}-1.zhsub").exists()
    first = said[-1]
    assert first.startswith("Подання № 1 збережено: заходів — ") and "Надішліть цей файл координатору." in first
    assert "Змінено" not in first and "нічого не змінено" not in first  # the first one: nothing to compare

    panel.submit_action.trigger()  # nothing typed since
    qtbot.waitUntil(lambda: len(said) == 2, timeout=15000)
    assert Path(asked[-1]).name == f"{code}-{PERIOD}-2.zhsub" and str(out) in asked[-1]  # the same folder
    assert "З подання № 1 нічого не змінено." in said[-1]
    assert (out / f"{code}-{PERIOD}-1.zhsub").exists() and (out / f"{code}-{PERIOD}-2.zhsub").exists()

    window.select_measure(window.model.measure_ids()[0])
    window.editor.setFocus()
    type_text(window.editor, " Додатково відремонтовано 2 об'єкти.")
    panel.submit_action.trigger()
    qtbot.waitUntil(lambda: len(said) == 3, timeout=15000)
    assert "Змінено з подання № 2: заходів — 1." in said[-1]

    window.editor.selectAll()
    window.editor.cut()  # an empty text: an error, so the officer is not even asked where to save
    window.flush()
    panel.submit_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=15000)
    assert len(asked) == 3 and "помилки (1)" in warnings[0]
    assert window.filter_combo.currentData() == "problems"
    window.close()
    QApplication.processEvents()
