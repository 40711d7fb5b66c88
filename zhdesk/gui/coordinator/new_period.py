"""Новий звітний період…: the period to open (the next one proposed), the deadline for the bodies'
submissions, and which bodies report (are issued forms) and which only co-execute.

The dialog only asks; ``services.reporting`` reads the choices and writes the period, its deadline and the
bodies' roles in one transaction, on the window's runner.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.period_words import period_words
from zhdesk.gui.qt_namespace import Qt
from zhdesk.periods import Period

if TYPE_CHECKING:
    from zhdesk.services.reporting import PeriodChoices

DEADLINE_DAYS = 10  # the deadline proposed: this many days after the period ends
CODE_ROLE = Qt.ItemDataRole.UserRole


class NewPeriodDialog(QDialog):
    """The choices of a new period; ``chosen()`` after it was accepted."""

    def __init__(self, parent: QWidget, choices: PeriodChoices) -> None:
        super().__init__(parent)
        self.setObjectName("newPeriodDialog")
        self.setWindowTitle(self.tr("New reporting period"))
        self.choices = choices
        self.deadlines = {p.code: p.deadline for p in choices.periods}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("newPeriodCombo")
        for info in choices.periods:
            words = period_words(info.code)  # the window's language, not the service's Ukrainian info.words
            words = words if info.code not in choices.opened else self.tr("{0} (already open)").format(words)
            self.period_combo.addItem(words, info.code)
        if choices.proposed is not None:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(choices.proposed)))
        form.addRow(self.tr("&Period:"), self.period_combo)
        self.has_deadline = QCheckBox(self.tr("&Deadline for the submissions:"))
        self.has_deadline.setChecked(True)
        self.deadline = QDateEdit()
        self.deadline.setObjectName("deadlineEdit")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        form.addRow(self.has_deadline, self.deadline)
        layout.addLayout(form)

        layout.addWidget(
            QLabel(
                self.tr(
                    "Bodies that report (each is issued a form). Unticked: a co-executor only (an NGO, a "
                    "utility, a fund), whose part you may type yourself."
                ),
                wordWrap=True,
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a body"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.bodies = QListWidget()
        self.bodies.setObjectName("reportingBodies")
        self.bodies.setMinimumHeight(self.fontMetrics().height() * 4)
        self.bodies.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the whole name is in the tooltip
        self.bodies.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for body in sorted(choices.bodies, key=lambda b: (not b.reporting, b.name.casefold())):
            item = QListWidgetItem(self.tr("{0} — measures: {1}").format(body.name, body.measures))
            item.setData(CODE_ROLE, body.code)
            item.setToolTip(f"{body.code} — {body.name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if body.reporting else Qt.CheckState.Unchecked)
            self.bodies.addItem(item)
        layout.addWidget(self.bodies, 1)
        self.counted = QLabel()
        layout.addWidget(self.counted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open the period"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.search.textChanged.connect(self._find)
        self.bodies.itemChanged.connect(self._count)
        self._period_chosen()
        self._count()
        self._fit(parent)

    def _fit(self, parent: QWidget) -> None:
        """Room for 60 characters and 30 lines, never more than the screen the window is on."""
        screen, metrics = parent.screen().availableGeometry(), self.fontMetrics()
        width = min(metrics.horizontalAdvance("M") * 60, int(screen.width() * 0.9))
        height = min(metrics.height() * 30, int(screen.height() * 0.85))
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _period_chosen(self) -> None:
        code = str(self.period_combo.currentData())
        period = Period.parse(code)
        day = self.deadlines.get(code) or period.ends_on + dt.timedelta(days=DEADLINE_DAYS)
        self.deadline.setMinimumDate(QDate(period.ends_on.year, period.ends_on.month, period.ends_on.day))
        self.deadline.setDate(QDate(day.year, day.month, day.day))

    def _find(self, words: str) -> None:
        wanted = words.casefold().strip()
        for row in range(self.bodies.count()):
            item = self.bodies.item(row)
            item.setHidden(bool(wanted) and wanted not in f"{item.text()} {item.toolTip()}".casefold())

    def _count(self) -> None:
        reporting = sum(self.bodies.item(r).checkState() == Qt.CheckState.Checked for r in range(self.bodies.count()))
        self.counted.setText(self.tr("Reporting: {0} of {1}").format(reporting, self.bodies.count()))

    def chosen(self) -> tuple[Period, dt.date | None, dict[str, bool]]:
        """The period, its deadline (None: none set), and the bodies whose role changed (code → reporting)."""
        period = Period.parse(str(self.period_combo.currentData()))
        deadline = self.deadline.date().toPython() if self.has_deadline.isChecked() else None
        before = {b.code: b.reporting for b in self.choices.bodies}
        roles = {}
        for row in range(self.bodies.count()):
            item = self.bodies.item(row)
            code, reporting = str(item.data(CODE_ROLE)), item.checkState() == Qt.CheckState.Checked
            if before.get(code) != reporting:
                roles[code] = reporting
        return period, deadline, roles
