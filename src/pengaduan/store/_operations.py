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

from pengaduan._core.time import require_aware
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, ConflictError, IntegrityError, type_name
from pengaduan.model import Actor, Submission
from pengaduan.store import _core, _import
from pengaduan.store._driver_errors import Race
from pengaduan.store._query import require_id
from pengaduan.store._steps import Read, Statement, Write

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

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
    "import_csv",
    "import_lines",
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
        stored = yield Write(lambda conn: _core.add(conn, settings, complaint))
    except Race:
        tid = getattr(complaint, "tracking_id", "")
        raise ConflictError(complaint_id=str(tid), expected=0, actual=1) from None
    settings.logged(stored)


def append(settings: Settings, complaint: object, expected_version: object) -> Steps[None]:
    """Store the events a complaint gained since ``expected_version`` (compare-and-set)."""
    plan = _core.prepare(settings, complaint, expected_version)
    step = Statement if _core.alone(plan) else Write
    try:
        yield step(lambda conn: _core.write(conn, plan))
    except Race:
        raise _stray_events(plan) from None
    settings.logged(plan.complaint)


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
    tries = _core.require_whole(attempts, "attempts", _MAX_ATTEMPTS)
    if not callable(change):
        raise ArgumentError(argument="change", rule="must be callable", given=type_name(change))
    for attempt in range(1, tries + 1):
        current = yield from get(tid)
        changed: Complaint = change(current)
        try:
            yield from append(settings, changed, current.version)
        except ConflictError:
            if attempt == tries:
                raise
            continue
        return changed
    raise AssertionError  # pragma: no cover - the loop returns or raises


def receive(  # noqa: PLR0917 - the arguments of receive, checked together
    settings: Settings,
    workflow: object,
    submission: object,
    tracking_id: object,
    at: object,
    actor: object,
    idempotency_key: object,
) -> Steps[Complaint]:
    """Receive a submission and store it, at most once per idempotency key."""
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - the store loads without it

    if not isinstance(workflow, Workflow):
        raise ArgumentError(
            argument="workflow", rule="must be a Workflow", given=type_name(workflow)
        )
    if not isinstance(submission, Submission):
        raise ArgumentError(
            argument="submission", rule="must be a Submission", given=type_name(submission)
        )
    tid = require_id(tracking_id, "tracking_id")
    when = require_aware(at, "at")
    if not isinstance(actor, Actor):
        raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
    key = None if idempotency_key is None else require_id(idempotency_key, "idempotency_key")
    try:
        stored: Complaint | None = yield Write(
            lambda conn: _core.receive(
                conn, settings, workflow, submission, tracking_id=tid, at=when, actor=actor, key=key
            )
        )
    except Race:  # the same key or tracking id, stored a moment ago by another delivery
        stored = None
    if stored is None and key is not None:
        stored = yield Read(lambda conn: _core.known_key(conn, key, submission, actor))
    if stored is None:
        raise ConflictError(complaint_id=tid, expected=0, actual=1)
    settings.logged(stored)  # a retry's head is logged already: nothing new
    return stored


def refresh_deadlines(settings: Settings, batch_size: object) -> Steps[int]:
    """Recompute every stored next deadline, ``batch_size`` complaints a transaction."""
    size = _core.require_whole(batch_size, "batch_size", _MAX_BATCH)
    last, total = "", 0
    while True:
        after = last
        done: tuple[str | None, int] = yield Write(
            lambda conn: _core.refresh_deadlines(conn, settings, after, size)  # noqa: B023 - run at once
        )
        handled, changed = done
        total += changed
        if handled is None:
            return total
        last = handled


# -- reading ----------------------------------------------------------------------------------


def get(tracking_id: object) -> Steps[Complaint]:
    """A complaint, its history verified up to the stored head."""
    tid = require_id(tracking_id, "tracking_id")
    complaint: Complaint = yield Read(lambda conn: _core.get(conn, tid))
    return complaint


def find_by_key(idempotency_key: object) -> Steps[Complaint | None]:
    """The complaint received under an idempotency key, or ``None``."""
    key = require_id(idempotency_key, "idempotency_key")
    found: Complaint | None = yield Read(lambda conn: _core.find_by_key(conn, key))
    return found


def page(settings: Settings, query: Query, limit: object, after: object) -> Steps[Page]:
    """One page of a work queue."""
    found: Page = yield Read(lambda conn: _core.page(conn, settings, query, limit, after))
    return found


def counts(settings: Settings, query: Query | None) -> Steps[dict[tuple[str | None, str], int]]:
    """Complaints per ``(unit, status)``."""
    found: dict[tuple[str | None, str], int] = yield Read(
        lambda conn: _core.counts(conn, settings, query)
    )
    return found


def count() -> Steps[int]:
    """How many complaints are stored."""
    found: int = yield Read(_core.count)
    return found


# -- in a transaction -------------------------------------------------------------------------


def add_in_transaction(settings: Settings, complaint: object) -> Steps[Complaint]:
    """`add` inside a caller's transaction: a lost race ends the whole transaction."""
    stored: Complaint = yield Write(lambda conn: _core.add(conn, settings, complaint))
    return stored


def append_in_transaction(
    settings: Settings, complaint: object, expected_version: object
) -> Steps[Complaint]:
    """`append` inside a caller's transaction."""
    stored: Complaint = yield Write(
        lambda conn: _core.append(conn, settings, complaint, expected_version)
    )
    return stored


# -- bulk import ------------------------------------------------------------------------------


def import_lines(
    settings: Settings,
    lines: Iterable[str | bytes],
    batch_size: object,
    start_line: object,
    progress: Callable[[int], object] | None,
) -> Steps[_import.ImportReport]:
    """Import a JSON-lines export in batches, one transaction each."""
    size, start = _import.check_arguments(lines, batch_size, start_line, progress)
    return (yield from _imported(settings, _import.json_items(lines, start), size, start, progress))


def import_csv(  # noqa: PLR0917 - the arguments of the import, checked together
    settings: Settings,
    lines: Iterable[str | bytes],
    workflow: Workflow | None,
    mapping: ColumnMapping | None,
    timezone: str | None,
    batch_size: object,
    start_line: object,
    progress: Callable[[int], object] | None,
) -> Steps[_import.ImportReport]:
    """Import the office CSV export in batches, one transaction each."""
    size, start = _import.check_arguments(lines, batch_size, start_line, progress)
    flow = _import.csv_arguments(workflow, mapping, timezone)
    items = _import.csv_items(lines, start, workflow=flow, mapping=mapping, timezone=timezone)
    return (yield from _imported(settings, items, size, start, progress))


def _imported(
    settings: Settings,
    items: Iterator[tuple[int, _import.Prepared | str]],
    size: int,
    start: int,
    progress: Callable[[int], object] | None,
) -> Steps[_import.ImportReport]:
    added = skipped = 0
    rejected: list[tuple[int, str]] = []
    last = start - 1
    for batch in _import.batches(items, size, start):
        rejected.extend(batch.bad)
        good = batch.good
        if good:
            fresh, old = yield Write(
                lambda conn: _import.write_batch(conn, settings, good)  # noqa: B023 - run at once
            )
            settings.logged(*fresh)
            added += len(fresh)
            skipped += old
        last = batch.last
        if progress is not None:
            progress(last)
    return _import.ImportReport(
        lines=last, added=added, skipped=skipped, rejected=tuple(sorted(rejected))
    )
