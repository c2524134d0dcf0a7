"""The SQL repository: complaints as event rows plus a projection, sync and async.

See [`pengaduan.store`][pengaduan.store] for the guarantees; this module holds the two front ends
([`Repository`][pengaduan.store.Repository], [`AsyncRepository`][pengaduan.store.AsyncRepository]),
their transactions, and the URL handling. What each operation does is written once, as steps, in
``_operations``; a front end's method only hands those steps to its driver.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from sqlalchemy import create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    OptionalDependencyError,
    PengaduanError,
    StorageError,
    type_name,
)
from pengaduan.store import (
    _catch_up,
    _core,
    _driver_errors,
    _keycheck,
    _migrate,
    _operations,
    _refresh,
    _serial,
    _steps,
)
from pengaduan.store._catch_up import LogCatchUpReport
from pengaduan.store._clock_skew import DEFAULT_CLOCK_SKEW
from pengaduan.store._core import Settings
from pengaduan.store._driver_errors import Race
from pengaduan.store._import import ImportReport
from pengaduan.store._outbox import AsyncOutbox, Outbox
from pengaduan.store._pseudonym_key import KeyRotationReport
from pengaduan.store._quiet_logs import ENGINE_OPTIONS, quiet_aiosqlite, quiet_engine_rows
from pengaduan.store._refresh import RefreshReport
from pengaduan.store._refusal import Refusal
from pengaduan.store._url_query import sqlite_url

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
    from datetime import datetime, timedelta

    from sqlalchemy.engine import URL, Connection, Engine
    from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

    from pengaduan.audit import ColumnMapping
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.integrity import TransparencyLog
    from pengaduan.messages import Messenger
    from pengaduan.model import Actor, Complaint, Submission
    from pengaduan.sla import SlaPolicy
    from pengaduan.store._query import Page, Query
    from pengaduan.workflow import Workflow

__all__ = [
    "AsyncRepository",
    "AsyncTransaction",
    "ImportReport",
    "KeyRotationReport",
    "LogCatchUpReport",
    "RefreshReport",
    "Repository",
    "Transaction",
]

_T = TypeVar("_T")
_ITER_CHUNK = 500


# -- configuration ----------------------------------------------------------------------------


def _url(url: object, *, asynchronous: bool) -> URL:
    """The SQLAlchemy URL with the driver this package uses for its database."""
    parsed: URL | None = None
    if isinstance(url, str) and str.isprintable(url):
        with contextlib.suppress(Exception):
            parsed = make_url(url)
    if parsed is None:
        raise ArgumentError(
            argument="url",
            rule=N_(
                "must be a database URL such as sqlite:///pengaduan.db or "
                "postgresql+psycopg://user@host/db"
            ),
            given=type_name(url),
        )
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return sqlite_url(parsed).set(
            drivername="sqlite+aiosqlite" if asynchronous else "sqlite+pysqlite"
        )
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    raise ArgumentError(
        argument="url", rule=N_("must name a sqlite or postgresql database"), given=backend
    )


def _settings(
    policy: object,
    calendar: object,
    pseudonym_key: object,
    log: object = None,
    messenger: object = None,
) -> Settings:
    if (policy is None) != (calendar is None):
        raise ArgumentError(
            argument="policy, calendar", rule=N_("are given together or not at all")
        )
    if policy is not None:
        from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - only when used
        from pengaduan.sla import SlaPolicy  # noqa: PLC0415 - only when used

        if not isinstance(policy, SlaPolicy):
            raise ArgumentError(
                argument="policy", rule="must be an SlaPolicy", given=type_name(policy)
            )
        if not isinstance(calendar, WorkingCalendar):
            raise ArgumentError(
                argument="calendar", rule="must be a WorkingCalendar", given=type_name(calendar)
            )
    if pseudonym_key is not None and (
        not isinstance(pseudonym_key, bytes) or not 16 <= len(pseudonym_key) <= 1024
    ):
        raise ArgumentError(
            argument="pseudonym_key",
            rule=N_("must be None or 16 to 1024 secret bytes"),
            given=type_name(pseudonym_key),
        )
    if log is not None:
        from pengaduan.integrity import TransparencyLog  # noqa: PLC0415 - only when used

        if not isinstance(log, TransparencyLog):
            raise ArgumentError(
                argument="log", rule=N_("must be None or a TransparencyLog"), given=type_name(log)
            )
    _check_messenger(messenger)
    return Settings(
        policy=policy,
        calendar=calendar,  # type: ignore[arg-type]
        pseudonym_key=pseudonym_key,
        log=log,
        messenger=messenger,
    )


def _check_messenger(messenger: object) -> None:
    if messenger is not None:
        from pengaduan.messages import Messenger  # noqa: PLC0415 - only when used

        if not isinstance(messenger, Messenger):
            raise ArgumentError(
                argument="messenger", rule="must be a Messenger or None", given=type_name(messenger)
            )


def _engine_options(url: URL) -> dict[str, Any]:
    # Statement parameters and rows (records, pseudonyms) never reach a log line or an error.
    quiet_engine_rows()
    options = dict(ENGINE_OPTIONS)
    if url.get_backend_name() != "sqlite":
        # A connection lost with the server invalidates the whole pool: no ping before each use.
        return options
    if url.database in (None, "", ":memory:"):
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    return options


def _sqlite_pragmas(engine: Any) -> None:
    """WAL (readers never wait for the writer), durable commits, foreign keys, a busy wait."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 5000",
            "PRAGMA synchronous = FULL",
        ):
            cursor.execute(pragma)
        with contextlib.suppress(Exception):  # an in-memory or read-only database keeps its mode
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()


_DRIVERS = {"postgresql": "psycopg", "sqlite+aiosqlite": "aiosqlite"}


def _driver_missing(target: URL) -> OptionalDependencyError:
    package = _DRIVERS.get(target.drivername) or _DRIVERS.get(target.get_backend_name(), "")
    return OptionalDependencyError(
        feature=Phrase(N_("the {backend} repository"), backend=target.get_backend_name()),
        package=package or "sqlalchemy",
        extra="sql",
    )


def _bad_query() -> ArgumentError:
    return ArgumentError(
        argument="url",
        rule=N_("must carry query arguments the database driver can read"),
        given=N_("another query argument or value"),
    )


