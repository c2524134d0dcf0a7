"""The number detector's fast paths give what the plain form they replace gives.

Each check that lets the detector skip a pattern, or build a window without
`DetectionContext.window_before`, is compared with the plain form on generated text that mixes
the words those rules look for, digits, letters typed for digits, the marks that end clauses and
sentences, collapsed findings and characters outside ASCII.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import phonenumbers
from hypothesis import example, given
from hypothesis import strategies as st

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._clauses import ends_sentence, last_clause
from pengaduan.redaction._detect_base import DetectionContext, KnownIdentity
from pengaduan.redaction._detect_number import (
    _BROKEN_RUN,
    _DIGIT_OR_LETTER,
    _LETTERED_ANCHORS,
    _LETTERED_SIXTEEN,
    _NUMBER_REACH,
    _anchors,
    _broken_runs,
    _Facts,
    _lettered_sixteens,
    _office_account,
    _said_to_be_an_offices,
    _sentence_contexts,
    _Spans,
)
from pengaduan.redaction._detect_phone import (
    _SERVICE_PREFIXES,
    _SERVICE_TYPES,
    _e164_typed,
    _phone_e164,
    _service_line,
)
from pengaduan.redaction._phone_owner import (
    AFTER_OFFICE_LINE,
    AFTER_WIDTH,
    NUMBER_OF_BEFORE,
    POSING_BEFORE,
    following_owner,
)
from pengaduan.redaction._phone_stated import (
    _AFTER_PATTERNS,
    _ANY_AFTER,
    _INTRO_CHARS,
    _listed_office,
    _noun_before,
    _stated_after,
    text_marks,
)

_WORDS = (
    "nik",
    "NIK",
    "ktp",
    "kk",
    "keluarga",
    "kependudukan",
    "no. hp",
    "hp",
    "wa",
    "telp.",
    "rek",
    "bank ntt",
    "dinas sosial",
    "kantor lurah",
    "puskesmas",
    "milik",
    "punya",
    "kepunyaan",
    "adalah nomor kantor",
    "nomor hp di atas adalah telepon kantor",
    "a.n",
    "tertulis di",
    "spanduk",
    "toko",
    "bengkel",
    "admin",
    "dan",
    "deng",
    "atau",
    "rp",
    "idr",
    "kami",
    "saya",
    "pak",
    "tanggal",
    "jl",
    "telp",
    "resmi",
    "sim",
)
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(" \n\t,.:;!?-()[]/0123456789oOlIi\x1f"),
    st.sampled_from(["0812", "5371", "0380", "\u00a0", "\u00e9", "\u0130", "\u212a", "\ud800"]),
    st.text(max_size=3),
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)
_LOWERED = _TEXTS.map(lambda text: text.translate(lex.ASCII_LOWER))


@given(_LOWERED, st.integers(min_value=0, max_value=200))
@example("sdh telp.", 8)
@example("12.", 2)
@example("\x1f.", 1)
@example("foto ktp. nomor", 8)
@example("nik. 5371", 3)
@example("data kk. nomor", 7)
def test_ends_sentence_is_the_pattern(window: str, mark: int) -> None:
    mark = min(mark, len(window))
    document = re.search(r"(?<![a-z])(?:ktp|nik|kk|sim|fb|ig)\Z", window[:mark]) is not None
    plain = (
        re.match(r" [a-z]", window[mark + 1 : mark + 3]) is not None
        if document
        else lex.SENTENCE_END.search(window, 0, mark) is not None
    )
    assert ends_sentence(window, mark) == plain


def _plain_clause(window: str) -> str:
    last = 0
    for found in lex.CLAUSE_BREAK.finditer(window):
        if window[found.start()] in ".!?" and not ends_sentence(window, found.start()):
            continue
        last = found.end()
    return window[last:]


@given(_LOWERED)
@example("jl. el tari\ntoko jaya. wa ")
@example("dinas sosial; telp. hp ")
@example("sdh telp. \n;  x. y")
def test_a_clause_is_read_from_the_last_line_break(window: str) -> None:
    # `last_clause` scans from the last line break or semicolon, not from the window's start.
    assert last_clause(window) == _plain_clause(window)


def _plain_stated_after(after: str) -> bool:
    return any(pattern.match(after) is not None for pattern in _AFTER_PATTERNS)


@given(_LOWERED)
@example(" adalah nomor kantor")
@example(" (toko jaya)")
@example(" a.n \x1f")
@example("\nnomor hp di atas adalah telepon kantor")
def test_the_union_matches_where_one_of_its_patterns_does(after: str) -> None:
    assert (_ANY_AFTER.match(after) is not None) == _plain_stated_after(after)
    if _ANY_AFTER.match(after) is None:
        assert _stated_after(after) is None


def _plain_anchors(lowered: str) -> list[tuple[int, int]]:
    """The anchors as the detector first found them: every anchor word, then a letter typed for
    a digit searched for in the reach after it."""
    found: list[tuple[int, int]] = []
    for anchor in _LETTERED_ANCHORS:
        at = lowered.find(anchor)
        while at != -1:
            if lex.LETTER_BY_DIGIT.search(lowered, at, at + _NUMBER_REACH) is not None:
                found.append((at, at + len(anchor)))
            at = lowered.find(anchor, at + 1)
    return found


@given(_LOWERED)
@example("nik sy 537102230773o208")
@example("kk" + " " * 61 + "1o")
@example("kk" + " " * 62 + "1o")
@example("\u00e9kk 1o")
def test_anchors_are_the_plain_search(lowered: str) -> None:
    assert sorted(_anchors(lowered)) == sorted(_plain_anchors(lowered))


@given(_LOWERED)
def test_the_marks_keep_the_offsets(lowered: str) -> None:
    marks = lowered.encode("ascii", "replace").translate(_DIGIT_OR_LETTER)
    assert len(marks) == len(lowered)


_SPANS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=12)),
    max_size=6,
)


@given(
    _TEXTS,
    _SPANS,
    _SPANS,
    st.integers(min_value=0, max_value=400),
    st.sampled_from([40, 80, 120]),
)
@example("a" * 300 + "nik: 12", [(5, 200)], [], 306, 40)
@example("x" * 50, [(3, 10), (20, 5)], [(40, 2)], 45, 40)
@example("x" * 50, [(20, 5)], [(0, 24)], 45, 40)
def test_windows_before_are_the_contexts_windows(
    text: str,
    fixed: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    position: int,
    width: int,
) -> None:
    length = len(text)
    spans = [(min(start, length), min(start + size, length)) for start, size in fixed]
    context = DetectionContext(text, KnownIdentity(), spans)
    facts = _Facts(context)
    for start, size in sorted(covered):
        facts.cover(min(start, length), min(start + size, length))
    position = min(position, length)
    assert facts.before(position, width) == context.window_before(position, width=width)


@given(_TEXTS, _SPANS, st.integers(min_value=0, max_value=400))
@example("0812 " + "x" * 70, [(10, 3)], 4)
@example("0812 " + "x" * 70, [(10, 3), (20, 2)], 4)
@example("0812 " + "x" * 70, [(10, 3), (80, 2)], 4)
@example("0812" + "x" * 70, [(67, 3)], 4)
def test_windows_after_are_the_contexts_windows(
    text: str, fixed: list[tuple[int, int]], position: int
) -> None:
    length = len(text)
    spans = [(min(start, length), min(start + size, length)) for start, size in fixed]
    context = DetectionContext(text, KnownIdentity(), spans)
    position = min(position, length)
    assert _Facts(context).after(position) == context.window_after(position, width=AFTER_WIDTH)


def _owned(after: str) -> bool:
    return following_owner(after) == "owned"


@given(_LOWERED)
@example(" milik dinas sosial")
@example(" yg kepunyaan kantor lurah")
def test_a_number_belongs_to_an_office_only_after_its_words(after: str) -> None:
    # `_owner` skips `following_owner` for a mobile after a phone word where neither word
    # follows: only ``"owned"`` changes that context.
    if _owned(after):
        assert "milik" in after or "punya" in after


@given(_LOWERED)
@example("toko jaya\nwa ")
@example("0380 889061 / wa ")
@example("dinas sosial 0380826340;\n")
def test_the_clause_rules_find_nothing_where_the_window_has_nothing(window: str) -> None:
    # `stated_owner` skips its clause rules for a mobile where the window holds a line break or
    # a semicolon and neither a noun nor a listed line: the clause is then a part of it.
    if (
        ("\n" in window or ";" in window)
        and lex.NOUN_BEFORE.search(window) is None
        and lex.LISTED_AFTER.search(window, max(0, len(window) - _INTRO_CHARS)) is None
    ):
        clause = last_clause(window)
        assert len(clause) < len(window)
        assert not _noun_before(clause)
        assert not _listed_office(clause)


@given(_LOWERED)
@example("rek bank ntt dinas sosial bank ntt ")
@example("rekening resmi retribusi: bank ntt ")
def test_an_office_account_needs_an_office_word(window: str) -> None:
    plain = False
    found = _sentence_contexts(window)
    first = next((i for i, match in enumerate(found) if match.kind == "bank"), None)
    if first is not None:
        plain = (
            any(match.kind in ("office", "institution") for match in found[first + 1 : -1])
            and lex.PERSON_BETWEEN.search(window, found[first].start) is None
        )
    assert _office_account(window) == plain


@given(_LOWERED)
@example("harga rp. ")
@example("idr  ")
def test_an_amount_needs_a_currency_word_in_the_tail(window: str) -> None:
    tail = window[-9:]
    if lex.MONEY_BEFORE.search(window, max(0, len(window) - 9)) is not None:
        assert "rp" in tail or "idr" in tail or "usd" in tail


_PLAIN_DIGIT_RUN = re.compile(
    r"[0-9](?:(?:[ .\-()\u00a0]{0,3}|\n(?=[0-9]{3,10}(?![0-9]|[ .\-()\u00a0]{1,3}[0-9])))"
    r"[0-9]){6,}+"
)
_DIGITS = st.lists(
    st.sampled_from(["0", "12", "5371", "08123", " ", "  ", "   ", "    ", ".", "-", "(", ")"])
    | st.sampled_from(["\n", "\u00a0", "x", "/", "o"]),
    max_size=30,
).map("".join)


@given(_DIGITS)
@example("0812 3456\n789")
@example("08 1234    567")
def test_digit_runs_with_possessive_separators(text: str) -> None:
    runs = [m.span() for m in lex.DIGIT_RUN.finditer(text)]
    assert runs == [m.span() for m in _PLAIN_DIGIT_RUN.finditer(text)]
    for start, end in runs:
        # A run without a separator is one group (the detector skips the group scan there).
        groups = [m.span() for m in lex.DIGIT_GROUP.finditer(text, start, end)]
        assert (groups == [(start, end)]) == text[start:end].isdigit()


def _parsed_e164(digits: str, *, international: bool, lenient: bool) -> str | None:
    """`_phone_e164` as it read every number: through ``phonenumbers.parse``."""
    if not 8 <= len(digits) <= 15:
        return None
    if international:
        candidate = "+" + digits
    elif digits.startswith("0"):
        if digits[1] == "0":
            return None
        candidate = "+62" + digits[1:]
    elif digits.startswith("62") and digits[2] != "0":
        candidate = "+" + digits
    else:
        return None
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return None
    ok = phonenumbers.is_possible_number(number) if lenient else None
    if not ok and not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_NATIONAL = st.tuples(
    st.sampled_from(["0", "62", "620", "00", "6", ""]),
    st.text(alphabet="0123456789", min_size=1, max_size=16),
).map("".join)


@given(_NATIONAL, st.booleans())
@example("081234567890", False)  # a mobile
@example("0380821447", True)  # a fixed line in Kupang
@example("08001234567", True)  # toll-free
@example("6280712345678", False)
@example("62812345", True)
def test_indonesian_numbers_are_read_as_parsed(digits: str, lenient: bool) -> None:
    phone, kind = _e164_typed(digits, False, lenient)
    assert phone == _phone_e164(digits, international=False, lenient=lenient)
    assert phone == _parsed_e164(digits, international=False, lenient=lenient)
    if phone is not None:
        plain = phone.startswith(_SERVICE_PREFIXES) or (
            phonenumbers.number_type(phonenumbers.parse(phone, None)) in _SERVICE_TYPES
        )
        assert _service_line(phone) == plain
        assert _service_line(phone, kind) == plain  # the type read on the way, handed over


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=12),
    st.lists(st.tuples(st.integers(0, 70), st.integers(1, 8)), max_size=12),
)
def test_spans_overlap_is_the_scan_of_every_span(
    added: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    """Spans kept sorted and bisected answer as a scan of every span does (for spans that do
    not overlap each other, as the detector adds them)."""
    spans = _Spans()
    kept: list[tuple[int, int]] = []
    for start, size in added:
        end = start + size
        if any(a < end and start < b for a, b in kept):
            continue
        spans.add(start, end)
        kept.append((start, end))
    for start, size in asked:
        end = start + size
        assert spans.overlaps(start, end) == any(a < end and start < b for a, b in kept)


_OWNER_WORDS = st.sampled_from(
    (
        "pangkalan",
        "ojek",
        "bengkel",
        "tu",
        "itu",
        "nomor",
        "nomornya",
        "no.",
        "no",
        "admin",
        "pkh",
        "wa",
        "mengaku",
        "ngaku",
        "mengatasnamakan",
        "dari",
        "dinas",
        "sosial",
        "pln",
        "123",
        "112",
        "/",
        ",",
        "atau",
        "dan",
        "&",
        "pengaduan:",
        "info:",
        "+",
        "(",
        ".",
        "\n",
        "\u00a0",
        "kios",
        "hubungi",
    )
)


class _Wide:
    """The number's facts as `_said_to_be_an_offices` reads them: the wider window, which is
    the whole text here."""

    def __init__(self, wide: str) -> None:
        self.wide = wide
        self.context = SimpleNamespace(lowered=wide)
        self.marks = text_marks(wide)

    def before(self, begin: int, width: int) -> str:
        del begin
        return self.wide[-width:]


@given(st.lists(_OWNER_WORDS, max_size=14).map(" ".join), st.sampled_from(["", " ", "\u00a0"]))
def test_said_to_be_an_offices_finds_what_its_patterns_find(words: str, gap: str) -> None:
    """The prefilters (a word of each pattern in the window) never hide a match."""
    wide = (words + gap)[-80:]
    window = wide[-40:]
    plain = (
        NUMBER_OF_BEFORE.search(wide) is not None
        or POSING_BEFORE.search(window) is not None
        or POSING_BEFORE.search(wide) is not None  # a claim further back than the window
        or AFTER_OFFICE_LINE.search(window) is not None
    )
    assert _said_to_be_an_offices(window, _Wide(wide), 0) == plain  # type: ignore[arg-type]


_ID_PIECES = st.one_of(
    st.sampled_from(
        ["5371", "0", "12", "o", "l", "i", "s", "b", "\n", " ", "a", ".", "-", "\u00e9"]
    ),
    st.text(alphabet="0123456789olisb\n", max_size=6),
)
_ID_TEXTS = st.lists(_ID_PIECES, max_size=40).map("".join)


@given(_ID_TEXTS)
@example("nik : 53710\n65208720202\n")
@example("x 12345678901234\n5\n123\n4567")
def test_broken_runs_are_the_pattern(lowered: str) -> None:
    """Numbers broken by a line break are the pattern's matches, tried at line breaks only."""
    plain = [hit.span() for hit in _BROKEN_RUN.finditer(lowered)]
    assert [hit.span() for hit in _broken_runs(lowered)] == plain


@given(_ID_TEXTS)
@example("1 yohanis 537106161181o181 laki")
@example("5371o6171172o2o2")
def test_lettered_sixteens_are_the_pattern(lowered: str) -> None:
    """Sixteen digits and letters for digits, read from the marks, are the pattern's matches
    that hold a letter beside a digit."""
    marks = lowered.encode("ascii", "replace").translate(_DIGIT_OR_LETTER)
    plain = [
        hit.start()
        for hit in _LETTERED_SIXTEEN.finditer(lowered)
        if lex.LETTER_BY_DIGIT.search(hit.group()) is not None
    ]
    assert _lettered_sixteens(lowered, marks) == plain
