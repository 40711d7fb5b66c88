"""Importing into a real store (SQLite and PostgreSQL): published order, idempotence, bodies, settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import dump_store
from zhdesk.importing.executors import split_executors
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services import settings
from zhdesk.services.bodies import BodyError, list_bodies, merge_bodies, registry_duplicates
from zhdesk.services.measures import list_measures, list_periods
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import Store

P9M = Period.parse("2023-9M")
KEYS = [
    "id",
    "priority",
    "priority_goal",
    "sector",
    "task_no",
    "task",
    "no",
    "text",
    "executors",
    "execution",
    "programme_or_funding",
]


def test_import_then_list_in_published_order(store: Store, store_url: str, real_report: Path) -> None:
    parsed = read_report(real_report)
    result = import_report(store, parsed, P9M)
    assert result.created["measures"] == 173
    assert result.created["priorities"] == 6 and result.created["sectors"] == 18
    with store.reading() as session:
        rows = list_measures(session, P9M)
    assert len(rows) == 173
    assert list(rows[0].to_json()) == KEYS
    assert [(r.no, r.text, r.executors, r.execution, r.programme_or_funding) for r in rows] == [
        (m.no, m.text, m.executors, m.execution, m.programme_or_funding) for m in parsed.measures
    ]
    assert [r.sector for r in rows][::20] == [s.name for s in parsed.sectors for t in s.tasks for _ in t.measures][::20]
    assert len({r.id for r in rows}) == 173


def test_second_import_changes_nothing(store: Store, store_url: str, real_report: Path) -> None:
    parsed = read_report(real_report)
    import_report(store, parsed, P9M)
    before = dump_store(store_url)
    again = import_report(store, read_report(real_report), P9M)
    assert not again.changed_anything
    assert dump_store(store_url) == before


def test_ids_are_stable_across_stores(store: Store, tmp_path: Path, real_report: Path) -> None:
    from zhdesk.storage.database import open_store

    import_report(store, read_report(real_report), P9M)
    other = open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        import_report(other, read_report(real_report), P9M)
        with store.reading() as a, other.reading() as b:
            assert [r.id for r in list_measures(a, P9M)] == [r.id for r in list_measures(b, P9M)]
    finally:
        other.close()


def test_failed_import_writes_nothing(store: Store, store_url: str, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    before = dump_store(store_url)

    def fail_midway(done: int, total: int) -> None:
        if done >= 100:
            raise OSError("disk full")

    with pytest.raises(OSError):
        import_report(store, read_report(real_report), Period.parse("2023-Y"), progress=fail_midway)
    assert dump_store(store_url) == before


def test_another_period_adds_only_its_texts(store: Store, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    result = import_report(store, read_report(real_report), Period.parse("2023-Y"))
    assert set(result.created) == {"execution texts"}
    assert "the title names 2023-9M" in result.notes[0].message
    with store.reading() as session:
        assert [code for code, _, _ in list_periods(session)] == ["2023-9M", "2023-Y"]


def test_bodies_registry_and_merge(store: Store, store_url: str, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        bodies = {b.code: b for b in list_bodies(session)}
        suspects = {(d.first, d.second) for d in registry_duplicates(session)}
    assert bodies["DO"].name == "Департамент освіти міської ради"
    assert bodies["DO2"].name == "департамент освіти міської ради"
    assert ("DO", "DO2") in suspects  # case differences are suspected, never merged silently
    assert ("KP-EMZO", "KP-EMZO2") in suspects  # Міськвітло / Міськсвітло
    assert bodies["USSMS"].name == "Управління у справах сім'ї, молоді та спорту міської ради"
    assert bodies["DER"].measures == 8
    with store.transaction() as session:
        merge_bodies(session, "DO", "DO2")
    with store.reading() as session:
        after = {b.code: b for b in list_bodies(session)}
        own = list_measures(session, P9M, "do")
    assert "DO2" not in after
    assert after["DO"].aliases == ("департамент освіти міської ради",)
    assert after["DO"].measures == bodies["DO"].measures + bodies["DO2"].measures
    assert len(own) == after["DO"].measures
    assert all(any("освіти" in name for name in split_executors(r.executors)) for r in own)
    before = dump_store(store_url)
    again = import_report(store, read_report(real_report), P9M)
    assert not again.changed_anything and not again.new_bodies
    assert dump_store(store_url) == before
    with store.transaction() as session, pytest.raises(BodyError):
        merge_bodies(session, "DO", "DO")


def test_settings_filled_from_the_report_but_never_overwritten(store: Store, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    with store.transaction() as session:
        values = settings.get_all(session)
        assert values["community"] == "Житомирської міської територіальної громади"
        assert values["footnote"].startswith("*Звіт про виконання")
        settings.put(session, "community", "Бердичівської міської територіальної громади")
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        assert settings.get(session, "community") == "Бердичівської міської територіальної громади"


def test_merging_bodies_that_share_a_measure_keeps_one_link(store: Store, store_url: str, tmp_path: Path) -> None:
    source = tmp_path / "two.txt"
    source.write_text(
        "№ з/п\tЗавдання\tЗаходи\tВідповідальний виконавець\tВиконання заходів\tНазва програми\n"
        '<b><u>Пріоритет "А"</u></b> <b><u>Ціль</u></b>\t\t\t\t\t\n<b>Сектор</b>\t\t\t\t\t\n'
        "1\tЗ\t1.1. М\tДепартамент освіти, департамент освіти\tВ\tП\n",
        encoding="utf-8",
    )
    import_report(store, read_report(source), P9M)
    with store.transaction() as session:
        codes = sorted(b.code for b in list_bodies(session))
        merge_bodies(session, codes[0], codes[1])
    with store.reading() as session:
        (body,) = list_bodies(session)
        assert body.measures == 1
    before = dump_store(store_url)
    assert not import_report(store, read_report(source), P9M).changed_anything
    assert dump_store(store_url) == before
