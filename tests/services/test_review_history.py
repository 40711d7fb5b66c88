"""Accepting a submission is in the measures' history (issue 13): who accepted which submission and when, on
every measure the body sent a text of, and its undo too; an undo refused once something newer arrived
records nothing. The window's accept (review_undo) and the command line's (coordinator.accept_submission)
alike; on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.exchange.util import ok
from tests.services.test_review_undo import PERIOD, opened, review_desk, statuses, submit_again  # noqa: F401
from zhdesk.services import coordinator, review_undo
from zhdesk.services.history import Change, measure_history
from zhdesk.services.review_table import review_table
from zhdesk.storage.database import Store


def reviews(store: Store, measure_id: str) -> list[Change]:
    with store.reading() as session:
        return [c for c in measure_history(session, measure_id, PERIOD.code) if c.source in ("accept", "undo accept")]


def lead_measures(store: Store, code: str) -> list[str]:
    return [r.measure_id for r in review_table(store, PERIOD).rows if code in r.from_bodies]


def test_accept_and_its_undo_recorded_on_the_body_s_measures(
    review_desk: dict,  # noqa: F811 - the fixture
    opened: Store,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk, store = review_desk, opened
    lead, other, shared = desk["lead"], desk["other"], desk["shared"]
    monkeypatch.setenv("ZHDESK_USER", "Олена Координаторка")
    measures = lead_measures(store, lead)
    assert shared in measures and len(measures) > 1
    before = {m: len(reviews(store, m)) for m in measures}
    assert set(before.values()) == {0}

    undo = review_undo.accept(store, lead, PERIOD)
    for measure_id in measures:
        (accepted,) = reviews(store, measure_id)
        assert accepted.body == lead and accepted.by == "Олена Координаторка" and accepted.submission == 1
        assert accepted.at and accepted.old == accepted.new and accepted.new.startswith(f"{lead}: ")
    assert [c.body for c in reviews(store, shared)] == [lead]  # the other body's part is not accepted

    assert review_undo.undo_accept(store, undo) == "submitted"
    history = reviews(store, shared)
    assert [(c.source, c.body, c.by, c.submission) for c in history] == [
        ("accept", lead, "Олена Координаторка", 1),
        ("undo accept", lead, "Олена Координаторка", 1),
    ]

    undo = review_undo.accept(store, lead, PERIOD)
    submit_again(desk, lead, "ще раз")  # something newer arrived: the undo is refused, nothing recorded
    with pytest.raises(review_undo.UndoRefused) as refused:
        review_undo.undo_accept(store, undo)
    assert refused.value.kind == review_undo.NEWER and statuses(store)[lead] == "submitted"
    assert [c.source for c in reviews(store, shared)] == ["accept", "undo accept", "accept"]

    # the command line's accept (as `zhdesk accept`) is recorded the same way, with the newer submission
    monkeypatch.setenv("ZHDESK_USER", "Іван")
    assert coordinator.accept_submission(store, lead, PERIOD) == lead
    last = reviews(store, shared)[-1]
    assert (last.source, last.body, last.by, last.submission) == ("accept", lead, "Іван", 2)
    assert "ще раз" in last.new
    ok(*desk["at"], "accept", other, "--period", PERIOD.code)
    assert [c.body for c in reviews(store, shared)][-1] == other
    assert statuses(store) == {**statuses(store), lead: "accepted", other: "accepted"}
