"""initial programme store

Revision ID: 0001
Revises:
Create Date: 2026-11-26 06:46:29.363087
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "executive_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("head_position", sa.Text(), nullable=False),
        sa.Column("head_name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_executive_body")),
        sa.UniqueConstraint("code", name=op.f("uq_executive_body_code")),
        sa.UniqueConstraint("name", name=op.f("uq_executive_body_name")),
    )
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("year", name=op.f("uq_programme_year")),
    )
    op.create_table(
        "reporting_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_period")),
        sa.UniqueConstraint("code", name=op.f("uq_reporting_period_code")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "body_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["executive_body.id"], name=op.f("fk_body_alias_body_id_executive_body"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_alias")),
        sa.UniqueConstraint("alias", name=op.f("uq_body_alias_alias")),
    )
    with op.batch_alter_table("body_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_body_alias_body_id"), ["body_id"], unique=False)

    op.create_table(
        "priority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_priority_programme_id_programme"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority")),
    )
    op.create_table(
        "sector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["priority_id"], ["priority.id"], name=op.f("fk_sector_priority_id_priority"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sector")),
    )
    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("no", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_task_sector_id_sector"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    op.create_table(
        "measure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("no", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("executors_text", sa.Text(), nullable=False),
        sa.Column("programme_or_funding", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], name=op.f("fk_measure_task_id_task"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
    )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_task_id"), ["task_id"], unique=False)

    op.create_table(
        "execution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_execution_measure_id_measure"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_period.id"],
            name=op.f("fk_execution_period_id_reporting_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_execution")),
        sa.UniqueConstraint("measure_id", "period_id", name=op.f("uq_execution_measure_id")),
    )
    with op.batch_alter_table("execution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_execution_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "execution_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["executive_body.id"],
            name=op.f("fk_execution_part_body_id_executive_body"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_execution_part_measure_id_measure"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_period.id"],
            name=op.f("fk_execution_part_period_id_reporting_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_execution_part")),
        sa.UniqueConstraint("measure_id", "period_id", "body_id", name=op.f("uq_execution_part_measure_id")),
    )
    with op.batch_alter_table("execution_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_execution_part_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "measure_executor",
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["executive_body.id"], name=op.f("fk_measure_executor_body_id_executive_body")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_measure_executor_measure_id_measure"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("measure_id", "position", name=op.f("pk_measure_executor")),
        sa.UniqueConstraint("measure_id", "body_id", name=op.f("uq_measure_executor_measure_id")),
    )
    with op.batch_alter_table("measure_executor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_executor_body_id"), ["body_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("measure_executor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_executor_body_id"))

    op.drop_table("measure_executor")
    with op.batch_alter_table("execution_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_execution_part_measure_id"))

    op.drop_table("execution_part")
    with op.batch_alter_table("execution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_execution_measure_id"))

    op.drop_table("execution")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_task_id"))

    op.drop_table("measure")
    op.drop_table("task")
    op.drop_table("sector")
    op.drop_table("priority")
    with op.batch_alter_table("body_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_body_alias_body_id"))

    op.drop_table("body_alias")
    op.drop_table("setting")
    op.drop_table("reporting_period")
    op.drop_table("programme")
    op.drop_table("executive_body")
