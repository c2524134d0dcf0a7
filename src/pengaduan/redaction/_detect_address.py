"""Home addresses: a street with a house number, or an RT/RW, with the area around it.

Where an address may start (an anchor word: ``Jl``, ``Gg``, ``RT``, ``Kel``...) is read from
the text's word set rather than by trying the anchor pattern at every letter (`_anchors`), the
office pattern before an address runs only where a comma stands right before it
(`_office_before`). Both docstrings say why the anchors and offices found are the plain scans';
``tests/test_redaction_place_fast_paths.py`` compares them on generated text. A seat's words
(``beralamat di``) are looked for only where ``ber``, with which each opens, stands in their
reach (`_organisations_seat`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._clauses import heading_above, last_clause
from pengaduan.redaction._detect_base import (
    Finding,
    _bounded,
    _check_call,
    _detector_name,
    _is_initial,
    _word_core,
)
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction._word_index import has_marks
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["AddressDetector"]


_DIGIT = re.compile(r"[0-9]")
_ANCHOR_WORDS = lex.ADDRESS_ANCHOR_WORDS
#: The characters an anchor word opens with.
_ANCHOR_FIRST = frozenset(word[0] for word in _ANCHOR_WORDS)


def _anchors(context: DetectionContext) -> Iterator[int]:
    """Where the anchors that ``_bounded(lex.ADDRESS_ANCHOR_BARE, context.lowered, str.isalnum,
    context)`` gives start.

    An anchor is accepted where no letter or digit stands before it, or where an earlier
    finding starts or ends. In the first case it is a whole word of the text (see
    `pengaduan.redaction._word_index`), so only the anchor words among the text's words are
    looked for, at word starts; in the second it can only start at one of the few ends of the
    earlier findings, each tried. The pattern confirms every place; taken in text order, an
    anchor starting inside the one before is skipped, as the scan skips it. A text with a
    combining mark gets the scan itself.
    """
    lowered = context.lowered
    if has_marks(lowered):
        for start, _ in _bounded(lex.ADDRESS_ANCHOR_BARE, lowered, str.isalnum, context):
            yield start
        return
    found: dict[int, int] = {}
    spaced = context.spaced + " "
    size = len(lowered)
    for word in _ANCHOR_WORDS.intersection(context.words):
        needle = " " + word + " "
        at = spaced.find(needle)
        while at != -1:
            # ``spaced`` is one character ahead of the text: the word is ``lowered[at:end]``,
            # with no letter before or after it. The pattern also wants no digit before it
            # and, after it, no digit outside ASCII but a decimal one (``²``).
            end = at + len(word)
            if (not at or not lowered[at - 1].isalnum()) and (
                end == size
                or (after := lowered[end]).isascii()
                or not after.isalnum()
                or after.isdecimal()
            ):
                found[at] = end
            at = spaced.find(needle, end)
    match_at = lex.ADDRESS_ANCHOR_BARE.match
    starts, ends = context.collapsed()
    for edges in (starts, ends):
        for edge in edges:
            if (
                lowered[edge : edge + 1] in _ANCHOR_FIRST
                and edge not in found
                and (anchor := match_at(lowered, edge))
            ):
                found[edge] = anchor.end()
    pos = 0
    for start in sorted(found):
        if start >= pos:
            pos = found[start]
            yield start


def _glued_anchors(text: str, lowered: str) -> list[int]:
    """Where an anchor starts right after a form's ``Alamat`` label glued to it, as an app or a
    scan runs the fields together (``...TEFAAlamatJL. KELAPA NO 22``): the label in title case
    or capitals, the address's word in capitals."""
    found: list[int] = []
    at = lowered.find("alamat")
    while at != -1:
        end = at + 6
        if (
            text[at] == "A"
            and text[end : end + 1].isupper()
            and lex.ADDRESS_ANCHOR_BARE.match(lowered, end) is not None
        ):
            found.append(end)
        at = lowered.find("alamat", end)
    return found


def _all_anchors(text: str, context: DetectionContext) -> Iterable[int]:
    """`_anchors`, with `_glued_anchors` among them in order where the text holds ``alamat``."""
    anchors = _anchors(context)
    if "alamat" in context.lowered:
        glued = _glued_anchors(text, context.lowered)
        if glued:
            return sorted({*anchors, *glued})
    return anchors


#: A housing complex's word, whose blocks may follow it with no name (``Perumnas Blok F No.
#: 20``).
_COMPLEX = frozenset({"perum", "perumnas", "perumahan", "btn", "komp", "kompleks"})
#: A block right after a complex's word.
_BLOCK_AFTER = re.compile(r"[ \t\u00a0]{1,2}blok[ \t\u00a0]", re.IGNORECASE)


def _complex_block(text: str, street: re.Match[str]) -> bool:
    """Whether ``street`` is a housing complex's word with its block right after it."""
    return (
        street.group().rstrip(".").lower() in _COMPLEX
        and _BLOCK_AFTER.match(text, street.end()) is not None
    )


def _address_words(text: str, pos: int, limit: int) -> int:
    """End offset of up to ``limit`` address words from ``pos`` (``pos`` when there are none)."""
    end = cursor = pos
    count = 0
    lower_ok: bool | None = None
    word_match, stopwords = _ADDRESS_WORD_MATCH, lex.ADDRESS_STOPWORDS
    while count < limit:
        match = word_match(text, cursor)
        if match is None:
            break
        word = match.group(1)
        core = word.rstrip(".").casefold()
        word_start = match.start(1)
        if (
            core in stopwords
            # ``Jl. Kampung Baru No. 65B``: a word that is a stopword elsewhere, right before
            # the house number, names the street
            and not (count and core in _STREET_NAME_WORDS and _number_follows(text, match.end()))
        ) or (word[0] in _NUMBER_FIRST and lex.HOUSE_NUMBER.match(text, word_start)):
            break
        capital = word[0].isupper() or word[0].isdigit()
        if lower_ok is None:
            lower_ok = not capital
        elif not capital and not lower_ok:
            break
        word_end = word_start + len(word)
        if word[-1] == "." and count and core in _NUMERALS:
            # ``KEL NAIKOTEN I. TRAVEL ...``: a numeral closes a place's name, and its dot the
            # sentence
            end = word_end - 1
            break
        if word[-1] == "." and len(core) > 2 and not _is_initial(word):
            word_end -= 1
        end = word_end
        cursor = match.end()  # past an abbreviation's dot: ``Jl. Jend. Sudirman``
        count += 1
        if word_end < cursor and _sentence_ends(text, cursor, core):
            break
    return end


