"""Identity, phone and account numbers in one pass over digit runs (NIK, KK, NPWP, phone,
BPJS, bank account).

The kinds share one scan because they share their candidates: a digit run is classified once,
by its context words and its structure, so a NIK is never also reported as a phone. Rules and
sources: ``_lexicon.py`` (context words), ``_nik.py`` (NIK structure), ``_detect_phone.py``.

Speed: each number reads the windows around it (earlier findings collapsed) with the rules'
patterns; a whole-text index of their words would cost more than these windows do (one scan of a
whole text with the context words' pattern takes longer than the few windows the numbers of a
text ask for). What is read once per text is the text's digit runs and the marks of letters
typed for digits. The rest is skipped where a cheap test on the window shows a rule cannot
apply, each test a necessary condition of its rule (``tests/test_redaction_number_fast_paths.py``
compares each with the plain form):

- a run without a separator is its one group (no group scan);
- the lettered anchors are looked for only before the places where a letter stands next to a
  digit (`_anchors`);
- a window with one block of collapsed spans in reach is built from the lowered text
  (`_Facts.before`, `_Facts.after`);
- an amount needs ``rp``, ``idr`` or ``usd`` in the window's tail; the office speaking of
  itself needs ``kami``; a mobile after a phone word changes hands only where ``milik`` or
  ``punya`` follows it (`_owner`); an office's account needs an office's word
  (`_office_account`);
- a NIK, KK, NPWP or BPJS word with no bracket after the number decides alone (`_contexts`);
- the statements after a number and the clause rules of ``_phone_stated.py`` are tried only
  where they can apply (see that module).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._clauses import LETTERHEAD_REACH, ends_sentence, last_clause
from pengaduan.redaction._detect_base import (
    CONTEXT_LOOKBACK,
    CONTEXT_WIDTH,
    Finding,
    _ascii_lower_alnum,
    _check_call,
    _detector_name,
    _flag,
    _string_set,
)
from pengaduan.redaction._detect_phone import _e164_typed, _national, _service_line
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction._identity_order import settle_identities
from pengaduan.redaction._nik import nik_structure_valid
from pengaduan.redaction._phone_owner import (
    AFTER_OFFICE_LINE,
    AFTER_WIDTH,
    ASK_WORDS,
    FIXED_LINE_WORDS,
    LINE_WORD_LEAD,
    NUMBER_OF_BEFORE,
    NUMBER_OF_TAIL,
    OFFICE_WORDS,
    POSED_AGENCY,
    POSING_BEFORE,
    REGISTRATION_BEFORE,
    WE,
    following_owner,
    invited,
    letterhead_line,
    office_sender,
    said_to_be_a_business,
    speakers_own_line,
)
from pengaduan.redaction._phone_stated import (
    SCAM,
    SEND_TO,
    WALLET_BEFORE,
    named_in_bracket,
    stated_owner,
    text_marks,
)
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["NUMBER_KINDS", "NumberDetector"]

NUMBER_KINDS = frozenset(
    {PiiKind.NIK, PiiKind.KK, PiiKind.NPWP, PiiKind.PHONE, PiiKind.BPJS, PiiKind.BANK_ACCOUNT}
)


#: The phone words a lettered mobile follows (a NIK or a KK does not; they stand inside other
#: words too: ``warga``, ``jawa``).
_PHONE_WORDS = (
    "hp",
    "wa",
    "telp",
    "telepon",
    "tlp",
    "hub",
    "nomor",
    "nomer",
    "nmr",
    "kontak",
    "konfirmasi",
    "kader",
    # a bracket holding nothing but a lettered mobile (``Mariana Seuk (0B23-83B5-5890)``)
    "(",
)
#: Words one of which is inside every context a lettered NIK, KK or mobile follows: the
#: identity words, then the phone words.
_LETTERED_ANCHORS = ("nik", "nlk", "n.i.k", "ktp", "kk", "keluarga", "kependudukan", *_PHONE_WORDS)
#: Of `_LETTERED_ANCHORS`, the phone words.
_PHONE_ANCHORS = frozenset(_PHONE_WORDS)
#: Of `_PHONE_ANCHORS`, the words for a number of any kind, or for whom to reach: a lettered
#: mobile right after one with no context word before it is a person's too (``Beta pung nomor
#: 0B13-4553-67O``, ``Konfirmasi: 0B52 7494 976 (YUNITA)``, ``Kader : FLORENTINA SERAN 0B58
#: 960I I722``), as a plain mobile is.
_NUMBER_ANCHORS = frozenset({"nomor", "nomer", "nmr", "kontak", "konfirmasi", "kader", "("})
#: The contexts a lettered mobile is a person's after: a phone word, or an institution's name
#: (a mobile there is a person's, as the guide says of plain ones: ``FORMULIR PENGADUAN`` ...
#: ``No. HP : O89946515465``).
_LETTERED_MOBILE = frozenset({"phone", "institution"})
#: How far before its anchor word a lettered context may start (``nomor induk kependudukan``).
_ANCHOR_REACH = 14
#: How far after a phone word a lettered mobile may end (``nomor wa sy O8S7072l9B76``, ``Kader
#: : FLORENTINA SERAN 0B58 960I I722``, a second after a slash: ``HUB 0B58-7428-S3S1 /
#: 082l54458789``).
_PHONE_REACH = 40
#: The same after a phone word standing as a word of its own, not inside another (``wa`` in
#: ``bawa``): a name in capitals and a line break may come between (``HUB PEMILIK: OKTAVIA
#: SITUMORANG`` then ``0857-236l-7227``), or a reply on the next line (``Nomor yang bisa
#: dihubungi?`` then ``Pelapor: 0851-131S-5479``).
_WORD_PHONE_REACH = 60
#: How far after its anchor word a lettered number may end.
_NUMBER_REACH = 64


#: Marks digits ``d`` and the letters typed for them ``l`` (every other byte a space) in the ASCII
#: bytes of a lowered text: `lex.LETTER_BY_DIGIT` matches where ``dl`` or ``ld`` stands.
_DIGIT_OR_LETTER = bytes(
    ord("d") if chr(byte).isdigit() and byte < 128 else ord("l") if chr(byte) in "oilsb" else 32
    for byte in range(256)
)


def _pairs(marks: bytes) -> list[int]:
    """Where a digit and a letter typed for a digit stand side by side in ``marks``, sorted."""
    found: list[int] = []
    for pair in (b"dl", b"ld"):
        at = marks.find(pair)
        while at != -1:
            found.append(at)
            at = marks.find(pair, at + 1)
    found.sort()
    return found


def _anchors(lowered: str) -> list[tuple[int, int]]:
    """Where a NIK or KK anchor word stands with a letter typed for a digit in the few
    characters after it: ``(start, end)`` of each anchor, found with ``str.find`` in C.

    The marks are made from the text encoded as ASCII with every other character replaced by
    one ``?`` (a space in the marks), so they have the text's offsets, and a pair in them is
    where `lex.LETTER_BY_DIGIT` matches. An anchor at ``at`` qualifies where a pair starts in
    ``at .. at + _NUMBER_REACH - 2`` (so that it ends inside the reach): the anchors are looked
    for only in the stretches before the few pairs, not in the whole text.
    """
    found: list[tuple[int, int]] = []
    marks = lowered.encode("ascii", "replace").translate(_DIGIT_OR_LETTER)
    if b"dl" not in marks and b"ld" not in marks:
        return found  # no letter typed for a digit anywhere: no anchor qualifies
    reach = _NUMBER_REACH - 2
    # The starts an anchor may have, as merged ``[low, high]`` stretches.
    stretches: list[list[int]] = []
    for pair in _pairs(marks):
        low = max(0, pair - reach)
        if stretches and low <= stretches[-1][1] + 1:
            stretches[-1][1] = pair
        else:
            stretches.append([low, pair])
    for anchor in _LETTERED_ANCHORS:
        size = len(anchor)
        for low, high in stretches:
            at = lowered.find(anchor, low, high + size)
            while at != -1:
                found.append((at, at + size))
                at = lowered.find(anchor, at + 1, high + size)
    return found


#: A phone-shaped number, then a bare list word (``/``, ``|``, ``atau``) and at most ``WA``, up to
#: the number after them (on the lower-cased text before it).
_PAIRED_BEFORE = re.compile(
    r"(?<![0-9])(?P<number>(?:\+?62[ \-]?|0)[0-9][0-9 .\-)]{6,17}[0-9])\)?"
    r"[ \t]*(?:/|\||atau|ato|dan|&)"
    r"[ \t]*(?:wa[ \t:.]*)?[(+]?\Z"
)
#: The same from after a number: the list word, then the phone-shaped number after it.
_PAIRED_AFTER = re.compile(
    r"\)?[ \t]*(?:/|\||atau|ato|dan|&)[ \t]*(?:wa[ \t:.]*)?"
    r"(?P<number>[(+]?(?:62[ \-]?|0)[0-9][0-9 .\-)]{6,17}[0-9])(?![0-9])"
)
#: How far either side of a number its pair is looked for.
_PAIR_REACH = 36


def _paired_lines(text: str, context: DetectionContext, found: list[Finding]) -> list[Finding]:
    """The findings without the phones paired with a line that is nobody's: two numbers with
    only ``/``, ``|`` or ``atau`` between them (``WA panitia 0812... / 0851...``, ``Hub/WA:
    0818... atau 0822...``) are one owner's lines, so where the other number was read as an
    office's, a business's or one posing as them (no finding covers it), this one is too."""
    lowered = context.lowered
    covered = [(finding.start, finding.end) for finding in found]

    def nobodys(start: int, end: int) -> bool:
        digits = sum(char.isdigit() for char in text[start:end])
        return (
            _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]
            and not any(a < end and start < b for a, b in covered)
            and not context.overlaps_collapsed(start, end)
        )

    kept: list[Finding] = []
    for finding in found:
        if finding.kind is PiiKind.PHONE:
            low = max(0, finding.start - _PAIR_REACH)
            high = finding.end + _PAIR_REACH
            before = (
                _PAIRED_BEFORE.search(lowered, low, finding.start)
                if _pair_word(lowered, low, finding.start)
                else None
            )
            after = (
                _PAIRED_AFTER.match(lowered, finding.end, high)
                if _pair_word(lowered, finding.end, high)
                else None
            )
            if (before is not None and nobodys(*before.span("number"))) or (
                after is not None and nobodys(*after.span("number"))
            ):
                continue
        kept.append(finding)
    return kept


def _pair_word(lowered: str, low: int, high: int) -> bool:
    """Whether ``lowered[low:high]`` holds one of the list words that join a pair (every match
    of `_PAIRED_BEFORE` and `_PAIRED_AFTER` holds one): most numbers have none near them."""
    return (
        lowered.find("/", low, high) != -1
        or lowered.find("|", low, high) != -1
        or lowered.find("at", low, high) != -1
        or lowered.find("dan", low, high) != -1
        or lowered.find("&", low, high) != -1
    )


#: The digits a phone-shaped number of a pair has.
_PHONE_DIGITS = (9, 14)

#: A BPJS card's thirteen characters as a scan reads them, ``O`` for its first zero too, with a
#: letter among them (plain digits are the digit-run pass's); on the lower-cased text.
_LETTERED_CARD = re.compile(r"(?<![0-9a-z])(?=[0-9]{0,12}[olisb])[0o]{2}[0-9olisb]{11}(?![0-9a-z])")
#: The fewest real digits a lettered card keeps.
_CARD_DIGITS = 9
#: A BPJS card's length.
_CARD_LENGTH = 13
#: The fewest digits after a JKN card's ``000`` and its leading zeros (``0000157219209``).
_CARD_SERIAL = 7
#: Words one of which every context of a BPJS card holds (``no. kartu``, ``BPJS``, ``KIS``,
#: ``JKN``): a lettered card is looked for only within reach after them.
_CARD_WORDS = frozenset({"kartu", "bpjs", "kis", "jkn"})

#: Sixteen digits read out in four groups with commas (``5314, 0404, 1209, 3351``).
#: The pattern opens with the first comma (a literal the engine skips to in C); the first group
#: is checked before it.
_COMMA_GROUPS = re.compile(r",[ \t]?[0-9]{4},[ \t]?[0-9]{4},[ \t]?[0-9]{4}(?![0-9]|[.,][0-9])")
#: Another group before or after four read out with commas: a longer run, no NIK.
_MORE_GROUPS = re.compile(r",[ \t]?[0-9]")
_GROUP_BEFORE = re.compile(r"[0-9],[ \t]?\Z")
#: An old 15-digit NPWP as a scan reads it or a mail wraps it: a comma for a dot, ``O``, ``l``,
#: ``I``, ``S`` or ``B`` for a digit, a stray space or a line break after a dot or inside a group
#: (``09,650.568.5-920.000``, ``66.949.327.4-921.OOO``, ``81.601.617.`` then ``9-921.000``,
#: ``44.397.81`` then ``1.4-920.000``); on the lower-cased text.
_SCANNED_NPWP = re.compile(
    r"(?<![0-9a-z])(?:[0-9olisb][ \n]?){2}[.,][ \n]?(?:[0-9olisb][ \n]?){3}[.,][ \n]?"
    r"(?:[0-9olisb][ \n]?){3}[.,][ \n]?[0-9olisb][ \n]?[-.,][ \n]?(?:[0-9olisb][ \n]?){3}"
    r"[.,][ \n]?(?:[0-9olisb][ \n]?){2}[0-9olisb](?![0-9a-z])"
)
#: A sixteen-digit NPWP as a scan reads it in the field its word labels (``NPWP Penerima :
#: 0540446841920O0O``, ``NPWP : 537I055510B11307``): a few words and a colon after ``NPWP`` on
#: its line, then sixteen digits or ``O``, ``l``, ``I``, ``S``, ``B`` for them; on the
#: lower-cased text.
_SCANNED_NPWP16 = re.compile(r"(?:[ \t]+[a-z/]+){0,2}[ \t]*:[ \t]*([0-9olisb]{16})(?![0-9a-z])")
#: A person's NITKU (the place-of-business number of the tax system): the NIK that is the
#: person's NPWP, then ``000000``, or the number of one of the person's places of business
#: (``...000002``); a body's opens with the old NPWP's ``0`` and 15 digits.
_PERSONS_NITKU = re.compile(r"(?<![0-9])([0-9]{16})0000[0-9]{2}(?![0-9])")
#: How far after ``NITKU`` its number may start (``NITKU Pembeli    : ``, ``NITKU Bapak adalah
#: ``), and how many digits it holds.
_NITKU_REACH = 32
_NITKU_DIGITS = 22
#: The most characters an old NPWP takes, its line breaks in it.
_NPWP_WIDTH = 28
#: The fewest real digits a scanned NPWP keeps.
_SCANNED_DIGITS = 10
#: How far after ``NPWP`` a scanned NPWP is looked for.
_SCANNED_REACH = 80


#: The word ``NPWP``, also as a scan spaces its letters (``N P W P :``).
_NPWP_WORD = re.compile(r"npwp|n p w p(?![a-z])")


def _scanned_npwps(lowered: str) -> list[tuple[int, int]]:
    """NPWPs in `_SCANNED_NPWP`'s form with a comma, a letter or a line break in them, within
    reach after the word ``npwp`` (`_NPWP_WORD`), and sixteen-digit ones with a letter for a
    digit in the field the word labels on its line (`_SCANNED_NPWP16`: ``NPWP Penerima :
    0540446841920O0O``): ``(start, end)`` in text order (plain ones are the digit-run
    pass's)."""
    found: list[tuple[int, int]] = []
    for word in _NPWP_WORD.finditer(lowered):
        after = word.end()
        near = reach = after + _SCANNED_REACH + _NPWP_WIDTH
        if _HEADER_WORD.match(lowered, word.start()) is not None:
            # a table's header cell: its column's rows below too (a hit further than the word's
            # reach only under it, cell by cell)
            reach = after
            for _ in range(_HEADER_ROWS):
                line_end = lowered.find("\n", reach + 1)
                reach = line_end if line_end != -1 else len(lowered)
            reach = max(reach, near)
        for hit in _SCANNED_NPWP.finditer(lowered, after, reach):
            raw = hit.group()
            if (
                not raw.replace(".", "").replace("-", "").isdigit()
                and sum(char.isdigit() for char in raw) >= _SCANNED_DIGITS
                and hit.span() not in found
                and (
                    hit.end() <= near
                    or _header_column(lowered, hit.start(), cells_only=True) == "npwp"
                )
            ):
                found.append(hit.span())
        field = _SCANNED_NPWP16.match(lowered, after)
        if (
            field is not None
            and not field.group(1).isdigit()
            and sum(char.isdigit() for char in field.group(1)) >= _SCANNED_DIGITS
            and field.span(1) not in found
        ):
            found.append(field.span(1))
    return sorted(found)


def _lettered_numbers(lowered: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Numbers with letters for digits anywhere in the few characters after a NIK or KK anchor
    word (``Nama/NIK: Kristina Lay / 530523671283O264``): the detector asks their context.

    Returns:
        ``(start, end)`` of each number with at least one letter for a digit, in text order.
    """
    found: set[tuple[int, int]] = set()
    for at, after in anchors:
        for hit in lex.LETTERED_NUMBER.finditer(lowered, after, at + _NUMBER_REACH):
            start, end = hit.span()
            if (
                (start and _ascii_lower_alnum(lowered[start - 1]))
                or (end < len(lowered) and _ascii_lower_alnum(lowered[end]))
                or lex.LETTER_BY_DIGIT.search(lowered, start, end) is None
            ):
                continue
            found.add((start, end))
    return sorted(found)


#: The digits of a NIK or a KK.
_ID_LENGTH = 16
#: A line break with a digit after it (the engine finds the break as a literal).
_LINE_BEFORE_DIGIT = re.compile(r"\n(?=[0-9])")
#: The longest part of a broken number (`_BROKEN_RUN`).
_BROKEN_PART = 13
#: A number broken by a line break, as a PDF's text or a narrow column breaks it (``NIK :
#: 53710`` then ``65208720202``): digits ending a line, digits opening the next.
_BROKEN_RUN = re.compile(r"(?<![0-9a-z.,\-])([0-9]{3,13})\n([0-9]{3,13})(?![0-9a-z.,\-])")


def _broken_runs(lowered: str) -> Iterator[re.Match[str]]:
    """The matches of `_BROKEN_RUN` in ``lowered``, in text order: tried only at the line breaks
    with a digit on both sides (a text has a few), from the start of the digits before each."""
    reached = 0
    for line in _LINE_BEFORE_DIGIT.finditer(lowered):
        at = line.start()
        if at >= reached and lowered[at - 1 : at].isdigit():
            begin = at - 1
            while begin and lowered[begin - 1].isdigit() and at - begin < _BROKEN_PART:
                begin -= 1
            hit = _BROKEN_RUN.match(lowered, begin)
            if hit is not None:
                reached = hit.end()
                yield hit


#: The groups of digits ending a line before a line break (``NIK 5371 0517`` then ``0756
#: 0082``), searched for with the break as its end.
_GROUPS_ENDING_LINE = re.compile(r"(?<![0-9a-z.,\-])(?:[0-9]{2,8}[ \t]){0,3}[0-9]{2,8}[ \t]?\Z")
#: The groups of digits opening the line after the break.
_GROUPS_OPENING_LINE = re.compile(
    r"[ \t]?(?:[0-9]{2,8}[ \t]){0,3}[0-9]{2,8}(?![0-9a-z]|[.,\-][0-9a-z])"
)
#: How far back the groups ending a line are read.
_GROUPS_REACH = 40


def _broken_groups(lowered: str) -> Iterator[tuple[int, int, str]]:
    """Numbers written in groups and broken by a line break (``5371 0517`` then ``0756 0082``,
    ``5304`` then ``0850 0967 0050``): ``(start, end, digits)`` where the groups on both sides
    of a break hold sixteen digits, the leading groups of the line before dropped where there
    are more (``No. 12 5371 0517``); where no group holds a space, `_broken_runs` reads it."""
    for line in _LINE_BEFORE_DIGIT.finditer(lowered):
        at = line.start()
        if not at or not (lowered[at - 1].isdigit() or lowered[at - 1] in " \t"):
            continue
        tail = _GROUPS_ENDING_LINE.search(lowered, max(0, at - _GROUPS_REACH), at)
        head = _GROUPS_OPENING_LINE.match(lowered, at + 1)
        if tail is None or head is None:
            continue
        before = tail.group().split()
        after = head.group().split()
        if len(before) == 1 and len(after) == 1:
            continue  # one group each side: `_broken_runs` reads it
        digits = "".join(after)
        start = tail.start()
        while before and len("".join(before)) + len(digits) > _ID_LENGTH:
            start = lowered.index(before[0], start) + len(before[0])
            before = before[1:]
        if not before:
            continue
        start = lowered.index(before[0], start)
        digits = "".join(before) + digits
        if len(digits) == _ID_LENGTH:
            yield start, head.end(), digits


def _broken_identities(context: DetectionContext, found: list[Finding], name: str) -> list[Finding]:
    """``found`` with NIKs and KKs broken by a line break added (``NIK : 53710`` then
    ``65208720202``, ``NIK 5371 0517`` then ``0756 0082``; a family card's rows as a PDF's text
    gives them): sixteen digits with a NIK's structure once joined, in a text that names a NIK
    or a family card; the card's where its word stands right before them (``No. KK :``), else a
    NIK. Findings on either part go."""
    lowered = context.lowered
    added: list[Finding] = []
    broken = [(hit.start(), hit.end(), hit[1] + hit[2]) for hit in _broken_runs(lowered)]
    broken.extend(_broken_groups(lowered))
    for start, end, digits in broken:
        if (
            len(digits) != _ID_LENGTH
            or not nik_structure_valid(digits)
            or context.overlaps_collapsed(start, end)
            or any(a.start < end and start < a.end for a in added)
        ):
            continue
        added.append(
            Finding(kind=_card_or_nik(context, start), start=start, end=end, detector=name)
        )
    if not added:
        return found
    kept = [f for f in found if not any(f.start < a.end and a.start < f.end for a in added)]
    return kept + added


#: Sixteen characters, digits or letters typed or read for digits, standing alone (on the
#: lower-cased text).
_LETTERED_SIXTEEN = re.compile(r"(?<![a-z0-9])[0-9olisb]{16}(?![a-z0-9])")
#: Words naming a NIK or a family card: where a text has none, no number with letters for
#: digits away from its word is read as one.
_IDENTITY_WORDS = frozenset({"nik", "kk", "ktp", "keluarga", "nlk"})


def _a_line_after_all(window: str, ident: str, head: str) -> bool:
    """Whether a number an identity or an account word stands before is a line after all: the
    number papers are sent to (``kirim KK deng KTP pung foto ke nomor ...``), or an e-wallet's,
    which is a mobile's (``transfer ... ke OVO 0823...``, ``DANA 6282...``); ``head`` is the
    number's first three characters."""
    if ident == "bank":
        return head.startswith(("0", "628")) and WALLET_BEFORE.search(window) is not None
    return "ke" in window[-_SEND_TO_TAIL:] and SEND_TO.search(window) is not None


#: How far back from a number ``ke`` may stand where `SEND_TO` matches (its word, spaces and
#: the groups of the same number before a part of it).
_SEND_TO_TAIL = 32
#: A family card's word right before its own number, on the window before it (``No. KK :``,
#: ``kk sy no``, ``KARTU KELUARGA No.``).
_CARDS_OWN = re.compile(
    r"(?<![a-z0-9])(?:kk|k\.k\.|kartu[ \t]+keluarga)[\s:.\-]*"
    r"(?:(?:sy|saya|no|nomor|nomer)\.?[\s:]*){0,3}\Z"
)


def _card_or_nik(context: DetectionContext, start: int) -> PiiKind:
    """The kind of a NIK-shaped number away from its word: the family card's where the card's
    word stands right before it (``No. KK :``, ``kk sy no 53lB...``), else a NIK (a card's rows
    under its heading hold its members' NIKs)."""
    own = _CARDS_OWN.search(context.window_before(start)) is not None
    return PiiKind.KK if own else PiiKind.NIK


#: A name found right before a text's last word, and what may stand between (``... apa aman?
#: Agus Salim Tualaka 0B53-4138-6O93``).
_NAME_BEFORE_CLOSING = re.compile(r"\x1f[ \t,:\-]*(?:hp|wa|telp)?[ \t.:]*\Z")


#: A signature no detector took for a name right before a text's last word: one to four
#: capitalised words after the end of a sentence (``... MOHON DIBANTU. DWI HARTANTI
#: O8S2-727S-234``; not a poster's last line, ``HUB KORLAP 0838-...``), matched on the
#: original text.
_SIGNED_BEFORE_CLOSING = re.compile(r"[.!?][ \t\n]+(?:[A-Z][A-Za-z'\-]*[ \t]+){1,4}\Z")
#: How far back from a closing lettered mobile such a signature may start.
_SIGNATURE_REACH = 60


def _closing_lettered_mobile(context: DetectionContext) -> tuple[int, int] | None:
    """Where a mobile with letters for digits closes a text right after the writer's name, with
    no phone word (``... Agus Salim Tualaka 0B53-4138-6O93``), found or signed in capitalised
    words after a sentence's end (`_SIGNED_BEFORE_CLOSING`): the writer's number, as a
    signature gives it; None where the text does not end so."""
    lowered = context.lowered
    end = len(lowered)
    while end and lowered[end - 1] in " \t\n.!":
        end -= 1
    # (in groups too: ``SY YOANITA RADJA 0B52 9329 5O49``)
    closing = _CLOSING_LETTERED.search(lowered, max(0, end - _CLOSING_REACH), end)
    if closing is None:
        return None
    start = closing.start()
    if (
        not start
        or lowered[start - 1] not in " \t\n"
        or lex.LETTER_BY_DIGIT.search(lowered, start, end) is None
        or context.overlaps_collapsed(start, end)
        or not _lettered_mobile(context.text[start:end])
        or (
            _NAME_BEFORE_CLOSING.search(context.window_before(start)) is None
            and _SIGNED_BEFORE_CLOSING.search(context.text, max(0, start - _SIGNATURE_REACH), start)
            is None
        )
    ):
        return None
    return start, end


#: A lettered mobile right after an earlier finding, a separator or a phone word at most between
#: (``[NAME] 0B13-S253-7129``, ``[NAME], HP 0B13 414O 5371``).
_LETTERED_AFTER_FINDING = re.compile(
    r"[ \t,:\-]*(?:(?:hp|wa|telp)[ \t.:]*)?"
    r"(?P<number>(?:[0o][8b]|62[ .\-]?[8b])(?:[ .\-]?[0-9olisb]){8,12})(?![0-9a-z])"
)
#: The separators a mobile's groups may have, dropped to tell its digits.
_SEPARATORS = str.maketrans("", "", " .-")


def _named_lettered_mobiles(context: DetectionContext) -> list[tuple[int, int]]:
    """Mobiles with letters for digits right after a person's name, as a scanned poster or
    list gives them (``KADER : FEBRIANA ULLY 0B13-S253-7129``, ``SOPIRNYA LUKAS SINE 0B13 414O
    5371``): the person's; ``(start, end)`` of each, read after the ends of earlier findings in
    a text with a letter typed beside a digit."""
    lowered = context.lowered
    found: list[tuple[int, int]] = []
    marks = lowered.encode("ascii", "replace").translate(_DIGIT_OR_LETTER)
    if b"dl" not in marks and b"ld" not in marks:
        return found  # no letter typed for a digit beside one anywhere
    for after in context.collapsed_ends():
        hit = _LETTERED_AFTER_FINDING.match(lowered, after)
        if hit is None:
            continue
        start, end = hit.span("number")
        if (
            not hit.group("number").translate(_SEPARATORS).isdigit()  # most are plain mobiles
            and lex.LETTER_BY_DIGIT.search(lowered, start, end) is not None
            and not context.overlaps_collapsed(start, end)
            and _lettered_mobile(context.text[start:end])
        ):
            found.append((start, end))
    return found


#: The start of the next word's letters that a lettered number's match ran into: a separator,
#: then letters that may stand for digits (``sa``, ``bisa``, ``sonde``, ``itu``).
_NEXT_WORDS_LETTERS = re.compile(r"[ .\-][olisb]+\Z")


def _before_next_word(lowered: str, start: int, end: int) -> int:
    """Where a lettered mobile matched at ``start``-``end`` ends once the first letters of the
    word after it, which its possessive match took in (``HP saya 08973l33BO19 bisa``: `` bis``),
    are given back; ``end`` itself where no such letters end it, or where the rest is no mobile."""
    tail = _NEXT_WORDS_LETTERS.search(lowered, start, end)
    if tail is None or lex.LETTERED_PHONE.fullmatch(lowered, start, tail.start()) is None:
        return end
    return tail.start()


def _lettered_id_kind(context: DetectionContext, match: re.Match[str], start: int) -> PiiKind:
    """The kind of a number with letters for digits after a NIK's or a KK's word
    (`lex.LETTERED_ID`, its number starting at ``start``): the word's, or an NPWP where the
    words before it say the NIK is one (a form's ``NPWP/NIK :`` field, ``A.1 NPWP/NIK :
    53021547019O0039``: the NIK in use as the NPWP, an NPWP as the writer says)."""
    if match.group("kk"):
        return PiiKind.KK
    if "npwp" in context.lowered and _closest_context(context.window_before(start))[1] == "npwp":
        return PiiKind.NPWP
    return PiiKind.NIK


#: A lettered mobile (`lex.LETTERED_PHONE`) ending the searched stretch, its groups too.
_CLOSING_LETTERED = re.compile(
    r"(?<![0-9a-z])(?:[0o][8b]|62[ .\-]?[8b])(?:[ .\-]?[0-9olisb]){8,12}\Z"
)
#: How far back from a text's end a closing lettered mobile may start.
_CLOSING_REACH = 24
#: The true digits a mobile with letters for digits keeps at least.
_LETTERED_MOBILE_DIGITS = 7


def _lettered_mobile(raw: str) -> bool:
    """Whether ``raw``, digits and letters typed or read for digits, is a mobile once the
    letters are read: `_LETTERED_MOBILE_DIGITS` true digits at least, and a mobile's number."""
    if sum(char.isdigit() for char in raw) < _LETTERED_MOBILE_DIGITS:
        return False
    phone = _e164_typed(_as_digits(raw), False, True)[0]  # noqa: FBT003 - the hot path's form
    return phone is not None and phone.startswith("+628")


def _lettered_sixteens(lowered: str, marks: bytes) -> list[int]:
    """Where `_LETTERED_SIXTEEN` matches in ``lowered`` with a letter beside a digit, in text
    order: read from the few places a letter stands beside a digit in ``marks`` (the text's
    `_DIGIT_OR_LETTER` marks) instead of tried at every position."""
    size = len(marks)
    starts: set[int] = set()
    for pair in _pairs(marks):
        # the token of digits and letters for digits around the pair: sixteen characters, no
        # ASCII letter or digit on either side
        start = marks.rfind(b" ", 0, pair) + 1
        end = marks.find(b" ", pair)
        end = size if end == -1 else end
        if (
            end - start == _ID_LENGTH
            and not (start and _ascii_lower_alnum(lowered[start - 1]))
            and not (end < size and _ascii_lower_alnum(lowered[end]))
        ):
            starts.add(start)
    return sorted(starts)


#: The digits a number with letters for digits keeps at least, away from its word.
_LETTERED_DIGITS = 10


def _lettered_matches(lowered: str, anchors: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Matches of `LETTERED_ID` not preceded by a letter or
    digit, as a left-to-right scan would find them.

    A context word holds one of a few anchors; the pattern is tried only at the few places
    before them instead of at every position of the text.
    """
    starts: set[int] = set()
    for at, _ in anchors:
        starts.update(range(max(0, at - _ANCHOR_REACH), at + 1))
    found: list[re.Match[str]] = []
    reached = 0
    match = lex.LETTERED_ID.match
    for start in sorted(starts):
        if start < reached or (start and _ascii_lower_alnum(lowered[start - 1])):
            continue
        if (hit := match(lowered, start)) is not None:
            found.append(hit)
            reached = hit.end()
    return found


#: A tax object's number (NOP) as the tax office writes it: province, regency, district,
#: village, block, object and a check digit (``53.71.023.077.049-4298.0``). Nobody's.
_NOP = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{4}\.[0-9]")
_NOP_LENGTH = 24


def _last_group(text: str, groups: list[tuple[int, int]], index: int, last: int) -> int:
    """The last group a number opening at group ``index`` may reach (``last`` at most): none
    across a table's column gap (``0957784868   151.858``: two numbers)."""
    for gap in range(index, last):
        if _COLUMN_GAP in text[groups[gap][1] : groups[gap + 1][0]]:
            return gap
    return last


def _opening(text: str, begin: int, end: int, *, plus: bool) -> int:
    """Where a number whose first digit is at ``begin`` opens: at its ``+`` (``+62 ...``), at
    the bracket of its area code (``(0380) 833 411``) or of its country code (``(+62) 821 9895
    9184``)."""
    start = begin
    if plus or (start > 0 and text[start - 1] == "(" and ")" in text[start:end]):
        start -= 1
        if plus and start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
            start -= 1
    return start


def _inside_one_number(text: str, groups: list[tuple[int, int]], index: int) -> bool:
    """Whether the group at ``index`` of a run continues the group before it as one number
    does: as long as it, one space, dot or dash between them (``kartu prakerja no 4210 0310
    3582 4966``, ``001.01.04.626144-6``, ``929.033 157.000``, an amount's ``Rp 300.000``). No
    number starts there (the caller asks only where the groups before it were read as no
    number); one may after a group of another length (``RT 005 0812 3456 7890``)."""
    before_start, before_end = groups[index - 1]
    start, end = groups[index]
    return (
        start - before_end == 1
        and text[before_end] in " .-"
        and (
            before_end - before_start == end - start
            # (or joined to it by a dot, as an account's groups of any length are in its
            # bank's shape: ``001.01.01.417660-0``)
            or text[before_end] == "."
        )
    )


def _tax_document(text: str, first: int, after: int) -> bool:
    """Whether the run ``[first, after)`` is a tax document's number as the tax office writes
    it: a tax object's (``53.71.023.077.049-4298.0``) or a withholding slip's
    (``1.1-07.26-6667041``)."""
    if after - first >= _NOP_LENGTH and _NOP.search(text, first, after):
        return True
    return _BUPOT.fullmatch(text, first, after) is not None


#: A tax withholding slip's number (``Bukti Potong No. 1.1-07.26-6667041``: the form, the month
#: and year, a serial). Nobody's.
_BUPOT = re.compile(r"[0-9]\.[0-9]-[0-9]{2}\.[0-9]{2}-[0-9]{7}")
_BUPOT_LENGTH = 17

#: Identity kinds: a context word for one of them decides what an identity number is.
_IDENTITY_KINDS = frozenset({"nik", "kk", "npwp", "bpjs", "bank"})
#: Words that, right before an institution's name, make its number the office's line.
_MESSAGING = frozenset(
    {"wa", "whatsapp", "telp", "telp.", "tlp", "telepon", "telpon", "hubungi", "kontak"}
)
#: Phone words that, right after an office's or institution's name, introduce its line
#: (``Kantor Kelurahan Oesapa, telp. (0380) 821 123``; ``Dinas Sosial WA 0812...``).
_LINE_WORDS = frozenset({*_MESSAGING, "sms"})
#: The phone words that name WhatsApp.
_WHATSAPP = frozenset({"wa", "whatsapp"})
#: The writer selling or making something of their own (``sa jual kue``, ``saya terima jahitan``).
_OWN_SALE = re.compile(
    r"(?<![a-z])(?:sa|saya|sy|beta|aku)[ \t]+(?:ada[ \t]+)?(?:jual|menjual|bikin|buka|masak)"
    r"(?![a-z])"
)


def _sentence_start(window: str, position: int) -> int:
    """Where the sentence holding ``position`` opens in ``window`` (after a full stop and a
    space, or a line break)."""
    return max(window.rfind(". ", 0, position) + 2, window.rfind("\n", 0, position) + 1, 0)


#: A person named (an earlier finding) as coming from an office, up to the office's name (two
#: words of it at most before its last context word): ``[NAME] dari Dinas``, ``[NAME], staf di
#: Kantor Camat``.
_PERSON_FROM = re.compile(
    r"\x1f[ \t]*,?[ \t]*(?:(?:petugas|pegawai|staf|staff)[ \t]+)?(?:dari|di)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}\Z"
)
#: Office words that name a line (a number to call), not an office: after a bank's or an
#: agency's name they make the number its line (``Bank NTT call center 0800-1-...``).
_LINES = frozenset(
    {
        "call center",
        "callcenter",
        "call centre",
        "hotline",
        "hot line",
        "wa center",
        "whatsapp center",
        "customer service",
        "cs",
        "helpdesk",
        "help desk",
        "contact center",
        "contact centre",
        "sms center",
        "sms centre",
        "pusat panggilan",
    }
)
#: How many words may stand between two context words that belong together (``Dinas Sosial
#: Kota Kupang Telp``, ``NPWP baru sama dgn NIK``).
_JOINED_WORDS = 4


def _joined(window: str, start: int, end: int) -> bool:
    """Whether the text between two context words is a few plain words (no number, no earlier
    finding, no person), so the two describe the same number."""
    between = window[start:end]
    return (
        len(between.split()) <= _JOINED_WORDS
        and "\x1f" not in between
        and not any(map(str.isdigit, between))
        and lex.PERSON_BETWEEN.search(between) is None
    )


#: The most words after a ticket's or a document's label and its colon for the label to
#: name the number after them (``No. Laporan : LPR-...``, not ``Isi Laporan: Saya ditelpon
#: nomor ...``).
_LABEL_WORDS = 3
#: A card's word right before an agency's (``kartu JKN``, ``no. kartu BPJS``).
_CARD_BEFORE = re.compile(r"(?<![a-z])kartu[ \t]+\Z")
_CARD_BEFORE_REACH = 8
#: Words that join two different things: ``NPWP dan NIK ...`` names two numbers.
_CONJUNCTIONS = frozenset({"dan", "tapi", "tetapi", "serta", "atau", "juga", "sedangkan", "&"})
#: How many words may stand between ``NPWP`` and ``NIK`` said of one number.
_SAME_NUMBER_WORDS = 6


def _same_number(window: str, start: int, end: int) -> bool:
    """Whether the words between ``NPWP`` and ``NIK`` say they are one number (``NPWP (NIK)``,
    ``NPWP = NIK``, ``NPWP (16 digit, sama dengan NIK)``), not two (``NPWP dan NIK``, or an
    earlier finding between them, or a line break: ``Pendaftaran NPWP Orang Pribadi`` then a
    form's ``NIK :`` field)."""
    words = window[start:end].split()
    return (
        len(words) <= _SAME_NUMBER_WORDS
        and "\x1f" not in window[start:end]
        and "\n" not in window[start:end]
        and _CONJUNCTIONS.isdisjoint(words)
        and _PARTED.search(window, start, end) is None
    )


#: Words between ``NPWP`` and ``NIK`` that part the two: a question, a clause's end (``belum
#: memiliki NPWP; NIK yang bersangkutan``), a refusal, a requirement,
#: no NPWP (``perlu npwp sy? nik sy``, ``NPWP SY DITOLAK, KATANYA HARUS SAMA DENGAN NIK``,
#: ``NPWP : - (belum ada, pakai NIK``, ``daftar NPWP, sistem menolak NIK``), or the two matched
#: to each other (``NPWP Saudara telah dipadankan dengan NIK 5307...``: the number is the NIK the
#: NPWP was matched to, as the writer says).
_PARTED = re.compile(
    r"\?|;|(?<![a-z])(?:ditolak|menolak|tolak|harus|belum|blm|tidak|tdk|sonde|tra"
    r"|(?:di|ter|me)?padan(?:kan)?|pemadanan)(?![a-z])"
)
#: Words between ``NIK`` and its number that offer the NIK in place of an NPWP the writer does
#: not have (``diminta npwp, sy pake nik sj boleh? 5371...``).
_IN_PLACE = re.compile(r"\?|(?<![a-z])(?:sj|saja|aja|dulu)(?![a-z])")


class _Context(NamedTuple):
    """A context word in a window: what it announces, where it is, the word as written (without
    a glued ``-nya``)."""

    kind: str
    start: int
    end: int
    word: str


def _office_earlier(window: str, found: list[_Context]) -> bool:
    """Whether an office's or institution's name stands earlier in the sentence than the phone
    word closest to the number, with no home (``rumah``) after it and no person named after the
    phone word (``telp saya``; ``sy telp ...`` is the writer calling the office)."""
    phone = found[-1]
    for match in reversed(found[:-1]):
        if match.kind in ("office", "institution"):
            if (
                lex.HOME_LINE.search(window, match.end) is not None
                or lex.PERSON_BETWEEN.search(window, phone.end) is not None
            ):
                return False
            return all(
                # ``sy telp (0380) ...``: the writer calling the office, not the line's owner.
                person.group() in _WRITER and not window[person.end() : phone.start].strip()
                for person in lex.PERSON_BETWEEN.finditer(window, match.end, phone.start)
            )
    return False


#: A finding right after a context word (and a bank's second word: ``Bank NTT``): the word's
#: own number, already found.
_USED_UP = re.compile(
    # (not a person named after ``dari`` or ``ke``: ``TRF DARI [NAME] 0957...``, the account after)
    r"[ \t\u00a0:.=-]{0,4}(?:(?!(?:dari|ke|kepada|untuk)[ \t\u00a0])[a-z]{1,8}[ \t\u00a0:.]{1,2})?"
    r"\x1f."
)
#: An identity word's number given right after it, ending its line (``NIK [NIK]`` then a line
#: break): a number on a later line is not that word's.
_USED_UP_LINE = re.compile(r"[ \t\u00a0:.=-]{0,4}(?:[a-z]{1,8}[ \t\u00a0:.]{1,2})?\x1f[ \t.,;]*\n")
#: The writer, as the subject of a call (``sy telp``, ``beta telp``).
_WRITER = frozenset({"saya", "sy", "beta"})


#: ``nomor`` right before an institution's name: the institution's number (``nomor Dukcapil``).
_NUMBER_BEFORE_NAME = re.compile(r"(?<![a-z])(?:nomor|nomer|nmr|no)[ \t\u00a0.:]{1,3}\Z")


#: A number word an institution's name owns, right before the number (Kupang ``pung``: ``Pustu
#: pung nomor``).
_POSSESSED_NUMBER = re.compile(
    r"[ \t]+(?:pung|punya|pu|pny)[ \t]+(?:nomor|nomer|no|nmr|wa|hp|telp|telepon)(?:-?nya)?"
    r"[ \t.:]*\Z"
)


def _number_of(window: str, match: _Context | None) -> bool:
    """Whether ``match`` (an institution's name) follows ``nomor`` and no person follows it
    (``nomor Dukcapil yg bisa dihubungi 0811...``; not ``nomor dinas sy ...``)."""
    return (
        match is not None
        and match.kind == "institution"
        and _NUMBER_BEFORE_NAME.search(window, max(0, match.start - 8), match.start) is not None
        and lex.PERSON_BETWEEN.search(window, match.end) is None
    )


def _office_account(window: str) -> bool:
    """Whether, in the sentence before a bank account, an account word is followed by an
    office's name and then the bank, with no person after it: an office's account
    (``Rekening resmi retribusi: Bank NTT ...``, ``rekening sekolah Bank NTT ...``), which points
    at an office, not at a person (the annotation guide labels what points at a person).

    Every office's or institution's context word is matched by `OFFICE_WORDS` too (the same
    words and separators, without the word boundaries), so where that finds nothing the
    window's context words are not read."""
    if OFFICE_WORDS.search(window) is None:
        return False
    found = _sentence_contexts(window)
    first = next((i for i, match in enumerate(found) if match.kind == "bank"), None)
    if first is None:
        return False
    return (
        any(match.kind in ("office", "institution") for match in found[first + 1 : -1])
        and lex.PERSON_BETWEEN.search(window, found[first].start) is None
    )


def _npwp_is_nik(window: str, found: list[_Context]) -> bool:
    """Whether the ``NIK`` closest to a number follows an ``NPWP`` said to be it (``NPWP (NIK)
    5371...``, ``NPWP baru sama dgn NIK ...``): the guide's 16-digit NPWP that is the NIK, where
    the label follows what the writer says the number is."""
    for match in reversed(found):
        if match.kind == "npwp":
            return (
                _same_number(window, match.end, found[-1].start)
                # ``Sy blm punya NPWP bu, pakai NIK sj boleh?``: no NPWP to be the NIK
                and _NO_NPWP.search(window, max(0, match.start - _NO_NPWP_REACH), match.start)
                is None
                and _IN_PLACE.search(window, found[-1].end) is None
            )
    return False


#: Words saying the writer has none (``blm punya``, ``tidak ada``, Kupang ``sonde ada``).
_LACKING = (
    r"(?<![a-z])(?:belum|blm|tidak|tdk|tak|sonde|son|gak|nggak|ga|tra)[ \t]+"
    r"(?:punya|pnya|ada|memiliki|mempunyai)"
)
#: The writer has no NPWP, right before the word.
_NO_NPWP = re.compile(_LACKING + r"[ \t]+\Z")
_NO_NPWP_REACH = 16


#: Words between ``NIK`` and ``KK`` that say the NIK is the one on the family card.
_ON_THE_CARD = re.compile(
    r"[ \t\u00a0]+(?:(?:sa|saya|sy|beta|ku|dia|dong)[ \t\u00a0]+(?:pung[ \t\u00a0]+)?)?"
    r"(?:di|dalam|dlm|pada|di dalam)[ \t\u00a0]+"
)


def _as_recorded(window: str, nik: _Context, last: _Context) -> bool:
    """Whether the context word ``last`` after ``NIK`` names where the NIK is recorded: the
    family card (``NIK di KK tatulis 5307...``) or a record of it (``NIK anak yang di akta
    5314...``): the number is the NIK as the card or the record has it."""
    if last.kind == "kk":
        return _ON_THE_CARD.fullmatch(window, nik.end, last.start) is not None
    return (
        last.kind == "negative"
        and lex.context_key(last.word) in _RECORDS
        and _AS_RECORDED.fullmatch(window, nik.end, last.start) is not None
    )


#: A NIK's owner and where it is recorded, between ``NIK`` and the record's word (``NIK anak
#: yang di akta``, ``NIK istri sesuai``, ``NPWP yang tercantum di``).
_AS_RECORDED = re.compile(
    r"(?:[ \t\u00a0]+[a-z]+){0,2}?(?:[ \t\u00a0]+(?:yang|yg))?"
    r"(?:[ \t\u00a0]+(?:tercantum|tertulis|tertera|tercatat|tatulis))?[ \t\u00a0]+"
    r"(?:di|dalam|dlm|pada|sesuai|menurut)[ \t\u00a0]+"
)
#: Records that hold a person's NIK as they have it.
_RECORDS = frozenset({"akta", "ijazah"})
#: Tax papers and bills that hold a person's NPWP as they have it (``NPWP yang tercantum di
#: SPPT``, a trader's ``NPWP pada nota (...)``, ``NPWP di invoice``).
_TAX_RECORDS = frozenset({"sppt", "faktur", "bukti potong", "nota", "invoice", "tagihan"})

#: What makes ``mandiri`` right after it no bank's name: a company's or a body's name it ends
#: (``CV Timor Mandiri``, ``Koperasi Sejahtera Mandiri``) or a word it qualifies (``secara
#: mandiri``, ``peserta mandiri``, ``desa mandiri``).
_NOT_THE_BANK = re.compile(
    r"(?<![a-z])(?:(?:cv|pt|ud|koperasi|kop|ksp|ksu|toko|yayasan|kelompok|bumdes|usaha)"
    r"(?:[ \t.]+(?!bank(?![a-z]))[a-z]+){1,3}|secara|peserta|desa|kelurahan|kelas|pekerja"
    r"|bukan[ \t]+penerima[ \t]+upah)[ \t]+\Z"
)
#: Builds a `_Context` from a tuple in C (a named tuple's own constructor is Python code).
_new_context = tuple.__new__


def _sentence_contexts(window: str) -> list[_Context]:
    """The context words in ``window`` after the last end of a sentence (one scan finds both)."""
    found: list[_Context] = []
    kinds = lex.CONTEXT_KINDS
    for match in lex.CONTEXT_OR_BREAK.finditer(window):
        word = match.group(1)
        if word is not None:
            kind = kinds.get(word)
            if kind is None:  # written with other spaces, dots or colons than the list's
                kind = kinds[lex.context_key(word)]
            start, end = match.span()
            if word == "mandiri" and _NOT_THE_BANK.search(window, max(0, start - 40), start):
                continue  # ``CV Timor Mandiri``, ``secara mandiri``: no bank
            found.append(_new_context(_Context, (kind, start, end, word)))
        elif window[match.start()] == "\n" or ends_sentence(window, match.start()):
            found.clear()
    return found


#: A caller, a reporter, a customer or a patient, or an earlier finding (a name), in a window.
_CALLER_AFTER = re.compile(
    r"\x1f|(?<![a-z])(?:pelapor|penelepon|nasabah|pasien|pelanggan)(?![a-z])"
)


def _alone(window: str, found: list[_Context]) -> tuple[str | None, str | None]:
    """What the closest context word says when no word before it belongs with it."""
    last = found[-1]
    kind = last.kind
    if kind == "phone" and _office_earlier(window, found):
        # ``Dinas PU, Jl. El Tari No. 16, Telp. (0380) 833411``: a fixed line in a sentence
        # about an office is its line (a mobile stays a person's).
        return "institution", None
    if kind in ("office", "institution") and (
        lex.PERSON_BETWEEN.search(window, last.end)
        # a caller or a reporter, or a name found, after the office's word (``Catatan call
        # center: penelepon [NAME] (0896...)``)
        or _CALLER_AFTER.search(window, last.end)
    ):
        # ``Pagi kantor lurah, sy Yanti 0812...``: a person named after an office's word gives
        # their own mobile (an office's fixed line stays the office's); after an institution's
        # name, their own line (``Petugas Dinsos: ini nomor sy 0380...``).
        return ("institution" if kind == "office" else "phone"), None
    return kind, kind if kind in _IDENTITY_KINDS or kind == "negative" else None


def _before_channels(window: str, found: list[_Context]) -> _Context | None:
    """The context word before the closest one in ``found``; before two channels of one line
    (``Pengaduan Dinsos SMS/WA 0821...``), the word before both: whose line it is."""
    if len(found) < 2:
        return None
    previous = found[-2]
    if (
        len(found) > 2
        and found[-1].kind == previous.kind == "phone"
        and window[previous.end : found[-1].start].strip(" \t") == "/"
        and _joined(window, found[-3].end, previous.start)
    ):
        return found[-3]
    return previous


def _names_another(window: str, end: int) -> bool:
    """Whether a ticket's or a document's word ending at ``end`` names something else than the
    number after the window: an earlier finding (a name) stands after it (``STNK A.N. [NAME].
    HUB 0851...``), or it labels a form's field of text (``Isi Laporan: Saya ditelpon nomor
    0857...``), a colon and more than `_LABEL_WORDS` words after it."""
    return "\x1f" in window[end:] or (
        window[end : end + 2].lstrip(" \t")[:1] == ":" and len(window[end:].split()) > _LABEL_WORDS
    )


def _closest_context(window: str) -> tuple[str | None, str | None]:  # noqa: PLR0911, PLR0912
    """What the context words before a number say: the closest one decides, with the rules of
    the annotation guide where two of them belong together. A context word does not reach across
    the end of a sentence (one scan finds both).

    Returns:
        ``(context, identity)``: the context for every decision, and the one for identity kinds
        (NIK, KK, NPWP, BPJS, bank), which an institution's name after the identity word does
        not change (``Nomor KK sesuai data Dukcapil: ...``).
    """
    found = _sentence_contexts(window)
    while found and found[-1].kind == "negative" and _names_another(window, found[-1].end):
        found.pop()
    if not found or (
        # ``rek BCA 0275408196 a.n. [NAME]. Info +62823...``: the account word already has its
        # number, right after it; a later number is something else. So too an identity word
        # whose number ends its line (``- NIK [NIK]`` then ``2. [NAME] - 0003...``: the next
        # row's number)
        (found[-1].kind == "bank" and _USED_UP.match(window, found[-1].end) is not None)
        or (
            found[-1].kind in _IDENTITY_KINDS
            and _USED_UP_LINE.match(window, found[-1].end) is not None
        )
    ):
        return None, None
    last = found[-1]
    previous = _before_channels(window, found)
    kind = last.kind
    joined = previous is not None and _joined(window, previous.end, last.start)
    before = previous.kind if previous is not None else None
    if (
        (
            kind == "institution"
            # ``Ketua Panitia: [NAME] (0812...)``: a person named after it owns the number
            and "\x1f" not in window[last.end :]
        )
        and (
            # ``WA pengaduan Dukcapil 0811...``: the institution names whose office line it is
            any(match.kind == "office" for match in found)
            or _number_of(window, last)  # ``Nomor Puskesmas Oepoi 0812...``: the office's number
            # ``Pustu pung nomor +6288...``, ``Disperindag punya nomor``: the office's own
            or _POSSESSED_NUMBER.match(window, last.end) is not None
            or (  # ``WA Puskesmas Oepoi 0812...``: an office's WhatsApp, not a person's mobile
                (lead := _before_institutions(found)) is not None
                and lead.word in _MESSAGING
                and lex.PERSON_BETWEEN.search(window, lead.end, last.start) is None
            )
        )
    ):
        return "office", before if joined and before in _IDENTITY_KINDS else None
    if kind == "nik" and _npwp_is_nik(window, found):
        return "npwp", "npwp"
    if (
        kind == "npwp"
        and previous is not None
        and before == "nik"
        and window[previous.end : last.start].strip() == "/"
    ):
        return "nik", "nik"  # ``NIK/NPWP : 5371...``: the first word names the number
    if previous is not None and previous.kind == "nik" and _as_recorded(window, previous, last):
        return "nik", "nik"
    if (
        previous is not None
        and previous.kind == "npwp"
        and last.kind == "negative"
        and lex.context_key(last.word) in _TAX_RECORDS
        and _AS_RECORDED.fullmatch(window, previous.end, last.start) is not None
    ):
        # ``Data NPWP yang tercantum di SPPT itu 04.327...``: the NPWP as the tax paper has it
        return "npwp", "npwp"
    if not joined or (
        # ``hub kantor atau saya 0813...``, ``WA kantor lurah, sy Yanti 0813...``: after a
        # contact word and an office's word, a person gives their own number (as without the
        # contact word; ``meteran PLN sy no ...`` is no contact word: the meter's number)
        kind == "office" and before == "phone" and lex.PRONOUN_AFTER.search(window, last.end)
    ):
        return _alone(window, found)
    if kind == "office" and before in ("bank", "bpjs") and lex.context_key(last.word) in _LINES:
        # ``BANK NTT CALL CENTER 0800-1-...``: the bank's or the agency's line, not an account
        return "office", None
    if kind in ("institution", "office") and before in _IDENTITY_KINDS:
        return kind, before
    if (
        kind in ("bank", "bpjs")
        and previous is not None
        and (before == "office" or previous.word in _MESSAGING)
        # ``ditolak di IGD karena kartu JKN 0007...``: a card named so is a card
        and _CARD_BEFORE.search(window, max(0, last.start - _CARD_BEFORE_REACH), last.start) is None
    ):
        # ``WA Bank NTT 0811...``, ``call center BPJS Kesehatan 0811...``: the bank's or the
        # agency's line, not an account or a card.
        return "office", None
    if (
        kind == "phone"
        and before in ("office", "institution")
        and last.word in _LINE_WORDS
        and lex.PERSON_BETWEEN.search(window, last.end) is None
        and lex.HOME_LINE.search(window, last.end) is None  # ``sekolah ..., telp rumah 0380...``
        # ``Pak [NAME] dari Dinas Sosial lewat WA 0812...``: the person's WhatsApp
        and not (
            last.word in _WHATSAPP
            and previous is not None
            and _PERSON_FROM.search(window, max(0, previous.start - 48), previous.start) is not None
        )
        # ``sa jual kue, info WA 0812...``: the writer's own sale, in the same sentence
        and (
            previous is None
            or _OWN_SALE.search(window, _sentence_start(window, previous.start), previous.start)
            is None
        )
    ):
        # An office's name, then its line: ``Kantor Kelurahan Oesapa, telp. ...`` (not ``...
        # hubungi saya di ...``).
        messaging = last.word in ("wa", "whatsapp") or _number_of(window, previous)
        return ("office" if before == "office" or messaging else "institution"), None
    if before == "negative" and kind in ("bank", "institution"):
        return "negative", "negative"  # ``VA BNI 8808...``: a payment code at a bank
    if kind == "institution" and lex.PERSON_BETWEEN.search(window, last.end) is not None:
        return "phone", None  # ``Info Dinas Sosial, pak Yos 0380...``: a person's number
    return kind, kind if kind in _IDENTITY_KINDS or kind == "negative" else None


#: How soon after its word a bracket that labels a number closes (``(KK)``, ``(Dinas PUPR)``,
#: ``(rekening BRI)``).
_LABEL_CLOSES = 24
#: A number right after a context word (its own): ``NIK 5371...``, ``NIK: 5371``.
_NUMBER_NEXT = re.compile(r"[ \t.:]*[0-9]")
_FOLLOWING_KINDS = frozenset({"kk", "npwp", "bpjs", "bank", "nik", "office", "institution"})
#: Lengths of a NIK or KK number a person still means as one after its context word.
_TOLERATED_ID_LENGTHS = frozenset({15, 16, 17})


def _following_context(window: str) -> tuple[str | None, bool]:
    """A context word written right after a number (``0001234567890 (BPJS)``), and whether it
    is in brackets (``(0380) 833 411 (Dinas PUPR)``)."""
    match = lex.CONTEXT_AFTER.match(window)
    if match is None:
        return None, False
    # Only a word right there counts: ``match`` tries the one place ``search`` would accept.
    found = lex.CONTEXT.match(window, match.end())
    if found is None or found.lastgroup not in _FOLLOWING_KINDS:
        return None, False
    bracketed = "(" in match.group() or "[" in match.group()
    if bracketed and not any(
        close in window[found.end() : found.end() + _LABEL_CLOSES] for close in ")]"
    ):
        # ``NIK 5307... (rekening masih a.n. ibu kandung ...)``: a remark in brackets about
        # something else, no label of the number
        return None, False
    if _NUMBER_NEXT.match(window, found.end()) is not None:
        # ``[NAME] - 0006068163612 - NIK 5371...``, ``peserta JKN No. 0007184294285 (NIK
        # 5371...)``: the next number's label, not this one's
        return None, False
    return found.lastgroup, bracketed


#: How far back (in visible characters) an identity word reaches for a number of a NIK's length
#: when nothing closer speaks for it.
_WIDE_REACH = 80
#: The identity kinds a far word may give: their numbers (15 to 17 digits) are never phones.
_WIDE_KINDS = frozenset({"nik", "kk", "npwp"})
#: How far back from a fixed line a person or a home word makes it theirs in an office's message.
_OWNER_REACH = 24


#: The digits of a year.
_YEAR = 4
#: A date written year first (``2026-01-05``, ``2026/1/5``).
_ISO_DATE = re.compile(
    r"(?:19|20)[0-9]{2}([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
)


def _after_date(text: str, groups: list[tuple[int, int]]) -> int:
    """The first group a number may start at: after a date that opens the run (``21-06-2026
    11.20``, ``2026-01-05 18.57``: no number starts inside the date), else the first."""
    first, after = groups[0]
    if after - first == _YEAR and text[after : after + 1] in ("-", "/"):
        date = _ISO_DATE.match(text, first)  # ``[2026-01-05 18.57]``, a chat's time stamp
    elif after - first > 2 or text[after : after + 1] not in ("-", "/", "."):
        return 0  # a date opens with one or two digits and a separator (or a year, above)
    else:
        date = lex.DATE_SHAPE.match(text, first)
    if date is not None:
        for index, (_, end) in enumerate(groups[:3]):
            if end == date.end():
                return index + 1
    return 0


def _after_time_stamp(text: str, groups: list[tuple[int, int]], index: int) -> int:
    """The first group a number may start at after ``index``: past a time stamp there (hours and
    minutes, ``16.30``, maybe after its year) that a space and more groups follow (``SMS masuk
    25/05/2026 16.30 62 823...``: a message's time, then the sender's number), else ``index``."""
    at = index
    count = len(groups)
    if at >= count:
        return index
    first, after = groups[at]
    if (
        after - first == _YEAR
        and text[first : first + 2] in ("19", "20")
        and text[after : after + 1] == " "
    ):
        at += 1  # the stamp's year
    if at + 2 >= count:
        return index
    (hour, _), (_, minute_end) = groups[at], groups[at + 1]
    if _TIME_STAMP.fullmatch(text, hour, minute_end) is not None and text[
        minute_end : minute_end + 1
    ] in (" ", "\t"):
        return at + 2
    return index


#: Hours and minutes (``16.30``, ``07:41``).
_TIME_STAMP = re.compile(r"(?:[01][0-9]|2[0-3])[.:][0-5][0-9]")
#: The longest currency word before an amount, with its spaces and dot (``rp.  ``): only the end
#: of a window is searched for it.
_MONEY_TAIL = 9


def _fixed_line_prefix(digits: str) -> bool:
    """Whether ``digits`` start like an Indonesian fixed line (``0380...``, ``62380...``)."""
    return (digits[0] == "0" and digits[1:2] != "8") or (
        digits.startswith("62") and digits[2:3] != "8"
    )


def _before_institutions(found: list[_Context]) -> _Context | None:
    """The context word before the institution words that end ``found`` (``WA`` of ``WA Dinas
    PUPR``), or None."""
    index = len(found) - 2
    while index >= 0 and found[index].kind == "institution":
        index -= 1
    return found[index] if index >= 0 else None


def _number_start(text: str, begin: int) -> int:
    """Where the number whose digits start at ``begin`` starts as written: at its ``+`` or its
    opening bracket (``+62``, ``(0380)``), which the windows before it leave out."""
    return begin - (1 if begin and text[begin - 1] in "+(" else 0)


def _said_to_be_an_offices(window: str, facts: _Facts, begin: int) -> bool:
    """Whether the words before a number say it is a business's or an office's: a business's
    word, then ``tu nomor`` in its sentence (``pangkalan ojek depan Pasar Kuanino tu nomor``);
    an office's short line, a list word and a phone word (``Info: PLN 123 / WA``); an
    office's or a programme's admin, or a number posing as an office (``WA admin PKH``,
    ``yang mengaku dari Dinas Sosial, nomor``). Each pattern is tried only where one of its
    words stands in the window."""
    if "no" in window and NUMBER_OF_TAIL.search(window) is not None:
        # the business's word may stand further back than the window: the wider one is read
        # only where the window ends as `NUMBER_OF_BEFORE` does
        wide = facts.before(begin, _WIDE_REACH)
        if NUMBER_OF_BEFORE.search(wide) is not None:
            return True
    if ("admin" in window or "ngaku" in window or "atasnama" in window) and (
        POSING_BEFORE.search(window) is not None
    ):
        return True
    if (
        "ngaku" in facts.marks
        and "ngaku" not in window
        and POSING_BEFORE.search(facts.before(begin, _WIDE_REACH)) is not None
    ):
        # the claim further back than the window (``Ada yang mengaku petugas sensus minta foto
        # KTP dan KK lewat WA ...``)
        return True
    if _REGISTRATION_WORDS.search(window) is not None:
        # ``PENDAFTARAN ONLINE WA: 0817...``, ``daftar via WA 0816...``, ``Laporan sampah bisa
        # ke WA 6281...``; what is registered for may push the word further back than the
        # window (``Pendaftaran poli rawat jalan lewat WhatsApp``)
        start = _number_start(facts.context.lowered, begin)
        if REGISTRATION_BEFORE.search(facts.before(start, _REGISTRATION_REACH)) is not None:
            return True
    return (
        # one of the list words every match of `AFTER_OFFICE_LINE` holds
        ("/" in window or "," in window or "&" in window or "atau" in window or "dan" in window)
        and AFTER_OFFICE_LINE.search(window) is not None
    )


#: Of the words `REGISTRATION_BEFORE` opens with, the parts one of which every match holds.
_REGISTRATION_WORDS = re.compile(
    "daftar|reservasi|pemesanan|booking|koordinasi|lapor|aduan|keluhan|lewat|melalui|via|kanal"
    "|antrian|antrean|queue|registration|sanggah|keberatan|cek|konfirmasi|pertanyaan|kendala"
    "|gangguan|pesan|registrasi|ambil|layanan|konsultasi"
)
#: How far back from a number `REGISTRATION_BEFORE` may start.
_REGISTRATION_REACH = 56


#: ``kami`` or a part of a word that invites the reader to get in touch (`invited`): one of
#: them stands before every number `_speakers_own` takes.
_WE_OR_INVITE = re.compile(
    r"kami|kontak|hub|daftar|konfirmasi|reservasi|pesan|pertanyaan|info|pengaduan|keluhan|sila"
    r"|tanya|antrian|antrean"
)


#: An office's staff spoken of as its own (``petugas kami``), with nobody named.
_OUR_STAFF = re.compile(r"(?<![a-z])(?:petugas|staf|staff|pegawai)[ \t]+kami(?![a-z])")


def _speakers_own(window: str, facts: _Facts, begin: int, near: int) -> bool:
    """Whether the number at ``begin`` is the line of an office or a business speaking: on its
    own chat line or in its agent's words (`speakers_own_line`, with no earlier finding between
    the line's start and the number), after ``kami`` in its own message (``Tanggapan Dinas PUPR:
    ... Hubungi kami di 0812...``), or after an invitation to get in touch there (``From:
    Flobamora Travel <...>`` ... ``Perubahan jadwal hubungi 0858...``)."""
    lowered = facts.context.lowered
    if speakers_own_line(lowered, begin) and not facts.context.overlaps_collapsed(
        lowered.rfind("\n", 0, begin) + 1, begin
    ):
        return True
    if not facts.sender():
        return False
    # (the invitation read in its clause, which may open before the window: ``Mulai 11
    # Desember, pendaftaran poli rawat jalan lewat WhatsApp 0821...``)
    wide = facts.before(begin, _INVITE_REACH)
    if _WE_OR_INVITE.search(wide) is None:
        return False  # every rule below needs ``kami`` or an invitation before the number
    return (
        (
            "kami" in window
            and WE.search(window, near) is not None
            # ``hubungi petugas kami di 0833...``: the office's staff, nobody named
            and lex.PERSON_BETWEEN.search(_OUR_STAFF.sub(" ", window[near:])) is None
            # (``menghubungi operator desa kami, [NAME], di nomor 0819...``: the named one's)
            and "\x1f" not in window[near:]
        )
        or (
            # an invitation right after a person's data (``pemohon [NAME], NPWP [NPWP]. Kontak
            # 0813...``) or in a sentence that names its source (``Info dari [NAME] (korban),
            # bisa konfirmasi ke 0812...``) gives the person's line, in an office's notes too
            "\x1f" not in window[near:]
            and not _names_a_source(window[max(window.rfind(". "), window.rfind("\n")) + 1 :])
            and invited(wide)
        )
    )


def _names_a_source(sentence: str) -> bool:
    """Whether an invitation's sentence names the person the news came from, as an earlier
    finding or as a victim (``Info dari [NAME] (korban), bisa konfirmasi ke``, ``Info dari
    bambang (korban), ...``)."""
    return "\x1f" in sentence or "(korban)" in sentence


#: How far back an office's own message may invite the reader to a number.
_INVITE_REACH = 72


def _bodys_fixed_line(  # noqa: PLR0917 - a private helper of `_owner`
    window: str, ctx: str | None, facts: _Facts, begin: int, end: int, near: int
) -> bool:
    """Whether a fixed line that no closer word gives to a body is one all the same: a line a
    complaint says nobody answers (``Telepon 0380-875003 juga sonde angkat``, ``(0380) 810 859
    juga sibuk terus``), with no person or home named before it, is the office's the complaint
    is about; a line in a bracket right after a body's name (``BPJS Kesehatan cabang Kupang
    (telp. 0380 843843)``) is the body's, and so is one on a form's line right under the field
    of an office's or a business's seat (`_SEAT_FIELD_ABOVE`), or one with an extension after it
    (`_EXTENSION_AFTER`)."""
    if _UNANSWERED.match(facts.after(end)) is not None or (
        # or who answered the writer's call said what to do (``Saya telp 0380 876 845 disuruh
        # datang ke kantor``, ``Beta telpon 0380-811978 dong bilang penuh``)
        _ANSWERED.match(facts.after(end)) is not None
        and lex.WRITER_CALLING.search(window) is not None
    ):
        # the writer calling the line is not its owner (``Beta telpon (0380) ... juga sonde
        # angkat``)
        said = window[near:]
        # (in the number's sentence: ``AMBULANS PUSKESMAS TDK ADA SOPIR. TLP (0380) ... TDK
        # ANGKAT``)
        said = lex.WRITER_CALLING.sub(" ", said[said.rfind(". ") + 1 :])
        if lex.PERSON_BETWEEN.search(said) is None and lex.HOME_LINE.search(said) is None:
            return True
    if _ASK_LABEL.search(window, max(0, len(window) - _ASK_REACH)) is not None:
        return True  # ``Pertanyaan: (0380) 888909``: where to ask, a service's line
    if _COUNTED_AFTER.match(facts.after(end)) is not None:
        return True  # ``Telepon (0380) 803497: 3 laporan``: a channel of an office's reports
    if _EXTENSION_AFTER.match(facts.after(end)) is not None:
        return True  # ``(telepon 0380 832 658 ext. 297)``: an office's switchboard
    if "\n" in window and _SEAT_FIELD_ABOVE.search(facts.before(begin, _SEAT_REACH)) is not None:
        return True  # ``Alamat Kantor : JL. SOEHARTO NO. 72`` then ``Nomor Telepon : (0380) ...``
    return (
        ctx == "phone"
        and (bracket := _BRACKETED_LINE.search(window)) is not None
        and (
            _closest_context(window[: bracket.start()])[0] in _BODIES_KINDS
            # a school by its kind and name (``TU SD Inpres Oepura 2 (telp ...``)
            or _SCHOOL_BEFORE.search(window, max(0, bracket.start() - 40), bracket.start())
            is not None
        )
    )


#: An extension right after a fixed line (``ext. 297``, ``psw 252``): an office's switchboard.
_EXTENSION_AFTER = re.compile(
    r"[ \t,]*(?:ext|ext\.|extension|psw|pes)\.?[ \t:]*[0-9]{1,4}(?![0-9])"
)
#: A form's field of an office's or a business's seat on the line right above the number's
#: (``3. Alamat Kantor : JL. SOEHARTO NO. 72`` then ``4. Nomor Telepon :``): a fixed line under
#: it is the seat's.
_SEAT_FIELD_ABOVE = re.compile(
    r"(?<![a-z])alamat[ \t]+(?:kantor|usaha|perusahaan|badan[ \t]+usaha|sekretariat)[ \t]*:"
    r"[^\n]*\n[^\n]*\Z"
)
#: How far back the seat's field is looked for (its line and the number's).
_SEAT_REACH = 120


#: A school named by its kind, then its name or number, right before a bracket.
_SCHOOL_BEFORE = re.compile(
    r"(?<![a-z])(?:sd|sdn|sdi|sdk|smp|smpn|smpk|sma|sman|smak|smk|smkn|mtsn|man|min)"
    r"(?:[ \t]+[a-z0-9.]+){1,3}[ \t]*\Z"
)


#: A label of where to ask or complain right before a fixed line (``Pertanyaan:``, ``Info:``).
_ASK_LABEL = re.compile(
    rf"(?<![a-z])(?:{ASK_WORDS})[ \t]*:"
    # the body's other contact listed first (``Pertanyaan: tu.sman7@gmail.com / telp``)
    r"(?:[^\n\x1f]{0,40}?(?:/|,|atau)[ \t]*(?:telp|tlp|telepon|wa|hp)?\.?)?[ \t]*\(?\Z"
)
_ASK_REACH = 64
#: A count of reports right after a line (``: 3 laporan``): the line is a channel.
_COUNTED_AFTER = re.compile(
    r"[ \t]*:[ \t]*[0-9]{1,5}[ \t]+(?:laporan|pengaduan|aduan|keluhan|tiket)(?![a-z])"
)


#: A number in a list, and the words that join a list's numbers (``0818... dan ``, ``, ``).
_A_NUMBER = r"[+(]?[0-9][0-9 .\-()_]{6,18}[0-9]"
_LIST_JOIN = r"[ \t]*(?:,|dan|atau|/|&)[ \t]*"
#: A number listed before another, and the list's word (``0818... dan ``, ``0852..., ``).
_LISTED_NUMBER = _A_NUMBER + _LIST_JOIN
#: A number labelled as the old or the new one (``Nomor lama:``, ``yang baru``).
_OLD_OR_NEW = re.compile(
    r"(?<![a-z])(?:nomor|nomer|no|nmr|yang|yg|wa|hp)[ \t]+(?:lama|baru|sebelumnya)[ \t]*[:=]?"
    # the line's kind may come first (``Nomor baru: telp 0380... / WA 0852...``)
    r"[ \t]*(?:(?:telp|tlp|telepon|wa|whatsapp|hp|sms)[ \t.:]*)?"
    # and the numbers listed before it (``Nomor lama 0818... dan ...``)
    rf"(?:{_LISTED_NUMBER})*\(?\Z"
)
#: A line's number word right before it, and the numbers listed before it, where a line said
#: after it to be dead needs no word of old or new (``Nomor WhatsApp 0813... dan ... tidak
#: digunakan lagi``).
_NUMBER_WORD = re.compile(
    r"(?<![a-z])(?:nomor|nomer|no|nmr)[ \t]*(?:(?:telp|tlp|telepon|wa|whatsapp|hp)[ \t.:]*)?"
    rf"(?:{_LISTED_NUMBER})*\(?\Z"
)
#: A change of numbers said before them (``nomor layanan Puskesmas ... berubah``, ``su ganti``).
_CHANGED = re.compile(
    r"(?<![a-z])(?:berubah|ganti|diganti|berganti|pindah|perubahan|(?:tidak|tdk)[ \t]+aktif"
    # (a service's new number announced: ``pengumuman nomor layanan baru WA ...``)
    r"|baru)"
    r"(?![a-z])"
)
#: How far back a change of an office's numbers may be announced.
_CHANGED_REACH = 240


#: A person named in brackets right after a number (``(Ibu Marlin)``, ``(yakobus)``).
_KEEPER_AFTER = re.compile(r"[ \t]*\([^)\n]{0,16}\x1f")


#: A table's cell right before a number's (``| Komite Sekolah | 0812...``), and a body's name
#: right before a bracket that opens on a number (``UPTD Pasar ((0380) 844505)``).
_CELL_BEFORE = re.compile(r"\|[ \t]*([^|\n\x1f]{2,40}?)[ \t]*(?:\|[ \t]*|\()\Z")


#: How far back a table's cell before a number is read.
_CELL_REACH = 48


def _bodys_cell(window: str, facts: _Facts, begin: int) -> bool:
    """Whether the number at ``begin`` is a body's in a table's row: the cell right before it
    (or the cell it opens a bracket in) names an office, an institution or a business and no
    person, and no name is found earlier in the row (a person's row gives their workplace
    beside their own mobile: ``[NAME] | Dinas PUPR | 0812...``)."""
    if "|" not in window:
        return False
    cell = _CELL_BEFORE.search(window, max(0, len(window) - 48))
    if cell is None:
        # (a long cell may open before the near window: ``| Komite Sekolah SDK St. Arnoldus
        # Penfui | 0813...``)
        window = facts.before(begin, _CELL_REACH)
        cell = _CELL_BEFORE.search(window, max(0, len(window) - 48))
    lowered = facts.context.lowered
    row = lowered.rfind("\n", 0, begin) + 1
    if cell is None or not _names_a_body_alone(cell.group(1)):
        # the row's first cell of words, with others between it and the number's (``SMPN 7
        # Kupang | NPSN 56347999 | WA 0812...``, ``Tangki Air Sumber Hidup | - | 0853...``), in
        # a table of two rows or more
        cells = lowered[row:begin].split("|")
        if (
            len(cells) < _ROW_CELLS
            or _CELL_LEAD.fullmatch(cells[-1]) is None
            or lowered.count("|") < 2 * (_ROW_CELLS - 1)
        ):
            return False
        first = next((part for part in cells[:-1] if _CELL_WORDS.search(part)), "")
        if not _names_a_body_alone(first):
            return False
    return not facts.context.overlaps_collapsed(row, begin)


def _names_a_body_alone(words: str) -> bool:
    """Whether a table's cell names an office, an institution or a business and no person, or
    a desk's duty with nobody named (``Petugas loket 1``, ``Petugas piket``)."""
    if _DESK_DUTY.fullmatch(words.strip()) is not None:
        return True
    return (
        OFFICE_WORDS.search(words) is not None
        or lex.BUSINESS_NOUN.search(words) is not None
        # (an organisation's form opening the cell: ``UD Laut Timor``, ``Kurir JNE``)
        or (words.split() or [""])[0].rstrip(".") in lex.ORGANISATION_FIRST_WORDS
    ) and lex.PERSON_BETWEEN.search(words) is None


#: A desk's duty in a roster's cell, nobody named (``petugas loket 1``, ``operator layanan``).
_DESK_DUTY = re.compile(
    r"(?:petugas|operator|staf|staff)[ \t]+(?:loket|piket|jaga|layanan|informasi|pengaduan"
    r"|front[ \t]+office|cs)(?:[ \t]+[0-9]{1,2})?"
)
#: The cells of a row whose first cell may name the number's body: two before the number's.
_ROW_CELLS = 3
#: A number's own cell up to it: a phone's word at most.
_CELL_LEAD = re.compile(LINE_WORD_LEAD + r"[(+]?")
#: A cell of words (not an item's number or a time stamp).
_CELL_WORDS = re.compile(r"[a-z]{2}")


#: A line said right after it to be dead (``tidak aktif lagi``, ``sudah tidak dipakai``).
_DEAD_AFTER = re.compile(
    # (after the numbers listed with it: ``0813... dan 0822... tidak digunakan lagi``)
    rf"(?:{_LIST_JOIN}{_A_NUMBER})*"
    r"[ \t,]*(?:(?:sudah|sdh|su)[ \t]+)?(?:tidak|tdk|sonde)[ \t]+(?:aktif|dipakai|digunakan)"
)


def _offices_changed_line(window: str, facts: _Facts, begin: int, end: int) -> bool:
    """Whether the number at ``begin`` is an office's old or new line in a notice of its change
    (``nomor layanan Puskesmas Kupang Kota berubah. Nomor lama: ... Nomor baru: ...``, ``nomor
    pengaduan Dishub su ganti. Yang lama ..., yang baru ...``): labelled old or new, or said
    right after it (with the numbers listed with it) to be out of use (``Nomor WhatsApp 0813...
    dan 0822... tidak digunakan lagi``), after a change said of an office's, an institution's
    or a business's numbers, with nobody named or speaking for themselves from that word on
    (``HP saya ganti. Nomor lama ...`` is the writer's)."""
    if "lama" in window or "baru" in window or "sebelum" in window:
        listed = lex.LISTED_AFTER.search(window, max(0, len(window) - 48))
        label = window[: listed.start("number")] if listed is not None else window  # ``… / WA``
        labelled = _OLD_OR_NEW.search(label, max(0, len(label) - 64)) is not None
    else:
        labelled = False
    if not labelled and (
        ("no" not in window and "nmr" not in window) or _NUMBER_WORD.search(window) is None
    ):
        return False  # (most numbers)
    dead = _DEAD_AFTER.match(facts.after(end)) is not None
    if not labelled and not dead:
        return False
    wide = facts.before(begin, _CHANGED_REACH)
    changed = [found.start() for found in _CHANGED.finditer(wide)]
    if changed:
        limit = changed[-1]
    elif dead:
        limit = len(wide)  # ``Nomor lama 0851... tidak aktif lagi``: the change said after it
    else:
        return False
    # the last office's or institution's word before the change, or a business's (``FRESH
    # LAUNDRY PENFUI GANTI NOMOR`` / ``WA lama: ...``)
    last = max(
        (
            found.start()
            for words in (OFFICE_WORDS, lex.BUSINESS_NOUN)
            for found in words.finditer(wide, 0, limit)
        ),
        default=-1,
    )
    if last == -1:
        return False
    said = wide[last:]
    return lex.PERSON_BETWEEN.search(said) is None and "\x1f" not in said


#: An invitation right before a number, as an advert puts it (``Hub:``, ``HUB``, ``Hub/WA:``,
#: ``Pesan di WA``, ``Order via WA``, ``Info & pemesanan``, ``WA``).
_ADVERT_INVITE = re.compile(
    r"(?<![a-z])(?:hub|hubungi|kontak|info|order|pesan|pemesanan|booking|reservasi|call|telp|tlp"
    r"|wa|whatsapp|sms)"
    r"(?:[ \t]*[:.]?[ \t]*(?:/|&|dan|di|via|ke|lewat|antar)?[ \t]*"
    r"(?:wa|whatsapp|hp|telp|sms|kami))*"
    r"[ \t]*[:.]?[ \t]*\Z"
)
#: Words of a business's offer (`_OFFER`).
_OFFER_PHRASES = (
    "promo",
    "diskon",
    "gratis",
    "stok terbatas",
    "melayani",
    "pesan antar",
    *(
        f"terima {what}"
        for what in (
            *("pesanan", "kos", "kost", "putra", "putri"),
            *("jahit", "servis", "service", "order", "cetak"),
        )
    ),
    "siap melayani",
    "siap antar",
    "siap kirim",
    "buka cabang",
    "kode promo",
    "lepas kunci",
    "tanpa jaminan",
    "tanpa agunan",
    "langsung cair",
    "harga mulai",
    "harga terjangkau",
    "harga murah",
    "harga spesial",
    "murah & cepat",
    "murah dan cepat",
)
#: A business's offer in an advert: what it sells, serves or promises, and at what rate
#: (``Stok terbatas``, ``terima pesanan``, ``lepas kunci``, ``tanpa jaminan``, ``/hari``): the
#: phrases as one trie, a loan's terms (``cair 1 hari``, ``bunga 0,5%``, ``proses 1 jam``) and a
#: rate (``Rp375.000/hari``, ``100 ribu/bln``, ``Rp. 7.500,-/kotak``).
_OFFER = re.compile(
    r"(?<![a-z])(?:"
    + lex.trie_pattern(_OFFER_PHRASES).replace(r"\ ", r"[ \t]+")
    + r"|(?:cair|bunga)[ \t]+\d|proses[ \t]+\d+[ \t]+(?:jam|menit))(?![a-z])"
    r"|[0-9][ \t]*(?:ribu|rb|jt|juta)?[,\-]*[ \t]*/[ \t]*(?:hari|bulan|bln|malam|minggu|thn|tahun"
    r"|kotak|porsi|pcs|buah|kg|sak|orang|org|pax|jam|lembar)(?![a-z])"
)
#: A driver offered with a rental (``Avanza lepas kunci ..., dengan sopir Rp...``): a service,
#: no person.
_SERVICE_DRIVER = re.compile(r"(?<![a-z])(?:dengan|tanpa|plus|termasuk|\+)[ \t]*sopir(?![a-z])")
#: An invitation to book or order.
_ORDER = re.compile(r"booking|reservasi|order|pesan")
#: A price (``Rp50.000``, ``Rp 12.000.000``).
_PRICE = re.compile(r"(?<![a-z])rp[ .]*[0-9]")


def _advert_opened(wide: str) -> int:
    """Where an advert quoted in a complaint opens in ``wide``: after its last blank line, quote
    or colon ending a line (0 where none is there)."""
    opened = 0
    for mark in ("\n\n", '"', "\u201c", ":\n"):
        at = wide.rfind(mark)
        if at != -1:
            opened = max(opened, at + len(mark))
    return opened


#: How far back an advert's offer may stand.
_ADVERT_REACH = 240
#: Words in an advert's text that make a number after them someone's own, beyond a role or the
#: writer (`lex.PERSON_BETWEEN`): an earlier finding (a name), a holder, or a complaint's own
#: words (``Mohon ...``, ``laporan``): the number closes the complaint, not the advert.
_ADVERT_PERSON = re.compile(
    r"\x1f|(?<![a-z])(?:aku|an|a\.n|mohon|mhn|tolong|tlg|keluhan|lapor|laporan)(?![a-z])"
    # Kupang Malay's ``sa`` selling (``sa jual kue, info WA ...``): the writer's own sale
    r"|(?<![a-z])sa[ \t]+(?:jual|ada|bikin|terima|masak|buat|jahit)(?![a-z])"
)


def _advert_line(window: str, facts: _Facts, begin: int, end: int) -> bool:
    """Whether the number at ``begin`` is a business's line in its advert, quoted in a complaint
    or standing alone: an invitation right before it (`_ADVERT_INVITE`), and a business's offer
    before that in the advert's own text (`_OFFER`, from where the advert opens), with nobody
    named or speaking for themselves in between (the guide: a business's advert's line is not
    labelled; a person's own sale is)."""
    invite = _ADVERT_INVITE.search(window, max(0, len(window) - 24))
    if invite is None:
        return False
    wide = facts.before(begin, _ADVERT_REACH)
    opened = _advert_opened(wide)
    offer = _OFFER.search(wide, opened)
    if offer is None:
        # a business's name and a price (``BENGKEL MOTOR "SEJATI" Servis + ganti oli Rp50.000``),
        # either before an invitation to book or order (``Kapal cepat PP Rp150.000. Booking:
        # WA``, ``Travel Kupang-Atambua tiap hari jam 06.00 Booking WA``), or the business's
        # name opening the advert
        offer = lex.BUSINESS_NOUN.search(wide, opened)
        priced = _PRICE.search(wide, offer.end() if offer is not None else opened)
        if offer is not None and not wide[opened : offer.start()].strip(" \t\n\"'\u201c*-"):
            # the advert opens with the business's name (``FOTOKOPI BERKAT JAYA - cetak pas
            # foto ... WA 0853...``): its offer, with or without a price
            priced = offer
        if offer is None or priced is None:
            if _ORDER.search(window, max(0, len(window) - 48)) is None:
                return False
            offer = offer or priced
            if offer is None:
                return False
    # from the offer's sentence on (``Saya jual kue, terima pesanan``: the writer's own)
    sentence = max(wide.rfind(". ", 0, offer.start()), wide.rfind("\n", 0, offer.start())) + 1
    block = wide[max(sentence, opened) :]
    block = _SERVICE_DRIVER.sub(" ", block)  # ``dengan sopir Rp...``: a rental's option
    if lex.PERSON_BETWEEN.search(block) is not None or _ADVERT_PERSON.search(block) is not None:
        return False
    # a keeper named in brackets right after it (``Hub 0858... (Ibu Marlin)``): the keeper's
    return _KEEPER_AFTER.match(facts.after(end)) is None


#: An invitation that says the number is a person's own: an owner letting or selling without an
#: agent (``Pemilik langsung, hub``), the finder of a lost thing asked to call the writer
#: (``Yang menemukan mohon hub``).
_OWN_INVITATION = re.compile(
    r"(?<![a-z])(?:pemilik[ \t]+langsung|tanpa[ \t]+(?:perantara|makelar)"
    r"|(?:yang|yg)[ \t]+menemukan)(?![a-z])"
)
#: How far before a number `_OWN_INVITATION` is read.
_OWN_INVITATION_REACH = 40


def _owner(  # noqa: PLR0912 - a ladder of the owner rules, read in order
    window: str, ctx: str | None, facts: _Facts, *, begin: int, end: int, fixed: bool
) -> str | None:
    """The context once the office's line rules that look further than the closest word have
    spoken: a letter's heading or an office's own message before a fixed line, and the words
    after a number (listed with an office's line, or posing as an office)."""
    near = max(0, len(window) - _OWNER_REACH)
    if (ctx in (None, "phone") and lex.WRITERS_HOME.search(window, near) is not None) or (
        ctx in (None, "phone", "institution") and named_in_bracket(facts.after(end))
    ):
        # ``tadi ada yg telpon ke beta pung rumah 0380-..., ngaku petugas PLN``: the writer's
        # home line, whoever the caller posed as.
        # ``HUB. 0812...`` then ``(IBU [NAME])``: a sign's or a notice's owner, named, whose
        # line no rule about offices' and businesses' lines takes (`stated_owner` reads the
        # bracket so too)
        return "phone"
    if (
        (
            ctx in (None, "phone", "institution")
            # (not after an invitation that says whose: ``Pemilik langsung, hub``, ``Yang menemukan
            # mohon hub``, in an advert or a page's post alike)
            and _OWN_INVITATION.search(window, max(0, len(window) - _OWN_INVITATION_REACH)) is None
        )
        and (
            # ``WA 0883...: 41 laporan``: a channel of an office's reports
            (":" in facts.context.lowered[end : end + 3] and _COUNTED_AFTER.match(facts.after(end)))
            or _speakers_own(window, facts, begin, near)
            or _said_to_be_an_offices(window, facts, begin)
            or _advert_line(window, facts, begin, end)
            or _offices_changed_line(window, facts, begin, end)
            or _bodys_cell(window, facts, begin)
        )
    ):
        return "office"
    if (
        ctx is None
        and fixed
        and facts.sender()
        # in the number's own sentence (``Mohon kehadiran Bapak/Ibu. Konfirmasi ke ...``)
        and lex.PERSON_BETWEEN.search(window, max(window.rfind(". "), window.rfind("\n")) + 1)
        is None
        and lex.HOME_LINE.search(window, near) is None
    ):
        # An office's own message that gives a fixed line with no word before it (``From:
        # Bagian Umum Setda <...>`` ... ``Konfirmasi ke 0380 866266``): its line.
        ctx = "institution"
    if fixed and ctx in (None, "phone") and _bodys_fixed_line(window, ctx, facts, begin, end, near):
        return "office"
    if ctx == "phone" and fixed:
        # A letter's heading: the office's name, its address, then ``Telp. (0380) ...``.
        wide = _closest_context(facts.before(begin, _WIDE_REACH))[0]
        if wide in ("office", "institution") and lex.HOME_LINE.search(window, near) is None:
            ctx = wide
        elif (
            # An office's own message (``Bapenda Kota Kupang: ... Kontak: 0380-...``), or its
            # letterhead (``KOP: DINAS KESEHATAN ...`` then its address and line).
            lex.PERSON_BETWEEN.search(window, near) is None
            and lex.HOME_LINE.search(window, near) is None
            and (facts.sender() or _under_letterhead(facts.context.lowered, begin))
        ):
            ctx = "institution"
    if (
        ctx in (None, "phone", "institution")
        and not FIXED_LINE_WORDS.isdisjoint(facts.context.words)  # most texts have none
        and letterhead_line(facts.context.lowered, begin)
    ):
        return "office"  # ``DINAS PUPR`` then ``Jl. Timor Raya Km. 5 Telp. 0811-...``: its line
    if ctx in (None, "institution", "phone"):
        # the same number written again a little further on and said there to be a business's
        # (``dia suruh telp nomor lain, 0822.... Kalo yg 0822... itu nomor Depot Air ...``)
        later = _said_later_a_business(facts, begin, end)
        if ctx == "phone" and not fixed and not later:
            # Only a number said to belong to an office (``milik``, ``punya``, ``kepunyaan``) or
            # to be a business's number (``itu nomor bengkel``) takes a mobile from its phone
            # word: where none of these words follows, nothing can.
            after = facts.after(end)
            if _OWNED_AFTER.search(after) is None:
                return ctx
        # (``Kurir JNE ... tu Om Hong Bing, nomornya 0821..., dia bilang JNE ...``: the named
        # person's own, whatever office the words after it speak of)
        named = _NAMED_OWN_NUMBER.search(window, near) is not None
        owner = None if named else "owned" if later else facts.owner_after(end)
        if owner == "owned" or (owner == "office" and ctx != "phone"):
            ctx = "office"
        elif owner == "institution" and fixed:
            ctx = "institution"
    return ctx


#: How far after a number the same number written again is looked for (`_said_later_a_business`).
_AGAIN_REACH = 240


def _said_later_a_business(facts: _Facts, begin: int, end: int) -> bool:
    """Whether the number at ``begin`` is written again, the same way, within `_AGAIN_REACH`
    characters after it, and said right after that writing to be a business's or an office's
    number (`said_to_be_a_business`)."""
    text = facts.context.text
    again = text.find(text[begin:end], end, end + _AGAIN_REACH)
    if again == -1:
        return False
    tail = again + end - begin
    return said_to_be_a_business(facts.lowered[tail : tail + AFTER_WIDTH])


#: A person named by a kin or courtesy word, then ``nomornya`` (``Om Hong Bing, nomornya``),
#: right before a number: that person's own.
_NAMED_OWN_NUMBER = re.compile(
    r"(?<![a-z])(?:om|tante|kak|kaka|bapak|bpk|pak|ibu|bu|mama|bapa|sdr|nona|mas|mbak|opa|oma)"
    # (the name as a finding before it left it: one mark)
    r"[ \t]+(?:\x1f|[a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*,?[ \t]*"
    r"(?:nomornya|nomernya|no\.?[ \t]*hp-?nya|hp-?nya|wa-?nya)[ \t:]*\Z"
)
#: A line that opens with a bare number's label (``No :``, ``No.``, ``Nomor:``), up to the end.
_NUMBER_FIELD = re.compile(r"(?:\A|\n)[ \t]*(?:no|nomor|nmr)[ \t]*[.:][ \t.:]*\Z")
#: A receipt's or a note's heading opening a text (``KWITANSI``, ``TANDA TERIMA OBAT``, ``NOTA
#: TOKO ...``, ``STRUK``, ``BUKTI PEMBAYARAN``): a ``No`` line in it numbers the document.
_RECEIPT_HEADING = re.compile(
    r"[ \t\n]*(?:kwitansi|kuitansi|tanda[ \t]+terima|nota|struk|bukti[ \t]+(?:pembayaran|bayar"
    r"|setor|setoran|penerimaan))(?![a-z])"
)
#: A form's label glued to the field before it (a letter or a digit right before it), then its
#: colon, at the end of the window before a number.
_GLUED_LABEL = re.compile(
    r"(?<=[a-z0-9])(?:(?P<nik>nik)|(?P<kk>no\.?[ \t]?kk)|(?P<npwp>npwp)"
    r"|(?P<bpjs>no\.?[ \t]?kartu)|(?P<bank>no\.?[ \t]?rek(?:ening)?))[ \t]*:[ \t]*\Z"
)
#: How far back from a number `_GLUED_LABEL` may start.
_GLUED_REACH = 16
#: A line's word opening a bracket right before a number (``(telp. ``).
_BRACKETED_LINE = re.compile(r"\([ \t]*(?:telp|tlp|telepon|telpon)\.?[ \t]*:?[ \t]*\Z")
#: Contexts of a body's name right before such a bracket.
_BODIES_KINDS = frozenset({"office", "institution", "bank", "bpjs"})
#: Who answered a call saying what to do, right after the number (``dong bilang penuh``,
#: ``disuruh datang ke kantor``).
_ANSWERED = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:dong|dorang|mereka|petugas|katanya|ktnya)[ \t]+)?"
    r"(?:bilang|blg|bilng|disuruh|suruh|dsuruh)(?![a-z])"
)
#: A fixed line said to go unanswered right after it (``juga sonde angkat``, ``sibuk terus``,
#: ``tidak aktif``).
_UNANSWERED = re.compile(
    # (another line listed with it first: ``SY TLP 0380-867958 DAN (0380) 867 474 TDK ADA YG
    # ANGKAT``)
    r"(?:[ \t]*(?:dan|atau|,|/)[ \t]*\(?[0-9][0-9 ().\-]{5,18}[0-9])?"
    r"[ \t]*(?:(?:juga|jg|ju|pun|sudah|su|sdh|selalu|terus|trus|masih)[ \t]+){0,2}"
    r"(?:(?:sonde|tidak|tdk|tak|ga|gak|nggak|belum|blm)[ \t]+"
    r"(?:ada[ \t]+(?:yang|yg)[ \t]+)?(?:pernah[ \t]+)?"
    r"(?:di)?(?:angkat|aktif|nyambung|tersambung|jawab|respon|bisa[ \t]+dihubungi)"
    r"|sibuk)(?![a-z])"
)
#: Of the words `following_owner` reads after a mobile, one is in every window where it can
#: take the number from its phone word: said to belong to an office, to be a business's number,
#: or to pose as an office.
_OWNED_AFTER = re.compile(
    "milik|punya|nom|ngaku|atas|seolah|bilang|foto|admin|benar|betul|asli|resmi|claim|pretend"
    "|posing|akun|wa |kata|ktnya| dari |bukan|bkn|pake"
)


