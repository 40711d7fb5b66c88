"""Small dialogs of the exchange: what receiving did (with the per-measure differences), file done."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zhdesk.exchange.container import ExchangeError
from zhdesk.gui.details import with_details
from zhdesk.gui.qt_namespace import Qt
from zhdesk.gui.runner import DESCRIBERS

if TYPE_CHECKING:
    from zhdesk.exchange.submissions import Received

REMOVED = "background:#fde2e2;color:#8b0000;text-decoration:line-through"
ADDED = "background:#d8f0d8;color:#004d00"


def problem_words(category: str) -> str:
    """What a kind of exchange problem means, in the officer's language."""
    words = {
        "damaged": QCoreApplication.translate("Exchange", "The file is damaged or is not a zhdesk file."),
        "unreadable": QCoreApplication.translate("Exchange", "The file cannot be read."),
        "too-large": QCoreApplication.translate("Exchange", "The file is too large for an exchange file."),
        "version": QCoreApplication.translate(
            "Exchange", "The file was made by another version of zhdesk; both sides need the same release."
        ),
        "malformed": QCoreApplication.translate("Exchange", "The file's contents are not what zhdesk writes."),
        "signature": QCoreApplication.translate(
            "Exchange",
            "The signature does not match: the file was changed after it was made, or it was not made "
            "from the form package issued to this body.",
        ),
        "not-issued": QCoreApplication.translate(
            "Exchange", "No form package for this period was issued to this body from this store."
        ),
        "older": QCoreApplication.translate("Exchange", "A newer submission of this body has already been received."),
        "measures": QCoreApplication.translate("Exchange", "The file has measures that are not this body's."),
        "period": QCoreApplication.translate(
            "Exchange", "The period or the programme year does not match the form package."
        ),
        "store": QCoreApplication.translate("Exchange", "This store cannot take this file."),
    }
    return words.get(category, QCoreApplication.translate("Exchange", "The file cannot be used."))


def describe_exchange_error(error: ExchangeError) -> str:
    """The officer's words; the file and the technical reason (English) behind «Подробиці» (``details``)."""
    return with_details(problem_words(error.category), f"{error.file}: {error.reason}")


DESCRIBERS.append((ExchangeError, describe_exchange_error))


def local_time(iso: str | None) -> str:
    """A stored UTC time as the officer's clock shows it: 26.11.2026 10:15."""
    if not iso:
        return ""
    import datetime as dt

    return dt.datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M")


def diff_html(old: str, new: str) -> str:
    """The word-level difference of two texts as HTML: removed words struck out, added ones green."""
    from zhdesk.exchange.submissions import diff_segments

    out = []
    for op, text in diff_segments(old, new):
        escaped = html.escape(text).replace("\n", "<br>")
        if op == "=":
            out.append(escaped)
        else:
            out.append(f"<span style='{REMOVED if op == '-' else ADDED}'>{escaped}</span>")
    return "".join(out)


class ReceivedDialog(QDialog):
    """One line per file (received, unchanged or rejected with its reason) and what changed per measure."""

    def __init__(self, parent: QWidget, results: list[Received]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Submissions received"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("What the submissions changed"))
        self.browser.setOpenLinks(False)  # «Подробиці» shows a rejected file's technical reason
        self.browser.anchorClicked.connect(self._toggle_details)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.results, self.details_shown = results, False
        self.browser.setHtml(self.receipt_html(results))

    def _toggle_details(self, link: QUrl) -> None:
        if link.toString() == "details:":
            self.details_shown = not self.details_shown
            self.browser.setHtml(self.receipt_html(self.results))

    def receipt_html(self, results: list[Received]) -> str:
        rejected = sum(r.outcome == "rejected" for r in results)
        parts = [
            "<p><b>"
            + self.tr("Files: {0}; received: {1}; already there: {2}; rejected: {3}").format(
                len(results),
                sum(r.outcome == "received" for r in results),
                sum(r.outcome == "unchanged" for r in results),
                rejected,
            )
            + "</b></p>"
        ]
        order = {"rejected": 0, "received": 1, "unchanged": 2}  # what needs the coordinator's attention first
        for r in sorted(results, key=lambda r: order.get(r.outcome, 3)):
            name = html.escape(r.file)
            if r.outcome == "rejected":
                parts.append(
                    f"<p style='color:#b00020'>✗ <b>{name}</b>: "
                    + self.tr("rejected, nothing was changed.")
                    + f" {html.escape(problem_words(r.category))} "
                    + self._details(r.reason)
                    + "</p>"
                )
                continue
            if r.outcome == "unchanged":
                parts.append(f"<p>= <b>{name}</b>: " + self.tr("received before; nothing changed.") + "</p>")
                continue
            parts.append(
                f"<p>✓ <b>{name}</b>: "
                + self.tr("{0}, submission no. {1}; measures changed: {2}").format(
                    html.escape(r.body), r.sequence, len(r.changes)
                )
                + "</p><ul>"
            )
            for change in r.changes:
                parts.append(f"<li><b>{html.escape(change.no)}</b>: {diff_html(change.old, change.new)}</li>")
            parts.append("</ul>")
            if r.retired:
                parts.append(
                    "<p style='color:#8a6d00'>"
                    + self.tr(
                        "{0} measures of the form were retired from the programme after it was issued; "
                        "their texts were not applied."
                    ).format(len(r.retired))
                    + "</p>"
                )
            if r.reassigned:
                parts.append(
                    "<p style='color:#8a6d00'>"
                    + self.tr(
                        "{0} measures of the form were given to other executors by an amendment after it was "
                        "issued; their texts were not applied."
                    ).format(len(r.reassigned))
                    + "</p>"
                )
            if r.conflicts:
                parts.append(
                    "<p style='color:#8a6d00'>"
                    + self.tr(
                        "{0} measures keep your own text; the executors' text waits beside it in the card."
                    ).format(len(r.conflicts))
                    + "</p>"
                )
        return "".join(parts)

    def _details(self, reason: str) -> str:
        """The technical reason (English) behind «Подробиці», shown once asked for."""
        if not self.details_shown:
            show = self.tr("Details")
            return f"<small><a href='details:'>{html.escape(show)}</a></small>"
        hide = self.tr("Hide details")
        technical = f"<small style='color:#555'>{html.escape(reason)}</small>"
        return f"<small><a href='details:'>{html.escape(hide)}</a></small><br>{technical}"


def show_file_done(parent: QWidget, message: str, path: Path, *, open_file: bool = False) -> QMessageBox:
    """Say where the file went, with "Open" (for a report) and "Show in folder"; not modal."""
    # QCoreApplication.translate with the context named: parent.tr would file the words under "parent"
    title = QCoreApplication.translate("FileDone", "zhdesk")
    box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    open_label = QCoreApplication.translate("FileDone", "Open")
    open_button = box.addButton(open_label, QMessageBox.ButtonRole.AcceptRole) if open_file else None
    folder_label = QCoreApplication.translate("FileDone", "Show in folder")
    folder_button = box.addButton(folder_label, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)

    def clicked(button: QAbstractButton) -> None:
        if open_button is not None and button is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))

    box.buttonClicked.connect(clicked)
    box.open()
    return box
