"""Where partial audits keep their tracking ids: compact buckets, in memory or spilled to disk.

Exact duplicate detection needs every line that carried a tracking id until the end of the
audit, so the ids are stored the way an external hash join stores its keys: each such line is a
20-byte record (the id's 64-bit fingerprint, its line, the index of what the line contributes
in a small table of the part) in one of [`BUCKETS`][pengaduan.audit.spill.BUCKETS] buckets chosen by
the fingerprint. A
part keeps its records in memory up to ``SpillDirectory.memory`` bytes, then appends them to one
file of its own in a [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory], bucket by bucket. The
report settles the ids one
bucket at a time: memory holds one bucket of the whole input (the input's ids divided by
[`BUCKETS`][pengaduan.audit.spill.BUCKETS]), never every id at once.

A [`SpillDirectory`][pengaduan.audit.spill.SpillDirectory] is a fresh folder that is removed, with
every part's file in it, when
it is closed (``with`` block), whether the audit succeeded or failed.
[`audit_path()`][pengaduan.audit.audit_path] and [`audit_dask()`][pengaduan.audit.dask.audit_dask]
make and remove
their own under ``spill_dir``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
import tempfile
import uuid
from typing import TYPE_CHECKING, Any

from pengaduan._core.paths import file_path
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, StorageError, type_name

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import TracebackType

__all__ = ["BUCKETS", "SpillDirectory"]

BUCKETS = 128
"""Buckets the tracking ids are partitioned into (by the low bits of their fingerprint)."""
_MASK = BUCKETS - 1
_RECORD = struct.Struct("<QQI")
"""(fingerprint, line, payload index)."""
_DEFAULT_MEMORY = 8 << 20


def _storage_error(error: OSError, doing: str) -> StorageError:
    reason = "full" if error.errno == 28 else "failed"  # ENOSPC
    detail = {
        "made there": N_("the audit's spill files cannot be made there"),
        "written": N_("the audit's spill files cannot be written"),
    }.get(doing, N_("the audit's spill files cannot be read (was the spill folder removed?)"))
    return StorageError(reason=reason, detail=detail)


class SpillDirectory:
    """A folder for the tracking ids of partial audits, removed (with its files) on close.

    Args:
        under: the folder to make it in (it must exist); default the system's temporary folder
            (`tempfile.gettempdir()`). On a Dask cluster of several machines it must be a
            folder every worker and the caller can read (a shared file system).
        memory: the bytes of ids a part keeps in memory before it writes them to its file (20
            bytes per line; default 8 MiB, about 400,000 lines); ``0`` writes every part.

    Raises:
        ArgumentError: ``under`` is not a path, or ``memory`` not an int from 0 to 2**40.
        StorageError: the folder cannot be made.

    Example:
        >>> import os
        >>> with SpillDirectory() as spill:
        ...     made = spill.path
        ...     os.path.isdir(made)
        True
        >>> os.path.exists(made)
        False
    """

    __slots__ = ("_owner", "memory", "path")

    def __init__(
        self, under: str | os.PathLike[str] | None = None, *, memory: int = _DEFAULT_MEMORY
    ) -> None:
        folder = None if under is None else file_path(under, "under")
        if type(memory) is not int or not 0 <= memory <= 1 << 40:
            raise ArgumentError(
                argument="memory", rule="must be an int from 0 to 2**40", given=type_name(memory)
            )
        failure: StorageError | None = None
        try:
            self.path = tempfile.mkdtemp(prefix="pengaduan-audit-", dir=folder)
        except OSError as error:
            failure = _storage_error(error, "made there")
        if failure is not None:
            raise failure
        self.memory = memory
        self._owner = os.getpid()

    def __repr__(self) -> str:
        return f"SpillDirectory(memory={self.memory})"

    def close(self) -> None:
        """Remove the folder and every spill file in it (only from the process that made it;
        a copy sent to another process never removes anything)."""
        if self._owner == os.getpid():
            shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> SpillDirectory:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __getstate__(self) -> tuple[str, int]:
        return self.path, self.memory

    def __setstate__(self, state: tuple[str, int]) -> None:
        self.path, self.memory = state
        self._owner = -1  # a copy: it never removes the folder


class _Segment:
    """The tracking-id records of one partial audit (a value: pickles, never changes)."""

    __slots__ = ("buckets", "file", "order", "records", "runs", "source", "table")

    def __init__(
        self,
        *,
        order: int,
        source: str | None,
        table: tuple[Any, ...],
        records: int,
        buckets: tuple[bytes, ...] | None,
        file: str | None,
        runs: tuple[tuple[tuple[int, int], ...], ...] | None,
    ) -> None:
        self.order = order
        self.source = source
        self.table = table
        self.records = records
        self.buckets = buckets
        self.file = file
        self.runs = runs

    def bucket(self, number: int) -> Iterator[tuple[int, int, int]]:
        """``(fingerprint, line, payload index)`` of every record in one bucket."""
        if self.buckets is not None:
            yield from _RECORD.iter_unpack(self.buckets[number])
            return
        assert self.file is not None  # noqa: S101 - a spilled segment has both
        assert self.runs is not None  # noqa: S101
        spans = self.runs[number]
        if not spans:
            return
        failure: StorageError | None = None
        data = bytearray()
        try:
            with open(self.file, "rb") as stream:
                for offset, length in spans:
                    stream.seek(offset)
                    data += stream.read(length)
        except OSError as error:
            failure = _storage_error(error, "read (was the spill folder removed?)")
        if failure is not None:
            raise failure
        yield from _RECORD.iter_unpack(data)

    def spilled(self, spill: SpillDirectory) -> _Segment:
        """The same records in a file of ``spill`` (a segment already on disk is returned)."""
        if self.buckets is None:
            return self
        path = os.path.join(spill.path, f"{uuid.uuid4().hex}.ids")
        runs: list[tuple[tuple[int, int], ...]] = []
        failure: StorageError | None = None
        try:
            with open(path, "wb") as stream:
                for data in self.buckets:
                    runs.append(((stream.tell(), len(data)),) if data else ())
                    stream.write(data)
        except OSError as error:
            failure = _storage_error(error, "written")
        if failure is not None:
            with contextlib.suppress(OSError):
                os.remove(path)
            raise failure
        return _Segment(
            order=self.order,
            source=self.source,
            table=self.table,
            records=self.records,
            buckets=None,
            file=path,
            runs=tuple(runs),
        )

    def __getstate__(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


class _Writer:
    """Builds one `_Segment`: records into buckets, spilled past the memory limit."""

    __slots__ = ("_buffers", "_file", "_index", "_path", "_runs", "_size", "_spill", "_table")

    def __init__(self, spill: SpillDirectory | None) -> None:
        self._spill = spill
        self._buffers = [bytearray() for _ in range(BUCKETS)]
        self._size = 0
        self._table: list[Any] = []
        self._index: dict[int, int] = {}
        self._file: Any = None
        self._path: str | None = None
        self._runs: list[list[tuple[int, int]]] = [[] for _ in range(BUCKETS)]

    def add(self, key: int, line: int, payload: object) -> None:
        """One line's record; ``payload`` must be shared by equal lines (compared by identity)."""
        index = self._index.get(id(payload))
        if index is None:
            index = self._index[id(payload)] = len(self._table)
            self._table.append(payload)
        self._buffers[key & _MASK] += _RECORD.pack(key, line, index)
        self._size += _RECORD.size
        if self._spill is not None and self._size > self._spill.memory:
            self._flush()

    def _flush(self) -> None:
        assert self._spill is not None  # noqa: S101 - only called with one
        failure: StorageError | None = None
        try:
            if self._file is None:
                self._path = os.path.join(self._spill.path, f"{uuid.uuid4().hex}.ids")
                self._file = open(self._path, "wb")  # noqa: SIM115 - closed in finish()
            for number, buffer in enumerate(self._buffers):
                if buffer:
                    self._runs[number].append((self._file.tell(), len(buffer)))
                    self._file.write(buffer)
                    buffer.clear()
        except OSError as error:
            failure = _storage_error(error, "written")
        if failure is not None:
            self.discard()
            raise failure
        self._size = 0

    def discard(self) -> None:
        """Close and remove the file (a part that failed half-way)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._path is not None:
            with contextlib.suppress(OSError):  # else the spill folder's removal takes it
                os.remove(self._path)
            self._path = None

    def finish(self, *, order: int, source: str | None) -> _Segment:
        """The segment (on disk if anything was spilled, else in memory)."""
        records = sum(len(b) for b in self._buffers) // _RECORD.size
        if self._file is not None:
            self._flush()
            failure: StorageError | None = None
            try:
                self._file.close()
            except OSError as error:
                failure = _storage_error(error, "written")
            if failure is not None:
                raise failure
            self._file = None
            records = sum(n for runs in self._runs for _, n in runs) // _RECORD.size
            return _Segment(
                order=order,
                source=source,
                table=tuple(self._table),
                records=records,
                buckets=None,
                file=self._path,
                runs=tuple(tuple(r) for r in self._runs),
            )
        return _Segment(
            order=order,
            source=source,
            table=tuple(self._table),
            records=records,
            buckets=tuple(bytes(b) for b in self._buffers),
            file=None,
            runs=None,
        )
