"""The programme store: Programme → Priority → Sector → Task → Measure, executive bodies, periods, texts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    insert,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.dml import Insert

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


LIVE = text("retired_at IS NULL")


def live_unique(table: str, *columns: str) -> Index:
    """Unique among live (not retired) rows: a retired row keeps its number or name for the record."""
    return Index(f"uq_{table}_live_{columns[-1]}", *columns, unique=True, sqlite_where=LIVE, postgresql_where=LIVE)


class Retirable:
    """A part of the programme that an amendment can retire: never deleted, left out of later reports.

    ``retired_from`` is the first period whose report leaves it out (None: retired after the year's last).
    """

    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, default=None)
    retired_from: Mapped[str | None] = mapped_column(String(10), nullable=True, default=None)


class Programme(Base):
    """Програма соціально-економічного і культурного розвитку … на рік."""

    __tablename__ = "programme"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    priorities: Mapped[list[Priority]] = relationship(
        back_populates="programme", order_by="Priority.position", cascade="all, delete-orphan"
    )


class Priority(Retirable, Base):
    """Пріоритет (e.g. ``Пріоритет "Ефективне місто"``) with its strategic goal line."""

    __tablename__ = "priority"
    __table_args__ = (live_unique("priority", "programme_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text, default="")
    programme: Mapped[Programme] = relationship(back_populates="priorities")
    sectors: Mapped[list[Sector]] = relationship(
        back_populates="priority", order_by="Sector.position", cascade="all, delete-orphan"
    )


class Sector(Retirable, Base):
    """Напрям / сфера (Освіта, Культура, …): a bold row inside a priority."""

    __tablename__ = "sector"
    __table_args__ = (live_unique("sector", "priority_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    priority_id: Mapped[int] = mapped_column(ForeignKey("priority.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    priority: Mapped[Priority] = relationship(back_populates="sectors")
    tasks: Mapped[list[Task]] = relationship(
        back_populates="sector", order_by="Task.position", cascade="all, delete-orphan"
    )


class Task(Retirable, Base):
    """Завдання: numbered inside its sector."""

    __tablename__ = "task"
    __table_args__ = (live_unique("task", "sector_id", "no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sector.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    sector: Mapped[Sector] = relationship(back_populates="tasks")
    measures: Mapped[list[Measure]] = relationship(
        back_populates="task", order_by="Measure.position", cascade="all, delete-orphan"
    )


class Measure(Retirable, Base):
    """Захід: numbered 1.1, 1.2, 1.1.1 …; its ``id`` is given once, when it is created, and never changes:
    its texts, parts, comments and history follow the id through renumbering, re-wording and moves."""

    __tablename__ = "measure"
    __table_args__ = (live_unique("measure", "task_id", "no"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    no: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    executors_text: Mapped[str] = mapped_column(Text, default="")
    programme_or_funding: Mapped[str] = mapped_column(Text, default="")
    previous_id: Mapped[str | None] = mapped_column(
        ForeignKey("measure.id", ondelete="SET NULL"), nullable=True, default=None, index=True
    )
    added_from: Mapped[str | None] = mapped_column(String(10), nullable=True, default=None)
    """The first period whose report includes it (None: from the year's start): a measure an amendment
    adds is not an empty row in the reports already published."""
    """The same measure in last year's programme (its texts are this one's previous period across the year)."""
    task: Mapped[Task] = relationship(back_populates="measures")
    executors: Mapped[list[MeasureExecutor]] = relationship(
        back_populates="measure", order_by="MeasureExecutor.position", cascade="all, delete-orphan"
    )


class ExecutiveBody(Base):
    """Виконавчий орган (or a co-executor: КП, КУ, NGO) with its short code and head."""

    __tablename__ = "executive_body"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    head_position: Mapped[str] = mapped_column(Text, default="")
    head_name: Mapped[str] = mapped_column(Text, default="")
    reporting: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    """Issued a form each period (a department, an управління); False: a co-executor only (an NGO, a
    utility, a fund), whose part the coordinator may type."""
    aliases: Mapped[list[BodyAlias]] = relationship(
        back_populates="body", order_by="BodyAlias.alias", cascade="all, delete-orphan"
    )


class BodyAlias(Base):
    """Another spelling of an executive body's name, confirmed by the user (``bodies --merge``)."""

    __tablename__ = "body_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text, unique=True)
    body: Mapped[ExecutiveBody] = relationship(back_populates="aliases")


class BodyDistinct(Base):
    """Two bodies the coordinator said are different ("Це різні"): not suggested as duplicates again.
    ``first_id`` < ``second_id``."""

    __tablename__ = "body_distinct"
    first_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"), primary_key=True)
    second_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"), primary_key=True)


class MeasureExecutor(Base):
    """One executor of a measure, in the order column 4 names them (the first is the lead)."""

    __tablename__ = "measure_executor"
    __table_args__ = (UniqueConstraint("measure_id", "body_id"),)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    measure: Mapped[Measure] = relationship(back_populates="executors")
    body: Mapped[ExecutiveBody] = relationship()


class ReportingPeriod(Base):
    """Звітний період: ``2023-Q1``, ``2023-H1``, ``2023-9M``, ``2023-Y`` (cumulative)."""

    __tablename__ = "reporting_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(4))
    ends_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    """The last day for the bodies' submissions (set when the period is opened), or none."""


class Execution(Base):
    """The consolidated execution text (виконання заходів) of a measure for a period."""

    __tablename__ = "execution"
    __table_args__ = (UniqueConstraint("measure_id", "period_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    incoming: Mapped[str | None] = mapped_column(Text, nullable=True)
    """The bodies' merged text when it differs from a text the coordinator wrote (a conflict to resolve)."""
    declined: Mapped[str | None] = mapped_column(Text, nullable=True)
    """The bodies' merged text the coordinator chose not to take: not offered again until it changes."""
    measure: Mapped[Measure] = relationship()


class ExecutionPart(Base):
    """One executive body's own execution text of a measure for a period (several executors)."""

    __tablename__ = "execution_part"
    __table_args__ = (UniqueConstraint("measure_id", "period_id", "body_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="CASCADE"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    measure: Mapped[Measure] = relationship()


class Setting(Base):
    """A named setting of the store: community, programme title, footnote, signatories."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ExecutionChange(Base):
    """Audit history: one change of an execution text (consolidated when ``body_id`` is None).

    Never deleted with what it mentions: the foreign keys refuse deleting a measure, period or body
    that has history (measures are retired, bodies merged with their history moved)."""

    __tablename__ = "execution_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measure.id"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id"), index=True)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("executive_body.id"), nullable=True, index=True)
    old_text: Mapped[str] = mapped_column(Text, default="")
    new_text: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    submission_id: Mapped[int | None] = mapped_column(
        ForeignKey("submission.id", ondelete="SET NULL"), nullable=True, index=True
    )


class ExchangeKey(Base):
    """The secret an executive body's submissions are authenticated with (HMAC-SHA256); replaced by a reset
    of the body's numbers (``reset-sequence``). The coordinator's own signing key for form packages
    (Ed25519) is the setting ``exchange.signing_key``."""

    __tablename__ = "exchange_key"
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"), primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))


class FormIssue(Base):
    """A form package issued to a body for a period, and where its review stands."""

    __tablename__ = "form_issue"
    __table_args__ = (UniqueConstraint("body_id", "period_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="issued")
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)
    """The ids of every measure issued to the body for the period (a JSON list, all issues together):
    a submission from a form issued before an amendment may name measures the body no longer has."""
    sequence_base: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    """Set by a reset of the body's numbers: the number its next submission follows."""
    sequence_after: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    """Set by a reset: the last submission (its id) received before it; the numbers of those up to it
    no longer count."""


class Submission(Base):
    """A received submission (.zhsub): who sent it, when, and its sequence number."""

    __tablename__ = "submission"
    __table_args__ = (UniqueConstraint("body_id", "period_id", "sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(Text, default="")
    app_version: Mapped[str] = mapped_column(String(40), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")


class ReviewComment(Base):
    """The coordinator's comment on a returned submission: on the whole (no measure) or on one measure."""

    __tablename__ = "review_comment"
    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("executive_body.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[str | None] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ProgrammeChange(Base):
    """Audit history of the programme itself: a measure, task, sector or priority created, changed,
    moved, retired or linked — by an amendment, an import or an edit by hand. Never deleted.

    ``item`` is "measure", "task", "sector" or "priority"; ``item_id`` its id (as text); ``field`` what
    changed ("created", "retired", "no", "text", "task", "executors", "funding", "name", "goal", "sector",
    "priority", "previous"); ``old`` and ``new`` the values as the user reads them."""

    __tablename__ = "programme_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_year: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(12))
    item_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(20))
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_programme_change_item", "item", "item_id"),)


def core_insert(model: type[Base]) -> Insert:
    """A plain INSERT into the model's table: for thousands of rows given as dicts, without ORM bookkeeping."""
    return insert(Base.metadata.tables[str(model.__tablename__)])
