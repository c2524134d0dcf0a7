"""Bringing rows derived by an older release up to today's rules: ``refresh_derived``.

Every write stores, beside a complaint's record and events, columns derived from them for
queries (status, effective privacy, classification, channel, the reporter's keyed pseudonym,
the clocks) and its unit rows, all computed by ``_core.derived_columns()`` and
``_core.derived_units()`` and stamped with the version of those rules
(``complaints.derivation``, ``_core.DERIVATION``). When a release changes a rule, rows written
before keep what the old rule computed until they are refreshed: a privacy column saying
``publik`` for a complaint whose reporter withdrew consent is a leak through every query that
trusts it.

The refresh reads each such row's complaint as ``get`` does (the hash chain verified from the
record up to the stored head), recomputes every derived column and the unit rows with the same
functions a write uses, and writes them by compare-and-set on the version, the head and the
reporter pseudonym it read, in batches of one transaction each. A row whose history does not
verify is never recomputed (its record may be the tampered part): it is reported by tracking
id and stays stale, and only its privacy column is narrowed to ``rahasia``, the value an unset
privacy has (a query must never show more than the verified record allows). A complaint
written meanwhile keeps what its writer stored, and so does a pseudonym a repository with the
key wrote meanwhile; a refresh without the key that writes a row with an identified reporter
is refused once the database records a key (`confirm_key`), as a write without the key is. A
derived value the refresh cannot read (see ``_unreadable``) counts as differing and is
rewritten; a row the database refuses to write is reported and the others go on.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import attrs
from sqlalchemy import (
    Integer,
    and_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    not_,
    or_,
    select,
    update,
)

from pengaduan._i18n import N_
from pengaduan.errors import (
    ArgumentError,
    IntegrityError,
    SerializationError,
    StorageError,
    type_name,
)
from pengaduan.model import Privacy
from pengaduan.store._core import (
    DERIVATION,
    DERIVED_KINDS,
    derived_columns,
    derived_units,
    history_rows,
    identified,
)
from pengaduan.store._core import _load as load
from pengaduan.store._import import MAX_BATCH
from pengaduan.store._query import require_whole
from pengaduan.store._schema import complaint_units, complaints, events
from pengaduan.store._steps import read, write
from pengaduan.store._unreadable import (
    id_text,
    lenient_text,
    readable,
    text_bound,
    time_columns,
    undecodable,
)
from pengaduan.store._writing_key import confirm_key

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.engine import Connection
    from sqlalchemy.sql.elements import ColumnElement

    from pengaduan.model import Complaint
    from pengaduan.store._core import Settings
    from pengaduan.store._steps import Steps

__all__ = ["RefreshReport", "refresh_derived", "stale_derived"]

_IN_CHUNK = 500
_KIND_OF_COLUMN = {
    "next_deadline": "deadlines",
    "next_timer": "deadlines",
    "deadline_unknown": "deadlines",
}
_KINDS = (*DERIVED_KINDS, "units")


@attrs.frozen(kw_only=True)
class RefreshReport:
    """What [`refresh_derived()`][pengaduan.store.Repository.refresh_derived] did.

    A row counts once in ``changed`` and once in each kind of column that differed, so the
    kinds may add up to more than ``changed``. A second run over the same rows changes nothing.

    Attributes:
        checked: rows read, their history verified (or not: see ``unverified``).
        changed: rows where a derived column or the unit rows differed, now rewritten.
        status: rows whose ``status`` changed.
        privacy: rows whose effective ``privacy`` changed.
        classification: rows whose ``classification`` changed.
        channel: rows whose ``channel`` changed.
        reporter: rows whose keyed pseudonym of the reporter changed.
        deadlines: rows whose clocks changed (``next_deadline``, ``next_timer``,
            ``deadline_unknown``, or the unit rows' copy of the deadline).
        units: rows whose assigned units (unit rows) changed.
        conflicts: rows another writer changed while they were refreshed: left as that
            writer stored them, and still to refresh (run again).
        unverified: tracking ids whose stored history does not verify: never recomputed from
            a record that may be the tampered part, left as they are and still stale (but for
            their privacy column, see ``narrowed``). See
            [Integrity](../explanation/integrity.md) for what to do.
        narrowed: rows of ``unverified`` whose privacy column said more than ``rahasia``, now
            ``rahasia`` (what an unset privacy means): a query never shows more than the
            verified record allows. Their record, events and derivation stamp are untouched.
        unwritten: tracking ids whose new values the database refused (a trigger, a
            constraint): left as they were, still stale and not counted in ``checked``; the
            other rows went on.
    """

    checked: int = 0
    changed: int = 0
    status: int = 0
    privacy: int = 0
    classification: int = 0
    channel: int = 0
    reporter: int = 0
    deadlines: int = 0
    units: int = 0
    conflicts: int = 0
    unverified: tuple[str, ...] = ()
    narrowed: int = 0
    unwritten: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every row read is now derived by this release (no conflict, none unverified,
        none refused)."""
        return self.conflicts == 0 and not self.unverified and not self.unwritten


@attrs.define
class _Batch:
    """What one batch did; ``last`` is the last tracking id read (``None``: no row was left)."""

    last: str | None = None
    rows: int = 0
    checked: int = 0
    changed: int = 0
    kinds: dict[str, int] = attrs.Factory(lambda: dict.fromkeys(_KINDS, 0))
    conflicts: int = 0
    unverified: list[str] = attrs.Factory(list)
    narrowed: int = 0
    unwritten: list[str] = attrs.Factory(list)


def _merge(totals: _Batch, batch: _Batch) -> None:
    """Add what ``batch`` did to ``totals``."""
    totals.checked += batch.checked
    totals.changed += batch.changed
    totals.conflicts += batch.conflicts
    totals.unverified.extend(batch.unverified)
    totals.narrowed += batch.narrowed
    totals.unwritten.extend(batch.unwritten)
    for kind, count in batch.kinds.items():
        totals.kinds[kind] += count


def _whole() -> ColumnElement[bool]:
    """A stored ``derivation`` that is a whole number (SQLite keeps ``'x'`` or ``1.5`` in an
    integer column, and neither equals its own cast to an integer; PostgreSQL holds only
    integers)."""
    column = complaints.c.derivation
    return column == cast(column, Integer)


def _stale() -> ColumnElement[bool]:
    """Rows derived by an older release (``NULL``: before the column existed), or stamped with
    anything that is no version this library wrote (not a whole number, or below 1): a whole
    number above today's is a newer release's, left alone."""
    column = complaints.c.derivation
    return or_(column.is_(None), not_(and_(_whole(), column >= DERIVATION)))


def _candidates(after: str, every_row: bool) -> list[ColumnElement[bool]]:  # noqa: FBT001
    """The rows a refresh reads after tracking id ``after``: the stale ones, or with
    ``every_row`` every row but those a newer release derived."""
    c = complaints.c
    if every_row:
        return [
            c.tracking_id > text_bound(after),
            or_(c.derivation.is_(None), not_(and_(_whole(), c.derivation > DERIVATION))),
        ]
    return [c.tracking_id > text_bound(after), _stale()]


def stale_count(conn: Connection) -> int:
    """How many rows were derived by an older release."""
    return int(
        conn.execute(select(func.count()).select_from(complaints).where(_stale())).scalar_one()
    )


def _holds(conn: Connection, *where: ColumnElement[bool]) -> bool:
    with lenient_text(conn):
        found = conn.execute(select(complaints.c.tracking_id).where(or_(*where)).limit(1)).first()
    return found is not None


def _key_needed() -> ArgumentError:
    return ArgumentError(
        argument="pseudonym_key",
        rule=N_(
            "must be given, the key the stored rows were written with: some rows hold a "
            "reporter pseudonym"
        ),
    )


def _policy_needed() -> ArgumentError:
    return ArgumentError(
        argument="policy",
        rule=N_("must be given, with its calendar: some rows hold deadlines"),
    )


def check_settings(conn: Connection, settings: Settings) -> None:
    """Refuse a refresh that would erase columns its repository cannot compute.

    A repository opened without the pseudonym key (or without the SLA policy) writes no
    pseudonym (no clocks); refreshing rows that hold one with it would empty those columns.
    Checked once before the first batch, and again by each batch for the rows it read (a
    keyed app may have written some since, see `_refuse_erasing`).
    """
    c = complaints.c
    if settings.pseudonym_key is None and _holds(conn, c.reporter.is_not(None)):
        raise _key_needed()
    if settings.policy is None and _holds(
        conn, c.next_deadline.is_not(None), c.next_timer.is_not(None), c.deadline_unknown
    ):
        raise _policy_needed()


def _erases(row: Any, settings: Settings) -> tuple[bool, bool]:
    """Whether rewriting ``row`` under ``settings`` would empty its pseudonym, its clocks."""
    pseudonym = settings.pseudonym_key is None and row.reporter is not None
    clocks = settings.policy is None and (
        row.next_deadline is not None or row.next_timer is not None or bool(row.deadline_unknown)
    )
    return pseudonym, clocks


def _refuse_erasing(conn: Connection, *, pseudonym: bool) -> None:
    """Refuse a batch that would empty a pseudonym (``pseudonym``) or the clocks of a row.

    The rows were written after the refresh began (by an app holding the key or the policy),
    or a refresh without them would have been refused before its first batch. A pseudonym is
    refused with the typed key error when the database now records a key (`confirm_key`,
    ``"missing"``), as a write without the key would be.
    """
    if not pseudonym:
        raise _policy_needed()
    confirm_key(conn, None)
    raise _key_needed()


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    """``ids`` in chunks for an ``IN`` list, leaving out those read from bytes that are not
    UTF-8 (no such id can be bound; the caller reports them)."""
    ids = [tracking_id for tracking_id in ids if not undecodable(tracking_id)]
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]


