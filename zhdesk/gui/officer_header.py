"""The top of a body's window: whose form it is, for which period, by when, how far the officer got, and
the way out (Сформувати подання).

The facts on one line (two when the window is narrow and the font large), the button at the end of the
toolbar's row; built from what the window already holds: the period and the counts from its ``Worklist``,
the body's name from the title's facts (or the package just opened), the deadline from the department's
form facts. Nothing here reads the store."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from zhdesk.gui.deadlines import day_words
from zhdesk.gui.period_words import period_words
from zhdesk.gui.qt_namespace import set_enum

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow

SEPARATOR = "&nbsp;· "  # the dot stays with the part before it


def deadline_line(deadline: dt.date | None, today: dt.date | None = None) -> str:
    """ "Термін: 15.12.2026, залишилось днів: 12"; overdue said plainly; "" without a deadline."""
    if deadline is None:
        return ""
    days = (deadline - (today or dt.date.today())).days
    day = day_words(deadline)
    if days > 0:
        return QCoreApplication.translate("OfficerHeader", "Deadline: {0}, days left: {1}").format(day, days)
    if days == 0:
        return QCoreApplication.translate("OfficerHeader", "Deadline: {0}, today is the last day").format(day)
    return QCoreApplication.translate("OfficerHeader", "The deadline {0} has passed, days late: {1}").format(day, -days)


class OfficerHeader(QFrame):
    """Shown in a body's window only. ``set_body_name`` and ``set_deadline`` take the facts as they come;
    ``counts_changed`` (the window's, on every edit) refreshes the counts after a short pause."""

    def __init__(self, window: MainWindow, submit: QAction) -> None:
        super().__init__(window)
        self.setObjectName("officerHeader")
        self.window_ = window
        self.body_name = ""
        self.deadline: dt.date | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#officerHeader { background: #eef3fa; border: 1px solid #c9d6e8; border-radius: 3px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        self.facts = QLabel()
        self.facts.setObjectName("headerFacts")
        set_enum(self.facts, "textFormat", "RichText")
        self.facts.setWordWrap(True)
        # its width is the window's (the words wrap), never more: a long name must not widen the window
        self.facts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.facts.setAccessibleName(self.tr("The form: body, period, deadline, progress"))
        layout.addWidget(self.facts, 1)
        self.submit = QPushButton(self.tr("Make the submission"))
        self.submit.setObjectName("headerSubmit")
        self.submit.setToolTip(
            self.tr("Check the texts and save the submission file for the coordinator (Ctrl+Shift+S)")
        )
        self.submit.setStyleSheet(  # prominent by its colour, not by a bold face that widens the toolbar's row
            "QPushButton { background: #2b62b0; color: white; border: 1px solid #1f4c8c; border-radius: 3px;"
            " padding: 3px 10px; }"
            " QPushButton:hover { background: #3572c8; } QPushButton:pressed { background: #1f4c8c; }"
            " QPushButton:focus { border: 2px solid #f0b400; }"
        )
        set_enum(self.submit, "focusPolicy", "TabFocus")  # a click does not take the cursor out of the text
        self.submit.clicked.connect(submit.trigger)
        # the button goes at the end of the toolbar's row (``MainWindow.set_header``): the facts keep the
        # whole width, one line at 1280 px even with a large font
        self.timer = QTimer(self, singleShot=True, interval=300)  # the counts follow the typing once it pauses
        self.timer.timeout.connect(self.refresh)
        window.counts_changed.connect(self.timer.start)
        self.hide()
        self.submit.hide()

    def set_body_name(self, name: str) -> None:
        if name:
            self.body_name = name
            self.refresh()

    def set_deadline(self, deadline: dt.date | None) -> None:
        self.deadline = deadline
        self.refresh()

    def texts(self) -> list[str]:
        """The header's parts as plain text: name, period, deadline (when there is one), the counts."""
        window, work = self.window_, self.window_.work
        parts = [self.body_name or window.body or ""]
        if work.period is not None:
            parts.append(period_words(work.period))
        deadline = deadline_line(self.deadline)
        if deadline:
            parts.append(deadline)
        parts.append(self.tr("Filled {0} of {1}, errors {2}").format(work.filled, len(work.order), work.errors))
        return parts

    def refresh(self) -> None:
        self.timer.stop()
        if self.window_.body is None:
            self.hide()
            self.submit.hide()
            return
        texts = self.texts()  # a narrow window breaks the line between the parts (or in a long name), not in them
        parts = [f"<b>{html.escape(texts[0], quote=False)}</b>"]
        parts += [html.escape(part, quote=False).replace(" ", "&nbsp;") for part in texts[1:]]
        if self.deadline is not None and self.deadline < dt.date.today():  # overdue: said in red
            parts[-2] = f'<span style="color:#a00000">{parts[-2]}</span>'
        if self.window_.work.errors:
            parts[-1] = f'<span style="color:#a00000">{parts[-1]}</span>'
        self.facts.setText(SEPARATOR.join(parts))
        self.show()
        self.submit.show()