#: Roman numerals that close a place's name (``Naikoten I``, ``Oebobo II``).
_NUMERALS = frozenset({"i", "ii", "iii", "iv"})
_ADDRESS_WORD_MATCH = lex.ADDRESS_WORD.match
_GAP_MATCH = lex.ADDRESS_GAP.match
#: The characters each component's pattern (matched ignoring case) can open with: a position
#: opening with another character is tried against none of them. ``K`` has a third form in
#: Unicode, the Kelvin sign, which the engine matches too.
_STREET_FIRST = frozenset("jJgGlLpPkK\u212abB")
_NUMBER_FIRST = frozenset("nNbB")
_RT_FIRST = frozenset("rR")
_REGION_FIRST = frozenset("kK\u212adD")


#: Stopwords that also end streets' names (``Jl. Kampung Baru``, ``Jl. Pasar Lama``,
#: ``Gg. Tanah Merah Baru``): taken only right before a house number.
_STREET_NAME_WORDS = frozenset({"baru", "lama", "dalam", "atas", "bawah", "tengah"})


def _number_follows(text: str, cursor: int) -> bool:
    """Whether a house number (``No. 65B``) stands right after ``cursor``, past a space."""
    gap = _GAP_MATCH(text, cursor)
    at = gap.end() if gap is not None else cursor
    return (
        at < len(text)
        and text[at] in _NUMBER_FIRST
        and lex.HOUSE_NUMBER.match(text, at) is not None
    )


def _sentence_ends(text: str, cursor: int, core: str) -> bool:
    """Whether the dot before ``cursor``, after the word ``core``, ends a sentence: the word is
    no abbreviation (``Jend.``) and the next word is no address word (``Kel. Merdeka. Rekening
    BSI``, ``Kel. Oetete. Hp ...`` end at the dot; ``Kel. Oetete. Kec. Alak`` goes on)."""
    if len(core) <= 2 or core in lex.NAME_ABBREVIATIONS:
        return False
    following = lex.ADDRESS_WORD.match(text, cursor)
    if following is None:
        return True
    return _word_core(following.group(1)) not in lex.ADDRESS_STOPWORDS and not (
        lex.REGION.match(text, following.start(1)) or lex.STREET.match(text, following.start(1))
    )


def _where_someone_lives(lowered: str, start: int) -> bool:
    """Whether an RT alone is an address: the neighbourhood of a few dozen households where
    someone lives (``tinggal di RT 14``, ``warga RT 18``), or where something happens
    (``drainase RT 18``, ``tower di RT 8``): the annotation guide lists ``RT 12`` on its own as
    an address. Not a role (``Ketua RT 09``, ``Pak RT 05``), nor the end of a range of roles
    (``Ketua RT 01 s/d RT 10``)."""
    return not _names_no_home(lowered, start)


def _names_no_home(lowered: str, start: int) -> bool:
    """Whether an RT/RW that opens an address chain is a role or a community's, not a home
    (``Ketua RT 09 RW 07``, ``Sekretariat RT 18 RW 03 ...``, ``keluhan warga RT 16/RW 12``),
    or a team (``RT 19 juara 1``, ``tim RT 05``), also as the end of a range or a list that
    opens so (``Ketua RT 01 s/d RT 10``, ``warga RT 10 dan RT 19``, ``Warga di RT 5 sampai RT
    13 Kel. Liliba``)."""
    before = lowered[max(0, start - 40) : start]
    if _role_before(before, len(before)) or _residents(lowered, start):
        return True
    if (
        _notice_heading(lowered, start)
        or _PER_RT.search(before) is not None
        # ``per RT: RT 01: 19, RT 02: 22, RT 03: 15``: counts, nobody's home
        or _COUNT_LISTED.match(lowered, start) is not None
        # ``Jadwal fogging: RT 41 hari Selasa``, ``RT 26 jam 08.00``, ``Rabu jam 15.00 RT
        # 12``: a schedule's turn
        or (
            (
                _SCHEDULED.match(lowered, start) is not None
                or _TIME_BEFORE.search(before) is not None
            )
            and _nobodys_list(lowered, start)
        )
    ):
        # ``PENGUMUMAN RT 02 / RW 30``, ``IURAN SAMPAH DAN KEAMANAN RT 42``, ``ARISAN MAMA-MAMA
        # RT 003``: the sender
        return True
    if (
        _TEAM.match(lowered, start) is not None
        or before.endswith(_TEAM_BEFORE)
        or _WINNER_BEFORE.search(before) is not None
        or _RT_RANGE_AFTER.match(lowered, start) is not None
    ):
        return True  # ``RT 19 juara 1, RT 03 juara 2``: a team of the neighbourhood
    if _TALLY_ROW.match(lowered, start) is not None and (
        not before or before[-1] == "\n" or before.rstrip(" \t").endswith("|")
    ):
        # ``RT 01: 34 KK`` opening a line or a cell (``RT 01: 23 KPM | RT 02: 19 KPM``): a
        # count per RT
        return True
    earlier = _RT_RANGE_BEFORE.search(before)
    first = start - len(before) + (earlier.start() if earlier is not None else len(before))
    if (earlier is not None or _RT_LIST_AFTER.match(lowered, start) is not None) and _nobodys_list(
        lowered, first
    ):
        return True  # ``Info jadwal fogging hari ini: RT 27, RT 26 dan RT 27``: areas
    return earlier is not None and (
        _role_before(before, earlier.start())
        or _residents(lowered, start - len(before) + earlier.start())
        # ``warga RT 7 sampai RT 19``: the range's end, as its start
        or _RT_RANGE_AFTER.match(lowered, start - len(before) + earlier.start()) is not None
    )


def _notice_heading(lowered: str, start: int) -> bool:
    """Whether the RT at ``start`` ends a notice's heading that opens its line (`_NOTICE_HEADING`;
    the line read from its start, up to a heading's length)."""
    line = lowered.rfind("\n", 0, start) + 1
    return (
        start - line <= _HEADING_REACH and _NOTICE_HEADING.match(lowered, line, start) is not None
    )


