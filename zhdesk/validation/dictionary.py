"""Hunspell's Ukrainian dictionary (Debian's hunspell-uk, shipped in ``zhdesk/resources/spelling``) through
the ``chunspell`` binding (imported as ``hunspell``). Qt-free.

The word list is shipped in parts (``packaging/spelling_dictionary.py``): the binding holds Python's lock
while Hunspell reads a file, and the whole list takes ~0.9 s, which would freeze the window. Loaded part by
part on a background thread (``start``), the window never waits more than about one part (~10 ms); the
command line loads it where it needs it (``load``). Until the last part is in, ``spell`` answers None
(not known yet) rather than a wrong "misspelled".
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

LANGUAGE = "uk_UA"
EDITION = "hunspell-uk 1:7.5.0-1"  # Debian's package the shipped files come from (resources/spelling/README.md)


def shipped_folder() -> Path:
    from zhdesk.paths import resource_file

    return resource_file("spelling", f"{LANGUAGE}.aff").parent


def _native(path: Path) -> str:
    """A path as Hunspell opens it: on Windows with the ``\\\\?\\`` prefix, which makes it read the UTF-8
    path as wide characters (a user folder named in Cyrillic)."""
    text = os.path.abspath(path)
    return "\\\\?\\" + text if sys.platform == "win32" and not text.startswith("\\\\?\\") else text


class Dictionary:
    """The dictionary, loaded once: ``load()`` here and now, or ``start()`` on a background thread."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._hunspell: Any = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._started = False
        self.failed = ""  # why there is no dictionary (no binding, no files): spelling is then not checked

    def edition(self) -> str:
        """Names the dictionary the answers kept between runs were given by."""
        return f"{EDITION} {self._folder or 'shipped'}"

    @property
    def ready(self) -> bool:
        return self._done.is_set() and self._hunspell is not None

    def start(self) -> None:
        """Load on a background thread (once); ``ready`` says when it is done."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._load, name="zhdesk-dictionary", daemon=True).start()

    def load(self) -> bool:
        """Load now (or wait for the background load); True when the dictionary can be used."""
        with self._lock:
            started, self._started = self._started, True
        if started:
            self._done.wait()
        else:
            self._load()
        return self.ready

    def _load(self) -> None:
        try:
            import importlib

            hunspell = importlib.import_module("hunspell")  # chunspell's module (no type information)

            folder = self._folder or shipped_folder()
            speller = hunspell.Hunspell(LANGUAGE, hunspell_data_dir=str(folder), system_encoding="UTF-8")
            for part in sorted(folder.joinpath(LANGUAGE).glob("*.dic")):
                speller.add_dic(_native(part))  # one part (~10 ms) under the lock; the window runs between
            self._hunspell = speller
        except Exception as exc:  # no binding, no files, an unreadable folder: no spelling, never a crash
            self.failed = f"{type(exc).__name__}: {exc}"
        finally:
            self._done.set()

    def spell(self, word: str) -> bool | None:
        """Whether Hunspell knows ``word``; None while it is not loaded."""
        if not self.ready:
            return None
        try:
            return bool(self._hunspell.spell(word))
        except UnicodeError:
            return True  # a character the dictionary's encoding has no place for: not ours to judge

    def suggest(self, word: str) -> list[str]:
        if not self.ready:
            return []
        try:
            return list(self._hunspell.suggest(word))
        except UnicodeError:
            return []
