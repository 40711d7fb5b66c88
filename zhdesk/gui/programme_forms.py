"""What can be done to an item of the programme, and the card's fields for it: a measure's number, text,
executors and programme or funding; a task's number and name; a sector's name; a priority's name and goal;
a new item with its first task and measure. Each Save becomes one service call (``Call``), made on the
runner by ``ProgrammeEditing.run``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from zhdesk.gui.period_words import period_words
from zhdesk.gui.programme_card import CHOICE, TEXT, Field
from zhdesk.gui.programme_words import item_word
from zhdesk.periods import KINDS, Period

if TYPE_CHECKING:
    from zhdesk.gui.programme_editing import ProgrammeEditing
    from zhdesk.services.programme_edit import Edited
    from zhdesk.services.programme_outline import Node

Values = dict[str, str | None]
Call = Callable[[], tuple[Callable[..., "Edited"], tuple[Any, ...], dict[str, Any]]]
"""Run on the runner: (the service's edit, its arguments): the services load there, not on the UI thread."""
ITEM_KINDS = ("priority", "sector", "task", "measure")


@dataclass(frozen=True)
class Item:
    """A navigator node as the programme knows it: its kind, its outline node and those above it."""

    kind: str
    node: Node
    path: tuple[Node, ...]  # priority … the node itself


def container(item: Item, depth: int) -> Item:
    """The item's container at ``depth`` (0: its priority, 1: its sector, 2: its task)."""
    return Item(ITEM_KINDS[depth], item.path[depth], item.path[: depth + 1])


def short(text: str, width: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def label(item: Item) -> str:
    """How the coordinator names it: ``захід 1.2 «…»``, ``завдання 3 «…»``, ``напрям «Освіта»``."""
    node = item.node
    if item.kind in ("measure", "task"):
        return f"{item_word(item.kind)} {node.no} «{short(node.text, 60)}»"
    return f"{item_word(item.kind)} «{short(node.text, 60)}»"


def retired_words(path: tuple[Node, ...]) -> str:
    node = path[-1]
    where = " · ".join(short(above.text, 40) for above in path[1:-1] if above.kind == "sector")
    name = f"{node.no} «{short(node.text, 70)}»" if node.kind in ("measure", "task") else f"«{short(node.text, 70)}»"
    since = (
        QCoreApplication.translate("ProgrammeForms", "left out of the reports from the one {0} on").format(
            period_words(node.retired_from)
        )
        if node.retired_from
        else QCoreApplication.translate("ProgrammeForms", "left out after the year's last report")
    )
    return f"{item_word(node.kind)} {name}{' — ' + where if where else ''} ({since})"


def year_periods(year: int) -> list[tuple[str, str | None]]:
    return [(period_words(Period(year, kind)), Period(year, kind).code) for kind in KINDS]


def next_measure_no(task: Node, after: Node | None = None) -> str:
    """The number after ``after`` (else after the task's last) not taken in the task: 1.2 → 1.3."""
    taken = {m.no for m in task.children if not m.retired}
    live = [m for m in task.children if not m.retired]
    base = after.no if after is not None else (live[-1].no if live else f"{task.no}.0")
    parts = base.split(".")
    if not parts[-1].isdigit():
        parts = [task.no, "0"]
    while True:
        parts[-1] = str(int(parts[-1]) + 1)
        candidate = ".".join(parts)
        if candidate not in taken:
            return candidate


def next_task_no(sector: Node) -> str:
    numbers = [int(t.no) for t in sector.children if not t.retired and t.no.isdigit()]
    return str(max(numbers, default=0) + 1)


# ---- the actions of an item -----------------------------------------------------------------------------


def actions(editing: ProgrammeEditing, item: Item | None) -> list[tuple[str, Callable[[], object]]]:
    """(words, what it does) for the item's context menu (None: the programme as a whole)."""
    moves = editing.moves
    if item is None:
        return [(QCoreApplication.translate("ProgrammeForms", "New priority…"), lambda: new_priority(editing, None))]
    node, kind = item.node, item.kind
    if kind == "measure":
        task = container(item, 2)
        return [
            (QCoreApplication.translate("ProgrammeForms", "Edit the measure…"), lambda: edit(editing, item)),
            (
                QCoreApplication.translate("ProgrammeForms", "New measure after this one…"),
                lambda: new_measure(editing, task, node),
            ),
            (QCoreApplication.translate("ProgrammeForms", "Move the measure…"), lambda: moves.move(item)),
            (QCoreApplication.translate("ProgrammeForms", "Retire the measure…"), lambda: moves.retire(item)),
        ]
    if kind == "task":
        return [
            (QCoreApplication.translate("ProgrammeForms", "Edit the task…"), lambda: edit(editing, item)),
            (
                QCoreApplication.translate("ProgrammeForms", "New measure in this task…"),
                lambda: new_measure(editing, item, None),
            ),
            (
                QCoreApplication.translate("ProgrammeForms", "New task after this one…"),
                lambda: new_task(editing, container(item, 1), node),
            ),
            (
                QCoreApplication.translate("ProgrammeForms", "Move the task to another sector…"),
                lambda: moves.move(item),
            ),
            (QCoreApplication.translate("ProgrammeForms", "Retire the task…"), lambda: moves.retire(item)),
        ]
    if kind == "sector":
        return [
            (QCoreApplication.translate("ProgrammeForms", "Rename the sector…"), lambda: edit(editing, item)),
            (
                QCoreApplication.translate("ProgrammeForms", "New task in this sector…"),
                lambda: new_task(editing, item, None),
            ),
            (
                QCoreApplication.translate("ProgrammeForms", "New sector after this one…"),
                lambda: new_sector(editing, container(item, 0), node),
            ),
            (
                QCoreApplication.translate("ProgrammeForms", "Move the sector to another priority…"),
                lambda: moves.move(item),
            ),
            (QCoreApplication.translate("ProgrammeForms", "Retire the sector…"), lambda: moves.retire(item)),
        ]
    return [
        (QCoreApplication.translate("ProgrammeForms", "Edit the priority…"), lambda: edit(editing, item)),
        (
            QCoreApplication.translate("ProgrammeForms", "New sector in this priority…"),
            lambda: new_sector(editing, item, None),
        ),
        (
            QCoreApplication.translate("ProgrammeForms", "New priority after this one…"),
            lambda: new_priority(editing, node),
        ),
        (QCoreApplication.translate("ProgrammeForms", "Retire the priority…"), lambda: moves.retire(item)),
    ]


# ---- changing an item --------------------------------------------------------------------------------------


def edit(editing: ProgrammeEditing, item: Item) -> None:
    node, kind, key = item.node, item.kind, (item.kind, item.node.id)
    if kind == "measure":
        fields = [
            Field("no", QCoreApplication.translate("ProgrammeForms", "Number:"), value=node.no),
            Field("text", QCoreApplication.translate("ProgrammeForms", "Measure:"), TEXT, node.text),
            Field(
                "executors", QCoreApplication.translate("ProgrammeForms", "Executors (column 4):"), TEXT, node.executors
            ),
            Field("funding", QCoreApplication.translate("ProgrammeForms", "Programme or funding:"), value=node.funding),
        ]

        def call(v: Values) -> Call:
            def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
                from zhdesk.services.programme_edit import change_measure

                return change_measure, (node.id,), dict(v)

            return made

    elif kind == "task":
        fields = [
            Field("no", QCoreApplication.translate("ProgrammeForms", "Number:"), value=node.no),
            Field("text", QCoreApplication.translate("ProgrammeForms", "Task:"), TEXT, node.text),
        ]

        def call(v: Values) -> Call:
            def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
                from zhdesk.services.programme_edit_parts import change_task

                return change_task, (int(node.id),), {"no": v["no"], "text": v["text"]}

            return made

    elif kind == "sector":
        fields = [Field("name", QCoreApplication.translate("ProgrammeForms", "Sector:"), value=node.text)]

        def call(v: Values) -> Call:
            def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
                from zhdesk.services.programme_edit_parts import change_sector

                return change_sector, (int(node.id),), {"name": v["name"]}

            return made

    else:
        fields = [
            Field("name", QCoreApplication.translate("ProgrammeForms", "Priority:"), value=node.text),
            Field("goal", QCoreApplication.translate("ProgrammeForms", "Strategic goal:"), TEXT, node.goal),
        ]

        def call(v: Values) -> Call:
            def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
                from zhdesk.services.programme_edit_parts import change_priority

                return change_priority, (int(node.id),), {"name": v["name"], "goal": v["goal"]}

            return made

    title = QCoreApplication.translate("ProgrammeForms", "Editing the {0}").format(label(item))
    editing.card.edit(
        title,
        fields,
        lambda v: editing.run(QCoreApplication.translate("ProgrammeForms", "Saving the programme"), call(v), key),
        key,
    )


# ---- new items, each with its first measure -----------------------------------------------------------------


def _measure_fields(editing: ProgrammeEditing, no: str, prefix: str = "") -> list[Field]:
    period = editing.window_.period
    periods = year_periods(period.year) if period is not None else []
    return [
        Field(prefix + "no", QCoreApplication.translate("ProgrammeForms", "Measure number:"), value=no),
        Field(prefix + "text", QCoreApplication.translate("ProgrammeForms", "Measure:"), TEXT),
        Field(prefix + "executors", QCoreApplication.translate("ProgrammeForms", "Executors (column 4):"), TEXT),
        Field(prefix + "funding", QCoreApplication.translate("ProgrammeForms", "Programme or funding:")),
        Field(
            "from",
            QCoreApplication.translate("ProgrammeForms", "In the reports from:"),
            CHOICE,
            choices=tuple(periods),
            chosen=period.code if period else None,
        ),
    ]


def _new_measure(v: Values, prefix: str = "") -> Any:
    from zhdesk.services.programme_new import NewMeasure

    return NewMeasure(
        v[prefix + "no"] or "",
        v[prefix + "text"] or "",
        v[prefix + "executors"] or "",
        v[prefix + "funding"] or "",
        v["from"],
    )


def _add(
    editing: ProgrammeEditing, title: str, fields: list[Field], call: Callable[[Values], Call], at: tuple[str, str]
) -> None:
    editor = (editing.window_.editor, editing.window_.copy_button)  # the text below is another measure's
    editing.card.edit(
        title,
        fields,
        lambda v: editing.run(QCoreApplication.translate("ProgrammeForms", "Adding to the programme"), call(v), None),
        at,
        editor,
    )


def new_measure(editing: ProgrammeEditing, task: Item, after: Node | None) -> None:
    tnode = task.node
    where = (
        QCoreApplication.translate("ProgrammeForms", "after {0}").format(after.no)
        if after is not None
        else QCoreApplication.translate("ProgrammeForms", "at the end")
    )
    title = QCoreApplication.translate("ProgrammeForms", "A new measure in task {0} «{1}», {2}").format(
        tnode.no, short(tnode.text, 50), where
    )

    def call(v: Values) -> Call:
        def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
            from zhdesk.services.programme_edit import add_measure

            new = _new_measure(v)
            args = (int(tnode.id), new.no, new.text, new.executors, new.funding)
            return add_measure, args, {"after": after.id if after else None, "added_from": new.added_from}

        return made

    _add(editing, title, _measure_fields(editing, next_measure_no(tnode, after)), call, ("task", tnode.id))


def _task_fields(sector: Node) -> list[Field]:
    no = next_task_no(sector)
    return [
        Field("task_no", QCoreApplication.translate("ProgrammeForms", "Task number:"), value=no),
        Field("task_text", QCoreApplication.translate("ProgrammeForms", "Task:"), TEXT),
    ]


def new_task(editing: ProgrammeEditing, sector: Item, after: Node | None) -> None:
    snode = sector.node
    title = QCoreApplication.translate(
        "ProgrammeForms", "A new task in the sector «{0}», with its first measure"
    ).format(short(snode.text, 60))

    def call(v: Values) -> Call:
        def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
            from zhdesk.services.programme_new import NewTask, add_task_with_measure

            new = NewTask(v["task_no"] or "", v["task_text"] or "", _new_measure(v, "m_"))
            return add_task_with_measure, (int(snode.id), new), {"after": int(after.id) if after else None}

        return made

    no = next_task_no(snode)
    fields = [*_task_fields(snode), *_measure_fields(editing, f"{no}.1", "m_")]
    _add(editing, title, fields, call, ("sector", snode.id))


def new_sector(editing: ProgrammeEditing, priority: Item, after: Node | None) -> None:
    pnode = priority.node
    title = QCoreApplication.translate("ProgrammeForms", "A new sector in {0}, with its first task and measure").format(
        short(pnode.text, 60)
    )

    def call(v: Values) -> Call:
        def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
            from zhdesk.services.programme_new import NewSector, NewTask, add_sector_with_task

            task = NewTask(v["task_no"] or "", v["task_text"] or "", _new_measure(v, "m_"))
            new = NewSector(v["name"] or "", task)
            return add_sector_with_task, (int(pnode.id), new), {"after": int(after.id) if after else None}

        return made

    fields = [
        Field("name", QCoreApplication.translate("ProgrammeForms", "Sector:")),
        Field("task_no", QCoreApplication.translate("ProgrammeForms", "Task number:"), value="1"),
        Field("task_text", QCoreApplication.translate("ProgrammeForms", "Task:"), TEXT),
        *_measure_fields(editing, "1.1", "m_"),
    ]
    _add(editing, title, fields, call, ("priority", pnode.id))


def new_priority(editing: ProgrammeEditing, after: Node | None) -> None:
    period = editing.window_.period
    if period is None:
        return
    year = period.year
    title = QCoreApplication.translate(
        "ProgrammeForms", "A new priority of the {0} programme, with its first sector, task and measure"
    ).format(year)

    def call(v: Values) -> Call:
        def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
            from zhdesk.services.programme_new import NewSector, NewTask, add_priority_with_sector

            task = NewTask(v["task_no"] or "", v["task_text"] or "", _new_measure(v, "m_"))
            new = NewSector(v["sector"] or "", task)
            args = (year, v["name"] or "", v["goal"] or "", new)
            return add_priority_with_sector, args, {"after": int(after.id) if after else None}

        return made

    fields = [
        Field("name", QCoreApplication.translate("ProgrammeForms", "Priority:"), value='Пріоритет ""'),
        Field("goal", QCoreApplication.translate("ProgrammeForms", "Strategic goal:"), TEXT),
        Field("sector", QCoreApplication.translate("ProgrammeForms", "Sector:")),
        Field("task_no", QCoreApplication.translate("ProgrammeForms", "Task number:"), value="1"),
        Field("task_text", QCoreApplication.translate("ProgrammeForms", "Task:"), TEXT),
        *_measure_fields(editing, "1.1", "m_"),
    ]
    _add(editing, title, fields, call, ("programme", str(year)))


def restore_call(kind: str, item_id: str) -> Call:
    def made() -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        from zhdesk.services import programme_restore as r

        if kind == "measure":
            return r.restore_measure, (item_id,), {}
        restore: dict[str, Callable[..., Edited]] = {
            "task": r.restore_task,
            "sector": r.restore_sector,
            "priority": r.restore_priority,
        }
        return restore[kind], (int(item_id),), {}

    return made
