"""Налаштування → Параметри звіту…: the community, the programme title, the footnote, the signatory (shown as
it will print, `Власне ім'я ПРІЗВИЩЕ`) and each executive body's head, in the coordinator's window.

The settings are read and saved by ``services.report_settings`` on the window's runner, in one transaction;
the keys are those of ``zhdesk settings`` and ``zhdesk bodies --set-head``. On a read-only store the dialog
shows them and offers no saving.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.qt_namespace import Qt
from zhdesk.reports.model import signatory_name

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.report_settings import ReportSettings, Saved, SettingProblem, SettingsInvalid
    from zhdesk.storage.database import Store

CODE, BODY, POSITION, NAME = range(4)
PRINT_FONT = "Liberation Serif"  # the PDF's face (metric-compatible with Times New Roman)


def problem_words(problem: SettingProblem) -> str:
    """A problem of the form in the coordinator's words: the field, then what to do."""
    fields = {
        "community": QCoreApplication.translate("ReportSettings", "Community"),
        "programme_title": QCoreApplication.translate("ReportSettings", "Programme title"),
        "footnote": QCoreApplication.translate("ReportSettings", "Footnote"),
        "signatory_position": QCoreApplication.translate("ReportSettings", "Signatory's position"),
        "signatory_name": QCoreApplication.translate("ReportSettings", "Signatory's name"),
        "head_position": QCoreApplication.translate("ReportSettings", "Position of the head of {0}"),
        "head_name": QCoreApplication.translate("ReportSettings", "Name of the head of {0}"),
    }
    what = {
        "required": QCoreApplication.translate("ReportSettings", "fill it in."),
        "one_word": QCoreApplication.translate(
            "ReportSettings", "write the given name and the surname, for example Вікторія Сичова."
        ),
        "initials": QCoreApplication.translate(
            "ReportSettings", "write the given name in full, not initials: Вікторія Сичова, not В. Сичова."
        ),
        "characters": QCoreApplication.translate(
            "ReportSettings", "a name holds only letters, an apostrophe, a hyphen and spaces."
        ),
        "name_without_position": QCoreApplication.translate(
            "ReportSettings", "a name is printed under a position: fill in the position too."
        ),
        "position_without_name": QCoreApplication.translate(
            "ReportSettings", "a position is printed with a name: fill in the name too."
        ),
    }
    field = fields.get(problem.field, problem.field).format(problem.body)
    return f"{field}: {what.get(problem.code, problem.message)}"


