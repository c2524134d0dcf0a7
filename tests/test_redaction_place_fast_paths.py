"""The place detectors' fast paths give what the plain scans they replace give.

The plate, address and gazetteer detectors locate their candidates from per-text facts (the
text's byte shape, its word set, the stretches between earlier findings) instead of scanning
every position with a pattern. Each fast path is compared here with the plain scan on
generated text that mixes the detectors' words in every case, digits, separators, earlier
findings that cut words, combining marks, digits outside ASCII and other scripts.
"""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import example, given
from hypothesis import strategies as st

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_address import _anchors, _office_before
from pengaduan.redaction._detect_base import (
    DetectionContext,
    KnownIdentity,
    _ascii_alnum,
    _bounded,
)
from pengaduan.redaction._detect_plate import _capital_plates
from pengaduan.redaction._word_index import has_marks
from pengaduan.redaction.gazetteer import (
    _GAP,
    _GAP_NEXT,
    _INITIAL,
    _LOOKBACK,
    _NEXT,
    _TOKEN_BEFORE,
    NameGazetteer,
    _occurrences,
    _tokens_before,
    _trigger,
    _visible_occurrences,
)

_PLACE_WORDS = (
    "Jl.",
    "jl",
    "JLN",
    "jalan",
    "Gg",
    "gang",
    "RT",
    "rt",
    "RW",
    "Kel.",
    "kel",
    "kec",
    "Desa",
    "dusun",
    "perum",
    "Blok",
    "No.",
    "kantor",
    "DH",
    "EA",
    "B",
    "AB",
    "KH",
    "M",
    "motor",
    "plat",
    "no pol",
    "Kasih",
    "kasih",
    "Maria",
    "MARIA",
    "yohanes",
    "Ndun",
    "Tanone",
    "terima",
    "Bapak",
    "nama saya",
    "Hormat saya",
    "keluarga",
    "ttd",
    "Gereja",
    "Santa",
    "RS",
    "bidan",
    "desa",
)
_PIECES = st.one_of(
    st.sampled_from(_PLACE_WORDS),
    st.sampled_from(" \n\t,.:;/-()0123456789"),
    st.sampled_from(("12", "1234", "03", "0", "-12-", " 12 ")),
    st.sampled_from("\u00a0\u0301\u00e9\u00b2\u0661\u2013\U0001f64f\u212a_\ud800"),
    st.text(alphabet="aZ1 -.\u0301", max_size=3),
)
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(_PIECES, max_size=24).map(" ".join),
)
_SPANS = st.lists(
    st.tuples(st.integers(0, 24) | st.integers(0, 300), st.integers(1, 6) | st.integers(1, 40)),
    max_size=10,
)


def _context(text: str, spans: list[tuple[int, int]]) -> DetectionContext:
    size = len(text)
    return DetectionContext(
        text,
        KnownIdentity(),
        [(min(a, size), min(a + n, size)) for a, n in spans if min(a, size) < size],
    )


@example("AB 12 CD 34 EF", [])  # a plate's suffix opens the next one
@example("xDH 1234 AB", [(0, 1)])  # a letter before it ends an earlier finding
@example("DH\u00a01234\u00a0AB", [])  # no-break spaces
@given(_TEXTS, _SPANS)
def test_capital_plates_are_the_bounded_scan(text: str, spans: list[tuple[int, int]]) -> None:
    context = _context(text, spans)
    assert _capital_plates(text, context) == list(
        _bounded(lex.PLATE_BARE, text, _ascii_alnum, context)
    )


@example("xjl. Merdeka", [(0, 1)])  # an anchor glued to an earlier finding
@example("jl\u0301 x", [])  # a combining mark after the word
@example("jl\u00b2 3", [])  # a digit outside ASCII that is not a decimal one
@example("5rt 3, rt 4", [])  # a digit before the word
@given(_TEXTS, _SPANS)
def test_address_anchors_are_the_bounded_scan(text: str, spans: list[tuple[int, int]]) -> None:
    context = _context(text, spans)
    plain = [
        start
        for start, _ in _bounded(lex.ADDRESS_ANCHOR_BARE, context.lowered, str.isalnum, context)
    ]
    assert list(_anchors(context)) == plain


@given(_TEXTS)
def test_office_before_is_the_pattern_search(text: str) -> None:
    lowered = text.lower()
    for start in range(len(text) + 1):
        plain = lex.OFFICE_BEFORE.search(lowered, max(0, start - 60), start) is not None
        assert _office_before(lowered, start) == plain


def _uncovered(
    context: DetectionContext, occurrences: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    starts, ends = context.collapsed()
    kept = []
    for start, end in occurrences:
        index = bisect_right(ends, start)
        if not (index < len(starts) and starts[index] < end):
            kept.append((start, end))
    return kept


@example("kasih maria kasih", [(0, 5)])  # one occurrence covered, one not
@example("xmaria maria", [(1, 6)])  # an earlier finding that cuts a word
@example("mari\u0301a maria", [])  # a combining mark inside a word
@example("maria\u0301 maria", [])  # and right after one
@given(_TEXTS, _SPANS)
def test_visible_occurrences_are_the_uncovered_ones(
    text: str, spans: list[tuple[int, int]]
) -> None:
    names = NameGazetteer.default().names | {"x", "ti"}
    context = _context(text, spans)
    plain = _occurrences(context.lowered, names, context.words)
    fast = _visible_occurrences(context, names)
    assert fast == sorted(fast)
    assert _uncovered(context, fast) == _uncovered(context, plain)
    if not has_marks(text):
        assert set(fast) <= set(plain)


@example("Hormat saya, : , ,: Kasih")
@example("a.n. Kasih")
@example("ttd\n- Kasih")
@example("di jalan Maria Kasih")  # a place word three tokens back
@given(_TEXTS)
def test_tokens_before_give_the_trigger_of_the_whole_window(text: str) -> None:
    for start in range(len(text) + 1):
        whole = _TOKEN_BEFORE.findall(text, max(0, start - _LOOKBACK), start)
        short = _tokens_before(text, start)
        assert whole[len(whole) - len(short) :] == short
        assert _trigger(short) == _trigger(whole)


@example("Yohanes  \tNdun")  # a gap of two, then a tab
@example("Maria M. Da Costa")
@given(_TEXTS)
def test_gap_and_next_word_are_read_in_one_match(text: str) -> None:
    for pos in range(len(text) + 1):
        gap = _GAP.match(text, pos)
        plain = _NEXT.match(text, gap.end()) if gap is not None else None
        fast = _GAP_NEXT(text, pos)
        assert (fast.span(1) if fast else None) == (plain.span() if plain else None)
        if plain is not None:
            start, end = plain.span()
            initial = end - start == 2 and text[start + 1] == "."
            assert initial == (_INITIAL.fullmatch(text, start, end) is not None)
