"""``SqliteStore``: the earlier single-file store, now a deprecated alias of the SQL repository.

[`SqliteStore`][pengaduan.store.SqliteStore] keeps its constructor and its methods, and delegates
every one of them to a [`Repository`][pengaduan.store.Repository] on ``sqlite:///PATH`` (events
as rows, the complaint as a projection). It needs the ``sql`` extra, like the repository. The
options the repository has no argument for become SQLite settings of the repository's
connections: ``busy_timeout`` the ``busy_timeout`` pragma, ``max_size_bytes`` the
``max_page_count`` pragma, ``read_only`` a ``mode=ro`` URI. A file in the earlier document schema
(one JSON document per complaint) is refused with a
[`StorageError`][pengaduan.errors.StorageError] naming
[`import_sqlite_store()`][pengaduan.store.import_sqlite_store], which copies it into a repository.

New code uses [`Repository`][pengaduan.store.Repository] directly.
"""

from __future__ import annotations

import contextlib
import importlib.util
import threading
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ArgumentError,
    OptionalDependencyError,
    StorageError,
    type_name,
)
from pengaduan.store._legacy import legacy_schema_error, require_path

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime
    from os import PathLike
    from types import TracebackType

    from sqlalchemy.engine import Connection

    from pengaduan.integrity import TransparencyLog
    from pengaduan.model import Actor, Complaint, Submission
    from pengaduan.store._repository import Repository
    from pengaduan.workflow import Workflow

__all__ = ["SqliteStore"]

_T = TypeVar("_T")

_MEMORY = ":memory:"
_MAX_BUSY_TIMEOUT = 3600.0
_MIN_SIZE = 64 * 1024
_MAX_SIZE = 2**47
_PAGE = 500
"""Tracking ids read at a time when iterating or filtering by status."""
_CLOSED = N_("the store is closed")


def _require_timeout(value: object) -> float:
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not 0 <= value <= _MAX_BUSY_TIMEOUT  # also refuses NaN, infinities and huge ints
    ):
        raise ArgumentError(
            argument="busy_timeout",
            rule=Phrase(
                N_("must be a number of seconds from 0 to {high}"), high=f"{_MAX_BUSY_TIMEOUT:g}"
            ),
            given=type_name(value),
        )
    return float(value)


def _require_size(value: object) -> int | None:
    if value is not None and (type(value) is not int or not _MIN_SIZE <= value <= _MAX_SIZE):
        raise ArgumentError(
            argument="max_size_bytes",
            rule=Phrase(
                N_("must be None or a whole number from {low} to {high}"),
                low=_MIN_SIZE,
                high=_MAX_SIZE,
            ),
            given=type_name(value),
        )
    return value


def _url(target: str, *, read_only: bool) -> str:
    """The repository URL of a path (``sqlite://`` for memory; a ``mode=ro`` URI to read)."""
    from sqlalchemy.engine import URL  # noqa: PLC0415 - the sql extra is checked before

    if target == _MEMORY:
        return "sqlite://"
    if read_only:
        url = URL.create(
            "sqlite",
            database=Path(target).absolute().as_uri(),
            query={"mode": "ro", "uri": "true"},
        )
    else:
        url = URL.create("sqlite", database=target)
    return url.render_as_string(hide_password=False)


