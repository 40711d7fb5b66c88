"""Submissions (``.zhsub``): made in a department store, received in the coordinator's.

Manifest: ``{format: "zhdesk-submission", schema: 1, body: CODE, hmac_sha256: HEX}``, the MAC being
HMAC-SHA256 with the body's key over the exact bytes of ``content.json``::

    body, period, programme_year, sequence, created_at (ISO, UTC), author, app_version,
    entries: [{measure_id, text}]   every measure of the form, empty texts included

Receiving checks everything before writing; each file is one transaction, so a bad file changes nothing
while the good files of the same batch still go in.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from zhdesk import __version__
from zhdesk.exchange.container import (
    MALFORMED,
    MAX_SEQUENCE_JUMP,
    MEASURES,
    NOT_ISSUED,
    OLDER,
    PERIOD,
    SCHEMA_VERSION,
    SEQUENCE,
    SIGNATURE,
    STORE,
    SUBMISSION,
    Container,
    ExchangeError,
    Fields,
    authentic,
    content_bytes_of,
    pack_raw,
    read_container,
    sign,
)
from zhdesk.exchange.forms import issued_measures
from zhdesk.exchange.merge import merge_measures
from zhdesk.exchange.scope import read_scope, write_scope, write_submitted
from zhdesk.exchange.sequence import last_received
from zhdesk.periods import Period, PeriodError
from zhdesk.services.history import current_user, record_many
from zhdesk.services.measures import body_measure_ids, list_measures, period_measure_ids
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    ExchangeKey,
    ExecutionPart,
    ExecutiveBody,
    FormIssue,
    Measure,
    ReportingPeriod,
    Sector,
    Submission,
    Task,
    core_insert,
    utcnow,
)
from zhdesk.validation.rules import Problem

MAX_ENTRY_CHARS = 100_000  # the longest cell of the published report is under 10,000


class SubmissionRefused(Exception):
    """The department's texts still have errors; ``problems`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{sum(p.severity == 'error' for p in problems)} errors; fix them before submitting")
        self.problems = problems


def make_submission(session: Session, author: str | None = None) -> tuple[bytes, int, int]:
    """The submission file's bytes, its sequence number and the number of entries; refuses over errors."""
    from zhdesk.validation.service import has_errors, validate_period

    scope = read_scope(session)
    if scope is None:
        raise ExchangeError("store", "this store was not opened from a form package; run open-form first", STORE)
    problems = validate_period(session, scope.period, scope.body, own_texts=True)
    if has_errors(problems):
        raise SubmissionRefused(problems)
    rows = list_measures(session, scope.period, scope.body, own_texts=True)
    sequence = scope.sequence + 1
    content = {
        "body": scope.body,
        "period": scope.period.code,
        "programme_year": scope.period.year,
        "sequence": sequence,
        "created_at": utcnow().replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
        "author": author if author is not None else current_user(),
        "app_version": __version__,
        "entries": [{"measure_id": row.id, "text": row.execution} for row in rows],
    }
    content_bytes = content_bytes_of(content)
    manifest = {
        "format": SUBMISSION,
        "schema": SCHEMA_VERSION,
        "body": scope.body,
        "hmac_sha256": sign(scope.key, content_bytes),
    }
    data = pack_raw(json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"), content_bytes)
    write_scope(session, sequence=sequence)
    write_submitted(session, scope.period, sequence, {row.id: row.execution for row in rows})
    return data, sequence, len(rows)


@dataclass(frozen=True)
class MeasureDiff:
    measure_id: str
    no: str
    old: str
    new: str

    @property
    def inline(self) -> str:
        return inline_diff(self.old, self.new)


@dataclass
class Received:
    """What receiving one file did: ``outcome`` is "received", "unchanged" or "rejected"."""

    file: str
    outcome: str
    reason: str = ""
    body: str = ""
    period: str = ""
    sequence: int = 0
    entries: int = 0
    category: str = ""  # for a rejected file: what kind of problem (container.DAMAGED, SIGNATURE, …)
    changes: list[MeasureDiff] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)  # measures of the form retired since: not applied
    reassigned: list[str] = field(default_factory=list)  # given to other executors since: not applied

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "outcome": self.outcome,
            "reason": self.reason,
            "category": self.category,
            "body": self.body,
            "period": self.period,
            "sequence": self.sequence,
            "entries": self.entries,
            "changes": [{"measure_id": c.measure_id, "no": c.no, "old": c.old, "new": c.new} for c in self.changes],
            "conflicts": self.conflicts,
            "retired": self.retired,
            "reassigned": self.reassigned,
        }


