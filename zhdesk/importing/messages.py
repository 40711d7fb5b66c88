"""What the importer says, by code: every repair it made and every refusal of a file has a stable code and
its parameters (names already quoted «…», numbers as written), and its English words for the command line
here, one template per code. The window words the same code in Ukrainian (``gui.import_words``) without
reading the English.

``Repair.of(location, code, *params)`` and ``ImportFailure.of(source, location, code, *params)`` make
them; a code's English is ``english(code, params)``.
"""

from __future__ import annotations

from collections.abc import Sequence

ENGLISH: dict[str, str] = {
    # repairs (and notes) of the rows
    "separator-row": "separator row of dashes removed",
    "repeated-header": "repeated header row skipped",
    "shifted-row": "row had {0} cells instead of {1}: the leading empty cell was missing and every column was "
    "shifted left; columns restored",
    "short-row": "row had {0} cells; the missing empty cells at its end added",
    "continued-row": "row continues the cells of measure {0} above; joined to them",
    "heading-in-column": "heading {0} stood in column {1}; read as a spanning row",
    "priority-without-goal": "priority {0} has no strategic goal line",
    "sector-not-bold": "sector title {0} is not bold; recognised as a sector",
    "priority-title-tidied": "priority title {0} tidied to {1}",
    "priority-and-goal-split": "priority and its strategic goal were on one row; split into {0} and goal {1}",
    "sector-fused-into-task": "sector title {0} was fused into the task cell; split into a sector row",
    "task-numbered": "task without a number; numbered {0}",
    "task-number-dot": "task number {0} had a trailing dot",
    "task-renumbered": "task number {0} does not follow the sector's numbering (its measures are numbered {1}); "
    "renumbered to {2}",
    "task-numbering-jumps": "task numbering in the sector jumps to {0} (expected {1}); kept",
    "measure-number-no-dot": "measure number {0} had no trailing dot; read as {1}",
    "measure-number-no-space": "no space after measure number {0}; read as {1}",
    "measure-outside-task": "measure {0} is numbered outside its task {1}; kept as published",
    "report-read-as-programme": "the six-column report table was read as the programme; column 5 (Виконання "
    "заходів) ignored: {0} texts",
    "blank-rows": "{0} blank rows skipped (at {1})",
    "priority-without-sectors": "priority {0} has no sectors",
    "sector-without-measures": "sector {0} has no measures",
    "text-outside-columns": "text outside the table columns read as a table row",
    # repairs (and notes) of the file
    "encoding": "read as {0} (not UTF-8)",
    "line-separators": "{0} line separator(s) (U+2028, U+2029, NEL, VT or FF) inside a cell read as line breaks "
    "within the cell",
    "sheet-named": "read sheet {0} (chosen with --sheet); skipped {1}",
    "sheet-found": "read sheet {0}{1}; skipped {2}",
    "formula-value": "the cell held a formula ({0}); its shown value was imported",
    "formula-text": "the cell held a formula with no computed value; its text {0} was imported",
    # refusals of a file
    "folder": "is a folder, not a file",
    "not-regular": "not a regular file (a pipe, device or socket); give a saved file",
    "too-large": "the file is {0} MB; an official table is at most {1} MB",
    "grew-too-large": "the file is larger than {0} MB",
    "unreadable": "cannot read the file: {0}",
    "empty-file": "the file is empty",
    "sheet-not-xlsx": "--sheet applies to XLSX workbooks only; this is a {0} file",
    "nested-too-deeply": "the {0} file is nested too deeply to be a table",
    "damaged": "damaged {0} file ({1})",
    "old-office": "old Excel/Word format (.xls/.doc): save it as .xlsx or .docx first",
    "other-zip": "a zip archive that is neither an XLSX workbook nor a DOCX document",
    "not-valid-office": "not a valid {0} file (truncated or damaged)",
    "damaged-zip": "damaged or truncated {0} file (not a readable zip archive)",
    "zip-bomb-size": "unpacks to more than 256 MB (a zip bomb?)",
    "zip-bomb-ratio": "compressed {0}:1 (a zip bomb?)",
    "damaged-member": "damaged archive member ({0})",
    "xml-entities": "XML with a DTD or entities is refused (XML bomb?)",
    "damaged-utf16": "damaged UTF-16 text (save the file as UTF-8)",
    "binary": "binary data, not a text table (TXT/TSV), XLSX or DOCX file",
    "not-utf8": "not valid UTF-8 text (save the file as UTF-8)",
    "control-character": "control character in the text",
    "no-sheet": "no sheet {0} in the workbook; its sheets are {1}",
    "two-sheets": "sheets {0} both hold the official table; choose one with --sheet NAME",
    "far-outside-columns": "text far outside the table's columns (beyond column {0})",
    # refusals of the table
    "no-task-no-measure": "a row with no task and no measure: {0}",
    "too-many-columns": "{0} columns; {1} has {2}",
    "sector-before-priority": "sector {0} comes before any priority row",
    "sector-twice": "sector {0} appears twice in {1}",
    "measure-before-task": "a measure row before any task",
    "measure-cell-empty": "the measure cell (column 3) is empty",
    "task-before-sector": "a task before any sector row",
    "task-number-not-number": "task number {0} is not a number",
    "task-without-text": "task {0} has no text",
    "task-twice": "task {0} appears twice in sector {1}",
    "measure-without-number": "the measure does not start with its number (like 1.1.): {0}",
    "measure-twice": "measure {0} appears twice in task {1}",
    "wrong-columns-programme": "wrong columns: the approved programme has 5 ({0}); the six-column report table "
    "is read too",
    "wrong-columns-report": "wrong columns: the official table has 6 ({0})",
    "wrong-columns-report-programme": "wrong columns: the official table has 6 ({0}); this looks like the approved "
    "programme: use import-programme",
    "footnote-inside": "a row starting with * (read as the footnote) stands inside the table",
    "no-header-programme": "not the approved programme: no header row (№ з/п · Завдання · Заходи · "
    "Відповідальний виконавець · Назва програми …) was found",
    "no-header-report": "not the official table: no header row (№ з/п · Завдання · Заходи · Відповідальний "
    "виконавець · Виконання заходів · Назва програми …) was found",
    "no-measures": "the table has a header but no measures",
}


def english(code: str, params: Sequence[object] = ()) -> str:
    """The code's words for the command line, its parameters put in."""
    return ENGLISH[code].format(*params)
