"""Build a database file as the earlier ``SqliteStore`` wrote it (one JSON document per complaint).

The schema below is the one that release created (``PRAGMA user_version = 1``); the documents
are :func:`pengaduan.serialization.to_json` of each complaint, as it stored them.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from pengaduan.serialization import to_json

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from pengaduan.model import Complaint

_SCHEMA = (
    """
    CREATE TABLE complaints (
        tracking_id TEXT PRIMARY KEY,
        version     INTEGER NOT NULL,
        head        TEXT NOT NULL,
        status      TEXT NOT NULL,
        received_at TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        document    TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE idempotency_keys (
        key         TEXT PRIMARY KEY,
        tracking_id TEXT NOT NULL,
        submission  TEXT NOT NULL,
        actor       TEXT NOT NULL
    )
    """,
)


def write_legacy_store(path: Path, complaints: Iterable[Complaint]) -> Path:
    """Write ``complaints`` to a new file ``path`` in the earlier schema; returns the path."""
    db = sqlite3.connect(path)
    try:
        with db:
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("PRAGMA user_version = 1")
            for complaint in complaints:
                db.execute(
                    "INSERT INTO complaints VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        complaint.tracking_id,
                        complaint.version,
                        complaint.head,
                        complaint.status,
                        complaint.received_at.isoformat(),
                        complaint.updated_at.isoformat(),
                        to_json(complaint),
                    ),
                )
    finally:
        db.close()
    return path
