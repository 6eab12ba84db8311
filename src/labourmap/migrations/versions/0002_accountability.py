"""accountability: investigations of union responses (cases, contacts); unions by name

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accountability_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("incident_date", sa.Date(), nullable=True),
        sa.Column("province", sa.String(length=6), nullable=True),
        sa.Column("city", sa.String(length=6), nullable=True),
        sa.Column("county", sa.String(length=6), nullable=True),
        sa.Column("industry", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("case_date", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_accountability_cases_incident_id_incidents"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accountability_cases")),
        sa.UniqueConstraint("uid", name=op.f("uq_accountability_cases_uid")),
    )
    op.create_index("ix_accountability_cases_case_date", "accountability_cases", ["case_date"])
    op.create_index("ix_accountability_cases_incident_id", "accountability_cases", ["incident_id"])
    op.create_index("ix_accountability_cases_province_case_date", "accountability_cases", ["province", "case_date"])
    op.create_table(
        "union_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("contact_date", sa.Date(), nullable=True),
        sa.Column("contact_time", sa.Time(), nullable=True),
        sa.Column("union_id", sa.Integer(), nullable=True),
        sa.Column("union_name", sa.Text(), nullable=False),
        sa.Column("union_level", sa.String(length=32), nullable=False),
        sa.Column("department", sa.String(length=32), nullable=True),
        sa.Column("department_name", sa.Text(), nullable=True),
        sa.Column("person_role", sa.Text(), nullable=True),
        sa.Column("reached", sa.String(length=16), nullable=False),
        sa.Column("aware", sa.String(length=16), nullable=False),
        sa.Column("involved", sa.String(length=16), nullable=False),
        sa.Column("excuses", sa.JSON(), nullable=False),
        sa.Column("referred_to", sa.Text(), nullable=True),
        sa.Column("referred_union_id", sa.Integer(), nullable=True),
        sa.Column("referral_details", sa.Text(), nullable=True),
        sa.Column("after_contact", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["accountability_cases.id"], name=op.f("fk_union_contacts_case_id_accountability_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["referred_union_id"], ["unions.id"], name=op.f("fk_union_contacts_referred_union_id_unions"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["union_id"], ["unions.id"], name=op.f("fk_union_contacts_union_id_unions"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_union_contacts")),
    )
    op.create_index("ix_union_contacts_case_id", "union_contacts", ["case_id", "seq"])
    op.create_index("ix_union_contacts_referred_union_id", "union_contacts", ["referred_union_id"])
    op.create_index("ix_union_contacts_union_id", "union_contacts", ["union_id"])
    op.create_index("ix_unions_name_zh", "unions", ["name_zh"])


def downgrade() -> None:
    op.drop_index("ix_unions_name_zh", table_name="unions")
    op.drop_table("union_contacts")
    op.drop_table("accountability_cases")
