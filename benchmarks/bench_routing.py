"""Routing throughput: the compiled Router against pyahocorasick and a compiled ``re`` alternation.

Two parts, every peer measured in the same run and every result checked to be the same.

Realistic keywords (printed first). Two keyword sets: the shipped taxonomy's own keywords
(``routing/data/taxonomy.toml``: 766 terms of one to four words, affixed and hyphenated forms,
expanded to about 1,600 normalised forms), and 3,000 real 1-3 word phrases drawn from the
complaint texts in ``tests/data`` (routing_corpus and routing_dev, never the blind corpus), as
300 first-match rules. Texts: those complaints as written (~55 characters) and run together into
~400-character complaints. Three ways to find every keyword with a whole-word occurrence in the
normalised text, all asserted to return the same terms:

1. the Router's keyword index on the normalised text's words (what ``Router.document`` runs),
   twice: with its pyahocorasick backend (the ``fast`` extra, used when installed) and with
   its pure-Python path (``PENGADUAN_PURE_PYTHON=1``);
2. pyahocorasick set up as its docs say: an ``Automaton``, ``add_word`` for every normalised
   keyword form, ``make_automaton``, then ``iter`` over the normalised text, keeping the matches
   with a space (or the text's edge) on both sides;
3. one compiled ``re`` alternation of the same forms, longest first, with word boundaries, in a
   lookahead so that overlapping keywords are all found (and shorter keywords sharing a start
   with a longer match are added from a precomputed table).

"match" times that step alone on the normalised text; "route" times a whole decision from the
raw text: ``Router.route`` against normalise + match + decide (first match, or best score as
the taxonomy scores) for the peers; the winning rules are asserted equal. The taxonomy is taken
as its keywords only (each rule a ``has_any`` of its terms), since the peers find keywords only.

Synthetic scale (printed last): 500 first-match rules of five one-word keywords each (2,500
distinct keywords from a 20,000-word vocabulary) and 100,000 complaints of about 400 characters,
60 % of whose words are frequent words no rule uses; ``Router.route`` against a compiled ``re``
alternation, both checked against a brute-force reference.

Rates are per second of CPU time (``time.process_time``) for the realistic part, and both wall
clock and CPU time for the synthetic part. Run: ``python benchmarks/bench_routing.py``.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from pengaduan.routing import (
    MatchMode,
    Normalizer,
    Router,
    Rule,
    RuleSet,
    default_taxonomy,
    has_any,
    parse_term,
)
from pengaduan.routing._aho import PURE_SWITCH

if TYPE_CHECKING:
    from collections.abc import Callable

RULES = 500
KEYWORDS_PER_RULE = 5
VOCABULARY = 20_000
COMPLAINTS = 100_000
TEXT_LENGTH = 400
COMMON_SHARE = 0.6
RE_SLICE = 5_000
TARGET_RATE = 50_000
TARGET_RATIO = 5.0


def vocabulary(rng: random.Random, normalizer: Normalizer) -> list[str]:
    syllables = [c + v for c in "bcdfghjklmnprstw" for v in "aiueo"]
    words: set[str] = set()
    while len(words) < VOCABULARY:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        # Keep words the normaliser leaves alone and that no clitic form could collide with.
        if normalizer.normalize(word) == word and not word.endswith("nya"):
            words.add(word)
    return sorted(words)


def build(rng: random.Random) -> tuple[list[str], list[list[str]], list[str]]:
    normalizer = Normalizer.default()
    words = vocabulary(rng, normalizer)
    # Like real complaints, most running words are frequent ones (function words, "jalan",
    # "mohon"...) that no rule uses; rules use the rarer content words. 300 frequent words make
    # up COMMON_SHARE of a text; the rest is drawn from the whole vocabulary.
    common, content = words[:300], words[300:]
    keywords = rng.sample(content, RULES * KEYWORDS_PER_RULE)
    rule_keywords = [
        keywords[i * KEYWORDS_PER_RULE : (i + 1) * KEYWORDS_PER_RULE] for i in range(RULES)
    ]
    texts = []
    punctuation = [" ", " ", " ", " ", ", ", ". ", "! ", " - "]
    for _ in range(COMPLAINTS):
        parts: list[str] = []
        size = 0
        while size < TEXT_LENGTH:
            word = rng.choice(common) if rng.random() < COMMON_SHARE else rng.choice(content)
            if rng.random() < 0.1:
                word = word.capitalize()
            elif rng.random() < 0.02:
                word = word.upper()
            parts.append(word)
            parts.append(rng.choice(punctuation))
            size += len(word) + 2
        texts.append("".join(parts).strip())
    return words, rule_keywords, texts


def reference(rule_keywords: list[list[str]], text: str) -> tuple[int, ...]:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return tuple(i for i, kws in enumerate(rule_keywords) if any(k in words for k in kws))


def main() -> None:
    rng = random.Random(20250306)
    started = time.perf_counter()
    _, rule_keywords, texts = build(rng)
    print(
        f"generated {RULES} rules, {COMPLAINTS} complaints in {time.perf_counter() - started:.1f} s"
    )
    mean = sum(map(len, texts)) / len(texts)
    print(f"mean complaint length {mean:.0f} characters")

    ruleset = RuleSet.from_rules(
        name="bench",
        rules=[
            Rule(name=f"r{i:03d}", when=has_any(*kws), unit=f"unit{i % 40:02d}")
            for i, kws in enumerate(rule_keywords)
        ],
        fallback="admin",
    )
    router = Router(ruleset, runners_up=2)
    rule_index = {rule.name: i for i, rule in enumerate(ruleset.rules)}

    keyword_rules: dict[str, list[int]] = {}
    for i, kws in enumerate(rule_keywords):
        for k in kws:
            keyword_rules.setdefault(k, []).append(i)
    alternation = "|".join(re.escape(k) for k in sorted(keyword_rules, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternation})\b")

    def with_re(text: str) -> int | None:
        hits = set(pattern.findall(text.lower()))
        first = [keyword_rules[h][0] for h in hits]
        return min(first) if first else None

    # 1. the router, every complaint, full decisions
    # Keep only the winning rule of each decision, as an app that stores the disposition would.
    route = router.route
    started = time.perf_counter()
    cpu_started = time.process_time()
    routed_rules = [route(text).rule for text in texts]
    router_cpu = time.process_time() - cpu_started
    router_seconds = time.perf_counter() - started
    router_rate = COMPLAINTS / router_seconds

    # 2. the re alternation on a slice
    started = time.perf_counter()
    cpu_started = time.process_time()
    re_first = [with_re(text) for text in texts[:RE_SLICE]]
    re_cpu = time.process_time() - cpu_started
    re_seconds = time.perf_counter() - started
    re_rate = RE_SLICE / re_seconds

    # 3. brute-force reference, for correctness only
    started = time.perf_counter()
    ref = [reference(rule_keywords, text) for text in texts]
    ref_seconds = time.perf_counter() - started

    router_first = [None if name is None else rule_index[name] for name in routed_rules]
    ref_first = [r[0] if r else None for r in ref]
    assert router_first == ref_first, "router and brute force disagree on the first rule"
    assert re_first == ref_first[:RE_SLICE], "re alternation and brute force disagree"
    sample = range(0, COMPLAINTS, 50)
    for i in sample:
        names = router.matches(texts[i])
        assert tuple(rule_index[n] for n in names) == ref[i], f"match sets differ at {i}"
    routed = sum(1 for r in ref_first if r is not None)

    print(f"complaints routed by a rule: {routed} of {COMPLAINTS} (rest go to the fallback)")
    print(
        f"identical whole-word results: first rule for all {COMPLAINTS} complaints; "
        f"full match sets for {len(sample)}; re on the first {RE_SLICE}"
    )
    print("                        wall clock              CPU time of this process")
    print(
        f"Router.route           {router_rate:10,.0f} /s ({router_seconds:5.2f} s)"
        f"   {COMPLAINTS / router_cpu:10,.0f} /s"
    )
    print(
        f"re alternation         {re_rate:10,.0f} /s ({re_seconds:5.2f} s)"
        f"   {RE_SLICE / re_cpu:10,.0f} /s   (on the first {RE_SLICE})"
    )
    print(f"brute-force reference  {COMPLAINTS / ref_seconds:10,.0f} /s")
    ratio = router_rate / re_rate
    print(f"ratio Router / re alternation: {ratio:.1f}x (target >= {TARGET_RATIO:.0f}x)")
    print(
        f"Router vs {TARGET_RATE:,}/s target: {router_rate / TARGET_RATE:.2f} (wall clock), "
        f"{COMPLAINTS / router_cpu / TARGET_RATE:.2f} (CPU time; other jobs on the machine "
        "slow the wall clock)"
    )
    ok = router_rate >= TARGET_RATE and ratio >= TARGET_RATIO
    print("targets met" if ok else "targets NOT met on the wall clock")


# ---------------------------------------------------------------------------------------------
# Realistic keywords: the shipped taxonomy, and a few thousand real 1-3 word phrases
# ---------------------------------------------------------------------------------------------

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PHRASES = 3_000
PHRASES_PER_RULE = 10
LONG_TEXT = 400
TARGET_AHO = 1.5
TARGET_RE = 10.0
# Words that make poor phrase edges (a keyword list would not start or end a phrase with them).
EDGE_WORDS = frozenset(
    [
        "yang",
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "untuk",
        "utk",
        "dengan",
        "sudah",
        "belum",
        "tidak",
        "ada",
        "ini",
        "itu",
        "kami",
        "saya",
        "sy",
        "kita",
        "juga",
        "tapi",
        "karena",
        "sejak",
        "sampai",
        "mohon",
        "tolong",
        "pak",
        "bu",
        "bapak",
        "ibu",
        "sangat",
        "lagi",
        "masih",
        "akan",
        "bisa",
        "sama",
        "pada",
        "oleh",
        "dalam",
        "para",
        "agar",
        "supaya",
        "jadi",
        "mau",
        "minta",
        "nya",
    ]
)


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for name in ("routing_corpus.jsonl", "routing_dev.jsonl"):
        with (DATA / name).open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def long_texts(texts: list[str], rng: random.Random, count: int) -> list[str]:
    """Complaints of about LONG_TEXT characters: real complaint sentences run together."""
    out: list[str] = []
    for _ in range(count):
        parts: list[str] = []
        while sum(map(len, parts)) < LONG_TEXT:
            parts.append(rng.choice(texts))
        out.append(". ".join(parts))
    return out


def real_phrases(normalized: list[str], rng: random.Random) -> list[str]:
    """PHRASES distinct 1-3 word phrases that occur in real complaints (no stop-word edges)."""
    grams: set[str] = set()
    for text in normalized:
        tokens = text.split()
        for size in (1, 2, 3):
            for start in range(len(tokens) - size + 1):
                gram = tokens[start : start + size]
                if gram[0] in EDGE_WORDS or gram[-1] in EDGE_WORDS:
                    continue
                if any(not word.isalpha() or len(word) < 3 for word in gram):
                    continue
                grams.add(" ".join(gram))
    return rng.sample(sorted(grams), min(PHRASES, len(grams)))


def forms_of(term: str, normalizer: Normalizer, clitics: tuple[str, ...]) -> set[str]:
    """Every normalised word sequence a keyword term stands for (public parse_term, as the
    Router documents it: affixed forms, abbreviations expanded, the clitic on the last word)."""
    sequences: list[tuple[str, ...]] = [()]
    for spec in parse_term(term):
        forms = [normalizer.normalize_word(form) for form in spec.forms()]
        sequences = [seq + form for seq in sequences for form in forms if form]
    result = {seq for seq in sequences if seq}
    result |= {(*seq[:-1], seq[-1] + c) for seq in list(result) for c in clitics}
    return {" ".join(seq) for seq in result}


class Peers:
    """pyahocorasick and a compiled ``re`` alternation over the same normalised keyword forms,
    each returning the set of keyword terms with a whole-word occurrence in a normalised text."""

    def __init__(self, ruleset: RuleSet, router: Router) -> None:
        self.form_terms: dict[str, set[str]] = {}
        self.term_rules: dict[str, list[int]] = {}
        # Each rule's terms in its own order (the order a tie between equal forms follows).
        self.rule_terms = [
            tuple(getattr(r.when, "terms_", sorted(r.when.terms()))) for r in ruleset.rules
        ]
        for index, rule in enumerate(ruleset.rules):
            for term in rule.when.terms():
                self.term_rules.setdefault(term, []).append(index)
                for form in forms_of(term, router.normalizer, router.clitics):
                    self.form_terms.setdefault(form, set()).add(term)
        frozen = {form: frozenset(terms) for form, terms in self.form_terms.items()}
        # pyahocorasick as its docs set it up: add_word for every keyword, make_automaton, then
        # iter over the text; the value stored is what the app needs back (length, terms).
        self.automaton = ahocorasick.Automaton()
        for form, terms in frozen.items():
            self.automaton.add_word(form, (len(form), form, terms))
        self.automaton.make_automaton()
        # re: one alternation, longest first, with word boundaries. A lookahead finds a match at
        # every word start (so overlapping keywords are all seen); keywords that are a shorter
        # prefix of a longer one found at the same start are added from a precomputed table.
        alternation = "|".join(re.escape(f) for f in sorted(frozen, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?=({alternation})\b)")
        self.prefix_terms: dict[str, tuple[tuple[str, str], ...]] = {}
        for form, own in frozen.items():
            words = form.split()
            pairs = [(term, form) for term in own]
            for size in range(1, len(words)):
                prefix = " ".join(words[:size])
                pairs.extend((term, prefix) for term in frozen.get(prefix, frozenset()))
            self.prefix_terms[form] = tuple(pairs)

    def aho(self, text: str) -> dict[str, str]:
        """Term -> the smallest form it was found as (as the router reports it)."""
        found: dict[str, str] = {}
        last = len(text) - 1
        for end, (size, form, terms) in self.automaton.iter(text):
            start = end - size + 1
            if (start == 0 or text[start - 1] == " ") and (end == last or text[end + 1] == " "):
                for term in terms:
                    if term not in found or form < found[term]:
                        found[term] = form
        return found

    def regex(self, text: str) -> dict[str, str]:
        found: dict[str, str] = {}
        prefix_terms = self.prefix_terms
        for match in self.pattern.findall(text):
            for term, form in prefix_terms[match]:
                if term not in found or form < found[term]:
                    found[term] = form
        return found

    def decide(self, found: dict[str, str], *, first_match: bool) -> int | None:
        """The winning rule for the terms found (first match, or best score as the taxonomy
        scores: each term counts its number of words, a term found inside the form of another
        term of the same rule, or as the same form after it, counting nothing; ties to the
        first rule)."""
        if not found:
            return None
        if first_match:
            return min(self.term_rules[t][0] for t in found)
        matched = {index for term in found for index in self.term_rules[term]}
        scores: dict[int, int] = {}
        for index in matched:
            forms = [(t, f" {found[t]} ") for t in self.rule_terms[index] if t in found]
            scores[index] = sum(
                len(term.split())
                for i, (term, form) in enumerate(forms)
                if not any(
                    j != i and form in other and (len(other) > len(form) or j < i)
                    for j, (_, other) in enumerate(forms)
                )
            )
        return min(scores, key=lambda i: (-scores[i], i))


def cpu_rate(function: Callable[[str], object], texts: list[str], rounds: int) -> float:
    for text in texts:  # one untimed pass, the same for every peer: caches and lazy setup warm
        function(text)
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            function(text)
    return rounds * len(texts) / (time.process_time() - started)


def router_with(ruleset: RuleSet, *, pure: bool) -> Router:
    """A Router whose keyword index uses pyahocorasick, or (``pure``) the pure-Python path."""
    previous = os.environ.pop(PURE_SWITCH, None)
    if pure:
        os.environ[PURE_SWITCH] = "1"
    try:
        router = Router(ruleset, runners_up=2)
    finally:
        os.environ.pop(PURE_SWITCH, None)
        if previous is not None:
            os.environ[PURE_SWITCH] = previous
    assert router._keywords.backend == ("python" if pure else "pyahocorasick")
    return router


OURS = {"pengaduan (pyahocorasick backend)": False, "pengaduan (pure Python)": True}


def realistic(name: str, ruleset: RuleSet, texts: list[str], rounds: int) -> None:
    routers = {label: router_with(ruleset, pure=pure) for label, pure in OURS.items()}
    router = routers["pengaduan (pure Python)"]
    peers = Peers(ruleset, router)
    normalize = router.normalizer.normalize
    normalized = [normalize(text) for text in texts]
    first_match = ruleset.mode is MatchMode.FIRST_MATCH
    index_of = {rule.name: i for i, rule in enumerate(ruleset.rules)}

    def ours(text: str) -> dict[str, str]:
        return dict(router.document(text).hits)

    # Same matches on the same normalised text, and the same winning rule.
    fast = routers["pengaduan (pyahocorasick backend)"]
    for text, flat in zip(texts, normalized, strict=True):
        expected = ours(flat)
        assert fast.document(flat).hits == router.document(flat).hits, "backends disagree"
        assert peers.aho(flat) == expected, "pyahocorasick and the router disagree"
        assert peers.regex(flat) == expected, "re alternation and the router disagree"
        rule = router.route(text).rule
        assert fast.route(text) == router.route(text), "backends decide differently"
        assert (None if rule is None else index_of[rule]) == peers.decide(
            expected, first_match=first_match
        )
    matched = sum(1 for flat in normalized if ours(flat))

    forms = len(peers.form_terms)
    words = Counter(len(f.split()) for f in peers.form_terms)
    mean = sum(map(len, texts)) / len(texts)
    print(
        f"\n{name}: {len(ruleset.rules)} rules, {len(peers.term_rules)} keyword terms, "
        f"{forms} normalised forms ({words[1]} one-word, {words[2]} two, "
        f"{sum(v for k, v in words.items() if k > 2)} three or more); {len(texts)} texts of "
        f"{mean:.0f} characters on average, {matched} with a keyword; identical matches and "
        "winning rules for all"
    )

    def match_with(router: Router) -> Callable[[str], object]:
        keywords = router._keywords  # the Router's keyword index (what ``document`` runs)

        def match(flat: str) -> object:
            return keywords.hits(flat.split())

        return match

    def route_aho(text: str) -> object:
        return peers.decide(peers.aho(normalize(text)), first_match=first_match)

    def route_re(text: str) -> object:
        return peers.decide(peers.regex(normalize(text)), first_match=first_match)

    for _ in range(2):
        rates: dict[tuple[str, str], float] = {}
        for label, ours_router in routers.items():
            rates[("match", label)] = cpu_rate(match_with(ours_router), normalized, rounds)
            rates[("route", label)] = cpu_rate(ours_router.route, texts, rounds)
        rates[("match", "pyahocorasick")] = cpu_rate(peers.aho, normalized, rounds)
        rates[("match", "re")] = cpu_rate(peers.regex, normalized, max(1, rounds // 10))
        rates[("route", "pyahocorasick")] = cpu_rate(route_aho, texts, rounds)
        rates[("route", "re")] = cpu_rate(route_re, texts, max(1, rounds // 10))
        for kind in ("match", "route"):
            aho_rate = rates[(kind, "pyahocorasick")]
            re_rate = rates[(kind, "re")]
            print(
                f"  {kind:5}  pyahocorasick alone {aho_rate:9,.0f}/s   re alternation "
                f"{re_rate:8,.0f}/s"
            )
            for label in OURS:
                ours_rate = rates[(kind, label)]
                print(
                    f"         {label:34} {ours_rate:9,.0f}/s  |  pyahocorasick/ours "
                    f"{aho_rate / ours_rate:4.2f}x (target <= {TARGET_AHO}x)  ours/re "
                    f"{ours_rate / re_rate:5.1f}x (target >= {TARGET_RE:.0f}x)"
                )
            if kind == "route":
                # The ceiling of the second ratio for a whole decision: pyahocorasick's own
                # route pays the same normaliser and a bare winner take, and no more.
                ceiling = aho_rate / re_rate
                print(
                    f"         (pyahocorasick's own route is {ceiling:4.1f}x the re route"
                    + (
                        f": no whole decision reaches {TARGET_RE:.0f}x it here)"
                        if ceiling < TARGET_RE
                        else ")"
                    )
                )


def realistic_sets() -> None:
    rng = random.Random(20261204)
    texts = corpus_texts()
    normalizer = Normalizer.default()
    print("\nper second of CPU time (time.process_time); the machine is shared, run it twice")
    longer = long_texts(texts, rng, 500)
    # The taxonomy's own keywords, each rule as a has_any of its terms (some rules also exclude
    # words or need two; the peers here only find keywords, so the decision is compared on this
    # keyword-only view of the same rules, in the same best-score mode).
    shipped = default_taxonomy()
    taxonomy = RuleSet.from_rules(
        name=shipped.name,
        mode=shipped.mode,
        rules=[
            Rule(name=r.name, when=has_any(*sorted(r.when.terms())), unit=r.unit)
            for r in shipped.rules
            if r.when.terms()
        ],
        fallback=shipped.fallback,
    )
    realistic("shipped taxonomy, complaint texts", taxonomy, texts, 40)
    realistic("shipped taxonomy, ~400-character texts", taxonomy, longer, 10)
    phrases = real_phrases([normalizer.normalize(t) for t in texts], rng)
    large = RuleSet.from_rules(
        name="phrases",
        rules=[
            Rule(
                name=f"r{i:03d}",
                when=has_any(*phrases[start : start + PHRASES_PER_RULE]),
                unit=f"unit{i % 40:02d}",
            )
            for i, start in enumerate(range(0, len(phrases), PHRASES_PER_RULE))
        ],
        fallback="admin",
    )
    realistic(f"{len(phrases)} real 1-3 word phrases, ~400-character texts", large, longer, 10)


if __name__ == "__main__":
    realistic_sets()
    main()
