"""Help (issue 14): F1 and Довідка → Посібник open the user guide in the window's language, offline, in a window
of its own; its pages' images exist and its links lead somewhere; Довідка → Гарячі клавіші lists every
shortcut the window's actions and shortcuts have (read from them, so the list cannot go stale)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from tests.exchange.util import ok
from tests.gui.test_exchange_window import open_window
from zhdesk.gui import language
from zhdesk.gui.about import About
from zhdesk.gui.guide import GUIDE_LANGUAGES, PAGES, GuideWindow, guide_page
from zhdesk.gui.guide_keys import ShortcutsDialog

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture(scope="module")
def made_store(tmp_path_factory: pytest.TempPathFactory, real_report: Path) -> Path:
    store = tmp_path_factory.mktemp("guide") / "coordinator.sqlite3"
    ok("--db", store, "import-report", real_report, "--period", "2023-9M")
    return store


@pytest.fixture
def store(made_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "coordinator.sqlite3"
    shutil.copy(made_store, copy)
    return copy


def help_of(qtbot: QtBot, window: QMainWindow) -> About:
    qtbot.waitUntil(lambda: window.findChild(About) is not None, timeout=10000)
    about = window.findChild(About)
    assert isinstance(about, About)
    return about


def press_f1(qtbot: QtBot, window: QMainWindow) -> GuideWindow:
    help_of(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # F1 works in the main window (a window shortcut)
    qtbot.keyClick(window.editor, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(GuideWindow) is not None, timeout=5000)
    guide = window.findChild(GuideWindow)
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible, timeout=5000)
    return guide


def links_and_images(document: QTextDocument) -> tuple[list[str], list[str]]:
    """The links (href) and images (src) of a page as the browser laid it out."""
    links, images = [], []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = fragment.charFormat()
            if char.isAnchor() and char.anchorHref():
                links.append(char.anchorHref())
            if char.isImageFormat():
                images.append(char.toImageFormat().name())
            it += 1
        block = block.next()
    return links, images


def anchors_of(page: Path) -> set[str]:
    return set(re.findall(r'<a name="([^"]+)"', page.read_text(encoding="utf-8")))


def test_f1_opens_the_ukrainian_guide_whose_links_and_images_all_work(qtbot: QtBot, store: Path) -> None:
    window = open_window(qtbot, store)
    guide = press_f1(qtbot, window)
    browser = guide.browser
    assert browser.source() == QUrl.fromLocalFile(str(guide_page("uk")))
    assert guide.windowModality() == Qt.WindowModality.NonModal and guide.isWindow()
    assert guide.windowTitle() == "zhdesk — посібник"
    index = browser.toPlainText()
    assert "Виконавцю" in index and "Координатору" in index and "Гарячі клавіші" in index
    sections = {"officer.html": ("Відкрити бланк", "Сформувати подання", "Зауваження координатора")}
    sections["coordinator.html"] = ("Імпортувати програму", "Видати бланки", "Отримати подання", "Звіт")
    sections["coordinator.html"] += ("Повернути із зауваженнями", "Експортувати звіт", "Друк")

    followed: set[str] = set()
    for page in PAGES:
        url = QUrl.fromLocalFile(str(guide_page("uk", page)))
        browser.setSource(url)
        qtbot.waitUntil(lambda url=url: browser.source() == url, timeout=3000)
        text = browser.toPlainText()
        assert text.strip() and "<!--" not in browser.toHtml().split("<body", 1)[-1].replace("<!--StartFragment-->", "")
        for words in sections.get(page, ()):
            assert words in text, (page, words)
        links, images = links_and_images(browser.document())
        for image in images:  # every image the page shows is beside it, and loaded
            path = Path(url.resolved(QUrl(image)).toLocalFile())
            assert path.is_file() and path.stat().st_size > 1000, (page, image)
            assert path.stat().st_size < 150_000, (page, image, "keep the guide's images small")
        for link in links:  # every link inside the guide leads to a page of it (and to an anchor there)
            target = url.resolved(QUrl(link))
            assert target.isLocalFile(), (page, link)
            assert Path(target.toLocalFile()).is_file(), (page, link)
            if target.fragment():
                assert target.fragment() in anchors_of(Path(target.toLocalFile())), (page, link)
            followed.add(Path(target.toLocalFile()).name)
    assert followed >= set(PAGES)  # every page is reachable from the others
    images_shown = {p.name for p in (guide_page("uk").parent / "img").iterdir()}
    assert {"officer-window.png", "navigator.png", "coordinator-window.png"} <= images_shown

    # the shortcuts and the marks' legend are filled in from the window itself
    browser.setSource(QUrl.fromLocalFile(str(guide_page("uk", "keys.html"))))
    keys = browser.toPlainText()
    for mark in "○✓✗⚠":
        assert mark in keys
    assert "F1" in keys and "Ctrl+Shift+PgDown" in keys and "Посібник" in keys

    # a link followed as the user does (Tab to it, Enter): the page changes, Back returns
    browser.setSource(QUrl.fromLocalFile(str(guide_page("uk"))))
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: browser.source().fileName() == "officer.html", timeout=3000)
    assert "Виконавцю: заповнити й подати звіт" in browser.toPlainText()
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert browser.source().fileName() == "index.html"

    guide.activateWindow()
    browser.setFocus()
    qtbot.waitUntil(lambda: guide.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    qtbot.keyClick(browser, Qt.Key.Key_Escape)  # Esc closes the guide; F1 brings the same window back
    assert not guide.isVisible()
    assert press_f1(qtbot, window) is guide and browser.source().fileName() == "index.html"


def test_every_language_has_every_page_and_image() -> None:
    for code in GUIDE_LANGUAGES:
        folder = guide_page(code).parent
        for page in PAGES:
            text = (folder / page).read_text(encoding="utf-8")
            for image in re.findall(r'<img src="([^"]+)"', text):
                assert (folder / image).is_file(), (code, page, image)
    uk, en = (sorted(p.name for p in (guide_page(c).parent / "img").iterdir()) for c in ("uk", "en"))
    assert uk == en
    total = sum(p.stat().st_size for c in GUIDE_LANGUAGES for p in (guide_page(c).parent / "img").iterdir())
    assert total < 400_000, f"the guide's images weigh {total // 1024} KB"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The program in English for one test (its window built after the switch), Ukrainian again after it."""
    from PySide6.QtCore import QTranslator

    def drop() -> None:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()

    drop()
    language.install(qapp, "en")
    try:
        yield
    finally:
        drop()
        assert language.install(qapp, "uk")


