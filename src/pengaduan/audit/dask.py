"""Audit partitioned exports on a Dask cluster (the ``pengaduan[dask]`` extra).

An export of a national audit is many files (one per agency, region or month): JSON lines or CSV,
plain or gzip-compressed, on a local disk or behind any fsspec URL (``s3://``, ``gcs://``,
``file://``...). [`audit_dask()`][pengaduan.audit.dask.audit_dask] lists the files
([`list_partitions()`][pengaduan.audit.dask.list_partitions]), audits each one in a
task on the cluster's workers into an [`AuditPart`][pengaduan.audit.AuditPart], merges the parts in
a
tree of tasks on the workers, and reports on the caller's side. Because parts merge exactly, the
report equals the single-process report of the files read one after another in name order
(duplicates across files included), and a task lost with a worker is simply run again by Dask.

Each file is one partition, except that a plain (not compressed) JSON lines file larger than
``blocksize`` (64 MiB) is audited in blocks, one task each: tasks first count the lines of each
block, so that problems still name their line in the file. CSV files (a quoted cell may span
lines) and compressed files (not seekable) are read whole, one task per file.

Example::

    from pengaduan.audit.dask import audit_dask

    report = audit_dask("s3://ombudsman/ekspor/2025-*.jsonl.gz", scheduler="tcp://10.0.0.5:8786",
                        calendar=calendar, now=now, skip_invalid=True)
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from concurrent.futures import CancelledError
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.paths import NotRegularFileError, file_path, open_regular
from pengaduan._i18n import N_, Phrase
from pengaduan.audit.partial import AuditPart
from pengaduan.audit.problems import FileAccessError, ProblemKind, ReadProblem, not_regular_input
from pengaduan.audit.readers import MAX_LINE_BYTES, read_csv, read_json_lines
from pengaduan.errors import (
    ArgumentError,
    AuditEngineError,
    OptionalDependencyError,
    PengaduanError,
    SerializationError,
    type_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from datetime import datetime

    from pengaduan.audit.aggregate import AuditReport
    from pengaduan.audit.readers import ColumnMapping
    from pengaduan.audit.spill import SpillDirectory
    from pengaduan.audit.zones import ZoneThresholds
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.sla import SlaPolicy
    from pengaduan.workflow import Workflow

__all__ = ["audit_dask", "list_partitions"]

_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv")
_COMPRESSED = (".gz",)
_GLOB = frozenset("*?[")
_MAX_WORKERS = 64


def _require(module: str) -> Any:
    """Import a module of the ``dask`` extra, or raise the error naming the extra."""
    import importlib  # noqa: PLC0415

    try:
        return importlib.import_module(module)
    except ImportError:
        missing = True
    if missing:
        raise OptionalDependencyError(
            feature="the audit on a Dask cluster", package=module.partition(".")[0], extra="dask"
        )
    raise AssertionError  # pragma: no cover - unreachable


def _is_export(name: str) -> bool:
    lower = name.lower()
    for suffix in _COMPRESSED:
        lower = lower.removesuffix(suffix)
    return lower.endswith(_SUFFIXES)


def list_partitions(inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """The files of a partitioned export, as URLs in name order.

    Each input is a file, a directory (every ``.jsonl``, ``.ndjson``, ``.json`` and ``.csv``
    file under it, each optionally ``.gz``), or a glob (``ekspor/2025-*.jsonl.gz``); local paths or
    any URL fsspec understands.

    A local file must be a regular file: a pipe (FIFO), a device (``/dev/zero``) or a socket,
    named or found in a folder or by a glob, is refused before anything is read, as the
    single-process audit refuses it (a FIFO without a writer would wait forever, a device
    never end).

    Raises:
        ArgumentError: ``inputs`` is not a path, a URL or a list of them.
        FileAccessError: an input matches no file (``reason="missing"``), or a local file is
            not a regular file (``reason="not-regular"``).
        OptionalDependencyError: the ``dask`` extra is not installed.
    """
    names: list[str | os.PathLike[str]]
    if isinstance(inputs, str | os.PathLike):
        names = [inputs]
    elif isinstance(inputs, list | tuple) and inputs:
        names = list(inputs)
    else:
        raise ArgumentError(
            argument="inputs",
            rule=N_("must be a path, a URL or a non-empty list of them"),
            given=type_name(inputs),
        )
    core = _require("fsspec.core")
    found: set[str] = set()
    for name in names:
        found.update(_expand(core, file_path(name, "inputs")))
    return sorted(found)


def _filesystem_package(core: Any, text: str) -> str | None:
    """The package a URL's protocol needs (``s3fs`` for ``s3://``...), if it is not installed."""
    import importlib.util  # noqa: PLC0415

    protocol = core.split_protocol(text)[0]
    if protocol is None:
        return None
    known = _require("fsspec.registry").known_implementations.get(protocol)
    if known is None:
        return None
    package = str(known["class"]).partition(".")[0]
    return package if importlib.util.find_spec(package) is None else None


