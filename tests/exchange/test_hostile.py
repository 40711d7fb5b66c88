"""A generated corpus of hostile and broken submissions: every one is rejected with a plain reason and changes nothing.

The coordinator's store (SQLite and PostgreSQL) holds the real report, form packages issued to two small bodies
for 2023-Y, and the lead body's submission no. 1. Its submission no. 2 stays unreceived: it is mixed into the
batch of bad files to show that good files of the same batch still go in. Files that must fail only after the
signature is checked are forged with the body's real key, read from its form package.
"""

from __future__ import annotations

import copy
import io
import json
import re
import struct
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from tests.exchange.util import fill_department, ok, shared_pair, where
from tests.helpers import dump_store
from zhdesk.exchange.container import (
    CATEGORIES,
    FORM,
    MAX_FILE_BYTES,
    MAX_MEMBER_BYTES,
    SCHEMA_VERSION,
    SUBMISSION,
    ExchangeError,
    content_bytes_of,
    pack_raw,
    parse_container,
    read_container,
    sign,
)
from zhdesk.exchange.submissions import MAX_ENTRY_CHARS, receive_container, receive_files
from zhdesk.storage.database import Store, open_store
from zhdesk.storage.models import Base, ExecutiveBody

PERIOD = "2023-Y"
NOBODYS_KEY = "5a" * 32  # a well-formed key that belongs to nobody

# the tables a good submission may change; every other table must stay exactly as it was
WRITTEN_BY_RECEIVE = {"submission", "execution_part", "execution", "execution_change", "form_issue"}

DAMAGED = ("damaged", "zip")
SIGNATURE = ("signature",)
SCHEMA = ("format version",)


@dataclass
class World:
    url: str
    coordinator: list[str]
    lead: str
    other: str
    third: str
    lead_key: str
    other_key: str
    lead_ids: list[str]
    other_only: str  # a measure of another body that is not the lead's
    shared: str  # a measure of both
    good1: Path  # received already (sequence 1)
    good2: Path  # kept unreceived (sequence 2)
    template: dict[str, Any]  # the content of good2
    form_bytes: bytes  # the lead's form package


@dataclass
class Bad:
    name: str
    category: str
    expect: tuple[str, ...]  # the reason contains one of these (lower case)
    path: Path


# --------------------------------------------------------------------------------------------- building


def build_world(store_url: str, real_report: Path, tmp: Path) -> World:
    coordinator = where(store_url)
    ok(*coordinator, "import-report", real_report, "--period", "2023-9M")
    shared, lead, other, third = shared_pair(store_url)
    forms = tmp / "forms"
    forms.mkdir()
    ok(*coordinator, "issue-forms", "--period", PERIOD, "--out", forms, "--body", lead, "--body", other)
    lead_form = read_container(forms / f"{lead}-{PERIOD}.zhform", FORM)
    other_form = read_container(forms / f"{other}-{PERIOD}.zhform", FORM)
    dept_lead, dept_other = tmp / "lead.sqlite3", tmp / "other.sqlite3"
    ok("--db", dept_lead, "open-form", forms / f"{lead}-{PERIOD}.zhform")
    ok("--db", dept_other, "open-form", forms / f"{other}-{PERIOD}.zhform")
    measures = fill_department(dept_lead, lead)
    good1, good2 = tmp / f"{lead}-1.zhsub", tmp / f"{lead}-2.zhsub"
    ok("--db", dept_lead, "submit", "-o", good1)
    assert "received" in ok(*coordinator, "receive", good1).out
    ok("--db", dept_lead, "set-execution", "--measure", measures[0]["id"], "--text", f"{lead}: уточнено, виконано.")
    ok("--db", dept_lead, "submit", "-o", good2)
    template = read_container(good2, SUBMISSION).content
    assert template["sequence"] == 2 and template["body"] == lead
    lead_ids = [e["measure_id"] for e in template["entries"]]
    other_ids = [m["id"] for m in other_form.content["measures"]]
    assert shared in lead_ids and shared in other_ids
    engine = create_engine(store_url)
    try:
        with engine.connect() as c:
            not_lead = c.execute(
                text(
                    "SELECT e.measure_id FROM measure_executor e JOIN executive_body b ON b.id = e.body_id "
                    "WHERE b.code IN (:other, :third) ORDER BY b.code = :other DESC, e.measure_id"
                ),
                {"other": other, "third": third},
            ).scalars()
            other_only = next(m for m in not_lead if m not in lead_ids)
    finally:
        engine.dispose()
    return World(
        url=store_url,
        coordinator=coordinator,
        lead=lead,
        other=other,
        third=third,
        lead_key=lead_form.content["key"],
        other_key=other_form.content["key"],
        lead_ids=lead_ids,
        other_only=other_only,
        shared=shared,
        good1=good1,
        good2=good2,
        template=template,
        form_bytes=(forms / f"{lead}-{PERIOD}.zhform").read_bytes(),
    )


