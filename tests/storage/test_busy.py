"""A store another process is writing (issue 11), at the storage level, on real SQLite files and a real
PostgreSQL server: a transaction waits for the lock for the patience and then raises StoreBusy in plain words;
the errors are recognised; messages and tracebacks never carry SQL, parameters or texts; new rows two
writers create at the same moment end in one row, not in an IntegrityError."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from tests.storage.lockers import SECRET, leaks, locked, small_store
from zhdesk.periods import Period
from zhdesk.services import settings
from zhdesk.services.entry import enter_text
from zhdesk.services.programme_import import ensure_period
from zhdesk.storage import busy
from zhdesk.storage.database import Store, open_store
from zhdesk.storage.models import Execution, ReportingPeriod, Setting


@pytest.fixture
def small(store: Store, store_url: str, tmp_path: Path, real_report: Path) -> dict[str, str]:
    return small_store(store_url, tmp_path, real_report)


def test_a_write_waits_for_the_patience_then_the_store_is_busy(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(busy.BUSY_ENV, "2")
    with locked(store_url, seconds=25):
        started = time.monotonic()
        with pytest.raises(busy.StoreBusy) as caught:
            settings.put_setting(store, "community", SECRET)
        took = time.monotonic() - started
    assert 2 <= took < 10  # waited, and not for ever (PostgreSQL waits for a lock for ever by default)
    assert isinstance(caught.value, SQLAlchemyError)  # what reports a refusal per file still catches it
    assert str(caught.value) == busy.BUSY_WORDS
    assert leaks(busy.safe_traceback(caught.value)) == []
    with store.reading() as session:
        assert session.get(Setting, "community") is None or session.get(Setting, "community").value != SECRET


def test_a_lock_released_within_the_patience_lets_the_write_through(
    store: Store, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(busy.BUSY_ENV, "30")
    with locked(store_url, seconds=6):  # longer than SQLite's own 5 s
        settings.put_setting(store, "community", SECRET)
    with store.reading() as session:
        assert session.get(Setting, "community").value == SECRET


def test_a_reader_is_not_kept_waiting_by_a_writer(store: Store, store_url: str, small: dict[str, str]) -> None:
    with locked(store_url, seconds=25):
        started = time.monotonic()
        with store.reading() as session:
            assert session.scalar(select(ReportingPeriod.code)) == "2023-9M"
        assert time.monotonic() - started < 2


def test_the_errors_of_a_locked_store_are_recognised(store: Store, store_url: str) -> None:
    with store.transaction() as session:
        session.add(Setting(key="community", value="Житомир"))
    with locked(store_url, seconds=25), store._sessions.begin() as session:  # the bare session: no waiting set up
        connection = session.connection()
        if store.is_sqlite:
            connection.exec_driver_sql("PRAGMA busy_timeout=0")
        else:
            connection.exec_driver_sql("SET LOCAL lock_timeout = '50ms'")
        with pytest.raises(OperationalError) as caught:
            session.get(Setting, "community").value = SECRET
            session.flush()
    assert busy.is_busy(caught.value) and not busy.is_race(caught.value)
    assert "[SQL" in str(caught.value)  # SQLAlchemy's own message carries the statement …
    assert SECRET not in str(caught.value)  # … but not its parameters (hide_parameters)
    words = busy.describe_error(caught.value)
    assert leaks(words) == [] and ("locked" in words or "55P03" in words), words  # … ours does not
    assert leaks(busy.safe_traceback(caught.value)) == []
    assert "test_busy.py" in busy.safe_traceback(caught.value)  # where it happened is still there


def test_a_unique_key_taken_is_a_race_and_its_words_carry_no_values(store: Store) -> None:
    with store.transaction() as session:
        session.add(Setting(key=SECRET, value="x"))
    with pytest.raises(IntegrityError) as caught, store.transaction() as session:
        session.add(Setting(key=SECRET, value="y"))
    assert busy.is_race(caught.value) and not busy.is_busy(caught.value)
    assert "[SQL" in str(caught.value)  # and on PostgreSQL its DETAIL quotes the key, parameters hidden or not
    assert leaks(busy.describe_error(caught.value)) == []
    assert leaks(busy.safe_traceback(caught.value)) == []


def test_two_writers_creating_the_same_period_at_once_end_with_one(store_url: str) -> None:
    stores = [open_store(store_url), open_store(store_url)]
    errors: list[BaseException] = []
    codes = [Period(year, kind).code for year in range(2024, 2031) for kind in ("Q1", "H1", "9M", "Y")]
    gate = threading.Barrier(2)

    def writer(store: Store) -> None:
        for code in codes:
            gate.wait(timeout=30)
            try:
                with store.transaction() as session:
                    ensure_period(session, Period.parse(code))
                    time.sleep(0.01)  # the other writer's SELECT finds nothing meanwhile
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(s,)) for s in stores]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert errors == []
        with stores[0].reading() as session:
            assert sorted(session.scalars(select(ReportingPeriod.code))) == sorted(codes)
    finally:
        for store in stores:
            store.close()


def test_retrying_runs_a_unit_of_work_again_after_another_writers_same_new_row(
    store: Store, store_url: str, small: dict[str, str]
) -> None:
    other = open_store(store_url)
    errors: list[BaseException] = []
    gate = threading.Barrier(2)
    periods = [Period(year, kind) for year in range(2024, 2029) for kind in ("Q1", "H1", "9M", "Y")]

    def writer(which: Store, name: str) -> None:
        for period in periods:
            gate.wait(timeout=30)
            try:
                busy.retrying(lambda p=period: enter_text(which, small["measure"], f"{name} {p.code}", p))
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(s, n)) for s, n in ((store, "один"), (other, "два"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        other.close()
    assert errors == []
    with store.reading() as session:
        assert session.scalar(select(Execution).where(Execution.measure_id == small["measure"]).limit(1)) is not None
        assert len(session.scalars(select(ReportingPeriod.code)).all()) == len(periods) + 1


def test_retrying_never_repeats_work_that_committed_a_part(store: Store) -> None:
    calls: list[int] = []

    def work() -> None:
        calls.append(1)
        settings.put_setting(store, "community", "Житомир")
        raise busy.StoreBusy()

    with pytest.raises(busy.StoreBusy):
        busy.retrying(work, seconds=5)
    assert calls == [1]


def test_retrying_gives_up_at_the_patience(store: Store) -> None:
    calls: list[float] = []

    def work() -> None:
        calls.append(time.monotonic())
        raise busy.StoreBusy()

    with pytest.raises(busy.StoreBusy):
        busy.retrying(work, seconds=1.5)
    assert 1.4 <= calls[-1] - calls[0] < 3 and len(calls) > 2
