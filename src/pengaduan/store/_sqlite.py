"""A reference complaint store on SQLite: histories that cannot be poisoned or rolled back.

Small apps and tests can use [`SqliteStore`][pengaduan.store.SqliteStore] as it is; larger ones copy
its rules into their
own database layer:

1. store the whole document ([`to_json()`][pengaduan.serialization.to_json]) with its ``version``
and
   ``head`` digest, plus whatever columns you query by (status, received time), and store only
   what loads back: the document is read back before it is written;
2. write in one transaction that first reads the stored version and head: a save must *extend*
   the stored history (same tracking id, more events, and its event N is the stored head), so two
   writers can never both append, and nobody can replace a history by an older or another one;
3. read back with the stored head and check the row's tracking id and version against the
   document, so a history cut short, or a document copied onto another row, is caught;
4. remember idempotency keys of incoming messages with a fingerprint of what they carried, so a
   retried webhook returns the stored complaint and a reused key with other content is refused.

Only the standard library's ``sqlite3`` is used. A database file is opened in WAL mode
(readers never wait for the writer; a write is durable once the call returns:
``synchronous=FULL``) with a busy timeout, so several processes can share it. One store may be
shared by the threads of a web server: its connection is used under a lock.

Every error is a [`PengaduanError`][pengaduan.errors.PengaduanError]: ``sqlite3`` errors become a
[`StorageError`][pengaduan.errors.StorageError] whose ``reason`` says what happened (``"locked"``,
``"read-only"``, ``"full"``, ``"unavailable"``, ``"corrupt"``, ``"failed"``), never chained to the
driver's exception, and an operation that fails has no effect.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    IdempotencyError,
    IntegrityError,
    NaiveDatetimeError,
    NotFoundError,
    PengaduanError,
    SerializationError,
    StorageError,
    type_name,
)
from pengaduan.model import Actor, Complaint, Submission
from pengaduan.serialization import from_json, to_json
from pengaduan.store._keys import fingerprint

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from os import PathLike
    from types import TracebackType

    from pengaduan.integrity import TransparencyLog
    from pengaduan.workflow import Workflow

__all__ = ["SqliteStore"]

_T = TypeVar("_T")

SCHEMA_VERSION = 1
"""The store's table layout (``PRAGMA user_version``)."""

_SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS complaints (
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
    CREATE TABLE IF NOT EXISTS idempotency_keys (
        key         TEXT PRIMARY KEY,
        tracking_id TEXT NOT NULL,
        submission  TEXT NOT NULL,
        actor       TEXT NOT NULL
    )
    """,
)
_TABLES = frozenset({"complaints", "idempotency_keys"})

_MAX_ID = 128
"""The longest tracking id or idempotency key the store takes."""
_MAX_VERSION = 2**31 - 1
_MAX_BUSY_TIMEOUT = 3600.0
_MIN_SIZE = 64 * 1024
_MAX_SIZE = 2**47
_PAGE = 500
"""Rows read at a time when iterating, so other threads are not blocked meanwhile."""
_RECEIVE = "terima"

_REASONS = {
    "SQLITE_BUSY": "locked",
    "SQLITE_LOCKED": "locked",
    "SQLITE_READONLY": "read-only",
    "SQLITE_PERM": "read-only",
    "SQLITE_FULL": "full",
    "SQLITE_CANTOPEN": "unavailable",
    "SQLITE_IOERR": "unavailable",
    "SQLITE_IOERR_SHORT_READ": "corrupt",  # a file shorter than its own header says
    "SQLITE_NOTADB": "corrupt",
    "SQLITE_CORRUPT": "corrupt",
}
_DETAILS = {
    "locked": "another connection holds the database; waited for the busy timeout ({timeout} s)",
    "read-only": "the database cannot be written (opened read-only, or a read-only file)",
    "full": "the database reached its size limit or the disk is full",
    "unavailable": "the database file cannot be opened or read (a missing directory, a "
    "directory, no permission, an I/O error)",
    "corrupt": "the file is not a healthy SQLite database",
    "failed": "the database refused the operation",
}


def _storage_error(exc: BaseException, timeout: float) -> StorageError:
    """A typed error for a driver error; only the SQLite error name is kept, never its text."""
    if isinstance(exc, sqlite3.ProgrammingError):
        return StorageError(reason="unavailable", detail="the store is closed")
    name = getattr(exc, "sqlite_errorname", None) or ""
    family = "_".join(name.split("_")[:2])
    reason = _REASONS.get(name) or _REASONS.get(family, "failed")
    detail = _DETAILS[reason].format(timeout=f"{timeout:g}")
    if name:
        detail += f" [{name}]"
    elif not isinstance(exc, sqlite3.Error):
        detail += f" [{type_name(exc)}]"
    return StorageError(reason=reason, detail=detail)


def _is_id(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= _MAX_ID
        and value.isprintable()  # no controls, separators or lone surrogates
        and " " not in value
    )


def _require_id(value: object, argument: str) -> str:
    if not _is_id(value):
        given = f"str of length {len(value)}" if isinstance(value, str) else type_name(value)
        raise ArgumentError(
            argument=argument,
            rule=f"must be a printable id of 1 to {_MAX_ID} characters without whitespace",
            given=given,
        )
    assert isinstance(value, str)  # noqa: S101 - checked by _is_id
    return str.__str__(value)  # an exact str: a subclass may override comparison


def _require_complaint(value: object) -> Complaint:
    if not isinstance(value, Complaint):
        raise ArgumentError(
            argument="complaint", rule="must be a Complaint", given=type_name(value)
        )
    return value


@attrs.frozen(kw_only=True)
class _Row:
    """What is written for one complaint (the document was read back before)."""

    tracking_id: str
    version: int
    head: str
    status: str
    received_at: str
    updated_at: str
    document: str


def _row(complaint: Complaint) -> _Row:
    """The row of a complaint, after checking that its document loads back as the same.

    Raises:
        ArgumentError: not a complaint, or a tracking id the store cannot look up.
        SerializationError: the complaint cannot be written, or does not load back the same.
        IntegrityError: its history does not verify.
    """
    _require_complaint(complaint)
    tracking_id = complaint.tracking_id
    if not _is_id(tracking_id):
        _require_id(tracking_id, "complaint.tracking_id")
    document = to_json(complaint)
    loaded = from_json(document)
    same = False
    with contextlib.suppress(Exception):  # the verdict follows
        same = loaded == complaint
    if not same:
        raise SerializationError(
            path="document", reason="the complaint does not load back as the same complaint"
        )
    return _Row(
        tracking_id=loaded.tracking_id,
        version=loaded.version,
        head=loaded.head,
        status=loaded.status,
        received_at=loaded.received_at.isoformat(),
        updated_at=loaded.updated_at.isoformat(),
        document=document,
    )


def _require_extension(complaint: Complaint, version: int, head: str) -> None:
    """Raise unless ``complaint``'s history extends a stored one of ``version`` events."""
    cid = complaint.tracking_id
    if complaint.version <= version:
        raise IntegrityError(
            complaint_id=cid,
            sequence=complaint.version + 1 if complaint.version < version else version,
            reason=f"the history to save has {complaint.version} events and does not extend the "
            f"stored one of {version}; a store never goes back or sideways",
        )
    if complaint.history[version - 1].digest != head:
        raise IntegrityError(
            complaint_id=cid,
            sequence=version,
            reason="the history to save is another history: its event "
            f"{version} is not the stored head",
        )


def _load_row(tracking_id: str, version: object, head: object, document: object) -> Complaint:
    """The complaint of a stored row, checked against the row's own columns."""
    if not isinstance(document, str | bytes) or type(head) is not str:
        raise IntegrityError(
            complaint_id=tracking_id, sequence=0, reason="the stored row is not a document"
        )
    complaint = from_json(document, head=head)
    if complaint.tracking_id != tracking_id:
        raise IntegrityError(
            complaint_id=tracking_id,
            sequence=0,
            reason="the stored document belongs to another tracking id",
        )
    if complaint.version != version:
        raise IntegrityError(
            complaint_id=tracking_id,
            sequence=complaint.version,
            reason="the stored version does not match the stored document",
        )
    return complaint


def _require_aware(value: object) -> datetime:
    if not isinstance(value, datetime):
        raise ArgumentError(argument="at", rule="must be a datetime", given=type_name(value))
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError("at")
    return value


class SqliteStore:
    """Complaints in SQLite, written only as extensions of what is stored.

    Args:
        path: a database file (created if missing; its directory must exist), or
            ``":memory:"`` for a private in-memory database.
        busy_timeout: seconds to wait for another connection's write lock before giving up
            with ``StorageError(reason="locked")`` (0 to 3600; default 5).
        read_only: open an existing file for reading only; writes raise
            ``StorageError(reason="read-only")``.
        max_size_bytes: refuse to grow the database beyond this size (``PRAGMA
            max_page_count``); a write that would raises ``StorageError(reason="full")``.
        log: a [`TransparencyLog`][pengaduan.integrity.TransparencyLog] that receives the head of
            every
            complaint written (after the write commits), so that signed checkpoints cover the
            store. Keep it (and the signing key) out of reach of the database's writers. A
            crash between the commit and the append leaves that version unlogged: reported as
            not covered by the next checkpoint, never as a forgery; the next write logs again.

    Raises:
        ArgumentError: an argument of the wrong type or out of range.
        StorageError: the file cannot be opened (``"unavailable"``), is not a database
            (``"corrupt"``), is locked while the tables are created (``"locked"``), or was
            written by a newer release (``"failed"``).

    Example:
        >>> store = SqliteStore(":memory:")
        >>> store.count()
        0
    """

    def __init__(
        self,
        path: str | PathLike[str] = ":memory:",
        *,
        busy_timeout: float = 5.0,
        read_only: bool = False,
        max_size_bytes: int | None = None,
        log: TransparencyLog | None = None,
    ) -> None:
        target = _require_path(path)
        if log is not None:
            from pengaduan.integrity import TransparencyLog  # noqa: PLC0415 - only when used

            if not isinstance(log, TransparencyLog):
                raise ArgumentError(
                    argument="log", rule="must be a TransparencyLog or None", given=type_name(log)
                )
        self._log = log
        self._busy_timeout = _require_timeout(busy_timeout)
        if type(read_only) is not bool:
            raise ArgumentError(
                argument="read_only", rule="must be True or False", given=type_name(read_only)
            )
        if read_only and target == ":memory:":
            raise ArgumentError(argument="read_only", rule="needs a database file")
        if max_size_bytes is not None and (
            type(max_size_bytes) is not int or not _MIN_SIZE <= max_size_bytes <= _MAX_SIZE
        ):
            raise ArgumentError(
                argument="max_size_bytes",
                rule=f"must be None or an integer from {_MIN_SIZE} to {_MAX_SIZE}",
                given=type_name(max_size_bytes),
            )
        self._lock = threading.RLock()
        self._closed = False
        failure: StorageError | None = None
        db: sqlite3.Connection | None = None
        try:
            if read_only:
                uri = Path(target).absolute().as_uri() + "?mode=ro"
                db = sqlite3.connect(
                    uri,
                    uri=True,
                    timeout=self._busy_timeout,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                db = sqlite3.connect(
                    target,
                    timeout=self._busy_timeout,
                    isolation_level=None,
                    check_same_thread=False,
                )
            _prepare(db, memory=target == ":memory:", read_only=read_only, limit=max_size_bytes)
        except sqlite3.Error as exc:
            failure = _storage_error(exc, self._busy_timeout)
        except StorageError as exc:
            failure = exc
        if failure is not None:
            if db is not None:
                db.close()
            raise failure
        assert db is not None  # noqa: S101 - connected above
        self._db = db

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
        """Close the connection (again is harmless); later calls raise ``StorageError``."""
        with self._lock:
            self._closed = True
            self._db.close()

    # -- writing --------------------------------------------------------------------------------

    def add(self, complaint: Complaint) -> None:
        """Store a new complaint.

        Args:
            complaint: the complaint; its document must load back as the same complaint.

        Raises:
            ArgumentError: not a complaint, or a tracking id longer than 128 characters.
            SerializationError: the complaint would not load back (a field of the wrong type,
                a lone surrogate).
            IntegrityError: its history does not verify.
            ConflictError: a complaint with this tracking id is already stored.
            StorageError: the database is locked, read-only, full or gone.
        """
        row = _row(complaint)

        def insert(db: sqlite3.Connection) -> None:
            _insert_new(db, row)

        self._transaction(insert)
        self._logged(complaint)

    def save(self, complaint: Complaint, *, expected_version: int) -> None:
        """Replace a stored complaint by an extension of it, if nobody wrote in between.

        The history saved must extend the stored one: the same tracking id, more events, and
        its event number ``expected_version`` is the stored head (so every stored event is in
        it, unchanged). A store therefore never goes back to an older history nor sideways to
        another one.

        Args:
            complaint: the complaint after the caller's action.
            expected_version: the version the caller read (``complaint.version`` before the
                action).

        Raises:
            ArgumentError: not a complaint, or ``expected_version`` is not a positive integer.
            NotFoundError: no complaint with this tracking id is stored (use
                [`add()`][pengaduan.store.SqliteStore.add]).
            ConflictError: the stored version is not ``expected_version`` (someone wrote
                since): reload and decide again.
            IntegrityError: the stored version is ``expected_version`` but the history does not
                extend the stored one (it is older, as long, or another history).
            SerializationError: the complaint would not load back.
            StorageError: the database is locked, read-only, full or gone.
        """
        _require_complaint(complaint)
        if type(expected_version) is not int or not 1 <= expected_version <= _MAX_VERSION:
            raise ArgumentError(
                argument="expected_version",
                rule=f"must be an integer from 1 to {_MAX_VERSION}",
                given=type_name(expected_version),
            )
        row = _row(complaint)

        def update(db: sqlite3.Connection) -> None:
            found = db.execute(
                "SELECT version, head FROM complaints WHERE tracking_id = ?", (row.tracking_id,)
            ).fetchone()
            if found is None:
                raise NotFoundError(what="complaint", key=row.tracking_id)
            version, head = found
            if version != expected_version:
                raise ConflictError(
                    complaint_id=row.tracking_id, expected=expected_version, actual=int(version)
                )
            _require_extension(complaint, int(version), str(head))
            db.execute(
                "UPDATE complaints SET version = ?, head = ?, status = ?, updated_at = ?, "
                "document = ? WHERE tracking_id = ? AND version = ?",
                (
                    row.version,
                    row.head,
                    row.status,
                    row.updated_at,
                    row.document,
                    row.tracking_id,
                    expected_version,
                ),
            )

        self._transaction(update)
        self._logged(complaint)

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
        """Receive a submission and store the new complaint, at most once per idempotency key.

        In one transaction: when ``idempotency_key`` was seen before with the same submission
        and actor (a retried webhook), the complaint stored then is returned and nothing is
        written; when it was seen with another submission or actor, the call is refused;
        otherwise the submission is received
        ([`pengaduan.workflow.Workflow.receive()`][pengaduan.workflow.Workflow.receive],
        which records the key in the first event), stored and returned. The tracking id and
        time of a retry do not matter: a gateway that makes a new id per attempt still gets
        the first complaint back.

        Args:
            workflow: the workflow that receives it.
            submission: what arrived.
            tracking_id: the id for a new complaint.
            at: when it arrived (aware).
            actor: who records it (the gateway).
            idempotency_key: the message's id at its source (a webhook delivery id), if any.

        Returns:
            The stored complaint: the new one, or the one stored under the key before.

        Raises:
            ArgumentError: an argument of the wrong type, or a submission the workflow does not
                take.
            NaiveDatetimeError: ``at`` has no time zone.
            IdempotencyError: the key was used before with another submission
                (``difference="data"``) or by another actor (``difference="actor"``).
            ConflictError: another complaint is stored under ``tracking_id``.
            GuardError: the actor's role may not submit complaints.
            SerializationError: the new complaint would not load back.
            StorageError: the database is locked, read-only, full or gone.
        """
        from pengaduan.workflow import Workflow  # noqa: PLC0415 - the store loads without it

        if not isinstance(workflow, Workflow):
            raise ArgumentError(
                argument="workflow", rule="must be a Workflow", given=type_name(workflow)
            )
        if not isinstance(submission, Submission):
            raise ArgumentError(
                argument="submission", rule="must be a Submission", given=type_name(submission)
            )
        tracking_id = _require_id(tracking_id, "tracking_id")
        when = _require_aware(at)
        if not isinstance(actor, Actor):
            raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
        key = None if idempotency_key is None else _require_id(idempotency_key, "idempotency_key")
        digest = fingerprint(submission)
        actor_text = f"{actor.role.value}:{actor.id}"

        def receive(db: sqlite3.Connection) -> Complaint:
            if key is not None:
                seen = db.execute(
                    "SELECT tracking_id, submission, actor FROM idempotency_keys WHERE key = ?",
                    (key,),
                ).fetchone()
                if seen is not None:
                    stored_id, stored_fingerprint, stored_actor = seen
                    difference = (
                        "data"
                        if stored_fingerprint != digest
                        else "actor"
                        if stored_actor != actor_text
                        else None
                    )
                    if difference is not None:
                        raise IdempotencyError(
                            complaint_id=str(stored_id),
                            sequence=1,
                            action=_RECEIVE,
                            recorded_action=_RECEIVE,
                            difference=difference,
                        )
                    return self._load(db, str(stored_id))
            complaint = _receive(
                workflow, submission, tracking_id=tracking_id, at=when, actor=actor, key=key
            )
            _insert_new(db, _row(complaint))
            if key is not None:
                db.execute(
                    "INSERT INTO idempotency_keys VALUES (?, ?, ?, ?)",
                    (key, complaint.tracking_id, digest, actor_text),
                )
            return complaint

        complaint = self._transaction(receive)
        self._logged(complaint)
        return complaint

    def _logged(self, complaint: Complaint) -> None:
        """Append the complaint's head to the transparency log, if the store has one."""
        if self._log is not None:
            self._log.append(complaint)

    # -- reading --------------------------------------------------------------------------------

    def get(self, tracking_id: str) -> Complaint:
        """Load a complaint, verifying its history up to the stored head.

        Args:
            tracking_id: the complaint's tracking id.

        Returns:
            The complaint.

        Raises:
            ArgumentError: ``tracking_id`` is not a printable id of at most 128 characters.
            NotFoundError: no complaint with that tracking id (a ``LookupError``).
            IntegrityError: the stored history does not verify, is cut short, or the row does
                not match its document.
            SerializationError: the stored document is malformed.
            StorageError: the database is locked, corrupt or gone.
        """
        tracking_id = _require_id(tracking_id, "tracking_id")

        def load(db: sqlite3.Connection) -> Complaint:
            return self._load(db, tracking_id)

        return self._read(load)

    def find_by_key(self, idempotency_key: str) -> Complaint | None:
        """The complaint received under an idempotency key, or ``None`` if the key is unknown.

        Raises:
            ArgumentError: the key is not a printable id of at most 128 characters.
            IntegrityError, SerializationError, StorageError: as for
                [`get()`][pengaduan.store.SqliteStore.get].
        """
        key = _require_id(idempotency_key, "idempotency_key")

        def find(db: sqlite3.Connection) -> Complaint | None:
            seen = db.execute(
                "SELECT tracking_id FROM idempotency_keys WHERE key = ?", (key,)
            ).fetchone()
            return None if seen is None else self._load(db, str(seen[0]))

        return self._read(find)

    def __iter__(self) -> Iterator[Complaint]:
        """Every stored complaint, verified, in tracking-id order (streamed, not all in memory).

        Raises:
            IntegrityError, SerializationError, StorageError: as for
                [`get()`][pengaduan.store.SqliteStore.get], when the
                complaint concerned is reached.
        """
        last = ""
        while True:  # in pages, so other threads are not blocked while the caller iterates
            rows = self._read(_page_after(last))
            if not rows:
                return
            for tracking_id, version, head, document in rows:
                yield _load_row(tracking_id, version, head, document)
                last = tracking_id

    def with_status(self, *statuses: str) -> list[str]:
        """Tracking ids of the complaints currently in one of ``statuses``, sorted.

        Raises:
            ArgumentError: a status is not a printable id.
            StorageError: the database is locked, corrupt or gone.
        """
        wanted = sorted({_require_id(s, f"statuses[{i}]") for i, s in enumerate(statuses)})
        found: list[str] = []
        for start in range(0, len(wanted), _PAGE):
            chunk = wanted[start : start + _PAGE]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT tracking_id FROM complaints WHERE status IN ({marks})"  # noqa: S608 - only placeholders are interpolated
            rows = self._read(_select(sql, chunk))
            found.extend(str(row[0]) for row in rows)
        return sorted(found)

    def count(self) -> int:
        """How many complaints are stored.

        Raises:
            StorageError: the database is locked, corrupt or gone.
        """
        (total,) = self._read(_select("SELECT COUNT(*) FROM complaints", ()))[0]
        return int(total)

    # -- internals ------------------------------------------------------------------------------

    def _load(self, db: sqlite3.Connection, tracking_id: str) -> Complaint:
        found = db.execute(
            "SELECT version, head, document FROM complaints WHERE tracking_id = ?", (tracking_id,)
        ).fetchone()
        if found is None:
            raise NotFoundError(what="complaint", key=tracking_id)
        version, head, document = found
        return _load_row(tracking_id, version, head, document)

    def _read(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run ``work`` under the lock; driver errors become typed errors, raised unchained."""
        failure: PengaduanError | None = None
        with self._lock:
            try:
                result = work(self._db)
            except PengaduanError as exc:
                failure = exc
            except (sqlite3.Error, ValueError, OverflowError, MemoryError) as exc:
                failure = _storage_error(exc, self._busy_timeout)
        if failure is not None:
            raise failure
        return result

    def _transaction(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run ``work`` in one write transaction: all of it, or (on any error) none of it."""
        failure: PengaduanError | None = None
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")  # the write lock first: no upgrade deadlock
                result = work(self._db)
                self._db.execute("COMMIT")
            except PengaduanError as exc:
                failure = exc
            except (sqlite3.Error, ValueError, OverflowError, MemoryError) as exc:
                failure = _storage_error(exc, self._busy_timeout)
            finally:
                if not self._closed and self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
        if failure is not None:
            raise failure
        return result


def _select(sql: str, params: Sequence[object]) -> Callable[[sqlite3.Connection], list[Any]]:
    def select(db: sqlite3.Connection) -> list[Any]:
        return db.execute(sql, params).fetchall()

    return select


def _page_after(last: str) -> Callable[[sqlite3.Connection], list[Any]]:
    return _select(
        "SELECT tracking_id, version, head, document FROM complaints "
        "WHERE tracking_id > ? ORDER BY tracking_id LIMIT ?",
        (last, _PAGE),
    )


def _insert_new(db: sqlite3.Connection, row: _Row) -> None:
    found = db.execute(
        "SELECT version FROM complaints WHERE tracking_id = ?", (row.tracking_id,)
    ).fetchone()
    if found is not None:
        raise ConflictError(complaint_id=row.tracking_id, expected=0, actual=int(found[0]))
    db.execute(
        "INSERT INTO complaints VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            row.tracking_id,
            row.version,
            row.head,
            row.status,
            row.received_at,
            row.updated_at,
            row.document,
        ),
    )


def _receive(
    workflow: Workflow,
    submission: Submission,
    *,
    tracking_id: str,
    at: datetime,
    actor: Actor,
    key: str | None,
) -> Complaint:
    """``workflow.receive``, with any untyped refusal turned into an ``ArgumentError``."""
    complaint: Complaint | None = None
    refusal = ""
    try:
        complaint = workflow.receive(
            submission, tracking_id=tracking_id, at=at, actor=actor, idempotency_key=key
        )
    except PengaduanError:
        raise
    except Exception as exc:  # the workflow's own check of a value
        refusal = type_name(exc)
    if complaint is None:
        raise ArgumentError(
            argument="submission", rule="must be accepted by the workflow", given=refusal
        )
    return complaint


def _require_path(path: object) -> str:
    value: object = path
    if isinstance(path, os.PathLike):
        with contextlib.suppress(Exception):  # the verdict follows
            value = os.fspath(path)
    if not isinstance(value, str) or not value or "\x00" in value or not _text_ok(value):
        raise ArgumentError(
            argument="path",
            rule="must be a file path (str or os.PathLike of str) or ':memory:'",
            given=type_name(path),
        )
    return value


def _text_ok(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _require_timeout(value: object) -> float:
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not 0 <= value <= _MAX_BUSY_TIMEOUT  # also refuses NaN, infinities and huge ints
    ):
        raise ArgumentError(
            argument="busy_timeout",
            rule=f"must be a number of seconds from 0 to {_MAX_BUSY_TIMEOUT:g}",
            given=type_name(value),
        )
    return float(value)


def _prepare(db: sqlite3.Connection, *, memory: bool, read_only: bool, limit: int | None) -> None:
    """Set the connection up and create (or check) the tables.

    Raises:
        sqlite3.Error: from the driver (the caller types it).
        StorageError: the file holds no store, or one written by a newer release.
    """
    if not memory and not read_only:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    if limit is not None:
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        db.execute(f"PRAGMA max_page_count = {max(1, limit // int(page_size))}")
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if int(version) > SCHEMA_VERSION:
        raise StorageError(
            reason="failed", detail=f"the database was written by a newer release ({version})"
        )
    if read_only:
        tables = {
            str(row[0]) for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables >= _TABLES:
            raise StorageError(reason="unavailable", detail="the database holds no complaint store")
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA:
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")
