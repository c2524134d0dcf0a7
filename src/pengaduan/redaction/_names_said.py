"""Names the gazetteer cannot vouch for, told by how they are written or where they stand.

- Bali's names: ``I`` or ``Ni``, one to three birth-order or caste words (``Made``, ``Luh``,
  ``Gusti Ayu``), then up to two words in the same case (``Ni Luh Ariani``, ``I GEDE SUDARMA``,
  after ``sy`` in lower case: ``sy i komang suardana``). The words after ``I``/``Ni`` are what
  make it a name: ``Pihak I Paulus`` is a numeral.
- A name in a bracket right after a phone number, as whose the number is (``Hub 0853...
  (Ancu)``, ``0812... (MUHAMAD)``): one to three words in title case or in capitals, none of
  them a stop word, a title, a kin word, a role or a body's word.
- A written-out call's answers to the question of a name (``Petugas: Atas nama?`` then
  ``Penelepon: Jefry Tumbelaka.``), and an agent's own name in the greeting (``Layanan
  Dukcapil, dengan Kasih, ada yang bisa dibantu?``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._phone_owner import POSED_AGENCY

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["balinese_names", "bracketed_owners", "names_answered"]

_BALI = lex.BALINESE_WORDS
_GAP = r"[ \t\u00a0]+"
#: A Balinese name in title case or in capitals: ``I``/``Ni``, its words, then the words after.
_BALINESE_NAME = re.compile(
    rf"(?<![^\W\d_])(?P<t>I|Ni)(?P<tw>(?:{_GAP}(?:{_BALI.title()})){{1,3}})"
    rf"(?P<tr>(?:{_GAP}[A-Z][a-z]{{2,}}){{0,2}})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?P<c>I|NI)(?P<cw>(?:{_GAP}(?:{_BALI.upper()})){{1,3}})"
    rf"(?P<cr>(?:{_GAP}[A-Z]{{3,}}){{0,2}})(?![^\W\d_])"
)
#: The same in lower case, right after the writer introducing themself (``sy i komang ...``)
#: or signing (``dr i nyoman sukadana``, *dari* or *dokter*).
_BALINESE_LOWER = re.compile(
    rf"(?<![a-z])(?:sy|saya|beta|nama|nama saya|dr|dari){_GAP}"
    rf"(?P<name>(?:i|ni)(?:{_GAP}(?:{_BALI})){{1,3}}"
    rf"(?:{_GAP}[a-z]{{3,}}){{0,2}})(?![^\W\d_])"
)
_WORD = re.compile(r"[^\W\d_]+")
#: The words `_BALINESE_LOWER` opens with, one of which the text must hold.
_INTRODUCING = frozenset({"sy", "saya", "beta", "nama", "dr", "dari"})
#: A kin word, a title or a role right before ``I Made`` alone (an owner's, a driver's and a
#: tradesman's too): a person called so; or a word that gives a name (``kasi nama I Ketut``,
#: ``cucu I Made``, ``anak sa yg asli I Made``), the writer's own too (``Beta I Gede, nomor
#: ...``).
_PERSON_WORD_BEFORE = re.compile(
    r"(?<![a-z])(?:om|bapa|bapak|pak|bpk|ibu|bu|mama|kak|kaka|kakak|ade|adik|anak|tanta|sdr|sdri"
    r"|petugas|karyawan|pung|tetangga|suami|istri|mandor|cucu|ponakan|keponakan|nama|namanya"
    r"|bernama|asli|saya|sy|beta"
    # a relative as someone's (``(anaknya, I Wayan)``) and an owner, a driver or a tradesman
    # (``Hub. pemilik: I Wayan 0813...``)
    r"|anaknya|adiknya|kakaknya|suaminya|istrinya|cucunya|pemilik|pemiliknya|sopir|tukang)"
    r"[ \t\u00a0:,.]*\Z"
)
#: Where a name stands as a chat export's sender or a commenter (the line's start or a chat
#: header's closing bracket before it, a colon after it: ``[12/11/2026 18.26] I Ketut: ...``),
#: or in a bracket right after a phone number, as whose the number is (``hub sy 0821... (I
#: Made)``): ``I Made`` alone is a person there.
_SENDER_BEFORE = re.compile(r"(?:^|\][ \t]*|[0-9][ \t]?\()\Z")
_SENDER_AFTER = re.compile(r"[ \t]*:[ \t]")
#: The same in lower case, as a contact is saved or a commenter posts (``[23 Oktober 2025
#: 09.18] i made: ...``, ``Komentar:`` then ``ni made sudarma: ...``): at a line's start or
#: after a chat header's bracket, a colon after it.
_BALINESE_SENDER = re.compile(
    rf"(?:^|\][ \t]*)(?P<name>(?:i|ni)(?:{_GAP}(?:{_BALI})){{1,3}}(?:{_GAP}[a-z]{{3,}}){{0,2}})"
    r"[ \t]*:[ \t]",
    re.MULTILINE,
)
#: How many Balinese words make ``I`` a name with no word after them (``I Gusti Ngurah``).
_I_ALONE = 2


def _trim(text: str, start: int, end: int, least: int) -> tuple[int, int] | None:
    """``[start, end)`` cut before its first word that ends names (a stop word, a role, or a word
    that ends a name in capitals: ``NI MADE DITAHAN IJAZAH``): None when fewer than ``least``
    words are left."""
    words = list(_WORD.finditer(text, start, end))
    kept = 0
    for index, word in enumerate(words):
        if index >= least and (
            (lowered := word.group().lower()) in lex.NAME_STOPWORDS
            or lowered in lex.NAME_ROLES
            or lowered in lex.NAME_BOUNDARY_WORDS
        ):
            break
        kept = index + 1
    if kept < least:
        return None
    return start, words[kept - 1].end()


def _sender(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is a sender's, a commenter's or a number's owner's
    (`_SENDER_BEFORE`, with `_SENDER_AFTER` after a sender's)."""
    before = _SENDER_BEFORE.search(text, max(0, start - 4), start)
    if before is None:
        return False
    if before.group().endswith("("):
        return text[end : end + 1] == ")"
    return _SENDER_AFTER.match(text, end) is not None


