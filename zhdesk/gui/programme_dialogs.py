"""The questions of a programme edit that do not fit in the card: where to move an item, from which report
to retire one, which retired item to restore. Each is opened with ``.open()`` (non-blocking) and read
with ``chosen()`` once accepted; each fits the screen (1024×700, large fonts)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
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

from zhdesk.gui.qt_namespace import Qt

Choices = list[tuple[str, str | None]]  # (words, value)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _fit(dialog: QDialog, width: int, height: int) -> None:
    screen = dialog.screen().availableGeometry() if dialog.screen() is not None else None
    if screen is not None:
        width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.85))
    dialog.resize(width, height)


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ProgrammeDialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _combo(choices: Choices, chosen: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    for words, value in choices:
        combo.addItem(words, value)
        combo.setItemData(combo.count() - 1, words, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MoveDialog(QDialog):
    """Where to: another task (sector, priority) of the year, the place in it, and the number there."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        question: str,
        targets: Choices,
        current: str | None,
        places: Callable[[str], Choices] | None = None,
        number: Callable[[str], str] | None = None,
    ) -> None:
        """``places(target)``: (words, the item to put it after, None: the end); ``number(target)``: the
        number proposed there (None: the item keeps no number, a sector's or priority's)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.places_of, self.number_of = places, number
        layout = QVBoxLayout(self)
        layout.addWidget(_label(question))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.target = _combo(targets, current)
        self.target.setObjectName("moveTarget")
        form.addRow(self.tr("To:"), self.target)
        self.place = QComboBox()
        self.place.setObjectName("movePlace")
        if places is not None:
            form.addRow(self.tr("Place:"), self.place)
        self.number = QLineEdit()
        self.number.setObjectName("moveNumber")
        if number is not None:
            form.addRow(self.tr("Number there:"), self.number)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Move")))
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())
        self._target_changed()
        _fit(self, 720, 260)

    def _target_changed(self) -> None:
        target = self.target.currentData()
        if target is None:
            return
        if self.places_of is not None:
            self.place.clear()
            for words, value in self.places_of(target):
                self.place.addItem(words, value)
            self.place.setCurrentIndex(self.place.count() - 1 if self.place.count() else 0)
        if self.number_of is not None:
            self.number.setText(self.number_of(target))

    def chosen(self) -> tuple[str, str | None, str | None]:
        """(the target's id, the item to put it after or None, the number or None)."""
        after = self.place.currentData() if self.places_of is not None else None
        number = self.number.text() if self.number_of is not None else None
        return str(self.target.currentData()), after, number


class RetireDialog(QDialog):
    """Retire an item: from which report on it is left out; never deleted."""

    def __init__(self, parent: QWidget, title: str, question: str, periods: Choices, chosen: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(question))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.period = _combo(periods, chosen)
        self.period.setObjectName("retirePeriod")
        form.addRow(self.tr("Left out of the reports from:"), self.period)
        layout.addLayout(form)
        layout.addWidget(
            _label(
                self.tr(
                    "Nothing is deleted: the texts and the history are kept, the earlier reports stay as they "
                    "are, and Programme → Restore retired… brings it back."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Retire")))
        _fit(self, 640, 260)

    def chosen(self) -> str | None:
        value = self.period.currentData()
        return str(value) if value is not None else None


class RestoreDialog(QDialog):
    """Which retired item of the year comes back."""

    def __init__(self, parent: QWidget, items: list[tuple[str, tuple[str, str]]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore retired"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "Retired measures, tasks, sectors and priorities of the year. The one chosen comes back in "
                    "its place with its texts and history (with its task, sector and priority when they are "
                    "retired too)."
                )
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("retiredList")
        self.list.setWordWrap(True)
        for words, key in items:
            item = QListWidgetItem(words)
            item.setData(KEY_ROLE, key)
            item.setToolTip(words)
            self.list.addItem(item)
        if items:
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(_label(self.tr("Nothing of this year's programme is retired.")))
        layout.addWidget(self.list, 1)
        buttons = _buttons(self, self.tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(items))
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.textChanged.connect(self._filter)
        _fit(self, 760, 520)

    def _filter(self, words: str) -> None:
        needle = words.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        kind, item_id = item.data(KEY_ROLE)
        return str(kind), str(item_id)
