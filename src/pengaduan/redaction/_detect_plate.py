"""Vehicle registration plates (region letters, number, suffix letters).

Where a plate in capitals may start is read once per text, from its *shape*: the text encoded
one byte per character (a no-break space a space, every other character outside ASCII ``?``)
and translated so that a capital is ``A``, a digit 1-9 ``1``, a zero ``0``, a space ``_`` and a
dash ``-`` (`_SHAPE`). A plate (`lex.PLATE_BARE`) needs its last region letter followed by its
number and a letter: ``A``, maybe a space or a dash, ``1``, up to three more digits, maybe a
space or a dash, ``A`` (`_PLATE_SHAPE`). That pattern runs in C over bytes, and the plate
pattern itself is then tried only at those letters and the one before each, in text order,
with the resume rule of `_bounded` (a match that the character before rejects resumes one
character later, an accepted one after its end). A match of `lex.PLATE_BARE` cannot start
anywhere else, so the plates found are the ones a scan of the whole text finds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    Finding,
    _ascii_alnum,
    _check_call,
    _detector_name,
)
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction._word_index import encoded, shape_table
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["PlateDetector"]


def _regions(lowered: str, words: frozenset[str]) -> set[tuple[int, int]]:
    """Where a lower-case plate may stand: after a vehicle word, or around a dash between a
    letter and a digit. Found with ``str.find`` and one pattern that skips to each dash, so
    that a text without them costs little."""
    regions: set[tuple[int, int]] = set()
    for word in _VEHICLE_WORDS.intersection(words):
        at = lowered.find(word)
        while at != -1:
            after = at + len(word)
            whole = (not at or not lowered[at - 1].isalpha()) and (
                after == len(lowered) or not lowered[after].isalpha()
            )
            if whole:  # ``pol`` of ``no pol``, not of ``polisi``
                regions.add((after, after + _REACH))
            at = lowered.find(word, after)
    for match in _LETTER_DASH_DIGIT.finditer(lowered):
        dash = match.start()
        regions.add((max(0, dash - 3), dash - 1 + _REACH))
    return regions


#: A dash between an ASCII letter and a digit. The pattern opens with the dash, so the engine
#: skips to each dash in C, and the letter before it is a look-behind there; matches cannot
#: overlap (each is one dash), so every such dash is found.
_LETTER_DASH_DIGIT = re.compile(r"-(?<=[a-z]-)(?=[0-9])")


_VEHICLE_WORDS = frozenset(lex.VEHICLE_WORDS)


#: Capitals ``A``, digits 1-9 ``1``, zero ``0``, a space ``_``, a dash ``-``, anything else
#: ``.``.
_SHAPE = shape_table(
    {b"ABCDEFGHIJKLMNOPQRSTUVWXYZ": b"A", b"123456789": b"1", b"0": b"0", b" ": b"_", b"-": b"-"}
)
#: The last region letter of a plate in capitals, in `_SHAPE`: its number and a suffix letter
#: follow (`lex.PLATE_BARE` allows a space or a dash before and after the number).
_PLATE_SHAPE = re.compile(rb"A(?=[_-]?1[10]{0,3}[_-]?A)")


def _capital_plates(text: str, context: DetectionContext) -> list[tuple[int, int]]:
    """What ``_bounded(lex.PLATE_BARE, text, _ascii_alnum, context)`` gives, with the pattern
    tried only where a plate may start (see the module)."""
    shape = encoded(text).translate(_SHAPE)
    starts: set[int] = set()
    for match in _PLATE_SHAPE.finditer(shape):
        letter = match.start()
        starts.add(letter)
        # A region code is one or two capitals: the plate opens one character earlier only
        # where a capital stands there (``65`` is ``A``, a capital in `_SHAPE`).
        if letter and shape[letter - 1] == 65:
            starts.add(letter - 1)
    found: list[tuple[int, int]] = []
    pos = 0
    match_at = lex.PLATE_BARE.match
    for start in sorted(starts):
        if start < pos or (plate := match_at(text, start)) is None:
            continue
        if start and _ascii_alnum(text[start - 1]) and not context.touches_collapsed(start):
            pos = start + 1
            continue
        pos = plate.end()
        found.append((start, pos))
    return found


#: How far after a vehicle word (or before a dash) a plate may end.
_REACH = 36


def _lower_case_plates(text: str, context: DetectionContext) -> Iterator[tuple[int, int]]:
    """Plates written in lower case: with dashes, or right after a vehicle word."""
    lowered = context.lowered
    for lo, hi in sorted(_regions(lowered, context.words)):
        chunk = text[lo:hi]
        upper = chunk.upper() if chunk.isascii() else chunk.translate(lex.ASCII_UPPER)
        if upper == chunk:
            continue
        for match in lex.PLATE_BARE.finditer(upper):
            start, end = lo + match.start(), lo + match.end()
            raw = text[start:end]
            if raw == upper[match.start() : match.end()] or sum(map(str.isdigit, raw)) < 3:
                continue  # in capitals (found already), or short: too often a word and a count
            if start and _ascii_alnum(text[start - 1]) and not context.touches_collapsed(start):
                continue
            if end < len(text) and _ascii_alnum(text[end]):
                continue
            if "-" in raw or lex.VEHICLE_BEFORE.search(lowered, max(0, start - 24), start):
                yield start, end


@attrs.frozen(kw_only=True)
class PlateDetector:
    """Vehicle plates: region letters, 1-4 digits, 1-3 suffix letters (``DH 1234 AB``).

    Only known region codes are accepted, in capitals, so ``PP 28`` or ``UU 25`` never match; a
    plate in lower case (``dh 8831 ak``, ``ea-3015-a``) counts right after a vehicle word
    (``plat``, ``motor``, ``mobil``, ``mobil dinas``, ``travel``...) or when written with
    dashes. Separators are spaces or dashes (``DH-1841-XY``). A plate joined by a dash to more
    letters or digits is part of a code (``P36K-5SG7-3HP``), ``M2`` after a number is an
    area (``28 M2``), an agency's acronym (``BP2MI``) is no plate, nor is one joined by a slash
    (``R1M/900 VA``, ``bit.ly/G8789RS``, ``s/d 25 FEB``) or given as a code (``Kode booking
    L3969P``).

    Attributes:
        name: the detector name recorded in spans.
    """

    name: str = attrs.field(default="plate", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find vehicle plates in ``text``."""
        found = _capital_plates(text, context)
        seen = {start for start, _ in found}
        for start, end in _lower_case_plates(text, context):
            if start not in seen:
                seen.add(start)
                found.append((start, end))
        found.sort()
        for start, end in found:
            if (
                _in_code(text, start, end)
                or _area_unit(text, start)
                or text[start:end].upper() in _AGENCIES
                or _slashed_or_coded(text, start, end)
            ):
                continue
            yield new_finding(PiiKind.PLATE, start, end, self.name)


