"""The message after a file is written speaks the window's language (issue 14): its buttons were filed under
the translation context "parent" by ``parent.tr`` and so showed "Open" and "Show in folder" in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from zhdesk.gui.exchange_dialogs import show_file_done


def test_the_file_done_message_is_all_ukrainian(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    written = tmp_path / "звіт.pdf"
    written.write_bytes(b"%PDF-1.4")
    box = show_file_done(window, "Записано", written, open_file=True)
    words = {button.text().replace("&", "") for button in box.findChildren(QPushButton)}
    assert words == {"Відкрити", "Показати в теці", "Закрити"}
    assert box.windowTitle() == "zhdesk"
    box.close()


def test_every_translation_context_is_one_the_window_looks_up() -> None:
    """``x.tr("…")`` on a variable files the words under the variable's name (``parent``, ``window``,
    ``dialog``), a context nothing looks them up in at run time: the window then shows English."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "i18n" / "zhdesk_uk.ts"
    contexts = {name.text or "" for name in ET.parse(ts).getroot().iter("name")}
    assert contexts and [c for c in contexts if not c[:1].isupper()] == []
