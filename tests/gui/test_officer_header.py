"""Starting where the work is in a body's window (issue 14): a header with the body's full name, the period,
the deadline and the days left, "Заповнено N з M, помилок K" (a text with an error is not filled) and
Сформувати подання; the cursor in the first unfilled measure's text; the title the body's name and the period."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok, shared_pair
from tests.gui.test_exchange_window import open_window
from tests.gui.test_main_window import type_text
from zhdesk.gui.app import attach_panels
from zhdesk.gui.department import Department
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.officer_header import OfficerHeader, deadline_line
from zhdesk.gui.runner import Runner
from zhdesk.periods import Period
from zhdesk.services.measures import list_measures
from zhdesk.storage.database import open_store

PERIOD = "2023-Y"
GOOD = "Відремонтовано 12 об'єктів соціальної сфери на 3,4 млн грн."
SHORT = "Зроблено."  # too short to say anything: an error


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> dict:
    """The coordinator's store with a deadline 12 days ahead, and the form packages of two bodies."""
    root = tmp_path_factory.mktemp("officer")
    coordinator = root / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, other, _third = shared_pair(f"sqlite:///{coordinator}")
    deadline = dt.date.today() + dt.timedelta(days=12)
    ok("--db", coordinator, "open-period", PERIOD, "--deadline", deadline.isoformat())
    forms = root / "forms"
    forms.mkdir()
    ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead, "--body", other)
    dept = root / f"{lead}.sqlite3"
    ok("--db", dept, "open-form", forms / f"{lead}-{PERIOD}.zhform")
    measures = ok("--db", dept, "measures", "--period", PERIOD, "--body", lead, "--json").json()
    assert isinstance(measures, list) and len(measures) >= 4
    for m in measures[:2]:  # the first two filled, the rest not yet
        ok("--db", dept, "set-execution", "--measure", m["id"], "--text", GOOD)
    return {
        "coordinator": coordinator,
        "dept": dept,
        "lead": lead,
        "other": other,
        "forms": forms,
        "deadline": deadline,
        "count": len(measures),
    }


@pytest.fixture
def dept(issued: dict, tmp_path: Path) -> Path:
    """A copy of the body's store (two measures filled) for this test alone."""
    copy = tmp_path / issued["dept"].name
    shutil.copy(issued["dept"], copy)
    return copy


def body_name(db: Path, code: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as c:
            return str(c.execute(text("SELECT name FROM executive_body WHERE code = :c"), {"c": code}).scalar())
    finally:
        engine.dispose()


def plain(header: OfficerHeader) -> str:
    return header.facts.text().replace("&nbsp;", " ")


def header_of(window: object) -> OfficerHeader:
    header = window.findChild(OfficerHeader, "officerHeader")  # type: ignore[attr-defined]
    assert isinstance(header, OfficerHeader)
    return header


def test_the_header_says_whose_form_by_when_and_how_far(
    qtbot: QtBot, issued: dict, dept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, count = issued["lead"], issued["count"]
    name = body_name(dept, code)
    window = open_window(qtbot, dept, body=code)
    header = header_of(window)
    deadline = f"{issued['deadline']:%d.%m.%Y}"
    qtbot.waitUntil(lambda: name in header.facts.text() and "Термін" in plain(header), timeout=10000)
    qtbot.waitUntil(header.isVisible)  # the start page's stack takes the card's area a turn after the first screen
    assert not window.progress.isVisible()  # the header says it, once
    assert header.texts() == [
        name,
        "за 2023 рік",
        f"Термін: {deadline}, залишилось днів: 12",
        f"Заповнено 2 з {count}, помилок 0",
    ]
    panel = window.findChild(Department)
    assert isinstance(panel, Department) and not panel.deadline.isVisible()  # not again in the status bar
    line = window.fontMetrics().lineSpacing()
    assert header.height() <= 3 * line + 16, (header.height(), line)  # a line, two at most: the editor keeps its room

    window.editor.setFocus()
    type_text(window.editor, SHORT)  # a text, but with an error: not filled
    qtbot.waitUntil(lambda: f"Заповнено 2 з {count}, помилок 1" in plain(header), timeout=5000)
    assert '<span style="color:#a00000">Заповнено' in header.facts.text()  # said in red
    type_text(window.editor, " " + GOOD)
    qtbot.waitUntil(lambda: f"Заповнено 3 з {count}, помилок 0" in plain(header), timeout=5000)
    assert window.progress.text() == f"Заповнено 3 з {count}"  # the toolbar's count (coordinator's) by the same rule

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warnings.append(text))
    assert header.submit.text() == "Сформувати подання"
    header.submit.click()  # the submission's action: the other measures are empty, so refused and shown
    qtbot.waitUntil(lambda: bool(warnings), timeout=15000)
    assert "Подання не сформовано" in warnings[0] or "помилки" in warnings[0]
    window.close()
    QApplication.processEvents()


def test_the_deadline_in_words() -> None:
    day = dt.date(2026, 12, 15)
    assert deadline_line(None) == ""
    assert deadline_line(day, dt.date(2026, 12, 3)) == "Термін: 15.12.2026, залишилось днів: 12"
    assert deadline_line(day, day) == "Термін: 15.12.2026, сьогодні останній день"
    assert deadline_line(day, dt.date(2026, 12, 18)) == "Термін 15.12.2026 минув, прострочено днів: 3"


def test_no_header_in_the_coordinators_window(qtbot: QtBot, issued: dict) -> None:
    window = open_window(qtbot, issued["coordinator"])
    header = window.findChild(OfficerHeader, "officerHeader")
    assert header is None or not header.isVisible()
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)  # the toolbar says it there
    window.close()
    QApplication.processEvents()