def _under_letterhead(lowered: str, position: int) -> bool:
    """Whether ``position`` is on a letterhead's line (``KOP: ...``) or the line after it."""
    line = lowered.rfind("\n", 0, position) + 1
    if lex.LETTERHEAD.match(lowered, line) is not None:
        return True
    if not line:
        return False
    return lex.LETTERHEAD.match(lowered, lowered.rfind("\n", 0, line - 1) + 1) is not None


#: A self-paid health insurance membership (``BPJS Kesehatan mandiri``, ``iuran mandiri``:
#: *mandiri* is the member paying, not Bank Mandiri) before a number, with no bank word after it.
_SELF_PAID = re.compile(
    r"(?<![a-z])(?:bpjs|jkn|kis|iuran|peserta)(?:[ \u00a0]+kesehatan)?[ \u00a0]+mandiri(?![a-z])"
    r"(?:(?!rek|bank|transfer|\n).){0,60}\Z"
)


#: A form's label run into the value after it, as an app's copied text runs them
#: (``NIK5371...NamaANJELINA DETHANAlamatJL. MERPATI``): the label, then a capital.
_GLUED_FIELD = re.compile(
    r"(?:Nama|Alamat|Tempat|Tgl|Jenis|Agama|Pekerjaan|Status|NAMA|ALAMAT|TEMPAT)(?=[A-Z])"
)
#: A form's next field label glued to a number, as a scan or a careless copy runs an identity
#: card's fields together (``NIK:5302036207110030Nama:FRANSISKA``, ``NIK:5302...0012Jenis
#: Kelamin :``): the number ends there.
_FIELD_AFTER = re.compile(
    r"(?:nama|alamat|tempat|tgl|tanggal|jenis|agama|pekerjaan|status|kewarganegaraan|berlaku"
    r"|provinsi|kabupaten|kota|kel|kec|rt|nik|no|hp|telp)[^\W\d_]{0,12}"
    # a label of two words (``Jenis Kelamin :``, ``Gol. Darah:``)
    r"(?:\.?[ \t][^\W\d_]{2,12})?[ \t]?[:/]",
    re.IGNORECASE,
)


