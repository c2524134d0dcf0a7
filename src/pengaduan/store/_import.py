"""Bulk import, shared by both repositories: read, check and batch; only the writing differs.

Two inputs: the library's JSON lines (one complaint with its history per line) and the office
CSV export the audit reads (one row per complaint, one column per milestone, replayed through
the workflow by [`pengaduan.audit.read_csv()`][pengaduan.audit.read_csv]). Each line or row becomes
a checked complaint
ready to insert, or a rejection ``(line number, code)``; batches of them are written one
transaction each, and complaints already stored are skipped, so a run that was interrupted is
resumed by running it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._i18n import N_
from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    PengaduanError,
    SerializationError,
    type_name,
)
from pengaduan.store import _core
from pengaduan.store._query import require_whole

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from sqlalchemy.engine import Connection

    from pengaduan.audit import ColumnMapping
    from pengaduan.model import Complaint
    from pengaduan.workflow import Workflow

__all__ = [
    "Batch",
    "ImportReport",
    "batches",
    "check_arguments",
    "csv_items",
    "json_items",
    "write_batch",
]

MAX_BATCH = 10_000

Prepared = tuple["Complaint", str, list[dict[str, Any]]]


@attrs.frozen(kw_only=True)
class ImportReport:
    """What a bulk import did.

    A line whose tracking id is stored is compared with the stored complaint: the same
    history (the same version and head), or an older export of it (its head is the stored
    event of its version), is already there (``skipped``); a longer history that extends the
    stored one has its new events appended under the checks of ``append()`` (``extended``);
    any other history is another one than the stored (a fork), rejected with the code
    ``"fork"``, and nothing of it is stored.

    Attributes:
        lines: lines read (the last one is where to resume with ``start_line=lines + 1``).
        added: complaints stored by this run.
        skipped: complaints already stored with this history (from an earlier, interrupted run,
            or an older export): left as they are.
        rejected: ``(line number, error code)`` for each line that was not stored; the error
            code is the [`PengaduanError`][pengaduan.errors.PengaduanError] code (``"fork"``
            for a history that is not the stored one), never the line's text.
        extended: stored complaints whose line held a longer history: its new events were
            appended.
    """

    lines: int
    added: int
    skipped: int
    rejected: tuple[tuple[int, str], ...]
    extended: int = 0


@attrs.define
class Batch:
    """Complaints ready to insert, the lines rejected, and the last line number read."""

    good: list[tuple[int, Prepared]]
    bad: list[tuple[int, str]]
    last: int


def check_arguments(
    lines: object, batch_size: object, start_line: object, progress: object
) -> tuple[int, int]:
    """The batch size and first line, after checking every argument of an import."""
    iterable = not isinstance(lines, str | bytes | type)
    if iterable:
        try:
            iter(lines)  # type: ignore[call-overload]
        except Exception:
            iterable = False
    if not iterable:
        raise ArgumentError(
            argument="lines",
            rule=N_("must be an iterable of lines (a text file)"),
            given=type_name(lines),
        )
    size = require_whole(batch_size, "batch_size", MAX_BATCH)
    if type(start_line) is not int or start_line < 1:
        raise ArgumentError(
            argument="start_line",
            rule=N_("must be a positive integer"),
            given=type_name(start_line),
        )
    if progress is not None and not callable(progress):
        raise ArgumentError(
            argument="progress", rule=N_("must be None or a callable"), given=type_name(progress)
        )
    return size, start_line


def _numbered(lines: Iterable[str | bytes], start_line: int) -> Iterator[tuple[int, str | bytes]]:
    for number, line in enumerate(lines, start=1):
        if number < start_line:
            continue
        if isinstance(line, str | bytes) and not line.strip():
            continue
        yield number, line


def json_items(
    lines: Iterable[str | bytes], start_line: int
) -> Iterator[tuple[int, Prepared | str]]:
    """Each JSON line from ``start_line`` on: a checked complaint or an error code."""
    from pengaduan.serialization import from_json  # noqa: PLC0415 - already loaded by _core

    iterator = _numbered(lines, start_line)
    while True:
        try:
            number, line = next(iterator)
        except StopIteration:
            return
        except (OSError, ValueError):
            raise SerializationError(path="lines", reason="the input cannot be read") from None
        try:
            yield number, _core.checked_new(from_json(line), loaded=True)
        except PengaduanError as exc:
            yield number, exc.code


def csv_arguments(workflow: object, mapping: object, timezone: object) -> Workflow:
    """The workflow a CSV import replays rows through, after checking the CSV options."""
    from pengaduan.audit import ColumnMapping  # noqa: PLC0415 - only for a CSV import
    from pengaduan.workflow import Workflow  # noqa: PLC0415 - the store loads without it

    if workflow is None:
        workflow = Workflow.default()
    if not isinstance(workflow, Workflow):
        raise ArgumentError(
            argument="workflow", rule=N_("must be None or a Workflow"), given=type_name(workflow)
        )
    if mapping is not None and not isinstance(mapping, ColumnMapping):
        raise ArgumentError(
            argument="mapping", rule=N_("must be None or a ColumnMapping"), given=type_name(mapping)
        )
    if timezone is not None and not isinstance(timezone, str):
        raise ArgumentError(
            argument="timezone",
            rule=N_("must be None or an IANA zone name"),
            given=type_name(timezone),
        )
    return workflow


def csv_items(
    lines: Iterable[str | bytes],
    start_line: int,
    *,
    workflow: Workflow,
    mapping: ColumnMapping | None,
    timezone: str | None,
) -> Iterator[tuple[int, Prepared | str]]:
    """Each CSV row from ``start_line`` on: a checked complaint or the reader's problem kind.

    Raises:
        SerializationError: the header is unusable, or a time has no offset and no zone was
            given (every row would fail alike).
        UnknownZoneError: ``timezone`` is not an IANA zone.
    """
    from pengaduan.audit import ReadProblem, read_csv  # noqa: PLC0415 - only for a CSV import

    problems: list[ReadProblem] = []
    records = read_csv(
        lines, workflow=workflow, on_problem=problems.append, mapping=mapping, timezone=timezone
    )
    for record in records:
        yield from ((p.line, p.kind.value) for p in problems if p.line >= start_line)
        problems.clear()
        if record.line < start_line:
            continue
        try:
            yield record.line, _core.checked_new(record.complaint)
        except PengaduanError as exc:
            yield record.line, exc.code
    yield from ((p.line, p.kind.value) for p in problems if p.line >= start_line)


def batches(
    items: Iterator[tuple[int, Prepared | str]], size: int, start_line: int
) -> Iterator[Batch]:
    """``size`` items per batch (at least one batch); a tracking id twice in a batch is refused."""
    batch = Batch(good=[], bad=[], last=start_line - 1)
    seen: set[str] = set()
    count = 0
    yielded = False
    for number, item in items:
        batch.last = max(batch.last, number)
        count += 1
        if isinstance(item, str):
            batch.bad.append((number, item))
        elif item[0].tracking_id in seen:
            batch.bad.append((number, ConflictError.code))
        else:
            seen.add(item[0].tracking_id)
            batch.good.append((number, item))
        if count >= size:
            yield batch
            yielded = True
            batch, seen, count = Batch(good=[], bad=[], last=batch.last), set(), 0
    if count or not yielded:
        yield batch


FORK = "fork"
"""The rejection code of a line whose history is not the stored complaint's (see
`ImportReport`)."""


@attrs.frozen(kw_only=True)
class Written:
    """What one batch did: the complaints added and extended (their heads to log), how many
    lines were already there, and the lines rejected against the stored complaints."""

    added: list[Complaint]
    extended: list[Complaint]
    skipped: int
    rejected: list[tuple[int, str]]
    unchanged: list[Complaint] = attrs.field(factory=list)
    """Lines that are the stored complaint as it is (its current head): logged again, which
    is a no-op for a head the log holds and catches up one an earlier run failed to log."""


def write_batch(
    conn: Connection, settings: _core.Settings, good: list[tuple[int, Prepared]]
) -> Written:
    """Insert the complaints not stored yet and extend the stored ones a line extends."""
    stored = _core.stored_heads(conn, [prepared[0].tracking_id for _, prepared in good])
    fresh = [prepared for _, prepared in good if prepared[0].tracking_id not in stored]
    if fresh:
        _core.insert_unchecked(conn, settings, fresh)
    quiet = attrs.evolve(settings, messenger=None)  # bulk imports write no messages
    done = Written(added=[prepared[0] for prepared in fresh], extended=[], skipped=0, rejected=[])
    skipped = 0
    for number, (complaint, _, _) in good:
        found = stored.get(complaint.tracking_id)
        if found is None:
            continue
        version, head = found
        if complaint.version < version:
            same = _core.stored_digest(conn, complaint.tracking_id, complaint.version)
            if same == complaint.head:
                skipped += 1  # an older export of the stored history
            else:
                done.rejected.append((number, FORK))
        elif complaint.history[version - 1].digest != head:
            done.rejected.append((number, FORK))
        elif complaint.version == version:
            skipped += 1
            done.unchanged.append(complaint)
        else:
            try:
                _core.write(conn, _core.prepare(quiet, complaint, version))
            except PengaduanError as exc:  # found before anything of it was written
                done.rejected.append((number, exc.code))
            else:
                done.extended.append(complaint)
    return attrs.evolve(done, skipped=skipped)
