"""Audit a file: pick the reader, stream it, optionally in worker processes over byte ranges.

A JSON lines file can be audited by several worker processes, each reading its own byte range
(split at line boundaries) into its own :class:`~pengaduan.audit.aggregate.Audit`; the parent merges
the per-unit counters, which is exact (counts and integer histograms add up). Before the workers
start, one quick pass over the file reads only the tracking ids, so duplicates are found across
ranges with their line numbers and skipped consistently. CSV is read in one process (a quoted
cell may span lines, so byte ranges cannot be split safely).

Memory stays bounded whatever the file size: lines are read one at a time; only counters,
histograms and one fingerprint per tracking id are kept.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pengaduan.audit.aggregate import Audit, _duplicate, fingerprint
from pengaduan.audit.readers import read_csv, read_json_lines
from pengaduan.errors import SerializationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from pengaduan.audit.aggregate import AuditReport
    from pengaduan.audit.readers import ColumnMapping
    from pengaduan.audit.zones import ZoneThresholds
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.sla import SlaPolicy
    from pengaduan.workflow import Workflow

__all__ = ["audit_path", "detect_format"]

_REPORT_EVERY = 2048
_ID_KEY = b'"tracking_id"'


def detect_format(path: str | os.PathLike[str]) -> str:
    """``"jsonl"`` or ``"csv"``, from the suffix, else from the first non-blank character.

    Raises:
        SerializationError: the file cannot be read, or is empty.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in {".jsonl", ".ndjson", ".json"}:
        return "jsonl"
    with _open_binary(path) as stream:
        for line in stream:
            stripped = line.lstrip(b"\xef\xbb\xbf").strip()
            if stripped:
                return "jsonl" if stripped.startswith(b"{") else "csv"
    raise _empty()


def _empty() -> SerializationError:
    return SerializationError(path="file", reason="the input is empty: no complaints to audit")


def _open_binary(path: str | os.PathLike[str]) -> Any:
    try:
        return Path(path).open("rb")
    except OSError as error:
        raise SerializationError(
            path="file", reason=f"cannot be read ({error.strerror or type(error).__name__})"
        ) from None


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
) -> AuditReport:
    """Audit a JSON lines or CSV file of complaint histories.

    Args:
        path: the file.
        calendar: the offices' working calendar.
        now: the moment of the audit (aware).
        workflow: the SOP; default the SP4N-LAPOR! v3 profile.
        policy: the clocks; default ``SlaPolicy.lapor(workflow)``.
        input_format: ``"jsonl"`` or ``"csv"``; default from the file (see :func:`detect_format`).
        mapping: CSV column mapping.
        timezone: IANA zone of CSV times written without an offset.
        thresholds: zone thresholds.
        skip_invalid: record bad lines as problems and go on (else the first one raises).
        workers: processes for a JSON lines file (``1``: this process only).
        progress: called now and then with ``(bytes done, total bytes)``.

    Returns:
        The report.

    Raises:
        SerializationError: the file is unreadable or empty, a header lacks columns, a time is
            naive without ``timezone``, or (without ``skip_invalid``) a line is bad; the error's
            path names the line.
        NaiveDatetimeError: ``now`` is naive.
        ConfigurationError: the policy does not fit the workflow.
    """
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    workflow = workflow if workflow is not None else Workflow.default()
    policy = policy if policy is not None else SlaPolicy.lapor(workflow)
    kind = input_format or detect_format(path)
    if kind not in {"jsonl", "csv"}:
        msg = f"input_format must be 'jsonl' or 'csv', not {kind!r}"
        raise ValueError(msg)
    total = _size(path)
    settings: dict[str, Any] = {
        "workflow": workflow,
        "policy": policy,
        "calendar": calendar,
        "now": now,
        "thresholds": thresholds,
        "skip_invalid": skip_invalid,
    }
    if kind == "jsonl" and workers > 1 and total > 0 and _can_fork():
        return _parallel(path, settings, total, workers, progress)
    audit = Audit(**settings)
    seen_any = False
    if kind == "csv":
        with _open_binary(path) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            records = read_csv(
                text,
                workflow=workflow,
                on_problem=audit.problem,
                mapping=mapping,
                timezone=timezone,
            )
            for count, record in enumerate(records, start=1):
                seen_any = True
                audit.add(record.complaint, line=record.line, verified=record.verified)
                if progress is not None and count % _REPORT_EVERY == 0:
                    progress(raw.tell(), total)
    else:
        with _open_binary(path) as raw:
            for record in read_json_lines(_counted(raw, total, progress), on_problem=audit.problem):
                seen_any = True
                audit.add(record.complaint, line=record.line, verified=record.verified)
    report = audit.report()
    if not seen_any and not report.skipped:
        raise _empty()
    if progress is not None:
        progress(total, total)
    return report


def _size(path: str | os.PathLike[str]) -> int:
    try:
        return Path(path).stat().st_size
    except OSError as error:
        raise SerializationError(
            path="file", reason=f"cannot be read ({error.strerror or type(error).__name__})"
        ) from None


