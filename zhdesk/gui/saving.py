"""What the autosave has to tell the officer, in the card and the status bar: a text someone else changed
while it was typed (both texts shown, the officer chooses), and texts recovered after a crash (how many,
for which measures, each marked above its text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from zhdesk.gui.period_words import period_words

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.services.entry import Conflict
    from zhdesk.services.journal import Entry

KEEP_MINE, TAKE_STORED = "save:mine", "save:stored"


class SavingNotes(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        window.autosave.conflicted.connect(self.show_conflicts)
        window.autosave.recovered.connect(self.show_recovered)
        window.autosave.failed.connect(self.show_failed)
        window.note_link.connect(self.choose)
        self.recovered_box: QMessageBox | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # Windows ending the session (an update's reboot): save first
            app.commitDataRequest.connect(lambda _manager: window.autosave.finish())

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        from zhdesk.gui.exchange_dialogs import diff_html

        note = self.tr(
            "<b>NOT saved: someone else saved another text of this measure while you typed</b> (another "
            "window, the command line or a colleague on the server). The stored text, compared with yours:"
            "<br>{0}<br><a href='save:mine'>Keep my text</a> · <a href='save:stored'>Take the stored text</a>"
        )
        period = self.window_.period
        shown = [c for c in conflicts if period is not None and c.period == period.code]
        self.window_.set_notes("saving", {c.measure_id: note.format(diff_html(c.mine, c.stored)) for c in shown})
        if conflicts:
            self.window_.statusBar().showMessage(
                self.tr(
                    "{0} texts were changed by someone else meanwhile and are NOT saved: choose above the text"
                ).format(len(conflicts))
            )

    def show_failed(self, busy: bool) -> None:
        if busy:
            words = self.tr(
                "NOT saved: the store is busy with another program. The text is kept in the recovery journal; "
                "retrying in 5 seconds…"
            )
        else:
            words = self.tr("NOT saved: the store does not answer. Retrying in 5 seconds…")
        self.window_.statusBar().showMessage(words)

    def choose(self, measure_id: str, link: str) -> None:
        period = self.window_.period
        if period is None or link not in (KEEP_MINE, TAKE_STORED):
            return
        key = (measure_id, period.code)
        if link == KEEP_MINE:
            self.window_.autosave.keep_mine(key, self.window_.rows[measure_id].execution)
        else:
            stored = self.window_.autosave.take_stored(key)
            if stored is not None:
                self.window_.put_text(measure_id, stored)

    def show_recovered(self, entries: list[Entry]) -> None:
        window = self.window_
        period = window.period
        here = [e for e in entries if period is not None and e.period == period.code and e.measure_id in window.rows]
        for entry in here:
            window.put_text(entry.measure_id, entry.text)
        window.flush()
        note = self.tr(
            "<b>Recovered:</b> this text had not reached the store when zhdesk was last closed unexpectedly; "
            "it is saved now. Check it before going on."
        )
        window.set_notes("recovered", {e.measure_id: note for e in here})
        lines = [f"{window.rows[e.measure_id].no}. {_short(window.rows[e.measure_id].text)}" for e in here]
        lines += [self.tr("a text {0}").format(period_words(e.period)) for e in entries if e not in here]
        window.statusBar().showMessage(
            self.tr("Recovered {0} texts that were not saved last time").format(len(entries))
        )
        if here:
            window.select_measure(here[0].measure_id)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Texts recovered"), "", parent=window)
        box.setText(
            self.tr("zhdesk was closed before {0} texts reached the store. They are recovered and saved now:").format(
                len(entries)
            )
        )
        box.setInformativeText("\n".join(lines))
        box.setObjectName("recoveredBox")
        self.recovered_box = box
        box.open()  # window-modal, not blocking: the first recovered text is shown behind it


def confirm_close(window: MainWindow) -> bool:
    """Texts that differ from what someone else stored meanwhile: close anyway (they stay journaled and are
    offered again next time), or stay and choose."""
    count = len(window.autosave.conflicts)
    if not count:
        return True
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("SavingNotes", "Texts not saved"),
        QCoreApplication.translate(
            "SavingNotes",
            "{0} of your texts are not saved because someone else changed them meanwhile. Close anyway? "
            "Your texts are kept and offered again the next time this store is opened.",
        ).format(count),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
