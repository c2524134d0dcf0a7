"""Scores count each mention once: a term found inside another term of the same rule adds nothing.

Before, ``ada pungli di kantor lurah`` scored 7 for the kelurahan rule: ``lurah``, ``kantor lurah``
and ``kantor`` were all counted, and ``lurah`` twice (two parts of the rule name it). Every path
of the router (the fused one on a bare text, the word postings, the document path) must agree.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.test_routing_fused import _WORDS, rule_lists

from pengaduan.errors import ConfigurationError
from pengaduan.routing import (
    Lexicon,
    MatchMode,
    Normalizer,
    Router,
    Rule,
    RuleSet,
    all_of,
    any_of,
    default_router,
    has_all,
    has_any,
    kelurahan_is,
)
from pengaduan.routing._conditions import keyword_score


def _router(*rules: Rule, mode: MatchMode = MatchMode.BEST_SCORE, **kwargs: object) -> Router:
    ruleset = RuleSet.from_rules(name="uji", rules=rules, fallback="admin", mode=mode)
    return Router(ruleset, **kwargs)  # type: ignore[arg-type]


def _both_paths(router: Router, text: str, **fields: str) -> int:
    """The winner's score, after checking the fused path equals the document path."""
    decision = router.route(text, **fields)
    assert decision == router.decide(router.document(text, **fields))
    return decision.score


class TestKeywordScore:
    @pytest.mark.parametrize(
        ("terms", "hits", "score"),
        [
            pytest.param(("lurah",), {"lurah": "lurah"}, 1, id="one-term"),
            pytest.param(
                ("lurah", "kantor lurah"),
                {"lurah": "lurah", "kantor lurah": "kantor lurah"},
                2,
                id="inside-a-longer-term",
            ),
            pytest.param(
                ("lurah", "kantor", "kantor lurah"),
                {"lurah": "lurah", "kantor": "kantor", "kantor lurah": "kantor lurah"},
                2,
                id="both-words-inside",
            ),
            pytest.param(
                ("sampah", "sampa"), {"sampah": "sampah", "sampa": "sampah"}, 1, id="same-words"
            ),
            pytest.param(
                ("jalan", "jalan"), {"jalan": "jalan"}, 1, id="a-term-named-twice-counts-once"
            ),
            pytest.param(
                ("jalan", "lampu"), {"jalan": "jalan", "lampu": "lampu"}, 2, id="no-overlap"
            ),
            pytest.param(
                ("lurah", "kantor lurah"),
                {"lurah": "lurah", "kantor lurah": "kantor lurahnya"},
                1 + 2,
                id="a-clitic-form-is-another-word",
            ),
            pytest.param(("air", "pair"), {"air": "air", "pair": "pair"}, 2, id="whole-words-only"),
        ],
    )
    def test_score(self, terms: tuple[str, ...], hits: dict[str, str], score: int) -> None:
        assert keyword_score(terms, hits) == score


