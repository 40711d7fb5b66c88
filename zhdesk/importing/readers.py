"""Pick the reader by content, guard against hostile files, and build the parsed report."""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from zhdesk.importing.docx_reader import read_docx_rows
from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.structure import ParsedReport, Repair, build_report
from zhdesk.importing.table import SourceRow
from zhdesk.importing.txt_reader import read_txt_rows
from zhdesk.importing.xlsx_reader import read_xlsx_rows

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_MEMBER_RATIO = 200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Reader = Callable[[str, bytes], Iterable[SourceRow]]


def read_report(path: str | Path, *, sheet: str | None = None) -> ParsedReport:
    """Read the official table from ``path`` (TXT/TSV, XLSX or DOCX) into a :class:`ParsedReport`.

    ``sheet`` names the workbook sheet to read (XLSX only); without it the sheet holding the official
    table header is read. Raises :class:`ImportFailure` with a one-line message for any bad input;
    nothing else escapes.
    """
    return _read(Path(path), programme=False, sheet=sheet)


def read_programme(path: str | Path, *, sheet: str | None = None) -> ParsedReport:
    """Read the approved programme (or an amendment) from ``path`` (TXT/TSV, XLSX or DOCX).

    The programme is the official table without "Виконання заходів" (five columns); a six-column report
    table is read too, with its column 5 ignored. Every measure's ``execution`` is empty. Raises
    :class:`ImportFailure` with a one-line message for any bad input, as :func:`read_report` does.
    """
    return _read(Path(path), programme=True, sheet=sheet)


def _read(path: Path, *, programme: bool, sheet: str | None = None) -> ParsedReport:
    source = path.name
    try:
        info = os.stat(path)
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailure.of(source, "", "folder")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise ImportFailure.of(source, "", "not-regular")
        if size > MAX_FILE_BYTES:
            raise ImportFailure.of(source, "", "too-large", f"{size / 2**20:.1f}", MAX_FILE_BYTES // 2**20)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # st_size may lie (a device, a growing file)
        if len(data) > MAX_FILE_BYTES:
            raise ImportFailure.of(source, "", "grew-too-large", MAX_FILE_BYTES // 2**20)
    except OSError as exc:
        raise ImportFailure.of(source, "", "unreadable", exc.strerror or exc) from None
    return parse_bytes(source, data, programme=programme, sheet=sheet)


def parse_bytes(source: str, data: bytes, *, programme: bool = False, sheet: str | None = None) -> ParsedReport:
    """The report (or with ``programme=True`` the approved programme) in a file's bytes."""
    if not data.strip():
        raise ImportFailure.of(source, "", "empty-file")
    kind = Path(source).suffix[1:].upper() or "text"
    try:
        kind, reader = _pick_reader(source, data)
        if sheet is not None:
            if reader is not read_xlsx_rows:
                raise ImportFailure.of(source, "", "sheet-not-xlsx", kind)
            reader = partial(read_xlsx_rows, sheet=sheet)
        rows = reader(source, data)
        report = build_report(source, rows, programme=programme)
        # what the reader noticed about the file itself (the TXT's encoding) comes first
        report.repairs[:0] = [
            Repair.of(str(where), str(code), *params) for where, code, *params in getattr(rows, "repairs", ())
        ]
        return report
    except ImportFailure:
        raise
    except RecursionError:
        raise ImportFailure.of(source, "", "nested-too-deeply", kind) from None
    except Exception as exc:  # a library's own error on a damaged file: report it, never a traceback
        detail = str(exc).splitlines()[0][:200] if str(exc) else exc.__class__.__name__
        raise ImportFailure.of(source, "", "damaged", kind, detail) from None


def _pick_reader(source: str, data: bytes) -> tuple[str, Reader]:
    suffix = Path(source).suffix.lower()
    if data.startswith(_OLE_MAGIC):
        raise ImportFailure.of(source, "", "old-office")
    if data.startswith(b"PK"):
        names = _check_zip(source, data)
        if "xl/workbook.xml" in names:
            return "XLSX", read_xlsx_rows
        if "word/document.xml" in names:
            return "DOCX", read_docx_rows
        raise ImportFailure.of(source, "", "other-zip")
    if suffix in {".xlsx", ".xlsm", ".docx"}:
        raise ImportFailure.of(source, "", "not-valid-office", suffix[1:].upper())
    return "text", read_txt_rows


def _check_zip(source: str, data: bytes) -> set[str]:
    """Refuse truncated archives, zip bombs and XML with DTDs (entity bombs) before any parser runs."""
    kind = Path(source).suffix[1:].upper() or "zip"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ImportFailure.of(source, "", "damaged-zip", kind) from None
    with archive:
        total = 0
        names: set[str] = set()
        for info in archive.infolist():
            names.add(info.filename)
            total += info.file_size
            if total > MAX_UNPACKED_BYTES:
                raise ImportFailure.of(source, info.filename, "zip-bomb-size")
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1_000_000 and ratio > MAX_MEMBER_RATIO:
                raise ImportFailure.of(source, info.filename, "zip-bomb-ratio", f"{ratio:.0f}")
            if info.filename.endswith((".xml", ".rels")):
                try:
                    with archive.open(info) as member:
                        head = member.read(4096)
                        body = head + member.read()
                except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
                    raise ImportFailure.of(source, info.filename, "damaged-member", exc) from None
                if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
                    raise ImportFailure.of(source, info.filename, "xml-entities")
        return names
