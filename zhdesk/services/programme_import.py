"""Write a parsed official table into the store: one transaction, idempotent, every change counted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from zhdesk.importing.structure import ParsedMeasure, ParsedReport, Repair
from zhdesk.periods import Period
from zhdesk.services import settings
from zhdesk.services.bodies import BodyRegistry, SuspectedDuplicate, registry_duplicates
from zhdesk.services.history import current_user, record_many
from zhdesk.services.programme_apply import apply_plan
from zhdesk.services.programme_links import Link, apply_links, link_next_year, propose_links
from zhdesk.services.programme_plan import AmendmentError, MeasurePlan, Plan, make_plan
from zhdesk.storage.busy import insert_unless_present
from zhdesk.storage.database import Store
from zhdesk.storage.models import Execution, ReportingPeriod, utcnow

PROGRAMME_TITLE = "Програми соціально-економічного і культурного розвитку"


def programme_title(community: str, year: int) -> str:
    """The programme's own title, as the council's decision names it."""
    return " ".join(f"Програма соціально-економічного і культурного розвитку {community} на {year} рік".split())


Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    """What an import did: counts of what was created or changed, the repairs, the suspects."""

    report: ParsedReport
    period: Period
    created: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    notes: list[Repair] = field(default_factory=list)
    new_bodies: list[str] = field(default_factory=list)
    suspected_duplicates: list[SuspectedDuplicate] = field(default_factory=list)
    plan: Plan | None = None
    links: list[Link] = field(default_factory=list)  # this year's new measures linked to last year's
    linked_next: int = 0  # next year's measures linked to this year's new ones
    waiting: bool = False  # uncertain matchings wait for the user; nothing was written

    @property
    def added(self) -> list[MeasurePlan]:
        """Measures the file adds to a programme the store already held (reported, never silent)."""
        if self.plan is None or self.plan.creates_programme:
            return []
        return [m for m in self.plan.measures if m.kind == "added"]

    @property
    def changed_anything(self) -> bool:
        return any(self.created.values()) or any(self.changed.values())

    def count(self, what: str, *, created: bool, n: int = 1) -> None:
        bucket = self.created if created else self.changed
        bucket[what] = bucket.get(what, 0) + n


def ensure_period(session: Session, period: Period) -> ReportingPeriod:
    """The period's row, made if the store has none. Two writers making the same new period at the same
    moment both get the one row: the insert does nothing where the other's row is (PostgreSQL waits for
    the other to commit), then the row is read again."""
    wanted = select(ReportingPeriod).where(ReportingPeriod.code == period.code)
    row = session.scalar(wanted)
    if row is None:
        values = {"code": period.code, "year": period.year, "kind": period.kind, "ends_on": period.ends_on}
        insert_unless_present(session, ReportingPeriod, values, ["code"])
        row = session.scalar(wanted)
    assert row is not None
    return row


class _Uncertain(Exception):
    """Matchings wait for the user: the transaction is rolled back and the plan returned."""


class _Writer:
    """The programme by the plan (matched by content, ids kept), then the period's texts in bulk.
    Nothing is written where the store already holds the same values."""

    def __init__(self, session: Session, result: ImportResult) -> None:
        self.session = session
        self.result = result
        self.bodies = BodyRegistry(session)

    def executions(self, placed: list[tuple[ParsedMeasure, str]], period: ReportingPeriod) -> None:
        session = self.session
        existing = {
            measure_id_: (row_id, text)
            for row_id, measure_id_, text in session.execute(
                select(Execution.id, Execution.measure_id, Execution.text).where(Execution.period_id == period.id)
            )
        }
        now = utcnow()
        who = current_user()
        new, changed = [], []
        for parsed, mid in placed:
            if mid not in existing:
                if parsed.execution:
                    new.append(
                        {
                            "measure_id": mid,
                            "period_id": period.id,
                            "text": parsed.execution,
                            "source": "import",
                            "updated_at": now,
                        }
                    )
            elif existing[mid][1] != parsed.execution:
                changed.append(
                    {"id": existing[mid][0], "text": parsed.execution, "source": "import", "updated_at": now}
                )
        record_many(
            session,
            [
                {
                    "measure_id": mid,
                    "period_id": period.id,
                    "body_id": None,
                    "old_text": existing[mid][1] if mid in existing else "",
                    "new_text": parsed.execution,
                    "changed_at": now,
                    "changed_by": who,
                    "source": "import",
                }
                for parsed, mid in placed
                if (mid in existing and existing[mid][1] != parsed.execution)
                or (mid not in existing and parsed.execution)
            ],
        )
        if new:
            session.execute(insert(Execution), new)
            self.result.count("execution texts", created=True, n=len(new))
        if changed:
            session.execute(update(Execution), changed)
            self.result.count("execution texts", created=False, n=len(changed))

    def write(
        self, report: ParsedReport, period: Period, progress: Progress | None, confirm: bool, reject: set[str]
    ) -> None:
        session = self.session
        community = report.community
        period_row = ensure_period(session, period)
        plan = self.result.plan = make_plan(session, report, period.year, period=period)
        plan.decide(confirm=confirm, reject=reject)
        if plan.waiting:
            raise _Uncertain
        title = " ".join(
            f"Програма соціально-економічного і культурного розвитку {community} на {period.year} рік".split()
        )
        applied = apply_plan(
            session,
            plan,
            self.bodies,
            retired_from=None,
            added_from=period.code,
            source=f"import-report {report.source}",
            title=title,
            progress=progress,
        )
        for what, n in applied.created.items():
            self.result.count(what, created=True, n=n)
        for what, n in applied.changed.items():
            self.result.count(what, created=False, n=n)
        self.executions([(m.parsed, m.id) for m in plan.measures], period_row)
        source = f"import-report {report.source}"
        self.result.links = propose_links(session, plan) if plan.measures else []
        apply_links(session, self.result.links, period.year, source)
        self.result.linked_next = link_next_year(session, plan, source)
        if plan.unmatched:
            self.result.notes.append(
                Repair(report.source, f"{len(plan.unmatched)} measures already in the store are not in this file; kept")
            )
        filled = [
            settings.put_if_empty(session, "community", community),
            settings.put_if_empty(session, "programme_title", PROGRAMME_TITLE if community else ""),
            settings.put_if_empty(session, "footnote", report.footnote),
        ]
        if any(filled):
            self.result.count("settings", created=True, n=sum(filled))
        self.result.new_bodies = [body.name for body in self.bodies.created]


def import_report(
    store: Store,
    report: ParsedReport,
    period: Period,
    progress: Progress | None = None,
    *,
    confirm: bool = False,
    reject: set[str] | None = None,
) -> ImportResult:
    """Write ``report`` as the programme of ``period.year`` with its texts for ``period``.

    The file's measures are matched to the store's by content (``programme_plan``); while matchings
    are uncertain (and not confirmed or rejected) nothing is written and ``result.waiting`` is set.
    One transaction: on any error nothing is written. Importing the same file again changes nothing.
    """
    result = ImportResult(report, period)
    titled = report.period
    if titled is not None and titled.year != period.year:
        raise AmendmentError(
            f"{report.source}: the title names {titled.code} ({titled.in_words}), not a period of {period.year}; "
            "check --period"
        )
    if titled is not None and titled != period:
        result.notes.append(
            Repair(
                report.source, f"the title names {titled.code} ({titled.in_words}) but the import is for {period.code}"
            )
        )
    try:
        with store.transaction() as session:
            _Writer(session, result).write(report, period, progress, confirm, reject or set())
            session.flush()
            result.suspected_duplicates = registry_duplicates(session)
    except _Uncertain:
        result.waiting = True
    return result
