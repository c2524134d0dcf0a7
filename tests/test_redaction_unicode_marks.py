"""Personal data next to punctuation and symbols outside ASCII is found as next to ASCII marks.

WhatsApp and social-media complaints put curly quotes, guillemets, ellipses, dashes, bullets,
full-width punctuation and emoji (with skin tones, joiners and variation selectors) right
against names and numbers. Each labelled span of the development corpora (never the blind one)
is wrapped in such marks, and so is the whole text; the redactor must find the same spans with
the same kinds as in the same text with ASCII marks of the same role in their place (a straight
quote for a curly one, ``*`` for a bullet or an emoji, WhatsApp's own bold).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.redaction import DetectionContext, KnownIdentity, Redactor
from pengaduan.redaction._fold import fold_text
from pengaduan.redaction.evaluation import load_corpus

DATA = Path(__file__).resolve().parent / "data"
CORPORA = ("redaction_corpus.jsonl", "redaction_dev.jsonl", "redaction_dev2.jsonl")
REDACTOR = Redactor.default()

#: Every labelled span of the development corpora: (text, start, end, kind).
SPANS = [
    (item.text, span.start, span.end, span.kind)
    for name in CORPORA
    for item in load_corpus(DATA / name)
    for span in item.spans
]
KINDS = sorted({kind for *_, kind in SPANS})

#: Marks outside ASCII that open a quotation or a list item, with the ASCII mark of their role.
OPENING = [
    ("\u201c", '"'),  # left double quotation mark
    ("\u2018", "'"),  # left single quotation mark
    ("\u00ab", '"'),  # left-pointing double angle quotation mark
    ("\u201e", '"'),  # double low-9 quotation mark
    ("\u2039", '"'),  # single left-pointing angle quotation mark
    ("\u300c", '"'),  # left corner bracket
    ("\u00a1", "!"),  # inverted exclamation mark
    ("\u00bf", "?"),  # inverted question mark
    ("\u2022", "*"),  # bullet
    ("\u00b7", "*"),  # middle dot
    ("\u2014", "-"),  # em dash
    ("\u2013", "-"),  # en dash
    ("\uff08", "("),  # fullwidth left parenthesis
]
#: Marks outside ASCII that close a quotation or a sentence, with their ASCII counterparts.
CLOSING = [
    ("\u201d", '"'),  # right double quotation mark
    ("\u2019", "'"),  # right single quotation mark
    ("\u00bb", '"'),  # right-pointing double angle quotation mark
    ("\u203a", '"'),  # single right-pointing angle quotation mark
    ("\u300d", '"'),  # right corner bracket
    ("\u2026", "."),  # horizontal ellipsis
    ("\u2014", "-"),  # em dash
    ("\u2013", "-"),  # en dash
    ("\u00b7", "*"),  # middle dot
    ("\uff09", ")"),  # fullwidth right parenthesis
    ("\uff0c", ","),  # fullwidth comma
    ("\uff1a", ":"),  # fullwidth colon
]
BASE_EMOJI = ["\U0001f64f", "\U0001f44d", "\U0001f621", "\U0001f642", "\u2764", "\U0001f469"]
SKIN_TONES = ["", *(chr(code) for code in range(0x1F3FB, 0x1F400))]


@st.composite
def emoji(draw: st.DrawFn) -> tuple[str, str]:
    """An emoji with an optional skin tone, variation selector and joined second emoji, and
    ``*`` as long as the emoji is once folded (the joiner is invisible and removed)."""
    text = draw(st.sampled_from(BASE_EMOJI)) + draw(st.sampled_from(SKIN_TONES))
    if draw(st.booleans()):
        text += "\ufe0f"
    if draw(st.booleans()):
        text += "\u200d" + draw(st.sampled_from(BASE_EMOJI))
    return text, "*" * len(fold_text(text))


def marks(pairs: list[tuple[str, str]]) -> st.SearchStrategy[tuple[str, str]]:
    """One mark of ``pairs`` or an emoji, sometimes doubled (``……``, ``🙏🙏``)."""
    one = st.one_of(st.sampled_from(pairs), emoji())
    return st.one_of(one, st.tuples(one, one).map(lambda p: (p[0][0] + p[1][0], p[0][1] + p[1][1])))


class Variant:
    """A text with marks inserted or put in place of a space, and the map back to the text."""

    def __init__(self, text: str, edits: list[tuple[int, int, str]]) -> None:
        # ``edits``: sorted, non-overlapping (start, end, inserted) on the original text.
        pieces: list[str] = []
        self._starts: list[int] = []  # where each piece starts in the variant
        self._origin: list[tuple[int, int, bool]] = []  # (original start, length, inserted)
        cursor = at = 0
        for start, end, inserted in [*edits, (len(text), len(text), "")]:
            for piece, origin, is_mark in (
                (text[cursor:start], cursor, False),
                (inserted, start, True),
            ):
                if piece:
                    self._starts.append(at)
                    self._origin.append((origin, end - start if is_mark else len(piece), is_mark))
                    pieces.append(piece)
                    at += len(piece)
            cursor = end
        self.text = "".join(pieces)

    def start(self, offset: int) -> int:
        """The original offset of a span starting at ``offset`` (a mark's: where it stands)."""
        index = bisect_right(self._starts, offset) - 1
        origin, _, is_mark = self._origin[index]
        return origin if is_mark else origin + offset - self._starts[index]

    def end(self, offset: int) -> int:
        """The original offset of a span ending at ``offset`` (a mark's: after what it replaced)."""
        index = bisect_right(self._starts, offset - 1) - 1
        origin, length, is_mark = self._origin[index]
        return origin + length if is_mark else origin + offset - self._starts[index]


def found(variant: Variant) -> list[tuple[str, int, int]]:
    """The redactor's findings on the variant, as (kind, start, end) in the original text."""
    return sorted(
        (f.kind, variant.start(f.start), variant.end(f.end)) for f in REDACTOR.find(variant.text)
    )


def both(
    text: str, edits: list[tuple[int, int, tuple[str, str]]]
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    unicode = Variant(text, [(a, b, mark[0]) for a, b, mark in edits])
    ascii_ = Variant(text, [(a, b, mark[1]) for a, b, mark in edits])
    assert ascii_.text.isascii() or not text.isascii()
    return found(unicode), found(ascii_)


@given(
    item=st.sampled_from(SPANS),
    opening=marks(OPENING),
    closing=marks(CLOSING),
    where=st.sampled_from(["span", "span-for-space", "text"]),
)
def test_marks_outside_ascii_find_what_ascii_marks_find(
    item: tuple[str, int, int, str],
    opening: tuple[str, str],
    closing: tuple[str, str],
    where: str,
) -> None:
    text, start, end, _kind = item
    if where == "text":
        edits = [(0, 0, opening), (len(text), len(text), closing)]
    elif where == "span":
        edits = [(start, start, opening), (end, end, closing)]
    else:  # the mark takes the place of the space before and after the span
        before = start - 1 if start and text[start - 1] == " " else start
        after = end + 1 if text[end : end + 1] == " " else end
        edits = [(before, start, opening), (end, after, closing)]
    unicode, ascii_ = both(text, edits)
    assert unicode == ascii_


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_found_between_curly_quotes_and_emoji(kind: str) -> None:
    """Each kind, on every labelled span of it: wrapped in ``“…”`` and in ``🙏🏽…😡``, found as
    between straight quotes and between ``*``."""
    items = [item for item in SPANS if item[3] == kind]
    assert items
    for text, start, end, _ in items:
        for opening, closing in (
            (("\u201c", '"'), ("\u201d", '"')),
            (("\U0001f64f\U0001f3fd", "**"), ("\U0001f621", "*")),
        ):
            unicode, ascii_ = both(text, [(start, start, opening), (end, end, closing)])
            assert unicode == ascii_, (kind, start, end)


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REDACTOR.find(text) if f.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Kemarin Yanti datang", "Yanti", id="plain"),
        pytest.param("Kemarin \u201cYanti\u201d datang", "Yanti", id="curly-quotes"),
        pytest.param("Kemarin \u00abYanti\u00bb datang", "Yanti", id="guillemets"),
        pytest.param("\U0001f64fYanti", "Yanti", id="emoji-glued"),
        pytest.param("\U0001f64f\U0001f3fdYanti datang", "Yanti", id="emoji-skin-tone"),
        pytest.param("Yanti\u2026 tolong dibantu", "Yanti", id="ellipsis"),
        pytest.param("\u2022 Yanti \u2014 Oebobo", "Yanti", id="bullet-and-dash"),
        pytest.param("\u300cYohanes Benu\u300d lapor", "Yohanes Benu", id="corner-brackets"),
        pytest.param("saya\u2764\ufe0fYanti", "Yanti", id="variation-selector"),
        pytest.param(
            "\U0001f468\u200d\U0001f469\u200d\U0001f467Agustina Benu sudah lapor",
            "Agustina Benu",
            id="zwj-sequence",
        ),
        pytest.param("MHN DIPERBAIKI DEBORA\u2026", "DEBORA", id="closing-name-ellipsis"),
        pytest.param("MHN DIPERBAIKI DEBORA \U0001f64f", "DEBORA", id="closing-name-emoji"),
    ],
)
def test_gazetteer_names_touching_marks(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        pytest.param("HP\uff1a\u201c081234567890\u201d", "phone", "081234567890", id="phone"),
        pytest.param("NIK\u2026 5371041203900001\U0001f64f", "nik", "5371041203900001", id="nik"),
        pytest.param("\u201cyb@mail.com\u201d", "email", "yb@mail.com", id="email"),
        pytest.param("plat \u00abDH 1234 AB\u00bb", "plate", "DH 1234 AB", id="plate"),
        pytest.param(
            "\U0001f3e0Jl. Timor Raya No. 12\u2026",
            "address",
            "Jl. Timor Raya No. 12",
            id="address",
        ),
        pytest.param("nama saya \u201cYohanes Benu\u201d", "name", "Yohanes Benu", id="trigger"),
    ],
)
def test_other_kinds_touching_marks(text: str, kind: str, value: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in REDACTOR.find(text)] == [(kind, value)]


