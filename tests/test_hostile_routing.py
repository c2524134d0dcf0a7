"""Hostile input to the router, the rule factories, what-if and the normaliser.

Text of any shape is routed (to the fallback when nothing matches) and never echoed; a value of
the wrong type anywhere is refused with a typed error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_PHONE,
    SECRET_TEXT,
    SECRETS,
    WRONG_TYPES,
    outcome,
    raises_typed,
    wrong_type_cases,
)

from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, PengaduanError
from pengaduan.routing import (
    Normalizer,
    Router,
    RoutingDecision,
    Rule,
    RuleSet,
    UnitDirectory,
    all_of,
    any_of,
    category_is,
    channel_is,
    classification_is,
    default_router,
    has_all,
    has_any,
    has_none,
    kecamatan_is,
    kelurahan_is,
    not_,
    parse_term,
    place_key,
    what_if,
)

if TYPE_CHECKING:
    from collections.abc import Callable

ROUTER = default_router()
NORMALIZER = Normalizer.default()
RULES = RuleSet.from_rules(
    name="demo",
    rules=[Rule(name="jalan", when=has_any("jalan+-an", "aspal"), unit="pupr")],
    fallback="admin",
)

ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "route.item": ROUTER.route,
    "route.category": lambda v: ROUTER.route("jalan rusak", category=v),
    "route.classification": lambda v: ROUTER.route("jalan rusak", classification=v),
    "route.channel": lambda v: ROUTER.route("jalan rusak", channel=v),
    "route.kelurahan": lambda v: ROUTER.route("jalan rusak", kelurahan=v),
    "route.kecamatan": lambda v: ROUTER.route("jalan rusak", kecamatan=v),
    "route_many.items": ROUTER.route_many,
    "document.item": ROUTER.document,
    "matches.item": ROUTER.matches,
    "evaluate.labelled": ROUTER.evaluate,
    "router.rules": Router,
    "router.normalizer": lambda v: Router(RULES, normalizer=v),
    "router.directory": lambda v: Router(RULES, directory=v),
    "router.runners_up": lambda v: Router(RULES, runners_up=v),
    "router.clitics": lambda v: Router(RULES, clitics=v),
    "what_if.old": lambda v: what_if(v, RULES, ["jalan"]),
    "what_if.new": lambda v: what_if(RULES, v, ["jalan"]),
    "what_if.complaints": lambda v: what_if(RULES, RULES, v),
    "normalizer.tokens": NORMALIZER.tokens,
    "normalizer.normalize": NORMALIZER.normalize,
    "normalizer.normalize_word": NORMALIZER.normalize_word,
    "normalizer.bundled_lexicon": Normalizer.bundled_lexicon,
    "normalizer.with_lexicon": NORMALIZER.with_lexicon,
    "has_any.term": has_any,
    "has_all.term": has_all,
    "has_none.term": has_none,
    "category_is.code": category_is,
    "classification_is.value": classification_is,
    "channel_is.value": channel_is,
    "kelurahan_is.name": kelurahan_is,
    "kecamatan_is.name": kecamatan_is,
    "category_is.weight": lambda v: category_is("jalan", weight=v),
    "all_of.condition": all_of,
    "any_of.condition": any_of,
    "not_.condition": not_,
    "parse_term.term": parse_term,
    "place_key.name": place_key,
    "rule.when": lambda v: RuleSet.from_rules(
        name="r", rules=[Rule(name="x", when=v, unit="pupr")], fallback="admin"
    ),
    "rule.unit": lambda v: RuleSet.from_rules(
        name="r", rules=[Rule(name="x", when=has_any("jalan"), unit=v)], fallback="admin"
    ),
    "rule.name": lambda v: RuleSet.from_rules(
        name="r", rules=[Rule(name=v, when=has_any("jalan"), unit="pupr")], fallback="admin"
    ),
    "ruleset.name": lambda v: RuleSet.from_rules(name=v, rules=[], fallback="admin"),
    "ruleset.rules": lambda v: RuleSet.from_rules(name="r", rules=v, fallback="admin"),
    "ruleset.fallback": lambda v: RuleSet.from_rules(name="r", rules=[], fallback=v),
    "ruleset.mode": lambda v: RuleSet.from_rules(name="r", rules=[], fallback="a", mode=v),
    "ruleset.rule": RULES.rule,
    "ruleset.with_rules.without": lambda v: RULES.with_rules(without=v),
}

# Wrong types that are legitimate for an argument: None for optional ones, an int count...
ACCEPTS: dict[str, set[str]] = {
    "route.category": {"none"},
    "route.classification": {"none"},
    "route.channel": {"none"},
    "route.kelurahan": {"none"},
    "route.kecamatan": {"none"},
    "route_many.items": {"list", "set", "dict", "secret-str-in-list"},
    "evaluate.labelled": set(),
    "router.normalizer": {"none"},
    "router.directory": {"none"},
    "router.runners_up": {"int"},
    "router.clitics": {"list", "set"},
    "what_if.complaints": {"list", "set", "secret-str-in-list"},
    "category_is.weight": {"int"},
}


def _cases() -> list[Any]:
    return wrong_type_cases(ARGUMENTS, ACCEPTS)


@pytest.mark.parametrize(("call", "value"), _cases())
def test_a_wrong_type_is_refused_with_a_typed_error(
    call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError | ConfigurationError | PengaduanError)
    assert isinstance(error, TypeError | ValueError | LookupError)


TEXT_CALLS: dict[str, Callable[[str], object]] = {
    "route": ROUTER.route,
    "route-subject": lambda t: ROUTER.route(t, category="jalan"),
    "route-kelurahan": lambda t: ROUTER.route("jalan rusak", kelurahan=t),
    "route-category": lambda t: ROUTER.route("jalan rusak", category=t),
    "route-channel": lambda t: ROUTER.route("jalan rusak", channel=t),
    "tokens": NORMALIZER.tokens,
    "normalize": NORMALIZER.normalize,
    "has_any": has_any,
    "parse_term": parse_term,
    "place_key": place_key,
}


@pytest.mark.parametrize(
    ("call", "text", "name"),
    [
        pytest.param(call, text, name, id=f"{name}-{kind}")
        for name, call in TEXT_CALLS.items()
        for kind, text in HOSTILE_TEXTS
    ],
)
def test_hostile_text_is_routed_or_refused_without_echo(
    call: Callable[[str], object], text: str, name: str
) -> None:
    result = outcome(call, text)
    if name == "route" and not isinstance(result, PengaduanError):
        assert isinstance(result, RoutingDecision)
        assert SECRET_TEXT not in result.explain()


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_plain_text_always_gets_a_decision(kind: str, text: str) -> None:
    """Every text gets a decision, except one holding a lone surrogate (not Unicode text), which
    is refused as by `document()` and `route_many()`."""
    decision = outcome(ROUTER.route, text)
    if kind.endswith("surrogate"):
        assert isinstance(decision, ArgumentError), kind
        assert isinstance(outcome(ROUTER.document, text), ArgumentError)
        return
    assert isinstance(decision, RoutingDecision), kind
    assert decision.unit


def test_what_if_over_hostile_texts_reports_without_echo() -> None:
    texts = [text for kind, text in HOSTILE_TEXTS if not kind.endswith("surrogate")]
    report = outcome(what_if, RULES, ROUTER, texts)
    assert report.total == len(texts)
    assert SECRET_TEXT not in report.summary()
    # A text that is not Unicode text is refused, as by route() itself.
    refused = outcome(what_if, RULES, ROUTER, [*texts, "jalan rusak \ud800" + SECRET_TEXT])
    assert isinstance(refused, ArgumentError)


@pytest.mark.parametrize(
    "unit_id",
    [
        *[pytest.param(v, id=f"wrong-{n}") for n, v in WRONG_TYPES],
        *[pytest.param(v, id=f"text-{n}") for n, v in HOSTILE_TEXTS],
        pytest.param(SECRET_PHONE, id="a-phone"),
        pytest.param("dinas-tidak-ada", id="unknown-id"),
    ],
)
def test_directory_lookups_of_units_that_are_not_there(unit_id: object) -> None:
    directory = UnitDirectory.kota_kupang()
    for lookup in (directory.get, directory.escalation_path):
        error = raises_typed(lookup, unit_id, secrets=(*SECRETS, SECRET_PHONE))
        assert isinstance(error, NotFoundError)
        assert isinstance(error, KeyError)  # as the lookup always raised
