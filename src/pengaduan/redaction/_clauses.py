"""Where a clause, a sentence and a letter's heading end: the shared reading of the detectors'
rules about whose a value is (a phone's owner, an NPWP's, an address's seat, an office's line
and address under its heading)."""

from __future__ import annotations

import re

from pengaduan.redaction import _lexicon as lex

__all__ = ["LETTERHEAD_REACH", "ends_sentence", "heading_above", "last_clause"]

#: How far into a text (in characters) a letterhead's lines may stand: its name, its address,
#: its telephone, its mailbox and its NPWP under the name.
LETTERHEAD_REACH = 400

_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def ends_sentence(window: str, mark: int) -> bool:
    """Whether the mark at ``mark`` ends a sentence: `lex.SENTENCE_END` before it (a digit, a
    collapsed finding, or a word of four letters or more that is not ``telp``), read backwards
    from the mark instead of searched for from the start of the window; or a document's or a
    medium's name (``ktp``, ``nik``, ``kk``, ``sim``, ``fb``, ``ig``) with a space and a word
    after the mark (``foto KTP. Nomor ...``, ``minta data KK. Nomor ...``, not ``NIK. 5371...``).

    Args:
        window: a lower-cased window.
        mark: where a ``.``, ``!`` or ``?`` stands in it.

    Returns:
        ``lex.SENTENCE_END.search(window, 0, mark) is not None``, or the document's rule.
    """
    if not mark:
        return False
    if window[mark - 1] in "0123456789\x1f":
        return True
    start = mark
    while start and window[start - 1] in _ASCII_LOWER:
        start -= 1
    if mark - start in _SHORT_ENDS and window[start:mark] in _DOCUMENTS:
        # ``foto KTP. Nomor ...``: a document's name ends a sentence where a word follows (not
        # its number: ``NIK. 5371...``)
        return window[mark + 1 : mark + 2] == " " and window[mark + 2 : mark + 3] in _ASCII_LOWER
    return mark - start >= 4 and window[start:mark] != "telp"


#: Documents' and media's names of two or three letters, which end a sentence as any word
#: does where a word follows (``foto KTP. Nomor ...``, ``murah di FB. Sa su transfer ...``).
_DOCUMENTS = frozenset({"ktp", "nik", "kk", "sim", "fb", "ig"})
_SHORT_ENDS = frozenset({2, 3})


def last_clause(window: str) -> str:
    """The end of ``window`` after its last clause break (a sentence's end, a line, ``;``): the
    clause a phone's owner, an NPWP's and an address's seat are read in.

    The scan starts after the last line break or semicolon: each is a break of its own (one
    character, which no other break's match holds), so a left-to-right scan of the whole window
    reaches that place too, and every break it finds before it ends there or earlier.
    """
    last = max(window.rfind("\n"), window.rfind(";")) + 1
    for found in lex.CLAUSE_BREAK.finditer(window, last):
        if window[found.start()] in ".!?" and not ends_sentence(window, found.start()):
            continue  # ``Jl. Soeharto``, ``No. HP``: an abbreviation, not a sentence's end
        last = found.end()
    return window[last:]


#: A line of a heading's own details: its address, NPWP, lines, mailbox or a school's register
#: numbers (``Jl. Sumba No. 79``, ``NPWP : ...``, ``Telp/WA : ...``, ``Email: ...``, ``NPSN ...``).
_HEADING_DETAIL = re.compile(
    r"[ \t]*(?:jl|jln|jalan|npwp|telp|tlp|telepon|fax|faks|email|e-mail|npsn|nss)(?![a-z])"
)


def heading_above(lowered: str, line_start: int) -> bool:
    """Whether one of the two lines above the line at ``line_start`` names an office, a unit or
    a business as a letter's or a receipt's heading does (``Yth. Kepala Dinas PUPR``,
    ``KELURAHAN NUNBAUN SABU``, ``TOKO SINAR ABADI``, a signature's ``Bapenda Kota Kupang``);
    lines of the heading's own details between (`_HEADING_DETAIL`, up to two) are passed
    over."""
    if not line_start:
        return False
    end = line_start - 1
    lines = 0
    for _ in range(4):
        begin = lowered.rfind("\n", 0, end) + 1
        if lex.OFFICE_HEADING.fullmatch(lowered, begin, end) is not None:
            return True
        if not begin:
            return False
        # a heading's own address, NPWP or lines between it and this line count for none of
        # the two (``BENGKEL OETETE``, ``Jl. Sumba No. 79``, ``NPWP : ...``, then ``Telp/WA``)
        if _HEADING_DETAIL.match(lowered, begin) is None:
            lines += 1
            if lines == 2:
                return False
        end = begin - 1
    return False
