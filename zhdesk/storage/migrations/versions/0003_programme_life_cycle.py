"""programme life cycle: retired parts, links to last year, programme history, live-unique numbers

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 04:10:00

Every measure, task, sector and priority keeps the id it has. Nothing is copied or renumbered: columns
and indexes are added, and the audit history's foreign keys stop cascading deletes (on SQLite the
history table is rebuilt with its rows; no other table is rebuilt, so no cascade can fire).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("retired_at IS NULL")
_HISTORY_FKS = (
    ("measure_id", "measure", None),
    ("period_id", "reporting_period", None),
    ("body_id", "executive_body", None),
)
_LIVE_UNIQUE = (
    ("priority", ("programme_id", "name")),
    ("sector", ("priority_id", "name")),
    ("task", ("sector_id", "no")),
    ("measure", ("task_id", "no")),
)
_INDEXES = (
    ("priority", "programme_id"),
    ("sector", "priority_id"),
    ("task", "sector_id"),
    ("execution", "period_id"),
    ("execution_part", "period_id"),
    ("execution_part", "body_id"),
    ("execution_change", "period_id"),
    ("execution_change", "body_id"),
    ("form_issue", "period_id"),
    ("submission", "period_id"),
    ("review_comment", "body_id"),
    ("review_comment", "period_id"),
    ("review_comment", "measure_id"),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in ("priority", "sector", "task", "measure"):
        op.add_column(table, sa.Column("retired_at", sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column("retired_from", sa.String(length=10), nullable=True))
    if sqlite:  # ADD COLUMN … REFERENCES: SQLite cannot add a constraint to an existing table otherwise
        op.execute("ALTER TABLE measure ADD COLUMN previous_id VARCHAR(36) REFERENCES measure (id) ON DELETE SET NULL")
    else:
        op.add_column("measure", sa.Column("previous_id", sa.String(length=36), nullable=True))
        op.create_foreign_key(
            op.f("fk_measure_previous_id_measure"), "measure", "measure", ["previous_id"], ["id"], ondelete="SET NULL"
        )
    op.create_index(op.f("ix_measure_previous_id"), "measure", ["previous_id"])
    op.add_column("measure", sa.Column("added_from", sa.String(length=10), nullable=True))
    op.add_column("form_issue", sa.Column("measures", sa.Text(), nullable=True))
    for table, columns in _LIVE_UNIQUE:
        op.create_index(
            f"uq_{table}_live_{columns[-1]}",
            table,
            list(columns),
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        )
    for table, column in _INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])

    # The audit history outlives what it mentions: no ON DELETE CASCADE (a delete is refused instead).
    with op.batch_alter_table("execution_change", recreate="always" if sqlite else "auto") as batch:
        for column, target, _ in _HISTORY_FKS:
            name = f"fk_execution_change_{column}_{target}"
            batch.drop_constraint(name, type_="foreignkey")
            batch.create_foreign_key(name, target, [column], ["id"])

    op.create_table(
        "programme_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_year", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=12), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_change")),
    )
    op.create_index("ix_programme_change_item", "programme_change", ["item", "item_id"])


def downgrade() -> None:
    op.drop_index("ix_programme_change_item", table_name="programme_change")
    op.drop_table("programme_change")
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("execution_change", recreate="always" if sqlite else "auto") as batch:
        for column, target, _ in _HISTORY_FKS:
            name = f"fk_execution_change_{column}_{target}"
            batch.drop_constraint(name, type_="foreignkey")
            batch.create_foreign_key(name, target, [column], ["id"], ondelete="CASCADE")
    for table, column in _INDEXES:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
    for table, columns in _LIVE_UNIQUE:
        op.drop_index(f"uq_{table}_live_{columns[-1]}", table_name=table)
    op.drop_index(op.f("ix_measure_previous_id"), table_name="measure")
    with op.batch_alter_table("form_issue") as batch:
        batch.drop_column("measures")
    with op.batch_alter_table("measure") as batch:
        batch.drop_column("added_from")
        batch.drop_column("previous_id")
    for table in ("priority", "sector", "task", "measure"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("retired_from")
            batch.drop_column("retired_at")
