"""Audit a file: pick the reader, stream it, optionally in worker processes over byte ranges.

The file is audited as [`AuditPart`][pengaduan.audit.AuditPart] values, as a cluster would: in this
process, or (JSON lines, ``workers > 1``) one forked process per byte range (split at line
starts), each returning the part of its range, merged here. A part counts complaints and keeps
the tracking ids of its lines as compact records, spilled to a
[`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] made
under ``spill_dir`` (and removed at the end) once a process holds more than 8 MiB of them; the
report settles the ids bucket by bucket, so duplicates are exact, the report is the one a
single process gives on any input, and memory does not grow with the number of histories. CSV
is read in one process (a quoted cell may span lines, so byte ranges cannot be split safely).

Lines are read in bounded pieces: a line longer than the limit is never held whole in memory.
"""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pengaduan._core.lines import bounded_lines
from pengaduan._core.paths import NotRegularFileError, file_path, open_regular, os_reason
from pengaduan._i18n import N_, Phrase
from pengaduan.audit.aggregate import Audit
from pengaduan.audit.partial import AuditPart
from pengaduan.audit.problems import FileAccessError, ReadProblem, not_regular_input
from pengaduan.audit.readers import MAX_LINE_BYTES, read_csv, read_json_lines
from pengaduan.audit.spill import SpillDirectory
from pengaduan.errors import (
    ArgumentError,
    AuditEngineError,
    PengaduanError,
    SerializationError,
    UnknownZoneError,
    type_name,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pengaduan.audit.aggregate import AuditReport
    from pengaduan.audit.readers import ColumnMapping, Record
    from pengaduan.audit.zones import ZoneThresholds
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.sla import SlaPolicy
    from pengaduan.workflow import Workflow

__all__ = ["audit_path", "detect_format"]

_REPORT_EVERY = 2048
_MAX_WORKERS = 64
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")


def sop_and_policy(workflow: object, policy: object, now: object) -> tuple[Workflow, SlaPolicy]:
    """The audit's SOP and SLA policy (the LAPOR! defaults for ``None``), arguments checked.

    Raises:
        ArgumentError: a workflow, policy or ``now`` of the wrong type.
    """
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415 - the audit loads these when it runs
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    if workflow is not None and not isinstance(workflow, Workflow):
        raise ArgumentError(
            argument="workflow", rule="must be a Workflow or None", given=type_name(workflow)
        )
    if policy is not None and not isinstance(policy, SlaPolicy):
        raise ArgumentError(
            argument="policy", rule="must be a SlaPolicy or None", given=type_name(policy)
        )
    if not isinstance(now, datetime):
        raise ArgumentError(argument="now", rule="must be an aware datetime", given=type_name(now))
    chosen = workflow if workflow is not None else Workflow.default()
    return chosen, policy if policy is not None else SlaPolicy.lapor(chosen)


def detect_format(path: str | os.PathLike[str]) -> str:
    """``"jsonl"`` or ``"csv"``, from the suffix, else from the first non-blank character.

    Raises:
        ArgumentError: ``path`` is not a file name.
        FileAccessError: the file is missing, a directory, not a regular file (a pipe or a
            device is refused unread), or cannot be read.
        SerializationError: the file is empty.
    """
    path = file_path(path)
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    with _open_binary(path) as stream:
        for line, _ in bounded_lines(stream, MAX_LINE_BYTES):
            stripped = line.lstrip(b"\xef\xbb\xbf").strip()
            if stripped:
                return "jsonl" if stripped.startswith(b"{") else "csv"
    raise _empty()


def _empty() -> SerializationError:
    return SerializationError(path="file", reason=N_("the input is empty: no complaints to audit"))


_ACCESS = {
    errno.ENOENT: "missing",
    errno.EISDIR: "is-directory",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
}


def _access_error(error: OSError) -> FileAccessError:
    reason = _ACCESS.get(error.errno or 0, "unreadable")
    detail = Phrase(
        N_("the input file cannot be read ({reason})"),
        reason=os_reason(error),
    )
    return FileAccessError(reason=reason, detail=detail)


def _open_binary(path: str | os.PathLike[str]) -> Any:
    """The input opened for streaming, if it is a regular file: a FIFO (which would block) or a
    device (which never ends) is refused before any read; a regular file of any size streams."""
    failure: PengaduanError | None = None
    stream: Any = None
    try:
        stream = open_regular(path)
    except IsADirectoryError:  # some systems open directories, others refuse them
        failure = FileAccessError(
            reason="is-directory", detail=N_("the input is a directory, not a file")
        )
    except NotRegularFileError:
        failure = not_regular_input()
    except OSError as error:
        failure = _access_error(error)
    except (ValueError, UnicodeError):
        failure = ArgumentError(argument="path", rule=N_("must be a file name the system accepts"))
    if failure is not None:
        raise failure
    return stream


def _check(
    *,
    calendar: object,
    input_format: object,
    mapping: object,
    timezone: object,
    thresholds: object,
    skip_invalid: object,
    workers: object,
    max_line_bytes: object,
    progress: object,
) -> None:
    from pengaduan.audit.readers import ColumnMapping  # noqa: PLC0415
    from pengaduan.audit.zones import ZoneThresholds  # noqa: PLC0415
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    def wrong(argument: str, rule: str, value: object) -> ArgumentError:
        return ArgumentError(argument=argument, rule=rule, given=type_name(value))

    if not isinstance(calendar, WorkingCalendar):
        raise wrong("calendar", "must be a WorkingCalendar", calendar)
    if input_format is not None and (
        not isinstance(input_format, str) or input_format not in {"jsonl", "csv"}
    ):
        raise wrong("input_format", N_("must be 'jsonl', 'csv' or None"), input_format)
    if mapping is not None and not isinstance(mapping, ColumnMapping):
        raise wrong("mapping", "must be a ColumnMapping or None", mapping)
    if timezone is not None and not (
        isinstance(timezone, str) and len(timezone) <= 64 and _ZONE_NAME.fullmatch(timezone)
    ):
        raise wrong("timezone", N_("must be an IANA zone name such as 'Asia/Makassar'"), timezone)
    if thresholds is not None and not isinstance(thresholds, ZoneThresholds):
        raise wrong("thresholds", "must be a ZoneThresholds or None", thresholds)
    if not isinstance(skip_invalid, bool):
        raise wrong("skip_invalid", "must be a bool", skip_invalid)
    if (
        not isinstance(workers, int)
        or isinstance(workers, bool)
        or not 1 <= workers <= _MAX_WORKERS
    ):
        raise wrong(
            "workers", Phrase(N_("must be an int from 1 to {high}"), high=_MAX_WORKERS), workers
        )
    if (
        not isinstance(max_line_bytes, int)
        or isinstance(max_line_bytes, bool)
        or not 64 <= max_line_bytes <= 1 << 31
    ):
        raise wrong("max_line_bytes", N_("must be an int from 64 to 2**31"), max_line_bytes)
    if progress is not None and not callable(progress):
        raise wrong("progress", N_("must be callable or None"), progress)


def audit_path(
    path: str | os.PathLike[str],
    *,
    calendar: WorkingCalendar,
    now: datetime,
    workflow: Workflow | None = None,
    policy: SlaPolicy | None = None,
    input_format: str | None = None,
    mapping: ColumnMapping | None = None,
    timezone: str | None = None,
    thresholds: ZoneThresholds | None = None,
    skip_invalid: bool = False,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
    check_duplicates: bool = True,
    spill_dir: str | os.PathLike[str] | SpillDirectory | None = None,
) -> AuditReport:
    """Audit a JSON lines or CSV file of complaint histories.

    The report is the same whatever ``workers`` is, on any input (duplicates, bad lines, a last
    line without a newline included).

    Args:
        path: the file.
        calendar: the offices' working calendar.
        now: the moment of the audit (aware).
        workflow: the SOP; default the SP4N-LAPOR! v3 profile.
        policy: the clocks; default ``SlaPolicy.lapor(workflow)``.
        input_format: ``"jsonl"`` or ``"csv"``; default from the file (see
            [`detect_format()`][pengaduan.audit.detect_format]).
        mapping: CSV column mapping.
        timezone: IANA zone of CSV times written without an offset.
        thresholds: zone thresholds.
        skip_invalid: record bad lines as problems and go on (else the first one raises).
        workers: processes for a JSON lines file (``1``: this process only; at most 64).
        progress: called now and then with ``(bytes done, total bytes)``.
        max_line_bytes: the longest line (JSON lines) or physical line (CSV) read; a longer one
            is a ``too_large`` problem (default [`MAX_LINE_BYTES`][pengaduan.audit.MAX_LINE_BYTES]).
        check_duplicates: find tracking ids seen twice (exact: every id is kept, 20 bytes
            each, in memory up to 8 MiB per process and then in spill files); ``False`` when
            ids are known to be unique.
        spill_dir: the folder the spill files go under (a fresh folder is made in it and
            removed when the audit ends, whether it succeeded or not); default the system's
            temporary folder. A [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] is used as
            it
            is (its ``memory`` limit too) and left for the caller to close.

    Returns:
        The report.

    Raises:
        ArgumentError: an argument of the wrong type or value.
        FileAccessError: the file is missing, a directory, not a regular file (a pipe or a
            device is refused unread), or cannot be read.
        StorageError: the spill files cannot be written (``spill_dir`` missing, or full).
        SerializationError: the file is empty, a CSV header is unreadable or lacks columns, a CSV
            time is naive without ``timezone``, or (without ``skip_invalid``) a line is bad; the
            error's path names the line.
        UnknownZoneError: ``timezone`` is not a zone.
        NaiveDatetimeError: ``now`` is naive.
        ConfigurationError: the policy does not fit the workflow.
        AuditEngineError: a worker process (``workers > 1``) ended before its part was
            audited (``reason="worker-died"``: killed, or out of memory), could not be
            started, or failed for a reason not the library's own (``"worker-failed"``);
            nothing is reported.
    """

    path = file_path(path)
    _check(
        calendar=calendar,
        input_format=input_format,
        mapping=mapping,
        timezone=timezone,
        thresholds=thresholds,
        skip_invalid=skip_invalid,
        workers=workers,
        max_line_bytes=max_line_bytes,
        progress=progress,
    )
    workflow, policy = sop_and_policy(workflow, policy, now)
    progress = _guarded(progress)
    kind = input_format or detect_format(path)
    total = _size(path)
    settings: dict[str, Any] = {
        "workflow": workflow,
        "policy": policy,
        "calendar": calendar,
        "now": now,
        "thresholds": thresholds,
        "skip_invalid": skip_invalid,
        "check_duplicates": check_duplicates,
    }
    try:
        return _audit(
            path,
            kind=kind,
            total=total,
            settings=settings,
            workers=workers,
            progress=progress,
            mapping=mapping,
            timezone=timezone,
            limit=max_line_bytes,
            spill_dir=spill_dir,
        )
    except _ProgressError:
        failed = True
    if failed:
        raise ArgumentError(
            argument="progress", rule=N_("must accept (done, total) without raising")
        )
    raise AssertionError  # pragma: no cover - unreachable


def _audit(
    path: str | os.PathLike[str],
    *,
    kind: str,
    total: int,
    settings: dict[str, Any],
    workers: int,
    progress: Callable[[int, int], None] | None,
    mapping: ColumnMapping | None,
    timezone: str | None,
    limit: int,
    spill_dir: str | os.PathLike[str] | SpillDirectory | None,
) -> AuditReport:
    audit = Audit(**settings)
    with _spill_folder(spill_dir) as spill:
        if kind == "jsonl" and workers > 1 and total > 0 and _can_fork():
            part = _parallel(
                path,
                settings=settings,
                total=total,
                workers=workers,
                progress=progress,
                limit=limit,
                spill=spill,
            )
        else:
            part = _single(
                path,
                audit=audit,
                kind=kind,
                total=total,
                progress=progress,
                mapping=mapping,
                timezone=timezone,
                limit=limit,
                spill=spill,
            )
        report = audit.report_of(part)
    if not report.complaints and not report.skipped:
        raise _empty()
    if progress is not None:
        progress(total, total)
    return report


def _single(
    path: str | os.PathLike[str],
    *,
    audit: Audit,
    kind: str,
    total: int,
    progress: Callable[[int, int], None] | None,
    mapping: ColumnMapping | None,
    timezone: str | None,
    limit: int,
    spill: SpillDirectory,
) -> AuditPart:
    """The whole file as one part, read in this process."""
    problems: list[ReadProblem] = []
    with _open_binary(path) as raw:
        lines = _lines(bounded_lines(raw, limit), total, progress)
        if kind == "csv":
            records = read_csv(
                lines,
                workflow=audit.workflow,
                on_problem=problems.append,
                mapping=mapping,
                timezone=_zone(timezone),
                max_line_bytes=limit,
            )
        else:
            records = read_json_lines(lines, on_problem=problems.append, max_line_bytes=limit)
        items = _with_problems(records, problems, stop=not audit.skip_invalid)
        return audit.part(items, spill=spill)


def _with_problems(
    records: Iterator[Record], problems: list[ReadProblem], *, stop: bool
) -> Iterator[Record | ReadProblem]:
    """The records, with the problems the reader reported between them; with ``stop``, nothing
    after the first problem (the report raises the first problem in input order, and no line
    after it can change which one that is)."""
    for record in records:
        if problems:
            yield from problems
            problems.clear()
            if stop:
                return
        yield record
    yield from problems


def _spill_folder(
    spill_dir: str | os.PathLike[str] | SpillDirectory | None,
) -> contextlib.AbstractContextManager[SpillDirectory]:
    """A fresh spill folder under ``spill_dir`` (removed on exit), or the caller's own."""
    if isinstance(spill_dir, SpillDirectory):
        return contextlib.nullcontext(spill_dir)
    return SpillDirectory(spill_dir)


class _ProgressError(Exception):
    """The caller's progress callback raised."""


def _guarded(progress: Callable[[int, int], None] | None) -> Callable[[int, int], None] | None:
    """The progress callback, its failures turned into `_ProgressError`."""
    if progress is None:
        return None
    callback = progress

    def call(done: int, total: int) -> None:
        try:
            callback(done, total)
        except Exception:  # the caller's code: reported as a bad argument below
            failed = True
        else:
            failed = False
        if failed:
            raise _ProgressError

    return call


def _zone(timezone: str | None) -> str | None:
    """The zone name, checked here so that an unknown one is refused before any reading."""
    if timezone is not None:
        from pengaduan._core.time import load_zone  # noqa: PLC0415

        unknown = False
        try:
            load_zone(timezone)
        except UnknownZoneError:
            unknown = True
        if unknown:
            raise UnknownZoneError(timezone).detached()
    return timezone


def _size(path: str | os.PathLike[str]) -> int:
    failure: FileAccessError | None = None
    size = 0
    try:
        size = Path(path).stat().st_size
    except OSError as error:
        failure = _access_error(error)
    if failure is not None:
        raise failure
    return size


def _lines(
    pieces: Iterator[tuple[bytes, int]], total: int, progress: Callable[[int, int], None] | None
) -> Iterator[bytes]:
    done = 0
    for count, (line, size) in enumerate(pieces, start=1):
        done += size
        if progress is not None and count % _REPORT_EVERY == 0:
            progress(done, total)
        yield line


# -- parallel ---------------------------------------------------------------------------------


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_SETTINGS: dict[str, Any] = {}


def _scan(
    path: str | os.PathLike[str], parts: int, total: int, limit: int
) -> list[tuple[int, int, int]]:
    """Split points at line starts: ``(start byte, end byte, first line number)`` per part."""
    cuts = [total * k // parts for k in range(1, parts)]
    bounds: list[tuple[int, int]] = [(0, 1)]
    position = 0
    with _open_binary(path) as raw:
        for number, (_, size) in enumerate(bounded_lines(raw, limit), start=1):
            if cuts and position >= cuts[0]:
                while cuts and position >= cuts[0]:
                    cuts.pop(0)
                bounds.append((position, number))
            position += size
    ranges = [
        (start, bounds[i + 1][0] if i + 1 < len(bounds) else total, line)
        for i, (start, line) in enumerate(bounds)
    ]
    return [r for r in ranges if r[1] > r[0]]


def _worker(task: tuple[str, int, int, int, int, int]) -> AuditPart:
    """One byte range of the file as a part (its ids spilled to the audit's spill folder)."""
    path, start, end, first_line, slot, limit = task
    settings = dict(_SETTINGS)
    shared = settings.pop("shared")
    spill = settings.pop("spill")
    audit = Audit(**settings)
    problems: list[ReadProblem] = []
    with _open_binary(path) as raw:
        raw.seek(start)
        records = read_json_lines(
            _range(raw, start=start, end=end, shared=shared, slot=slot, limit=limit),
            on_problem=problems.append,
            first_line=first_line,
            max_line_bytes=limit,
        )
        items = _with_problems(records, problems, stop=not audit.skip_invalid)
        return audit.part(items, spill=spill)


def _range(
    raw: Any, *, start: int, end: int, shared: Any, slot: int, limit: int
) -> Iterator[bytes]:
    position = start
    for count, (line, size) in enumerate(bounded_lines(raw, limit), start=1):
        if position >= end:
            break
        position += size
        if count % _REPORT_EVERY == 0:
            shared[slot] = position - start
        yield line
    shared[slot] = position - start


def _parallel(
    path: str | os.PathLike[str],
    *,
    settings: dict[str, Any],
    total: int,
    workers: int,
    progress: Callable[[int, int], None] | None,
    limit: int,
    spill: SpillDirectory,
) -> AuditPart:
    """The file's byte ranges as parts, one forked process each, merged here."""
    ranges = _scan(path, workers, total, limit)
    context = multiprocessing.get_context("fork")
    shared = context.Array("q", len(ranges), lock=False)
    _SETTINGS.clear()
    _SETTINGS.update(settings, shared=shared, spill=spill)
    tasks = [
        (os.fspath(path), start, end, line, slot, limit)
        for slot, (start, end, line) in enumerate(ranges)
    ]

    def report() -> None:
        if progress is not None:
            progress(sum(shared), total)

    try:
        parts = _forked_parts(context, tasks, report)
    finally:
        _SETTINGS.clear()
    return AuditPart.merge_all(parts)


def _forked_parts(
    context: Any, tasks: list[tuple[str, int, int, int, int, int]], report: Callable[[], None]
) -> list[AuditPart]:
    """Every range's part, each range audited in a forked process of its own.

    The error of the first range (in file order) that failed is raised once the ranges before
    it are audited, so the error is the one the one-process audit raises; a process that ends
    without sending its part back (killed, out of memory) is an ``AuditEngineError``, where a
    pool of processes would wait for it forever. The processes left are killed on the way out.
    """
    from multiprocessing.connection import wait  # noqa: PLC0415

    running: list[tuple[Any, Any]] = []
    outcomes: dict[int, tuple[bool, object]] = {}
    try:
        for task in tasks:
            receiving, sending = context.Pipe(duplex=False)
            process = context.Process(target=_forked, args=(task, sending), daemon=True)
            try:
                process.start()
            except OSError:  # no process to be had (a limit on processes, or memory)
                started = False
            else:
                started = True
            finally:
                sending.close()
            if not started:
                receiving.close()
                raise _worker_not_started()
            running.append((process, receiving))
        waiting = {receiving: index for index, (_, receiving) in enumerate(running)}
        while waiting:
            for receiving in wait(list(waiting), timeout=0.2):
                index = waiting.pop(receiving)
                outcomes[index] = _received(receiving)
            report()
            settled = 0
            while settled in outcomes and outcomes[settled][0]:
                settled += 1
            if settled in outcomes:  # failed, and every range before it is audited
                raise _from_worker(outcomes[settled][1])
    finally:
        for process, receiving in running:
            if process.is_alive():
                process.kill()
            process.join()
            receiving.close()
    parts = [outcomes[index][1] for index in range(len(tasks))]
    return [part for part in parts if isinstance(part, AuditPart)]  # all of them, by now


def _forked(task: tuple[str, int, int, int, int, int], sending: Any) -> None:
    """A forked process's work: its range's part sent back, or the error that stopped it."""
    try:
        outcome: tuple[bool, object] = (True, _worker(task))
    except BaseException as error:  # sent back, raised by the caller
        outcome = (False, error)
    try:
        sending.send(outcome)
    except Exception:  # a part or an error that cannot be pickled
        sending.send((False, _worker_failed()))
    finally:
        sending.close()


def _received(receiving: Any) -> tuple[bool, object]:
    """What a process sent back; a process that ended without sending is a died worker, and
    one whose message cannot be read back a failed one."""
    try:
        outcome: tuple[bool, object] = receiving.recv()
    except (EOFError, OSError):
        outcome = (False, _worker_died())
    except Exception:  # a message cut short or not to be unpickled here
        outcome = (False, _worker_failed())
    return outcome


def _worker_died() -> AuditEngineError:
    return AuditEngineError(
        reason="worker-died",
        detail=N_(
            "a worker process ended before its part of the file was audited "
            "(killed, or out of memory)"
        ),
    )


def _worker_not_started() -> AuditEngineError:
    return AuditEngineError(
        reason="worker-failed",
        detail=N_("a worker process could not be started (too many processes, or no memory)"),
    )


def _worker_failed() -> AuditEngineError:
    return AuditEngineError(
        reason="worker-failed",
        detail=N_("a worker process failed, or could not send its part of the file back"),
    )


def _from_worker(error: object) -> PengaduanError:
    """A worker's error as the library's: its own typed errors as they are."""
    return error if isinstance(error, PengaduanError) else _worker_failed()
