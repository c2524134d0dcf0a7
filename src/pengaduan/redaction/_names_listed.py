"""Names listed with names found: the other people of a list.

Once a list of people has started (``Kader bertugas: Kak Ata, Mama Nur Laila, Tina``; ``Yang
bawa makanan: Nyoman (nasi), Damai (kue), Dorkas (minum)``; ``- Ros deng Iko``), the items
beside a name found in it, separated by a comma, ``dan``, ``deng`` or ``&``, are people too,
even where the gazetteer knows their words as ordinary words too: one to three capitalised
words, written in the name's case, one of them a name's word the gazetteer knows (``Simon
Pandie, Lansia, RT 010`` lists no one more), none of them one the word lists know as an ordinary
word, a place, a role or a title, and that end where an item ends (a separator, a bracket of a
note, a line's or a sentence's end).

A list has started at a name that follows a list's opening (a colon, a line's start, a bullet)
or another name and a separator; an item after it is read forwards, and an item before a name
backwards, from such an opening or a separator. A word that is an ordinary word too and a name
(``Kasih``, ``Selamat``) counts only between two names of the list (``Rambu Lika (nasi), Kasih
(kue), Ester (minum)``); ``Pak Frans, Kupang`` and ``Ibu Maria, Ketua RT`` name no one more.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pengaduan.redaction import _lexicon as lex

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["names_listed"]

_AND = r"(?:dan|deng|DAN|DENG)"
#: A note in a bracket after an item (``(nasi)``, ``(ketua)``).
_NOTE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
#: Between two items: a comma, ``dan``/``deng`` or ``&``, or a comma and one of them.
_SEPARATOR = rf"(?:[ \t]*,[ \t]*(?:{_AND}[ \t]+)?|[ \t]+{_AND}[ \t]+|[ \t]*&[ \t]*)"
#: An item: one to three capitalised words.
_ITEM = r"[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z'\-]+){0,2}"
#: Where an item ends: the next separator, a note, a line's, a sentence's or the text's end.
_ITEM_END = rf"(?=[ \t]*(?:[,(\n&]|{_AND}[ \t]|\.(?:[ \t\n]|\Z)|\Z))"
#: The item after a name (its note and the separator first).
_NEXT_ITEM = re.compile(_NOTE + _SEPARATOR + "(" + _ITEM + ")" + _ITEM_END)
#: The item before a name, after a list's opening or a comma: with its note in a bracket and a
#: comma after it, as the items of a list of what each brings (``Nyoman (nasi), Damai (kue)``).
_ITEM_BEFORE = re.compile(
    r"(?:[:,][ \t]*|(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?)"
    "(" + _ITEM + r")[ \t]*\([^()\n0-9]{1,30}\)[ \t]*,[ \t]*\Z"
)
#: A note and a separator right after an item (the next item starts where it ends).
_NOTE_AND_SEPARATOR = re.compile(_NOTE + _SEPARATOR).match
#: What stands before a name in a list: a note and a separator after the name before it.
_GAP_BEFORE = re.compile(_NOTE + _SEPARATOR + r"\Z")
#: A list's opening before an item: a colon, or a line's start and a bullet.
_OPENING_BEFORE = re.compile(r"(?::[ \t]*|(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?)\Z")
#: An honorific or a kin word before a name (``Kak``, ``Mama``, ``Pak``), in any case.
_HONORIFIC_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:kak|kaka|kakak|mama|bapa|bapak|pak|bpk|ibu|bu|om|tanta|tante|opa|oma|nona"
    r"|sdr|sdri|ny|mas|mbak|ade|adik)\.?[ \t]+\Z",
    re.IGNORECASE,
)
#: How far back an item before a name is looked for.
_LOOKBACK = 80
#: Words that stop an item: ordinary words, places, roles, titles, honorifics.
_NOT_LISTED = (
    lex.NAME_STOPWORDS
    | lex.NAME_BOUNDARY_WORDS
    | lex.PLACE_WORDS
    | lex.NAME_ROLES
    | frozenset(title.rstrip(".") for title in lex.TITLE_TOKENS)
    | frozenset(word for word in lex.HONORIFIC_TRIGGERS if " " not in word)
)


#: What may follow an item's spaces where `_NEXT_ITEM` matches: a note's bracket, a comma,
#: ``&``, or ``dan``/``deng`` in any case.
_NEXT_ITEM_FIRST = frozenset("(,&dD")
#: How far past an item's end the first character after its spaces is read.
_NEXT_ITEM_REACH = 16


def _next_item(text: str, at: int) -> re.Match[str] | None:
    """``_NEXT_ITEM.match(text, at)``, told without the pattern where the first character after
    the spaces at ``at`` opens none of its readings (most names end no item of a list)."""
    rest = text[at : at + _NEXT_ITEM_REACH].lstrip(" \t")
    if rest and rest[0] not in _NEXT_ITEM_FIRST:
        return None
    return _NEXT_ITEM.match(text, at)


def _item_start(text: str, start: int) -> int:
    """Where the list's item of the name at ``start`` begins: at its honorific, if any (the
    pattern, which ends with spaces, is tried only where a space stands right before)."""
    if not start or text[start - 1] not in " \t":
        return start
    before = _HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
    return start if before is None else before.start()


def _lead(text: str, begin: int) -> bool | None:
    """What stands right before an item at ``begin``, read without a pattern: True where a
    list's opening may (a colon, a line's or the text's start, a bullet), False where only a
    separator may (a comma, ``&``, ``dan``, ``deng``), None where neither can."""
    lead = text[max(0, begin - 6) : begin].rstrip(" \t")
    if not lead or lead[-1] in ":\n-*\u2022":
        return True
    if lead[-1] in ",&" or lead.endswith(("dan", "deng", "DAN", "DENG")):
        return False
    return None


def _same_case(words: list[str], *, upper: bool) -> bool:
    """Whether every word is written in capitals (``upper``) or in title case."""
    if upper:
        return all(word.isupper() for word in words)
    return all(word[0].isupper() and not word.isupper() for word in words)


def names_listed(
    text: str,
    names: list[tuple[int, int]],
    known: frozenset[str],
    taken: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """The items listed beside the ``names`` found in ``text`` (see the module).

    ``known`` holds the gazetteer's words (a word that is an ordinary word too counts between
    two names when the gazetteer knows it as a name); ``taken`` says whether a span overlaps a
    finding (an earlier detector's or a name's).
    """
    ordered = sorted(set(names))
    item_starts = {start: _item_start(text, start) for start, _ in ordered}
    starts = set(item_starts.values())
    ends = {end for _, end in ordered}
    added: list[tuple[int, int]] = []

    def item_words(begin: int, end: int, *, upper: bool) -> bool:
        """Whether ``text[begin:end]`` may be a listed name, in capitals or not as ``upper``
        says (a word that is an ordinary word too only right before a name found)."""
        words = text[begin:end].split()
        if not _same_case(words, upper=upper) or taken(begin, end):
            return False
        cores = [word.lower() for word in words]
        if not any(core in known for core in cores):
            return False  # ``Simon Pandie, Lansia, RT 010``: no name's word in it
        if not any(core in _NOT_LISTED for core in cores):
            return True
        if len(cores) != 1 or cores[0] not in known:
            return False
        gap = _NOTE_AND_SEPARATOR(text, end)
        return gap is not None and gap.end() in starts

    def listed(start: int) -> bool:
        """Whether a list has started at the name at ``start``."""
        begin = item_starts[start]
        lead = _lead(text, begin)
        if lead is None:
            return False
        window = max(0, begin - _LOOKBACK)
        if lead and _OPENING_BEFORE.search(text, window, begin) is not None:
            return True
        gap = _GAP_BEFORE.search(text, window, begin)
        return gap is not None and gap.start() in ends

    for start, end in ordered:
        upper = text[start:end].isupper()
        # backwards: the items before the name, from the nearest
        begin = item_starts[start]
        while "," in text[max(0, begin - 3) : begin]:  # every item before ends with a comma
            before = _ITEM_BEFORE.search(text, max(0, begin - _LOOKBACK), begin)
            if before is None:
                break
            b_start, b_end = before.span(1)
            if not item_words(b_start, b_end, upper=upper):
                break
            added.append((b_start, b_end))
            starts.add(b_start)
            ends.add(b_end)
            begin = b_start
        # forwards: the items after the name, as long as no name found stands there (the
        # first item is read before whether a list has started, which costs more)
        at = end
        after = _next_item(text, at)
        if after is None or not listed(start):
            continue
        while after is not None:
            a_start, a_end = after.span(1)
            if a_start in starts or not item_words(a_start, a_end, upper=upper):
                break
            added.append((a_start, a_end))
            starts.add(a_start)
            ends.add(a_end)
            at = a_end
            after = _next_item(text, at)
    return sorted(set(added))
