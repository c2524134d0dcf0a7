"""Person names after a trigger word (``nama saya``, honorifics, roles, titles).

Names without a trigger are the gazetteer's (``gazetteer.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
            extra.extend((end, end, "") for end in _signature_ends(lowered))
        if ":" in lowered and ("[" in lowered or "/" in lowered):
            extra.extend((m.end(), m.end(), "") for m in lex.CHAT_HEADER.finditer(lowered))
        if "-" in lowered:
            dash = lex.CLOSING_DASH.search(lowered, max(0, len(lowered) - 48))
            if dash is not None and _opens(lowered, dash.start()):
                extra.append((dash.end(), dash.end(), ""))
        if extra:
            triggers = sorted({*triggers, *extra})
        spaced = context.spaced
        cased, place_words, place_before = lex.CASED_TRIGGERS, lex.PLACE_WORDS, lex.PLACE_BEFORE
        name_after = self._name_after
        detector = self.name
        for start, end, word in triggers:
            if start < skip_until:
                continue
            if word in cased and not text[start].isupper():
                continue
            strong = word in _STRONG
            if not strong and not _capital_follows(text, end):
                continue
            span = name_after(text, end, context, strong=strong, trigger=word)
            if span is None:
                continue
            skip_until = span[1]
            # ``spaced`` is the text lower-cased with other ASCII marks as spaces, one character
            # to the right: the 40 characters before the trigger, as words.
            lo = max(0, start - 40)
            if place_words.intersection(spaced[lo + 1 : start + 1].split()) and place_before.search(
                text[lo:start]
            ):
                continue
            yield Finding(kind=PiiKind.NAME, start=span[0], end=span[1], detector=detector)

    def _name_after(
        self,
        text: str,
        position: int,
        context: DetectionContext,
        *,
        strong: bool,
        trigger: str = "",
    ) -> tuple[int, int] | None:
        lead = lex.NAME_LEAD.match(text, position)
        pos = lead.end() if lead else position
        words: list[tuple[int, int]] = []
        titles = 0
        token = _FIRST_TOKEN.match
        # Earlier findings, for the two checks below (`next_collapsed`, `overlaps_collapsed`).
        starts, ends = context.collapsed()
        count = len(starts)
        size = len(context.text)
        titles_set, roles, stopwords = lex.TITLE_TOKENS, lex.NAME_ROLES, lex.NAME_STOPWORDS
        boundary, office = lex.NAME_BOUNDARY_WORDS, lex.OFFICE_HOLDER_WORDS
        abbreviations = lex.NAME_ABBREVIATIONS
        word_lead = trigger
        max_words = self.max_words
        while len(words) < max_words:
            # A word ends where an earlier finding starts: that finding becomes a tag.
            index = bisect_right(ends, pos)
            limit = size if index == count else max(pos, starts[index])
            match = token(text, pos, limit)
            if match is None:
                break
            token = _NAME_TOKEN_MATCH
            word = match.group(1)
            core = word.rstrip(".").casefold()
            if not words and (
                word.casefold() in titles_set or core in roles or core in lex.NAME_LEAD_WORDS
            ):
                if titles >= 3:
                    break
                titles += 1
                pos = match.end()
                # After ``tertulis`` the name may stand in quotes: ``tertulis "Lynce Ratu"``.
                token = _QUOTED_TOKEN_MATCH if core in lex.NAME_LEAD_WORDS else token
                continue
            if (
                (core in stopwords and not _family_after(text, word, words))
                or core in boundary
                or (words and core in titles_set)
                or _is_code(text, match.start(1), match.end(1), core)
            ):
                break
            if not words and word_lead in _ACCOUNT_HOLDER and core in office:
                return None  # ``a.n. Kas Daerah``: an office holds the account
            if not word[0].isupper() and (not strong or (words and text[words[0][0]].isupper())):
                break
            if len(core) < 2 and not _is_initial(word):
                break
            word_start = match.start(1)
            end = word_start + len(word)
            if word[-1] == "." and not _is_initial(word):
                end -= 1
            # A name never runs into an earlier finding (an email, an address).
            index = bisect_right(ends, word_start)
            if index < count and starts[index] < end:
                break
            words.append((word_start, end))
            pos = match.end()
            # A dot after a whole word ends the sentence, and the name (``a.n. Indah Toelle.
            # Info ...``), unless the word is a name's abbreviation (``Muh. Yusuf``).
            if end < match.end() and core not in abbreviations:
                break
        if not words:
            return None
        return words[0][0], words[-1][1]


#: The first run of letters of every trigger (``nama`` of ``nama saya``, ``sdr`` of ``sdr.``);
#: a letter never follows it in a trigger.
_HEADS = frozenset(
    re.match(r"[a-z]+", word).group()  # type: ignore[union-attr]
    for word in (*lex.STRONG_TRIGGERS, *lex.HONORIFIC_TRIGGERS, *lex.TITLE_TRIGGERS)
)
#: A head as a whole word in ``spaced`` (a letter never follows a head in a trigger).
_HEAD_WORD = re.compile(" (?:" + lex.trie_pattern(_HEADS) + ")(?![a-z])")


def _triggers(context: DetectionContext) -> list[tuple[int, int, str]]:
    """The matches of `NAME_TRIGGER`, as ``finditer`` gives them, tried only where a trigger's
    head stands as a whole word (one scan of the context's ``spaced`` text) instead of at every
    position."""
    lowered = context.lowered
    spaced = context.spaced
    if not lowered.isascii():
        # A mark outside ASCII may open or close a word too (``“Bapak``): counted as a space
        # here, which only adds places to try (the pattern decides at each).
        spaced = _NON_ASCII_RUN.sub(_spaces, spaced)
    found: list[tuple[int, int, str]] = []
    reached = 0
    match = lex.NAME_TRIGGER.match
    for head in _HEAD_WORD.finditer(spaced):
        start = head.start()  # the space before the head; ``spaced`` has one more in front
        if start >= reached and (hit := match(lowered, start)) is not None:
            found.append((start, hit.end(), hit.group()))
            reached = hit.end()
    return found


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


#: Words one of which opens every match of `SIGNATURE`.
_SIGNATURE_HEADS = ("hormat", "salam", "wassalam", "ttd", "tertanda", "pelapor", "pemohon")


def _signature_ends(lowered: str) -> list[int]:
    """Where the matches of `SIGNATURE` end, as ``finditer`` gives them, trying the pattern only
    where one of its opening words stands."""
    starts: set[int] = set()
    for head in _SIGNATURE_HEADS:
        at = lowered.find(head)
        while at != -1:
            starts.add(at)
            at = lowered.find(head, at + 1)
    ends: list[int] = []
    reached = 0
    match = lex.SIGNATURE.match
    for start in sorted(starts):
        if start >= reached and (hit := match(lowered, start)) is not None:
            ends.append(hit.end())
            reached = hit.end()
    return ends


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


#: The triggers that introduce an account holder, who may be an office (``a.n. Kas Daerah``).
_ACCOUNT_HOLDER = frozenset({"a.n.", "a.n", "a. n.", "an.", "an", "atas nama"})
_VOWEL = re.compile(r"[aeiouy]")


def _is_code(text: str, start: int, end: int, core: str) -> bool:
    """Whether the word at ``[start, end)`` is part of a code, not of a name: glued to a digit or
    inside a code (``MH1JM...``, ``RM-989186``, ``VLBN-Z4PN-DEF``), or without a vowel (``KPPS``,
    ``BRI``'s cousins ``BTN``; an initial ``M.`` is no code)."""
    if end < len(text) and (text[end].isdigit() or text[end] == "-"):
        return True
    if start and text[start - 1] == "-":
        return True
    return _VOWEL.search(core) is None and not _is_initial(text[start:end])


def _family_after(text: str, word: str, words: list[tuple[int, int]]) -> bool:
    """Whether ``word``, an ordinary word, is a family name here: one of `FAMILY_STOPWORDS` in
    title case right after a name word in title case (``Naomi Mau``)."""
    if not words or word.rstrip(".").casefold() not in lex.FAMILY_STOPWORDS:
        return False
    previous = text[words[-1][0] : words[-1][1]]
    return word.istitle() and previous.istitle()


_FIRST_TOKEN = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)")
_NAME_TOKEN_MATCH = lex.NAME_TOKEN.match
#: A name word that may open with a quote, after ``tertulis``.
_QUOTED_TOKEN_MATCH = re.compile(
    r"[ \t\u00a0]{1,3}[\"\u201c]?([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)"
).match
