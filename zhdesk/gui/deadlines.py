"""A period's deadline as the officer and the coordinator read it: "Термін: 20.01.2024 (залишилося днів: 5)"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def days_words(days_left: int | None, on_time: bool | None = None) -> str:
    """The days left or late ("залишилося днів: 5", "сьогодні", "прострочено днів: 3"), or how the last
    submission came ("подано вчасно", "подано із запізненням"); "" without a deadline."""
    if on_time is True:
        return QCoreApplication.translate("Deadlines", "submitted on time")
    if on_time is False:
        return QCoreApplication.translate("Deadlines", "submitted late")
    if days_left is None:
        return ""
    if days_left > 0:
        return QCoreApplication.translate("Deadlines", "days left: {0}").format(days_left)
    if days_left == 0:
        return QCoreApplication.translate("Deadlines", "due today")
    return QCoreApplication.translate("Deadlines", "days late: {0}").format(-days_left)


def day_words(deadline: dt.date | str) -> str:
    """A deadline (a date or its ISO text) as the officer writes it: 20.01.2024."""
    day = dt.date.fromisoformat(deadline) if isinstance(deadline, str) else deadline
    return f"{day:%d.%m.%Y}"


def deadline_words(deadline: dt.date | str | None, days_left: int | None, on_time: bool | None = None) -> str:
    """ "Термін: 20.01.2024 (залишилося днів: 5)"; "" without a deadline."""
    if not deadline:
        return ""
    return QCoreApplication.translate("Deadlines", "Deadline: {0} ({1})").format(
        day_words(deadline), days_words(days_left, on_time)
    )
