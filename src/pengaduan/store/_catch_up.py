"""Catching a transparency log up with the store: ``catch_up_log``.

A repository opened with ``log=`` appends each head after its transaction commits. A log that
fails then raises `UnloggedWriteError` naming the heads; a process killed between the commit
and the append raises nothing, and the heads it committed are missing from the log. The
catch-up finds them: it reads every stored complaint's version and head in tracking-id order,
a batch at a time (one range of the primary key each, so memory stays flat), and compares each
with the newest entry the log holds for that complaint. Only the complaints whose stored head
the log lacks are loaded, their hash chain verified as ``get`` verifies it, and their head
appended; the stored head covers every version before it.

No narrower scan is offered. ``updated_at`` is the time of the newest event as its actor gave
it (an import writes the times of its export, an action may be dated earlier than its commit),
not the time of the commit, and no index covers it: a head left unlogged by a crash can carry
any ``updated_at``. Reading the heads is one pass over the primary key's index, so the whole
scan is the cheap part; loading and verifying histories happens only for what is missing.

A complaint whose history does not verify is never logged (its head may be the tampered part):
it is reported. So is one whose log entry is ahead of the store (the log holds a later version,
or another head for the stored version): the store went back or was rewritten since that head
was logged, and the log must keep what it holds; a checkpoint then reports it as forged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
from sqlalchemy import select

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, CheckpointError, type_name
from pengaduan.store._import import MAX_BATCH
from pengaduan.store._query import require_whole
from pengaduan.store._refresh import _histories as histories
from pengaduan.store._schema import complaints
from pengaduan.store._steps import Local, read
from pengaduan.store._unreadable import id_text, lenient_text, text_bound, undecodable

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import Connection

    from pengaduan.integrity import TransparencyLog
    from pengaduan.model import Complaint
    from pengaduan.store._core import Settings
    from pengaduan.store._steps import Steps

__all__ = ["LogCatchUpReport", "catch_up_log"]


@attrs.frozen(kw_only=True)
class LogCatchUpReport:
    """What [`catch_up_log()`][pengaduan.store.Repository.catch_up_log] did.

    A second run over an unchanged store appends nothing.

    Attributes:
        checked: stored complaints read and compared with the log.
        appended: heads appended to the log (complaints whose stored head it did not hold).
        unverified: tracking ids whose stored history does not verify: their head is not
            logged (it may be the tampered part). See [Integrity](../explanation/integrity.md).
        diverged: tracking ids for which the log holds a later version than the store, or
            another head for the stored version: the store went back or was rewritten after
            the log took that head. Nothing is appended for them; a checkpoint reports them.
    """

    checked: int = 0
    appended: int = 0
    unverified: tuple[str, ...] = ()
    diverged: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether the log now holds the stored head of every complaint read."""
        return not self.unverified and not self.diverged


def _heads_after(conn: Connection, after: Any, limit: int) -> list[Any]:
    """Up to ``limit`` stored (tracking id, version, head) after ``after``, in id order."""
    c = complaints.c
    with lenient_text(conn):
        return list(
            conn.execute(
                select(c.tracking_id, c.version, c.head)
                .where(c.tracking_id > text_bound(after))
                .order_by(c.tracking_id)
                .limit(limit)
            )
        )


def _require_log(log: object, settings: Settings) -> TransparencyLog:
    from pengaduan.integrity import TransparencyLog  # noqa: PLC0415 - only when used

    if log is None:
        log = settings.log
        if log is None:
            raise ArgumentError(
                argument="log",
                rule=N_("must be given when the repository was opened without a log"),
            )
    if not isinstance(log, TransparencyLog):
        raise ArgumentError(
            argument="log", rule=N_("must be None or a TransparencyLog"), given=type_name(log)
        )
    return log


