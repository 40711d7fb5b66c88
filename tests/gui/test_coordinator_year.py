"""The coordinator runs the year from the window (issue 13's "Done means"): on a fresh store, nothing on the
command line and no service called for the coordinator's steps — Файл → Створити сховище…, the real report
imported in the import dialog, the signatory set in Налаштування → Параметри звіту…, 2023-Y opened with a
deadline in Новий звітний період…, the forms issued to the reporting bodies (Видати бланки…), the bodies'
submissions received (Отримати подання…), reviewed in Звіт, accepted, and the PDF exported with the checklist
shown: the signature and a submitted text are in it. The departments' side is made with the services, on
their own stores, from the very form packages the window wrote."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.gui.test_exchange_window import confirm
from tests.gui.test_import_dialogs import import_dialog
from tests.gui.test_new_period import dialog_of
from tests.gui.test_report_settings import open_settings
from tests.gui.test_review_view import open_review
from tests.gui.test_store_files import (  # noqa: F401 - close_windows and settings: autouse fixtures
    action,
    close_windows,
    open_window,
    page_of,
    page_shown,
    replaced,
    settings,
)
from zhdesk.gui.coordinator.new_period import CODE_ROLE
from zhdesk.gui.coordinator.return_dialog import CODE_ROLE as RETURN_CODE
from zhdesk.gui.coordinator.return_dialog import ReturnDialog
from zhdesk.gui.dashboard import Dashboard
from zhdesk.gui.exchange_dialogs import ReceivedDialog
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.navigator_model import ID_ROLE
from zhdesk.gui.settings_dialog import ReportSettingsMenu
from zhdesk.periods import Period
from zhdesk.services.department import open_form_package, write_submission
from zhdesk.services.entry import enter_text
from zhdesk.services.measures import list_measures
from zhdesk.storage.database import open_store

POSITION = "Директор департаменту економічного\nрозвитку міської ради"
NAME = "Вікторія Сичова"
SUBMITTING = ("UMR", "DER")  # Управління муніципального розвитку (4 measures), Департамент економічного розвитку (8)
YEAR = Period.parse("2023-Y")


def officer(form: Path, folder: Path, words: dict[str, str] | None = None) -> tuple[Path, dict[str, str]]:
    """The body's officer: the form package (the first, or one returned with comments) opened in the body's own
    store, a text typed for each of its measures (``words``: only these measures, these texts), the submission
    written. Returns the .zhsub and the texts typed (measure id → text)."""
    code = form.name.removesuffix(f"-{YEAR.code}.zhform")
    store = open_store(f"sqlite:///{folder / f'{code}.sqlite3'}")
    try:
        opened = open_form_package(store, form)
        assert opened.body == code and opened.period == YEAR.code
        if words is None:
            with store.reading() as session:
                measures = list_measures(session, YEAR, code, own_texts=True)
            words = {
                m.id: f"{code}: за 2023 рік захід {m.no.strip()} виконано, кошти використано повністю."
                for m in measures
            }
        for measure_id, text in words.items():
            enter_text(store, measure_id, text)
        target = folder / f"{code}-{YEAR.code}-{opened.comments}.zhsub"
        write_submission(store, target, author=f"Виконавець {code}")
    finally:
        store.close()
    return target, words


def receive(qtbot: QtBot, window: MainWindow, files: list[Path], monkeypatch: pytest.MonkeyPatch) -> str:
    """Отримати подання…: the files chosen in the window's file dialog; what the window said of them."""
    dashboard = dashboard_of(qtbot, window)
    before = set(window.findChildren(ReceivedDialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(f) for f in files], ""))
    assert dashboard.receive_button.text() == "Отримати подання…"
    dashboard.receive_button.click()
    qtbot.waitUntil(lambda: bool(set(window.findChildren(ReceivedDialog)) - before), timeout=30000)
    received = next(iter(set(window.findChildren(ReceivedDialog)) - before))
    said = received.browser.toPlainText()
    received.close()
    return said


def printed(text: str, flat: str) -> bool:
    """``text``'s words in ``flat`` in their order, the lines of the cell beside it (the executors, the
    programme) allowed between them, as pdftotext reads a table row."""
    words, found = text.split(), flat.split()
    for start in (i for i, word in enumerate(found) if word == words[0]):
        window, at = found[start : start + 3 * len(words)], 0
        for word in window:
            if at < len(words) and word == words[at]:
                at += 1
        if at == len(words):
            return True
    return False


def dashboard_of(qtbot: QtBot, window: MainWindow) -> Dashboard:
    dashboard = window.findChild(Dashboard, "dashboardDock")
    assert isinstance(dashboard, Dashboard)
    qtbot.waitUntil(lambda: dashboard.overview is not None, timeout=20000)
    return dashboard


