"""The window's receipt of received files: the measures not applied, retired or given to another body."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from zhdesk.exchange.submissions import Received
from zhdesk.gui.exchange_dialogs import ReceivedDialog


def test_the_receipt_tells_retired_from_given_to_another_body(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    result = Received("DER.zhsub", "received", body="DER", period="2023-Y", sequence=2, entries=5)
    result.retired, result.reassigned = ["a"], ["b", "c"]
    dialog = ReceivedDialog(parent, [result])
    shown = dialog.browser.toPlainText()
    assert "Заходів бланка, виключених із програми після його видачі: 1; їхні тексти не внесено." in shown
    assert (
        "Заходів бланка, які зміни до програми передали іншим виконавцям після його видачі: 2; "
        "їхні тексти не внесено." in shown
    )
    dialog.close()
