"""The redaction fast paths give what the straightforward form they replace gives.

Each scan that avoids work (translating only the runs outside ASCII, trying a pattern only where
its opening words stand) is compared with the plain form on generated text that mixes ASCII,
the characters folding changes or removes, other scripts, marks and lone surrogates.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    _NOT_LETTERS,
    DetectionContext,
    KnownIdentity,
    ascii_translate,
)
from pengaduan.redaction._detect_name import _signature_ends, _triggers
from pengaduan.redaction._fold import _table, fold, fold_text

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
    for table in (_NOT_LETTERS, lex.ASCII_LOWER, lex.ASCII_UPPER):
        assert ascii_translate(text, table) == text.translate(table)
    context = DetectionContext(text, KnownIdentity(), [])
    assert context.lowered == text.translate(lex.ASCII_LOWER)


@given(_TEXTS)
def test_name_triggers_are_the_pattern_matches(text: str) -> None:
    context = DetectionContext(text, KnownIdentity(), [])
    lowered = context.lowered
    expected = [(m.start(), m.end(), m.group()) for m in lex.NAME_TRIGGER.finditer(lowered)]
    assert _triggers(context) == expected


@given(_TEXTS)
def test_signatures_are_the_pattern_matches(text: str) -> None:
    lowered = text.translate(lex.ASCII_LOWER)
    assert _signature_ends(lowered) == [m.end() for m in lex.SIGNATURE.finditer(lowered)]