#: The longest heading read before an RT.
_HEADING_REACH = 100
#: A notice's heading that opens its line and names the neighbourhood that sends it
#: (``PENGUMUMAN RT 02 / RW 30``, ``IURAN SAMPAH DAN KEAMANAN RT 42``, ``UNDANGAN RAPAT RT``), or
#: heads its list or its board (``DATA KEPALA KELUARGA RT 21/RW 07``).
_NOTICE_HEADING = re.compile(
    # (after another title and a slash: ``BUKU TAMU / REGISTER PENDUDUK PENDATANG RT 2``)
    # (a chat's bold or italic marks may open it: ``*INFO POSYANDU ANGGREK RT 29*``)
    r"[ \t*_]*(?:[a-z]+(?:[ \t]+[a-z]+)?[ \t]*/[ \t]*)?"
    r"(?:pengumuman|pemberitahuan|undangan|iuran|edaran|surat[ \t]+edaran|jadwal"
    # minutes and registers of the neighbourhood (``Notulen Rapat RT 22``, ``NOTULEN POSYANDU
    # MAWAR RT 20``, ``REGISTER PENDUDUK PENDATANG RT 2``)
    r"|notulen|notulensi|register|buku[ \t]+tamu"
    # (``Info RT 2: air PDAM mati``, ``HIMBAUAN RT 05``)
    r"|daftar|data|arisan|info|informasi|himbauan|imbauan"
    # a list's or a board's heading (``Penerima BPNT RT 09``, ``PAPAN INFO RT 14 / RW 05``)
    r"|penerima|rekap|papan[ \t]+info|papan[ \t]+informasi)"
    # (a dash may stand before the RT: ``DAFTAR USULAN PENERIMA BANTUAN LANSIA - RT 38``; an
    # ampersand between words: ``IURAN SAMPAH & KEAMANAN RT 36``)
    r"(?:[ \t]+(?:[a-z]+(?:-[a-z]+)?|&)){0,6}[ \t]+(?:[-\u2013\u2014][ \t]+)?\Z"
)
_DAYS = "(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)"
#: An RT given its turn in a schedule: a day, a time (``RT 41 hari Selasa``, ``RT 16 : MINGGU``,
#: ``RT 26 jam 08.00``).
_SCHEDULED = re.compile(
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}(?:[ \t]*/[ \t]*rw[ .\u00a0]{0,2}[0-9]{1,3})?[ \t]*"
    # (a dash between, as a schedule's row: ``RT 37``, a dash, ``hari Senin``)
    r"[:,\-\u2013\u2014]?[ \t]*"
    rf"(?:(?:hari|tgl|tanggal)[ \t]+)?(?:{_DAYS}|(?:jam|pukul)[ \t]+[0-9])(?![a-z])"
)
#: A schedule's time right before an RT (``Rabu, 7 Januari jam 15.00 RT 12``).
_TIME_BEFORE = re.compile(r"(?<![a-z])(?:jam|pukul)[ \t]+[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]+\Z")
#: An RT, a colon and a bare count, in a list (``RT 02: 22,``, ``RT 03: 15.``).
_COUNT_LISTED = re.compile(
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}[ \t]*:[ \t]*[0-9]{1,5}"
    r"(?=[ \t]*(?:[,;|\n]|\.(?![0-9])|\Z|dan|deng))"
)
#: A count given per RT right before the first (``Jumlah KPM per RT: RT 01: 19, ...``).
_PER_RT = re.compile(r"(?<![a-z])per[ \t]+(?:rt[ \t]*:[ \t]*)?\Z")
#: After an RT/RW that opens a text, a dash and a heading in capitals to the line's end
#: (``RT 038 / RW 006 — VERIFIKASI DATA PBI JK``): the neighbourhood heads its notice.
_HEADING_AFTER = re.compile(r"[ \t]*[\u2014\u2013\-][ \t]*[A-Z][A-Z ]{2,60}(?:\n|\Z)")
#: A line of a count per RT (``RT 01: 34 KK``, ``RT 05 : 12 jiwa``): the RT is a unit counted,
#: nobody's home.
_TALLY_ROW = re.compile(
    # (its RW too: ``RT 02/RW 01 : 18 KPM``)
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}(?:[ \t]*/[ \t]*rw[ .\u00a0]{0,2}[0-9]{1,3})?"
    r"[ \t]*[:=][ \t]*[0-9]{1,5}[ \t]*"
    r"(?:kk|jiwa|orang|org|warga|rumah|keluarga|kepala[ \t]+keluarga|rumah[ \t]+tangga|balita"
    r"|lansia|kpm|penerima)(?![a-z])"
)
#: The words that name a winner right before an RT (``Juara 1 RT 19``, ``juara harapan 2 RT
#: 07``, ``Pemenang tahun lalu: RT 25``): the neighbourhood's team.
_WINNER_BEFORE = re.compile(
    r"(?<![a-z])(?:juara|pemenang)(?:[ \t]+(?:[0-9]{1,2}|i{1,3}|satu|dua|tiga|umum|harapan"
    r"|tahun[ \t]+lalu|lomba))*[ \t]*[,:]?[ \t]*\Z"
)
#: An RT and a list word right before another RT (``RT 27, RT 26``, ``RT 13 deng RT 01``), or
#: a space alone (``di rt 03 rt 04 dan rt 07``).
_RT_LIST_AFTER = re.compile(
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}[ \u00a0]{0,2}(?:,|dan|deng|&|-|[\u2013\u2014])?[ \u00a0]{0,2}"
    r"rt(?![a-z])"
    # a day between in a schedule (``RT 03 Senin, RT 05 Rabu``)
    rf"|rt[ .\u00a0]{{0,2}}[0-9]{{1,3}}[ \u00a0]{{1,2}}{_DAYS}"
    r"[ \u00a0]{0,2}[,;][ \u00a0]{0,2}rt(?![a-z])"
)


def _nobodys_list(lowered: str, first: int) -> bool:
    """Whether a list of RTs whose first starts at ``first`` names areas, not where someone
    lives: no person, no home and no writer in the clause before it (``Sonde ada air di RT 13
    deng RT 01``; not ``Saya tinggal di RT 05, RT 06 ...``); people named by a plural word are
    many households, no one's home (``ibu-ibu yang punya balita di RT 11, RT 12``)."""
    clause = last_clause(lowered[max(0, first - 80) : first])
    if "-" in clause:
        clause = _PLURAL_WORD.sub(" ", clause)
    return lex.PERSON_IN_CLAUSE.search(clause) is None


#: A word written twice for its plural (``ibu-ibu``, ``bapak-bapak``).
_PLURAL_WORD = re.compile(r"(?<![a-z])([a-z]+)-\1(?![a-z])")


#: A count right before ``warga`` (``beberapa warga``, ``ada 3 warga``): residents as a
#: community. A bare number is no count (``No 12 warga RT 3``: a house's number).
_COUNTED = re.compile(
    r"(?<![a-z0-9])(?:(?:ada|sudah|sekitar|lebih dari)[ \u00a0]{1,2}[0-9]{1,4}|beberapa|banyak|para"
    r"|semua|seluruh|sejumlah|puluhan|ratusan)[ \u00a0]{1,2}\Z"
)