def _unit_rows(conn: Connection, ids: list[str]) -> dict[str, list[tuple[str, Any]]]:
    """Each complaint's unit rows (unit, deadline copy), sorted by unit."""
    found: dict[str, list[tuple[str, Any]]] = {}
    u = complaint_units.c
    for chunk in _chunks(ids):
        for stored in conn.execute(
            select(u.tracking_id, u.unit, *time_columns(conn.dialect.name, u.next_deadline))
            .where(u.tracking_id.in_(chunk))
            .order_by(u.tracking_id, u.unit)
        ):
            row = readable(stored, conn.dialect, ["next_deadline"])
            found.setdefault(row.tracking_id, []).append((row.unit, row.next_deadline))
    return found


def _histories(conn: Connection, ids: list[str]) -> dict[str, Complaint | None]:
    """Each complaint of ``ids`` verified as ``get`` verifies it (``None``: it does not verify),
    read with one statement per 500 complaints; an id deleted meanwhile is missing."""
    c, e = complaints.c, events.c
    found: dict[str, list[Any]] = {}
    for chunk in _chunks(ids):
        statement = (
            history_rows(c.tracking_id)
            .where(c.tracking_id.in_(chunk))
            .order_by(c.tracking_id, e.seq)
        )
        for row in conn.execute(statement):
            found.setdefault(row.tracking_id, []).append(row)
    loaded: dict[str, Complaint | None] = {}
    for tracking_id, rows in found.items():
        first = rows[0]
        complaint = None
        # A head read from bytes that are not UTF-8 is no digest: the history does not verify.
        if first.seq is not None and first.record is not None and not undecodable(first.head):
            with contextlib.suppress(IntegrityError, SerializationError):
                complaint = load(first.record, rows, first.head, tracking_id, first.version)
        loaded[tracking_id] = complaint
    return loaded


