"""The one error an import raises: it names the file and the line or cell."""

from __future__ import annotations


class ImportFailure(Exception):
    """Bad input. ``str()`` is the one-line message for the user: ``FILE: WHERE: what is wrong``."""

    def __init__(self, source: str, location: str, message: str) -> None:
        self.source = source
        self.location = location
        self.message = message
        where = f"{source}: {location}" if location else source
        super().__init__(f"{where}: {message}")
