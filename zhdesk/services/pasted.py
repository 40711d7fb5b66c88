"""Cleaning pasted text (Word, web pages): plain Python, so the window can use it without the store."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = {
    "\u00ad",  # soft hyphen
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",  # zero-width characters and BOM
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # direction marks
}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_pasted(text: str) -> str:
    """Text pasted from Word or a web page: the words kept, the junk dropped.

    Non-breaking and other odd spaces become plain spaces, invisible characters and control characters
    go, line endings become ``\\n``, runs of spaces inside a line shrink to one, blank lines between
    paragraphs and spaces at line ends are dropped. Letters, digits and punctuation are never changed.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x0b", "\n")
    text = "".join(ch for ch in text if ch not in _INVISIBLE)
    text = _CONTROL.sub("", _SPACES.sub(" ", text))
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)
