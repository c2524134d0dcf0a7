"""Person names after a trigger word (``nama saya``, honorifics, roles, titles).

Names without a trigger are the gazetteer's (``gazetteer.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    Finding,
    _check_call,
    _detector_name,
    _is_initial,
    _max_words,
    _word_core,
)
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["NameDetector"]


@attrs.frozen(kw_only=True)
class NameDetector:
    """Person names after a trigger: ``nama saya``, ``a.n.``, ``atas nama``, ``bernama``,
    honorifics (``Bapak``, ``Ibu``, ``Pak``, ``Bu``, ``Sdr``, ``Bapa``, ``Mama``, ``Om``...),
    roles (``oknum``, ``petugas``, ``perawat``) and titles (``dr.``, ``Drs.``, ``Pdt.``).

    After ``nama saya``/``a.n.``/``bernama`` the name may be written in lower case; after an
    honorific or role it must be capitalised (``ibu hamil`` is not a name). Common words stop a
    name (``Ibu Kota``, ``Bapak Kepala Dinas``). A trigger right after a place word (``Jl.``,
    ``RSUD``, ``Bandara``...) belongs to a place named after a person and is skipped whole.

    Attributes:
        name: the detector name recorded in spans.
        max_words: the most words a name may have.
    """

    name: str = attrs.field(default="name", validator=_detector_name)
    max_words: int = attrs.field(default=4, validator=_max_words)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find person names in ``text``."""
        skip_until = 0
        lowered = context.lowered
        triggers = _triggers(context)
        # A trigger glued to an earlier finding starts a word (the finding becomes a tag), so
        # the look-behind's verdict is overruled there; such places are few.
        extra = [
            (m.start(), m.end(), m.group())
            for e in context.collapsed_ends()
            if e < len(lowered)
            and lowered[e - 1].isalnum()
            and (m := lex.NAME_TRIGGER_BARE.match(lowered, e)) is not None
        ]
        # Signatures, chat-export senders and closing dashes: the capitalised words after them.
        if any(word in lowered for word in lex.SIGNATURE_WORDS):
            extra.extend((m.end(), m.end(), "") for m in lex.SIGNATURE.finditer(lowered))
        if ":" in lowered and ("[" in lowered or "/" in lowered):
            extra.extend((m.end(), m.end(), "") for m in lex.CHAT_HEADER.finditer(lowered))
        if "-" in lowered:
            dash = lex.CLOSING_DASH.search(lowered, max(0, len(lowered) - 48))
            if dash is not None and _opens(lowered, dash.start()):
                extra.append((dash.end(), dash.end(), ""))
        if extra:
            triggers = sorted({*triggers, *extra})
        for start, end, word in triggers:
            if start < skip_until:
                continue
            if word in lex.CASED_TRIGGERS and not text[start].isupper():
                continue
            strong = word in _STRONG
            if not strong and not _capital_follows(text, end):
                continue
            span = self._name_after(text, end, context, strong=strong)
            if span is None:
                continue
            skip_until = span[1]
            before = text[max(0, start - 40) : start]
            if lex.PLACE_WORDS.intersection(
                before.translate(_LOWER_LETTERS).split()
            ) and lex.PLACE_BEFORE.search(before):
                continue
            yield Finding(kind=PiiKind.NAME, start=span[0], end=span[1], detector=self.name)

    def _name_after(
        self, text: str, position: int, context: DetectionContext, *, strong: bool
    ) -> tuple[int, int] | None:
        lead = lex.NAME_LEAD.match(text, position)
        pos = lead.end() if lead else position
        words: list[tuple[int, int]] = []
        titles = 0
        first = True
        while len(words) < self.max_words:
            # A word ends where an earlier finding starts: that finding becomes a tag.
            limit = context.next_collapsed(pos)
            token = _FIRST_TOKEN if first else lex.NAME_TOKEN
            match = token.match(text, pos, limit)
            if match is None:
                break
            word = match.group(1)
            core = _word_core(word)
            if not words and (word.casefold() in lex.TITLE_TOKENS or core in lex.NAME_ROLES):
                if titles >= 3:
                    break
                titles += 1
                pos = match.end()
                first = False
                continue
            if core in lex.NAME_STOPWORDS or (core in lex.TITLE_TOKENS and words):
                break
            capital = word[0].isupper()
            if not capital and (not strong or (words and text[words[0][0]].isupper())):
                break
            if len(core) < 2 and not _is_initial(word):
                break
            end = match.start(1) + len(word)
            if word.endswith(".") and not _is_initial(word):
                end -= 1
            if context.overlaps_collapsed(match.start(1), end):
                break  # a name never runs into an earlier finding (an email, an address)
            words.append((match.start(1), end))
            pos = match.end()
            first = False
        if not words:
            return None
        return words[0][0], words[-1][1]