#: A file's name as a phone or a camera makes it (``Screenshot_2026-040-12-09-41-22_WhatsApp.jpg``,
#: ``IMG_20261105_0930.jpg``): its digits are a date, a time or a counter. A file a person named
#: (``KTP_5371041901870017.jpg``) keeps its numbers.
_FILE_NAME = re.compile(
    r"(?<![^\s\"'<>()\[\]])(?:screenshot|img|vid|pxl|dsc|photo|wa)[_-][^\s\"'<>()\[\]]*"
    r"\.(?:" + "|".join(sorted(lex.FILE_EXTENSIONS, key=len, reverse=True)) + r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
#: What ends a file's name on its left.
_NAME_BOUNDS = " \t\n\u00a0\"'<>()[]"


#: A document's code before a number glued to it by a dash: digits, a dash or a slash, then a
#: code of letters and a dash (``5371-LU-04112026-6640``, ``900/BPPD-12072026``): a letter's or
#: a register's number, nobody's line.
_CODE_BEFORE = re.compile(r"(?<![0-9A-Za-z])[0-9]{2,}[-/][A-Za-z]{1,8}-\Z")


def _in_code(text: str, position: int) -> bool:
    """Whether ``position`` (a digit after ``-``) continues a document's code (`_CODE_BEFORE`)."""
    return _CODE_BEFORE.search(text, max(0, position - 20), position) is not None


def _in_file_name(text: str, position: int) -> bool:
    """Whether ``position`` (a digit after ``_`` or ``-``) is inside a `_FILE_NAME`."""
    start = position
    while start > 0 and position - start < 40 and text[start - 1] not in _NAME_BOUNDS:
        start -= 1
    found = _FILE_NAME.match(text, start)
    return found is not None and found.end() > position


def _as_digits(raw: str) -> str:
    """The digits of a number written with letters for some (``537l0545O785``), separators
    left out."""
    return "".join(char for char in raw.translate(lex.LETTER_DIGITS) if char.isdigit())


class _Spans:
    """Spans that do not overlap, kept sorted, with an overlap test by bisection (a scan of
    every span for every candidate would make a text of thousands of them quadratic)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``start .. end``: of those starting before ``end``, the last
        ends furthest (they do not overlap each other)."""
        at = bisect_right(self._starts, end - 1)
        return at > 0 and self._ends[at - 1] > start

    def first_start(self, start: int, end: int) -> int:
        """Where the first span overlapping ``start .. end`` starts (one must)."""
        at = bisect_right(self._starts, start)
        if at > 0 and self._ends[at - 1] > start:
            return self._starts[at - 1]
        return self._starts[at]


def _clear_of(text: str, run: tuple[int, int], lettered: _Spans) -> tuple[int, int] | None:
    """The digit run ``run`` as it is read beside the lettered numbers found: whole where it
    overlaps none; else only its cells before the first (a table's cells parted by a tab or two
    spaces: ``5371 0665 1060 0142   72.973.O11.9-920.00O``), or not at all (no number runs into
    a lettered one)."""
    start, end = run
    if not lettered.overlaps(start, end):
        return run
    head = text[start : lettered.first_start(start, end)]
    cells = head.rstrip(" \t")
    if not cells or (len(head) - len(cells) < 2 and "\t" not in head[len(cells) :]):
        return None
    return start, start + len(cells)


#: A row of a table or a numbered list (``| 2 | MARTHEN AMALO | ``, ``2 | MARTHEN AMALO |``,
#: ``2. Marthen Amalo``).
_ROW = re.compile(r"[ \t]*(?:\||[0-9]{1,2}(?:[.)][ \t]|[ \t]*\||[ \t]+(?=[a-z])))")


def _member_row(lowered: str, begin: int) -> bool:
    """Whether the number at ``begin`` stands in a row of a table or a list whose words before
    it (in the row's first 80 characters before the number) name no family card: on a family
    card's list of members, each row's number is the member's NIK, the card's own number being in
    its heading."""
    line = lowered.rfind("\n", max(0, begin - 80), begin) + 1
    if (not line and begin >= 80) or _ROW.match(lowered, line) is None:
        return False  # not a row, or its start is beyond reach
    return _CARD_WORD.search(lowered, line, begin) is None


#: A family card's word in a row before a number (``kk``, ``keluarga``), as a word.
_CARD_WORD = re.compile(r"(?<![a-z])(?:kk|keluarga)(?![a-z])")


#: Spaces that part a table's columns: no number runs across them.
_COLUMN_GAP = "  "
#: How far after the word ``NPWP`` the question asking for it ends (``NPWP bapak?``).
_ASKED_REACH = 24
#: Identity contexts that no rule after the closest word changes (a bank's has its own rules).
_SETTLED = frozenset({"nik", "kk", "npwp", "bpjs"})


#: ``(NIK)`` right after a number: the NIK that is the number.
_NIK_IN_BRACKETS = re.compile(r"[ \t]*\((?:nik|ktp)\)")
#: How far after a number a bracket's words are read for the NPWP it says the NIK serves as.
_BRACKET_REACH = 28


#: What stands before a list's item number on its line: spaces, a bullet.
_LINE_OPENING = re.compile(r"[ \t>*\-\u2022]*")
#: An example's label with its colon earlier on a number's line (``Contoh:``, ``Misalnya :``),
#: its bracket not closed and no field's colon after it (``(contoh: 0812...)    : 0856...`` is
#: the field the person filled in).
_EXAMPLE_ON_THE_LINE = re.compile(r"(?<![a-z])(?:contoh|misal|misalnya)[ \t]*:[^\n):]*\Z")
#: `_EXAMPLE_ON_THE_LINE`'s words: a text holds one of them for the pattern to be read.
_EXAMPLE_WORDS = frozenset({"contoh", "misal", "misalnya"})
#: A form's or a notice's example right before a number, on its line (``(contoh: ``,
#: ``misalnya ``).
_EXAMPLE_RIGHT_BEFORE = re.compile(r"(?<![a-z])(?:contoh|misal|misalnya)(?![a-z])[ \t:=]{0,3}\Z")


def _contexts(  # noqa: PLR0911, PLR0912, PLR0915, PLR0917 - a ladder; positional in this hot private call
    text: str,
    begin: int,
    end: int,
    facts: _Facts,
    long: bool,  # noqa: FBT001
    fixed: bool,  # noqa: FBT001
) -> tuple[bool, str | None, str | None]:
    """Whether the number at ``begin`` is an amount, and its context for every decision and for
    identity kinds, from the words before it and, where those do not decide, after ``end``."""
    start = _number_start(text, begin)
    window = facts.before(start)
    tail = window[-_MONEY_TAIL:]
    if (
        # Every currency word holds one of these: without them the pattern cannot match.
        ("rp" in tail or "idr" in tail or "usd" in tail)
        and lex.MONEY_BEFORE.search(window, max(0, len(window) - _MONEY_TAIL)) is not None
    ):
        return True, None, None
    if ("contoh" in tail or "misal" in tail) and _EXAMPLE_RIGHT_BEFORE.search(window) is not None:
        # ``Nomor HP aktif* (contoh: 081234567890)``: a form's example, nobody's number (`_EXAMPLE`
        # reads a wider reach before an NPWP, its own word near: ``Contoh format NPWP: ...``)
        return False, "negative", "negative"
    if (
        not _EXAMPLE_WORDS.isdisjoint(facts.context.words)  # (most texts have none)
        and _EXAMPLE_ON_THE_LINE.search(facts.before(start, _WIDE_REACH)) is not None
    ):
        # an example's label earlier on its line: ``Contoh: Budi#Jl. Contoh No. 1#0812...``,
        # ``Contoh: "Dijual kulkas 2 pintu, Rp 1.500.000, Oebobo, hub 0812..."``
        return False, "negative", "negative"
    ctx, ident = _closest_context(window)
    if long and ident in _WIDE_KINDS and ctx == ident and "  " in window:
        # a row of a table parted by spaces under a header naming several kinds: the column's
        column = _header_column(facts.lowered, begin)
        if column is not None:
            ctx = ident = column
    elif (
        long
        and ident is None
        and ctx is not None  # (with none, `_wide_identity` reads the header below)
        and "  " in window
        and (column := _header_column(facts.lowered, begin, cells_only=True)) is not None
    ):
        # a row's cell under its header's identity word, where another header word stands
        # closer (``Jabatan   Nama   NIK   NPWP   HP`` then a row's NIK and its NIK-as-NPWP)
        ctx = ident = column
    if (
        "koperasi" in window  # (every match of the pattern holds the word: most windows lack it)
        and _COOPERATIVES_NUMBER.search(window, max(0, len(window) - _COOPERATIVES_REACH))
        is not None
    ):
        # ``NIK koperasi (contoh 5371...)``, ``Nomor Induk Koperasi kami 5371...``: a
        # cooperative's registration number, no person's
        ctx = ident = "negative"
    if (
        ctx is None
        and _NUMBER_FIELD.search(window) is not None
        and _RECEIPT_HEADING.match(facts.context.lowered) is not None
    ):
        ctx = ident = "negative"  # ``KWITANSI`` ... ``No : 0819...``: the receipt's own number
    if ident in ("nik", "kk", "bank") and _a_line_after_all(window, ident, text[begin : begin + 3]):
        ctx, ident = "phone", None
    if ctx is None and window[-3:].rstrip(" \t").endswith(":"):
        # ``...LOMINIK : 5371...``, ``11/04/2026No.Kartu : 0003...``: a form's label glued to
        # the field before it, as a PDF's or a scan's text runs them together
        glued = _GLUED_LABEL.search(window, max(0, len(window) - _GLUED_REACH))
        if glued is not None:
            ctx = ident = glued.lastgroup
    if ctx == "negative" and text[start] in "+06" and _SPEAKER_LABEL.search(window) is not None:
        # ``Agen: Nomor yang bisa dihubungi?`` / ``Pelanggan: 0878...``: the speaker's label of
        # a written-out call, not a customer number's
        ctx = ident = None
    bracket = "(" in text[end : end + 3] or "[" in text[end : end + 3]
    if (
        ctx in (None, "nik")
        and "npwp" in facts.marks
        and (ident == "nik" or _NIK_LENGTHS_NPWP.fullmatch(text, begin, end) is not None)
        and _BECAME_NPWP.match(facts.after(end)) is not None
    ):
        # a NIK said right after it to have become the NPWP, to serve as it or to be written
        # into its field, with or without a NIK word before it (``NIK SY 5371... SDH JD NPWP``,
        # ``JD SY ISI 5301... SAJA DI KOLOM NPWP?``, ``5371... (NIK sebagai NPWP)``)
        return False, "npwp", "npwp"
    if ident == ctx == "nik" and _nik_now_npwp(facts, begin):
        # the NIK said to be the NPWP now, with or without a bracket after it (``diganti NIK
        # 5371... (sudah padan)``, a chat's next turn)
        return False, "npwp", "npwp"
    if ident == ctx and ctx in _SETTLED and not bracket:
        # A NIK, KK, NPWP or BPJS word decides, and no bracket follows: none of the rules below
        # changes it (the bank's and the phone's need their words, `_owner` and `stated_owner`
        # leave an identity context as it is).
        if ctx == "nik" and "npwp" not in window:
            # ``NPWP 16 digit sa sekarang sama dengan NIK, 5371...``: the NPWP said to be the
            # NIK may stand further back than the window
            further = facts.before(begin, _WIDE_REACH)
            if "npwp" in further and _closest_context(further) == ("npwp", "npwp"):
                return False, "npwp", "npwp"
            if _SAME_AS_NIK.search(window) is not None:
                # ``NPWP bapak?`` ... ``yang baru katanya sama dengan NIK, 5312...``: the NPWP
                # that is the NIK, asked for or named further back
                further = facts.before(begin, _NPWP_REACH)
                named = further.rfind("npwp", 0, further.rfind("nik"))
                if (
                    named != -1
                    and (
                        ". " not in further[named:]  # in its sentence
                        or "?" in further[named : named + _ASKED_REACH]  # or asked for before it
                    )
                ):
                    return False, "npwp", "npwp"
        return False, ctx, ident
    # The words after a number matter where those before do not decide, or in brackets.
    if ctx in (None, "institution") or (ctx != "negative" and bracket):
        following = facts.after(end)
        after, bracketed = _following_context(following)
        after_npwp = "npwp" if "npwp" in following[:_BRACKET_REACH] else None
        if ctx in (None, "institution", "phone"):
            if after == "office" or (after == "institution" and bracketed):
                ctx = "office"  # ``(0380) 833 411 (Dinas PUPR)``: the office's line
            elif after is not None and ctx != "phone":
                ctx = after
        if (
            after in _IDENTITY_KINDS
            and (bracketed or (ident is None and ctx != "phone"))
            # (not the NIK said in brackets to serve as the NPWP the label named: ``NPWP :
            # 5314... (NIK sebagai NPWP)``)
            and not (ident == after_npwp == "npwp" and after == "nik")
            # (nor the NIK named in brackets as what the NPWP is: ``NPWP yang kami gunakan
            # 5302... (NIK)``)
            and not (ident == "npwp" and _NIK_IN_BRACKETS.match(following) is not None)
        ):
            ident = after  # ``5371... (KK)``: a word in brackets right after names the number
    if ident == "bank" and (
        (begin and text[begin - 1] in "(+")
        or (
            _line_shaped(text, begin, end)
            and _ACCOUNT_WORD.search(window, max(0, len(window) - _ACCOUNT_WORD_REACH)) is None
        )
    ):
        # ``telp Bank NTT (0380) 821 555``: an area code, not an account, and ``+62 ...`` is a
        # line; the bank's line (``Bank pung nomor resmi 0380 872426``) or a mobile posing as
        # the bank (``mengaku dari Bank NTT lewat 0897 7196 9271``), where no account's word
        # stands right before it
        ident, ctx = None, "institution" if ctx == "bank" else ctx
    if (
        ident == "bank"
        and "mandiri" in window
        and _SELF_PAID.search(facts.before(begin, _WIDE_REACH)) is not None
    ):
        ident = ctx = "bpjs"  # ``BPJS Kesehatan mandiri kelas 3, kartu 0003...``: not the bank
    if ident == "bank" and (
        (
            _office_account(facts.before(begin, _WIDE_REACH))
            # ``rekening panitia ... 0044223548 a.n. [NAME]``, ``rekening panitia a.n. [NAME]
            # Bank NTT 0010...``: held by a person, who is named
            and lex.HOLDER_AFTER.match(facts.after(end)) is None
            and _HELD_BY_A_PERSON.search(window) is None
        )
        or _senders_account(window, facts.after(end), facts)
        # ``Rekening Penampung : ... a.n. TOKO SUMBER REJEKI``, ``rekening giro CV ...``,
        # ``rekening penampung kelurahan``: a body's account
        or _BODY_NAMED_AFTER.match(facts.after(end)) is not None
        # ``Ke : PT TIMOR BANGUN PERSADA — 3419-01-...``: a company named right before it
        or (
            ("pt" in window or "cv" in window or "ud" in window)
            and _COMPANY_BEFORE.search(window) is not None
        )
        or (
            not _BODYS_ACCOUNT_WORDS.isdisjoint(facts.context.words)  # most texts have none
            and _bodys_account(facts.before(begin, _WIDE_REACH))
            and lex.HOLDER_AFTER.match(facts.after(end)) is None  # held by a person named
        )
        # ``PAGUYUBAN PEDAGANG PASAR OESAPA`` / ``Sekretariat: Jl. ...`` / ``NPWP ... ·
        # Rekening Bank NTT 0479...``: a body's account in its letterhead, no one named
        or _letterhead_account(text, facts, begin, end, window)
    ):
        return False, "negative", "negative"
    if (
        ident is None
        and long
        and "npwp" in facts.marks
        and "\x1f" in (row := window[window.rfind("\n") + 1 :])
        and not _sentence_contexts(row)
        and _listed_under(facts.lowered, end)
    ):
        # a person's row in a list of NPWPs, with no word of its own (``Rekap NPWP ...`` above
        # it; the heading's other words are not the row's)
        ctx = ident = "npwp"
    if ctx == "institution" and _BODYS_OWN_NUMBER.search(window) is not None:
        ctx = "office"  # ``Puskesmas Naioni pung nomor 0823...``: the body's own, a mobile too
    ctx = _owner(window, ctx, facts, begin=begin, end=end, fixed=fixed)
    if start < begin or text[begin] in "06Oo":  # phones start with 0, 62 or + (area: ``(0380)``;
        # a lettered mobile: ``O8S2...``)
        ctx, ident = stated_owner(
            ctx,
            ident,
            facts,
            window=window,
            after=facts.after(end),
            start=start,
            fixed=fixed,
        )
    if ctx is None and long:
        # A wide label column in an identity block (``Nomor Kartu Keluarga (KK)      : ...``):
        # for a number of a NIK's length only, an identity word further back still decides.
        ident = _wide_identity(facts.before(begin, _WIDE_REACH), facts, begin, end) or ident
    if (
        ctx is None
        and ident is None
        and text.rfind("?", max(0, start - _WIDE_REACH), start) != -1
        and "?" in facts.before(begin, _WIDE_REACH)
    ):
        # ``Petugas: BPJS Kesehatan, nomor kartunya?`` then ``Penelepon: 0001337163929.``: the
        # answer to a call's question about a card
        ident = _answered(facts.before(begin, _WIDE_REACH))
        if ident == "negative":
            # ``Petugas: Boleh nomor sambungannya?`` then ``Penelepon: 02-66-160753.``: a
            # customer's connection number, not a line
            ctx = "negative"
    if fixed and ctx == "phone" and _OFFICE_NAME_BEFORE.search(text, max(0, start - 64), start):
        # ``Apotek Kasih Ibu telp (0380) ...``, ``Telp TU 0380 ...``: a business's name (a
        # person word inside it is part of the name) or a school's administration office
        ctx = "institution"
    if (
        fixed
        and ctx in ("office", "institution")
        and _HOME_LABEL.search(text, max(0, start - 40), start)
    ):
        # ``Kontak darurat: ... - 0821...\nNo. rumah: 0380-898153``: a line's own label says the
        # fixed line is the home's, whatever the lines before it say
        ctx = "phone"
    return False, ctx, ident


#: Words that make an account in an office's own message someone else's (``rekening
#: penerima``, ``a.n.``, ``warga``).
_ACCOUNT_HOLDER = re.compile(
    r"(?<![a-z])(?:penerima|pelapor|warga|a\.?n|atas[ \t]nama|nama|namanya|milik|punya|anak"
    r"|suami|istri|keluarga|pribadi)(?![a-z])"
)


def _senders_account(window: str, after: str, facts: _Facts) -> bool:
    """Whether an account in an office's or a business's own message (`office_sender`) is
    theirs: no person and no holder is named in its clause before it or right after it
    (``From: Sekretariat Dinas Sosial`` ... ``Penyaluran lewat Bank NTT, rekening penampung
    006.01.02...``; not ``... rekening BSI 7072704281 a.n. Susana Benu``)."""
    if not facts.sender():
        return False
    clause = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    following = after[:_HOLDER_AFTER]
    return (
        lex.PERSON_BETWEEN.search(clause) is None
        and _ACCOUNT_HOLDER.search(clause) is None
        and "\x1f" not in clause
        and _ACCOUNT_HOLDER.search(following) is None
        and lex.PERSON_BETWEEN.search(following) is None
        and "\x1f" not in following
    )


#: How far after an account its holder may be named (``... 7072704281 a.n. Susana Benu``).
_HOLDER_AFTER = 24


#: An account's word right before a number (``rek``, ``rekening``, ``no. rek``, ``a/c``).
_ACCOUNT_WORD = re.compile(r"(?<![a-z])(?:rek|rekening|norek|a/c|account|akun)(?![a-z])")
#: How far back an account's word is looked for.
_ACCOUNT_WORD_REACH = 24


#: The prefixes of Indonesia's mobile networks (Telkomsel 0811-0813, 0821-0823, 0851-0853;
#: Indosat 0814-0816, 0855-0858; XL 0817-0819, 0859, 0877-0878; Axis 0831-0833, 0838;
#: Smartfren 0881-0889; Three 0895-0899). A bank's account opening ``08`` does not take one
#: (Bank NTT's ``083.03.38...``, a BNI account ``0830...``).
_MOBILE_PREFIXES = frozenset(
    {
        *(f"08{n}" for n in (11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 31, 32, 33, 38)),
        *(f"08{n}" for n in (51, 52, 53, 55, 56, 57, 58, 59, 77, 78, 95, 96, 97, 98, 99)),
        *(f"088{n}" for n in range(1, 10)),
    }
)


def _line_shaped(text: str, begin: int, end: int) -> bool:
    """Whether the run at ``begin`` holds a line's digits only: a mobile's (a network's prefix,
    `_MOBILE_PREFIXES`, 11 to 13 digits) or Kupang's fixed line (``0380``, 10 or 11 digits)."""
    digits = "".join(char for char in text[begin:end] if char.isdigit())
    return (11 <= len(digits) <= 13 and digits[:4] in _MOBILE_PREFIXES) or (
        len(digits) in (10, 11) and digits.startswith("0380")
    )


def _pointed_back(window: str) -> str | None:
    """The identity kind (NIK, KK, NPWP) that closes the sentence before a number's own when
    that sentence points back to it and names no kind itself (``Bendahara minta NPWP semua guru
    honor. Ini punya sy 5301...``: the writer says the number is the NPWP asked for), else None.
    """
    found: list[_Context] = []
    previous: list[_Context] = []
    cut = 0
    for match in lex.CONTEXT_OR_BREAK.finditer(window):
        word = match.group(1)
        if word is not None:
            kind = lex.CONTEXT_KINDS.get(word) or lex.CONTEXT_KINDS[lex.context_key(word)]
            found.append(_new_context(_Context, (kind, *match.span(), word)))
        elif window[match.start()] == "\n" or ends_sentence(window, match.start()):
            previous, found = found, []
            cut = match.end()
    if found or not previous or previous[-1].kind not in _WIDE_KINDS:
        return None
    if lex.POINTS_BACK.search(window, cut) is None and not (
        # an answer in a written-out call (``Petugas: NIK Bapak?`` then ``Pelapor: 5307...``)
        "?" in window[max(0, cut - 3) : cut] and _ANSWER.fullmatch(window, cut) is not None
    ):
        return None
    return previous[-1].kind


def _wide_identity(far: str, facts: _Facts, begin: int, end: int) -> str | None:
    """The identity kind of a number of a NIK's length that no close word speaks for: an
    identity word further back (a wide label column: ``Nomor Kartu Keluarga (KK)      : ...``),
    the NPWP said after it to be the NIK (``NPWP SY YG LAMA ... PAKAI 5371... (SAMA DGN
    NIK)``), or what the text pointed at before it (`_pointed_back`); under a table's header
    that names several kinds, the kind whose column is closest (`_header_column`)."""
    wide = _closest_context(far)[1]
    if wide in _WIDE_KINDS:
        return _header_column(facts.context.lowered, begin) or wide
    if wide is not None:
        return None
    if "  " in far and (column := _header_column(facts.context.lowered, begin)) is not None:
        return column  # a later row of a table parted by spaces, its header beyond the window
    if "npwp" in far and _SAID_SAME_AS_NIK.match(facts.after(end)) is not None:
        return "npwp"
    return _pointed_back(far)


#: A header's identity word between two gaps of spaces (``Nama      NIK      NPWP``).
_HEADER_WORD = re.compile(r"(?:(?<=  )|(?<=\t)|^)(nik|kk|npwp)(?=  |\t|$)", re.MULTILINE)
#: How many lines above a number a table's header is looked for.
_HEADER_ROWS = 8
#: The longest line of such a table (row or header) that is read.
_HEADER_LINE_REACH = 400


def _header_column(lowered: str, begin: int, *, cells_only: bool = False) -> str | None:
    """The identity kind whose column a number at ``begin`` stands under in a table whose
    columns are parted by spaces and whose header names two kinds or more (``Jabatan   Nama
    NIK   NPWP``, rows ``Ketua   Retno Palupi   5301...   55.540...``): the header word
    closest to the number's column (a row's names are of any length, so its columns are not
    aligned to the character), or, where the row has as many cells as the header, the
    header's cell over the number's; None where no such header stands in the lines above.
    ``cells_only``: only the latter (None where the cells do not match, or where the header's
    cell over the number names no identity kind)."""
    line = lowered.rfind("\n", max(0, begin - _HEADER_LINE_REACH), begin) + 1
    if not line and begin > _HEADER_LINE_REACH:
        return None  # a line longer than a table's row: no table
    column = begin - line
    top = line
    for _ in range(_HEADER_ROWS):
        if top == 0:
            return None
        above = lowered.rfind("\n", max(0, top - 1 - _HEADER_LINE_REACH), top - 1) + 1
        if not above and top - 1 > _HEADER_LINE_REACH:
            return None
        words = [
            (hit.group(1), hit.start() - above)
            for hit in _HEADER_WORD.finditer(lowered, above, top - 1)
        ]
        if len({word for word, _ in words}) >= 2:
            cell = _header_cell(lowered, lowered[above : top - 1], line, begin)
            if cell is not None or cells_only:
                return cell
            return min(words, key=lambda pair: abs(pair[1] - column))[0]
        top = above
    return None


def _header_cell(lowered: str, header: str, line: int, begin: int) -> str | None:
    """The identity word of ``header``'s cell over the number at ``begin`` in the row that opens
    at ``line``, where the row has as many cells as the header (a long name in the row moves
    its columns far from the header's words); None elsewhere."""
    row_end = lowered.find("\n", begin)
    cells = _CELL_GAP.split(header.strip(" \t"))
    row = lowered[line : row_end if row_end != -1 else len(lowered)]
    if len(_CELL_GAP.split(row.strip(" \t"))) != len(cells):
        return None
    index = len(_CELL_GAP.findall(lowered[line:begin].lstrip(" \t")))
    if index < len(cells) and cells[index] in _WIDE_KINDS:
        return cells[index]
    return None


#: A number a service's body is said to own, Kupang's way (``Puskesmas Naioni pung nomor``,
#: ``RSUD punya WA``): its name (a few words, no one's found between) then the possessive.
_BODYS_OWN_NUMBER = re.compile(
    r"(?<![a-z])(?:puskesmas|pustu|rsud|klinik|kantor|kelurahan|dinas|sekolah|polsek|polres"
    r"|pdam|pln)(?:[ \t]+[a-z.]+){0,3}[ \t]+(?:pung|punya|pu)[ \t]+"
    r"(?:nomor|nomer|no\.?|wa|hp|telp\.?|telepon)[ \t.:]*\Z"
)
#: What parts a table's cells: a tab, or two spaces or more.
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*|[ \t]{2,}")


#: How many rows above a number a list's heading is looked for.
_HEADING_ROWS = 12
#: A run of digits as long as an identity number's shortest group (``5371``, not ``12`` in
#: ``SMPN 12``); dots and dashes between its digits.
_LONG_DIGITS = re.compile(r"[0-9](?:[.\-]?[0-9]){5}")
#: Words of another number's kind in a list's row.
_OTHER_ROW_WORDS = re.compile(
    r"(?<![a-z])(?:nik|ktp|kk|rek|rekening|hp|telp|telepon|wa|bpjs|nip)(?![a-z])"
)


def _listed_under(lowered: str, end: int) -> bool:
    """Whether a number is in a list's row under a heading that names NPWPs and no other
    number, with no number of its own (``Rekap NPWP tenaga kontrak (diminta bendahara)`` then
    ``Yaneth Ully — 5371...``: the NPWPs the heading lists, the NIK that is one among them).
    A row above that names another kind's word ends the search."""
    line = lowered.rfind("\n", 0, end)
    for _ in range(_HEADING_ROWS):
        if line <= 0:
            return False
        above = lowered.rfind("\n", 0, line) + 1
        row = lowered[above:line]
        if "npwp" in row:
            # a heading, not a row of its own: no number of an identity's length in it
            return _LONG_DIGITS.search(row) is None and lex.NIK_WORD.search(row) is None
        if _OTHER_ROW_WORDS.search(row) is not None:
            return False
        line = above - 1
    return False


def _answered(window: str) -> str | None:
    """The card kind (BPJS, NIK, KK, NPWP) a call's question before the number's turn asks for,
    where the turn is an answer (`_ANSWER`), else None."""
    cut = window.rfind("\n")
    if cut < 1 or not _ANSWER.fullmatch(window, cut + 1):
        return None
    # the question ends its line, or a few words follow it (``KK kita nomor berapa? Sa lupa``)
    asked_at = window.rfind("?", max(0, cut - _AFTER_QUESTION), cut)
    if asked_at == -1 or len(window[asked_at + 1 : cut].split()) > _AFTER_QUESTION_WORDS:
        return None
    asked = _sentence_contexts(window[window.rfind("\n", 0, asked_at) + 1 : asked_at])
    while len(asked) > 1 and asked[-1].kind in ("institution", "office"):
        # the body the asked number is of (``Nomor sambungan PDAM?``, ``ID pelanggan PLN?``)
        asked.pop()
    if not asked or asked[-1].kind not in _ASKED_KINDS:
        return None
    if asked[-1].kind == "negative" and _BARE_ANSWER.fullmatch(window, cut + 1) is None:
        # ``Laporan Ibu masuk dari nomor ..., betul?`` then ``Pelapor: Betul. Nomor kami yang
        # lain 0823...``: only a turn that is the number alone answers for a connection's or a
        # ticket's number
        return None
    return asked[-1].kind


#: How far before the answer's line a question may end, and the words after it.
_AFTER_QUESTION = 16
_AFTER_QUESTION_WORDS = 3
#: What a question before an answer may ask for.
_ASKED_KINDS = frozenset({"nik", "kk", "npwp", "bpjs", "bank", "negative"})
#: ``sama dengan NIK`` right before a number (Kupang ``sama deng``).
_SAME_AS_NIK = re.compile(
    r"(?<![a-z])sama(?:[ \t]+(?:dengan|deng|dgn|dg))?[ \t]+(?:nik|ktp)[ \t,:.]*\Z"
    # the NPWP to be used now, the NIK said as a clause of its own (``ma dong bilang sekarang
    # pake NIK sa, 5371...``)
    r"|(?<![a-z])(?:pake|pakai)[ \t]+(?:nik|ktp)(?:[ \t]+(?:sa|saya|sy|beta|dia))?[ \t]*[,:]"
    r"[ \t]*\Z"
)
#: How far back the NPWP a NIK is said to stand for now is looked for, and how close before the
#: NIK's word the words saying so stand.
_NOW_REACH = 160
_NOW_NEAR = 40
#: Words before a NIK saying it is the NPWP now: a change, the new number, the sixteen digits
#: (``skrg katanya pake NIK``, ``Yang baru sama dgn NIK``, ``berubah jadi NIK``, ``Mohon
#: diperbaiki ke NIK``, ``Kalau sudah harus 16 digit, pakai NIK saya``, ``cukup tulis NIK``).
_NOW = re.compile(
    r"(?<![a-z])(?:sekarang|skrg|skrang|skarang|sekarng|skg|kini|baru|jadi|jd|menjadi|berubah"
    r"|ganti|diganti|perbaiki|diperbaiki|ubah|diubah|cukup|16[ \t]?digit"
    # already in use as the NIK (``Punya sy sdh pakai NIK:``)
    r"|(?:sudah|sdh|su|udah)[ \t]+(?:pakai|pake|pakei|menggunakan)"
    # in use since a year (``NPWP pribadi sy ...; sejak 2024 pakai NIK``)
    r"|sejak[ \t]+(?:tahun[ \t]+|thn[ \t]+)?(?:19|20)[0-9]{2}[ \t,]+(?:pakai|pake|menggunakan)"
    # the writer's own said to be the NIK (``Punya saya pribadi sama dengan NIK,``)
    r"|sama[ \t]+(?:dengan|dgn|dg|deng))(?![a-z])"
)
#: The writer has no NPWP, anywhere after the word (`_LACKING`).
_NO_NPWP_YET = re.compile(_LACKING + r"(?![a-z])")
#: An NPWP refused or a requirement said of it, between it and the NIK.
_REFUSED = re.compile(r"(?<![a-z])(?:ditolak|menolak|tolak|harus[ \t]+sama)(?![a-z])")
#: Sixteen digits, in groups or not: a NIK's length, which the NPWP now shares.
_NIK_LENGTHS_NPWP = re.compile(r"[0-9](?:[ .\-]?[0-9]){15}")
#: Said right after a NIK: it has become the NPWP (``NIK SY 5371... SDH JD NPWP``).
_BECAME_NPWP = re.compile(
    r"[ \t]*[,(]?[ \t]*(?:(?:(?:jadi|jd)[ \t]+)?(?:(?:itu|ini|tu)[ \t]+)?(?:(?:yang|yg)[ \t]+)?"
    r"(?:sudah|sdh|sdah|su|udah|telah)[ \t]+(?:jadi|jd|menjadi)[ \t]+npwp"
    # written into the NPWP's field, or said to serve as it (``JD SY ISI 5301... SAJA DI KOLOM
    # NPWP?``, ``5371... (NIK sebagai NPWP)``, ``NIK 5314... sebagai NPWP``, ``NIK Ibu 5371...
    # digunakan sebagai NPWP``)
    r"|(?:(?:saja|sj|aja)[ \t]+)?(?:di|ke)[ \t]+kolom[ \t]+npwp"
    r"|(?:nik[ \t]+|(?:(?:kini|sekarang|skrg)[ \t]+)?(?:di|dipakai|digunakan|dipake)[ \t]+)?"
    r"(?:sebagai|sbg)[ \t]+npwp)"
)


def _old_npwp_on_the_line(lowered: str, begin: int) -> bool:
    """Whether the NIK at ``begin`` follows, on its line, the writer's old NPWP written out and
    words of its change to the NIK (``Beta pung yang lama 71.447.936.6-920.000, dong bilang
    sekarang pake NIK, 5320...``): the NIK given as the NPWP it now is."""
    reach = max(0, begin - _OLD_NPWP_LINE)
    line = max(lowered.rfind("\n", reach, begin) + 1, reach)  # (no further than the reach)
    old = _OLD_NPWP_WRITTEN.search(lowered, line, begin)
    return (
        old is not None
        and _OLD_BEFORE.search(lowered, max(line, old.start() - 16), old.start()) is not None
        and _NOW_THE_NIK.match(lowered, old.end(), begin) is not None
    )


#: An old NPWP written out: its groups with their marks, or parted by spaces (``47 463 394 3
#: 921 000``).
_OLD_NPWP_WRITTEN = re.compile(
    rf"{lex.NPWP15_FORMAT.pattern}|(?<![0-9]){lex.NPWP15_SPACED.pattern}"
)


#: The old one, right before an NPWP written out (``yang lama``, ``NPWP lama``).
_OLD_BEFORE = re.compile(r"(?<![a-z])lama[ \t:]*\Z")
#: Between the old NPWP and the NIK after it: said to be the NIK now (``, dong bilang sekarang
#: pake NIK, ``, ``, skrg pakai NIK ``).
_NOW_THE_NIK = re.compile(
    r"[ \t]*[,;]?[^\n.]{0,30}?(?<![a-z])(?:sekarang|skrg|skrang|kini)[ \t]+"
    r"(?:pake|pakai|pakei|menggunakan|jadi|jd)[ \t]+(?:nik|ktp)"
    # (whose: ``sekarang pake NIK sa, 5371...``)
    r"(?:[ \t]+(?:sa|sy|saya|beta|ku))?[ \t]*[,:]?[ \t]*(?:\x1f[ \t]*)?\Z"
)


#: How far back on its line an old NPWP before a NIK is looked for.
_OLD_NPWP_LINE = 160


def _nik_now_npwp(facts: _Facts, begin: int) -> bool:  # noqa: PLR0911 - a ladder of checks
    """Whether a number after ``NIK`` is the NPWP the writer says the NIK now is, since a
    person's NPWP became the NIK: an NPWP named before the NIK (the old one, or asked for), and
    right before the NIK words of a change (``NPWP SY YG LAMA ... APA MSH BERLAKU? KATANYA SKRG
    PAKAI NIK 5371...``) (a NIK said after it to have become the NPWP is read before, by
    `_BECAME_NPWP`); not where the writer has no NPWP (``belum punya NPWP, sekarang pakai
    NIK``: the NIK in its place) nor a form's ``NIK :`` field under an NPWP's."""
    if _old_npwp_on_the_line(facts.lowered, begin):
        return True
    if "npwp" not in facts.marks:
        return False  # (most texts)
    further = facts.before(begin, _NOW_REACH)
    nik_at = -1
    for match in lex.NIK_WORD.finditer(further):
        nik_at = match.start()
    named = further.rfind("npwp", 0, nik_at) if nik_at != -1 else -1
    if named == -1:
        return False
    line = further.rfind("\n", 0, nik_at) + 1
    if (
        further[line:nik_at].strip(" \t-*0123456789.)") == ""  # a form's field label
        or _NO_NPWP_YET.search(further, named) is not None
        # (``NPWP saya ... ditolak, katanya harus sama dengan NIK saya``: the NIK it must match)
        or _REFUSED.search(further, named, nik_at) is not None
    ):
        return False
    # the words of change in the NIK's own sentence (``Petugas jelaskan NPWP sekarang = NIK.
    # Pelapor sebut NIK 5371...``: the caller's NIK), or in a question about the NPWP right
    # before it that the NIK answers (``'jadi sekarang NPWP beta apa?' Dia bilang, 'Bapa pung
    # NIK tu, 5371...'``)
    opening = _sentence_start(further, nik_at)
    now = _NOW.search(further, max(named + 4, nik_at - _NOW_NEAR, opening), nik_at)
    if now is not None and not (
        # (``NIK saya sama dengan NIK 5312...``: a NIK said to match a NIK)
        now.group().startswith("sama") and lex.NIK_WORD.search(further, opening, now.start())
    ):
        return True
    line_start = further.rfind("\n", 0, nik_at)
    if line_start > 0:
        # the answer to the turn before, which asks for the NPWP alone (``Agen: NPWP bapak?``
        # then ``Penelepon: Pakai NIK, 5371...``)
        previous = further[further.rfind("\n", 0, line_start) + 1 : line_start].rstrip()
        # (or its question's own sentence: ``... pake NIK. Jadi NPWP ade sekarang apa?``)
        asking = previous[max(previous.rfind(". "), previous.rfind(": ")) + 1 :]
        if previous.endswith("?") and any(
            "npwp" in question and lex.NIK_WORD.search(question) is None
            for question in (previous, asking)
        ):
            return True
    asked = further.rfind("?", named, nik_at)
    return (
        asked != -1
        and asked >= line_start
        and further.rfind(".", asked, nik_at) == -1
        and _NOW.search(further, _sentence_start(further, named), asked) is not None
    )


#: A turn's head: a chat's time stamp at most, then the speaker's label or a name found there,
#: and its colon (``Penelepon:``, ``[19/03/2026 07.07] [NAME]:``).
_TURN_HEAD = r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[^\W\d_][^:\n?]{0,30}|\x1f[ \t]*):"
#: A speaker's label before a number, with a few words of its own (``Penelepon: Yang lama``):
#: the turn that answers the question before it.
_ANSWER = re.compile(_TURN_HEAD + r"[^\n\d?:\x1f]{0,48}")
#: Said right after a number to be the NIK (``(SAMA DGN NIK)``, ``, sama dengan NIK``).
_SAID_SAME_AS_NIK = re.compile(
    r"[ \t\u00a0]*[(,\-]?[ \t\u00a0]*(?:sama|=)(?:[ \t\u00a0]+(?:dengan|dgn|dg|deng))?"
    r"[ \t\u00a0]+(?:nik|ktp)(?![a-z])"
)
#: A speaker's label and nothing else before the number (``Penelepon: 02-66-160753``).
_BARE_ANSWER = re.compile(_TURN_HEAD + r"[ \t]*")


