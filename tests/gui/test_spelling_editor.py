"""Spell-check in the editor (issue 14): misspelled words underlined as they are typed, suggestions and
"Додати до словника" in the context menu, the programme's own words never underlined, and the window's
problems unchanged by it (spelling is the validation's warning, not a keystroke's problem)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from tests.gui.test_main_window import open_window, type_text
from zhdesk.gui.text_editor import ExecutionEditor
from zhdesk.importing.readers import read_report
from zhdesk.paths import data_dir
from zhdesk.periods import Period
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store
from zhdesk.validation.dictionary import Dictionary
from zhdesk.validation.spelling import USER_WORDS, SpellChecker, default_checker

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture(autouse=True, scope="module")
def _dictionary() -> None:
    assert default_checker().dictionary.load()


def underlined(editor: ExecutionEditor) -> list[str]:
    """The words drawn with the red wave, paragraph by paragraph."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == WAVE:
                found.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return found


def point_at(editor: ExecutionEditor, word: str) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return editor.cursorRect(cursor).center()


def test_misspelled_words_are_underlined_as_they_are_typed(qtbot: QtBot) -> None:
    editor = ExecutionEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.setPlainText("Проведено ремнт дороги.")
    assert underlined(editor) == ["ремнт"]
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " Відремонтованно обєкт, КП «Житомирводоканал», ЖДНЗ №5.")
    assert underlined(editor) == ["ремнт", "Відремонтованно", "обєкт"]
    edits: list[str] = []
    editor.textChanged.connect(lambda: edits.append(editor.toPlainText()))
    editor.recheck()
    assert edits == []  # looking at the words again is no edit: nothing is saved for it


def test_the_words_are_underlined_once_the_dictionary_is_in(qtbot: QtBot) -> None:
    """The window loads the dictionary between its events after it is shown; typing goes on meanwhile."""
    editor = ExecutionEditor(checker=SpellChecker(Dictionary(), keep_answers=False))
    qtbot.addWidget(editor)
    editor.setPlainText("Проведено ремнт дороги.")
    assert underlined(editor) == []  # not loaded: nothing is called misspelled yet
    editor.show()
    editor.setFocus()
    editor.start_dictionary()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " Ще ремнт.")
    assert not editor.spelling.checker.ready
    qtbot.waitUntil(lambda: underlined(editor) == ["ремнт", "ремнт"], timeout=20000)
    assert editor.toPlainText() == "Проведено ремнт дороги. Ще ремнт."


def test_the_context_menu_suggests_and_replaces(qtbot: QtBot) -> None:
    editor = ExecutionEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 200)
    editor.show()
    editor.setPlainText("Проведено ремнт дороги.")
    edits: list[str] = []
    editor.textChanged.connect(lambda: edits.append(editor.toPlainText()))
    menu = editor.spelling_menu(point_at(editor, "ремнт"))
    words = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert "ремонт" in words[:7] and "Додати до словника" in words
    assert words.index("Додати до словника") < words.index("Копіювати") if "Копіювати" in words else True
    next(action for action in menu.actions() if action.text() == "ремонт").trigger()
    assert editor.toPlainText() == "Проведено ремонт дороги."
    assert edits == ["Проведено ремонт дороги."]  # as typing: the window saves it
    assert underlined(editor) == []
    editor.undo()
    assert editor.toPlainText() == "Проведено ремнт дороги."
    plain = editor.spelling_menu(point_at(editor, "дороги"))  # a correct word: the usual menu only
    assert "Додати до словника" not in [action.text() for action in plain.actions()]


def test_add_to_dictionary_keeps_the_word_in_the_data_folder(qtbot: QtBot) -> None:
    editor = ExecutionEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 200)
    editor.show()
    editor.setPlainText("Відбувся акватлон. Ще один акватлон.")
    assert underlined(editor) == ["акватлон", "акватлон"]
    menu = editor.spelling_menu(point_at(editor, "акватлон"))
    next(action for action in menu.actions() if action.objectName() == "addToDictionary").trigger()
    assert underlined(editor) == []
    assert (data_dir() / USER_WORDS).read_text(encoding="utf-8") == "акватлон\n"
    another = ExecutionEditor()
    qtbot.addWidget(another)
    another.setPlainText("Акватлон відбувся.")
    assert underlined(another) == []


def test_the_window_underlines_but_counts_no_spelling_problem(qtbot: QtBot, tmp_path: Path, real_report: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    store = open_store(url)
    import_report(store, read_report(real_report), Period.parse("2023-9M"))
    store.close()
    window = open_window(qtbot, url)
    checker = default_checker()
    qtbot.waitUntil(lambda: "житомирводоканал" in window.editor.spelling.vocabulary)  # gathered after the first screen
    vocabulary = window.editor.spelling.vocabulary
    unknown = sorted(w for w in vocabulary if w.isalpha() and w.islower() and checker.known(w) is False)
    assert unknown  # the programme has words the dictionary does not know
    empty = next(m for m in window.model.measure_ids() if not window.work.rows[m].execution.strip())
    window.select_measure(empty)
    panel_before = window.problems_tree.topLevelItemCount()
    window.editor.setFocus()
    type_text(window.editor, f"Проведено ремнт дороги, {unknown[0]} враховано.")
    assert underlined(window.editor) == ["ремнт"]  # the programme's own word is not underlined
    assert all(p.code != "spelling" for p in window.work.problems[empty])
    assert window.problems_tree.topLevelItemCount() <= panel_before  # the empty measure's error went
    window.dirty = False
