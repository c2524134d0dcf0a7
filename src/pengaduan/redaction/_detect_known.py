"""The reporter's own names and emails, wherever they appear."""

from __future__ import annotations

import itertools
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


#: What people (or the apps they copy from) put inside or between the words of a name, or run
#: them together with: an underscore, a dot, a dash, and invisible characters (soft hyphen,
#: zero-width space, non-joiner, joiner, word joiner, BOM).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_GLUE = "_.-" + _INVISIBLE
_NO_GLUE = str.maketrans("", "", _GLUE)
#: Letters glued by those characters (``maria_tefa``, ``maria.tefa``, ``Maria\u200bTefa``,
#: ``Ma\u200bria``); a static pattern, so no person's data is compiled for it.
_COMPOUND = re.compile(r"[^\W\d_]+(?:[_.\-\u00ad\u200b-\u200d\u2060\ufeff]+[^\W\d_]+)+")
_WORD = re.compile(r"[^\W\d_]+")
#: The words of a known name paired with each other for glued writings (six words: 15 pairs).
_PAIRED_WORDS = 6


@attrs.frozen
class _Forms:
    """What is looked for of one known identity: the pattern of its names and e-mails as written,
    and its names' words run together (``mariatefa``: every pair in order, and all of them)."""

    pattern: re.Pattern[str] | None
    glued: frozenset[str]
    joined: frozenset[str]
    parts: frozenset[str]


#: The forms of each known identity still alive, so the texts of one view or one batch build them
#: once. An entry goes with its identity: no name or e-mail outlives the identity that holds it
#: (the pattern is also kept out of the ``re`` module's cache, `compile_transient`).
_PATTERNS: weakref.WeakKeyDictionary[KnownIdentity, _Forms] = weakref.WeakKeyDictionary()


def _identity_forms(known: KnownIdentity) -> _Forms:
    """The forms of ``known``'s names and e-mails, built once while ``known`` is alive (an
    app's subclass, whose hashing and equality are its own, has them built for each text)."""
    exact = type(known) is KnownIdentity
    if exact:
        try:
            return _PATTERNS[known]
        except KeyError:
            pass
    names = tuple(fold_text(n) for n in known.names)
    glued, joined = _glued(names)
    forms = _Forms(
        pattern=_known_pattern(names, tuple(fold_text(e) for e in known.emails)),
        glued=glued,
        joined=joined,
        parts=glued - joined,
    )
    if exact:
        _PATTERNS[known] = forms
    return forms


def _glued(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The casefolded words of each name run together (all of them, every pair in order), and
    those with each word alone too (a word with an invisible character inside, read without
    it)."""
    joined: set[str] = set()
    single: set[str] = set()
    for full in names:
        if len(full) > _KNOWN_MAX_LENGTH:
            continue
        parts = [p.translate(_NO_GLUE).casefold() for p in full.split()[:_KNOWN_MAX_WORDS]]
        parts = [p for p in parts if p]
        if len(parts) > 1:
            joined.add("".join(parts))
            joined.update(a + b for a, b in itertools.combinations(parts[:_PAIRED_WORDS], 2))
        single.update(p for p in parts if len(p) >= 3 and p not in lex.NAME_STOPWORDS)
    return frozenset(joined | single), frozenset(joined)


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
        """Find the known identity's names and emails in ``text``, as written and glued."""
        known = context.known
        if not known.names and not known.emails:
            return
        forms = _identity_forms(known)
        if forms.pattern is not None:
            for match in forms.pattern.finditer(text):
                start, end = match.span()
                if context.in_tag(start, end):
                    continue  # a name such as "Phone" inside a "[PHONE]" tag
                kind = PiiKind.EMAIL if "@" in match.group() else PiiKind.NAME
                yield Finding(kind=kind, start=start, end=end, detector=self.name)
        if forms.glued:
            yield from self._glued(text, context, forms)

    def _glued(self, text: str, context: DetectionContext, forms: _Forms) -> Iterator[Finding]:
        """The name's words run together or glued by invisible characters, underscores, dots or
        dashes (``MariaTefa``, ``maria_tefa``, ``Maria`` ZERO WIDTH SPACE ``Tefa``), as one
        token that is not part of an e-mail, a domain or a handle."""
        spans: list[tuple[int, int]] = []
        words = context.words
        if any(char in text for char in _INVISIBLE) or (
            # Glued by an underscore, a dot or a dash: the name's words are words of the text.
            not forms.parts.isdisjoint(words) and ("_" in text or "." in text or "-" in text)
        ):
            spans += [m.span() for m in _COMPOUND.finditer(text)]
        if not forms.joined.isdisjoint(words):
            # A run-together name is one word of the text: look for it only where one is there.
            spans += [m.span() for m in _WORD.finditer(text)]
        glued = forms.glued
        for start, end in sorted(set(spans)):
            if (start and text[start - 1] in "@.") or (
                text[end : end + 1] in ("@", ".") and _WORD.match(text, end + 1) is not None
            ):
                continue  # ``maria.tefa@mail.id``, ``@maria.tefa``: an e-mail or a handle
            if text[start:end].translate(_NO_GLUE).casefold() in glued and not context.in_tag(
                start, end
            ):
                yield Finding(kind=PiiKind.NAME, start=start, end=end, detector=self.name)
