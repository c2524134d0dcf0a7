"""Storage for complaint histories: a SQL repository (PostgreSQL, SQLite; sync and async).

[`Repository`][pengaduan.store.Repository] and [`AsyncRepository`][pengaduan.store.AsyncRepository]
keep complaints in four tables through
SQLAlchemy 2 Core (the ``sql`` extra: ``pip install 'pengaduan[sql]'``):

- ``events``, append-only: one row per event, unique per (tracking id, sequence), with the
  canonical data text the digest covers and a JSON copy to query (JSONB on PostgreSQL);
- ``complaints``, the projection of the current state (version, head digest, status, effective
  privacy, classification, channel, received and updated times, the next SLA deadline of a
  person or unit, the next end of a timer such as the auto-close, whether a due time lay beyond
  the calendar's data, a keyed pseudonym of the reporter) and the submitted record;
- ``complaint_units``, the units each complaint is assigned to now, each with a copy of the
  complaint's next deadline (a unit's overdue queue is one range of one index);
- ``idempotency_keys``, the message ids already received;
- ``outbox``, the messages the events cause, to send exactly once
  ([`Outbox`][pengaduan.store.Outbox], with a
  [`Messenger`][pengaduan.messages.Messenger]).

Writing an action inserts only its new events and updates the projection by compare-and-set
on the version, in one transaction: the cost does not grow with the history, a stale writer
gets a [`ConflictError`][pengaduan.errors.ConflictError], a history that does not extend the
stored one an [`IntegrityError`][pengaduan.errors.IntegrityError], and the stored history itself
at the expected version is a no-op. An in-memory SQLite database (``sqlite://``) is one
connection shared by every caller, so there each call and each transaction runs under a lock.
Reading rebuilds the complaint from its rows and verifies the chain up to the stored head. Work
queues ([`Query`][pengaduan.store.Query]) read the projection only, with keyset pagination.
Bulk imports read JSON lines or the office CSV the audit reads
(``COPY`` on PostgreSQL), and a [`TransparencyLog`][pengaduan.integrity.TransparencyLog] given as
``log``
receives every committed head. Driver errors become a
[`StorageError`][pengaduan.errors.StorageError]
whose ``reason`` says what happened (``"read-only"``, ``"full"``, ``"locked"``,
``"unavailable"``, ``"corrupt"``, ``"failed"``), never chained to the driver's exception (whose
text may quote the data).

The schema is created and migrated by the Alembic migrations shipped in the package (when a
repository opens, or by ``pengaduan db upgrade URL``).
Each row records the version of the rules that derived its query columns; after an upgrade that
changed a rule, [`stale_derived()`][pengaduan.store.Repository.stale_derived] counts the rows an
older release derived and
[`refresh_derived()`][pengaduan.store.Repository.refresh_derived] recomputes them from their
verified histories (a [`RefreshReport`][pengaduan.store.RefreshReport]; ``pengaduan db refresh
URL``).

The database records a fingerprint of the pseudonym key its rows were written with (revision
0006; the key itself is never stored): a repository opened with another key raises a
[`PseudonymKeyError`][pengaduan.store.PseudonymKeyError] before writing anything, and
[`rotate_pseudonym_key()`][pengaduan.store.Repository.rotate_pseudonym_key] changes the key
on purpose, rewriting every pseudonym (a [`KeyRotationReport`][pengaduan.store.KeyRotationReport];
``pengaduan db rotate-key URL``).

[`SqliteStore`][pengaduan.store.SqliteStore] is deprecated: it is now a thin alias of a
[`Repository`][pengaduan.store.Repository] on ``sqlite:///PATH``. A file written by the earlier
``SqliteStore`` (one JSON document per complaint) is copied into a repository by
[`import_sqlite_store()`][pengaduan.store.import_sqlite_store].

Example:
    >>> from datetime import UTC, datetime
    >>> from pengaduan import Actor, Channel, Submission, Workflow
    >>> from pengaduan.store import Query, Repository
    >>> repo = Repository("sqlite://")
    >>> complaint = Workflow.default().receive(
    ...     Submission(text="Jalan berlubang", channel=Channel.WEB),
    ...     tracking_id="KPG-TEST-1",
    ...     at=datetime(2025, 3, 3, 2, tzinfo=UTC),
    ...     actor=Actor.system("web"),
    ... )
    >>> repo.add(complaint)
    >>> repo.get(complaint.tracking_id) == complaint
    True
    >>> repo.page(Query(statuses=("diterima",))).items[0].tracking_id
    'KPG-TEST-1'
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from pengaduan.store._clock_skew import DEFAULT_CLOCK_SKEW, ClockSkewError
from pengaduan.store._legacy import import_sqlite_store
from pengaduan.store._pseudonym_key import KeyProblem, KeyRotationReport, PseudonymKeyError
from pengaduan.store._query import ComplaintSummary, Page, Query
from pengaduan.store._replies import (
    record_reply,
    record_reply_async,
    record_satisfaction_reply,
    record_satisfaction_reply_async,
)
from pengaduan.store._sqlite import SqliteStore

if TYPE_CHECKING:
    from pengaduan.store._outbox import AsyncOutbox, Outbox, OutboxEntry, OutboxState
    from pengaduan.store._repository import (
        AsyncRepository,
        AsyncTransaction,
        ImportReport,
        LogCatchUpReport,
        RefreshReport,
        Repository,
        Transaction,
    )

__all__ = [
    "DEFAULT_CLOCK_SKEW",
    "AsyncOutbox",
    "AsyncRepository",
    "AsyncTransaction",
    "ClockSkewError",
    "ComplaintSummary",
    "ImportReport",
    "KeyProblem",
    "KeyRotationReport",
    "LogCatchUpReport",
    "Outbox",
    "OutboxEntry",
    "OutboxState",
    "Page",
    "PseudonymKeyError",
    "Query",
    "RefreshReport",
    "Repository",
    "SqliteStore",
    "Transaction",
    "import_sqlite_store",
    "record_reply",
    "record_reply_async",
    "record_satisfaction_reply",
    "record_satisfaction_reply_async",
]

_SQL = frozenset(
    {
        "AsyncRepository",
        "AsyncTransaction",
        "ImportReport",
        "LogCatchUpReport",
        "RefreshReport",
        "Repository",
        "Transaction",
    }
)
_OUTBOX = frozenset({"AsyncOutbox", "Outbox", "OutboxEntry", "OutboxState"})


def _require_sql(feature: str) -> None:
    """Raise `OptionalDependencyError` naming the ``sql`` extra when SQLAlchemy or Alembic (the
    packages the repository and its migrations need) is not installed."""
    for package in ("sqlalchemy", "alembic"):
        if importlib.util.find_spec(package) is None:
            from pengaduan.errors import OptionalDependencyError  # noqa: PLC0415

            raise OptionalDependencyError(feature=feature, package=package, extra="sql")


def __getattr__(name: str) -> Any:
    """Load the SQL repository on first use (it needs the ``sql`` extra)."""
    if name not in _SQL and name not in _OUTBOX:
        raise AttributeError(f"module 'pengaduan.store' has no attribute {name!r}")
    _require_sql(name)
    from pengaduan.store import _outbox, _repository  # noqa: PLC0415 - loads SQLAlchemy

    return getattr(_outbox if name in _OUTBOX else _repository, name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | _SQL | _OUTBOX)
