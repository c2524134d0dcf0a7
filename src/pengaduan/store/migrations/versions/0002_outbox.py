"""The outbox: messages written with the events that cause them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pengaduan.store._schema import UtcDateTime

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the outbox table and its indexes."""
    op.create_table(
        "outbox",
        sa.Column("key", sa.String(512), primary_key=True),
        sa.Column("tracking_id", sa.String(128), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=True),
        sa.Column("template", sa.String(64), nullable=False),
        sa.Column("recipient_kind", sa.String(16), nullable=False),
        sa.Column("recipient_id", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("subject", sa.Text, nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("reason_code", sa.String(64), nullable=True),
        sa.Column("updated_at", UtcDateTime, nullable=True),
    )
    op.create_index("ix_outbox_state_at", "outbox", ["state", "at", "key"])
    op.create_index("ix_outbox_tracking", "outbox", ["tracking_id"])


def downgrade() -> None:
    """Drop the outbox (and every message in it)."""
    op.drop_table("outbox")
