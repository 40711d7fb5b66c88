"""``programme ACTION``: the year's programme with its ids, and editing it by hand (an amendment typed in,
a typo fixed). One service call per action; one line per change."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zhdesk.cli.common import open_from_args, print_json, reading

if TYPE_CHECKING:
    from zhdesk.services.programme_edit import Edited
    from zhdesk.services.programme_outline import Node

Operation = tuple["Callable[..., Edited]", tuple[Any, ...], dict[str, Any]]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("programme", help="the year's programme with its ids (show), or edit it by hand")
    actions = p.add_subparsers(dest="programme_command", metavar="ACTION", required=True)

    a = actions.add_parser("show", help="the programme as a tree: priorities, sectors, tasks, measures with ids")
    a.add_argument("--year", type=int, required=True)
    a.add_argument("--retired", action="store_true", help="the retired items too, marked")
    a.add_argument("--json", action="store_true")

    a = _action(actions, "add-measure", "a new measure in a task (at its end, or after --after)")
    a.add_argument("--task", type=int, required=True, metavar="TASK_ID")
    a.add_argument("--no", required=True, help="the measure's number, e.g. 1.2")
    a.add_argument("--text", required=True)
    _measure_fields(a)
    a.add_argument("--after", metavar="MEASURE_ID", help="put it after this measure of the task")
    a.add_argument(
        "--from",
        dest="added_from",
        metavar="PERIOD",
        help="the first period whose report includes it (default: the period after the year's reports that "
        "hold texts, which stay as published)",
    )

    a = _action(actions, "change-measure", "renumber, re-word, other executors or programme/funding")
    a.add_argument("id", metavar="ID")
    a.add_argument("--no")
    a.add_argument("--text")
    _measure_fields(a)

    a = _action(actions, "move-measure", "into another task of the year (or, with --after, within its task)")
    a.add_argument("id", metavar="ID")
    a.add_argument("--task", type=int, required=True, metavar="TASK_ID")
    a.add_argument("--no", help="its number in the new task")
    a.add_argument("--after", metavar="MEASURE_ID", help="put it after this measure of the task")

    a = _action(actions, "retire-measure", "leave a measure out of the reports from a period on (never deleted)")
    a.add_argument("id", metavar="ID")
    _from(a)

    a = _action(
        actions, "restore-measure", "a retired measure back in its task (its retired task, sector and priority with it)"
    )
    a.add_argument("id", metavar="ID")
    a.add_argument("--no", help="with another number (when its own is taken meanwhile)")

    a = _action(actions, "add-task", "a new task at the end of a sector")
    a.add_argument("--sector", type=int, required=True, metavar="ID")
    a.add_argument("--no", required=True)
    a.add_argument("--text", required=True)
    a.add_argument("--after", type=int, metavar="TASK_ID", help="put it after this task of the sector")

    a = _action(actions, "change-task", "renumber, re-word, or move a task to another sector")
    a.add_argument("id", metavar="ID", type=int)
    a.add_argument("--no")
    a.add_argument("--text")
    a.add_argument("--sector", type=int, metavar="ID")

    a = _action(actions, "retire-task", "retire a task with its measures")
    a.add_argument("id", metavar="ID", type=int)
    _from(a)

    a = _action(actions, "restore-task", "a retired task back in its sector (its measures stay retired)")
    a.add_argument("id", metavar="ID", type=int)
    a.add_argument("--no", help="with another number (when its own is taken meanwhile)")

    a = _action(actions, "add-sector", "a new sector at the end of a priority")
    a.add_argument("--priority", type=int, required=True, metavar="ID")
    a.add_argument("--name", required=True)
    a.add_argument("--after", type=int, metavar="SECTOR_ID", help="put it after this sector of the priority")

    a = _action(actions, "change-sector", "rename a sector or move it to another priority")
    a.add_argument("id", metavar="ID", type=int)
    a.add_argument("--name")
    a.add_argument("--priority", type=int, metavar="ID")

    a = _action(actions, "retire-sector", "retire a sector with its tasks and measures")
    a.add_argument("id", metavar="ID", type=int)
    _from(a)

    a = _action(actions, "restore-sector", "a retired sector back in its priority (its tasks stay retired)")
    a.add_argument("id", metavar="ID", type=int)
    a.add_argument("--name", help="with another name (when its own is taken meanwhile)")

    a = _action(actions, "add-priority", "a new priority of a year's programme (created if the year has none)")
    a.add_argument("--year", type=int, required=True)
    a.add_argument("--name", required=True, help='e.g. Пріоритет "Ефективне місто"')
    a.add_argument("--goal", default="", help="the strategic goal line")
    a.add_argument("--after", type=int, metavar="PRIORITY_ID", help="put it after this priority")

    a = _action(actions, "change-priority", "rename a priority or change its goal line")
    a.add_argument("id", metavar="ID", type=int)
    a.add_argument("--name")
    a.add_argument("--goal")

    a = _action(actions, "retire-priority", "retire a priority with everything under it")
    a.add_argument("id", metavar="ID", type=int)
    _from(a)

    a = _action(actions, "restore-priority", "a retired priority back in its programme (its sectors stay retired)")
    a.add_argument("id", metavar="ID", type=int)
    a.add_argument("--name", help="with another name (when its own is taken meanwhile)")

    a = _action(actions, "link", "the same measure in last year's programme (its texts: the previous period)")
    a.add_argument("id", metavar="ID")
    a.add_argument("previous", metavar="PREVIOUS_ID")

    a = _action(actions, "unlink", "no link to last year's measure")
    a.add_argument("id", metavar="ID")


def _action(
    actions: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str
) -> argparse.ArgumentParser:
    a = actions.add_parser(name, help=help)
    a.add_argument("--json", action="store_true", help="print what changed as JSON")
    return a


def _measure_fields(a: argparse.ArgumentParser) -> None:
    a.add_argument("--executors", help="column 4: the executors, lead first, separated by commas")
    a.add_argument("--funding", help="column 6: the city programme(s) or the funding, e.g. 434,090")


def _from(a: argparse.ArgumentParser) -> None:
    a.add_argument(
        "--from",
        dest="retired_from",
        metavar="PERIOD",
        help="the first period whose report leaves it out (default: the period after the year's latest in the store)",
    )


def _operation(args: argparse.Namespace) -> Operation:
    from zhdesk.services import programme_edit as m
    from zhdesk.services import programme_edit_parts as c
    from zhdesk.services import programme_restore as r

    start = getattr(args, "retired_from", None) or ""  # "": the period after the year's latest in the store
    operations: dict[str, Callable[[], Operation]] = {
        "add-measure": lambda: (
            m.add_measure,
            (args.task, args.no, args.text, args.executors or "", args.funding or ""),
            {"after": args.after, "added_from": args.added_from or ""},
        ),
        "change-measure": lambda: (
            m.change_measure,
            (args.id,),
            {"no": args.no, "text": args.text, "executors": args.executors, "funding": args.funding},
        ),
        "move-measure": lambda: (m.move_measure, (args.id, args.task), {"no": args.no, "after": args.after}),
        "retire-measure": lambda: (m.retire_measure, (args.id, start), {}),
        "restore-measure": lambda: (r.restore_measure, (args.id,), {"no": args.no}),
        "restore-task": lambda: (r.restore_task, (args.id,), {"no": args.no}),
        "restore-sector": lambda: (r.restore_sector, (args.id,), {"name": args.name}),
        "restore-priority": lambda: (r.restore_priority, (args.id,), {"name": args.name}),
        "link": lambda: (m.link_measure, (args.id, args.previous), {}),
        "unlink": lambda: (m.link_measure, (args.id, None), {}),
        "add-task": lambda: (c.add_task, (args.sector, args.no, args.text), {"after": args.after}),
        "change-task": lambda: (
            c.change_task,
            (args.id,),
            {"no": args.no, "text": args.text, "sector_id": args.sector},
        ),
        "retire-task": lambda: (c.retire_task, (args.id, start), {}),
        "add-sector": lambda: (c.add_sector, (args.priority, args.name), {"after": args.after}),
        "change-sector": lambda: (c.change_sector, (args.id,), {"name": args.name, "priority_id": args.priority}),
        "retire-sector": lambda: (c.retire_sector, (args.id, start), {}),
        "add-priority": lambda: (c.add_priority, (args.year, args.name, args.goal), {"after": args.after}),
        "change-priority": lambda: (c.change_priority, (args.id,), {"name": args.name, "goal": args.goal}),
        "retire-priority": lambda: (c.retire_priority, (args.id, start), {}),
    }
    return operations[args.programme_command]()


def cmd_programme(args: argparse.Namespace) -> int:
    if args.programme_command == "show":
        return _show(args)
    from zhdesk.services.programme_edit import edit

    operation, positional, options = _operation(args)
    store = open_from_args(args)
    try:
        edited = edit(store, operation, *positional, **options)
    finally:
        store.close()
    if args.json:
        print_json(edited.to_json())
        return 0
    for change in edited.changes:
        print(change)
    if not edited.changes:
        print("nothing changed")
    for name in edited.new_bodies:
        print(f"new executive body: {name} (see `zhdesk bodies`)")
    for note in edited.notes:
        print(f"note: {note}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from zhdesk.services.programme_outline import programme_outline

    with reading(args) as session:
        outline = programme_outline(session, args.year, retired=args.retired)
    if args.json:
        print_json(outline.to_json())
        return 0
    print(f"{outline.title or f'Програма на {outline.year} рік'} ({outline.year})")
    for priority in outline.priorities:
        goal = f" — {_cut(priority.goal, 60)}" if priority.goal else ""
        print(f"priority [{priority.id}] {priority.text}{goal}{_retired(priority)}")
        for sector in priority.children:
            print(f"  sector [{sector.id}] {sector.text}{_retired(sector)}")
            for task in sector.children:
                print(f"    task {task.no} [{task.id}] {_cut(task.text, 70)}{_retired(task)}")
                for measure in task.children:
                    who = f" — {_cut(measure.executors, 40)}" if measure.executors else ""
                    added = f"  (added from {measure.added_from})" if measure.added_from else ""
                    print(f"      {measure.no} [{measure.id}] {_cut(measure.text, 60)}{who}{added}{_retired(measure)}")
    return 0


def _cut(text: str, width: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _retired(node: Node) -> str:
    if not node.retired:
        return ""
    return f"  (retired from {node.retired_from})" if node.retired_from else "  (retired after the year's end)"


HANDLERS = {"programme": cmd_programme}
