"""The pseudonym key a repository opens with, checked against the one its rows were written with;
and the rotation from one key to another.

The database records the fingerprint of its key (``store_settings``, see ``_pseudonym_key``).
A repository opened with a key checks it in the transaction that migrates the schema: the same
fingerprint opens; another is a `PseudonymKeyError`, before anything is written. A database
with no fingerprint yet (written before revision 0006, or never with a key) records the key's,
but first checks it against the first rows holding a pseudonym (each verified as ``get``
verifies it): a key that reproduces none of them is refused, so the trusted first key is at
least one that wrote some of the rows.

The rotation recomputes every stored pseudonym under the new key with the functions every write
uses (``_core.derived_columns``), reading and verifying the histories as ``refresh_derived``
does, in batches of one transaction each. The rotation in progress (the fingerprints of both
keys) and the last tracking id done are recorded with each batch, so an interrupted rotation is
continued by running it again with the same keys; meanwhile a repository opened with a key is
refused (its lookups would miss half the rows). The new fingerprint is recorded last. A
repository opened with the old key before the rotation began is refused by each of its writes
that would store a pseudonym (``_writing_key``); the rotation's first transaction rewrites the
key's settings row, so the writes in flight commit before its first batch is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select, update

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError
from pengaduan.store._core import Settings, derived_columns, pseudonym
from pengaduan.store._import import MAX_BATCH
from pengaduan.store._pseudonym_key import (
    KeyProblem,
    KeyRotationReport,
    PseudonymKeyError,
    key_fingerprint,
    require_key,
)
from pengaduan.store._query import require_whole
from pengaduan.store._refresh import _histories as histories
from pengaduan.store._schema import complaints, store_settings
from pengaduan.store._steps import write
from pengaduan.store._unreadable import (
    id_text,
    lenient_text,
    resume_point,
    text_bound,
    undecodable,
)
from pengaduan.store._writing_key import KEY, ROTATION

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from pengaduan.model import Complaint
    from pengaduan.store._steps import Steps

__all__ = ["check_key", "rotate", "stored_fingerprint"]

ROTATED_UNTIL = "pseudonym_key_rotated_until"
SAMPLE = 20
"""How many stored pseudonyms a key is compared with before its fingerprint is first recorded."""


def _state(conn: Connection) -> dict[str, str]:
    rows = conn.execute(select(store_settings.c.name, store_settings.c.value))
    return {row.name: row.value for row in rows}


def stored_fingerprint(conn: Connection) -> str | None:
    """The fingerprint the database records (``None``: none yet)."""
    return _state(conn).get(KEY)


def _put(conn: Connection, name: str, value: str) -> None:
    conn.execute(delete(store_settings).where(store_settings.c.name == name))
    conn.execute(store_settings.insert().values(name=name, value=value))


def _insert_if_absent(conn: Connection, name: str, value: str) -> None:
    """Insert the row unless another opener recorded one first (both databases' upsert)."""
    from sqlalchemy.dialects import postgresql, sqlite  # noqa: PLC0415 - per dialect

    dialect: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(
        dialect.insert(store_settings).values(name=name, value=value).on_conflict_do_nothing()
    )


def _candidates(settings: Settings, complaint: Complaint) -> set[str | None]:
    """The pseudonyms a write under ``settings`` stores for ``complaint``, by today's rules and
    by an older release's (the account id as it is; a phone as written)."""
    found: set[str | None] = {derived_columns(settings, complaint, ("reporter",))["reporter"]}
    reporter = complaint.reporter
    if reporter.account_id:
        found.add(pseudonym(settings, reporter.account_id))
    elif reporter.phone:
        found.add(pseudonym(settings, reporter.phone))
    return found


def _reproduces(conn: Connection, key: bytes) -> bool:
    """Whether ``key`` reproduces a stored pseudonym of the first rows that hold one (``True``
    when none holds one: nothing contradicts the key)."""
    c = complaints.c
    with lenient_text(conn):
        rows = list(
            conn.execute(
                select(c.tracking_id, c.reporter)
                .where(c.reporter.is_not(None))
                .order_by(c.tracking_id)
                .limit(SAMPLE)
            )
        )
        loaded = histories(conn, [row.tracking_id for row in rows])
    if not rows:
        return True
    settings = Settings(pseudonym_key=key)
    verified = 0
    for row in rows:
        complaint = loaded.get(row.tracking_id)
        if complaint is None:  # deleted meanwhile, or its history does not verify
            continue
        verified += 1
        if row.reporter in _candidates(settings, complaint):
            return True
    return verified == 0


def _holds_pseudonyms(conn: Connection) -> bool:
    """Whether a row holds a reporter pseudonym (one probe of the reporter index)."""
    c = complaints.c
    found = conn.execute(select(c.tracking_id).where(c.reporter.is_not(None)).limit(1)).first()
    return found is not None


def check_key(conn: Connection, key: bytes | None) -> bool:
    """Check the key a repository opens with; whether a repository without one must refuse to
    store a new reporter (the database records a key, or holds pseudonyms written before it
    recorded one).

    Raises:
        PseudonymKeyError: another key than the recorded one, a first key that reproduces none
            of the sampled pseudonyms, or a key while a rotation is in progress.
    """
    state = _state(conn)
    if key is None:
        return KEY in state or ROTATION in state or _holds_pseudonyms(conn)
    if ROTATION in state:
        raise PseudonymKeyError(KeyProblem.ROTATING)
    fingerprint = key_fingerprint(key)
    stored = state.get(KEY)
    if stored is None:
        if not _reproduces(conn, key):
            raise PseudonymKeyError(KeyProblem.UNCONFIRMED)
        _insert_if_absent(conn, KEY, fingerprint)
        stored = stored_fingerprint(conn)
    if stored != fingerprint:
        raise PseudonymKeyError(KeyProblem.MISMATCH)
    return True


def _begin(conn: Connection, old_key: bytes, new_key: bytes) -> tuple[str, bool] | None:
    """Start (or continue) a rotation: where to start and whether it resumes; ``None`` when the
    database records the new key already (the rotation is done)."""
    old, new = key_fingerprint(old_key), key_fingerprint(new_key)
    state = _state(conn)
    rotation = state.get(ROTATION)
    if rotation is not None:
        if rotation != f"{old} {new}":
            raise PseudonymKeyError(KeyProblem.ROTATION_KEYS)
        return state.get(ROTATED_UNTIL, ""), True
    stored = state.get(KEY)
    if stored == new:
        return None
    if stored is None and not _reproduces(conn, old_key):
        raise PseudonymKeyError(KeyProblem.UNCONFIRMED)
    if stored is not None and stored != old:
        raise PseudonymKeyError(KeyProblem.MISMATCH)
    if stored is not None:
        # Rewriting the key's row waits for every write that holds it (``_writing_key``), so
        # their rows are committed before the first batch is read.
        _put(conn, KEY, stored)
    _put(conn, ROTATION, f"{old} {new}")
    _put(conn, ROTATED_UNTIL, "")
    return "", False


def _rotate_batch(
    conn: Connection, settings: Settings, after: str, limit: int
) -> tuple[str | None, int, int, list[str]]:
    """Rotate up to ``limit`` rows after ``after``: the last id read, rows read and rotated,
    and the ids whose history does not verify (or that are not UTF-8, see ``_unreadable``)."""
    c = complaints.c
    with lenient_text(conn):
        rows = list(
            conn.execute(
                select(c.tracking_id, c.reporter)
                .where(c.tracking_id > text_bound(after), c.reporter.is_not(None))
                .order_by(c.tracking_id)
                .limit(limit)
            )
        )
        if not rows:
            return None, 0, 0, []
        loaded = histories(conn, [row.tracking_id for row in rows])
    changes: list[dict[str, Any]] = []
    unverified: list[str] = []
    for row in rows:
        if row.tracking_id not in loaded:  # deleted meanwhile, or an id that is not UTF-8
            if undecodable(row.tracking_id):
                unverified.append(id_text(row.tracking_id))
            continue
        complaint = loaded[row.tracking_id]
        if complaint is None:
            unverified.append(id_text(row.tracking_id))
            continue
        value = derived_columns(settings, complaint, ("reporter",))["reporter"]
        if value != row.reporter:
            changes.append({"cas_id": row.tracking_id, "new_reporter": value})
    if changes:
        # The record a pseudonym derives from never changes after the first write: a complaint
        # appended to meanwhile keeps the same reporter, so no compare-and-set is needed.
        conn.execute(
            update(complaints)
            .where(c.tracking_id == bindparam("cas_id"))
            .values(reporter=bindparam("new_reporter")),
            changes,
        )
    last = rows[-1].tracking_id
    _put(conn, ROTATED_UNTIL, resume_point(last))
    return last, len(rows), len(changes), unverified


def _finish(conn: Connection, new_key: bytes) -> None:
    # The key's row first, then the rotation's: the order writers lock them in
    # (``_writing_key``); the other order deadlocks with a writer on PostgreSQL.
    _put(conn, KEY, key_fingerprint(new_key))
    conn.execute(delete(store_settings).where(store_settings.c.name.in_((ROTATION, ROTATED_UNTIL))))


def rotate(old_key: object, new_key: object, batch_size: object) -> Steps[KeyRotationReport]:
    """Recompute every stored pseudonym under ``new_key``, then record its fingerprint."""
    old = require_key(old_key, "old_key")
    new = require_key(new_key, "new_key")
    size = require_whole(batch_size, "batch_size", MAX_BATCH)
    if old == new:
        raise ArgumentError(argument="new_key", rule=N_("must differ from old_key"))
    begun = yield from write(lambda conn: _begin(conn, old, new))
    if begun is None:
        return KeyRotationReport()
    after, resumed = begun
    rotating = Settings(pseudonym_key=new)
    checked = rotated = 0
    unverified: list[str] = []
    while True:
        start = after
        last, read, changed, bad = yield from write(
            lambda conn: _rotate_batch(conn, rotating, start, size)  # noqa: B023 - run at once
        )
        checked += read
        rotated += changed
        unverified.extend(bad)
        if last is None or read < size:
            break
        after = last
    yield from write(lambda conn: _finish(conn, new))
    return KeyRotationReport(
        checked=checked, rotated=rotated, resumed=resumed, unverified=tuple(sorted(unverified))
    )
