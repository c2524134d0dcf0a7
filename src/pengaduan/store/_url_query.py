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

With ``uri=true`` SQLite reads the name as a URI only when it starts with ``file:``; SQLAlchemy
appends the URI arguments to the name it is given, so ``sqlite:///kantor.db?mode=ro&uri=true``
would open (and create, writable) a file named ``kantor.db?mode=ro``. `sqlite_url` turns such a
path into the ``file:`` URI of the file it names, so ``mode=ro`` reads that file and never
creates it; a URL naming no file (``sqlite://``, ``:memory:``) with URI arguments is refused.
The command line checks the same file (``cli._small_files``).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import URL

__all__ = ["check_sqlite_query", "sqlite_url"]

_RULE = N_(
    "may carry only the SQLite query arguments timeout (0 to 3600 seconds) and uri=true with "
    "mode, cache, immutable and nolock"
)
_GIVEN = N_("another query argument or value")
_NO_FILE = N_("must name a database file to carry SQLite's mode, cache, immutable or nolock")
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


_FILE_NAME = N_(
    "must not hold ? or # in a file: name (SQLite would read them as its own query or cut the "
    "name there): name such a file by its path, sqlite:///path?uri=true"
)


def sqlite_url(url: URL) -> URL:
    """``url`` checked (`check_sqlite_query`), as SQLite is to open it: with ``uri=true``, a
    path becomes the ``file:`` URI of the file it names (relative to the working folder).

    Raises:
        ArgumentError: a query argument `check_sqlite_query` refuses, SQLite URI arguments
            on a URL that names no file, or a ``file:`` name holding ``?`` or ``#``
            (``argument="url"``).
    """
    check_sqlite_query(url)
    if url.query.get("uri") != "true":
        return url
    name = url.database or ""
    if name.startswith("file:"):  # a URI already (SQLite compares the prefix case-sensitively)
        if "?" in name or "#" in name:  # SQLite would read its own query or cut a fragment
            raise ArgumentError(argument="url", rule=_FILE_NAME)
        return url
    if name in {"", ":memory:"}:
        if any(argument in _URI for argument in url.query):
            raise ArgumentError(argument="url", rule=_NO_FILE, given=_GIVEN)
        return url
    return url.set(database=Path(name).absolute().as_uri())