#: A fixed line's owner named right before it by its written form: a business noun then its
#: name in title case (``Apotek Kasih Ibu``, ``Toko Sinar Abadi``), or ``TU`` in capitals
#: (Tata Usaha, an office's administration; ``tu`` in lower case is Kupang Malay for *that*),
#: then at most a phone word.
#: A speaker's label of a written-out call right before a number (``\nPelanggan: ``), whose
#: word is a customer number's context word elsewhere (``ID pelanggan``).
_SPEAKER_LABEL = re.compile(r"\n[ \t]*(?:pelanggan|penelepon|nasabah)[ \t]*:[ \t]*\Z")
#: A line's label that says a fixed line after it is a home's (``No. rumah:``, ``Telp rmh``),
#: at the start of its line.
_HOME_LABEL = re.compile(
    r"(?:\A|\n)[ \t\u00a0]*(?i:no|nomor|nmr|telp|tlp|telpon|telepon)\.?[ \t\u00a0]*"
    r"(?i:rumah|rmh)[ \t\u00a0]*[:.=-]?[ \t\u00a0]*\(?\Z"
)
_OFFICE_NAME_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:Apotek|Apotik|Toko|Klinik|Kios|Warung|Bengkel|Salon|Laundry|Koperasi"
    r"|Rumah Makan|APOTEK|APOTIK|TOKO|KLINIK|KIOS|WARUNG|BENGKEL|SALON|LAUNDRY|KOPERASI)"
    r"(?:[ \t\u00a0]+[A-Z][A-Za-z0-9'\-]*){1,4}|(?<![A-Za-z])TU)"
    r"[ \t\u00a0]*[,:]?[ \t\u00a0]*(?i:(?:telp|tlp|telpon|telepon|no|nomor)\.?[ \t\u00a0]*[:.]?"
    r"[ \t\u00a0]*)?\(?\Z"
)


