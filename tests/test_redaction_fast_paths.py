"""The redaction fast paths give what the straightforward form they replace gives.

Each scan that avoids work (translating only the runs outside ASCII, trying a pattern only where
its opening words stand) is compared with the plain form on generated text that mixes ASCII,
the characters folding changes or removes, other scripts, marks and lone surrogates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from hypothesis import example, given
from hypothesis import strategies as st

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_address import (
    _NUMBER_FIRST,
    _REGION_FIRST,
    _RT_FIRST,
    _STREET_FIRST,
)
from pengaduan.redaction._detect_base import (
    CONTEXT_LOOKBACK,
    DetectionContext,
    Finding,
    KnownIdentity,
)
from pengaduan.redaction._detect_email import _AT_WORD, _obfuscated_matches
from pengaduan.redaction._detect_name import (
    _chat_header_ends,
    _name_span,
    _name_span_tokens,
    _scan,
    _signature_ends,
)
from pengaduan.redaction._fold import _table, fold, fold_text
from pengaduan.redaction.gazetteer import _INITIALS_BEFORE, _may_end_initials
from pengaduan.redaction.redactor import _any_glued, _glued

_WORDS = (
    "bapak",
    "Ibu",
    "nama saya",
    "a.n.",
    "sdr.",
    "hormat saya",
    "salam",
    "ttd",
    "pelapor",
    "wassalam",
    "Pak",
    "dr.",
    "ko",
)
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(" \n\t,.:-()[]0123456789"),
    st.sampled_from("\u200b\u00ad\ufeff\u00a0\u2013\uff10\uff21\u0661\u201c\u201d\U0001f64f"),
    st.sampled_from("\u00e9\u0130\u00c4\ud800\U0001d7d8"),
    st.text(max_size=3),
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@cache
def _removed() -> re.Pattern[str]:
    removed = sorted(code for code, value in _table().items() if value is None)
    return re.compile("[" + "".join(re.escape(chr(code)) for code in removed) + "]")


@given(_TEXTS)
def test_fold_is_the_translation_table(text: str) -> None:
    pattern = _removed()
    folding = fold(text)
    assert folding.text == text.translate(_table()) == fold_text(text)
    shifts = [match.start() - k for k, match in enumerate(pattern.finditer(text))]
    assert [folding.position(i) for i in range(len(folding.text))] == [
        i + sum(1 for s in shifts if s <= i) for i in range(len(folding.text))
    ]


@given(_TEXTS)
def test_ascii_translations(text: str) -> None:
    context = DetectionContext(text, KnownIdentity(), [])
    assert context.lowered == text.translate(lex.ASCII_LOWER)


@given(_TEXTS)
def test_name_triggers_are_the_pattern_matches(text: str) -> None:
    context = DetectionContext(text, KnownIdentity(), [])
    lowered = context.lowered
    expected = [(m.start(), m.end(), m.group()) for m in lex.NAME_TRIGGER.finditer(lowered)]
    assert [trigger[:3] for trigger in _scan(context)[0]] == expected


@given(
    st.lists(
        st.sampled_from(
            [
                "[17/08/26 14.01] ",
                "7/2/26, 16.43 - ",
                "Anace Ndun: ",
                "\n",
                "x",
                "[",
                "1",
                "/",
                ":",
                " ",
            ]
        ),
        max_size=20,
    ).map("".join)
    | _TEXTS
)
def test_chat_headers_are_the_pattern_matches(text: str) -> None:
    lowered = text.translate(lex.ASCII_LOWER)
    assert _chat_header_ends(lowered) == [m.end() for m in lex.CHAT_HEADER.finditer(lowered)]


@given(_TEXTS)
def test_signatures_are_the_pattern_matches(text: str) -> None:
    context = DetectionContext(text, KnownIdentity(), [])
    lowered = context.lowered
    assert _signature_ends(lowered, _scan(context)[1]) == [
        m.end() for m in lex.SIGNATURE.finditer(lowered)
    ]


def _plain_window_before(context: DetectionContext, position: int, width: int) -> str:
    """`DetectionContext.window_before` written plainly: every span in reach, sorted, swept."""
    text = context.text
    lo = max(0, position - CONTEXT_LOOKBACK)
    starts, ends = context.collapsed()
    spans = [
        *zip(starts, ends, strict=True),
        *zip(context._local_starts, context._local_ends, strict=True),
    ]
    intervals = sorted(
        (max(start, lo), min(end, position))
        for start, end in spans
        if start < position and end > lo
    )
    pieces: list[str] = []
    cursor = lo
    for start, end in intervals:
        if end <= cursor:
            continue
        if start > cursor:
            pieces += [text[cursor:start], "\x1f"]
        elif not pieces or pieces[-1] != "\x1f":
            pieces.append("\x1f")
        cursor = end
    pieces.append(text[cursor:position])
    return "".join(pieces)[-width:].lower()


# Mostly near the start of the text, so spans of the three sources often touch and overlap.
_SPANS = st.lists(
    st.tuples(st.integers(0, 24) | st.integers(0, 420), st.integers(1, 6) | st.integers(1, 60)),
    max_size=12,
)


@example("abcdefghijklmnop", [(5, 3)], [], [(2, 3)], 40)  # a covered span touching a finding
@given(
    st.text(alphabet="ab C.\n1", min_size=0, max_size=420),
    _SPANS,
    _SPANS,
    _SPANS,
    st.sampled_from([1, 5, 16, 40, 120, 400]),
)
def test_window_before_is_the_plain_sweep(
    text: str,
    tags: list[tuple[int, int]],
    found: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    width: int,
) -> None:
    size = len(text)

    def clip(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(min(a, size), min(a + n, size)) for a, n in spans if min(a, size) < size]

    context = DetectionContext(text, KnownIdentity(), clip(tags))
    context.absorb([Finding(kind="x", start=a, end=b, detector="t") for a, b in clip(found)])
    for start, end in sorted(clip(covered)):
        context.cover(start, end)
    for position in range(size + 1):
        assert context.window_before(position, width=width) == _plain_window_before(
            context, position, width
        )


# Name words: the run read in one match gives what the word-by-word loop gives.
_NAME_PIECES = st.one_of(
    st.sampled_from(
        (
            "Yohanes",
            "ndun",
            "NDUN",
            "Maria",
            "M.",
            "Muh.",
            "dr.",
            "Drs.",
            "lurah",
            "Opa",
            "tertulis",
            '"Lynce',
            "Ratu\u201d",
            "Mau",
            "mau",
            "Kas",
            "Daerah",
            "KPPS",
            "RM-98",
            "O'Neil",
            "Da",
            "info",
            "sudah",
            "Bripka",
            "\u00c9lise",
            "x\u0301",
        )
    ),
    st.sampled_from(" \t\u00a0\n.,:-\"'0123"),
    st.text(alphabet="aBc.-' ", max_size=3),
)
_NAME_TEXTS = st.lists(_NAME_PIECES, max_size=24).map("".join)


@given(
    _NAME_TEXTS,
    st.integers(0, 80),
    _SPANS,
    st.tuples(
        st.booleans(),
        st.sampled_from(["", "a.n.", "atas nama", "bapak", "nama saya", "sy"]),
        st.integers(1, 12),
    ),
)
def test_name_run_is_the_word_loop(
    text: str, position: int, found: list[tuple[int, int]], how: tuple[bool, str, int]
) -> None:
    strong, trigger, max_words = how
    size = len(text)
    position = min(position, size)
    spans = [(min(a, size), min(a + n, size)) for a, n in found if min(a, size) < size]
    context = DetectionContext(text, KnownIdentity(), spans)
    starts, ends = context.collapsed()
    assert _name_span(text, position, starts, ends, strong, trigger, max_words) == (
        _name_span_tokens(text, position, starts, ends, strong, trigger, max_words)
    )


@given(st.text(alphabet="aB. \t\n-_", max_size=14))
def test_initials_are_looked_for_wherever_they_may_end(text: str) -> None:
    for end in range(len(text) + 1):
        if _INITIALS_BEFORE.search(text, max(0, end - 9), end) is not None:
            assert _may_end_initials(text, end)


@given(st.text(alphabet="aB1 ,;:()[]\n\t.@_-+%/'\u2019\u00e9!", max_size=30), _SPANS)
def test_glued_findings_are_the_plain_check(text: str, found: list[tuple[int, int]]) -> None:
    size = len(text)
    findings = [
        Finding(kind="name", start=min(a, size - 1), end=min(a + n, size), detector="t")
        for a, n in found
        if size
    ]
    assert _any_glued(text, findings) == any(_glued(text, f) for f in findings)


@given(st.text(alphabet="x", min_size=60, max_size=60), _SPANS, _SPANS)
def test_collapsed_spans_are_the_plain_merge(
    text: str, tags: list[tuple[int, int]], found: list[tuple[int, int]]
) -> None:
    def clip(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(min(a, 60), min(a + n, 60)) for a, n in spans]

    context = DetectionContext(text, KnownIdentity(), clip(tags))
    context.absorb([Finding(kind="x", start=a, end=b, detector="t") for a, b in clip(found)])
    merged: list[list[int]] = []
    for start, end in sorted([*clip(tags), *clip(found)]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    assert context.collapsed() == ([a for a, _ in merged], [b for _, b in merged])


@given(st.text(min_size=1, max_size=4) | st.sampled_from(["Jl", "gg", "No 5", "RT 3", "Kel."]))
def test_address_components_open_with_their_first_characters(text: str) -> None:
    probe = text + " x 12"
    for pattern, first in (
        (lex.STREET, _STREET_FIRST),
        (lex.HOUSE_NUMBER, _NUMBER_FIRST),
        (lex.RT_RW, _RT_FIRST),
        (lex.REGION, _REGION_FIRST),
    ):
        if pattern.match(probe) is not None:
            assert probe[0] in first


def _plain_window_after(context: DetectionContext, position: int, width: int) -> str:
    """`DetectionContext.window_after` as it was first written: pieces summed at each step."""
    text = context.text
    starts, ends = context.collapsed()
    hi = min(len(text), position + CONTEXT_LOOKBACK)
    index = bisect_left(ends, position + 1)
    pieces: list[str] = []
    cursor = position
    while index < len(starts) and starts[index] < hi:
        start, end = starts[index], ends[index]
        if start > cursor:
            pieces.append(text[cursor:start])
        pieces.append("\x1f")
        cursor = max(cursor, end)
        index += 1
        if sum(len(p) for p in pieces) >= width:
            break
    pieces.append(text[cursor:hi])
    return "".join(pieces)[:width].lower()


@given(
    st.text(alphabet="ab C.\n1\u0130", min_size=0, max_size=420),
    _SPANS,
    _SPANS,
    st.sampled_from([-3, 0, 1, 5, 16, 40, 120, 400]),
)
def test_window_after_is_the_plain_sweep(
    text: str, tags: list[tuple[int, int]], found: list[tuple[int, int]], width: int
) -> None:
    size = len(text)

    def clip(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(min(a, size), min(a + n, size)) for a, n in spans if min(a, size) < size]

    context = DetectionContext(text, KnownIdentity(), clip(tags))
    context.absorb([Finding(kind="x", start=a, end=b, detector="t") for a, b in clip(found)])
    for position in range(size + 1):
        assert context.window_after(position, width=width) == _plain_window_after(
            context, position, width
        )


_EMAIL_PIECES = st.lists(
    st.sampled_from(
        [
            "x",
            "ab.c",
            "yuli_9",
            "gmail",
            "yahoo",
            "com",
            "co",
            "id",
            "@",
            " @ ",
            "@ ",
            " at ",
            " AT ",
            "(at)",
            " [at] ",
            " (keong) ",
            "(et)",
            "[@]",
            "keong",
            " et ",
            " dot ",
            "[dot]",
            " titik ",
            "(titik)",
            ".",
            " . ",
            " ",
            "\u00a0",
            "(",
            "-",
            "bat",
            "at",
            "\n",
        ]
    ),
    max_size=14,
).map("".join)


@example("x @ gmail.com")
@example("a(at)b.com at c dot id")
@example("x at yahoo dot com. at b.id")
@example("a (keong) b titik com et c(et)d.id")
@given(_EMAIL_PIECES)
def test_obfuscated_email_matches_are_the_pattern_scan(text: str) -> None:
    """Tried only before every ``@`` and every word ``at``, the pattern matches what scanning
    the whole text with it matches."""
    lowered = text.lower()
    separators = sorted(
        [i for i, char in enumerate(text) if char == "@"]
        + [m.start() for m in _AT_WORD.finditer(lowered)]
    )
    fast = [m.span() for m in _obfuscated_matches(text, separators)]
    assert fast == [m.span() for m in lex.OBFUSCATED_EMAIL.finditer(text)]
