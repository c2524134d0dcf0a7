"""The repository's operations, each written once as the steps it asks of a database.

[`Repository`][pengaduan.store.Repository] and
[`AsyncRepository`][pengaduan.store.AsyncRepository] do the same work with two kinds of calls.
Each operation is described here once, as a generator of steps (see ``_steps``), and both front
ends carry it out with their driver: the argument checks, the retries after a conflict, the
typed errors for a lost insert race and the logging of committed heads are the same in both,
and a fix to one is a fix to both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan._core.keys import new_key
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, ConflictError, IntegrityError, type_name
from pengaduan.model import Actor, Submission
from pengaduan.store import _core, _import
from pengaduan.store._clock_skew import not_ahead
from pengaduan.store._driver_errors import Race
from pengaduan.store._query import require_id, require_whole
from pengaduan.store._steps import Statement, Write, lost_to_another_writer, read, write

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from pengaduan.audit import ColumnMapping
    from pengaduan.model import Complaint
    from pengaduan.store._core import Settings
    from pengaduan.store._query import Page, Query
    from pengaduan.store._steps import Steps
    from pengaduan.workflow import Workflow

__all__ = [
    "add",
    "add_in_transaction",
    "append",
    "append_in_transaction",
    "count",
    "counts",
    "find_by_key",
    "get",
    "imported",
    "page",
    "receive",
    "refresh_deadlines",
    "update",
]

_MAX_ATTEMPTS = 100
_MAX_BATCH = 10_000


# -- writing ----------------------------------------------------------------------------------


def add(settings: Settings, complaint: object) -> Steps[None]:
    """Store a new complaint; a complaint stored under its id first is a ``ConflictError``."""
    try:
        stored = yield from write(lambda conn: _core.add(conn, settings, complaint))
    except Race:
        tid = getattr(complaint, "tracking_id", "")
        raise ConflictError(complaint_id=str(tid), expected=0, actual=1) from None
    yield from settings.logging(stored)


def append(settings: Settings, complaint: object, expected_version: object) -> Steps[None]:
    """Store the events a complaint gained since ``expected_version`` (compare-and-set)."""
    plan = _core.prepare(settings, complaint, expected_version)
    if not plan.rows:  # no new event: nothing to write or log once the stored head is checked
        yield from read(lambda conn: _core.unchanged(conn, plan))
        return
    step = Statement if _core.alone(plan) else Write
    try:
        yield step(lambda conn: _core.write(conn, plan))
    except Race:
        raise _stray_events(plan) from None
    yield from settings.logging(plan.complaint)


def _stray_events(plan: _core.Appended) -> IntegrityError:
    """Event rows already stored past the projection's version (written outside the store)."""
    return IntegrityError(
        complaint_id=plan.complaint.tracking_id,
        sequence=plan.expected + 1,
        reason=N_("events past the stored version are already stored"),
    )


def update(
    settings: Settings, tracking_id: object, change: object, attempts: object
) -> Steps[Complaint]:
    """Load, change and append, again after a conflict, ``attempts`` times at the most."""
    tid = require_id(tracking_id, "tracking_id")
    tries = require_whole(attempts, "attempts", _MAX_ATTEMPTS)
    if not callable(change):
        raise ArgumentError(argument="change", rule="must be callable", given=type_name(change))
    for attempt in range(1, tries + 1):
        current = yield from get(tid)
        changed: Complaint = change(current)
        appending = append(settings, changed, current.version)
        if not (yield from lost_to_another_writer(appending, last=attempt == tries)):
            return changed
    raise AssertionError  # pragma: no cover - the last try returns or raises


def receive(  # noqa: PLR0917 - the arguments of receive, checked together
    settings: Settings,
    workflow: object,
    submission: object,
    tracking_id: object,
    at: object,
    actor: object,
    idempotency_key: object,
    clock: tuple[object, object],
) -> Steps[Complaint]:
    """Receive a submission and store it, at most once per idempotency key; ``clock``: the
    current time (``None``: the system clock's) and how far ahead of it ``at`` may be."""
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - the store loads without it

    flow = _core.require_type(workflow, Workflow, "workflow", "must be a Workflow")
    sub = _core.require_type(submission, Submission, "submission", "must be a Submission")
    tid = require_id(tracking_id, "tracking_id")
    require_aware(at, "at")
    who = _core.require_type(actor, Actor, "actor", "must be an Actor")
    key = None if idempotency_key is None else new_key(idempotency_key)
    now, skew = clock
    # Read once, as a plain UTC datetime: the time checked is the time recorded.
    when = not_ahead(at, argument="at", now=now, clock_skew=skew)
    try:
        stored: Complaint | None = yield from write(
            lambda conn: _core.receive(
                conn, settings, flow, sub, tracking_id=tid, at=when, actor=who, key=key
            )
        )
    except Race:  # the same key or tracking id, stored a moment ago by another delivery
        stored = None
    if stored is None and key is not None:
        stored = yield from read(lambda conn: _core.known_key(conn, key, sub, who))
    if stored is None:
        raise ConflictError(complaint_id=tid, expected=0, actual=1)
    yield from settings.logging(stored)  # a retry's head is logged already: nothing new
    return stored


