"""Help → User guide (F1): a short guide for the officer and the coordinator, offline, in the window's
language, in a window of its own beside the main one.

The pages are HTML in ``zhdesk/resources/guide/<language>/`` with their screenshots beside them (made by
``packaging/guide_screenshots.py`` from the real window). Two parts of a page are filled in when it is
shown, so they never go stale: ``<!-- shortcuts -->`` with the window's shortcuts (``guide_keys``) and
``<!-- legend -->`` with the navigator's marks."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from zhdesk import paths
from zhdesk.gui.guide_keys import shortcuts_html
from zhdesk.gui.qt_namespace import Qt

GUIDE_LANGUAGES = ("uk", "en")
PAGES = ("index.html", "officer.html", "coordinator.html", "keys.html")


def guide_language() -> str:
    """The guide's language: the window's (``language.install`` sets the default locale with it)."""
    return "uk" if QLocale().language() == QLocale.Language.Ukrainian else "en"


def guide_page(language: str, page: str = "index.html") -> Path:
    """A page of the guide as a file (the PyInstaller bundle and a checkout both keep the resources as files)."""
    return paths.resource_file("guide", language if language in GUIDE_LANGUAGES else "en", page)


def legend_html() -> str:
    """The navigator's marks (○ ✓ ✗ ⚠ and the others it has) and what each means: the navigator's own legend,
    each mark with a word more on what to do about it."""
    from zhdesk.gui import navigator

    own = getattr(navigator, "legend_text", None)
    if callable(own):
        items = [item.strip() for item in str(own()).split(" · ") if item.strip()]
        marks = [(item[0], item[1:].strip()) for item in items]
    else:  # a navigator without a legend of its own
        from zhdesk.gui.navigator_model import MARKS
        from zhdesk.services.worklist import EMPTY, ERRORS, FILLED, WARNINGS

        marks = [(MARKS[status], "") for status in (EMPTY, FILLED, ERRORS, WARNINGS)]
    more = _mark_details()
    rows = []
    for mark, meaning in marks:
        detail = more.get(mark, "")
        parts = [f"<b>{html.escape(meaning)}</b>"] if meaning else []
        parts += [html.escape(detail)] if detail else []
        words = ": ".join(parts)
        rows.append(
            f"<tr><td align='center' width='32'><big><b>{html.escape(mark)}</b></big></td><td>{words}</td></tr>"
        )
    return f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>"


def _mark_details() -> dict[str, str]:
    """A word more on each mark, after the navigator's own short meaning."""
    return {
        "○": QCoreApplication.translate("GuideWindow", "the submission cannot be made until it is filled"),
        "✓": QCoreApplication.translate("GuideWindow", "no problems found"),
        "✗": QCoreApplication.translate("GuideWindow", "too short, “-”, a hidden character…: fix it before submitting"),
        "⚠": QCoreApplication.translate(
            "GuideWindow", "spelling, a date, double spaces, last period's text: worth a look, submitting still works"
        ),
        "✎": QCoreApplication.translate(
            "GuideWindow",
            "the coordinator returned the submission with a comment on this measure, shown above its text",
        ),
        "⇄": QCoreApplication.translate("GuideWindow", "your version and another one differ: choose which one stays"),
    }


class GuideBrowser(QTextBrowser):
    """Shows the guide's pages, filling in the live parts of a page as it is read."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.setObjectName("guideBrowser")
        self.setOpenExternalLinks(True)  # an address on the web goes to the browser; the guide's own pages here

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.HtmlResource.value and url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix == ".html" and path.is_file():
                return self.fill(path.read_text(encoding="utf-8"))
        return super().loadResource(kind, name)

    def fill(self, page: str) -> str:
        if "<!-- shortcuts -->" in page:
            page = page.replace("<!-- shortcuts -->", shortcuts_html(self.main_window))
        if "<!-- legend -->" in page:
            page = page.replace("<!-- legend -->", legend_html())
        return page


class GuideWindow(QWidget):
    """The guide in a window of its own (not modal: the officer reads it while typing in the main one)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.main_window = window
        self.language = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.forward_button = QPushButton()
        self.home_button = QPushButton()
        self.keys_button = QPushButton()
        for button in (self.back_button, self.forward_button, self.home_button, self.keys_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.browser = GuideBrowser(window, self)
        layout.addWidget(self.browser, 1)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_page("index.html"))
        self.keys_button.clicked.connect(lambda: self.show_page("keys.html"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.closing = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.close, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._words()
        self._place()

    def _words(self) -> None:
        self.setWindowTitle(self.tr("zhdesk — user guide"))
        self.back_button.setText(self.tr("← Back"))
        self.forward_button.setText(self.tr("Forward →"))
        self.home_button.setText(self.tr("Contents"))
        self.keys_button.setText(self.tr("Shortcuts and marks"))
        self.closing.setWhatsThis(self.tr("In the guide's window: close it"))

    def _place(self) -> None:
        """Beside the main window when the screen has room, over its right part when it has not."""
        screen = self.main_window.screen()
        available = screen.availableGeometry() if screen is not None else None
        if available is None:
            self.resize(720, 640)
            return
        width = min(780, max(680, int(available.width() * 0.6)), available.width())  # the images are 640 wide
        height = min(820, int(available.height() * 0.9))
        self.resize(width, height)
        main = self.main_window.frameGeometry()
        x = main.right() + 8 if main.right() + 8 + width <= available.right() else available.right() - width - 8
        y = max(available.top(), min(main.top(), available.bottom() - height))
        self.move(max(available.left(), x), y)

    def show_page(self, page: str = "index.html") -> None:
        """Show a page of the guide in the window's language (the language read again each time)."""
        self.language = guide_language()
        path = guide_page(self.language, page)
        if not path.is_file():  # an installation without the guide's files: say so rather than show nothing
            self.browser.setHtml(
                "<p>{}</p>".format(
                    html.escape(self.tr("The guide's files are missing from this installation: {0}").format(path))
                )
            )
            return
        url = QUrl.fromLocalFile(str(path))
        if self.browser.source() == url:
            self.browser.reload()
        else:
            self.browser.setSource(url)

    def open(self, page: str = "index.html") -> None:
        self.show_page(page)
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._words()
            if self.isVisible() and guide_language() != self.language:
                self.show_page()
        super().changeEvent(event)


def open_guide(window: QMainWindow, page: str = "index.html") -> GuideWindow:
    """The window's guide (one per main window), opened at ``page``."""
    guide = window.findChild(GuideWindow, "guideWindow")
    if guide is None:
        guide = GuideWindow(window)
    guide.open(page)
    return guide
