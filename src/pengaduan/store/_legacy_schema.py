"""The earlier ``SqliteStore`` document schema, as the repository recognises it when it opens.

Kept apart from ``pengaduan.store._legacy`` (which imports the repository to copy such a
file) so that the repository can ask without an import cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan._i18n import N_
from pengaduan.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["holds_legacy_schema", "legacy_error"]

_LEGACY = N_(
    "the file holds the document schema of the earlier SqliteStore: copy it into a "
    "repository with pengaduan.store.import_sqlite_store(path, Repository(url))"
)


def legacy_error() -> StorageError:
    """The error for a database in the earlier document schema."""
    return StorageError(reason="failed", detail=_LEGACY)


def holds_legacy_schema(conn: Connection) -> bool:
    """Whether a database the repository opens holds the earlier document schema."""
    from sqlalchemy import inspect  # noqa: PLC0415 - only with the repository

    inspector = inspect(conn)
    if not inspector.has_table("complaints"):
        return False
    columns = {str(column["name"]) for column in inspector.get_columns("complaints")}
    return "document" in columns and "record" not in columns
