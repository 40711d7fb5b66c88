"""Fuzzing the exchange files with Hypothesis.

(a) ``parse_container`` on arbitrary bytes, on random zips and on a valid submission mutated at random: it
returns a Container or raises ExchangeError, nothing else. (b) Random JSON-like content, correctly signed
with a body's real key, received into a real SQLite store: the file is received exactly when an independent
reading of the format says it is valid, is otherwise rejected with a reason, and a rejection changes nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import itertools
import json
import math
import os
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from tests.exchange.util import ok, shared_pair, where
from tests.helpers import dump_store
from zhdesk.exchange.container import (
    BOMB_FLOOR,
    FORM,
    MAX_RATIO,
    MAX_SEQUENCE_JUMP,
    SUBMISSION,
    Container,
    ExchangeError,
    authentic,
    content_bytes_of,
    pack_raw,
    parse_container,
    read_container,
    sign,
)
from zhdesk.exchange.submissions import MAX_ENTRY_CHARS, receive_files
from zhdesk.periods import Period, PeriodError
from zhdesk.storage.database import Store, open_store

PERIOD = "2023-Y"
KEY = "3c" * 32

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(),
    st.text(st.characters(exclude_categories=()), max_size=20),
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples * int(os.environ.get("ZHDESK_FUZZ_SCALE", "1")),  # more for a long hunt
        deadline=None,
        database=None,  # nothing written into the working tree
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def parses_or_refuses(data: bytes) -> Container | None:
    """parse_container's result, None when it refused with an ExchangeError; anything else fails the test."""
    try:
        container = parse_container("fuzz.zhsub", data, SUBMISSION)
    except ExchangeError as exc:
        assert exc.file == "fuzz.zhsub"
        assert exc.reason.strip() and len(exc.reason) < 500 and "\n" not in exc.reason, exc.reason
        return None
    assert isinstance(container, Container)
    assert container.digest == hashlib.sha256(data).hexdigest()
    return container


def sample_submission() -> tuple[bytes, bytes]:
    content = {
        "body": "ORG",
        "period": PERIOD,
        "programme_year": 2023,
        "sequence": 1,
        "created_at": "2024-01-15T09:30:00+00:00",
        "author": "Олена Петренко",
        "app_version": "0.1.0",
        "entries": [
            {"measure_id": f"00000000-0000-4000-8000-{i:012d}", "text": f"Захід {i} виконано у строк, 12,5 тис. грн."}
            for i in range(6)
        ],
    }
    raw = content_bytes_of(content)
    manifest = {"format": SUBMISSION, "schema": 1, "body": "ORG", "hmac_sha256": sign(KEY, raw)}
    return pack_raw(json.dumps(manifest, ensure_ascii=False, indent=1).encode(), raw), raw


VALID, VALID_CONTENT = sample_submission()


# --------------------------------------------------------------------------------------------- (a) parsing


@fuzz(300)
@given(data=st.binary(max_size=3000), zip_magic=st.booleans())
def test_parse_container_on_arbitrary_bytes(data: bytes, zip_magic: bool) -> None:
    parses_or_refuses(b"PK\x03\x04" + data if zip_magic else data)


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("set"), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=40)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 40)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("repeat"), st.integers(0, 10**6), st.integers(1, 200)),
)


def mutate(data: bytes, ops: list[tuple[str, int, Any]]) -> bytes:
    buffer = bytearray(data)
    for op, position, arg in ops:
        at = position % (len(buffer) + 1)
        if op == "flip" and at < len(buffer):
            buffer[at] ^= arg
        elif op == "set" and at < len(buffer):
            buffer[at] = arg
        elif op == "insert":
            buffer[at:at] = arg
        elif op == "delete":
            del buffer[at : at + arg]
        elif op == "truncate":
            del buffer[at:]
        elif op == "repeat":
            buffer[at:at] = buffer[at : at + arg]
    return bytes(buffer)


@fuzz(400)
@given(ops=st.lists(mutation, min_size=1, max_size=6))
def test_parse_container_on_a_mutated_submission(ops: list[tuple[str, int, Any]]) -> None:
    container = parses_or_refuses(mutate(VALID, ops))
    if container is not None and container.content_bytes != VALID_CONTENT:
        assert not authentic(KEY, container.content_bytes, container.manifest.get("hmac_sha256"))


