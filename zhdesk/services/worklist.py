"""A period's work as the window holds it: the rows in report order and what each one needs shown.

Qt-free: the measures (with the texts being typed), their previous periods' texts, their problems and
status marks, what the search looks in, how many are filled. ``apply_edit`` takes one keystroke's text
and says what changed, so the window updates only that.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from zhdesk.periods import Period
from zhdesk.services.rows import MeasureRow, PreviousText
from zhdesk.validation.rules import ERROR, Problem, check_funding, check_text

EMPTY, FILLED, ERRORS, WARNINGS = "empty", "filled", "errors", "warnings"
FILTERS = ("all", "unfilled", "problems")


@dataclass(frozen=True)
class Edit:
    """What one edit changed: the row as it is now, whether it was and is filled, its status, and
    whether its problems changed (the problems panel is rebuilt only then)."""

    row: MeasureRow
    was_filled: bool
    status: str
    problems_changed: bool

    @property
    def filled(self) -> bool:
        return bool(self.row.execution.strip())


class Worklist:
    """The rows of one period (a body's own texts in a body's window), ready for the window."""

    def __init__(
        self,
        rows: list[MeasureRow],
        previous: dict[str, PreviousText],
        parents: set[tuple[str, str, str]],
        period: Period | None,
        body: str | None,
    ) -> None:
        self.period, self.body, self.parents = period, body, parents
        self.order = list(rows)
        self.previous = previous  # measure id → the text of its previous period
        self.position = {row.id: index for index, row in enumerate(rows)}
        self.rows = {row.id: row for row in rows}
        self.filled = sum(1 for row in rows if row.execution.strip())
        self.problems = {row.id: self.check(row, row.execution) for row in rows}
        self.status = {row.id: self.status_of(row.id, row.execution) for row in rows}
        self.haystack = {row.id: searchable(row) for row in rows}

    @classmethod
    def empty(cls) -> Worklist:
        return cls([], {}, set(), None, None)

    def check(self, row: MeasureRow, text: str) -> list[Problem]:
        if self.period is None:
            return []
        if not text.strip() and (row.sector, row.task_no, row.no) in self.parents:
            return []
        label = f"{row.no} ({row.sector})"
        before = self.previous.get(row.id)
        found = check_text(row.id, label, text, self.period, previous=before.text if before else None)
        if self.body is not None:  # a body's window: the funding column is the coordinator's, not the officer's
            return found
        return found + check_funding(row.id, label, row.programme_or_funding)

    def status_of(self, measure_id: str, text: str) -> str:
        problems = self.problems.get(measure_id, [])
        if not text.strip():
            return EMPTY
        if any(p.severity == ERROR for p in problems):
            return ERRORS
        return WARNINGS if problems else FILLED

    def apply_edit(self, measure_id: str, text: str) -> Edit:
        """The measure's text is now ``text``: its row, counts, problems, status and search follow."""
        row = self.rows[measure_id]
        was_filled = bool(row.execution.strip())
        row = self._replace(row, text)
        self.filled += int(bool(text.strip())) - int(was_filled)
        problems = self.check(row, text)
        changed = problems != self.problems.get(row.id)
        self.problems[row.id] = problems
        self.status[row.id] = self.status_of(row.id, text)
        self.haystack[row.id] = searchable(row)
        return Edit(row, was_filled, self.status[row.id], changed)

    def set_text(self, measure_id: str, text: str) -> None:
        """A text put back without typing (recovered from the journal): as an edit, counts included."""
        if measure_id in self.rows:
            self.apply_edit(measure_id, text)

    def _replace(self, row: MeasureRow, text: str) -> MeasureRow:
        row = dataclasses.replace(row, execution=text)
        self.rows[row.id] = row
        self.order[self.position[row.id]] = row
        return row

    def keep(self, mode: str, words: str, only: set[str] | None) -> Callable[[MeasureRow], bool] | None:
        """Which rows the navigator shows for the filter ``mode`` and the search ``words`` (None: all)."""
        words = words.strip().casefold()
        if not words and mode == "all":
            return None
        haystack, problems = self.haystack, self.problems
        narrowed = only if mode == "only" else None

        def keep(row: MeasureRow) -> bool:
            if narrowed is not None and row.id not in narrowed:
                return False
            if mode == "unfilled" and row.execution.strip():
                return False
            if mode == "problems" and not problems.get(row.id):
                return False
            return not words or words in haystack[row.id]

        return keep

    def next_unfilled(self, ids: list[str], current: str | None) -> str | None:
        """The first empty measure after ``current`` among ``ids`` (in the navigator's order), wrapping."""
        start = ids.index(current) + 1 if current in ids else 0
        return next((m for m in ids[start:] + ids[:start] if not self.rows[m].execution.strip()), None)


def searchable(row: MeasureRow) -> str:
    return "\n".join((row.no, row.text, row.execution)).casefold()
