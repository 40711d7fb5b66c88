"""The importer's repairs and refusals in the coordinator's language.

The importer (``zhdesk.importing``) and the programme services word what they repaired or refused in
English for the command line, each with its line or cell. The window shows the same facts in Ukrainian:
the location's words are translated (``line 23, column 2`` → ``рядок 23, стовпець 2``) and each known
message is matched by its pattern, its quoted names and numbers kept as they are. A message no pattern
knows is shown as the importer wrote it, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zhdesk.gui.runner import DESCRIBERS
from zhdesk.importing.errors import ImportFailure
from zhdesk.services.bodies import BodyError
from zhdesk.services.programme_plan import AmendmentError

Q = r"(«.*»)"  # a quoted name, as the importer quotes them
_LOCATION_WORD = re.compile(r"«[^»]*»|\b(line|column|table|row|cell|sheet|file|workbook)\b")


def location_words(location: str) -> str:
    """Where, in Ukrainian: the words of ``line 8``, ``table 1, row 5, column 3``, ``sheet «Додаток», cell B5``;
    a sheet's own name in «» is kept."""
    words = {
        "line": QCoreApplication.translate("ImportWords", "line"),
        "column": QCoreApplication.translate("ImportWords", "column"),
        "table": QCoreApplication.translate("ImportWords", "table"),
        "row": QCoreApplication.translate("ImportWords", "row"),
        "cell": QCoreApplication.translate("ImportWords", "cell"),
        "sheet": QCoreApplication.translate("ImportWords", "sheet"),
        "file": QCoreApplication.translate("ImportWords", "file"),
        "workbook": QCoreApplication.translate("ImportWords", "workbook"),
    }
    return _LOCATION_WORD.sub(lambda m: words[m.group(1)] if m.group(1) else m.group(0), location)


