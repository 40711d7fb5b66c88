"""Form packages carry each measure's previous text with its period; a department store keeps it where
its window finds it: under that period in the same year, and beside the scope for last year's."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.exchange.signed import signed_form, the_coordinators_key
from tests.exchange.util import ok, z
from tests.helpers import import_as_unlinked_next_year
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import save_execution
from zhdesk.services.measures import list_measures
from zhdesk.services.previous import previous_texts
from zhdesk.services.programme_import import import_report
from zhdesk.services.programme_links import set_link
from zhdesk.services.rows import MeasureRow, PreviousText
from zhdesk.storage.database import open_store
from zhdesk.storage.quick import read_index

P9M, PY, NEXT_Q1 = Period.parse("2023-9M"), Period.parse("2023-Y"), Period.parse("2024-Q1")


def content_of(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        content: dict[str, object] = json.loads(archive.read("content.json"))
        return content


def by_id(content: dict[str, object]) -> dict[str, dict[str, str]]:
    measures = content["measures"]
    assert isinstance(measures, list)
    return {m["id"]: m for m in measures}


@pytest.fixture
def coordinator(tmp_path: Path, real_report: Path) -> tuple[Path, list[MeasureRow], list[MeasureRow]]:
    """2023 with the 9-month texts, 2024 imported for І квартал; UKB's first two 2024 measures: the
    first linked to its 2023 measure, the second not."""
    db = tmp_path / "coordinator.sqlite3"
    store = open_store(f"sqlite:///{db}")
    import_report(store, read_report(real_report), P9M)
    import_as_unlinked_next_year(store, real_report, NEXT_Q1)
    with store.reading() as session:
        last = {(r.sector, r.task_no, r.no): r for r in list_measures(session, P9M, "UKB")}
        mine = list_measures(session, NEXT_Q1, "UKB")
    year = [last[(r.sector, r.task_no, r.no)] for r in mine]
    assert year[0].execution and year[1].execution
    with store.transaction() as session:
        set_link(session, mine[0].id, year[0].id)
    store.close()
    return db, year, mine


def test_a_first_quarter_package_carries_last_years_text(
    coordinator: tuple[Path, list[MeasureRow], list[MeasureRow]], tmp_path: Path
) -> None:
    db, year, mine = coordinator
    ok("--db", db, "issue-forms", "--period", "2024-Q1", "--out", tmp_path, "--body", "UKB")
    package = by_id(content_of(tmp_path / "UKB-2024-Q1.zhform"))
    assert package[mine[0].id]["previous_text"] == year[0].execution
    assert package[mine[0].id]["previous_period"] == "2023-9M"
    assert package[mine[1].id]["previous_text"] == package[mine[1].id]["previous_period"] == ""
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", tmp_path / "UKB-2024-Q1.zhform")
    shown = ok("--db", dept, "measures", "--period", "2024-Q1", "--body", "UKB", "--json").json()
    assert isinstance(shown, list)
    previous = {m["id"]: m["previous"] for m in shown}
    assert previous[mine[0].id] == {"period": "2023-9M", "text": year[0].execution}
    assert previous[mine[1].id] is None
    periods = ok("--db", dept, "periods", "--json").json()
    assert [p["code"] for p in periods] == ["2024-Q1"]  # last year's text adds no period to the store
    store = open_store(f"sqlite:///{dept}")
    with store.reading() as session:
        expected = previous_texts(session, NEXT_Q1, body="UKB")
    store.close()
    assert expected == {mine[0].id: PreviousText("2023-9M", year[0].execution)}
    quick = read_index(dept, None, "UKB")
    assert quick is not None and quick.previous == expected
    # the coordinator adds the annual report: the re-issued package brings it instead
    store = open_store(f"sqlite:///{db}")
    with store.transaction() as session:
        save_execution(session, year[0].id, PY, "Річний звіт управління.")
    store.close()
    ok("--db", db, "issue-forms", "--period", "2024-Q1", "--out", tmp_path, "--body", "UKB")
    ok("--db", dept, "open-form", tmp_path / "UKB-2024-Q1.zhform")
    again = read_index(dept, None, "UKB")
    assert again is not None and again.previous == {mine[0].id: PreviousText("2023-Y", "Річний звіт управління.")}


def test_a_package_of_the_same_year_stores_the_text_under_its_period(
    coordinator: tuple[Path, list[MeasureRow], list[MeasureRow]], tmp_path: Path
) -> None:
    db, year, _mine = coordinator
    store = open_store(f"sqlite:///{db}")
    with store.transaction() as session:
        save_execution(session, year[1].id, Period.parse("2023-H1"), "Текст за півріччя.")
        save_execution(session, year[1].id, P9M, "")  # no 9-month text: the half-year's is the previous
    store.close()
    ok("--db", db, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB")
    package = by_id(content_of(tmp_path / "UKB-2023-Y.zhform"))
    assert package[year[0].id]["previous_period"] == "2023-9M"
    assert package[year[1].id]["previous_period"] == "2023-H1"
    dept = tmp_path / "ukb.sqlite3"
    ok("--db", dept, "open-form", tmp_path / "UKB-2023-Y.zhform")
    half = ok("--db", dept, "measures", "--period", "2023-H1", "--body", "UKB", "--json").json()
    assert isinstance(half, list)
    assert {m["id"]: m["execution"] for m in half}[year[1].id] == "Текст за півріччя."
    shown = ok("--db", dept, "measures", "--period", "2023-Y", "--body", "UKB", "--json").json()
    assert isinstance(shown, list)
    previous = {m["id"]: m["previous"] for m in shown}
    assert previous[year[0].id] == {"period": "2023-9M", "text": year[0].execution}
    assert previous[year[1].id] == {"period": "2023-H1", "text": "Текст за півріччя."}


def test_a_package_without_previous_period_reads_as_before_and_a_wrong_one_is_refused(
    coordinator: tuple[Path, list[MeasureRow], list[MeasureRow]], tmp_path: Path
) -> None:
    db, year, _mine = coordinator
    ok("--db", db, "issue-forms", "--period", "2023-Y", "--out", tmp_path, "--body", "UKB")
    content = content_of(tmp_path / "UKB-2023-Y.zhform")
    old = json.loads(json.dumps(content))
    for measure in old["measures"]:
        del measure["previous_period"]  # as a package issued by an earlier zhdesk
    (tmp_path / "old.zhform").write_bytes(signed_form(old, the_coordinators_key(f"sqlite:///{db}")))
    dept = tmp_path / "old.sqlite3"
    ok("--db", dept, "open-form", tmp_path / "old.zhform")
    shown = ok("--db", dept, "measures", "--period", "2023-Y", "--body", "UKB", "--json").json()
    assert isinstance(shown, list)
    assert {m["id"]: m["previous"] for m in shown}[year[0].id] == {"period": "2023-9M", "text": year[0].execution}
    wrong = json.loads(json.dumps(content))
    wrong["measures"][0]["previous_period"] = "2024-Q1"
    (tmp_path / "wrong.zhform").write_bytes(signed_form(wrong, the_coordinators_key(f"sqlite:///{db}")))
    done = z("--db", tmp_path / "wrong.sqlite3", "open-form", tmp_path / "wrong.zhform")
    assert done.code == 2 and "not before 2023-Y" in done.err
