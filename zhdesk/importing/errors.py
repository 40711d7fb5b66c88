"""The one error an import raises: it names the file and the line or cell, and what is wrong by code."""

from __future__ import annotations


class ImportFailure(Exception):
    """Bad input. ``str()`` is the one-line message for the user: ``FILE: WHERE: what is wrong``.
    ``code`` and ``params``: what is wrong, for words in another language (``importing.messages``; "" for a
    message without a code)."""

    def __init__(
        self, source: str, location: str, message: str, *, code: str = "", params: tuple[str, ...] = ()
    ) -> None:
        self.source = source
        self.location = location
        self.message = message
        self.code, self.params = code, params
        where = f"{source}: {location}" if location else source
        super().__init__(f"{where}: {message}")

    @classmethod
    def of(cls, source: str, location: str, code: str, *params: object) -> ImportFailure:
        """The refusal ``code`` (``importing.messages``) with its parameters, worded in English."""
        from zhdesk.importing.messages import english

        shown = tuple(str(p) for p in params)
        return cls(source, location, english(code, shown), code=code, params=shown)
