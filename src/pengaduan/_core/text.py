"""Small facts about text that several parts check at their edges."""

from __future__ import annotations

__all__ = ["encodable"]


def encodable(text: str) -> bool:
    """False when ``text`` holds a lone surrogate, which no UTF-8 database or digest can store.

    A JSON body can carry one as ``"\\ud800"``; Python strings accept it, encoders do not.
    """
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
