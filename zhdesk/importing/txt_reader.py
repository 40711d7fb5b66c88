"""The tab-separated text export of the official table, with leftover HTML in its cells."""

from __future__ import annotations

import re
from collections.abc import Iterator

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.html_cell import parse_html_cell
from zhdesk.importing.table import SourceRow

# Letters of Ukrainian text (and the Russian ones an old document may hold), an apostrophe aside.
_UKRAINIAN = set("АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяЁёЪъЫыЭэ")
# What the bytes of UTF-8 (or of another code page) turn into when read as Windows-1251: never in a report.
_MOJIBAKE = set("ЂЃѓЉЊЌЋЏђљњќћџЎўЈјЅѕ‚„†‡€‰‹›™¤¦§©¬®±µ¶·\xa0\xad")


def decode(source: str, data: bytes) -> tuple[str, str | None]:
    """The text and, unless it was UTF-8, the encoding it was read in (for the import report).

    UTF-8 (with or without BOM), UTF-16 with its BOM (little- or big-endian), and Windows-1251 when the
    bytes are not UTF-8 and read as Ukrainian text; anything else is refused with its line and column.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFailure.of(source, "", "damaged-utf16") from None
    if b"\x00" in data[:65536]:
        raise ImportFailure.of(source, "", "binary")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = _windows_1251(data)
        if text is not None:
            return text, "Windows-1251"
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ImportFailure.of(source, f"line {line}, column {column}", "not-utf8") from None


def _windows_1251(data: bytes) -> str | None:
    """The text if the bytes read as plausible Ukrainian in Windows-1251: mostly Cyrillic letters."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    cyrillic = sum(ch in _UKRAINIAN for ch in letters)
    odd = sum(ch in _MOJIBAKE for ch in text)
    if not letters or cyrillic < 0.5 * len(letters) or odd > 0.002 * len(letters):
        return None
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f]")
_LINE_END = re.compile(r"\r\n|\r|\n")  # only these end a row; str.splitlines also splits on U+2028 & co.
_IN_CELL_BREAK = re.compile(r"[\u2028\u2029\u0085\x0b\x0c]")  # a line break within the cell


class TxtRows:
    """The rows of a text file, and what reading it noticed (the encoding, in-cell line separators)."""

    def __init__(self, source: str, data: bytes) -> None:
        self.source = source
        self.text, self.encoding = decode(source, data)
        self.repairs: list[tuple[object, ...]] = []
        if self.encoding is not None:
            self.repairs.append(("file", "encoding", self.encoding))

    def __iter__(self) -> Iterator[SourceRow]:
        lines = _LINE_END.split(self.text)
        if lines and lines[-1] == "":
            lines.pop()
        for number, line in enumerate(lines, start=1):
            line, breaks = _IN_CELL_BREAK.subn("<br>", line)
            if breaks:
                self.repairs.append((f"line {number}", "line-separators", breaks))
            if _CONTROL.search(line):
                column = next(i for i, ch in enumerate(line, 1) if ord(ch) < 32 and ch != "\t")
                raise ImportFailure.of(self.source, f"line {number}, column {column}", "control-character")
            cells = []
            for raw in line.split("\t"):
                cell, _unknown = parse_html_cell(raw)
                cells.append(cell)
            locations = [f"line {number}, column {index}" for index in range(1, len(cells) + 1)]
            yield SourceRow(f"line {number}", cells, locations, outside_table=len(cells) == 1)


def read_txt_rows(source: str, data: bytes) -> TxtRows:
    return TxtRows(source, data)
