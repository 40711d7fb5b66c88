"""The exchange container: a small zip holding ``manifest.json`` and ``content.json``, read defensively.

Both form packages (``.zhform``) and submissions (``.zhsub``) use it. Nothing from a file is trusted
before :func:`read_container` has checked its size, its members, their sizes and compression ratio,
their names, the UTF-8 and the JSON; every failure is an :class:`ExchangeError` naming the file.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zhdesk.reports.atomic import atomic_path

SCHEMA_VERSION = 1
FORM, SUBMISSION = "zhdesk-form", "zhdesk-submission"
MANIFEST, CONTENT = "manifest.json", "content.json"

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200  # JSON of Ukrainian text compresses about 5-10×; a bomb compresses thousands of times
BOMB_FLOOR = 1024 * 1024  # below this a member is no danger, however well it compresses
MAX_JSON_DEPTH = 20
MAX_SEQUENCE_JUMP = 1000  # how far past the last received a submission's number may be (none locks a body out)


# What kind of problem it is, for a message in the officer's language (the window words each one)
DAMAGED, TOO_LARGE, VERSION, MALFORMED, SIGNATURE = "damaged", "too-large", "version", "malformed", "signature"
NOT_ISSUED, OLDER, MEASURES, PERIOD, STORE, UNREADABLE, SEQUENCE = (
    "not-issued",
    "older",
    "measures",
    "period",
    "store",
    "unreadable",
    "sequence",  # a submission numbered too far past the last received
)

CATEGORIES = (
    DAMAGED,
    TOO_LARGE,
    VERSION,
    MALFORMED,
    SIGNATURE,
    NOT_ISSUED,
    OLDER,
    MEASURES,
    PERIOD,
    STORE,
    UNREADABLE,
    SEQUENCE,
)


class ExchangeError(ValueError):
    """A form package or submission that cannot be used, with the reason; ``file`` names it.

    ``category`` (DAMAGED, SIGNATURE, OLDER, …) says what kind of problem it is; the reason gives details.
    """

    def __init__(self, file: str, reason: str, category: str = DAMAGED) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.category = category


@dataclass(frozen=True)
class Container:
    kind: str
    manifest: dict[str, Any]
    content: dict[str, Any]
    content_bytes: bytes
    digest: str  # SHA-256 of the whole file: the same file received twice is recognised by it


def sign(secret: str, content: bytes) -> str:
    return hmac.new(bytes.fromhex(secret), content, hashlib.sha256).hexdigest()


def authentic(secret: str, content: bytes, mac: object) -> bool:
    """Constant-time comparison of the file's MAC with the one the body's key gives."""
    if not isinstance(mac, str) or len(mac) != 64:
        return False
    return hmac.compare_digest(sign(secret, content).encode("ascii"), mac.encode("ascii", "replace"))


def pack(kind: str, content: dict[str, Any], manifest_extra: dict[str, Any] | None = None) -> bytes:
    """The bytes of a container; ``manifest_extra`` may carry the MAC and the body's code."""
    content_bytes = content_bytes_of(content)
    manifest = {"format": kind, "schema": SCHEMA_VERSION, **(manifest_extra or {})}
    return pack_raw(json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"), content_bytes)


def pack_raw(manifest_bytes: bytes, content_bytes: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(CONTENT, content_bytes)
    return buffer.getvalue()


def content_bytes_of(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_file(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Write atomically: the previous file stays whole if anything fails. ``private``: it holds a key
    (a form package): readable by its owner only on POSIX."""
    with atomic_path(path, private=private) as temporary:
        temporary.write_bytes(data)
    return path


def read_container(path: Path | str, kind: str) -> Container:
    path = Path(path)
    name = path.name
    try:
        info = os.stat(path)
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise ExchangeError(name, "not a regular file (a pipe, device or socket); give a saved file", UNREADABLE)
        if size > MAX_FILE_BYTES:
            raise ExchangeError(
                name, f"the file is {size / 2**20:.0f} MB; an exchange file is at most 64 MB", TOO_LARGE
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ExchangeError(name, "no such file", UNREADABLE) from None
    except IsADirectoryError:
        raise ExchangeError(name, "this is a folder, not a file", UNREADABLE) from None
    except OSError as exc:
        raise ExchangeError(name, f"cannot read it ({exc.strerror or exc})", UNREADABLE) from None
    return parse_container(name, data, kind)


def parse_container(name: str, data: bytes, kind: str) -> Container:
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(name, "the file is larger than 64 MB; an exchange file is at most 64 MB", TOO_LARGE)
    if not data.startswith(b"PK\x03\x04"):
        raise ExchangeError(name, f"not a zhdesk {_what(kind)} (not a zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError) as exc:
        raise ExchangeError(name, f"the archive is damaged ({_brief(exc)})") from None
    names = [info.filename for info in infos]
    unexpected = [n for n in names if n not in (MANIFEST, CONTENT)]
    if unexpected:
        raise ExchangeError(
            name, f"unexpected member {_brief(repr(unexpected[0]))}; only {MANIFEST} and {CONTENT} belong there"
        )
    if len(names) != len(set(names)):
        raise ExchangeError(name, "a member appears twice in the archive")
    for member in (MANIFEST, CONTENT):
        if member not in names:
            raise ExchangeError(name, f"{member} is missing")
    raw = {info.filename: _read_member(name, archive, info) for info in infos}
    manifest = _json(name, MANIFEST, raw[MANIFEST])
    if manifest.get("format") != kind:
        found = _brief(repr(manifest.get("format")))
        raise ExchangeError(name, f"this is not a zhdesk {_what(kind)} (format {found}, expected {kind!r})")
    schema = manifest.get("schema")
    if type(schema) is not int or schema != SCHEMA_VERSION:  # not 1.0, not true
        raise ExchangeError(
            name,
            f"format version {_brief(repr(schema))} is not known to this zhdesk (it reads version {SCHEMA_VERSION}); "
            "the sender and the receiver need the same release",
            VERSION,
        )
    content = _json(name, CONTENT, raw[CONTENT])
    return Container(kind, manifest, content, raw[CONTENT], hashlib.sha256(data).hexdigest())


def _brief(value: object, limit: int = 120) -> str:
    """An exception's or a name's text cut short: a hostile file must not fill the message with its bytes."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _what(kind: str) -> str:
    return "form package (.zhform)" if kind == FORM else "submission (.zhsub)"


def _read_member(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_MEMBER_BYTES:
        raise ExchangeError(name, f"{info.filename} unpacks to {info.file_size / 2**20:.0f} MB; too large", TOO_LARGE)
    if info.file_size > BOMB_FLOOR and info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise ExchangeError(name, f"{info.filename} is compressed suspiciously well (a zip bomb?)", TOO_LARGE)
    try:
        with archive.open(info) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ExchangeError(name, f"{info.filename} is damaged ({_brief(exc)})") from None
    except Exception:  # zlib.error and friends from a corrupt stream
        raise ExchangeError(name, f"{info.filename} is damaged (its compressed data is corrupt)") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise ExchangeError(name, f"{info.filename} is larger than it claims; too large", TOO_LARGE)
    return data


def _json(name: str, member: str, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeError(name, f"{member} is not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise ExchangeError(name, f"{member} is nested too deeply") from None
    except ValueError as exc:
        detail = "a number is too long" if "int_max_str_digits" in str(exc) else _brief(exc)
        raise ExchangeError(name, f"{member} is not valid JSON ({detail})") from None
    if not isinstance(value, dict):
        raise ExchangeError(name, f"{member} is not a JSON object")
    if _depth(value) > MAX_JSON_DEPTH:
        raise ExchangeError(name, f"{member} is nested too deeply")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice")
        result[key] = value
    return result


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_JSON_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


class Fields:
    """Typed access to a JSON object, failing with the file and the field's path."""

    def __init__(self, file: str, value: Any, where: str = "") -> None:
        if not isinstance(value, dict):
            raise ExchangeError(file, f"{where or 'content'} must be an object", MALFORMED)
        self.file, self.value, self.where = file, value, where

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str, kind: type | tuple[type, ...], label: str) -> Any:
        if key not in self.value:
            raise ExchangeError(self.file, f"the field {self._path(key)} is missing", MALFORMED)
        value = self.value[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise ExchangeError(self.file, f"the field {self._path(key)} must be {label}", MALFORMED)
        return value

    def text(self, key: str, *, limit: int = 1_000_000, optional: bool = False) -> str:
        if optional and key not in self.value:
            return ""
        value: str = self._get(key, str, "text")
        if len(value) > limit:
            raise ExchangeError(
                self.file, f"the field {self._path(key)} is too long ({len(value)} characters)", MALFORMED
            )
        if "\x00" in value:
            raise ExchangeError(self.file, f"the field {self._path(key)} contains a NUL character", MALFORMED)
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the JSON): no database can store it
                raise ExchangeError(
                    self.file, f"the field {self._path(key)} contains a lone surrogate, not a character", MALFORMED
                ) from None
        return value

    def integer(self, key: str) -> int:
        value: int = self._get(key, int, "a whole number")
        if not 0 <= value < 2**31:
            raise ExchangeError(self.file, f"the field {self._path(key)} is out of range", MALFORMED)
        return value

    def items(self, key: str, *, limit: int = 1_000_000, optional: bool = False) -> list[Fields]:
        if optional and key not in self.value:
            return []
        values: list[Any] = self._get(key, list, "a list")
        if len(values) > limit:
            raise ExchangeError(self.file, f"the list {self._path(key)} is too long", MALFORMED)
        return [Fields(self.file, v, f"{self._path(key)}[{i}]") for i, v in enumerate(values)]

    def obj(self, key: str) -> Fields:
        return Fields(self.file, self._get(key, dict, "an object"), self._path(key))
