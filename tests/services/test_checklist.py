"""The checklist before the consolidated report goes out (services.checklist): empty measures as the
validation counts them, open conflicts, bodies not accepted (issued a form, or reporting bodies not issued one
while others were), no signatory, texts with
errors; and the same list as the command line's warning lines."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.util import ok
from tests.services.test_coordinator import desk  # noqa: F401 - the fixture: two submissions and a conflict
from zhdesk.periods import Period
from zhdesk.services import coordinator
from zhdesk.services.bodies import BodyInfo, list_bodies
from zhdesk.services.checklist import check_report_in, warning_lines
from zhdesk.services.report_settings import save_report_settings
from zhdesk.storage.database import Store, open_store

PERIOD = Period.parse("2023-Y")


def list_bodies_in(store: Store) -> list[BodyInfo]:
    with store.reading() as session:
        return list_bodies(session)


def test_the_real_report_in_the_year_and_in_its_own_period(tmp_path: Path, real_report: Path) -> None:
    db = tmp_path / "s.sqlite3"
    ok("--db", db, "import-report", real_report, "--period", "2023-9M")
    store = open_store(f"sqlite:///{db}")
    try:
        year = check_report_in(store, PERIOD)
        nine = check_report_in(store, Period.parse("2023-9M"))
        assert year.measures == 173 and len(year.empty) == 172  # 4.3's parent is reported through its parts
        assert len({m.measure_id for m in year.empty}) == 172 and not year.errors and not year.conflicts
        assert not year.not_accepted  # no form was issued: nobody is waited for
        assert year.no_signatory and not year.clean
        assert nine.empty == [] and nine.errors == [] and nine.no_signatory
        lines = warning_lines(year)
        assert lines[0] == "172 of 173 measures have no execution text:" and lines[1].startswith("  1.1 (")
        assert lines[-1].startswith("no signatory")

        save_report_settings(store, {"signatory_position": "Директор", "signatory_name": "Вікторія Сичова"})
        nine = check_report_in(store, Period.parse("2023-9M"))
        assert nine.clean and warning_lines(nine) == []
    finally:
        store.close()


def test_conflicts_bodies_and_errors(desk: dict) -> None:  # noqa: F811 - the fixture
    store = open_store(desk["url"])
    try:
        found = check_report_in(store, PERIOD)
        assert [m.measure_id for m in found.conflicts] == [desk["shared"]]
        reporting = {b.code for b in list_bodies_in(store) if b.reporting}
        not_issued = {b.code for b in found.not_accepted if b.status == "not issued"}
        assert not_issued == reporting - {desk["lead"], desk["other"]} and not_issued  # forms went to two only
        assert {(b.code, b.status) for b in found.not_accepted if b.status != "not issued"} == {
            (desk["lead"], "submitted"),
            (desk["other"], "submitted"),
        }
        assert desk["shared"] not in {m.measure_id for m in found.empty}
        coordinator.accept_submission(store, desk["lead"], PERIOD)
        coordinator.resolve_conflict(store, desk["shared"], PERIOD, "bodies")
        ok(
            "--db",
            desk["url"].removeprefix("sqlite:///"),
            "set-execution",
            "--measure",
            found.empty[0].measure_id,
            "--period",
            PERIOD.code,
            "--text",
            "виконано",
        )
        again = check_report_in(store, PERIOD)
        assert again.conflicts == [] and [b.code for b in again.not_accepted if b.code not in not_issued] == [
            desk["other"]
        ]
        assert [m.measure_id for m in again.errors] == [found.empty[0].measure_id]
        assert "«виконано» нічого не повідомляє" in again.errors[0].message
        assert len(again.empty) == len(found.empty) - 1
        lines = warning_lines(again)
        assert f"  {desk['other']} (submitted) " in "\n".join(lines)
        assert "1 texts with errors:" in lines
    finally:
        store.close()