#: Agencies' and programmes' acronyms shaped like a plate (``BP2MI``: the migrant workers'
#: protection agency; ``P2TL``: PLN's meter inspections; ``P2P``: a health office's section for
#: disease control; ``P4GN``: the narcotics agency's programme; ``P3K``: first aid, and the
#: civil servants on contract).
_AGENCIES = frozenset(
    {"BP2MI", "BP3MI", "DP3A", "DP2KB", "P3A", "P2TL", "P2P", "P2KB", "P4GN", "P3K"}
)


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the plate at ``[start, end)`` is joined by a dash to more letters or digits: a
    part of a ticket or invitation code (``P36K-5SG7-3HP``, ``HA4Y-VVYH-W6S``), not a plate."""
    return (start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()) or (
        end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum()
    )


def _slashed_or_coded(text: str, start: int, end: int) -> bool:
    """Whether the plate at ``[start, end)`` is joined by a slash to what stands beside it (an
    electricity tariff ``R1M/900 VA``, a link ``bit.ly/G8789RS``, ``s/d 25 FEB``: until a
    date) or is given as a code (``Kode booking L3969P``, ``voucher ...``)."""
    return (
        (start > 0 and text[start - 1] == "/")
        or text[end : end + 1] == "/"
        or _CODE_BEFORE.search(text, max(0, start - 24), start) is not None
    )


#: A code's word right before a plate-shaped code.
_CODE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:kode|code|voucher|promo|booking|resi|pin|otp)[ \t\u00a0:.#]*\Z"
)


def _area_unit(text: str, start: int) -> bool:
    """Whether the plate at ``start`` opens with ``M2``/``M3`` right after a number: square or
    cubic metres (``LAHAN 28 M2 BLM DIBAYAR``), not region ``M``."""
    return (
        text[start : start + 1] in "Mm"
        and text[start + 1 : start + 2] in ("2", "3")
        and _NUMBER_BEFORE.search(text, max(0, start - 3), start) is not None
    )


_NUMBER_BEFORE = re.compile(r"[0-9][ \u00a0]?\Z")
