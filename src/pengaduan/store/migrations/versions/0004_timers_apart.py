"""The next timer apart from the next deadline, and a flag for a deadline beyond the calendar.

Revision ID: 0004
Revises: 0003

``complaints.next_deadline`` now holds the earliest due time of a clock a person or a unit
must meet; the end of a timer clock (the auto-close after a follow-up) moves to the new
``complaints.next_timer``, so a unit that answered in time is not in its overdue queue.
``complaints.deadline_unknown`` is true when a due time fell beyond the calendar's holiday
data and was left out (the write is stored all the same).

A migration has no SLA policy or calendar, so it cannot recompute the stored values: rows
written before keep their ``next_deadline`` (which may be a timer's end) until the complaint
is written again or ``Repository.refresh_deadlines()`` runs, which the upgrade notes ask for.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pengaduan.store._schema import UtcDateTime

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the two columns and their partial indexes."""
    # Plain ALTER TABLE, never a batch copy: on SQLite a copy drops ``complaints``, and the
    # events' ON DELETE CASCADE would take every event row with it.
    op.add_column("complaints", sa.Column("next_timer", UtcDateTime, nullable=True))
    op.add_column(
        "complaints",
        sa.Column("deadline_unknown", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index(
        "ix_complaints_timer",
        "complaints",
        ["next_timer", "tracking_id"],
        postgresql_where=sa.text("next_timer IS NOT NULL"),
        sqlite_where=sa.text("next_timer IS NOT NULL"),
    )
    op.create_index(
        "ix_complaints_deadline_unknown",
        "complaints",
        ["received_at", "tracking_id"],
        postgresql_where=sa.text("deadline_unknown"),
        sqlite_where=sa.text("deadline_unknown"),
    )


def downgrade() -> None:
    """Drop the indexes and the columns."""
    op.drop_index("ix_complaints_deadline_unknown", table_name="complaints")
    op.drop_index("ix_complaints_timer", table_name="complaints")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later), for the reason given in upgrade().
    op.execute("ALTER TABLE complaints DROP COLUMN deadline_unknown")
    op.execute("ALTER TABLE complaints DROP COLUMN next_timer")
