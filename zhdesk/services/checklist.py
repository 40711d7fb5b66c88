"""What to look at before the consolidated report is exported or printed (перевірка перед експортом).

Qt-free: the window shows the list in a dialog (with a jump to each measure) and the command line's
``export-report`` prints it as warnings. Nothing here stops the report from being written; the
coordinator decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from zhdesk.periods import Period
    from zhdesk.services.rows import MeasureRow
    from zhdesk.storage.database import Store
    from zhdesk.validation.rules import Problem

WAITING = ("issued", "submitted", "returned")  # a form was issued for the period, nothing accepted yet


@dataclass(frozen=True)
class MeasureItem:
    """A measure the list points at: its id (to go to it), number, sector and, for errors, what is wrong."""

    measure_id: str
    no: str
    sector: str
    text: str
    message: str = ""
    problem: Problem | None = field(default=None, compare=False)  # the error, for the window to word it

    @property
    def label(self) -> str:
        return f"{self.no} ({self.sector})"


@dataclass(frozen=True)
class BodyItem:
    """A body not accepted for the period: issued a form (``issued``, ``submitted``, ``returned``), or a
    reporting body not issued one while others were (``not issued``). Its code, name and status."""

    code: str
    name: str
    status: str


@dataclass(frozen=True)
class Checklist:
    """Everything worth a look before the consolidated report of ``period`` goes out."""

    period: str
    measures: int
    empty: list[MeasureItem] = field(default_factory=list)
    conflicts: list[MeasureItem] = field(default_factory=list)
    not_accepted: list[BodyItem] = field(default_factory=list)
    no_signatory: bool = False
    errors: list[MeasureItem] = field(default_factory=list)  # validation errors other than an empty text

    @property
    def clean(self) -> bool:
        return not (self.empty or self.conflicts or self.not_accepted or self.no_signatory or self.errors)


def check_report(session: Session, period: Period) -> Checklist:
    """The checklist of the consolidated report of ``period``, read in ``session``."""
    from zhdesk.exchange.merge import conflicts_of
    from zhdesk.exchange.review import body_statuses
    from zhdesk.services import settings
    from zhdesk.services.measures import list_measures
    from zhdesk.validation.service import validate_period

    return checklist_of(
        period,
        list_measures(session, period),
        validate_period(session, period, spelling=False),  # errors only are listed; spelling never is one
        [measure_id for measure_id, _mine, _theirs in conflicts_of(session, period)],
        [BodyState(s.code, s.name, s.status, s.reporting) for s in body_statuses(session, period)],
        settings.get_all(session),
    )


@dataclass(frozen=True)
class BodyState:
    """What the checklist needs of a body: its code, name, form status for the period and whether it reports."""

    code: str
    name: str
    status: str
    reporting: bool


def checklist_of(
    period: Period,
    rows: list[MeasureRow],
    problems: Iterable[Problem],
    conflicts: Iterable[str],
    bodies: Iterable[BodyState],
    values: Mapping[str, str],
) -> Checklist:
    """The checklist from what was read: the report's ``rows``, their validation ``problems``, the measure
    ids in conflict, the ``bodies`` with measures in the programme, the settings ``values``. Reads nothing
    (the quick reader of ``export-report`` builds through this too). Items in report order."""
    from zhdesk.validation.rules import ERROR

    by_id = {row.id: row for row in rows}

    def item(measure_id: str, message: str = "", problem: Problem | None = None) -> MeasureItem:
        row = by_id[measure_id]
        return MeasureItem(measure_id, row.no, row.sector, row.text, message, problem)

    empty: list[MeasureItem] = []
    errors: list[MeasureItem] = []
    for problem in problems:
        if problem.severity != ERROR or problem.measure_id not in by_id:
            continue
        if problem.code == "empty":
            empty.append(item(problem.measure_id))
        else:
            errors.append(item(problem.measure_id, problem.message, problem))
    in_conflict = set(conflicts)
    conflicted = [item(row.id) for row in rows if row.id in in_conflict]
    states = list(bodies)
    issued = any(s.status != "not issued" for s in states)  # forms went out: a reporting body without one too
    waiting = [
        BodyItem(s.code, s.name, s.status)
        for s in sorted(states, key=lambda s: s.code)
        if s.status in WAITING or (issued and s.reporting and s.status == "not issued")
    ]
    no_signatory = not (values["signatory_name"].strip() and values["signatory_position"].strip())
    return Checklist(period.code, len(by_id), empty, conflicted, waiting, no_signatory, errors)


def check_report_in(store: Store, period: Period) -> Checklist:
    """``check_report`` in a reading session of its own."""
    with store.reading() as session:
        return check_report(session, period)


def warning_lines(checklist: Checklist) -> list[str]:
    """The checklist as the command line prints it on stderr, one warning a line (empty when clean)."""
    lines: list[str] = []
    if checklist.empty:
        lines.append(f"{len(checklist.empty)} of {checklist.measures} measures have no execution text:")
        lines += [f"  {m.label} {_short(m.text)} [{m.measure_id}]" for m in checklist.empty]
    if checklist.conflicts:
        lines.append(
            f"{len(checklist.conflicts)} open conflicts (the coordinator's text and the bodies' differ; "
            f"`zhdesk merge --period {checklist.period} --take ID bodies|mine`):"
        )
        lines += [f"  {m.label} {_short(m.text)} [{m.measure_id}]" for m in checklist.conflicts]
    if checklist.not_accepted:
        lines.append(f"{len(checklist.not_accepted)} executive bodies are not accepted yet:")
        lines += [f"  {b.code} ({b.status}) {b.name}" for b in checklist.not_accepted]
    if checklist.no_signatory:
        lines.append("no signatory: set `zhdesk settings signatory_position …` and `zhdesk settings signatory_name …`")
    if checklist.errors:
        lines.append(f"{len(checklist.errors)} texts with errors:")
        lines += [f"  {m.message} [{m.measure_id}]" for m in checklist.errors]
    return lines


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