#: The first run of letters of every trigger (``nama`` of ``nama saya``, ``sdr`` of ``sdr.``).
_HEADS = frozenset(
    re.match(r"[a-z]+", word).group()  # type: ignore[union-attr]
    for word in (*lex.STRONG_TRIGGERS, *lex.HONORIFIC_TRIGGERS, *lex.TITLE_TRIGGERS)
)
#: Heads too short to look for with ``str.find``: their triggers are looked for whole.
_SHORT_TRIGGERS = ("a.n", "a. n", "h.")


def _triggers(context: DetectionContext) -> list[tuple[int, int, str]]:
    """The matches of `NAME_TRIGGER`, as ``finditer`` gives
    them, found from the trigger heads the text holds (a set intersection in C) at the starts of
    words instead of by trying the pattern at every position."""
    lowered = context.lowered
    if not lowered.isascii():
        # A mark outside ASCII may open a word too (``“Bapak``): try every position.
        return [(m.start(), m.end(), m.group()) for m in lex.NAME_TRIGGER.finditer(lowered)]
    spaced = context.spaced
    starts: set[int] = set()
    for head in _HEADS.intersection(context.words):
        needle = " " + head
        at = spaced.find(needle)
        while at != -1:
            starts.add(at)  # ``spaced`` has one more character in front
            at = spaced.find(needle, at + 1)
    for short in _SHORT_TRIGGERS:
        at = lowered.find(short)
        while at != -1:
            starts.add(at)
            at = lowered.find(short, at + 1)
    found: list[tuple[int, int, str]] = []
    reached = 0
    match = lex.NAME_TRIGGER.match
    for start in sorted(starts):
        if start >= reached and (hit := match(lowered, start)) is not None:
            found.append((start, hit.end(), hit.group()))
            reached = hit.end()
    return found


#: ASCII letters lower-cased, every other ASCII character a space: ``str.split`` gives words.
_LOWER_LETTERS = str.maketrans(
    {chr(c): (chr(c).lower() if chr(c).isalpha() else " ") for c in range(128)}
)


def _opens(text: str, dash: int) -> bool:
    """Whether the dash at ``dash`` opens a line or follows a mark (an emoji), not a word."""
    before = text[:dash].rstrip(" \t")
    return not before or before[-1] == "\n" or not (before[-1].isalnum() or before[-1] in ",.;:")


_STRONG = frozenset(lex.STRONG_TRIGGERS)
_NEXT_WORD = re.compile(r"[ \t\u00a0]*[:,.]?[ \t\u00a0]*([^\W\d_]+\.?)")


def _capital_follows(text: str, position: int) -> bool:
    """Whether a capitalised word, a title or a role follows ``position`` (cheap pre-check)."""
    match = _NEXT_WORD.match(text, position)
    if match is None:
        return False
    word = match.group(1)
    return (
        word[0].isupper() or word.lower() in lex.TITLE_TOKENS or _word_core(word) in lex.NAME_ROLES
    )


_FIRST_TOKEN = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)")
