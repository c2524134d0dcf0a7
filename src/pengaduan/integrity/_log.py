"""The transparency log: an append-only Merkle log of complaint heads, in memory or in a file.

One log object may be shared by threads (a web app's repository): an append holds the log's lock
from the version check to the file write. Several processes may append to one file on POSIX
systems: each append holds an exclusive ``flock`` on the file, first reads the lines the other
processes appended since, then writes its own, so the file stays one chain.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._core.paths import NotRegularFileError, file_path, open_regular, os_reason
from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ArgumentError, CheckpointError, NotFoundError, StorageError, type_name
from pengaduan.integrity._entry import LogEntry
from pengaduan.integrity._merkle import MerkleTree
from pengaduan.integrity._proofs import ConsistencyProof, InclusionProof

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX (Windows): one writer process per file
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from pengaduan.model import Complaint

__all__ = ["LoggedEntry", "TransparencyLog"]

SCHEMA = "pengaduan.transparency-log"
_HEADER = json.dumps({"schema": SCHEMA, "schema_version": 1}, separators=(",", ":")) + "\n"
_CHAIN_START = hashlib.sha256(b"pengaduan/transparency-log/v1").digest()
_MAX_LINE = 1024
_LINE_KEYS = frozenset({"tracking_id", "version", "head", "check"})


@attrs.frozen(kw_only=True, weakref_slot=False)
class LoggedEntry:
    """A log entry with its position in the log."""

    index: int
    """The leaf index, from 0."""
    entry: LogEntry

    @property
    def tracking_id(self) -> str:
        """The complaint's tracking id."""
        return self.entry.tracking_id

    @property
    def version(self) -> int:
        """The version that was logged."""
        return self.entry.version

    @property
    def head(self) -> str:
        """The head digest that was logged for that version."""
        return self.entry.head


def _line(entry: LogEntry, check: bytes) -> str:
    return (
        json.dumps(
            {
                "tracking_id": entry.tracking_id,
                "version": entry.version,
                "head": entry.head,
                "check": check.hex()[:32],
            },
            separators=(",", ":"),
            ensure_ascii=True,
        )
        + "\n"
    )


def _as_path(path: object) -> Path:
    return Path(file_path(path))


