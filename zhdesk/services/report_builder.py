"""Build the neutral report model from the store: the consolidated report or one body's own part."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from zhdesk.periods import Period, period_from_title
from zhdesk.reports.model import (
    MeasureLine,
    PriorityBlock,
    ReportDocument,
    SectorBlock,
    Signature,
    TaskBlock,
    signatory_name,
)
from zhdesk.services.rows import MeasureRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REPORT_TITLE = "Інформація про виконання завдань та заходів"


class ReportError(ValueError):
    """Nothing to report (no programme for the period's year), said plainly."""


def build_report_model(session: Session, period: Period, body: str | None = None) -> ReportDocument:
    """The official table for ``period``; with ``body`` only its measures and its head's signature."""
    from zhdesk.services import settings
    from zhdesk.services.bodies import find_body
    from zhdesk.services.measures import list_measures

    rows = list_measures(session, period, body)
    if not rows:
        whose = f" of {body}" if body else ""
        raise ReportError(f"no measures{whose} in the programme for {period.year}; import the programme first")
    head = None
    if body is not None:
        executive_body = find_body(session, body)
        head = BodyHead(executive_body.name, executive_body.head_position, executive_body.head_name)
    return document_of(period, rows, settings.get_all(session), head)


@dataclass(frozen=True)
class BodyHead:
    """The executive body of a body's own report: its name (the subtitle) and its head (who signs)."""

    name: str
    position: str
    head_name: str


def document_of(
    period: Period, rows: list[MeasureRow], values: Mapping[str, str], body: BodyHead | None = None
) -> ReportDocument:
    """The document of ``rows`` (as ``list_measures`` gives them) with the report's settings ``values``
    (``settings.get_all``); with ``body``, a body's own report. Reads nothing: the quick reader of
    ``export-report`` builds through this too."""
    programme = values["programme_title"] or "Програми соціально-економічного і культурного розвитку"
    title = " ".join(f"{REPORT_TITLE} {programme} {values['community']} {period.in_words}".split())
    subtitle = ""
    signature: Signature | None = None
    if body is not None:
        subtitle = body.name
        if body.head_name:
            signature = Signature(body.position, signatory_name(body.head_name))
    elif values["signatory_name"]:
        signature = Signature(values["signatory_position"], signatory_name(values["signatory_name"]))
    return ReportDocument(
        title=title,
        subtitle=subtitle,
        period_code=period.code,
        priorities=_priorities(rows),
        footnote=footnote_for(values["footnote"], period),
        signature=signature,
    )


_FOOTNOTE_PERIOD = re.compile(
    r"за\s+(?:9\s+міс(?:\.|яців)|[ІI]\s+квартал|[ІI]\s+півріччя|[ІI]\s+півр\.)\s+(\d{4})\s+року|за\s+(\d{4})\s+рік"
)


def footnote_for(footnote: str, period: Period) -> str:
    """The stored footnote names the period it was written for: name the exported one instead."""
    found = _FOOTNOTE_PERIOD.search(footnote)
    if not found:
        return footnote
    named = period_from_title(found.group(0).replace("міс.", "місяців").replace("півр.", "півріччя"))
    if named == period:
        return footnote  # keep the wording as published (за 9 міс. 2023 року)
    return footnote[: found.start()] + period.in_words + footnote[found.end() :]


def _priorities(rows: list[MeasureRow]) -> tuple[PriorityBlock, ...]:
    priorities = []
    for (name, goal), in_priority in groupby(rows, key=lambda r: (r.priority, r.priority_goal)):
        sectors = []
        for sector, in_sector in groupby(in_priority, key=lambda r: r.sector):
            tasks = []
            for (task_no, task), in_task in groupby(in_sector, key=lambda r: (r.task_no, r.task)):
                measures = tuple(
                    MeasureLine(r.id, r.no, r.text, r.executors, r.execution, r.programme_or_funding) for r in in_task
                )
                tasks.append(TaskBlock(task_no, task, measures))
            sectors.append(SectorBlock(sector, tuple(tasks)))
        priorities.append(PriorityBlock(name, goal, tuple(sectors)))
    return tuple(priorities)
