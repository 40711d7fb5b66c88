"""Form packages (``.zhform``): issued by the coordinator per body and period, opened by the body.

Manifest: ``{format: "zhdesk-form", schema: 1, coordinator_key: HEX, signature_ed25519: HEX}``: the
coordinator's Ed25519 public key and its signature over the exact bytes of ``content.json`` (see
``signing``; a department store refuses an unsigned package).

Content (``content.json``, schema 1)::

    programme   {year, title, community, footnote}
    period      "2023-Y"
    issued_at   ISO time (UTC)
    body        {code, name, head_position, head_name}
    key         the body's secret (64 hex digits) for HMAC-SHA256 over its submissions
    last_sequence  the number the body's next submission follows: the last received for this period
                (since a reset of its numbers, see ``sequence``)
    measures    [{id, priority, priority_goal, priority_position, sector, sector_position, task_no, task,
                  task_position, no, position, text, executors: [{code, name}] lead first, executors_text,
                  programme_or_funding, previous_text, own_text, previous_period (optional)}]
                previous_text is the measure's previous text: from its last earlier period with a text, or
                from last year's measure (for І квартал, last year's annual report); previous_period
                names that period ("2023-Y"; "" with no text). A package without it means the period
                before in the same year.
    comments    [{measure_id or null, text}]  the coordinator's comments when a submission was returned
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from zhdesk.exchange.container import FORM, SCHEMA_VERSION, STORE, ExchangeError, content_bytes_of, pack_raw, write_file
from zhdesk.exchange.form_open import NeedsConfirmation, OpenedForm, open_form, open_form_file
from zhdesk.exchange.scope import read_scope
from zhdesk.exchange.sequence import SequenceReset, last_received, reset_sequence
from zhdesk.exchange.signing import coordinator_key, fingerprint, manifest_signature, public_hex
from zhdesk.periods import Period
from zhdesk.services import settings
from zhdesk.services.bodies import find_body
from zhdesk.services.measures import list_measures
from zhdesk.services.previous import previous_texts
from zhdesk.services.programme_import import ensure_period
from zhdesk.storage.database import Store
from zhdesk.storage.models import (
    ExchangeKey,
    ExecutionPart,
    ExecutiveBody,
    FormIssue,
    MeasureExecutor,
    Programme,
    ReviewComment,
    utcnow,
)

__all__ = [  # the opening side lives in form_open; these names stay importable from here
    "FormContent",
    "IssuedForm",
    "NeedsConfirmation",
    "OpenedForm",
    "build_form_contents",
    "issue_forms",
    "open_form",
    "open_form_file",
    "reset_and_reissue",
    "write_form",
]


class FormContent(dict[str, Any]):
    """A package's content, with the coordinator's key that signs it when it is written (never written
    into it): made inside the store's transaction, written once that is committed."""

    def __init__(self, content: dict[str, Any], signing_key: Ed25519PrivateKey) -> None:
        super().__init__(content)
        self.signing_key = signing_key


@dataclass(frozen=True)
class IssuedForm:
    body: str
    period: str
    path: Path
    measures: int
    fingerprint: str = ""  # of the coordinator key that signed it


def body_key(session: Session, body: ExecutiveBody) -> str:
    key = session.get(ExchangeKey, body.id)
    if key is None:
        key = ExchangeKey(body_id=body.id, secret=secrets.token_hex(32))
        session.add(key)
    return key.secret


def issue_forms(store: Store, period: Period, out_dir: Path, bodies: list[str] | None = None) -> list[IssuedForm]:
    """Write ``CODE-PERIOD.zhform`` for each body named, or (``bodies`` None) each reporting body with
    measures; a co-executor only is issued a form when named.

    The keys and the issues are committed first: a package never carries a key the store does not have.
    """
    with store.transaction() as session:
        packages = build_form_contents(session, period, bodies)
    return [write_form(out_dir, period, content) for content in packages.values()]


