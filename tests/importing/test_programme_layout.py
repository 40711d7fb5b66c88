"""The approved programme: the official table without "Виконання заходів", in TXT, XLSX and DOCX.

The real report is written back as a programme (tests/programme_files.py) and read with
read_programme; the real six-column report is read as the programme too (column 5 ignored).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from tests.programme_files import FORMATS, programme_title, write_programme
from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import parse_bytes, read_programme, read_report
from zhdesk.importing.structure import ParsedMeasure, ParsedReport

HEADER_LOCATION = {"txt": "line 3", "xlsx": "row 2", "docx": "table 1, row 1"}  # where write_programme puts it
IGNORED = "the six-column report table was read as the programme; column 5 (Виконання заходів) ignored"


@pytest.fixture(scope="module")
def real(real_report: Path) -> ParsedReport:
    return read_report(real_report)


def _structure(report: ParsedReport) -> list[Any]:
    """Everything the programme holds: priorities, sectors, tasks and measures without execution."""
    return [
        (
            priority.name,
            priority.goal,
            [
                (
                    sector.name,
                    [
                        (
                            task.no,
                            task.text,
                            [(m.no, m.text, m.executors, m.programme_or_funding) for m in task.measures],
                        )
                        for task in sector.tasks
                    ],
                )
                for sector in priority.sectors
            ],
        )
        for priority in report.priorities
    ]


def _ignored(report: ParsedReport) -> list[str]:
    return [str(r) for r in report.repairs if "column 5 (Виконання заходів) ignored" in r.message]


def _raw_table_lines(path: Path) -> list[tuple[int, list[str]]]:
    """An independent reading of the raw TXT: (line number, six cells) from the header to the footnote."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("№ з/п\t"))
    out = []
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.lstrip("\\").startswith("*"):
            break
        cells = line.split("\t")
        if len(cells) == 5:
            cells = ["", *cells]
        out.append((number, cells))
    return out


# -- the real report, written back as the programme -----------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_programme_file_reads_back_the_real_structure(fmt: str, real: ParsedReport, tmp_path: Path) -> None:
    path = write_programme(real, tmp_path / f"programme.{fmt}", fmt=fmt)
    programme = read_programme(path)
    assert _structure(programme) == _structure(real)
    assert (len(programme.priorities), len(programme.sectors), len(programme.measures)) == (6, 18, 173)
    assert sum(len(s.tasks) for s in programme.sectors) == 79
    assert all(m.execution == "" for m in programme.measures)
    assert programme.repairs == []  # written cleanly: nothing to repair
    assert programme.title == programme_title(2024)
    assert programme.year == 2024 and programme.period is None
    assert programme.community == "Житомирської міської територіальної громади"


def test_programme_txt_has_five_columns_and_the_number_row(real: ParsedReport, tmp_path: Path) -> None:
    lines = write_programme(real, tmp_path / "programme.txt").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("№ з/п"))
    assert lines[header].split("\t")[4].startswith("Назва міської цільової програми")
    assert lines[header + 1] == "1\t2\t3\t4\t5"
    table = lines[header + 2 : lines.index("", header)]
    assert {len(line.split("\t")) for line in table} == {5}
    assert sum(1 for line in table if re.match(r"\d+(\.\d+)+\. ", line.split("\t")[2])) == 173
    assert "Виконання заходів" not in lines[header]


@pytest.mark.parametrize("fmt", FORMATS)
def test_six_column_file_read_as_programme_ignores_column_5(fmt: str, real: ParsedReport, tmp_path: Path) -> None:
    path = write_programme(real, tmp_path / f"report-layout.{fmt}", fmt=fmt, six_columns=True)
    assert [m.execution for m in read_report(path).measures] == [m.execution for m in real.measures]
    programme = read_programme(path)
    texts = sum(1 for m in real.measures if m.execution)
    assert texts > 100
    assert _ignored(programme) == [f"{HEADER_LOCATION[fmt]}: {IGNORED}: {texts} texts"]
    assert [str(r) for r in programme.repairs] == _ignored(programme)
    assert _structure(programme) == _structure(real)
    assert all(m.execution == "" for m in programme.measures)


def test_the_real_report_read_as_programme(real: ParsedReport, real_report: Path) -> None:
    programme = read_programme(real_report)
    assert len(programme.measures) == 173
    assert all(m.execution == "" for m in programme.measures)
    assert _structure(programme) == _structure(real)
    raw = _raw_table_lines(real_report)
    header_line = raw[0][0]
    with_text = [
        number
        for number, cells in raw[2:]
        if len(cells) > 4 and re.sub(r"<[^>]+>", "", cells[4]).strip() and not re.fullmatch(r"-+", cells[4])
    ]
    assert _ignored(programme) == [f"line {header_line}: {IGNORED}: {len(with_text)} texts"]
    others = [str(r) for r in programme.repairs if "column 5" not in r.message]
    assert others == [str(r) for r in real.repairs]
    assert len(others) > 20


