"""Routing throughput: the compiled Router against a compiled ``re`` alternation.

Synthetic but shaped like the real workload: 500 first-match rules of five keywords each
(2,500 distinct keywords from a 20,000-word vocabulary) and 100,000 complaints of about 400
characters with mixed case and punctuation, 60 % of whose words are frequent words no rule
uses (as function words are in real complaints). Three ways to find, for each complaint, the first
rule with a whole-word keyword hit:

1. ``Router.route`` (normalise + tokenise once, one set intersection with the word index, then
   only the rules the hits point to), producing full explained decisions;
2. one compiled ``re`` alternation of all keywords with ``\\b`` word boundaries, run on the
   lowercased text, then a keyword -> rules lookup (what an app would otherwise write; lowering
   the text first is several times faster than ``re.IGNORECASE`` on a large alternation); timed
   on a slice because it is slow, and its rate extrapolated;
3. a brute-force reference (every rule, every keyword, against the text's word set), used only
   to check that the first two give identical whole-word results.

Prints complaints per second and the ratios. Run: ``python benchmarks/bench_routing.py``.
"""

from __future__ import annotations

import random
import re
import time

from pengaduan.routing import Normalizer, Router, Rule, RuleSet, has_any

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


if __name__ == "__main__":
    main()
