"""Overriding and review rules, and the integrity policy of the default taxonomy.

An extortion or bribery complaint names the office it accuses; before, the accused office's rule
often outscored the integrity rule and the complaint went to that very office, unflagged. Now the
integrity rule overrides: the inspectorate receives it, the accused office is kept as a related
unit (never sent the complaint), and a person always checks it.
"""

from __future__ import annotations

import pytest

from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.model import Location, Reporter, Submission
from pengaduan.routing import (
    MatchMode,
    Normalizer,
    ReviewReason,
    Router,
    Rule,
    RuleSet,
    UnitDirectory,
    default_router,
    default_taxonomy,
    has_any,
)

_RULES = (
    Rule(name="kelurahan", when=has_any("lurah", "kantor lurah", "surat"), unit="kelurahan"),
    Rule(name="dukcapil", when=has_any("ktp", "kk"), unit="disdukcapil"),
    Rule(name="pungli", when=has_any("pungli", "suap"), unit="inspektorat", overrides=True),
    Rule(name="jalan", when=has_any("jalan"), unit="pupr"),
)


def _router(*rules: Rule, mode: MatchMode = MatchMode.BEST_SCORE) -> Router:
    return Router(RuleSet.from_rules(name="uji", rules=rules, fallback="admin", mode=mode))


class TestOverridingRules:
    @pytest.mark.parametrize("mode", list(MatchMode))
    def test_an_overriding_rule_wins_whatever_the_score_or_order(self, mode: MatchMode) -> None:
        router = _router(*_RULES, mode=mode)
        decision = router.route("pungli di kantor lurah untuk surat dan ktp")
        assert decision == router.decide(
            router.document("pungli di kantor lurah untuk surat dan ktp")
        )
        assert decision.unit == "inspektorat"
        assert decision.score == 1
        assert decision.related_units == ("kelurahan", "disdukcapil")
        assert ReviewReason.TIE not in decision.review

    def test_related_units_are_every_other_unit_matched_not_only_the_runners_up(self) -> None:
        rules = RuleSet.from_rules(name="uji", rules=_RULES, fallback="admin", mode="best-score")
        router = Router(rules, runners_up=0)
        decision = router.route("pungli di kantor lurah, ktp, jalan")
        assert decision.runners_up == ()
        assert set(decision.related_units) == {"kelurahan", "disdukcapil", "pupr"}
        assert decision.units == ("inspektorat",)  # what a disposition sends to

    def test_without_an_overriding_match_nothing_changes(self) -> None:
        router = _router(*_RULES)
        decision = router.route("kantor lurah lama urus surat")
        assert decision.unit == "kelurahan"
        assert decision.related_units == ()
        assert decision.review == ()

    def test_the_winners_co_units_are_not_related(self) -> None:
        rules = (
            Rule(name="a", when=has_any("sampah"), unit="dlh"),
            Rule(
                name="b",
                when=has_any("pungli"),
                unit="inspektorat",
                co_units=["dlh"],
                overrides=True,
            ),
        )
        decision = _router(*rules).route("pungli petugas sampah")
        assert decision.units == ("inspektorat", "dlh")
        assert decision.related_units == ()

    def test_two_overriding_rules_rank_by_score_and_tie_between_themselves(self) -> None:
        rules = (
            Rule(name="a", when=has_any("pungli"), unit="inspektorat", overrides=True),
            Rule(name="b", when=has_any("narkoba"), unit="bnn", overrides=True),
            Rule(name="c", when=has_any("sekolah", "guru", "murid"), unit="disdik"),
        )
        router = _router(*rules)
        tie = router.route("guru pungli narkoba di sekolah")
        assert (tie.unit, tie.related_units) == ("inspektorat", ("bnn", "disdik"))
        assert ReviewReason.TIE in tie.review

    def test_an_overriding_rule_is_not_shadowed_by_an_earlier_broader_rule(self) -> None:
        rules = [
            Rule(name="umum", when=has_any("pungli", "kantor"), unit="kelurahan"),
            Rule(name="pungli", when=has_any("pungli"), unit="inspektorat", overrides=True),
        ]
        router = _router(*rules, mode=MatchMode.FIRST_MATCH)
        assert router.route("pungli di kantor").unit == "inspektorat"
        plain = Rule(name="x", when=has_any("pungli"), unit="y")
        with pytest.raises(ConfigurationError) as info:
            RuleSet.from_rules(name="uji", rules=[rules[0], plain], fallback="admin")
        assert "shadowed by earlier rule 'umum'" in info.value.problems[0]


