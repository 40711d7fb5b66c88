"""The previous text of a measure: the last earlier period with a text, across the year boundary through
the link to last year's measure; the same from the quick reader, the command line and the window's load."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from tests.exchange.util import ok, where
from tests.helpers import import_as_unlinked_next_year
from zhdesk.gui.loading import load
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.bodies import find_body
from zhdesk.services.entry import save_execution
from zhdesk.services.measures import list_measures
from zhdesk.services.previous import previous_texts
from zhdesk.services.programme_import import import_report
from zhdesk.services.programme_links import set_link
from zhdesk.services.rows import MeasureRow, PreviousText, StoredTexts, find_previous
from zhdesk.storage.database import Store, open_store
from zhdesk.storage.quick import read_index

Q1, H1, P9M, PY = (Period.parse(f"2023-{k}") for k in ("Q1", "H1", "9M", "Y"))
NEXT_Q1, NEXT_H1 = Period.parse("2024-Q1"), Period.parse("2024-H1")


def place(row: MeasureRow) -> tuple[str, str, str, str]:
    """What the same report imported for two years has in common: the measure's place."""
    return (row.priority, row.sector, row.task_no, row.no)


@pytest.fixture
def year(store: Store, real_report: Path) -> list[MeasureRow]:
    """The 2023 programme with the real 9-month report's texts."""
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        return list_measures(session, P9M)


@pytest.fixture
def next_year(store: Store, year: list[MeasureRow], real_report: Path) -> list[MeasureRow]:
    """A 2024 programme (the same file imported for 2024-Q1), no measure linked to 2023 yet."""
    result = import_as_unlinked_next_year(store, real_report, NEXT_Q1)
    assert not result.waiting
    with store.reading() as session:
        rows = list_measures(session, NEXT_Q1)
    assert len(rows) == len(year) and not {r.id for r in rows} & {r.id for r in year}
    return rows


def pairs(year: list[MeasureRow], next_year: list[MeasureRow]) -> dict[str, MeasureRow]:
    """2024 measure id → the 2023 measure at the same place."""
    last = {place(row): row for row in year}
    return {row.id: last[place(row)] for row in next_year}


def test_the_year_end_report_follows_nine_months(store: Store, year: list[MeasureRow]) -> None:
    with store.reading() as session:
        previous = previous_texts(session, PY)
    assert previous == {row.id: PreviousText("2023-9M", row.execution) for row in year if row.execution}
    assert len(previous) == 172  # the one measure without a 9-month text has none
    assert previous[year[0].id].to_json() == {"period": "2023-9M", "text": year[0].execution}
    with store.reading() as session:
        assert previous_texts(session, P9M) == {}  # nothing before 9 months in this store
        assert previous_texts(session, PY, [year[0].id]) == {year[0].id: previous[year[0].id]}


def test_the_latest_earlier_period_that_has_a_text(store: Store, year: list[MeasureRow]) -> None:
    first, second, third = year[:3]
    with store.transaction() as session:
        save_execution(session, first.id, H1, "Текст за півріччя.")
        save_execution(session, first.id, Q1, "Текст за квартал.")
        save_execution(session, third.id, Q1, "Лише за квартал.")
        save_execution(session, third.id, H1, "  \n ")  # blank: not a text
    with store.reading() as session:
        previous = previous_texts(session, P9M)
        assert previous[first.id] == PreviousText("2023-H1", "Текст за півріччя.")
        assert second.id not in previous
        assert previous[third.id] == PreviousText("2023-Q1", "Лише за квартал.")
        assert previous_texts(session, H1)[first.id] == PreviousText("2023-Q1", "Текст за квартал.")
        # the year's report still follows 9 months, however many periods before have texts
        assert previous_texts(session, PY)[first.id] == PreviousText("2023-9M", first.execution)


