"""The name detector's fast paths give what the plain form gives.

The detector reads a text with one scan (the triggers and, with each, where the words after it
start), reads the common name in one match, and judges other names with a word loop written
out for speed. Each step is compared here with the straightforward form it replaces, on
generated text that mixes triggers in any case, names, stop and place words, signatures and
chat headers, marks, digits, characters outside ASCII (letters that case-fold to ASCII ones,
combining marks, other scripts' digits, emoji) and earlier findings anywhere.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import DetectionContext, KnownIdentity
from pengaduan.redaction._detect_name import (
    _LEAD_AND_WORD,
    CHAT_SENDER,
    TABLE_CELL,
    NameDetector,
    _ascii_classes,
    _name_span_tokens,
    _opens,
    _place_before,
    _plain_patterns,
    _run_span,
    _scan,
    form_value,
    table_name_cells,
)

_PIECES = st.one_of(
    st.sampled_from(
        (
            # Triggers, in any case.
            "Bapak",
            "bapak",
            "BAPAK",
            "Pak",
            "pak",
            "sy",
            "SY",
            "Saya",
            "nama saya",
            "NAMA SAYA",
            "Nama",
            "nama",
            "Nama Korban:",
            "a.n.",
            "A.N",
            "atas nama",
            "Ko",
            "ko",
            "dr.",
            "Pdt.",
            "tertulis",
            "bernama",
            "Yth.",
            "Ibu",
            "oknum",
            # Names and words that end a name or are none.
            "Yohanes",
            "Maria",
            "Ndun",
            "NDUN",
            "ndun",
            "Lynce Ratu",
            "M.",
            "Muh.",
            "O'Neil",
            "Da",
            "Mau",
            "mau",
            "Kasi",
            "Lurah",
            "Opa",
            "dan",
            "Wali",
            "Kota",
            "Dinas",
            "Kas",
            "Daerah",
            "info",
            "NIK",
            "KPPS",
            "RM-98",
            "Toelle.",
            # Places, signatures, chat headers.
            "Jl.",
            "RSUD",
            "rumah sakit",
            "Gg.",
            "pers",
            "Hormat saya,\n",
            "Salam,\n",
            "ttd\n",
            "wassalam\n",
            "pelapor\n",
            "[17/08/26 14.01] ",
            "7/2/26, 16.43 - ",
            "Anace Ndun: ",
        )
    ),
    st.sampled_from(" \t\u00a0\n.,:;-()[]\"'/0123456789_"),
    st.sampled_from(("  ", "   ", "    ", " - ", "0812", "\u201c", "\u201d", "\u2019")),
    # Outside ASCII: letters (some case-fold to ASCII ones), marks, digits, spaces, emoji.
    st.sampled_from(
        "\u00e9\u0301\u0130\u0131\u212a\u017f\ufb01\u00df\u0663\u00b2\u2003\u200b"
        "\U0001f64f\ud800\u00c9"
    ),
    st.text(max_size=3),
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)
# Earlier findings: where they start and how long they are.
_SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), max_size=8)


def _context(text: str, found: list[tuple[int, int]]) -> DetectionContext:
    size = len(text)
    spans = [(min(a, size), min(a + n, size)) for a, n in found if min(a, size) < size]
    return DetectionContext(text, KnownIdentity(), spans)


_WORD_CLASSES = (r"\w", r"\d", r"[^\W\d_]", r"[ \t\u00a0]", r"[:,.]")


@given(st.text(max_size=40))
@example("\u212a\u017f\u0130\u00a0\u0663\u00b2\u0301\U0001f64f\ud800_")
def test_ascii_classes_keep_each_character_class(text: str) -> None:
    """Each character outside ASCII becomes one of ASCII (or the no-break space) that every
    class the trigger patterns use treats alike, and none that a trigger holds."""
    copy = _ascii_classes(text)
    assert len(copy) == len(text)
    trigger_letters = set(
        "".join((*lex.STRONG_TRIGGERS, *lex.HONORIFIC_TRIGGERS, *lex.TITLE_TRIGGERS))
    )
    for char, other in zip(text, copy, strict=True):
        if char.isascii():
            assert other == char
            continue
        assert other.isascii() or other == "\u00a0"
        assert other not in trigger_letters
        for pattern in _WORD_CLASSES:
            assert bool(re.fullmatch(pattern, char)) == bool(re.fullmatch(pattern, other))


@given(_TEXTS)
@example("\u201cBapak Yohanes \u212aorbaffo, nama\u00a0saya\u00a0Maria")
def test_scan_gives_the_triggers_and_where_their_words_start(text: str) -> None:
    """The scan's triggers are `NAME_TRIGGER`'s matches on the lowered text, and with each the
    letters of the word after its lead (``NAME_LEAD``), where the plain form reads them."""
    context = DetectionContext(text, KnownIdentity(), [])
    lowered = context.lowered
    triggers, _ = _scan(context)
    expected = [(m.start(), m.end(), m.group()) for m in lex.NAME_TRIGGER.finditer(lowered)]
    assert [trigger[:3] for trigger in triggers] == expected
    for _start, end, _word, hit in triggers:
        assert hit is not None
        pos = lex.NAME_LEAD.match(text, end).end()  # type: ignore[union-attr]
        letters = re.match(r"[^\W\d_]+", text[pos:])
        assert hit.span(1) == ((pos, pos + letters.end()) if letters else (-1, -1))
        lead = _LEAD_AND_WORD(text, end)
        assert (lead.span(1) if lead else (-1, -1)) == hit.span(1)


# A name's words and what separates them, so that runs of words follow the start often.
_NAME_WORDS = st.sampled_from(
    (
        "Yohanes",
        "Maria",
        "NDUN",
        "ndun",
        "Lay",
        "Da",
        "Mau",
        "Kasi",
        "dan",
        "Wali",
        "Dinas",
        "Kas",
        "Muh.",
        "M.",
        "Toelle.",
        "O'Neil",
        "\u00c9lise",
        "\u212aoroh",
        "KPPS",
        "Tnk",
        "Ir",
        "Dr.",
        "Lurah",
        "tertulis",
        '"Lynce',
        "Ratu\u201d",
    )
)
_NAME_GAPS = st.sampled_from(
    (" ", " ", "  ", "   ", "    ", "\t", "\u00a0", ",", ".", ". ", "-", "5", "\n", "'", ": ", "")
)
_NAME_RUNS = st.lists(st.tuples(_NAME_WORDS, _NAME_GAPS), max_size=8).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@given(
    st.tuples(_NAME_GAPS, _NAME_RUNS).map("".join) | _TEXTS,
    st.integers(0, 2) | st.integers(0, 60),
    _SPANS,
    st.booleans(),
    st.sampled_from(["", "a.n.", "atas nama", "bapak", "nama saya", "sy"]),
    st.integers(1, 12),
)
@example("Hasan Alkatiri. Terima", 0, [], False, "bapak", 4)
@example("Yosef Mau lapor", 0, [], False, "bapak", 4)
@example("Kas Daerah", 0, [], True, "a.n.", 4)
@example(" Yohanes5", 0, [], False, "bapak", 4)
@example(" Yohanes-Maria", 0, [], False, "bapak", 4)
@example(" Yohanes Maria Lay Ndun Da", 0, [], False, "bapak", 3)
@example(" Yohanes Maria", 0, [(9, 3)], False, "bapak", 4)
@example("-Yohanes ", 1, [], False, "", 1)
@example(" Dr. Ir. Yohanes Maria Lay", 0, [], False, "bapak", 4)
@example(" Ngr Tnk", 0, [], True, "atas nama", 4)
def test_plain_name_is_the_word_loop(  # noqa: PLR0917 - one case per argument
    text: str,
    position: int,
    found: list[tuple[int, int]],
    strong: bool,
    trigger: str,
    max_words: int,
) -> None:
    """A name read in one match is the span the word loop reads; a first word that shows
    there is no name is no name for the loop; the loop is the word-by-word plain form."""
    position = min(position, len(text))
    context = _context(text, found)
    starts, ends = context.collapsed()
    lead = _LEAD_AND_WORD(text, position)
    plain = _name_span_tokens(text, position, starts, ends, strong, trigger, max_words)
    if lead is None:
        assert plain is None
        return
    pos = lead.start(1)
    loop = _run_span(text, position, pos, starts, ends, strong, trigger, max_words)
    assert loop == plain
    limit = len(text)
    after = [s for s, e in zip(starts, ends, strict=True) if e > pos]
    if after:
        limit = max(pos, after[0])
    plain_name, stop_first = _plain_patterns(max_words)
    name = plain_name(text, pos, limit)
    if name is not None:
        assert loop == (pos, name.end())
    if stop_first(text, pos, limit) is not None:
        assert loop is None


_STRONG = frozenset(lex.STRONG_TRIGGERS)
_NEXT_WORD = re.compile(r"[ \t\u00a0]*[:,.]?[ \t\u00a0]*([^\W\d_]+\.?)")
_FIELD_LABEL = re.compile(r"(?:[ \t\u00a0]{1,3}[^\W\d_]{2,20}){1,3}[ \t\u00a0]{0,2}:(?!//)")


def _plain_find(text: str, context: DetectionContext, max_words: int) -> list[tuple[int, int]]:
    """The detector in its plain form: every pattern with ``finditer``, every name read word
    by word."""
    lowered = context.lowered
    triggers = [(m.start(), m.end(), m.group()) for m in lex.NAME_TRIGGER.finditer(lowered)]
    extra = [
        (m.start(), m.end(), m.group())
        for e in context.collapsed_ends()
        if e < len(lowered)
        and lowered[e - 1].isalnum()
        and (m := lex.NAME_TRIGGER_BARE.match(lowered, e)) is not None
    ]
    extra += [(m.end(), m.end(), "") for m in lex.SIGNATURE.finditer(lowered)]
    extra += [(m.end(), m.end(), CHAT_SENDER) for m in lex.CHAT_HEADER.finditer(lowered)]
    extra += [(m.end(), m.end(), "") for m in lex.LIST_ENTRY.finditer(lowered)]
    extra += [(at, at, TABLE_CELL) for at in table_name_cells(lowered)]
    dash = lex.CLOSING_DASH.search(lowered, max(0, len(lowered) - 48))
    if dash is not None and _opens(lowered, dash.start()):
        extra.append((dash.end(), dash.end(), ""))
    starts, ends = context.collapsed()
    spaced = context.spaced
    names: list[tuple[int, int]] = []
    skip_until = 0
    for start, end, word in sorted({*triggers, *extra}):
        if start < skip_until or (word in lex.CASED_TRIGGERS and not text[start].isupper()):
            continue
        if word in lex.PRONOUN_TRIGGERS and lex.POSSESSED_BEFORE.search(lowered[:start]):
            continue
        strong = (
            word in _STRONG
            or (word == "nama" and re.match(r"[ \t\u00a0]*:", text[end:]) is not None)
            or word in {CHAT_SENDER, TABLE_CELL}
        )
        if not strong:
            following = _NEXT_WORD.match(text, end)
            if following is None:
                continue
            first = following.group(1)
            if not (
                first[0].isupper()
                or first.lower() in lex.TITLE_TOKENS
                or first.rstrip(".").casefold() in lex.NAME_ROLES
            ):
                continue
        position = end
        lead = _LEAD_AND_WORD(text, end)
        pos = lead.start(1) if lead is not None else -1
        after = [s for s, e in zip(starts, ends, strict=True) if e > pos]
        limit = max(pos, after[0]) if after else len(text)
        if (
            word in {"nama", "n a m a"}
            and pos >= 0
            and text[pos].isupper()
            and (strong or text[start:end].isupper())
            and (value := form_value(text, pos, limit)) is not None
        ):
            span: tuple[int, int] | None = value
        else:
            if word == "nama" and (label := _FIELD_LABEL.match(text, end)) is not None:
                position = label.end()
            span = _name_span_tokens(text, position, starts, ends, strong, word, max_words)
        if span is None:
            continue
        skip_until = span[1]
        lo = max(0, start - 40)
        if lex.PLACE_WORDS.intersection(spaced[lo + 1 : start + 1].split()) and (
            lex.PLACE_BEFORE.search(text[lo:start])
        ):
            continue
        names.append(span)
    return names


#: Pieces each followed by a run of name words, so that names follow triggers often.
_NAMED_TEXTS = st.lists(st.tuples(_PIECES, _NAME_GAPS, _NAME_RUNS), max_size=8).map(
    lambda parts: "".join("".join(part) for part in parts)
)


@given(_NAMED_TEXTS | _TEXTS, _SPANS, st.integers(1, 12))
@example("Kepada Yth.\nBapak Wali Kota Kupang\nHormat saya,\nYuliana Halim", [], 4)
@example("\U0001f64f Bapak Yohanes Ndun dan Ibu Maria. nama saya lynce ratu", [(5, 3)], 2)
@example("[17/08/26 14.01] Anace Ndun: Jl. Pak Yohanes 5 - Sri Wahyuni", [], 4)
@example("Bapak Sama", [(9, 1)], 4)
@example("Terima kasih \U0001f64f -Sri Wahyuni", [], 4)
@example("7/2/26, 16.43 -Oktovina Da Costa: halo", [], 4)
@example("[22/10/2026 17.15] maria: kak\n[22/10/2026 17.16] admin kelurahan: ya", [], 4)
@example("Korban:\n1. Budi Selan (27)\n  2) ANAK KAMI (5 th)\n3. x (4)", [], 4)
@example("1. Budi Selan (27)", [], 4)
@example("Bapak Yohanes Maria, Ibu", [(16, 3)], 4)
@example("Bapak Dr. Ir. Yohanes Maria Lay, Bapak Tnk Ndun", [], 4)
def test_the_detector_is_the_plain_form(
    text: str, found: list[tuple[int, int]], max_words: int
) -> None:
    """The names the detector finds are those of its plain form."""
    context = _context(text, found)
    detector = NameDetector(max_words=max_words)
    assert [(f.start, f.end) for f in detector(text, context)] == _plain_find(
        text, context, max_words
    )


#: Text before a name: place words in any case (one of them in two words), capitalised words,
#: abbreviations, marks, and letters outside ASCII that the case-blind pattern takes for ASCII
#: ones (the long s, the Kelvin sign).
_PLACE_TEXTS = st.lists(
    st.sampled_from(
        (
            "Jl.",
            "jl",
            "JLN",
            "RS",
            "rsud",
            "Rumah Sakit",
            "rumah",
            "Gereja",
            "pasar",
            "toko",
            "\u017fma",
            "\u212am",
            "xjl",
            "Frans",
            "Seda",
            "dr.",
            "Pdt.",
            "W.",
            "ke",
            "di",
            "5",
            ",",
            "\n",
            "-",
        )
    )
    | st.text(max_size=2),
    max_size=12,
).map(" ".join)


@example("di Jl. Frans ", 0)
@example("xjl. Frans ", 1)  # a window that cuts a word
@example("\u017fma Frans ", 0)
@given(_PLACE_TEXTS, st.integers(0, 50))
def test_place_before_is_the_search(text: str, cut: int) -> None:
    """`_place_before` says what ``PLACE_BEFORE.search`` says, for every window."""
    context = DetectionContext(text, KnownIdentity(), [])
    for start in range(len(text) + 1):
        lo = max(0, start - 40, min(cut, start))
        expected = lex.PLACE_BEFORE.search(text[lo:start]) is not None
        assert _place_before(text, context.spaced, lo, start) == expected