def status_of(dashboard: Dashboard, code: str) -> str:
    return next((s.status for s in dashboard.model.rows if s.code == code), "")


def test_the_coordinator_runs_the_year_from_the_window(
    qtbot: QtBot, tmp_path: Path, real_report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # -- a store of one's own: Файл → Створити сховище… ----------------------------------------------------------
    first = open_window(qtbot, f"sqlite:///{tmp_path / 'first.sqlite3'}")  # the default store, empty
    qtbot.waitUntil(lambda: page_shown(first), timeout=10000)
    db = tmp_path / "council" / "coordinator.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(db), ""))
    create = action(first, "createStoreAction")
    assert create.text() == "Створити сховище…"
    create.trigger()
    window = replaced(qtbot, first)
    qtbot.waitUntil(lambda: page_shown(window), timeout=10000)
    assert db.is_file() and window.windowTitle() == "zhdesk — coordinator.sqlite3"
    window.resize(1024, 700)  # a small screen: everything below has its room there too

    # -- the real report, in the import dialog (from the start page) ------------------------------------------
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(real_report), ""))
    page_of(window).report_button.click()
    dialog = import_dialog(qtbot)
    assert dialog.period_combo.currentData() == "2023-9M"  # proposed from the file's title
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.outcome.written, timeout=60000)
    assert "Імпортовано за 9 місяців 2023 року." in " ".join(dialog.summary.toPlainText().split())
    dialog.close()
    qtbot.waitUntil(lambda: window.period is not None and window.period.code == "2023-9M", timeout=60000)
    assert not page_shown(window) and len(window.model.measure_ids()) == 173
    title = "Програма Житомирської міської територіальної громади на 2023 рік — за 9 місяців 2023 року — "
    qtbot.waitUntil(lambda: window.windowTitle() == title + "coordinator.sqlite3", timeout=10000)

    # -- the signatory: Налаштування → Параметри звіту… ----------------------------------------------------------
    qtbot.waitUntil(lambda: window.findChild(ReportSettingsMenu) is not None, timeout=10000)
    report_settings = open_settings(qtbot, window)
    assert report_settings.community.text() == "Житомирської міської територіальної громади"
    report_settings.position.setPlainText(POSITION)
    report_settings.name.setText(NAME)
    assert report_settings.printed_name.text() == "Вікторія СИЧОВА"
    report_settings.save_button.click()
    menu = window.findChild(ReportSettingsMenu)
    qtbot.waitUntil(lambda: menu.dialog is None, timeout=20000)
    assert window.statusBar().currentMessage() == "Параметри звіту збережено"

    # -- 2023-Y with a deadline: Новий звітний період… -------------------------------------------------------
    dashboard = dashboard_of(qtbot, window)
    assert dashboard.period_button.text() == "Новий звітний період…"
    dashboard.period_button.click()
    opening = dialog_of(qtbot, window)
    assert opening.period_combo.currentData() == YEAR.code  # the one after 2023-9M
    bodies = {opening.bodies.item(r).data(CODE_ROLE): opening.bodies.item(r) for r in range(opening.bodies.count())}
    reporting = {code for code, item in bodies.items() if item.checkState() == Qt.CheckState.Checked}
    assert set(SUBMITTING) <= reporting and "BF" not in reporting  # благодійні фонди only co-execute
    deadline = dt.date.today() + dt.timedelta(days=9)
    opening.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
    opening.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.period is not None and window.period.code == YEAR.code, timeout=30000)
    qtbot.waitUntil(lambda: (dashboard.overview.period if dashboard.overview else "") == YEAR.code, timeout=20000)
    assert f"термін подання {deadline:%d.%m.%Y}" in dashboard.summary.text()
    qtbot.waitUntil(
        lambda: window.windowTitle() == title.replace("за 9 місяців 2023 року", "за 2023 рік") + db.name, timeout=10000
    )

    # -- Видати бланки…: a form package for each reporting body ----------------------------------------------
    forms = tmp_path / "forms"
    forms.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(forms))
    assert dashboard.issue_button.text() == "Видати бланки…"
    dashboard.issue_button.click()
    qtbot.waitUntil(lambda: all(status_of(dashboard, c) == "issued" for c in SUBMITTING), timeout=60000)
    issued = {p.name.removesuffix(f"-{YEAR.code}.zhform") for p in forms.iterdir()}
    assert issued == reporting

    # -- the departments fill their forms and submit (their own stores) ------------------------------------
    offices = tmp_path / "offices"
    offices.mkdir()
    submitted: dict[str, str] = {}
    files = []
    for code in SUBMITTING:
        path, texts = officer(forms / f"{code}-{YEAR.code}.zhform", offices)
        files.append(path)
        submitted.update(texts)
    said = receive(qtbot, window, files, monkeypatch)
    assert "отримано: 2" in said and "відхилено: 0" in said, said
    qtbot.waitUntil(lambda: all(status_of(dashboard, c) == "submitted" for c in SUBMITTING), timeout=30000)

    # -- Звіт: the submitted texts in the report, each from its body; a click to the card ----------------------
    review = open_review(qtbot, window)
    qtbot.waitUntil(lambda: review.table is not None and review.table.period == YEAR.code, timeout=30000)
    qtbot.wait(100)
    assert review.view.viewport().height() >= 8 * review.view.sizeHintForRow(0)  # the report, not a slit of it
    returned_id = next(m for m, t in submitted.items() if t.startswith("DER:"))
    review.find.setText(submitted[returned_id][:40])
    rows = review.model.measure_rows()
    assert [r.measure_id for r in rows] == [returned_id] and rows[0].state == "bodies"
    assert rows[0].from_bodies == ("DER",) and submitted[returned_id] in rows[0].execution
    index = review.model.index(review.model.row_of(returned_id), 2)
    review.view.scrollTo(index)
    qtbot.mouseClick(review.view.viewport(), Qt.MouseButton.LeftButton, pos=review.view.visualRect(index).center())
    assert window.current == returned_id and submitted[returned_id] in window.editor.toPlainText()
    review.find.clear()
    review.state_combo.setCurrentIndex(review.state_combo.findData("bodies"))
    assert {r.measure_id for r in review.model.measure_rows()} == set(submitted)  # no text lost on the way
    review.state_combo.setCurrentIndex(0)

    # -- one measure back to DER with a comment, from the review; the officer corrects it, the window receives
    review.select(returned_id)
    assert review.return_button.isEnabled()
    review.return_button.click()
    qtbot.waitUntil(lambda: isinstance(review.actions.return_dialog, ReturnDialog), timeout=10000)
    back = review.actions.return_dialog
    qtbot.waitUntil(back.isVisible, timeout=5000)
    assert [back.bodies.item(i).data(RETURN_CODE) for i in range(back.bodies.count())] == ["DER"]
    back.measure_comments[returned_id].setPlainText("Вкажіть суму використаних коштів.")
    returned = tmp_path / "returned"
    returned.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(returned))
    back.ok_button.click()
    qtbot.waitUntil(lambda: status_of(dashboard, "DER") == "returned", timeout=30000)
    corrected = "DER: за 2023 рік використано 434,090 тис. грн; проведено 12 засідань ради підприємців."
    again, _ = officer(returned / f"DER-{YEAR.code}.zhform", offices, {returned_id: corrected})
    submitted[returned_id] = corrected
    said = receive(qtbot, window, [again], monkeypatch)
    assert "отримано: 1" in said, said
    qtbot.waitUntil(lambda: status_of(dashboard, "DER") == "submitted", timeout=30000)
    qtbot.waitUntil(
        lambda: (
            review.table is not None
            and next(r.execution for r in review.table.rows if r.measure_id == returned_id) == corrected
        ),
        timeout=30000,
    )

    # -- accept each body's submission (asked first) ------------------------------------------------------------
    dashboard.raise_()
    for code in SUBMITTING:
        dashboard.select_body(code)
        assert dashboard.selected_code() == code
        dashboard.accept_button.click()
        confirm(qtbot, dashboard.commands.review)
        qtbot.waitUntil(lambda code=code: status_of(dashboard, code) == "accepted", timeout=20000)

    # -- the PDF, after the checklist ------------------------------------------------------------------------
    target = tmp_path / "zvit-2023-Y.pdf"
    asked: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **_k: asked.append(a) or (str(target), "PDF (*.pdf)")
    )
    dashboard.export_button.click()
    printing = window.printing
    assert printing is not None
    qtbot.waitUntil(lambda: printing.before_output.dialog is not None, timeout=30000)
    checklist = printing.before_output.dialog
    qtbot.waitUntil(checklist.isVisible, timeout=5000)
    assert not asked  # the list comes before the question where to write
    headings = [checklist.tree.topLevelItem(i).text(0) for i in range(checklist.tree.topLevelItemCount())]
    assert not any(h.startswith("Не вказано підписанта") for h in headings), headings  # set above
    assert any(h.startswith("Заходи без тексту виконання:") for h in headings)  # the other bodies' measures
    empty = {item.data(0, ID_ROLE) for item in checklist.measure_items("empty")}
    assert not empty & set(submitted)
    bodies_waiting = " ".join(item.text(0) for item in checklist.measure_items("bodies"))
    assert not any(f"{code} " in bodies_waiting for code in SUBMITTING)  # accepted: not in the list
    checklist.go_button.click()  # Все одно експортувати
    qtbot.waitUntil(target.exists, timeout=60000)
    qtbot.waitUntil(lambda: printing.before_output.dialog is None, timeout=5000)
    assert len(asked) == 1

    pdf = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, text=True)
    pages = pdf.stdout.split("\f")
    assert "за 2023 рік" in " ".join(pages[0].split())
    last = [p for p in pages if p.strip()][-1]
    line = next(line for line in last.splitlines() if "Вікторія СИЧОВА" in line)
    assert "розвитку міської ради" in line  # the name level with the position's last line
    plain = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True, text=True).stdout
    flat = " ".join(plain.split())  # the cells' lines one after another (-layout interleaves the columns)
    for code in SUBMITTING:  # every submitted text printed, each once
        assert flat.count(f"{code}: за 2023 рік захід ") == sum(
            t.startswith(f"{code}: за 2023 рік захід ") for t in submitted.values()
        )
    assert printed(corrected, flat) and "кошти використано повністю." in flat
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window and widget.inherits("QMessageBox"):
            widget.close()  # "the report is saved"