def test_across_the_year_through_the_link(
    store: Store, year: list[MeasureRow], next_year: list[MeasureRow], store_url: str
) -> None:
    last = pairs(year, next_year)
    linked, unlinked = next_year[0], next_year[1]
    with store.reading() as session:
        assert previous_texts(session, NEXT_Q1) == {}  # no links: no previous period for І квартал
    with store.transaction() as session:
        set_link(session, linked.id, last[linked.id].id)
    with store.reading() as session:
        previous = previous_texts(session, NEXT_Q1)
    assert previous == {linked.id: PreviousText("2023-9M", last[linked.id].execution)}
    with store.transaction() as session:
        save_execution(session, last[linked.id].id, PY, "Річний звіт 2023 року.")
        save_execution(session, last[unlinked.id].id, PY, "Річний звіт, але без зв'язку.")
    with store.reading() as session:
        previous = previous_texts(session, NEXT_Q1)
        assert previous == {linked.id: PreviousText("2023-Y", "Річний звіт 2023 року.")}
        # later in 2024 the year's own І квартал comes first
        assert previous_texts(session, NEXT_H1)[linked.id] == PreviousText("2024-Q1", linked.execution)
    json = ok(*where(store_url), "measures", "--period", "2024-Q1", "--json").json()
    assert isinstance(json, list) and len(json) == len(next_year)
    shown = {m["id"]: m["previous"] for m in json}
    assert shown[linked.id] == {"period": "2023-Y", "text": "Річний звіт 2023 року."}
    assert shown[unlinked.id] is None
    assert all(value is None for key, value in shown.items() if key != linked.id)
    nine = ok(*where(store_url), "measures", "--period", "2023-Y", "--json").json()
    assert isinstance(nine, list)
    assert nine[0]["previous"] == {"period": "2023-9M", "text": year[0].execution}
    assert set(nine[0]) == {*MeasureRow.__dataclass_fields__, "previous"}


def test_the_link_is_followed_further_back_when_last_year_has_no_text(
    store: Store, year: list[MeasureRow], next_year: list[MeasureRow], real_report: Path
) -> None:
    import_as_unlinked_next_year(store, real_report, Period.parse("2025-Q1"))
    with store.reading() as session:
        third_year = list_measures(session, Period.parse("2025-Q1"))
    middle = {place(row): row for row in next_year}
    last = pairs(year, next_year)
    measure = third_year[0]
    before = middle[place(measure)]
    with store.transaction() as session:
        set_link(session, measure.id, before.id)
        set_link(session, before.id, last[before.id].id)
        save_execution(session, before.id, NEXT_Q1, "")  # 2024 has no text for it
    with store.reading() as session:
        previous = previous_texts(session, Period.parse("2025-Q1"), [measure.id])
    assert previous == {measure.id: PreviousText("2023-9M", year[0].execution)}


def test_a_body_sees_its_own_part_first(store: Store, year: list[MeasureRow], next_year: list[MeasureRow]) -> None:
    with store.reading() as session:
        own = list_measures(session, P9M, "DER")  # the body's measures with the report's 9-month texts
    assert len(own) >= 3 and own[0].execution and own[1].execution
    with store.transaction() as session:
        save_execution(session, own[0].id, P9M, "Власна частина департаменту за 9 місяців.", body="DER")
        save_execution(session, own[1].id, P9M, "", body="DER")  # an empty part: the report's text shows
    with store.reading() as session:
        mine = previous_texts(session, PY, body="DER")
        report = previous_texts(session, PY)
    assert set(mine) == {row.id for row in own if row.execution}  # only the body's measures
    assert mine[own[0].id] == PreviousText("2023-9M", "Власна частина департаменту за 9 місяців.")
    assert report[own[0].id] == PreviousText("2023-9M", own[0].execution)
    assert mine[own[1].id] == report[own[1].id]
    # across the year the body's own part of last year's measure wins too
    next_own = {place(row): row for row in next_year}[place(own[0])]
    with store.transaction() as session:
        set_link(session, next_own.id, own[0].id)
    with store.reading() as session:
        body_id = find_body(session, "DER").id
        assert previous_texts(session, NEXT_Q1, [next_own.id], "DER")[next_own.id].text.startswith("Власна частина")
        assert previous_texts(session, NEXT_Q1, [next_own.id], body_id) == previous_texts(
            session, NEXT_Q1, [next_own.id], "der"
        )
        assert previous_texts(session, NEXT_Q1, [next_own.id])[next_own.id].text == own[0].execution


