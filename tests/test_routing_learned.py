"""Learned routing: training, the plain-data model file, explanations, rules + model, evaluation."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import step
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_TEXT,
    outcome,
    raises_typed,
    wrong_type_cases,
)

from pengaduan.errors import ArgumentError, ConfigurationError, SerializationError
from pengaduan.routing import (
    Normalizer,
    Router,
    Rule,
    RuleSet,
    Unit,
    UnitDirectory,
    default_router,
    has_any,
)
from pengaduan.routing.learned import (
    Classifier,
    DecisionSource,
    Example,
    Labelled,
    LearnedModel,
    LearnedRouter,
    ModelFileError,
    Precedence,
    TrainingDataError,
    TrainingOptions,
    choose_options,
    compare,
    evaluate_model,
    load_model,
    train_model,
)
from pengaduan.routing.learned._features import model_words
from pengaduan.routing.learned._train import (
    decision_scores,
    fit,
    training_texts,
    training_words,
)
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/routing_corpus.jsonl"
DEV = ROOT / "tests/data/routing_dev.jsonl"


@pytest.fixture(scope="module")
def data() -> Labelled:
    return Labelled.from_jsonl(CORPUS)


@pytest.fixture(scope="module")
def model(data: Labelled) -> LearnedModel:
    return train_model(data, name="kupang")


def small(units: int = 4, per_unit: int = 6) -> Labelled:
    words = ["jalan rusak aspal", "sampah bau", "air pdam mati", "lampu jalan padam", "ktp hilang"]
    names = ["pupr", "dlh", "pdam", "dishub", "disdukcapil"]
    pairs = [
        (f"{words[u]} nomor {i} mohon dibantu", names[u])
        for u in range(units)
        for i in range(per_unit)
    ]
    return Labelled.from_pairs(pairs)


# -- the model file --------------------------------------------------------------------------------


def test_plain_python_scores_equal_the_scikit_learn_pipeline(data: Labelled) -> None:
    normalizer = Normalizer.kupang()
    options = TrainingOptions()
    docs = training_words(training_texts(data, redact=None), normalizer, options)
    units = [e.unit for e in data.examples]
    estimator, vectorizer = fit(docs, units, options)
    model = train_model(data, normalizer=normalizer, options=options)
    texts = [*(e.text for e in data.examples[:60]), "air sonde jalan su 3 hari", "lampu"]
    words = [model_words(normalizer.tokens(t), digits=False) for t in texts]
    expected = decision_scores(estimator, vectorizer.matrix(words))
    for text, row in zip(texts, expected, strict=True):
        got = model.scores(text)
        assert got == pytest.approx(row, abs=1e-4)
        assert model.labels[got.index(max(got))] == estimator.classes_[row.index(max(row))]


def test_a_saved_model_loads_and_predicts_the_same(model: LearnedModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    loaded = load_model(path)
    assert loaded.version == model.version
    assert loaded.digest == model.digest
    text = "lampu jalan di depan rumah mati sdh 2 minggu"
    assert loaded.predict(text) == model.predict(text)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "pengaduan.routing-model"
    assert document["labels"] == sorted(document["labels"])
    assert document["normalizer"]["lexicons"][1]["name"] == "kupang"
    assert document["metadata"]["training"]["sha256"] == Labelled.from_jsonl(CORPUS).sha256
    assert 0.5 < document["metadata"]["metrics"]["cv_accuracy"] <= 1.0


def test_a_model_loads_and_predicts_without_scikit_learn(
    model: LearnedModel, tmp_path: Path
) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    code = (
        "import sys\n"
        "for name in ('sklearn', 'scipy', 'numpy'): sys.modules[name] = None\n"
        "from pengaduan.routing.learned import load_model, train_model, Labelled\n"
        f"m = load_model({str(path)!r})\n"
        "print(m.predict('sampah belum diangkut seminggu').unit)\n"
        "try:\n"
        "    train_model(Labelled.from_pairs([('a b', 'x')] * 5 + [('c d', 'y')] * 5))\n"
        "except ImportError as e:\n"
        "    print(type(e).__name__, e.extra)\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split("\n")[:2] == ["dlh", "OptionalDependencyError learn"]


def test_importing_learned_routing_loads_no_heavy_package() -> None:
    code = (
        "import sys, pengaduan.routing.learned\n"
        "print(','.join(m for m in ('sklearn', 'scipy', 'numpy') if m in sys.modules))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def _edited(model: LearnedModel, change: Callable[[dict[str, Any]], None]) -> bytes:
    document = model.to_dict()
    change(document)
    return json.dumps(document).encode()


def _first_weight(document: dict[str, Any]) -> None:
    feature = next(iter(document["features"]))
    document["features"][feature][1] += 0.5


@pytest.mark.parametrize(
    ("case", "change", "reason"),
    [
        ("weight", _first_weight, "tampered"),
        ("label", lambda d: d["labels"].reverse(), "tampered"),
        ("digest-missing", lambda d: d.pop("digest"), "tampered"),
        ("format-version", lambda d: d.update(format_version=2), "format"),
        ("not-a-model", lambda d: d.update(format="something"), "format"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_an_edited_model_is_refused(
    model: LearnedModel, case: str, change: Callable[[dict[str, Any]], None], reason: str
) -> None:
    error = raises_typed(load_model, _edited(model, change))
    assert isinstance(error, ModelFileError)
    assert isinstance(error, SerializationError)
    assert error.reason == reason
    assert error.code == "model-file"


def test_a_truncated_model_is_refused(model: LearnedModel, tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    raw = path.read_bytes()
    for cut in (0, 10, len(raw) // 2, len(raw) - 3):
        error = raises_typed(load_model, raw[:cut])
        assert isinstance(error, ModelFileError)
        assert error.reason == "not-json"


def test_a_model_for_another_normaliser_is_refused(data: Labelled, model: LearnedModel) -> None:
    raw = json.dumps(model.to_dict()).encode()
    error = raises_typed(load_model, raw, normalizer=Normalizer.default())
    assert isinstance(error, ModelFileError)
    assert error.reason == "normalizer-mismatch"
    extra = Normalizer.kupang().with_lexicon(
        Normalizer.bundled_lexicon("id").__class__(name="kantor", replacements={"plg": "pulang"})
    )
    own = train_model(small(), normalizer=extra)
    error = raises_typed(load_model, json.dumps(own.to_dict()).encode())
    assert isinstance(error, ModelFileError)
    assert error.reason == "normalizer-mismatch"
    assert load_model(json.dumps(own.to_dict()).encode(), normalizer=extra).version == own.version


def test_a_missing_model_file_is_a_typed_error(tmp_path: Path) -> None:
    error = raises_typed(load_model, tmp_path / "nothing.json")
    assert isinstance(error, ModelFileError)
    assert error.reason == "unreadable"


# -- predictions -----------------------------------------------------------------------------------


def test_a_prediction_is_explained(model: LearnedModel) -> None:
    prediction = model.predict("air pdam sonde jalan su 3 hari, mohon dibantu")
    assert prediction.unit == "pdam"
    assert prediction.model == model.version
    assert prediction.ranked[0] == (prediction.unit, prediction.confidence)
    assert [p for _, p in prediction.ranked] == sorted(
        (p for _, p in prediction.ranked), reverse=True
    )
    words = [w for w, _ in prediction.features]
    assert "air" in words
    assert all(weight > 0 for _, weight in prediction.features)
    assert all(f"w {w}" in model.weights for w in words)


def test_below_the_threshold_a_prediction_asks_for_review_with_three_units(
    model: LearnedModel,
) -> None:
    unsure = model.predict("mohon perhatian", threshold=0.99)
    assert unsure.review
    assert len(unsure.offered) == 3
    assert unsure.offered[0] == unsure.unit
    sure = model.predict("mohon perhatian", threshold=0.0)
    assert not sure.review
    assert sure.offered == ()


def test_unknown_words_and_empty_text_still_predict(model: LearnedModel) -> None:
    for text in ("", "zzqx qwvv", "🙏🙏"):
        prediction = model.predict(text)
        assert prediction.unit in model.labels
        assert prediction.features == ()


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[i for i, _ in HOSTILE_TEXTS])
def test_hostile_text_predicts_or_raises_typed(model: LearnedModel, text: str) -> None:
    result = outcome(model.predict, text[:50_000])
    assert not isinstance(result, Exception) or isinstance(result, ArgumentError)


# -- training data ---------------------------------------------------------------------------------


def test_the_labelled_file_skips_bad_lines_with_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "labelled.jsonl"
    lines = [
        json.dumps({"text": "jalan rusak", "unit": "pupr", "date": "2026-01-05"}),
        "",
        "not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "", "unit": "pupr"}),
        json.dumps({"text": 7, "unit": "pupr"}),
        json.dumps({"text": "sampah", "unit": SECRET_TEXT}),
        json.dumps({"text": "sampah", "unit": "dlh", "date": "kemarin"}),
        json.dumps({"text": "x" * 1_100_000, "unit": "dlh"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    labelled = Labelled.from_jsonl(path)
    assert [(e.unit, e.on) for e in labelled.examples] == [
        ("pupr", date(2026, 1, 5)),
        ("dlh", None),
    ]
    assert [(s.line, s.reason) for s in labelled.skipped] == [
        (3, "not-json"),
        (4, "not-an-object"),
        (5, "no-text"),
        (6, "no-text"),
        (7, "bad-unit"),
        (9, "too-long"),
    ]
    assert SECRET_TEXT not in repr(labelled)
    assert len(labelled.sha256) == 64


def test_too_few_examples_name_the_units_and_counts() -> None:
    pairs = [("jalan rusak parah", "pupr")] * 6 + [("sampah", "dlh")] * 2 + [("air", "pdam")]
    error = raises_typed(train_model, Labelled.from_pairs(pairs))
    assert isinstance(error, TrainingDataError)
    assert error.problems == (
        "unit 'dlh': 2 examples, needs at least 5",
        "unit 'pdam': 1 example, needs at least 5",
    )
    assert error.counts == {"pupr": 6, "dlh": 2, "pdam": 1}


def test_one_unit_cannot_train() -> None:
    error = raises_typed(train_model, Labelled.from_pairs([("jalan rusak", "pupr")] * 8))
    assert isinstance(error, TrainingDataError)
    assert "two or more units" in error.problems[0]
    error = raises_typed(train_model, Labelled.from_pairs([]))
    assert isinstance(error, TrainingDataError)


def test_two_units_train_a_model() -> None:
    two = train_model(small(units=2))
    assert two.labels == ("dlh", "pupr")
    assert two.predict("jalan rusak aspal").unit == "pupr"
    assert two.predict("sampah bau").unit == "dlh"


def test_logistic_regression_is_available() -> None:
    options = TrainingOptions(classifier=Classifier.LOGISTIC_REGRESSION, c=10.0)
    trained = train_model(small(), options=options)
    assert trained.metadata["classifier"] == "logistic-regression"
    assert trained.predict("air pdam mati").unit == "pdam"


def test_the_last_disposition_is_the_label() -> None:
    first = step(_received(), Action.VERIFIKASI)
    corrected = step(first, Action.DISPOSISI_ULANG, units=["rsud"])
    never = _received("KPG-TEST-2")
    labelled = Labelled.from_complaints([first, corrected, never])
    assert [e.unit for e in labelled.examples] == ["dinkes", "rsud"]
    assert [(s.line, s.reason) for s in labelled.skipped] == [(3, "no-unit")]
    assert labelled.examples[0].on == first.received_at.date()


def _received(tracking_id: str = "KPG-TEST-1") -> Any:
    from tests.helpers import received  # noqa: PLC0415

    return received(tracking_id)


# -- rules and model together ----------------------------------------------------------------------


def test_rules_first_lets_rules_decide_and_the_model_take_the_rest(model: LearnedModel) -> None:
    router = LearnedRouter(router=default_router(normalizer=Normalizer.kupang()), model=model)
    ruled = router.route("lampu jalan mati")
    assert ruled.source is DecisionSource.RULE
    assert ruled.rule is not None
    assert ruled.model is None
    assert ruled.confidence is not None
    learned = router.route("dokter lama datang")
    assert learned.rules.is_fallback
    assert learned.source is DecisionSource.MODEL
    assert learned.model == model.version
    assert learned.rule is None
    assert "model" in learned.explain()


def test_model_first_with_a_policy_rule(model: LearnedModel) -> None:
    rules = default_router(normalizer=Normalizer.kupang())
    text = "lampu jalan mati"
    winning = rules.route(text).rule
    assert winning is not None
    by_model = LearnedRouter(router=rules, model=model, precedence=Precedence.MODEL, threshold=0)
    assert by_model.route(text).source is DecisionSource.MODEL
    policy = LearnedRouter(
        router=rules, model=model, precedence="model", policy=[winning], threshold=0
    )
    decision = policy.route(text)
    assert decision.source is DecisionSource.RULE
    assert decision.rule == winning


def test_an_unsure_model_defers_to_a_matching_rule(model: LearnedModel) -> None:
    rules = default_router(normalizer=Normalizer.kupang())
    router = LearnedRouter(router=rules, model=model, precedence="model", threshold=1.0)
    assert router.route("lampu jalan mati").source is DecisionSource.RULE
    unsure = router.route("mohon perhatian")
    assert unsure.review
    assert len(unsure.offered) == 3


def test_without_a_model_the_fallback_says_so() -> None:
    router = LearnedRouter(router=default_router(), model=None)
    decision = router.route("mohon perhatian")
    assert decision.source is DecisionSource.FALLBACK
    assert decision.confidence is None


def test_router_configuration_is_checked(model: LearnedModel) -> None:
    rules = default_router()
    error = raises_typed(LearnedRouter, router=rules, model=model, policy=["no-such-rule"])
    assert isinstance(error, ConfigurationError)
    directory = UnitDirectory.from_units(
        "kecil",
        [Unit(id="pupr", name="PUPR", kind="opd"), Unit(id="admin", name="Admin", kind="opd")],
    )
    rules_set = RuleSet.from_rules(
        name="kecil",
        rules=[Rule(name="jalan", when=has_any("jalan"), unit="pupr")],
        fallback="admin",
    )
    two = train_model(small(units=3))
    error = raises_typed(LearnedRouter, router=Router(rules_set, directory=directory), model=two)
    assert "dlh, pdam" in str(error)
    for bad in ({"router": "x", "model": model}, {"router": rules, "model": 3}):
        assert isinstance(raises_typed(LearnedRouter, **bad), ConfigurationError)
    error = raises_typed(LearnedRouter, router=rules, model=model, precedence="both")
    assert isinstance(error, ConfigurationError)


def test_compare_two_models_and_a_rule_set(model: LearnedModel) -> None:
    rules = default_router(normalizer=Normalizer.kupang())
    history = list(Labelled.from_jsonl(DEV).examples[:40])
    result = compare(rules, model, history)
    assert result.labelled == 40
    assert result.report.total == 40
    assert 0 <= result.old_correct <= 40
    assert sum(result.report.new_counts.values()) == 40
    assert all(m.new_rule == model.version for m in result.report.moves)
    assert "labelled" in result.summary("en")
    assert "berlabel" in result.summary()
    same = compare(model, model, [e.text for e in history])
    assert same.report.moved == 0
    assert same.labelled == 0


# -- evaluation ------------------------------------------------------------------------------------


def test_evaluation_reports_folds_units_curve_coverage_and_time_split() -> None:
    examples = [
        Example(text=e.text, unit=e.unit, on=date(2026, 1 + i % 6, 1))
        for i, e in enumerate(small(units=4, per_unit=10).examples)
    ]
    evaluation = evaluate_model(Labelled.from_examples(examples), options=TrainingOptions(folds=3))
    assert evaluation.folds == 3
    assert evaluation.examples == 40
    assert evaluation.accuracy == 1.0
    assert {u.unit for u in evaluation.units} == {"pupr", "dlh", "pdam", "dishub"}
    assert evaluation.learning_curve[0][0] == 2
    assert evaluation.coverage[0][:2] == (0.0, 1.0)
    assert evaluation.time_split is not None
    assert evaluation.time_split[:2] == (34, 6)  # months 1-5 (34 examples), then month 6
    document = json.loads(evaluation.to_json())
    assert document["accuracy"] == 1.0
    page = evaluation.to_html()
    assert page.startswith("<!doctype html>")
    assert "<script" not in page
    assert "nomor" not in page + evaluation.to_text()  # no complaint text in a report


def test_evaluation_without_dates_has_no_time_split(data: Labelled) -> None:
    evaluation = evaluate_model(small(), learning_curve=False)
    assert evaluation.time_split is None
    assert evaluation.learning_curve == ()


# -- wrong types -----------------------------------------------------------------------------------


def _arguments(model: LearnedModel) -> dict[str, Callable[[Any], object]]:
    return {
        "predict-text": model.predict,
        "predict-threshold": lambda v: model.predict("jalan", threshold=v),
        "predict-top": lambda v: model.predict("jalan", top=v),
        "scores": model.scores,
        "load-source": load_model,
        "load-normalizer": lambda v: load_model(b"{}", normalizer=v),
        "save": model.save,
        "from-jsonl": Labelled.from_jsonl,
        "from-pairs": Labelled.from_pairs,
        "from-examples": Labelled.from_examples,
        "from-complaints": Labelled.from_complaints,
        "train-data": train_model,
        "train-name": lambda v: train_model(small(), name=v),
        "train-options": lambda v: train_model(small(), options=v),
        "evaluate-data": evaluate_model,
        "evaluate-curve": lambda v: evaluate_model(small(), learning_curve=v),
        "options-c": lambda v: TrainingOptions(c=v),
        "options-folds": lambda v: TrainingOptions(folds=v),
        "options-grams": lambda v: TrainingOptions(char_ngrams=v),
        "options-classifier": lambda v: TrainingOptions(classifier=v),
        "options-min-df": lambda v: TrainingOptions(min_df=v),
        "options-keep-digits": lambda v: TrainingOptions(keep_digits=v),
        "options-redact": lambda v: TrainingOptions(redact=v),
        "router-item": LearnedRouter(router=default_router(), model=model).route,
        "router-threshold": lambda v: LearnedRouter(
            router=default_router(), model=model, threshold=v
        ),
        "router-policy": lambda v: LearnedRouter(router=default_router(), model=model, policy=v),
        "compare-old": lambda v: compare(v, model, []),
        "compare-history": lambda v: compare(model, model, v),
    }


ACCEPTS = {
    "load-normalizer": {"none"},
    "train-options": {"none"},
    "predict-threshold": {"int"},
    "predict-top": {"int"},
    "router-threshold": {"int"},
    "options-c": {"int"},
    "router-policy": {"list", "set", "dict", "secret-str-in-list"},
    "from-pairs": {"list", "set", "dict"},
    "from-examples": {"list", "set", "dict"},
    "from-complaints": {"list", "set", "dict"},
    "compare-history": {"list", "set", "secret-str-in-list"},
    "evaluate-curve": {"bool"},
    "options-folds": {"int"},
    "options-min-df": {"int"},
    "options-keep-digits": {"bool"},
    "options-redact": {"none", "type", "callable"},
}


@pytest.fixture(scope="module")
def arguments(model: LearnedModel) -> dict[str, Callable[[Any], object]]:
    return _arguments(model)


def test_wrong_types_are_refused_with_typed_errors(
    arguments: dict[str, Callable[[Any], object]],
) -> None:
    cases = wrong_type_cases(arguments, ACCEPTS)
    assert len(cases) > 200
    accepted = []
    for case in cases:
        call, value = case.values
        result = outcome(call, value)  # a typed error or a result, never a raw exception
        if not isinstance(result, Exception):
            accepted.append(case.id)
    assert accepted == []


def test_an_export_of_histories_is_labelled_by_the_last_disposition(tmp_path: Path) -> None:
    from pengaduan.serialization import to_json  # noqa: PLC0415

    first = step(_received(), Action.VERIFIKASI)
    corrected = step(first, Action.DISPOSISI_ULANG, units=["rsud"])
    never = _received("KPG-TEST-2")
    forged = to_json(corrected).replace("rsud", "dlh")
    path = tmp_path / "export.jsonl"
    lines = [to_json(first), "", to_json(corrected), to_json(never), forged, "{", "[1]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    labelled = Labelled.from_export(path)
    assert [e.unit for e in labelled.examples] == ["dinkes", "rsud"]
    assert [s.line for s in labelled.skipped] == [4, 5, 6, 7]
    assert labelled.skipped[0].reason == "no-unit"
    assert labelled.skipped[1].reason == "integrity"
    assert SECRET_TEXT not in repr(labelled.skipped)
    assert isinstance(raises_typed(Labelled.from_export, tmp_path / "none"), Exception)


def test_choose_options_ranks_candidates_on_the_same_folds() -> None:
    candidates = [
        TrainingOptions(c=1.0),
        TrainingOptions(classifier="logistic-regression", c=10.0, char_ngrams=(3, 5)),
    ]
    ranked = choose_options(small(), candidates=candidates, folds=3)
    assert {id(o) for o, _ in ranked} == {id(c) for c in candidates}
    assert [a for _, a in ranked] == sorted((a for _, a in ranked), reverse=True)
    assert all(0.0 <= a <= 1.0 for _, a in ranked)
    for bad in ([], ["x"], "abc"):
        assert isinstance(raises_typed(choose_options, small(), candidates=bad), ArgumentError)
    assert isinstance(raises_typed(choose_options, small(), folds=1), ArgumentError)
    assert isinstance(raises_typed(choose_options, "data"), ArgumentError)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe\x00",
        b"[" * 100_000,
        b'{"format": "pengaduan.routing-model", "format_version": 1e400}',
        b"null",
        b'"' + SECRET_TEXT.encode() + b'"',
        json.dumps({"format": "pengaduan.routing-model", "format_version": 1}).encode(),
    ],
    ids=["empty", "binary", "deep", "huge-number", "null", "secret-string", "no-digest"],
)
def test_hostile_model_bytes_are_refused(raw: bytes) -> None:
    error = raises_typed(load_model, raw)
    assert isinstance(error, ModelFileError)


def test_a_well_signed_but_malformed_model_is_refused(model: LearnedModel) -> None:
    import hashlib  # noqa: PLC0415

    from pengaduan.routing.learned._model import _canonical  # noqa: PLC0415

    document = model.to_dict()
    document.pop("digest")
    document["labels"] = document["labels"][:1]
    document["digest"] = hashlib.sha256(_canonical(document)).hexdigest()
    error = raises_typed(load_model, json.dumps(document).encode())
    assert isinstance(error, ModelFileError)
    assert error.reason == "format"
    assert error.path == "labels"


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[i for i, _ in HOSTILE_TEXTS])
def test_hostile_text_through_rules_and_model(model: LearnedModel, text: str) -> None:
    router = LearnedRouter(router=default_router(), model=model, precedence="model")
    result = outcome(router.route, text[:50_000])
    assert not isinstance(result, Exception) or isinstance(result, ArgumentError)
    if not isinstance(result, Exception):
        assert SECRET_TEXT not in result.explain()


# What the normaliser algorithm (not its lexicons) does to text. A model records
# NORMALIZER_ALGORITHM and is refused by a library whose algorithm differs; if this table has to
# change, bump NORMALIZER_ALGORITHM in pengaduan/routing/learned/_features.py as well.
NORMALIZER_GOLDEN = [
    (
        "Jln rusak dkt PKM Oebobo, mhn diperbaiki!!",
        "jalan rusak dekat puskesmas oebobo mohon diperbaiki",
    ),
    ("lampu jalan matiii sdh 2 mggu", "lampu jalan mati sudah 2 minggu"),
    ("anak2 sekolah", "anak anak sekolah"),
    ("jum'at", "jumat"),
    ("MAAAF", "maaf"),
    ("E-KTP blm jadi", "e ktp belum jadi"),
    ("Ünïcödé\u3000\uff54\uff45\uff58\uff54", "ünïcödé text"),  # full-width "text"
    ("air_sonde—jalan", "air sonde jalan"),
    ("pu\u00adngli di kan\u200btor", "pungli di kantor"),  # format characters: since version 2
]


@pytest.mark.parametrize(("text", "normal"), NORMALIZER_GOLDEN)
def test_the_normaliser_algorithm_the_models_record(text: str, normal: str) -> None:
    from pengaduan.routing.learned._features import NORMALIZER_ALGORITHM  # noqa: PLC0415

    assert NORMALIZER_ALGORITHM == 2
    assert Normalizer.default().normalize(text) == normal


def _with_algorithm(model: LearnedModel, algorithm: object) -> bytes:
    """``model``'s file as if its normaliser's algorithm version were ``algorithm``, with its
    digest made again (an honest older or newer file, not an edited one)."""
    import hashlib  # noqa: PLC0415

    content = model.to_dict()
    del content["digest"]
    content["normalizer"]["algorithm"] = algorithm
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    content["digest"] = hashlib.sha256(canonical.encode()).hexdigest()
    return json.dumps(content).encode()


def test_a_model_of_an_older_normaliser_version_loads_and_keeps_its_version(
    model: LearnedModel,
) -> None:
    older = load_model(_with_algorithm(model, 1))
    assert older.algorithm == 1
    assert older.to_dict()["normalizer"]["algorithm"] == 1  # written back as it was read
    same, then = older.predict("jalan rusak parah"), model.predict("jalan rusak parah")
    assert same._replace(model=then.model) == then  # the same scores, another file version


@pytest.mark.parametrize("algorithm", [0, 3, 99, True, "2", 2.0, None])
def test_a_model_of_an_unknown_normaliser_version_is_refused(
    model: LearnedModel, algorithm: object
) -> None:
    error = raises_typed(load_model, _with_algorithm(model, algorithm))
    assert isinstance(error, ModelFileError)
    assert error.reason == "normalizer-mismatch"