def test_the_window_opens_typing_into_the_first_unfilled_text(qtbot: QtBot, issued: dict, dept: Path) -> None:
    code = issued["lead"]
    window = open_window(qtbot, dept, body=code)
    ids = window.model.measure_ids()
    first_unfilled = next(m for m in ids if not window.rows[m].execution.strip())
    assert first_unfilled == ids[2]  # the first two are filled
    assert window.current == first_unfilled
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=5000)
    with qtbot.waitSignal(window.saved, timeout=10000):
        qtbot.keyClicks(QApplication.focusWidget(), "Remont")
    assert window.search.text() == "" and window.current == first_unfilled
    assert window.editor.toPlainText() == "Remont"
    window.close()
    QApplication.processEvents()
    store = open_store(f"sqlite:///{dept}")
    try:
        with store.reading() as session:
            rows = {r.id: r for r in list_measures(session, Period.parse(PERIOD), code, own_texts=True)}
    finally:
        store.close()
    assert rows[first_unfilled].execution == "Remont" and rows[ids[0]].execution == GOOD


def test_all_filled_the_window_starts_on_the_first_measure(qtbot: QtBot, issued: dict, dept: Path) -> None:
    code = issued["lead"]
    for m in ok("--db", dept, "measures", "--period", PERIOD, "--body", code, "--json").json():  # type: ignore[union-attr]
        ok("--db", dept, "set-execution", "--measure", m["id"], "--text", GOOD)
    window = open_window(qtbot, dept, body=code)
    assert window.current == window.model.measure_ids()[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=5000)
    window.close()
    QApplication.processEvents()


def test_the_title_is_the_bodys_name_and_the_period(qtbot: QtBot, issued: dict, dept: Path) -> None:
    code = issued["lead"]
    name = body_name(dept, code)
    window = open_window(qtbot, dept, body=code)
    qtbot.waitUntil(lambda: window.windowTitle() == f"{name} — за 2023 рік", timeout=10000)
    assert str(dept.parent) not in window.windowTitle() and ".sqlite3" not in window.windowTitle()
    window.close()
    QApplication.processEvents()


def texts_of(db: Path, code: str) -> dict[str, str]:
    store = open_store(f"sqlite:///{db}")
    try:
        with store.reading() as session:
            return {r.id: r.execution for r in list_measures(session, Period.parse(PERIOD), code, own_texts=True)}
    finally:
        store.close()


