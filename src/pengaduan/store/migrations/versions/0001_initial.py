"""The first schema: events as rows, the complaint projection, units and idempotency keys.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from pengaduan.store._schema import UtcDateTime

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the four tables and their indexes."""
    op.create_table(
        "complaints",
        sa.Column("tracking_id", sa.String(128), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
        sa.Column("status", sa.String(64), nullable=False),
        sa.Column("privacy", sa.String(16), nullable=False),
        sa.Column("classification", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("received_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.Column("next_deadline", UtcDateTime, nullable=True),
        sa.Column("reporter", sa.String(64), nullable=True),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index(
        "ix_complaints_status_received", "complaints", ["status", "received_at", "tracking_id"]
    )
    op.create_index("ix_complaints_received", "complaints", ["received_at", "tracking_id"])
    op.create_index("ix_complaints_deadline", "complaints", ["next_deadline", "tracking_id"])
    op.create_index("ix_complaints_reporter", "complaints", ["reporter"])
    op.create_table(
        "events",
        sa.Column(
            "tracking_id",
            sa.String(128),
            sa.ForeignKey("complaints.tracking_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("from_status", sa.String(64), nullable=True),
        sa.Column("to_status", sa.String(64), nullable=False),
        sa.Column("actor_role", sa.String(32), nullable=False),
        sa.Column("actor_id", sa.String(128), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("data", sa.JSON().with_variant(JSONB(), "postgresql"), nullable=False),
        sa.Column("idempotency_key", sa.String(128), nullable=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("tracking_id", "seq", name="pk_events"),
    )
    op.create_table(
        "complaint_units",
        sa.Column(
            "tracking_id",
            sa.String(128),
            sa.ForeignKey("complaints.tracking_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("unit", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("tracking_id", "unit", name="pk_complaint_units"),
    )
    op.create_index("ix_complaint_units_unit", "complaint_units", ["unit", "tracking_id"])
    op.create_table(
        "idempotency_keys",
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("tracking_id", sa.String(128), nullable=False),
        sa.Column("submission", sa.String(64), nullable=False),
        sa.Column("actor", sa.String(256), nullable=False),
    )


def downgrade() -> None:
    """Drop the tables (and everything stored in them)."""
    for table in ("idempotency_keys", "complaint_units", "events", "complaints"):
        op.drop_table(table)
