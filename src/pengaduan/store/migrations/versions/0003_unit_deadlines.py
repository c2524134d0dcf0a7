"""A unit's overdue queue from one index: the next deadline copied to the unit rows.

Revision ID: 0003
Revises: 0002

``complaint_units.next_deadline`` holds the complaint's next deadline (kept by every write in
the same statement or transaction as the projection), and the partial index
``ix_complaint_units_unit_deadline (unit, next_deadline, tracking_id) WHERE next_deadline IS
NOT NULL`` serves "overdue for unit X, first page" as one range scan in deadline order,
however many complaints the other units hold. Complaints with no running clock (closed ones)
are not in the index at all.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pengaduan.store._schema import UtcDateTime

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_WHERE = sa.text("next_deadline IS NOT NULL")


def upgrade() -> None:
    """Add the column, fill it from the projection, index it."""
    with op.batch_alter_table("complaint_units") as batch:
        batch.add_column(sa.Column("next_deadline", UtcDateTime, nullable=True))
    op.execute(
        "UPDATE complaint_units SET next_deadline = (SELECT c.next_deadline FROM complaints c "
        "WHERE c.tracking_id = complaint_units.tracking_id)"
    )
    op.create_index(
        "ix_complaint_units_unit_deadline",
        "complaint_units",
        ["unit", "next_deadline", "tracking_id"],
        postgresql_where=_WHERE,
        sqlite_where=_WHERE,
    )


def downgrade() -> None:
    """Drop the index and the column."""
    op.drop_index("ix_complaint_units_unit_deadline", table_name="complaint_units")
    with op.batch_alter_table("complaint_units") as batch:
        batch.drop_column("next_deadline")
