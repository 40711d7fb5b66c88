"""Form packages as a test crafts them: read one, change it, pack it again signed by a key of its choosing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from zhdesk.exchange.container import FORM, content_bytes_of, pack, pack_raw
from zhdesk.exchange.signing import coordinator_key, manifest_signature
from zhdesk.storage.database import open_store


def form_content(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        content: dict[str, Any] = json.loads(archive.read("content.json"))
    return content


def form_manifest(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        manifest: dict[str, Any] = json.loads(archive.read("manifest.json"))
    return manifest


def the_coordinators_key(url: str) -> Ed25519PrivateKey:
    """The signing key kept in the coordinator's store (made on the first issue)."""
    store = open_store(url)
    try:
        with store.reading() as session:
            key = coordinator_key(session, create=False)
    finally:
        store.close()
    assert key is not None
    return key


def signed_form(content: dict[str, Any], key: Ed25519PrivateKey | None) -> bytes:
    """The package's bytes, signed with ``key`` (None: unsigned, as an earlier zhdesk wrote them)."""
    if key is None:
        return pack(FORM, content)
    content_bytes = content_bytes_of(content)
    manifest = {"format": FORM, "schema": 1, **manifest_signature(key, content_bytes)}
    return pack_raw(json.dumps(manifest).encode("utf-8"), content_bytes)
