"""The recovery journal never writes a database password; old entries stay readable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhdesk.services.journal import Entry, RecoveryJournal

URLS = [
    "postgresql+psycopg://officer:s3cr3t-pw@db.example:5432/zhdesk",
    "postgresql+psycopg://officer@db.example/zhdesk?password=s3cr3t-pw&sslmode=require",
]


@pytest.mark.parametrize("url", URLS)
def test_journal_keys_by_the_url_without_its_password(tmp_path: Path, url: str) -> None:
    journal = RecoveryJournal(tmp_path)
    journal.record([Entry(url, "m1", "2023-9M", None, "текст", seq=journal.next_seq())])
    on_disk = journal.path.read_text(encoding="utf-8")
    assert "s3cr3t-pw" not in on_disk
    assert "db.example" in on_disk
    assert "sslmode=require" in on_disk or "sslmode" not in url
    pending = journal.pending(url)
    assert [(e.measure_id, e.text) for e in pending] == [("m1", "текст")]
    assert "s3cr3t-pw" not in pending[0].store
    journal.settle(pending)
    assert journal.pending(url) == []


def test_old_entries_stay_matched_and_lose_their_password(tmp_path: Path) -> None:
    """The single journal of older versions is adopted like an ended process's, password dropped."""
    path = tmp_path / "unsaved-texts.jsonl"
    old = [
        {"store": "/home/officer/zhdesk.sqlite3", "measure_id": "m1", "period": "2023-9M", "body": None, "text": "a"},
        {"store": URLS[0], "measure_id": "m2", "period": "2023-9M", "body": "B", "text": "b"},
    ]
    path.write_text("".join(json.dumps(e) + "\n" for e in old), encoding="utf-8")
    journal = RecoveryJournal(tmp_path)
    assert [e.text for e in journal.adopt("/home/officer/zhdesk.sqlite3")] == ["a"]
    assert "s3cr3t-pw" not in path.read_text(encoding="utf-8")
    assert [e.text for e in RecoveryJournal(tmp_path).adopt(URLS[0])] == ["b"]
    assert not path.exists()
    assert "s3cr3t-pw" not in journal.path.read_text(encoding="utf-8")
