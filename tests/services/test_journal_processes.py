"""Two windows (two processes) sharing the data folder: each journals and settles only its own texts, and
what a killed one journaled is adopted by the next window on that store, never by a live one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from zhdesk.services.journal import Entry, RecoveryJournal

STORE = "/home/officer/zhdesk.sqlite3"
WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from zhdesk.services.journal import Entry, RecoveryJournal
    data, who, count, hold = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4] == "hold"
    journal = RecoveryJournal(data)
    entries = []
    for i in range(count):
        text, seq = f"текст {who}{i}", journal.next_seq()
        entry = Entry(sys.argv[5], f"{who}{i}", "2023-9M", None, text, seq=seq, at=time.time())
        journal.record([entry])
        entries.append(entry)
        if i % 2 == 1:  # every other text reaches the store: settled
            journal.settle([entries[i - 1]])
    print("done", flush=True)
    if hold:
        time.sleep(600)  # alive until killed: its journal is its own
    journal.close()
    """
)


def _writer(data: Path, who: str, count: int, hold: bool) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data), who, str(count), "hold" if hold else "exit", STORE],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def test_two_processes_keep_each_others_texts(tmp_path: Path) -> None:
    data = tmp_path / "userdata"
    writers = [_writer(data, who, 300, hold=False) for who in "AB"]
    for writer in writers:
        assert writer.wait(120) == 0
    adopted = RecoveryJournal(data).adopt(STORE)
    expected = {f"{who}{i}" for who in "AB" for i in range(300) if i % 2 == 1}
    assert {e.measure_id for e in adopted} == expected  # 300 unsettled texts, none lost, none settled kept


def test_a_live_window_keeps_its_journal_and_a_killed_ones_is_adopted(tmp_path: Path) -> None:
    data = tmp_path / "userdata"
    alive, killed = _writer(data, "L", 20, hold=True), _writer(data, "K", 20, hold=True)
    try:
        for writer in (alive, killed):
            assert writer.stdout is not None and writer.stdout.readline().strip() == "done"
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(30)
        first = RecoveryJournal(data)
        adopted = first.adopt(STORE)
        assert {e.measure_id for e in adopted} == {f"K{i}" for i in range(20) if i % 2 == 1}
        assert all(e.text == f"текст {e.measure_id}" for e in adopted)
        # a second window now finds nothing more: the killed one's texts are the first window's
        assert RecoveryJournal(data).adopt(STORE) == []
        # the live process's journal is untouched
        live_files = [p for p in (data / "recovery").glob(f"{alive.pid}-*.jsonl")]
        assert len(live_files) == 1
        assert len([json.loads(line) for line in live_files[0].read_text(encoding="utf-8").splitlines()]) == 10
        # the first window ends with those texts still unsaved: a third window adopts what it had adopted
        first.close()
        assert first.path.exists()
    finally:
        alive.kill()
        alive.wait(30)
    third = RecoveryJournal(data).adopt(STORE)
    assert {e.measure_id for e in third} == {f"{who}{i}" for who in "KL" for i in range(20) if i % 2 == 1}


def test_settle_keeps_a_newer_text_of_the_same_measure(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    older = Entry(STORE, "m1", "2023-9M", None, "старий", seq=journal.next_seq())
    newer = Entry(STORE, "m1", "2023-9M", None, "новий", seq=journal.next_seq())
    journal.record([older, newer])
    journal.settle([older])
    assert [e.text for e in journal.pending(STORE)] == ["новий"]
    journal.settle([newer])
    assert journal.pending(STORE) == []
    assert not journal.path.exists()  # nothing waits: no file left behind


def test_other_stores_and_bodies_stay_for_their_window(tmp_path: Path) -> None:
    old = RecoveryJournal(tmp_path)
    old.record(
        [
            Entry(STORE, "m1", "2023-9M", None, "звіт"),
            Entry(STORE, "m2", "2023-9M", "ДЕП", "частина"),
            Entry("/other.sqlite3", "m3", "2023-9M", None, "інше"),
        ]
    )
    old.close()
    mine = RecoveryJournal(tmp_path).adopt(STORE, lambda e: e.body is None)
    assert [e.text for e in mine] == ["звіт"]
    assert [e.text for e in RecoveryJournal(tmp_path).adopt(STORE, lambda e: e.body == "ДЕП")] == ["частина"]
    assert [e.text for e in RecoveryJournal(tmp_path).adopt("/other.sqlite3")] == ["інше"]
