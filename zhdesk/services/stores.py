"""The stores a window opens (Файл → Створити сховище… / Відкрити сховище… / a server): opening one as the
coordinator chose it, a refusal told by its kind, a server's password never kept, the store's short name
for the title bar, the recent stores, and what the title and the start page say of a store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from zhdesk.storage.database import StoreError, carries_password, open_store
from zhdesk.storage.models import ExecutiveBody, Measure, Programme, ReportingPeriod

if TYPE_CHECKING:
    from zhdesk.storage.database import Store

RECENT_KEPT = 8

# the kinds of refusal (StoreRefused.kind), worded for the coordinator by the window
MISSING = "missing"  # no store there (no file, an empty file, an empty database) and none was to be made
FOREIGN = "foreign"  # another program's database, or not a database at all: untouched
NEWER = "newer"  # written by a newer zhdesk
UNREACHABLE = "unreachable"  # the server did not answer, or refused the user or the password
CANNOT_CREATE = "cannot-create"  # the folder cannot be written
BAD_ADDRESS = "bad-address"  # not a database address
OTHER = "other"


class StoreRefused(Exception):
    """The chosen store was not opened; ``kind`` says why (one of the kinds above), ``where`` names it
    without a password, ``detail`` is the store's own message (English, for the details)."""

    def __init__(self, kind: str, where: str, detail: str = "") -> None:
        super().__init__(f"{where}: {detail or kind}")
        self.kind, self.where, self.detail = kind, where, detail


def _kind(message: str) -> str:
    if "not a zhdesk store" in message:
        return FOREIGN
    if message.startswith("no store at"):
        return MISSING
    if "newer zhdesk" in message:
        return NEWER
    if message.startswith("cannot create a store"):
        return CANNOT_CREATE
    if message.startswith(("cannot open the store", "cannot use database URL")):
        return UNREACHABLE
    return OTHER


def open_chosen(url: URL | str, *, create: bool) -> Store:
    """Open the store at ``url`` (``create``: make one where there is none). A database of another program
    is refused untouched; every refusal is a ``StoreRefused``."""
    try:
        url = make_url(url) if isinstance(url, str) else url
    except ArgumentError as exc:
        raise StoreRefused(BAD_ADDRESS, str(url), str(exc)) from exc
    try:
        return open_store(url, create=create)
    except StoreError as exc:
        where = str(url.database) if url.get_backend_name() == "sqlite" else short_name(url)  # the file in full
        raise StoreRefused(_kind(str(exc)), where, str(exc)) from exc


def file_url(path: Path | str) -> URL:
    return URL.create("sqlite", database=str(Path(path).expanduser().resolve()))


def server_url(address: str, password: str = "") -> URL:
    """The server's address as typed, with ``password`` (typed apart, never kept) put in. A password
    written in the address itself is used when none was typed."""
    try:
        url = make_url(address.strip())
    except ArgumentError as exc:
        raise StoreRefused(BAD_ADDRESS, address.strip(), str(exc)) from exc
    if url.get_backend_name() == "sqlite":
        raise StoreRefused(BAD_ADDRESS, address.strip(), "a file, not a server")
    return url.set(password=password) if password else url


def without_password(url: URL | str) -> str:
    """The URL as it may be remembered: no password, neither after the user nor as ``password=``."""
    url = make_url(url) if isinstance(url, str) else url
    secret = [key for key in url.query if key.lower() == "password"]
    if secret:
        url = url.difference_update_query(secret)
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)  # (URL.set(password=None) would keep the password)


def needs_password_asked(url_text: str) -> bool:
    """A remembered server store (its password was never kept): opened again through the server dialog."""
    try:
        return make_url(url_text).get_backend_name() != "sqlite"
    except ArgumentError:
        return False


def short_name(url: URL | str) -> str:
    """The store as the title bar names it: the file's name, or ``server/database`` (no user, no password)."""
    try:
        url = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return str(url)
    if url.get_backend_name() == "sqlite":
        return Path(url.database).name if url.database and url.database != ":memory:" else ":memory:"
    host = url.host or str(url.query.get("host") or "") or "localhost"
    if host.startswith("/"):
        host = "localhost"  # a Unix socket: the server on this computer
    return f"{host}/{url.database or ''}"


def sqlite_path(url_text: str) -> Path | None:
    """The file of a remembered SQLite store, or None for a server."""
    try:
        url = make_url(url_text)
    except ArgumentError:
        return None
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def available(url_text: str) -> bool:
    """Whether a remembered store can be offered: its file is there (a server is always offered)."""
    path = sqlite_path(url_text)
    return path.is_file() if path is not None else needs_password_asked(url_text)


def recent_entry(url: URL | str) -> str:
    """How the recent stores name a store: its URL without the password, a file's path made absolute (a
    store opened at start and the same one chosen in the File menu are one entry)."""
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        url = url.set(database=str(Path(url.database).expanduser().resolve()))
    return without_password(url)


def recent_after(recent: list[str], opened: str) -> list[str]:
    """The recent stores once ``opened`` (a URL without password) was opened: first, once, at most 8."""
    return [opened, *[url for url in recent if url != opened]][:RECENT_KEPT]


@dataclass(frozen=True)
class StoreFacts:
    """What the title bar and the start page say of a store."""

    community: str  # in the genitive, as the report's title names it ("" when not set)
    body_name: str  # the department's full name, for a department's store ("" otherwise)
    programme_years: tuple[int, ...]
    periods: int
    measures: int


def store_facts(store: Store, body: str | None = None) -> StoreFacts:
    from zhdesk.services.settings import get

    with store.reading() as session:
        community = get(session, "community")
        name = session.scalar(select(ExecutiveBody.name).where(ExecutiveBody.code == body)) if body else None
        years = tuple(session.scalars(select(Programme.year).order_by(Programme.year)))
        periods = session.scalar(select(func.count()).select_from(ReportingPeriod)) or 0
        measures = session.scalar(select(func.count()).select_from(Measure)) or 0
    return StoreFacts(" ".join(community.split()), name or "", years, periods, measures)


def remembered_as_last(url: URL) -> str | None:
    """What the next start may open by itself: the URL, unless it needed a password (asked again)."""
    return None if carries_password(url) else without_password(url)
