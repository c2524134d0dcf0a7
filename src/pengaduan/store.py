"""A reference complaint store on SQLite: how to persist histories safely.

Small apps and tests can use :class:`SqliteStore` as it is; larger ones copy its three rules into
their own database layer:

1. store the whole document (:func:`~pengaduan.serialization.to_json`) with its ``version`` and
   ``head`` digest, plus whatever columns you query by (status, units, received time);
2. write conditionally: ``UPDATE ... WHERE version = :expected`` — two writers can never both
   append the same event (the in-memory check of ``expected_version`` cannot see another process);
3. read back with the stored head, so a history cut short at its end is caught.

Only the standard library's ``sqlite3`` is used. One store may be shared by the threads of a web
server: the connection is used under a lock.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan.errors import ConflictError
from pengaduan.serialization import from_json, to_json

if TYPE_CHECKING:
    from collections.abc import Iterator
    from os import PathLike

    from pengaduan.model import Complaint

__all__ = ["SqliteStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS complaints (
    tracking_id TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    head        TEXT NOT NULL,
    status      TEXT NOT NULL,
    received_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    document    TEXT NOT NULL
)
"""


class SqliteStore:
    """Complaints in one SQLite table, written with optimistic concurrency.

    Args:
        path: a database file, or ``":memory:"``.

    Example:
        >>> store = SqliteStore(":memory:")
        >>> store.count()
        0
    """

    def __init__(self, path: str | PathLike[str] = ":memory:") -> None:
        target = path if path == ":memory:" else Path(path)
        self._db = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        self._db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"SqliteStore(complaints={self.count()})"

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def add(self, complaint: Complaint) -> None:
        """Store a new complaint.

        Raises:
            ConflictError: a complaint with this tracking id is already stored.
        """
        try:
            with self._lock:
                self._db.execute(
                    "INSERT INTO complaints VALUES (?, ?, ?, ?, ?, ?, ?)",
                    self._row(complaint),
                )
        except sqlite3.IntegrityError:
            stored = self._version(complaint.tracking_id)
            raise ConflictError(
                complaint_id=complaint.tracking_id, expected=0, actual=stored or 0
            ) from None

    def save(self, complaint: Complaint, *, expected_version: int) -> None:
        """Replace a stored complaint, only if nobody wrote since ``expected_version``.

        Raises:
            ConflictError: the stored version is not ``expected_version`` (or it is missing).
        """
        (tracking_id, version, head, status, _received, updated, document) = self._row(complaint)
        with self._lock:
            changed = self._db.execute(
                "UPDATE complaints SET version = ?, head = ?, status = ?, updated_at = ?, "
                "document = ? WHERE tracking_id = ? AND version = ?",
                (version, head, status, updated, document, tracking_id, expected_version),
            ).rowcount
        if changed != 1:
            raise ConflictError(
                complaint_id=tracking_id,
                expected=expected_version,
                actual=self._version(tracking_id) or 0,
            )

    def get(self, tracking_id: str) -> Complaint:
        """Load a complaint, verifying its history up to the stored head.

        Raises:
            KeyError: no complaint with that tracking id.
            IntegrityError: the stored history does not verify.
        """
        with self._lock:
            row = self._db.execute(
                "SELECT document, head FROM complaints WHERE tracking_id = ?", (tracking_id,)
            ).fetchone()
        if row is None:
            raise KeyError(tracking_id)
        return from_json(row[0], head=row[1])

    def __iter__(self) -> Iterator[Complaint]:
        """Every stored complaint, verified, in tracking-id order (streamed, not all in memory)."""
        last = ""
        while True:  # in pages, so other threads are not blocked while the caller iterates
            with self._lock:
                rows = self._db.execute(
                    "SELECT tracking_id, document, head FROM complaints WHERE tracking_id > ? "
                    "ORDER BY tracking_id LIMIT 500",
                    (last,),
                ).fetchall()
            if not rows:
                return
            for tracking_id, document, head in rows:
                yield from_json(document, head=head)
                last = tracking_id

    def with_status(self, *statuses: str) -> list[str]:
        """Tracking ids of the complaints currently in one of ``statuses``."""
        marks = ", ".join("?" for _ in statuses)
        with self._lock:
            rows = self._db.execute(
                f"SELECT tracking_id FROM complaints WHERE status IN ({marks}) "  # noqa: S608 - only placeholders are interpolated
                "ORDER BY tracking_id",
                statuses,
            ).fetchall()
        return [row[0] for row in rows]

    def count(self) -> int:
        """How many complaints are stored."""
        with self._lock:
            (total,) = self._db.execute("SELECT COUNT(*) FROM complaints").fetchone()
        return int(total)

    def _version(self, tracking_id: str) -> int | None:
        with self._lock:
            row = self._db.execute(
                "SELECT version FROM complaints WHERE tracking_id = ?", (tracking_id,)
            ).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def _row(complaint: Complaint) -> tuple[str, int, str, str, str, str, str]:
        return (
            complaint.tracking_id,
            complaint.version,
            complaint.head,
            complaint.status,
            complaint.received_at.isoformat(),
            complaint.updated_at.isoformat(),
            to_json(complaint),
        )