def test_in_english_f1_shows_the_english_guide(qtbot: QtBot, store: Path, english: None) -> None:
    window = open_window(qtbot, store)
    assert window.menuBar().actions()[0].text() == "&File"
    guide = press_f1(qtbot, window)
    assert guide.browser.source() == QUrl.fromLocalFile(str(guide_page("en")))
    text = guide.browser.toPlainText()
    assert "For the officer" in text and "For the coordinator" in text
    assert not re.search("[а-яіїєґ]", text, re.IGNORECASE), "Ukrainian in the English guide's contents"
    assert guide.windowTitle() == "zhdesk — user guide" and guide.home_button.text() == "Contents"
    guide.show_page("keys.html")
    keys = guide.browser.toPlainText()
    assert "User guide" in keys and "not filled" in keys


def test_the_shortcuts_dialog_lists_every_shortcut_of_the_window(qtbot: QtBot, store: Path) -> None:
    window = open_window(qtbot, store)
    about = help_of(qtbot, window)
    assert about.guide_action.text() == "&Посібник" and about.guide_action.shortcut().toString() == "F1"
    assert about.keys_action.text() == "&Гарячі клавіші…"
    about.keys_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None, timeout=3000)
    dialog = window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.windowTitle() == "Гарячі клавіші"
    listed = dialog.listed_keys()
    expected = [
        keys.toString(NATIVE)
        for action in window.findChildren(QAction)
        for keys in action.shortcuts()
        if not keys.isEmpty()
    ]
    expected += [
        keys.toString(NATIVE)
        for shortcut in window.findChildren(QShortcut)
        for keys in shortcut.keys()  # noqa: SIM118 - a QShortcut's key sequences
        if not keys.isEmpty()
    ]
    assert expected and "F1" in expected and "Ctrl+P" in expected
    missing = [keys for keys in expected if keys not in listed]
    assert not missing, missing
    for keys in ("Ctrl+Shift+PgDown", "Ctrl+PgDown", "Ctrl+F", "Shift+F10"):  # the editor's and navigator's keys
        assert keys in listed
    rows = {s.keys: s for s in dialog.shortcuts}
    assert rows["Ctrl+P"].where == "Файл" and rows["Ctrl+P"].what == "Друк"
    assert rows["Ctrl+Shift+PgDown"].what.startswith("Наступний незаповнений захід")
    assert all(s.what for s in [*dialog.shortcuts, *dialog.editor]), "a shortcut without a description"

    # an action added later is listed the next time: read from the window, not from a list of ours
    extra = window.file_menu.addAction("Щось нове")
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    dialog.close()
    about.keys_action.trigger()
    qtbot.waitUntil(
        lambda: any("Ctrl+Alt+J" in d.listed_keys() for d in window.findChildren(ShortcutsDialog) if d.isVisible()),
        timeout=3000,
    )