def _counted(raw: Any, total: int, progress: Callable[[int, int], None] | None) -> Iterator[bytes]:
    done = 0
    for count, line in enumerate(raw, start=1):
        done += len(line)
        if progress is not None and count % _REPORT_EVERY == 0:
            progress(done, total)
        yield line


# -- parallel ---------------------------------------------------------------------------------


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_SETTINGS: dict[str, Any] = {}


def _tracking_id(line: bytes) -> str | None:
    start = line.find(_ID_KEY)
    if start >= 0:
        rest = line[start + len(_ID_KEY) :].lstrip()
        if rest.startswith(b":"):
            rest = rest[1:].lstrip()
            if rest.startswith(b'"'):
                end = rest.find(b'"', 1)
                if end > 0 and b"\\" not in rest[1:end]:
                    try:
                        return rest[1:end].decode("utf-8")
                    except UnicodeDecodeError:
                        return None
    try:
        document = json.loads(line)
    except ValueError:
        return None
    value: object = document.get("tracking_id") if isinstance(document, dict) else None
    return value if isinstance(value, str) else None


def _scan(
    path: str | os.PathLike[str], audit: Audit, parts: int, total: int
) -> tuple[list[tuple[int, int, int]], frozenset[int]]:
    """One pass over the file: split points at line starts, and the duplicate lines.

    Returns ``(start byte, end byte, first line number)`` per part and the line numbers of
    later occurrences of an id (recorded as problems on ``audit``, or raised).
    """
    seen: dict[int, int] = {}
    duplicates: set[int] = set()
    cuts = [total * k // parts for k in range(1, parts)]
    bounds: list[tuple[int, int]] = [(0, 1)]
    position = 0
    with _open_binary(path) as raw:
        for number, line in enumerate(raw, start=1):
            if cuts and position >= cuts[0]:
                cuts.pop(0)
                bounds.append((position, number))
            position += len(line)
            tracking_id = _tracking_id(line) if line.strip() else None
            if tracking_id is None:
                continue
            key = fingerprint(tracking_id)
            first = seen.get(key)
            if first is None:
                seen[key] = number
            else:
                duplicates.add(number)
                audit.problem(_duplicate(number, first))
    ranges = [
        (start, bounds[i + 1][0] if i + 1 < len(bounds) else total, line)
        for i, (start, line) in enumerate(bounds)
    ]
    return [r for r in ranges if r[1] > r[0]], frozenset(duplicates)


def _worker(task: tuple[str, int, int, int, frozenset[int], int]) -> tuple[str, Any]:
    path, start, end, first_line, skip, slot = task
    settings = dict(_SETTINGS)
    shared = settings.pop("shared")
    audit = Audit(**settings, check_duplicates=False)
    try:
        with Path(path).open("rb") as raw:
            raw.seek(start)
            for record in read_json_lines(
                _range(raw, start, end, shared, slot),
                on_problem=audit.problem,
                first_line=first_line,
            ):
                if record.line in skip:
                    continue
                audit.add(record.complaint, line=record.line, verified=record.verified)
    except SerializationError as error:
        return "error", (error.path, error.reason)
    return "ok", audit._state


def _range(raw: Any, start: int, end: int, shared: Any, slot: int) -> Iterator[bytes]:
    position = start
    count = 0
    while position < end:
        line = raw.readline()
        if not line:
            break
        position += len(line)
        count += 1
        if count % _REPORT_EVERY == 0:
            shared[slot] = position - start
        yield line
    shared[slot] = position - start


def _line_of(path: str) -> int:
    head = path.split(":", 1)[0]
    return int(head.removeprefix("line ")) if head.startswith("line ") else 0


def _parallel(
    path: str | os.PathLike[str],
    settings: dict[str, Any],
    total: int,
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> AuditReport:
    audit = Audit(**settings, check_duplicates=False)
    ranges, duplicates = _scan(path, audit, workers, total)
    context = multiprocessing.get_context("fork")
    shared = context.Array("q", len(ranges), lock=False)
    _SETTINGS.clear()
    _SETTINGS.update(settings, shared=shared)
    tasks = [
        (os.fspath(path), start, end, line, duplicates, slot)
        for slot, (start, end, line) in enumerate(ranges)
    ]
    try:
        with context.Pool(processes=len(tasks)) as pool:
            pending = pool.map_async(_worker, tasks)
            while not pending.ready():
                pending.wait(0.2)
                if progress is not None:
                    progress(sum(shared), total)
            results = pending.get()
    finally:
        _SETTINGS.clear()
    errors = [value for status, value in results if status == "error"]
    if errors:
        where, reason = min(errors, key=lambda e: _line_of(e[0]))
        raise SerializationError(path=where, reason=reason)
    for _, state in results:
        audit._merge_state(state)
    report = audit.report()
    if not report.complaints and not report.skipped:
        raise _empty()
    if progress is not None:
        progress(total, total)
    return report
