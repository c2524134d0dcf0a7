"""Which of a text's identity numbers is the NIK and which the family card's (KK), once every
number has its kind from the words before it.

The number detector reads each number's kind from the context words before it. Some texts
decide it only when the numbers are read together, as the annotation guide says:

- a request names both kinds (``kirim NIK dan No KK``, ``Data pendukung (NIK, No. KK)``) and an
  answer gives two numbers side by side with no word of their own: they come in the order the
  request named them;
- a family card's own number stands right after its word (``No. KK : 5371...``); the numbers in
  the card's rows after it (``I NYOMAN MERTAYASA 5371... ANAK``) are its members' NIKs, and so are
  numbers given before a ``KK`` word that has its own number in the same line (``Bapa pung
  5371..., beta pung 5371..., KK 5371...``);
- a number said right after it to be one kind (``5317... itu nomor KK, bukan NIK``);
- a number given as the right one (``yang benar 5302...``) is of the kind of the number it
  corrects.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from pengaduan.redaction._detect_base import Finding

_KINDS = {"nik": PiiKind.NIK, "kk": PiiKind.KK}
#: A NIK's or a KK's word, in a lowered text (group 1: ``nik`` or the card's word).
_WORD = re.compile(r"(?<![a-z0-9])(nik|kk|k\.k\.|kartu[ \t]+keluarga)(?![a-z0-9])")
#: How far back a request naming both kinds is read.
_REQUEST_REACH = 300
#: How far apart the two words of a request stand (``NIK dan No KK``, ``NIK lalu No. KK``).
_REQUEST_WORDS_APART = 16
#: What may stand between two numbers given side by side.
_SIDE_BY_SIDE = re.compile(r"[\s,/;&|\-]*(?:(?:dan|deng|dgn)[\s,]*)?")
#: What may stand between a card's word and its own number (``No. KK : 5371...``, ``KK lama
#: 5371...``, ``KK sa pung 5371...``).
_OWN_NUMBER = re.compile(
    r"[\s:.\-]*(?:(?:yang|yg|lama|baru|asli|sy|saya|beta|sa|kami|katong|pung|punya)[ \t.:,]+)"
    r"{0,3}(?:(?:no|nomor|nomer)[ \t.:]*)?\Z"
)
#: A line break, then a word of three letters or more: a row of a family card between its
#: number and a member's.
_ROW_BETWEEN = re.compile(r"\n[^\n]*?[a-z]{3}")
#: A number said right after it to be a kind (``5317... itu nomor KK``).
_SAID_AFTER = re.compile(
    r"[ \t,]*(?:itu|ini|adalah|tu)[ \t]+(?:(?:nomor|nomer|no\.?)[ \t]+)?"
    r"(nik|kk|kartu[ \t]+keluarga)(?![a-z0-9])"
)
#: A number given as the right one, right before it (``yang benar``, ``seharusnya``).
_CORRECTED = re.compile(
    r"(?<![a-z])(?:(?:yang|yg)[ \t]+(?:benar|betul|asli)|seharusnya|harusnya|mestinya)"
    r"[ \t:,]*\Z"
)
#: How far before a number `_CORRECTED` may start.
_CORRECTED_REACH = 24
#: How far back the number a correction corrects may stand.
_CORRECTS_REACH = 200


def _kind_of(word: str) -> str:
    return "nik" if word == "nik" else "kk"


def _kind(finding: Finding) -> str:
    return "nik" if finding.kind is PiiKind.NIK else "kk"


def _digits(lowered: str, finding: Finding) -> str:
    return "".join(char for char in lowered[finding.start : finding.end] if char.isdigit())


def settle_identities(lowered: str, found: list[Finding]) -> list[Finding]:
    """``found`` (the number detector's findings, in any order) with the kinds of its NIKs and
    KKs settled by the rules of this module; other findings are returned as they are. Every
    rule needs a family card's word: a text without one is returned at once."""
    if "kk" not in lowered and "keluarga" not in lowered and "k.k." not in lowered:
        return found
    ids = sorted(
        (index for index, finding in enumerate(found) if finding.kind in _KINDS.values()),
        key=lambda index: found[index].start,
    )
    if not ids:
        return found
    findings = [found[index] for index in ids]
    kinds: dict[int, str] = {}
    # kinds read from a card's rows, which a request's order still overrides (two numbers
    # answering ``kirim NIK dan nomor KK`` after someone else's ``KK lama 5371...``)
    members: set[int] = set()
    for position, finding in enumerate(findings):
        said = _SAID_AFTER.match(lowered, finding.end)
        earlier = findings[position - 1] if position else None
        if said is not None:
            kinds[position] = _kind_of(said.group(1))
        elif (
            earlier is not None
            and finding.start - earlier.end <= _CORRECTS_REACH
            and _CORRECTED.search(lowered, max(0, finding.start - _CORRECTED_REACH), finding.start)
            is not None
            # no word between says what the number is (``NIK anak ..., yg benar 5317...``)
            and _WORD.search(lowered, earlier.end, finding.start) is None
        ):
            kinds[position] = kinds.get(position - 1, _kind(earlier))
        elif _kind(finding) == "kk" and _members_number(lowered, findings, position):
            kinds[position] = "nik"
            members.add(position)
    for position in range(len(findings) - 1):
        first, second = findings[position], findings[position + 1]
        if (
            (position not in kinds or position in members)
            and (position + 1 not in kinds or position + 1 in members)
            and _SIDE_BY_SIDE.fullmatch(lowered, first.end, second.start) is not None
            and (
                (order := _requested_order(lowered, first.start)) is not None
                or (order := _quoted_request(lowered, second.end)) is not None
            )
        ):
            kinds[position], kinds[position + 1] = order
    out = list(found)
    for position, kind in kinds.items():
        finding = findings[position]
        if kind != _kind(finding):
            out[ids[position]] = attrs.evolve(finding, kind=_KINDS[kind])
    return out


def _requested_order(lowered: str, start: int) -> tuple[str, str] | None:
    """The two kinds a request before ``start`` names side by side (``NIK dan No KK``), in its
    order, the closest such pair (an earlier answer with its own words may stand between); None
    where there is none, or where the closest word has a number of its own."""
    words = list(_WORD.finditer(lowered, max(0, start - _REQUEST_REACH), start))
    if len(words) < 2:
        return None
    if _OWN_NUMBER.match(lowered, words[-1].end(), start) is not None:
        return None
    for index in range(len(words) - 1, 0, -1):
        # the closest pair that names both kinds; a pair whose words have their own numbers
        # (an earlier answer, ``NIK 5371..., KK lama 5371...``) is skipped
        order = _named_pair(lowered, words[index - 1], words[index])
        if order is not None:
            return order
    return None


def _named_pair(
    lowered: str, first: re.Match[str], second: re.Match[str]
) -> tuple[str, str] | None:
    """The kinds two words of a request name, in their order, where they name both kinds side by
    side (``NIK dan No KK``: a few characters apart on one line, no digit between); else None."""
    kinds = (_kind_of(first.group(1)), _kind_of(second.group(1)))
    if (
        kinds[0] == kinds[1]
        or second.start() - first.end() > _REQUEST_WORDS_APART
        or any(char.isdigit() or char == "\n" for char in lowered[first.end() : second.start()])
    ):
        return None
    return kinds


def _quoted_request(lowered: str, end: int) -> tuple[str, str] | None:
    """The two kinds the request a reply quotes after ``end`` names side by side (``Ini punya
    sy:`` then two numbers, then ``> Pada ..., Kelurahan ... menulis:`` ``> Mohon kirim NIK lalu
    No. KK``), in its order; None where no quote follows or it names no such pair."""
    quote = _QUOTE_OPENS.search(lowered, end, end + _QUOTE_REACH)
    if quote is None:
        return None
    words = list(_WORD.finditer(lowered, quote.end(), quote.end() + _REQUEST_REACH))
    if len(words) < 2:
        return None
    return _named_pair(lowered, words[0], words[1])


#: A reply's quote of the mail it answers (``Pada ..., X <...> menulis:``, ``On ... wrote:``).
_QUOTE_OPENS = re.compile(r"(?<![a-z])(?:menulis|wrote)[ \t]*:")
#: How far after the numbers a quote may open.
_QUOTE_REACH = 200


def _members_number(lowered: str, findings: list[Finding], position: int) -> bool:
    """Whether the KK at ``position`` is a member's NIK: the card's word closest before it has
    an earlier number of its own (another number: the card's), or a card's word after it in
    its line has its own number."""
    finding = findings[position]
    card_words = [
        word
        for word in _WORD.finditer(lowered, max(0, finding.start - _REQUEST_REACH), finding.start)
        if word.group(1) != "nik"
    ]
    if card_words:
        word = card_words[-1]
        if _OWN_NUMBER.match(lowered, word.end(), finding.start) is not None:
            return False  # this number is the word's own
        # the card's rows: a line break and a member's name between its number and this one
        if any(
            earlier.start >= word.end()
            and _OWN_NUMBER.match(lowered, word.end(), earlier.start) is not None
            and _digits(lowered, earlier) != _digits(lowered, finding)
            and _ROW_BETWEEN.search(lowered, earlier.end, finding.start) is not None
            for earlier in findings[:position]
        ):
            return True
    line_end = lowered.find("\n", finding.end)
    line_end = len(lowered) if line_end == -1 else line_end
    for later in findings[position + 1 :]:
        if later.start > line_end:
            break
        for word in _WORD.finditer(lowered, finding.end, later.start):
            if (
                word.group(1) != "nik"
                and _OWN_NUMBER.match(lowered, word.end(), later.start) is not None
            ):
                return True
    return False
