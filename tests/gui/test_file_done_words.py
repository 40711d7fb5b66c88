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


def test_qts_own_file_dialog_is_all_ukrainian(qtbot: QtBot, tmp_path: Path) -> None:
    """Where the system has no file dialog of its own (Linux without a desktop theme), Qt's is shown:
    qtbase_uk.qm leaves "Look in:" and "Files of type:" in English and runs "Показати" into the column's name."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "Зберегти звіт", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    actions = [action.text() for action in dialog.findChildren(QAction) if action.text()]
    assert "&Шукати в:" in labels and "&Тип файлів:" in labels
    assert "Показати стовпець Розмір" in actions
    latin = [text for text in labels + actions if any("a" <= c.lower() <= "z" for c in text)]
    assert latin == []
