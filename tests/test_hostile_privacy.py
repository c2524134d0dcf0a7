"""Hostile input to the view policy: a table of the wrong shape is a configuration error.

[`ViewPolicy`][pengaduan.privacy.ViewPolicy] reports every problem of a policy together, as a
``ConfigurationError``; a name, source or table of the wrong type is one of those problems,
named by its field and never shown (a secret pasted into the table stays out of the message).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import (
    SECRET_NAME,
    SECRET_NIK,
    SECRET_TEXT,
    raises_typed,
    wrong_type_cases,
)

from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.model import Privacy
from pengaduan.privacy import Audience, ViewPolicy, ViewRule

if TYPE_CHECKING:
    from collections.abc import Callable

RULES = ViewPolicy.default().rules

ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "name": lambda v: ViewPolicy(name=v, rules=RULES),
    "rules": lambda v: ViewPolicy(rules=v),
    "source": lambda v: ViewPolicy(rules=RULES, source=v),
    # from_dict builds the policy with the name given: the same problem.
    "name ": lambda v: ViewPolicy.from_dict(ViewPolicy.default().to_dict(), name=v),
}


@pytest.mark.parametrize(
    ("field", "call", "value"),
    [
        pytest.param(name.strip(), *case.values, id=case.id)
        for name, call in ARGUMENTS.items()
        for case in wrong_type_cases({name: call}, {})
    ],
)
def test_a_wrong_type_is_a_configuration_problem_naming_the_field(
    field: str, call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ConfigurationError)
    assert error.code == "configuration"
    assert any(problem.startswith(f"{field}") for problem in error.problems), error.problems


@pytest.mark.parametrize(
    "entry",
    [("public", "publik"), "abc", None, 7, ("public", "publik", ViewRule(), "extra")],
    ids=["pair", "str", "none", "int", "four"],
)
def test_an_entry_that_is_not_a_triple_is_named_by_its_position(entry: object) -> None:
    error = raises_typed(ViewPolicy, rules=(*RULES, entry))
    assert isinstance(error, ConfigurationError)
    assert f"rules[{len(RULES)}]: must be an (audience, privacy, rule) triple" in error.problems


@pytest.mark.parametrize("audience", [["public"], {"a": 1}, 10**5000], ids=["list", "dict", "huge"])
def test_an_unhashable_or_huge_audience_is_described_not_shown(audience: object) -> None:
    rules = ((audience, "publik", None), *RULES)
    error = raises_typed(ViewPolicy, rules=rules)
    assert isinstance(error, ConfigurationError)
    assert any("unknown audience or privacy" in problem for problem in error.problems)


def test_valid_policies_are_built_as_before() -> None:
    as_lists = [[a.value, p.value, rule] for a, p, rule in RULES]
    built = ViewPolicy(name="default", rules=iter(as_lists), source="Perwali 1/2025")
    assert built == ViewPolicy.default()
    assert built.rule(Audience.PUBLIC, Privacy.RAHASIA) is None


POLICY = ViewPolicy.default()


@pytest.mark.parametrize(
    ("argument", "call", "value"),
    [
        pytest.param(name, *case.values, id=case.id)
        for name, call in {
            "audience": lambda v: POLICY.rule(v, Privacy.PUBLIK),
            "privacy": lambda v: POLICY.rule(Audience.UNIT, v),
        }.items()
        for case in wrong_type_cases({name: call}, {})
    ],
)
def test_a_rule_lookup_names_the_wrong_argument(
    argument: str, call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


def test_a_rule_is_looked_up_by_member_or_value_as_before() -> None:
    assert POLICY.rule("unit", "anonim") == POLICY.rule(Audience.UNIT, Privacy.ANONIM)
    assert POLICY.rule(Audience.PUBLIC, "rahasia") is None


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d.update({SECRET_NIK: {}}), id="audience-key"),
        pytest.param(lambda d: d["unit"].update({10**5000: None}), id="huge-privacy-key"),
        pytest.param(lambda d: d["admin"].update({f"{SECRET_NAME} x": None}), id="privacy-key"),
        pytest.param(lambda d: d["public"]["publik"].update({SECRET_TEXT: True}), id="field"),
    ],
)
def test_a_table_with_hostile_keys_is_refused_without_showing_them(
    change: Callable[[dict[Any, Any]], None],
) -> None:
    table = ViewPolicy.default().to_dict()
    change(table)
    error = raises_typed(ViewPolicy.from_dict, table)
    assert isinstance(error, ConfigurationError)
