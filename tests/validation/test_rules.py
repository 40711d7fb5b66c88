"""Each validation rule on texts a council officer really writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhdesk.cli.main import main
from zhdesk.periods import Period
from zhdesk.validation.rules import ERROR, WARNING, check_funding, check_text

P = Period.parse("2023-9M")
GOOD = "Проведено 3 засідання комісії, підготовлено збірник-довідник «Гендерний профіль»."


def codes(text: str, previous: str | None = None) -> set[tuple[str, str]]:
    return {(p.severity, p.code) for p in check_text("id", "1.1", text, P, previous=previous)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD, set()),
        ("", {(ERROR, "empty")}),
        ("   ", {(ERROR, "empty")}),
        ("-", {(ERROR, "placeholder")}),
        ("—", {(ERROR, "placeholder")}),
        ("Виконується.", {(ERROR, "placeholder")}),
        ("Зроблено", {(ERROR, "too_short")}),
        (GOOD + "\x07", {(ERROR, "control")}),
        (GOOD.replace("комісії", "кoмісії"), {(WARNING, "latin_in_cyrillic")}),  # Latin o
        (GOOD + " Житомиp", {(WARNING, "latin_in_cyrillic")}),  # Latin p
        (GOOD.replace(" ", "  ", 1), {(WARNING, "doubled")}),
        (GOOD + ",,", {(WARNING, "doubled")}),
        (GOOD + " (без дужки", {(WARNING, "unbalanced")}),
        (GOOD + ' "лапка', {(WARNING, "unbalanced")}),
        (GOOD + " Договір від 15.10.2023.", {(WARNING, "future_date")}),
        (GOOD + " Договір від 15.09.2023.", set()),
        (GOOD + " Договір від 31.02.2023.", {(WARNING, "bad_date")}),
        (GOOD + " " + "слово " * 2000, {(WARNING, "too_long")}),
    ],
)
def test_rules(text: str, expected: set[tuple[str, str]]) -> None:
    assert codes(text) == expected


def test_unchanged_since_the_previous_period() -> None:
    assert codes(GOOD, previous=GOOD.replace(" ", "  ")) == {(WARNING, "same_as_previous")}
    assert codes(GOOD, previous="Інший текст минулого кварталу, зовсім інший.") == set()


def test_messages_are_ukrainian_and_name_the_measure() -> None:
    (problem,) = check_text("id", "2.3", "", P)
    assert problem.message.startswith("Захід 2.3: не заповнено виконання.")


def test_funding_needs_the_decimal_comma() -> None:
    (problem,) = check_funding("id", "5.2", "434.090")
    assert problem.severity == ERROR and "434,090" in problem.message
    assert check_funding("id", "5.2", "434,090") == []
    assert check_funding("id", "5.2", "Програма розвитку освіти на 2022-2026 роки") == []


def test_validate_command_exit_codes(tmp_path: Path, real_report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.sqlite3")]
    assert main([*db, "import-report", str(real_report), "--period", "2023-9M"]) == 0
    capsys.readouterr()
    assert main([*db, "validate", "--period", "2023-9M"]) == 0  # warnings only; 1.1 speaks through 1.1.x
    out = capsys.readouterr().out
    # 3 of the rules before spelling, 16 spelling warnings (tests/validation/test_spelling_report.py reads them)
    assert "0 errors, 19 warnings" in out and "01.10.2023" in out
    assert main([*db, "validate", "--period", "2023-Y", "--json"]) == 1  # nothing filled in for the year yet
    import json

    problems = json.loads(capsys.readouterr().out)
    assert sum(1 for p in problems if p["code"] == "empty") == 172
