"""Hunspell's Ukrainian dictionary (Debian's hunspell-uk, shipped in ``zhdesk/resources/spelling``) through
the ``chunspell`` binding (imported as ``hunspell``). Qt-free.

The word list is shipped in parts (``packaging/spelling_dictionary.py``): the binding holds Python's lock
while Hunspell reads a file, and the whole list takes ~0.9 s, which would freeze the window. The window
loads it one part (~10 ms) per turn of its event loop (``step``), so a keystroke waits for one part at most;
a background thread would not help, as each call from Qt back into Python then waits for the lock (tried:
keystrokes of 0.4–1.4 s while it loaded). The command line loads it where it needs it (``load``). Until
the last part is in, ``spell`` answers None (not known yet) rather than a wrong "misspelled".
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
    """The dictionary, loaded once: ``load()`` all at once, or ``step()`` by step (one part, ~10 ms, each)
    from the window's event loop, so that typing goes on while it loads."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._speller: Any = None  # being loaded
        self._parts: list[Path] | None = None
        self._hunspell: Any = None  # loaded
        self._done = False
        self._lock = threading.Lock()  # a runner thread's validation and the window's steps take turns
        self.failed = ""  # why there is no dictionary (no binding, no files): spelling is then not checked

    def edition(self) -> str:
        """Names the dictionary the answers kept between runs were given by."""
        return f"{EDITION} {self._folder or 'shipped'}"

    @property
    def ready(self) -> bool:
        return self._hunspell is not None

    @property
    def done(self) -> bool:
        """Loaded, or failed to load."""
        return self._done

    def step(self) -> bool:
        """Loads the next part (the first step opens the affix file, ~30 ms); True when nothing is left."""
        with self._lock:
            if self._done:
                return True
            try:
                if self._parts is None:
                    import importlib

                    hunspell = importlib.import_module("hunspell")  # chunspell's module (no type information)
                    folder = self._folder or shipped_folder()
                    self._speller = hunspell.Hunspell(LANGUAGE, hunspell_data_dir=str(folder), system_encoding="UTF-8")
                    self._parts = sorted(folder.joinpath(LANGUAGE).glob("*.dic"), reverse=True)
                    if not self._parts:
                        raise FileNotFoundError(f"no {LANGUAGE}/*.dic in {folder}")
                else:
                    self._speller.add_dic(_native(self._parts.pop()))
                    if not self._parts:
                        self._hunspell, self._done = self._speller, True
            except Exception as exc:  # no binding, no files, an unreadable folder: no spelling, never a crash
                self.failed, self._done = f"{type(exc).__name__}: {exc}", True
            return self._done

    def load(self) -> bool:
        """Loads what is left now; True when the dictionary can be used."""
        while not self.step():
            pass
        return self.ready

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
