"""The coordinator's desk as a service: the overview, accepting, returning and resolving, each committed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exchange.util import fill_department, ok, shared_pair
from zhdesk.exchange.container import ExchangeError
from zhdesk.periods import Period
from zhdesk.services import coordinator
from zhdesk.storage.database import open_store

PERIOD = Period.parse("2023-Y")


@pytest.fixture
def desk(tmp_path: Path, real_report: Path) -> dict[str, object]:
    """A coordinator's store: forms issued to two bodies sharing a measure, both submissions received, and
    the coordinator's own text on the shared measure (so the executors' text waits beside it)."""
    db = tmp_path / "coordinator.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    shared, lead, other, _ = shared_pair(f"sqlite:///{db}")
    forms = tmp_path / "forms"
    forms.mkdir()
    ok("--db", db, "issue-forms", "--period", PERIOD.code, "--out", forms, "--body", lead, "--body", other)
    ok("--db", db, "set-execution", "--measure", shared, "--period", PERIOD.code, "--text", "Текст координатора.")
    for code in (lead, other):
        dept = tmp_path / f"{code}.sqlite3"
        ok("--db", dept, "open-form", forms / f"{code}-{PERIOD.code}.zhform")
        fill_department(dept, code)
        ok("--db", dept, "submit", "-o", tmp_path / f"{code}.zhsub")
        ok("--db", db, "receive", tmp_path / f"{code}.zhsub")
    return {"url": f"sqlite:///{db}", "shared": shared, "lead": lead, "other": other, "tmp": tmp_path}


def test_overview_accept_return_resolve(desk: dict) -> None:
    store = open_store(desk["url"])
    try:
        seen = coordinator.overview(store, PERIOD)
        assert seen.period == PERIOD.code
        status = {s.code: s.status for s in seen.statuses}
        assert status[desk["lead"]] == status[desk["other"]] == "submitted"
        assert "not issued" in status.values()
        assert desk["shared"] in seen.measures[desk["lead"]] and desk["shared"] in seen.measures[desk["other"]]
        assert [c[0] for c in seen.conflicts] == [desk["shared"]]
        assert seen.conflicts[0][1] == "Текст координатора."

        assert coordinator.accept_submission(store, desk["lead"], PERIOD) == desk["lead"]
        out = desk["tmp"] / "returned"
        out.mkdir()
        path = coordinator.return_submission(store, desk["other"], PERIOD, "Додайте суми", {}, out)
        assert path == out / f"{desk['other']}-{PERIOD.code}.zhform" and path.exists()
        kept = coordinator.resolve_conflict(store, desk["shared"], PERIOD, "mine")
        assert kept == "Текст координатора."

        after = coordinator.overview(store, PERIOD)  # each step was committed on its own
        status = {s.code: s.status for s in after.statuses}
        assert status[desk["lead"]] == "accepted" and status[desk["other"]] == "returned"
        assert after.conflicts == []
        assert next(s for s in after.statuses if s.code == desk["other"]).comment == "Додайте суми"
    finally:
        store.close()


def test_a_refused_step_changes_nothing(desk: dict) -> None:
    store = open_store(desk["url"])
    try:
        out = desk["tmp"] / "returned"
        out.mkdir()
        coordinator.return_submission(store, desk["other"], PERIOD, "Додайте суми", {}, out)
        with pytest.raises(ExchangeError):  # nothing new has come since the return
            coordinator.accept_submission(store, desk["other"], PERIOD)
        status = {s.code: s.status for s in coordinator.overview(store, PERIOD).statuses}
        assert status[desk["other"]] == "returned"
    finally:
        store.close()