def test_parse_container_on_every_single_byte_change_and_cut() -> None:
    """Deterministically: every byte of a valid submission changed three ways, and every truncation of it."""
    parsed = 0
    for at in range(len(VALID)):
        for mask in (0x01, 0x80, 0xFF):
            container = parses_or_refuses(VALID[:at] + bytes([VALID[at] ^ mask]) + VALID[at + 1 :])
            if container is not None:
                parsed += 1
                if container.content_bytes != VALID_CONTENT:
                    assert not authentic(KEY, container.content_bytes, container.manifest.get("hmac_sha256"))
        assert parses_or_refuses(VALID[:at]) is None
    assert parses_or_refuses(VALID) is not None
    assert parsed < len(VALID)  # fewer than a third of the changes leave a readable archive


member_names = st.one_of(
    st.sampled_from(["manifest.json", "content.json", "../content.json", "/etc/passwd", "content.json/", ""]),
    st.text(max_size=30),
    st.integers(40, 3000).map(lambda n: "../" * n + "content.json"),
)
member_data = st.one_of(
    st.binary(max_size=300),
    st.sampled_from([VALID_CONTENT, b"{}", b"[]", b'{"format": "zhdesk-submission", "schema": 1}']),
    st.builds(lambda n: b"[" * n + b"]" * n, st.integers(0, 5000)),
    st.builds(lambda n: b" " * n, st.integers(0, 300_000)),
)


@fuzz(200)
@given(
    members=st.lists(st.tuples(member_names, member_data), max_size=4),
    method=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]),
    ops=st.lists(mutation, max_size=2),
)
def test_parse_container_on_random_zips(
    members: list[tuple[str, bytes]], method: int, ops: list[tuple[str, int, Any]]
) -> None:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name"
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, data in members:
                archive.writestr(zipfile.ZipInfo(name or "x", (2024, 1, 1, 0, 0, 0)), data, compress_type=method)
    parses_or_refuses(mutate(buffer.getvalue(), ops))


@fuzz(200)
@given(
    fields=st.dictionaries(st.sampled_from(["format", "schema", "body", "hmac_sha256", "x"]), json_values),
    format_=st.sampled_from([SUBMISSION, FORM, "x" * 5000]) | json_values,
    schema=st.sampled_from([1, 1.0, True, 2, "1", list(range(3000))]) | json_values,
    content=st.sampled_from([VALID_CONTENT, b"{}"])
    | st.dictionaries(st.text(max_size=8), json_values).map(lambda d: json.dumps(d).encode()),
)
def test_parse_container_on_random_manifests(fields: dict[str, Any], format_: Any, schema: Any, content: bytes) -> None:
    manifest = {"format": format_, "schema": schema, **fields}
    container = parses_or_refuses(pack_raw(json.dumps(manifest).encode(), content))
    if container is not None:
        assert container.manifest["format"] == SUBMISSION and container.manifest["schema"] == 1
        assert container.content_bytes == content


# --------------------------------------------------------------------------------------------- (b) receiving


@dataclass
class Coordinator:
    store: Store
    url: str
    folder: Path
    body: str
    key: str
    own: list[str]
    foreign: str
    base: dict[str, Any]
    dump: dict[str, Any]
    sequence: int = 0  # the highest sequence received
    received_digests: set[str] = field(default_factory=set)
    received: int = 0
    rejected: int = 0
    names: Iterator[int] = field(default_factory=itertools.count)