def refresh_deadlines(settings: Settings, batch_size: object) -> Steps[int]:
    """Recompute every stored next deadline, ``batch_size`` complaints a transaction."""
    size = require_whole(batch_size, "batch_size", _MAX_BATCH)
    last, total = "", 0
    while True:
        after = last
        handled, changed = yield from write(
            lambda conn: _core.refresh_deadlines(conn, settings, after, size)  # noqa: B023 - run at once
        )
        total += changed
        if handled is None:
            return total
        last = handled


# -- reading ----------------------------------------------------------------------------------


def get(tracking_id: object) -> Steps[Complaint]:
    """A complaint, its history verified up to the stored head."""
    tid = require_id(tracking_id, "tracking_id")
    return (yield from read(lambda conn: _core.get(conn, tid)))


def find_by_key(idempotency_key: object) -> Steps[Complaint | None]:
    """The complaint received under an idempotency key, or ``None``."""
    key = new_key(idempotency_key)  # the rule every key was stored under
    return (yield from read(lambda conn: _core.find_by_key(conn, key)))


def page(settings: Settings, query: Query, limit: object, after: object) -> Steps[Page]:
    """One page of a work queue."""
    return read(lambda conn: _core.page(conn, settings, query, limit, after))


def counts(settings: Settings, query: Query | None) -> Steps[dict[tuple[str | None, str], int]]:
    """Complaints per ``(unit, status)``."""
    return read(lambda conn: _core.counts(conn, settings, query))


def count() -> Steps[int]:
    """How many complaints are stored."""
    return read(_core.count)


# -- in a transaction -------------------------------------------------------------------------


def add_in_transaction(settings: Settings, complaint: object) -> Steps[Complaint]:
    """`add` inside a caller's transaction: a lost race ends the whole transaction."""
    return write(lambda conn: _core.add(conn, settings, complaint))


def append_in_transaction(
    settings: Settings, complaint: object, expected_version: object
) -> Steps[Complaint]:
    """`append` inside a caller's transaction."""
    return write(lambda conn: _core.append(conn, settings, complaint, expected_version))


# -- bulk import ------------------------------------------------------------------------------


def imported(  # noqa: PLR0917 - the arguments of an import, checked together
    settings: Settings,
    lines: Iterable[str | bytes],
    batch_size: object,
    start_line: object,
    progress: Callable[[int], object] | None,
    csv: tuple[Workflow | None, ColumnMapping | None, str | None] | None = None,
) -> Steps[_import.ImportReport]:
    """Import JSON lines, or with ``csv`` (workflow, mapping, time zone) the office CSV export,
    in batches, one transaction each."""
    size, start = _import.check_arguments(lines, batch_size, start_line, progress)
    if csv is None:
        items = _import.json_items(lines, start)
    else:
        workflow, mapping, timezone = csv
        flow = _import.csv_arguments(workflow, mapping, timezone)
        items = _import.csv_items(lines, start, workflow=flow, mapping=mapping, timezone=timezone)
    added = extended = skipped = 0
    rejected: list[tuple[int, str]] = []
    last = start - 1
    for batch in _import.batches(items, size, start):
        rejected.extend(batch.bad)
        good = batch.good
        if good:
            done = yield from write(
                lambda conn: _import.write_batch(conn, settings, good)  # noqa: B023 - run at once
            )
            rejected.extend(done.rejected)
            added += len(done.added)
            extended += len(done.extended)
            skipped += done.skipped
            # The stored heads a line repeats too: appending a logged head is a no-op, and a
            # rerun after an UnloggedWriteError catches the log up.
            yield from settings.logging(*done.added, *done.extended, *done.unchanged)
        last = batch.last
        if progress is not None:
            progress(last)
    return _import.ImportReport(
        lines=last,
        added=added,
        skipped=skipped,
        rejected=tuple(sorted(rejected)),
        extended=extended,
    )