def _sync_engine(target: URL) -> Engine:
    failure: OptionalDependencyError | ArgumentError | None = None
    try:
        engine: Engine = _guarded(lambda: create_engine(target, **_engine_options(target)))
    except ImportError:  # the database's driver is not installed
        failure = _driver_missing(target)
    except PengaduanError:
        raise
    except (ValueError, TypeError):  # a query argument the dialect cannot convert
        failure = _bad_query()
    if failure is not None:
        raise failure
    if target.get_backend_name() == "sqlite":
        _sqlite_pragmas(engine)
    return engine


def engine_for(url: str) -> Engine:
    """A sync engine for ``url``, set up as the repository sets up its own (for the CLI).

    Raises:
        ArgumentError: not a sqlite or postgresql URL.
    """
    return _sync_engine(_url(url, asynchronous=False))


def _migrate_connection(conn: Connection, migrate: bool) -> None:  # noqa: FBT001 - internal
    revision = _migrate.current(conn)
    if revision == _migrate.HEAD:
        return
    from pengaduan.store import _legacy_schema  # noqa: PLC0415 - only when a schema is missing

    if revision is None and _legacy_schema.holds_legacy_schema(conn):
        raise _legacy_schema.legacy_error()
    if revision is not None and revision > _migrate.HEAD:
        raise StorageError(reason="failed", detail="the database was migrated by a newer release")
    if not migrate:
        raise StorageError(
            reason="failed",
            detail="the database schema is not current: run `pengaduan db upgrade URL`",
        )
    _migrate.upgrade(conn)


def _opened(migrate: bool, key: bytes | None) -> _steps.Steps[bool]:  # noqa: FBT001
    """Migrate (or refuse an outdated schema), then, in a transaction of its own (SQLite runs
    DDL outside the transaction, so a refused key must not take the migration back with it),
    check the pseudonym key against the one the database records; whether it records one."""
    yield from _steps.write(lambda conn: _migrate_connection(conn, migrate))
    check = _steps.read if key is None else _steps.write  # without a key: one read, no write
    recorded: bool = yield from check(lambda conn: _keycheck.check_key(conn, key))
    return recorded


def _opening(  # noqa: PLR0917 - the arguments both front ends open with, in their order
    url: object,
    policy: object,
    calendar: object,
    pseudonym_key: object,
    migrate: object,
    messenger: object,
    log: object,
    *,
    asynchronous: bool,
) -> tuple[URL, Settings]:
    """The URL and settings of a repository, after checking every argument but the engine's."""
    target = _url(url, asynchronous=asynchronous)
    if type(migrate) is not bool:
        raise ArgumentError(
            argument="migrate", rule="must be True or False", given=type_name(migrate)
        )
    return target, _settings(policy, calendar, pseudonym_key, log, messenger)


def _guarded(work: Callable[[], _T]) -> _T:
    """Run ``work``: driver errors become typed errors (a lost insert race: ``Race``)."""
    failure: BaseException | None = None
    try:
        return work()
    except PengaduanError:
        raise
    except (sa_exc.SQLAlchemyError, OSError) as exc:
        failure = _driver_errors.failure(exc)
    raise failure


def _transaction_failure(exc: Exception) -> Exception:
    """What an error that ends a transaction across complaints becomes: a typed error raised
    inside it stays as it is (a `StorageError` is an ``OSError`` too, and its reason is the one
    to keep), a race is a conflict, a driver's error a `StorageError`."""
    if isinstance(exc, PengaduanError):
        return exc
    if isinstance(exc, Race):
        return ConflictError(complaint_id="(transaction)", expected=0, actual=1)
    return _driver_errors.storage_error(exc)


# -- sync -------------------------------------------------------------------------------------


class Transaction:
    """Several operations in one database transaction (from
    [`Repository.transaction()`][pengaduan.store.Repository.transaction]).

    Everything done through it is committed together when the ``with`` block ends, or not at
    all if the block raises. An operation refused after some of its rows were written (a
    [`PseudonymKeyError`][pengaduan.store.PseudonymKeyError] from the key check, a
    ``StorageError``, any error raised after one of its statements changed a row) ends the
    transaction: it is raised again by every later operation and when the block ends, and
    nothing is committed, even if the block caught it. An operation refused before it wrote
    anything (a bad argument, a ``ConflictError``, a message the repository's messenger cannot
    write) leaves the transaction usable.
    """

    def __init__(self, conn: Connection, settings: Settings) -> None:
        from sqlalchemy.engine import Connection  # noqa: PLC0415 - the name is typing-only above

        _check_opened(conn, Connection, settings)
        self._conn = conn
        self._settings = settings
        self._refusal = Refusal()
        self._refusal.watch(conn)
        self.written: list[Complaint] = []

    @property
    def connection(self) -> Connection:
        """The transaction's SQLAlchemy connection, for the app's own rows (an outbox table)."""
        return self._conn

    def _execute(self, step: _steps.Step) -> Any:
        """Run one step on the transaction's connection."""
        return _guarded(lambda: step.work(self._conn))

    def _run(self, steps: _steps.Steps[_T]) -> _T:
        """Carry out an operation, unless the transaction was refused (see ``_refusal``)."""
        self._refusal.check()
        before = self._refusal.changes
        try:
            return _steps.run(steps, self._execute)
        except Exception as exc:
            self._refusal.note(exc, changed=self._refusal.changes != before)
            raise

    def add(self, complaint: Complaint) -> None:
        """Store a new complaint (see [`Repository.add()`][pengaduan.store.Repository.add])."""
        steps = _operations.add_in_transaction(self._settings, complaint)
        self.written.append(self._run(steps))

    def append(self, complaint: Complaint, *, expected_version: int) -> None:
        """Store the new events of a complaint (see
        [`Repository.append()`][pengaduan.store.Repository.append])."""
        steps = _operations.append_in_transaction(self._settings, complaint, expected_version)
        self.written.append(self._run(steps))

    def get(self, tracking_id: str) -> Complaint:
        """Load a complaint (see [`Repository.get()`][pengaduan.store.Repository.get])."""
        return self._run(_operations.get(tracking_id))