@pytest.fixture(scope="module")
def coordinator(real_report: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coordinator]:
    folder = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{folder / 'coordinator.sqlite3'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ZHDESK_DATA_DIR", str(folder / "userdata"))
        patch.delenv("ZHDESK_DB_URL", raising=False)
        ok(*where(url), "import-report", real_report, "--period", "2023-9M")
        body = shared_pair(url)[1]
        forms = folder / "forms"
        forms.mkdir()
        ok(*where(url), "issue-forms", "--period", PERIOD, "--out", forms, "--body", body)
    form = read_container(forms / f"{body}-{PERIOD}.zhform", FORM).content
    own = [m["id"] for m in form["measures"]]
    foreign = next(m for m in all_measures(url) if m not in own)
    base = {
        "body": body,
        "period": PERIOD,
        "programme_year": 2023,
        "sequence": 1,
        "created_at": "2024-01-20T10:00:00+00:00",
        "author": "fuzz",
        "app_version": "0.1.0",
        "entries": [{"measure_id": m, "text": f"{body}: виконано захід."} for m in own],
    }
    store = open_store(url)
    try:
        yield Coordinator(store, url, folder, body, form["key"], own, foreign, base, dump_store(url))
    finally:
        store.close()


def all_measures(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            return list(c.execute(text("SELECT id FROM measure ORDER BY id")).scalars())
    finally:
        engine.dispose()


deep_values = st.integers(15, 30).map(lambda n: json.loads("[" * n + "]" * n))
OFFSETS = st.timedeltas(min_value=-dt.timedelta(hours=23), max_value=dt.timedelta(hours=23)).map(dt.timezone)
FIELDS = ["body", "period", "programme_year", "sequence", "created_at", "author", "app_version", "entries"]


def plausible(c: Coordinator) -> dict[str, st.SearchStrategy[Any]]:
    """Values a field might take that are near the valid ones, for each field."""
    texts = st.text(st.characters(exclude_categories=()), max_size=12)
    return {
        "body": st.sampled_from([c.body, c.body.lower(), "", "NOPE", c.body + "\x00"]) | texts,
        "period": st.sampled_from([PERIOD, "2023-y", " 2023-Y ", "2023-9M", "2024-Y", "2023-Q5", "2023-Y\n"]) | texts,
        "programme_year": st.sampled_from([2023, 2024, "2023", 2023.0, True, -1, 2**31]),
        "sequence": st.sampled_from([0, 1, c.sequence, c.sequence + 2, 10**6, 2**31, -1, True, "5", 5.0]),
        "created_at": st.sampled_from(
            ["2024-01-20T10:00:00", "2024-01-20", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00", "x"]
        )
        | st.datetimes(timezones=st.none() | OFFSETS).map(lambda d: d.isoformat())
        | texts,
        "author": st.sampled_from(["a" * 500, "a" * 501, "\ud800", ""]) | TEXTS,
        "app_version": st.sampled_from(["9" * 40, "9" * 41]) | texts,
        "entries": st.lists(entry(c), max_size=6),
    }


TEXTS = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),  # surrogates and control characters included
    st.text(st.characters(categories=["Cs", "Cc", "Lo"]), max_size=5),
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),  # lone surrogates
    st.sampled_from(["ok", "a\x00b", "\udfff", "ж" * MAX_ENTRY_CHARS, "ж" * (MAX_ENTRY_CHARS + 1)]),
)


def entry(c: Coordinator) -> st.SearchStrategy[Any]:
    ids = st.sampled_from([*c.own, c.foreign, "00000000-0000-4000-8000-000000000000", "", "x" * 37])
    good = st.fixed_dictionaries({"measure_id": st.sampled_from(c.own), "text": TEXTS})
    near = st.fixed_dictionaries({"measure_id": ids, "text": TEXTS | json_values})
    odd = st.dictionaries(st.sampled_from(["measure_id", "text", "x"]), json_values, max_size=3) | json_values
    return st.one_of(good, good, near, odd)


@st.composite
def contents(draw: st.DrawFn, c: Coordinator) -> dict[str, Any]:
    kind = draw(st.sampled_from(["random", "fields", "fields", "fields", "entries", "entries", "valid"]))
    if kind == "random":
        return draw(st.dictionaries(st.text(max_size=12), json_values, max_size=8))
    content = copy.deepcopy(c.base)
    content["sequence"] = c.sequence + 1
    content["entries"] = [
        {"measure_id": m, "text": f"{c.body}: виконано, перевірка {c.sequence + 1}."}
        for m in draw(st.lists(st.sampled_from(c.own), unique=True))
    ]
    if kind == "fields":
        options = plausible(c)
        for key in draw(st.lists(st.sampled_from(FIELDS), unique=True, min_size=1, max_size=2)):
            choice = draw(st.sampled_from(["plausible", "plausible", "plausible", "random", "drop", "deep"]))
            if choice == "drop":
                content.pop(key)
            elif choice == "deep":
                content[key] = draw(deep_values)
            else:
                content[key] = draw(options[key] if choice == "plausible" else json_values)
        for key in draw(st.lists(st.text(max_size=6), max_size=2)):
            content[key] = draw(json_values)
    elif kind == "entries":
        entries = content["entries"]
        for _ in range(draw(st.integers(1, 3))):
            new = draw(entry(c))
            at = draw(st.integers(0, len(entries)))
            if at < len(entries) and draw(st.booleans()):
                entries[at] = new
            else:
                entries.insert(at, new)
    return content


