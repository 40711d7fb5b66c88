"""Irregular and hostile tables found in review: each is either read right or refused with its place."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from zhdesk.importing.errors import ImportFailure
from zhdesk.importing.readers import parse_bytes, read_report
from zhdesk.services.bodies import suspected_duplicates

HEAD = (
    "№ з/п\tЗавдання\tЗаходи\tВідповідальний виконавець\tВиконання заходів\tНазва програми\n1\t2\t3\t4\t5\t6\n"
    '<b><u>Пріоритет "А"</u></b> <b><u>Ціль</u></b>\t\t\t\t\t\n<b>Сектор</b>\t\t\t\t\t\n'
)


def parse(body: str) -> object:
    return parse_bytes("t.txt", (HEAD + body).encode())


def test_star_cell_inside_the_table_is_not_the_footnote() -> None:
    with pytest.raises(ImportFailure, match=r"t.txt: line 6.*inside the table|line 6, column 3"):
        parse("1\tЗ\t1.1. М\tД\tВ\tП\n\t\t\t*за згодою\t\t\n\t\t1.2. М2\tД\tВ\tП\n")


def test_duplicate_task_and_sector_are_refused() -> None:
    with pytest.raises(ImportFailure, match="line 6, column 1: task 1 appears twice"):
        parse("1\tЗ\t1.1. М\tД\tВ\tП\n1\tЗ2\t1.1. М\tД\tВ\tП\n")
    with pytest.raises(ImportFailure, match="line 6: sector «Сектор» appears twice"):
        parse("1\tЗ\t1.1. М\tД\tВ\tП\n<b>Сектор</b>\t\t\t\t\t\n1\tЗ\t1.1. М\tД\tВ\tП\n")


def test_bold_start_of_a_later_task_is_not_a_fused_sector() -> None:
    report = parse("1\tЗ\t1.1. М\tД\tВ\tП\n2\t<b>Релокація.</b> Забезпечити\t2.1. М\tД\tВ\tП\n")
    assert [s.name for s in report.sectors] == ["Сектор"]
    assert report.sectors[0].tasks[1].text == "Релокація. Забезпечити"


def test_missing_task_text_is_not_taken_for_a_shifted_row() -> None:
    with pytest.raises(ImportFailure, match="line 5: 5 columns"):
        parse("3\t3.1. М\tД\tВ\tП\n")


def test_trimmed_trailing_cell_is_padded_and_reported() -> None:
    report = parse("1\tЗ\t1.1. М\tД\tВ\n")
    assert report.measures[0].programme_or_funding == ""
    assert any("missing empty cells at its end" in r.message for r in report.repairs)


def test_text_that_looks_like_markup_is_kept() -> None:
    report = parse("1\tЗ\t1.1. М\tД\t<Назва проєкту> і ?id=5&region=2&copy=1, a < b\tП\n")
    assert report.measures[0].execution == "<Назва проєкту> і ?id=5&region=2&copy=1, a < b"


def test_endless_device_is_refused(tmp_path: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(ImportFailure, match="not a regular file"):
        read_report("/dev/zero")
    assert time.perf_counter() - started < 10


def test_pathological_executor_cells_stay_fast() -> None:
    quoted = ", ".join(f'ГО "Організація {n}, філія"' for n in range(20000))
    started = time.perf_counter()
    report = parse(f"1\tЗ\t1.1. М\t{quoted}\tВ\tП\n")
    from zhdesk.importing.executors import split_executors

    assert len(split_executors(report.measures[0].executors)) == 20000
    names = {f"B{n}": f"Управління номер {n} міської ради" for n in range(3000)}
    names["X1"], names["X2"] = "КП «Міськвітло» ради", "КП «Міськсвітло» ради"
    found = suspected_duplicates(names)
    assert time.perf_counter() - started < 20
    assert [(d.first, d.second) for d in found] == [("X1", "X2")]


def test_duplicate_suspicion_rules() -> None:
    found = {
        (d.first, d.second)
        for d in suspected_duplicates(
            {
                "A": "Ліцей № 23",
                "B": "Ліцей № 25",
                "C": 'КП "Лікарня №1" ради',
                "D": 'КП "Лікарня №2" ради',
                "E": 'КУ "Агенція розвитку міста" Житомирської міської ради',
                "F": 'Комунальна установа "Агенція розвитку міста" Житомирської міської ради',
                "G": "КП «Парк» Житомирської міської ради",
                "H": 'КП "УАШ" Житомирської міської ради',
            }
        )
    }
    assert found == {("E", "F")}
