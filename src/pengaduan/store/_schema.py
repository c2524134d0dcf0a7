"""The tables of the SQL repository (SQLAlchemy Core), the same on PostgreSQL and SQLite.

``events`` is append-only: one row per event, unique per (tracking id, sequence), holding the
canonical data text the event's digest covers (``payload``) and a queryable JSON copy
(``data``, JSONB on PostgreSQL). ``complaints`` is the projection of the current state, updated
by compare-and-set on ``version`` in the transaction that inserts the new events (with the
next deadline of a person or unit, ``next_deadline``, the next end of a timer such as the
auto-close, ``next_timer``, ``deadline_unknown`` when a due time lay beyond the calendar, and
``derivation``, the version of the rules that derived these columns: ``NULL`` for a row written
before revision 0005);
``complaint_units`` lists the units a complaint is currently assigned to (with a copy of its
next deadline, so a unit's overdue queue is one range of one index), and
``idempotency_keys`` remembers the message ids already received.

Times are stored in UTC: ``timestamp with time zone`` on PostgreSQL, ISO text on SQLite.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

from pengaduan._core.keys import MAX_KEY_LENGTH

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect

__all__ = [
    "OUTBOX_KEY_LENGTH",
    "complaint_units",
    "complaints",
    "events",
    "idempotency_keys",
    "metadata",
    "outbox",
    "store_settings",
]


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC, read back aware (UTC) on every database."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = value.astimezone(UTC)
        return utc if dialect.name == "postgresql" else utc.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)  # noqa: S101 - the column's type
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


_ID = 128
_JSON = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData()

complaints = Table(
    "complaints",
    metadata,
    Column("tracking_id", String(_ID), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("head", String(64), nullable=False),
    Column("status", String(64), nullable=False),
    Column("privacy", String(16), nullable=False),
    Column("classification", String(32), nullable=False),
    Column("channel", String(32), nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("next_deadline", UtcDateTime, nullable=True),
    Column("reporter", String(64), nullable=True),
    Column("record", Text, nullable=False),
    Column("next_timer", UtcDateTime, nullable=True),
    Column("deadline_unknown", Boolean, nullable=False, server_default=false()),
    Column("derivation", Integer, nullable=True),
    Index("ix_complaints_status_received", "status", "received_at", "tracking_id"),
    Index("ix_complaints_received", "received_at", "tracking_id"),
    Index("ix_complaints_deadline", "next_deadline", "tracking_id"),
    Index("ix_complaints_reporter", "reporter"),
    Index(
        "ix_complaints_timer",
        "next_timer",
        "tracking_id",
        postgresql_where=text("next_timer IS NOT NULL"),
        sqlite_where=text("next_timer IS NOT NULL"),
    ),
    Index(
        "ix_complaints_deadline_unknown",
        "received_at",
        "tracking_id",
        postgresql_where=text("deadline_unknown"),
        sqlite_where=text("deadline_unknown"),
    ),
    Index("ix_complaints_derivation", "derivation"),
)

events = Table(
    "events",
    metadata,
    Column(
        "tracking_id",
        String(_ID),
        ForeignKey("complaints.tracking_id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("seq", Integer, nullable=False),
    Column("action", String(64), nullable=False),
    Column("from_status", String(64), nullable=True),
    Column("to_status", String(64), nullable=False),
    Column("actor_role", String(32), nullable=False),
    Column("actor_id", String(_ID), nullable=False),
    Column("at", String(32), nullable=False),
    Column("payload", Text, nullable=False),
    Column("data", _JSON, nullable=False),
    Column("idempotency_key", String(MAX_KEY_LENGTH), nullable=True),
    Column("digest", String(64), nullable=False),
    PrimaryKeyConstraint("tracking_id", "seq", name="pk_events"),
)

complaint_units = Table(
    "complaint_units",
    metadata,
    Column(
        "tracking_id",
        String(_ID),
        ForeignKey("complaints.tracking_id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("unit", String(_ID), nullable=False),
    Column("next_deadline", UtcDateTime, nullable=True),
    PrimaryKeyConstraint("tracking_id", "unit", name="pk_complaint_units"),
    Index("ix_complaint_units_unit", "unit", "tracking_id"),
    Index(
        "ix_complaint_units_unit_deadline",
        "unit",
        "next_deadline",
        "tracking_id",
        postgresql_where=text("next_deadline IS NOT NULL"),
        sqlite_where=text("next_deadline IS NOT NULL"),
    ),
)

idempotency_keys = Table(
    "idempotency_keys",
    metadata,
    Column("key", String(MAX_KEY_LENGTH), primary_key=True),
    Column("tracking_id", String(_ID), nullable=False),
    Column("submission", String(64), nullable=False),
    Column("actor", String(256), nullable=False),
)

OUTBOX_KEY_LENGTH = 512
"""The longest outbox key (the message's idempotency key)."""

outbox = Table(
    "outbox",
    metadata,
    Column("key", String(OUTBOX_KEY_LENGTH), primary_key=True),
    Column("tracking_id", String(128), nullable=False),
    Column("sequence", Integer, nullable=True),
    Column("template", String(64), nullable=False),
    Column("recipient_kind", String(16), nullable=False),
    Column("recipient_id", String(200), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("language", String(8), nullable=False),
    Column("subject", Text, nullable=True),
    Column("body", Text, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("reason_code", String(64), nullable=True),
    Column("updated_at", UtcDateTime, nullable=True),
    Index("ix_outbox_state_at", "state", "at", "key"),
    Index("ix_outbox_tracking", "tracking_id"),
)

store_settings = Table(
    "store_settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
)
"""Facts about the database itself, one row each: the fingerprint of the pseudonym key its rows
were written with (``pseudonym_key``), and a key rotation in progress (from revision 0006)."""
