"""Start the window: the store from the command line (or the demo store), Ukrainian by default."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from zhdesk import paths

if TYPE_CHECKING:
    from collections.abc import Callable

    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.runner import Runner
    from zhdesk.storage.database import Store


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from zhdesk.gui import language
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.runner import Runner

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("zhdesk")
    app.setOrganizationName("zhdesk")
    language.install(app)

    from PySide6.QtCore import QSettings

    if not (args.demo or args.db or args.db_url or os.environ.get("ZHDESK_DB_URL")):
        last = QSettings().value("store/last")  # no store named: the one used last time
        if isinstance(last, str) and last:
            args.db_url = last

    def open_store() -> Store:
        if args.demo:
            from zhdesk.services.demo import open_demo_store

            return open_demo_store()
        from zhdesk.gui.store_files import remember_store
        from zhdesk.storage.database import open_store as open_any
        from zhdesk.storage.database import resolve_url

        url = resolve_url(args.db, args.db_url)
        # a store is made only at the default file, or in an empty database of a server (a typo there fails)
        store = open_any(
            url, create=url.get_backend_name() != "sqlite" or url.database == str(paths.default_store_path())
        )
        remember_store(url)  # first of the recent stores, and the last one; never with a password
        return store

    runner = Runner()
    quick_path = _sqlite_file(args)
    store_key = str(quick_path) if quick_path else (args.db_url or os.environ.get("ZHDESK_DB_URL") or "")
    body = args.window_body
    if body is None and quick_path is not None:
        from zhdesk.storage.quick import scope_body

        body = scope_body(quick_path)  # a department's store opens on its own measures
    window = MainWindow(open_store, runner, quick_path=quick_path, body=body, store_key=store_key)
    attach_panels(window, coordinator=body is None, open_file=getattr(args, "open_file", None))
    window.show()
    if args.exit_when_ready:

        def report() -> None:
            where = window.store.location if window.store is not None else str(window.quick_path)
            print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms ({where})")
            QTimer.singleShot(0, window.close)

        window.ready.connect(report)
    code = app.exec()
    runner.wait()
    return code


def _application_icon() -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    icon = paths.resource_file("icons", "zhdesk.svg")
    if isinstance(app := QApplication.instance(), QApplication) and app.windowIcon().isNull() and icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def attach_panels(window: MainWindow, *, coordinator: bool, open_file: str | None = None) -> None:
    """The window's panels beyond the first screen, built once it is up (QtCharts and QtPdf load then):
    the department's exchange, printing, history, About, and on the coordinator's store the dashboard.
    ``open_file``: a .zhform or .zhsub the window was started with (from the file manager)."""
    from PySide6.QtWidgets import QDockWidget

    from zhdesk.gui.department import Department

    department = Department(window)
    from zhdesk.gui.language import LanguageMenu

    languages = window.findChild(LanguageMenu, "languageMenu")
    if languages is not None:  # Settings → Language builds the window again in the new language
        languages.rebuild = lambda code: rebuild_in_language(window, code) is not None

    def build() -> None:
        _application_icon()  # the taskbar's and the title bar's: after the first screen (QIcon, the SVG plugin)
        import zhdesk.gui.exchange_dialogs  # noqa: F401 - exchange problems worded for the officer
        from zhdesk.gui.about import About
        from zhdesk.gui.history_dock import HistoryDock
        from zhdesk.gui.printing import Printing
        from zhdesk.gui.qt_namespace import Qt

        Printing(window)  # File → Export / Print, found by the window as its child
        About(window)

        history = HistoryDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, history)
        history.hide()
        window.view_menu.addAction(history.toggleViewAction())
        if coordinator and window.body is None:
            from zhdesk.gui.coordinator.dashboard import Dashboard

            dashboard = Dashboard(window)
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dashboard)
            problems = window.findChild(QDockWidget, "problemsDock")
            if problems is not None:
                window.tabifyDockWidget(problems, dashboard)
                dashboard.raise_()
            window.view_menu.addAction(dashboard.toggleViewAction())
            from zhdesk.gui.coordinator.review_view import ReviewDock

            review = ReviewDock(window, dashboard.commands.review)  # Звіт: the whole report beside the dashboard
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, review)
            window.tabifyDockWidget(dashboard, review)
            dashboard.raise_()
            window.view_menu.addAction(review.toggleViewAction())
            department.form_opened.connect(review.deleteLater)
            department.form_opened.connect(dashboard.deleteLater)  # the store now belongs to one body
            from zhdesk.gui.settings_dialog import ReportSettingsMenu

            report_settings = ReportSettingsMenu(window)  # Settings → Report settings…
            department.form_opened.connect(report_settings.remove)
            from zhdesk.gui.programme_editing import ProgrammeEditing

            programme = ProgrammeEditing(window)  # Programme menu, the navigator's context menu, Ctrl+Z
            department.form_opened.connect(programme.remove)
            report_settings.saved.connect(window.title.read)  # the title names the community
            from zhdesk.gui.duplicates_dialog import DuplicatesMenu
            from zhdesk.gui.import_dialogs import ImportMenu

            for menu in (ImportMenu(window), DuplicatesMenu(window)):  # File → Import…, Settings → Duplicates…
                department.form_opened.connect(menu.remove)
            dashboard.refresh()
        from zhdesk.gui.start_page import StartPageHook
        from zhdesk.gui.store_files import StoreFiles

        files = StoreFiles(window, lambda store: window_for(store, window.runner))  # File → stores, Quit
        StartPageHook(window, files)  # a store with no period yet: the ways in instead of a blank window
        if open_file:
            opened = Path(open_file)
            if opened.suffix.lower() == ".zhform":
                department.open_form(opened)
            else:
                window.files_dropped.emit([opened])  # the dashboard receives it; a department says why not

    def after_first_screen() -> None:
        window.ready.disconnect(after_first_screen)
        import gc

        from PySide6.QtCore import QTimer

        gc.freeze()  # what start-up built lives as long as the window: later collections need not scan it
        gc.enable()  # off since main.py: the first screen (also one that says the store failed) is up
        QTimer.singleShot(0, build)  # the navigator is usable first; the docks follow a moment later

    window.ready.connect(after_first_screen)


def window_for(store: Store, runner: Runner, *, opener: Callable[[], Store] | None = None) -> MainWindow:
    """A window (not shown yet) on a store opened from the File menu, built as ``run_gui`` builds one.
    ``opener``: how the window opens the store itself (the window built again in another language opens
    its store anew: the old window closed it)."""
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.stores import without_password

    path = Path(store.url.database) if store.is_sqlite and store.url.database else None
    body = None
    if path is not None:
        from zhdesk.storage.quick import scope_body

        body = scope_body(path)  # a department's store opens on its own measures
    key = str(path) if path is not None else without_password(store.url)
    window = MainWindow(opener or (lambda: store), runner, quick_path=path, body=body, store_key=key)
    attach_panels(window, coordinator=body is None)
    return window


def rebuild_in_language(old: MainWindow, code: str) -> MainWindow | None:
    """The window built again in the language ``code``, on the same store, where the old one stood (its size,
    the period, the measure). Closing the old window saves what was typed; when it cannot (or the officer
    keeps it open), nothing changes and None comes back."""
    from PySide6.QtWidgets import QApplication

    from zhdesk.gui import language
    from zhdesk.storage.database import open_store

    store, app = old.store, QApplication.instance()
    if store is None or not isinstance(app, QApplication):  # the store not open yet: nothing to build on
        return None
    url, period, measure, geometry = store.url, old.period, old.current, old.saveGeometry()
    old.flush()
    quits = app.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
    try:
        closed = old.close()
    finally:
        QApplication.setQuitOnLastWindowClosed(quits)
    if not closed:
        return None
    language.apply(app, code)
    new = window_for(store, old.runner, opener=lambda: open_store(url))
    new.restoreGeometry(geometry)

    def where_it_was() -> None:
        if period is not None and new.period is not None and new.period != period:
            new.reload(period.code)  # ready comes again, on that period
            return
        new.ready.disconnect(where_it_was)
        if measure is not None and measure in new.rows:
            new.select_measure(measure)

    new.ready.connect(where_it_was)
    new.show()
    old.deleteLater()
    return new


def _sqlite_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file the window opens, if it is one (its first screen is then read without SQLAlchemy)."""
    if args.demo:
        return paths.demo_store_path()
    if args.db:
        return Path(args.db).expanduser().resolve()
    url = args.db_url or os.environ.get("ZHDESK_DB_URL")
    if url:
        return Path(url.split("///", 1)[1]) if url.startswith("sqlite:///") and "?" not in url else None
    return paths.default_store_path()
