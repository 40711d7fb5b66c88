"""Printing from the window: the very PDF that ``export-report`` writes, previewed and printed page for page.

The PDF is written by an operation (with progress and cancel) into a temporary folder; QtPdf renders its
pages for the preview and for the printer, each page at most at 300 dpi, so what is printed is what an
exported PDF shows. File → Export also lives here, with "Open" and "Show in folder" afterwards.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QRect, QSize
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from zhdesk.gui.checklist import BeforeOutput
from zhdesk.gui.exchange_dialogs import show_file_done
from zhdesk.gui.operations import Operation
from zhdesk.gui.qt_namespace import Qt

if TYPE_CHECKING:
    from zhdesk.gui.main_window import MainWindow
    from zhdesk.gui.operations import Progress
    from zhdesk.storage.database import Store

MAX_DPI = 300  # on paper
PREVIEW_DPI = 120  # on screen, where the preview records the pages: six times fewer pixels to render


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the PDF's pages onto ``printer`` (its page range if one was chosen); returns pages drawn."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first > 0 and last >= first else range(count)
    pages = range(max(0, pages.start), min(count, pages.stop))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    preview = painter.paintEngine().type() == QPaintEngine.Type.Picture  # QPrintPreviewDialog records pages
    try:
        for page in pages:
            if drawn:
                printer.newPage()
            area = printer.pageLayout().fullRectPixels(printer.resolution())
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_DPI)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            painter.drawImage(target, document.render(page, pixels))
            drawn += 1
    finally:
        painter.end()
    return drawn


def landscape_printer(printer: QPrinter | None = None) -> QPrinter:
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    )
    return printer


class Printing(QObject):
    """File → Export the report…, Print preview…, Print… for what the window shows (the consolidated
    report, or the body's own report in a body's window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.folder = tempfile.TemporaryDirectory(prefix="zhdesk-print-")
        self.document = QPdfDocument(self)
        menu = window.file_menu
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export the report…"))
        self.export_action.triggered.connect(self.export)
        self.preview_action = menu.addAction(self.tr("Print preview…"))
        self.preview_action.triggered.connect(lambda: self.checked("preview", lambda: self.prepare(self.preview)))
        self.print_action = menu.addAction(self.tr("Print…"))
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: self.checked("print", lambda: self.prepare(self.print_)))
        self.before_output = BeforeOutput(window)  # the checklist before the consolidated report goes out
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.prepared = 0

    def _run(self, target: Path, done: Callable[[Path], object]) -> None:
        """Write the report on the runner, with a progress dialog that can cancel it."""
        period, body = self.window_.period, self.window_.body
        assert period is not None

        def work(store: Store, progress: Progress) -> Path:
            from zhdesk.services.report_file import write_report

            return write_report(store, period, body, target, progress)

        Operation(self.window_, work, label=self.tr("Preparing the report…")).success(done).run()

    def checked(self, action: str, then: Callable[[], None]) -> None:
        """``then`` after the checklist (empty measures, conflicts, …) was shown, if it lists anything."""
        self.before_output.check(action, then)

    def export(self) -> None:
        """File → Export: the checklist first, then where to write."""
        self.checked("export", self.choose_and_export)

    def choose_and_export(self) -> None:
        window = self.window_
        if window.period is None:
            return
        stem = f"zvit-{window.body + '-' if window.body else ''}{window.period.code}"
        target, _ = QFileDialog.getSaveFileName(
            window, self.tr("Export the report"), f"{stem}.pdf", self.tr("PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)")
        )
        if target:
            self._run(
                Path(target),
                lambda path: show_file_done(
                    window, self.tr("The report is saved: {0}").format(path), path, open_file=True
                ),
            )

    def prepare(self, then: Callable[[], None]) -> None:
        if self.window_.period is None:
            return
        self.document.close()  # the previous report's file is let go before a new one is written
        self.prepared += 1
        target = Path(self.folder.name) / f"zvit-{self.window_.period.code}-{self.prepared}.pdf"

        def loaded(path: Path) -> None:
            self.document.load(str(path))
            if self.document.status() != QPdfDocument.Status.Ready:
                QMessageBox.warning(self.window_, self.tr("zhdesk"), self.tr("The report could not be prepared."))
                return
            then()

        self._run(target, loaded)

    def preview(self) -> None:
        self.printer = printer = landscape_printer()  # kept: the dialog only points at it
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintPreviewDialog(printer, self.window_)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda p: paint_pages(self.document, p))
        dialog.resize(1100, 800)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.open()

    def print_(self) -> None:
        self.printer = printer = landscape_printer()  # kept: the dialog only points at it
        dialog = QPrintDialog(printer, self.window_)
        dialog.setMinMax(1, self.document.pageCount())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.accepted.connect(lambda: paint_pages(self.document, printer))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[call-arg]  # QDialog.open(); the stub lists only its other overload