@attrs.frozen
class _Plan:
    """One row to rewrite: its complaint and reporter column as read, the columns and unit
    rows to store, and the kinds that differ from what is stored."""

    complaint: Complaint
    reporter: Any
    values: dict[str, Any]
    units: list[str]
    differing: frozenset[str]


def _plan(
    row: Any, complaint: Complaint, settings: Settings, units: list[tuple[str, Any]]
) -> _Plan | None:
    """What to write for one row, or ``None`` when it is current already."""
    values = derived_columns(settings, complaint)
    new_units = derived_units(complaint)
    differing = {
        _KIND_OF_COLUMN.get(name, name)
        for name, value in values.items()
        if name != "derivation" and getattr(row, name) != value
    }
    if [unit for unit, _ in units] != new_units:
        differing.add("units")
    elif any(deadline != values["next_deadline"] for _, deadline in units):
        differing.add("deadlines")
    if not differing and row.derivation == DERIVATION:
        return None
    return _Plan(
        complaint=complaint,
        reporter=row.reporter,
        values=values,
        units=new_units,
        differing=frozenset(differing),
    )


def _bindable(value: object) -> bool:
    """Whether a reporter column read as ``value`` can be bound as it is (``NULL`` or text
    that is UTF-8; not bytes a writer left in SQLite, see `_unreadable`)."""
    return value is None or (isinstance(value, str) and not undecodable(value))


