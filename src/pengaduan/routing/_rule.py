"""A routing rule and the vocabularies rule sets use (matching mode, priority)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import enum_member, text_tuple, typed
from pengaduan._i18n import N_

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pengaduan.routing._conditions import Condition

__all__ = ["MatchMode", "Priority", "Rule"]


class MatchMode(StrEnum):
    """How a rule set picks the winning rule."""

    FIRST_MATCH = "first-match"
    """The first rule in order whose condition holds wins."""
    BEST_SCORE = "best-score"
    """The matching rule with the highest score wins; ties go to the earlier rule."""


class Priority(StrEnum):
    """How urgent a complaint is, as the matching rule declares it."""

    RENDAH = "rendah"
    SEDANG = "sedang"
    TINGGI = "tinggi"
    DARURAT = "darurat"


def _co_units(value: Iterable[str]) -> tuple[str, ...]:
    return text_tuple(value, "co_units")


def _priority(value: Priority | str) -> Priority:
    return enum_member(Priority, value, "priority")


@attrs.frozen(kw_only=True)
class Rule:
    """Send complaints matching ``when`` to ``unit`` (and ``co_units``) at ``priority``.

    The plain constructor checks only what it converts (``co_units``, an iterable of unit ids;
    ``priority``, a [`Priority`][pengaduan.routing.Priority] or its value) and raises an
    [`ArgumentError`][pengaduan.errors.ArgumentError] for those; the other fields are checked
    with the whole rule set ([`RuleSet.from_rules()`][pengaduan.routing.RuleSet.from_rules]).
    ``overrides`` and ``review`` must be bools.

    An *overriding* rule wins over every rule that does not override whenever it matches: in
    best-score mode whatever their scores, in first-match mode wherever they stand (overriding
    rules are tried first, in their order). The units of the other rules that matched are then
    reported as the decision's ``related_units`` and are not sent the complaint. The default
    taxonomy marks its extortion and bribery rule so: such a complaint goes to the inspectorate
    (the government's internal oversight), never to the office it accuses. A
    [`LearnedRouter`][pengaduan.routing.learned.LearnedRouter] keeps it so: an overriding rule
    that matches decides whatever the model's precedence, confidence and policy.

    An overriding rule is also the only kind that reads a complaint's location fields (the
    address, the kecamatan, the kelurahan), for its own terms only, when no overriding rule
    matches the text: ``dipungli`` written in the address sends the complaint to the
    inspectorate (see
    [`RoutingDecision.matched_in`][pengaduan.routing.RoutingDecision.matched_in]).

    A rule with ``review`` set asks for a person to check every decision it makes
    ([`ReviewReason.RULE`][pengaduan.routing.ReviewReason.RULE]).
    """

    name: str
    when: Condition
    unit: str
    co_units: tuple[str, ...] = attrs.field(default=(), converter=_co_units)
    priority: Priority = attrs.field(default=Priority.SEDANG, converter=_priority)
    description: str = attrs.field(default="", repr=False)
    overrides: bool = attrs.field(default=False, validator=typed(bool, N_("must be a bool")))
    """Wins over the rules that do not override, whatever their score or order."""
    review: bool = attrs.field(default=False, validator=typed(bool, N_("must be a bool")))
    """Every decision this rule makes asks for review."""