def _residents(lowered: str, start: int) -> bool:
    """Whether ``warga`` before the RT at ``start`` names its residents as a community (``warga
    RT 07 mengeluh``, ``Salam dari warga RT 02``, ``warga di RT 03 banyak yg demam``) rather than
    where the writer or a person named in the clause lives (``Kami warga RT 11/RW 12``, ``Sy
    Erni Haba, warga RT 23``): the annotation guide labels an RT written as where someone lives.
    """
    found = lex.RESIDENTS_BEFORE.search(lowered, max(0, start - 16), start)
    if found is None:
        return False
    if found.group("di"):
        return True
    if lex.VOICED_BEFORE.search(lowered, max(0, found.start() - 12), found.start()) is not None:
        return True  # ``keluhan warga RT 01``: the residents' complaint, carried by someone
    if _COUNTED.search(lowered, max(0, found.start() - 12), found.start()) is not None:
        return True  # ``SUDAH ADA 3 WARGA RT 26 KENA``: residents counted, a community
    lo = max(0, found.start() - 80)
    line = lowered.rfind("\n", lo, found.start()) + 1
    # read up to ``warga`` itself: a sentence's end right before it is a break only with a
    # word after it (``... pukul 15.43. Warga RT 004 ...``)
    clause = last_clause(lowered[max(lo, line) : found.end()])
    return (
        lex.PERSON_IN_CLAUSE.search(clause) is None
        # ``Penelepon: Abraham Lakapu, lansia, warga RT 22``: the caller named, then where
        # they live
        and _CALLER_NAMED.search(lowered, max(lo, line), found.start()) is None
        # ``dialihkan ke Beatrix Oematan, warga RT 041/RW 012``: a person named right before
        and not _named_resident(lowered, max(lo, line), found.start())
    )


#: Two or three words and a comma right before ``warga`` (``beatrix oematan, ``), one word of
#: description and its comma between too (``marta lomi, lansia, ``).
_WORDS_AND_COMMA = re.compile(
    r"([a-z][a-z'\-]+)[ \t]+([a-z][a-z'\-]+)(?:[ \t]+([a-z][a-z'\-]+))?,"
    r"(?:[ \t]*[a-z]+,)?[ \t]*\Z"
)


def _named_resident(lowered: str, lo: int, end: int) -> bool:
    """Whether a person's name stands right before ``warga`` at ``end``, a comma between: two or
    three words, one of which the built-in gazetteer knows as a name and as no ordinary word
    (the address detector runs before the name detectors, so it reads the words themselves)."""
    words = _WORDS_AND_COMMA.search(lowered, lo, end)
    if words is None:
        return False
    from pengaduan.redaction.gazetteer import default_name_words  # noqa: PLC0415 - a cycle

    names = default_name_words()
    return any(word in names for word in words.groups() if word is not None)


#: A person named after a caller's or a reporter's label, a comma and at most one word of
#: description before ``warga`` (`_residents`).
_CALLER_NAMED = re.compile(
    r"(?<![a-z])(?:penelepon|pelapor|pengadu|pemohon|nama|pengirim)[ \t]*:[ \t]*"
    r"[a-z][a-z.'\- ]{1,40},(?:[ \t]*[a-z]+,)?[ \t]*\Z"
)


#: The longest match of `lex.RT_ROLE_BEFORE`: its longest word (``sekretariat``), a dot and two
#: spaces.
_ROLE_REACH = 14


def _role_before(before: str, end: int) -> bool:
    """Whether ``lex.RT_ROLE_BEFORE.search(before, 0, end)`` finds a role.

    A match ends at ``end`` (the pattern's ``\\Z``) and is at most `_ROLE_REACH` characters
    long, so it starts in the last `_ROLE_REACH` characters: the search starts there (its
    look-behind still sees the character before), instead of trying the pattern, which opens
    with that look-behind, at every position of the 40 characters.
    """
    return lex.RT_ROLE_BEFORE.search(before, max(0, end - _ROLE_REACH), end) is not None


#: An RT named as a team (``RT 19 juara 1``, ``RT 05 vs RT 07``, ``RT 03 menang``).
_TEAM = re.compile(
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}[ \u00a0]{0,2}"
    r"(?:juara|menang|manang|kalah|vs|versus|lawan|melawan)(?![a-z])"
)
#: Words right before an RT named as a team or a chat group (``tim RT 05``, ``RT 05 vs RT
#: 07``, ``Grup RT 02:``, ``masuk di grup RT 32``).
_TEAM_BEFORE = (
    "tim ",
    "team ",
    "vs ",
    "vs. ",
    "versus ",
    "lawan ",
    "grup ",
    "group ",
    # the neighbourhood's youth (``anak muda RT 22``, ``pemuda RT 05``, ``karang taruna RT 3``)
    "anak muda ",
    "pemuda ",
    "karang taruna ",
    # a group's admin as a chat's sender (``Admin RT 21:``)
    "admin ",
    "wag ",
    # ``retribusi sampah RT 19``: the RT as the unit whose levy a collector takes
    "retribusi ",
    "retribusi sampah ",
    "iuran ",
    "iuran sampah ",
    # ``Pemenang tahun lalu, RT 11``: the team that won
    "pemenang ",
    "pemenang tahun lalu, ",
    # the residents addressed (``Selamat sore bapa mama warga RT 11``, ``Bapa mama RT 29``)
    "bapa mama ",
    "bapa mama warga ",
    "bapak ibu warga ",
    "bapak/ibu warga ",
    "bapak/ibu lansia warga ",
    "bapak/ibu lansia ",
    "ibu-ibu ",
    "bapak-bapak ",
    "mama-mama ",
    "bapa-bapa ",
    # public works at the neighbourhood (``rabat beton di RT 03``): a place of the works,
    # nobody's home (a drain's is often the writer's own street: ``SOAL DRAINASE RT 18``)
    "rabat beton ",
    "jembatan ",
    "sumur bor ",
)
#: An RT, a range word and another RT (``warga RT 7 sampai RT 19``): the residents of several
#: RTs, a community.
_RT_RANGE_AFTER = re.compile(
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}[ \u00a0]{0,2}(?:s/d|s\.d\.?|sampai|hingga)[ \u00a0]{0,2}rt"
    r"(?![a-z])"
)
#: An RT and a range or list word right before another RT (``RT 01 s/d ``, ``RT 3 sampai ``,
#: ``RT 10 dan ``).
_RT_RANGE_BEFORE = re.compile(
    r"rt[ .\u00a0]{0,2}[0-9]{1,3}[ \u00a0]{0,2}"
    # a day after the RT before, or before the separator (``RT 03 Senin, ``)
    rf"(?:{_DAYS}[ \u00a0]{{0,2}})?"
    r"(?:s/d|s\.d\.?|sd|sampai|hingga|dan|deng|-|\u2013|\u2014|,|&)[ \u00a0]{0,2}"
    # or after it (``Senin RT 01 - RT 04, Rabu ``)
    rf"(?:{_DAYS}[ \u00a0]{{0,2}})?\Z"
)