class SettingsDialog(QDialog):
    """The form itself, filled from ``ReportSettings``; ``save`` hands the values to the window's runner."""

    def __init__(self, window: MainWindow, loaded: ReportSettings) -> None:
        super().__init__(window)
        self.window_ = window
        self.loaded = loaded
        self.read_only = loaded.read_only
        self.saving = False
        self.setObjectName("reportSettingsDialog")
        self.setWindowTitle(self.tr("Report settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._report_tab(loaded.values), self.tr("Report"))
        self.tabs.addTab(self._heads_tab(), self.tr("Heads of executive bodies"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        if self.read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
            self._say(self.tr("The store is read-only: the settings are shown, they cannot be changed here."))
            self._make_read_only()
        else:
            self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_heads(loaded)
        self._update_preview()
        self._update_head_preview(-1)
        self._fit(window)

    def _fit(self, parent: QWidget) -> None:
        """900 × 620, never more than the screen the window is on (a small screen at 150 % is 853 × 533)."""
        free = parent.screen().availableGeometry()
        self.resize(min(900, free.width() - 40), min(620, free.height() - 60))

    # -- building ---------------------------------------------------------------------------------------

    def _report_tab(self, values: dict[str, str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.community = QLineEdit(values["community"])
        self.community.setPlaceholderText(
            self.tr("for example: {0}").format("Житомирської міської територіальної громади")
        )
        self.community.setToolTip(self.tr("In the genitive case, as the report's title names it"))
        self.programme = QLineEdit(values["programme_title"])
        self.programme.setPlaceholderText(
            self.tr("for example: {0}").format("Програми соціально-економічного і культурного розвитку")
        )
        self.programme.setToolTip(self.tr("In the genitive case, as the report's title names it"))
        self.footnote = QPlainTextEdit(values["footnote"])
        self.footnote.setTabChangesFocus(True)
        self.footnote.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Community:"), self.community)
        form.addRow(self.tr("Programme title:"), self.programme)
        form.addRow(self.tr("Footnote after the table:"), self.footnote)
        layout.addLayout(form)
        self.title_preview = QLabel()
        self.title_preview.setWordWrap(True)
        self.title_preview.setObjectName("titlePreview")
        self.title_preview.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title_preview)

        group = QGroupBox(self.tr("Signs the consolidated report"))
        signer = QFormLayout(group)
        signer.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        signer.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.position = QPlainTextEdit(values["signatory_position"])
        self.position.setTabChangesFocus(True)
        self.position.setPlaceholderText(
            self.tr("for example: {0}").format("Директор департаменту економічного розвитку міської ради")
        )
        self.position.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.position.setToolTip(self.tr("A line break here is a line break on paper"))
        self.name = QLineEdit(values["signatory_name"])
        self.name.setPlaceholderText(self.tr("for example: {0}").format("Вікторія Сичова"))
        self.name.setToolTip(self.tr("The given name and the surname; the surname is printed in capitals"))
        signer.addRow(self.tr("Position:"), self.position)
        signer.addRow(self.tr("Given name and surname:"), self.name)
        preview, self.printed_position, self.printed_name = signature_preview(self.font())
        signer.addRow(self.tr("As it will print:"), preview)
        layout.addWidget(group)
        layout.addStretch(1)
        for edit in (self.community, self.programme, self.name):
            edit.textChanged.connect(self._update_preview)
        self.position.textChanged.connect(self._update_preview)
        return page

    def _heads_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "The head signs the body's own report. The name is printed as "
                "<i>Власне ім'я ПРІЗВИЩЕ</i>, level with the last line of the position."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a body by its name or code"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_heads)
        layout.addWidget(self.filter)
        self.heads = QTableWidget(0, 4)
        self.heads.setObjectName("headsTable")
        self.heads.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Executive body"),
                self.tr("Head's position"),
                self.tr("Given name and surname"),
            ]
        )
        self.heads.verticalHeader().hide()
        self.heads.setWordWrap(True)
        self.heads.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.heads.horizontalHeader()
        metrics = self.fontMetrics()
        for column, sample in ((CODE, "KP-ZHYTOMYRTE2"), (NAME, "Олександра Ковальчук-Петренко")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # a code, a name: fixed
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        for column in (BODY, POSITION):  # the long names and positions get the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.heads.setAccessibleName(self.tr("Heads of executive bodies"))
        self.heads.currentCellChanged.connect(lambda row, _c, _r, _pc: self._update_head_preview(row))
        layout.addWidget(self.heads, 1)
        preview, self.head_position, self.head_name = signature_preview(self.font())
        self.head_preview_label = QLabel()
        layout.addWidget(self.head_preview_label)
        layout.addWidget(preview)
        return page

    def _fill_heads(self, loaded: ReportSettings) -> None:
        self.heads.blockSignals(True)
        self.heads.setRowCount(len(loaded.bodies))
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = fixed | (Qt.ItemFlag.NoItemFlags if self.read_only else Qt.ItemFlag.ItemIsEditable)
        for row, body in enumerate(loaded.bodies):
            cells = (body.code, body.name, body.head_position, body.head_name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(editable if column in (POSITION, NAME) else fixed)
                if column in (CODE, BODY):
                    item.setToolTip(text)
                self.heads.setItem(row, column, item)
        self.heads.blockSignals(False)
        self.heads.itemChanged.connect(self._head_changed)

    def _make_read_only(self) -> None:
        """Shown, not editable; no example in an empty field, which would read as a value."""
        for edit in (self.community, self.programme, self.name):
            edit.setReadOnly(True)
            edit.setPlaceholderText("")
        for text in (self.footnote, self.position):
            text.setReadOnly(True)
            text.setPlaceholderText("")

    # -- what it shows ------------------------------------------------------------------------------------

    def _update_preview(self) -> None:
        position = self.position.toPlainText().strip()
        name = signatory_name(self.name.text())
        self.printed_position.setText(position or self.tr("(no position)"))
        self.printed_name.setText(name or self.tr("(no name)"))
        programme = self.programme.text().strip() or "Програми соціально-економічного і культурного розвитку"
        title = f"Інформація про виконання завдань та заходів {programme} {self.community.text().strip()} …"
        self.title_preview.setText(
            self.tr("<b>The report's title:</b> <i>{0}</i>").format(html.escape(" ".join(title.split())))
        )

    def _head_changed(self, item: QTableWidgetItem) -> None:
        if item.row() == self.heads.currentRow():
            self._update_head_preview(item.row())

    def _update_head_preview(self, row: int) -> None:
        """Under the table: the current body's signature block as its own report prints it."""
        cells = [self.heads.item(row, column) for column in (CODE, POSITION, NAME)] if row >= 0 else []
        if not cells or any(cell is None for cell in cells):
            self.head_preview_label.setText(self.tr("Choose a body to see its signature block."))
            self.head_position.clear()
            self.head_name.clear()
            return
        code, position, name = (cell.text() if cell is not None else "" for cell in cells)
        self.head_preview_label.setText(self.tr("The report of {0} will be signed:").format(code))
        self.head_position.setText(position.strip() or self.tr("(no position)"))
        self.head_name.setText(signatory_name(name) or self.tr("(no name)"))

    def _filter_heads(self, words: str) -> None:
        wanted = words.strip().casefold()
        for row in range(self.heads.rowCount()):
            code, name = (self.heads.item(row, c) for c in (CODE, BODY))
            text = f"{code.text() if code else ''} {name.text() if name else ''}".casefold()
            self.heads.setRowHidden(row, bool(wanted) and wanted not in text)

    def _say(self, words: str, error: bool = False) -> None:
        colour = "#8b0000" if error else "palette(text)"
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.message.setText(words)
        self.message.setVisible(bool(words))

    # -- saving -----------------------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {
            "community": self.community.text(),
            "programme_title": self.programme.text(),
            "footnote": self.footnote.toPlainText(),
            "signatory_position": self.position.toPlainText(),
            "signatory_name": self.name.text(),
        }

    def changed_heads(self) -> dict[str, tuple[str, str]]:
        """Body code → (position, name) of the rows changed since the dialog was filled."""
        changed: dict[str, tuple[str, str]] = {}
        for row, body in enumerate(self.loaded.bodies):
            position, name = (self.heads.item(row, c) for c in (POSITION, NAME))
            now = (position.text() if position else "", name.text() if name else "")
            if now != (body.head_position, body.head_name):
                changed[body.code] = now
        return changed

    def save(self) -> None:
        if self.read_only:
            self.reject()
            return
        if self.saving:
            return
        from zhdesk.services.report_settings import check

        values, heads = self.values(), self.changed_heads()
        problems = check(values, heads)
        if problems:
            self.show_problems(problems)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))

        def task(store: Store, _progress: Callable[[int, int], None]) -> Saved | SettingsInvalid:
            from zhdesk.services.report_settings import SettingsInvalid, save_report_settings

            try:
                return save_report_settings(store, values, heads)
            except SettingsInvalid as invalid:
                return invalid

        self.window_.runner.submit(self.window_.store_work(task), self._saved, self._failed)

    def _saved(self, result: Saved | SettingsInvalid) -> None:
        from zhdesk.services.report_settings import SettingsInvalid

        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(result, SettingsInvalid):
            self.show_problems(result.problems)
            return
        self.window_.statusBar().showMessage(self.tr("The report settings are saved"))
        self.accept()

    def _failed(self, words: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self._say(self.tr("Not saved: {0}").format(html.escape(words)), error=True)

    def show_problems(self, problems: list[SettingProblem]) -> None:
        """Say what to fix (nothing was saved) and put the cursor where the first problem is."""
        lines = "<br>".join(html.escape(problem_words(p)) for p in problems)
        self._say(self.tr("<b>Not saved.</b> Fix this first:") + "<br>" + lines, error=True)
        first = problems[0]
        editors: dict[str, QWidget] = {
            "community": self.community,
            "programme_title": self.programme,
            "footnote": self.footnote,
            "signatory_position": self.position,
            "signatory_name": self.name,
        }
        if first.body:
            self.tabs.setCurrentIndex(1)
            self.filter.clear()
            codes = [body.code for body in self.loaded.bodies]
            if first.body in codes:
                row = codes.index(first.body)
                column = NAME if first.field == "head_name" else POSITION
                self.heads.setCurrentCell(row, column)
                self.heads.scrollTo(self.heads.model().index(row, column))
                self.heads.setFocus()
            highlight = QBrush(QColor("#fde2e2"))
            for problem in problems:
                if problem.body in codes:
                    column = NAME if problem.field == "head_name" else POSITION
                    cell = self.heads.item(codes.index(problem.body), column)
                    if cell is not None:
                        cell.setBackground(highlight)
        elif first.field in editors:
            self.tabs.setCurrentIndex(0)
            editors[first.field].setFocus()


def signature_preview(font: QFont) -> tuple[QFrame, QLabel, QLabel]:
    """A signature block as it prints: the position on the left, the name on the right level with its
    last line, black on white in the PDF's face. Returns the frame and its position and name labels."""
    frame = QFrame()
    frame.setObjectName("signaturePreview")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("#signaturePreview { background: white; } QLabel { color: black; }")
    row = QHBoxLayout(frame)
    printed = QFont(PRINT_FONT)
    printed.setPointSizeF(max(font.pointSizeF(), 10.0))
    position, name = QLabel(), QLabel()
    for label in (position, name):
        label.setFont(printed)
        label.setTextFormat(Qt.TextFormat.PlainText)
    position.setWordWrap(True)
    position.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
    row.addWidget(position, 3)
    row.addSpacing(40)
    row.addWidget(name, 2, Qt.AlignmentFlag.AlignBottom)
    return frame, position, name


class ReportSettingsMenu(QObject):
    """Налаштування → Параметри звіту… in the coordinator's window; ``saved`` once the dialog saved."""

    saved = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.dialog: SettingsDialog | None = None
        self.action = QAction(self.tr("Report settings…"), window)
        self.action.setObjectName("reportSettingsAction")
        self.action.triggered.connect(self.open)
        menu = _settings_menu(window)
        if menu is not None:
            menu.insertAction(menu.actions()[0] if menu.actions() else None, self.action)  # type: ignore[arg-type]
        else:
            window.menuBar().addAction(self.action)

    def remove(self) -> None:
        """The store now belongs to one body (a form package was opened into it): no report settings here."""
        self.action.setVisible(False)
        self.action.setEnabled(False)

    def open(self) -> None:
        """Read the settings on the runner, then show the dialog."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.action.setEnabled(False)

        def task(store: Store, _progress: Callable[[int, int], None]) -> ReportSettings:
            from zhdesk.services.report_settings import read_report_settings

            return read_report_settings(store)

        self.window_.runner.submit(self.window_.store_work(task), self._show, self._failed)

    def _show(self, loaded: ReportSettings) -> None:
        self.action.setEnabled(True)
        self.dialog = dialog = SettingsDialog(self.window_, loaded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.accepted.connect(self.saved.emit)  # accepted only when saved (a read-only store's is closed)
        dialog.open()

    def _failed(self, words: str) -> None:
        self.action.setEnabled(True)
        QMessageBox.warning(self.window_, self.tr("Report settings"), words)


def _settings_menu(window: MainWindow) -> QMenu | None:
    """The window's Settings menu (it holds Language), found by its title."""
    title = QCoreApplication.translate("MainWindow", "&Settings")
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    return None
