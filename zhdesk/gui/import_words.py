"""The importer's repairs and refusals in the coordinator's language.

The importer (``zhdesk.importing``) gives each repair and refusal a code and its parameters, with English
words for the command line (``importing.messages``); the programme services word their notes and refusals
in English. The window shows the same facts in Ukrainian: the location's words are translated (``line 23,
column 2`` → ``рядок 23, стовпець 2``), the importer's by code, the services' messages by their pattern,
quoted names and numbers kept as they are. A message neither knows is shown as written, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zhdesk.gui.runner import DESCRIBERS
from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.structure import Repair
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


def _by_code() -> dict[str, tuple[str, tuple[int, ...] | None]]:
    """The importer's codes (``importing.messages``) in the coordinator's words: (the words with {0}, {1}…,
    which of the code's parameters go in, in order; None: all of them as given)."""
    return {
        "separator-row": (QCoreApplication.translate("ImportWords", "separator row of dashes removed"), None),
        "repeated-header": (QCoreApplication.translate("ImportWords", "repeated header row skipped"), None),
        "shifted-row": (
            QCoreApplication.translate(
                "ImportWords",
                "the row had {0} cells instead of {1}: the leading empty cell was missing and every column was "
                "shifted left; columns restored",
            ),
            None,
        ),
        "short-row": (
            QCoreApplication.translate(
                "ImportWords", "the row had {0} cells; the missing empty cells at its end added"
            ),
            None,
        ),
        "continued-row": (
            QCoreApplication.translate(
                "ImportWords", "the row continues the cells of measure {0} above; joined to them"
            ),
            None,
        ),
        "heading-in-column": (
            QCoreApplication.translate("ImportWords", "heading {0} stood in column {1}; read as a spanning row"),
            None,
        ),
        "priority-without-goal": (
            QCoreApplication.translate("ImportWords", "priority {0} has no strategic goal line"),
            None,
        ),
        "sector-not-bold": (
            QCoreApplication.translate("ImportWords", "sector title {0} is not bold; recognised as a sector"),
            None,
        ),
        "priority-title-tidied": (QCoreApplication.translate("ImportWords", "priority title {0} tidied to {1}"), None),
        "priority-and-goal-split": (
            QCoreApplication.translate(
                "ImportWords", "the priority and its strategic goal were on one row; split into {0} and the goal {1}"
            ),
            None,
        ),
        "sector-fused-into-task": (
            QCoreApplication.translate(
                "ImportWords", "sector title {0} was fused into the task cell; split into a sector row"
            ),
            None,
        ),
        "task-numbered": (QCoreApplication.translate("ImportWords", "a task without a number; numbered {0}"), None),
        "task-number-dot": (QCoreApplication.translate("ImportWords", "task number {0} had a trailing dot"), None),
        "task-renumbered": (
            QCoreApplication.translate(
                "ImportWords",
                "task number {0} does not follow the sector's numbering (its measures are numbered {1}); "
                "renumbered to {2}",
            ),
            None,
        ),
        "task-numbering-jumps": (
            QCoreApplication.translate(
                "ImportWords", "the task numbering in the sector jumps to {0} (expected {1}); kept"
            ),
            None,
        ),
        "measure-number-no-dot": (
            QCoreApplication.translate("ImportWords", "measure number {0} had no trailing dot; read as {1}"),
            None,
        ),
        "measure-number-no-space": (
            QCoreApplication.translate("ImportWords", "no space after measure number {0}; read as {1}"),
            None,
        ),
        "measure-outside-task": (
            QCoreApplication.translate(
                "ImportWords", "measure {0} is numbered outside its task {1}; kept as published"
            ),
            None,
        ),
        "report-read-as-programme": (
            QCoreApplication.translate(
                "ImportWords",
                "the six-column report table was read as the programme; column 5 (Виконання заходів) "
                "ignored: {0} texts",
            ),
            None,
        ),
        "blank-rows": (QCoreApplication.translate("ImportWords", "{0} blank rows skipped (lines {1})"), None),
        "priority-without-sectors": (QCoreApplication.translate("ImportWords", "priority {0} has no sectors"), None),
        "sector-without-measures": (QCoreApplication.translate("ImportWords", "sector {0} has no measures"), None),
        "text-outside-columns": (
            QCoreApplication.translate("ImportWords", "text outside the table's columns read as a table row"),
            None,
        ),
        "encoding": (QCoreApplication.translate("ImportWords", "read in the {0} encoding (not UTF-8)"), None),
        "line-separators": (
            QCoreApplication.translate(
                "ImportWords",
                "{0} line separators (U+2028, U+2029, NEL, VT or FF) inside a cell read as line breaks in it",
            ),
            None,
        ),
        "sheet-named": (QCoreApplication.translate("ImportWords", "read sheet {0}; skipped {1}"), None),
        "sheet-found": (QCoreApplication.translate("ImportWords", "read sheet {0}; skipped {1}"), (0, 2)),
        "formula-value": (
            QCoreApplication.translate("ImportWords", "the cell held a formula ({0}); its shown value was imported"),
            None,
        ),
        "formula-text": (
            QCoreApplication.translate(
                "ImportWords", "the cell held a formula with no computed value; its text {0} was imported"
            ),
            None,
        ),
        "folder": (QCoreApplication.translate("ImportWords", "this is a folder, not a file"), None),
        "not-regular": (
            QCoreApplication.translate(
                "ImportWords", "not a regular file (a pipe, a device or a socket): choose a saved file"
            ),
            None,
        ),
        "too-large": (
            QCoreApplication.translate("ImportWords", "the file is {0} MB; an official table is at most {1} MB"),
            None,
        ),
        "grew-too-large": (QCoreApplication.translate("ImportWords", "the file is larger than {0} MB"), None),
        "unreadable": (QCoreApplication.translate("ImportWords", "the file cannot be read: {0}"), None),
        "empty-file": (QCoreApplication.translate("ImportWords", "the file is empty"), None),
        "sheet-not-xlsx": (
            QCoreApplication.translate(
                "ImportWords", "a sheet can be chosen in an XLSX workbook only; this is a {0} file"
            ),
            None,
        ),
        "nested-too-deeply": (
            QCoreApplication.translate("ImportWords", "the {0} file is nested too deeply to be a table"),
            None,
        ),
        "damaged": (QCoreApplication.translate("ImportWords", "a damaged {0} file ({1})"), None),
        "old-office": (
            QCoreApplication.translate(
                "ImportWords", "an old Excel/Word format (.xls/.doc): save it as .xlsx or .docx first"
            ),
            None,
        ),
        "other-zip": (
            QCoreApplication.translate(
                "ImportWords", "a zip archive that is neither an XLSX workbook nor a DOCX document"
            ),
            None,
        ),
        "not-valid-office": (
            QCoreApplication.translate("ImportWords", "not a valid {0} file (cut short or damaged)"),
            None,
        ),
        "damaged-zip": (QCoreApplication.translate("ImportWords", "a damaged or cut short {0} file"), None),
        "zip-bomb-size": (QCoreApplication.translate("ImportWords", "unpacks to more than 256 MB (a zip bomb?)"), None),
        "zip-bomb-ratio": (QCoreApplication.translate("ImportWords", "compressed {0}:1 (a zip bomb?)"), None),
        "damaged-member": (QCoreApplication.translate("ImportWords", "a damaged part of the archive ({0})"), None),
        "xml-entities": (
            QCoreApplication.translate("ImportWords", "XML with a DTD or entities is refused (an XML bomb?)"),
            None,
        ),
        "damaged-utf16": (
            QCoreApplication.translate("ImportWords", "damaged UTF-16 text (save the file as UTF-8)"),
            None,
        ),
        "binary": (
            QCoreApplication.translate(
                "ImportWords", "binary data, not a text table (TXT/TSV), an XLSX or a DOCX file"
            ),
            None,
        ),
        "not-utf8": (QCoreApplication.translate("ImportWords", "not valid UTF-8 text (save the file as UTF-8)"), None),
        "control-character": (QCoreApplication.translate("ImportWords", "a control character in the text"), None),
        "no-sheet": (
            QCoreApplication.translate("ImportWords", "no sheet {0} in the workbook; its sheets are {1}"),
            None,
        ),
        "two-sheets": (
            QCoreApplication.translate(
                "ImportWords", "sheets {0} both hold the official table; leave it in one of them"
            ),
            None,
        ),
        "far-outside-columns": (QCoreApplication.translate("ImportWords", "text far outside the table's columns"), ()),
        "no-task-no-measure": (
            QCoreApplication.translate("ImportWords", "a row with no task and no measure: {0}"),
            None,
        ),
        "too-many-columns": (QCoreApplication.translate("ImportWords", "{0} columns; the table has {1}"), (0, 2)),
        "sector-before-priority": (
            QCoreApplication.translate("ImportWords", "sector {0} comes before any priority row"),
            None,
        ),
        "sector-twice": (QCoreApplication.translate("ImportWords", "sector {0} appears twice in {1}"), None),
        "measure-before-task": (QCoreApplication.translate("ImportWords", "a measure row before any task"), None),
        "measure-cell-empty": (
            QCoreApplication.translate("ImportWords", "the measure's cell (column 3) is empty"),
            None,
        ),
        "task-before-sector": (QCoreApplication.translate("ImportWords", "a task before any sector row"), None),
        "task-number-not-number": (QCoreApplication.translate("ImportWords", "task number {0} is not a number"), None),
        "task-without-text": (QCoreApplication.translate("ImportWords", "task {0} has no text"), None),
        "task-twice": (QCoreApplication.translate("ImportWords", "task {0} appears twice in sector {1}"), None),
        "measure-without-number": (
            QCoreApplication.translate("ImportWords", "the measure does not start with its number (like 1.1.): {0}"),
            None,
        ),
        "measure-twice": (QCoreApplication.translate("ImportWords", "measure {0} appears twice in task {1}"), None),
        "wrong-columns-programme": (
            QCoreApplication.translate(
                "ImportWords",
                "wrong columns: the approved programme has 5 ({0}); the six-column report table is read too",
            ),
            None,
        ),
        "wrong-columns-report": (
            QCoreApplication.translate("ImportWords", "wrong columns: the official table has 6 ({0})"),
            None,
        ),
        "wrong-columns-report-programme": (
            QCoreApplication.translate(
                "ImportWords",
                "wrong columns: the official table has 6 ({0}); this looks like the approved programme: "
                "import it with File → Import a programme…",
            ),
            None,
        ),
        "footnote-inside": (
            QCoreApplication.translate(
                "ImportWords", "a row starting with * (read as the footnote) stands inside the table"
            ),
            None,
        ),
        "no-header-programme": (
            QCoreApplication.translate(
                "ImportWords",
                "not the approved programme: no header row (№ з/п · Завдання · Заходи · Відповідальний "
                "виконавець · Назва програми …) was found",
            ),
            None,
        ),
        "no-header-report": (
            QCoreApplication.translate(
                "ImportWords",
                "not the official table: no header row (№ з/п · Завдання · Заходи · Відповідальний виконавець · "
                "Виконання заходів · Назва програми …) was found",
            ),
            None,
        ),
        "no-measures": (QCoreApplication.translate("ImportWords", "the table has a header but no measures"), None),
    }


def _patterns() -> list[tuple[str, str]]:
    """Messages without a code (the programme services' notes and refusals): (the English message's pattern,
    its Ukrainian with {0}, {1}… for the pattern's groups)."""
    return [
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
    """A message without a code (a service's) in the coordinator's language (as written, if no pattern knows it)."""
    for pattern, words in _patterns():
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            return words.format(*(g or "" for g in found.groups()))
    return message


def coded_words(code: str, params: tuple[str, ...], message: str) -> str:
    """What the importer said, by its code and parameters (quoted names and numbers as they are); a message
    without a known code by its pattern, else as written."""
    known = _by_code().get(code) if code else None
    if known is None:
        return message_words(message)
    words, order = known
    chosen = params if order is None else tuple(params[i] for i in order if i < len(params))
    return words.format(*chosen)


def repair_words(repair: Repair) -> tuple[str, str]:
    """Where and what of one repair, in the coordinator's language."""
    return location_words(repair.location), coded_words(repair.code, repair.params, repair.message)


def failure_words(exc: ImportFailure) -> str:
    """A refused file, plainly: which file, where in it, what is wrong, and that nothing changed."""
    where = (
        location_words(exc.location) if exc.location else QCoreApplication.translate("ImportWords", "the whole file")
    )
    return QCoreApplication.translate(
        "ImportWords", "{0} was not imported; nothing was changed.\nWhere: {1}\nWhat is wrong: {2}"
    ).format(exc.source, where, coded_words(exc.code, exc.params, exc.message))


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
