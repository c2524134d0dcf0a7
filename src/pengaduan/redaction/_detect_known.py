"""The reporter's own names and emails, wherever they appear."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import Finding, _check_call, _detector_name
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["KnownIdentityDetector"]


#: The most words of one known name, and the longest name or email, that are looked for.
_KNOWN_MAX_WORDS = 16
_KNOWN_MAX_LENGTH = 320


@lru_cache(maxsize=256)
def _known_pattern(names: tuple[str, ...], emails: tuple[str, ...]) -> re.Pattern[str] | None:
    alternatives: set[str] = set()
    for full in names:
        # A name has a few words; a "name" of thousands (a pasted text) is matched word by word,
        # so the pattern stays small whatever the record holds.
        parts = full.split(maxsplit=_KNOWN_MAX_WORDS)[:_KNOWN_MAX_WORDS]
        if parts and len(full) <= _KNOWN_MAX_LENGTH:
            alternatives.add(r"\s+".join(re.escape(p) for p in parts))
        for part in parts:
            core = part.strip(".,")
            if 3 <= len(core) <= _KNOWN_MAX_LENGTH and core.casefold() not in lex.NAME_STOPWORDS:
                alternatives.add(re.escape(core))
    alternatives.update(
        re.escape(e.strip()) for e in emails if e.strip() and len(e) <= _KNOWN_MAX_LENGTH
    )
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=len, reverse=True)
    # Not inside another word, but a name glued to digits ("RT 005Yohanes") still counts.
    return re.compile(
        r"(?<![^\W\d])(?<![@.])(?:" + "|".join(ordered) + r")(?![^\W\d]|@)", re.IGNORECASE
    )


@attrs.frozen(kw_only=True)
class KnownIdentityDetector:
    """The reporter's own names and emails, wherever they appear (any case, any word of a name).

    Known phones and NIKs are matched by `NumberDetector`, which normalises numbers.

    Attributes:
        name: the detector name recorded in spans.
    """

    name: str = attrs.field(default="known", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find the known identity's names and emails in ``text``."""
        known = context.known
        pattern = _known_pattern(
            tuple(fold_text(n) for n in known.names), tuple(fold_text(e) for e in known.emails)
        )
        if pattern is None:
            return
        for match in pattern.finditer(text):
            if context.in_tag(match.start(), match.end()):
                continue  # a name such as "Phone" inside a "[PHONE]" tag
            kind = PiiKind.EMAIL if "@" in match.group() else PiiKind.NAME
            yield Finding(kind=kind, start=match.start(), end=match.end(), detector=self.name)