def test_programme_keeps_the_report_year_and_community(real: ParsedReport) -> None:
    assert real.year == 2023  # from the period «за 9 місяців 2023 року»
    assert real.community == "Житомирської міської територіальної громади"


# -- the five-column layout's irregular rows --------------------------------------------------------


def _line_of(lines: list[str], start: str) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith(start))


def test_shifted_programme_rows_are_restored_and_reported(real: ParsedReport, tmp_path: Path) -> None:
    path = write_programme(real, tmp_path / "programme.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    landscaping = next(s for s in real.sectors if s.name == "Благоустрій").tasks[0].measures
    one = _line_of(lines, f"\t\t{landscaping[3].no}. ")  # one leading empty cell missing
    two = _line_of(lines, f"\t\t{landscaping[4].no}. ")  # both leading empty cells missing
    lines[one] = lines[one][1:]
    lines[two] = lines[two][2:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    programme = read_programme(path)
    repairs = [str(r) for r in programme.repairs]
    shifted = "the leading empty cell was missing and every column was shifted left; columns restored"
    assert repairs == [
        f"line {one + 1}: row had 4 cells instead of 5: {shifted}",
        f"line {two + 1}: row had 3 cells instead of 5: {shifted}",
    ]
    assert _structure(programme) == _structure(real)


HEAD5 = (
    "Заходи Програми соціально-економічного і культурного розвитку Житомирської міської територіальної "
    "громади на 2025 рік\n"
    "№ з/п\tЗавдання\tЗаходи\tВідповідальний виконавець\tНазва програми або обсяг фінансування\n1\t2\t3\t4\t5\n"
    '<b><u>Пріоритет "А"</u></b> <b><u>Ціль</u></b>\t\t\t\t\n'
)


def _programme(body: str) -> ParsedReport:
    return parse_bytes("p.txt", (HEAD5 + body).encode(), programme=True)


def test_irregular_programme_rows_are_repaired_with_their_lines() -> None:
    report = _programme(
        "1\t<b>Сектор</b> Завдання один\t1.1 Перший\tДепартамент\tПрограма\n"  # line 5: fused, no dot
        "\t\t1.2.Другий\tУправління\t30,0\n"  # line 6: no space
        "\t\t\tКП «Парк»\tще програма\n"  # line 7: continuation
        "\t\t\t\t\n"  # line 8: blank
        "--\t--\t---\t--\t---\n"  # line 9: separator
        "1\t2\t3\t4\t5\n"  # line 10: repeated number row
        "Другий сектор\t\t\t\t\n"  # line 11: not bold
        "2\tЗавдання\t1.1. Третій\tДепартамент\n"  # line 12: renumbered; trailing cell trimmed
        "\t\t1.2. Четвертий\tДепартамент\tП\n"
        "3.\tЗавдання три\t3.1. П'ятий\tДепартамент\tП\n"  # line 14: trailing dot, jump
    )
    repairs = [str(r) for r in report.repairs]
    assert repairs == [
        'line 4: priority and its strategic goal were on one row; split into «Пріоритет "А"» and goal «Ціль»',
        "line 5, column 2: sector title «Сектор» was fused into the task cell; split into a sector row",
        "line 5, column 3: measure number 1.1 had no trailing dot; read as 1.1",
        "line 6, column 3: no space after measure number 1.2.; read as 1.2",
        "line 7: row continues the cells of measure 1.2 above; joined to them",
        "line 9: separator row of dashes removed",
        "line 10: repeated header row skipped",
        "line 11: sector title «Другий сектор» is not bold; recognised as a sector",
        "line 12: row had 4 cells; the missing empty cells at its end added",
        "line 12, column 1: task number 2 does not follow the sector's numbering (its measures are numbered 1.…); "
        "renumbered to 1",
        "line 14, column 1: task number «3.» had a trailing dot",
        "line 14, column 1: task numbering in the sector jumps to 3 (expected 2); kept",
        "line 8: 1 blank rows skipped (at 8)",
    ]
    assert [s.name for s in report.sectors] == ["Сектор", "Другий сектор"]
    first, second, third, fourth, fifth = report.measures
    assert (first.no, first.text, first.executors, first.programme_or_funding) == (
        "1.1",
        "Перший",
        "Департамент",
        "Програма",
    )
    assert (second.executors, second.programme_or_funding) == ("Управління\nКП «Парк»", "30,0\nще програма")
    assert third.programme_or_funding == "" and fourth.programme_or_funding == "П"
    assert [t.no for t in report.sectors[1].tasks] == ["1", "3"]
    assert fifth.no == "3.1"
    assert all(m.execution == "" for m in report.measures)
    assert report.year == 2025 and report.community == "Житомирської міської територіальної громади"


def test_six_filled_cells_in_the_programme_are_refused() -> None:
    with pytest.raises(ImportFailure, match=r"p.txt: line 6: 6 columns; the approved programme has 5"):
        _programme("<b>Сектор</b>\t\t\t\t\n1\tЗ\t1.1. М\tД\tВ\tП\n")


def test_a_row_that_cannot_be_restored_is_refused() -> None:
    with pytest.raises(ImportFailure, match=r"line 6: 4 columns; the approved programme has 5"):
        _programme("<b>Сектор</b>\t\t\t\t\n3\t3.1. М\tД\tП\n")


# -- refusals and the title ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_import_report_refuses_a_programme_with_a_hint(fmt: str, real: ParsedReport, tmp_path: Path) -> None:
    path = write_programme(real, tmp_path / f"programme.{fmt}", fmt=fmt)
    with pytest.raises(ImportFailure) as caught:
        read_report(path)
    assert str(caught.value) == (
        f"programme.{fmt}: {HEADER_LOCATION[fmt]}: wrong columns: the official table has 6 (№ з/п, Завдання, "
        "Заходи, Відповідальний виконавець, Виконання заходів, Назва програми або обсяг фінансування); "
        "this looks like the approved programme: use import-programme"
    )


def test_other_headers_are_refused_by_both_readers() -> None:
    data = "№ з/п\tЗавдання\tЗаходи\tВиконання заходів\n1\t2\t3\t4\n".encode()
    with pytest.raises(ImportFailure, match=r"line 1: wrong columns: the approved programme has 5 \(№ з/п"):
        parse_bytes("c.txt", data, programme=True)
    with pytest.raises(ImportFailure) as caught:
        parse_bytes("c.txt", data)
    assert "wrong columns: the official table has 6" in str(caught.value)
    assert "import-programme" not in str(caught.value)
    with pytest.raises(ImportFailure, match="not the approved programme: no header row"):
        parse_bytes("n.txt", "Просто текст\n".encode(), programme=True)


@pytest.mark.parametrize(
    ("title", "year", "community"),
    [
        (programme_title(2026), 2026, "Житомирської міської територіальної громади"),
        (
            "Заходи Програми соціально-економічного і культурного розвитку Бердичівської міської "
            "територіальної громади на 2024 рік",
            2024,
            "Бердичівської міської територіальної громади",
        ),
        ("Програма розвитку громади", None, ""),
    ],
)
def test_year_and_community_from_the_programme_title(
    title: str, year: int | None, community: str, real: ParsedReport, tmp_path: Path
) -> None:
    programme = read_programme(write_programme(real, tmp_path / "p.txt", title=title))
    assert programme.title == title
    assert programme.year == year
    assert programme.community == community
    assert programme.period is None


# -- amendments, as other tests write them -----------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_edited_report_writes_an_amendment(fmt: str, real: ParsedReport, tmp_path: Path) -> None:
    edited = copy.deepcopy(real)
    edited.footnote = ""
    sector = edited.sectors[0]
    sector.name = "Підприємництво та інвестиції"
    task = sector.tasks[0]
    task.measures.insert(1, ParsedMeasure("1.2", "Новий захід", "Департамент економічного розвитку", "", "", ""))
    for n, measure in enumerate(task.measures, start=1):
        measure.no = f"1.{n}"
    removed = edited.sectors[1].tasks[0].measures.pop()
    edited.sectors[2].tasks[0].measures[0].text += " (нова редакція)"
    amendment = read_programme(write_programme(edited, tmp_path / f"amendment.{fmt}", fmt=fmt, year=2025))
    assert _structure(amendment) == _structure(edited)
    assert amendment.sectors[0].name == "Підприємництво та інвестиції"
    assert amendment.sectors[0].tasks[0].measures[1].text == "Новий захід"
    assert len(amendment.measures) == len(real.measures)  # one inserted, one removed
    assert removed.text not in {m.text for m in amendment.sectors[1].tasks[0].measures}
    assert amendment.sectors[2].tasks[0].measures[0].text.endswith(" (нова редакція)")
    assert amendment.year == 2025 and amendment.footnote == ""
