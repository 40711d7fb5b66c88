"""Файл → Створити сховище… / Відкрити сховище… / Підключитися до сервера… / Останні сховища / Вихід.

A store is opened on the window's runner, after what was typed has been handed to the store; then the
window is built again for the new store (``rebuild``, given by ``gui.app``) and the old one closes (its
texts saved first, as on any close). A server's password is asked in a dialog and never kept: the recent
stores and the last store hold addresses without it. A refusal (no store there, another program's database,
a newer zhdesk, the server not answering) is told in the coordinator's words and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
)

from zhdesk.gui.qt_namespace import Qt
from zhdesk.gui.runner import DESCRIBERS
from zhdesk.services.stores import StoreRefused

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.storage.database import Store

RECENT_KEY, LAST_KEY = "store/recent", "store/last"


def refusal_words(refused: StoreRefused) -> str:
    """Why the store was not opened, for the coordinator (nothing was changed in any case)."""
    words = {
        "missing": QCoreApplication.translate(
            "Stores", "There is no zhdesk store at {0}. To make one, use File → Create a store…"
        ),
        "foreign": QCoreApplication.translate(
            "Stores",
            "{0} is not a zhdesk store: it is another program's file or database. It was not changed; "
            "choose a zhdesk store, or create a new one.",
        ),
        "newer": QCoreApplication.translate(
            "Stores", "The store {0} was written by a newer zhdesk. Install the newer zhdesk; it was not changed."
        ),
        "unreachable": QCoreApplication.translate(
            "Stores",
            "Could not connect to {0}. Check the server's address, the user name and the password, and that the "
            "server is reachable from this computer.",
        ),
        "cannot-create": QCoreApplication.translate(
            "Stores", "A store cannot be created at {0}: the folder cannot be written."
        ),
        "bad-address": QCoreApplication.translate(
            "Stores", "{0} is not a server's address. Write it like postgresql+psycopg://user@server/zhdesk"
        ),
    }
    text = words.get(refused.kind, QCoreApplication.translate("Stores", "The store {0} could not be opened.")).format(
        refused.where
    )
    return text if refused.kind in ("missing", "foreign", "bad-address") else f"{text}\n\n({refused.detail})"


DESCRIBERS.append((StoreRefused, refusal_words))


def read_recent() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    values = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return [str(v) for v in values if v]


def remember_store(url: Any) -> None:
    """A store opened (its URL; at start: ``zhdesk --db PATH``, the default store, the last one; or from the
    File menu) goes first in the recent stores, once, without its password; it is the last store unless it
    needed a password (then the next start opens the default store). Safe on the runner (QSettings is
    reentrant)."""
    from zhdesk.services.stores import recent_after, recent_entry, remembered_as_last

    settings = QSettings()
    settings.setValue(RECENT_KEY, recent_after(read_recent(), recent_entry(url)))
    last = remembered_as_last(url)
    if last is not None:
        settings.setValue(LAST_KEY, last)
    else:
        settings.remove(LAST_KEY)


class ServerDialog(QDialog):
    """The server's address and the password (typed apart, never kept); ``chosen(url)`` on Connect."""

    chosen = Signal(object)

    def __init__(self, parent: MainWindow, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Connect to a server"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The office's store on a PostgreSQL server. The password is asked every time and never kept "
                "on this computer."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.address = QLineEdit(address)
        self.address.setObjectName("serverAddress")
        self.address.setPlaceholderText("postgresql+psycopg://user@server/zhdesk")
        self.address.setMinimumWidth(min(520, int(parent.screen().availableGeometry().width() * 0.6)))
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("serverMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #8b0000; }")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if address else self.address).setFocus()

    def _connect(self) -> None:
        from zhdesk.services.stores import server_url

        try:
            url = server_url(self.address.text(), self.password.text())
        except StoreRefused as refused:
            self.message.setText(refusal_words(refused))
            self.message.show()
            self.address.setFocus()
            return
        self.password.clear()  # the password lives on only in the URL handed over
        self.accept()
        self.chosen.emit(url)


