"""The approved programme and its amendments: ``import-programme``, retired measures, live measures.

On a year with no programme the file creates it (and links its measures to last year's); on a year
that has one it is an amendment: the plan (``programme_plan``) is applied in one transaction, the
measures the file no longer names are retired — never deleted — from a period on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from zhdesk.importing.structure import ParsedReport, Repair
from zhdesk.periods import KINDS, Period
from zhdesk.services import settings
from zhdesk.services.bodies import BodyRegistry, SuspectedDuplicate, registry_duplicates
from zhdesk.services.programme_apply import Applied, Progress, apply_plan
from zhdesk.services.programme_import import PROGRAMME_TITLE, programme_title
from zhdesk.services.programme_links import Link, apply_links, link_next_year, propose_links
from zhdesk.services.programme_plan import AmendmentError, Plan, make_plan
from zhdesk.storage.database import Store
from zhdesk.storage.models import Execution, Measure, Priority, Programme, ReportingPeriod, Sector, Task


def default_retired_from(session: Session, year: int) -> str | None:
    """The first period after the year's reports that hold texts (those stay as published); None when
    even the annual report has texts (retired after the year's last report)."""
    with_texts = session.scalars(
        select(ReportingPeriod.code)
        .where(ReportingPeriod.year == year)
        .where(exists().where(Execution.period_id == ReportingPeriod.id))
    ).all()
    latest = max((KINDS.index(Period.parse(code).kind) for code in with_texts), default=-1)
    return Period(year, KINDS[latest + 1]).code if latest + 1 < len(KINDS) else None


@dataclass
class ProgrammeResult:
    """What ``import-programme`` found and did (``applied`` is None for a dry run or while waiting)."""

    report: ParsedReport
    year: int
    plan: Plan
    retired_from: str | None
    dry_run: bool
    applied: Applied | None = None
    links: list[Link] = field(default_factory=list)
    linked_next: int = 0  # measures of next year's programme linked to this year's new ones
    new_bodies: list[str] = field(default_factory=list)
    suspected_duplicates: list[SuspectedDuplicate] = field(default_factory=list)
    notes: list[Repair] = field(default_factory=list)

    @property
    def waiting(self) -> bool:
        return bool(self.plan.waiting)


class _RollBack(Exception):
    pass


def import_programme(
    store: Store,
    report: ParsedReport,
    year: int,
    *,
    dry_run: bool = False,
    confirm: bool = False,
    reject: set[str] | None = None,
    retired_from: str | None = "",
    progress: Progress | None = None,
) -> ProgrammeResult:
    """Create the year's programme from ``report``, or amend it; one transaction, nothing on a dry run.

    ``retired_from``: the first period whose report leaves retired measures out ("" = the period after
    the year's latest in the store; None = after the year's last period).
    """
    if report.year is not None and report.year != year:
        raise AmendmentError(f"{report.source}: the title names the programme of {report.year}, not {year}")
    result: ProgrammeResult | None = None
    try:
        with store.transaction() as session:
            plan = make_plan(session, report, year)
            plan.decide(confirm=confirm, reject=reject or set())
            start = default_retired_from(session, year) if retired_from == "" else retired_from
            if start is not None and Period.parse(start).year != year:
                raise AmendmentError(f"--from {start}: not a period of {year}")
            result = ProgrammeResult(report, year, plan, start, dry_run)
            result.links = propose_links(session, plan)
            result.notes += _texts_left_out(session, plan, start)
            if dry_run or plan.waiting:
                raise _RollBack
            bodies = BodyRegistry(session)
            community = report.community or settings.get(session, "community")
            title = programme_title(community, year)
            result.applied = apply_plan(
                session,
                plan,
                bodies,
                retired_from=start,
                added_from=start,
                source=f"import-programme {report.source}",
                title=title,
                progress=progress,
            )
            apply_links(session, result.links, year, f"import-programme {report.source}")
            result.linked_next = link_next_year(session, plan, f"import-programme {report.source}")
            settings.put_if_empty(session, "community", report.community)
            settings.put_if_empty(session, "programme_title", PROGRAMME_TITLE if report.community else "")
            settings.put_if_empty(session, "footnote", report.footnote)
            session.flush()
            result.new_bodies = [body.name for body in bodies.created]
            result.suspected_duplicates = registry_duplicates(session)
    except _RollBack:
        pass
    assert result is not None
    return result


def _texts_left_out(session: Session, plan: Plan, start: str | None) -> list[Repair]:
    """Retired measures that have texts in the reports they will be left out of: said before it is done."""
    retired = [m.id for m in plan.retired()] if plan.amends and not plan.creates_programme else []
    if not retired or start is None:
        return []
    first = KINDS.index(Period.parse(start).kind)
    left_out = [Period(plan.year, kind).code for kind in KINDS[first:]]
    found = session.execute(
        select(Execution.measure_id, ReportingPeriod.code)
        .join(ReportingPeriod, ReportingPeriod.id == Execution.period_id)
        .where(Execution.measure_id.in_(retired), ReportingPeriod.code.in_(left_out), Execution.text != "")
    ).all()
    if not found:
        return []
    periods = sorted({code for _, code in found}, key=lambda code: KINDS.index(Period.parse(code).kind))
    return [
        Repair(
            plan.source,
            f"{len({m for m, _ in found})} of the retired measures have texts in the {', '.join(periods)} "
            f"report; retired from {start} on, they are left out of it (their texts are kept): give --from "
            "a later period to keep them in it",
        )
    ]


@dataclass(frozen=True)
class RetiredMeasure:
    id: str
    no: str
    text: str
    sector: str
    retired_at: str
    retired_from: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "no": self.no,
            "text": self.text,
            "sector": self.sector,
            "retired_at": self.retired_at,
            "retired_from": self.retired_from,
        }


def retired_measures(session: Session, year: int) -> list[RetiredMeasure]:
    """The measures of the year's programme that an amendment or an edit retired, in report order."""
    rows = session.execute(
        select(Measure.id, Measure.no, Measure.text, Sector.name, Measure.retired_at, Measure.retired_from)
        .join(Task, Task.id == Measure.task_id)
        .join(Sector, Sector.id == Task.sector_id)
        .join(Priority, Priority.id == Sector.priority_id)
        .join(Programme, Programme.id == Priority.programme_id)
        .where(Programme.year == year, Measure.retired_at.is_not(None))
        .order_by(Priority.position, Sector.position, Task.position, Measure.position)
    )
    return [
        RetiredMeasure(mid, no, text, sector, at.isoformat(timespec="seconds") if at else "", start)
        for mid, no, text, sector, at, start in rows
    ]
