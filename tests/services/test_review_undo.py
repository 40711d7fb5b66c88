"""The review of the whole report as services: the table with each text's state (review_table), accepting
and resolving with their undo while nothing newer arrived (review_undo), returning several bodies at once
(coordinator.return_submissions); on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.util import fill_department, ok, shared_pair, where
from zhdesk.exchange.container import ExchangeError
from zhdesk.exchange.review import comments_on
from zhdesk.periods import Period
from zhdesk.services import coordinator, review_undo
from zhdesk.services.history import measure_history
from zhdesk.services.review_table import review_table
from zhdesk.storage.database import Store, open_store

PERIOD = Period.parse("2023-Y")


@pytest.fixture
def review_desk(store_url: str, tmp_path: Path, real_report: Path) -> dict[str, object]:
    """Forms to two bodies sharing a measure, both submissions received, the coordinator's own text on the
    shared measure (a conflict), and a department store per body to submit again from."""
    at = where(store_url)
    ok(*at, "import-report", real_report, "--period", "2023-9M")
    shared, lead, other, _ = shared_pair(store_url)
    forms = tmp_path / "forms"
    forms.mkdir()
    ok(*at, "issue-forms", "--period", PERIOD.code, "--out", forms, "--body", lead, "--body", other)
    ok(*at, "set-execution", "--measure", shared, "--period", PERIOD.code, "--text", "Текст координатора.")
    for code in (lead, other):
        dept = tmp_path / f"{code}.sqlite3"
        ok("--db", dept, "open-form", forms / f"{code}-{PERIOD.code}.zhform")
        fill_department(dept, code)
        ok("--db", dept, "submit", "-o", tmp_path / f"{code}.zhsub")
        ok(*at, "receive", tmp_path / f"{code}.zhsub")
    return {"url": store_url, "at": at, "shared": shared, "lead": lead, "other": other, "tmp": tmp_path}


def submit_again(desk: dict, code: str, words: str) -> None:
    dept = desk["tmp"] / f"{code}.sqlite3"
    fill_department(dept, code, words=words)
    ok("--db", dept, "submit", "-o", desk["tmp"] / f"{code}-2.zhsub")
    ok(*desk["at"], "receive", desk["tmp"] / f"{code}-2.zhsub")


def statuses(store: Store) -> dict[str, str]:
    return {s.code: s.status for s in coordinator.overview(store, PERIOD).statuses}


@pytest.fixture
def opened(review_desk: dict) -> object:
    store = open_store(review_desk["url"])
    yield store
    store.close()


def test_the_table_says_where_each_text_comes_from(review_desk: dict, opened: Store) -> None:
    desk = review_desk
    table = review_table(opened, PERIOD)
    assert len(table.rows) == 173 and table.period == PERIOD.code
    state = {r.measure_id: r for r in table.rows}
    shared = state[desk["shared"]]
    assert shared.state == "conflict" and shared.execution == "Текст координатора."
    assert shared.incoming.splitlines()[0].startswith(f"{desk['lead']}:")
    assert shared.from_bodies == (desk["lead"], desk["other"]) and shared.bodies[:2] == (desk["lead"], desk["other"])
    lead_only = [r for r in table.rows if r.state == "bodies"]
    assert lead_only and all(r.from_bodies and r.execution.startswith(r.from_bodies[0]) for r in lead_only)
    assert {r.state for r in table.rows} == {"conflict", "bodies", "empty"}
    assert table.returnable == {desk["lead"]: "submitted", desk["other"]: "submitted"}
    assert desk["lead"] in table.names
    nine = review_table(opened, Period.parse("2023-9M"))
    nine_states = [r.state for r in nine.rows]  # the published report's texts (4.3's parent has none)
    assert nine_states.count("imported") == 172 and nine_states.count("empty") == 1
    empty = next(r for r in table.rows if r.state == "empty")
    ok(*desk["at"], "set-execution", "--measure", empty.measure_id, "--period", PERIOD.code, "--text", "Зроблено все.")
    again = {r.measure_id: r for r in review_table(opened, PERIOD).rows}
    assert again[empty.measure_id].state == "edited"


def test_accept_undone_until_a_newer_submission(review_desk: dict, opened: Store) -> None:
    desk, store = review_desk, opened
    out = desk["tmp"] / "returned"
    out.mkdir()
    coordinator.return_submission(store, desk["lead"], PERIOD, "Додайте суми", {desk["shared"]: "Суми?"}, out)
    submit_again(desk, desk["lead"], "ще раз")
    undo = review_undo.accept(store, desk["lead"], PERIOD, "")
    assert statuses(store)[desk["lead"]] == "accepted"
    with store.reading() as session:
        assert comments_on(session, desk["lead"], PERIOD) == []  # the accept cleared the return's comments
    assert review_undo.undo_accept(store, undo) == "submitted"
    assert statuses(store)[desk["lead"]] == "submitted"
    with store.reading() as session:  # the return's comments are back, as they were
        assert comments_on(session, desk["lead"], PERIOD) == [(None, "Додайте суми"), (desk["shared"], "Суми?")]
    with pytest.raises(review_undo.UndoRefused) as twice:  # undone once: not again
        review_undo.undo_accept(store, undo)
    assert twice.value.kind == review_undo.REVIEWED

    undo = review_undo.accept(store, desk["lead"], PERIOD)
    submit_again(desk, desk["lead"], "втретє")
    with pytest.raises(review_undo.UndoRefused) as refused:
        review_undo.undo_accept(store, undo)
    assert refused.value.kind == review_undo.NEWER and statuses(store)[desk["lead"]] == "submitted"


def test_resolve_undone_until_a_text_changes(review_desk: dict, opened: Store) -> None:
    desk, store = review_desk, opened
    shared = desk["shared"]

    def conflicts() -> list[tuple[str, str, str]]:
        return coordinator.overview(store, PERIOD).conflicts

    before = conflicts()
    undo = review_undo.resolve(store, shared, PERIOD, "bodies")
    assert conflicts() == []
    assert review_undo.undo_resolve(store, undo) == "Текст координатора."
    assert conflicts() == before
    with store.reading() as session:
        history = measure_history(session, shared, PERIOD.code)
    assert [c.source for c in history[-2:]] == ["resolve", "undo resolve"]
    assert history[-1].new == "Текст координатора." and history[-1].old == before[0][2]

    undo = review_undo.resolve(store, shared, PERIOD, "mine")
    assert conflicts() == []
    review_undo.undo_resolve(store, undo)
    assert conflicts() == before

    undo = review_undo.resolve(store, shared, PERIOD, "bodies")
    ok(*desk["at"], "set-execution", "--measure", shared, "--period", PERIOD.code, "--text", "Новий текст.")
    with pytest.raises(review_undo.UndoRefused) as refused:
        review_undo.undo_resolve(store, undo)
    assert refused.value.kind == review_undo.CHANGED
    assert review_table(store, PERIOD).rows and conflicts() == []

    ok(*desk["at"], "set-execution", "--measure", shared, "--period", PERIOD.code, "--text", "Текст координатора.")
    submit_again(desk, desk["lead"], "інакше")  # a conflict again, with the new text
    undo = review_undo.resolve(store, shared, PERIOD, "mine")
    submit_again(desk, desk["other"], "по-іншому")
    with pytest.raises(review_undo.UndoRefused) as newer:
        review_undo.undo_resolve(store, undo)
    assert newer.value.kind == review_undo.SENT and newer.value.subject == next(
        r.no for r in review_table(store, PERIOD).rows if r.measure_id == shared
    )


def test_several_bodies_returned_in_one_transaction(review_desk: dict, opened: Store) -> None:
    desk, store = review_desk, opened
    out = desk["tmp"] / "out"
    out.mkdir()
    paths = coordinator.return_submissions(
        store,
        PERIOD,
        {desk["lead"]: ("Загалом добре", {desk["shared"]: "Уточніть"}), desk["other"]: ("Загалом добре", {})},
        out,
    )
    assert sorted(p.name for p in paths) == sorted(f"{c}-{PERIOD.code}.zhform" for c in (desk["lead"], desk["other"]))
    assert statuses(store)[desk["lead"]] == statuses(store)[desk["other"]] == "returned"
    with store.reading() as session:
        assert comments_on(session, desk["lead"], PERIOD) == [(None, "Загалом добре"), (desk["shared"], "Уточніть")]
    submit_again(desk, desk["lead"], "ще раз")
    with pytest.raises(ExchangeError):  # the other's comment is empty: all refused, nothing returned
        coordinator.return_submissions(store, PERIOD, {desk["lead"]: ("Знову", {}), desk["other"]: ("", {})}, out)
    assert statuses(store)[desk["lead"]] == "submitted"
