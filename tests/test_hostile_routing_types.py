"""Values of the wrong type given to the routing value classes.

Every public constructor of `pengaduan.routing` (rules, rule sets, lexicons, normalisers, units,
the unit directory, a learned model) refuses a value of the wrong type with an `ArgumentError`
that names the argument, never its content; what valid callers pass (lists, tuples, sets,
generators, enum members or their value strings) keeps working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import (
    SECRET_NAME,
    SECRET_TEXT,
    named_wrong_type_cases,
    raises_typed,
    refused_naming,
)

from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.routing import (
    Lexicon,
    Liaison,
    MatchMode,
    Normalizer,
    Priority,
    Rule,
    RuleSet,
    Unit,
    UnitDirectory,
    UnitKind,
    default_router,
    has_any,
)
from pengaduan.routing.learned import LearnedModel

if TYPE_CHECKING:
    from collections.abc import Callable

WHEN = has_any("jalan")
LEXICON = Lexicon(name="kota", replacements={"jln": "jalan"})
NORMALIZER = Normalizer.default()
UNIT = Unit(id="pupr", name="Dinas PUPR", kind=UnitKind.OPD)
DIRECTORY = UnitDirectory.kota_kupang()
RULES = RuleSet.from_rules(
    name="s", rules=[Rule(name="jalan", when=WHEN, unit="pupr")], fallback="admin"
)
ROUTER = default_router()
MODEL_FIELDS: dict[str, Any] = {
    "name": "m",
    "labels": ("pupr", "dinkes"),
    "char_ngrams": (3, 4),
    "intercepts": (0.0, 0.0),
    "temperature": 1.0,
    "weights": {"w jalan": (1.0, 0.5, -0.5)},
    "normalizer": NORMALIZER,
    "metadata": {},
    "digest": "0" * 64,
}


def _model(**changed: object) -> LearnedModel:
    return LearnedModel(**{**MODEL_FIELDS, **changed})


def _model_with(field: str) -> Callable[[Any], object]:
    """A call building a model with ``field`` set to the value given."""
    return lambda value: _model(**{field: value})


# "what.argument" -> a call passing the value as that argument (everything else valid).
ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "Rule.co_units": lambda v: Rule(name="r", when=WHEN, unit="pupr", co_units=v),
    "Rule.priority": lambda v: Rule(name="r", when=WHEN, unit="pupr", priority=v),
    "Rule.overrides": lambda v: Rule(name="r", when=WHEN, unit="pupr", overrides=v),
    "Rule.review": lambda v: Rule(name="r", when=WHEN, unit="pupr", review=v),
    "RuleSet.rules": lambda v: RuleSet(name="s", rules=v, fallback="admin"),
    "RuleSet.mode": lambda v: RuleSet(name="s", rules=(), fallback="admin", mode=v),
    "RuleSet.fallback_priority": lambda v: RuleSet(
        name="s", rules=(), fallback="admin", fallback_priority=v
    ),
    "Lexicon.name": lambda v: Lexicon(name=v, replacements={}),
    "Lexicon.replacements": lambda v: Lexicon(name="x", replacements=v),
    "Lexicon.replacements-key": lambda v: Lexicon(name="x", replacements={v: "jalan"}),
    "Lexicon.replacements-value": lambda v: Lexicon(name="x", replacements={"jln": v}),
    "Lexicon.keep_double": lambda v: Lexicon(name="x", replacements={}, keep_double=v),
    "Lexicon.source": lambda v: Lexicon(name="x", replacements={}, source=v),
    "Normalizer.name": lambda v: Normalizer(name=v, lexicons=(LEXICON,)),
    "Normalizer.lexicons": lambda v: Normalizer(name="n", lexicons=v),
    "Normalizer.lexicons-item": lambda v: Normalizer(name="n", lexicons=[LEXICON, v]),
    "from_lexicons.name": lambda v: Normalizer.from_lexicons(v, [LEXICON]),
    "from_lexicons.lexicons": lambda v: Normalizer.from_lexicons("n", v),
    "Unit.id": lambda v: Unit(id=v, name="Dinas", kind="opd"),
    "Unit.name": lambda v: Unit(id="u", name=v, kind="opd"),
    "Unit.kind": lambda v: Unit(id="u", name="Dinas", kind=v),
    "Unit.short_name": lambda v: Unit(id="u", name="Dinas", kind="opd", short_name=v),
    "Unit.parent": lambda v: Unit(id="u", name="Dinas", kind="opd", parent=v),
    "Unit.liaison": lambda v: Unit(id="u", name="Dinas", kind="opd", liaison=v),
    "Unit.generic": lambda v: Unit(id="u", name="Dinas", kind="opd", generic=v),
    "Unit.names": lambda v: Unit(id="u", name="Dinas", kind="opd", names=v),
    "Liaison.title": lambda v: Liaison(title=v),
    "Liaison.name": lambda v: Liaison(name=v),
    "Liaison.phone": lambda v: Liaison(phone=v),
    "Liaison.email": lambda v: Liaison(email=v),
    "UnitDirectory.name": lambda v: UnitDirectory(name=v, units=(UNIT,)),
    "UnitDirectory.units": lambda v: UnitDirectory(name="d", units=v),
    "UnitDirectory.units-item": lambda v: UnitDirectory(name="d", units=[UNIT, v]),
    "from_units.name": lambda v: UnitDirectory.from_units(v, [UNIT]),
    "from_units.units": lambda v: UnitDirectory.from_units("d", v),
    "with_units.units": DIRECTORY.with_units,
    "with_units.name": lambda v: DIRECTORY.with_units([], name=v),
    "with_rules.before": lambda v: RULES.with_rules(before=v),
    "with_rules.after": lambda v: RULES.with_rules(after=v),
    "with_rules.units": lambda v: RULES.with_rules(units=v),
    "validate.units": RULES.validate,
    "problems.units": RULES.problems,
    "from_rules.units": lambda v: RuleSet.from_rules(name="s", rules=[], fallback="a", units=v),
    "RuleSet.from_dict.what": lambda v: RuleSet.from_dict({}, what=v),
    "UnitDirectory.from_dict.what": lambda v: UnitDirectory.from_dict({}, what=v),
    "Lexicon.from_dict.what": lambda v: Lexicon.from_dict({}, what=v),
    "is_external.unit_id": DIRECTORY.is_external,
    "specific_units.unit_id": DIRECTORY.specific_units,
    "decide.doc": ROUTER.decide,
    "candidates.doc": ROUTER.candidates,
    **{f"LearnedModel.{field}": _model_with(field) for field in MODEL_FIELDS},
}

# Kinds of WRONG_TYPES an argument legitimately takes (the value is then valid).
STRINGS = {"list", "set", "secret-str-in-list"}  # collections of str
ACCEPTS: dict[str, set[str]] = {
    "Rule.co_units": STRINGS,
    "Rule.overrides": {"bool"},
    "Rule.review": {"bool"},
    "Unit.generic": {"none"},
    "Unit.names": STRINGS,
    "RuleSet.rules": STRINGS,  # the constructor takes any collection; the set checks its items
    "Lexicon.keep_double": STRINGS,
    "Lexicon.replacements-key": {"list", "dict", "set", "secret-str-in-list"},  # not hashable
    "Unit.short_name": {"none"},
    "Unit.parent": {"none"},
    "Unit.liaison": {"none"},
    "Liaison.name": {"none"},
    "Liaison.phone": {"none"},
    "Liaison.email": {"none"},
    "with_units.name": {"none"},
    # A collection of anything else than rules is a configuration problem of the new set.
    "with_rules.before": STRINGS,
    "with_rules.after": STRINGS,
    **{
        f"{method}.units": {"none", "list", "dict", "set", "secret-str-in-list"}  # containers
        for method in ("with_rules", "validate", "problems", "from_rules")
    },
    **{f"{cls}.from_dict.what": {"none"} for cls in ("RuleSet", "UnitDirectory", "Lexicon")},
    "LearnedModel.labels": STRINGS - {"set"},  # one label then: refused for its intercepts
    "LearnedModel.temperature": {"int", "float-nan", "float-inf"},
    "LearnedModel.metadata": {"dict"},
}


@pytest.mark.parametrize(("call", "value", "argument"), named_wrong_type_cases(ARGUMENTS, ACCEPTS))
def test_a_value_of_the_wrong_type_is_refused_naming_the_argument(
    call: Callable[[Any], object], value: object, argument: str
) -> None:
    refused_naming(call, value, argument)


def test_the_error_names_the_allowed_values_of_an_enum() -> None:
    error = raises_typed(lambda: Unit(id="u", name="Dinas", kind="dinas"))
    assert isinstance(error, ArgumentError)
    assert all(kind.value in error.message("en") for kind in UnitKind)
    assert error.given == "str"
    error = raises_typed(lambda: Rule(name="r", when=WHEN, unit="pupr", priority=SECRET_TEXT))
    assert isinstance(error, ArgumentError)
    assert "rendah, sedang, tinggi, darurat" in error.message("en")


def test_a_bare_string_is_not_taken_as_a_list_of_ids() -> None:
    for call in (
        lambda: Rule(name="r", when=WHEN, unit="pupr", co_units="dinkes"),
        lambda: Lexicon(name="x", replacements={}, keep_double="maaf"),
        lambda: UnitDirectory(name="d", units=SECRET_NAME),
    ):
        assert isinstance(raises_typed(call), ArgumentError)


def test_valid_values_of_every_accepted_shape_still_build() -> None:
    rule = Rule(
        name="r",
        when=WHEN,
        unit="pupr",
        co_units=(u for u in ["dinkes", UnitKind.OPD]),
        priority="tinggi",
    )
    assert rule.co_units == ("dinkes", "opd")
    assert type(rule.co_units[1]) is str
    assert rule.priority is Priority.TINGGI
    assert Rule(name="r", when=WHEN, unit="pupr", co_units=frozenset({"dinkes"})).co_units == (
        "dinkes",
    )
    rules = RuleSet(
        name="s",
        rules=(r for r in [rule]),
        fallback="admin",
        mode="best-score",
        fallback_priority=Priority.RENDAH,
    )
    assert rules.rules == (rule,)
    assert rules.mode is MatchMode.BEST_SCORE
    assert rules.fallback_priority is Priority.RENDAH
    built = RuleSet.from_rules(name="s", rules=[rule], fallback="admin", mode=MatchMode.BEST_SCORE)
    assert built.rule("r") is rule

    lexicon = Lexicon(name="x", replacements={"jln": "jalan"}, keep_double=["maaf"], source="s")
    assert lexicon.keep_double == frozenset({"maaf"})
    normalizer = Normalizer.from_lexicons("n", (layer for layer in [LEXICON, lexicon]))
    assert normalizer.normalize("Jln rusak") == "jalan rusak"
    assert Normalizer(name="n", lexicons=[LEXICON]).lexicons == (LEXICON,)

    unit = Unit(id="u", name="Dinas", kind="opd", short_name="D", liaison=Liaison(email="a@b.id"))
    assert unit.kind is UnitKind.OPD
    directory = UnitDirectory.from_units("d", (u for u in [UNIT, unit]))
    assert directory.ids == {"pupr", "u"}
    assert UnitDirectory(name="d", units=[UNIT]).units == (UNIT,)
    assert "u" in DIRECTORY.with_units((u for u in [unit]), name="kota").ids

    model = _model(labels=["pupr", "dinkes"], intercepts=[0, 0.5], temperature=2)
    assert model.predict("jalan rusak").unit in {"pupr", "dinkes"}


def test_rules_of_the_wrong_type_added_to_a_set_are_configuration_problems() -> None:
    error = raises_typed(RULES.with_rules, after=["jalan", SECRET_NAME])
    assert isinstance(error, ConfigurationError)
    assert len(error.problems) == 2


def test_lookups_and_prepared_documents_still_work() -> None:
    assert DIRECTORY.is_external("luar-kewenangan")
    assert not DIRECTORY.is_external("dinas-tidak-ada")
    assert ["pupr"] not in DIRECTORY  # a container answers, whatever is asked
    assert "pupr" in DIRECTORY
    doc = ROUTER.document("jalan berlubang di depan sekolah")
    assert ROUTER.decide(doc) == ROUTER.route("jalan berlubang di depan sekolah")
    assert ROUTER.candidates(doc)
    assert RULES.with_rules(units=DIRECTORY).rules == RULES.rules
    assert RULES.problems(units={"pupr", "admin"}) == []


def test_a_rule_set_still_reports_rule_fields_of_the_wrong_type_as_problems() -> None:
    """The plain Rule constructor checks only what it converts; the set checks the rest."""
    bad = Rule(name=7, when=WHEN, unit=None)  # type: ignore[arg-type]
    error = raises_typed(RuleSet.from_rules, name="s", rules=[bad], fallback="admin")
    assert isinstance(error, ConfigurationError)
    assert len(error.problems) == 2


def test_a_lexicon_file_with_a_key_that_is_not_text_is_a_problem_not_a_crash() -> None:
    error = raises_typed(Lexicon.from_dict, {"name": "x", "replacements": {10**5000: "jalan"}})
    assert isinstance(error, ConfigurationError)
    assert "<a large int>" in error.message("en")


@pytest.mark.parametrize(
    "weights",
    [
        pytest.param({"w jalan": (1.0, 10**5000, 0.0)}, id="huge-int-weight"),
        pytest.param({"w jalan": (1.0, SECRET_TEXT, 0.0)}, id="str-weight"),
        pytest.param({"w jalan": (1.0, None, 0.0)}, id="none-weight"),
        pytest.param({"w jalan": (1.0, 0.5)}, id="row-too-short"),
        pytest.param({7: (1.0, 0.5, 0.5)}, id="int-feature"),
        pytest.param({"w jalan": SECRET_TEXT}, id="str-row"),
    ],
)
def test_a_model_row_of_the_wrong_shape_is_refused(weights: dict[object, object]) -> None:
    error = raises_typed(_model, weights=weights)
    assert isinstance(error, ArgumentError)
    assert error.argument == "weights"