def _write(conn: Connection, plans: list[_Plan]) -> list[_Plan]:
    """Write ``plans`` by compare-and-set on the version, head and reporter pseudonym each was
    read at; the plans written (the others were written meanwhile by someone else, who keeps
    their values).

    The reporter column is compared too because a refresh by a repository with the key
    rewrites it without changing the version or the head: a refresh without the key that read
    ``NULL`` must not write ``NULL`` over the pseudonym written since.
    """
    c = complaints.c
    names = sorted(plans[0].values)
    new: dict[str, Any] = {name: bindparam(f"new_{name}") for name in names}
    where = [c.tracking_id == bindparam("cas_id"), c.version == bindparam("cas_version")]
    where.append(c.head == bindparam("cas_head"))
    plain = [plan for plan in plans if _bindable(plan.reporter)]
    if plain:
        conn.execute(
            update(complaints)
            .where(*where, c.reporter.is_not_distinct_from(bindparam("cas_reporter")))
            .values(new),
            [
                {
                    "cas_id": plan.complaint.tracking_id,
                    "cas_version": plan.complaint.version,
                    "cas_head": plan.complaint.head,
                    "cas_reporter": plan.reporter,
                    **{f"new_{name}": plan.values[name] for name in names},
                }
                for plan in plans
                if _bindable(plan.reporter)
            ],
        )
    for plan in plans:  # a reporter column read from bytes: compared as those bytes
        if not _bindable(plan.reporter):
            conn.execute(
                update(complaints)
                .where(*where, c.reporter == text_bound(plan.reporter))
                .values(new),
                {
                    "cas_id": plan.complaint.tracking_id,
                    "cas_version": plan.complaint.version,
                    "cas_head": plan.complaint.head,
                    **{f"new_{name}": plan.values[name] for name in names},
                },
            )
    # Versions only grow: a row still at the version and head read, holding the pseudonym
    # written, was written here (and is locked by this transaction); any other was changed by
    # another writer first. (One that wrote the same pseudonym from the same history stored
    # what this refresh would have.)
    now = {
        row.tracking_id: (row.version, row.head, row.reporter)
        for chunk in _chunks([plan.complaint.tracking_id for plan in plans])
        for row in conn.execute(
            select(c.tracking_id, c.version, c.head, c.reporter).where(c.tracking_id.in_(chunk))
        )
    }
    written = [
        plan
        for plan in plans
        if now.get(plan.complaint.tracking_id)
        == (plan.complaint.version, plan.complaint.head, plan.values["reporter"])
    ]
    moved = [plan for plan in written if plan.differing & {"units", "deadlines"}]
    if moved:
        u = complaint_units.c
        for chunk in _chunks([plan.complaint.tracking_id for plan in moved]):
            conn.execute(delete(complaint_units).where(u.tracking_id.in_(chunk)))
        rows = [
            {
                "tracking_id": plan.complaint.tracking_id,
                "unit": unit,
                "next_deadline": plan.values["next_deadline"],
            }
            for plan in moved
            for unit in plan.units
        ]
        if rows:
            conn.execute(insert(complaint_units), rows)
    return written


