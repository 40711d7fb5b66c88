"""A reporting period in the window's language ("за 9 місяців 2023 року", "for the 9 months of 2023").

``Period.in_words`` stays the official report's Ukrainian (the title, the footnote, the command line); the
window words a period here. The Ukrainian translations read exactly as ``Period.in_words``; a test holds
them together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zhdesk.periods import Period, PeriodError


def period_words(period: Period | str) -> str:
    """The period as the window says it; a code that is not a period is shown as it is."""
    if isinstance(period, str):
        try:
            period = Period.parse(period)
        except PeriodError:
            return str(period)
    words = {
        "Q1": QCoreApplication.translate("Period", "for Q1 {0}"),
        "H1": QCoreApplication.translate("Period", "for H1 {0}"),
        "9M": QCoreApplication.translate("Period", "for the 9 months of {0}"),
        "Y": QCoreApplication.translate("Period", "for the year {0}"),
    }
    return words[period.kind].format(period.year)