class Repository:
    """Complaints in PostgreSQL or SQLite: events as rows, the current state as a projection.

    Args:
        url: ``sqlite:///pengaduan.db`` (a file; ``sqlite://`` for memory: one connection, so
            calls from several threads take turns) or
            ``postgresql+psycopg://user:password@host/database``.
        policy: SLA clock rules; with ``calendar``, every write stores the complaint's next
            deadline of a person or unit (read by the ``overdue`` and ``due_within_days``
            queries) and its next timer end (``timer_due``); a due time beyond the calendar's
            data is left out and flagged (``deadline_unknown``), never refused.
        calendar: the working calendar for ``policy`` and ``due_within_days``.
        pseudonym_key: secret bytes (16 to 1024) for the keyed pseudonym of each reporter, so
            ``Query(reporter=...)`` finds "my complaints" without storing identities in a
            queryable column. The database records the key's fingerprint the first time it is
            opened with one; another key is then refused (a
            [`PseudonymKeyError`][pengaduan.store.PseudonymKeyError]). Without a key, a
            repository on such a database (or one holding pseudonyms) reads and appends but
            stores no new complaint with a reporter.
        migrate: bring the schema up to date when opened (default); with ``False`` an
            outdated schema is a ``StorageError`` (run ``pengaduan db upgrade URL``).
        messenger: a [`Messenger`][pengaduan.messages.Messenger]: every ``add``, ``append``,
            ``update`` and ``receive`` then writes the messages its new events cause to the
            [`outbox`][pengaduan.store.Repository.outbox], in the same transaction (bulk imports
            write none).
        log: a [`TransparencyLog`][pengaduan.integrity.TransparencyLog] that receives the head of
            every
            complaint written (after its transaction commits), so that signed checkpoints
            cover the repository. Keep it (and the signing key) out of reach of the
            database's writers. A crash between the commit and the append leaves that version
            unlogged: reported as not covered by the next checkpoint, never as a forgery;
            [`catch_up_log()`][pengaduan.store.Repository.catch_up_log] finds and appends such
            heads. A log that fails after the commit raises
            [`UnloggedWriteError`][pengaduan.errors.UnloggedWriteError]: the write is
            stored, and ``log.append(repo.get(tracking_id))`` catches the log up.

    Raises:
        ArgumentError: an argument of the wrong type, or a URL that names neither database.
        OptionalDependencyError: the ``sql`` extra is not installed.
        StorageError: the database cannot be reached or migrated.
        PseudonymKeyError: ``pseudonym_key`` is not the key the database's rows were written
            with, a first key reproduces none of the stored pseudonyms, or a key rotation is in
            progress.

    Example:
        >>> repo = Repository("sqlite://")
        >>> repo.count()
        0
    """

    def __init__(
        self,
        url: str,
        *,
        policy: SlaPolicy | None = None,
        calendar: WorkingCalendar | None = None,
        pseudonym_key: bytes | None = None,
        migrate: bool = True,
        messenger: Messenger | None = None,
        log: TransparencyLog | None = None,
    ) -> None:
        target, self._settings = _opening(
            url, policy, calendar, pseudonym_key, migrate, messenger, log, asynchronous=False
        )
        self._engine = _sync_engine(target)
        # In memory, every thread shares one connection: its transactions take turns.
        self._serial = _serial.thread_lock(self._engine.pool)
        key = self._settings.pseudonym_key
        try:
            recorded = self._run(_opened(migrate, key))
        except BaseException:  # a typed error, or an interrupt: no connection is left open
            with contextlib.suppress(Exception):
                self._engine.dispose()
            raise
        self._settings = attrs.evolve(self._settings, key_required=recorded)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for the app's own tables and queries)."""
        return self._engine

    @property
    def outbox(self) -> Outbox:
        """The messages to send (see [`Outbox`][pengaduan.store.Outbox])."""
        return Outbox(self)

    def __repr__(self) -> str:
        return f"Repository(dialect={self._engine.dialect.name!r})"

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def _execute(self, step: _steps.Step) -> Any:
        """Run one step: in a transaction of its own, or without one (autocommit)."""

        def run() -> Any:
            if _steps.autocommit(step, self._engine.dialect.name):
                with self._engine.connect() as conn:
                    conn.execution_options(isolation_level="AUTOCOMMIT")
                    return step.work(conn)
            with self._engine.begin() as conn:
                return step.work(conn)

        with self._serial:
            return _guarded(run)

    def _run(self, steps: _steps.Steps[_T]) -> _T:
        """Carry out an operation written as steps (``_operations``, the outbox's)."""
        return _steps.run(steps, self._execute)

    def _write(self, work: Callable[[Connection], _T]) -> _T:
        return self._run(_steps.write(work))

    def _read(self, work: Callable[[Connection], _T]) -> _T:
        return self._run(_steps.read(work))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A transaction across complaints: all of its writes, or none.

        A write refused part way ends it (see [`Transaction`][pengaduan.store.Transaction]):
        the block then raises that error when it ends, and nothing is committed. After the
        commit, the heads go to the repository's ``log``; one that fails raises
        [`UnloggedWriteError`][pengaduan.errors.UnloggedWriteError], the transaction stored.

        Example:
            >>> repo = Repository("sqlite://")
            >>> with repo.transaction() as tx:
            ...     pass
        """
        failure: BaseException | None = None
        try:
            with self._serial, self._engine.begin() as conn:
                tx = Transaction(conn, self._settings)
                yield tx
                tx._refusal.check()  # a refused transaction is rolled back, not committed
        except (Race, sa_exc.SQLAlchemyError, OSError) as exc:
            failure = _transaction_failure(exc)
        if failure is not None:
            raise failure
        self._settings.logged(*tx.written)

    def add(self, complaint: Complaint) -> None:
        """Store a new complaint: its record, every event and the projection.

        The complaint is first checked to load back as itself: what is stored always loads.

        Raises:
            ArgumentError: not a complaint, or a tracking id the store cannot look up.
            ConflictError: a complaint with that tracking id is stored already.
            SerializationError, IntegrityError: the complaint does not load back, or its
                history does not verify.
            StorageError: the database is read-only, full, locked or gone.
            UnloggedWriteError: committed, but the repository's ``log`` did not take the
                head: do not write again (see the error).
        """
        self._run(_operations.add(self._settings, complaint))

    def append(self, complaint: Complaint, *, expected_version: int) -> None:
        """Store the events a complaint gained since ``expected_version``, in one transaction.

        Only the new events are checked (their chain from the stored head) and inserted, and
        the projection is updated by compare-and-set on its version: the cost does not grow
        with the history. A complaint with no new event (its version is ``expected_version``)
        is a no-op once its head is checked against the stored one.

        Raises:
            ArgumentError: not a complaint, or ``expected_version`` not a positive integer.
            NotFoundError: no complaint with that tracking id.
            ConflictError: the stored version is not ``expected_version`` (someone else wrote).
            IntegrityError: the history does not extend the stored one (shorter, or another
                event at the stored head), or a new event does not chain.
            SerializationError: a new event would not load back, or carries an idempotency
                key longer than 128 characters (recorded before keys were bounded).
            StorageError: the database is read-only, full, locked or gone.
            UnloggedWriteError: committed, but the repository's ``log`` did not take the
                head: do not write again (see the error).
        """
        self._run(_operations.append(self._settings, complaint, expected_version))

    def update(
        self, tracking_id: str, change: Callable[[Complaint], Complaint], *, attempts: int = 3
    ) -> Complaint:
        """Load, change and append, retrying on a conflict with another writer.

        Args:
            tracking_id: the complaint.
            change: builds the next complaint from the stored one (``workflow.apply``); one
                that returns it unchanged stores nothing.
            attempts: how many times to try before the ``ConflictError`` is raised.

        Returns:
            The stored complaint.

        Raises:
            UnloggedWriteError: the change is committed, but the repository's ``log`` did not
                take the head: do not call ``update`` again for it (see the error).
        """
        return self._run(_operations.update(self._settings, tracking_id, change, attempts))

    def receive(
        self,
        workflow: Workflow,
        submission: Submission,
        *,
        tracking_id: str,
        at: datetime,
        actor: Actor,
        idempotency_key: str | None = None,
        now: datetime | None = None,
        clock_skew: timedelta = DEFAULT_CLOCK_SKEW,
    ) -> Complaint:
        """Receive a submission and store it, at most once per idempotency key.

        A key seen before with the same submission and actor returns the stored complaint
        (whatever ``tracking_id`` and ``at`` are now); with another submission or actor it is
        an [`IdempotencyError`][pengaduan.errors.IdempotencyError]. Keys are unique in the database,
        so
        two concurrent deliveries of one message store one complaint.

        ``at`` is usually a gateway's time (``inbound.received_at``): one more than
        ``clock_skew`` (five minutes by default, at most a day) ahead of ``now`` (the system
        clock's when ``None``) is refused with a
        [`ClockSkewError`][pengaduan.store.ClockSkewError] before anything is read or written,
        since a complaint received in the future would block every action of the office until
        that time. ``now`` is used for nothing else.

        Raises:
            ArgumentError: an argument of the wrong type, a submission the workflow refuses, or
                an idempotency key that is not a printable str of 1 to 128 characters (not only
                whitespace).
            ClockSkewError: ``at`` is more than ``clock_skew`` ahead of ``now``.
            NaiveDatetimeError: ``at`` (or ``now``) has no time zone.
            IdempotencyError: the key was used before with another submission or actor.
            ConflictError: another complaint is stored under ``tracking_id``.
            GuardError: the actor's role may not submit complaints.
            StorageError: the database is read-only, full, locked or gone.
            UnloggedWriteError: committed, but the repository's ``log`` did not take the
                head: do not write again (see the error).
        """
        return self._run(
            _operations.receive(
                self._settings,
                workflow,
                submission,
                tracking_id,
                at,
                actor,
                idempotency_key,
                (now, clock_skew),
            )
        )

    def get(self, tracking_id: str) -> Complaint:
        """Load a complaint, its history verified up to the stored head.

        Raises:
            ArgumentError: not a printable id.
            NotFoundError: no such complaint.
            IntegrityError, SerializationError: the stored rows do not form the history.
            StorageError: the database is unavailable.
        """
        return self._run(_operations.get(tracking_id))

    def __iter__(self) -> Iterator[Complaint]:
        """Every stored complaint in tracking-id order, each verified as
        [`get()`][pengaduan.store.Repository.get] does.

        Ids are read 500 at a time, so memory stays flat; a complaint added while iterating
        may or may not be seen. ``dump_lines(repo, file)`` writes an export for auditors.
        """
        for tracking_id in _core.each_id(self._read, _ITER_CHUNK):
            yield self.get(tracking_id)

    def find_by_key(self, idempotency_key: str) -> Complaint | None:
        """The complaint received under an idempotency key, or ``None``.

        Raises:
            ArgumentError: not a key `receive()` takes (a printable str of 1 to 128
                characters, not only whitespace).
        """
        return self._run(_operations.find_by_key(idempotency_key))

    def page(self, query: Query, *, limit: int = 50, after: str | None = None) -> Page:
        """One page of a work queue (keyset pagination: pass ``page.next_cursor`` as ``after``).

        Raises:
            ArgumentError: not a [`Query`][pengaduan.store.Query], a limit outside 1..1000, a
                foreign cursor, a
                ``reporter`` filter without a pseudonym key or ``due_within_days`` without a
                calendar.
            StorageError: the database is unavailable.
        """
        return self._run(_operations.page(self._settings, query, limit, after))

    def counts(self, query: Query | None = None) -> dict[tuple[str | None, str], int]:
        """Complaints per ``(unit, status)`` for dashboards (unassigned ones under ``None``)."""
        return self._run(_operations.counts(self._settings, query))

    def count(self) -> int:
        """How many complaints are stored."""
        return self._run(_operations.count())

    def refresh_deadlines(self, *, batch_size: int = 500) -> int:
        """Recompute every stored next deadline (after the policy or calendar changed).

        Runs in batches of ``batch_size`` complaints, one transaction each; returns how many
        complaints were updated.

        Raises:
            ArgumentError: the repository has no policy, or a bad ``batch_size``.
            StorageError: the database failed; batches done before stay done.
        """
        return self._run(_operations.refresh_deadlines(self._settings, batch_size))

    def refresh_derived(self, *, batch_size: int = 500, every_row: bool = False) -> RefreshReport:
        """Recompute the derived columns of rows an older release wrote, from their histories.

        Each row derived by an older release's rules (see
        [`stale_derived()`][pengaduan.store.Repository.stale_derived]) is read as
        [`get()`][pengaduan.store.Repository.get] reads it, its hash chain verified from the
        record up to the stored head, and every derived column (status, effective privacy,
        classification, channel, the reporter's keyed pseudonym, the clocks) and its unit rows
        are recomputed by the functions every write uses, then written by compare-and-set on
        the version and head it read. A row whose history does not verify is left as it is
        and reported (``unverified``); a complaint written meanwhile keeps what its writer
        stored (``conflicts``; run again). Batches of ``batch_size`` rows, one transaction
        each; a second run finds nothing to do.

        Open the repository with the settings the app writes with: the same ``pseudonym_key``
        (another key is refused when the repository opens; change keys with
        [`rotate_pseudonym_key()`][pengaduan.store.Repository.rotate_pseudonym_key]) and the
        same ``policy`` and ``calendar``.

        Args:
            batch_size: rows per transaction (1 to 10,000).
            every_row: recompute every row, not only the stale ones (after the policy or the
                calendar changed); rows a newer release derived are never touched.

        Returns:
            The [`RefreshReport`][pengaduan.store.RefreshReport]: rows checked and changed, per
            kind of column, conflicts, and the tracking ids that did not verify.

        Raises:
            ArgumentError: a bad ``batch_size`` or ``every_row``; or stored rows hold reporter
                pseudonyms (deadlines) and the repository has no ``pseudonym_key`` (no
                ``policy``), so the refresh would erase them.
            StorageError: the database failed; batches done before stay done.

        Example:
            >>> repo = Repository("sqlite://")
            >>> repo.refresh_derived().changed
            0
        """
        return self._run(_refresh.refresh_derived(self._settings, batch_size, every_row))

    def stale_derived(self) -> int:
        """How many rows hold derived columns computed by an older release's rules.

        Zero once [`refresh_derived()`][pengaduan.store.Repository.refresh_derived] has run
        after an upgrade (rows whose history does not verify stay counted). Opening a
        repository never refreshes by itself: on a large database that takes a while, so the
        app or the operator decides when (see "Upgrading" in the persistence how-to).

        Example:
            >>> Repository("sqlite://").stale_derived()
            0
        """
        return self._run(_refresh.stale_derived())

    def rotate_pseudonym_key(
        self, *, old_key: bytes, new_key: bytes, batch_size: int = 500
    ) -> KeyRotationReport:
        """Rewrite every stored reporter pseudonym under a new key, then record the new key.

        Every row holding a pseudonym is read as [`get()`][pengaduan.store.Repository.get]
        reads it, its hash chain verified, and its pseudonym recomputed under ``new_key`` by
        the function every write uses; batches of ``batch_size`` rows, one transaction each.
        The database records the rotation in progress and how far it got with each batch:
        meanwhile a repository opened with a key (either one) is refused, and an interrupted
        rotation is continued by calling this again with the same keys (from a repository
        opened without a key). The new key's fingerprint is recorded last; from then on
        only ``new_key`` opens the repository, and this repository writes with it. A call
        after the rotation finished does nothing. The app's writers need not stop: a
        repository opened with the old key is refused (a `PseudonymKeyError`) by each write
        that would store a pseudonym, from the moment the rotation begins, and stores nothing
        of it; the writes in flight when it begins commit before its first batch is read.

        Args:
            old_key: the key the rows were written with (its fingerprint must be the recorded
                one; on a database that records none, it must reproduce stored pseudonyms).
            new_key: the new secret, 16 to 1024 bytes, not ``old_key``.
            batch_size: rows per transaction (1 to 10,000).

        Returns:
            The [`KeyRotationReport`][pengaduan.store.KeyRotationReport]: rows read and
            rotated, whether an interrupted rotation was continued, and the tracking ids whose
            history does not verify (left as they are).

        Raises:
            ArgumentError: a key that is not 16 to 1024 bytes, the same key twice, or a bad
                ``batch_size``.
            PseudonymKeyError: ``old_key`` is not the database's key, or another rotation
                (other keys) is in progress.
            StorageError: the database failed; batches done before stay done (run again).

        Example:
            >>> repo = Repository("sqlite://", pseudonym_key=b"old-office-secret-16")
            >>> repo.rotate_pseudonym_key(
            ...     old_key=b"old-office-secret-16", new_key=b"new-office-secret-16"
            ... ).rotated
            0
        """
        report = self._run(_keycheck.rotate(old_key, new_key, batch_size))
        self._settings = attrs.evolve(self._settings, pseudonym_key=new_key, key_required=True)
        return report

    def catch_up_log(
        self,
        log: TransparencyLog | None = None,
        *,
        batch_size: int = 500,
        progress: Callable[[int], object] | None = None,
    ) -> LogCatchUpReport:
        """Append to the transparency log the stored head of every complaint it does not hold.

        A process killed between a commit and its append to the log leaves that head unlogged
        and raises nothing (a log that fails raises
        [`UnloggedWriteError`][pengaduan.errors.UnloggedWriteError] instead). This finds such
        heads after a crash: every stored complaint's version and head is read, ``batch_size``
        at a time in tracking-id order, and compared with the newest entry the log holds for
        it; a complaint whose stored head the log lacks is loaded as
        [`get()`][pengaduan.store.Repository.get] loads it, its hash chain verified, and its
        head appended (it covers every version before it). Heads another process logs
        meanwhile count as held; a second run appends nothing.

        Every complaint is read: the stored times are the events' own (an import writes an
        export's times), not the commits', so no time bounds where an unlogged head may be.
        Reading the heads is one pass over the primary key; only the missing ones are loaded.

        Args:
            log: the log to catch up; by default the repository's own ``log``.
            batch_size: complaints read at a time (1 to 10,000).
            progress: called with the number of complaints read after each batch.

        Returns:
            The [`LogCatchUpReport`][pengaduan.store.LogCatchUpReport]: complaints read, heads
            appended, and the tracking ids not logged because their history does not verify
            (``unverified``) or the log holds a later or another head (``diverged``).

        Raises:
            ArgumentError: no log given to a repository opened without one, a ``log`` that is
                not a [`TransparencyLog`][pengaduan.integrity.TransparencyLog], a bad
                ``batch_size`` or ``progress``.
            CheckpointError: the log file does not check (``corrupt``, ``truncated``).
            StorageError: the database or the log file failed; the heads appended before
                stay appended (run again).

        Example:
            >>> from pengaduan.integrity import TransparencyLog
            >>> repo = Repository("sqlite://")
            >>> repo.catch_up_log(TransparencyLog()).appended
            0
        """
        return self._run(_catch_up.catch_up_log(self._settings, log, batch_size, progress))

    def import_lines(
        self,
        lines: Iterable[str | bytes],
        *,
        batch_size: int = 1000,
        start_line: int = 1,
        progress: Callable[[int], object] | None = None,
    ) -> ImportReport:
        """Import a JSON-lines export in batches, one transaction per batch.

        Good lines are stored; a bad one is reported by line number and error code and the
        rest go on. A complaint already stored with the line's history (or a longer one) is
        skipped, so an interrupted import is resumed by running it again (or from
        ``start_line``); a line that extends the stored history has its new events appended
        (``extended``), and one of another history is rejected as a ``"fork"`` (see
        [`ImportReport`][pengaduan.store.ImportReport]).

        Args:
            lines: the export (an open text file, or any iterable of lines).
            batch_size: lines per transaction (1 to 10,000).
            start_line: the first line to read (1-based).
            progress: called with the last line number after each batch.

        Raises:
            ArgumentError: an argument of the wrong type.
            StorageError: the database failed; batches committed before stay stored.
            UnloggedWriteError: a batch was committed, but the repository's ``log`` did
                not take its heads; the import stops there.
        """
        return self._run(
            _operations.imported(self._settings, lines, batch_size, start_line, progress)
        )

    def import_csv(
        self,
        lines: Iterable[str | bytes],
        *,
        workflow: Workflow | None = None,
        mapping: ColumnMapping | None = None,
        timezone: str | None = None,
        batch_size: int = 1000,
        start_line: int = 1,
        progress: Callable[[int], object] | None = None,
    ) -> ImportReport:
        """Import the office CSV export the audit reads, in batches, one transaction each.

        Each row is rebuilt into a complaint by replaying its milestones through ``workflow``
        (see [`pengaduan.audit.read_csv()`][pengaduan.audit.read_csv]: the header, column mapping
        and time formats are
        the audit's). A row the reader refuses is reported with the line it starts on and the
        reader's problem kind (``"bad_time"``, ``"out_of_order"``, ...); the rest are stored.
        Rows of complaints already stored are compared with them as in
        [`import_lines()`][pengaduan.store.Repository.import_lines], so an interrupted import is
        resumed by running it again (or from ``start_line``).

        Args:
            lines: the CSV file (an open text or binary file, or any iterable of lines).
            workflow: the SOP the milestones are replayed through (default: the default SOP).
            mapping: the column mapping (default
                [`default()`][pengaduan.audit.ColumnMapping.default]).
            timezone: the IANA zone of times written without an offset.
            batch_size: rows per transaction (1 to 10,000).
            start_line: the first line to store (1-based; the header is always read).
            progress: called with the last line number after each batch.

        Raises:
            ArgumentError: an argument of the wrong type.
            SerializationError: the header is unusable, or times have no offset and no
                ``timezone`` was given.
            UnknownZoneError: ``timezone`` is not an IANA zone.
            StorageError: the database failed; batches committed before stay stored.
            UnloggedWriteError: a batch was committed, but the repository's ``log`` did
                not take its heads; the import stops there.
        """
        csv = (workflow, mapping, timezone)
        return self._run(
            _operations.imported(self._settings, lines, batch_size, start_line, progress, csv)
        )


_OPENED_RULE = N_("must be an open connection of a repository: use its transaction()")


def _check_opened(conn: object, kind: type, settings: object) -> None:
    """Refuse a transaction built by hand from anything but a connection and the settings a
    repository gives it (the class is public for its type; `transaction()` makes one)."""
    if not isinstance(conn, kind):
        raise ArgumentError(argument="conn", rule=_OPENED_RULE, given=type_name(conn))
    if not isinstance(settings, Settings):
        raise ArgumentError(argument="settings", rule=_OPENED_RULE, given=type_name(settings))


# -- async ------------------------------------------------------------------------------------


class AsyncTransaction:
    """The async twin of [`Transaction`][pengaduan.store.Transaction] (from
    [`AsyncRepository.transaction()`][pengaduan.store.AsyncRepository.transaction])."""

    def __init__(self, conn: AsyncConnection, settings: Settings) -> None:
        from sqlalchemy.ext.asyncio import AsyncConnection  # noqa: PLC0415 - typing-only above

        _check_opened(conn, AsyncConnection, settings)
        self._conn = conn
        self._settings = settings
        self._refusal = Refusal()
        if conn.sync_connection is None:  # a connection that has not begun
            raise ArgumentError(argument="conn", rule=_OPENED_RULE, given=type_name(conn))
        self._refusal.watch(conn.sync_connection)
        self.written: list[Complaint] = []

    @property
    def connection(self) -> AsyncConnection:
        """The transaction's SQLAlchemy async connection, for the app's own rows."""
        return self._conn

    async def _execute(self, step: _steps.Step) -> Any:
        """Run one step on the transaction's connection."""
        return await self._conn.run_sync(lambda conn: _guarded(lambda: step.work(conn)))

    async def _run(self, steps: _steps.Steps[_T]) -> _T:
        """Carry out an operation, unless the transaction was refused (see ``_refusal``)."""
        self._refusal.check()
        before = self._refusal.changes
        try:
            return await _steps.run_async(steps, self._execute)
        except Exception as exc:
            self._refusal.note(exc, changed=self._refusal.changes != before)
            raise

    async def add(self, complaint: Complaint) -> None:
        """Store a new complaint (see [`Repository.add()`][pengaduan.store.Repository.add])."""
        steps = _operations.add_in_transaction(self._settings, complaint)
        self.written.append(await self._run(steps))

    async def append(self, complaint: Complaint, *, expected_version: int) -> None:
        """Store the new events of a complaint (see
        [`Repository.append()`][pengaduan.store.Repository.append])."""
        steps = _operations.append_in_transaction(self._settings, complaint, expected_version)
        self.written.append(await self._run(steps))

    async def get(self, tracking_id: str) -> Complaint:
        """Load a complaint (see [`Repository.get()`][pengaduan.store.Repository.get])."""
        return await self._run(_operations.get(tracking_id))


_WORKER_WAIT = 0.002
_WORKER_TRIES = 2500  # five seconds at the most


def _aiosqlite_connect(*args: Any, **kwargs: Any) -> Awaitable[Any]:
    """aiosqlite's ``connect``, the same arguments, waiting for its worker thread to end after
    a failed connect (the dialect awaits what this returns)."""
    import aiosqlite  # noqa: PLC0415 - the async SQLite driver, only when used

    return _connected(aiosqlite.connect(*args, **kwargs))


async def _connected(connection: Any) -> Any:
    """The awaited aiosqlite ``connection``. After a failed connect, aiosqlite tells its worker
    thread to stop without waiting for it; the worker then posts its last result to the event
    loop, which may be closed by then (``RuntimeError: Event loop is closed`` printed by the
    thread at exit). So the failure is raised once the worker has ended."""
    try:
        return await connection
    except BaseException:
        worker = getattr(connection, "_thread", None)
        for _ in range(_WORKER_TRIES):
            if worker is None or not worker.is_alive():
                break
            await asyncio.sleep(_WORKER_WAIT)
        raise


def _async_engine(target: URL) -> AsyncEngine:
    from sqlalchemy.ext.asyncio import create_async_engine  # noqa: PLC0415 - only when used

    failure: OptionalDependencyError | ArgumentError | None = None
    options = _engine_options(target)
    if target.drivername == "sqlite+aiosqlite":
        quiet_aiosqlite()  # it logs each call's arguments at DEBUG
        options["connect_args"] = {
            **options.get("connect_args", {}),
            "async_creator_fn": _aiosqlite_connect,
        }
    try:
        return create_async_engine(target, **options)
    except ImportError:  # the driver (or greenlet) is not installed
        failure = _driver_missing(target)
    except (ValueError, TypeError):  # a query argument the dialect cannot convert
        failure = _bad_query()
    raise failure


async def _disposed(engine: AsyncEngine) -> None:
    """Close the pooled connections of ``engine``, even when the task running this was
    cancelled (the cancellation is raised again afterwards)."""
    closing = asyncio.ensure_future(engine.dispose())
    cancelled = False
    while not closing.done():
        try:
            await asyncio.shield(closing)
        except asyncio.CancelledError:
            cancelled = True
    if cancelled:
        raise asyncio.CancelledError
    with contextlib.suppress(Exception):  # the error that ended the open is the one to raise
        closing.result()


class AsyncRepository:
    """The ``asyncio`` twin of [`Repository`][pengaduan.store.Repository]: the same tables, rules
    and errors.

    Uses ``aiosqlite`` for SQLite and psycopg's async connection for PostgreSQL; every
    method of [`Repository`][pengaduan.store.Repository] exists here as a coroutine. Open it with
    ``await AsyncRepository.open(url, ...)`` (which migrates the schema), and ``await
    repo.close()`` at shutdown.

    Example:
        >>> import asyncio
        >>> async def main() -> int:
        ...     repo = await AsyncRepository.open("sqlite://")
        ...     try:
        ...         return await repo.count()
        ...     finally:
        ...         await repo.close()
        >>> asyncio.run(main())
        0
    """

    def __init__(self, engine: AsyncEngine, settings: Settings) -> None:
        from sqlalchemy.ext.asyncio import AsyncEngine  # noqa: PLC0415 - only when used

        self._engine = _core.require_type(engine, AsyncEngine, "engine", "must be an AsyncEngine")
        self._settings = _core.require_type(settings, Settings, "settings", "must be Settings")
        # In memory, every task shares one connection: its transactions take turns.
        self._serial = (
            _serial.TaskLock() if _serial.shares_one_connection(engine.sync_engine.pool) else None
        )

    def _held(self) -> contextlib.AbstractAsyncContextManager[Any]:
        """The turn of the current task on a shared connection (nothing to wait for if pooled)."""
        return contextlib.nullcontext() if self._serial is None else self._serial.held()

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        policy: SlaPolicy | None = None,
        calendar: WorkingCalendar | None = None,
        pseudonym_key: bytes | None = None,
        migrate: bool = True,
        messenger: Messenger | None = None,
        log: TransparencyLog | None = None,
    ) -> AsyncRepository:
        """Connect (and migrate); arguments and errors as
        [`Repository`][pengaduan.store.Repository]."""
        target, settings = _opening(
            url, policy, calendar, pseudonym_key, migrate, messenger, log, asynchronous=True
        )
        engine = _guarded(lambda: _async_engine(target))
        try:
            if target.get_backend_name() == "sqlite":
                _sqlite_pragmas(engine.sync_engine)
            repo = cls(engine, settings)
            recorded = await repo._run(_opened(migrate, settings.pseudonym_key))
        except BaseException:
            # Whatever ended the open (a typed error, a cancelled task), the connections it
            # made are closed now: an aiosqlite worker left in the pool would post to an
            # event loop closed by then.
            await _disposed(engine)
            raise
        repo._settings = attrs.evolve(settings, key_required=recorded)
        return repo

    @property
    def engine(self) -> AsyncEngine:
        """The SQLAlchemy async engine."""
        return self._engine

    @property
    def outbox(self) -> AsyncOutbox:
        """The messages to send (see [`AsyncOutbox`][pengaduan.store.AsyncOutbox])."""
        return AsyncOutbox(self)

    def __repr__(self) -> str:
        return f"AsyncRepository(dialect={self._engine.dialect.name!r})"

    async def close(self) -> None:
        """Close every pooled connection."""
        await self._engine.dispose()

    async def _execute(self, step: _steps.Step) -> Any:
        """Run one step as `Repository._execute` does; the work runs in ``run_sync``."""
        failure: BaseException | None = None
        try:
            async with self._held():
                if _steps.autocommit(step, self._engine.dialect.name):
                    async with self._engine.connect() as conn:
                        await conn.execution_options(isolation_level="AUTOCOMMIT")
                        return await conn.run_sync(step.work)
                async with self._engine.begin() as conn:
                    return await conn.run_sync(step.work)
        except PengaduanError:
            raise
        except (sa_exc.SQLAlchemyError, OSError) as exc:
            failure = _driver_errors.failure(exc)
        raise failure

    async def _run(self, steps: _steps.Steps[_T]) -> _T:
        """Carry out an operation written as steps (``_operations``, the outbox's)."""
        return await _steps.run_async(steps, self._execute)

    async def _write(self, work: Callable[[Connection], _T]) -> _T:
        return await self._run(_steps.write(work))

    async def _read(self, work: Callable[[Connection], _T]) -> _T:
        return await self._run(_steps.read(work))

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncTransaction]:
        """A transaction across complaints (see
        [`Repository.transaction()`][pengaduan.store.Repository.transaction])."""
        failure: BaseException | None = None
        try:
            async with self._held(), self._engine.begin() as conn:
                tx = AsyncTransaction(conn, self._settings)
                yield tx
                tx._refusal.check()  # a refused transaction is rolled back, not committed
        except (Race, sa_exc.SQLAlchemyError, OSError) as exc:
            failure = _transaction_failure(exc)
        if failure is not None:
            raise failure
        if self._settings.log is not None and tx.written:
            written = tuple(tx.written)
            await _steps.off_loop(lambda: self._settings.logged(*written))

    async def add(self, complaint: Complaint) -> None:
        """See [`Repository.add()`][pengaduan.store.Repository.add]."""
        await self._run(_operations.add(self._settings, complaint))

    async def append(self, complaint: Complaint, *, expected_version: int) -> None:
        """See [`Repository.append()`][pengaduan.store.Repository.append]."""
        await self._run(_operations.append(self._settings, complaint, expected_version))

    async def update(
        self, tracking_id: str, change: Callable[[Complaint], Complaint], *, attempts: int = 3
    ) -> Complaint:
        """See [`Repository.update()`][pengaduan.store.Repository.update]."""
        return await self._run(_operations.update(self._settings, tracking_id, change, attempts))

    async def receive(
        self,
        workflow: Workflow,
        submission: Submission,
        *,
        tracking_id: str,
        at: datetime,
        actor: Actor,
        idempotency_key: str | None = None,
        now: datetime | None = None,
        clock_skew: timedelta = DEFAULT_CLOCK_SKEW,
    ) -> Complaint:
        """See [`Repository.receive()`][pengaduan.store.Repository.receive]."""
        return await self._run(
            _operations.receive(
                self._settings,
                workflow,
                submission,
                tracking_id,
                at,
                actor,
                idempotency_key,
                (now, clock_skew),
            )
        )

    async def get(self, tracking_id: str) -> Complaint:
        """See [`Repository.get()`][pengaduan.store.Repository.get]."""
        return await self._run(_operations.get(tracking_id))

    async def find_by_key(self, idempotency_key: str) -> Complaint | None:
        """See [`Repository.find_by_key()`][pengaduan.store.Repository.find_by_key]."""
        return await self._run(_operations.find_by_key(idempotency_key))

    async def page(self, query: Query, *, limit: int = 50, after: str | None = None) -> Page:
        """See [`Repository.page()`][pengaduan.store.Repository.page]."""
        return await self._run(_operations.page(self._settings, query, limit, after))

    async def counts(self, query: Query | None = None) -> dict[tuple[str | None, str], int]:
        """See [`Repository.counts()`][pengaduan.store.Repository.counts]."""
        return await self._run(_operations.counts(self._settings, query))

    async def count(self) -> int:
        """See [`Repository.count()`][pengaduan.store.Repository.count]."""
        return await self._run(_operations.count())

    async def refresh_deadlines(self, *, batch_size: int = 500) -> int:
        """See [`Repository.refresh_deadlines()`][pengaduan.store.Repository.refresh_deadlines]."""
        return await self._run(_operations.refresh_deadlines(self._settings, batch_size))

    async def refresh_derived(
        self, *, batch_size: int = 500, every_row: bool = False
    ) -> RefreshReport:
        """See [`Repository.refresh_derived()`][pengaduan.store.Repository.refresh_derived]."""
        return await self._run(_refresh.refresh_derived(self._settings, batch_size, every_row))

    async def stale_derived(self) -> int:
        """See [`Repository.stale_derived()`][pengaduan.store.Repository.stale_derived]."""
        return await self._run(_refresh.stale_derived())

    async def rotate_pseudonym_key(
        self, *, old_key: bytes, new_key: bytes, batch_size: int = 500
    ) -> KeyRotationReport:
        """See
        [`Repository.rotate_pseudonym_key()`][pengaduan.store.Repository.rotate_pseudonym_key]."""
        report = await self._run(_keycheck.rotate(old_key, new_key, batch_size))
        self._settings = attrs.evolve(self._settings, pseudonym_key=new_key, key_required=True)
        return report

    async def catch_up_log(
        self,
        log: TransparencyLog | None = None,
        *,
        batch_size: int = 500,
        progress: Callable[[int], object] | None = None,
    ) -> LogCatchUpReport:
        """See [`Repository.catch_up_log()`][pengaduan.store.Repository.catch_up_log] (the log
        is read and appended to in a worker thread, off the event loop)."""
        return await self._run(_catch_up.catch_up_log(self._settings, log, batch_size, progress))

    async def import_lines(
        self,
        lines: Iterable[str | bytes],
        *,
        batch_size: int = 1000,
        start_line: int = 1,
        progress: Callable[[int], object] | None = None,
    ) -> ImportReport:
        """See [`Repository.import_lines()`][pengaduan.store.Repository.import_lines] (lines are
        read and parsed on the event loop)."""
        return await self._run(
            _operations.imported(self._settings, lines, batch_size, start_line, progress)
        )

    async def import_csv(
        self,
        lines: Iterable[str | bytes],
        *,
        workflow: Workflow | None = None,
        mapping: ColumnMapping | None = None,
        timezone: str | None = None,
        batch_size: int = 1000,
        start_line: int = 1,
        progress: Callable[[int], object] | None = None,
    ) -> ImportReport:
        """See [`Repository.import_csv()`][pengaduan.store.Repository.import_csv] (rows are read and
        replayed on the event loop)."""
        csv = (workflow, mapping, timezone)
        return await self._run(
            _operations.imported(self._settings, lines, batch_size, start_line, progress, csv)
        )