class _Facts:
    """What the detector reads once per text: the reporter's known NIKs and phones, whether the
    text opens as an office's message, and the words after the number being classified."""

    __slots__ = (
        "_after",
        "_after_at",
        "_block_ends",
        "_blocks",
        "_ends",
        "_own_ends",
        "_sender",
        "_starts",
        "_template",
        "_windows",
        "context",
        "lowered",
        "marks",
        "niks",
        "phones",
        "plain",
        "shown",
    )

    def __init__(self, context: DetectionContext) -> None:
        self.context = context
        self.niks = context.known.nik_numbers()
        self.phones = context.known.phone_numbers()
        # the national numbers read so far (in text order) as a scam's
        self.shown: set[str] = set()
        # No span collapsed by anyone but this detector: a window with no finding in reach is
        # a slice of ``lowered`` where that slice is ASCII (``str.lower`` of it, then).
        self.plain = not context._local_starts
        self.lowered = context.lowered
        # which of the words some owner rules first look for the whole text holds, read once
        self.marks = text_marks(self.lowered)
        self._starts, self._ends = context.collapsed()
        # The ends of the spans this detector collapsed, as `DetectionContext.cover` keeps them.
        self._own_ends: list[int] = []
        # The blocks of collapsed spans the windows before a number show as one ``\x1f``: the
        # earlier findings (merged where they touch), then this detector's joined in (`cover`).
        self._blocks = list(self._starts)
        self._block_ends = list(self._ends)
        self._sender: bool | None = None
        self._template: bool | None = None
        self._after_at = -1
        self._after = ""
        # The windows `before` read since the last `cover` (the rules of one number read the
        # same window several times); a window changes only when a span is collapsed.
        self._windows: dict[tuple[int, int], str] = {}

    def cover(self, start: int, end: int) -> None:
        """Collapse a finding for the later windows (`DetectionContext.cover`)."""
        self._windows.clear()
        self.context.cover(start, end)
        if not self._own_ends or start >= self._own_ends[-1]:  # (as the context keeps it)
            self._own_ends.append(end)
            # joined with the blocks it overlaps or touches
            blocks, block_ends = self._blocks, self._block_ends
            first = bisect_left(block_ends, start)  # the first block that ends at or after it
            after = bisect_right(blocks, end)  # the blocks that start at or before its end
            if first < after:
                start = min(start, blocks[first])
                end = max(end, block_ends[after - 1])
            blocks[first:after] = [start]
            block_ends[first:after] = [end]

    def before(self, position: int, width: int = CONTEXT_WIDTH) -> str:
        """`DetectionContext.window_before`, read once per place and width until the next
        `cover` (`_before`)."""
        key = (position, width)
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = self._before(position, width)
        return window

    def _before(self, position: int, width: int) -> str:
        """`DetectionContext.window_before`, read from the lowered text where that is the same.

        The window is the last ``width`` characters of the text before ``position`` (at most
        `CONTEXT_LOOKBACK` back) with every block of collapsed spans (earlier findings and this
        detector's, joined where they overlap or touch) that starts before ``position`` and ends
        after the lookback's start made one ``\\x1f``: the blocks are kept joined (`cover`), so
        the window is built from slices of ``lowered`` between them. Where the result is ASCII it
        is what ``str.lower`` makes of the text's window (the lowered text differs from the text
        only in ASCII letters, at the same offsets); elsewhere it is left to
        `DetectionContext.window_before`.
        """
        if not self.plain:
            return self.context.window_before(position, width=width)
        lo = max(0, position - CONTEXT_LOOKBACK)
        blocks, block_ends = self._blocks, self._block_ends
        lowered = self.lowered
        index = bisect_left(blocks, position) - 1  # the last block that starts before it
        if index < 0 or block_ends[index] <= lo:  # no block in reach
            window = lowered[max(lo, position - width) : position]
        else:
            pieces: list[str] = []
            visible = 0
            right = position
            while index >= 0 and block_ends[index] > lo:
                end = block_ends[index]
                piece = lowered[min(end, position) : right]
                pieces.append(piece)
                pieces.append("\x1f")
                visible += len(piece) + 1
                start = blocks[index]
                right = max(start, lo)
                if visible >= width:
                    break
                index -= 1
            else:
                pieces.append(lowered[lo:right])
            pieces.reverse()
            window = "".join(pieces)[-width:]
        if window.isascii():
            return window
        return self.context.window_before(position, width=width)

    def window_before(self, position: int, *, width: int) -> str:
        """`before` under the name `DetectionContext.window_before` has (``stated_owner`` reads
        its wider clause through it)."""
        return self.before(position, width)

    def template(self) -> bool:
        """Whether the text is a template or a specimen (`_TEMPLATE`), read once."""
        if self._template is None:
            self._template = _TEMPLATE.search(self.lowered) is not None
        return self._template

    def sender(self) -> bool:
        """Whether the text opens as an office's message (`office_sender`), read once."""
        if self._sender is None:
            self._sender = office_sender(self.context.lowered)
        return self._sender

    def after(self, end: int) -> str:
        """The window after ``end`` that the owner rules read (kept for the number's checks).

        `DetectionContext.window_after` (earlier findings collapsed; this detector's own are
        not), read from the lowered text where no earlier finding reaches into the window, or
        where one does and the next one starts after the window's end (a slice, ``\\x1f``, a
        slice), in both cases only where the result is ASCII.
        """
        if end != self._after_at:
            self._after_at = end
            self._after = self._window_after(end)
        return self._after

    def _window_after(self, end: int) -> str:
        starts, ends = self._starts, self._ends
        lowered = self.lowered
        index = bisect_right(ends, end)  # the first earlier finding that ends after ``end``
        count = len(starts)
        if index == count or starts[index] >= end + AFTER_WIDTH:
            window = lowered[end : end + AFTER_WIDTH]
        else:
            start = starts[index]
            hi = min(len(lowered), end + CONTEXT_LOOKBACK)
            cursor = max(end, ends[index])
            visible = max(0, start - end) + 1
            limit = min(hi, cursor + AFTER_WIDTH - visible)
            if start >= hi or (index + 1 < count and starts[index + 1] < limit):
                return self.context.window_after(end, width=AFTER_WIDTH)
            window = lowered[end:start] + "\x1f" + lowered[cursor:limit]
        if window.isascii():
            return window
        return self.context.window_after(end, width=AFTER_WIDTH)

    def owner_after(self, end: int) -> str | None:
        """`following_owner` of the window after ``end``, skipped where no office's or
        institution's word is in that window (every rule there needs one)."""
        window = self.after(end)
        if (
            OFFICE_WORDS.search(window) is None
            and "nom" not in window
            and POSED_AGENCY.search(window) is None  # ``ngaku dr bank ntt``
            and "ngaku" not in window  # ``ngaku anak kos sa``
        ):
            return None
        return following_owner(window)


