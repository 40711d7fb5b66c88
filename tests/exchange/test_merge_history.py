"""Merging the bodies' parts into the report, conflicts with the coordinator's own text, and the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update

from zhdesk.exchange.merge import MergeError, conflicts_of, merge_measures, resolve_conflict
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import save_execution
from zhdesk.services.history import measure_history
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import ensure_period, import_report
from zhdesk.storage.database import Store
from zhdesk.storage.models import Execution, ExecutionChange, MeasureExecutor

P9M, PY = Period.parse("2023-9M"), Period.parse("2023-Y")


@pytest.fixture
def shared(store: Store, real_report: Path) -> tuple[str, list[str]]:
    """A measure of the real report with two executors: (id, [lead code, other code])."""
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        from zhdesk.storage.models import ExecutiveBody

        pairs: dict[str, list[str]] = {}
        for measure_id, code in session.execute(
            select(MeasureExecutor.measure_id, ExecutiveBody.code)
            .join(ExecutiveBody, ExecutiveBody.id == MeasureExecutor.body_id)
            .order_by(MeasureExecutor.measure_id, MeasureExecutor.position)
        ):
            pairs.setdefault(measure_id, []).append(code)
    measure_id, codes = next((m, c) for m, c in sorted(pairs.items()) if len(c) == 2)
    return measure_id, codes


def report_text(store: Store, measure_id: str) -> str:
    with store.reading() as session:
        return next(r.execution for r in list_measures(session, PY) if r.id == measure_id)


def test_parts_assemble_lead_first_and_hand_edits_are_kept(store: Store, shared: tuple[str, list[str]]) -> None:
    measure_id, (lead, other) = shared
    with store.transaction() as session:
        save_execution(session, measure_id, PY, "Друга частина.", body=other)
        save_execution(session, measure_id, PY, "Перша частина.", body=lead)
        period_id = ensure_period(session, PY).id
        assert merge_measures(session, period_id, [measure_id]) == []
    assert report_text(store, measure_id) == "Перша частина.\nДруга частина."

    with store.transaction() as session:
        save_execution(session, measure_id, PY, "Текст координатора.")  # by hand: protected
        save_execution(session, measure_id, PY, "Друга частина, уточнена.", body=other)
        assert merge_measures(session, period_id, [measure_id]) == [measure_id]
    assert report_text(store, measure_id) == "Текст координатора."
    with store.reading() as session:
        assert conflicts_of(session, PY) == [
            (measure_id, "Текст координатора.", "Перша частина.\nДруга частина, уточнена.")
        ]
    with store.transaction() as session:
        assert resolve_conflict(session, measure_id, PY, "mine") == "Текст координатора."
    with store.reading() as session:
        assert conflicts_of(session, PY) == []
    with pytest.raises(MergeError), store.transaction() as session:
        resolve_conflict(session, measure_id, PY, "bodies")

    with store.transaction() as session:
        save_execution(session, measure_id, PY, "Друга частина, ще раз.", body=other)
        merge_measures(session, period_id, [measure_id])
        resolve_conflict(session, measure_id, PY, "bodies")
    assert report_text(store, measure_id) == "Перша частина.\nДруга частина, ще раз."
    # now the text is the bodies' again: the next merge replaces it without a conflict
    with store.transaction() as session:
        save_execution(session, measure_id, PY, "Перша, нова.", body=lead)
        assert merge_measures(session, period_id, [measure_id]) == []
    assert report_text(store, measure_id) == "Перша, нова.\nДруга частина, ще раз."


def test_history_records_every_change_and_folds_typing(store: Store, shared: tuple[str, list[str]]) -> None:
    measure_id, (lead, _) = shared
    with store.reading() as session:
        imported = measure_history(session, measure_id)
    assert [(c.period, c.source, c.old) for c in imported if not c.field] == [("2023-9M", "import", "")]
    with store.transaction() as session:
        for typed in ("Вико", "Виконано", "Виконано все."):  # autosaves while typing
            save_execution(session, measure_id, PY, typed, body=lead)
    with store.reading() as session:
        typing = [c for c in measure_history(session, measure_id, "2023-Y")]
    assert [(c.body, c.old, c.new, c.source) for c in typing] == [(lead, "", "Виконано все.", "entry")]
    # after a pause the next edit is a change of its own
    with store.transaction() as session:
        session.execute(update(ExecutionChange).values(changed_at=dt.datetime(2023, 12, 1, 9, 0)))
        save_execution(session, measure_id, PY, "Виконано все повністю.", body=lead)
    with store.reading() as session:
        later = measure_history(session, measure_id, "2023-Y")
    assert [(c.old, c.new) for c in later] == [("", "Виконано все."), ("Виконано все.", "Виконано все повністю.")]
    assert all(c.by for c in later)


def test_reimport_of_a_changed_text_is_in_the_history(
    store: Store, shared: tuple[str, list[str]], tmp_path: Path, real_report: Path
) -> None:
    measure_id, _ = shared
    with store.reading() as session:
        old = session.scalar(select(Execution.text).where(Execution.measure_id == measure_id))
    assert old
    changed = real_report.read_text(encoding="utf-8").replace(old.split("\n")[0], "Змінений текст звіту.", 1)
    edited = tmp_path / "edited.txt"
    edited.write_text(changed, encoding="utf-8")
    import_report(store, read_report(edited), P9M)
    with store.reading() as session:
        history = measure_history(session, measure_id)
    assert history[-1].source == "import" and history[-1].old == old and "Змінений текст звіту." in history[-1].new


def test_a_declined_text_is_not_offered_again_until_it_changes(store: Store, shared: tuple[str, list[str]]) -> None:
    measure_id, (lead, other) = shared
    with store.transaction() as session:
        period_id = ensure_period(session, PY).id
        save_execution(session, measure_id, PY, "Текст координатора.")
        save_execution(session, measure_id, PY, "Частина виконавця.", body=lead)
        assert merge_measures(session, period_id, [measure_id]) == [measure_id]
        resolve_conflict(session, measure_id, PY, "mine")
        assert merge_measures(session, period_id, [measure_id]) == []  # the same text again: already declined
        save_execution(session, measure_id, PY, "Друга частина.", body=other)
        assert merge_measures(session, period_id, [measure_id]) == [measure_id]  # changed: offered again
    assert report_text(store, measure_id) == "Текст координатора."


def test_merging_bodies_keeps_their_history(store: Store, shared: tuple[str, list[str]]) -> None:
    from zhdesk.services.bodies import merge_bodies

    measure_id, (lead, other) = shared
    with store.transaction() as session:
        save_execution(session, measure_id, PY, "Частина другого органу.", body=other)
        merge_bodies(session, lead, other)
    with store.reading() as session:
        history = measure_history(session, measure_id, "2023-Y")
    assert [(c.body, c.new) for c in history] == [(lead, "Частина другого органу.")]


def test_joining_two_bodies_texts_is_in_the_history(store: Store, shared: tuple[str, list[str]]) -> None:
    from zhdesk.services.bodies import merge_bodies

    measure_id, (lead, other) = shared
    with store.transaction() as session:
        save_execution(session, measure_id, PY, "Перша.", body=lead)
        save_execution(session, measure_id, PY, "Друга.", body=other)
        merge_bodies(session, lead, other)
    with store.reading() as session:
        history = measure_history(session, measure_id, "2023-Y")
    assert (lead, "Перша.", "Перша.\nДруга.", "merge of bodies") in [(c.body, c.old, c.new, c.source) for c in history]
