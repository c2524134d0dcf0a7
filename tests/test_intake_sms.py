"""The SMS keyword gateway on what phones really send: NFKC, Unicode spaces, whole tokens."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pengaduan.errors import ArgumentError, IntakeError
from pengaduan.intake import IntakeReason, SmsGateway

GATEWAY = SmsGateway.kota_kupang()
MULTI = SmsGateway.from_keywords(
    {"KOTKUPANG": "kota-kupang", "KABKUPANG": "kabupaten-kupang", "ROTE": "rote-ndao", "TTS": "tts"}
)

#: Every character ``str.isspace()`` accepts, plus ZERO WIDTH SPACE and the BOM.
UNICODE_SPACES = sorted(
    {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} | {"\u200b", "\ufeff"}
)


def _wide(text: str) -> str:
    """``text`` in full-width forms (U+FF01-U+FF5E), as some phone keyboards send it."""
    return "".join(chr(ord(char) + 0xFEE0) for char in text)


class TestNormalisation:
    @pytest.mark.parametrize(
        ("line", "body"),
        [
            pytest.param("\ufeffKOTKUPANG jalan rusak", "jalan rusak", id="bom-before-keyword"),
            pytest.param("KOTKUPANG\u00a0jalan rusak", "jalan rusak", id="nbsp"),
            pytest.param("KOTKUPANG\u3000jalan rusak", "jalan rusak", id="ideographic-space"),
            pytest.param("KOTKUPANG\u2028jalan rusak", "jalan rusak", id="line-separator"),
            pytest.param("KOTKUPANG\u200bjalan rusak", "jalan rusak", id="zero-width-space"),
            pytest.param("KOTKUPANG\u200b\ufeff jalan rusak", "jalan rusak", id="several"),
            pytest.param(
                _wide("KOTKUPANG") + "\u3000jalan rusak", "jalan rusak", id="full-width-keyword"
            ),
            pytest.param(_wide("kotkupang") + " jalan", "jalan", id="full-width-lower"),
            pytest.param("KOTKUPANG jalan rusak\u200b\u3000", "jalan rusak", id="trailing-spaces"),
            pytest.param("KOTKUPANG " + _wide("air") + " mati", "air mati", id="nfkc-body"),
        ],
    )
    def test_unicode_separators(self, line: str, body: str) -> None:
        message = GATEWAY.parse(line)
        assert (message.keyword, message.instance, message.body) == (
            "KOTKUPANG",
            "kota-kupang",
            body,
        )


class TestWholeToken:
    @pytest.mark.parametrize(
        ("line", "reason"),
        [
            pytest.param("KOTKUPANGG jalan rusak", IntakeReason.UNKNOWN_KEYWORD, id="extra-letter"),
            pytest.param("K0TKUPANG jalan rusak", IntakeReason.UNKNOWN_KEYWORD, id="digit-zero"),
            pytest.param("kotkupangg jalan", IntakeReason.UNKNOWN_KEYWORD, id="lower-typo"),
            pytest.param("kotkupan jalan", IntakeReason.UNKNOWN_KEYWORD, id="lower-short"),
            pytest.param("KOTKUPANG2 jalan", IntakeReason.UNKNOWN_KEYWORD, id="digit-glued"),
            pytest.param("kotkupangjalan rusak", IntakeReason.UNKNOWN_KEYWORD, id="lower-glued"),
            pytest.param("KOTKUPANG \u200b\ufeff\u2060", IntakeReason.EMPTY_BODY, id="invisible"),
            pytest.param("KOTKUPANG\u3164\u200d", IntakeReason.EMPTY_BODY, id="fillers"),
            pytest.param("\ufeff\u200b", IntakeReason.EMPTY_MESSAGE, id="only-invisible"),
            pytest.param("tolong jalan rusak", IntakeReason.MISSING_KEYWORD, id="prose"),
        ],
    )
    def test_rejections(self, line: str, reason: IntakeReason) -> None:
        with pytest.raises(IntakeError) as info:
            GATEWAY.parse(line)
        assert info.value.reason == reason
        assert "jalan" not in str(info.value)

    def test_unknown_keyword_gets_the_help_reply(self) -> None:
        with pytest.raises(IntakeError) as info:
            GATEWAY.parse("K0TKUPANG jalan rusak")
        assert GATEWAY.help_text(info.value).startswith("Kata kunci tidak dikenal")

    @pytest.mark.parametrize(
        ("line", "body"),
        [
            pytest.param("KOTKUPANG#jalan rusak", "jalan rusak", id="hash"),
            pytest.param("kotkupang:jalan rusak", "jalan rusak", id="colon"),
            pytest.param("KOTKUPANGjalan rusak", "jalan rusak", id="case-change"),
            pytest.param("KOTKUPANG#KABKUPANG ikut", "KABKUPANG ikut", id="keyword-in-body"),
        ],
    )
    def test_glued_keywords_still_work(self, line: str, body: str) -> None:
        assert GATEWAY.parse(line).body == body

    def test_the_longest_reading_is_not_taken_over_a_whole_token(self) -> None:
        # "KABKUPANG" is registered; "KABKUPANGG" is not, and is not "KABKUPANG" + "G".
        with pytest.raises(IntakeError) as info:
            MULTI.parse("KABKUPANGG air mati")
        assert info.value.reason == IntakeReason.UNKNOWN_KEYWORD
        assert MULTI.parse("rote jalan rusak").instance == "rote-ndao"


class TestFormat:
    def test_format_uses_the_help_keyword(self) -> None:
        assert GATEWAY.format("lampu mati") == "KOTKUPANG lampu mati"
        assert MULTI.format("air mati", keyword="kabkupang") == "KABKUPANG air mati"

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            pytest.param({"body": 5}, ArgumentError, id="body-not-str"),
            pytest.param({"body": "x", "keyword": "LAPOR"}, ArgumentError, id="unregistered"),
            pytest.param({"body": "x", "keyword": 3}, ArgumentError, id="keyword-not-str"),
            pytest.param({"body": " \u200b "}, IntakeError, id="empty"),
            pytest.param({"body": "a" * 2_000}, IntakeError, id="too-long"),
        ],
    )
    def test_bad_input_is_typed(self, kwargs: dict[str, object], error: type[Exception]) -> None:
        with pytest.raises(error):
            GATEWAY.format(**kwargs)  # type: ignore[arg-type]


def _canonical(body: str) -> bool:
    """A body that parse gives back unchanged: NFKC, no leading separator, no trailing space."""
    separators = set(UNICODE_SPACES) | set("#:;.,-_/*=+")
    return (
        bool(body)
        and unicodedata.normalize("NFKC", body) == body
        and body[0] not in separators
        and unicodedata.category(body[0]) != "Cf"
        and not body[-1].isspace()
        and body[-1] not in "\u200b\ufeff"
    )


_BODY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=0, max_size=40).map(
    lambda t: unicodedata.normalize("NFKC", t)
)
_VISIBLE = st.characters(categories=("L", "N", "P", "S")).filter(
    lambda c: unicodedata.normalize("NFKC", c) == c and c not in "#:;.,-_/*=+"
)


@st.composite
def _bodies(draw: st.DrawFn) -> str:
    body = draw(_VISIBLE) + draw(_BODY_TEXT) + draw(_VISIBLE)
    assume(_canonical(body))
    return body


@st.composite
def _keywords_in_any_case(draw: st.DrawFn) -> str:
    keyword = draw(st.sampled_from(sorted(MULTI.keywords)))
    flips = draw(st.lists(st.booleans(), min_size=len(keyword), max_size=len(keyword)))
    return "".join(c.lower() if f else c for c, f in zip(keyword, flips, strict=True))


class TestProperties:
    @given(keyword=_keywords_in_any_case(), body=_bodies())
    def test_parse_gives_back_the_formatted_body(self, keyword: str, body: str) -> None:
        message = MULTI.parse(MULTI.format(body, keyword=keyword))
        assert message.body == body
        assert message.keyword == keyword.upper()
        assert message.instance == MULTI.keywords[keyword.upper()]

    @given(
        keyword=_keywords_in_any_case(),
        before=st.lists(st.sampled_from(UNICODE_SPACES), max_size=3),
        between=st.lists(st.sampled_from(UNICODE_SPACES), min_size=1, max_size=3),
        after=st.lists(st.sampled_from(UNICODE_SPACES), max_size=3),
        body=_bodies(),
    )
    def test_any_unicode_space_separates(
        self, keyword: str, before: list[str], between: list[str], after: list[str], body: str
    ) -> None:
        line = "".join(before) + keyword + "".join(between) + body + "".join(after)
        message = MULTI.parse(line)
        assert (message.keyword, message.body) == (keyword.upper(), body)

    @given(
        keyword=_keywords_in_any_case(),
        spaces=st.lists(st.sampled_from(UNICODE_SPACES), max_size=4),
        invisible=st.lists(st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\u00ad"), max_size=4),
    )
    def test_an_invisible_body_is_empty(
        self, keyword: str, spaces: list[str], invisible: list[str]
    ) -> None:
        with pytest.raises(IntakeError) as info:
            MULTI.parse(keyword + " " + "".join(spaces) + "".join(invisible))
        assert info.value.reason == IntakeReason.EMPTY_BODY

    @given(keyword=_keywords_in_any_case(), extra=st.text("ABCXYZ019", min_size=1, max_size=3))
    def test_a_longer_token_is_never_a_registered_keyword(self, keyword: str, extra: str) -> None:
        token = keyword.upper() + extra
        assume(token not in MULTI.keywords)
        with pytest.raises(IntakeError) as info:
            MULTI.parse(f"{token} jalan rusak")
        assert info.value.reason == IntakeReason.UNKNOWN_KEYWORD
