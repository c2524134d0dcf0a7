"""The check every public function that takes a file path makes of it, the one way a file given
by name is opened for reading, and the words for why an operation on a file failed."""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from pengaduan._core.text import encodable, exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, type_name


def file_path(path: object, argument: str = "path") -> str:
    """``path`` (a str or an ``os.PathLike`` of str) as a str the operating system can take.

    Raises:
        ArgumentError: ``path`` is of another type, empty, or holds NUL or a lone surrogate
            (which no file system encoding can write; ``open`` would raise a raw
            ``UnicodeEncodeError``).
    """
    if not isinstance(path, str | os.PathLike):
        raise ArgumentError(
            argument=argument, rule=N_("must be a str or a path"), given=type_name(path)
        )
    text: object = None
    try:
        text = exact(os.fspath(path))
    except Exception:
        text = None
    if not isinstance(text, str) or not text or "\x00" in text or not encodable(text):
        raise ArgumentError(
            argument=argument,
            rule=N_("must be a non-empty file path without NUL or lone surrogates"),
        )
    return text


class NotRegularFileError(OSError):
    """The path names a pipe (FIFO), a device or a socket: only a regular file is read.

    An ``OSError``, so a reader's existing handling of unreadable files covers it; `os_reason()`
    words it.
    """


# Without blocking: opening a FIFO that has no writer would otherwise wait forever. No
# controlling terminal: opening a terminal device must not become the process's terminal.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def open_regular(path: str | os.PathLike[str], *, update: bool = False) -> BinaryIO:
    """``path`` opened for reading bytes (``update``: and writing, as mode ``r+b``), if it is a
    regular file (a symlink is followed).

    A FIFO, a device (``/dev/zero``, which never ends) and a socket are refused before any
    read: the file is opened without blocking and checked on the open descriptor, so nothing can
    be swapped in between a check and the read. A regular file is then read as usual, and may
    be streamed whatever its size.

    Raises:
        IsADirectoryError: ``path`` is a directory.
        NotRegularFileError: ``path`` is a FIFO, a device or a socket.
        OSError: ``path`` cannot be opened (missing, permission...).
        ValueError: the name holds NUL.
    """
    flags = (_READ_FLAGS & ~os.O_RDONLY) | os.O_RDWR if update else _READ_FLAGS
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file")
        if _READ_FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "r+b" if update else "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_at_most(stream: BinaryIO, size: int) -> bytes:
    """At most ``size`` bytes of ``stream`` (fewer at its end): a reader that refuses a file
    larger than ``limit`` reads ``limit + 1`` and never more."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit + 1`` (see `open_regular()`).

    Raises:
        OSError: as `open_regular()`, or the read failed.
        ValueError: the name holds NUL.
    """
    with open_regular(path) as stream:
        return read_at_most(stream, limit + 1)


# The operating system's reasons, worded by the library in the reader's language: an OSError's
# ``strerror`` is English (or the C library's locale), never the reader's.
OS_REASONS = {
    errno.ENOENT: N_("no such file"),
    errno.EISDIR: N_("it is a directory"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("read-only file system"),
    errno.ENOTDIR: N_("a part of the path is not a directory"),
    errno.ENAMETOOLONG: N_("the file name is too long"),
}


NOT_REGULAR = N_("it is not a regular file (a pipe, a device or a socket)")
"""Why a file was refused unread: a pipe, a device or a socket (`NotRegularFileError`)."""


def os_reason(error: OSError) -> str:
    """Why an operation on a file failed, without the file name the error carries: the common
    reasons as a phrase (translated when a message is rendered), any other as the error's type
    name (``FileNotFoundError``), never the system's English ``strerror``."""
    if isinstance(error, NotRegularFileError):
        return Phrase(NOT_REGULAR)
    known = OS_REASONS.get(error.errno) if isinstance(error.errno, int) else None
    return Phrase(known) if known is not None else type(error).__name__


_SHIPPED_UNREADABLE = N_(
    "the file {file} shipped with pengaduan cannot be read ({reason}): reinstall pengaduan"
)
SHIPPED_DAMAGED = N_("the file {file} shipped with pengaduan is damaged: reinstall pengaduan")
"""Why a shipped data file whose content does not parse is refused (its name as ``file``)."""


def shipped_text(package: str, name: str, what: str) -> str:
    """The text of the data file ``name`` shipped in ``package`` (UTF-8).

    Raises:
        ConfigurationError: the file is missing, unreadable or not UTF-8 (an installation
            damaged on disk), naming ``what`` it holds and the file.
    """
    # ``importlib.resources`` loads with the first shipped file, not with the package
    from importlib import resources  # noqa: PLC0415

    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else Phrase(N_("not UTF-8"))
        problem = Phrase(_SHIPPED_UNREADABLE, file=name, reason=reason)
    raise ConfigurationError(what, [problem])
