"""`zhdesk import-programme`: the approved programme, an amendment's plan, its dry run, its confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.exchange.util import ok, where, z
from tests.helpers import dump_store
from tests.programme_files import write_programme
from tests.services.test_amendment import amend
from zhdesk.importing.readers import read_report
from zhdesk.importing.structure import ParsedReport


def programme_of(report: Path) -> ParsedReport:
    parsed = read_report(report)
    parsed.footnote, parsed.closing = "", ""
    for measure in parsed.measures:
        measure.execution = ""
    return parsed


def linked(store_url: str) -> int:
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            return int(c.execute(text("SELECT count(*) FROM measure WHERE previous_id IS NOT NULL")).scalar() or 0)
    finally:
        engine.dispose()


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_an_amendment_file_prints_its_plan_and_applies_it(
    store_url: str, real_report: Path, tmp_path: Path, fmt: str
) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    amended = programme_of(real_report)
    done = amend(amended, (0, 0), (3, 0, len(amended.sectors[3].tasks[0].measures) - 1))
    path = write_programme(amended, tmp_path / f"amendment.{fmt}", fmt=fmt, year=2023)

    before = dump_store(store_url)
    dry = ok(*db, "import-programme", path, "--year", "2023", "--dry-run")
    assert dump_store(store_url) == before
    for line in ("Renumbered (", "Re-worded (1)", "Added (1)", "Retired (1; left out of the reports from 2023-Y on"):
        assert line in dry.out, dry.out
    assert f"sector renamed: {done['renamed']} → {done['new_name']}" in dry.out
    assert "Dry run: nothing was changed." in dry.out
    early = ok(*db, "import-programme", path, "--year", "2023", "--dry-run", "--from", "2023-Q1")
    assert "1 of the retired measures have texts in the 2023-9M report" in early.out

    plan = ok(*db, "import-programme", path, "--year", "2023", "--dry-run", "--json").json()
    assert isinstance(plan, dict) and plan["mode"] == "amendment" and not plan["applied"]
    assert plan["counts"]["added"] == 1 and len(plan["not_in_file"]) == 1
    gone = plan["not_in_file"][0]["id"]

    applied = ok(*db, "import-programme", path, "--year", "2023")
    assert "Applied." in applied.out
    again = ok(*db, "import-programme", path, "--year", "2023")
    assert "nothing changed" in again.out, again.out
    retired = ok(*db, "measures", "--period", "2023-Y", "--retired", "--json").json()
    assert [r["id"] for r in retired] == [gone]  # type: ignore[union-attr]
    annual = ok(*db, "measures", "--period", "2023-Y", "--json").json()
    nine = ok(*db, "measures", "--period", "2023-9M", "--json").json()
    assert gone not in {m["id"] for m in annual} and gone in {m["id"] for m in nine}  # type: ignore[union-attr]


def test_uncertain_matchings_wait_for_the_user(store_url: str, real_report: Path, tmp_path: Path) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    amended = programme_of(real_report)
    target = amended.sectors[0].tasks[0].measures[0]
    original_text = target.text
    words = target.text.split()
    target.text = " ".join([*words[: max(3, len(words) // 2)], "інакше", "сформульоване", "завдання", "року"])
    path = write_programme(amended, tmp_path / "amendment.txt", year=2023)
    before = dump_store(store_url)
    waiting = z(*db, "import-programme", path, "--year", "2023")
    assert waiting.code == 1 and dump_store(store_url) == before
    assert "Uncertain (1)" in waiting.out and "Nothing was changed" in waiting.out
    assert f"file:  {' '.join(target.text.split())[:60]}" in waiting.out
    assert f"store: {' '.join(original_text.split())[:60]}" in waiting.out
    confirmed = ok(*db, "import-programme", path, "--year", "2023", "--confirm")
    assert "Re-worded (1)" in confirmed.out and "Applied." in confirmed.out


def test_the_six_column_report_is_read_as_the_programme(store_url: str, real_report: Path) -> None:
    done = ok(*where(store_url), "import-programme", real_report, "--year", "2023", "--json").json()
    assert isinstance(done, dict) and done["mode"] == "create" and done["applied"]
    assert any("column 5 (Виконання заходів) ignored" in r["message"] for r in done["repairs"])
    assert done["counts"] == {"added": 173}
    rows = ok(*where(store_url), "measures", "--period", "2023-Q1", "--json").json()
    assert isinstance(rows, list) and len(rows) == 173 and not any(r["execution"] for r in rows)


def test_next_years_programme_links_to_this_years(store_url: str, real_report: Path, tmp_path: Path) -> None:
    db = where(store_url)
    ok(*db, "import-report", real_report, "--period", "2023-9M")
    next_year = programme_of(real_report)
    first = next_year.sectors[0].tasks[0].measures[0]
    first.text = first.text.rstrip(".") + " у 2024 році"
    path = write_programme(next_year, tmp_path / "programme-2024.docx", fmt="docx", year=2024)
    wrong = z(*db, "import-programme", path, "--year", "2023")
    assert wrong.code == 2 and "names the programme of 2024, not 2023" in wrong.err and not wrong.out
    done = ok(*db, "import-programme", path, "--year", "2024")
    assert "The programme of 2024" in done.out and "Linked to the 2023 programme: 173 measures" in done.out
    assert linked(store_url) == 173
    listed = ok(*db, "measures", "--period", "2024-Q1", "--json").json()
    assert isinstance(listed, list) and len(listed) == 173
    # the 2023 texts are the previous period of 2024-Q1, through the links
    nine = ok(*db, "measures", "--period", "2023-9M", "--json").json()
    assert isinstance(nine, list)
    by_text = {" ".join(m["text"].split()): m["execution"] for m in nine}
    with_text = [m for m in listed if by_text.get(" ".join(m["text"].split()))]
    assert len(with_text) >= 170
    for m in with_text:
        assert m["previous"] == {"period": "2023-9M", "text": by_text[" ".join(m["text"].split())]}
    assert listed[0]["previous"]["period"] == "2023-9M"  # re-worded for 2024, still linked


def test_a_file_that_is_not_a_programme_is_refused_in_one_line(store_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "letter.txt"
    bad.write_text("Шановні колеги,\nнадсилаємо програму.\n", encoding="utf-8")
    done = z(*where(store_url), "import-programme", bad, "--year", "2024")
    assert done.code == 2 and done.err.count("\n") == 1 and "letter.txt" in done.err and "Traceback" not in done.err
