"""Entering texts: saved in one short transaction each, pasted junk cleaned, and a killed writer loses
at most what was in flight."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import dump_store
from zhdesk.importing.readers import read_report
from zhdesk.periods import Period
from zhdesk.services.entry import EntryError, clean_pasted, save_execution
from zhdesk.services.measures import list_measures
from zhdesk.services.programme_import import import_report
from zhdesk.storage.database import Store

P9M, PY = Period.parse("2023-9M"), Period.parse("2023-Y")


def test_clean_pasted_keeps_words_and_drops_junk() -> None:
    pasted = "\ufeffПроведено\u00a0нараду\u200b  з під\u00adприємцями.\r\n\r\n\t Друга\u2009частина \x07\u2029Третя"
    assert clean_pasted(pasted) == "Проведено нараду з підприємцями.\nДруга частина\nТретя"
    assert clean_pasted("«Лапки», тире — і 25,5 тис. грн") == "«Лапки», тире — і 25,5 тис. грн"


def test_save_consolidated_and_body_texts(store: Store, store_url: str, real_report: Path) -> None:
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        first = list_measures(session, P9M)[0]
    with store.transaction() as session:
        assert save_execution(session, first.id, PY, "Річний текст про виконання заходу.")
    before = dump_store(store_url)
    with store.transaction() as session:
        assert not save_execution(session, first.id, PY, "Річний текст про виконання заходу.")
    assert dump_store(store_url) == before  # the same text again writes nothing
    with store.transaction() as session:
        assert save_execution(session, first.id, PY, "Частина департаменту.", body="DER")
    with store.reading() as session:
        assert list_measures(session, PY)[0].execution == "Річний текст про виконання заходу."
    with store.transaction() as session, pytest.raises(EntryError):
        save_execution(session, "no-such-id", PY, "x")


WRITER = r"""
import sys
from zhdesk.periods import Period
from zhdesk.services.entry import save_execution
from zhdesk.storage.database import open_store
store = open_store("sqlite:///" + sys.argv[1])
measure = sys.argv[2]
for n in range(1_000_000):
    with store.transaction() as session:
        save_execution(session, measure, Period.parse("2023-Y"), f"Текст, набраний до символу {n}")
    print(n, flush=True)
"""


def test_killed_writer_loses_at_most_the_text_in_flight(tmp_path: Path, real_report: Path) -> None:
    from zhdesk.storage.database import open_store

    path = tmp_path / "dept.sqlite3"
    store = open_store(f"sqlite:///{path}")
    import_report(store, read_report(real_report), P9M)
    with store.reading() as session:
        measure = list_measures(session, P9M)[0].id
    store.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), measure], stdout=subprocess.PIPE, text=True, env={**os.environ}
    )
    assert writer.stdout is not None
    last = -1
    started = time.monotonic()
    while last < 200 and time.monotonic() - started < 60:
        line = writer.stdout.readline()
        if not line:
            break
        last = int(line)
    os.kill(writer.pid, signal.SIGKILL)  # mid-stream, no chance to clean up
    writer.wait()
    assert last >= 200, "the writer did not get going"
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_store(f"sqlite:///{path}")
    try:
        with reopened.reading() as session:
            text = list_measures(session, PY)[0].execution
    finally:
        reopened.close()
    saved = int(text.rsplit(" ", 1)[1])
    assert saved >= last  # everything acknowledged is there; at most the one in flight is newer