def _patterns() -> list[tuple[str, str]]:
    """(pattern of the English message, its Ukrainian with {0}, {1}… for the pattern's groups)."""
    return [
        # repairs
        (
            r"separator row of dashes removed",
            QCoreApplication.translate("ImportWords", "separator row of dashes removed"),
        ),
        (r"repeated header row skipped", QCoreApplication.translate("ImportWords", "repeated header row skipped")),
        (
            r"row had (\d+) cells instead of (\d+): the leading empty cell was missing and every column was "
            r"shifted left; columns restored",
            QCoreApplication.translate(
                "ImportWords",
                "the row had {0} cells instead of {1}: the leading empty cell was missing and every column was "
                "shifted left; columns restored",
            ),
        ),
        (
            r"row had (\d+) cells; the missing empty cells at its end added",
            QCoreApplication.translate(
                "ImportWords", "the row had {0} cells; the missing empty cells at its end added"
            ),
        ),
        (
            r"row continues the cells of measure (\S+) above; joined to them",
            QCoreApplication.translate(
                "ImportWords", "the row continues the cells of measure {0} above; joined to them"
            ),
        ),
        (
            rf"heading {Q} stood in column (\d+); read as a spanning row",
            QCoreApplication.translate("ImportWords", "heading {0} stood in column {1}; read as a spanning row"),
        ),
        (
            rf"priority {Q} has no strategic goal line",
            QCoreApplication.translate("ImportWords", "priority {0} has no strategic goal line"),
        ),
        (
            rf"sector title {Q} is not bold; recognised as a sector",
            QCoreApplication.translate("ImportWords", "sector title {0} is not bold; recognised as a sector"),
        ),
        (
            rf"priority title {Q} tidied to {Q}",
            QCoreApplication.translate("ImportWords", "priority title {0} tidied to {1}"),
        ),
        (
            rf"priority and its strategic goal were on one row; split into {Q} and goal {Q}",
            QCoreApplication.translate(
                "ImportWords", "the priority and its strategic goal were on one row; split into {0} and the goal {1}"
            ),
        ),
        (
            rf"sector title {Q} was fused into the task cell; split into a sector row",
            QCoreApplication.translate(
                "ImportWords", "sector title {0} was fused into the task cell; split into a sector row"
            ),
        ),
        (
            r"task without a number; numbered (\S+)",
            QCoreApplication.translate("ImportWords", "a task without a number; numbered {0}"),
        ),
        (
            rf"task number {Q} had a trailing dot",
            QCoreApplication.translate("ImportWords", "task number {0} had a trailing dot"),
        ),
        (
            r"task number (\S+) does not follow the sector's numbering \(its measures are numbered (.+?)\); "
            r"renumbered to (\S+)",
            QCoreApplication.translate(
                "ImportWords",
                "task number {0} does not follow the sector's numbering (its measures are numbered {1}); "
                "renumbered to {2}",
            ),
        ),
        (
            r"task numbering in the sector jumps to (\S+) \(expected (\S+)\); kept",
            QCoreApplication.translate(
                "ImportWords", "the task numbering in the sector jumps to {0} (expected {1}); kept"
            ),
        ),
        (
            r"measure number (\S+) had no trailing dot; read as (\S+)",
            QCoreApplication.translate("ImportWords", "measure number {0} had no trailing dot; read as {1}"),
        ),
        (
            r"no space after measure number (\S+); read as (\S+)",
            QCoreApplication.translate("ImportWords", "no space after measure number {0}; read as {1}"),
        ),
        (
            r"measure (\S+) is numbered outside its task (\S+); kept as published",
            QCoreApplication.translate(
                "ImportWords", "measure {0} is numbered outside its task {1}; kept as published"
            ),
        ),
        (
            r"the six-column report table was read as the programme; column 5 \(Виконання заходів\) "
            r"ignored: (\d+) texts",
            QCoreApplication.translate(
                "ImportWords",
                "the six-column report table was read as the programme; column 5 (Виконання заходів) "
                "ignored: {0} texts",
            ),
        ),
        (
            r"(\d+) blank rows skipped \(at (.*)\)",
            QCoreApplication.translate("ImportWords", "{0} blank rows skipped (lines {1})"),
        ),
        (rf"priority {Q} has no sectors", QCoreApplication.translate("ImportWords", "priority {0} has no sectors")),
        (rf"sector {Q} has no measures", QCoreApplication.translate("ImportWords", "sector {0} has no measures")),
        (
            r"text outside the table columns read as a table row",
            QCoreApplication.translate("ImportWords", "text outside the table's columns read as a table row"),
        ),
        (
            r"read as (\S+) \(not UTF-8\)",
            QCoreApplication.translate("ImportWords", "read in the {0} encoding (not UTF-8)"),
        ),
        (
            r"the cell held a formula \((.*)\); its shown value was imported",
            QCoreApplication.translate("ImportWords", "the cell held a formula ({0}); its shown value was imported"),
        ),
        (
            r"read sheet («[^»]*»).*; skipped (.*)",
            QCoreApplication.translate("ImportWords", "read sheet {0}; skipped {1}"),
        ),
        (
            r"(\d+) measures already in the store are not in this file; kept",
            QCoreApplication.translate("ImportWords", "{0} measures of the store are not in this file; they are kept"),
        ),
        (
            r"the title names (\S+) \((.*)\) but the import is for (\S+)",
            QCoreApplication.translate("ImportWords", "the title names {1} ({0}), but the import is for {2}"),
        ),
        (
            r"(\d+) of the retired measures have texts in the (.*) report; retired from (\S+) on, .*",
            QCoreApplication.translate(
                "ImportWords",
                "{0} of the retired measures have texts in the {1} report; retired from {2} on, they are left "
                "out of it (their texts are kept)",
            ),
        ),
        # refusals of a file
        (r"the file is empty", QCoreApplication.translate("ImportWords", "the file is empty")),
        (r"is a folder, not a file", QCoreApplication.translate("ImportWords", "this is a folder, not a file")),
        (r"cannot read the file: (.*)", QCoreApplication.translate("ImportWords", "the file cannot be read: {0}")),
        (
            r"the file is ([\d.]+) MB; an official table is at most (\d+) MB",
            QCoreApplication.translate("ImportWords", "the file is {0} MB; an official table is at most {1} MB"),
        ),
        (
            r"old Excel/Word format \(\.xls/\.doc\).*",
            QCoreApplication.translate(
                "ImportWords", "an old Excel/Word format (.xls/.doc): save it as .xlsx or .docx first"
            ),
        ),
        (
            r"a zip archive that is neither an XLSX workbook nor a DOCX document",
            QCoreApplication.translate(
                "ImportWords", "a zip archive that is neither an XLSX workbook nor a DOCX document"
            ),
        ),
        (
            r"not a valid (\S+) file \(truncated or damaged\)",
            QCoreApplication.translate("ImportWords", "not a valid {0} file (cut short or damaged)"),
        ),
        (
            r"damaged or truncated (\S+) file.*",
            QCoreApplication.translate("ImportWords", "a damaged or cut short {0} file"),
        ),
        (r"damaged (\S+) file \((.*)\)", QCoreApplication.translate("ImportWords", "a damaged {0} file ({1})")),
        (
            r"binary data, not a text table.*",
            QCoreApplication.translate(
                "ImportWords", "binary data, not a text table (TXT/TSV), an XLSX or a DOCX file"
            ),
        ),
        (
            r"not valid UTF-8 text.*",
            QCoreApplication.translate("ImportWords", "not valid UTF-8 text (save the file as UTF-8)"),
        ),
        (
            r"damaged UTF-16 text.*",
            QCoreApplication.translate("ImportWords", "damaged UTF-16 text (save the file as UTF-8)"),
        ),
        (
            r"control character in the text",
            QCoreApplication.translate("ImportWords", "a control character in the text"),
        ),
        (
            r"not the approved programme: no header row .* was found",
            QCoreApplication.translate(
                "ImportWords",
                "not the approved programme: no header row (№ з/п · Завдання · Заходи · Відповідальний "
                "виконавець · Назва програми …) was found",
            ),
        ),
        (
            r"not the official table: no header row .* was found",
            QCoreApplication.translate(
                "ImportWords",
                "not the official table: no header row (№ з/п · Завдання · Заходи · Відповідальний виконавець · "
                "Виконання заходів · Назва програми …) was found",
            ),
        ),
        (
            r"the table has a header but no measures",
            QCoreApplication.translate("ImportWords", "the table has a header but no measures"),
        ),
        (
            r"a row with no task and no measure: (.*)",
            QCoreApplication.translate("ImportWords", "a row with no task and no measure: {0}"),
        ),
        (r"(\d+) columns; .* has (\d+)", QCoreApplication.translate("ImportWords", "{0} columns; the table has {1}")),
        (
            rf"sector {Q} comes before any priority row",
            QCoreApplication.translate("ImportWords", "sector {0} comes before any priority row"),
        ),
        (
            rf"sector {Q} appears twice in {Q}",
            QCoreApplication.translate("ImportWords", "sector {0} appears twice in {1}"),
        ),
        (r"a measure row before any task", QCoreApplication.translate("ImportWords", "a measure row before any task")),
        (
            r"the measure cell \(column 3\) is empty",
            QCoreApplication.translate("ImportWords", "the measure's cell (column 3) is empty"),
        ),
        (r"a task before any sector row", QCoreApplication.translate("ImportWords", "a task before any sector row")),
        (
            rf"task number {Q} is not a number",
            QCoreApplication.translate("ImportWords", "task number {0} is not a number"),
        ),
        (r"task (\S+) has no text", QCoreApplication.translate("ImportWords", "task {0} has no text")),
        (
            rf"task (\S+) appears twice in sector {Q}",
            QCoreApplication.translate("ImportWords", "task {0} appears twice in sector {1}"),
        ),
        (
            r"the measure does not start with its number \(like 1\.1\.\): (.*)",
            QCoreApplication.translate("ImportWords", "the measure does not start with its number (like 1.1.): {0}"),
        ),
        (
            r"measure (\S+) appears twice in task (\S+)",
            QCoreApplication.translate("ImportWords", "measure {0} appears twice in task {1}"),
        ),
        (
            r"a row starting with \* .* stands inside the table",
            QCoreApplication.translate(
                "ImportWords", "a row starting with * (read as the footnote) stands inside the table"
            ),
        ),
        (
            r"text far outside the table's columns.*",
            QCoreApplication.translate("ImportWords", "text far outside the table's columns"),
        ),
        # refusals of an amendment
        (
            r"(.*): the title names the programme of (\d+), not (\d+)",
            QCoreApplication.translate("ImportWords", "{0}: the title names the programme of {1}, not of {2}"),
        ),
        (
            r"(.*): the title names (\S+) \((.*)\), not a period of (\d+).*",
            QCoreApplication.translate("ImportWords", "{0}: the title names {2}, not a period of {3}"),
        ),
        (
            r"(.*): measure (\S+) is new in the file, but the programme already has a (\S+) there \((.*)\): .*",
            QCoreApplication.translate(
                "ImportWords",
                "{0}: measure {1} is new in the file, but the programme already has a {2} there ({3}): the file "
                "follows an amended programme; import it with File → Import a programme… first, then the report",
            ),
        ),
        (
            r"the programme changed while this file was being matched.*",
            QCoreApplication.translate(
                "ImportWords",
                "the programme changed while this file was being matched (another import or edit at the same "
                "time?); nothing was written: try again",
            ),
        ),
        (
            r".*uncertain matchings wait.*",
            QCoreApplication.translate(
                "ImportWords", "some matchings are still uncertain: confirm or reject each of them"
            ),
        ),
        # refusals of a merge
        (
            r"(\S+) has already been issued form packages or sent submissions.*",
            QCoreApplication.translate(
                "ImportWords",
                "{0} has already been issued form packages or has sent submissions; merging it now would "
                "invalidate them",
            ),
        ),
        (
            r"(.*) are the same (executive )?body.*",
            QCoreApplication.translate("ImportWords", "these are already the same executive body"),
        ),
    ]


