"""The whole consolidated report as the coordinator reviews it: every measure in printed order with its
text and where that text comes from (empty, the bodies' parts, the coordinator's own, a conflict).

Qt-free: ``review_table`` reads everything in one session and returns plain data for the window's
review view (Звіт), 173 measures of the real report or 8,650 of the 50× store alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from zhdesk.services.measures import list_measures
from zhdesk.storage.models import (
    Execution,
    ExecutionPart,
    ExecutiveBody,
    FormIssue,
    MeasureExecutor,
    ReportingPeriod,
    Submission,
)

if TYPE_CHECKING:
    from zhdesk.periods import Period
    from zhdesk.storage.database import Store

EMPTY, BODIES, EDITED, IMPORTED, CONFLICT = "empty", "bodies", "edited", "imported", "conflict"
STATES = (EMPTY, BODIES, EDITED, IMPORTED, CONFLICT)


@dataclass(frozen=True)
class ReviewRow:
    """One measure of the report (the printed row) and the state of its execution text."""

    measure_id: str
    priority: str
    priority_goal: str
    sector: str
    task_no: str
    task: str
    no: str
    measure: str
    executors: str
    execution: str
    programme_or_funding: str
    state: str  # one of STATES
    from_bodies: tuple[str, ...] = ()  # the bodies whose parts make the text (or the incoming text), lead first
    bodies: tuple[str, ...] = ()  # every executor's code, column 4 order
    incoming: str = ""  # in a conflict: the bodies' text waiting beside the coordinator's


@dataclass(frozen=True)
class ReviewTable:
    period: str
    rows: list[ReviewRow]
    returnable: dict[str, str] = field(default_factory=dict)
    """Bodies that can be returned with comments (something received from them): code → status."""
    names: dict[str, str] = field(default_factory=dict)  # code → full name, for the bodies of ``rows``


def review_table(store: Store, period: Period) -> ReviewTable:
    """Every measure of ``period``'s report with its text's state, read in one session."""
    with store.reading() as session:
        measures = list_measures(session, period)
        period_id = session.scalar(select(ReportingPeriod.id).where(ReportingPeriod.code == period.code))
        bodies: dict[int, tuple[str, str]] = {
            body_id: (code, name)
            for body_id, code, name in session.execute(select(ExecutiveBody.id, ExecutiveBody.code, ExecutiveBody.name))
        }
        executors: dict[str, list[tuple[int, int]]] = {}
        for measure_id, position, body_id in session.execute(
            select(MeasureExecutor.measure_id, MeasureExecutor.position, MeasureExecutor.body_id)
        ):
            executors.setdefault(measure_id, []).append((position, body_id))
        own: dict[str, tuple[str, str | None]] = {}
        parts: dict[str, list[int]] = {}
        returnable: dict[str, str] = {}
        if period_id is not None:
            own = {
                measure_id: (source, incoming)
                for measure_id, source, incoming in session.execute(
                    select(Execution.measure_id, Execution.source, Execution.incoming).where(
                        Execution.period_id == period_id
                    )
                )
            }
            for measure_id, body_id, text in session.execute(
                select(ExecutionPart.measure_id, ExecutionPart.body_id, ExecutionPart.text).where(
                    ExecutionPart.period_id == period_id
                )
            ):
                if text.strip():
                    parts.setdefault(measure_id, []).append(body_id)
            received = set(session.scalars(select(Submission.body_id).where(Submission.period_id == period_id)))
            for body_id, status in session.execute(
                select(FormIssue.body_id, FormIssue.status).where(FormIssue.period_id == period_id)
            ):
                if body_id in received and body_id in bodies:
                    returnable[bodies[body_id][0]] = status
    rows = []
    names: dict[str, str] = {}
    for m in measures:
        order = {body_id: position for position, body_id in executors.get(m.id, [])}
        codes = tuple(bodies[b][0] for _p, b in sorted(executors.get(m.id, [])) if b in bodies)
        for body_id in order:
            if body_id in bodies:
                names.setdefault(*bodies[body_id])
        sent = tuple(bodies[b][0] for b in sorted(parts.get(m.id, []), key=lambda b: order.get(b, 999)) if b in bodies)
        source, incoming = own.get(m.id, ("", None))
        if incoming is not None:
            state = CONFLICT
        elif m.id in own:
            state = EMPTY if not m.execution.strip() else IMPORTED if source == "import" else EDITED
        else:
            state = BODIES if m.execution.strip() else EMPTY
        rows.append(
            ReviewRow(
                m.id,
                m.priority,
                m.priority_goal,
                m.sector,
                m.task_no,
                m.task,
                m.no,
                m.text,
                m.executors,
                m.execution,
                m.programme_or_funding,
                state,
                sent,
                codes,
                incoming or "",
            )
        )
    return ReviewTable(period.code, rows, returnable, names)