def _is_local(fs: Any) -> bool:
    """Whether an fsspec file system is the local disk (``/path``, ``file://``)."""
    return isinstance(fs, _require("fsspec.implementations.local").LocalFileSystem)


def _expand(core: Any, text: str) -> list[str]:
    missing = _filesystem_package(core, text)
    if missing is not None:
        raise OptionalDependencyError(feature=N_("reading this URL's storage"), package=missing)
    failed = False
    files: list[str] = []
    special: str | None = None
    try:
        fs, path = core.url_to_fs(text)
        local = _is_local(fs)
        # Locally, anything but a folder is listed (a pipe or a device too), to be refused below.
        listed = (lambda p: not fs.isdir(p)) if local else fs.isfile
        if _GLOB & set(path):
            files = [p for p in fs.glob(path) if listed(p)]
        elif fs.isdir(path):
            files = [p for p in fs.find(path) if _is_export(p)]
        elif fs.isfile(path) or (local and fs.exists(path)):
            files = [path]
        if local:
            special = next((p for p in files if not _regular(p)), None)
        files = [fs.unstrip_protocol(p) if "://" in text else p for p in files]
    except (OSError, ValueError, ImportError):
        failed = True
    if special is not None:
        raise not_regular_input(None if special == path else special)
    if failed or not files:
        raise FileAccessError(reason="missing", detail=N_("no export file matches an input"))
    return files


def _regular(path: str) -> bool:
    """Whether a local path is a regular file (a symlink is followed); a path that cannot be
    looked at is left to the task that reads it, which says why it cannot."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


@contextlib.contextmanager
def _opened(source: str, *, compression: str | None) -> Iterator[Any]:
    """A binary stream of ``source`` (``compression="infer"``: uncompressed by its suffix).

    A local file is opened as every loader of the library opens one (`open_regular()`): a
    pipe or a device is refused on its open descriptor, before any read, with
    ``NotRegularFileError``. Any other URL is opened through fsspec.
    """
    fsspec = _require("fsspec")
    fs, path = fsspec.core.url_to_fs(source)
    if not _is_local(fs):
        with fsspec.open(source, "rb", compression=compression) as stream:
            yield stream
        return
    codec = _require("fsspec.utils").infer_compression(path) if compression == "infer" else None
    with open_regular(path) as raw:
        if codec is None:
            yield raw
            return
        with _require("fsspec.compression").compr[codec](raw, mode="rb") as stream:
            yield stream


@attrs.frozen(kw_only=True)
class _Settings:
    """What every partition task needs (one task's result, which each worker fetches once)."""

    workflow: Workflow
    policy: SlaPolicy
    calendar: WorkingCalendar
    now: datetime
    thresholds: ZoneThresholds | None
    skip_invalid: bool
    input_format: str | None
    mapping: ColumnMapping | None
    timezone: str | None
    max_line_bytes: int
    check_duplicates: bool
    spill: SpillDirectory | None = None


@attrs.frozen(kw_only=True)
class _Span:
    """The lines of a plain file that start in ``[start, end)``; the first is ``first_line``."""

    start: int
    end: int
    first_line: int


def _line_start(raw: Any, offset: int, size: int) -> int:
    """The first line start at or after ``offset`` (``size`` when none)."""
    if offset == 0:
        return 0
    raw.seek(offset - 1)
    position = offset - 1
    while position < size:
        chunk = raw.read(1 << 16)
        if not chunk:
            break
        found: int = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)
    return size


def _count_lines(source: str, offset: int, stop: int, size: int) -> tuple[int, int, int]:
    """``(start, end, lines)`` of the block ``[offset, stop)`` aligned to line starts (a task)."""
    with _opened(source, compression=None) as raw:
        start = _line_start(raw, offset, size)
        end = _line_start(raw, stop, size) if stop < size else size
        raw.seek(start)
        lines, remaining, last = 0, end - start, b""
        while remaining > 0:
            chunk = raw.read(min(remaining, 1 << 20))
            if not chunk:
                break
            lines += chunk.count(b"\n")
            remaining -= len(chunk)
            last = chunk[-1:]
    if end == size and end > start and last != b"\n":
        lines += 1  # a last line without a newline
    return start, end, lines


