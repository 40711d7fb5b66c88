"""periods with deadlines, reporting bodies and co-executors, pairs of bodies that are not duplicates

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-20 09:00:00

A reporting period may carry the deadline for the bodies' submissions. An executive body is marked as
reporting (a department or управління of the council, issued a form each period) or as a co-executor
only (an NGO, a utility, a fund named in column 4 of a single measure): existing bodies are marked by
their name as a new body is on import (the coordinator can change it). Two bodies the coordinator said
are different ("Це різні") are not suggested as duplicates again. Columns and a table are added; no
table is rebuilt.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# as zhdesk.services.bodies.looks_reporting on the day of this migration (a migration does not change
# when the application's rule does)
_REPORTING_STARTS = (
    "департамент",
    "управління",
    "служба",
    "відділ",
    "виконавчий комітет",
    "апарат",
    "інспекція",
    "секретаріат",
    "центр надання адміністративних послуг",
)


def upgrade() -> None:
    op.add_column("reporting_period", sa.Column("deadline", sa.Date(), nullable=True))
    op.add_column("executive_body", sa.Column("reporting", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_table(
        "body_distinct",
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["executive_body.id"],
            name=op.f("fk_body_distinct_first_id_executive_body"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["executive_body.id"],
            name=op.f("fk_body_distinct_second_id_executive_body"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("first_id", "second_id", name=op.f("pk_body_distinct")),
    )
    bind = op.get_bind()
    body = sa.table("executive_body", sa.column("id", sa.Integer), sa.column("name", sa.Text), sa.column("reporting"))
    co_executors = [
        row.id
        for row in bind.execute(sa.select(body.c.id, body.c.name))
        if not " ".join(row.name.split()).casefold().startswith(_REPORTING_STARTS)
    ]
    if co_executors:
        bind.execute(sa.update(body).where(body.c.id.in_(co_executors)).values(reporting=False))


def downgrade() -> None:
    op.drop_table("body_distinct")
    with op.batch_alter_table("executive_body") as batch:
        batch.drop_column("reporting")
    with op.batch_alter_table("reporting_period") as batch:
        batch.drop_column("deadline")
