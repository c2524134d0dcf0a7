"""The keyword index against a naive reference matcher, and has_any scoring against explain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.routing import Document, MatchMode, Normalizer, Router, Rule, RuleSet, has_any
from pengaduan.routing._matcher import KeywordIndex, expand_term

NORMALIZER = Normalizer.default()
CLITICS = ("nya",)
# A small vocabulary, so that generated texts hit generated keywords often and keywords
# overlap: shared words, one keyword inside another, prefixes, suffixes, hyphenated roots.
WORDS = ["jalan", "rusak", "lampu", "mati", "air", "bersih", "pipa", "bocor", "gorong", "got"]
TEXT_WORDS = [*WORDS, "jalannya", "jalanan", "perbaikan", "dan", "di", "yg", "gorong-gorong"]
ONE_WORD = st.sampled_from([*WORDS, "jalan+-an", "baik+per-an", "gorong-gorong"])
TERMS = st.lists(ONE_WORD, min_size=1, max_size=3).map(" ".join)
# Short texts, and long ones (over 24 words, where both backends take their long-text paths).
TEXTS = st.one_of(
    st.lists(st.sampled_from(TEXT_WORDS), max_size=25),
    st.lists(st.sampled_from(TEXT_WORDS), min_size=25, max_size=60),
).map(" ".join)


def reference_hits(terms: list[str], tokens: tuple[str, ...]) -> dict[str, str]:
    """Term -> its smallest form found, by comparing every form at every position."""
    hits: dict[str, str] = {}
    for term in terms:
        found = [
            " ".join(form)
            for form in expand_term(term, NORMALIZER, CLITICS)
            for start in range(len(tokens) - len(form) + 1)
            if tokens[start : start + len(form)] == form
        ]
        if found:
            hits[term] = min(found)
    return hits


# Both backends: the pyahocorasick automaton (the dev environment installs it) and pure Python.
@pytest.mark.parametrize("pure", [False, True], ids=["pyahocorasick", "python"])
@given(terms=st.lists(TERMS, min_size=1, max_size=12, unique=True), text=TEXTS)
def test_index_finds_what_the_reference_finds(pure: bool, terms: list[str], text: str) -> None:
    index, problems = KeywordIndex.compile(terms, NORMALIZER, CLITICS, pure=pure)
    assert problems == {}
    assert index.backend == ("python" if pure else "pyahocorasick")
    tokens = NORMALIZER.tokens(text)
    expected = reference_hits(terms, tokens)
    assert index.hits(tokens) == expected
    assert index.hits(list(tokens)) == expected
    assert index.hits_of(index.vocabulary.intersection(tokens), tokens) == expected


@given(
    rules=st.lists(st.lists(TERMS, min_size=1, max_size=5, unique=True), min_size=1, max_size=6),
    text=TEXTS,
    mode=st.sampled_from(MatchMode),
)
def test_has_any_verdicts_equal_the_conditions_own_explanation(
    rules: list[list[str]], text: str, mode: MatchMode
) -> None:
    ruleset = RuleSet(
        name="uji",
        rules=[
            Rule(name=f"r{i}", when=has_any(*terms), unit=f"u{i % 3}")
            for i, terms in enumerate(rules)
        ],
        fallback="admin",
        mode=mode,
    )
    try:
        router = Router(ruleset)
    except ValueError:  # an earlier rule shadows a later one: not a valid set
        return
    doc = router.document(text)
    expected = [
        (i, verdict)
        for i, rule in enumerate(ruleset.rules)
        if (verdict := rule.when.explain(Document(tokens=doc.tokens, hits=doc.hits))).matched
    ]
    if mode is MatchMode.BEST_SCORE:
        expected.sort(key=lambda pair: (-pair[1].score, pair[0]))
    assert [(c.rule, c.score, c.terms) for c in router.candidates(doc)] == [
        (f"r{i}", v.score, v.terms) for i, v in expected
    ]
    assert router.route(text) == router.decide(doc)


@pytest.mark.parametrize("pure", [False, True], ids=["pyahocorasick", "python"])
def test_a_term_found_in_two_forms_keeps_the_smallest(pure: bool) -> None:
    index, _ = KeywordIndex.compile(["jalan", "lampu jalan"], NORMALIZER, CLITICS, pure=pure)
    assert index.hits(("jalannya", "lampu", "jalannya", "jalan")) == {
        "jalan": "jalan",
        "lampu jalan": "lampu jalannya",
    }


def test_bad_and_empty_terms_are_reported_by_term() -> None:
    _, problems = KeywordIndex.compile(["jalan", "jalan+x", "!!"], NORMALIZER, CLITICS)
    assert set(problems) == {"jalan+x", "!!"}
    assert "bad keyword term" in problems["jalan+x"]
