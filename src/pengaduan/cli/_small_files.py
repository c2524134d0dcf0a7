"""Small files a command is given by name (a key, a key ring, a checkpoint), and the SQLite
database file a command only reads.

A small file is read with one bound: at most its largest valid size plus one byte, so a file that
is too large is refused by its reader without filling the memory (``/dev/zero``). Only a regular
file is read: a FIFO, a device or a directory is refused before any read (a FIFO with no writer
would wait forever), as every file loader of the library refuses it (`pengaduan._core.paths`).
"""

from __future__ import annotations

import contextlib
import stat
from pathlib import Path
from urllib.parse import unquote

from pengaduan._core.paths import NOT_REGULAR, read_regular
from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _cannot_read, _FileError, _reason, _UsageError
from pengaduan.errors import ArgumentError

__all__ = ["MAX_KEY_BYTES", "database_file", "existing_database", "read_small_file"]

MAX_KEY_BYTES = 1024
"""The longest pseudonym key a repository accepts (16 to 1024 bytes)."""


def read_small_file(path: Path, option: str, *, limit: int, lang: str) -> bytes:
    """The bytes of the regular file ``path`` given with ``option``, at most ``limit + 1``.

    Raises:
        _FileError: the file cannot be opened or read, or is not a regular file (a pipe, a
            device or a directory: exit code 5, as every command's file).
        _UsageError: the name is not one the system accepts (exit code 2).
    """
    failure: Exception | None = None
    data = b""
    try:
        data = read_regular(path, limit)
    except OSError as error:
        failure = _FileError(_cannot_read(option, _reason(error)))
    except ValueError:
        failure = _UsageError(_cannot_read(option, _("invalid file name")))
    if failure is not None:
        raise failure
    return data


def _sqlite_file(url: str) -> Path | None:
    """The file a ``sqlite`` URL names (``None``: another database, in memory, or a URL the
    repository will refuse with its own error)."""
    try:
        from sqlalchemy.engine import make_url  # noqa: PLC0415 - the sql extra, only here
    except ImportError:  # the repository names the missing extra
        return None
    from pengaduan.store._url_query import sqlite_url  # noqa: PLC0415 - the sql extra, only here

    target = None
    with contextlib.suppress(Exception):  # any malformed URL: the repository's error follows
        target = make_url(url)
    if target is None or target.get_backend_name() != "sqlite":
        return None
    try:  # the file the repository opens: with uri=true, a path is made a file: URI
        target = sqlite_url(target)
    except ArgumentError:  # the repository refuses the URL with this error
        return None
    name = target.database or ""
    if str(target.query.get("uri", "")).lower() in {"true", "1"} and name.startswith("file:"):
        if str(target.query.get("mode", "")) == "memory":
            return None
        name = unquote(name[len("file:") :].partition("?")[0])
        if name.startswith("//"):  # file://host/path: the path
            name = name[2:]
            name = name[name.find("/") :] if "/" in name else ""
    if name in {"", ":memory:"}:
        return None
    return Path(name)


def existing_database(url: str) -> None:
    """Refuse a SQLite URL whose file does not exist, before a connection would create it, or
    which names something other than a regular file (see `database_file()`).

    Raises:
        _FileError: "no such database file", or not a regular file (exit code 5).
    """
    path = _sqlite_file(url)
    missing = False
    with contextlib.suppress(OSError, ValueError):
        missing = path is not None and not path.exists()
    if missing:
        raise _FileError(_("no such database file"))
    database_file(url)


def database_file(url: str) -> None:
    """Refuse a SQLite URL whose file exists but is a directory, a pipe, a device or a socket,
    before a connection opens it (a file that does not exist yet is left to the action).

    Raises:
        _FileError: "cannot open the database file (it is a directory)"... (exit code 5).
    """
    path = _sqlite_file(url)
    mode = None
    with contextlib.suppress(OSError, ValueError):
        mode = None if path is None else path.stat().st_mode
    if mode is None or stat.S_ISREG(mode):
        return
    reason = N_("it is a directory") if stat.S_ISDIR(mode) else NOT_REGULAR
    raise _FileError(_("cannot open the database file ({reason})").format(reason=_(reason)))