def balinese_names(text: str, lowered: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of Balinese names in ``text`` (see the module), in text order."""
    if "i" not in words and "ni" not in words:
        return []
    found: list[tuple[int, int]] = []
    for hit in _BALINESE_NAME.finditer(text):
        lead = hit.group("t") or hit.group("c")
        birth = hit.group("tw") or hit.group("cw")
        rest = hit.group("tr") or hit.group("cr")
        if (
            lead == "I"
            and not rest
            and len(_WORD.findall(birth)) < _I_ALONE
            and _PERSON_WORD_BEFORE.search(lowered, max(0, hit.start() - 16), hit.start()) is None
            and not _sender(text, hit.start(), hit.end())
        ):
            # ``I Made`` alone: a numeral and a word, or English; not after a kin word, a title
            # or a role (``Om I Made 0823...``, ``Petugas: I Ketut``), nor as a sender
            continue
        # the birth-order and caste words are kept; the words after end at a stop word
        least = 1 + len(_WORD.findall(birth))
        span = _trim(text, hit.start(), hit.end(), least)
        if span is not None:
            found.append(span)
    if ":" in lowered:
        for hit in _BALINESE_SENDER.finditer(lowered):
            start = hit.start("name")
            if not text[start : hit.end("name")].islower():
                continue  # title case and capitals: `_BALINESE_NAME`'s
            span = _trim(text, start, hit.end("name"), 2)
            if span is not None and span not in found:
                found.append(span)
    if not words.isdisjoint(_INTRODUCING):
        for hit in _BALINESE_LOWER.finditer(lowered):
            start = hit.start("name")
            if not text[start : hit.end("name")].islower():
                continue
            least = 2
            span = _trim(text, start, hit.end("name"), least)
            if span is not None and span not in found:
                found.append(span)
    return sorted(found)


#: A question of a name at the end of a line (``Atas nama?``, ``Nama lengkap?``, ``Untuk
#: siapa?``, ``Siapa namanya?``).
_NAME_ASKED = re.compile(
    r"(?<![a-z])(?:atas[ \t]+nama(?:[ \t]+siapa)?|nama(?:[ \t]+lengkap)?(?:nya)?(?:[ \t]+(?:bapak"
    r"|ibu|anak|pasien|pelapor|kepala[ \t]+keluarga|siapa))?|untuk[ \t]+siapa"
    r"|siapa[ \t]+nama(?:nya)?)"
    r"[ \t]*\?[ \t]*$",
    re.MULTILINE,
)
#: The answering turn: a speaker's label, then one to four words in title case or in capitals,
#: ending the turn or before a comma or a full stop.
_ANSWER = re.compile(
    r"[ \t]*[^\W\d_][^:\n]{0,30}:[ \t]*(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}"
    r"|[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,3})(?=[ \t]*(?:[.,]|$))",
    re.MULTILINE,
)
#: An agent's greeting with their own name (``..., dengan Kasih, ada yang bisa dibantu?``).
_GREETING = (
    r"[ \t]*(?i:petugas|agen|operator|cs|customer service)[^:\n]{0,30}:[^\n]{0,80}?"
    r"(?<![A-Za-z])(?i:dengan)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
    r"(?=[ \t]*[.,?]|[ \t]+(?i:ada|bisa|siap))"
)
#: `_GREETING` at a line's start (a greeting holds no line break).
_greetings = lex.line_starts(_GREETING)


#: Words after ``dengan`` in a greeting that are no agent's name (``dengan Bapak siapa?``).
_NOT_AGENTS = frozenset(
    {"bapak", "ibu", "pak", "bu", "saudara", "sdr", "kakak", "kak", "mas", "mbak", "siapa"}
)


def names_answered(text: str, lowered: str) -> list[tuple[int, int]]:
    """The names a written-out call gives as answers to a question of a name, and its agents'
    own names in their greetings, in text order."""
    found: list[tuple[int, int]] = []
    if "?" in text and ("nama" in lowered or "siapa" in lowered):
        for asked in _NAME_ASKED.finditer(lowered):
            line = asked.end() + 1
            answer = _ANSWER.match(text, line)
            if answer is None:
                continue
            span = _trim(text, answer.start("name"), answer.end("name"), 1)
            if span is not None and text[span[0] : span[1]].lower() not in lex.NAME_STOPWORDS:
                found.append(span)
    if "dengan" in lowered and ":" in text:
        found.extend(
            greeting.span("name")
            for greeting in _greetings(text)
            if greeting.group("name").split()[0].lower() not in _NOT_AGENTS
        )
    return sorted(found)


#: A phone number (letters read for digits too), then a bracket holding one to three words in
#: title case or in capitals, and nothing else (``0853... (Ancu)``, ``0B12... (MUHAMAD)``).
#: The number and the bracket that opens `_BRACKETED_OWNER`.
_OWNER_NUMBER = r"(?:\+|(?<![0-9A-Za-z]))[0-9OolISB](?:[ .\-]?[0-9OolISB]){8,14}[ \t]?\("
_BRACKETED_OWNER = re.compile(
    _OWNER_NUMBER + r"(?P<name>[A-Z][a-z'\-]{2,}(?:[ \t][A-Z][a-z'\-]{1,}){0,2}"
    r"|[A-Z][A-Z'\-]{2,}(?:[ \t][A-Z][A-Z'\-]{1,}){0,2})\)"
)
#: `_OWNER_NUMBER` ending where the search ends (at a given bracket).
_NUMBER_TO_BRACKET = re.compile(_OWNER_NUMBER + r"\Z")
#: What `_OWNER_NUMBER`'s number may read: a digit or a letter read for one.
_DIGIT_LIKE = frozenset("0123456789OolISB")
#: How far before its bracket a match of `_BRACKETED_OWNER` may start: a ``+``, fifteen
#: digits with a separator between each two, a space.
_OWNER_REACH = 31


def _bracketed_owner_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_BRACKETED_OWNER`, as ``finditer`` gives them, the pattern tried only
    at the brackets where one may stand.

    A match's bracket opens right after a digit-like character (maybe a space or a tab
    between) and before a capital; its number holds no bracket and starts at most
    `_OWNER_REACH` characters before it. For each such bracket, the leftmost start of a
    number that ends at it (`_NUMBER_TO_BRACKET`, not before the last match's end) is where
    the pattern may match with it; it does where the name and the closing bracket follow,
    whatever the start. A match with an earlier bracket was looked for already, and one with
    a later bracket starts after this bracket, so the matches come as ``finditer``'s.
    """
    pos = 0
    at = text.find("(")
    while at != -1:
        if (
            at >= pos
            and "A" <= text[at + 1 : at + 2] <= "Z"
            and (
                text[at - 1 : at] in _DIGIT_LIKE
                or (text[at - 1 : at] in (" ", "\t") and text[at - 2 : at - 1] in _DIGIT_LIKE)
            )
            and (number := _NUMBER_TO_BRACKET.search(text, max(pos, at - _OWNER_REACH), at + 1))
            and (match := _BRACKETED_OWNER.match(text, number.start())) is not None
        ):
            yield match
            pos = match.end()
        at = text.find("(", at + 1)


def bracketed_owners(
    text: str, names: frozenset[str], ambiguous: frozenset[str]
) -> list[tuple[int, int]]:
    """The names in brackets right after phone numbers (`_BRACKETED_OWNER`), where none of
    their words is a stop word, a title, a role or an organisation's word, and they name no
    office, business, operator or bank (``(admin)``, ``(Bagian Pemasaran)``, ``(Mama)``,
    ``(Daniel Travel)``, ``(Telkomsel)`` are not), as spans. In capitals, where ordinary words
    are written so too (``(LAMA)``, ``(KHUSUS CHAT)``), one of the words must be a name the
    gazetteer (``names``) knows and not as an ordinary word too (``ambiguous``)."""
    found: list[tuple[int, int]] = []
    for match in _bracketed_owner_matches(text):
        written = match.group("name")
        words = written.lower().split()
        joined = " ".join(words)
        if (
            (written.isupper() and not any(w in names and w not in ambiguous for w in words))
            or any(
                word in lex.NAME_STOPWORDS
                or word in lex.TITLE_TOKENS
                or word in lex.NAME_ROLES
                or word in lex.NAME_BOUNDARY_WORDS
                or word in lex.OFFICE_HOLDER_WORDS
                for word in words
            )
            or lex.BUSINESS_NOUN.search(joined) is not None
            or POSED_AGENCY.search(joined) is not None
            or any(
                context.lastgroup in ("office", "institution", "negative")
                for context in lex.CONTEXT.finditer(joined)
            )
        ):
            continue
        found.append(match.span("name"))
    return found
