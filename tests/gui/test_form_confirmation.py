"""Opening a form package in the window: the first package's coordinator key is shown to the officer; a
package signed with another key, or for another programme year, is asked about with both sides shown and
opened only on yes (no changes the store at all)."""

from __future__ import annotations

import copy
import re
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.exchange.signed import form_content, signed_form, the_coordinators_key
from tests.exchange.util import ok, shared_pair
from tests.helpers import dump_store
from zhdesk.exchange.signing import fingerprint
from zhdesk.gui.app import attach_panels
from zhdesk.gui.department import Department
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.storage.database import open_store

PERIOD = "2023-Y"
FINGERPRINT = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}")


@pytest.fixture
def issued(tmp_path: Path, real_report: Path) -> tuple[str, Path, str]:
    """The coordinator's store URL, a package for 2023-Y issued to a small body, and that body's code."""
    coordinator = tmp_path / "coordinator.sqlite3"
    ok("--db", coordinator, "import-report", real_report, "--period", "2023-9M")
    _shared, lead, _other, _third = shared_pair(f"sqlite:///{coordinator}")
    forms = tmp_path / "forms"
    forms.mkdir()
    done = ok("--db", coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead)
    assert FINGERPRINT.search(done.out), done.out
    return f"sqlite:///{coordinator}", forms / f"{lead}-{PERIOD}.zhform", lead


def window_on(qtbot: QtBot, db: Path, body: str | None = None) -> tuple[MainWindow, Department]:
    window = MainWindow(lambda: open_store(f"sqlite:///{db}"), Runner(), quick_path=db, body=body)
    attach_panels(window, coordinator=body is None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    department = window.findChild(Department)
    assert isinstance(department, Department)
    return window, department


def box_saying(qtbot: QtBot, window: MainWindow, *words: str) -> QMessageBox:
    """The message box the window has open that holds every one of ``words``."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible() and all(w in b.text() for w in words)]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def click(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if label in b.text())
    button.click()
    QApplication.processEvents()


def test_the_first_package_shows_the_coordinators_fingerprint(
    qtbot: QtBot, tmp_path: Path, issued: tuple[str, Path, str]
) -> None:
    _url, package, body = issued
    window, department = window_on(qtbot, tmp_path / "fresh.sqlite3")
    department.open_form(package)
    qtbot.waitUntil(lambda: window.body == body, timeout=20000)
    from tests.exchange.signed import form_manifest

    shown = fingerprint(form_manifest(package)["coordinator_key"])
    box = box_saying(qtbot, window, shown)
    assert "координатор" in box.text()  # said in the officer's language
    box.accept()


def test_another_coordinator_key_is_asked_about_and_opened_only_on_yes(
    qtbot: QtBot, tmp_path: Path, issued: tuple[str, Path, str]
) -> None:
    _url, package, body = issued
    dept = tmp_path / "dept.sqlite3"
    ok("--db", dept, "open-form", package)
    trusted = FINGERPRINT.findall(ok("--db", dept, "open-form", package).out)[0]
    other = Ed25519PrivateKey.generate()
    content = copy.deepcopy(form_content(package))
    content["issued_at"] = "2030-01-01T00:00:00+00:00"
    (tmp_path / "new.zhform").write_bytes(signed_form(content, other))
    new = fingerprint(other.public_key().public_bytes_raw().hex())
    before = dump_store(f"sqlite:///{dept}")

    window, department = window_on(qtbot, dept, body=body)
    department.open_form(tmp_path / "new.zhform")
    box = box_saying(qtbot, window, new, trusted)
    click(box, "Не відкривати")
    qtbot.waitUntil(lambda: "не відкрито" in window.statusBar().currentMessage(), timeout=5000)
    window.runner.wait()
    assert dump_store(f"sqlite:///{dept}") == before  # refused: nothing changed

    department.open_form(tmp_path / "new.zhform")
    click(box_saying(qtbot, window, new, trusted), "Довіряти новому ключу")
    qtbot.waitUntil(lambda: new in window.statusBar().currentMessage(), timeout=20000)
    assert trusted in window.statusBar().currentMessage()  # "... instead of the old one"
    # the new key is the trusted one now: the first coordinator's package is asked about in turn
    assert "--trust-new-coordinator" in ok_or_err(dept, package)


def ok_or_err(dept: Path, package: Path) -> str:
    from tests.exchange.util import z

    return z("--db", dept, "open-form", package).err


def test_another_programme_year_is_asked_about_and_opened_on_yes(
    qtbot: QtBot, tmp_path: Path, issued: tuple[str, Path, str]
) -> None:
    url, package, body = issued
    dept = tmp_path / "dept.sqlite3"
    ok("--db", dept, "open-form", package)
    next_year = copy.deepcopy(form_content(package))
    next_year["period"], next_year["programme"]["year"] = "2024-Q1", 2024
    for measure in next_year["measures"]:
        measure["id"] = str(uuid.uuid4())
        measure["previous_text"], measure["previous_period"], measure["own_text"] = "", "", ""
    (tmp_path / "2024.zhform").write_bytes(signed_form(next_year, the_coordinators_key(url)))
    before = dump_store(f"sqlite:///{dept}")

    window, department = window_on(qtbot, dept, body=body)
    department.open_form(tmp_path / "2024.zhform")
    box = box_saying(qtbot, window, "2024", "2023")
    assert "за І квартал 2024 року" in box.text() and "за 2023 рік" in box.text(), box.text()
    box.reject()  # Esc is "do not open"
    qtbot.waitUntil(lambda: "не відкрито" in window.statusBar().currentMessage(), timeout=5000)
    window.runner.wait()
    assert dump_store(f"sqlite:///{dept}") == before

    department.open_form(tmp_path / "2024.zhform")
    click(box_saying(qtbot, window, "2024", "2023"), "2024")
    qtbot.waitUntil(lambda: window.period is not None and window.period.code == "2024-Q1", timeout=20000)
    assert len(window.model.measure_ids()) == len(next_year["measures"])