def test_another_bodys_form_gets_a_store_of_its_own(qtbot: QtBot, issued: dict, dept: Path) -> None:
    """The lead's store is this machine's; the other body's package is offered a separate store in the data
    folder, opened there in a new window; the lead's store and texts are untouched; both are recent stores."""
    import shiboken6

    from zhdesk import paths
    from zhdesk.gui.store_files import StoreFiles, read_recent
    from zhdesk.services.department import body_store_path
    from zhdesk.storage.quick import scope_body

    lead, other = issued["lead"], issued["other"]
    before, size = texts_of(dept, lead), dept.stat().st_size
    window = MainWindow(lambda: open_store(f"sqlite:///{dept}"), Runner(), quick_path=dept, body=lead)
    attach_panels(window, coordinator=False)  # not qtbot's: the new store's window replaces (deletes) it
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    qtbot.waitUntil(lambda: window.findChild(StoreFiles) is not None, timeout=10000)  # the File menu follows
    files = window.findChild(StoreFiles)
    assert isinstance(files, StoreFiles)
    windows: list[object] = []
    files.opened.connect(windows.append)
    panel = window.findChild(Department)
    assert isinstance(panel, Department)
    panel.open_form(issued["forms"] / f"{other}-{PERIOD}.zhform")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "otherBodysForm") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "otherBodysForm")
    assert isinstance(box, QMessageBox)
    target = paths.data_dir() / f"zhdesk-{other}.sqlite3"
    assert body_store_path(other) == target and target.parent == paths.default_store_path().parent
    assert body_name(issued["coordinator"], other) in box.text() and str(target) in box.text()
    assert "не може прийняти" not in box.text()
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert accept.text() == "Створити окреме сховище"
    accept.click()

    qtbot.waitUntil(lambda: bool(windows), timeout=20000)
    new = windows[0]  # not qtbot's either: the lead's store opened from it replaces it
    qtbot.waitUntil(lambda: new.body == other and bool(new.model.measure_ids()), timeout=20000)  # type: ignore[attr-defined]
    header = header_of(new)
    other_name = body_name(issued["coordinator"], other)
    qtbot.waitUntil(lambda: other_name in plain(header), timeout=10000)
    qtbot.waitUntil(lambda: new.windowTitle() == f"{other_name} — за 2023 рік", timeout=10000)  # type: ignore[attr-defined]
    assert scope_body(target) == other and scope_body(dept) == lead
    recent = read_recent()
    assert any(str(target) in url for url in recent) and any(str(dept) in url for url in recent)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)  # the lead's window gave way
    assert texts_of(dept, lead) == before and dept.stat().st_size == size  # the lead's store as it was

    # the lead's package opened in the other's window: the lead's store is known (recent), offered as it is
    again = new.findChild(Department)  # type: ignore[attr-defined]
    assert isinstance(again, Department)
    files = new.findChild(StoreFiles)  # type: ignore[attr-defined]
    assert isinstance(files, StoreFiles)
    files.opened.connect(windows.append)
    opened_in: list[object] = []  # the package opened in the window that took over (its reload follows)
    files.opened.connect(lambda w: w.findChild(Department).form_opened.connect(opened_in.append))
    again.open_form(issued["forms"] / f"{lead}-{PERIOD}.zhform")
    qtbot.waitUntil(lambda: new.findChild(QMessageBox, "otherBodysForm") is not None, timeout=10000)  # type: ignore[attr-defined]
    box = new.findChild(QMessageBox, "otherBodysForm")  # type: ignore[attr-defined]
    assert isinstance(box, QMessageBox) and str(dept) in box.text() and "уже має своє сховище" in box.text()
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert accept.text() == "Відкрити його сховище"
    accept.click()
    qtbot.waitUntil(lambda: len(windows) == 2, timeout=20000)
    back = windows[1]
    qtbot.addWidget(back)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: back.body == lead and bool(back.model.measure_ids()), timeout=20000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(opened_in) and back.editor.isEnabled(), timeout=20000)  # type: ignore[attr-defined]
    assert back.store_key == str(dept) and scope_body(target) == other  # type: ignore[attr-defined]
    assert not any(p.name.startswith(f"zhdesk-{lead}") for p in paths.data_dir().iterdir())  # no second store
    back.close()  # type: ignore[attr-defined]
    back.runner.wait()  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert {m: t for m, t in texts_of(dept, lead).items() if t} == {m: t for m, t in before.items() if t}


def test_the_header_names_the_body_and_the_deadline_at_the_first_screen(qtbot: QtBot, issued: dict, dept: Path) -> None:
    """Read with the first screen (the quick reader), not seconds later once the store is open: never the code."""
    code = issued["lead"]
    name = body_name(dept, code)
    window = MainWindow(lambda: open_store(f"sqlite:///{dept}"), Runner(), quick_path=dept, body=code)
    seen: dict[str, object] = {}
    window.ready.connect(lambda: seen.setdefault("store", window.session.store))  # before ready's other slots
    attach_panels(window, coordinator=False)  # (the department's opens the store on the runner for the comments)
    qtbot.addWidget(window)
    window.ready.connect(lambda: seen.setdefault("texts", header_of(window).texts()))
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert seen["store"] is None  # the first screen came from the quick reader
    texts = seen["texts"]
    assert isinstance(texts, list) and texts[0] == name != code
    assert texts[2] == f"Термін: {issued['deadline']:%d.%m.%Y}, залишилось днів: 12"
    window.close()
    QApplication.processEvents()
