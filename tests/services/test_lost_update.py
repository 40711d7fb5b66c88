"""A save carries the text it was typed over: a text changed meanwhile by another window, the command line
or a colleague on the office server is never silently overwritten, and the history's old text is always
what was really replaced."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import enter_text, save_texts
from zhdesk.services.history import measure_history
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import Store, open_store

P9M = Period.parse("2023-9M")


def _first(store: Store) -> tuple[str, str]:
    with store.reading() as session:
        row = list_measures(session, P9M)[0]
    return row.id, row.execution


def _text(store: Store, measure_id: str) -> str:
    with store.reading() as session:
        return next(r.execution for r in list_measures(session, P9M) if r.id == measure_id)


def test_a_text_changed_meanwhile_is_not_overwritten(store: Store, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    measure_id, loaded = _first(store)
    # window A and window B both show the loaded text; B saves first
    assert save_texts(store, {(measure_id, P9M.code): "Текст вікна Б."}, bases={(measure_id, P9M.code): loaded}) == []
    conflicts = save_texts(store, {(measure_id, P9M.code): "Текст вікна А."}, bases={(measure_id, P9M.code): loaded})
    assert [(c.measure_id, c.stored, c.mine) for c in conflicts] == [(measure_id, "Текст вікна Б.", "Текст вікна А.")]
    assert _text(store, measure_id) == "Текст вікна Б."
    # A chooses to keep its text: it saves over what it now knows is stored
    assert (
        save_texts(store, {(measure_id, P9M.code): "Текст вікна А."}, bases={(measure_id, P9M.code): "Текст вікна Б."})
        == []
    )
    assert _text(store, measure_id) == "Текст вікна А."
    with store.reading() as session:
        history = [(h.old, h.new) for h in measure_history(session, measure_id)]
    _assert_unbroken(history, "Текст вікна А.")


def test_the_command_line_changing_a_text_under_a_window(store: Store, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    measure_id, loaded = _first(store)
    enter_text(store, measure_id, "Внесено з командного рядка.", P9M)
    conflicts = save_texts(
        store, {(measure_id, P9M.code): loaded + " Дописано у вікні."}, bases={(measure_id, P9M.code): loaded}
    )
    assert len(conflicts) == 1 and conflicts[0].stored == "Внесено з командного рядка."
    assert _text(store, measure_id) == "Внесено з командного рядка."


def test_the_same_text_saved_twice_is_no_conflict(store: Store, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    measure_id, loaded = _first(store)
    key = (measure_id, P9M.code)
    assert save_texts(store, {key: "Однаково."}, bases={key: loaded}) == []
    assert save_texts(store, {key: "Однаково."}, bases={key: loaded}) == []  # a retry of a save that went through


def test_two_writers_at_once_one_wins_the_other_hears(store_url: str, real_report: Path) -> None:
    """Two officers (two engines, two threads) saving over the same text at the same moment, many times:
    every time exactly one text is stored and the other save reports the conflict; the history has one
    row per change, each with the text it really replaced."""
    setup = open_store(store_url)
    import_report(setup, read_report(real_report), P9M)
    measure_id, loaded = _first(setup)
    setup.close()
    stores = [open_store(store_url), open_store(store_url)]
    try:
        base = loaded
        for round_no in range(15):
            barrier = threading.Barrier(2)
            results: dict[int, object] = {}

            def save(
                who: int,
                base: str = base,
                round_no: int = round_no,
                barrier: threading.Barrier = barrier,
                results: dict[int, object] = results,
            ) -> None:
                barrier.wait()
                for _attempt in range(20):  # a busy store (SQLite's one writer) is tried again
                    try:
                        results[who] = save_texts(
                            stores[who],
                            {(measure_id, P9M.code): f"{round_no}: текст {who}"},
                            bases={(measure_id, P9M.code): base},
                        )
                        return
                    except Exception as exc:  # busy/serialisation: the window retries too
                        results[who] = exc
                raise AssertionError(results[who])

            threads = [threading.Thread(target=save, args=(who,)) for who in (0, 1)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            outcomes = [results[0], results[1]]
            assert all(isinstance(o, list) for o in outcomes), outcomes
            winners = [who for who in (0, 1) if outcomes[who] == []]
            assert len(winners) == 1, outcomes
            stored = _text(stores[0], measure_id)
            assert stored == f"{round_no}: текст {winners[0]}"
            loser = outcomes[1 - winners[0]]
            assert isinstance(loser, list) and loser[0].stored == stored
            base = stored
        with stores[0].reading() as session:
            history = [(h.old, h.new) for h in measure_history(session, measure_id)]
        _assert_unbroken(history, base)
    finally:
        for opened in stores:
            opened.close()


def _assert_unbroken(history: list[tuple[str, str]], stored: str) -> None:
    """Each change replaced the text the one before it left (one person's typing may be one change)."""
    texts = [pair for pair in history if pair[0] or pair[1]]
    for before, after in itertools.pairwise(texts):
        if after[0]:
            assert after[0] == before[1], (before, after)
    assert texts[-1][1] == stored
