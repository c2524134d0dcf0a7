"""Files of the earlier ``SqliteStore``: recognise them, and copy them into a repository.

Before it became an alias of the SQL repository, ``SqliteStore`` kept one JSON document per
complaint (``complaints.document``, with ``version`` and ``head`` columns) and the idempotency
keys in a second table. A repository cannot open such a file;
[`import_sqlite_store()`][pengaduan.store.import_sqlite_store] reads its documents with the
standard library's ``sqlite3`` (read-only) and imports them as JSON lines
([`import_lines()`][pengaduan.store.Repository.import_lines]), each checked and verified as it
goes in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan._core.text import exact
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, StorageError, type_name
from pengaduan.store._legacy_schema import legacy_error

if TYPE_CHECKING:
    from collections.abc import Iterator
    from os import PathLike

    from pengaduan.store._repository import ImportReport, Repository

__all__ = ["import_sqlite_store", "legacy_schema_error", "require_path"]

_MEMORY = ":memory:"
_PAGE = 500


def require_path(path: object) -> str:
    """A file path (``str`` or ``os.PathLike`` of ``str``) or ``":memory:"``, as text.

    Raises:
        ArgumentError: anything else (bytes, an empty or unprintable string).
    """
    value: object = path
    if isinstance(path, os.PathLike):
        with contextlib.suppress(Exception):  # the verdict follows
            value = os.fspath(path)
    value = exact(value)
    if not isinstance(value, str) or not value or not value.isprintable():
        raise ArgumentError(
            argument="path",
            rule=N_("must be a file path (str or os.PathLike of str) or ':memory:'"),
            given=type_name(path),
        )
    return str.__str__(value)


def _is_file(target: str) -> bool:
    """Whether ``target`` names a regular file (a name too long for the system is not one)."""
    try:
        return Path(target).is_file()
    except (OSError, ValueError):
        return False


def _open_read_only(target: str) -> sqlite3.Connection:
    uri = Path(target).absolute().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def _is_legacy(db: sqlite3.Connection) -> bool:
    columns = {str(row[1]) for row in db.execute("PRAGMA table_info(complaints)")}
    return {"document", "version", "head"} <= columns


def legacy_schema_error(target: str) -> StorageError | None:
    """The error for a file in the earlier document schema, or ``None`` for any other file.

    A missing, empty or unreadable file is ``None``: the repository reports it when it opens.
    """
    if not _is_file(target):
        return None
    legacy = False
    with contextlib.suppress(sqlite3.Error, OSError, ValueError):
        db = _open_read_only(target)
        try:
            legacy = _is_legacy(db)
        finally:
            db.close()
    return legacy_error() if legacy else None


def _documents(db: sqlite3.Connection) -> Iterator[str]:
    last = ""
    while True:
        rows = db.execute(
            "SELECT tracking_id, document FROM complaints WHERE tracking_id > ? "
            "ORDER BY tracking_id LIMIT ?",
            (last, _PAGE),
        ).fetchall()
        for tracking_id, document in rows:
            yield document if isinstance(document, str) else ""
            last = str(tracking_id)
        if len(rows) < _PAGE:
            return


def import_sqlite_store(
    path: str | PathLike[str], repository: Repository, *, batch_size: int = 1000
) -> ImportReport:
    """Copy a file of the earlier ``SqliteStore`` (one document per complaint) into a repository.

    The file is opened read-only and left as it is. Each stored document is imported as one
    JSON line ([`import_lines()`][pengaduan.store.Repository.import_lines]): it is checked to
    load back and its history verified; a bad one is reported by its position (1-based, in
    tracking-id order) and error code, and the rest go on. Complaints already in the repository
    are skipped, so an interrupted copy is finished by running it again. Idempotency keys are
    not copied: each complaint's first event records its own key.

    Args:
        path: the old database file.
        repository: where the complaints go.
        batch_size: complaints per transaction (1 to 10,000).

    Returns:
        The [`ImportReport`][pengaduan.store.ImportReport].

    Raises:
        ArgumentError: a bad argument, or a file that holds no earlier ``SqliteStore``.
        StorageError: the old file cannot be read (``"unavailable"``), or the repository
            failed (batches committed before stay stored).
    """
    from pengaduan.store._repository import Repository  # noqa: PLC0415 - loads SQLAlchemy

    target = require_path(path)
    if not isinstance(repository, Repository):
        raise ArgumentError(
            argument="repository", rule="must be a Repository", given=type_name(repository)
        )
    if target == _MEMORY or not _is_file(target):
        raise ArgumentError(argument="path", rule=N_("must name an existing database file"))
    failure: ArgumentError | StorageError | None = None
    db: sqlite3.Connection | None = None
    try:
        db = _open_read_only(target)
        legacy = _is_legacy(db)
    except (sqlite3.Error, OSError, ValueError) as exc:
        legacy = False
        failure = _unreadable(exc)
    if failure is None and not legacy:
        failure = ArgumentError(argument="path", rule=N_("must hold an earlier SqliteStore"))
    if failure is not None:
        if db is not None:
            db.close()
        raise failure
    assert db is not None  # noqa: S101 - opened above
    try:
        return _import(repository, db, batch_size)
    finally:
        db.close()


def _unreadable(exc: BaseException) -> StorageError:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
        return StorageError(reason="corrupt", detail=N_("the old file is not an SQLite database"))
    return StorageError(reason="unavailable", detail=N_("the old file cannot be read"))


def _import(repository: Repository, db: sqlite3.Connection, batch_size: int) -> ImportReport:
    failure: StorageError | None = None
    try:
        return repository.import_lines(_documents(db), batch_size=batch_size)
    except sqlite3.Error:
        failure = StorageError(reason="unavailable", detail=N_("the old file cannot be read"))
    raise failure
