"""The importer's repairs and refusals in the window by code (issue 13): each has a stable code and its
parameters (importing.messages), the window words every code in Ukrainian without reading the English, and
the command line's English (str, --json's two keys) stays as it was."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path

import pytest

from zhdesk.gui import import_words
from zhdesk.gui.import_words import coded_words, failure_words, repair_words
from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.messages import ENGLISH, english
from zhdesk.importing.readers import parse_bytes, read_report
from zhdesk.importing.structure import Repair

CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]")


def outside_quotes(text: str) -> str:
    return re.sub(r"«[^»]*»", "", text)


def test_every_code_has_ukrainian_words() -> None:
    worded = import_words._by_code()
    assert set(worded) == set(ENGLISH)
    for code, template in ENGLISH.items():
        params = tuple(f"«п{i}»" for i in range(template.count("{")))
        said = coded_words(code, params, english(code, params))
        assert CYRILLIC.search(outside_quotes(said)), (code, said)  # Ukrainian, not the English
        used = {int(i) for i in re.findall(r"\{(\d+)\}", template)}
        kept = set(range(len(params))) if worded[code][1] is None else set(worded[code][1])
        assert kept <= used, code  # only what the English says too


def test_the_real_report_s_repairs_by_code(real_report: Path) -> None:
    parsed = read_report(real_report)
    assert len(parsed.repairs) == 25 and all(r.code in ENGLISH for r in parsed.repairs)
    for repair in parsed.repairs:
        assert repair.message == english(repair.code, repair.params)  # the command line's words
        assert asdict(repair) == {"location": repair.location, "message": repair.message}  # --json as it was
        where, what = repair_words(repair)
        assert CYRILLIC.search(where) and CYRILLIC.search(outside_quotes(what)), what
    heading = next(r for r in parsed.repairs if r.code == "heading-in-column")
    assert heading.params == ("«Освіта»", "2") and str(heading) == (
        "line 23, column 2: heading «Освіта» stood in column 2; read as a spanning row"
    )
    assert repair_words(heading) == (
        "рядок 23, стовпець 2",
        "заголовок «Освіта» стояв у стовпці 2; прочитано як рядок на всю ширину",
    )


def test_names_that_look_like_messages_and_repairs_no_pattern_knew(real_report: Path) -> None:
    """A sector's own words cannot be mistaken for the message around them; a repair the patterns never knew
    (line separators in a cell) is in Ukrainian."""
    tricky = Repair.of("line 5", "sector-not-bold", "«Освіта; read as a spanning row»")
    assert tricky.message == "sector title «Освіта; read as a spanning row» is not bold; recognised as a sector"
    assert repair_words(tricky)[1] == (
        "назву напряму «Освіта; read as a spanning row» не виділено жирним; розпізнано як напрям"
    )
    lines = real_report.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if "\t1.1." in line or line.startswith("1.1."))
    lines[at] = lines[at].replace(" ", "\u2028", 1)  # a line separator inside a cell, as Word pastes it
    parsed = parse_bytes("звіт.txt", "\n".join(lines).encode())
    separators = next(r for r in parsed.repairs if r.code == "line-separators")
    assert separators.message.startswith("1 line separator(s) (U+2028")
    assert repair_words(separators) == (
        f"рядок {at + 1}",
        "роздільники рядків (U+2028, U+2029, NEL, VT або FF) у клітинці, 1, прочитано як розриви рядка в ній",
    )


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"", "empty-file", "файл порожній"),
        (b"\x00\x01binary", "binary", "двійкові дані"),
        (b"PK\x03\x04not a zip", "damaged-zip", "пошкоджений або обрізаний файл"),
    ],
)
def test_a_refused_file_by_code(data: bytes, code: str, words: str) -> None:
    with pytest.raises(ImportFailure) as refused:
        parse_bytes("звіт.txt", data)
    failure = refused.value
    assert failure.code == code and failure.message == english(code, failure.params)
    said = failure_words(failure)
    assert said.startswith("звіт.txt не імпортовано; нічого не змінено.") and words in said.lower(), said


def test_a_message_without_a_code_still_by_its_pattern() -> None:
    uncoded = Repair("звіт.txt", "3 measures already in the store are not in this file; kept")
    assert uncoded.code == "" and uncoded.params == ()
    assert repair_words(uncoded)[1].startswith("заходів сховища, яких немає в цьому файлі: 3")
    assert coded_words("", (), "something new") == "something new"  # unknown: as written, never dropped