class TestReviewRules:
    def test_a_review_rule_always_asks_for_review(self) -> None:
        rule = Rule(name="wbs", when=has_any("korupsi"), unit="inspektorat", review=True)
        router = _router(rule, *_RULES)
        decision = router.route("korupsi dana")
        assert decision.review == (ReviewReason.RULE,)
        assert decision.needs_review
        assert "the rule asks for a check" in decision.explain("en")


class TestFromToml:
    def test_flags_load_from_toml(self) -> None:
        rules = RuleSet.from_toml(
            """name = "t"
fallback = "admin"
mode = "best-score"
[[rule]]
name = "pungli"
unit = "inspektorat"
overrides = true
review = true
any = ["pungli"]
"""
        )
        assert rules.rules[0].overrides
        assert rules.rules[0].review

    def test_a_flag_that_is_not_a_boolean_is_reported_with_the_rest(self) -> None:
        with pytest.raises(ConfigurationError) as info:
            RuleSet.from_toml(
                """name = "t"
fallback = "admin"
[[rule]]
name = "pungli"
unit = "inspektorat"
overrides = "yes"
review = 1
any = ["pungli"]
"""
            )
        problems = "\n".join(info.value.problems)
        assert "'overrides' must be true or false" in problems
        assert "'review' must be true or false" in problems

    def test_the_constructor_refuses_a_flag_that_is_not_a_bool(self) -> None:
        with pytest.raises(ArgumentError) as info:
            Rule(name="r", when=has_any("x"), unit="u", overrides="yes")  # type: ignore[arg-type]
        assert info.value.argument == "overrides"


KUPANG = default_router(normalizer=Normalizer.kupang(), directory=UnitDirectory.kota_kupang())


class TestIntegrityPolicy:
    @pytest.mark.parametrize(
        ("text", "accused"),
        [
            ("ada pungli di kantor lurah", "kelurahan"),
            ("pungli di kantor camat oebobo", "kecamatan-oebobo"),
            ("petugas puskesmas minta uang pungli", "puskesmas"),
            ("pungli di dukcapil urus ktp", "disdukcapil"),
            ("petugas capil minta uang pelicin supaya ktp cepat jadi", "disdukcapil"),
            ("kepala dinas terima suap dr kontraktor jalan rusak", "pupr"),
            (
                "pegawai kelurahan minta uang 200rb biar surat cepat keluar, itu pungli kan?",
                "kelurahan",
            ),
            ("guru minta gratifikasi dari orang tua murid", "disdik"),
        ],
    )
    def test_extortion_and_bribery_go_to_the_inspectorate(self, text: str, accused: str) -> None:
        decision = KUPANG.route(text)
        assert decision.unit == "inspektorat"
        assert decision.rule == "integritas-pungli"
        assert decision.needs_review
        assert ReviewReason.RULE in decision.review
        assert accused not in decision.units
        # The accused office is kept for the admin (the specific one where the text names it).
        assert accused in decision.related_units

    @pytest.mark.parametrize(
        "text",
        [
            "saya dipungli di kantor camat",
            "dipalak petugas kantor camat",
            "nyogok petugas kantor camat biar cepat",
            "pegawai kantor camat korup",
            "dipungut liar di kantor camat",
            "petugas kantor camat malak warga",
        ],
    )
    def test_everyday_words_for_extortion_and_bribery_override_too(self, text: str) -> None:
        # Even with the kecamatan field naming the accused office.
        submission = Submission(
            text=text,
            channel="whatsapp",
            reporter=Reporter(account_id="akun-1"),
            location=Location(kecamatan="Maulafa"),
        )
        decision = KUPANG.route(submission)
        assert (decision.unit, decision.rule) == ("inspektorat", "integritas-pungli")
        assert ReviewReason.RULE in decision.review
        assert "kecamatan-maulafa" not in decision.units

    def test_pungli_alone_is_reviewed_too(self) -> None:
        decision = KUPANG.route("pungli")
        assert (decision.unit, decision.needs_review, decision.related_units) == (
            "inspektorat",
            True,
            (),
        )

    def test_misconduct_short_of_bribery_is_scored_as_before(self) -> None:
        # Discipline (truancy, campaigning) is the direct superior's first: no override.
        decision = KUPANG.route("Ketua RT minta uang utk surat pengantar")
        assert decision.unit == "kelurahan"
        assert not decision.needs_review
        bolos = default_taxonomy().rule("disiplin-asn")
        assert not bolos.overrides
        assert not bolos.review

    def test_the_explanation_names_the_related_unit(self) -> None:
        explained = KUPANG.route("ada pungli di kantor lurah").explain("en")
        assert "Related units, not sent the complaint: kelurahan." in explained
        assert "the rule asks for a check" in explained