def _office_before(lowered: str, start: int) -> bool:
    """Whether `lex.OFFICE_BEFORE` finds an office in the 60 characters before ``start``.

    The pattern ends with a comma, an opening bracket or ``di`` and maybe spaces right before
    ``start``; most addresses have none there, and that is told without running the pattern.
    """
    lo = max(0, start - 60)
    before = lowered[lo:start].rstrip(" \t\u00a0")
    if before.endswith(_OFFICE_OPENING) and _LANDMARK_BEFORE.search(before) is None:
        # ``Kantor Kelurahan Namosain, Jl. Amabi No. 30``: the office's name opens; ``samping
        # kantor Kelurahan Oebufu RT 05`` is a home beside it
        return True
    if "kantor" in before or "gedung" in before:
        named = _OFFICE_NAMED.search(before)
        if named is not None and named.group("lead") not in _LANDMARK_WORDS:
            return True  # ``Lamaran ke kantor DLHK Jl. Adisucipto No. 132``: the office's
    if (
        _BUSINESS_ADDRESS_WORD.search(before) is not None
        and _BUSINESS_ADDRESS.search(before) is not None
        and not any(word in before for word in _LANDMARK_WORDS)
        # ``Alamat Usaha : JL. OEBANANTA NO. 67 (RUMAH SENDIRI)``: the business is at home
        and "rumah sendiri" not in lowered[start : start + _HOME_AFTER_REACH]
    ):
        # ``Alamat Usaha : JL. NURI NO. 131``, ``Nama Instansi: SMKN 4 Kupang`` then ``Alamat:``,
        # ``Warung Kopi Sasando di Jl. Jambu No. 86``: a business's or an institution's seat
        return True
    if (
        # ``Antrean di Dukcapil Jl. Timor Raya No. 52``: the office's seat
        before.endswith(_OFFICE_SHORT_NAMES)
        # ``Penyedia : PT Karya Lontar`` / ``NPWP Penyedia : ...`` / ``NIB : ...`` / ``Alamat :``,
        # ``Berkas ... dikirim ke ...@... atau diantar ke Jl. ...``: a company's or an office's
        or _bodys_fields(lowered, start)
    ):
        return True
    if not before.endswith((",", "(", "di", "ke", "-", "\u2013", "\u2014")):
        return False
    return lex.OFFICE_BEFORE.search(lowered, lo, start) is not None


#: Offices' short names right before an address, with no comma between.
_OFFICE_SHORT_NAMES = (
    " dukcapil",
    " disdukcapil",
    " bapenda",
    " samsat",
    " dinsos",
    " dinkes",
    " dishub",
    " dlhk",
    " kantah",
)


#: How far after an address's start ``(rumah sendiri)`` says a business is at home.
_HOME_AFTER_REACH = 80
#: What says the address after it is a business's or an institution's: its label (``Alamat
#: Usaha :``), a form's ``Nama Instansi`` line before ``Alamat:``, or a business named right
#: before ``di`` (on the 60 lower-cased characters before an address, spaces cut at the end).
_BUSINESS_ADDRESS = re.compile(
    r"(?:alamat[ \t\u00a0]+(?:usaha|kantor|instansi|sekolah|toko|perusahaan|warung|kios"
    r"|sekretariat|posko|gereja|masjid|yayasan|komite|gudang|pabrik|bengkel|outlet|gerai"
    # a pharmacy's, a clinic's, a depot's, a boarding house's, a course's seat (``Alamat apotek
    # :``; not ``Alamat objek :``, a tax object, often the owner's home)
    r"|apotek|apotik|klinik|depot|kos|kost|lkp)"
    r"(?:nya)?(?:[ \t\u00a0]+(?!saya|sy|kami|beta)[a-z]+){0,2}[ \t\u00a0]*:?"
    r"|nama[ \t\u00a0]+(?:instansi|sekolah|usaha|perusahaan)[ \t\u00a0]*:[^\n]*\n"
    r"[ \t\u00a0]*alamat[ \t\u00a0]*:"
    r"|(?<![a-z])(?:warung|kedai|rumah[ \t\u00a0]makan|restoran|kafe|cafe|cabang"
    # a shop, a workshop, a depot or a gas agent named before ``di`` or a comma (``Depot di
    # Jl. ...``, ``Bengkel Mobil Sinar Timur, Jl. ...``)
    r"|(?<!milik )(?:depot|pangkalan))"
    # (not the owner's own at home: ``pemilik kios sembako di``, ``bengkel las milik Bapak ...
    # di rumahnya, Jl. ...``)
    r"(?:(?!rumah)[^\n.,;:]){0,40}(?:[ \t\u00a0]di|,)"
    r"|(?<![a-z])(?:workshop|showroom|outlet)[ \t\u00a0:]*"
    # a body's seat under its label (``Sekretariat: Jl. ...``, an advert's ``Kantor: Jl. ...``),
    # a school's after its register number on its letterhead's line (``NPSN 50311050 · Jl. ...``)
    r"|(?<![a-z])(?:sekretariat|kantor)[ \t\u00a0]*:[ \t\u00a0]*"
    # a form's outlet or branch, its name, then its seat (``Outlet : Flobamora Ponsel, Jl.``)
    r"|(?<![a-z])(?:outlet|gerai|cabang|konter|counter)[ \t\u00a0]*:[^\n:]{1,40},[ \t\u00a0]*"
    # where a service opens (``Asistensi SPT dibuka Senin-Jumat, jam 08.00-15.00 di Jl. ...``)
    r"|(?<![a-z])(?:dibuka|buka|melayani)(?![a-z])[^\n]{0,60}?[ \t\u00a0]di"
    r"|(?<![a-z])npsn[ \t\u00a0.:]*[0-9]{8}[ \t\u00a0]*[\u00b7\u2022|,\-][ \t\u00a0]*"
    # a company's name, then its seat in a bracket, after a comma or after ``di`` (``UD Laut
    # Timor (Jl. ...``, ``CV Timor Jaya di Jl. ...``)
    rf"|(?<![a-z]){lex.COMPANY_FORMS_PATTERN}[ \t\u00a0]+[a-z][a-z \t\u00a0]{{0,40}}?"
    # (or a dash: ``UD Maju Jaya - Jl. ...``)
    r"(?:[ \t\u00a0]*[(,]|[ \t\u00a0]+di|[ \t\u00a0]+[\-\u2013\u2014])[ \t\u00a0]*"
    # a letterhead's next line (``KOP: YAYASAN PENDIDIKAN ...``), and a company named at its
    # line's start one or two lines above ``Alamat:`` (an invoice's ``Kepada: CV Karya Lontar``,
    # then ``NPWP : ...``); not a person's employer (``Pekerjaan: karyawan PT ...``)
    r"|(?:\A|\n)[ \t\u00a0]*kop(?:[ \t\u00a0]+surat)?[ \t\u00a0]*:[^\n]*\n[ \t\u00a0]*"
    r"|(?:\A|\n)[ \t\u00a0]*(?:[a-z ]{1,20}:[ \t\u00a0]*)?"
    r"(?:cv|pt|ud|yayasan|koperasi|ksu|ksp|bumdes|gmit|gereja|jemaat|masjid)"
    # (its seat's field a line or two further: ``ALAMAT WP :``, a building's ``Lokasi :``)
    r"(?![a-z])[^\n]*\n(?:[^\n]*\n){0,2}[ \t\u00a0]*(?:alamat(?:[ \t\u00a0]+wp)?|lokasi)"
    r"[ \t\u00a0]*:[ \t\u00a0]*)\Z"
)
#: A word each of `_BUSINESS_ADDRESS`'s readings holds (``makan`` of ``rumah makan``, ``buka``
#: of ``dibuka``, the companies' forms): where none stands, the pattern cannot match, and that
#: one scan for words is cheaper than the pattern's (one trie of the words: the engine rejects a
#: position after one test).
_BUSINESS_ADDRESS_WORD = re.compile(
    lex.trie_pattern(
        sorted(
            lex.words(
                """
                alamat warung kedai makan restoran kafe cafe cabang depot pangkalan workshop
                showroom outlet sekretariat kantor gerai konter counter buka melayani npsn kop
                yayasan koperasi ksu ksp bumdes gmit gereja jemaat masjid
                """
            )
            | lex.COMPANY_FORMS
        )
    )
)


