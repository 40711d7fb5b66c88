"""Every change of the measure in the card: who, when, from which submission or by hand, old and new."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDockWidget, QTextBrowser

from zhdesk.gui.exchange_dialogs import diff_html, local_time
from zhdesk.gui.programme_words import history_words

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.history import Change
    from zhdesk.storage.database import Store


class HistoryDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("History of the measure"))
        self.setObjectName("historyDock")
        self.window_ = window
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Changes of this measure's texts"))
        self.setWidget(self.browser)
        self.shown_for: str | None = None
        window.measure_shown.connect(self.show_measure)
        window.saved.connect(lambda _m: self.show_measure(self.window_.current or ""))
        window.ready.connect(lambda: self.show_measure(self.window_.current or ""))  # the period read again
        self.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.show_measure(self.window_.current or "")

    def show_measure(self, measure_id: str) -> None:
        if not measure_id or not self.isVisible():
            return
        self.shown_for = measure_id

        def task(store: Store, _progress: Callable[[int, int], None]) -> Any:
            from zhdesk.services.history import measure_history

            with store.reading() as session:
                return measure_id, measure_history(session, measure_id)

        self.window_.runner.submit(self.window_.store_work(task), self._show)

    def _show(self, answer: tuple[str, list[Change]]) -> None:
        measure_id, changes = answer
        if measure_id != self.shown_for:
            return  # the officer has moved on
        if not changes:
            self.browser.setHtml("<p>" + self.tr("No changes recorded yet.") + "</p>")
            return
        sources = {
            "entry": self.tr("typed"),
            "import": self.tr("imported"),
            "submission": self.tr("submission"),
            "resolve": self.tr("conflict resolved"),
            "undo resolve": self.tr("resolving the conflict undone"),
            "accept": self.tr("accepted submission"),
            "undo accept": self.tr("acceptance of submission undone"),
            "form": self.tr("form package"),
            "merge of bodies": self.tr("two bodies merged into one"),
        }
        rows = []
        for change in reversed(changes):
            if change.field:  # the measure itself changed in the programme (by hand, by an import)
                what, old, new = history_words(change)
                programme = self.tr("programme")
                rows.append(
                    f"<p><b>{local_time(change.at)}</b> · {programme} · {html.escape(change.by)} "
                    f"({html.escape(what)})<br>{diff_html(old, new)}</p>"
                )
                continue
            whose = html.escape(change.body) if change.body else self.tr("report")
            via = sources.get(change.source, change.source)
            if change.submission:
                via += f" №{change.submission}"
            when = local_time(change.at)
            rows.append(
                f"<p><b>{when}</b> · {change.period} · {whose} · {html.escape(change.by)} ({via})<br>"
                f"{diff_html(change.old, change.new)}</p>"
            )
        self.browser.setHtml("".join(rows))
        self.browser.verticalScrollBar().setValue(0)
