"""Driver errors as typed errors: an error code is kept, never the driver's text (private; the
public names live in ``pengaduan.store``)."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    StorageError,
    type_name,
)

__all__ = []


# -- errors ---------------------------------------------------------------------------------

_SQLITE = {
    "SQLITE_BUSY": "locked",
    "SQLITE_LOCKED": "locked",
    "SQLITE_READONLY": "read-only",
    "SQLITE_PERM": "read-only",
    "SQLITE_FULL": "full",
    "SQLITE_CANTOPEN": "unavailable",
    "SQLITE_IOERR": "unavailable",
    "SQLITE_NOTADB": "corrupt",
    "SQLITE_CORRUPT": "corrupt",
}
_POSTGRES = {
    "25006": "read-only",
    "53100": "full",
    "53200": "full",
    "40001": "locked",
    "40P01": "locked",
    "55P03": "locked",
    "57014": "unavailable",
}
_DETAILS = {
    "locked": N_(
        "the database is locked: another transaction holds what this one needs; try again"
    ),
    "read-only": N_("the database cannot be written (read-only database or transaction)"),
    "full": N_("the disk is full or the database reached a size limit"),
    "unavailable": N_("the database cannot be reached, or the connection was lost"),
    "corrupt": N_("the database file is not a healthy database"),
    "failed": N_("the database refused the operation"),
}


def _codes(exc: BaseException) -> tuple[str | None, str | None]:
    """The SQLite error name and PostgreSQL SQLSTATE behind a driver error, if any."""
    seen: list[BaseException] = []
    current: BaseException | None = getattr(exc, "orig", None) or exc
    while current is not None and current not in seen and len(seen) < 5:
        seen.append(current)
        name = getattr(current, "sqlite_errorname", None)
        state = getattr(current, "sqlstate", None)
        if isinstance(name, str) or isinstance(state, str):
            return (
                name if isinstance(name, str) else None,
                state if isinstance(state, str) else None,
            )
        current = current.__cause__ or current.__context__
    return None, None


def _not_utf8(exc: BaseException) -> bool:
    """Whether SQLite's driver refused a stored text that is not UTF-8 (a damaged value, not a
    lost connection; the message is only inspected, never kept: it quotes the value)."""
    import sqlite3  # noqa: PLC0415 - only for this check

    orig = getattr(exc, "orig", None)
    return isinstance(orig, sqlite3.OperationalError) and str(orig).startswith(
        "Could not decode to UTF-8"
    )


def storage_error(exc: BaseException) -> StorageError:
    """A typed error for a driver error: only an error code is kept, never the driver's text."""
    name, state = _codes(exc)
    reason = "failed"
    if name is not None:
        reason = _SQLITE.get(name) or _SQLITE.get("_".join(name.split("_")[:2]), "failed")
    elif state is not None:
        reason = _POSTGRES.get(state) or ("unavailable" if state[:2] in {"08", "57"} else "failed")
    elif _not_utf8(exc):
        reason = "corrupt"
    elif (isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated) or isinstance(
        exc, sa_exc.OperationalError | sa_exc.InterfaceError | OSError
    ):
        reason = "unavailable"
    code = name or state or type_name(exc)
    detail = Phrase(N_("{detail} [{code}]"), detail=Phrase(_DETAILS[reason]), code=code)
    return StorageError(reason=reason, detail=detail)


def is_unique_violation(exc: BaseException) -> bool:
    """Whether a driver error is a unique/primary-key violation."""
    name, state = _codes(exc)
    return (
        state == "23505"
        or (name or "").startswith("SQLITE_CONSTRAINT_PRIMARYKEY")
        or (name or "").startswith("SQLITE_CONSTRAINT_UNIQUE")
    )


class Race(Exception):  # noqa: N818 - a private signal, never leaves the store
    """A unique constraint refused a write: another writer stored the same row first."""


def failure(exc: Exception) -> Exception:
    """The error a driver error (or an ``OSError``) raised while running work on a connection
    becomes: a typed ``StorageError``, or ``Race`` for a lost insert race."""
    if isinstance(exc, sa_exc.IntegrityError) and is_unique_violation(exc):
        return Race()
    return storage_error(exc)