def refresh_batch(
    conn: Connection,
    settings: Settings,
    after: str,
    limit: int,
    every_row: bool,  # noqa: FBT001 - internal, positional like the others
) -> _Batch:
    """Refresh up to ``limit`` rows after tracking id ``after``, in this transaction.

    The stale rows only, or with ``every_row`` every row but those a newer release derived.
    Text that is not UTF-8 (SQLite) is read as `lenient_text` reads it.
    """
    with lenient_text(conn):
        return _refresh_batch(conn, settings, after, limit, every_row)


def _refresh_batch(
    conn: Connection,
    settings: Settings,
    after: str,
    limit: int,
    every_row: bool,  # noqa: FBT001 - internal, positional like the others
) -> _Batch:
    c = complaints.c
    where = _candidates(after, every_row)
    rows = [
        readable(row, conn.dialect, ["next_deadline", "next_timer"])
        for row in conn.execute(
            select(
                c.tracking_id,
                c.derivation,
                c.status,
                c.privacy,
                c.classification,
                c.channel,
                c.reporter,
                *time_columns(conn.dialect.name, c.next_deadline, c.next_timer),
                c.deadline_unknown,
                c.version,
                c.head,
            )
            .where(*where)
            .order_by(c.tracking_id)
            .limit(limit)
        )
    ]
    batch = _Batch(last=rows[-1].tracking_id if rows else None, rows=len(rows))
    ids = [row.tracking_id for row in rows]
    units = _unit_rows(conn, ids)
    loaded = _histories(conn, ids)
    plans: list[_Plan] = []
    unverified: list[Any] = []
    erasing = (False, False)
    for row in rows:
        if undecodable(row.tracking_id):  # not UTF-8: no record to load by it
            batch.unverified.append(id_text(row.tracking_id))
            unverified.append(row)
            continue
        if row.tracking_id not in loaded:  # deleted meanwhile: nothing to refresh
            batch.conflicts += 1
            continue
        complaint = loaded[row.tracking_id]
        if complaint is None:
            batch.unverified.append(id_text(row.tracking_id))
            unverified.append(row)
            continue
        batch.checked += 1
        plan = _plan(row, complaint, settings, units.get(row.tracking_id, []))
        if plan is not None:
            plans.append(plan)
            pseudonym, clocks = _erases(row, settings)
            erasing = (erasing[0] or pseudonym, erasing[1] or clocks)
    if any(erasing):  # never NULL over what a repository with the key (the policy) wrote
        _refuse_erasing(conn, pseudonym=erasing[0])
    written = _write(conn, plans) if plans else []
    if settings.pseudonym_key is not None:
        if any(plan.values["reporter"] is not None for plan in written):
            confirm_key(conn, settings.pseudonym_key)  # the pseudonyms were computed with it
    elif any(identified(plan.complaint) for plan in written):
        # A key recorded since the batch began: a row stamped current without the pseudonym
        # its reporter needs would never be refreshed by the repository holding the key.
        confirm_key(conn, None)
    batch.conflicts += len(plans) - len(written)
    batch.narrowed = _narrow(conn, unverified)
    for plan in written:
        if plan.differing:
            batch.changed += 1
            for kind in plan.differing:
                batch.kinds[kind] += 1
    return batch


def _narrow(conn: Connection, rows: list[Any]) -> int:
    """Set the privacy column of ``rows`` (whose history does not verify) to ``rahasia``,
    by compare-and-set on the version and head read; how many were narrowed.

    Their record may be the tampered part, so nothing is recomputed from it; but the column
    queries trust must not show more than an unset privacy allows, which is ``rahasia``.
    """
    c = complaints.c
    closed = Privacy.RAHASIA.value
    narrowed = 0
    for row in rows:
        if row.privacy == closed:
            continue
        narrowed += conn.execute(
            update(complaints)
            .where(
                c.tracking_id == text_bound(row.tracking_id),
                c.version == row.version,
                c.head == text_bound(row.head),
            )
            .values(privacy=closed)
        ).rowcount
    return narrowed