def _pragmas(busy_timeout: float, max_size_bytes: int | None) -> Callable[[Any], None]:
    """Set the store's busy timeout and size cap on one DB-API connection."""

    def apply(dbapi_connection: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {round(busy_timeout * 1000)}")
            if max_size_bytes is not None:
                (page_size,) = cursor.execute("PRAGMA page_size").fetchone()
                pages = max(1, max_size_bytes // int(page_size))
                cursor.execute(f"PRAGMA max_page_count = {pages}")
        finally:
            cursor.close()

    return apply


class SqliteStore:
    """Deprecated: a [`Repository`][pengaduan.store.Repository] on one SQLite file, by its old name.

    Every method delegates to the repository (``save`` is its ``append``), with the same checks
    and typed errors. Constructing one emits a ``DeprecationWarning``; use
    ``Repository("sqlite:///PATH")`` instead (see "Migrating from SqliteStore" in the
    persistence how-to).

    Args:
        path: a database file (created if missing; its directory must exist), or
            ``":memory:"`` for a private in-memory database.
        busy_timeout: seconds to wait for another connection's write lock before giving up
            with ``StorageError(reason="locked")`` (0 to 3600; default 5): the ``busy_timeout``
            pragma of every connection.
        read_only: open an existing repository file for reading only (a ``mode=ro`` URI);
            writes raise ``StorageError(reason="read-only")``. The schema is not migrated.
        max_size_bytes: refuse to grow the database beyond this size (the ``max_page_count``
            pragma); a write that would raises ``StorageError(reason="full")``.
        log: the repository's ``log``: a
            [`TransparencyLog`][pengaduan.integrity.TransparencyLog] that receives the head of
            every complaint written, after the write commits.

    Raises:
        ArgumentError: an argument of the wrong type or out of range.
        OptionalDependencyError: the ``sql`` extra is not installed.
        StorageError: the file cannot be opened (``"unavailable"``), is not a database
            (``"corrupt"``), holds the earlier document schema or a schema of a newer release
            (``"failed"``), or is locked while the tables are created (``"locked"``).
    """

    def __init__(
        self,
        path: str | PathLike[str] = _MEMORY,
        *,
        busy_timeout: float = 5.0,
        read_only: bool = False,
        max_size_bytes: int | None = None,
        log: TransparencyLog | None = None,
    ) -> None:
        target = require_path(path)
        timeout = _require_timeout(busy_timeout)
        if type(read_only) is not bool:
            raise ArgumentError(
                argument="read_only", rule="must be True or False", given=type_name(read_only)
            )
        if read_only and target == _MEMORY:
            raise ArgumentError(argument="read_only", rule=N_("needs a database file"))
        size = _require_size(max_size_bytes)
        if importlib.util.find_spec("sqlalchemy") is None:
            raise OptionalDependencyError(feature="SqliteStore", package="sqlalchemy", extra="sql")
        warnings.warn(
            "SqliteStore is deprecated: use pengaduan.store.Repository('sqlite:///PATH')",
            DeprecationWarning,
            stacklevel=2,
        )
        if target != _MEMORY:
            failure = legacy_schema_error(target)
            if failure is not None:
                raise failure
        from sqlalchemy import event  # noqa: PLC0415 - the sql extra is checked above

        from pengaduan.store._repository import Repository  # noqa: PLC0415 - loads SQLAlchemy

        self._memory = target == _MEMORY
        # One in-memory connection serves every thread: calls take turns, as they did before.
        self._lock: contextlib.AbstractContextManager[Any] = (
            threading.RLock() if self._memory else contextlib.nullcontext()
        )
        self._closed = False
        self._repo: Repository = Repository(
            _url(target, read_only=read_only), migrate=not read_only, log=log
        )
        apply = _pragmas(timeout, size)
        event.listen(self._repo.engine, "connect", lambda conn, _record: apply(conn))
        if self._memory:
            with self._repo.engine.connect() as conn:  # the one connection there is
                apply(conn.connection.dbapi_connection)
        else:
            self._repo.engine.dispose()  # later connections are opened with the pragmas

    @property
    def repository(self) -> Repository:
        """The [`Repository`][pengaduan.store.Repository] every call is delegated to."""
        return self._repo

    def __repr__(self) -> str:
        if self._closed:
            return "SqliteStore(closed)"
        try:
            return f"SqliteStore(complaints={self.count()})"
        except StorageError:
            return "SqliteStore(unavailable)"

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (again is harmless); later calls raise ``StorageError``."""
        with self._lock:
            self._closed = True
            self._repo.close()

    def _call(self, work: Callable[[], _T]) -> _T:
        with self._lock:
            if self._closed:
                raise StorageError(reason="unavailable", detail=_CLOSED)
            return work()

    # -- writing --------------------------------------------------------------------------------

    def add(self, complaint: Complaint) -> None:
        """Store a new complaint ([`Repository.add()`][pengaduan.store.Repository.add]).

        Raises:
            ArgumentError: not a complaint, or a tracking id the store cannot look up.
            SerializationError: the complaint would not load back.
            IntegrityError: its history does not verify.
            ConflictError: a complaint with this tracking id is already stored.
            StorageError: the database is locked, read-only, full, closed or gone.
        """
        self._call(lambda: self._repo.add(complaint))

    def save(self, complaint: Complaint, *, expected_version: int) -> None:
        """Store the events a complaint gained since ``expected_version`` (the repository's
        [`append()`][pengaduan.store.Repository.append]).

        Raises:
            ArgumentError: not a complaint, or ``expected_version`` is not a positive integer.
            NotFoundError: no complaint with this tracking id is stored (use
                [`add()`][pengaduan.store.SqliteStore.add]).
            ConflictError: the stored version is not ``expected_version`` (someone wrote
                since): reload and decide again.
            IntegrityError: the history does not extend the stored one.
            SerializationError: a new event would not load back.
            StorageError: the database is locked, read-only, full, closed or gone.
        """
        self._call(lambda: self._repo.append(complaint, expected_version=expected_version))

    def receive(
        self,
        workflow: Workflow,
        submission: Submission,
        *,
        tracking_id: str,
        at: datetime,
        actor: Actor,
        idempotency_key: str | None = None,
    ) -> Complaint:
        """Receive a submission and store it, at most once per idempotency key (see
        [`Repository.receive()`][pengaduan.store.Repository.receive]).

        Raises:
            ArgumentError: an argument of the wrong type, or a submission the workflow refuses.
            ClockSkewError: ``at`` is more than five minutes ahead of the system clock (see
                [`Repository.receive()`][pengaduan.store.Repository.receive]).
            NaiveDatetimeError: ``at`` has no time zone.
            IdempotencyError: the key was used before with another submission or actor.
            ConflictError: another complaint is stored under ``tracking_id``.
            GuardError: the actor's role may not submit complaints.
            StorageError: the database is locked, read-only, full, closed or gone.
        """
        return self._call(
            lambda: self._repo.receive(
                workflow,
                submission,
                tracking_id=tracking_id,
                at=at,
                actor=actor,
                idempotency_key=idempotency_key,
            )
        )

    # -- reading --------------------------------------------------------------------------------

    def get(self, tracking_id: str) -> Complaint:
        """Load a complaint, its history verified up to the stored head.

        Raises:
            ArgumentError: not a printable id.
            NotFoundError: no such complaint (a ``LookupError``).
            IntegrityError, SerializationError: the stored rows do not form the history.
            StorageError: the database is locked, corrupt, closed or gone.
        """
        return self._call(lambda: self._repo.get(tracking_id))

    def find_by_key(self, idempotency_key: str) -> Complaint | None:
        """The complaint received under an idempotency key, or ``None`` if the key is unknown.

        Raises:
            ArgumentError: the key is not a printable str of 1 to 128 characters (not only
                whitespace).
            IntegrityError, SerializationError, StorageError: as for
                [`get()`][pengaduan.store.SqliteStore.get].
        """
        return self._call(lambda: self._repo.find_by_key(idempotency_key))

    def __iter__(self) -> Iterator[Complaint]:
        """Every stored complaint, verified, in tracking-id order (streamed, not all in memory).

        Raises:
            IntegrityError, SerializationError, StorageError: as for
                [`get()`][pengaduan.store.SqliteStore.get], when the complaint concerned is
                reached.
        """
        from pengaduan.store import _core  # noqa: PLC0415 - loads SQLAlchemy

        def read(work: Callable[[Connection], list[str]]) -> list[str]:
            return self._call(lambda: self._repo._read(work))

        for tracking_id in _core.each_id(read, _PAGE):
            yield self.get(tracking_id)

    def with_status(self, *statuses: str) -> list[str]:
        """Tracking ids of the complaints currently in one of ``statuses``, sorted.

        Raises:
            ArgumentError: a status is not a printable id.
            StorageError: the database is locked, corrupt, closed or gone.
        """
        from pengaduan.store._query import require_id  # noqa: PLC0415 - loads SQLAlchemy

        wanted = sorted({require_id(s, f"statuses[{i}]") for i, s in enumerate(statuses)})
        found: list[str] = []
        for start in range(0, len(wanted), _PAGE):
            chunk = wanted[start : start + _PAGE]
            found.extend(
                self._call(
                    lambda: self._repo._read(
                        lambda conn: _with_status(conn, chunk)  # noqa: B023 - run at once
                    )
                )
            )
        return sorted(found)

    def count(self) -> int:
        """How many complaints are stored.

        Raises:
            StorageError: the database is locked, corrupt, closed or gone.
        """
        return self._call(self._repo.count)


def _with_status(conn: Connection, statuses: list[str]) -> list[str]:
    from sqlalchemy import select  # noqa: PLC0415 - loaded with the repository

    from pengaduan.store._schema import complaints  # noqa: PLC0415 - loads SQLAlchemy

    query = select(complaints.c.tracking_id).where(complaints.c.status.in_(statuses))
    return [str(tid) for tid in conn.execute(query).scalars()]
