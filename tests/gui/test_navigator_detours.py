"""The navigator as an officer uses it (issue 14): a search is a detour that Esc undoes, a search that finds
nothing says so and leaves no measure in the card, the next unfilled measure says when it is the last, and
the problems panel names each measure once, counts, follows the navigator and says when there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.test_main_window import open_window, store_url, type_text  # noqa: F401 - the fixture
from zhdesk.gui.main_window import MainWindow


def expanded_paths(window: MainWindow) -> set[tuple[str, ...]]:
    return window.nav._expanded()


def test_esc_in_the_search_goes_back_to_the_measure_and_the_tree_as_they_were(
    qtbot: QtBot,
    store_url: str,  # noqa: F811 - the fixture
) -> None:
    window = open_window(qtbot, store_url)
    ids = window.model.measure_ids()
    window.select_measure(ids[40])
    first_priority = window.model.index(0, 0)
    window.navigator.collapse(first_priority)
    window.navigator.expand(window.model.index(0, 0, window.model.index(2, 0)))  # a sector opened by hand
    before = expanded_paths(window)
    window.search.setFocus()
    type_text(window.search, "EU4Business")
    assert len(window.model.measure_ids()) == 2 and window.current != ids[40]
    window.select_measure(window.model.measure_ids()[1])  # a look at the second hit
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.current == ids[40]
    assert expanded_paths(window) == before
    assert window.editor.hasFocus() or window.focusWidget() is window.editor
    window.close()


def test_a_search_that_finds_nothing_says_so_and_leaves_no_measure_in_the_card(
    qtbot: QtBot,
    store_url: str,  # noqa: F811 - the fixture
) -> None:
    window = open_window(qtbot, store_url)
    shown = window.current
    assert window.editor.toPlainText()
    window.search.setText("жжжжжж")
    assert window.model.measure_ids() == []
    assert window.nav.nothing.isVisible() and "Нічого не знайдено" in window.nav.nothing.text()
    assert window.current is None and not window.editor.isEnabled()
    assert window.editor.toPlainText() == "" and window.measure_label.text() == ""
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.current == shown and window.editor.isEnabled() and window.editor.toPlainText()
    assert not window.nav.nothing.isVisible()
    window.close()


def test_the_last_unfilled_measure_and_then_none(qtbot: QtBot, store_url: str) -> None:  # noqa: F811
    window = open_window(qtbot, store_url)
    window._next_unfilled()  # 172 of 173 are filled: the one left
    last = window.current
    assert last is not None and window.editor.toPlainText() == ""
    window._next_unfilled()
    assert window.current == last
    assert window.statusBar().currentMessage() == "Це останній незаповнений захід."
    window.editor.setFocus()
    with qtbot.waitSignal(window.saved, timeout=10000):
        type_text(window.editor, "Розроблено проєктну документацію.")
    window._next_unfilled()
    assert window.current == last
    assert window.statusBar().currentMessage() == "Усі показані заходи заповнено."
    window.close()


def test_the_problems_panel_names_each_measure_once_counts_and_follows_the_navigator(
    qtbot: QtBot,
    store_url: str,  # noqa: F811 - the fixture
) -> None:
    window = open_window(qtbot, store_url)
    tree = window.problems_tree
    dock = window.findChild(type(tree.parentWidget().parentWidget()), "problemsDock") or tree.parentWidget()
    assert tree.topLevelItemCount() == 3
    children = [tree.topLevelItem(i).child(j) for i in range(3) for j in range(tree.topLevelItem(i).childCount())]
    assert children and all(not c.text(0)[2:].startswith("Захід") for c in children)
    assert dock.windowTitle() == f"Проблеми ({len(children)})"
    window.search.setText("EU4Business")  # two measures, neither with a problem
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == "Проблем немає")
    assert not tree.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled  # greyed, not to be chosen
    assert dock.windowTitle() == "Проблеми"
    window.search.setText("станом на")  # measures whose texts say "as of": one of them has a problem
    shown = set(window.model.measure_ids())
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(0) != "Проблем немає")
    listed = {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) for i in range(tree.topLevelItemCount())}
    assert listed and listed <= shown and len(listed) < 3
    window.close()
