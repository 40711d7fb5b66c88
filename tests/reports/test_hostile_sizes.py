"""Issue 11, speed on hostile sizes: a 100,000-character execution text (as much as a submission may
carry) and one of 10,000 lines. Every character is printed (read back with pdftotext from the execution
column), and the export takes time in proportion to what it prints, not to its square."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from zhdesk.exchange.submissions import MAX_ENTRY_CHARS
from zhdesk.reports.export import export_report
from zhdesk.reports.model import COLUMN_SHARES, ReportDocument

WORDS = "виконано заходів щодо ремонту доріг міської ради у 2023 році, протяжністю 12,5 км (ділянка №".split()  # noqa: SIM905


def hundred_thousand_characters() -> str:
    """One paragraph of words and numbers, no line break: 100,000 characters."""
    parts, size, n = [], 0, 0
    while size < MAX_ENTRY_CHARS:
        word = f"{WORDS[n % len(WORDS)]}{n}"
        parts.append(word)
        size += len(word) + 1
        n += 1
    return " ".join(parts)[:MAX_ENTRY_CHARS].rstrip()


def ten_thousand_lines() -> str:
    """10,000 short lines (under the submission limit), with now and then an empty one."""
    return "\n".join("" if n % 500 == 499 else f"{n}. так" for n in range(10_000))


def one_word_of_100000_characters() -> str:
    """No space at all (a pasted link or a run of symbols): it can only be cut inside the word."""
    letters = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя0123456789"
    return "".join(letters[n % len(letters)] for n in range(MAX_ENTRY_CHARS))


def with_execution(document: ReportDocument, index: int, text: str) -> ReportDocument:
    """The document with the execution text of its ``index``-th measure replaced."""
    target = document.measures[index].id

    def measures(task):  # type: ignore[no-untyped-def]
        return tuple(dataclasses.replace(m, execution=text) if m.id == target else m for m in task.measures)

    priorities = tuple(
        dataclasses.replace(
            p,
            sectors=tuple(
                dataclasses.replace(s, tasks=tuple(dataclasses.replace(t, measures=measures(t)) for t in s.tasks))
                for s in p.sectors
            ),
        )
        for p in document.priorities
    )
    return dataclasses.replace(document, priorities=priorities)


def execution_column_text(document: ReportDocument, path: Path) -> str:
    """Text of column 5 (Виконання заходів) on every page, below the repeated header (on page 1 that
    cuts off the title and whatever rows are level with the later pages' header)."""
    from zhdesk.reports.pdf_writer import MARGIN, MARGIN_LEFT, NUMBER_BAND, PAGE, header_table, register_fonts, styles

    register_fonts()
    width = PAGE[0] - MARGIN_LEFT - MARGIN
    widths = [width * share for share in COLUMN_SHARES]
    left = MARGIN_LEFT + sum(widths[:4])
    below_header = MARGIN + NUMBER_BAND + header_table(document, widths, styles()).wrap(width, PAGE[1])[1] + 1
    out = subprocess.run(
        [
            "pdftotext",
            "-x",
            str(int(left)),
            "-y",
            str(int(below_header)),
            "-W",
            str(int(widths[4])),
            "-H",
            str(int(PAGE[1] - below_header)),
            str(path),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def timed_export(document: ReportDocument, path: Path) -> float:
    started = time.perf_counter()
    export_report(document, path)
    return time.perf_counter() - started


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize(
    "make_text",
    [hundred_thousand_characters, ten_thousand_lines, one_word_of_100000_characters],
    ids=["100000-chars", "10000-lines", "one-100000-char-word"],
)
def test_pdf_prints_every_character_of_a_hostile_text_in_linear_time(
    document: ReportDocument, tmp_path: Path, make_text
) -> None:  # type: ignore[no-untyped-def]
    text = make_text()
    assert len(text) <= MAX_ENTRY_CHARS
    index = len(document.measures) // 2  # well past page 1, so the crop below the header holds it whole
    hostile = with_execution(document, index, text)
    plain = min(timed_export(document, tmp_path / f"plain{n}.pdf") for n in range(2))
    took = timed_export(hostile, tmp_path / "hostile.pdf")
    column = squash(execution_column_text(hostile, tmp_path / "hostile.pdf"))
    before = squash(document.measures[index - 1].execution)[-40:]
    after = squash(document.measures[index + 1].execution)[:40]
    assert squash(text) in column  # every character, in order, nothing cut, nothing in between
    assert column.index(before) < column.index(squash(text)[:200]) < column.index(after)
    assert took / plain < 3, f"{took:.2f}s with the text against {plain:.2f}s without"


def test_xlsx_cuts_a_word_longer_than_a_cell_can_hold(document: ReportDocument, tmp_path: Path) -> None:
    """A spreadsheet cell holds at most 32,767 characters (Excel repairs a longer one by cutting it): the
    writer carries a long text on in the rows below, and a word longer than a row is cut inside it."""
    from openpyxl import load_workbook

    text = one_word_of_100000_characters()
    index = len(document.measures) // 2
    path = export_report(with_execution(document, index, text), tmp_path / "word.xlsx")
    sheet = load_workbook(path).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert max(len(v) for v in values) <= 32_767
    column = [str(row[4].value or "") for row in sheet.iter_rows(min_row=5)]
    assert text in "".join(column)  # every character, in order, over the rows that carry it on
