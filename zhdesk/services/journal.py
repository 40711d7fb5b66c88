"""A recovery journal: texts on their way to the store, kept in a small file until the store has them.

If the store does not answer and the program is then killed, the text is still on disk and is saved the
next time the window opens that store. Each entry is one JSON line, flushed and fsynced.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from zhdesk.storage.database import hide_password


def store_key(store: str) -> str:
    """The journal's name for a store: its file as given, or its URL without the password."""
    if "://" not in store:
        return store  # a file path (what every journal entry was keyed by so far)
    try:
        return hide_password(store)
    except Exception:  # not a URL after all: kept as it was
        return store


@dataclass(frozen=True)
class Entry:
    store: str  # the store's file, or its URL with the password hidden (never written with it)
    measure_id: str
    period: str
    body: str | None
    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "store", store_key(self.store))

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        return (self.store, self.measure_id, self.period, self.body)


class RecoveryJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, entries: list[Entry]) -> None:
        """Append before the store is written; survives a kill the moment this returns."""
        if not entries:
            return
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            for entry in entries:
                handle.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def pending(self, store: str) -> list[Entry]:
        """The latest text per measure, period and body still waiting for ``store``."""
        latest: dict[tuple[str, str, str, str | None], Entry] = {}
        store = store_key(store)
        for entry in self._read():
            if entry.store == store:
                latest[entry.key] = entry
        return list(latest.values())

    def settle(self, saved: list[Entry]) -> None:
        """Forget entries the store now holds (only if no newer text for the same key came since)."""
        done = {entry.key: entry.text for entry in saved}
        with self._lock:
            entries = self._read()
            last_saved = {e.key: i for i, e in enumerate(entries) if done.get(e.key) == e.text}
            # everything up to the saved text is in the store; newer texts for the same key stay
            keep = [e for i, e in enumerate(entries) if i > last_saved.get(e.key, -1)]
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(
                "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in keep), encoding="utf-8"
            )
            os.replace(temporary, self.path)

    def _read(self) -> list[Entry]:
        if not self.path.exists():
            return []
        entries = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entries.append(Entry(**json.loads(line)))
            except (ValueError, TypeError):
                continue  # a line cut by a kill mid-write: the entries before it are whole
        return entries
