"""The real published report, verified field by field against the raw file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhdesk.importing.readers import read_report
from zhdesk.importing.structure import ParsedReport

PRIORITIES = [
    ('Пріоритет "Ефективне місто"', "Розвиток конкурентоспроможної економіки"),
    (
        'Пріоритет "Інноваційне місто"',
        "Розвиток людського капіталу, інфраструктури та управління через впровадження нових підходів і технологій",
    ),
    ('Пріоритет "Комфортне місто"', "Сучасна інфраструктура для проживання, ділових людей та відвідувачів міста"),
    ('Пріоритет "Активне місто"', "Створення середовища для самореалізації та змістовного дозвілля"),
    ('Пріоритет "Зелене місто"', "Впровадження принципів сталого міського розвитку та адаптація до змін клімату"),
    (
        'Пріоритет "Інклюзивне місто"',
        "Рівні можливості для всіх категорій мешканців, співпраця та відповідальне урядування, якісна медицина і "
        "високий рівень безпеки",
    ),
]
SECTORS = [
    "Підприємництво, інвестиційна та зовнішньоекономічна діяльність",
    "Освіта",
    "Молодіжна політика",
    "Житлове господарство",
    "Стала мобільність",
    "Культура",
    "Фізична культура і спорт",
    "Централізоване водопостачання та водовідведення",
    "Централізоване теплопостачання",
    "Благоустрій",
    "Сталий енергетичний та кліматичний розвиток",
    "Поводження з відходами",
    "Охорона здоров'я",
    "Соціальна підтримка та допомога",
    "Охорона дитинства",
    "Громадська безпека",
    "Відповідальне ставлення до тварин",
    "Гендерна політика",
]


@pytest.fixture(scope="module")
def parsed(real_report: Path) -> ParsedReport:
    return read_report(real_report)


def _strip_markup(cell: str) -> str:
    """An independent, cruder reading of a raw cell: paragraphs from <p>, tags dropped."""
    cell = re.sub(r"</p>\s*<p>", "\n", cell)
    cell = re.sub(r"<[^>]+>", "", cell)
    return "\n".join(line.strip() for line in cell.split("\n") if line.strip())


def _raw_measure_rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) == 5:
            cells = ["", *cells]
        if len(cells) == 6 and re.match(r"^(<p>)?\d+(\.\d+)+", cells[2]):
            rows.append([_strip_markup(c) for c in cells])
    return rows


def test_structure_counts(parsed: ParsedReport) -> None:
    assert len(parsed.priorities) == 6
    assert len(parsed.sectors) == 18
    assert len(parsed.measures) == 173
    assert sum(len(s.tasks) for s in parsed.sectors) == 79


def test_priorities_and_goals(parsed: ParsedReport) -> None:
    assert [(p.name, p.goal) for p in parsed.priorities] == PRIORITIES


def test_sectors_in_published_order(parsed: ParsedReport) -> None:
    assert [s.name for s in parsed.sectors] == SECTORS
    assert [len(p.sectors) for p in parsed.priorities] == [1, 2, 2, 2, 5, 6]


def test_every_measure_matches_the_raw_file(parsed: ParsedReport, real_report: Path) -> None:
    raw = _raw_measure_rows(real_report)
    assert len(raw) == 173
    for measure, cells in zip(parsed.measures, raw, strict=True):
        number, text = re.match(r"^(\d+(?:\.\d+)+)\.?\s*(.*)$", cells[2], re.S).groups()
        assert measure.no == number
        assert measure.text == text
        assert measure.executors == cells[3]
        assert measure.execution == cells[4]
        assert measure.programme_or_funding == cells[5]


def test_measure_numbers_have_no_trailing_dot(parsed: ParsedReport) -> None:
    for measure in parsed.measures:
        assert re.fullmatch(r"\d+(\.\d+)+", measure.no), measure.no


def test_paragraphs_and_links_kept_as_text(parsed: ParsedReport) -> None:
    second = next(m for m in parsed.measures if m.text.startswith("Стимулювання інноваційної діяльності"))
    paragraphs = second.execution.split("\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("За підтримки Інноваційного холдингу")
    assert paragraphs[1].startswith('В рамках проекту "EU4Business')
    relocation = next(m for m in parsed.measures if m.execution.startswith("З метою створення умов для бізнесу"))
    assert relocation.execution.count("https://t.me/relocationZhytomyr") == 1
    assert all("<" not in m.execution and "<" not in m.text for m in parsed.measures)


def test_irregular_rows_repaired(parsed: ParsedReport) -> None:
    sectors = {s.name: s for s in parsed.sectors}
    housing = sectors["Житлове господарство"]
    assert housing.tasks[0].text.startswith("Провести капітальний ремонт житлового фонду")
    landscaping = sectors["Благоустрій"]
    assert [t.no for t in landscaping.tasks] == ["1"]
    assert [m.no for m in landscaping.tasks[0].measures] == [f"1.{n}" for n in range(1, 16)]
    shifted = landscaping.tasks[0].measures[3]
    assert shifted.no == "1.4" and shifted.executors == "Управління капітального будівництва міської ради"
    culture = sectors["Культура"]
    assert culture.tasks[-1].measures[0].no == "10.1"
    mobility = sectors["Стала мобільність"]
    assert [m.no for m in mobility.tasks[0].measures] == ["1.1", "1.1.1", "1.1.2", "1.1.3", "1.2", "1.3"]
    assert mobility.tasks[0].measures[0].execution == ""
    assert [m.programme_or_funding for m in parsed.measures if re.fullmatch(r"[\d,]+", m.programme_or_funding)] == [
        "30,0",
        "434,090",
        "4577,6",
        "3963,4",
        "500,0",
    ]


def test_every_repair_is_reported_with_its_line(parsed: ParsedReport) -> None:
    repairs = {str(r) for r in parsed.repairs}
    for expected in [
        "line 13: separator row of dashes removed",
        "line 253: separator row of dashes removed",
        "line 96, column 3: measure number 10.1 had no trailing dot; read as 10.1",
        "line 122, column 3: no space after measure number 4.1.; read as 4.1",
    ]:
        assert expected in repairs
    located = {r.location.split(",")[0] for r in parsed.repairs}
    for line in (8, 51, 53, 76, 126, 144, 148, 149, 150, 151, 152, 180, 202):
        assert f"line {line}" in located, line
    assert all(re.match(r"^line \d+", r.location) for r in parsed.repairs)


def test_title_footnote_period(parsed: ParsedReport) -> None:
    assert parsed.title.startswith("Інформація про виконання завдань та заходів Програми")
    assert parsed.period is not None and parsed.period.code == "2023-9M"
    assert parsed.community == "Житомирської міської територіальної громади"
    assert parsed.footnote.startswith("*Звіт про виконання заходів Програми")
    assert parsed.footnote.endswith("за 9 міс. 2023 року")
