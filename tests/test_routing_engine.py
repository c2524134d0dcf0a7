"""The router: decisions and their explanations, modes, odd input, what-if reports."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.errors import ConfigurationError
from pengaduan.model import Actor, Channel, Location, Submission
from pengaduan.routing import (
    MatchMode,
    Normalizer,
    Priority,
    ReviewReason,
    Router,
    Rule,
    RuleSet,
    UnitDirectory,
    all_of,
    category_is,
    default_router,
    has_any,
    kelurahan_is,
    what_if,
)
from pengaduan.workflow import Workflow

RULES = [
    Rule(name="jalan", when=has_any("jalan+-an", "aspal", "berlubang"), unit="pupr"),
    Rule(name="lampu", when=has_any("lampu jalan", "pju"), unit="dishub", priority="tinggi"),
    Rule(name="sampah", when=has_any("sampah", "tps"), unit="dlh", co_units=["kelurahan"]),
]


def make(mode: MatchMode) -> Router:
    return Router(RuleSet.from_rules(name="uji", rules=RULES, fallback="admin", mode=mode))


FIRST = make(MatchMode.FIRST_MATCH)
BEST = make(MatchMode.BEST_SCORE)
TAXONOMY = default_router(normalizer=Normalizer.kupang())


class TestDecisions:
    def test_decision_explains_itself(self) -> None:
        decision = FIRST.route("Jln berlubang dkt TPS, sampah numpuk")
        assert decision.unit == "pupr"
        assert decision.rule == "jalan"
        assert decision.terms == ("jalan+-an", "berlubang")
        assert decision.words == ("jalan", "berlubang")
        assert decision.score == 2
        assert decision.runners_up[0].unit == "dlh"
        assert decision.runners_up[0].terms == ("sampah", "tps")
        assert not decision.needs_review
        assert "Unit pupr (aturan 'jalan'" in decision.explain()
        assert "Alternatif: dlh" in decision.explain()

    def test_best_score_prefers_the_stronger_rule(self) -> None:
        decision = BEST.route("Jln berlubang dkt TPS, sampah numpuk sampah")
        assert decision.unit == "pupr"  # tie 2-2, the earlier rule wins ...
        assert ReviewReason.TIE in decision.review  # ... and the tie is flagged
        decision = BEST.route("lampu jalan mati dekat tps")
        assert (decision.unit, decision.score) == ("dishub", 2)  # a phrase weighs two words
        assert decision.priority is Priority.TINGGI

    def test_first_match_follows_rule_order(self) -> None:
        assert FIRST.route("lampu jalan mati").unit == "pupr"  # "jalan" alone hits rule 1
        assert BEST.route("lampu jalan mati").unit == "dishub"

    def test_fallback_asks_for_review(self) -> None:
        decision = FIRST.route("terima kasih atas pelayanannya")
        assert decision.unit == "admin"
        assert decision.is_fallback
        assert decision.review == (ReviewReason.NO_MATCH,)
        assert "unit cadangan admin" in decision.explain()

    def test_co_units_are_part_of_the_disposition(self) -> None:
        decision = FIRST.route("sampah tdk diangkut")
        assert decision.units == ("dlh", "kelurahan")

    def test_reads_complaints_and_submissions(self) -> None:
        submission = Submission(
            text="sdh seminggu tdk diangkut",
            subject="Sampah di pasar",
            channel=Channel.WEB,
            category="Kebersihan",
            location=Location(kelurahan="Oebobo"),
        )
        router = Router(
            RuleSet.from_rules(
                name="lok",
                rules=[
                    Rule(
                        name="sampah-oebobo",
                        when=all_of(has_any("sampah"), kelurahan_is("oebobo")),
                        unit="kelurahan-oebobo",
                    ),
                    Rule(name="kebersihan", when=category_is("kebersihan"), unit="dlh"),
                ],
                fallback="admin",
            )
        )
        assert router.route(submission).unit == "kelurahan-oebobo"
        assert router.route(submission, kelurahan="Alak").unit == "dlh"
        complaint = Workflow.default().receive(
            submission,
            tracking_id="T-1",
            at=pendulum.datetime(2025, 3, 6, 9, tz="Asia/Makassar"),
            actor=Actor.system(),
        )
        assert router.route(complaint).unit == "kelurahan-oebobo"

    def test_repr_has_no_text(self) -> None:
        decision = FIRST.route("nama saya Budi, jln rusak")
        assert "Budi" not in repr(decision)
        assert "Budi" not in repr(FIRST.document("nama saya Budi"))

    def test_out_of_scope_units_are_flagged(self) -> None:
        decision = TAXONOMY.route("listrik PLN padam tiap malam")
        assert decision.unit == "luar-kewenangan"
        assert decision.out_of_scope
        assert "alihkan" in decision.explain()

    def test_unknown_units_rejected_with_a_directory(self) -> None:
        ruleset = RuleSet.from_rules(name="x", rules=RULES, fallback="admin")
        small = UnitDirectory.from_units(
            "kecil", [u for u in TAXONOMY.directory if u.id in {"admin", "dlh", "kelurahan"}]
        )
        with pytest.raises(ConfigurationError) as info:
            Router(ruleset, directory=small)
        assert "rule 'jalan': unknown unit 'pupr'" in info.value.problems
        assert "rule 'lampu': unknown unit 'dishub'" in info.value.problems


class TestOddInput:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("", id="empty"),
            pytest.param("   \t\n", id="whitespace"),
            pytest.param("🙏🙏🙏", id="emoji-only"),
            pytest.param("\x00\x01\x7f\ufffd", id="binary-junk"),
        ],
    )
    def test_no_words_routes_to_fallback_for_review(self, text: str) -> None:
        decision = TAXONOMY.route(text)
        assert decision.unit == "admin"
        assert decision.review == (ReviewReason.NO_WORDS, ReviewReason.NO_MATCH)

    def test_hundred_kilobytes(self) -> None:
        text = ("bla " * 25_000) + "sampah menumpuk di TPS"
        assert len(text) > 100_000
        assert TAXONOMY.route(text).unit == "dlh"

    def test_mixed_scripts_and_emoji(self) -> None:
        assert TAXONOMY.route("🚰 air PDAM 不 mengalir 😡 3 hari").unit == "pdam"

    @given(st.text(max_size=400))
    def test_any_text_gets_a_unit_or_review(self, text: str) -> None:
        decision = TAXONOMY.route(text)
        assert decision.unit in TAXONOMY.directory
        assert decision.rule is not None or decision.needs_review

    @given(
        st.lists(
            st.sampled_from(
                [
                    "jln",
                    "jalanan",
                    "rusak",
                    "lampu",
                    "jalan",
                    "pju",
                    "sampah",
                    "TPS",
                    "yg",
                    "gak",
                    "matiii",
                    "anak2",
                    "Perjalanan",
                    "!!",
                    ",",
                    "é",
                    "tps2",
                    "lampu jalan",
                ]
            ),
            max_size=30,
        )
    )
    def test_fast_path_equals_full_document_path(self, words: list[str]) -> None:
        text = " ".join(words)
        for router in (FIRST, BEST, TAXONOMY):
            assert router.route(text) == router.decide(router.document(text))


class TestWhatIf:
    def test_reports_moves(self) -> None:
        old = RuleSet.from_rules(name="lama", rules=RULES, fallback="admin")
        new = old.with_rules(before=[Rule(name="lampu-dulu", when=has_any("lampu"), unit="dishub")])
        texts = ["lampu jalan mati", "jalan rusak", "lampu taman mati", "sampah", "halo"]
        report = what_if(old, new, texts)
        assert report.total == 5
        assert report.moved == 2
        assert {(m.index, m.old_unit, m.new_unit) for m in report.moves} == {
            (0, "pupr", "dishub"),
            (2, "admin", "dishub"),
        }
        assert report.flows() == {("pupr", "dishub"): 1, ("admin", "dishub"): 1}
        summary = report.summary("en")
        assert summary.startswith("2 of 5 complaints change unit")
        assert "dishub: 0 -> 2 (+2)" in summary
        assert "lampu" not in summary.replace("lampu-dulu", "")  # no complaint text

    def test_same_unit_other_rule_is_counted(self) -> None:
        old = RuleSet.from_rules(name="a", rules=RULES, fallback="admin")
        new = old.with_rules(before=[Rule(name="aspal", when=has_any("aspal"), unit="pupr")])
        report = what_if(Router(old), Router(new), ["aspal mengelupas"])
        assert (report.moved, report.rule_changes) == (0, 1)


def test_evaluate_counts_mistakes() -> None:
    evaluation = FIRST.evaluate([("jalan rusak", "pupr"), ("sampah", "pupr"), ("pju", "dishub")])
    assert (evaluation.total, evaluation.correct) == (3, 2)
    assert evaluation.confusion == {("pupr", "dlh"): 1}
    assert evaluation.percent() == "66.7 %"


# Keyword terms whose expansions overlap (jalan+-an and jalan both accept "jalan"; the clitic form
# "jalannya" too), so that one word can hit several rules and several words one rule.
_POOL = ["jalan+-an", "jalan", "aspal", "sampah", "tps", "pju", "air", "banjir", "got", "pdam"]
_TEXT_WORDS = [
    "jalan",
    "jalanan",
    "jalannya",
    "aspal",
    "sampah",
    "tps",
    "pju",
    "air",
    "banjir",
    "got",
    "pdam",
    "lampu",
    "mohon",
    "rusak",
    "di",
    "jln",  # an abbreviation: the text goes through the full normaliser first
    "jalan2",  # reduplication
    "sampahhh",  # a letter run
]


@st.composite
def keyword_rule_sets(draw: st.DrawFn) -> list[Rule]:
    count = draw(st.integers(min_value=1, max_value=6))
    rules = []
    for index in range(count):
        terms = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=3, unique=True))
        unit = draw(st.sampled_from(["pupr", "dlh", "pdam"]))
        rules.append(Rule(name=f"r{index}", when=has_any(*terms), unit=unit))
    if draw(st.booleans()):  # a rule the word postings cannot decide alone
        position = draw(st.integers(min_value=0, max_value=count))
        rules.insert(
            position, Rule(name="semua", when=all_of(has_any("air"), has_any("got")), unit="dlh")
        )
    return rules


class TestWordPostings:
    """Texts whose rule words are all in the word postings skip condition evaluation."""

    @given(
        keyword_rule_sets(),
        st.sampled_from(list(MatchMode)),
        st.integers(min_value=0, max_value=3),
        st.lists(st.sampled_from(_TEXT_WORDS), max_size=12),
    )
    def test_same_decision_as_the_full_document_path(
        self, rules: list[Rule], mode: MatchMode, runners_up: int, words: list[str]
    ) -> None:
        try:
            ruleset = RuleSet.from_rules(name="acak", rules=rules, fallback="admin", mode=mode)
        except ConfigurationError:
            return  # a later rule shadowed by an earlier one: not a valid rule set
        router = Router(ruleset, runners_up=runners_up)
        text = " ".join(words)
        assert router.route(text) == router.decide(router.document(text))

    def test_rule_hit_by_two_words_names_the_smaller(self) -> None:
        rules = [
            Rule(name="jalan", when=has_any("jalan+-an", "aspal"), unit="pupr"),
            Rule(name="air", when=has_any("air"), unit="pdam"),
            Rule(name="sampah", when=has_any("sampah", "jalan"), unit="dlh"),
        ]
        router = Router(RuleSet.from_rules(name="dua", rules=rules, fallback="admin"))
        decision = router.route("jalanan dan jalan rusak, air mati, sampah")
        assert (decision.rule, decision.terms, decision.words) == (
            "jalan",
            ("jalan+-an",),
            ("jalan",),
        )
        assert [(c.rule, c.terms, c.score) for c in decision.runners_up] == [
            ("air", ("air",), 1),
            ("sampah", ("sampah", "jalan"), 2),
        ]
        single = router.route("aspal, air, sampah")
        assert (single.rule, single.words, single.score) == ("jalan", ("aspal",), 1)
        assert [c.rule for c in single.runners_up] == ["air", "sampah"]