def zip_of(*members: tuple[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of exactly these members, duplicates and strange names included."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name"
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, data in members:
                archive.writestr(zipfile.ZipInfo(name, (2024, 1, 2, 3, 4, 6)), data, compress_type=method)
    return buffer.getvalue()


def manifest_bytes(body: Any, mac: Any, **changes: Any) -> bytes:
    manifest: dict[str, Any] = {"format": SUBMISSION, "schema": SCHEMA_VERSION, "body": body, "hmac_sha256": mac}
    manifest.update(changes)
    manifest = {key: value for key, value in manifest.items() if value is not DROP}
    return json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")


DROP = object()


def json_bytes(content: dict[str, Any]) -> bytes:
    """The content as zhdesk writes it; lone surrogates (not encodable) as JSON escapes."""
    try:
        return content_bytes_of(content)
    except UnicodeEncodeError:
        return json.dumps(content, indent=1, sort_keys=True).encode("ascii")


def varied(length: int) -> str:
    """Ukrainian-looking text that compresses like real text, not like a bomb."""
    words = [f"{chr(0x430 + i % 32)}{chr(0x430 + i * 7 % 32)}{i % 97}" for i in range(length // 4 + 1)]
    return " ".join(words)[:length]


def set_u32(data: bytes, at: int, value: int) -> bytes:
    return data[:at] + struct.pack("<I", value) + data[at + 4 :]


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


@dataclass(frozen=True)
class Member:
    name: str
    local: int  # offset of the local file header
    data: int  # offset of the compressed stream
    size: int  # compressed size
    central: int  # offset of the central directory entry


def layout(data: bytes) -> tuple[list[Member], int]:
    """Where the members' headers, streams and central directory entries are, and the end record."""
    end = data.rindex(b"PK\x05\x06")
    (central,) = struct.unpack_from("<I", data, end + 16)
    members = []
    while data[central : central + 4] == b"PK\x01\x02":
        csize, _, nlen, xlen, clen = struct.unpack_from("<IIHHH", data, central + 20)
        (local,) = struct.unpack_from("<I", data, central + 42)
        name = data[central + 46 : central + 46 + nlen].decode()
        lnlen, lxlen = struct.unpack_from("<HH", data, local + 26)
        members.append(Member(name, local, local + 30 + lnlen + lxlen, csize, central))
        central += 46 + nlen + xlen + clen
    return members, end


def build_corpus(world: World, out: Path) -> list[Bad]:
    out.mkdir()
    corpus: list[Bad] = []

    def add(category: str, label: str, data: bytes, expect: tuple[str, ...]) -> None:
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        path = out / f"{len(corpus):03d}-{category}-{slug}.zhsub"
        path.write_bytes(data)
        corpus.append(Bad(path.name, category, expect, path))

    def forge_content(change: Callable[[dict[str, Any]], Any] | None = None) -> dict[str, Any]:
        """A content that would be received (sequence 3, one text changed) unless ``change`` spoils it."""
        content = copy.deepcopy(world.template)
        content["sequence"] = 3
        content["entries"][0]["text"] = f"{world.lead}: уточнено вдруге, виконано повністю."
        if change is not None:
            change(content)
        return content

    def signed(
        content: bytes | dict[str, Any],
        *,
        key: str | None = None,
        body: Any = None,
        stored: bool = False,
        **manifest: Any,
    ) -> bytes:
        """Signed with the lead's key (or ``key``); ``stored`` keeps very repetitive members below the bomb ratio."""
        raw = content if isinstance(content, bytes) else json_bytes(content)
        envelope = manifest_bytes(world.lead if body is None else body, sign(key or world.lead_key, raw), **manifest)
        if stored:
            return zip_of(("manifest.json", envelope), ("content.json", raw), method=zipfile.ZIP_STORED)
        return pack_raw(envelope, raw)

    def forged(
        category: str,
        label: str,
        change: Callable[[dict[str, Any]], Any],
        expect: tuple[str, ...],
        stored: bool = False,
    ) -> None:
        add(category, label, signed(forge_content(change), stored=stored), expect)

    base = signed(forge_content())  # a valid submission no. 3: every damage below must be noticed
    (out / "control.zhsub").write_bytes(base)
    good_manifest = manifest_bytes(world.lead, sign(world.lead_key, content_bytes_of(forge_content())))
    good_content = content_bytes_of(forge_content())

    # -- empty and not a zip at all
    add("not-zip", "empty", b"", ("not a zip",))
    add("not-zip", "text", "Звіт про виконання програми".encode(), ("not a zip",))
    add("not-zip", "pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", ("not a zip",))
    add("not-zip", "gzip", b"\x1f\x8b\x08\x00" + bytes(40), ("not a zip",))
    add("not-zip", "json", good_content, ("not a zip",))
    add("not-zip", "junk before the zip", b"MZ\x90\x00" + base, ("not a zip",))
    add("not-zip", "magic only", b"PK\x03\x04", DAMAGED)
    add("not-zip", "empty zip archive", zip_of(), ("not a zip", "missing"))
    add("not-zip", "random", bytes((i * 131 + 7) % 256 for i in range(4096)), ("not a zip",))

    # -- truncated at many points
    size = len(base)
    cuts = {1, 2, 3, 4, 5, 8, 16, 29, 30, 31, 45, 64, size - 100, size - 23, size - 22, size - 21, size - 2, size - 1}
    cuts |= {size * k // 12 for k in range(1, 12)}
    for cut in sorted(cuts):
        add("truncated", f"cut at {cut} of {size}", base[:cut], ("not a zip", *DAMAGED))

    # -- flipped bytes in the streams, the local headers, the central directory and the end record
    members, end = layout(base)
    assert [m.name for m in members] == ["manifest.json", "content.json"]
    for m in members:
        stem = m.name.split(".")[0]
        for label, at, expect in [
            ("local signature", m.local + 1, DAMAGED),
            ("local name length", m.local + 26, DAMAGED),
            ("local name", m.local + 30, DAMAGED),
            ("stream first byte", m.data, DAMAGED),
            ("stream quarter", m.data + m.size // 4, DAMAGED),
            ("stream middle", m.data + m.size // 2, DAMAGED),
            ("stream three quarters", m.data + 3 * m.size // 4, DAMAGED),
            ("central signature", m.central + 1, DAMAGED),
            ("central flags", m.central + 8, DAMAGED),
            ("central method", m.central + 10, DAMAGED),
            ("central crc", m.central + 16, DAMAGED),
            ("central name", m.central + 46, ("unexpected member",)),
            ("central header offset", m.central + 42, DAMAGED),
        ]:
            add("corrupt", f"{stem} {label}", flip(base, at), expect)
        # sizes that understate the member (an overstated one only bounds the reading: the CRC and the MAC
        # still prove the bytes whole, so such a file is not refused)
        (csize, usize) = struct.unpack_from("<II", base, m.central + 20)
        add("corrupt", f"{stem} central packed size short", set_u32(base, m.central + 20, csize // 2), DAMAGED)
        add("corrupt", f"{stem} central unpacked size short", set_u32(base, m.central + 24, usize // 2), DAMAGED)
    first = members[0]  # the last entry's name length may point past the directory: zipfile reads what is there
    add("corrupt", "manifest central name length", flip(base, first.central + 28), (*DAMAGED, "unexpected member"))
    for label, at in [("end signature", end + 1), ("end directory size", end + 12), ("end directory offset", end + 16)]:
        add("corrupt", label, flip(base, at), DAMAGED)

    # -- a zip bomb and oversized members, judged from the directory before anything is unpacked
    bomb = b'{"entries": "' + b"0" * 3_000_000 + b'"}'
    add("bomb", "content bomb", zip_of(("manifest.json", good_manifest), ("content.json", bomb)), ("bomb",))
    add("bomb", "manifest bomb", zip_of(("manifest.json", bomb), ("content.json", good_content)), ("bomb",))
    for m in members:
        grown = set_u32(base, m.central + 24, MAX_MEMBER_BYTES + 1_000_000)
        add("oversized", f"{m.name} claims {MAX_MEMBER_BYTES + 1_000_000} bytes", grown, ("too large",))

    # -- member names: path traversal, absolute paths, extra, missing and duplicated members
    long_name = "../" * 2000 + "content.json"
    for evil in [
        "../content.json",
        "/etc/passwd",
        "a/../../x",
        "..\\content.json",
        "/content.json",
        "C:/x.json",
        long_name,
    ]:
        add(
            "traversal",
            f"extra {evil}",
            zip_of(("manifest.json", good_manifest), ("content.json", good_content), (evil, b"{}")),
            ("unexpected member",),
        )
    for evil in ["../content.json", "content/../../content.json", "./content.json"]:
        add(
            "traversal",
            f"instead {evil}",
            zip_of(("manifest.json", good_manifest), (evil, good_content)),
            ("unexpected member",),
        )
    add("members", "only manifest", zip_of(("manifest.json", good_manifest)), ("content.json is missing",))
    add("members", "only content", zip_of(("content.json", good_content)), ("manifest.json is missing",))
    add(
        "members",
        "extra readme",
        zip_of(("manifest.json", good_manifest), ("content.json", good_content), ("readme.txt", b"hi")),
        ("unexpected member",),
    )
    add(
        "members",
        "a folder entry",
        zip_of(("manifest.json", good_manifest), ("content.json", good_content), ("content/", b"")),
        ("unexpected member",),
    )
    add(
        "members",
        "content twice",
        zip_of(("manifest.json", good_manifest), ("content.json", good_content), ("content.json", b"{}")),
        ("twice",),
    )
    add(
        "members",
        "manifest twice",
        zip_of(("manifest.json", good_manifest), ("manifest.json", good_manifest), ("content.json", good_content)),
        ("twice",),
    )
    add(
        "members",
        "upper-case names",
        zip_of(("MANIFEST.JSON", good_manifest), ("CONTENT.JSON", good_content)),
        ("unexpected member",),
    )
    add("members", "form package instead", world.form_bytes, ("not a zhdesk submission",))

    # -- the manifest
    def with_manifest(data: bytes) -> bytes:
        return pack_raw(data, good_content)

    add("manifest", "not json", with_manifest(b"format: zhdesk-submission"), ("not valid json",))
    add("manifest", "empty", with_manifest(b""), ("not valid json",))
    add("manifest", "cut json", with_manifest(good_manifest[:20]), ("not valid json",))
    add("manifest", "bom", with_manifest(b"\xef\xbb\xbf" + good_manifest), ("not valid json",))
    for label, value in [("list", b"[]"), ("string", b'"zhdesk-submission"'), ("number", b"1"), ("null", b"null")]:
        add("manifest", f"a {label}", with_manifest(value), ("not a json object",))
    for fmt in ["zhdesk-form", "zhdesk-submission ", "ZHDESK-SUBMISSION", None, 1, ["zhdesk-submission"]]:
        add("manifest", f"format {fmt!r}", signed(forge_content(), format=fmt), ("not a zhdesk submission",))
    add("manifest", "format missing", signed(forge_content(), format=DROP), ("not a zhdesk submission",))
    for schema in [0, 2, "1", True, 99, -1, None, [1], 1.5, 1.0]:
        add("schema", f"schema {schema!r}", signed(forge_content(), schema=schema), SCHEMA)
    add("schema", "schema missing", signed(forge_content(), schema=DROP), SCHEMA)
    # values echoed in the reason are cut short: a hostile file cannot fill the screen
    add(
        "manifest",
        "format a long text",
        signed(forge_content(), format=SUBMISSION * 1000),
        ("not a zhdesk submission",),
    )
    add("schema", "schema a long list", signed(forge_content(), schema=list(range(5000))), SCHEMA)
    add(
        "manifest",
        "invalid utf-8",
        with_manifest(good_manifest.replace(world.lead.encode(), b"\xff\xfe", 1)),
        ("utf-8",),
    )
    add(
        "manifest",
        "latin-1 text",
        with_manifest(json.dumps({"format": SUBMISSION, "body": "Орган"}, ensure_ascii=False).encode("cp1251")),
        ("utf-8",),
    )
    add(
        "manifest",
        "duplicate key",
        with_manifest(good_manifest.replace(b"{", b'{"format": "zhdesk-submission",', 1)),
        ("twice",),
    )
    add("manifest", "NaN", with_manifest(good_manifest.replace(b"{", b'{"x": NaN,', 1)), ("not allowed",))
    add(
        "manifest",
        "Infinity schema",
        with_manifest(good_manifest.replace(b'"schema": 1', b'"schema": Infinity')),
        ("not allowed",),
    )
    add(
        "manifest",
        "nested 30 deep",
        with_manifest(good_manifest.replace(b"{", b'{"x": ' + b"[" * 30 + b"]" * 30 + b",", 1)),
        ("nested too deeply",),
    )
    deep = b'{"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    add(
        "manifest",
        "nested 100000 deep",
        zip_of(("manifest.json", deep), ("content.json", good_content), method=zipfile.ZIP_STORED),
        ("nested too deeply",),
    )
    add("manifest", "body missing", signed(forge_content(), body=DROP), ("manifest.body is missing",))
    add("manifest", "body a number", signed(forge_content(), body=42), ("manifest.body must be text",))
    add("manifest", "body with NUL", signed(forge_content(), body=world.lead + "\x00"), ("nul",))

    # -- the signature
    raw = content_bytes_of(forge_content())
    right = sign(world.lead_key, raw)
    for label, mac in [
        ("missing", DROP),
        ("null", None),
        ("empty", ""),
        ("short", right[:32]),
        ("long", right + "0"),
        ("upper case", right.upper()),
        ("not hex", "z" * 64),
        ("non-ascii", "щ" * 64),
        ("a number", int(right[:12], 16)),
        ("a list", [right]),
        ("zeros", "0" * 64),
        ("of other bytes", sign(world.lead_key, raw + b" ")),
    ]:
        add("hmac", f"mac {label}", pack_raw(manifest_bytes(world.lead, right, hmac_sha256=mac), raw), SIGNATURE)
    mac_only = manifest_bytes(world.lead, right)
    spots = [  # a digit, a letter of a text, the version: the JSON stays valid, the bytes differ
        raw.index(b'"sequence": 3') + 12,
        raw.index("уточнено вдруге".encode()) + 3,
        raw.index(b'"app_version": "') + 16,
    ]
    for at in spots:
        add(
            "tampered",
            f"byte {at} changed",
            pack_raw(mac_only, raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]),
            SIGNATURE,
        )
    add("tampered", "trailing space", pack_raw(mac_only, raw + b" "), SIGNATURE)
    add("tampered", "re-serialised compactly", pack_raw(mac_only, json.dumps(forge_content()).encode()), SIGNATURE)
    add(
        "tampered",
        "text replaced",
        pack_raw(mac_only, content_bytes_of(forge_content(lambda c: c["entries"][1].update(text="Підробка")))),
        SIGNATURE,
    )
    add(
        "tampered",
        "sequence raised",
        pack_raw(mac_only, content_bytes_of(forge_content(lambda c: c.update(sequence=4)))),
        SIGNATURE,
    )

    # -- keys and bodies
    add("key", "a key of nobody", signed(forge_content(), key=NOBODYS_KEY), SIGNATURE)
    add("key", "the other body's key", signed(forge_content(), key=world.other_key), SIGNATURE)
    add(
        "key",
        "signed by the other body, claims the lead",
        signed(forge_content(), key=world.other_key, body=world.other),
        ("differs from the one on its envelope",),
    )
    add("body", "envelope of the other body", signed(forge_content(), body=world.other), SIGNATURE)
    add(
        "body",
        "content of the other body",
        signed(forge_content(lambda c: c.update(body=world.other))),
        ("differs from the one on its envelope",),
    )
    add(
        "body",
        "no such body",
        signed(forge_content(lambda c: c.update(body="NOPE")), body="NOPE"),
        ("no form package was issued to 'nope'",),
    )
    add(
        "body",
        "body with no package",
        signed(forge_content(lambda c: c.update(body=world.third)), body=world.third),
        ("no form package was issued to",),
    )
    add(
        "body",
        "empty body code",
        signed(forge_content(lambda c: c.update(body="")), body=""),
        ("no form package was issued to ''",),
    )
    add("body", "long body code", signed(forge_content(), body="B" * 41), ("too long",))

    # -- measures
    forged(
        "measures",
        "the other body's measure",
        lambda c: c["entries"].append({"measure_id": world.other_only, "text": "чуже"}),
        ("not one of",),
    )
    forged(
        "measures",
        "unknown measure",
        lambda c: c["entries"].append({"measure_id": "00000000-0000-4000-8000-000000000000", "text": "x"}),
        ("not in this programme",),
    )
    forged("measures", "measure twice", lambda c: c["entries"].append(dict(c["entries"][0])), ("appears twice",))
    forged(
        "measures",
        "measure id too long",
        lambda c: c["entries"].append({"measure_id": "x" * 37, "text": "x"}),
        ("too long",),
    )
    forged(
        "measures",
        "measure id empty",
        lambda c: c["entries"].append({"measure_id": "", "text": "x"}),
        ("not in this programme",),
    )

    # -- periods, programme year, sequence
    forged("period", "another period", lambda c: c.update(period="2023-9M"), ("no form package for 2023-9m",))
    forged(
        "period",
        "a period never issued",
        lambda c: c.update(period="2023-H1", programme_year=2023),
        ("no form package for 2023-h1",),
    )
    forged(
        "period",
        "another year",
        lambda c: c.update(period="2024-Y", programme_year=2024),
        ("no form package for 2024-y",),
    )
    for value in ["2023-Q5", "", "yesterday", "2023", "Y-2023"]:
        forged("period", f"period {value!r}", lambda c, v=value: c.update(period=v), ("period is not valid",))
    forged("period", "period too long", lambda c: c.update(period="2023-Y-2023-Y"), ("too long",))
    forged("period", "period a number", lambda c: c.update(period=2023), ("must be text",))
    for value in [2024, 2022, 0]:
        forged(
            "year",
            f"programme year {value}",
            lambda c, v=value: c.update(programme_year=v),
            ("programme year does not match",),
        )
    for value in ["2023", 2023.0, True, None]:
        forged("year", f"programme year {value!r}", lambda c, v=value: c.update(programme_year=v), ("whole number",))
    forged("replay", "sequence 1 with new content", lambda c: c.update(sequence=1), ("older",))
    forged("replay", "sequence 0", lambda c: c.update(sequence=0), ("older",))
    for value in ["3", -1, True, 3.0, None, 2**31, 10**30]:
        expect = ("out of range",) if isinstance(value, int) and not isinstance(value, bool) else ("whole number",)
        forged("sequence", f"sequence {value!r}", lambda c, v=value: c.update(sequence=v), expect)
    forged("sequence", "sequence missing", lambda c: c.pop("sequence"), ("sequence is missing",))

    # -- bytes and JSON of the content (signed correctly: the parsing must refuse them on its own)
    text_bytes = "уточнено вдруге".encode()
    for label, bad in [
        ("lone continuation byte", b"\x80"),
        ("cut sequence", "у".encode()[:1]),
        ("overlong slash", b"\xc0\xaf"),
        ("encoded surrogate", b"\xed\xa0\x80"),
        ("windows-1251", "уточнено".encode("cp1251")),
    ]:
        add("utf-8", f"content {label}", signed(raw.replace(text_bytes, bad, 1)), ("not utf-8",))
    add("json", "content bom", signed(b"\xef\xbb\xbf" + raw), ("not valid json",))
    add("json", "content not json", signed(b"entries: []"), ("not valid json",))
    add("json", "content a list", signed(b"[]"), ("not a json object",))
    add("json", "content duplicate key", signed(raw.replace(b"{", b'{\n "sequence": 3,', 1)), ("twice",))
    add(
        "json",
        "duplicate key in an entry",
        signed(raw.replace(b'"measure_id"', b'"text": "x", "measure_id"', 1)),
        ("twice",),
    )
    add("json", "NaN", signed(raw.replace(b'"sequence": 3', b'"sequence": NaN')), ("not allowed",))
    add("json", "Infinity", signed(raw.replace(b'"sequence": 3', b'"sequence": Infinity')), ("not allowed",))
    add(
        "json",
        "-Infinity",
        signed(raw.replace(b'"programme_year": 2023', b'"programme_year": -Infinity')),
        ("not allowed",),
    )
    add(
        "json",
        "nested 30 deep",
        signed(forge_content(lambda c: c.update(extra=json.loads("[" * 30 + "]" * 30)))),
        ("nested too deeply",),
    )
    add(
        "json",
        "nested 100000 deep",
        signed(b'{"entries": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", stored=True),
        ("nested too deeply",),
    )
    add(
        "json",
        "a 5000-digit number",
        signed(raw.replace(b'"sequence": 3', b'"sequence": 1' + b"0" * 5000), stored=True),
        ("not valid json",),
    )

    # -- types and values of the fields
    forged("types", "text a number", lambda c: c["entries"][0].update(text=42), ("must be text",))
    forged("types", "text null", lambda c: c["entries"][0].update(text=None), ("must be text",))
    forged("types", "text a list", lambda c: c["entries"][0].update(text=["a"]), ("must be text",))
    forged("types", "text missing", lambda c: c["entries"][0].pop("text"), ("text is missing",))
    forged("types", "measure id a number", lambda c: c["entries"][0].update(measure_id=1), ("must be text",))
    forged("types", "entries an object", lambda c: c.update(entries={"a": 1}), ("must be a list",))
    forged("types", "entries a string", lambda c: c.update(entries="all done"), ("must be a list",))
    forged("types", "entries null", lambda c: c.update(entries=None), ("must be a list",))
    forged("types", "entries missing", lambda c: c.pop("entries"), ("entries is missing",))
    forged("types", "an entry a string", lambda c: c["entries"].append("x"), ("must be an object",))
    forged("types", "an entry a list", lambda c: c["entries"].append([world.lead_ids[0], "x"]), ("must be an object",))
    forged("types", "body a list", lambda c: c.update(body=[world.lead]), ("must be text",))
    forged("types", "author a number", lambda c: c.update(author=7), ("must be text",))
    forged("types", "author too long", lambda c: c.update(author="a" * 501), ("too long",))
    forged("types", "app version too long", lambda c: c.update(app_version="9" * 41), ("too long",))
    forged("types", "created_at not a date", lambda c: c.update(created_at="вчора"), ("not a date",))
    forged("types", "created_at a number", lambda c: c.update(created_at=1_700_000_000), ("must be text",))
    forged(
        "types",
        "created_at before year 1 in UTC",
        lambda c: c.update(created_at="0001-01-01T00:00:00+01:00"),
        ("not a date",),
    )
    forged(
        "types",
        "created_at after year 9999 in UTC",
        lambda c: c.update(created_at="9999-12-31T23:30:00-01:00"),
        ("not a date",),
    )
    forged("text", "NUL in a text", lambda c: c["entries"][0].update(text="вико\x00нано"), ("nul",))
    forged(
        "text",
        "NUL in a measure id",
        lambda c: c["entries"][0].update(measure_id=world.lead_ids[0][:-1] + "\x00"),
        ("nul",),
    )
    forged("text", "NUL in the author", lambda c: c.update(author="x\x00"), ("nul",))
    forged("text", "lone surrogate in a text", lambda c: c["entries"][0].update(text="вико\ud800нано"), ("surrogate",))
    forged("text", "lone surrogate in the author", lambda c: c.update(author="\udfff"), ("surrogate",))
    forged(
        "text",
        "huge text",
        lambda c: c["entries"][0].update(text="ж" * (MAX_ENTRY_CHARS + 1)),
        ("too long",),
        stored=True,
    )
    forged(
        "text", "huge varied text", lambda c: c["entries"][0].update(text=varied(MAX_ENTRY_CHARS + 5)), ("too long",)
    )

    # -- files that are not files
    huge = out / f"{len(corpus):03d}-size-sparse-64-mb.zhsub"
    with huge.open("wb") as handle:
        handle.write(base)
        handle.truncate(MAX_FILE_BYTES + 1)
    corpus.append(Bad(huge.name, "size", ("64 mb",), huge))
    giant = out / f"{len(corpus):03d}-size-sparse-4-gb.zhsub"
    with giant.open("wb") as handle:
        handle.truncate(4 * 1024**3)
    corpus.append(Bad(giant.name, "size", ("64 mb",), giant))
    folder = out / f"{len(corpus):03d}-folder.zhsub"
    folder.mkdir()
    corpus.append(Bad(folder.name, "folder", ("folder",), folder))
    missing = out / f"{len(corpus):03d}-missing.zhsub"
    corpus.append(Bad(missing.name, "missing", ("no such file",), missing))
    dangling = out / f"{len(corpus):03d}-dangling-link.zhsub"
    dangling.symlink_to(out / "nowhere.zhsub")
    corpus.append(Bad(dangling.name, "missing", ("no such file",), dangling))
    return corpus


# --------------------------------------------------------------------------------------------- checking


TRACEBACK = re.compile(r"Traceback|File \"|line \d+, in |<[\w.]+ object at 0x")
ONLY_EXCEPTION = re.compile(r"[\w.]*(Error|Exception|Warning)(\(.*\))?:?")


def assert_plain_reason(bad: Bad, reason: str) -> None:
    where = f"{bad.name}: {reason!r}"
    assert reason and reason == reason.strip(), where
    assert " " in reason and len(reason) >= 12 and len(reason) < 500, where
    assert "\n" not in reason and "\x00" not in reason, where
    assert not TRACEBACK.search(reason), where
    assert not ONLY_EXCEPTION.fullmatch(reason), where
    assert any(e in reason.lower() for e in bad.expect), f"{where} should say one of {bad.expect}"


def column(table: str, name: str) -> int:
    return list(Base.metadata.tables[table].columns.keys()).index(name)


def body_id(store: Store, code: str) -> int:
    with store.reading() as session:
        found = session.scalar(select(ExecutiveBody.id).where(ExecutiveBody.code == code))
    assert found is not None
    return found


class Rollback(Exception):
    pass


def test_every_hostile_submission_is_rejected_and_changes_nothing(
    store_url: str, real_report: Path, tmp_path: Path
) -> None:
    world = build_world(store_url, real_report, tmp_path)
    corpus = build_corpus(world, tmp_path / "corpus")
    assert len(corpus) >= 100, len(corpus)
    assert len({b.name for b in corpus}) == len(corpus)
    categories = Counter(b.category for b in corpus)
    assert set(categories) >= {
        "not-zip", "truncated", "corrupt", "bomb", "oversized", "traversal", "members", "manifest", "schema",
        "hmac", "tampered", "key", "body", "measures", "period", "year", "replay", "sequence", "utf-8", "json",
        "types", "text", "size", "folder", "missing",
    }  # fmt: skip

    store = open_store(store_url)
    try:
        # the forged files are spoilt copies of a submission no. 3 that would itself be received
        before = dump_store(store_url)
        control = tmp_path / "corpus" / "control.zhsub"
        with pytest.raises(Rollback), store.transaction() as session:
            accepted = receive_container(session, read_container(control, SUBMISSION), control.name)
            assert accepted.outcome == "received" and accepted.sequence == 3 and accepted.changes
            raise Rollback
        assert dump_store(store_url) == before

        results = receive_files(store, [b.path for b in corpus])
        assert [r.file for r in results] == [b.name for b in corpus]
        wrong = [(b.name, r.outcome, r.reason) for b, r in zip(corpus, results, strict=True) if r.outcome != "rejected"]
        assert not wrong
        assert dump_store(store_url) == before, "a rejected file changed the store"
        for bad, result in zip(corpus, results, strict=True):
            assert_plain_reason(bad, result.reason)
        categories = {r.category for r in results}  # the window words each kind of problem for the officer
        assert {"damaged", "too-large", "version", "malformed", "signature", "older", "measures"} <= categories
        assert categories <= {*CATEGORIES}

        # the very file received before is recognised and changes nothing either
        (again,) = receive_files(store, [world.good1])
        assert again.outcome == "unchanged"
        assert dump_store(store_url) == before

        # one batch: the good submission no. 2 in the middle of the bad files goes in, the bad ones still do not
        middle = len(corpus) // 2
        mixed = [b.path for b in corpus[:middle]] + [world.good2] + [b.path for b in corpus[middle:]]
        batch = receive_files(store, mixed)
        good = batch.pop(middle)
        assert good.outcome == "received" and good.sequence == 2 and good.body == world.lead, good
        for bad, first, second in zip(corpus, results, batch, strict=True):
            assert second.outcome == "rejected", (bad.name, second)
            assert_plain_reason(bad, second.reason)
            if bad.category != "replay":  # a replay is now older than no. 2 rather than no. 1
                assert second.reason == first.reason, bad.name
        after = dump_store(store_url)
        for table in set(before) - WRITTEN_BY_RECEIVE:
            assert after[table] == before[table], table
        lead_id = body_id(store, world.lead)
        submissions = after["submission"]
        assert submissions[: len(before["submission"])] == before["submission"]
        (new,) = submissions[len(before["submission"]) :]
        new_id = new[column("submission", "id")]
        assert new[column("submission", "sequence")] == 2 and new[column("submission", "file_name")] == world.good2.name
        assert new[column("submission", "body_id")] == lead_id
        changes = after["execution_change"]
        assert changes[: len(before["execution_change"])] == before["execution_change"]
        assert changes[len(before["execution_change"]) :], "the changed text left no history"
        assert {c[column("execution_change", "submission_id")] for c in changes[len(before["execution_change"]) :]} == {
            new_id
        }

        def others(table: str, key: str, keep: Callable[[Any], bool]) -> tuple[list[Any], list[Any]]:
            index = column(table, key)
            return [r for r in before[table] if keep(r[index])], [r for r in after[table] if keep(r[index])]

        old, now = others("execution_part", "body_id", lambda b: b != lead_id)
        assert old == now
        old, now = others("form_issue", "body_id", lambda b: b != lead_id)
        assert old == now
        old, now = others("execution", "measure_id", lambda m: m not in world.lead_ids)
        assert old == now
    finally:
        store.close()


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.zhsub"
    with huge.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(MAX_FILE_BYTES + 1)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(ExchangeError) as caught:
        read_container(huge, SUBMISSION)
    assert "64 MB" in caught.value.reason and caught.value.file == "huge.zhsub"
    assert huge not in opened
    with pytest.raises(ExchangeError, match="64 MB"):
        parse_container("in-memory.zhsub", b"PK\x03\x04" + bytes(MAX_FILE_BYTES), SUBMISSION)
