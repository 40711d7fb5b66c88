"""The problems panel: the problems of the measures the navigator shows, grouped by measure; activating one
jumps to it. Each measure is named once (on its own line), its problems under it without the name again:
the coordinator's comment or a conflict first (✎, ⇄), then the errors, the warnings, and the spelling
warnings of a body's window (the ones its submission counts), each with its word."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from zhdesk.gui.navigator_model import ID_ROLE
from zhdesk.gui.problem_words import problem_words
from zhdesk.gui.qt_namespace import USER_ROLE
from zhdesk.validation.rules import ERROR, Problem

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow

POSITION_ROLE = USER_ROLE + 3


COMMENT_CODE, CONFLICT_CODE = "coordinator_comment", "conflict"  # the panel's own kinds of problem row
_CODE_MARKS = {COMMENT_CODE: "✎ ", CONFLICT_CODE: "⇄ "}


def _mark_of(problem: Problem) -> str:
    return _CODE_MARKS.get(problem.code) or ("✗ " if problem.severity == ERROR else "⚠ ")


def mark(problem: Problem) -> str:
    """The problem with its measure's name, in the window's language (a comment or a conflict as it was said)."""
    return _mark_of(problem) + problem_words(problem)


def mark_under(problem: Problem) -> str:
    """The problem under its measure's line, in the window's language: without the measure's name in front.
    A problem the rules do not word (a comment, a conflict) keeps its message, without a Ukrainian name too.
    Remembered per language (a panel of thousands is filled again as the officer types)."""
    return _under(QCoreApplication.translate("Problem", "Measure {0}: {1}"), problem)


@lru_cache(maxsize=20_000)
def _under(_language: str, problem: Problem) -> str:
    message = problem_words(problem, named=False)
    if message is not problem.message:  # worded by the rules' key (else the message itself comes back)
        return _mark_of(problem) + message
    named = f"Захід {problem.measure_no}: "
    if message.startswith(named):
        message = message[len(named) :]
        message = message[:1].upper() + message[1:]
    return _mark_of(problem) + message


class PanelExtras(QObject):
    """What the panel lists besides the rules' problems, kept on the panel's tree by the navigator: the
    comments and conflicts per measure (listed first) and the spelling warnings (listed last)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.setObjectName("panelExtras")
        self.notes: dict[str, list[Problem]] = {}
        self.spelling: Callable[[MeasureRow], list[Problem]] = lambda _row: []

    def of(self, row: MeasureRow, problems: list[Problem]) -> list[Problem]:
        return [*self.notes.get(row.id, ()), *problems, *self.spelling(row)]


def fill_problems(
    tree: QTreeWidget,
    order: list[MeasureRow],
    problems: dict[str, list[Problem]],
    shown: Collection[str] | None = None,
) -> int:
    """The problems of the measures in ``shown`` (None: all) in report order; returns how many there are.
    With none, one line says so."""
    tree.setUpdatesEnabled(False)
    tree.clear()
    count = 0
    extras = tree.findChild(PanelExtras, "panelExtras")
    for row in order:
        if shown is not None and row.id not in shown:
            continue
        found = problems.get(row.id) or []
        if extras is not None:
            found = extras.of(row, found)
        if not found:
            continue
        top = QTreeWidgetItem([f"{row.no} ({row.sector}) {row.text[:80]}"])
        top.setData(0, ID_ROLE, row.id)
        for problem in found:
            child = QTreeWidgetItem([mark_under(problem)])
            child.setData(0, ID_ROLE, row.id)
            child.setData(0, POSITION_ROLE, problem.position)
            top.addChild(child)
        count += len(found)
        tree.addTopLevelItem(top)
    if not count:
        none = QTreeWidgetItem([QCoreApplication.translate("ProblemsPanel", "No problems")])
        none.setDisabled(True)  # greyed, never selected (not setFlags: the first screen does without Qt's enums)
        tree.addTopLevelItem(none)
    tree.expandAll()
    tree.setUpdatesEnabled(True)
    return count
