"""The check every public function that takes a file path makes of it."""

from __future__ import annotations

import os

from pengaduan._core.text import encodable, exact
from pengaduan._i18n import N_
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