def _splittable(source: str, input_format: str | None) -> bool:
    lower = source.lower()
    if lower.endswith(_COMPRESSED) or input_format == "csv":
        return False
    return input_format == "jsonl" or lower.endswith((".jsonl", ".ndjson", ".json"))


def _plan(
    client: Any, sources: list[str], settings: _Settings, blocksize: int | None
) -> list[tuple[str, _Span | None]]:
    """One partition per file, or per block of a large plain JSON lines file (line numbers
    counted by tasks first, so that every problem names its line in the file)."""
    core = _require("fsspec.core")
    counted: dict[str, list[Any]] = {}
    for source in sources:
        if blocksize is None or not _splittable(source, settings.input_format):
            continue
        fs, path = core.url_to_fs(source)
        size = int(fs.size(path))
        if size > blocksize:
            counted[source] = [
                client.submit(
                    _count_lines, source, offset, min(offset + blocksize, size), size, pure=False
                )
                for offset in range(0, size, blocksize)
            ]
    plan: list[tuple[str, _Span | None]] = []
    for source in sources:
        if source not in counted:
            plan.append((source, None))
            continue
        first_line = 1
        for start, end, lines in _gathered(client, counted[source]):
            if end > start:
                plan.append((source, _Span(start=start, end=end, first_line=first_line)))
            first_line += lines
    return plan


@attrs.frozen(kw_only=True)
class _Failure:
    """A partition that could not be audited at all (a task's result, raised on the caller)."""

    source: str
    access: bool
    reason: str
    where: str = ""


def _format(source: str, first: bytes, chosen: str | None) -> str:
    if chosen is not None:
        return chosen
    lower = source.lower().removesuffix(".gz")
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    return "jsonl" if first.lstrip(b"\xef\xbb\xbf").lstrip().startswith(b"{") else "csv"


def _audit_partition(
    source: str, order: int, settings: _Settings, span: _Span | None = None
) -> AuditPart | _Failure:
    """Audit one file, or one byte range of a plain JSON lines file, into a part (a task)."""
    from pengaduan._core.lines import bounded_lines  # noqa: PLC0415
    from pengaduan.audit.aggregate import Audit  # noqa: PLC0415

    audit = Audit(
        workflow=settings.workflow,
        policy=settings.policy,
        calendar=settings.calendar,
        now=settings.now,
        thresholds=settings.thresholds,
        skip_invalid=True,
        check_duplicates=settings.check_duplicates,
    )
    problems: list[ReadProblem] = []
    failure: _Failure | None = None
    part = AuditPart.empty()
    try:
        with _opened(source, compression=None if span else "infer") as raw:
            pieces = bounded_lines(raw, settings.max_line_bytes)
            if span is not None:
                raw.seek(span.start)
                pieces = _within(pieces, span.end - span.start)
            lines = _guarded(pieces, problems, first_line=span.first_line if span else 1)
            first = next(lines, b"")
            kind = "jsonl" if span is not None else _format(source, first, settings.input_format)
            stream = _chain(first, lines)
            if kind == "csv":
                records: Iterator[Any] = read_csv(
                    stream,
                    workflow=settings.workflow,
                    on_problem=problems.append,
                    mapping=settings.mapping,
                    timezone=settings.timezone,
                    max_line_bytes=settings.max_line_bytes,
                )
            else:
                records = read_json_lines(
                    stream,
                    on_problem=problems.append,
                    first_line=span.first_line if span else 1,
                    max_line_bytes=settings.max_line_bytes,
                )
            part = audit.part(
                _with_problems(records, problems),
                source=source,
                order=order,
                spill=settings.spill,
            )
    except SerializationError as error:
        failure = _Failure(source=source, access=False, reason=error.reason, where=error.path)
    except NotRegularFileError:  # a pipe or a device put there since it was listed
        failure = _Failure(source=source, access=True, reason="not-regular")
    except OSError as error:  # the file cannot be opened at all
        failure = _Failure(source=source, access=True, reason=type_name(error))
    return failure if failure is not None else part


