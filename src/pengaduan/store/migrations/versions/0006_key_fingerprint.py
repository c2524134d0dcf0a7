"""The fingerprint of the pseudonym key the rows were written with: ``store_settings``.

Revision ID: 0006
Revises: 0005

Each complaint row holds the keyed pseudonym of its reporter (HMAC with the app's
``pseudonym_key``). Nothing recorded which key that was, so a repository opened with another key
(a typo in a key file) silently wrote pseudonyms no lookup would ever match. The new table holds
one row per fact about the database: ``pseudonym_key``, the key's fingerprint (recorded by the
first repository opened with a key; it reveals neither the key nor any pseudonym), and, while a
``Repository.rotate_pseudonym_key()`` runs, the rotation and how far it got.

The migration itself has no key: a database migrated from 0005 records its fingerprint the first
time a repository opens it with a key (after checking that key against a sample of the stored
pseudonyms).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the table (empty: no key recorded yet)."""
    op.create_table(
        "store_settings",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(256), nullable=False),
    )


def downgrade() -> None:
    """Drop the table (the recorded fingerprint with it)."""
    op.drop_table("store_settings")