#: A water utility's connection number or a customer's code written in pairs (``02-08-755456``,
#: ``No Samb;...`` then ``09-17-671734``): no phone is written so, though its digits may read as
#: a fixed line's (``022 6218570``); a mobile's ``08-12-...`` is still read as one.
_CONNECTION_SHAPE = re.compile(r"(?!08|62)[0-9]{2}-[0-9]{2}-[0-9]{5,7}")
_CONNECTION_LENGTH = 11


#: A range of clock times (``09.00-13.00``, ``08:00 - 12:00``): opening hours, never a number.
_TIME_RANGE = re.compile(
    r"(?:[01][0-9]|2[0-4])[.:][0-5][0-9][ \t]?[-\u2013][ \t]?(?:[01][0-9]|2[0-4])[.:][0-5][0-9]"
)
#: The fewest characters a match of `_TIME_RANGE` has (``09.00-13.00``).
_TIME_RANGE_LEAST = 11


def _connection_number(text: str, begin: int, end: int) -> bool:
    """Whether the number at ``begin`` is written as a connection number (`_CONNECTION_SHAPE`),
    its first pair too where the run was cut after it (``12-`` before ``08-909293``)."""
    if begin >= 3 and text[begin - 1] == "-" and text[begin - 3 : begin - 1].isdigit():
        begin -= 3
    return _CONNECTION_SHAPE.fullmatch(text, begin, end) is not None


#: The contexts read once per shape of number in a table-long run (`_TABLE_GROUPS`).
_Table = dict[tuple[bool, bool, bool, bool], tuple[bool, str | None, str | None]]


def _run_contexts(  # noqa: PLR0917 - positional in this hot private call
    text: str, begin: int, run_end: int, facts: _Facts, digits: str, table: _Table | None
) -> tuple[bool, str | None, str | None]:
    """`_contexts` of the number ``digits`` at ``begin``; in a table-long run, the one read for
    the first number of the same shape (`_TABLE_GROUPS`)."""
    long, fixed = len(digits) >= 15, _fixed_line_prefix(digits)
    if table is None:
        return _contexts(text, begin, run_end, facts, long, fixed)
    shape = (long, fixed, begin > 0 and text[begin - 1] in "+(", digits[0] in "06")
    read = table.get(shape)
    if read is None:
        read = table[shape] = _contexts(text, begin, run_end, facts, long, fixed)
    return read


_ALLOWED = "allowed"
#: The most digit groups one number may have (``51.2 99.829.7.146.377``: an NPWP typed with a
#: stray space; ``53 13 07 16 10 11 11 79``: a NIK read out in pairs).
_MAX_GROUPS = 8
#: How far back (in visible characters) the words saying whose an NPWP is are read.
_NPWP_REACH = 120


#: The digits of an old NPWP.
_NPWP_LENGTH = 15


def _npwp_shaped(digits: str, text: str, begin: int, end: int) -> bool:
    """Whether a number with no NPWP's word before it has an individual's NPWP's shape: the old
    fifteen digits written plain, or with the ``0`` the sixteen-digit form puts before them,
    ending in a branch's ``000``. No NIK opens with ``0`` and mobiles and cards are shorter; an
    account of fifteen digits ending ``000`` is rare, and the shape is read only where an NPWP
    is spoken of (`_persons_npwp_alone`). So too the old layout with its marks and one digit
    short (`lex.NPWP15_MISTYPED`: ``tertulis 67.517.74.4-921.000``), as a slip or a form
    mistyped it."""
    length = len(digits)
    if length == _NPWP_LENGTH - 1:
        return lex.NPWP15_MISTYPED.fullmatch(text, begin, end) is not None
    return (
        digits.endswith("000")
        and (length == _NPWP_LENGTH or (length == _NPWP_LENGTH + 1 and digits[0] == "0"))
        and text[begin:end].isdigit()
    )


#: A list's item marker opening a line (``1.``, ``2)``, ``-``, ``•``).
_ITEM_LINE = re.compile(r"[ \t]*(?:[0-9]{1,3}[.)]|[-*\u2022])[ \t]+")


def _in_a_list_of_npwps(lowered: str, begin: int) -> bool:
    """Whether the number at ``begin`` stands in a list's item that names someone before it,
    under an item of the same list (up to `_ITEMS_ABOVE` items up) that names someone before an
    NPWP written as one (`_WRITTEN_AS_AN_NPWP`), in a text that speaks of NPWPs before them: a
    row of a list of persons' NPWPs (not a list of the data asked for, ``1. 05.854...`` then
    ``2. 5371...``, whose items are the NPWP, then the NIK)."""
    line = lowered.rfind("\n", 0, begin) + 1
    item = _ITEM_LINE.match(lowered, line) if line > 1 else None
    if item is None or _NAMED.search(lowered, item.end(), begin) is None:
        return False
    for _ in range(_ITEMS_ABOVE):
        above = lowered.rfind("\n", 0, line - 1) + 1
        above_item = _ITEM_LINE.match(lowered, above)
        if above_item is None or line <= 1:
            return False
        npwp = _WRITTEN_AS_AN_NPWP.search(lowered, above_item.end(), line)
        if npwp is not None and _NAMED.search(lowered, above_item.end(), npwp.start()) is not None:
            return lowered.rfind("npwp", 0, above) != -1
        line = above
    return False


#: The writer giving their own number right before it (``Ini punya sy``, ``punya saya ya:``,
#: Kupang's ``Ini punya sa,``).
_GIVEN_AS_MINE = re.compile(
    r"(?<![a-z])punya[ \t]+(?:saya|sy|sa|beta|aku)[ \t]*(?:ya[ \t]*)?[,:]?[ \t]*\Z"
)
#: How many items above a number a list of persons' NPWPs is looked for.
_ITEMS_ABOVE = 4
#: An NPWP written as one in a list's item: the old groups with their marks, with one mark or a
#: space between all of them, or with the sixteen-digit form's ``0`` (``69.136.610.5-922.000``,
#: ``15.582.608.1.920.000``, ``76 892 584 8 924 000``, ``082.027.928.4-920.000``), or its digits
#: plain ending a branch's ``000`` (``0827999254920000``).
_WRITTEN_AS_AN_NPWP = re.compile(
    r"(?<![0-9])(?:0?[0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]-[0-9]{3}\.[0-9]{3}"
    r"|[0-9]{2}([.\- ])[0-9]{3}\1[0-9]{3}\1[0-9]\1[0-9]{3}\1[0-9]{3}"
    r"|0?[0-9]{12}000)(?![0-9])"
)


#: Letters before a list's number: someone named (a name, or a name found and collapsed).
_NAMED = re.compile(r"[a-z]{2}|\x1f")
#: Persons' own NPWPs asked for or given inside a line (``bendahara jemaat minta NPWP
#: pribadi.``, ``NPWP pribadi pengurus untuk laporan ke Dinas Koperasi:``), their items after it.
_PERSONS_NPWPS_SAID = re.compile(r"(?<![a-z])npwp[ \t]+(?:pribadi|perorangan)(?![a-z])")
#: How far after such words their items may run.
_PERSONS_NPWPS_REACH = 240
#: A NIK's or a card's word: a number after it is the NIK, whatever NPWPs were asked for.
_IDENTITY_WORD = re.compile(r"(?<![a-z])(?:nik|ktp|kk)(?![a-z])")


def _in_a_line_of_npwps(lowered: str, begin: int) -> bool:
    """Whether the number at ``begin`` is an item of persons' NPWPs given along one line after
    the words that ask for them or name them (``minta NPWP pribadi. Pdt. [NAME] sudah kirim:
    5306...``, ``NPWP pribadi pengurus ...: Ketua [NAME] 5371...; Sekretaris [NAME] ...``):
    someone named in its item (after the last ``;`` or full stop), and no NIK's word between."""
    line = lowered.rfind("\n", 0, begin) + 1
    heading = None
    for heading in _PERSONS_NPWPS_SAID.finditer(  # noqa: B007 - the last one is wanted
        lowered, max(line, begin - _PERSONS_NPWPS_REACH), begin
    ):
        pass
    if heading is None or lowered[begin - 1] == "(":
        return False
    if _IDENTITY_WORD.search(lowered, heading.end(), begin) is not None:
        return False
    item = max(lowered.rfind(";", heading.end(), begin), lowered.rfind(". ", heading.end(), begin))
    return _NAMED.search(lowered, max(item + 1, heading.end()), begin) is not None


def _persons_npwp_alone(lowered: str, begin: int, end: int) -> bool:
    """Whether an NPWP-shaped number with no word before it (`_npwp_shaped`) is read as an
    NPWP: an NPWP is spoken of before it, it is written there for the first time (a number
    given again keeps what its first writing was read as: ``NPWP sekolah: 0615...``, then
    ``di bukti potong sy NPWP-nya 0615...``), not in a bracket (an explanation's example),
    and no body is named on its line before it (a register's row of schools)."""
    if lowered.rfind("npwp", 0, begin) == -1 or lowered.rfind(lowered[begin:end], 0, begin) != -1:
        return False
    if begin and lowered[begin - 1] == "(":
        return False
    line = lowered[lowered.rfind("\n", 0, begin) + 1 : begin]
    return lex.ORGANISATION_FIRST_WORDS.isdisjoint(
        lex.LETTERS.findall(line)
    ) or _in_a_line_of_npwps(lowered, begin)


def _npwp(known: _Facts, begin: int, end: int) -> str:
    """An NPWP's kind: a person's is `PiiKind.NPWP`; an organisation's is left (``_ALLOWED``):
    said so before it, on its letterhead, or by the name right after it (``NPWP : ...`` then
    ``Nama WP : CV SASANDO MANDIRI``, ``KOPERASI TELUK KUPANG SEJAHTERA``, ``NAMA : BENDAHARA
    DINAS SOSIAL``)."""
    before = _row_window(known.lowered, begin, known.before(begin, _NPWP_REACH))
    if (
        _organisation_npwp(before)
        or _treasurers_npwp(known.context.text, begin, end, before)
        or _letterhead_npwp(known.context.text, known.context.lowered, begin, before)
        or _BODY_NAMED_AFTER.match(known.after(end)) is not None
        or _example(before, known.context.text[begin:end], known)
    ):
        return _ALLOWED
    return PiiKind.NPWP


def _row_window(lowered: str, begin: int, window: str) -> str:
    """``window`` (before the NPWP at ``begin``) cut to its row where the NPWP is a row's cell
    under a table's ``NPWP`` header: the row's words are the person's (``Bendahara [NAME]
    ...``), not words said of the header's NPWP."""
    if _header_column(lowered, begin, cells_only=True) == "npwp":
        return window[window.rfind("\n") + 1 :]
    return window


def _treasurers_npwp(text: str, begin: int, end: int, before: str) -> bool:
    """Whether an old fifteen-digit NPWP opens with ``00``, the code the tax office gives a
    government treasurer (``Bendahara Pengeluaran Dinas ... (NPWP 00.816.343.2-920.000)``), and
    nobody says it is theirs or fills a person's field with it right before (``NPWP sy
    00.831...``, ``NPWP : 00.305...`` under a person's ``Nama :``): the treasurer's, no person's."""
    digits = "".join(char for char in text[begin:end] if char.isdigit())
    return (
        len(digits) == 15  # the old NPWP's length
        and digits.startswith("00")
        and digits != "000000000000000"
        # (searched from its reach, the word cut there seen whole: ``Desa`` is no ``sa``)
        and lex.WRITERS_OWN.search(before, max(0, len(before) - _OWN_NPWP_REACH)) is None
        and _PERSONS_FORM_ABOVE.search(before) is None
    )


#: How far before an NPWP the writer's own word is looked for (``NPWP lama sy``).
_OWN_NPWP_REACH = 24
#: A person's name field on a form's line above the NPWP's (``Nama : UMAR BAF ADAL`` then
#: ``NIK : ...`` then ``NPWP : ...``).
_PERSONS_FORM_ABOVE = re.compile(r"(?:\A|\n)[ \t]*nama[ \t]*:[^\n]*\n(?:[^\n]*\n){0,3}[^\n]*\Z")


#: An example's word right before a number (``Contoh format: 09.123...``, ``(contoh
#: 01.234...)``, ``SPESIMEN``).
_EXAMPLE = re.compile(
    r"(?<![a-z])(?:contoh|misal|misalnya|spesimen|specimen)(?![a-z])[^\n]{0,16}\Z"
    # (further on its line, what is written being shown: ``Contoh penulisan NPWP 16 digit:
    # ...``, ``Contoh penulisan: NPWP 15 digit ... menjadi 16 digit ...``)
    r"|(?<![a-z])contoh[ \t]+(?:penulisan|format|pengisian)(?![a-z])[^\n]{0,60}\Z"
)


def _example(before: str, number: str, facts: _Facts) -> bool:
    """Whether an NPWP is an example's, nobody's: said to be one right before it, all zeros
    (a specimen card's ``00.000.000.0-000.000``), one digit over and over (a form's
    ``99.999.999.9-999.999``) or the digits counted up in a template (``12.345.678.9-012.000``
    where the text speaks of examples or leaves fields to fill in)."""
    return (
        _EXAMPLE.search(before) is not None
        or _placeholder("".join(char for char in number if char.isdigit()), facts)
        # (a specimen card's heading over its lines: ``SPESIMEN KARTU NPWP`` then ``NPWP : ...``)
        or (
            ("pesimen" in before or "pecimen" in before)
            and _SPECIMEN_HEADING.search(before) is not None
        )
    )


def _placeholder(digits: str, facts: _Facts) -> bool:
    """Whether an identity number's digits are a form's placeholder: one digit over and over
    (``99.999.999.9-999.999``), or the digits counted up (``1234567890123456``,
    ``12.345.678.9-012.000``) in a template (`_TEMPLATE`: a complaint that quotes its own
    ``NIK 1234567890123456`` as rejected gives a number, however it looks)."""
    return len(set(digits)) <= 1 or (
        len(digits) >= _COUNTED_LEAST
        and _COUNTED.startswith(digits[:_COUNTED_LEAST])
        and facts.template()
    )


def _placeholder_mobile(digits: str, facts: _Facts) -> bool:
    """Whether a mobile's digits are a form's placeholder in a template: ``08`` (or ``628``)
    then the digits counted up (``0812-3456-7890``, ``+62 812 3456 789``)."""
    national = digits[1:] if digits[:2] == "08" else digits[2:] if digits[:3] == "628" else ""
    return (
        len(national) >= _COUNTED_MOBILE
        and _COUNTED.startswith(national[1:_COUNTED_MOBILE])
        and facts.template()
    )


#: What says a text is a template or a specimen: its examples, its fields left to fill in.
_TEMPLATE = re.compile(
    r"contoh|template|templat|format|diisi|isikan|kosongkan|spesimen|specimen|example"
    r"|\.{6,}|x{4,}|_{6,}"
)


#: The digits counted up from one, and how many of them open a placeholder (``123456789...``).
_COUNTED = "1234567890123456"
_COUNTED_LEAST = 9
#: The fewest digits of a mobile, after its ``0`` or ``62``, read as a placeholder's.
_COUNTED_MOBILE = 10
#: The fewest digits of a number read as an identity number's placeholder.
_PLACEHOLDER_LEAST = 12
#: A specimen's heading on a line of its own a few lines above the number.
_SPECIMEN_HEADING = re.compile(r"(?:\A|\n)[ \t]*(?:spesimen|specimen)(?![a-z])")


#: An account said to be a body's right before its number (``rekening giro JNE``, ``rekening
#: penampung``: a current or a collection account, an office's or a business's).
_BODYS_ACCOUNT_OWNERS = (
    "penampung",
    # a public service agency's receiving account (``Rekening penerimaan BLUD: Bank NTT ...``)
    "penerimaan",
    # a business's, a committee's (``rekening usaha BCA ...``, ``rek panitia``)
    "usaha",
    "panitia",
    "yayasan",
    "perusahaan",
    "koperasi",
    "gereja",
    "masjid",
    # a school's, its committee's and its students' council's, an office's technical unit's
    # (``rekening komite Bank NTT``, ``rekening OSIS``, ``rek UPTD Pasar``)
    "sekolah",
    "komite",
    "osis",
    "uptd",
    "upt",
    # a public hospital's or agency's own (``rekening BLUD RSU Leona``)
    "blud",
    # a village's treasury and enterprise (``rekening kas desa Bank NTT``, ``rekening BUMDes``)
    "kas",
    "bumdes",
    # a church's synod and its district (``rekening Sinode Bank NTT ...``)
    "sinode",
    "klasis",
    # a group's, farmers' and fishers' groups', a village's water enterprise (``rekening
    # kelompok``, ``rekening Gapoktan``, ``rek PAMDes``)
    "kelompok",
    *sorted(lex.VILLAGE_GROUP_WORDS - {"bumdes"}),  # (``bumdes`` is above)
    # a workshop's, a shop's, a stall's (``Bisa transfer ke rek bengkel BRI ...``)
    "bengkel",
    "toko",
    "kios",
    "warung",
    "depot",
)
_BODYS_ACCOUNT = re.compile(
    # (or paid to the body: ``transfer ke BLUD Bank NTT ...``)
    r"(?<![a-z])(?:rekening|rek\.?|(?:transfer|tf|setor)[ \t]+ke)[ \t]+"
    # a current account, a business's (``rekening giro CV ...``, ``rekening giro POS INDONESIA``)
    r"(?:giro|"
    + "|".join((*_BODYS_ACCOUNT_OWNERS, "majelis"))
    + r")(?![a-z])(?:[^\n.;\x1f]|(?<=[0-9])\.)*\Z"
)
#: Of `_BODYS_ACCOUNT`, the words one of which every match holds.
_BODYS_ACCOUNT_WORDS = frozenset({"giro", "majelis", *_BODYS_ACCOUNT_OWNERS})
#: A company named right before a number on its line, then a dash or a colon (``Ke : PT TIMOR
#: BANGUN PERSADA — ``): the company's account.
_COMPANY_BEFORE = re.compile(
    r"(?<![a-z])(?:pt|cv|ud)\.?[ \t]+[a-z][a-z0-9 .&']{1,40}?[ \t]*[\u2014\u2013:\-][ \t]*"
    r"(?:[0-9]+[.\- ])*\Z"
    # a bank statement's transfer to or from a company (``TRF KE CV SASANDO ABADI 161-00-...``)
    r"|(?<![a-z])(?:trf|transfer)[ \t]+(?:ke|dari)[ \t]+(?:pt|cv|ud)\.?[ \t]+"
    r"[a-z][a-z0-9 .&']{1,40}?[ \t]+\Z"
)


def _bodys_account(window: str) -> bool:
    """Whether a body's account word (`_BODYS_ACCOUNT`) leads up to the number in its sentence,
    with no personal account named after it (`lex.WRITERS_OWN`: ``rek Majelis Jemaat Bank
    NTT ... atau ke rek sa pribadi BRI``) and no person holding it
    (``rekening panitia a.n. [NAME] Bank NTT ...``)."""
    found = _BODYS_ACCOUNT.search(window)
    return (
        found is not None
        and lex.WRITERS_OWN.search(window, found.start()) is None
        and _HELD_BY_A_PERSON.search(window, found.start()) is None
    )


#: A person named as an account's holder (``a.n. [NAME]``).
_HELD_BY_A_PERSON = re.compile(r"(?<![a-z])(?:a\.?[ \t]?n\.?|atas[ \t]+nama)[ \t:.]{0,3}\x1f")


def _letterhead_account(text: str, facts: _Facts, begin: int, end: int, window: str) -> bool:
    """Whether the account at ``begin`` is on a line of details (its NPWP, seat, telephone) of
    the letterhead a text in capitals opens with (`_capitals_letterhead`; before the
    letterhead's first blank line), with no holder named before it or after it."""
    line = text.rfind("\n", 0, begin) + 1
    return (
        begin <= LETTERHEAD_REACH
        and "\n\n" not in text[:begin]
        and _LETTERHEAD_LINE_OPENING.match(facts.lowered, line) is not None
        and _capitals_letterhead(text, facts.lowered, begin)
        and "\x1f" not in window[window.rfind("\n") + 1 :]
        and lex.HOLDER_AFTER.match(facts.after(end)) is None
    )