class TestConditions:
    def test_a_term_inside_a_longer_term_of_the_same_has_any_counts_once(self) -> None:
        router = _router(Rule(name="kel", when=has_any("lurah", "kantor lurah"), unit="kel"))
        assert _both_paths(router, "kantor lurah tutup") == 2
        assert _both_paths(router, "lurah tidak ada") == 1

    def test_overlaps_across_parts_of_a_rule_count_once(self) -> None:
        when = all_of(has_any("lurah", "kantor lurah"), any_of(has_any("kantor"), has_any("lurah")))
        router = _router(Rule(name="kel", when=when, unit="kel"))
        assert _both_paths(router, "ada pungli di kantor lurah") == 2

    def test_has_all_counts_each_mention_once(self) -> None:
        router = _router(Rule(name="r", when=has_all("lampu", "lampu jalan"), unit="dishub"))
        assert _both_paths(router, "lampu jalan mati") == 2

    def test_field_weights_still_add_up(self) -> None:
        when = all_of(has_any("jalan", "jalan rusak"), kelurahan_is("Oebobo", weight=5))
        router = _router(Rule(name="r", when=when, unit="pupr"))
        assert _both_paths(router, "jalan rusak parah", kelurahan="Oebobo") == 2 + 5

    def test_two_spellings_normalised_to_one_word_count_once(self) -> None:
        lexicon = Lexicon(name="uji", replacements={"sampa": "sampah"})
        normalizer = Normalizer.default().with_lexicon(lexicon)
        rules = (
            Rule(name="dlh", when=has_any("sampah", "sampa"), unit="dlh"),
            Rule(name="pupr", when=has_any("got"), unit="pupr"),
        )
        for mode in MatchMode:
            router = _router(*rules, mode=mode, normalizer=normalizer)
            assert _both_paths(router, "sampah menumpuk") == 1

    @pytest.mark.parametrize("mode", list(MatchMode))
    def test_a_term_named_twice_by_a_rule_counts_once(self, mode: MatchMode) -> None:
        router = _router(
            Rule(name="a", when=has_any("jalan", "jalan", "aspal"), unit="pupr"),
            Rule(name="b", when=has_any("jalan", "lampu"), unit="dishub"),
            mode=mode,
        )
        assert _both_paths(router, "jalan") == 1
        assert _both_paths(router, "jalan aspal lampu") == 2

    @pytest.mark.parametrize("mode", list(MatchMode))
    def test_separate_mentions_still_add_up(self, mode: MatchMode) -> None:
        router = _router(
            Rule(name="kel", when=has_any("lurah", "kantor lurah", "surat"), unit="kel"), mode=mode
        )
        assert _both_paths(router, "kantor lurah minta surat") == 3

    def test_an_overlap_no_longer_outweighs_two_separate_words(self) -> None:
        router = _router(
            Rule(name="kel", when=has_any("lurah", "kantor lurah"), unit="kelurahan"),
            Rule(name="dukcapil", when=has_any("ktp", "urus"), unit="disdukcapil"),
        )
        decision = router.route("urus ktp di kantor lurah")
        assert decision.unit == "kelurahan"  # 2 against 2: a tie, the earlier rule
        assert decision.score == 2
        assert [c.score for c in decision.runners_up] == [2]
        assert decision.needs_review


def test_the_reviewers_example_no_longer_stacks() -> None:
    router = default_router(normalizer=Normalizer.kupang())
    document = router.document("ada pungli di kantor lurah")
    kelurahan = {c.rule: c.score for c in router.candidates(document)}["kelurahan"]
    assert kelurahan == 2  # was 7: lurah (twice), kantor lurah, kantor


@settings(max_examples=150)
@given(
    rule_lists(),
    st.sampled_from(list(MatchMode)),
    st.lists(st.sampled_from(_WORDS), max_size=40),
)
def test_every_candidate_scores_what_its_condition_explains(
    rules: list[Rule], mode: MatchMode, words: list[str]
) -> None:
    """The router's tables score each rule as its condition does on its own (the reference)."""
    try:
        ruleset = RuleSet.from_rules(name="acak", rules=rules, fallback="admin", mode=mode)
    except ConfigurationError:
        return  # a later rule shadowed by an earlier one: not a valid rule set
    router = Router(ruleset)
    document = router.document(" ".join(words))
    by_name = {rule.name: rule for rule in ruleset.rules}
    for candidate in router.candidates(document):
        verdict = by_name[candidate.rule].when.explain(document)
        assert verdict.matched
        assert (candidate.score, candidate.terms) == (verdict.score, verdict.terms)
    decision = router.route(" ".join(words))
    if not decision.is_fallback:
        winner = by_name[decision.rule]  # type: ignore[index]
        assert decision.score == winner.when.explain(document).score
        if any(by_name[c.rule].overrides for c in router.candidates(document)):
            assert winner.overrides
