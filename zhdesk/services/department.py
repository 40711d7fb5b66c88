"""The department's desk (a store opened from a form package): opening the package, making the
submission, and the coordinator's comments on the one returned.

Qt-free, like ``services.coordinator``: each function opens its own session or transaction on the store,
commits it, and returns plain data, so the window runs it on its runner and the command line calls it as
it is. What is decided lives in ``exchange.forms``, ``exchange.submissions`` and ``exchange.review``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhdesk.exchange.forms import OpenedForm
    from zhdesk.storage.database import Store


def open_form_package(
    store: Store, path: Path, *, trust_new_coordinator: bool = False, other_year: bool = False
) -> OpenedForm:
    """Create or update this department store from the form package at ``path``, in one transaction.
    Raises ``NeedsConfirmation`` (nothing changed) for a package signed by another coordinator key than
    the one trusted, or for another programme year, unless the officer confirmed it."""
    from zhdesk.exchange.forms import open_form

    with store.transaction() as session:
        return open_form(session, path, trust_new_coordinator=trust_new_coordinator, other_year=other_year)


@dataclass(frozen=True)
class OtherBodysForm:
    """A form package of another body than the one this store belongs to: it is not opened here (a store
    holds one body's form); the officer is offered that body's own store, ``store_path`` (made if new)."""

    held: str  # the code of the body this store belongs to
    body: str  # the package's body
    body_name: str
    period: str
    store_path: Path  # where that body's own store goes (or already is)
    exists: bool = False  # the body has its store already (one of the known stores, or in the data folder)


def other_bodys_form(store: Store, path: Path, known: Sequence[Path] = ()) -> OtherBodysForm | None:
    """The package at ``path`` if it is another body's than this department store's; None otherwise (also
    for a package that cannot be read: opening it says why). Its store is the first of ``known`` (the recent
    stores' files) that belongs to that body, else ``body_store_path``. Nothing is written."""
    from zhdesk.exchange.container import FORM, ExchangeError, Fields, read_container
    from zhdesk.exchange.scope import read_scope

    with store.reading() as session:
        scope = read_scope(session)
    if scope is None:
        return None
    try:
        content = Fields(path.name, read_container(path, FORM).content)
        body = content.obj("body")
        code, name = body.text("code", limit=40), body.text("name", limit=2000)
        period = content.text("period", limit=10)
    except ExchangeError:
        return None
    if code == scope.body:
        return None
    from zhdesk.storage.quick import scope_body

    own = next((known_path for known_path in known if scope_body(known_path) == code), None)
    target = own or body_store_path(code)
    return OtherBodysForm(scope.body, code, name, period, target, target.is_file())


def body_store_path(code: str) -> Path:
    """A body's own store in the data folder, beside the default store: ``zhdesk-DO.sqlite3`` (then
    ``zhdesk-DO-2.sqlite3``… if that file is taken by another body's or the coordinator's store)."""
    from zhdesk import paths
    from zhdesk.storage.quick import scope_body

    folder = paths.default_store_path().parent
    if scope_body(paths.default_store_path()) == code:  # the default store is that body's already
        return paths.default_store_path()
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in code)
    for number in range(1, 100):
        candidate = folder / (f"zhdesk-{safe}.sqlite3" if number == 1 else f"zhdesk-{safe}-{number}.sqlite3")
        if not candidate.exists() or scope_body(candidate) == code:
            return candidate
    raise FileExistsError(f"no free name for the store of {code} in {folder}")


@dataclass(frozen=True)
class Submitted:
    """A submission made: the file written, its number, how many measures it holds, how many warnings its
    texts have, and against the last submission of the period (if one was made here) how many changed."""

    path: Path
    sequence: int
    measures: int
    warnings: int = 0
    since: tuple[int, int] | None = None  # (the last submission's number, measures changed since it)


@dataclass(frozen=True)
class SubmissionCheck:
    """What a submission would be, checked before the officer is asked where to save it: the body, the
    period, the number it will get, the errors (none: it can be made), the warnings, and what changed."""

    body: str
    period: str
    sequence: int
    errors: int
    warnings: int
    since: tuple[int, int] | None

    @property
    def file_name(self) -> str:
        """``UK-2023-Y-2.zhsub``: the number in the name, so that a new one never overwrites the last."""
        return f"{self.body}-{self.period}-{self.sequence}.zhsub"


def check_submission(store: Store) -> SubmissionCheck:
    """The submission as it would be made now (nothing is written). Raises ``ExchangeError`` for a store
    that was not opened from a form package."""
    from zhdesk.exchange.container import STORE, ExchangeError
    from zhdesk.exchange.scope import changed_since_submitted, read_scope
    from zhdesk.services.measures import list_measures
    from zhdesk.validation.service import validate_period

    with store.reading() as session:
        scope = read_scope(session)
        if scope is None:
            raise ExchangeError("store", "this store was not opened from a form package", STORE)
        problems = validate_period(session, scope.period, scope.body, own_texts=True)
        rows = list_measures(session, scope.period, scope.body, own_texts=True)
        since = changed_since_submitted(session, scope.period, {row.id: row.execution for row in rows})
    errors = sum(1 for p in problems if p.severity == "error")
    return SubmissionCheck(scope.body, scope.period.code, scope.sequence + 1, errors, len(problems) - errors, since)


def write_submission(store: Store, target: Path, author: str | None = None) -> Submitted:
    """Make the submission (its number is committed first), then write it to ``target``; a failed write
    only skips a number. Raises ``SubmissionRefused`` (nothing changed) while the texts have errors."""
    from zhdesk.exchange.container import write_file
    from zhdesk.exchange.scope import changed_since_submitted, read_scope
    from zhdesk.exchange.submissions import make_submission
    from zhdesk.services.measures import list_measures
    from zhdesk.validation.service import validate_period

    with store.transaction() as session:
        scope = read_scope(session)
        since = None
        warnings = 0
        if scope is not None:  # what the summary says, read before the submission remembers its own texts
            rows = list_measures(session, scope.period, scope.body, own_texts=True)
            since = changed_since_submitted(session, scope.period, {row.id: row.execution for row in rows})
            warnings = sum(
                1 for p in validate_period(session, scope.period, scope.body, own_texts=True) if p.severity != "error"
            )
        data, sequence, measures = make_submission(session, author)
    write_file(target, data)
    return Submitted(target, sequence, measures, warnings, since)


@dataclass(frozen=True)
class ReturnComments:
    """The coordinator's comments on a returned submission (Зауваження координатора), and the deadline of
    the form's period. Comments answered by a submission made after they came are not given."""

    period: str | None  # the period of the form package this store was opened from; None: no package
    general: list[str]  # on the whole submission
    on_measures: dict[str, str]  # measure id → the comment on it (the latest, if there are several)
    deadline: dt.date | None = None  # the last day for the submission, when the form package carries one
    answered_by: int | None = None  # the number of the submission made after the comments came, if one was


def coordinator_comments(store: Store, body: str) -> ReturnComments:
    """The comments on ``body``'s submission for its form's period; none if this store is not ``body``'s,
    and none once a submission was made after the returned form package brought them (it answers them:
    the comments of a later return come with that return's package)."""
    from sqlalchemy import func, select

    from zhdesk.exchange.review import comments_on
    from zhdesk.exchange.scope import last_submitted, read_scope
    from zhdesk.services.reporting import period_deadline
    from zhdesk.storage.models import ExecutiveBody, ReportingPeriod, ReviewComment

    with store.reading() as session:
        scope = read_scope(session)
        if scope is None or scope.body != body:
            return ReturnComments(None, [], {})
        comments = comments_on(session, body, scope.period)
        deadline = period_deadline(session, scope.period)
        came = session.scalar(
            select(func.max(ReviewComment.created_at))
            .join(ExecutiveBody, ExecutiveBody.id == ReviewComment.body_id)
            .join(ReportingPeriod, ReportingPeriod.id == ReviewComment.period_id)
            .where(ExecutiveBody.code == body, ReportingPeriod.code == scope.period.code)
        )
        last = last_submitted(session, scope.period)
    if comments and came is not None and last is not None and last[1] >= came:
        return ReturnComments(scope.period.code, [], {}, deadline, last[0])
    general = [text for measure_id, text in comments if measure_id is None]
    on_measures = {measure_id: text for measure_id, text in comments if measure_id is not None}
    return ReturnComments(scope.period.code, general, on_measures, deadline)
