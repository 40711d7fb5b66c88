"""The quick reader gives the window exactly what the store's own query gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import save_execution
from zhdesk.services.measures import list_measures, list_periods
from zhdesk.services.previous import previous_texts
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import open_store
from zhdesk.storage.quick import read_index

P9M, PY = Period.parse("2023-9M"), Period.parse("2023-Y")


def test_quick_index_matches_the_store_query(tmp_path: Path, real_report: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = open_store(f"sqlite:///{path}")
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        first, second = list_measures(session, P9M)[:2]
    with store.transaction() as session:
        save_execution(session, first.id, PY, "Річний текст.")
        save_execution(session, second.id, PY, "Частина департаменту.", body="DER")
    with store.reading() as session:
        expected = list_measures(session, PY)
        periods = list_periods(session)
        nine = {row.id: row.execution for row in list_measures(session, P9M)}
        previous = previous_texts(session, PY, [row.id for row in expected])
    store.close()
    quick = read_index(path)
    assert quick is not None
    assert quick.period == "2023-Y" and quick.periods == periods
    assert quick.rows == expected
    assert quick.previous == previous
    assert {k: v.text for k, v in quick.previous.items()} == {k: v for k, v in nine.items() if v}
    assert {v.period for v in quick.previous.values()} == {"2023-9M"}
    assert read_index(path, "2023-9M").rows[0].execution == nine[first.id]


def test_quick_index_steps_aside_when_unsure(tmp_path: Path) -> None:
    assert read_index(tmp_path / "missing.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    assert read_index(junk) is None
    old = tmp_path / "old.sqlite3"
    open_store(f"sqlite:///{old}").close()
    with sqlite3.connect(old) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    assert read_index(old) is None  # needs a migration: the full path does it


def test_quick_index_for_one_body_matches_the_store_query(tmp_path: Path, real_report: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = open_store(f"sqlite:///{path}")
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        own = list_measures(session, PY, "DER")
    with store.transaction() as session:
        save_execution(session, own[0].id, PY, "Текст департаменту.", body="DER")
        save_execution(session, own[1].id, PY, "Зведений текст координатора.")
    with store.reading() as session:
        expected = list_measures(session, PY, "DER", own_texts=True)
        previous = previous_texts(session, PY, [row.id for row in expected], "DER")
    with store.transaction() as session:  # the body's own part of 9M wins over the report's text
        save_execution(session, own[2].id, P9M, "Власна частина за 9 місяців.", body="DER")
    with store.reading() as session:
        expected_rows = list_measures(session, P9M, "DER", own_texts=True)
        own_previous = previous_texts(session, P9M, [row.id for row in expected_rows], "DER")
        after = previous_texts(session, PY, [row.id for row in expected], "DER")
    store.close()
    quick = read_index(path, "2023-Y", "der")
    assert quick is not None
    assert quick.rows == expected
    assert [r.execution for r in expected[:2]] == ["Текст департаменту.", ""]  # own texts only
    assert quick.previous == after != previous
    assert after[own[2].id].text == "Власна частина за 9 місяців." != previous[own[2].id].text
    assert read_index(path, "2023-9M", "DER").previous == own_previous == {}  # nothing before 9M
    assert read_index(path, "2023-Y", "NOPE") is None