def _bodys_fields(lowered: str, start: int) -> bool:
    """Whether a company's or a body's fields lead up to the address at ``start``, or papers are
    to be brought or delivered to it (`_SEAT_FIELDS`, `_PAPERS_TO`, `_BRACKETED_SEAT`): each
    pattern is tried only where the text right before the address ends as its matches do."""
    end = start
    while end and lowered[end - 1] in " \t":
        end -= 1
    lo = max(0, start - _FIELDS_REACH)
    last = lowered[end - 1 : end]
    if last == ":":
        return _SEAT_FIELDS.search(lowered, lo, end) is not None
    if last in ("e", "i") and lowered.endswith(("ke", "di"), lo, end):
        return (
            _PAPERS_WORD.search(lowered, lo, end) is not None
            and _PAPERS_TO.search(lowered, lo, end) is not None
        ) or (
            lowered.find("objek", lo, end) != -1
            and _LEASED_PREMISES.search(lowered, lo, end) is not None
        )
    if last in (",", "("):
        return _BRACKETED_SEAT.search(lowered, lo, end) is not None
    return False


#: How far before an address `_bodys_fields` reads.
_FIELDS_REACH = 200
#: A company's or a body's fields above its seat's: a label, the body, then up to three lines
#: of its numbers before ``Alamat :`` (``Penyedia : PT Karya Lontar`` / ``NPWP Penyedia : ...``
#: / ``NIB : ...`` / ``Alamat :``).
_SEAT_FIELDS = re.compile(
    r"(?:\A|\n)[ \t]*(?:[a-z ]{1,20}:[ \t]*)?(?:cv|pt|ud|koperasi|yayasan)[ \t.]"
    r"[^\n]*\n(?:[ \t]*(?:npwp|nib|nitku|npwpd|siup|tdp|telp|hp|email|nomor|no)[^\n]*\n){1,3}"
    r"[ \t]*alamat[ \t]*:\Z"
)
#: Papers to be brought or delivered to an address, an office's: a notice asking its readers
#: to bring them (``silakan membawa buku tabungan ke Jl. ...``; not to someone's home: ``datang
#: ke rumah sy di``), or papers sent there (``Berkas ... dikirim ke ...@... atau diantar ke``).
_PAPERS_TO = re.compile(
    r"(?<![a-z])(?:silakan|silahkan|harap|mohon)[ \t]+(?:membawa|bawa|datang|hadir|mengantar)"
    r"(?:(?!rumah)[^\n.]){0,60}?[ \t](?:ke|di)\Z"
    r"|(?<![a-z])(?:berkas|dokumen|lamaran|formulir|map|surat[ \t]+lamaran)(?![a-z])[^\n]{0,100}?"
    r"(?:diantar|antar|diserahkan|serahkan|dimasukkan|masukkan)(?:[ \t]+langsung)?[ \t]+ke\Z"
)
#: Business premises as the object of a lease (``Objek sewa: ruko di Jl. ...``): a shop-house,
#: a kiosk or a warehouse let, nobody's home (a house let, ``rumah tinggal di``, is one).
_LEASED_PREMISES = re.compile(
    r"(?<![a-z])objek[ \t]+(?:sewa|sewa[ \t-]*menyewa|kontrak)[ \t]*:[ \t]*"
    r"(?:sebuah[ \t]+|satu[ \t]+|1[ \t]+)?(?:unit[ \t]+)?"
    r"(?:ruko|rukan|kios|gudang|toko|lapak|los|bangunan[ \t]+usaha|ruang[ \t]+usaha)"
    r"(?![a-z])[^\n,:]{0,30}[ \t]di\Z"
)
#: A word each reading of `_PAPERS_TO` holds (``lamaran`` of ``surat lamaran``): where none
#: stands in the window, the pattern cannot match there (as `_LEASED_PREMISES` without
#: ``objek``).
_PAPERS_WORD = re.compile(
    lex.trie_pattern(
        ("silakan", "silahkan", "harap", "mohon", "berkas", "dokumen", "lamaran", "formulir", "map")
    )
)
#: A company, then its seat after a bracket of its numbers or its years (``milik CV Lopo Indah
#: (NPWP 70.977..., Jl. ...``, ``Kasir di CV Teluk Persada (2021 - 2025), Jl. ...``), or a
#: workplace's field, the office, then its seat in a bracket (``Tempat tugas sekarang : Badan
#: Pendapatan Daerah Kota Kupang (Jl. ...``).
_BRACKETED_SEAT = re.compile(
    rf"(?<![a-z]){lex.COMPANY_FORMS_PATTERN}[ \t]+[a-z][a-z0-9 .&']{{0,40}}?[ \t]*"
    r"\((?:[^()\n]{0,40}\)[ \t]*,|[^()\n]{0,80},)\Z"
    r"|(?<![a-z])(?:tempat[ \t]+(?:tugas|kerja)|unit[ \t]+kerja|satuan[ \t]+kerja|instansi)"
    r"[^\n:]{0,12}:[^\n(]{1,80}\(\Z"
    # a body's officer acting for it, the body's name (however long), then its seat: a
    # contract's party (``PIHAK PERTAMA : Pejabat Pembuat Komitmen Dinas Penanaman Modal dan
    # Pelayanan Terpadu Satu Pintu Kota Kupang, Jl. ...``)
    r"|(?<![a-z])(?:pejabat[ \t]+pembuat[ \t]+komitmen|ppk|kuasa[ \t]+pengguna[ \t]+anggaran"
    r"|pengguna[ \t]+anggaran|pejabat[ \t]+pengadaan)[ \t]+(?:pada[ \t]+)?"
    r"(?:dinas|badan|bagian|kantor|sekretariat|setda|inspektorat|satuan|rsud|puskesmas"
    r"|kecamatan|kelurahan|dprd|bappeda|bapenda|bpbd|uptd)(?![a-z])[^\n,;:()]{0,100},\Z"
)
#: An office's word and its name (one or two words) right before an address, and the word
#: before them (``ke kantor DLHK``; ``samping kantor lurah`` is a landmark near a home).
_OFFICE_NAMED = re.compile(
    r"(?:(?<![a-z])(?P<lead>[a-z]+)[ \t\u00a0]+)?(?<![a-z])(?:kantor|gedung)[ \t\u00a0]+"
    r"[a-z]{2,12}(?:[ \t\u00a0]+[a-z]{2,12})?\Z"
)
_LANDMARK_WORDS = frozenset(
    {"samping", "sebelah", "dekat", "depan", "belakang", "blkg", "seberang", "sblh", "dpn"}
)


