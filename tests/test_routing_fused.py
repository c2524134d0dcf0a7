"""The fused routing path (`Router.route` on a bare text) against the full document path.

``Router.route(text)`` normalises, finds the keyword hits and decides in one pass, without a
document or verdicts, and takes shortcuts (word postings, each term's first rule in first-match
mode, a scan of the rules after the winner for the runners-up). ``Router.decide(
Router.document(text))`` evaluates every candidate rule's condition: it is the reference. Both
must give equal decisions, with either keyword index backend, on any rule set and text. The
normaliser's bulk paths are compared with its word-by-word reference too.
"""

from __future__ import annotations

import os
import re
import unicodedata
from contextlib import contextmanager
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from pengaduan.errors import ConfigurationError
from pengaduan.routing import (
    Lexicon,
    MatchMode,
    Normalizer,
    Router,
    Rule,
    RuleSet,
    all_of,
    has_any,
    has_none,
)
from pengaduan.routing import normalize as normalize_module
from pengaduan.routing._aho import PURE_SWITCH

if TYPE_CHECKING:
    from collections.abc import Iterator

# Terms whose forms overlap (jalan+-an and jalan; clitic forms; phrases sharing words), so that
# one word can hit several rules and several words one rule.
_TERMS = [
    "jalan+-an",
    "jalan",
    "jalan rusak",
    "lampu jalan",
    "lampu",
    "aspal",
    "sampah",
    "tumpukan sampah",
    "tps",
    "air",
    "air bersih",
    "banjir",
    "got",
    "pdam",
    "kartu keluarga",
]
_WORDS = [
    "jalan",
    "jalanan",
    "jalannya",
    "rusak",
    "lampu",
    "aspal",
    "sampah",
    "tumpukan",
    "tps",
    "air",
    "bersih",
    "banjir",
    "got",
    "pdam",
    "kartu",
    "keluarga",
    "kk",  # an abbreviation of two words (kartu keluarga)
    "mohon",
    "di",
    "halo",
    "terima",
    "kasih",
    "jln",  # an abbreviation
    "jalan2",  # reduplication
    "sampahhh",  # a letter run
    "Air",
    "é",  # outside ASCII
    ",",
    "unik0",  # the words of the rules' own (see rule_lists)
    "unik1",
    "unik5",
    "unik20",
]
_UNITS = ["pupr", "dlh", "pdam", "bpbd", "dishub"]


@contextmanager
def backend(*, pure: bool) -> Iterator[None]:
    """Routers built inside use the pure-Python keyword index (or pyahocorasick if installed)."""
    previous = os.environ.pop(PURE_SWITCH, None)
    if pure:
        os.environ[PURE_SWITCH] = "1"
    try:
        yield
    finally:
        os.environ.pop(PURE_SWITCH, None)
        if previous is not None:
            os.environ[PURE_SWITCH] = previous


@st.composite
def rule_lists(draw: st.DrawFn) -> list[Rule]:
    count = draw(st.integers(min_value=1, max_value=30))
    rules = []
    for index in range(count):
        terms = draw(st.lists(st.sampled_from(_TERMS), min_size=1, max_size=4, unique=True))
        unit = draw(st.sampled_from(_UNITS))
        # A word of its own keeps a later rule from being shadowed by an earlier one.
        when = has_any(*terms, f"unik{index}")
        # Now and then a rule that overrides the others, or asks for review.
        overrides = draw(st.integers(min_value=0, max_value=7)) == 0
        review = draw(st.integers(min_value=0, max_value=7)) == 0
        rules.append(
            Rule(name=f"r{index:02d}", when=when, unit=unit, overrides=overrides, review=review)
        )
    if draw(st.booleans()):  # a rule that is not a plain has_any: the general path decides
        position = draw(st.integers(min_value=0, max_value=count))
        when = draw(
            st.sampled_from(
                [
                    all_of(has_any("air"), has_any("got")),
                    all_of(has_any("sampah"), has_none("tps")),
                    has_none("tps"),  # needs no keyword: every text is checked against it
                ]
            )
        )
        rules.insert(position, Rule(name="lain", when=when, unit="dlh"))
    return rules


