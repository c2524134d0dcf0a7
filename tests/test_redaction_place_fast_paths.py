"""The place detectors' fast paths give what the plain scans they replace give.

The plate, address and gazetteer detectors locate their candidates from per-text facts (the
text's byte shape, its word set, the stretches between earlier findings) instead of scanning
every position with a pattern. Each fast path is compared here with the plain scan on
generated text that mixes the detectors' words in every case, digits, separators, earlier
findings that cut words, combining marks, digits outside ASCII and other scripts.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_address import (
    _ROLE_REACH,
    _anchors,
    _office_before,
    _role_before,
)
from pengaduan.redaction._detect_base import (
    DetectionContext,
    KnownIdentity,
    _ascii_alnum,
    _bounded,
)
from pengaduan.redaction._detect_plate import _REACH, _VEHICLE_WORDS, _capital_plates, _regions
from pengaduan.redaction._word_index import has_marks
from pengaduan.redaction.gazetteer import (
    _BUSINESSES,
    _FAMILY,
    _GAP,
    _GAP_NEXT,
    _INITIAL,
    _KIN,
    _LOOKBACK,
    _NEXT,
    _PLACES,
    _POSSESSIVE,
    _PRONOUNS,
    _ROLE_QUALIFIERS,
    _STRONG,
    _STRONG_AFTER,
    _TITLES,
    _TOKEN_BEFORE,
    _WEAK,
    GazetteerNameDetector,
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


def _plain_regions(lowered: str, words: frozenset[str]) -> set[tuple[int, int]]:
    regions: set[tuple[int, int]] = set()
    for word in _VEHICLE_WORDS.intersection(words):
        at = lowered.find(word)
        while at != -1:
            after = at + len(word)
            if (not at or not lowered[at - 1].isalpha()) and (
                after == len(lowered) or not lowered[after].isalpha()
            ):
                regions.add((after, after + _REACH))
            at = lowered.find(word, after)
    dash = lowered.find("-", 1)
    while dash != -1:
        if "a" <= lowered[dash - 1] <= "z" and "0" <= lowered[dash + 1 : dash + 2] <= "9":
            regions.add((max(0, dash - 3), dash - 1 + _REACH))
        dash = lowered.find("-", dash + 1)
    return regions


@example("ea-3015-a dh-12 -1 a-")
@example("x-\u0661 \u00e9-1 a--1")  # a digit outside ASCII, a letter outside ASCII
@given(_TEXTS)
def test_plate_regions_are_the_dash_by_dash_scan(text: str) -> None:
    context = _context(text, [])
    lowered = context.lowered
    assert _regions(lowered, context.words) == _plain_regions(lowered, context.words)


def _plain_trigger(tokens: list[str]) -> str | None:  # noqa: PLR0911, PLR0912 - a ladder
    """`_trigger` as a plain ladder of set tests, one list after the other."""
    lower_words = 0
    recent = tokens[-5:]
    for back, token in enumerate(reversed(recent), 2):
        word = token.lower().rstrip(".")
        if word in _ROLE_QUALIFIERS and back <= len(recent) and recent[-back].lower() in _WEAK:
            return "weak"
        if word in _PLACES or word in _BUSINESSES:
            return "place"
        if (
            (word in _WEAK and word not in _TITLES)
            or word in _STRONG
            or word in _FAMILY
            or word in _PRONOUNS
        ):
            break
        if not token[0].isupper() and word not in _TITLES:
            lower_words += 1
            if lower_words > 1 or not token[0].isalpha():
                break
    while tokens and tokens[-1] in (":", ","):
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = tokens[-1].lower().rstrip(".")
    if last == "-":
        opens = (
            len(tokens) == 1
            or tokens[-2] == "\n"
            or not tokens[-2][0].isalnum()
            or (tokens[-2][-1] == "." and len(tokens[-2]) > 4 and tokens[-2][:-1].isalpha())
        )
        return "strong" if opens else None
    previous = tokens[-2].lower() if len(tokens) > 1 else ""
    if last in _STRONG or _STRONG_AFTER.get(last) == previous:
        return "strong"
    if last in _POSSESSIVE and previous in _KIN:
        return "kin"
    if last in _ROLE_QUALIFIERS and previous in _WEAK:
        return "weak"
    if last in _FAMILY:
        return "family"
    if last in _WEAK or last in _TITLES:
        return "weak"
    return None


_TRIGGER_WORDS = sorted(
    _ROLE_QUALIFIERS | _PLACES | _BUSINESSES | _WEAK | _STRONG | _FAMILY | _TITLES | _PRONOUNS
)
_TOKENS = st.lists(
    st.sampled_from(_TRIGGER_WORDS).map(str.title)
    | st.sampled_from(_TRIGGER_WORDS)
    | st.sampled_from(_TRIGGER_WORDS).map(lambda word: word + ".")
    | st.sampled_from(("Maria", "yohanes", "RS", "Dr.", ":", ",", "-", "\n", "5", "x", "dicek.")),
    min_size=1,
    max_size=8,
)


@example(["Bidan", "desa"])  # a role's qualifier after its role
@example(["rs", "bhayangkara", "drs."])  # a title among lower-case words
@example(["desa", "Dr."])
@example(["JEMAAT", "KAMI"])  # a pronoun after a place's word
@example(["dicek.", "-"])  # a dash after a sentence's end
@given(_TOKENS)
def test_trigger_reads_the_words_as_the_plain_ladder(tokens: list[str]) -> None:
    assert _trigger(list(tokens)) == _plain_trigger(list(tokens))


_AMBIGUOUS_TEXTS = st.lists(
    st.sampled_from(
        (
            "kasih",
            "Kasih",
            "KASIH",
            "Selamat",
            "bunga",
            "terima",
            "Tanone",
            "Maria",
            "mama",
            "sy",
            "Hormat saya",
            "keluarga",
            "a.n.",
            "nama",
            "ttd",
            "RS",
            "bidan",
            "desa",
            "Dr.",
            "-",
            ":",
            ",",
            ".",
            "\n",
            "5",
        )
    ),
    max_size=12,
).map(" ".join)


@example("terima kasih")
@example("Mama sy Kasih")  # kin and a possessive
@example("keluarga Kasih")
@example("Hormat saya,\nKasih")
@example("- kasih")
@given(_AMBIGUOUS_TEXTS)
def test_a_lone_ambiguous_word_is_judged_as_by_the_whole_ladder(text: str) -> None:
    detector = GazetteerNameDetector()
    context = _context(text, [])
    lowered = context.lowered
    for start, end in _visible_occurrences(context, detector.gazetteer.names):
        words = detector._run(text, lowered, start, end, context)
        quick = detector._judge(text, lowered, words, context)
        assert quick == detector._judge(text, lowered, words, context, quick=False)


@pytest.mark.parametrize(
    "text",
    [
        "Maria dan Kasih datang",
        "Maria, Kasih datang",
        "[NAME] dan Kasih datang",
        "Maria deng Sinar Indah",
        "Maria dan Bunga Kasih",
        "Maria pung ana Kasih pung buku",
    ],
)
def test_a_lone_ambiguous_word_after_a_name_found_is_judged_as_by_the_whole_ladder(
    text: str,
) -> None:
    detector = GazetteerNameDetector()
    first = text.split(maxsplit=1)[0].rstrip(",")
    context = _context(text, [(0, len(first))])
    lowered = context.lowered
    for start, end in _visible_occurrences(context, detector.gazetteer.names):
        words = detector._run(text, lowered, start, end, context)
        quick = detector._judge(text, lowered, words, context)
        assert quick == detector._judge(text, lowered, words, context, quick=False)


_ROLE_WORDS = re.search(r"\(\?:([a-z|]+)\)", lex.RT_ROLE_BEFORE.pattern).group(1).split("|")  # type: ignore[union-attr]


def test_the_role_reach_is_the_longest_role_match() -> None:
    """`_ROLE_REACH` is the longest word of `RT_ROLE_BEFORE`, a dot and two spaces."""
    assert max(map(len, _ROLE_WORDS)) + 3 == _ROLE_REACH


@example("ketua sekretaris.  ")
@example("wakil\u00a0 ")
@example("xse ")
@given(
    st.lists(
        st.sampled_from([*_ROLE_WORDS, "rt 01", "s/d", ".", " ", "  ", "\u00a0", "x", "5", "\n"])
        | st.text(max_size=2),
        max_size=10,
    ).map("".join)
)
def test_role_before_is_the_search(before: str) -> None:
    """`_role_before` says what ``RT_ROLE_BEFORE.search`` over the whole stretch says."""
    for end in range(len(before) + 1):
        expected = lex.RT_ROLE_BEFORE.search(before, 0, end) is not None
        assert _role_before(before, end) == expected
