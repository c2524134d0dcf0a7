"""The reporter's own names and emails, wherever they appear."""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    Finding,
    KnownIdentity,
    _check_call,
    _detector_name,
)
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction._transient import compile_transient
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["KnownIdentityDetector"]


#: The most words of one known name, and the longest name or email, that are looked for.
_KNOWN_MAX_WORDS = 16
_KNOWN_MAX_LENGTH = 320


#: The pattern of each known identity still alive, so the texts of one view or one batch compile
#: it once. An entry goes with its identity: no name or e-mail outlives the identity that holds it
#: (the pattern is also kept out of the ``re`` module's cache, `compile_transient`).
_PATTERNS: weakref.WeakKeyDictionary[KnownIdentity, re.Pattern[str] | None] = (
    weakref.WeakKeyDictionary()
)


def _identity_pattern(known: KnownIdentity) -> re.Pattern[str] | None:
    """The pattern of ``known``'s names and e-mails, built once while ``known`` is alive (an
    app's subclass, whose hashing and equality are its own, has it built for each text)."""
    exact = type(known) is KnownIdentity
    if exact:
        try:
            return _PATTERNS[known]
        except KeyError:
            pass
    pattern = _known_pattern(
        tuple(fold_text(n) for n in known.names), tuple(fold_text(e) for e in known.emails)
    )
    if exact:
        _PATTERNS[known] = pattern
    return pattern


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
    return compile_transient(
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
        if not known.names and not known.emails:
            return
        pattern = _identity_pattern(known)
        if pattern is None:
            return
        for match in pattern.finditer(text):
            if context.in_tag(match.start(), match.end()):
                continue  # a name such as "Phone" inside a "[PHONE]" tag
            kind = PiiKind.EMAIL if "@" in match.group() else PiiKind.NAME
            yield Finding(kind=kind, start=match.start(), end=match.end(), detector=self.name)
