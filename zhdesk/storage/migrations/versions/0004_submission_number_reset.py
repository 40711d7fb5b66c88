"""exchange: a reset of a body's submission numbers

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-10 09:00:00

Two columns on form_issue, empty until the coordinator resets a body's numbers for a period
(``zhdesk reset-sequence``): the number its next submission follows, and the last submission received
before the reset. Nothing is copied or rebuilt. The coordinator's signing key for form packages and the
key a department store trusts are settings (rows of ``setting``): no table for them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("form_issue", sa.Column("sequence_base", sa.Integer(), nullable=True))
    op.add_column("form_issue", sa.Column("sequence_after", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("form_issue") as batch:
        batch.drop_column("sequence_after")
        batch.drop_column("sequence_base")
