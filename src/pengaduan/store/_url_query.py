"""Which query arguments a repository's SQLite URL may carry, checked before SQLAlchemy sees them.

SQLAlchemy hands a SQLite URL's query arguments to the driver: some it converts (``timeout``
to a float, raising a bare ``ValueError`` for ``timeout=abc``), the rest it drops with a
warning unless ``uri=true`` passes them to SQLite. A repository takes only the ones that do
not undo its own setup (it manages the isolation level, threads and statement cache itself):

- ``timeout``: seconds to wait for a lock, a number from 0 to 3600;
- ``uri``: ``true`` or ``false``; with ``uri=true`` also SQLite's ``mode`` (``ro``, ``rw``,
  ``rwc``, ``memory``), ``cache`` (``shared``, ``private``), ``immutable`` and ``nolock``
  (``0`` or ``1``).

Anything else is an [`ArgumentError`][pengaduan.errors.ArgumentError] naming ``url``, never
echoing the URL (it may hold a password).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import URL

__all__ = ["check_sqlite_query"]

_RULE = N_(
    "may carry only the SQLite query arguments timeout (0 to 3600 seconds) and uri=true with "
    "mode, cache, immutable and nolock"
)
_GIVEN = N_("another query argument or value")
_MAX_TIMEOUT = 3600.0


def _seconds(value: str) -> bool:
    if len(value) > 32:
        return False
    try:
        seconds = float(value)
    except ValueError:
        return False
    return math.isfinite(seconds) and 0.0 <= seconds <= _MAX_TIMEOUT


def _one_of(*allowed: str) -> Callable[[str], bool]:
    return frozenset(allowed).__contains__


_DRIVER: dict[str, Callable[[str], bool]] = {
    "timeout": _seconds,
    "uri": _one_of("true", "false"),
}
_URI: dict[str, Callable[[str], bool]] = {
    "mode": _one_of("ro", "rw", "rwc", "memory"),
    "cache": _one_of("shared", "private"),
    "immutable": _one_of("0", "1"),
    "nolock": _one_of("0", "1"),
}


def check_sqlite_query(url: URL) -> None:
    """Refuse a SQLite URL whose query arguments a repository does not take.

    Raises:
        ArgumentError: an unknown, repeated or malformed query argument (``argument="url"``).
    """
    query = url.query
    if not query:
        return
    checks = {**_DRIVER, **_URI} if query.get("uri") == "true" else _DRIVER
    for name, value in query.items():
        check = checks.get(name) if type(name) is str else None
        if check is None or type(value) is not str or not check(value):
            raise ArgumentError(argument="url", rule=_RULE, given=_GIVEN)