#: A word that makes the office after it a landmark near a home (``samping kantor ...``).
_LANDMARK_BEFORE = re.compile(
    r"(?<![a-z])(?:samping|sebelah|dekat|depan|belakang|blkg|seberang|sblh|dpn|alamat)"
    r"[ \t\u00a0:]+(?:kantor|balai|aula)\Z"
)
#: The words of an office's name that the chain of its address may follow straight away (the
#: chain then opens with its area: ``Kantor Kelurahan Namosain, Jl. ...``).
_OFFICE_OPENING = (" kantor", " balai", " aula", "\nkantor", "\nbalai", "\naula", "(kantor")


def _home_in_clause(lowered: str, start: int) -> bool:
    """Whether the clause before an address says it is a home before naming a building
    (``rumah saya dekat kantor lurah di Jl. ...``): the building is a landmark, the address the
    home's."""
    lo = max(0, start - 60)
    line = lowered.rfind("\n", lo, start) + 1
    return lex.HOME_BEFORE_OFFICE.search(lowered, max(lo, line), start) is not None


def _office_heading(lowered: str, start: int) -> bool:
    """Whether the address is an office's, in a letter's heading: it opens its line (after
    ``di`` at most) and one of the two lines before names an office (``Yth. Kepala Dinas PUPR``);
    or it follows a dot on a heading's line, after the body's name (``Puskesmas Penfui
    · Jl. Amabi No. 122 · Telp ...``) or under it (``KSP BERKAT BERSAMA`` then ``Badan Hukum
    No. ... · Jl. ...``); or it stands in a table's row that a body's word opens (``Kantor | - |
    (0380) ... | Jl. ...``) and that says nothing of a home."""
    line_start = lowered.rfind("\n", 0, start) + 1
    if "|" in lowered[line_start:start]:
        # a row opened by a body's name (``Kantor | - | (0380) ... | Jl. Veteran No. 27``,
        # ``Outlet Lontar Cell | Jl. ...``), not at home (``Kios sayur | Jl. ... (rumah
        # sendiri)``)
        opening = lowered[line_start:start].split("|", 1)[0].split()
        line_end = lowered.find("\n", start)
        return (
            bool(opening)
            and opening[0].rstrip(".") in lex.ORGANISATION_FIRST_WORDS
            and "rumah" not in lowered[line_start : line_end if line_end >= 0 else len(lowered)]
        )
    if lex.HEADING_LEAD.fullmatch(lowered, line_start, start) is None:
        separated = _AFTER_SEPARATOR.search(lowered, line_start, start)
        if separated is None:
            return False
        first = _HEADING_SEPARATOR.split(lowered[line_start : separated.start()], maxsplit=1)[0]
        return lex.OFFICE_HEADING.fullmatch(first) is not None or heading_above(lowered, line_start)
    return heading_above(lowered, line_start)


#: The dot between a heading line's parts, right before an address (a table's bar is the
#: table's to read).
_AFTER_SEPARATOR = re.compile(r"[ \t]*[\u00b7\u2022][ \t]*\Z")
_HEADING_SEPARATOR = re.compile(r"[ \t]*[\u00b7\u2022][ \t]*")


#: A business's own name as a text's first line, as an advert or a page heads its post
#: (``Toko Bangunan Sumber Rejeki``, ``BENGKEL LAS KARYA BARU``): a business's word and one to
#: five words of letters, alone on the line. Matched on the lower-cased text's start.
_BUSINESS_FIRST_LINE = re.compile(
    r"[ \t*]*(?:toko|t0ko|warung|kios|bengkel|salon|laundry|depot|apotek|apotik|rental"
    r"|catering|katering|konter|counter|rumah[ \t]+makan|mini[ \t]?market|percetakan|fotokopi"
    r"|fotocopy|cv|pt|ud"
    # a boarding house's and a wholesaler's (``KOS SUMBER BERKAT OEBUFU - TERIMA PUTRI``)
    r"|kos|kost|grosir)"
    # (nobody speaking in it: ``Kos saya kebanjiran``)
    r"(?:[ \t]+(?!(?:saya|sy|beta|aku|kami|sa)(?![a-z]))[a-z&'.\-]+){1,5}[ \t*]*"
    r"(?P<end>\n|[-\u2013\u2014:][ \t])"
)
#: A home, the writer or a person's record, between a business's heading and an address: the
#: address may be theirs.
_HOME_OR_WRITER = re.compile(
    r"(?<![a-z])(?:rumah|rmh|tinggal|domisili|saya|sy|beta|aku"
    # a person's record under a company's heading (``PT POS INDONESIA`` ... ``Nama KPM : ...``,
    # ``NIK : ...``, then ``Alamat : RT 8/RW 13``)
    r"|nik|kpm|penerima|pelanggan|pasien|pemohon|peserta)(?![a-z])"
)


def _advertised(lowered: str, start: int) -> bool:
    """Whether the address is a business's in its own advert: right after ``Alamat`` (a colon
    at most between), in a text whose first line is the business's name (``Toko Bangunan Sumber
    Rejeki`` then ``DISKON semen! Alamat Jl. Kenari No. 7. Telp ...``), or anywhere in a text
    that opens with the business's name and a dash or a colon (``FOTOKOPI BERKAT JAYA - cetak
    pas foto ... Jl. Frans Seda No. 107, buka ...``), with no home or writer spoken of between
    them. The annotation guide leaves a business's address visible."""
    heading = _BUSINESS_FIRST_LINE.match(lowered)
    if (
        heading is not None
        and heading.group("end") == "\n"
        and not lowered[max(0, start - 10) : start].rstrip(" \t\u00a0:").endswith("alamat")
        # a receipt's or a notice's heading, its address on the next line (``MINI MARKET
        # SUMBER REZEKI`` then ``Jl. W.J. Lalamentik No. 105 Kupang``)
        and lowered[heading.end() : start].strip(" \t\u00a0") != ""
    ):
        return False  # under a heading alone on its line, only the address after ``Alamat``
    return (
        heading is not None
        and heading.end() <= start
        and _HOME_OR_WRITER.search(lowered, heading.end(), start) is None
    )


