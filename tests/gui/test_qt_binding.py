"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
method returning void, and the process dies ("deallocating None") after a few thousand such calls —
minutes of typing. This guards the pinned version."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTreeWidgetItem
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    item = QTreeWidgetItem(["x"])
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("текст")
        item.setData(0, 256, "id")
    assert sys.getrefcount(None) >= before - 20  # a leaking binding loses 400 here