def _within(pieces: Iterator[tuple[bytes, int]], size: int) -> Iterator[tuple[bytes, int]]:
    """The lines that start in the first ``size`` bytes."""
    position = 0
    for line, length in pieces:
        if position >= size:
            return
        position += length
        yield line, length


def _guarded(
    pieces: Iterator[tuple[bytes, int]], problems: list[ReadProblem], *, first_line: int = 1
) -> Iterator[bytes]:
    """The lines of a file; a file that breaks off (a truncated or corrupt gzip stream, a
    storage error mid-read) ends with a problem on the line after the last one read."""
    number = first_line - 1
    failed: str | None = None
    try:
        for line, _ in pieces:
            number += 1
            yield line
    except (OSError, EOFError, zlib.error) as error:
        failed = type_name(error)
    if failed is not None:
        problems.append(
            ReadProblem(
                line=number + 1,
                kind=ProblemKind.MALFORMED,
                where="file",
                detail=Phrase(
                    N_("the file is corrupt or cut short ({type}); the rest is not read"),
                    type=failed,
                ),
            )
        )


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _with_problems(records: Iterator[Any], problems: list[ReadProblem]) -> Iterator[Any]:
    """The records, with the problems the reader reported between them."""
    for record in records:
        if problems:
            yield from problems
            problems.clear()
        yield record
    yield from problems


def _merge_parts(
    spill: SpillDirectory | None, *parts: AuditPart | _Failure
) -> AuditPart | _Failure:
    """Merge parts (a task); the first failure wins, in file order. With a spill folder, the
    merged records go to disk once they pass its memory limit, so that neither the merge
    tasks nor the caller hold every id of the input."""
    failures = [p for p in parts if isinstance(p, _Failure)]
    if failures:
        return min(failures, key=lambda f: f.source)
    merged = AuditPart.merge_all(p for p in parts if isinstance(p, AuditPart))
    return merged if spill is None else merged._spilled(spill)


def _check_engine(scheduler: object, client: object, workers: object) -> None:
    if (scheduler is None) == (client is None):
        raise ArgumentError(
            argument="scheduler and client", rule=N_("give exactly one of them (scheduler='local')")
        )
    if scheduler is not None and (
        not isinstance(scheduler, str) or not scheduler or len(scheduler) > 512
    ):
        raise ArgumentError(
            argument="scheduler",
            rule=N_("must be 'local' or a scheduler address"),
            given=type_name(scheduler),
        )
    if (
        not isinstance(workers, int)
        or isinstance(workers, bool)
        or not 1 <= workers <= _MAX_WORKERS
    ):
        raise ArgumentError(
            argument="workers",
            rule=Phrase(N_("must be an int from 1 to {high}"), high=_MAX_WORKERS),
            given=type_name(workers),
        )


