"""services.stores: what is remembered of a store (never its password), its short name, the recent list, and
a refusal told by its kind with the chosen store left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from zhdesk.services import stores
from zhdesk.services.stores import StoreRefused


def test_a_password_is_never_remembered_and_the_short_name_hides_the_path() -> None:
    url = "postgresql+psycopg://coord:pa55@db.office.lan:5432/zhdesk?password=other&sslmode=require"
    kept = stores.without_password(url)
    assert "pa55" not in kept and "other" not in kept
    assert kept == "postgresql+psycopg://coord@db.office.lan:5432/zhdesk?sslmode=require"
    assert stores.remembered_as_last(stores.server_url(kept, "pa55")) is None  # asked again at the next start
    assert stores.short_name(url) == "db.office.lan/zhdesk"
    assert stores.short_name("postgresql+psycopg://zhdesk@/t1?host=/tmp/pg&port=54329") == "localhost/t1"
    assert stores.short_name(stores.file_url("/home/o/Документи/звіт.sqlite3")) == "звіт.sqlite3"
    with pytest.raises(StoreRefused) as refused:
        stores.server_url("not an address")
    assert refused.value.kind == stores.BAD_ADDRESS
    recent = [f"sqlite:///{n}" for n in "abcdefgh"]
    assert stores.recent_after(recent, "sqlite:///e") == ["sqlite:///e", *[u for u in recent if u != "sqlite:///e"]]
    assert len(stores.recent_after(recent, "sqlite:///z")) == stores.RECENT_KEPT


def test_refusals_by_kind_leave_the_file_as_it_was(tmp_path: Path) -> None:
    with pytest.raises(StoreRefused) as missing:
        stores.open_chosen(stores.file_url(tmp_path / "none.sqlite3"), create=False)
    assert missing.value.kind == stores.MISSING and not (tmp_path / "none.sqlite3").exists()
    foreign = tmp_path / "invoices.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = foreign.read_bytes()
    for create in (False, True):
        with pytest.raises(StoreRefused) as refused:
            stores.open_chosen(stores.file_url(foreign), create=create)
        assert refused.value.kind == stores.FOREIGN and refused.value.where == str(foreign)
    assert foreign.read_bytes() == before
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreRefused) as refused:
        stores.open_chosen(stores.file_url(text), create=False)
    assert refused.value.kind == stores.FOREIGN
    made = stores.open_chosen(stores.file_url(tmp_path / "new" / "s.sqlite3"), create=True)
    try:
        facts = stores.store_facts(made)
    finally:
        made.close()
    assert facts == stores.StoreFacts("", "", (), 0, 0)
    with pytest.raises(StoreRefused) as refused:
        stores.open_chosen("postgresql+psycopg://nobody@/nodb?host=/nonexistent&port=1", create=True)
    assert refused.value.kind == stores.UNREACHABLE