@pytest.fixture
def year_db(tmp_path: Path, real_report: Path) -> Path:
    """The year as the test above leaves it before the review, made with the services: the real report, 2023-Y
    open, forms issued, two bodies' submissions received."""
    from zhdesk.exchange.forms import issue_forms
    from zhdesk.exchange.submissions import receive_files
    from zhdesk.importing.readers import read_report
    from zhdesk.services.programme_import import import_report
    from zhdesk.services.reporting import open_period_in

    db = tmp_path / "coordinator.sqlite3"
    forms, offices = tmp_path / "forms", tmp_path / "offices"
    forms.mkdir()
    offices.mkdir()
    store = open_store(f"sqlite:///{db}")
    try:
        import_report(store, read_report(real_report), Period.parse("2023-9M"))
        open_period_in(store, YEAR, dt.date(2024, 1, 10))
        issue_forms(store, YEAR, forms, list(SUBMITTING))
        receive_files(store, [officer(forms / f"{code}-{YEAR.code}.zhform", offices)[0] for code in SUBMITTING])
    finally:
        store.close()
    return db


def lines(box: QPlainTextEdit) -> float:
    return box.viewport().height() / box.fontMetrics().lineSpacing()


def test_the_report_the_programme_card_and_the_settings_have_room_in_a_small_window(
    qtbot: QtBot, year_db: Path
) -> None:
    from tests.gui.test_exchange_window import open_window as open_on
    from tests.gui.test_programme_editing import context_action, editing_of
    from zhdesk.gui.programme_card import ProgrammeCard

    window = open_on(qtbot, year_db)
    dashboard = dashboard_of(qtbot, window)
    qtbot.waitUntil(lambda: not dashboard.isHidden(), timeout=10000)  # the docks shown, the report among them
    window.resize(1024, 700)
    review = open_review(qtbot, window)
    qtbot.waitUntil(lambda: review.table is not None and review.model.measure_rows() != [], timeout=30000)
    measure = next(r for r in review.model.measure_rows() if r.state == "bodies")
    review.select(measure.measure_id)
    qtbot.wait(200)
    assert window.height() <= 700, window.minimumSizeHint()  # the docked report fits the screen
    rows = review.view.viewport().height() / review.view.sizeHintForRow(0)
    assert rows >= 8, rows  # the report, not a slit of it
    assert lines(review.mine) >= 2.5 and review.mine.width() >= review.view.width() * 0.9  # its text whole
    assert review.mine.toPlainText() == measure.execution
    assert lines(window.editor) >= 2.5  # and the card's editor above
    assert review.card_button.mapTo(window, review.card_button.rect().bottomRight()).y() <= window.height()

    editing = editing_of(window)
    qtbot.waitUntil(lambda: editing.outline is not None, timeout=20000)
    dashboard.raise_()
    qtbot.wait(100)
    context_action(qtbot, window, window.model.index_of(measure.measure_id), "Змінити захід…")
    card = window.findChild(ProgrammeCard)
    assert isinstance(card, ProgrammeCard) and card.isVisible()
    qtbot.wait(200)
    form = card.scroller.widget()
    assert form.height() <= card.scroller.viewport().height() + 1, (form.height(), card.scroller.viewport().height())
    for key in ("no", "text", "executors"):  # every field in sight, the texts with room to write
        field = card.inputs[key]
        assert field.visibleRegion().boundingRect().height() == field.height(), key
    assert lines(card.inputs["text"]) >= 1.9 and lines(window.editor) >= 1.9
    card.close_editing()

    settings_dialog = open_settings(qtbot, window)  # within the screen, however small (at 150 %: 853 × 533)
    free = window.screen().availableGeometry()
    assert settings_dialog.width() <= free.width() and settings_dialog.height() <= free.height()
    settings_dialog.reject()
    window._pending.clear()
    window.close()
