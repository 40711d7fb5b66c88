"""The programme edits in the coordinator's language: what changed, the notes and the refusals.

The services (``programme_edit``, ``programme_edit_parts``, ``programme_restore``, ``programme_undo``) word
them in English for the command line; the window shows the same facts in Ukrainian. Each refusal or note
is matched by its pattern, its names and numbers kept as they are; one that no pattern knows is shown as
the service wrote it, never dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from zhdesk.gui.period_words import period_words  # «за 2023 рік», in the window's language

if TYPE_CHECKING:
    from zhdesk.services.history import Change
    from zhdesk.services.programme_edit import EditChange


ITEMS = ("measure", "task", "sector", "priority")


def item_word(item: str) -> str:
    """«захід», «завдання», «напрям», «пріоритет»."""
    words = {
        "measure": QCoreApplication.translate("ProgrammeWords", "measure"),
        "task": QCoreApplication.translate("ProgrammeWords", "task"),
        "sector": QCoreApplication.translate("ProgrammeWords", "sector"),
        "priority": QCoreApplication.translate("ProgrammeWords", "priority"),
    }
    return words.get(item, item)


def _field_words(field: str) -> str:
    words = {
        "measure number": QCoreApplication.translate("ProgrammeWords", "the measure number"),
        "measure text": QCoreApplication.translate("ProgrammeWords", "the measure text"),
        "task number": QCoreApplication.translate("ProgrammeWords", "the task number"),
        "task text": QCoreApplication.translate("ProgrammeWords", "the task name"),
        "sector name": QCoreApplication.translate("ProgrammeWords", "the sector name"),
        "priority name": QCoreApplication.translate("ProgrammeWords", "the priority name"),
    }
    return words.get(field, field)


def _kinds(text: str) -> str:
    """``task, sector and priority`` → the Ukrainian words."""
    text = re.sub(r"\b(measure|task|sector|priority)\b", lambda found: item_word(found.group(1)), text)
    return text.replace(" and ", QCoreApplication.translate("ProgrammeWords", " and "))


def _patterns() -> list[tuple[str, str]]:
    """(pattern of the English message, its Ukrainian with {0}, {1}… for the pattern's groups)."""
    item = r"(measure|task|sector|priority)"
    return [
        # refusals
        (
            r"the store refused the change; someone else may be editing \((.*)\)",
            QCoreApplication.translate(
                "ProgrammeWords",
                "the store refused the change; someone else may be editing the programme at the same time",
            ),
        ),
        (
            rf"no {item} (.*) in this store.*",
            QCoreApplication.translate(
                "ProgrammeWords", "there is no such {0} in the store (was it changed in another window?)"
            ),
        ),
        (
            rf"{item} (.*) \[[^\]]*\] is retired(?: from (\S+))?; a retired item is not edited",
            QCoreApplication.translate(
                "ProgrammeWords",
                "{0} {1} is retired from the programme; restore it first (Programme → Restore retired…)",
            ),
        ),
        (r"the (.*) is empty", QCoreApplication.translate("ProgrammeWords", "{0} is empty")),
        (
            r"the measure number '(.*)' is not digits separated by dots.*",
            QCoreApplication.translate(
                "ProgrammeWords", "the measure number «{0}» is not digits separated by dots, like 1.2 or 1.2.1"
            ),
        ),
        (
            r"the task number '(.*)' is not digits only.*",
            QCoreApplication.translate("ProgrammeWords", "the task number «{0}» is not digits only, like 3"),
        ),
        (
            r"(\S+) is not a period of (\d+): .*",
            QCoreApplication.translate(
                "ProgrammeWords", "{0} is not a period of {1}: the item is in the {1} programme"
            ),
        ),
        (
            r"measure number (\S+) is already used in task (.*) by the measure «(.*)» \[[^\]]*\]; .*",
            QCoreApplication.translate(
                "ProgrammeWords",
                "measure number {0} is already used in task {1} by the measure «{2}»; renumber or retire it first",
            ),
        ),
        (
            r"task number (\S+) is already used in sector (.*) by the task «(.*)» \[[^\]]*\]; .*",
            QCoreApplication.translate(
                "ProgrammeWords",
                "task number {0} is already used in the sector «{1}» by the task «{2}»; renumber or retire it first",
            ),
        ),
        (
            r"the priority (.*) already has the sector (.*) \[[^\]]*\]; .*",
            QCoreApplication.translate(
                "ProgrammeWords", "the priority {0} already has the sector «{1}»; rename or retire that one first"
            ),
        ),
        (
            r"the (\d+) programme already has the priority (.*) \[[^\]]*\]; .*",
            QCoreApplication.translate(
                "ProgrammeWords", "the {0} programme already has the priority {1}; rename or retire that one first"
            ),
        ),
        (
            rf"{item} (.*) \[[^\]]*\] is not in (?:task|sector|the priority) (.*)",
            QCoreApplication.translate("ProgrammeWords", "{0} {1} is not in {2}"),
        ),
        (
            rf"{item} (.*) \[[^\]]*\] is in the (\d+) programme and {item} (.*) in the (\d+) one: .*",
            QCoreApplication.translate(
                "ProgrammeWords",
                "{0} {1} is in the {2} programme and {3} {4} in the {5} one: items move only within their year",
            ),
        ),
        (
            r"measure (.*) cannot be put after itself",
            QCoreApplication.translate("ProgrammeWords", "measure {0} cannot be put after itself"),
        ),
        (
            rf"{item} (.*) \[[^\]]*\] is not retired",
            QCoreApplication.translate("ProgrammeWords", "{0} {1} is not retired"),
        ),
        (
            rf"{item} \[[^\]]*\] is retired already; .*",
            QCoreApplication.translate("ProgrammeWords", "this {0} is retired already; there is nothing to take back"),
        ),
        (
            r"no programme of (\d+) in this store",
            QCoreApplication.translate("ProgrammeWords", "the store holds no programme of {0}"),
        ),
        # notes
        (
            r"measure (\S+) is numbered outside its task (\S+); kept as given",
            QCoreApplication.translate(
                "ProgrammeWords", "measure {0} is numbered outside its task {1}; the number is kept as typed"
            ),
        ),
        (
            r"the (\d+) annual report already holds texts; measure (\S+) is in every report",
            QCoreApplication.translate(
                "ProgrammeWords",
                "the {0} annual report already holds texts; measure {1} is in every report of the year",
            ),
        ),
        (
            r"measure (\S+) is in the reports from (\S+) on; the earlier ones stay as published",
            QCoreApplication.translate(
                "ProgrammeWords",
                "measure {0} is in the reports from the one {1} on; the earlier ones stay as published",
            ),
        ),
        (
            r"its measures (.*) are numbered outside task (\S+): .*",
            QCoreApplication.translate(
                "ProgrammeWords",
                "its measures {0} are numbered outside task {1}: the report's import reads a task's number from "
                "its measures, so renumber them too",
            ),
        ),
        (
            r"its (.*) (?:was|were) retired and (?:is|are) restored with it; .*",
            QCoreApplication.translate(
                "ProgrammeWords", "its {0} was retired and is restored with it; what else is under it stays retired"
            ),
        ),
        (
            r"the measures under it stay retired: .*",
            QCoreApplication.translate(
                "ProgrammeWords", "its measures stay retired: restore each with Programme → Restore retired…"
            ),
        ),
        (
            r"the tasks and measures under it stay retired: .*",
            QCoreApplication.translate(
                "ProgrammeWords", "its tasks and measures stay retired: restore each with Programme → Restore retired…"
            ),
        ),
        (
            r"the sectors, tasks and measures under it stay retired: .*",
            QCoreApplication.translate(
                "ProgrammeWords",
                "its sectors, tasks and measures stay retired: restore each with Programme → Restore retired…",
            ),
        ),
        (
            r"the programme of (\d+) was created",
            QCoreApplication.translate("ProgrammeWords", "the programme of {0} was created"),
        ),
    ]


def message_words(message: str) -> str:
    """One refusal or note of a programme edit in the coordinator's language (as written, if no pattern
    knows it)."""
    head, _, alternative = message.partition("; or restore the ")
    if alternative:  # a restore refused: the taken name or number, and the way out
        return QCoreApplication.translate("ProgrammeWords", "{0}; or first restore the {1} with another one").format(
            message_words(head), item_word(alternative.split(" ", 1)[0])
        )
    for pattern, words in _patterns():
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            groups = [
                _kinds(g) if g in ("measure", "task", "sector", "priority") else (g or "") for g in found.groups()
            ]
            if pattern == r"the (.*) is empty":
                groups = [_field_words(found.group(1))]
            elif "restored with it" in pattern:
                groups = [_kinds(found.group(1))]
            elif "in the reports from" in pattern:
                groups = [found.group(1), period_words(found.group(2))]
            words = words.format(*groups)
            return words[:1].upper() + words[1:]
    return message


def refusal_words(message: str) -> str:
    return QCoreApplication.translate("ProgrammeWords", "The programme was not changed: {0}").format(
        message_words(message)
    )


def change_words(change: EditChange) -> str:
    """``Захід 1.2 (Освіта): новий номер 1.3``."""
    shown = change.shown or change.new
    field = change.field
    if field == "retired":
        what = (
            QCoreApplication.translate("ProgrammeWords", "retired: left out of the reports from the one {0} on").format(
                period_words(shown)
            )
            if shown
            else QCoreApplication.translate("ProgrammeWords", "retired after the year's last report")
        )
    elif field == "position":
        where = {
            "back": QCoreApplication.translate("ProgrammeWords", "back to its place"),
            "to the end": QCoreApplication.translate("ProgrammeWords", "to the end of its task"),
        }
        after = re.fullmatch(r"after (\S+)", shown)
        what = QCoreApplication.translate("ProgrammeWords", "moved {0}").format(
            QCoreApplication.translate("ProgrammeWords", "after {0}").format(after.group(1))
            if after
            else where.get(shown, shown)
        )
    else:
        what = {
            "created": QCoreApplication.translate("ProgrammeWords", "added"),
            "no": QCoreApplication.translate("ProgrammeWords", "renumbered {0}").format(shown),
            "text": QCoreApplication.translate("ProgrammeWords", "re-worded"),
            "executors": QCoreApplication.translate("ProgrammeWords", "executors: {0}").format(
                shown or QCoreApplication.translate("ProgrammeWords", "(none)")
            ),
            "funding": QCoreApplication.translate("ProgrammeWords", "programme or funding: {0}").format(
                shown or QCoreApplication.translate("ProgrammeWords", "(none)")
            ),
            "task": QCoreApplication.translate("ProgrammeWords", "moved to task {0}").format(shown),
            "sector": QCoreApplication.translate("ProgrammeWords", "moved to the sector «{0}»").format(shown),
            "priority": QCoreApplication.translate("ProgrammeWords", "moved to the priority {0}").format(shown),
            "name": QCoreApplication.translate("ProgrammeWords", "renamed «{0}»").format(shown),
            "goal": QCoreApplication.translate("ProgrammeWords", "given another strategic goal"),
            "restored": QCoreApplication.translate("ProgrammeWords", "restored"),
            "previous": QCoreApplication.translate("ProgrammeWords", "linked to last year's measure")
            if shown
            else QCoreApplication.translate("ProgrammeWords", "unlinked from last year's measure"),
        }.get(field, f"{field}: {shown}")
    item = item_word(change.item)
    return f"{item[:1].upper()}{item[1:]} {change.label}: {what}"


# ---- the measure's history ------------------------------------------------------------------------------


def history_words(change: Change) -> tuple[str, str, str]:
    """A programme change in the History dock: (what, old, new) in the coordinator's words."""
    word, _, rest = change.source.partition("(")
    source = rest.rstrip(")").strip()
    how = {"edit": QCoreApplication.translate("ProgrammeWords", "by hand")}.get(source, "")
    if not how and source.startswith("import-report"):
        how = QCoreApplication.translate("ProgrammeWords", "imported with a report")
    elif not how and source.startswith("import-programme"):
        how = QCoreApplication.translate("ProgrammeWords", "the approved programme or an amendment imported")
    what = {
        "created": QCoreApplication.translate("ProgrammeWords", "added to the programme"),
        "retired": QCoreApplication.translate("ProgrammeWords", "retired from the programme"),
        "restored": QCoreApplication.translate("ProgrammeWords", "restored in the programme"),
        "no": QCoreApplication.translate("ProgrammeWords", "renumbered"),
        "text": QCoreApplication.translate("ProgrammeWords", "re-worded"),
        "task": QCoreApplication.translate("ProgrammeWords", "moved to another task"),
        "position": QCoreApplication.translate("ProgrammeWords", "moved within its task"),
        "executors": QCoreApplication.translate("ProgrammeWords", "executors changed"),
        "funding": QCoreApplication.translate("ProgrammeWords", "programme or funding changed"),
        "previous": QCoreApplication.translate("ProgrammeWords", "linked to last year's measure"),
    }.get(change.field, word.removeprefix("programme: ").strip())
    old, new = change.old, change.new
    left = re.fullmatch(r"left out of the reports from (\S+)", new)
    if left:
        new = QCoreApplication.translate("ProgrammeWords", "left out of the reports from the one {0} on").format(
            period_words(left.group(1))
        )
    elif new == "left out after the year's last period":
        new = QCoreApplication.translate("ProgrammeWords", "left out after the year's last report")
    was = re.fullmatch(r"retired(?: from (\S+))?", old) if change.field == "restored" else None
    if was:
        old = (
            QCoreApplication.translate("ProgrammeWords", "retired from the report {0}").format(
                period_words(was.group(1))
            )
            if was.group(1)
            else QCoreApplication.translate("ProgrammeWords", "retired")
        )
    return (f"{what} ({how})" if how else what), old, new
