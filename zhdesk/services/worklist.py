"""A period's work as the window holds it: the rows in report order and what each one needs shown.

Qt-free: the measures (with the texts being typed), their previous periods' texts, their problems and
status marks, what the search looks in, how many are filled (a text with an error is not: the window's
"Заповнено" counts what could be submitted as it is). ``apply_edit`` takes one keystroke's text
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
DONE = (FILLED, WARNINGS)  # the statuses "Заповнено" counts: a text, and no error in it
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
        self.problems = {row.id: self.check(row, row.execution) for row in rows}
        self.status = {row.id: self.status_of(row.id, row.execution) for row in rows}
        self.filled = sum(1 for status in self.status.values() if status in DONE)  # texts without errors
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
        was_done = self.status.get(row.id) in DONE
        row = self._replace(row, text)
        problems = self.check(row, text)
        changed = problems != self.problems.get(row.id)
        self.problems[row.id] = problems
        self.status[row.id] = self.status_of(row.id, text)
        self.filled += int(self.status[row.id] in DONE) - int(was_done)
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

    @property
    def errors(self) -> int:
        """The errors in the texts typed (an empty measure is unfilled, not counted here)."""
        return sum(
            1
            for measure_id, problems in self.problems.items()
            if self.status[measure_id] == ERRORS
            for problem in problems
            if problem.severity == ERROR
        )

    def first_unfilled(self, ids: list[str]) -> str | None:
        """Where the officer starts: the first measure of ``ids`` not filled yet (empty, or with an error
        in its text), else the first one."""

        def unfilled(m: str) -> bool:  # an empty parent measure (1.1 above 1.1.1) is no work: no problem flagged
            return self.status.get(m) == ERRORS or (self.status.get(m) == EMPTY and bool(self.problems.get(m)))

        return next((m for m in ids if unfilled(m)), ids[0] if ids else None)

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
