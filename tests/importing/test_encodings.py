"""TXT encodings: UTF-8 (BOM or not), UTF-16 with BOM, Windows-1251; line separators inside a cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import parse_bytes, read_report


def _utf8_text(real_report: Path) -> str:
    # 'ü' is the one character of the real report that Windows-1251 has not
    return real_report.read_bytes().decode("utf-8-sig").replace("ü", "u")


def _measures(data: bytes) -> list[tuple[str, str, str, str, str]]:
    report = parse_bytes("report.txt", data)
    return [(m.no, m.text, m.executors, m.execution, m.programme_or_funding) for m in report.measures]


@pytest.mark.parametrize(
    ("encoding", "note"),
    [("cp1251", "Windows-1251"), ("utf-16-le-bom", "UTF-16"), ("utf-16-be-bom", "UTF-16")],
)
def test_reencoded_real_report_gives_the_same_measures(real_report: Path, encoding: str, note: str) -> None:
    text = _utf8_text(real_report)
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    expected = _measures(text.encode("utf-8"))
    assert len(expected) > 100
    assert _measures(data) == expected
    report = parse_bytes("report.txt", data)
    assert any(f"read as {note}" in r.message for r in report.repairs)


def test_utf8_says_nothing_about_encoding(real_report: Path) -> None:
    for data in (real_report.read_bytes(), b"\xef\xbb\xbf" + real_report.read_bytes()):
        report = parse_bytes("report.txt", data)
        assert not any("UTF" in r.message or "1251" in r.message for r in report.repairs)
    assert len(read_report(real_report).measures) > 100


def test_cp1251_that_is_not_ukrainian_is_refused() -> None:
    data = b"Hello\tworld\n" + bytes(range(0x80, 0x98)) * 20
    with pytest.raises(ImportFailure, match="not valid UTF-8"):
        parse_bytes("junk.txt", data)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c"])
def test_line_separators_inside_a_cell_do_not_split_the_row(real_report: Path, separator: str) -> None:
    text = real_report.read_bytes().decode("utf-8-sig")
    plain = parse_bytes("report.txt", text.encode())
    target = next(m for m in plain.measures if m.execution)
    words = target.execution.split(" ")
    assert len(words) > 2
    broken = " ".join(words[:2]) + separator + " ".join(words[2:])
    assert text.count(target.execution) == 1
    data = text.replace(target.execution, broken).encode()
    report = parse_bytes("report.txt", data)
    assert len(report.measures) == len(plain.measures)
    got = next(m for m in report.measures if m.no == target.no and m.text == target.text)
    assert got.execution == " ".join(words[:2]) + "\n" + " ".join(words[2:])
    assert any("inside a cell" in r.message for r in report.repairs)
