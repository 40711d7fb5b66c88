"""What ``zhdesk --version`` says of an SQLite store, with the standard library only: no SQLAlchemy import.

Where the store is and its schema revision, without creating, migrating or changing anything; a store
named by a URL other than a plain file is asked through SQLAlchemy (``database.store_info``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from zhdesk.storage.schema import SCHEMA_HEAD


class StoreInfo(NamedTuple):  # not a dataclass: ``dataclasses`` (and ``inspect``) cost --version a tenth
    location: str
    revision: str | None  # None: no store there yet
    head: str
    read_only: bool = False

    def describe(self) -> str:
        if self.revision is None:
            return f"store: {self.location} (not created yet; this zhdesk writes schema {self.head})"
        note = "" if self.revision == self.head else f"; this zhdesk writes schema {self.head}"
        return f"store: {self.location} (schema {self.revision}{note}{'; read-only' if self.read_only else ''})"


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """An SQLite file opened for reading only, whoever owns it and wherever it lies.

    ``mode=ro`` while its folder can be written (a WAL store needs its -shm file there); ``immutable=1``
    when even the folder cannot be (a CD, a read-only share) and no -wal file holds changes not yet
    written back. A file: URI, so that #, ? and % in folder names mean themselves."""
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        return sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=check_same_thread)
    return sqlite3.connect(uri + "?mode=ro", uri=True, check_same_thread=check_same_thread)


def writable(path: Path) -> bool:
    """The file and its folder (SQLite's -wal and -shm files live beside it) can both be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def sqlite_file_info(path: Path, head: str = SCHEMA_HEAD) -> StoreInfo:
    """The SQLite store at ``path``: not there yet, its revision ("none": not a zhdesk store), read-only."""
    if not path.is_file():
        return StoreInfo(str(path), None, head)
    try:
        connection = connect_read_only(path)
        try:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        found = None
    return StoreInfo(str(path), found[0] if found else "none", head, not writable(path))
