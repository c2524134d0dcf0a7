"""Per-text checks that let the place detectors look words up instead of scanning for them.

A text's *shape* (`encoded`, then `bytes.translate` with a `shape_table`) puts each character
in a class, one byte each, at the character's offset: a pattern or a ``find`` over it runs in C
on bytes where the text would need a pattern tried at every position.

[`DetectionContext.words`][pengaduan.redaction.DetectionContext.words] and
[`DetectionContext.spaced`][pengaduan.redaction.DetectionContext.spaced] are computed once per
text. A word of a list that is not among the text's words cannot stand in the text as a whole
word, and ``spaced.find(" " + word)`` finds it only at the start of a word, so a detector can
locate the few words of its list that occur instead of trying a pattern at every position.

That holds where ``spaced`` cuts words where ``str.isalpha`` does: the two differ only at a
combining mark (general category ``Mn`` or ``Mc``), which ``spaced`` keeps inside a word (the
accent of a decomposed ``é``) and ``str.isalpha`` does not count as a letter. A text with such a
mark is left to the plain scan (`has_marks`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["encoded", "has_marks", "shape_table"]

_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_MARKS = frozenset({"Mn", "Mc"})


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a combining mark (general category ``Mn`` or ``Mc``)."""
    if text.isascii():
        return False
    return any(unicodedata.category(char) in _MARKS for char in set(_ASCII_RUN.sub("", text)))


def encoded(text: str) -> bytes:
    """``text`` as one byte per character: ASCII as it is, a no-break space a space, every
    other character ``?``."""
    if text.isascii():
        return text.encode("ascii")
    return text.replace("\u00a0", " ").encode("ascii", "replace")


def shape_table(classes: dict[bytes, bytes]) -> bytes:
    """A `bytes.translate` table: each byte of a key becomes the value's byte, any other
    ``.``."""
    table = bytearray(b"." * 256)
    for members, shape in classes.items():
        for byte in members:
            table[byte] = shape[0]
    return bytes(table)
