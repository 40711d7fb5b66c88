"""Reporting periods (звітні періоди): cumulative from the start of the year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

KINDS = ("Q1", "H1", "9M", "Y")
_END = {"Q1": (3, 31), "H1": (6, 30), "9M": (9, 30), "Y": (12, 31)}
_WORDS = {
    "Q1": "за І квартал {year} року",
    "H1": "за І півріччя {year} року",
    "9M": "за 9 місяців {year} року",
    "Y": "за {year} рік",
}
_CODE = re.compile(r"^(\d{4})-(Q1|H1|9M|Y)$")


class PeriodError(ValueError):
    """A period code that is not one of YYYY-Q1, YYYY-H1, YYYY-9M, YYYY-Y."""


@dataclass(frozen=True, order=True)
class Period:
    """A cumulative reporting period (І квартал, І півріччя, 9 місяців, рік) of one year."""

    year: int
    kind: str

    @classmethod
    def parse(cls, code: str) -> Period:
        match = _CODE.match(code.strip().upper().replace("М", "M"))
        if not match:
            raise PeriodError(f"unknown period {code!r}: use YYYY-Q1, YYYY-H1, YYYY-9M or YYYY-Y (e.g. 2023-9M)")
        return cls(int(match.group(1)), match.group(2))

    @property
    def code(self) -> str:
        return f"{self.year}-{self.kind}"

    @property
    def ends_on(self) -> dt.date:
        month, day = _END[self.kind]
        return dt.date(self.year, month, day)

    @property
    def in_words(self) -> str:
        """The period as the report title says it: ``за 9 місяців 2023 року``."""
        return _WORDS[self.kind].format(year=self.year)

    @property
    def previous(self) -> Period | None:
        """The period before this one in the same year (None for the first quarter)."""
        index = KINDS.index(self.kind)
        return Period(self.year, KINDS[index - 1]) if index else None

    def __str__(self) -> str:
        return self.code


def period_from_title(title: str) -> Period | None:
    """Find the period a report title names (``… за 9 місяців 2023 року``), if any."""
    text = " ".join(title.split())
    for kind in KINDS:
        pattern = re.escape(_WORDS[kind]).replace(r"\{year\}", r"(\d{4})")
        found = re.search(pattern, text)
        if found:
            return Period(int(found.group(1)), kind)
    return None
