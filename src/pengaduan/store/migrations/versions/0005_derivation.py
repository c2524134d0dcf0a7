"""Which rules derived each complaint row's queryable columns: ``complaints.derivation``.

Revision ID: 0005
Revises: 0004

The projection's derived columns (``status``, ``privacy``, ``classification``, ``channel``,
``reporter``, the clocks, and the unit rows) are copies of what the rules of the release that
wrote the row computed from the record. Those rules change between releases (the newest
consent now rules privacy, a phone is pseudonymised in its E.164 form, units come from a
``units`` field only), so each row now records the version of the rules that derived it.
A row written from this release on carries the release's derivation number (1 and up); rows
written before keep ``NULL``: derived by an older release, until
``Repository.refresh_derived()`` recomputes them from their verified history.

A migration has neither the SLA policy nor the pseudonym key, so it cannot recompute the
columns itself; ``Repository.stale_derived()`` counts the rows still to do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the column (``NULL`` on every row written before) and its index."""
    # Plain ALTER TABLE, never a batch copy: on SQLite a copy drops ``complaints``, and the
    # events' ON DELETE CASCADE would take every event row with it.
    op.add_column("complaints", sa.Column("derivation", sa.Integer, nullable=True))
    op.create_index("ix_complaints_derivation", "complaints", ["derivation"])


def downgrade() -> None:
    """Drop the index and the column."""
    op.drop_index("ix_complaints_derivation", table_name="complaints")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later), for the reason given in upgrade().
    op.execute("ALTER TABLE complaints DROP COLUMN derivation")