def write_form(out_dir: Path, period: Period, content: dict[str, Any]) -> IssuedForm:
    """Write the package signed with the coordinator's key (``content`` as ``build_form_contents`` made it)."""
    if not isinstance(content, FormContent):
        raise TypeError("a form package's content comes from build_form_contents, which holds its signing key")
    code = content["body"]["code"]
    content_bytes = content_bytes_of(content)
    manifest = {"format": FORM, "schema": SCHEMA_VERSION, **manifest_signature(content.signing_key, content_bytes)}
    data = pack_raw(json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"), content_bytes)
    path = write_file(out_dir / f"{code}-{period.code}.zhform", data, private=True)
    return IssuedForm(code, period.code, path, len(content["measures"]), fingerprint(public_hex(content.signing_key)))


def reset_and_reissue(store: Store, code: str, period: Period, out_dir: Path) -> tuple[SequenceReset, IssuedForm]:
    """Reset the body's submission numbers for ``period`` (a new key; see ``sequence.reset_sequence``) and
    write its new form package into ``out_dir``, once the reset is committed."""
    with store.transaction() as session:
        reset = reset_sequence(session, code, period)
        content = build_form_contents(session, period, [reset.body])[reset.body]
    return reset, write_form(out_dir, period, content)


def build_form_contents(session: Session, period: Period, bodies: list[str] | None = None) -> dict[str, FormContent]:
    """The content of each body's package, and its issue recorded (status "issued" the first time); the
    coordinator's signing key is made on the first issue."""
    if read_scope(session) is not None:
        raise ExchangeError("store", "this is a department's store; form packages are issued by the coordinator", STORE)
    rows = list_measures(session, period)
    if not rows:
        raise ExchangeError("store", f"the store has no programme for {period.year}; import the report first", STORE)
    previous = previous_texts(session, period, [row.id for row in rows])
    period_row = ensure_period(session, period)
    ids = {row.id for row in rows}
    executors: dict[str, list[ExecutiveBody]] = {}
    for measure_id, body in session.execute(
        select(MeasureExecutor.measure_id, ExecutiveBody)
        .join(ExecutiveBody, ExecutiveBody.id == MeasureExecutor.body_id)
        .order_by(MeasureExecutor.measure_id, MeasureExecutor.position)
    ):
        if measure_id in ids:
            executors.setdefault(measure_id, []).append(body)
    parts = {
        (m, b): t
        for m, b, t in session.execute(
            select(ExecutionPart.measure_id, ExecutionPart.body_id, ExecutionPart.text).where(
                ExecutionPart.period_id == period_row.id
            )
        )
    }
    wanted = None if bodies is None else {find_body(session, ref).id for ref in bodies}
    positions: dict[str, dict[Any, int]] = {"priority": {}, "sector": {}, "task": {}}
    per_body: dict[int, list[dict[str, Any]]] = {}
    body_by_id: dict[int, ExecutiveBody] = {}
    for index, row in enumerate(rows):
        pp = positions["priority"].setdefault(row.priority, len(positions["priority"]))
        sp = positions["sector"].setdefault((row.priority, row.sector), len(positions["sector"]))
        tp = positions["task"].setdefault((row.priority, row.sector, row.task_no), len(positions["task"]))
        for body in executors.get(row.id, []):
            if (body.id not in wanted) if wanted is not None else not body.reporting:
                continue  # named bodies only; by default the reporting ones (not the co-executors)
            body_by_id[body.id] = body
            per_body.setdefault(body.id, []).append(
                {
                    "id": row.id,
                    "priority": row.priority,
                    "priority_goal": row.priority_goal,
                    "priority_position": pp,
                    "sector": row.sector,
                    "sector_position": sp,
                    "task_no": row.task_no,
                    "task": row.task,
                    "task_position": tp,
                    "no": row.no,
                    "position": index,
                    "text": row.text,
                    "executors": [{"code": b.code, "name": b.name} for b in executors[row.id]],
                    "executors_text": row.executors,
                    "programme_or_funding": row.programme_or_funding,
                    "previous_text": previous[row.id].text if row.id in previous else "",
                    "previous_period": previous[row.id].period if row.id in previous else "",
                    "own_text": parts.get((row.id, body.id), ""),
                }
            )
    if wanted is not None:
        missing = wanted - set(per_body)
        if missing:
            names = ", ".join(sorted(session.get_one(ExecutiveBody, i).code for i in missing))
            raise ExchangeError("store", f"{names}: no measures of the {period.year} programme name this body", STORE)
    values = settings.get_all(session)
    programme = session.scalar(select(Programme).where(Programme.year == period.year))
    issued_at = utcnow()
    signing_key = coordinator_key(session)
    assert signing_key is not None
    result = {}
    for body_id, measures in sorted(per_body.items(), key=lambda item: body_by_id[item[0]].code):
        body = body_by_id[body_id]
        issue = session.scalar(
            select(FormIssue).where(FormIssue.body_id == body_id, FormIssue.period_id == period_row.id)
        )
        now_issued = {m["id"] for m in measures}
        if issue is None:
            issue = FormIssue(body_id=body_id, period_id=period_row.id, status="issued", issued_at=issued_at)
            session.add(issue)
        else:
            issue.issued_at = issued_at
        issue.measures = json.dumps(sorted(now_issued | (issued_measures(issue.measures) or set())))
        session.flush()
        last = last_received(session, issue)
        comments = session.execute(
            select(ReviewComment.measure_id, ReviewComment.text)
            .where(ReviewComment.body_id == body_id, ReviewComment.period_id == period_row.id)
            .order_by(ReviewComment.id)
        ).all()
        result[body.code] = FormContent(
            {
                "programme": {
                    "year": period.year,
                    "title": programme.title if programme else "",
                    "community": values["community"],
                    "programme_title": values["programme_title"],
                    "footnote": values["footnote"],
                },
                "period": period.code,
                "deadline": period_row.deadline.isoformat() if period_row.deadline else "",
                "issued_at": issued_at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds"),
                "body": {
                    "code": body.code,
                    "name": body.name,
                    "head_position": body.head_position,
                    "head_name": body.head_name,
                },
                "key": body_key(session, body),
                "last_sequence": last,
                "measures": measures,
                "comments": [{"measure_id": m, "text": t} for m, t in comments],
            },
            signing_key,
        )
    return result


def issued_measures(value: str | None) -> set[str] | None:
    """The ids ``FormIssue.measures`` holds: every measure issued to the body for the period; None for
    an issue recorded before the list was kept."""
    if value is None:
        return None
    try:
        ids = json.loads(value)
    except ValueError:
        return None
    return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else None
