"""The problems panel: every problem of the period grouped by measure; activating one jumps to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from zhdesk.gui.navigator_model import ID_ROLE
from zhdesk.validation.rules import ERROR, Problem

if TYPE_CHECKING:
    from zhdesk.services.rows import MeasureRow

POSITION_ROLE = Qt.ItemDataRole.UserRole + 3


def mark(problem: Problem) -> str:
    return ("✗ " if problem.severity == ERROR else "⚠ ") + problem.message


def fill_problems(tree: QTreeWidget, order: list[MeasureRow], problems: dict[str, list[Problem]]) -> None:
    tree.clear()
    for row in order:
        found = problems.get(row.id)
        if not found:
            continue
        top = QTreeWidgetItem([f"{row.no} ({row.sector}) {row.text[:80]}"])
        top.setData(0, ID_ROLE, row.id)
        for problem in found:
            child = QTreeWidgetItem([mark(problem)])
            child.setData(0, ID_ROLE, row.id)
            child.setData(0, POSITION_ROLE, problem.position)
            top.addChild(child)
        tree.addTopLevelItem(top)
    tree.expandAll()
