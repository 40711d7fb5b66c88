"""The tab-separated text export of the official table, with leftover HTML in its cells."""

from __future__ import annotations

import re
from collections.abc import Iterator

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.html_cell import parse_html_cell
from zhdesk.importing.table import SourceRow


def decode(source: str, data: bytes) -> str:
    """UTF-8 (with or without BOM); invalid bytes are reported with their line and column."""
    if b"\x00" in data[:65536]:
        raise ImportFailure(source, "", "binary data, not a text table (TXT/TSV), XLSX or DOCX file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ImportFailure(
            source,
            f"line {line}, column {column}",
            "not valid UTF-8 text (save the file as UTF-8)",
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f]")


def read_txt_rows(source: str, data: bytes) -> Iterator[SourceRow]:
    text = decode(source, data)
    for number, line in enumerate(text.splitlines(), start=1):
        if _CONTROL.search(line):
            column = next(i for i, ch in enumerate(line, 1) if ord(ch) < 32 and ch != "\t")
            raise ImportFailure(source, f"line {number}, column {column}", "control character in the text")
        cells = []
        for raw in line.split("\t"):
            cell, _unknown = parse_html_cell(raw)
            cells.append(cell)
        locations = [f"line {number}, column {index}" for index in range(1, len(cells) + 1)]
        yield SourceRow(f"line {number}", cells, locations, outside_table=len(cells) == 1)