#: The words a letterhead's line of details opens with: its street, telephone, seat.
_LETTERHEAD_DETAIL_WORDS = "jl|jln|jalan|telp|telepon|sekretariat|alamat"
#: How a letterhead's line of details opens (its NPWP, seat, street, telephone).
_LETTERHEAD_LINE_OPENING = re.compile(rf"[ \t]*(?:npwp|{_LETTERHEAD_DETAIL_WORDS})(?![a-z])")


#: A body named right after a number, on its line or the next (on the lower-cased window after
#: it): after a name's label (``Nama WP : CV ...``, ``NAMA : BENDAHARA ...``, ``a.n. TOKO SUMBER
#: REJEKI``), any body's word; with no label, only a body's own name (``KOPERASI ...``, ``CV
#: ...``): a person's number is often followed by their workplace's field (``Kantor: Dinas
#: PUPR``, ``Sekolah: ...``), which says where they work, not whose the number is, and a sole
#: trader's own NPWP by their business's (``Nama Usaha : Kios ...``), which is not a body's.
_BODY_NAMED_AFTER = re.compile(
    # (a slip's NITKU line between: ``A.1 NPWP : ...``, ``A.2 NITKU : ...``, ``A.3 Nama : CV``)
    r"(?:[ \t]*\n[ \t]*(?:[a-z]\.[0-9]{1,2}[ \t]+)?nitku[^\n]*)?"
    # (in a bracket too: ``0010... (a.n. SD INPRES BAKUNASE 2)``)
    r"[ \t]*(?:\n[ \t]*(?:[a-z]\.[0-9]{1,2}[ \t]+)?)?(?:\([ \t]*(?=a\.?[ \t]?n|atas))?(?:"
    r"(?:nama(?:[ \t]+(?:wp|wajib[ \t]+pajak|pkp|pemotong|badan|tujuan|penerima"
    r"|pemilik(?:[ \t]+rekening)?))?|a\.?[ \t]?n\.?"
    r"|atas[ \t]+nama)[ \t]*:?[ \t]*"
    # a body's name in quotes after ``a.n.`` (``a.n. "UPT SAMSAT PEMUTIHAN"``, ``atas nama
    # "Konsultan Pajak Timor"``): what the writer quotes is no person's name
    r"(?:[\"\u201c][^\"\u201c\u201d\n]{1,60}[\"\u201d]"
    r"|badan|perusahaan|toko|koperasi|kop|yayasan|pdam|perumda|bumdes|bumdesa|cv"
    r"|pt|ud|firma|bendahara|bendaharawan|ksp|kopdit|depot|bengkel|kios|warung|apotek|catering"
    r"|restoran|hotel|travel|salon|laundry|rental|sekretariat|dinas|dinsos|dinkes|disdukcapil"
    r"|dukcapil|kantor|gereja|masjid|sekolah|panitia|komite|blud|rsud|puskesmas|upt|uptd"
    r"|kelompok|pemkot|pemda|kas[ \t]+daerah|rpl|posko"
    # farmers' and fishers' groups, a village's water enterprise and treasury (``a.n. KUB Nusa
    # Indah``, ``a.n. Poktan Oe Mata``, ``a.n. Gapoktan``, ``(KAS DESA LIMAGU)``)
    r"|kub|poktan|gapoktan|pamdes|kas[ \t]+desa|desa"
    # shops' and services' trades (``a.n. KATERING TIGA RASA KUANINO``, ``a.n. GROSIR SEMBAKO
    # ...``, ``a.n. FOTOKOPI & ATK ...``, ``a.n. BUS KENARI MAS``)
    r"|katering|grosir|fotokopi|fotocopy|percetakan|konveksi|bakery|bus|ekspedisi|penginapan"
    # courses and training centres, credit unions, online shops and stalls, boarding houses,
    # organisers, clinics (``a.n. LKP TIGA PUTRA``, ``a.n. LEMBAGA KURSUS ...``, ``a.n. PUSAT
    # PELATIHAN ...``, ``a.n. CU TELUK BIRU``, ``a.n. OLSHOP ...``, ``a.n. KOST EKSKLUSIF ...``)
    r"|lkp|lpk|lembaga|pusat[ \t]+pelatihan|cu|olshop|lapak|kos|kost|kedai|wo|eo|klinik|kurir"
    # a church council's, a parish's, a committee of members' (``a.n. Majelis Jemaat``)
    r"|majelis|jemaat|klasis|paroki|pengurus|persekutuan"
    # a school's (``a.n. SD INPRES ...``, ``a.n. SMPN 2``)
    r"|sd|sdn|sdi|sdk|smp|smpn|smpk|sma|sman|smak|smk|smkn|mts|mtsn|paud|tk)"
    # the account's holder in brackets right after it (``(rekening toko)``, ``(rekening RT)``)
    r"|\((?:rekening|rek\.?)[ \t]+(?:toko|usaha|panitia|rt|rw|komite|sekolah|koperasi|gereja"
    r"|kantor|perusahaan|kelompok)\)"
    # (``(KAS DESA LIMAGU)``: the village treasury's)
    r"|\([ \t]*kas[ \t]+desa(?![a-z])"
    r"|(?:koperasi|kop|yayasan|bumdes|bumdesa|cv|pt|ud|firma|ksp|kopdit|masjid|gereja)"
    # the body named in brackets right after it (``(NPWP Majelis Jemaat)``)
    r"|\(npwp[ \t]+(?:majelis|gereja|masjid|sekolah|koperasi|yayasan|kantor|badan|desa|toko"
    r"|usaha|perusahaan|dinas|bumdes))(?![a-z])"
)


def _capitals_letterhead(text: str, lowered: str, begin: int) -> bool:
    """Whether ``text`` (``lowered``, lower-cased) opens with a letterhead in capitals (``SINAR
    PRINT OEBOBO``, maybe a line of what it does, then its street, telephone or mailbox) above
    the line at ``begin`` or on it (``Sekretariat: Jl. ... — Telp. ... — NPWP ...``)."""
    first = text[: text.find("\n")] if "\n" in text else ""
    if not first or not first.isupper() or len(first.split()) < _HEADING_WORDS:
        return False
    line_end = lowered.find("\n", begin)
    return (
        _LETTERHEAD_DETAIL_LINE.search(
            lowered, len(first), line_end + 1 if line_end != -1 else begin
        )
        is not None
    )


#: A person a letter is addressed to (``Yth. [NAME]``, ``Yth. Sdr. [NAME]``) or a taxpayer's
#: name under its heading (``NAMA DAN ALAMAT WAJIB PAJAK`` then ``[NAME]``), in a window where
#: findings stand collapsed.
_PERSON_OPENS_LINE = re.compile(
    r"(?<![a-z])yth\.?[ \t:]*(?:(?:sdr|sdri|bapak|ibu|bpk)\.?[ \t]*)?\x1f"
    r"|wajib[ \t]+pajak[^\n]*\n[ \t]*\x1f"
)
#: The fewest words of a letterhead's name in capitals.
_HEADING_WORDS = 2
#: A letterhead's line of details: its street, its telephone, its mailbox.
_LETTERHEAD_DETAIL_LINE = re.compile(
    rf"\n[ \t]*(?:{_LETTERHEAD_DETAIL_WORDS})(?![a-z])[^\n]*\n|\n[^\n]*@[^\n]*\n"
)


def _letterhead_npwp(text: str, lowered: str, begin: int, known_before: str) -> bool:
    """Whether the NPWP at ``begin`` is on an ``NPWP`` line of the letterhead of a text that
    opens with an organisation's name (``KOPERASI TUNAS HARAPAN``, its address and lines, then
    ``NPWP 01.412...``), with no person's word before it and no person's field in
    ``known_before`` (the window before the number, earlier findings collapsed)."""
    if begin > LETTERHEAD_REACH or (
        _ORGANISATION_LINE.match(lowered) is None
        # (a heading in capitals with no person found under it: not ``KEMENTERIAN KEUANGAN``
        # ... ``Yth. [NAME]`` then ``NPWP``, a tax office's letter to a person)
        and (
            _PERSON_OPENS_LINE.search(known_before) is not None
            or not _capitals_letterhead(text, lowered, begin)
        )
    ):
        return False
    line = lowered.rfind("\n", 0, begin) + 1
    # the organisation's own name is no person's word (``APOTEK KASIH IBU``)
    heading_end = max(0, lowered.find("\n", 1))
    return (
        (
            _NPWP_LINE.fullmatch(lowered, line, begin) is not None
            # (or at the end of its address's line: ``Sekretariat: Jl. …, Kupang — NPWP``; not
            # after a person found on the line: ``Ketua : [NAME] — NPWP``)
            or (
                _NPWP_AFTER_DASH.search(lowered, line, begin) is not None
                and "\x1f" not in known_before[known_before.rfind("\n") + 1 :]
            )
        )
        and lex.NPWP_PERSON.search(lowered, heading_end, begin) is None
        # (a person's field between: ``Nama : [NAME]``, ``Yang menerima : [NAME]``, on the
        # window, where earlier findings stand collapsed)
        and _PERSONS_FIELD.search(known_before) is None
    )


#: A line's head up to its NPWP: the word and a separator (``NPWP : ``, ``NPWP. ``), after a
#: school's register number on the same line (``NPSN 55670513  NPWP : ``).
_NPWP_LINE = re.compile(r"[ \t]*(?:npsn[ \t.:]*[0-9]{8}[ \t]+)?npwp[ \t]*[:.]?[ \t]*")
#: ``NPWP`` after a dash, a bar, a middle dot or a full stop ending a letterhead's line (``JL.
#: PALAPA NO. 51, Kupang. Telp (0380) 843 981. NPWP``), then its number.
_NPWP_AFTER_DASH = re.compile(r"[\u2014\u2013|\-.\u00b7][ \t]*npwp[ \t]*[:.]?[ \t]*\Z")


def _organisation_npwp(window: str) -> bool:  # noqa: PLR0911, PLR0912 - a decision ladder
    """Whether the NPWP whose number ``window`` (lower-cased) ends before is an organisation's:
    a company's, a cooperative's, a foundation's, a shop's, a village enterprise's or an office
    treasurer's, which the annotation guide does not label (it labels a person's, whoever the
    person is).

    The words between ``NPWP`` and the number decide first, the first of them where both stand
    (``NPWP sy``, ``NPWP pribadi``: a person's; ``NPWP badan``, ``NPWP toko``, ``NPWP
    bendahara``, ``NPWP koperasi tempat saya menjadi anggota``: an organisation's); else the
    closer of a person's word and an organisation's name before ``NPWP`` in its clause, which
    ends where a phone's does (`last_clause`: a sentence's end, a line, ``;``) (``CV Sinar
    Timor, NPWP ...``, ``Koperasi di kampung pung NPWP ...``; ``Pajak daerah sy bayar dengan
    NPWP ...``). Without the word ``NPWP`` nothing is said.
    """
    at = window.rfind("npwp")
    if at == -1:
        return False
    between = window[at + 4 :]
    if _OWNERS_NPWP.search(window, max(0, at - _POSSESSIVE_REACH), at) is not None:
        # ``minta beta pung NPWP untuk lamar kerja di PT ...``: the person's NPWP, whatever
        # body it is used for after
        return False
    if _NPWP_GIVEN.search(between) is not None:
        # ``NPWP koperasi 02.340... sudah sy kasih.`` then ``[...] [NAME]: 44.571...``: the word
        # had its number in a sentence that ended its line; it says nothing of a later one
        return False
    if between[:1] == "d" and not between[1:2].isalpha():
        # ``NPWPD : ...``: a business's regional taxpayer number, as the guide's ``NPWPD
        # Catering ...``, unless a person's word says whose (``NPWPD saya``)
        return lex.NPWP_PERSON.search(between) is None
    if not between.strip(" \t:") and _OFFICE_BEFORE_BRACKET.search(
        window, max(0, at - _OFFICE_NAME_REACH), at
    ):
        return True  # ``Inspektorat Daerah Kota Kupang (NPWP ...)``: the office's
    if _VILLAGES.match(between) is not None:
        return True  # ``NPWP desa 01.839...``: the village's (its head's is ``NPWP kepala desa``)
    person_between = lex.NPWP_PERSON.search(between) or _APPLICANT.match(between)
    organisation_between = lex.NPWP_ORGANISATION.search(between)
    if organisation_between is not None and _ASKING.match(between, organisation_between.end()):
        # ``NPWP yang bendahara minta``: the NPWP the treasurer asked for, not the treasurer's
        organisation_between = None
    if person_between is not None:
        # the first of the two decides (``NPWP koperasi tempat saya menjadi anggota``: the
        # cooperative's; ``NPWP sy untuk toko``: mine)
        return (
            organisation_between is not None
            and organisation_between.start() < person_between.start()
        )
    if organisation_between is not None:
        # a list under the heading, whose row names its person (``Rekap NPWP guru honor
        # (diminta bendahara)`` then ``Rosalina Bana — 7040...``): the row's person's
        row = between.rfind("\n")
        return row < organisation_between.end() or "\x1f" not in between[row:]
    if (
        _TREASURER_BEFORE.search(window, max(0, at - _TREASURER_REACH), at) is not None
        # (not a treasurer among the members whose own NPWPs a list asks for: ``NPWP pribadi
        # pengurus:`` then ``- Bendahara, NPWP ...``)
        and _PERSONAL_NPWPS.search(window, 0, at) is None
    ):
        return True  # ``Bendahara Pengeluaran, NPWP ...``: the office's withholding number
    line = window[window.rfind("\n", 0, at) + 1 : at]
    if _COMPANY_SPEAKS.match(line) is not None and lex.NPWP_PERSON.search(line) is None:
        return True  # ``[...] PT TENUN NUSANTARA: Kami bawa akta, NIB ..., NPWP ...``
    clause = last_clause(window[:at])
    organisation = person = -1
    named_end = -1
    for match in lex.NPWP_ORGANISATION_BEFORE.finditer(clause):
        organisation, named_end = match.start(), match.end()
    for match in lex.NPWP_PERSON.finditer(clause):
        if organisation != -1 and _INSIDE_A_NAME.fullmatch(clause, named_end, match.start()):
            continue  # ``Yayasan Peduli Anak Sabu NPWP``: a word of the body's name
        person = match.start()
    for match in _PERSON_TITLE.finditer(clause):
        # ``Pengurus Yayasan ... menerangkan bahwa Sdri. [NAME], NIK ..., NPWP``: a person
        # introduced by a title after the body's name
        person = max(person, match.start())
    for match in _OWNER_NAMED.finditer(clause):
        # ``Pemilik kios : [NAME], NPWP``: the business's owner named, whose NPWP it is
        person = max(person, match.end())
    for match in _CERTIFIED.finditer(clause):
        # ``Koperasi ... menerangkan bahwa [NAME], NIK ..., NPWP``: the person the body's
        # letter speaks of
        person = max(person, match.end())
    opening = clause.strip(" \t")
    if organisation == person == -1 and (
        opening == ""
        or _ROW_NUMBER.fullmatch(opening)
        # a body's register number before it on its line (``NIB 9120932331628 | NPWP``)
        or _REGISTER_LEAD.fullmatch(opening)
    ):
        # ``NPWP :`` opening a form's line (``2. NPWP :``): a receipt's or an invoice's lines
        # before it say whose (``TOKO SINAR ABADI``, ``Kepada: CV Timor Jaya``, ``1. Nama Pelaku
        # Usaha : KOPERASI ...``), when no person's word is there.
        # (the NPWP's own line too, where a register's row opens with the body: ``Koperasi
        # Produsen Garam Oebelo;NPWP ...``)
        before = window[:at]
        headings = list(_ORGANISATION_LINE.finditer(before))
        return (
            bool(headings)
            # (a person's word under the heading; one above it is another section's: ``Dari :
            # ... (usaha perorangan)`` then ``Kepada : CV CAHAYA MUTIS`` / ``NPWP :``)
            and lex.NPWP_PERSON.search(before, headings[-1].end()) is None
            # a person's field after the organisation's lines (``Nama : [NAME]``, ``Yang
            # menerima : [NAME]``): the person's NPWP under it
            and _PERSONS_FIELD.search(before, headings[-1].end()) is None
            # a slip's recipient's section after its withholder's (``Penerima Penghasilan`` /
            # ``NPWP/NIK :``, ``A. IDENTITAS PENERIMA PENGHASILAN YANG DIPOTONG``)
            and _RECIPIENTS_SECTION.search(before, headings[-1].end()) is None
        )
    return organisation > person


#: A body's letter saying something of a person found (``menerangkan bahwa [NAME]``,
#: ``menyatakan bahwa Sdri. [NAME]``).
_CERTIFIED = re.compile(r"(?<![a-z])bahwa[ \t]+(?:[a-z.]{2,8}[ \t]+)?\x1f")
#: Between a body's word and a person's word that belongs to the body's name: words only, at
#: most two (``yayasan peduli anak``, ``panti asuhan kasih ibu``).
_INSIDE_A_NAME = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+")
#: A withholding slip's section of its recipient, a line of its own.
_RECIPIENTS_SECTION = re.compile(
    r"\n[ \t]*(?:[a-z0-9]{1,2}[.)][ \t]*)?(?:identitas[ \t]+)?penerima[ \t]+penghasilan"
)
#: A field of a form or a receipt whose value is a name found (``Nama : [NAME]``, ``Yang
#: menerima : [NAME]``, ``Pembeli : [NAME]``, an invoice's ``Kepada : [NAME]``) or a NIK found
#: (``Yang menerima,`` / ``[NAME]`` / ``NIK : [NIK]``), or a civil servant's number (``NIP :
#: 19800912 ...``): the form is a person's, the school, the office or the business above it
#: their workplace or their payer.
_PERSONS_FIELD = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:nama(?:[ \t]+[a-z]+){0,3}|yang[ \t]+menerima|penerima|pembeli|kepada"
    r"|pemilik(?:[ \t]+[a-z]+)?|wajib[ \t]+pajak|nik)[ \t]*:[ \t]*\x1f|nip[ \t]*:[ \t]*[0-9])"
)
#: A body's register number opening an NPWP's line (``NIB 9120932331628 |``, ``NPSN 50307121``).
_REGISTER_LEAD = re.compile(r"(?:nib|npsn)[ \t.:]*[0-9]{8,13}[ \t]*[|,;/\-]?")
#: An office's name right before a bracket that holds its NPWP (``Inspektorat Daerah Kota
#: Kupang (NPWP``, ``Dinas PUPR (NPWP``).
_OFFICE_BEFORE_BRACKET = re.compile(
    r"(?<![a-z])(?:inspektorat|dinas|badan|kantor|sekretariat|kecamatan|kelurahan|puskesmas|rsud"
    r"|upt|uptd|dprd|setda|pemkot|pemkab|pemprov|majelis|sinode|klasis|bapenda|bpkad)"
    r"(?:[ \t]+[a-z]+){0,5}[ \t]*\([ \t]*\Z"
)
#: A chat's line a company or a cooperative speaks (``[21/05/2026 13.57] PT TENUN NUSANTARA:``).
_COMPANY_SPEAKS = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:pt|cv|ud|koperasi|kopdit|ksp|yayasan)\.?[ \t]+"
    r"[^:\n\x1f]{1,40}:"
)
#: How far before ``(NPWP`` its office's name is read.
_OFFICE_NAME_REACH = 60
#: A person's title (``Sdri.``, ``Tn.``) in an NPWP's clause.
#: (Abbreviated only: ``perusahaan Saudara`` is the reader's company, ``CV Tiga Saudara`` a name.)
_PERSON_TITLE = re.compile(r"(?<![a-z])(?:sdr|sdri|sdra|tn|ny|nn)(?![a-z])")
#: A person's possessive right before ``NPWP`` (``beta pung``, ``sy punya``, ``saya
#: punya``), and how far back it is read.
_OWNERS_NPWP = re.compile(
    r"(?<![a-z])(?:sy|saya|sa|beta|aku|dia|ku)[ \t]+(?:pung|punya|pny|pnya)[ \t]+\Z"
)
_POSSESSIVE_REACH = 16
#: A number (or a finding) after ``NPWP``, then the end of its sentence ending the line.
_NPWP_GIVEN = re.compile(r"[0-9\x1f][^\n]*[a-z0-9][.!?][ \t]*\n")
#: A business's owner named in a field or a clause (``Pemilik kios : [NAME]``, ``pemilik
#: warung [NAME]``), in a window where findings stand collapsed.
_OWNER_NAMED = re.compile(r"(?<![a-z])pemilik(?:[ \t]+[a-z]+){0,2}[ \t]*:?[ \t]*\x1f")
#: A body's word asking for the NPWP named before it (``NPWP yang bendahara minta``).
_ASKING = re.compile(r"[ \t]+(?:minta|meminta|mintak|tagih|menagih|tanya|suruh|perlu)(?![a-z])")
#: The applicant's word right after ``NPWP`` on a form (``NPWP Pemohon :`` under ``NPWP Badan``),
#: or a person named as its holder (``NPWP atas nama [NAME]``): the person's.
_APPLICANT = re.compile(
    r"[ \t]+(?:pemohon(?![a-z])|(?:atas[ \t]+nama|a\.?[ \t]?n\.)[ \t]*:?[ \t]*\x1f)"
)
#: An office's treasurer named right before ``NPWP`` (``Bendahara Pengeluaran, NPWP``); a
#: treasurer asking for the NPWPs (``Bendahara minta NPWP``) is not its holder.
_TREASURER_BEFORE = re.compile(
    r"(?<![a-z])bendahara(?:wan)?(?:[ \t]+(?:pengeluaran|penerimaan|gaji|bos|dana|desa|sekolah"
    r"|kantor|dinas|barang|pembantu))?"
    # the office after its treasurer, and the NPWP in a bracket (``bendahara Dinas PUPR (NPWP``,
    # ``bendahara Disperindag (NPWP``)
    r"(?:[ \t]+(?:dinas|badan|bagian|kecamatan|kelurahan|puskesmas|rsud|dis[a-z]{2,}|din[a-z]{2,}"
    # (an agency by its short name, a school: ``Bendahara Pengeluaran DPMPTSP Kota Kupang (NPWP``,
    # ``bendahara SMAN 6 Kupang (NPWP``)
    r"|dpmptsp|bapenda|bpkad|bkpsdm|bappeda|setda|sd|sdn|sdk|sdi|smp|smpn|smpk|sma|sman|smak"
    r"|smk|smkn|sd[ \t]+inpres)"
    r"(?:[ \t]+[a-z0-9]+){0,2}"
    # (any unit a spending treasurer serves, by its short name: ``Bendahara Pengeluaran UKPBJ
    # (NPWP``, ``Bendahara Pengeluaran Dikbud (NPWP``)
    r"|(?<=pengeluaran)(?:[ \t]+[a-z][a-z0-9]{1,11}){1,3})?[ \t]*[,:(]?[ \t]*\Z"
)
#: A cooperative's registration number's words (``NIK koperasi``, ``Nomor Induk Koperasi``)
#: ending a window, maybe with two words or a bracket after them.
_COOPERATIVES_NUMBER = re.compile(
    r"(?<![a-z])(?:nik|nomor[ \t]+induk)[ \t]+koperasi(?:[ \t(]+[a-z]+){0,2}[ \t]*[:(]?[ \t]*\Z"
    # (its certificate's heading over a ``NIK :`` field: ``SERTIFIKAT NOMOR INDUK KOPERASI`` /
    # ``NIK : 5371...``)
    r"|(?<![a-z])nomor[ \t]+induk[ \t]+koperasi[^\n]*\n[ \t]*nik[ \t]*[:.]?[ \t]*\Z"
)
#: How far back `_COOPERATIVES_NUMBER` is looked for.
_COOPERATIVES_REACH = 48
#: A heading asking for people's own NPWPs (``NPWP pribadi pengurus:``).
_PERSONAL_NPWPS = re.compile(r"npwp[ \t]+(?:pribadi|perorangan)[^\n]*:[ \t]*\n")
#: How far before ``NPWP`` its treasurer is looked for.
_TREASURER_REACH = 40
#: A village's or its treasury's word right after ``NPWP``.
_VILLAGES = re.compile(r"[ \t]+(?:desa|kelurahan|kas[ \t]+desa)(?![a-z])")
#: A form's row number (``2.``, ``3)``).
_ROW_NUMBER = re.compile(r"[a-z]\.[0-9]{1,2}|[0-9]{1,2}[.)]")
#: A line that opens with an organisation's name, maybe after a field's label (``TOKO SINAR
#: ABADI``, ``Kepada: CV Timor Jaya Konstruksi``), or an invoice's or receipt's title
#: (``FAKTUR``, ``NOTA``) above a business's lines; on the lower-cased text.
_ORGANISATION_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[0-9]{1,2}[.)][ \t]*)?"
    # a field's label, not one naming a person's workplace (``Instansi : SMK Negeri 4``,
    # ``Unit kerja :`` under ``Nama Narasumber :``)
    r"(?:(?!(?:instansi|unit[ \t]+kerja|tempat[ \t]+(?:kerja|tugas)|asal[ \t]+[a-z]+)[ \t]*:)"
    r"[a-z ]{1,24}:[ \t]*)?"
    # a letter's addressee (``Kepada Yth. CV LOPO KARYA``, ``Yth. Wajib Pajak CV ...``)
    r"(?:(?:kepada[ \t]+)?yth\.?[ \t]*(?:wajib[ \t]+pajak[ \t]+)?)?"
    # (after its leader's role: ``Kepada Yth.`` then ``Direktur CV Bintang Selatan``)
    r"(?:(?:direktur|pengurus|pimpinan)[ \t]+)?"
    r"(?:toko|cv|pt|ud|koperasi|yayasan|apotek|bumdes|ksu|ksp"
    r"|mini[ \t]?market|swalayan|supermarket|hotel|restoran|penginapan|losmen"
    # a school's heading (``SMK NEGERI 3 KUPANG`` then ``NPSN``, ``NPWP``)
    r"|sekolah|sdn?|smpn?|sman?|smkn?|mtsn?|sdk|smpk|smak|sdi"
    r"|perumda|firma|bengkel|kios|faktur|kuitansi|kwitansi|nota|warung|t0ko|depot|percetakan"
    r"|kopdit"
    # a phone counter's heading (``COUNTER PULSA BERKAT``)
    r"|counter|konter"
    # a withholding slip's section of who withheld the tax (``C. IDENTITAS PEMOTONG``)
    r"|(?:[a-z][.)][ \t]*)?identitas[ \t]+(?:pemotong|pemungut))(?![a-z])"
)


#: The fewest digits of a bank account, the shortest kind that needs no phone prefix.
_SHORTEST_ACCOUNT = 10
#: A run of more digit groups than this is a table or a pasted sequence, not numbers written in a
#: sentence: every number in it is read with the context found before its first number of the
#: same shape, instead of reading the words before each one (there are none inside the run), so a
#: run of thousands of groups (``(0(0(0...``) costs what its length costs, not a full context
#: reading per group. No text of the corpora has such a run.
_TABLE_GROUPS = 32


