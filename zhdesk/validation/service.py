"""Validate the texts of a period in the store: the consolidated report or one body's measures."""

from __future__ import annotations

from sqlalchemy.orm import Session

from zhdesk.periods import Period
from zhdesk.services.measures import MeasureRow, list_measures
from zhdesk.validation.rules import ERROR, Problem, check_funding, check_text


def validate_period(session: Session, period: Period, body: str | None = None) -> list[Problem]:
    """Problems of every measure in report order; the previous period's texts feed the "unchanged" rule."""
    rows = list_measures(session, period, body)
    previous_period = period.previous
    previous = (
        {row.id: row.execution for row in list_measures(session, previous_period, body)} if previous_period else {}
    )
    parents = parent_keys(rows)
    problems: list[Problem] = []
    for row in rows:
        if (row.sector, row.task_no, row.no) in parents and not row.execution.strip():
            continue  # 1.1 is reported through its sub-measures 1.1.1, 1.1.2 …
        label = f"{row.no} ({row.sector})"
        problems += check_text(row.id, label, row.execution, period, previous=previous.get(row.id))
        problems += check_funding(row.id, label, row.programme_or_funding)
    return problems


def parent_keys(rows: list[MeasureRow]) -> set[tuple[str, str, str]]:
    """(sector, task, no) of measures that have sub-measures (1.1 of 1.1.1, 1.1.2 …)."""
    numbers = {(row.sector, row.task_no, row.no) for row in rows}
    found = set()
    for sector, task_no, no in numbers:
        parts = no.split(".")
        for cut in range(1, len(parts)):
            found.add((sector, task_no, ".".join(parts[:cut])))
    return found & numbers


def has_errors(problems: list[Problem]) -> bool:
    return any(problem.severity == ERROR for problem in problems)
