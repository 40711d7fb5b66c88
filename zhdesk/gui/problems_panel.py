"""The problems panel: the problems of the measures the navigator shows, grouped by measure; activating one
jumps to it. Each measure is named once (on its own line), its problems under it without the name again."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from zhdesk.gui.navigator_model import ID_ROLE
from zhdesk.validation.rules import ERROR, Problem

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow

POSITION_ROLE = Qt.ItemDataRole.UserRole + 3


def mark(problem: Problem) -> str:
    return ("✗ " if problem.severity == ERROR else "⚠ ") + problem.message


def mark_under(problem: Problem) -> str:
    """The problem under its measure's line: its message without the measure's name in front."""
    message = problem.message
    named = f"Захід {problem.measure_no}: "
    if message.startswith(named):
        message = message[len(named) :]
        message = message[:1].upper() + message[1:]
    return ("✗ " if problem.severity == ERROR else "⚠ ") + message


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
    for row in order:
        found = problems.get(row.id)
        if not found or (shown is not None and row.id not in shown):
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
        none.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(none)
    tree.expandAll()
    tree.setUpdatesEnabled(True)
    return count