@attrs.frozen(kw_only=True)
class NumberDetector:
    """NIK, KK, NPWP, phone, BPJS and bank account numbers, in one pass over digit runs.

    A run of digits (with spaces, dots, dashes or brackets between them) is split into its
    groups; the longest sequence of up to seven groups that classifies wins, then the scan moves on.
    A run is cut where an earlier detector's finding (an email, an address) lies inside it, as
    the tag written there would cut it.
    Classification, in order: the known identity; a *negative* context word (ticket, invoice,
    billing, customer id...) vetoes; a context word for KK / NPWP / BPJS / bank decides; a valid
    NIK structure (or a NIK context word) makes a NIK; the ``99.999.999.9-999.999`` layout makes an
    NPWP; a number ``phonenumbers`` accepts makes a phone (any ``+`` country, or Indonesian
    ``0``/``62`` prefixes). Amounts written after ``Rp`` are never classified.

    Attributes:
        name: the detector name recorded in spans.
        kinds: which kinds to report (the others are still recognised, so they are not
            misreported as something else).
        allowed_phones: E.164 numbers never reported (office hotlines).
        only_known: report only the known identity's NIKs and phones (used by views that hide
            the reporter but may show other personal data).
    """

    name: str = attrs.field(default="numbers", validator=_detector_name)
    kinds: frozenset[PiiKind] = attrs.field(default=NUMBER_KINDS, validator=_string_set)
    allowed_phones: frozenset[str] = attrs.field(default=frozenset(), validator=_string_set)
    only_known: bool = attrs.field(default=False, validator=_flag)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find identity, phone and account numbers in ``text`` (the whole text is read here,
        the findings are returned in text order)."""
        found: list[Finding] = []
        lettered = _Spans()
        known = _Facts(context)
        if not self.only_known:
            for finding in self._lettered(context, known, lettered):
                lettered.add(finding.start, finding.end)
                known.cover(finding.start, finding.end)
                if finding.kind in self.kinds:
                    found.append(finding)
        runs = [
            span
            for run in lex.DIGIT_RUN.finditer(text)
            if (span := _clear_of(text, run.span(), lettered)) is not None
        ]
        group = lex.DIGIT_GROUP.finditer
        length = len(text)
        starts, ends = context.collapsed()
        count = len(starts)
        for first_digit, after in runs:
            if (
                first_digit
                and text[first_digit - 1] in "_-"
                and (_in_file_name(text, first_digit) or _in_code(text, first_digit))
            ):
                continue
            if after - first_digit >= _BUPOT_LENGTH and _tax_document(text, first_digit, after):
                continue
            if after - first_digit >= _TIME_RANGE_LEAST and _TIME_RANGE.fullmatch(
                text, first_digit, after
            ):
                continue  # ``09.00-13.00``: opening hours, whatever a line's word before says
            # A run is digits and separators: without a separator it is one group.
            groups = (
                [(first_digit, after)]
                if text[first_digit:after].isdigit()
                else [m.span() for m in group(text, first_digit, after)]
            )
            # An earlier finding inside the run becomes a tag once redacted, which ends the run
            # there: classify the pieces between findings, as a second pass would
            # (`DetectionContext.overlaps_collapsed`, read from the sorted lists here).
            index = bisect_right(ends, first_digit)
            pieces = (
                context.split_uncovered(groups)
                if index < count and starts[index] < after
                else [groups]
            )
            for piece in pieces:
                if (
                    piece[0][0] == first_digit
                    and first_digit
                    and text[first_digit - 1].isalnum()
                    and not self._glued(text, first_digit)
                    and not context.touches_collapsed(first_digit)
                ):
                    continue
                if (
                    piece[-1][1] == after
                    and after != length
                    and text[after].isalpha()
                    and text[after].isascii()
                    and not context.touches_collapsed(after)
                    and _FIELD_AFTER.match(text, after) is None
                    and _GLUED_FIELD.match(text, after) is None
                ):
                    continue
                if len(piece) <= _MAX_GROUPS or not self._known_run(text, piece, known, found):
                    self._classify_run(text, piece, context, known, found)
        return iter(self._read_together(text, context, found))

    def _read_together(
        self, text: str, context: DetectionContext, found: list[Finding]
    ) -> list[Finding]:
        """``found`` once the rules that read a text's numbers together have spoken: lines
        paired with an office's, NIKs with letters for digits away from their word, NIKs and
        KKs broken by a line break, and which identity number is the NIK and which the KK."""
        if (
            "/" in text
            or "|" in text
            or "&" in text
            or "ato" in context.lowered
            or "atau" in context.lowered
            or "dan" in context.words
        ):
            found = _paired_lines(text, context, found)
        if not _IDENTITY_WORDS.isdisjoint(context.words):
            # a NIK's or a family card's numbers away from their word: written with letters for
            # digits, or broken by a line break
            found.extend(self._lettered_anywhere(context, found))
            if "\n" in text:
                found = _broken_identities(context, found, self.name)
        return settle_identities(context.lowered, found)

    def _lettered(
        self, context: DetectionContext, facts: _Facts, left: _Spans
    ) -> Iterator[Finding]:
        """NIK and KK numbers with letters for digits (``537l0545O7850012``) after their context
        word, when they have 15 to 17 digits once the letters are read as digits; mobiles with
        letters for digits after a phone word, unless the owner rules give them to an office or
        a scam (`_lettered_phones`: those are added to ``left``, which the digit runs inside
        them are not read in)."""
        taken = _Spans()
        lowered = context.lowered
        if "npwp" in lowered or "n p w p" in lowered:
            yield from self._scanned(context, taken)
        yield from self._nitkus(context, taken)
        if "," in lowered and (comma := _COMMA_GROUPS.search(lowered)) is not None:
            yield from self._comma_groups(context, facts, taken, comma.start())
        yield from self._lettered_cards(context, taken)
        yield from self._closing_mobile(context, taken)
        anchors = _anchors(lowered)
        if not anchors:
            return
        phones = [a for a in anchors if lowered[a[0] : a[1]] in _PHONE_ANCHORS]
        if phones:
            anchors = [a for a in anchors if lowered[a[0] : a[1]] not in _PHONE_ANCHORS]
        for match in _lettered_matches(lowered, anchors):
            raw = match.group("number")
            start, end = match.span("number")
            # plain digits are the digit-run pass's; a scanned NPWP may be read already
            # (``NPWP/NIK : 14.927.484.5-920.O0O``)
            if not any(char.isalpha() for char in raw) or taken.overlaps(start, end):
                continue
            digits = _as_digits(raw)
            real = sum(c.isdigit() for c in raw)
            if len(digits) not in _TOLERATED_ID_LENGTHS or real < 10:
                continue
            kind = _lettered_id_kind(context, match, start)
            taken.add(start, end)
            yield Finding(kind=kind, start=start, end=end, detector=self.name)
        for start, end in _lettered_numbers(lowered, anchors):
            if taken.overlaps(start, end) or context.overlaps_collapsed(start, end):
                continue
            raw = context.text[start:end]
            digits = _as_digits(raw)
            if len(digits) not in _TOLERATED_ID_LENGTHS or sum(c.isdigit() for c in raw) < 10:
                continue
            ident = _closest_context(context.window_before(start))[1]
            if ident in ("nik", "kk"):
                taken.add(start, end)
                kind = PiiKind.KK if ident == "kk" else PiiKind.NIK
                yield Finding(kind=kind, start=start, end=end, detector=self.name)
        if phones:
            yield from self._lettered_phones(context, facts, phones, taken, left)

    def _closing_mobile(self, context: DetectionContext, taken: _Spans) -> Iterator[Finding]:
        """A lettered mobile closing the text after the writer's name
        (`_closing_lettered_mobile`), and one right after a person's name on a scanned
        poster's or list's line (`_named_lettered_mobiles`)."""
        if PiiKind.PHONE not in self.kinds:
            return
        closing = _closing_lettered_mobile(context)
        if closing is not None:
            taken.add(*closing)
            yield Finding(kind=PiiKind.PHONE, start=closing[0], end=closing[1], detector=self.name)
        for start, end in _named_lettered_mobiles(context):
            if not taken.overlaps(start, end):
                taken.add(start, end)
                yield Finding(kind=PiiKind.PHONE, start=start, end=end, detector=self.name)

    def _lettered_anywhere(
        self, context: DetectionContext, found: list[Finding]
    ) -> Iterator[Finding]:
        """NIKs a scan or a register wrote with letters for digits away from any NIK word (a
        family card's rows, ``1 YOHANIS KELEN 537106161181O181 LAKI-LAKI``; a list under a
        heading that names NIKs): sixteen characters, ten digits or more, whose digits once the
        letters are read have a NIK's structure, in a text that names a NIK or a family card
        (the caller checks). They are read after every other number (``found``, which they do
        not overlap), so that no other number's context sees them as earlier findings."""
        lowered = context.lowered
        marks = lowered.encode("ascii", "replace").translate(_DIGIT_OR_LETTER)
        if b"dl" not in marks and b"ld" not in marks:
            return  # no letter typed for a digit beside one anywhere
        taken = _Spans()
        for finding in found:
            taken.add(finding.start, finding.end)
        for start in _lettered_sixteens(lowered, marks):
            end = start + _ID_LENGTH
            raw = lowered[start:end]
            if (
                sum(char.isdigit() for char in raw) < _LETTERED_DIGITS
                or taken.overlaps(start, end)
                or context.overlaps_collapsed(start, end)
                or not nik_structure_valid(_as_digits(raw))
            ):
                continue
            taken.add(start, end)
            yield Finding(
                kind=_card_or_nik(context, start), start=start, end=end, detector=self.name
            )

    def _lettered_cards(self, context: DetectionContext, taken: _Spans) -> Iterator[Finding]:
        """BPJS cards as a scan reads them (``No. Kartu : 000872O084B55``): thirteen characters
        with letters for some digits, ``000`` once read, after a card's word."""
        if _CARD_WORDS.isdisjoint(context.words):
            return  # most texts name no card
        lowered = context.lowered
        starts: set[int] = set()
        for word in _CARD_WORDS:
            at = lowered.find(word)
            while at != -1:
                for hit in _LETTERED_CARD.finditer(lowered, at, at + _NUMBER_REACH):
                    starts.add(hit.start())
                at = lowered.find(word, at + len(word))
        for start in sorted(starts):
            end = start + _CARD_LENGTH
            raw = lowered[start:end]
            if (
                # a match cut by the reach's end (the look-ahead sees the end of the slice)
                _ascii_lower_alnum(lowered[end : end + 1])
                or lex.LETTER_BY_DIGIT.search(raw) is None
                or sum(char.isdigit() for char in raw) < _CARD_DIGITS
                or not _as_digits(raw).startswith("000")
                or taken.overlaps(start, end)
                or context.overlaps_collapsed(start, end)
                or _closest_context(context.window_before(start))[1] != "bpjs"
            ):
                continue
            taken.add(start, end)
            yield Finding(kind=PiiKind.BPJS, start=start, end=end, detector=self.name)

    def _comma_groups(
        self, context: DetectionContext, facts: _Facts, taken: _Spans, first: int
    ) -> Iterator[Finding]:
        """A NIK or a KK read out in four groups with commas (``5314, 0404, 1209, 3351``) where
        its word stands before it or the question it answers asks for it (the first match of
        the pattern at ``first``), or the NIK said to be the NPWP asked for."""
        lowered = context.lowered
        hit = _COMMA_GROUPS.search(lowered, first)
        while hit is not None:
            start, end = hit.start() - 4, hit.end()
            # (a match that opens with a comma after a word, ``NIK, 5371, 0616, 0270``, is
            # looked for again from its next character: the groups may start there)
            resume = hit.end()
            if (
                start < 0
                or not lowered[start : hit.start()].isdigit()
                # part of a longer run (``..., 5314, 0404, ...``)
                or (start and lowered[start - 1] in "0123456789.,")
                or _GROUP_BEFORE.search(lowered, max(0, start - 3), start) is not None
                or _MORE_GROUPS.match(lowered, end) is not None
            ):
                resume = hit.start() + 1
            hit = _COMMA_GROUPS.search(lowered, resume)
            if (
                resume != end
                or taken.overlaps(start, end)
                or context.overlaps_collapsed(start, end)
            ):
                continue
            ident = _closest_context(context.window_before(start))[1]
            if ident is None:
                ident = _pointed_back(context.window_before(start, width=_WIDE_REACH))
            if ident == "nik":
                # (the NIK said to be the NPWP asked for: ``NPWP bapak?`` / ``Pakai NIK, 5371,
                # 0616, ...``)
                kind = PiiKind.NPWP if _nik_now_npwp(facts, start) else PiiKind.NIK
            elif ident == "kk":
                kind = PiiKind.KK
            elif ident == "npwp" and nik_structure_valid(
                "".join(char for char in lowered[start:end] if char.isdigit())
            ):
                kind = PiiKind.NPWP  # a NIK's shape under the NPWP's word: the NIK that is it
            else:
                continue
            taken.add(start, end)
            yield Finding(kind=kind, start=start, end=end, detector=self.name)

    def _scanned(self, context: DetectionContext, taken: _Spans) -> Iterator[Finding]:
        """A person's NPWPs as a scan reads them (`_scanned_npwps`), added to ``taken``."""
        for start, end in _scanned_npwps(context.lowered):
            if context.overlaps_collapsed(start, end) or _organisation_npwp(
                _row_window(context.lowered, start, context.window_before(start, width=_NPWP_REACH))
            ):
                continue
            taken.add(start, end)
            yield Finding(kind=PiiKind.NPWP, start=start, end=end, detector=self.name)

    def _nitkus(self, context: DetectionContext, taken: _Spans) -> Iterator[Finding]:
        """A person's NITKU after its word, or written in an NPWP's field (``NPWP`` / ``:`` /
        ``5306...000000``) (`_PERSONS_NITKU`), added to ``taken``: the NIK that is the person's
        NPWP and six zeros, so it holds the NPWP whole."""
        lowered = context.lowered
        for word in ("nitku", "npwp"):
            at = lowered.find(word)
            while at != -1:
                reach = at + len(word) + _NITKU_REACH + _NITKU_DIGITS
                hit = _PERSONS_NITKU.search(lowered, at + len(word), reach)
                if (
                    hit is not None
                    and nik_structure_valid(hit.group(1))
                    and not context.overlaps_collapsed(*hit.span())
                    and not taken.overlaps(*hit.span())
                ):
                    taken.add(*hit.span())
                    yield Finding(
                        kind=PiiKind.NPWP, start=hit.start(), end=hit.end(), detector=self.name
                    )
                at = lowered.find(word, at + len(word))
        if "0000" not in lowered:
            return
        for hit in _PERSONS_NITKU.finditer(lowered):
            # the same number with no word before it (a register's cell): its shape says what it
            # is, a person's unless the words before it give it to a body
            if (
                nik_structure_valid(hit.group(1))
                and not context.overlaps_collapsed(*hit.span())
                and not taken.overlaps(*hit.span())
                and not _organisation_npwp(context.window_before(hit.start(), width=_NPWP_REACH))
            ):
                taken.add(*hit.span())
                yield Finding(
                    kind=PiiKind.NPWP, start=hit.start(), end=hit.end(), detector=self.name
                )

    def _lettered_phones(
        self,
        context: DetectionContext,
        facts: _Facts,
        anchors: list[tuple[int, int]],
        taken: _Spans,
        left: _Spans,
    ) -> Iterator[Finding]:
        """Mobiles with letters typed or read for digits right after a phone word (``nomor wa sy
        O8S7072l9B76``): a mobile once the letters are read as digits, a person's unless the
        rules that read a number's owner (`_contexts`) give it to an office, a business or a
        scam (a shop's heading ``T0KO ...`` then ``TELP/WA 0BS2...``, a banner's ``HUB.
        PETUGAS : 0B22...``): those are left, and read as a whole."""
        lowered = context.lowered
        seen: set[int] = set()
        for at, after in anchors:
            whole = (not at or not lowered[at - 1].isalpha()) and not lowered[
                after : after + 1
            ].isalpha()
            reach = _WORD_PHONE_REACH if whole else _PHONE_REACH
            for hit in lex.LETTERED_PHONE.finditer(lowered, after, at + reach):
                start, end = hit.span()
                if end < len(lowered) and _ascii_lower_alnum(lowered[end]):
                    end = _before_next_word(lowered, start, end)
                if (
                    start in seen
                    or (start and _ascii_lower_alnum(lowered[start - 1]))
                    or (end < len(lowered) and _ascii_lower_alnum(lowered[end]))
                    or lex.LETTER_BY_DIGIT.search(lowered, start, end) is None
                    or taken.overlaps(start, end)
                    or context.overlaps_collapsed(start, end)
                    # a bracket's mobile fills it (``(OB53-4736-3543)``)
                    or (lowered[at] == "(" and (start != after or lowered[end : end + 1] != ")"))
                ):
                    continue
                seen.add(start)
                if not _lettered_mobile(context.text[start:end]):
                    continue
                said = _closest_context(context.window_before(start))[0]
                if said not in _LETTERED_MOBILE and (
                    said is not None or lowered[at:after] not in _NUMBER_ANCHORS
                ):
                    continue
                taken.add(start, end)
                owner = _contexts(context.text, start, end, facts, False, False)[1]  # noqa: FBT003
                if owner in ("office", "negative", SCAM):
                    left.add(start, end)  # as a plain office's line: left, and not read again
                    continue
                if PiiKind.PHONE in self.kinds:
                    yield Finding(kind=PiiKind.PHONE, start=start, end=end, detector=self.name)

    @staticmethod
    def _glued(text: str, start: int) -> bool:
        word_start = start
        while word_start > 0 and start - word_start < 8 and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start:start].lower() in lex.GLUED_CONTEXT

    def _classify_run(
        self,
        text: str,
        groups: list[tuple[int, int]],
        context: DetectionContext,
        known: _Facts,
        found: list[Finding],
    ) -> None:
        """Classify the numbers of one run of digit groups, appending findings to ``found``."""
        count = len(groups)
        # The digits of the whole run, and where each group ends in them.
        ends: list[int] = []
        joined = ""
        for a, b in groups:
            joined += text[a:b]
            ends.append(len(joined))
        first, after = groups[0]
        # A date opens with one or two digits, or a year, and a separator (`_after_date` reads
        # it then).
        index = (
            0
            if (after - first > 2 and after - first != _YEAR)
            or text[after : after + 1] not in ("-", "/", ".")
            else _after_date(text, groups)
        )
        if (
            index == 0
            and count > 1
            and after - first <= 2  # (a list's item number: one or two digits)
            and text[after : after + 2] in (". ", ") ")
            and _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, first) + 1, first) is not None
        ):
            # ``1. 79.083.663.6-920.000`` opening a line: a list's item number, no part of the
            # number after it
            index = 1
        index = _after_time_stamp(text, groups, index)
        run_end = groups[-1][1]
        table: _Table | None = {} if count > _TABLE_GROUPS else None
        unread = -1  # where the groups before were read as no number (none yet)
        while index < count:
            begin = groups[index][0]
            last = _last_group(text, groups, index, min(index + _MAX_GROUPS - 1, count - 1))
            offset = ends[index - 1] if index else 0
            digits = joined[offset : ends[last]]
            plus = begin > 0 and text[begin - 1] == "+"
            if len(digits) < 7 or (
                # Too short for an account or an identity number, and no phone prefix: nothing
                # this could be (amounts, dates, times), so no context is looked up.
                len(digits) < _SHORTEST_ACCOUNT and not plus and digits[0] not in "06"
            ):
                index += 1
                unread = index
                continue
            money, ctx, ident = _run_contexts(text, begin, run_end, known, digits, table)
            chosen: tuple[int, str] | None = None
            if not money:
                for stop in range(last, index - 1, -1):
                    length = ends[stop] - offset
                    if length > 17:
                        continue
                    if length < 7:
                        break
                    kind = self._classify(
                        digits[:length], text, begin, groups[stop][1], ctx, ident, plus, known
                    )
                    if kind is not None:
                        chosen = (stop, kind)
                        break
            if chosen is None or (
                unread == index and index and _inside_one_number(text, groups, index)
            ):
                index += 1
                unread = index  # the groups before it were read as no number
                continue
            stop, kind = chosen
            end = groups[stop][1]
            start = _opening(text, begin, end, plus=plus)
            if kind != _ALLOWED:
                known.cover(start, end)
                if kind in self.kinds:
                    # (`new_finding`: the same value, made without the keyword call)
                    found.append(new_finding(kind, start, end, self.name))
            index = stop + 1

    def _known_run(
        self,
        text: str,
        groups: list[tuple[int, int]],
        known: _Facts,
        found: list[Finding],
    ) -> bool:
        """Whether a run of more groups than a number has is the known identity's NIK or phone
        written digit by digit (``8 1 3 3 9 0 0 1 1 2 2``), recorded as one finding if so."""
        if not known.niks and not known.phones:
            return False
        joined = "".join(text[a:b] for a, b in groups)
        if joined in known.niks:
            kind = PiiKind.NIK
        elif known.phones and (joined in known.phones or _national(joined) in known.phones):
            kind = PiiKind.PHONE
        else:
            return False
        start, end = groups[0][0], groups[-1][1]
        if start and text[start - 1] == "+":
            start -= 1
        known.cover(start, end)
        if kind in self.kinds:
            found.append(Finding(kind=kind, start=start, end=end, detector=self.name))
        return True

    def _classify(  # noqa: PLR0911, PLR0912, PLR0917 - a ladder; positional in this hot call
        self,
        digits: str,
        text: str,
        begin: int,
        end: int,
        ctx: str | None,
        ident: str | None,
        plus: bool,  # noqa: FBT001
        known: _Facts,
    ) -> str | None:
        length = len(digits)
        if known.niks and digits in known.niks:
            return PiiKind.NIK
        if known.phones:
            national = _national(digits)
            if (national is not None and national in known.phones) or digits in known.phones:
                return PiiKind.PHONE  # also without its 0 (``813-3900-1122``)
        if ctx == "negative" or ident == "negative" or self.only_known:
            return None
        if ctx == SCAM:
            known.shown.add(_national(digits) or digits)
            return _ALLOWED  # a scam's number, whole: no part of it is another number
        if (length >= _PLACEHOLDER_LEAST and _placeholder(digits, known)) or _placeholder_mobile(
            digits, known
        ):
            # a form's ``1234567890123456``, ``0812-3456-7890``: nobody's, nor a part of it
            return _ALLOWED
        if ident == "kk" and length in _TOLERATED_ID_LENGTHS:
            if (
                length == 16
                and _member_row(known.context.lowered, begin)
                and nik_structure_valid(digits)
            ):
                return PiiKind.NIK  # a member's row of a family card's table: the member's NIK
            return PiiKind.KK
        if ident == "npwp" and length in (15, 16):
            return _npwp(known, begin, end)
        if ident == "npwp" and length == 14 and lex.NPWP15_MISTYPED.fullmatch(text, begin, end):
            # ``NPWP sy ... tertulis 09.640.237.-920.000``: a digit short, still its layout
            return _npwp(known, begin, end)
        if (
            ident == "bpjs"
            and (length == 13 or (length in (12, 14) and digits[:3] == "000"))
            # a mobile's prefix, written with ``+`` or not, is no card's (``no BPJS dia 0008...,
            # anaknya di Jawa +62 823...``)
            and not (plus or digits.startswith(("08", "628")))
        ):
            return PiiKind.BPJS  # ``no. BPJS 000654079572 (kurang satu angka)``: read short
        if ident == "bank" and 10 <= length <= 16:
            return PiiKind.BANK_ACCOUNT
        if (
            ident in (None, "nik")
            and _npwp_shaped(digits, text, begin, end)
            and (
                (ctx in (None, "nik") and _persons_npwp_alone(known.context.lowered, begin, end))
                or (
                    ident is None
                    and ctx == "institution"
                    and _in_a_line_of_npwps(known.context.lowered, begin)
                )
            )
        ):
            # where an NPWP is spoken of, a number of its own shape with no word before it
            # (``Penelepon : Ini: 074527136920000``) or under a NIK's word from a line before
            # (``pakai NIK 5302...`` then ``4. Yakobus — 0827406149922000``)
            return _npwp(known, begin, end)
        if (
            length == 15
            and ident == "nik"
            and (
                lex.NPWP15_FORMAT.fullmatch(text, begin, end)
                or lex.NPWP15_SPACED.fullmatch(text, begin, end)
                or lex.NPWP15_ONE_MARK.fullmatch(text, begin, end)
            )
        ):
            # ``NPWP ... sama dengan NIK, ..., jadi kartu lama 09.067.365.8-920.000``: written
            # as an NPWP is written, whatever word stands before it
            return _npwp(known, begin, end)
        if (
            ident is None
            and length == 16
            and ctx in (None, "nik")
            and _in_a_list_of_npwps(known.context.lowered, begin)
        ) or (
            ident is None
            and length == 16
            # (an office named before the items: ``NPWP pribadi pengurus untuk laporan ke Dinas
            # Koperasi: Ketua [NAME] 5371...``)
            and ctx in (None, "nik", "institution")
            and _in_a_line_of_npwps(known.context.lowered, begin)
        ):
            # ``Rekap NPWP:`` / ``1. Zakeus Tlonaen - 69.136.610.5-922.000`` / ``2. Andi Muh.
            # Ridwan - 5371...``: a row of a list of persons' NPWPs, the NIK that is the NPWP
            return _npwp(known, begin, end)
        if (
            ident in (None, "nik")
            and ctx in (None, ident)
            and length == 16
            and known.context.lowered.rfind("npwp", 0, begin) != -1
            and (mine := _GIVEN_AS_MINE.search(window := known.before(begin))) is not None
            # (a NIK's word from an earlier line, turn or sentence: ``pakai NIK 16 digit.``
            # then ``Ini punya sy ...``, ``skrg pake nik. ini punya sy ...``; not in the
            # number's own sentence)
            and "nik"
            not in window[
                max(window.rfind("\n", 0, mine.start()), window.rfind(". ", 0, mine.start())) + 1 :
            ]
        ):
            # ``Mohon kirim NPWP ...`` then ``Ini punya sy 5371...``: the writer's NPWP given
            # as asked, the NIK that is it (where no NPWP is spoken of, ``Ini punya saya:
            # 5371...`` is the NIK); the writer's own, whatever body's NPWP was named before
            return PiiKind.NPWP
        if (ident == "nik" and length in _TOLERATED_ID_LENGTHS) or (
            length == 16 and nik_structure_valid(digits)
        ):
            return PiiKind.NIK
        if (
            length == _CARD_LENGTH
            # (a NIK's or a KK's word before it names no card that opens ``000``: ``NIK 5305...,
            # kartu 0008259580664``)
            and (ident is None or (ident in ("nik", "kk") and ctx == ident))
            and ctx in (None, "phone", "nik", "kk")
            and not plus
            and digits.startswith("000")
            and len(digits[3:].lstrip("0")) >= _CARD_SERIAL  # not a counter's ``0000000000123``
        ):
            # A JKN card's number: thirteen digits that open ``000`` (``Kartu sy 0000 3942 7172
            # 9``, ``bapaknya [NAME] 0001733049291``): no line, no account and no register's
            # number takes that shape
            return PiiKind.BPJS
        if length == 17 or (length <= 8 and lex.DATE_SHAPE.fullmatch(text, begin, end)):
            return None
        if (
            length == 15
            and (
                lex.NPWP15_FORMAT.fullmatch(text, begin, end)
                or lex.NPWP15_ONE_MARK.fullmatch(text, begin, end)
                # (its groups set apart by spaces: ``76 892 584 8 924 000``, no line's shape)
                or lex.NPWP15_SPACED.fullmatch(text, begin, end)
            )
        ) or (length == 16 and lex.NPWP16_DOTTED.fullmatch(text, begin, end)):
            return _npwp(known, begin, end)
        if length <= _CONNECTION_LENGTH and _connection_number(text, begin, end):
            return None
        phone, kind = _e164_typed(digits, plus and not digits.startswith("62"), ctx == "phone")
        if phone is not None:
            fixed_line = not phone.startswith("+628")
            office = (
                ctx == "office"
                or (ctx == "institution" and fixed_line)
                or phone in self.allowed_phones
                # ``0800-1-...``: a toll-free line is an organisation's
                or _service_line(phone, kind)
            )
            if office or (
                ctx != "phone" and known.shown and (_national(digits) or digits) in known.shown
            ):
                # (a scam's number written again further on, ``Setelah transfer, nomor 0813...
                # tidak aktif`` after ``ditelpon nomor 0813..., mengaku petugas ... katanya
                # saya dapat bantuan``: left as it was shown there, unless a phone's word says
                # whose it is now)
                return _ALLOWED
            return PiiKind.PHONE
        return None