class StoreFiles(QObject):
    """The store actions of the File menu. ``rebuild(store)`` returns a window (not shown) on ``store``;
    ``opened(window)`` once it replaced this one."""

    opened = Signal(object)

    def __init__(self, window: MainWindow, rebuild: Callable[[Store], MainWindow]) -> None:
        super().__init__(window)
        self.window_, self.rebuild = window, rebuild
        self.busy = False
        self.dialog: ServerDialog | None = None
        self.failure: QMessageBox | None = None
        menu = window.file_menu

        def action(text: str, name: str, slot: Callable[[], Any]) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.triggered.connect(slot)
            return made

        self.create_action = action(self.tr("Create a store…"), "createStoreAction", self.choose_new_file)
        self.open_action = action(self.tr("Open a store…"), "openStoreAction", self.choose_file)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.server_action = action(self.tr("Connect to a server…"), "serverStoreAction", lambda: self.ask_server())
        self.recent_menu = QMenu(self.tr("Recent stores"), window)
        self.recent_menu.setObjectName("recentStoresMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.create_action, self.open_action, self.server_action])  # type: ignore[arg-type]
        menu.insertMenu(first, self.recent_menu)  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)
        menu.addSeparator()
        self.quit_action = action(self.tr("Quit"), "quitAction", window.close)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        menu.addAction(self.quit_action)
        window.addAction(self.quit_action)  # Ctrl+Q with the menu closed
        self.fill_recent()

    # -- choosing ----------------------------------------------------------------------------------------

    def choose_new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window_, self.tr("Create a store"), str(Path.home() / "zhdesk.sqlite3"), self._filter()
        )
        if name:
            self.open_file(Path(name), create=True)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window_, self.tr("Open a store"), "", self._filter())
        if name:
            self.open_file(Path(name))

    def _filter(self) -> str:
        return self.tr("zhdesk stores (*.sqlite3 *.sqlite *.db);;All files (*)")

    def ask_server(self, address: str = "") -> ServerDialog:
        self.dialog = ServerDialog(self.window_, address)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.chosen.connect(lambda url: self.open_url(url, create=True))  # an empty database is made a store
        self.dialog.open()
        return self.dialog

    def fill_recent(self) -> None:
        from zhdesk.services.stores import available, needs_password_asked, short_name, sqlite_path

        self.recent_menu.clear()
        recent = read_recent()
        for url_text in recent:
            path = sqlite_path(url_text)
            item = self.recent_menu.addAction(short_name(url_text) + ("…" if needs_password_asked(url_text) else ""))
            item.setData(url_text)
            item.setToolTip(str(path) if path is not None else url_text)
            if not available(url_text):
                item.setEnabled(False)
                item.setText(self.tr("{0} (not found)").format(item.text()))
            item.triggered.connect(lambda _checked=False, url=url_text: self.open_recent(url))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self.clear_recent)
        self.recent_menu.setEnabled(bool(recent))
        self.recent_menu.setToolTipsVisible(True)

    def clear_recent(self) -> None:
        QSettings().setValue(RECENT_KEY, [])
        self.fill_recent()

    def open_recent(self, url_text: str) -> None:
        from zhdesk.services.stores import needs_password_asked

        if needs_password_asked(url_text):
            self.ask_server(url_text)
        else:
            self.open_url(url_text, create=False)

    # -- opening -------------------------------------------------------------------------------------------

    def open_file(self, path: Path, *, create: bool = False) -> None:
        from zhdesk.services.stores import file_url

        self.open_url(file_url(path), create=create)

    def open_url(self, url: Any, *, create: bool) -> None:
        def work(_progress: Any) -> Store:
            from zhdesk.services.stores import open_chosen

            return open_chosen(url, create=create)

        self.switch(work, remember=True)

    def open_demo(self) -> None:
        def work(_progress: Any) -> Store:
            from zhdesk.services.demo import open_demo_store

            return open_demo_store()

        self.switch(work, remember=False, label=self.tr("Preparing the demo store (the real report)…"))

    def switch(self, work: Callable[[Any], Store], *, remember: bool, label: str = "") -> None:
        """Open another store on the runner (after the typed texts were handed to this one), then show it."""
        if self.busy:
            return
        self.busy = True
        for each in (self.create_action, self.open_action, self.server_action):
            each.setEnabled(False)
        self.window_.flush()
        progress = QProgressDialog(label or self.tr("Opening the store…"), "", 0, 0, self.window_)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.window_.statusBar().showMessage(label or self.tr("Opening the store…"))

        def done(store: Store) -> None:
            progress.reset()
            progress.deleteLater()
            self._opened(store, remember)

        def failed(words: str) -> None:
            progress.reset()
            progress.deleteLater()
            self._refused(words)

        self.window_.runner.submit(work, done, failed)

    def _idle(self) -> None:
        self.busy = False
        for each in (self.create_action, self.open_action, self.server_action):
            each.setEnabled(True)

    def _opened(self, store: Store, remember: bool) -> None:
        old = self.window_
        if old.autosave.has_unsaved():  # this store did not take the typed texts: stay, so nothing is lost
            store.close()
            self._idle()
            self._refused(
                self.tr(
                    "The text you typed could not be saved to this store yet, so it stays open. Check the store "
                    "(disk, network) and try again."
                )
            )
            return
        new = self.rebuild(store)
        new.restoreGeometry(old.saveGeometry())
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if quits:
            QApplication.setQuitOnLastWindowClosed(False)  # the old window closes before the new one shows
        try:
            closed = old.close()
        finally:
            if quits:
                QApplication.setQuitOnLastWindowClosed(True)
        self._idle()
        if not closed:  # the officer kept the old window (texts to decide on): the new one goes
            new.session.close()
            new.deleteLater()
            return
        if remember:
            self._remember(store)
        new.show()
        self.opened.emit(new)
        old.deleteLater()

    def _remember(self, store: Store) -> None:
        remember_store(store.url)

    def _refused(self, words: str) -> None:
        self._idle()
        self.window_.statusBar().showMessage(self.tr("The store was not opened"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The store was not opened"), words, parent=self.window_)
        box.setObjectName("storeRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "failure", None))
        self.failure = box
        box.open()
