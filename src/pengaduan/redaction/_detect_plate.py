"""Vehicle registration plates (region letters, number, suffix letters)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    Finding,
    _ascii_alnum,
    _bounded,
    _check_call,
    _detector_name,
)
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["PlateDetector"]


@attrs.frozen(kw_only=True)
class PlateDetector:
    """Vehicle plates: region letters, 1-4 digits, 1-3 suffix letters (``DH 1234 AB``).

    Only known region codes are accepted, in capitals, so ``PP 28`` or ``UU 25`` never match; a
    plate in lower case (``dh 8831 ak``, ``ea-3015-a``) counts right after a vehicle word
    (``plat``, ``motor``, ``mobil``...) or when written with dashes. Separators are spaces or
    dashes (``DH-1841-XY``).

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
        found = list(_bounded(lex.PLATE_BARE, text, _ascii_alnum, context))
        lowered = context.lowered
        hint = any(word in lowered for word in lex.VEHICLE_WORDS) or (
            "-" in lowered and lex.DASHED_PLATE_HINT.search(lowered) is not None
        )
        upper = text
        if hint:
            upper = text.upper() if text.isascii() else text.translate(lex.ASCII_UPPER)
        if upper != text:
            seen = {start for start, _ in found}
            for start, end in _bounded(lex.PLATE_BARE, upper, _ascii_alnum, context):
                raw = text[start:end]
                if start in seen or raw == upper[start:end] or sum(map(str.isdigit, raw)) < 3:
                    continue  # a short lower-case one is too often a word and a count
                if "-" in raw or lex.VEHICLE_BEFORE.search(lowered, max(0, start - 24), start):
                    found.append((start, end))
            found.sort()
        for start, end in found:
            yield Finding(kind=PiiKind.PLATE, start=start, end=end, detector=self.name)
