"""The uncertain matchings of an import plan, each decided by the coordinator: the file's measure and the
store's side by side, how alike they are, and two answers, "the same measure" (its texts and history follow
it) or "different measures" (the file's is added as a new one). An amendment that would retire a large part
of the programme waits for a tick too. What is decided becomes the services' ``confirm`` / ``reject``."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.import_outcome import label
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.services.programme_plan import MeasurePlan, Plan

SAME, DIFFERENT = 1, 2


class Matching(QFrame):
    """One uncertain matching: the file's measure, the store's, and the answer."""

    def __init__(self, plan: Plan, measure: MeasurePlan, amendment: bool) -> None:
        super().__init__()
        assert measure.stored is not None
        self.stored_id = measure.stored.id
        self.setObjectName("uncertainMatching")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        alike = self.tr("{0:.0%} alike").format(measure.similarity)
        file_words = self.tr("In the file: {0}").format(label(plan, measure))
        store_words = self.tr("In the store: {0}").format(plan.tree.label(measure.stored.id))
        text = (
            f"<b>{html.escape(file_words)}</b> — {html.escape(alike)}<br>{html.escape(measure.parsed.text)}"
            f"<br><b>{html.escape(store_words)}</b><br>{html.escape(measure.stored.text)}"
        )
        words = QLabel(text)
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.RichText)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(words)
        self.same = QRadioButton(self.tr("The same measure (its texts and history follow it)"))
        other = (
            self.tr("Different measures: the file's is added, the store's is retired")
            if amendment
            else self.tr("Different measures: the file's is added as a new one")
        )
        self.different = QRadioButton(other)
        self.group = QButtonGroup(self)
        self.group.addButton(self.same, SAME)
        self.group.addButton(self.different, DIFFERENT)
        layout.addWidget(self.same)
        layout.addWidget(self.different)

    @property
    def answer(self) -> int:
        return self.group.checkedId()


class Decisions(QWidget):
    """The panel of a plan's uncertain matchings; ``decided`` whenever an answer changes."""

    decided = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        top = QHBoxLayout()
        self.all_same = QPushButton(self.tr("All are the same measures"))
        self.all_same.clicked.connect(self._all_same)
        top.addWidget(self.all_same)
        top.addStretch(1)
        layout.addLayout(top)
        self.retire_box = QCheckBox()
        self.retire_box.toggled.connect(lambda _on: self.decided.emit())
        layout.addWidget(self.retire_box)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the texts wrap instead
        layout.addWidget(self.area, 1)
        self.matchings: list[Matching] = []
        self.show_plan(None, amendment=False)

    def show_plan(self, plan: Plan | None, *, amendment: bool) -> None:
        """The plan's uncertain matchings (none for no plan or a plan already decided)."""
        inner = QWidget()
        rows = QVBoxLayout(inner)
        self.matchings = []
        uncertain = plan.uncertain if plan is not None else []
        for measure in uncertain:
            matching = Matching(plan, measure, amendment)  # type: ignore[arg-type]
            matching.group.idClicked.connect(lambda _id: self.decided.emit())
            self.matchings.append(matching)
            rows.addWidget(matching)
        rows.addStretch(1)
        self.area.setWidget(inner)
        mass = plan is not None and plan.mass_retirement and not plan.retirement_confirmed
        self.retire_box.setVisible(mass)
        self.retire_box.setChecked(False)
        if plan is not None and mass:
            live = sum(1 for m in plan.tree.measures.values() if not m.retired)
            self.retire_box.setText(
                self.tr("The file is complete: retire {0} of the programme's {1} measures").format(
                    len(plan.retired()), live
                )
            )
        self.all_same.setVisible(bool(uncertain))
        if uncertain:
            self.note.setText(
                self.tr(
                    "These measures of the file look like measures of the store but are not alike enough to be "
                    "sure. Say for each whether it is the same measure."
                )
            )
        elif mass:
            self.note.setText(self.tr("The file would retire a large part of the programme."))
        else:
            self.note.setText(self.tr("No uncertain matchings."))
        self.decided.emit()

    @property
    def pending(self) -> int:
        """How many answers are still missing (the retirement's tick counts as one)."""
        missing = sum(1 for m in self.matchings if m.answer not in (SAME, DIFFERENT))
        return missing + (1 if self.retire_box.isVisibleTo(self) and not self.retire_box.isChecked() else 0)

    @property
    def needed(self) -> bool:
        return bool(self.matchings) or self.retire_box.isVisibleTo(self)

    def decisions(self) -> tuple[bool, set[str]]:
        """(confirm, reject): the store measures said to be different, and whether the rest are confirmed."""
        reject = {m.stored_id for m in self.matchings if m.answer == DIFFERENT}
        confirm = any(m.answer == SAME for m in self.matchings) or self.retire_box.isChecked()
        return confirm, reject

    def _all_same(self) -> None:
        for matching in self.matchings:
            matching.same.setChecked(True)
        self.decided.emit()
