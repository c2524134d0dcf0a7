"""The check every public function that takes a file path makes of it, and the words for why an
operation on a file failed."""

from __future__ import annotations

import errno
import os

from pengaduan._core.text import encodable, exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name


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


def os_reason(error: OSError) -> str:
    """Why an operation on a file failed, without the file name the error carries: the common
    reasons as a phrase (translated when a message is rendered), any other as the error's type
    name (``FileNotFoundError``), never the system's English ``strerror``."""
    known = OS_REASONS.get(error.errno) if isinstance(error.errno, int) else None
    return Phrase(known) if known is not None else type(error).__name__
