"""The coordinator's signature on form packages (Ed25519), and the key a department store trusts.

The coordinator's store makes its signing key on the first issue and keeps the private key in its
``setting`` table (``exchange.signing_key``, 64 hex digits; never written to a file, never listed by
``zhdesk settings``). A package's manifest carries the public key (``coordinator_key``, 64 hex digits)
and the signature (``signature_ed25519``, 128 hex digits) over the exact bytes of ``content.json``.

A department store pins the public key of the first signed package it opens (``form.coordinator_key``:
trust on first use) and shows its fingerprint to the officer, who can compare it with the one the
coordinator's ``issue-forms`` prints.
"""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from zhdesk.exchange.container import SIGNATURE, ExchangeError
from zhdesk.storage.models import Setting

SIGNING_KEY = "exchange.signing_key"  # the coordinator's store: its private key
PINNED_KEY = "form.coordinator_key"  # a department's store: the coordinator's public key it trusts
PUBLIC_FIELD, SIGNATURE_FIELD = "coordinator_key", "signature_ed25519"


def coordinator_key(session: Session, *, create: bool = True) -> Ed25519PrivateKey | None:
    """The store's signing key; made (and added to the session) on first use when ``create``."""
    setting = session.get(Setting, SIGNING_KEY)
    if setting is not None and setting.value:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(setting.value))
    if not create:
        return None
    key = Ed25519PrivateKey.generate()
    value = key.private_bytes_raw().hex()
    if setting is None:
        session.add(Setting(key=SIGNING_KEY, value=value))
    else:
        setting.value = value
    session.flush()
    return key


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes_raw().hex()


def fingerprint(public: str) -> str:
    """A short fingerprint of a public key to read aloud: ``3F2A-91C0-77DE-0B14`` (64 bits of SHA-256)."""
    digest = hashlib.sha256(bytes.fromhex(public)).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def manifest_signature(key: Ed25519PrivateKey, content: bytes) -> dict[str, str]:
    """The manifest's fields that sign ``content``."""
    return {PUBLIC_FIELD: public_hex(key), SIGNATURE_FIELD: key.sign(content).hex()}


def verify(name: str, manifest: dict[str, Any], content: bytes) -> str:
    """The public key that signed the package (64 hex digits); refuses an unsigned or altered package."""
    public, signature = manifest.get(PUBLIC_FIELD), manifest.get(SIGNATURE_FIELD)
    if public is None and signature is None:
        raise ExchangeError(
            name,
            "this form package is not signed: it was issued by an earlier zhdesk, or made by someone else; "
            "ask the coordinator to issue it again with this version",
            SIGNATURE,
        )
    if not _hex(public, 64) or not _hex(signature, 128):
        raise ExchangeError(name, "the package's signature is damaged", SIGNATURE)
    assert isinstance(public, str) and isinstance(signature, str)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(bytes.fromhex(signature), content)
    except (InvalidSignature, ValueError):
        raise ExchangeError(
            name,
            "the package's signature does not match its content: it was changed after it was signed; "
            "ask the coordinator for the package again",
            SIGNATURE,
        ) from None
    return public


def pinned_key(session: Session) -> str | None:
    setting = session.get(Setting, PINNED_KEY)
    return setting.value if setting is not None and setting.value else None


def pin_key(session: Session, public: str) -> None:
    setting = session.get(Setting, PINNED_KEY)
    if setting is None:
        session.add(Setting(key=PINNED_KEY, value=public))
    else:
        setting.value = public


def _hex(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and all(c in "0123456789abcdef" for c in value)
