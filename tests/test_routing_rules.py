"""Rule conditions, keyword terms, rule-set validation and the TOML format."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

from pengaduan.errors import ConfigurationError
from pengaduan.model import Channel, Classification
from pengaduan.routing import (
    Condition,
    MatchMode,
    Priority,
    Router,
    Rule,
    RuleSet,
    all_of,
    always,
    any_of,
    category_is,
    channel_is,
    classification_is,
    has_all,
    has_any,
    has_none,
    kecamatan_is,
    kelurahan_is,
    not_,
    parse_term,
    place_key,
)

if TYPE_CHECKING:
    from pathlib import Path


def router_for(*rules: Rule, mode: MatchMode = MatchMode.FIRST_MATCH) -> Router:
    return Router(RuleSet.from_rules(name="t", rules=rules, fallback="admin", mode=mode))


def unit_for(text: str, *terms: str) -> str:
    return router_for(Rule(name="r", when=has_any(*terms), unit="hit")).route(text).unit


class TestTerms:
    @pytest.mark.parametrize(
        ("text", "term", "matches"),
        [
            pytest.param("jalan rusak", "jalan", True, id="whole-word"),
            pytest.param("perjalanan dinas", "jalan", False, id="not-inside-derived-word"),
            pytest.param("jalanan rusak", "jalan", False, id="suffix-not-by-default"),
            pytest.param("jalanan rusak", "jalan+-an", True, id="suffix-configured"),
            pytest.param("perjalanan dinas", "jalan+-an", False, id="suffix-not-confix"),
            pytest.param("perjalanan dinas", "jalan+per-an", True, id="confix-configured"),
            pytest.param("rumah terbakar", "bakar+di-+ter-", True, id="prefix-configured"),
            pytest.param("jalannya rusak", "jalan", True, id="clitic-nya"),
            pytest.param("JLN rusak", "jalan", True, id="abbreviation-in-text"),
            pytest.param("jalan rusak", "jln", True, id="abbreviation-in-term"),
            pytest.param("lampu jln mati", "lampu jalan", True, id="phrase"),
            pytest.param("jalan ke lampu", "lampu jalan", False, id="phrase-order"),
            pytest.param("lampu jalannya mati", "lampu jalan", True, id="phrase-clitic"),
            pytest.param("berobat ke rs", "rumah sakit", True, id="abbreviation-to-phrase"),
        ],
    )
    def test_whole_word_matching(self, text: str, term: str, matches: bool) -> None:
        assert (unit_for(text, term) == "hit") is matches

    def test_parse_term(self) -> None:
        (word,) = parse_term("jalan+-an+di-+per-an")
        assert word.forms() == ("jalan", "dijalan", "jalanan", "perjalanan")

    @pytest.mark.parametrize(
        "term",
        [
            pytest.param("", id="empty"),
            pytest.param("jalan+an", id="affix-without-hyphen"),
            pytest.param("jalan+-", id="empty-affix"),
            pytest.param("ja!an", id="punctuation"),
        ],
    )
    def test_bad_terms(self, term: str) -> None:
        with pytest.raises(ValueError, match=r"."):
            parse_term(term)


class TestConditions:
    def test_reprs_read_like_the_rule(self) -> None:
        condition = all_of(
            has_any("jalan+-an", "aspal"),
            not_(has_any("tol")),
            category_is("infrastruktur"),
            channel_is("sms"),
        )
        assert repr(condition) == (
            "all_of(has_any('jalan+-an', 'aspal'), not_(has_any('tol')), "
            "category_is('infrastruktur'), channel_is('sms'))"
        )

    def test_any_all_none_and_combinations(self) -> None:
        router = router_for(
            Rule(name="both", when=has_all("air", "keruh"), unit="pdam-kualitas"),
            Rule(name="excluded", when=all_of(has_any("air"), has_none("banjir")), unit="pdam"),
            Rule(name="either", when=any_of(has_any("banjir"), has_any("longsor")), unit="bpbd"),
        )
        assert router.route("air keruh").unit == "pdam-kualitas"
        assert router.route("air mati").unit == "pdam"
        assert router.route("air banjir masuk rumah").unit == "bpbd"
        assert router.route("tanah longsor").unit == "bpbd"

    def test_field_conditions(self) -> None:
        router = router_for(
            Rule(name="wbs", when=classification_is("whistleblowing"), unit="inspektorat"),
            Rule(name="oebobo", when=kelurahan_is("Kel. Oebobo"), unit="puskesmas-oebobo"),
            Rule(name="alak", when=kecamatan_is("Alak"), unit="kecamatan-alak"),
            Rule(name="sms", when=channel_is(Channel.SMS), unit="sms-desk"),
            Rule(name="cat", when=category_is("Kesehatan"), unit="dinkes"),
        )
        assert router.route("x", classification=Classification.WHISTLEBLOWING).unit == (
            "inspektorat"
        )
        assert router.route("x", kelurahan="OEBOBO").unit == "puskesmas-oebobo"
        assert router.route("x", kecamatan="kec. alak").unit == "kecamatan-alak"
        assert router.route("x", channel="sms").unit == "sms-desk"
        assert router.route("x", category=" kesehatan ").unit == "dinkes"
        assert router.route("x").unit == "admin"

    def test_place_key(self) -> None:
        assert place_key("Kel.  Oebobo") == place_key("oebobo") == "oebobo"
        assert place_key("Kelapa Lima") == "kelapa lima"

    def test_unknown_enum_values_raise(self) -> None:
        with pytest.raises(ConfigurationError) as caught:
            channel_is("pigeon")
        assert isinstance(caught.value, ValueError)
        assert "is not one of" in caught.value.message("en")


class TestValidation:
    def test_every_problem_reported_at_once(self) -> None:
        rules = [
            Rule(name="a", when=has_any("jalan"), unit="pupr"),
            Rule(name="a", when=has_any("sampah"), unit="dlh"),
            Rule(name="b", when=has_any("jalan"), unit="nowhere"),
            Rule(name="c", when=has_any("ja!an"), unit="pupr", co_units=["pupr"]),
            Rule(name="d", when=has_any(), unit="pupr"),
        ]
        with pytest.raises(ConfigurationError) as info:
            RuleSet.from_rules(name="x", rules=rules, fallback="", units={"pupr", "dlh"})
        problems = "\n".join(info.value.problems)
        assert "no fallback unit" in problems
        assert "rule 'a': name already used by rule #1" in problems
        assert "rule 'b': unknown unit 'nowhere'" in problems
        assert "rule 'b': unreachable, shadowed by earlier rule 'a'" in problems
        assert "rule 'c': bad keyword term" in problems
        assert "co-unit 'pupr' is also the target unit" in problems
        assert "has_any() has no terms" in problems

    @pytest.mark.parametrize(
        ("earlier", "later", "shadowed"),
        [
            pytest.param(has_any("a", "b"), has_any("a"), True, id="subset-any"),
            pytest.param(has_any("a"), has_any("a", "b"), False, id="superset-any"),
            pytest.param(has_any("a"), has_all("a", "b"), True, id="all-implies-any"),
            pytest.param(has_all("a", "b"), has_all("a", "b", "c"), True, id="all-superset"),
            pytest.param(
                has_any("a"), all_of(has_any("a"), category_is("x")), True, id="conjunction"
            ),
            pytest.param(always(), has_any("z"), True, id="after-catch-all"),
            pytest.param(category_is("x", "y"), category_is("x"), True, id="field-subset"),
            pytest.param(category_is("x"), kelurahan_is("x"), False, id="other-field"),
            pytest.param(has_any("a"), not_(has_any("a")), False, id="negation"),
        ],
    )
    def test_shadowing_in_first_match(
        self, earlier: Condition, later: Condition, shadowed: bool
    ) -> None:
        ruleset = RuleSet(
            name="s",
            rules=[
                Rule(name="one", when=earlier, unit="u1"),
                Rule(name="two", when=later, unit="u2"),
            ],
            fallback="admin",
        )
        problems = ruleset.problems()
        assert any("unreachable" in p for p in problems) is shadowed

    def test_best_score_only_flags_identical_conditions(self) -> None:
        rules = [
            Rule(name="one", when=has_any("a", "b"), unit="u1"),
            Rule(name="two", when=has_any("a"), unit="u2"),
            Rule(name="three", when=has_any("a", "b"), unit="u3"),
        ]
        ruleset = RuleSet(name="s", rules=rules, fallback="admin", mode=MatchMode.BEST_SCORE)
        problems = ruleset.problems()
        assert len(problems) == 1
        assert "rule 'three': unreachable" in problems[0]

    def test_with_rules_adds_and_removes(self) -> None:
        base = RuleSet.from_rules(
            name="base", rules=[Rule(name="a", when=has_any("x"), unit="u")], fallback="admin"
        )
        extended = base.with_rules(
            before=[Rule(name="b", when=has_any("y"), unit="v")], without=["a"]
        )
        assert [r.name for r in extended.rules] == ["b"]
        with pytest.raises(ConfigurationError) as caught:
            base.with_rules(without=["zzz"])
        assert "cannot remove unknown rule" in caught.value.message("en")


RULES_TOML = """
name = "kupang-contoh"
mode = "first-match"
fallback = "admin"