#: How far back from an address the clause of ``beralamat di`` is read.
_SEAT_REACH = 120
#: How far back from an address its seat's words are looked for (``berkedudukan di :``, and a
#: few spaces).
_SEAT_WORDS = 24


def _organisations_seat(lowered: str, start: int) -> bool:
    """Whether the address is where an organisation is seated (``CV Sinar Timor, NPWP ...,
    beralamat di Jl. ...``): after ``beralamat``, ``berkedudukan`` or ``berlokasi``, the
    clause's subject, the first owner it names, is a company, a cooperative, a foundation or a
    shop (the words that say an NPWP is one's), before any person's word (``Saya, pemilik CV
    Maju, beralamat di ...`` gives a home). The annotation guide leaves a business's address
    visible."""
    seat = lex.SEATED_AT.search(lowered, max(0, start - _SEAT_WORDS), start)
    if seat is None:
        return False
    clause = last_clause(lowered[max(0, start - _SEAT_REACH) : seat.start()])
    organisation = lex.NPWP_ORGANISATION_BEFORE.search(clause)
    person = lex.NPWP_PERSON.search(clause)
    return organisation is not None and (person is None or organisation.start() < person.start())


@attrs.frozen(kw_only=True)
class AddressDetector:
    """Home addresses: a street with a house number, or an RT/RW, with the area around it.

    Components are chained: ``Jl./Jalan/Gg./Perum ...``, ``No. 12``/``Blok C/5``,
    ``RT 003/RW 005``, ``Kel./Kec./Desa/Kota ...``. A chain is an address when it has a street
    and a house number, an RT/RW pair, an RT with a street or area, or an RT alone (``tinggal
    di RT 14``, ``drainase RT 18``: the guide's ``RT 12``), unless it is a role (``Ketua RT
    09``, ``Ketua RT 01 s/d RT 10``). An
    office's address in a letter's heading (after ``Yth. Kepala Dinas ...`` or ``PEMERINTAH
    KOTA ...``) or right after an office (``kantor lurah Lasiana, Jl. ...``) is not a home and
    is left alone. A dot after an area's name ends the address unless an address word follows
    (``Kel. Merdeka. Rekening BSI ...``). A bare street (``jalan di Jl. Frans Seda rusak``) is
    a place, not a home address, and is left alone.

    Attributes:
        name: the detector name recorded in spans.
    """

    name: str = attrs.field(default="address", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find home addresses in ``text``."""
        resume = 0
        for start in _all_anchors(text, context):
            if start < resume or _DIGIT.search(text, start, start + 120) is None:
                continue
            chain = self._chain(text, start)
            end = chain[1] if chain is not None else None
            if (
                end is not None
                and text[start] in _RT_FIRST
                and _names_no_home(context.lowered, start)
            ):
                resume = end  # the whole chain is the role's or the community's
                continue
            if (
                end is not None
                and not text[:start].strip()
                and text[start] in _RT_FIRST
                and _HEADING_AFTER.match(text, end) is not None
            ):
                resume = end  # ``RT 038 / RW 006 — VERIFIKASI DATA PBI JK``: the notice's sender
                continue
            if end is None and (lone := lex.RT_ALONE.match(text, start)) is not None:
                end = lone.end() if _where_someone_lives(context.lowered, start) else None
            if end is not None and text[end : end + 1] == "_":
                continue  # ``rt19_kompak``: a handle's word, no RT
            if end is not None and (
                # ``Kelurahan Oetete, RT 03 juara 2``: the chain ends in a team
                _TEAM.search(context.lowered, max(start, end - 8), end + 12) is not None
            ):
                end = None
            if end is not None and (
                _office_heading(context.lowered, start)
                or (
                    _office_before(context.lowered, start)
                    and not _home_in_clause(context.lowered, start)
                )
                # Every word of `lex.SEATED_AT` opens with ``ber``, in its last `_SEAT_WORDS`
                # characters: most addresses have none there and are told so without a call.
                or (
                    context.lowered.find("ber", max(0, start - _SEAT_WORDS), start) != -1
                    and _organisations_seat(context.lowered, start)
                )
                or _advertised(context.lowered, start)
            ):
                # an office's or a business's address: no later detector takes a word of it
                # for a name (``Workshop Jl. Ade Irma No. 23A``: a street, not a woman)
                context.keep(start, end)
                end = None
            if end is not None:
                resume = end
                begin, finish = chain[0] if chain is not None else (start, end)
                # the kelurahan, kecamatan or city before or after the street or RT names an
                # area of thousands: left visible, and no later detector takes its words
                if begin > start:
                    context.keep(start, begin)
                if finish < end:
                    context.keep(finish, end)
                yield new_finding(PiiKind.ADDRESS, begin, finish, self.name)

    @staticmethod
    def _chain(text: str, start: int) -> tuple[tuple[int, int], int] | None:
        """The end of the address opening at ``start``, with the span of its street, house
        number and RT/RW (the areas before and after them left out), or None."""
        pos = end = start
        home_start = home_end = -1
        street = number = pair = rt = region = False
        first = True
        size = len(text)
        while True:
            at = pos if first else _GAP_MATCH(text, pos).end()  # type: ignore[union-attr]
            if at >= size:
                break
            char = text[at]
            is_region = False
            if (
                char in _STREET_FIRST
                and (found := lex.STREET.match(text, at))
                and (
                    (words_end := _address_words(text, found.end(), 5)) > found.end()
                    or _complex_block(text, found)
                )
            ):
                street, end = True, max(words_end, found.end())
            elif char in _NUMBER_FIRST and (found := lex.HOUSE_NUMBER.match(text, at)):
                number, end = True, found.end()
            elif char in _RT_FIRST and (found := lex.RT_RW.match(text, at)):
                rt, end = True, found.end()
                # ``RT 005/015``: the RW's number after a slash makes a pair too
                pair = pair or "rw" in found.group().lower() or "/" in found.group()
            elif (
                char in _REGION_FIRST
                and (found := lex.REGION.match(text, at))
                and (words_end := _address_words(text, found.end(), 3)) > found.end()
            ):
                region = is_region = True
                end = words_end
            else:
                break
            if not is_region:
                home_end = end
                if home_start == -1:
                    home_start = at
            pos = end
            first = False
        if (street and number) or pair or (rt and (street or region)):
            return (home_start, home_end), end
        return None
