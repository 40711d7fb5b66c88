"""The window's title bar: the community, the programme's year, the period and the store's short name (the
coordinator's), or the body's name and the period (a department's); never a file path or a password."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from zhdesk.gui.period_words import period_words

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.stores import StoreFacts


class WindowTitle(QObject):
    """``show()`` words the title from what the window holds; ``read()`` fetches the community and the
    body's name on the runner (once the store is open), then shows it again and announces ``facts_read``."""

    facts_read = Signal(object)  # the StoreFacts just read (the officer's header takes the body's name)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.facts: StoreFacts | None = None

    def text(self) -> str:
        window, facts = self.window_, self.facts
        period = window.period
        words = period_words(period) if period is not None else ""
        if window.body:
            name = (facts.body_name if facts else "") or window.body
            title = self.tr("{0} — {1}").format(name, words) if words else name
        else:
            store = self.store_name()
            community = facts.community if facts else ""
            if period is None:
                title = self.tr("zhdesk — {0}").format(store)
            elif community:
                title = self.tr("Programme of {0} for {1} — {2} — {3}").format(community, period.year, words, store)
            else:
                title = self.tr("Programme for {0} — {1} — {2}").format(period.year, words, store)
        store_open = window.session.store
        if store_open is not None and store_open.read_only:
            title += QCoreApplication.translate("MainWindow", " — read-only")  # as the window always said it
        return title

    def store_name(self) -> str:
        from pathlib import Path

        store = self.window_.session.store
        if store is None:
            quick = self.window_.session.quick_path
            return quick.name if quick is not None else ""
        if store.is_sqlite:
            return Path(store.url.database or ":memory:").name
        from zhdesk.services.stores import short_name

        return short_name(store.url)

    def show(self) -> None:
        self.window_.setWindowTitle(self.text())

    def read(self) -> None:
        body, session = self.window_.body, self.window_.session

        def task(_progress: Any) -> StoreFacts | None:
            if session.store is None:  # not opened (it failed): the title is not worth another attempt
                return None
            from zhdesk.services.stores import store_facts

            return store_facts(session.store, body)

        self.window_.runner.submit(task, self._read, lambda _words: None)

    def _read(self, facts: StoreFacts | None) -> None:
        if facts is not None:
            self.facts = facts
            self.show()
            self.facts_read.emit(facts)