[[rule]]
name = "lampu-jalan"
unit = "dishub"
priority = "tinggi"
any = ["lampu jalan", "pju"]

[[rule]]
name = "jalan-rusak"
unit = "pupr"
co_units = ["kecamatan"]
all = ["jalan+-an"]
none = ["tol"]
[[rule.either]]
any = ["rusak", "berlubang"]
[[rule.either]]
kecamatan = ["Alak"]
"""


class TestToml:
    def test_loads_and_routes(self) -> None:
        ruleset = RuleSet.from_toml(RULES_TOML, units={"admin", "dishub", "pupr", "kecamatan"})
        router = Router(ruleset)
        decision = router.route("jalanan berlubang dkt pasar")
        assert (decision.unit, decision.co_units, decision.rule) == (
            "pupr",
            ("kecamatan",),
            "jalan-rusak",
        )
        assert router.route("lampu jln mati").priority is Priority.TINGGI
        assert router.route("jalan ke alak", kecamatan="Alak").unit == "pupr"
        assert router.route("jalan tol rusak").unit == "admin"

    def test_loads_from_a_path(self, tmp_path: Path) -> None:
        path = tmp_path / "rules.toml"
        path.write_text(RULES_TOML, encoding="utf-8")
        assert RuleSet.from_toml(path).name == "kupang-contoh"

    def test_syntax_error_names_the_line(self) -> None:
        with pytest.raises(ConfigurationError) as info:
            RuleSet.from_toml('name = "x"\nfallback = "admin"\n[[rule]\nname = "a"\n')
        assert "line 3" in info.value.problems[0]

    def test_rule_problems_name_rule_and_line(self) -> None:
        text = """name = "x"