def message_words(message: str) -> str:
    """One repair or refusal in the coordinator's language (as written, if no pattern knows it)."""
    for pattern, words in _patterns():
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            return words.format(*(g or "" for g in found.groups()))
    return message


def repair_words(location: str, message: str) -> tuple[str, str]:
    return location_words(location), message_words(message)


def failure_words(exc: ImportFailure) -> str:
    """A refused file, plainly: which file, where in it, what is wrong, and that nothing changed."""
    where = (
        location_words(exc.location) if exc.location else QCoreApplication.translate("ImportWords", "the whole file")
    )
    return QCoreApplication.translate(
        "ImportWords", "{0} was not imported; nothing was changed.\nWhere: {1}\nWhat is wrong: {2}"
    ).format(exc.source, where, message_words(exc.message))


def amendment_words(exc: AmendmentError) -> str:
    return QCoreApplication.translate("ImportWords", "The file was not imported; nothing was changed.\n{0}").format(
        message_words(str(exc))
    )


def body_words(exc: BodyError) -> str:
    return QCoreApplication.translate("ImportWords", "The executive bodies were not changed: {0}").format(
        message_words(str(exc))
    )


def _register() -> None:
    known = {kind for kind, _words in DESCRIBERS}
    describers: list[tuple[type[Exception], Callable[..., str]]] = [
        (ImportFailure, failure_words),
        (AmendmentError, amendment_words),
        (BodyError, body_words),
    ]
    DESCRIBERS.extend((kind, words) for kind, words in describers if kind not in known)


_register()
