"""The key a write stores pseudonyms under, checked again inside the write's own transaction.

A repository checks its pseudonym key when it opens (``_keycheck``). A process that opened
before a rotation began still holds the old key, and would go on storing pseudonyms no lookup
under the new key finds. So every write that stores a pseudonym (a new complaint with a
reporter, a bulk import, a refresh of derived rows) reads the database's key state in its own
transaction, after its rows are written and before it commits, and refuses with the typed
`PseudonymKeyError` the open would have raised: ``rotating`` while a rotation runs,
``mismatch`` after it (another fingerprint recorded), ``missing`` for a repository without a
key on a database that now records one. The transaction is rolled back, so nothing of the
refused write is stored; inside a caller's ``transaction()`` the refusal ends the whole
transaction, even if the caller catches it (``_refusal``). Nothing is cached across
transactions: the read is one indexed statement on the two-row settings table.

Why it closes the window on both databases:

- SQLite: the check runs after the write's first statement, so the transaction holds the
  database's single write lock and reads the newest committed state; a rotation that begins
  later waits for it to commit, and its batches then see the new row.
- PostgreSQL: the settings rows are read ``FOR KEY SHARE`` (the lightest row lock, which only a
  delete or a change of the row's key waits for). A rotation's first transaction deletes and
  re-inserts the key's row (``_keycheck``), which waits for every writer holding the lock to commit,
  so their rows are committed before the rotation reads its first batch; a writer that waits
  for the rotation's lock finds the row it waited for replaced, reads the state again, and sees
  the rotation.

One lock order everywhere, or PostgreSQL aborts one side with a deadlock (40P01): a writer
locks the rows in name order (the key's row, then the rotation's), and every rotation
transaction that changes them rewrites the key's row first. A writer that holds the rotation's
row then holds the key's row too, so a rotation waits for it before touching either; a writer
that waits for the key's row holds nothing a rotation waits for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from pengaduan.store._pseudonym_key import KeyProblem, PseudonymKeyError, key_fingerprint
from pengaduan.store._schema import store_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["KEY", "ROTATION", "confirm_key"]

KEY = "pseudonym_key"
"""The settings row holding the fingerprint of the key the rows are written with."""
ROTATION = "pseudonym_key_rotation"
"""The settings row holding the fingerprints of a rotation in progress."""

_NAMES = (KEY, ROTATION)


def _state(conn: Connection, *, locked: bool) -> dict[str, str]:
    s = store_settings.c
    statement = select(s.name, s.value).where(s.name.in_(_NAMES))
    if locked:
        # Locked in name order (the key's row first; PostgreSQL locks rows after sorting them),
        # the order every rotation transaction writes them in: see the module's docstring.
        statement = statement.order_by(s.name).with_for_update(read=True, key_share=True)
    return {row.name: row.value for row in conn.execute(statement)}


def confirm_key(conn: Connection, key: bytes | None) -> None:
    """Refuse the write in progress on ``conn`` unless the database still records ``key``.

    Args:
        conn: the write's connection, inside its transaction, after its rows are written.
        key: the key the rows were computed with; ``None`` for a repository without one,
            storing a reporter it could not pseudonymise.

    Raises:
        PseudonymKeyError: ``"rotating"`` (a rotation is in progress), ``"mismatch"`` (the
            database records another key) or ``"missing"`` (a repository without a key, on a
            database that records one).
    """
    state = _state(conn, locked=True)
    if KEY not in state:
        # The row was replaced (a rotation began or ended) while this write waited for it, or
        # no key is recorded: a statement of its own sees the state committed since.
        state = _state(conn, locked=False)
    if key is None:
        if state:
            raise PseudonymKeyError(KeyProblem.MISSING)
        return
    if ROTATION in state:
        raise PseudonymKeyError(KeyProblem.ROTATING)
    if state.get(KEY) != key_fingerprint(key):
        raise PseudonymKeyError(KeyProblem.MISMATCH)
