"""Folding: the text as a reader sees it, for detection, with a map back to the original.

Personal data is written in forms a detector for ASCII digits misses and a reader does not
notice: full-width digits (U+FF10-U+FF19), other decimal digits (Arabic-Indic ``٠٨١٢``,
Devanagari ``०८१२``), numbers or names split by invisible characters (zero-width space, joiners,
word joiner, BOM, soft hyphen, bidi marks) and exotic spaces and dashes. `fold()` maps a text
to a *folded* text where

- every Unicode decimal digit (``unicodedata.decimal`` knows it: category ``Nd``) is its ASCII
  digit;
- every full-width ASCII form (U+FF01-U+FF5E) is its ASCII character, the ideographic space
  U+3000 a space;
- no-break, narrow no-break, figure, thin and other fixed-width spaces are a plain space, and the
  Unicode hyphens and dashes (U+2010-U+2015, U+2212) a ``-``;
- a lone surrogate (category ``Cs``, which no encoding can write) is U+FFFD;
- every format character (category ``Cf``: U+00AD soft hyphen, U+200B-U+200F, U+202A-U+202E,
  U+2060-U+2064, U+2066-U+2069, U+FEFF...) is removed, because a reader does not see it.

Detectors run on the folded text; `Folding` maps their spans back to the original text,
so every offset a caller gets is an offset in what it passed in, and what is outside a span is
left exactly as it was written. Only removals change lengths; a text without format characters
keeps its offsets, and a pure-ASCII text is not copied at all.

Sources: Unicode Standard Annex #44 (general categories ``Nd`` and ``Cf``); Unicode Technical
Report #36, *Unicode Security Considerations* (invisible characters and confusable digits).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from functools import cache

__all__ = ["Folding", "fold", "fold_text"]

_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@cache
def _table() -> dict[int, int | None]:
    """The translation table of `fold()` (built once, on the first non-ASCII text)."""
    table: dict[int, int | None] = {}
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Nd":
            table[code] = ord("0") + unicodedata.decimal(char)
        elif category == "Cf":
            table[code] = None
        elif category == "Cs":  # a lone surrogate: one replacement character, as in UTF-8
            table[code] = 0xFFFD
    for code in range(0xFF01, 0xFF5F):
        table[code] = code - 0xFF01 + 0x21
    table.update(dict.fromkeys(map(ord, _SPACES), ord(" ")))
    table.update(dict.fromkeys(map(ord, _DASHES), ord("-")))
    return table


#: A run of characters outside ASCII: `fold()` changes nothing in ASCII, so only these runs go
#: through the translation table (which looks every character up in a dict).
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _translate(match: re.Match[str]) -> str:
    return match.group().translate(_table())


class Folding:
    """A folded text and the map from its offsets to offsets in the original text.

    Attributes:
        original: the text as given.
        text: the folded text.
    """

    __slots__ = ("_shifts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._shifts: list[int] = []
        if str.isascii(original):
            self.text = original
            return
        folded = _NON_ASCII_RUN.sub(_translate, original)
        self.text = folded
        if len(folded) == len(original):
            return
        # A removed character at original offset p, the k-th removed one, sits before the
        # folded character at p - k: a folded offset f moves right by the number of removed
        # characters at folded positions <= f.
        table = _table()
        shifts = self._shifts
        for run in _NON_ASCII_RUN.finditer(original):
            base = run.start()
            for offset, char in enumerate(run.group()):
                if table.get(ord(char), 0) is None:
                    shifts.append(base + offset - len(shifts))

    @property
    def identity(self) -> bool:
        """Whether folded offsets are original offsets."""
        return not self._shifts

    def position(self, offset: int) -> int:
        """The original offset of the folded character at ``offset``."""
        return offset + bisect_right(self._shifts, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``[start, end)`` (``start < end``).

        Removed characters inside the span belong to it; removed characters just before or
        after it stay outside.
        """
        if not self._shifts:
            return start, end
        return self.position(start), self.position(end - 1) + 1


def fold(text: str) -> Folding:
    """Fold ``text`` for detection (see the module docstring).

    Args:
        text: any text.

    Returns:
        The folding: the folded text and the offset map back to ``text``.
    """
    return Folding(text)


def fold_text(text: str) -> str:
    """Only the folded text of ``text``, for values compared after folding (known identities)."""
    return text if str.isascii(text) else _NON_ASCII_RUN.sub(_translate, text)
