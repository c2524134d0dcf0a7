"""The Indonesian normaliser: lexicons, runs of letters, reduplication, odd input."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.errors import ConfigurationError
from pengaduan.routing import Lexicon, Normalizer, normalize

DEFAULT = Normalizer.default()
KUPANG = Normalizer.kupang()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "jln rusak dkt pkm oebobo, mhn diperbaiki",
            "jalan rusak dekat puskesmas oebobo mohon diperbaiki",
            id="abbreviations",
        ),
        pytest.param("Lampu MATIII sdh 2 mggu!!!", "lampu mati sudah 2 minggu", id="runs-and-case"),
        pytest.param("maaaaf pak", "maaf bapak", id="kept-double-letter"),
        pytest.param("anak2 yg sakit", "anak anak yang sakit", id="reduplication"),
        pytest.param("gak ada, nggak jelas, tdk", "tidak ada tidak jelas tidak", id="negation"),
        pytest.param("dll", "dan lain lain", id="multi-word-expansion"),
        pytest.param("Jum'at pagi", "jumat pagi", id="apostrophe"),
        pytest.param("rp 1.500.000", "rp 1 500 000", id="digits-kept"),
        pytest.param("yggg", "yang", id="run-then-lexicon"),
    ],
)
def test_default_normalises(text: str, expected: str) -> None:
    assert DEFAULT.normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "default", "kupang"),
    [
        pytest.param("air sonde jalan", "air sonde jalan", "air tidak jalan", id="sonde"),
        pytest.param("beta pung rumah", "beta pung rumah", "saya punya rumah", id="beta-pung"),
        pytest.param("su 3 hari", "su 3 hari", "sudah 3 hari", id="su"),
        pytest.param("dong bilang", "dong bilang", "mereka bilang", id="dong-only-in-kupang"),
    ],
)
def test_regional_lexicon(text: str, default: str, kupang: str) -> None:
    assert DEFAULT.normalize(text) == default
    assert KUPANG.normalize(text) == kupang


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="whitespace"),
        pytest.param("🙏🙏🙏 !!! ???", id="emoji-and-punctuation"),
        pytest.param("\x00\x01\x02\x7f\ufffd", id="control-junk"),
    ],
)
def test_no_words_gives_no_tokens(text: str) -> None:
    assert DEFAULT.tokens(text) == ()


def test_mixed_scripts_and_emoji_keep_words() -> None:
    tokens = DEFAULT.tokens("Jalan rusak 🚧 дорога 道路 \uff2a\uff2c\uff2e")  # full-width JLN
    assert tokens[:2] == ("jalan", "rusak")
    assert "дорога" in tokens
    assert tokens[-1] == "jalan"  # full-width letters fold to ASCII (NFKC) before the lexicon


#: Format characters (category Cf) a reader does not see.
_INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e")


@pytest.mark.parametrize("mark", _INVISIBLE)
def test_invisible_characters_inside_a_word_do_not_split_it(mark: str) -> None:
    # ``pu<soft hyphen>ngli`` reads ``pungli``: as a word break it would hide the word from rules.
    assert KUPANG.tokens(f"ada pu{mark}ngli di kantor") == ("ada", "pungli", "di", "kantor")
    assert KUPANG.tokens(f"{mark}jln rusak{mark}") == ("jalan", "rusak")


@given(st.text(alphabet="abcdeghijklmnoprstuy 2.,!'-", max_size=120), st.data())
def test_invisible_characters_change_no_token(text: str, data: st.DataObject) -> None:
    # Inserting format characters anywhere gives the tokens of the text without them.
    marks = data.draw(st.lists(st.sampled_from(_INVISIBLE), max_size=6))
    spliced = text
    for mark in marks:
        at = data.draw(st.integers(0, len(spliced)))
        spliced = spliced[:at] + mark + spliced[at:]
    assert KUPANG.tokens(spliced) == KUPANG.tokens(text)


def test_large_message_is_handled() -> None:
    text = "jln rusak parah " * 7_000  # about 110 KB
    tokens = DEFAULT.tokens(text)
    assert len(tokens) == 21_000
    assert tokens[:3] == ("jalan", "rusak", "parah")


def test_fast_and_slow_paths_agree() -> None:
    # ASCII text takes a translate-table fast path; the same text with one non-ASCII character
    # goes through NFKC + casefold + regex. Both must give the same words.
    text = "Jln. RUSAK---parah,, dkt SDN-2; tlg!! gorong2 mampettt (RT 05/RW 02)"
    assert DEFAULT.tokens(text + " é") == (*DEFAULT.tokens(text), "é")


@given(st.text(max_size=300))
def test_normalising_is_idempotent(text: str) -> None:
    once = KUPANG.normalize(text)
    assert KUPANG.normalize(once) == once


@given(st.text(alphabet="abcdeghijklmnoprstuy 2.,!'-", max_size=200))
def test_ascii_fast_path_matches_unicode_path(text: str) -> None:
    assert DEFAULT.tokens(text) == DEFAULT.tokens(text + " \u00e9")[:-1]


def test_custom_lexicon_layers_on_top() -> None:
    jakarta = Lexicon.from_toml(
        """
        name = "jakarta"
        source = "team list"
        [replacements]
        gue = "saya"
        lo = "kamu"
        """
    )
    normalizer = DEFAULT.with_lexicon(jakarta)
    assert normalizer.normalize("lo tau") == "kamu tahu"
    assert normalizer.name == "id+jakarta"


@pytest.mark.parametrize(
    ("toml", "fragment"),
    [
        pytest.param(
            'name = "x"\n[replacements]\n"Two Words" = "a"', "one lowercase token", id="key"
        ),
        pytest.param('name = "x"\n[replacements]\nab = "Capital"', "lowercase words", id="value"),
        pytest.param('name = "x"\nextra = 1', "unknown key 'extra'", id="unknown-key"),
        pytest.param('name = "x"\n[replacements\n', "TOML syntax", id="syntax"),
    ],
)
def test_bad_lexicons_are_reported(toml: str, fragment: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Lexicon.from_toml(toml)
    assert any(fragment in problem for problem in info.value.problems)


def test_chained_replacements_are_rejected() -> None:
    chained = Lexicon(name="bad", replacements={"tdk": "gak"})  # "gak" is itself replaced
    with pytest.raises(ConfigurationError) as caught:
        DEFAULT.with_lexicon(chained)
    assert "itself replaced" in caught.value.message("en")


def test_unknown_bundled_lexicon() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Normalizer.bundled_lexicon("medan")
    assert "no bundled lexicon" in caught.value.message("en")


@given(
    st.text(
        alphabet=st.one_of(st.sampled_from("ab1 .,"), st.characters(max_codepoint=127)),
        max_size=60,
    )
)
def test_run_detector_finds_exactly_the_triples(text: str) -> None:
    # The ASCII fast path skips the run-collapsing regex when the big-integer test says the
    # translated text has no three equal characters in a row; it must never miss one.
    flat = normalize._ascii_flat(text)
    assert normalize._may_have_run(flat) == (re.search(rb"(.)\1\1", flat, re.DOTALL) is not None)
