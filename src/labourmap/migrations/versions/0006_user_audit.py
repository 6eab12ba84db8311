"""user_audit_entries: the history of changes to accounts (added, role, deactivated,
reactivated, password set), made on the users page or with `labourmap users`.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", sa.String(length=16), nullable=True),
        sa.Column("after", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"],
            name=op.f("fk_user_audit_entries_user_id_users"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_audit_entries")),
    )
    with op.batch_alter_table("user_audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_user_audit_entries_at", ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("user_audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_user_audit_entries_at")
    op.drop_table("user_audit_entries")
