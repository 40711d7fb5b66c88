"""The dashboard's buttons wrap onto a second line in a narrow window instead of widening it past the
screen (the coordinator's window at 1024 px with a large system font was ~1360 px wide at least)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok
from zhdesk.gui.flow_layout import FlowLayout

REPO = Path(__file__).resolve().parents[2]


def test_buttons_wrap_at_the_width_they_are_given(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(f"Кнопка номер {n}…") for n in range(6)]
    for button in buttons:
        flow.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest  # as narrow as its widest button
    one_line = flow.sizeHint().width()
    holder.resize(one_line, flow.heightForWidth(one_line))
    holder.show()
    qtbot.waitExposed(holder)
    assert len({b.y() for b in buttons}) == 1  # all on one line when there is room
    narrow = widest * 2 + 20
    holder.resize(narrow, flow.heightForWidth(narrow))
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 3)  # two a line
    assert all(b.geometry().right() < narrow for b in buttons)  # none cut at the right
    assert flow.heightForWidth(narrow) >= 3 * buttons[0].sizeHint().height()


WIDTH = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget
app = QApplication([])
from zhdesk.gui import language
from zhdesk.gui.app import attach_panels
from zhdesk.gui.main_window import MainWindow
from zhdesk.gui.runner import Runner
from zhdesk.storage.database import open_store
language.install(app, sys.argv[2])
db = Path(sys.argv[1])
window = MainWindow(lambda: open_store(f"sqlite:///{db}"), Runner(), quick_path=db)
attach_panels(window, coordinator=True)
window.show()
def measured():
    if window.findChild(QDockWidget, "dashboardDock") is None:
        return QTimer.singleShot(100, measured)
    QTimer.singleShot(300, lambda: (print(window.minimumSizeHint().width() * window.devicePixelRatio()), app.quit()))
QTimer.singleShot(100, measured)
app.exec()
"""


def test_the_coordinators_window_fits_1024_px_with_a_large_font(tmp_path: Path, real_report: Path) -> None:
    db = tmp_path / "coordinator.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_FONT_DPI": "144", "XDG_CONFIG_HOME": str(tmp_path)}
    for language in ("uk", "en"):
        done = subprocess.run(
            [sys.executable, "-c", WIDTH, str(db), language],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert float(done.stdout.split()[-1]) <= 1024, language  # in the screen's pixels (1.5 a point at 144)