def audit_dask(
    inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    calendar: WorkingCalendar,
    now: datetime,
    scheduler: str | None = None,
    client: Any = None,
    workers: int = 2,
    workflow: Workflow | None = None,
    policy: SlaPolicy | None = None,
    input_format: str | None = None,
    mapping: ColumnMapping | None = None,
    timezone: str | None = None,
    thresholds: ZoneThresholds | None = None,
    skip_invalid: bool = False,
    max_line_bytes: int = MAX_LINE_BYTES,
    check_duplicates: bool = True,
    fan_in: int = 8,
    blocksize: int | None = 64 << 20,
    spill_dir: str | os.PathLike[str] | SpillDirectory | None = None,
) -> AuditReport:
    """Audit a partitioned export on a Dask cluster and report.

    The report equals [`audit_path()`][pengaduan.audit.audit_path] over the files concatenated in
    name
    order, except that problems name their file (``source``) and count lines per file.

    Args:
        inputs: files, directories, globs or URLs (see
            [`list_partitions()`][pengaduan.audit.dask.list_partitions]).
        calendar: the offices' working calendar.
        now: the moment of the audit (aware).
        scheduler: ``"local"`` for a cluster of ``workers`` processes on this machine (started
            and closed here), or a scheduler address (``"tcp://10.0.0.5:8786"``).
        client: a ``distributed.Client`` the caller manages, instead of ``scheduler``.
        workers: worker processes of a ``"local"`` cluster (1 to 64).
        workflow: the SOP; default the SP4N-LAPOR! v3 profile.
        policy: the clocks; default ``SlaPolicy.lapor(workflow)``.
        input_format: ``"jsonl"`` or ``"csv"`` for every file; default from each file's name
            (``.csv``, ``.jsonl``..., ``.gz`` allowed) or first character.
        mapping: CSV column mapping.
        timezone: IANA zone of CSV times written without an offset.
        thresholds: zone thresholds.
        skip_invalid: record bad lines as problems (with their file and line) and go on; else
            the first bad line, in file order, raises.
        max_line_bytes: the longest line read.
        check_duplicates: find tracking ids seen twice (across files too), exactly: every
            line with an id is a 20-byte record, spilled to a file under ``spill_dir`` past
            8 MiB per task, and the report settles them one bucket (1/128 of the ids) at a
            time. ``False`` when ids are known to be unique.
        fan_in: parts merged by one merge task (2 to 64).
        blocksize: plain (not compressed) JSON lines files larger than this many bytes are
            audited in blocks of this size, one task each (default 64 MiB; at least 1 KiB);
            ``None`` keeps every file whole. CSV and compressed files are always read whole.
        spill_dir: the folder the tasks spill tracking ids under (a fresh folder is made in
            it and removed at the end, whether the audit succeeded or not). With
            ``scheduler="local"`` the default is the system's temporary folder; with a
            ``client`` or a scheduler address, ``None`` keeps the records in the parts (20
            bytes per line, in the memory of the merge tasks and of the caller), and a folder
            must be one every worker and the caller can read (a shared file system). A
            [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] is used as it is (its
            ``memory``
            limit too) and left for the caller to close.

    Returns:
        The report.

    Raises:
        ArgumentError: an argument of the wrong type or value.
        FileAccessError: an input matches no file, or a file cannot be read (its name is in
            the detail).
        SerializationError: a file's CSV header is unusable, or (without ``skip_invalid``) a line
            is bad; the error's path names the file and line.
        OptionalDependencyError: the ``dask`` extra is not installed.
        StorageError: the spill files cannot be written or read.
        AuditEngineError: the cluster lost the audit's tasks (``reason="cluster-lost"``): a
            task's workers died more often than the scheduler's ``allowed-failures``, or the
            scheduler went away. A worker lost now and then is not an error: its tasks run
            again elsewhere. A task that failed with an error that is not the library's (a bug,
            its code out of memory) is ``reason="worker-failed"``; that error's text, which may
            hold data, is not shown.
    """
    from pengaduan.audit.aggregate import Audit  # noqa: PLC0415
    from pengaduan.audit.run import (  # noqa: PLC0415
        _check,
        _empty,
        _spill_folder,
        _zone,
        sop_and_policy,
    )

    _check(
        calendar=calendar,
        input_format=input_format,
        mapping=mapping,
        timezone=timezone,
        thresholds=thresholds,
        skip_invalid=skip_invalid,
        workers=1,
        max_line_bytes=max_line_bytes,
        progress=None,
    )
    _check_engine(scheduler, client, workers)
    if not isinstance(fan_in, int) or isinstance(fan_in, bool) or not 2 <= fan_in <= 64:
        raise ArgumentError(argument="fan_in", rule="must be an int from 2 to 64")
    if blocksize is not None and (type(blocksize) is not int or not 1024 <= blocksize < 1 << 62):
        raise ArgumentError(
            argument="blocksize", rule=N_("must be None or an int of at least 1024")
        )
    workflow, policy = sop_and_policy(workflow, policy, now)
    audit = Audit(
        workflow=workflow,
        policy=policy,
        calendar=calendar,
        now=now,
        thresholds=thresholds,
        skip_invalid=skip_invalid,
        check_duplicates=check_duplicates,
    )
    sources = list_partitions(inputs)
    distributed = _require("distributed")
    if client is not None and not isinstance(client, distributed.Client):
        raise ArgumentError(
            argument="client", rule=N_("must be a distributed.Client"), given=type_name(client)
        )
    with contextlib.ExitStack() as stack:
        spill = None
        if spill_dir is not None or scheduler == "local":
            spill = stack.enter_context(_spill_folder(spill_dir))
        settings = _Settings(
            workflow=workflow,
            policy=audit.policy,
            calendar=calendar,
            now=now,
            thresholds=thresholds,
            skip_invalid=skip_invalid,
            input_format=input_format,
            mapping=mapping,
            timezone=_zone(timezone),
            max_line_bytes=max_line_bytes,
            check_duplicates=check_duplicates,
            spill=spill,
        )
        if client is not None:
            merged = _run(client, sources, settings, fan_in, blocksize)
        elif scheduler == "local":
            with (
                distributed.LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                ) as cluster,
                distributed.Client(cluster) as local,
            ):
                merged = _run(local, sources, settings, fan_in, blocksize)
        else:
            merged = _connected(
                distributed,
                scheduler or "",
                sources=sources,
                settings=settings,
                fan_in=fan_in,
                blocksize=blocksize,
            )
        if isinstance(merged, _Failure):
            raise _raised(merged)
        report = audit.report_of(merged)  # reads the spill files, before they are removed
    if not report.complaints and not report.skipped:
        raise _empty()
    return report


