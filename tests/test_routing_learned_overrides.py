"""Overriding rules decide with a learned model too, whatever the precedence and the policy.

An office's own dispositions may well have sent complaints about an official's extortion to the
office accused (it was the office named). A model trained on them is confident of that office;
with ``Precedence.MODEL`` it used to decide, and with a ``policy`` naming the office's rule that
rule used to decide, so the complaint reached the unit it accuses. The rule set's overriding
rules (the default taxonomy's ``integritas-pungli``) now decide whenever they match, with the
model's opinion kept beside the decision.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pengaduan.cli import EXIT_OK, main
from pengaduan.routing import (
    Normalizer,
    ReviewReason,
    Router,
    Rule,
    RuleSet,
    UnitDirectory,
    default_router,
    default_units,
    has_any,
)
from pengaduan.routing.learned import (
    Classifier,
    DecisionSource,
    Example,
    Labelled,
    LearnedModel,
    LearnedRouter,
    Precedence,
    TrainingOptions,
    compare,
    train_model,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/routing_corpus.jsonl"

# Past dispositions as an office might hold them: complaints about an office, extortion
# included, disposed to that office.
_OFFICES = (
    ("kantor camat", "kecamatan"),
    ("kantor lurah", "kelurahan"),
    ("dukcapil", "disdukcapil"),
)
_TEMPLATES = (
    "pelayanan di {p} lambat sekali",
    "petugas {p} minta uang pungli",
    "urus surat di {p} susah",
    "{p} tutup pada jam kerja",
    "pegawai {p} kasar",
)

# Integrity complaints naming the office they accuse, and that office's rule and unit.
INTEGRITY = (
    ("ada pungli di kantor camat, bayar dulu baru dilayani", "kecamatan", "kecamatan"),
    ("petugas kantor lurah minta pungli untuk urus surat", "kelurahan", "kelurahan"),
    ("pegawai dukcapil minta uang pelicin supaya ktp cepat", "kependudukan", "disdukcapil"),
)


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    pairs = [(row["text"], row["unit"]) for row in rows]
    history = [(t.format(p=place), unit) for place, unit in _OFFICES for t in _TEMPLATES]
    # Logistic regression: the linear SVM's solver does not always converge on this set.
    options = TrainingOptions(classifier=Classifier.LOGISTIC_REGRESSION)
    return train_model(Labelled.from_pairs(pairs + history), name="kantor", options=options)


@pytest.fixture(scope="module")
def rules() -> Router:
    return default_router(normalizer=Normalizer.kupang())


def _routers(
    rules: Router, model: LearnedModel, policy: tuple[str, ...] = ()
) -> dict[Precedence, LearnedRouter]:
    return {
        precedence: LearnedRouter(
            router=rules, model=model, precedence=precedence, policy=policy, threshold=0
        )
        for precedence in Precedence
    }


@pytest.mark.parametrize("case", INTEGRITY, ids=[i[2] for i in INTEGRITY])
class TestIntegrityComplaints:
    def test_the_model_alone_would_send_it_to_the_accused_office(
        self, model: LearnedModel, rules: Router, case: tuple[str, str, str]
    ) -> None:
        # The premise: the model is confident of the accused office, and the rules are not.
        text, office_rule, office = case
        prediction = model.predict(text)
        assert prediction.unit == office
        assert prediction.confidence > 0.5
        ruled = rules.route(text)
        assert ruled.rule == "integritas-pungli"
        assert office_rule in {c.rule for c in ruled.runners_up}

    @pytest.mark.parametrize("precedence", list(Precedence))
    @pytest.mark.parametrize("policy", ["none", "office"])
    def test_the_overriding_rule_decides(
        self,
        model: LearnedModel,
        rules: Router,
        case: tuple[str, str, str],
        precedence: Precedence,
        policy: str,
    ) -> None:
        text, office_rule, office = case
        names = (office_rule,) if policy == "office" else ()
        decision = _routers(rules, model, names)[precedence].route(text)
        assert decision.unit == "inspektorat"
        assert decision.source is DecisionSource.RULE
        assert decision.rule == "integritas-pungli"
        assert decision.model is None
        assert decision.review
        assert ReviewReason.RULE in decision.rules.review
        assert office in decision.rules.related_units
        # The model's opinion is still there: its probability of the inspectorate (low), and
        # its own prediction as a second opinion.
        assert decision.prediction is not None
        assert decision.prediction.unit == office
        assert decision.confidence is not None
        assert decision.confidence < decision.prediction.confidence
        assert "integritas-pungli" in decision.explain("en")


def test_every_overriding_rule_of_the_rule_set_is_named(model: LearnedModel, rules: Router) -> None:
    router = LearnedRouter(router=rules, model=model, precedence="model")
    assert router.overriding == frozenset({"integritas-pungli"})
    assert router.policy == frozenset()


def test_a_policy_rule_still_decides_where_no_overriding_rule_matches(
    model: LearnedModel, rules: Router
) -> None:
    text = "pelayanan di kantor camat lambat sekali"
    by_model = _routers(rules, model)[Precedence.MODEL].route(text)
    assert by_model.source is DecisionSource.MODEL
    policy = _routers(rules, model, ("kelurahan",))[Precedence.MODEL]
    assert policy.route("surat pengantar di kantor lurah lama").rule == "kelurahan"


def test_overriding_rules_of_a_custom_rule_set(model: LearnedModel) -> None:
    # Several overriding rules: among themselves the rule set's mode applies, as without a model.
    ruleset = RuleSet.from_rules(
        name="uji",
        fallback="admin",
        rules=[
            Rule(name="kantor", when=has_any("kantor camat", "camat"), unit="kecamatan"),
            Rule(name="pungli", when=has_any("pungli"), unit="inspektorat", overrides=True),
            Rule(name="bencana", when=has_any("banjir"), unit="bpbd", overrides=True),
        ],
    )
    router = Router(ruleset, directory=default_units())
    combined = LearnedRouter(router=router, model=model, precedence="model", policy=["kantor"])
    assert combined.overriding == frozenset({"pungli", "bencana"})
    decision = combined.route("ada pungli di kantor camat")
    assert (decision.unit, decision.rule) == ("inspektorat", "pungli")
    assert combined.route("kantor camat kebanjiran banjir").rule == "bencana"
    assert combined.route("kantor camat tutup").rule == "kantor"


def test_compare_reports_the_overriding_decisions(model: LearnedModel, rules: Router) -> None:
    # A dry run before switching to the model shows what the switch would do: the integrity
    # complaints stay with the inspectorate, decided by the same rule.
    history = [Example(text=text, unit="inspektorat") for text, _rule, _unit in INTEGRITY]
    for precedence, combined in _routers(rules, model, ("kecamatan",)).items():
        report = compare(rules, combined, history)
        assert report.report.moved == 0, precedence
        assert report.report.rule_changes == 0
        assert report.old_correct == report.new_correct == len(INTEGRITY)
        assert report.report.new_counts == {"inspektorat": len(INTEGRITY)}
    # The model alone would move every one of them to the office accused.
    alone = compare(rules, model, history)
    assert alone.report.moved == len(INTEGRITY)
    assert alone.new_correct == 0


def test_the_command_line_routes_an_integrity_complaint_to_the_inspectorate(
    model: LearnedModel, tmp_path: Path
) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    text = INTEGRITY[0][0]
    for precedence in Precedence:
        out = io.StringIO()
        argv = ["route", text, "--model", str(path), "--precedence", precedence.value, "--json"]
        assert main(argv, out=out) == EXIT_OK
        record = json.loads(out.getvalue())
        assert (record["unit"], record["source"], record["rule"]) == (
            "inspektorat",
            "rule",
            "integritas-pungli",
        )
        assert record["review"] == ["rule"]


@pytest.mark.parametrize("precedence", list(Precedence))
def test_a_unit_outside_the_government_is_always_reviewed_whoever_decides(
    precedence: Precedence,
) -> None:
    # A model confident of the outside agency (resolved to the police the text names) decides
    # with Precedence.MODEL; a rule decides with Precedence.RULES: both ask for review.
    kupang = UnitDirectory.kota_kupang()
    rules = default_router(normalizer=Normalizer.kupang(), directory=kupang)
    rows = [(f"laporan ke polisi tidak ditanggapi {i}", "luar-kewenangan") for i in range(6)]
    rows += [(f"jalan rusak berlubang {i}", "pupr") for i in range(6)]
    model = train_model(
        Labelled.from_pairs(rows),
        name="luar",
        options=TrainingOptions(folds=2, classifier=Classifier.LOGISTIC_REGRESSION),
    )
    router = LearnedRouter(router=rules, model=model, precedence=precedence)
    decision = router.route("laporan ke polisi tidak ditanggapi")
    assert kupang.is_external(decision.unit)
    assert (decision.out_of_scope, decision.review) == (True, True)
    assert "forward it to the agency" in decision.explain("en")
    inside = router.route("jalan rusak berlubang di depan sekolah")
    assert (inside.unit, inside.out_of_scope) == ("pupr", False)
