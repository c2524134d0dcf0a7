"""Small facts about text that several parts check at their edges."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["encodable", "exact", "exact_optional", "exact_str", "nul_path"]

T = TypeVar("T")


def exact(value: T) -> T:
    """``value``, with a ``str`` or ``bytes`` subclass copied to an exact ``str`` or ``bytes``.

    An app's subclass may override any method (``strip``, ``encode``, even ``__str__``); the
    copy is made by the base type's own code (``str.__str__``, ``b"".join``), which calls none
    of them, so nothing past the boundary runs the app's methods. Anything else is returned as
    it is.
    """
    kind = type(value)
    if kind is str or kind is bytes:
        return value
    if isinstance(value, str):
        return str.__str__(value)  # type: ignore[return-value]
    if isinstance(value, bytes):
        return b"".join((value,))  # type: ignore[return-value]
    return value


def exact_str(value: str) -> str:
    """An attrs converter for a str field: `exact()` (its validator refuses any other type)."""
    return exact(value)


def exact_optional(value: str | None) -> str | None:
    """An attrs converter for a str-or-None field: `exact()`."""
    return exact(value)


def encodable(text: str) -> bool:
    """False when ``text`` holds a lone surrogate, which no UTF-8 database or digest can store.

    A JSON body can carry one as ``"\\ud800"``; Python strings accept it, encoders do not.
    """
    if str.isascii(text):
        return True
    try:
        str.encode(text, "utf-8")
    except UnicodeEncodeError:
        return False
    return True


def nul_path(value: object, path: str = "") -> str | None:
    """Where the first text in ``value`` holding U+0000 (NUL) is, or ``None`` when none does.

    ``value`` is text, or the dicts and lists of a JSON document; the path names keys and
    positions as ``reporter.name`` or ``attachments[0].filename`` under ``path`` (a key that
    holds NUL itself is named ``?``). No PostgreSQL text or JSON column stores NUL (SQLite
    does), so text holding one is refused where it enters, the same on both databases.
    """
    stack: list[tuple[str, object]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return where
        elif isinstance(item, dict):
            for key, inner in reversed(item.items()):
                name = key if isinstance(key, str) and "\x00" not in key else "?"
                if name == "?" and isinstance(key, str):
                    return f"{where}.{name}" if where else name
                stack.append((f"{where}.{name}" if where else name, inner))
        elif isinstance(item, list | tuple):
            stack.extend((f"{where}[{i}]", inner) for i, inner in reversed(list(enumerate(item))))
    return None