def _next_candidate(conn: Connection, after: str, every_row: bool) -> Any:  # noqa: FBT001
    """The tracking id of the next row a refresh reads after ``after`` (``None``: none)."""
    c = complaints.c
    with lenient_text(conn):
        return conn.execute(
            select(c.tracking_id)
            .where(*_candidates(after, every_row))
            .order_by(c.tracking_id)
            .limit(1)
        ).scalar()


def _refused(error: StorageError) -> bool:
    """Whether the database refused the work itself (a trigger, a constraint), rather than
    being out of reach, locked or full: another row may still be written."""
    return error.reason == "failed"


def _one_by_one(
    settings: Settings,
    after: str,
    size: int,
    every_row: bool,  # noqa: FBT001 - internal, positional like the others
) -> Steps[_Batch]:
    """The batch of up to ``size`` rows after ``after`` the database refused, one row a
    transaction: a row it refuses again is reported in ``unwritten`` and skipped.

    When it refuses every row of a batch of several, the refusal is not about a row (a
    permission, a read-only role): its error ends the refresh.
    """
    totals = _Batch()
    last = after
    refusal: StorageError | None = None
    for _ in range(size):
        start = last
        refused = False
        batch = _Batch()
        try:
            batch = yield from write(
                lambda conn: refresh_batch(conn, settings, start, 1, every_row)  # noqa: B023 - run at once
            )
        except StorageError as error:
            if not _refused(error):
                raise
            refused = True
            refusal = error
        if refused:
            skipped = yield from read(lambda conn: _next_candidate(conn, start, every_row))  # noqa: B023 - run at once
            if skipped is None:
                break
            totals.unwritten.append(id_text(skipped))
            totals.rows += 1
            last = skipped
            continue
        if batch.last is None:
            break
        _merge(totals, batch)
        totals.rows += batch.rows
        last = batch.last
    if refusal is not None and totals.rows > 1 and len(totals.unwritten) == totals.rows:
        raise refusal
    totals.last = last if totals.rows else None
    return totals


def refresh_derived(
    settings: Settings, batch_size: object, every_row: object
) -> Steps[RefreshReport]:
    """Recompute the derived columns of stale rows (or every row), one transaction a batch."""
    size = require_whole(batch_size, "batch_size", MAX_BATCH)
    if type(every_row) is not bool:
        raise ArgumentError(
            argument="every_row", rule="must be True or False", given=type_name(every_row)
        )
    yield from read(lambda conn: check_settings(conn, settings))
    totals = _Batch()
    last = ""
    while True:
        after = last
        refused = False
        batch = _Batch()
        try:
            batch = yield from write(
                lambda conn: refresh_batch(conn, settings, after, size, every_row)  # noqa: B023 - run at once
            )
        except StorageError as error:
            if not _refused(error):
                raise
            refused = True
        if refused:  # some row of it cannot be written: find it, and write the others
            batch = yield from _one_by_one(settings, after, size, every_row)
        _merge(totals, batch)
        if batch.last is None or batch.rows < size:
            break
        last = batch.last
    kinds = totals.kinds
    return RefreshReport(
        checked=totals.checked + len(totals.unverified),
        changed=totals.changed,
        status=kinds["status"],
        privacy=kinds["privacy"],
        classification=kinds["classification"],
        channel=kinds["channel"],
        reporter=kinds["reporter"],
        deadlines=kinds["deadlines"],
        units=kinds["units"],
        conflicts=totals.conflicts,
        unverified=tuple(sorted(totals.unverified)),
        narrowed=totals.narrowed,
        unwritten=tuple(sorted(totals.unwritten)),
    )


def stale_derived() -> Steps[int]:
    """How many rows were derived by an older release."""
    return read(stale_count)