def test_the_window_the_quick_reader_and_the_store_agree(tmp_path: Path, real_report: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = open_store(f"sqlite:///{path}")
    import_report(store, read_report(real_report), P9M)
    import_as_unlinked_next_year(store, real_report, NEXT_Q1)
    with store.reading() as session:
        year, next_year = list_measures(session, P9M), list_measures(session, NEXT_Q1)
        der = next(r for r in list_measures(session, NEXT_Q1, "DER") if r.id != next_year[0].id and r.execution)
    last = pairs(year, next_year)
    with store.transaction() as session:
        for row in {*next_year[::2], der}:
            set_link(session, row.id, last[row.id].id)
        save_execution(session, last[next_year[0].id].id, PY, "Річний текст.")
        save_execution(session, last[der.id].id, PY, "Власна частина за рік.", body="DER")
        save_execution(session, last[der.id].id, PY, "Зведений річний текст.")
    assert load(store, "2024-Q1", "DER").previous[der.id] == PreviousText("2023-Y", "Власна частина за рік.")
    assert load(store, "2024-Q1", None).previous[der.id] == PreviousText("2023-Y", "Зведений річний текст.")
    for body in (None, "DER", "UKB"):
        loaded = load(store, "2024-Q1", body)
        with store.reading() as session:
            ids = [row.id for row in list_measures(session, NEXT_Q1, body)]
            expected = previous_texts(session, NEXT_Q1, ids, body)
        quick = read_index(path, "2024-Q1", body)
        assert quick is not None
        assert quick.previous == loaded.previous == expected
        assert len(expected) >= (2 if body else len(next_year) // 2 - 1)
        assert {p.period for p in expected.values()} <= {"2023-9M", "2023-Y"}
    with store.reading() as session:
        assert previous_texts(session, NEXT_Q1)[next_year[0].id] == PreviousText("2023-Y", "Річний текст.")
    store.close()


def test_a_few_queries_however_many_measures(store: Store, year: list[MeasureRow], next_year: list[MeasureRow]) -> None:
    last = pairs(year, next_year)
    with store.transaction() as session:
        for row in next_year:
            set_link(session, row.id, last[row.id].id)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.reading() as session:
            previous = previous_texts(session, NEXT_Q1)
            statements_for_all = len(statements)
            previous_texts(session, NEXT_Q1, [next_year[0].id])
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(previous) == 172
    assert statements_for_all <= 8, statements  # measures, periods, setting, then links + texts + parts a year
    assert len(statements) - statements_for_all <= 8


def test_choosing_along_the_links_without_a_store() -> None:
    texts = StoredTexts(
        reports={("a23", "2023-Y"): "", ("a23", "2023-H1"): "A за півріччя", ("c22", "2022-Y"): "C 2022"},
        parts={("b23", "2023-9M"): [(2, "друга частина"), (1, "перша частина")]},
        own={("b23", "2023-9M"): "  "},
    )
    links = {"a24": "a23", "b24": "b23", "b2": "b23", "c24": "c23", "c23": "c22", "loop": "loop"}
    asked: list[tuple[list[str], list[str]]] = []

    def texts_of(ids: list[str], codes: list[str]) -> StoredTexts:
        asked.append((ids, codes))
        return texts

    found = find_previous(
        NEXT_Q1,
        ["a24", "b24", "b2", "c24", "loop", "none"],
        texts_of,
        lambda ids: {m: links[m] for m in ids if m in links},
        carried={"none": PreviousText("2023-Y", "принесений бланком"), "c24": PreviousText("2023-Y", "не цей")},
    )
    assert found == {
        "a24": PreviousText("2023-H1", "A за півріччя"),
        "b24": PreviousText("2023-9M", "перша частина\nдруга частина"),
        "b2": PreviousText("2023-9M", "перша частина\nдруга частина"),  # two measures continue one
        "c24": PreviousText("2022-Y", "C 2022"),
        "none": PreviousText("2023-Y", "принесений бланком"),
    }
    assert asked[0] == (["a23", "b23", "c23"], ["2023-Y", "2023-9M", "2023-H1", "2023-Q1"])
    assert (
        find_previous(NEXT_Q1, ["c24"], texts_of, lambda ids: {m: links[m] for m in ids if m in links}, years=1) == {}
    )
    carried_later = {"x": PreviousText("2024-Q1", "пізніший")}
    assert find_previous(NEXT_Q1, ["x"], texts_of, lambda ids: {}, carried=carried_later) == {}
