"""Printing is the exported PDF, page for page: rendered by QtPdf onto the printer (here a PDF printer)."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok
from tests.gui.test_exchange_window import open_window
from zhdesk.gui.printing import landscape_printer, paint_pages


def test_print_preview_and_printing_match_the_exported_pdf(qtbot: QtBot, tmp_path: Path, real_report: Path) -> None:
    db = tmp_path / "store.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    window = open_window(qtbot, db)
    printing = window.printing
    assert printing is not None
    shown: list[bool] = []
    printing.prepare(lambda: shown.append(True))
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    pages = printing.document.pageCount()
    exported = tmp_path / "exported.pdf"
    ok("--db", db, "export-report", "--period", "2023-9M", "-o", exported)
    assert pages == len(pypdf.PdfReader(exported).pages) > 40

    printed = tmp_path / "printed.pdf"
    printer = landscape_printer(QPrinter(QPrinter.PrinterMode.ScreenResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert paint_pages(printing.document, printer) == pages
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape A4, as exported

    some = tmp_path / "pages-2-3.pdf"
    printer = landscape_printer(QPrinter(QPrinter.PrinterMode.ScreenResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(some))
    printer.setFromTo(2, 3)
    assert paint_pages(printing.document, printer) == 2
    assert len(pypdf.PdfReader(some).pages) == 2

    printing.preview()
    dialog = printing.preview_dialog
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    dialog.close()
    window._pending.clear()
    window.close()