def json_bytes(content: dict[str, Any]) -> bytes:
    try:
        return content_bytes_of(content)
    except UnicodeEncodeError:  # a lone surrogate: only expressible as a JSON escape
        return json.dumps(content, indent=1, sort_keys=True).encode("ascii")


# --- an independent reading of the format: what a valid submission for this store is


def _text(value: Any, limit: int) -> bool:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31


def _depth(value: Any, level: int = 0) -> int:
    if isinstance(value, dict | list):
        children = value.values() if isinstance(value, dict) else value
        return max((_depth(v, level + 1) for v in children), default=level + 1)
    return level


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def _moment(value: str) -> bool:
    try:
        stamp = dt.datetime.fromisoformat(value)
        if stamp.tzinfo is not None:
            stamp.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return False
    return True


def is_valid(content: dict[str, Any], c: Coordinator) -> bool:
    if _depth(content) > 20 or not _finite(content):
        return False
    if not _text(content.get("body"), 40) or content["body"] != c.body:
        return False
    if not _text(content.get("period"), 10):
        return False
    try:
        period = Period.parse(content["period"])
    except PeriodError:
        return False
    if period.code != PERIOD or not _number(content.get("programme_year")) or content["programme_year"] != 2023:
        return False
    if not _number(content.get("sequence")) or content["sequence"] <= c.sequence:
        return False
    if content["sequence"] > c.sequence + MAX_SEQUENCE_JUMP:  # the lock-out guard: too far ahead is refused
        return False
    if not _text(content.get("created_at"), 40) or not _moment(content["created_at"]):
        return False
    entries = content.get("entries")
    if not isinstance(entries, list):
        return False
    seen = set()
    for e in entries:
        if not isinstance(e, dict) or not _text(e.get("measure_id"), 36) or not _text(e.get("text"), MAX_ENTRY_CHARS):
            return False
        if e["measure_id"] in seen or e["measure_id"] not in c.own:
            return False
        seen.add(e["measure_id"])
    return _text(content.get("author"), 500) and _text(content.get("app_version"), 40)


@fuzz(250)
@given(data=st.data())
def test_random_signed_content_is_received_only_when_valid(coordinator: Coordinator, data: st.DataObject) -> None:
    c = coordinator
    content = data.draw(contents(c), label="content")
    raw = json_bytes(content)
    manifest = {"format": SUBMISSION, "schema": 1, "body": c.body, "hmac_sha256": sign(c.key, raw)}
    file = pack_raw(json.dumps(manifest).encode(), raw)
    path = c.folder / f"fuzz-{next(c.names)}.zhsub"
    path.write_bytes(file)
    digest = hashlib.sha256(file).hexdigest()
    members = zipfile.ZipFile(io.BytesIO(file)).infolist()
    bomb_like = any(m.file_size > BOMB_FLOOR and m.file_size > MAX_RATIO * m.compress_size for m in members)
    valid = is_valid(content, c) and not bomb_like
    expected = "unchanged" if digest in c.received_digests else "received" if valid else "rejected"

    (result,) = receive_files(c.store, [path])  # an exception here is a bug

    assert result.file == path.name
    assert result.outcome == expected, (result.reason, content)
    after = dump_store(c.url)
    if result.outcome == "received":
        assert result.sequence == content["sequence"] and result.entries == len(content["entries"])
        assert len(after["submission"]) == len(c.dump["submission"]) + 1
        c.sequence, c.dump = content["sequence"], after
        c.received_digests.add(digest)
        c.received += 1
    else:
        assert result.reason.strip() and "Traceback" not in result.reason and len(result.reason) < 500
        assert after == c.dump, f"{result.outcome} {path.name} changed the store: {result.reason}"
        c.rejected += 1


def test_the_fuzzing_received_and_rejected_files(coordinator: Coordinator) -> None:
    """Runs after the fuzzing in this module: both outcomes were actually exercised."""
    if coordinator.received + coordinator.rejected == 0:
        pytest.skip("the fuzzing test did not run in this session")
    assert coordinator.received >= 3 and coordinator.rejected >= 30, (coordinator.received, coordinator.rejected)