fallback = "admin"

[[rule]]
name = "ok"
unit = "pupr"
any = ["jalan"]

[[rule]]
name = "typo"
unit = "pupr"
anyy = ["sampah"]
priority = "urgent"
channel = ["pigeon"]
"""
        with pytest.raises(ConfigurationError) as info:
            RuleSet.from_toml(text)
        problems = "\n".join(info.value.problems)
        assert "rule 'typo' (line 9): unknown key 'anyy'" in problems
        assert "rule 'typo' (line 9): priority must be one of" in problems
        assert "rule 'typo' (line 9): unknown channel 'pigeon'" in problems
        assert "rule 'typo' (line 9): no condition" in problems

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            pytest.param('name = "x"\n', "'fallback' is required", id="no-fallback"),
            pytest.param('name = "x"\nfallback = "a"\nmode = "random"', "'mode'", id="mode"),
            pytest.param('name = "x"\nfallback = "a"\nrule = 3', "array of tables", id="rule"),
            pytest.param('fallback = "a"\nextra = 1', "unknown top-level key", id="extra"),
            pytest.param(
                'name = "x"\nfallback = "a"\n[[rule]]\nname = "r"\nunit = "u"\nany = []',
                "'any' is empty",
                id="empty-list",
            ),
            pytest.param(
                'name = "x"\nfallback = "a"\n[[rule]]\nname = "r"\nunit = "u"\nalways = false',
                "'always' may only be true",
                id="always-false",
            ),
        ],
    )
    def test_malformed_files(self, text: str, fragment: str) -> None:
        with pytest.raises(ConfigurationError) as info:
            RuleSet.from_toml(text)
        assert any(fragment in p for p in info.value.problems), info.value.problems


@pytest.mark.parametrize(
    ("term", "text", "matches"),
    [
        ("gorong-gorong", "gorong-gorong di depan rumah ambruk", True),
        ("gorong-gorong", "GORONG GORONG ambruk", True),
        ("gorong-gorong", "gorong ambruk", False),
        ("e-ktp", "E-KTP saya belum jadi", True),
        ("e-ktp", "e ktp saya belum jadi", True),
        ("gorong-gorong+-nya", "gorong-gorongnya tersumbat", True),
    ],
)
def test_hyphenated_keywords_are_the_phrase_of_their_parts(
    term: str, text: str, matches: bool
) -> None:
    rules = RuleSet.from_rules(
        name="t", rules=[Rule(name="r", when=has_any(term), unit="pupr")], fallback="admin"
    )
    assert (Router(rules).route(text).rule == "r") is matches


@pytest.mark.parametrize("term", ["e-", "-ktp", "a--b", "gorong-+-an"])
def test_malformed_hyphenated_keywords_are_refused(term: str) -> None:
    with pytest.raises(ConfigurationError):
        parse_term(term)


def _all_pairs_shadowing(rules: RuleSet) -> list[str]:
    """The shadowing check as it was written first: every rule against every earlier one."""
    from pengaduan.routing._validate import implies as _implies  # noqa: PLC0415 - the reference needs it

    found = []
    for later_index, later in enumerate(rules.rules):
        for earlier in rules.rules[:later_index]:
            if rules.mode is MatchMode.FIRST_MATCH:
                shadowed = _implies(later.when, earlier.when)
            else:
                shadowed = later.when == earlier.when
            if shadowed:
                found.append(f"{later.name}<{earlier.name}")
                break
    return found


def _random_condition(rng: random.Random, depth: int = 0) -> Condition:  # noqa: PLR0911
    words = ["jalan", "air", "sampah", "lampu", "ktp", "pdam", "got"]
    kind = rng.randrange(9 if depth < 2 else 5)
    if kind == 0:
        return has_any(*rng.sample(words, rng.randint(1, 3)))
    if kind == 1:
        return has_all(*rng.sample(words, rng.randint(1, 2)))
    if kind == 2:
        return has_none(*rng.sample(words, rng.randint(1, 2)))
    if kind == 3:
        return category_is(rng.choice(["jalan", "air", "kesehatan"]))
    if kind == 4:
        return always() if rng.random() < 0.2 else has_any(rng.choice(words))
    if kind in {5, 6}:
        parts = [_random_condition(rng, depth + 1) for _ in range(rng.randint(1, 3))]
        return all_of(*parts) if kind == 5 else any_of(*parts)
    return not_(_random_condition(rng, depth + 1))


@pytest.mark.parametrize("mode", ["first-match", "best-score"])
def test_the_indexed_shadowing_check_finds_what_all_pairs_find(mode: str) -> None:
    rng = random.Random(14)
    for _ in range(400):
        rules = [
            Rule(name=f"r{i}", when=_random_condition(rng), unit="pupr")
            for i in range(rng.randint(2, 10))
        ]
        rule_set = RuleSet(name="acak", rules=tuple(rules), fallback="admin", mode=mode)
        expected = _all_pairs_shadowing(rule_set)
        found = [p for p in rule_set.problems() if "shadowed" in p]
        assert len(found) == len(expected), (expected, found)
        for problem, pair in zip(found, expected, strict=True):
            later, earlier = pair.split("<")
            assert f"rule '{later}'" in problem
            assert f"earlier rule '{earlier}'" in problem
