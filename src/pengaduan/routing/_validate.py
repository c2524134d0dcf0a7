"""Checks of a whole rule set: shapes, names, units, terms, and rules that can never win.

Every problem is reported at once (as strings naming the rule and, for a file, its line).
A rule is *shadowed* when, in first-match mode, an earlier rule provably matches whenever it
does (`implies()` is conservative: it only reports what it can prove), or, in best-score
mode, an earlier rule has the same condition.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from pengaduan._core.arguments import member_of
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, type_name
from pengaduan.routing._conditions import (
    _AllOf,
    _Always,
    _AnyOf,
    _FieldIs,
    _HasAll,
    _HasAny,
    _HasNone,
    _is_condition,
    _Not,
)
from pengaduan.routing._rule import MatchMode, Rule
from pengaduan.routing._terms import term_problem

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from pengaduan.routing._conditions import Condition
    from pengaduan.routing._ruleset import RuleSet

__all__ = ["check_units", "implies", "ruleset_problems", "shadow_problems"]

_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}\Z")


def ruleset_problems(
    ruleset: RuleSet, units: Container[str] | None, lines: Mapping[int, int] | None
) -> list[str]:
    """Every problem of ``ruleset``; ``lines`` (rule index -> line) locates them in a file.

    Raises:
        ArgumentError: ``units`` is not a container of unit ids (or None).
    """
    check_units(units)
    problems: list[str] = []
    if not ruleset.fallback:
        problems.append(N_("no fallback unit: complaints that match no rule would be lost"))
    elif units is not None and not member_of(ruleset.fallback, units, "units"):
        problems.append(
            Phrase(
                N_("fallback unit {unit} is not in the unit directory"),
                unit=shown(ruleset.fallback),
            )
        )
    seen: dict[str, int] = {}
    misshapen = False
    for index, rule in enumerate(ruleset.rules):
        shape = _rule_shape(rule, index)
        if shape:
            problems.extend(shape)
            misshapen = True
            continue
        where = _where(rule, index, lines)
        if not _NAME.match(rule.name):
            problems.append(_at(where, N_("name must match [a-z0-9][a-z0-9_.-]*")))
        if rule.name in seen:
            problems.append(
                _at(
                    where,
                    N_("name already used by rule #{number}"),
                    number=seen[rule.name] + 1,
                )
            )
        seen.setdefault(rule.name, index)
        if not _is_condition(rule.when):
            problems.append(_at(where, N_("'when' is not a condition")))
            continue
        problems.extend(_unit_problems(rule, where, units))
        problems.extend(_term_problems(rule.when, where))
    if not misshapen:
        problems.extend(shadow_problems(ruleset, lines))
    return problems


def check_units(units: object) -> None:
    """Refuse ``units`` that is neither None nor a container of unit ids (a str is not one)."""
    if units is not None and (
        isinstance(units, str | bytes | bytearray) or not isinstance(units, Container)
    ):
        raise ArgumentError(
            argument="units", rule="must be a container of unit ids", given=type_name(units)
        )


def shadow_problems(ruleset: RuleSet, lines: Mapping[int, int] | None) -> list[str]:
    """Rules that can never win because an earlier rule matches whenever they do."""
    problems: list[str] = []
    conditions = [r.when for r in ruleset.rules if _is_condition(r.when)]
    if len(conditions) != len(ruleset.rules):
        return []
    # Only earlier rules that could shadow a rule are checked: a condition implied by
    # another is gated by terms the other must mention (see _gate), so an index from term
    # to earlier rules finds them without comparing every pair (5,000 rules compile in
    # about a second instead of minutes). Same problems, in the same order, as all pairs.
    # Positions are in the order rules are tried: in first-match mode, overriding rules first.
    order = list(range(len(ruleset.rules)))
    if ruleset.mode is MatchMode.FIRST_MATCH:
        order.sort(key=lambda index: not ruleset.rules[index].overrides)
    gated: dict[str, list[int]] = {}
    open_rules: list[int] = []
    for later_position, later_index in enumerate(order):
        later = ruleset.rules[later_index]
        mentioned = _mentioned(later.when)
        if mentioned is None:
            candidates: Iterable[int] = range(later_position)
        else:
            found = set(open_rules)
            for term in mentioned:
                found.update(gated.get(term, ()))
            candidates = sorted(found)
        gate = _gate(later.when)
        if gate is None:
            open_rules.append(later_position)
        else:
            for term in gate:
                gated.setdefault(term, []).append(later_position)
        for earlier_position in candidates:
            earlier = ruleset.rules[order[earlier_position]]
            if _shadows(earlier, later, ruleset.mode):
                problems.append(
                    _at(
                        _where(later, later_index, lines),
                        N_(
                            "unreachable, shadowed by earlier rule {rule} (it matches whenever "
                            "this one does)"
                        ),
                        rule=repr(earlier.name),
                    )
                )
                break
    return problems


def _shadows(earlier: Rule, later: Rule, mode: MatchMode) -> bool:
    """True when ``earlier`` (tried first) wins whenever ``later`` matches."""
    if mode is MatchMode.FIRST_MATCH:
        return implies(later.when, earlier.when)
    return later.when == earlier.when and later.overrides <= earlier.overrides


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _where(rule: Rule, index: int, lines: Mapping[int, int] | None) -> str:
    where = Phrase(N_("rule {name}"), name=shown(rule.name))
    line = (lines or {}).get(index)
    return where if line is None else Phrase(N_("{where} (line {line})"), where=where, line=line)


def _rule_shape(rule: object, index: int) -> list[str]:
    """Type problems of a rule built with the plain constructors (which check nothing)."""
    where = Phrase(N_("rule #{number}"), number=index + 1)
    if not isinstance(rule, Rule):
        return [_at(where, N_("must be a Rule, not {type}"), type=type_name(rule))]
    problems: list[str] = [
        _at(
            where,
            N_("{name} must be {kind}, not {type}"),
            name=field,
            kind=article("str"),
            type=type_name(getattr(rule, field)),
        )
        for field in ("name", "unit", "description")
        if type(getattr(rule, field)) is not str
    ]
    if not all(type(unit) is str for unit in rule.co_units):
        problems.append(_at(where, N_("co_units must be strs")))
    if not _is_condition(rule.when):
        problems.append(_at(where, N_("'when' is not a condition")))
    return problems


def _unit_problems(rule: Rule, where: str, units: Container[str] | None) -> list[str]:
    problems: list[str] = []
    if not rule.unit:
        problems.append(_at(where, N_("no target unit")))
    elif units is not None and rule.unit not in units:
        problems.append(_at(where, N_("unknown unit {unit}"), unit=repr(rule.unit)))
    for co_unit in rule.co_units:
        if units is not None and co_unit not in units:
            problems.append(_at(where, N_("unknown co-unit {unit}"), unit=repr(co_unit)))
        if co_unit == rule.unit:
            problems.append(
                _at(where, N_("co-unit {unit} is also the target unit"), unit=repr(co_unit))
            )
    return problems


def _term_problems(condition: Condition, where: str) -> list[str]:
    problems: list[str] = []
    for term in sorted(condition.terms()):
        reason = term_problem(term)
        if reason:
            problems.append(
                _at(
                    where,
                    N_("bad keyword term: {reason}"),
                    reason=reason if isinstance(reason, Phrase) else Phrase(reason),
                )
            )
    for node in _walk(condition):
        if isinstance(node, _HasAny | _HasAll | _HasNone) and not node.terms_:
            problems.append(_at(where, N_("{condition} has no terms"), condition=repr(node)))
        if isinstance(node, _AllOf | _AnyOf) and not node.parts:
            problems.append(_at(where, N_("{condition} has no conditions"), condition=repr(node)))
        if isinstance(node, _FieldIs) and not node.values:
            problems.append(_at(where, N_("{condition} has no values"), condition=repr(node)))
    return problems


def _walk(condition: Condition) -> Iterable[Condition]:
    yield condition
    if isinstance(condition, _AllOf | _AnyOf):
        for part in condition.parts:
            yield from _walk(part)
    elif isinstance(condition, _Not):
        yield from _walk(condition.part)


def implies(b: Condition, a: Condition) -> bool:  # noqa: PLR0911, PLR0912 - one case per shape
    """Conservatively decide whether ``b`` holding always means ``a`` holds.

    ``False`` means "not proven"; validation only reports what is proven.
    """
    if b == a or isinstance(a, _Always):
        return True
    if isinstance(b, _AnyOf):
        return bool(b.parts) and all(implies(part, a) for part in b.parts)
    if isinstance(a, _AllOf):
        return bool(a.parts) and all(implies(b, part) for part in a.parts)
    if isinstance(a, _AnyOf):
        return any(implies(b, part) for part in a.parts)
    if isinstance(b, _AllOf):
        if any(implies(part, a) for part in b.parts):
            return True
        if isinstance(a, _HasAll):
            required = _required_terms(b)
            return set(a.terms_) <= required
        return False
    if isinstance(a, _HasAny):
        if isinstance(b, _HasAny):
            return set(b.terms_) <= set(a.terms_)
        if isinstance(b, _HasAll):
            return bool(set(b.terms_) & set(a.terms_))
        return False
    if isinstance(a, _HasAll) and isinstance(b, _HasAll):
        return set(a.terms_) <= set(b.terms_)
    if isinstance(a, _HasNone) and isinstance(b, _HasNone):
        return set(a.terms_) <= set(b.terms_)
    if isinstance(a, _FieldIs) and isinstance(b, _FieldIs):
        return a.field == b.field and b.values <= a.values
    return False


def _mentioned(condition: Condition) -> set[str] | None:
    """Every term ``condition`` names anywhere, or None when that cannot be told (an app's own
    condition type, or a keyword condition without terms)."""
    if isinstance(condition, _HasAny | _HasAll | _HasNone):
        return set(condition.terms_) if condition.terms_ else None
    if isinstance(condition, _AllOf | _AnyOf):
        found: set[str] = set()
        for part in condition.parts:
            inner = _mentioned(part)
            if inner is None:
                return None
            found |= inner
        return found
    if isinstance(condition, _Not):
        return _mentioned(condition.part)
    if isinstance(condition, _FieldIs | _Always):
        return set()
    return None


def _gate(condition: Condition) -> frozenset[str] | None:
    """Terms of which any condition that `implies()` ``condition`` names at least one.

    None when there is no such guarantee (a condition without keywords can be implied by one
    without keywords). Follows the cases of `implies()` one by one.
    """
    if isinstance(condition, _HasAny | _HasAll | _HasNone):
        return frozenset(condition.terms_) or None
    if isinstance(condition, _AllOf) and condition.parts:
        for part in condition.parts:  # every part must be implied: one gate is enough
            gate = _gate(part)
            if gate is not None:
                return gate
        return None
    if isinstance(condition, _AnyOf) and condition.parts:
        union: set[str] = set()
        for part in condition.parts:  # some part must be implied: all gates are needed
            gate = _gate(part)
            if gate is None:
                return None
            union |= gate
        return frozenset(union)
    return None


def _required_terms(condition: Condition) -> set[str]:
    if isinstance(condition, _HasAll):
        return set(condition.terms_)
    if isinstance(condition, _HasAny) and len(condition.terms_) == 1:
        return set(condition.terms_)
    if isinstance(condition, _AllOf):
        return set().union(*(_required_terms(part) for part in condition.parts))
    return set()