def test_offsets_stay_in_the_original_text() -> None:
    text = "\U0001f468\u200d\U0001f469 \u201cYanti\u201d HP 0812\u200b3456\u200b7890"
    assert [(f.kind, text[f.start : f.end]) for f in REDACTOR.find(text)] == [
        ("name", "Yanti"),
        ("phone", "0812\u200b3456\u200b7890"),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("\u201cyanti\u201d", {"yanti"}, id="curly-quotes"),
        pytest.param("\U0001f64f\U0001f3fdyanti\u2764\ufe0f", {"yanti"}, id="emoji"),
        pytest.param(
            "D\u2019Souza Nai-Buti", {"d", "souza", "nai", "buti"}, id="apostrophe-hyphen"
        ),
        pytest.param("Jos\u00e9 Rene\u0301", {"jos\u00e9", "rene\u0301"}, id="letters-and-marks"),
        pytest.param("abc123def\u00b2x", {"abc", "def", "x"}, id="digits"),
    ],
)
def test_words_end_at_everything_but_letters_and_marks(text: str, words: set[str]) -> None:
    context = DetectionContext(text, KnownIdentity(), [])
    assert context.words == words
    assert len(context.spaced) == len(text) + 1


def _word_character(char: str) -> bool:
    """The definition, one character at a time: a letter or a combining mark, not a variation
    selector."""
    selector = 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF
    return unicodedata.category(char) in {"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc"} and not selector


@given(st.text())
def test_spaced_keeps_letters_and_marks_only(text: str) -> None:
    context = DetectionContext(text, KnownIdentity(), [])
    lowered = context.lowered
    assert context.spaced == " " + "".join(c if _word_character(c) else " " for c in lowered)