def receive_files(
    store: Store, paths: Sequence[Path], progress: Callable[[int, int], None] | None = None
) -> list[Received]:
    """Receive each file in its own transaction; a bad file is rejected and changes nothing.

    ``progress(done, total)`` is called before each file and at the end; if it raises (a cancel), the
    files already received stay received and the rest are not touched.
    """
    results = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        path = Path(path)
        try:
            container = read_container(path, SUBMISSION)
            with store.transaction() as session:
                results.append(receive_container(session, container, path.name))
        except ExchangeError as exc:
            results.append(Received(path.name, "rejected", exc.reason, category=exc.category))
        except SQLAlchemyError as exc:  # the store refused the write (locked, server gone): this file only
            detail = getattr(exc, "orig", None) or exc
            reason = f"the store did not take it ({exc.__class__.__name__}: {str(detail)[:200]}); try again"
            results.append(Received(path.name, "rejected", reason, category=STORE))
    if progress is not None:
        progress(len(paths), len(paths))
    return results


def receive_container(session: Session, container: Container, name: str) -> Received:
    manifest = Fields(name, container.manifest, "manifest")
    code = manifest.text("body", limit=40)
    body = session.scalar(select(ExecutiveBody).where(ExecutiveBody.code == code))
    key = session.get(ExchangeKey, body.id) if body is not None else None
    if body is None or key is None:
        raise ExchangeError(name, f"no form package was issued to {code!r} from this store", NOT_ISSUED)
    if not authentic(key.secret, container.content_bytes, container.manifest.get("hmac_sha256")):
        raise ExchangeError(
            name,
            f"the signature does not match {code}'s key: the file was changed after it was made, "
            "or it was not made from the form package issued to this body (a package issued before its "
            "numbers were reset, with its key, is void)",
            SIGNATURE,
        )
    content = Fields(name, container.content)
    if content.text("body", limit=40) != code:
        raise ExchangeError(name, "the body inside the file differs from the one on its envelope", SIGNATURE)
    try:
        period = Period.parse(content.text("period", limit=10))
    except PeriodError as exc:
        raise ExchangeError(name, f"the period is not valid ({exc})", PERIOD) from None
    if content.integer("programme_year") != period.year:
        raise ExchangeError(name, f"the programme year does not match the period {period.code}", PERIOD)
    period_row = session.scalar(select(ReportingPeriod).where(ReportingPeriod.code == period.code))
    issue = (
        session.scalar(select(FormIssue).where(FormIssue.body_id == body.id, FormIssue.period_id == period_row.id))
        if period_row is not None
        else None
    )
    if period_row is None or issue is None:
        raise ExchangeError(name, f"no form package for {period.code} was issued to {code}", NOT_ISSUED)
    sequence = content.integer("sequence")
    result = Received(name, "received", body=code, period=period.code, sequence=sequence)
    previous = session.execute(
        select(Submission.sequence, Submission.digest)
        .where(Submission.body_id == body.id, Submission.period_id == period_row.id)
        .order_by(Submission.sequence.desc())
    ).all()
    if any(digest == container.digest for _, digest in previous):
        result.outcome, result.reason = "unchanged", "this file was received before; nothing changed"
        return result
    last = last_received(session, issue)
    if sequence <= last:
        raise ExchangeError(
            name,
            f"submission no. {sequence} is not newer than no. {last} already received from {code} "
            "(an older copy, or a file sent again)",
            OLDER,
        )
    if sequence > last + MAX_SEQUENCE_JUMP:
        raise ExchangeError(
            name,
            f"submission no. {sequence} is more than {MAX_SEQUENCE_JUMP} past no. {last}, the last received from "
            f"{code} for {period.code}: a number that far ahead would refuse every later submission of the body. "
            f"If its store really ran ahead, `zhdesk reset-sequence {code} --period {period.code}` gives it a "
            "new form package to go on from",
            SEQUENCE,
        )
    if any(sequence == used for used, _ in previous):  # a number counted no more since a reset
        raise ExchangeError(
            name,
            f"submission no. {sequence} was used by a submission received before {code}'s numbers were reset; "
            "submit again (the next number is free)",
            OLDER,
        )
    created_at = _timestamp(name, content.text("created_at", limit=40))
    entries, result.retired, result.reassigned = _entries(session, name, content, body, code, period, issue)
    submission = Submission(
        body_id=body.id,
        period_id=period_row.id,
        sequence=sequence,
        digest=container.digest,
        created_at=created_at,
        author=content.text("author", limit=500),
        app_version=content.text("app_version", limit=40),
        file_name=name[:500],
    )
    session.add(submission)
    session.flush()
    result.entries = len(entries)
    result.changes = _apply_parts(session, entries, body.id, period_row.id, submission.id, submission.author)
    result.conflicts = merge_measures(session, period_row.id, [c.measure_id for c in result.changes], submission.id)
    issue.status, issue.updated_at = "submitted", utcnow()
    return result


