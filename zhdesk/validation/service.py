"""Validate the texts of a period in the store: the consolidated report or one body's measures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from zhdesk.periods import Period
from zhdesk.services.rows import MeasureRow, PreviousText, parent_keys
from zhdesk.validation.rules import ERROR, Problem, check_funding, check_spelling, check_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def validate_period(
    session: Session, period: Period, body: str | None = None, *, own_texts: bool = False, spelling: bool = True
) -> list[Problem]:
    """Problems of every measure in report order; the previous texts feed the "unchanged" rule.

    With ``own_texts`` and a ``body``, the body's own parts are checked (what it submits), and only the
    texts: the funding column is the coordinator's, and an executive body cannot change it. ``spelling``:
    with the spell-check's warnings (see ``problems_of``).
    """
    from zhdesk.services.measures import list_measures
    from zhdesk.services.previous import previous_texts

    rows = list_measures(session, period, body, own_texts=own_texts)
    # the texts the window compares with: for a body's own texts its own part of the previous period, if any
    previous = previous_texts(session, period, [row.id for row in rows], body if own_texts else None)
    return problems_of(rows, previous, period, own_texts=own_texts, spelling=spelling)


def problems_of(
    rows: list[MeasureRow],
    previous: Mapping[str, PreviousText],
    period: Period,
    *,
    own_texts: bool = False,
    spelling: bool = False,
) -> list[Problem]:
    """The problems of ``rows`` (as ``list_measures`` gives them) with their ``previous`` texts; the store is
    not touched (the quick reader of ``export-report`` validates through this too).

    ``spelling`` adds a warning for each misspelled word (the programme's own words are not). Off here by
    default: the checklist before an export reads only the errors, and a spelling warning never is one, so
    the quick export needs no dictionary (~1 s to load); ``validate_period`` has it on."""
    from zhdesk.validation.spelling import default_checker

    parents = parent_keys(rows)
    checker = default_checker() if spelling else None
    vocabulary = programme_vocabulary(rows) if spelling else frozenset()
    if checker is not None:
        checker.prepare((row.execution for row in rows), vocabulary)
    problems: list[Problem] = []
    for row in rows:
        if (row.sector, row.task_no, row.no) in parents and not row.execution.strip():
            continue  # 1.1 is reported through its sub-measures 1.1.1, 1.1.2 …
        label = f"{row.no} ({row.sector})"
        before = previous.get(row.id)
        problems += check_text(row.id, label, row.execution, period, previous=before.text if before else None)
        if checker is not None:
            problems += check_spelling(row.id, label, row.execution, checker, vocabulary)
        if not own_texts:
            problems += check_funding(row.id, label, row.programme_or_funding)
    if checker is not None:
        checker.save()
    return problems


def programme_vocabulary(rows: list[MeasureRow]) -> frozenset[str]:
    """The programme's own words, never flagged as misspelled: its priorities, sectors, tasks, measures and
    executors as ``rows`` give them (not the execution texts)."""
    from zhdesk.validation.spelling import vocabulary_of

    parts = {part for row in rows for part in (row.priority, row.priority_goal, row.sector, row.task, row.executors)}
    return vocabulary_of(parts | {row.text for row in rows})


def has_errors(problems: list[Problem]) -> bool:
    return any(problem.severity == ERROR for problem in problems)
