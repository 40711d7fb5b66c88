"""Moving and retiring an item of the programme from the window: the question asked in a small dialog
(``MoveDialog``, ``RetireDialog``), the answer one service call on the runner (``ProgrammeEditing.run``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from zhdesk.gui.programme_dialogs import Choices, MoveDialog, RetireDialog
from zhdesk.gui.programme_forms import Item, label, next_measure_no, next_task_no, short, year_periods

if TYPE_CHECKING:
    from zhdesk.gui.programme_editing import ProgrammeEditing
    from zhdesk.services.programme_outline import Node


def _live(nodes: list[Node]) -> list[Node]:
    return [node for node in nodes if not node.retired]


class Moves(QObject):
    def __init__(self, editing: ProgrammeEditing) -> None:
        super().__init__(editing)
        self.editing = editing

    def _nodes(self, kind: str) -> dict[str, tuple[Node, ...]]:
        """The live items of a kind, in the programme's order: id → its path."""
        return {
            key[1]: path
            for key, path in self.editing.paths.items()
            if key[0] == kind and not any(node.retired for node in path)
        }

    def move(self, item: Item) -> None:
        node, kind = item.node, item.kind
        window = self.editing.window_
        if kind == "measure":
            tasks = self._nodes("task")
            targets: Choices = [
                (f"{path[-1].no}. {short(path[-1].text, 60)} — {short(path[1].text, 40)}", task_id)
                for task_id, path in tasks.items()
            ]
            current = item.path[2].id

            def places(task_id: str) -> Choices:
                others = [m for m in _live(tasks[task_id][-1].children) if m.id != node.id]
                after: Choices = [(self.tr("after {0} {1}").format(m.no, short(m.text, 50)), m.id) for m in others]
                return [*after, (self.tr("at the end of the task"), None)]

            def number(task_id: str) -> str:
                return node.no if task_id == current else next_measure_no(tasks[task_id][-1])

            dialog = MoveDialog(
                window,
                self.tr("Move the measure"),
                self.tr("Where should the {0} stand?").format(label(item)),
                targets,
                current,
                places,
                number,
            )

            def moved() -> None:
                target, after, no = dialog.chosen()
                if target == current and after is None:  # to the end of its own task: after the last one
                    others = [m for m in _live(tasks[target][-1].children) if m.id != node.id]
                    after = others[-1].id if others else None
                self._run(self.tr("Moving"), "move_measure", (node.id, int(target)), {"no": no, "after": after}, item)

        elif kind == "task":
            sectors = self._nodes("sector")
            targets = [(f"{short(p[-1].text, 60)} — {short(p[0].text, 40)}", sid) for sid, p in sectors.items()]
            current = item.path[1].id

            def task_number(sector_id: str) -> str:
                return node.no if sector_id == current else next_task_no(sectors[sector_id][-1])

            question = self.tr("To which sector should the {0} go (with its measures, at the sector's end)?")
            dialog = MoveDialog(
                window, self.tr("Move the task"), question.format(label(item)), targets, current, None, task_number
            )

            def moved() -> None:
                target, _after, no = dialog.chosen()
                kwargs = {"sector_id": int(target), "no": no}
                self._run(self.tr("Moving"), "change_task", (int(node.id),), kwargs, item)

        elif kind == "sector":
            priorities = self._nodes("priority")
            targets = [(short(p[-1].text, 80), pid) for pid, p in priorities.items()]
            question = self.tr("To which priority should the {0} go (with its tasks, at the priority's end)?")
            current = item.path[0].id
            dialog = MoveDialog(window, self.tr("Move the sector"), question.format(label(item)), targets, current)

            def moved() -> None:
                target, _after, _no = dialog.chosen()
                kwargs = {"priority_id": int(target)}
                self._run(self.tr("Moving"), "change_sector", (int(node.id),), kwargs, item)

        else:
            return
        dialog.setObjectName("moveDialog")
        dialog.accepted.connect(moved)
        dialog.open()

    def retire(self, item: Item) -> None:
        window = self.editing.window_
        period = window.period
        if period is None:
            return
        count = len(self.editing.measures_under(item.kind, item.node.id))
        if item.kind == "measure":
            question = self.tr("Retire the {0} from the programme?").format(label(item))
        else:
            question = self.tr("Retire the {0} from the programme, with its measures ({1})?").format(label(item), count)
        title = self.tr("Retire from the programme")
        dialog = RetireDialog(window, title, question, year_periods(period.year), period.code)
        dialog.setObjectName("retireDialog")
        fallback = self.editing.neighbour(item.kind, item.node.id)
        operation = {"measure": "retire_measure", "task": "retire_task", "sector": "retire_sector"}

        def retired() -> None:
            item_id: Any = item.node.id if item.kind == "measure" else int(item.node.id)
            name = operation.get(item.kind, "retire_priority")
            self._run(self.tr("Retiring"), name, (item_id, dialog.chosen()), {}, item, fallback)

        dialog.accepted.connect(retired)
        dialog.open()

    def _run(
        self,
        label: str,
        name: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        item: Item,
        fallback: str | None = None,
    ) -> None:
        def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
            from zhdesk.services import programme_edit, programme_edit_parts

            module = programme_edit if hasattr(programme_edit, name) else programme_edit_parts
            return getattr(module, name), args, kwargs

        self.editing.run(label, made, (item.kind, item.node.id), fallback)
