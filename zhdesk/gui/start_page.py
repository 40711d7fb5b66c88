"""The start page: what a new coordinator (or officer) sees instead of a blank window when the store holds no
reporting period yet — the three ways in (import last period's report, import the approved programme, open
a form package received from the coordinator), the demo, and another store.

The page only asks: ``import_requested("report" | "programme")``, ``form_requested``, ``demo_requested``,
``period_requested`` and ``store_requested("open" | "create" | "server")``; ``StartPageHook`` connects them
to the window's File menu (the import dialogs' actions ``importReportAction`` / ``importProgrammeAction``
when the window has them, else a plain file dialog and the import services), the form package, the
dashboard's "New reporting period…" and the store actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zhdesk.gui.operations import Changes, Operation
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.gui.store_files import StoreFiles
    from zhdesk.services.stores import StoreFacts
    from zhdesk.storage.database import Store

IMPORT_ACTIONS = {"report": "importReportAction", "programme": "importProgrammeAction"}


class StartPage(QScrollArea):
    import_requested = Signal(str)  # "report" | "programme"
    form_requested = Signal()
    demo_requested = Signal()
    period_requested = Signal()
    store_requested = Signal(str)  # "open" | "create" | "server"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        outer = QHBoxLayout(inner)
        column = QWidget()
        column.setMaximumWidth(760)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        self.heading = QLabel()
        self.heading.setObjectName("startHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.state = QLabel()
        self.state.setObjectName("startState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state)
        self.period_button = self._way(
            "startPeriod",
            self.tr("Open a reporting period…"),
            self.tr("The programme is in the store: choose the period, its deadline and the bodies that report."),
            self.period_requested.emit,
        )
        layout.addWidget(self.period_button)
        self.report_button = self._way(
            "startReport",
            self.tr("Import last period's report…"),
            self.tr(
                "The published report (TXT/TSV, XLSX or DOCX): the programme, the executive bodies and the texts "
                "of that period. Start here if the community has reported before."
            ),
            lambda: self.import_requested.emit("report"),
        )
        self.programme_button = self._way(
            "startProgramme",
            self.tr("Import the approved programme…"),
            self.tr("The appendix of the council's decision: the year's measures and their executors, no texts yet."),
            lambda: self.import_requested.emit("programme"),
        )
        self.form_button = self._way(
            "startForm",
            self.tr("Open a form package from the coordinator…"),
            self.tr("For an executive body: the .zhform file the coordinator sent you, with your measures."),
            self.form_requested.emit,
        )
        self.demo_button = self._way(
            "startDemo",
            self.tr("Try the demo"),
            self.tr(
                "The real published report of Zhytomyr for 9 months of 2023, in a store of its own: nothing here "
                "is changed."
            ),
            self.demo_requested.emit,
        )
        for button in (self.report_button, self.programme_button, self.form_button, self.demo_button):
            layout.addWidget(button)
        stores = QHBoxLayout()
        stores.addWidget(QLabel(self.tr("Another store:")))
        for name, text, kind in (
            ("startOpenStore", self.tr("Open a store…"), "open"),
            ("startCreateStore", self.tr("Create a store…"), "create"),
            ("startServer", self.tr("Connect to a server…"), "server"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, k=kind: self.store_requested.emit(k))
            stores.addWidget(button)
        stores.addStretch(1)
        layout.addLayout(stores)
        layout.addStretch(1)
        self.setWidget(inner)
        self.show_facts(None, "")

    def _way(self, name: str, text: str, description: str, slot: Any) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def show_facts(self, facts: StoreFacts | None, store_name: str, failure: str = "") -> None:
        """What the store holds (None: not read yet, or ``failure``: it could not be opened)."""
        name = store_name
        if failure:
            self.heading.setText("<h2>" + self.tr("The store could not be opened") + "</h2>")
            self.state.setText(failure)
        elif facts is not None and facts.programme_years:
            years = ", ".join(str(y) for y in facts.programme_years)
            self.heading.setText("<h2>" + self.tr("No reporting period is open yet") + "</h2>")
            self.state.setText(
                self.tr(
                    "The store {0} holds the programme for {1} ({2} measures). Open its first reporting period:"
                ).format(store_name, years, facts.measures)
            )
        else:
            self.heading.setText("<h2>" + self.tr("Welcome to zhdesk") + "</h2>")
            self.state.setText(self.tr("The store {0} is empty. Choose how to begin:").format(name) if name else "")
        self.period_button.setVisible(bool(facts and facts.programme_years) and not failure)
        for button in (self.report_button, self.programme_button, self.form_button):
            button.setEnabled(not failure)


class StartPageHook(QObject):
    """Puts the start page in the window (a stack with the usual view) and shows it while the window holds no
    period; connects what it asks for to the window's actions."""

    def __init__(self, window: MainWindow, files: StoreFiles) -> None:
        super().__init__(window)
        self.window_, self.files = window, files
        self.hidden: list[QDockWidget] = []
        self.in_front: list[QDockWidget] = []
        self.page = StartPage()
        self.stack = QStackedWidget()
        self.stack.setObjectName("startStack")
        usual = window.takeCentralWidget()
        self.stack.addWidget(usual)
        self.stack.addWidget(self.page)
        window.setCentralWidget(self.stack)
        self.page.import_requested.connect(self.request_import)
        self.page.form_requested.connect(self.request_form)
        self.page.demo_requested.connect(files.open_demo)
        self.page.period_requested.connect(self.request_period)
        store_actions = {"open": files.open_action, "create": files.create_action, "server": files.server_action}
        self.page.store_requested.connect(lambda kind: store_actions[kind].trigger())
        window.ready.connect(self.update)
        window.session.changed.connect(lambda changes, _initiator: self.update() if changes.programme else None)
        QTimer.singleShot(0, self.update)  # once the docks built with it are in the window's layout

    @property
    def shown(self) -> bool:
        return self.stack.currentWidget() is self.page

    def update(self) -> None:
        window = self.window_
        empty = window.period is None and window.body is None
        if empty != self.shown:
            self.stack.setCurrentIndex(1 if empty else 0)
            self._show_docks(not empty)
        if not empty:
            return

        def task(store: Store, _progress: Progress) -> StoreFacts:
            from zhdesk.services.stores import store_facts

            return store_facts(store)

        name = window.title.store_name()
        self.page.show_facts(None, name)
        window.runner.submit(
            window.store_work(task),
            lambda facts: self.page.show_facts(facts, window.title.store_name()),
            lambda words: self.page.show_facts(None, name, words),
        )

    def _show_docks(self, shown: bool) -> None:
        """The docks (problems, dashboard) have nothing to say of an empty store: hidden while the page shows,
        back as they were after (the tab that was in front in front again)."""
        docks = [d for d in self.window_.findChildren(QDockWidget) if not d.isFloating()]
        if not shown:
            self.hidden = [d for d in docks if d.toggleViewAction().isChecked()]
            self.in_front = [d for d in self.hidden if d.isVisible()]
            for dock in self.hidden:
                dock.hide()
            return
        import shiboken6

        for dock in self.hidden:
            if shiboken6.isValid(dock):  # the dashboard goes once a form package made the store a body's
                dock.show()
        for dock in self.in_front:
            if shiboken6.isValid(dock):
                dock.raise_()
        self.hidden, self.in_front = [], []

    # -- what the page asks for ------------------------------------------------------------------------------

    def request_import(self, kind: str) -> None:
        """The import dialog's action of the File menu, when the window has it; else a file and the service."""
        action = self.window_.findChild(QAction, IMPORT_ACTIONS[kind])
        if action is not None and action.isEnabled():
            action.trigger()
            return
        title = self.tr("Import a report") if kind == "report" else self.tr("Import a programme")
        name, _ = QFileDialog.getOpenFileName(
            self.window_, title, "", self.tr("Tables (*.txt *.tsv *.xlsx *.docx);;All files (*)")
        )
        if name:
            self.import_directly(Path(name), kind)

    def import_directly(self, path: Path, kind: str) -> None:
        def work(store: Store, progress: Progress) -> str:
            return _import(store, path, kind, progress)

        Operation(
            self.window_,
            work,
            label=self.tr("Importing {0}").format(path.name),
            changes=Changes(texts=True, statuses=True, programme=True),
        ).success(lambda code: self.window_.reload(code) if code else self.update()).run()

    def request_form(self) -> None:
        from zhdesk.gui.department import Department

        department = self.window_.findChild(Department)
        if department is not None:
            department.choose_form()

    def request_period(self) -> None:
        button = self.window_.findChild(QPushButton, "newPeriodButton")  # the dashboard's
        if button is not None and button.isEnabled():
            button.click()


def _import(store: Store, path: Path, kind: str, progress: Progress) -> str:
    """Runner work: the file imported as the period (or the year) its title names; its code, or ""."""
    if kind == "report":
        from zhdesk.importing.readers import read_report
        from zhdesk.services.programme_import import import_report

        report = read_report(path)
        if report.period is None:
            raise ValueError(
                QCoreApplication.translate("StartPage", "The title of {0} names no reporting period.").format(path.name)
            )
        result = import_report(store, report, report.period, progress)
        if result.waiting:
            raise ValueError(
                QCoreApplication.translate("StartPage", "Some measures need a decision: nothing was imported.")
            )
        return report.period.code
    from zhdesk.importing.readers import read_programme
    from zhdesk.services.programme import import_programme

    programme = read_programme(path)
    if programme.year is None:
        raise ValueError(QCoreApplication.translate("StartPage", "The title of {0} names no year.").format(path.name))
    outcome = import_programme(store, programme, programme.year, progress=progress)
    if outcome.plan.waiting:
        raise ValueError(
            QCoreApplication.translate("StartPage", "Some measures need a decision: nothing was imported.")
        )
    return ""