def _timestamp(name: str, value: str) -> dt.datetime:
    try:
        stamp = dt.datetime.fromisoformat(value)
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):  # OverflowError: 0001-01-01T00:00+01:00 is before year 1 in UTC
        raise ExchangeError(name, f"created_at is not a date and time ({value[:40]!r})", MALFORMED) from None
    return stamp


def _entries(
    session: Session, name: str, content: Fields, body: ExecutiveBody, code: str, period: Period, issue: FormIssue
) -> tuple[dict[str, str], list[str], list[str]]:
    """The file's texts by measure, and the measures of the form that are no longer the body's for the
    period (not applied): retired since the form was issued, or given to other executors by an amendment.

    A measure counts as the form's when it was issued to the body (``FormIssue.measures``, every issue
    together) or, for an issue recorded before that list was kept, when column 4 still names the body."""
    own = body_measure_ids(session, body.id, period.year, period)
    issued = issued_measures(issue.measures)
    was_own = body_measure_ids(session, body.id, period.year) | (issued or set())
    in_report: set[str] | None = None  # the period's measures, whoever their executors: loaded when needed
    entries: dict[str, str] = {}
    retired: list[str] = []
    reassigned: list[str] = []
    for entry in content.items("entries", limit=200_000):
        measure_id = entry.text("measure_id", limit=36)
        text = entry.text("text", limit=MAX_ENTRY_CHARS)
        if measure_id in entries or measure_id in retired or measure_id in reassigned:
            raise ExchangeError(name, f"measure {measure_id} appears twice", MALFORMED)
        if measure_id in was_own and measure_id not in own:
            if in_report is None:
                in_report = period_measure_ids(session, period)
            (reassigned if measure_id in in_report else retired).append(measure_id)
            continue
        if measure_id not in own:
            known = session.get(Measure, measure_id) is not None
            raise ExchangeError(
                name,
                f"measure {measure_id} is not one of {code}'s measures"
                if known
                else f"measure {measure_id} is not in this programme",
                MEASURES,
            )
        entries[measure_id] = text
    return entries, retired, reassigned


def _apply_parts(
    session: Session, entries: dict[str, str], body_id: int, period_id: int, submission_id: int, author: str
) -> list[MeasureDiff]:
    current = {
        measure_id: (part_id, text)
        for part_id, measure_id, text in session.execute(
            select(ExecutionPart.id, ExecutionPart.measure_id, ExecutionPart.text).where(
                ExecutionPart.body_id == body_id, ExecutionPart.period_id == period_id
            )
        )
    }
    numbers = {
        m: f"{no} ({sector})"
        for m, no, sector in session.execute(
            select(Measure.id, Measure.no, Sector.name)
            .join(Task, Task.id == Measure.task_id)
            .join(Sector, Sector.id == Task.sector_id)
            .where(Measure.id.in_(list(entries)))
        )
    }
    now = utcnow()
    new_rows, changed_rows, history, diffs = [], [], [], []
    for measure_id, text in entries.items():
        part_id, old = current.get(measure_id, (None, ""))
        if old == text:
            continue
        if part_id is None:
            new_rows.append(
                {"measure_id": measure_id, "period_id": period_id, "body_id": body_id, "text": text, "updated_at": now}
            )
        else:
            changed_rows.append({"id": part_id, "text": text, "updated_at": now})
        history.append(
            {
                "measure_id": measure_id,
                "period_id": period_id,
                "body_id": body_id,
                "old_text": old,
                "new_text": text,
                "changed_at": now,
                "changed_by": author,
                "source": "submission",
                "submission_id": submission_id,
            }
        )
        diffs.append(MeasureDiff(measure_id, numbers.get(measure_id, ""), old, text))
    if new_rows:
        session.execute(core_insert(ExecutionPart), new_rows)
    if changed_rows:
        session.execute(update(ExecutionPart), changed_rows)
    record_many(session, history)
    return diffs


_WORDS = re.compile(r"\s*\S+\s*|\s+")


def diff_segments(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level difference as ("=", kept), ("-", removed) and ("+", added) pieces in order."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("+", "".join(b[j1:j2])))
    return pieces


def inline_diff(old: str, new: str) -> str:
    """Word-level difference: ``[-removed-]{+added+}`` around what changed."""
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(marks[op][0] + text + marks[op][1] for op, text in diff_segments(old, new))