class TransparencyLog:
    """An append-only Merkle log (RFC 9162 style) of complaint heads.

    Each write of a complaint appends one [`LogEntry`][pengaduan.integrity.LogEntry] (tracking id,
    version, head digest).
    A tracking id's versions only grow: logging the same version and head again is a no-op that
    returns the existing index, and anything else for a version already passed is refused (the
    log never holds two heads for one version). Roots of any earlier size and every proof take
    O(log n) hashes.

    ``TransparencyLog()`` lives in memory; [`open()`][pengaduan.integrity.TransparencyLog.open]
    binds a log to a file that every append
    extends by one line (JSON lines after a header line, each with a running check value, so a
    truncated or edited file is refused when it is opened).
    [`save()`][pengaduan.integrity.TransparencyLog.save] writes a copy.

    One log may be shared by threads; on POSIX systems several processes may append to one file
    (each append locks the file with ``flock`` and reads the others' lines first;
    [`refresh()`][pengaduan.integrity.TransparencyLog.refresh] reads them without appending).

    Example:
        >>> log = TransparencyLog()
        >>> log.append_head("KPG-7Q4M-2X", 1, "ab" * 32)
        0
        >>> log.size, log.latest("KPG-7Q4M-2X").version
        (1, 1)
    """

    __slots__ = ("_by_id", "_check", "_entries", "_lock", "_offset", "_path", "_tree")

    def __init__(self) -> None:
        self._tree = MerkleTree()
        self._entries: list[bytes] = []
        self._by_id: dict[str, list[int]] = {}
        self._check = _CHAIN_START
        self._path: Path | None = None
        self._offset = 0  # bytes of the file read or written so far
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        where = "memory" if self._path is None else "file"
        return f"TransparencyLog(size={self.size}, in={where})"

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size(self) -> int:
        """The number of entries (the size of the newest tree)."""
        return len(self._entries)

    @property
    def path(self) -> Path | None:
        """The file this log appends to, or ``None`` for an in-memory log."""
        return self._path

    # -- writing -----------------------------------------------------------------------------

    def append(self, complaint: Complaint) -> int:
        """Log a complaint's current head; return the leaf index.

        Args:
            complaint: the complaint just written (its ``tracking_id``, ``version`` and ``head``).

        Returns:
            The index of the new leaf, or of the existing one if this head is already logged.

        Raises:
            ArgumentError: not a complaint.
            CheckpointError: ``out-of-order`` when a later version is already logged or this
                version was logged with another head.
            StorageError: the log file could not be written (nothing was logged).
        """
        complaint = _require_complaint(complaint)
        return self.append_head(complaint.tracking_id, complaint.version, complaint.head)

    def append_head(self, tracking_id: str, version: int, head: str) -> int:
        """Log a head given field by field; see
        [`append()`][pengaduan.integrity.TransparencyLog.append].

        Safe to call from several threads at once, and, for a file log on a POSIX system, from
        several processes appending to the same file: the lines another process appended are
        read (and checked) first, so versions stay in order across all of them.

        Raises:
            CheckpointError: ``out-of-order`` as for ``append()``; ``corrupt`` or ``truncated``
                when the lines another writer appended to the file do not check.
            StorageError: the log file could not be locked, read or written (nothing was logged).
        """
        entry = LogEntry(tracking_id=tracking_id, version=version, head=head)
        with self._lock:
            if self._path is None:
                known = self._logged(entry)
                if known is not None:
                    return known
                check = hashlib.sha256(self._check + entry.leaf_hash).digest()
                return self._add(entry, check)
            return self._append_to_file(self._path, entry)

    def extend(self, complaints: Iterable[Complaint]) -> tuple[int, ...]:
        """Log the current heads of several complaints at once; return their leaf indexes.

        The batch form of [`append()`][pengaduan.integrity.TransparencyLog.append]: one lock,
        and for a file log one write and one ``fsync`` for the whole batch instead of one per
        head (a disk syncs a few hundred to a few thousand times a second, so catching up a
        large store head by head takes hours). All or nothing: every head is checked before
        anything is written, and a failed write leaves the file as it was.

        Args:
            complaints: the complaints, in the order to log them (a complaint may come twice,
                its versions in order).

        Returns:
            For each complaint, the index of its new leaf, or of the existing one if that head
            is already logged.

        Raises:
            ArgumentError: an item is not a complaint with a history, or ``complaints`` cannot
                be iterated.
            CheckpointError: ``out-of-order`` for one of them, as for ``append()``; nothing
                was logged. ``corrupt`` or ``truncated`` as for ``append_head()``.
            StorageError: the log file could not be locked, read or written (nothing was
                logged).
        """
        heads = [
            (complaint.tracking_id, complaint.version, complaint.head)
            for complaint in (
                _require_complaint(item)
                for item in guarded(
                    complaints, "complaints", N_("must be an iterable of Complaint")
                )
            )
        ]
        return self.extend_heads(heads)

    def extend_heads(self, heads: Iterable[tuple[str, int, str]]) -> tuple[int, ...]:
        """Log several heads given field by field, ``(tracking_id, version, head)`` each; see
        [`extend()`][pengaduan.integrity.TransparencyLog.extend].

        Raises:
            ArgumentError: an item is not a ``(tracking_id, version, head)`` triple of valid
                fields, or ``heads`` cannot be iterated.
            CheckpointError: as for ``extend()``; nothing was logged.
            StorageError: as for ``extend()``; nothing was logged.
        """
        entries = [
            _entry_of(item)
            for item in guarded(
                heads, "heads", N_("must be an iterable of (tracking_id, version, head)")
            )
        ]
        with self._lock:
            if self._path is None:
                indexes, new = self._plan(entries)
                for entry, check in new:
                    self._add(entry, check)
                return indexes
            return self._extend_file(self._path, entries)

    def _plan(
        self, entries: list[LogEntry]
    ) -> tuple[tuple[int, ...], list[tuple[LogEntry, bytes]]]:
        """Each entry's index, and the entries to add with their chained checks, in order
        (the caller holds the lock; nothing changes here)."""
        staged: dict[str, tuple[int, str, int]] = {}
        new: list[tuple[LogEntry, bytes]] = []
        indexes: list[int] = []
        check = self._check
        for entry in entries:
            known = self._logged(entry, staged)
            if known is not None:
                indexes.append(known)
                continue
            index = self.size + len(new)
            check = hashlib.sha256(check + entry.leaf_hash).digest()
            new.append((entry, check))
            staged[entry.tracking_id] = (entry.version, entry.head, index)
            indexes.append(index)
        return tuple(indexes), new

    def _extend_file(self, path: Path, entries: list[LogEntry]) -> tuple[int, ...]:
        with _locked_file(path, "r+b", exclusive=True) as handle:
            self._catch_up(handle)
            indexes, new = self._plan(entries)
            if new:
                data = b"".join(_line(entry, check).encode("ascii") for entry, check in new)
                self._write_at_end(handle, data)
                for entry, check in new:
                    self._add(entry, check)
            return indexes

    def _write_at_end(self, handle: BinaryIO, data: bytes) -> None:
        """Append ``data`` to the file and sync it; on failure the file is cut back to where it
        ended, so it holds whole lines only (the caller holds both locks)."""
        failed: str | None = None
        end = handle.seek(0, os.SEEK_END)
        descriptor = handle.fileno()
        try:
            # Written on the descriptor, past the handle's buffer: a short write (a full
            # disk) leaves no buffered bytes for the close to try again.
            _write_all(descriptor, data)
            os.fsync(descriptor)
        except OSError as error:
            failed = os_reason(error)
            with contextlib.suppress(OSError):  # the log as it was: whole lines only
                os.ftruncate(descriptor, end)
        if failed is not None:
            raise StorageError(
                reason="failed",
                detail=Phrase(N_("cannot append to the log file ({failed})"), failed=failed),
            )
        self._offset += len(data)

    def _logged(
        self, entry: LogEntry, staged: dict[str, tuple[int, str, int]] | None = None
    ) -> int | None:
        """The index of ``entry`` if this very head is logged, ``None`` if it may be appended.

        ``staged`` holds the heads of a batch planned before this one and not written yet
        (tracking id: version, head, index), which count as logged.

        Raises:
            CheckpointError: ``out-of-order``: the same or a later version is logged.
        """
        last: tuple[int, str, int] | None = None
        if staged is not None and entry.tracking_id in staged:
            last = staged[entry.tracking_id]
        else:
            known = self._by_id.get(entry.tracking_id)
            if known:
                logged = LogEntry.decode(self._entries[known[-1]])
                last = (logged.version, logged.head, known[-1])
        if last is None:
            return None
        version, head, index = last
        if version == entry.version and head == entry.head:
            return index
        if version >= entry.version:
            raise CheckpointError(
                reason="out-of-order",
                detail=Phrase(
                    N_(
                        "complaint {complaint_id}: version {logged} is already logged; "
                        "cannot log version {version} with another head"
                    ),
                    complaint_id=safe_id(entry.tracking_id),
                    logged=version,
                    version=entry.version,
                ),
            )
        return None

    def _add(self, entry: LogEntry, check: bytes) -> int:
        """Add a checked entry to the memory state (the caller holds the lock)."""
        self._check = check
        index = self._tree.append(entry.leaf_hash)
        # Last: readers size the tree by the entries, so they never see a half-added leaf.
        self._entries.append(entry.encode())
        self._by_id.setdefault(entry.tracking_id, []).append(index)
        return index

    def _append_to_file(self, path: Path, entry: LogEntry) -> int:
        with _locked_file(path, "r+b", exclusive=True) as handle:
            self._catch_up(handle)
            known = self._logged(entry)
            if known is not None:
                return known
            check = hashlib.sha256(self._check + entry.leaf_hash).digest()
            self._write_at_end(handle, _line(entry, check).encode("ascii"))
            return self._add(entry, check)

    def refresh(self) -> int:
        """Read the entries other processes appended to this log's file since it was read.

        Appends do this by themselves; call it before reading (a root to sign, a proof) in a
        process that does not append, such as a nightly signing job that keeps the log open.

        Returns:
            The number of entries read (0 for an in-memory log).

        Raises:
            CheckpointError: ``corrupt`` or ``truncated``: the new lines do not check, or the
                file is shorter than what was read before (it was cut or replaced).
            StorageError: the file cannot be locked or read.
        """
        with self._lock:
            if self._path is None:
                return 0
            before = self.size
            with _locked_file(self._path, "rb", exclusive=False) as handle:
                self._catch_up(handle)
            return self.size - before

    def _catch_up(self, handle: BinaryIO) -> None:
        """Load the lines appended to the file after ``_offset`` (the caller holds both locks)."""
        failed: str | None = None
        data = b""
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > self._offset:
                handle.seek(self._offset)
                data = handle.read(size - self._offset)
        except OSError as error:
            failed = os_reason(error)
        if failed is not None:
            raise StorageError(
                reason="unavailable",
                detail=Phrase(N_("cannot read the log ({failed})"), failed=failed),
            )
        if size < self._offset:
            raise CheckpointError(
                reason="corrupt",
                detail=N_("the log file is shorter than when it was read: it was cut or replaced"),
            )
        if data:
            self._load_lines(data, first_line=self.size + 2)

    # -- reading -----------------------------------------------------------------------------

    def _size_arg(self, size: object) -> int:
        if size is None:
            return self.size
        if type(size) is not int:
            raise ArgumentError(argument="size", rule="must be an int", given=type_name(size))
        if not 0 <= size <= self.size:
            raise ArgumentError(
                argument="size",
                rule=Phrase(N_("must be from {low} to {high}"), low=0, high=self.size),
            )
        return size

    def entry(self, index: int) -> LogEntry:
        """The entry at leaf ``index``.

        Raises:
            ArgumentError: ``index`` is not an int below
                [`size`][pengaduan.integrity.TransparencyLog.size].
        """
        if type(index) is not int:
            raise ArgumentError(argument="index", rule="must be an int", given=type_name(index))
        if not 0 <= index < self.size:
            raise ArgumentError(
                argument="index",
                rule=Phrase(N_("must be from {low} to {high}"), low=0, high=self.size - 1),
            )
        return LogEntry.decode(self._entries[index])

    def __iter__(self) -> Iterator[LoggedEntry]:
        for index, encoded in enumerate(self._entries):
            yield LoggedEntry(index=index, entry=LogEntry.decode(encoded))

    def entries_for(self, tracking_id: str, size: int | None = None) -> tuple[LoggedEntry, ...]:
        """Every entry of one complaint in the tree of ``size`` leaves, oldest first.

        Raises:
            ArgumentError: ``tracking_id`` is not a str, or ``size`` is out of range.
        """
        if not isinstance(tracking_id, str):
            raise ArgumentError(
                argument="tracking_id", rule="must be a str", given=type_name(tracking_id)
            )
        limit = self._size_arg(size)
        return tuple(
            LoggedEntry(index=i, entry=LogEntry.decode(self._entries[i]))
            for i in self._by_id.get(tracking_id, ())
            if i < limit
        )

    def tracking_ids(self, size: int | None = None) -> Iterator[str]:
        """The tracking ids with at least one entry in the tree of ``size`` leaves.

        Raises:
            ArgumentError: ``size`` is out of range.
        """
        limit = self._size_arg(size)
        return (tid for tid, indices in self._by_id.items() if indices[0] < limit)

    def latest(self, tracking_id: str, size: int | None = None) -> LoggedEntry | None:
        """The newest entry of one complaint in the tree of ``size`` leaves, or ``None``.

        Raises:
            ArgumentError: ``tracking_id`` is not a str, or ``size`` is out of range.
        """
        found = self.entries_for(tracking_id, size)
        return found[-1] if found else None

    def root(self, size: int | None = None) -> bytes:
        """The Merkle root of the tree of the first ``size`` entries (all by default).

        Raises:
            ArgumentError: ``size`` is out of range.
        """
        return self._tree.root(self._size_arg(size))

    def inclusion_proof(self, index: int, size: int | None = None) -> InclusionProof:
        """The inclusion proof of leaf ``index`` in the tree of ``size`` leaves.

        Raises:
            ArgumentError: ``index`` or ``size`` out of range.
        """
        limit = self._size_arg(size)
        path = self._tree.inclusion_path(index, limit)
        return InclusionProof(entry=self.entry(index), index=index, tree_size=limit, path=path)

    def prove(self, tracking_id: str, size: int | None = None) -> InclusionProof:
        """The inclusion proof of a complaint's newest entry in the tree of ``size`` leaves.

        Raises:
            NotFoundError: the complaint has no entry in that tree.
            ArgumentError: ``size`` out of range.
        """
        found = self.latest(tracking_id, size)
        if found is None:
            raise NotFoundError(what="logged complaint", key=safe_id(tracking_id))
        return self.inclusion_proof(found.index, size)

    def consistency_proof(self, old_size: int, new_size: int | None = None) -> ConsistencyProof:
        """The proof that the tree of ``new_size`` leaves extends the one of ``old_size``.

        Raises:
            ArgumentError: a size out of range or ``old_size > new_size``.
        """
        new = self._size_arg(new_size)
        path = self._tree.consistency_path(old_size, new)
        return ConsistencyProof(old_size=old_size, new_size=new, path=path)

    # -- files -------------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write this log to a new file (refused if the file exists).

        Raises:
            StorageError: the file exists or cannot be written.
        """
        target = _as_path(path)
        check = _CHAIN_START
        failed: str | None = None
        try:
            with target.open("x", encoding="ascii", newline="\n") as handle:
                handle.write(_HEADER)
                for encoded in self._entries:
                    entry = LogEntry.decode(encoded)
                    check = hashlib.sha256(check + entry.leaf_hash).digest()
                    handle.write(_line(entry, check))
        except OSError as error:
            failed = os_reason(error)
        if failed is not None:
            raise StorageError(
                reason="failed",
                detail=Phrase(N_("cannot write the log file ({failed})"), failed=failed),
            )

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> TransparencyLog:
        """Load a log file and bind the log to it: every later append extends the file.

        Each line carries a running check value over every leaf before it, so a file whose
        last line was cut off, or any of whose entries was edited without recomputing every check
        after it, is refused. A deliberate rewrite is caught only against a signed tree head
        (`verify_consistency()`); a file cut at a line boundary reads as an older log.

        Args:
            path: the log file.
            create: create an empty log file if there is none.

        Raises:
            CheckpointError: ``truncated`` (the last line is incomplete) or ``corrupt`` (a line
                is malformed, out of order or fails its check).
            StorageError: the file cannot be read or created, or is not a regular file (a pipe
                or a device is refused unread).
        """
        target = _as_path(path)
        if type(create) is not bool:
            raise ArgumentError(
                argument="create", rule="must be True or False", given=type_name(create)
            )
        log = cls()
        if create and not target.exists():
            _create(target)
        with _locked_file(target, "rb", exclusive=False) as handle:
            log._read_all(handle)
        log._path = target
        return log

    def _read_all(self, handle: BinaryIO) -> None:
        read_failed: str | None = None
        data = b""
        try:
            data = handle.read()
        except OSError as error:
            read_failed = os_reason(error)
        if read_failed is not None:
            raise StorageError(
                reason="unavailable",
                detail=Phrase(N_("cannot read the log ({failed})"), failed=read_failed),
            )
        if not data.endswith(b"\n"):
            raise CheckpointError(
                reason="truncated", detail="the log file does not end with a complete line"
            )
        header, _, rest = data.partition(b"\n")
        if header.decode("ascii", "replace") + "\n" != _HEADER:
            raise CheckpointError(
                reason="corrupt", detail=N_("line 1 is not a version 1 log header")
            )
        self._offset = len(header) + 1
        if rest:
            self._load_lines(rest, first_line=2)

    def _load_lines(self, data: bytes, *, first_line: int) -> None:
        """Load whole lines (``data`` ends with a newline), advancing ``_offset`` line by line."""
        if not data.endswith(b"\n"):
            raise CheckpointError(
                reason="truncated", detail="the log file does not end with a complete line"
            )
        lines = data.split(b"\n")
        lines.pop()
        for number, raw in enumerate(lines, start=first_line):
            problem = self._load_line(raw)
            if problem is not None:
                raise CheckpointError(
                    reason="corrupt",
                    detail=Phrase(
                        N_("line {line}: {problem}"), line=number, problem=as_phrase(problem)
                    ),
                )
            self._offset += len(raw) + 1

    def _load_line(self, raw: bytes) -> str | None:  # noqa: PLR0911 - one return per problem
        if len(raw) > _MAX_LINE:
            return N_("is too long")
        value: object = None
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):
            return N_("is not JSON")
        if not isinstance(value, dict) or set(value) != _LINE_KEYS:
            return N_("is not a log entry")
        check = value["check"]
        entry: LogEntry | None = None
        try:
            entry = LogEntry(
                tracking_id=value["tracking_id"], version=value["version"], head=value["head"]
            )
        except ArgumentError as error:
            return Phrase(
                N_("{argument} {rule}"), argument=error.argument, rule=as_phrase(error.rule)
            )
        expected = hashlib.sha256(self._check + entry.leaf_hash).digest()
        if check != expected.hex()[:32]:
            return N_("fails its check: the file was edited")
        known = self._by_id.get(entry.tracking_id)
        if known and LogEntry.decode(self._entries[known[-1]]).version >= entry.version:
            return N_("logs a version that is not newer than an earlier one")
        self._check = expected
        index = self._tree.append(entry.leaf_hash)
        self._entries.append(entry.encode())
        self._by_id.setdefault(entry.tracking_id, []).append(index)
        return None


def _create(target: Path) -> None:
    """Create a log file holding only its header, atomically where hard links exist: a process
    opening it at the same moment sees no file or a whole header, never an empty file. Losing
    the race to another process creating it is not an error."""
    failed: str | None = None
    temporary = target.with_name(f".pengaduan-log-{os.getpid()}-{threading.get_ident()}.new")
    try:
        with temporary.open("x", encoding="ascii", newline="\n") as handle:
            handle.write(_HEADER)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, target)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: create it in place
            with (
                contextlib.suppress(FileExistsError),
                target.open("x", encoding="ascii", newline="\n") as handle,
            ):
                handle.write(_HEADER)
    except OSError as error:
        failed = os_reason(error)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    if failed is not None:
        raise StorageError(
            reason="failed",
            detail=Phrase(N_("cannot create the log file ({failed})"), failed=failed),
        )


@contextlib.contextmanager
def _locked_file(path: Path, mode: str, *, exclusive: bool) -> Iterator[BinaryIO]:
    """``path`` opened in ``mode`` under an OS file lock (``flock``, where there is one).

    An exclusive lock serialises appends by every process; a shared one keeps a reader from
    seeing half a line. Without ``fcntl`` (Windows) only the threads of one process are
    serialised (by the log's own lock).

    Only a regular file is opened: a FIFO (which would block) or a device (which never ends) is
    refused before any read.

    Raises:
        StorageError: the file cannot be opened or locked, or is not a regular file.
    """
    failed: str | None = None
    handle: BinaryIO | None = None
    try:
        handle = open_regular(path, update=mode == "r+b")
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
    except NotRegularFileError as error:  # a FIFO would block, a device never end
        failed = os_reason(error)
    except OSError as error:
        failed = os_reason(error)
        if handle is not None:
            handle.close()
    if failed is not None or handle is None:
        raise StorageError(
            reason="unavailable",
            detail=Phrase(N_("cannot open or lock the log file ({failed})"), failed=failed or "?"),
        )
    try:
        yield handle
    finally:
        with contextlib.suppress(OSError):  # nothing is buffered: writes go to the descriptor
            handle.close()  # closing the file releases the lock


def _require_complaint(value: object) -> Complaint:
    """``value`` if it is a complaint with a history, else an ``ArgumentError``."""
    from pengaduan.model import Complaint  # noqa: PLC0415 - keep the model import lazy

    if not isinstance(value, Complaint):
        raise ArgumentError(
            argument="complaint", rule="must be a Complaint", given=type_name(value)
        )
    if not value.history:
        raise ArgumentError(
            argument="complaint", rule=N_("must have a history"), given=Phrase(N_("none"))
        )
    return value


def _entry_of(item: object) -> LogEntry:
    """The log entry of a ``(tracking_id, version, head)`` triple, else an ``ArgumentError``."""
    if type(item) is not tuple or len(item) != 3:
        raise ArgumentError(
            argument="heads",
            rule=N_("must hold (tracking_id, version, head) tuples"),
            given=type_name(item),
        )
    tracking_id, version, head = item
    return LogEntry(tracking_id=tracking_id, version=version, head=head)


def _write_all(descriptor: int, data: bytes) -> None:
    """Write all of ``data`` at the descriptor's position (``os.write`` may write part)."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        if written <= 0:
            raise OSError(errno.EIO, "nothing written")
        view = view[written:]


_ID_SHAPE = re.compile(r"[A-Z0-9]{1,16}(?:-[A-Z0-9]{1,16}){1,4}")


def safe_id(tracking_id: object) -> str:
    """A tracking id for a message, if it has the shape of one; else only its type.

    The shape is capitals and digits in two to five dash-separated parts, with at least one
    letter: a phone number or a NIK written with dashes (``0813-3900-1122``) is not shown.
    """
    if (
        isinstance(tracking_id, str)
        and _ID_SHAPE.fullmatch(tracking_id)
        and not tracking_id.replace("-", "").isdigit()
    ):
        return tracking_id
    return Phrase(
        N_("<a {type} that is not shaped like a tracking id>"), type=type_name(tracking_id)
    )
