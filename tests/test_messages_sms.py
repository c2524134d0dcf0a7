"""SMS encoding and segment counting: GSM-7 (basic + extension), UCS-2, concatenation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome, raises_typed

from pengaduan.errors import ArgumentError
from pengaduan.messages import GSM7_BASIC, GSM7_EXTENSION, SmsEncoding, is_gsm7, sms_segments

GSM7, UCS2 = SmsEncoding.GSM7, SmsEncoding.UCS2


def test_the_tables_are_the_standard_ones() -> None:
    assert len(GSM7_BASIC) == 127  # 128 codes, 0x1B being the escape
    assert len(GSM7_EXTENSION) == 10
    assert not GSM7_BASIC & GSM7_EXTENSION
    assert {"@", "£", "$", "¥", "è", "Δ", "ß", "¡", "¿", "ü", "à", "\n", "\r"} <= GSM7_BASIC
    assert "`" not in GSM7_BASIC
    assert "\x1b" not in GSM7_BASIC


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments", "per_segment"),
    [
        pytest.param("", GSM7, 0, 1, 160, id="empty-is-one-message"),
        pytest.param("x" * 160, GSM7, 160, 1, 160, id="gsm7-160-one"),
        pytest.param("x" * 161, GSM7, 161, 2, 153, id="gsm7-161-two"),
        pytest.param("x" * 306, GSM7, 306, 2, 153, id="gsm7-306-two"),
        pytest.param("x" * 307, GSM7, 307, 3, 153, id="gsm7-307-three"),
        pytest.param("€" * 80, GSM7, 160, 1, 160, id="extension-counts-two"),
        pytest.param("€" * 81, GSM7, 162, 2, 153, id="extension-over-one"),
        pytest.param("x" * 152 + "€" + "x" * 10, GSM7, 164, 2, 153, id="escape-pair-not-split"),
        pytest.param("{}[]~|^\\\f", GSM7, 18, 1, 160, id="every-extension-char"),
        pytest.param("ő" * 70, UCS2, 70, 1, 70, id="ucs2-70-one"),
        pytest.param("ő" * 71, UCS2, 71, 2, 67, id="ucs2-71-two"),
        pytest.param("ő" * 134, UCS2, 134, 2, 67, id="ucs2-134-two"),
        pytest.param("ő" * 135, UCS2, 135, 3, 67, id="ucs2-135-three"),
        pytest.param("🙏" * 35, UCS2, 70, 1, 70, id="astral-counts-two"),
        pytest.param("x" * 66 + "🙏" + "x", UCS2, 69, 1, 70, id="astral-fits"),
        pytest.param("x" * 66 + "🙏" + "x" * 4, UCS2, 72, 2, 67, id="surrogates-not-split"),
        pytest.param("Terima kasih “Bapak”", UCS2, 20, 1, 70, id="curly-quotes-are-ucs2"),
        pytest.param("Harga 10€, è é ù ì ò", GSM7, 21, 1, 160, id="accents-in-gsm7"),
    ],
)
def test_segments(
    text: str, encoding: SmsEncoding, units: int, segments: int, per_segment: int
) -> None:
    found = sms_segments(text)
    assert (found.encoding, found.units, found.segments, found.per_segment) == (
        encoding,
        units,
        segments,
        per_segment,
    )
    assert found.single is (segments == 1)


def test_escape_pair_moves_to_the_next_segment() -> None:
    # 152 septets then an escape pair: the pair does not fit in 153, so segment one holds 152
    # and a text of 306 septets, which two full segments would hold, needs three.
    assert sms_segments("x" * 152 + "€" + "x" * 151).segments == 2
    found = sms_segments("x" * 152 + "€" + "x" * 152)
    assert (found.units, found.segments) == (306, 3)


@given(st.text(alphabet=sorted(GSM7_BASIC | GSM7_EXTENSION), max_size=700))
def test_gsm7_text_is_never_ucs2_and_segments_hold_it(text: str) -> None:
    found = sms_segments(text)
    assert found.encoding is GSM7
    assert is_gsm7(text)
    assert found.units == len(text) + sum(ch in GSM7_EXTENSION for ch in text)
    assert found.segments * found.per_segment >= found.units


@given(st.text(max_size=300))
def test_any_text_counts_without_error(text: str) -> None:
    found = outcome(sms_segments, text)
    if isinstance(found, ArgumentError):
        assert any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)
        return
    assert found.segments >= 1
    assert (found.encoding is GSM7) == is_gsm7(text)


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_are_typed_errors(kind: str, value: object) -> None:
    assert isinstance(raises_typed(sms_segments, value), ArgumentError)
    assert isinstance(raises_typed(is_gsm7, value), ArgumentError)


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_texts(kind: str, text: str) -> None:
    found = outcome(sms_segments, text)
    assert isinstance(found, ArgumentError) == ("surrogate" in kind)


def test_the_tables_agree_with_an_independent_gsm0338_codec() -> None:
    import gsm0338  # noqa: F401, PLC0415 - registers the "gsm03.38" codec

    for ch in GSM7_BASIC | GSM7_EXTENSION:
        assert len(ch.encode("gsm03.38")) == (2 if ch in GSM7_EXTENSION else 1), repr(ch)
    encodable = set()
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        try:
            chr(code).encode("gsm03.38")
        except UnicodeEncodeError:
            continue
        encodable.add(chr(code))
    # The codec also writes the bare escape, which is not a character a message can hold.
    assert encodable == GSM7_BASIC | GSM7_EXTENSION | {"\x1b"}