def _state(log: TransparencyLog, tracking_id: str, version: int, head: str) -> str:
    """``"held"``, ``"missing"`` or ``"diverged"``: what the log holds of a stored head."""
    latest = log.latest(tracking_id)
    if latest is None or latest.version < version:
        return "missing"
    if latest.version == version and latest.head == head:
        return "held"
    return "diverged"


def _append(log: TransparencyLog, complaint: Complaint) -> str:
    """Append a verified complaint's head: ``"appended"``, ``"held"`` (another writer logged
    it, or a later version, meanwhile) or ``"diverged"``."""
    before = log.size
    refused = False
    try:
        index = log.append(complaint)
    except CheckpointError as error:
        if error.reason != "out-of-order":
            raise
        refused = True
    if refused:
        latest = log.latest(complaint.tracking_id)
        return "held" if latest is not None and latest.version > complaint.version else "diverged"
    return "appended" if index >= before else "held"


def _batch(
    log: TransparencyLog, rows: list[Any], unverified: list[str], diverged: list[str]
) -> Steps[int]:
    """Compare one batch of stored heads with ``log``, append the missing ones (their histories
    loaded and verified first); how many were appended. What is not logged goes to
    ``unverified`` and ``diverged``."""
    missing: list[str] = []
    for row in rows:
        if undecodable(row.tracking_id) or undecodable(row.head):
            unverified.append(id_text(row.tracking_id))
            continue
        state = _state(log, row.tracking_id, row.version, row.head)
        if state == "missing":
            missing.append(row.tracking_id)
        elif state == "diverged":
            diverged.append(row.tracking_id)
    if not missing:
        return 0
    loaded = yield from read(lambda conn: histories(conn, missing))
    verified: list[Complaint] = []
    for tracking_id in missing:
        if tracking_id not in loaded:  # deleted meanwhile
            continue
        complaint = loaded[tracking_id]
        if complaint is None:
            unverified.append(tracking_id)
        else:
            verified.append(complaint)
    appended: int = yield Local(lambda: _log_batch(log, verified, diverged))
    return appended


def _log_batch(log: TransparencyLog, verified: list[Complaint], diverged: list[str]) -> int:
    """Append the heads of ``verified`` complaints, as one batch if the log takes it, else one
    by one; how many were appended. Those the log holds a later or another head of go to
    ``diverged``."""
    before = log.size
    refused = False
    try:
        indexes = log.extend(verified)  # one write and one sync for the batch
    except CheckpointError as error:
        if error.reason != "out-of-order":
            raise
        refused = True  # another writer moved on meanwhile: one at a time below
    if not refused:
        return sum(1 for index in indexes if index >= before)
    appended = 0
    for complaint in verified:
        done = _append(log, complaint)
        if done == "appended":
            appended += 1
        elif done == "diverged":
            diverged.append(complaint.tracking_id)
    return appended


def catch_up_log(
    settings: Settings,
    log: object,
    batch_size: object,
    progress: Callable[[int], object] | None,
) -> Steps[LogCatchUpReport]:
    """Append the stored head of every complaint whose head ``log`` does not hold."""
    target = _require_log(log, settings)
    size = require_whole(batch_size, "batch_size", MAX_BATCH)
    if progress is not None and not callable(progress):
        raise ArgumentError(
            argument="progress", rule="must be callable or None", given=type_name(progress)
        )
    yield Local(target.refresh)  # the heads other processes logged count as held
    checked = appended = 0
    unverified: list[str] = []
    diverged: list[str] = []
    after: Any = ""
    while True:
        start = after
        rows = yield from read(lambda conn: _heads_after(conn, start, size))  # noqa: B023 - run at once
        appended += yield from _batch(target, rows, unverified, diverged)
        checked += len(rows)
        if rows and progress is not None:
            progress(checked)
        if len(rows) < size:
            break
        after = rows[-1].tracking_id
    return LogCatchUpReport(
        checked=checked,
        appended=appended,
        unverified=tuple(sorted(unverified)),
        diverged=tuple(sorted(diverged)),
    )