def _connected(
    distributed: Any,
    address: str,
    *,
    sources: list[str],
    settings: _Settings,
    fan_in: int,
    blocksize: int | None,
) -> AuditPart | _Failure:
    failed = False
    try:
        remote = distributed.Client(address, timeout="10s")
    except (OSError, ValueError, TimeoutError):
        failed = True
    if failed:
        raise ArgumentError(argument="scheduler", rule=N_("must be a reachable scheduler address"))
    with remote:
        return _run(remote, sources, settings, fan_in, blocksize)


def _run(
    client: Any, sources: list[str], settings: _Settings, fan_in: int, blocksize: int | None
) -> AuditPart | _Failure:
    """Audit every partition in a task, then merge in a tree of tasks; one result comes back."""
    # The settings are a task's result, not data scattered to the workers: the scheduler keeps
    # one copy of scattered data (its memory manager drops the others), and a worker killed
    # with that copy would lose it for good, where a task's result is computed again. A fresh
    # key per run: with a key hashed from the settings, a run could reuse the key of the
    # previous run's settings while the scheduler is still releasing them.
    shared = client.submit(_given, settings, pure=False)
    layer = [
        client.submit(_audit_partition, source, order, shared, span, pure=False)
        for order, (source, span) in enumerate(_plan(client, sources, settings, blocksize))
    ]
    while len(layer) > 1:
        layer = [
            client.submit(_merge_parts, settings.spill, *layer[i : i + fan_in], pure=False)
            for i in range(0, len(layer), fan_in)
        ]
    result: AuditPart | _Failure = _gathered(client, layer[0])
    return result


def _gathered(client: Any, futures: Any) -> Any:
    """The tasks' results; a task's typed error as it is, the cluster's failures (a worker
    killed too often, a task cancelled, the scheduler gone) as an ``AuditEngineError`` with
    ``reason="cluster-lost"``, and any other error a task raised (not the library's: a bug, or
    an out-of-memory in its code) as one with ``reason="worker-failed"``, its text not shown."""
    try:
        return client.gather(futures)
    except PengaduanError:  # a task's own (the spill folder's, for one)
        raise
    except Exception as failure:  # none is the data's; its text is not shown
        lost = _cluster_lost() if _clusters_failure(failure) else _task_failed()
    raise lost  # outside the handler: the error, whatever it says, is not chained


def _clusters_failure(failure: Exception) -> bool:
    """Whether ``failure`` is the cluster's (a worker killed more often than the scheduler
    allows, a task cancelled, a connection closed or timed out), not a task's own error."""
    from distributed.scheduler import KilledWorker  # noqa: PLC0415 - the dask extra, lazily

    return isinstance(failure, (KilledWorker, CancelledError, OSError, TimeoutError))


def _task_failed() -> AuditEngineError:
    return AuditEngineError(
        reason="worker-failed",
        detail=N_("a task of the audit failed with an error that is not the library's"),
    )


def _cluster_lost() -> AuditEngineError:
    return AuditEngineError(
        reason="cluster-lost",
        detail=N_(
            "the Dask cluster lost the audit's tasks "
            "(a worker died too often, or the scheduler went away)"
        ),
    )


def _given(settings: _Settings) -> _Settings:
    """The settings as a task's result (a task: see ``_run``)."""
    return settings


def _raised(failure: _Failure) -> PengaduanError:
    if failure.access and failure.reason == "not-regular":
        return not_regular_input(failure.source)
    if failure.access:
        return FileAccessError(
            reason="unreadable",
            detail=Phrase(
                N_("{source} cannot be read ({type})"),
                source=failure.source,
                type=failure.reason,
            ),
        )
    where = f"{failure.source} {failure.where}".strip()
    return SerializationError(path=where, reason=failure.reason)