@settings(max_examples=200)
@given(
    rule_lists(),
    st.sampled_from(list(MatchMode)),
    st.integers(min_value=0, max_value=3),
    st.one_of(  # short texts (the scan of their words) and long ones (straight to the index)
        st.lists(st.sampled_from(_WORDS), max_size=10),
        st.lists(st.sampled_from(_WORDS), min_size=20, max_size=60),
    ),
    st.booleans(),
)
def test_route_equals_the_document_path(
    rules: list[Rule], mode: MatchMode, runners_up: int, words: list[str], pure: bool
) -> None:
    try:
        ruleset = RuleSet.from_rules(name="acak", rules=rules, fallback="admin", mode=mode)
    except ConfigurationError:
        return  # a later rule shadowed by an earlier one: not a valid rule set
    with backend(pure=pure):
        router = Router(ruleset, runners_up=runners_up)
    text = " ".join(words)
    assert router.route(text) == router.decide(router.document(text))


def test_a_rule_needing_no_keyword_is_checked_on_every_text() -> None:
    rules = [
        Rule(name="air", when=has_any("air", "lampu jalan"), unit="pdam"),
        Rule(name="tanpa-tps", when=has_none("tps"), unit="dlh"),
    ]
    for mode in MatchMode:
        for pure in (False, True):
            with backend(pure=pure):
                router = Router(
                    RuleSet.from_rules(name="tanpa", rules=rules, fallback="admin", mode=mode)
                )
            for text in ("halo", "terima kasih pak", "", "air mati", "tps penuh"):
                decision = router.route(text)
                assert decision == router.decide(router.document(text))
            assert router.route("halo").rule == "tanpa-tps"


def test_first_match_runners_up_far_after_the_winner() -> None:
    # Twenty rules of the winner's unit follow it: the runners-up are found past them.
    rules = [Rule(name="r00", when=has_any("air"), unit="pdam")]
    rules += [
        Rule(name=f"r{i:02d}", when=has_any("air", f"sumur{i}"), unit="pdam") for i in range(1, 21)
    ]
    rules += [
        Rule(name="r21", when=has_any("air", "sungai"), unit="dlh"),
        Rule(name="r22", when=has_any("banjir"), unit="bpbd"),
        Rule(name="r23", when=has_any("air", "irigasi"), unit="pupr"),
    ]
    for pure in (False, True):
        with backend(pure=pure):
            router = Router(RuleSet.from_rules(name="jauh", rules=rules, fallback="admin"))
        decision = router.route("air mati, banjir di depan rumah")
        assert decision.rule == "r00"
        assert [c.rule for c in decision.runners_up] == ["r21", "r22", "r23"]
        assert [c.score for c in decision.runners_up] == [1, 1, 1]
        assert decision == router.decide(router.document("air mati, banjir di depan rumah"))


# The normaliser: the bulk paths (reduplication and replacements over the whole text at once)
# against the word-by-word reference.
_LEXICON = Lexicon(
    name="uji", replacements={"tsb": "", "ybs": "yang bersangkutan", "pkm": "puskesmas"}
)
_NORMALIZERS = [
    Normalizer.default(),
    Normalizer.kupang(),
    Normalizer.default().with_lexicon(_LEXICON),
]


def reference_tokens(normalizer: Normalizer, text: str) -> list[str]:
    """The tokens word by word: NFKC, case folding, word breaks, then each word on its own."""
    flat = unicodedata.normalize("NFKC", text.translate(normalize_module._APOSTROPHES))
    flat = unicodedata.normalize("NFKC", flat.casefold())
    return normalizer._slow(normalize_module._WORD_BREAK.sub(" ", flat).split())


_PIECES = st.sampled_from(
    ["anak2", "jln", "ybs", "tsb", "pkm", "sonde", "dll", "2", "a2", "é2", "ß", "İ", "matiii"]
)


@settings(max_examples=300)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=12),
    st.sampled_from(range(len(_NORMALIZERS))),
)
def test_tokens_equal_the_word_by_word_reference(pieces: list[str], which: int) -> None:
    normalizer = _NORMALIZERS[which]
    text = " ".join(pieces)
    assert list(normalizer.tokens(text)) == reference_tokens(normalizer, text)


@given(st.binary(max_size=40).map(lambda data: bytes(b"ab2 1\x1c"[b % 6] for b in data)))
def test_reversed_reduplication_equals_the_forward_pattern(flat: bytes) -> None:
    forward = re.sub(rb"(?<![a-z0-9])([a-z]{2,})2(?![a-z0-9])", rb"\1 \1", flat)
    assert normalize_module._ascii_reduplicated(flat) == forward
