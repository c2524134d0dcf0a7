"""A transaction across complaints that an operation ended part way: it can no longer commit.

Some errors leave a ``transaction()`` block's operation part way through its rows: a
`PseudonymKeyError` is raised by the key check that runs *after* a new complaint's rows are
inserted (``_writing_key``), and a driver error (a `StorageError`, a lost insert race) can stop an
operation between two of its statements. Rolling back is the only way to store nothing of it,
and the transaction belongs to the caller, who may catch the error inside the ``with`` block and
let it end normally; committing then would store the refused complaint.

So the first such error marks the transaction as refused: every later operation on it raises
that error again without running, and the end of the block rolls the transaction back and
raises it, however the block ended. The errors raised before anything is written (a bad
argument, a conflict found by the version check, a complaint that does not load back) leave the
transaction as it was, and the caller may go on with it.

A SAVEPOINT around each operation would let the rest of the transaction commit instead, but
SQLite's Python driver opens its transaction only at the first write, so a SAVEPOINT taken
before it becomes the transaction itself and its RELEASE commits it; and it would cost every
operation two more statements on PostgreSQL.
"""

from __future__ import annotations

from pengaduan.errors import PengaduanError, StorageError
from pengaduan.store._driver_errors import Race
from pengaduan.store._pseudonym_key import PseudonymKeyError

__all__ = ["Refusal"]

_PART_WAY = (PseudonymKeyError, StorageError, Race)
"""The errors an operation may raise after some of its rows were written."""


class Refusal:
    """The error that ended one transaction part way, if any."""

    __slots__ = ("_error",)

    def __init__(self) -> None:
        self._error: Exception | None = None

    def note(self, error: Exception) -> None:
        """Remember ``error`` if it may have left an operation part way (the first one)."""
        if self._error is None and isinstance(error, _PART_WAY):
            self._error = error

    def check(self) -> None:
        """Raise the error that ended the transaction, if one did."""
        error = self._error
        if error is None:
            return
        if isinstance(error, PengaduanError):
            error.detached()
        raise error.with_traceback(None)
