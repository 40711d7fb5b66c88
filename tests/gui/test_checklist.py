"""The checklist before the consolidated report goes out, driven through the window on the real report in
2023-Y (forms issued to two bodies, one text that is only a dash): File → Export shows the empty measures,
the bodies not accepted, the missing signatory and the text with an error; a click on a measure selects it
in the navigator; "Все одно експортувати" writes the file; Cancel before printing prints nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok, shared_pair
from tests.gui.test_exchange_window import open_window
from zhdesk.gui.checklist import ChecklistDialog
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.navigator_model import ID_ROLE
from zhdesk.gui.settings_dialog import ReportSettingsMenu
from zhdesk.periods import Period
from zhdesk.services.checklist import check_report_in
from zhdesk.storage.database import open_store

PERIOD = "2023-Y"


@pytest.fixture
def year(tmp_path: Path, real_report: Path) -> dict[str, object]:
    """The real report (9 months), forms for the year issued to two bodies, one measure's text a dash."""
    db = tmp_path / "coordinator.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, other, _third = shared_pair(f"sqlite:///{db}")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", db, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead, "--body", other)
    dashed = ok("--db", db, "measures", "--period", PERIOD, "--json").json()[3]["id"]
    ok("--db", db, "set-execution", "--measure", dashed, "--period", PERIOD, "--text", "-")
    return {"db": db, "bodies": {lead, other}, "dashed": dashed}


def shown_checklist(qtbot: QtBot, window: MainWindow) -> ChecklistDialog:
    printing = window.printing
    assert printing is not None
    qtbot.waitUntil(lambda: printing.before_output.dialog is not None, timeout=30000)
    dialog = printing.before_output.dialog
    assert isinstance(dialog, ChecklistDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_the_checklist_before_export_lists_jumps_and_goes_on(
    qtbot: QtBot, year: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(f"sqlite:///{year['db']}")
    try:
        expected = check_report_in(store, Period.parse(PERIOD))
    finally:
        store.close()
    assert 130 <= len(expected.empty) <= 172 and expected.measures == 173
    issued = {b.code for b in expected.not_accepted if b.status == "issued"}
    assert issued == year["bodies"] and expected.no_signatory  # and the reporting bodies not issued a form
    assert [m.measure_id for m in expected.errors] == [year["dashed"]]

    window = open_window(qtbot, year["db"])
    assert window.period is not None and window.period.code == PERIOD
    printing = window.printing
    assert printing is not None
    asked: list[object] = []
    target = tmp_path / "zvit-2023-Y.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(target), ""))
    printing.export_action.trigger()
    dialog = shown_checklist(qtbot, window)
    assert not asked  # the list comes before the question where to write
    assert dialog.windowTitle() == "Перед експортом і друком"
    assert dialog.go_button.text() == "Все одно експортувати"
    assert not dialog.isModal()  # the window stays usable beside it

    empty = dialog.measure_items("empty")
    assert [item.data(0, ID_ROLE) for item in empty] == [m.measure_id for m in expected.empty]
    headings = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert headings[-1] == f"Заходи без тексту виконання: {len(expected.empty)}"  # the long list last
    assert f"Виконавчі органи, подання яких ще не прийнято: {len(expected.not_accepted)}" in headings
    assert any(h.startswith("Не вказано підписанта") for h in headings)
    assert any(h == "Тексти з помилками: 1" for h in headings)
    bodies = dialog.measure_items("bodies")
    waiting = [item.text(0) for item in bodies if "(подання ще немає)" in item.text(0)]
    assert sorted(text.split(" ")[0] for text in waiting) == sorted(year["bodies"])  # the status before the name
    assert all(" (бланк не видано) — " in text for text in (i.text(0) for i in bodies) if text not in waiting)
    assert dialog.measure_items("errors")[0].text(0).startswith("Захід ")

    wanted = empty[40]  # a click on a measure selects it in the navigator
    measure_id = wanted.data(0, ID_ROLE)
    assert window.current != measure_id
    dialog.tree.scrollToItem(wanted)
    rect = dialog.tree.visualItemRect(wanted)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current == measure_id and dialog.isVisible()
    assert window.navigator.currentIndex().data(ID_ROLE) == measure_id
    dialog.tree.setCurrentItem(dialog.measure_items("errors")[0])  # and from the keyboard (Enter)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert window.current == year["dashed"] and dialog.isVisible()  # Enter went to the measure, not on

    signatory = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(0).startswith("Не вказано підписанта")
    )
    dialog.tree.itemClicked.emit(signatory, 0)  # the no-signatory row opens the report settings
    menu = window.findChild(ReportSettingsMenu)
    qtbot.waitUntil(lambda: menu.dialog is not None and menu.dialog.isVisible(), timeout=20000)
    menu.dialog.position.setPlainText("Директор департаменту економічного розвитку міської ради")
    menu.dialog.name.setText("Вікторія Сичова")
    menu.dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.checklist.no_signatory, timeout=20000)  # the list is read again
    headings = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert not any(h.startswith("Не вказано підписанта") for h in headings) and len(headings) == 3
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter elsewhere is Cancel, the default: nothing written
    qtbot.waitUntil(lambda: printing.before_output.dialog is None, timeout=5000)
    assert not asked and not target.exists()

    printing.export_action.trigger()  # asked again, the list is read again
    dialog = shown_checklist(qtbot, window)
    dialog.go_button.click()  # Все одно експортувати
    qtbot.waitUntil(target.exists, timeout=60000)
    assert len(asked) == 1 and target.read_bytes().startswith(b"%PDF")
    assert printing.before_output.dialog is None
    window._pending.clear()
    window.close()


def test_cancel_before_printing_prints_nothing(qtbot: QtBot, year: dict) -> None:
    window = open_window(qtbot, year["db"])
    printing = window.printing
    assert printing is not None
    printing.print_action.trigger()
    dialog = shown_checklist(qtbot, window)
    assert dialog.go_button.text() == "Все одно друкувати"
    dialog.reject()
    window.runner.wait()
    assert printing.prepared == 0  # no report was written for the printer
    window._pending.clear()
    window.close()
