"""A transaction across complaints that an operation ended part way: it can no longer commit.

An operation that raises after one of its statements changed a row (an insert, an update that
matched) has left the transaction part way through its rows: rolling back is the only way to
store nothing of it, and the transaction belongs to the caller, who may catch the error inside
the ``with`` block and let it end normally; committing then would store the refused complaint
(a complaint whose head never reaches the transparency log, with no outbox message).

The operations compute everything that may refuse them (the checks, the outbox messages)
before their first statement, so such an error is a driver's or the key check's. Whatever it
is, `Refusal` counts the rows the transaction's statements changed (`watch()`) and treats any
error an operation raised after a change as ending the transaction, and so does every
`PseudonymKeyError`, `StorageError` and lost insert race, which may stop an operation between
two statements.

The first such error marks the transaction as refused: every later operation on it raises that
error again without running, and the end of the block rolls the transaction back and raises
it, however the block ended. The errors raised before anything is written (a bad argument, a
conflict found by the version check, a complaint that does not load back, a message the
messenger cannot write) leave the transaction as it was, and the caller may go on with it.

A SAVEPOINT around each operation would let the rest of the transaction commit instead, but
SQLite's Python driver opens its transaction only at the first write, so a SAVEPOINT taken
before it becomes the transaction itself and its RELEASE commits it; and it would cost every
operation two more statements on PostgreSQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from pengaduan.errors import PengaduanError, StorageError
from pengaduan.store._driver_errors import Race
from pengaduan.store._pseudonym_key import PseudonymKeyError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["Refusal"]

_PART_WAY = (PseudonymKeyError, StorageError, Race)
"""The errors an operation may raise between two of its statements, whatever they changed."""


class Refusal:
    """The error that ended one transaction part way, if any, and the rows changed so far."""

    __slots__ = ("_error", "changes")

    def __init__(self) -> None:
        self._error: Exception | None = None
        self.changes = 0
        """How many statements of the transaction changed a row (see `watch()`)."""

    def watch(self, conn: Connection) -> None:
        """Count the statements run on ``conn`` (the transaction's) that change a row.

        A statement that reads, or an ``UPDATE`` that matched nothing (a version check that
        failed), changes nothing; a driver that cannot tell (a row count of -1) counts as a
        change.
        """
        event.listen(conn, "after_cursor_execute", self._executed)

    def _executed(  # noqa: PLR0917 - SQLAlchemy's signature
        self, conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: Any
    ) -> None:
        del conn, parameters, context, many
        if cursor.rowcount != 0 and not statement.lstrip()[:6].upper().startswith("SELECT"):
            self.changes += 1

    def note(self, error: Exception, *, changed: bool) -> None:
        """Remember ``error`` if it may have left an operation part way (the first one):
        ``changed``, a statement of the operation changed a row before it was raised."""
        if self._error is None and (changed or isinstance(error, _PART_WAY)):
            self._error = error

    def check(self) -> None:
        """Raise the error that ended the transaction, if one did."""
        error = self._error
        if error is None:
            return
        if isinstance(error, PengaduanError):
            error.detached()
        raise error.with_traceback(None)
