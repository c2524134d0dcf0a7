"""Rules and a learned model together, and dry runs before switching."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase, format_number, format_percent, using
from pengaduan._i18n import gettext as _
from pengaduan.errors import ArgumentError, ConfigurationError, type_name
from pengaduan.model import Complaint, Submission
from pengaduan.routing._decision import _NAMED_IN, NameSource, ReviewReason, RoutingDecision
from pengaduan.routing._evaluation import Move, WhatIfReport
from pengaduan.routing._router import Router, _check_item
from pengaduan.routing._ruleset import _must_be
from pengaduan.routing.learned._data import Example
from pengaduan.routing.learned._model import LearnedModel, Prediction

if TYPE_CHECKING:
    from pengaduan.routing._router import Routable

__all__ = [
    "CombinedDecision",
    "Comparison",
    "DecisionSource",
    "LearnedRouter",
    "Precedence",
    "compare",
]


class Precedence(StrEnum):
    """Who decides when both rules and the model have an answer (overriding and policy rules
    always win)."""

    RULES = "rules"
    """A matching rule decides; the model decides what no rule matched (the fallback)."""
    MODEL = "model"
    """The model decides; a matching rule decides only where the model is unsure (below the
    threshold). An overriding rule that matches decides whatever the model's confidence."""


class DecisionSource(StrEnum):
    """What made a combined decision."""

    RULE = "rule"
    MODEL = "model"
    FALLBACK = "fallback"
    """No rule matched and the model could not help (no model, or a text without words)."""


class CombinedDecision(NamedTuple):
    """A routing decision that says whether a rule (its name) or the model (its version) decided.

    Attributes:
        unit: where the complaint goes.
        source: rule, model or fallback.
        rule: the deciding rule's name (``source`` rule), else None.
        model: the model's version (``source`` model), else None.
        confidence: the model's calibrated probability of ``unit`` (also for rule decisions,
            as a second opinion); None without a model.
        review: True when a person should check it (the model is unsure, or the rules asked).
        offered: when the model is unsure, its three best units.
        rules: the rule router's own decision (terms, words, runners-up).
        prediction: the model's prediction (features, ranked units), or None.
        generic_unit: the generic unit the rule or the model chose when the complaint names one
            of its specific units (``unit`` is then that specific unit; see
            [`RoutingDecision.generic_unit`][pengaduan.routing.RoutingDecision.generic_unit]),
            else None. ``confidence`` is the model's probability of this generic unit.
        named_in: where that specific unit's name was found (the text or a location field),
            else None.
        out_of_scope: ``unit`` is outside the government's authority (an external agency or
            ``luar-kewenangan`` in the router's directory): the complaint is forwarded, not
            disposed, and ``review`` is always True for it, whoever decided.
    """

    unit: str
    source: DecisionSource
    rule: str | None
    model: str | None
    confidence: float | None
    review: bool
    offered: tuple[str, ...]
    rules: RoutingDecision
    prediction: Prediction | None
    generic_unit: str | None = None
    named_in: NameSource | None = None
    out_of_scope: bool = False

    def explain(self, language: str | None = None) -> str:
        """A short explanation (unit ids, rule names and model words only).

        Args:
            language: ``"id"`` or ``"en"``; ``None`` (the default) is the current language.

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            if self.source is DecisionSource.RULE:
                head = _("Unit {unit} decided by rule {rule}.").format(
                    unit=self.unit, rule=repr(self.rule)
                )
            elif self.source is DecisionSource.MODEL:
                head = _("Unit {unit} decided by model {model}.").format(
                    unit=self.unit, model=self.model
                )
            else:
                head = _("No rule matched; fallback unit {unit}.").format(unit=self.unit)
            parts = [head]
            if self.generic_unit is not None:
                source = self.named_in or NameSource.TEXT
                parts.append(_(_NAMED_IN[source.value]).format(generic=self.generic_unit))
            if self.confidence is not None:
                parts.append(
                    _("Model confidence: {percent}.").format(
                        percent=format_percent(100 * self.confidence, digits=0)
                    )
                )
            if self.prediction is not None and self.prediction.features:
                words = ", ".join(w for w, _weight in self.prediction.features)
                parts.append(_("Driving words: {words}.").format(words=words))
            if self.out_of_scope:
                parts.append(
                    _(
                        "Outside the local government's authority: forward it to the agency in "
                        "charge."
                    )
                )
            if self.review:
                offered = ", ".join(self.offered) if self.offered else "-"
                parts.append(
                    _("To be checked by the admin; choices: {offered}.").format(offered=offered)
                )
            return " ".join(parts)


def _text_of(item: Routable) -> str:
    return item if isinstance(item, str) else item.text


class LearnedRouter:
    """Routes with rules and a learned model together.

    Args:
        router: the rule router (jurisdiction, must-route words, the fallback).
        model: the learned model; None routes by rules alone.
        precedence: who decides when both have an answer
            ([`Precedence`][pengaduan.routing.learned.Precedence]).
        policy: names of other rules that always decide when they match, whatever the
            precedence (the office's policy: jurisdiction, must-route words). The rule set's
            overriding rules ([`Rule.overrides`][pengaduan.routing.Rule]) need not be named:
            they always decide when they match, whatever the precedence, the model's confidence
            and the policy (see [`overriding`][pengaduan.routing.learned.LearnedRouter.overriding]).
        threshold: below this model confidence a decision asks for review.

    Raises:
        ConfigurationError: a wrong type, a policy rule that is not in the rule set, or model
            units the router's directory does not know.

    Example:
        >>> from pengaduan.routing import default_router
        >>> router = LearnedRouter(router=default_router(), model=None)
        >>> router.route("lampu jalan mati").source.value
        'rule'
    """

    __slots__ = ("_overriding", "_policy", "model", "precedence", "router", "threshold")

    def __init__(
        self,
        *,
        router: Router,
        model: LearnedModel | None,
        precedence: Precedence | str = Precedence.RULES,
        policy: Iterable[str] = (),
        threshold: float = 0.5,
    ) -> None:
        problems: list[str] = []
        given: tuple[object, object, object] = (router, model, threshold)
        if not isinstance(given[0], Router):
            problems.append(_must_be("router", "Router", router))
        if given[1] is not None and not isinstance(given[1], LearnedModel):
            problems.append(_must_be("model", "LearnedModel", model, optional=True))
        if not isinstance(precedence, str) or precedence not in Precedence._value2member_map_:
            problems.append(N_("precedence must be 'rules' or 'model'"))
        names: tuple[object, ...] = ()
        if isinstance(policy, str | bytes | Mapping) or not isinstance(policy, Iterable):
            problems.append(
                Phrase(
                    N_("policy must be an iterable of rule names, not {type}"),
                    type=type_name(policy),
                )
            )
        else:
            names = tuple(guarded(policy, "policy", N_("must be an iterable of rule names")))
        if type(given[2]) not in {int, float} or not 0 <= threshold <= 1:
            problems.append(N_("threshold must be a number from 0 to 1"))
        if not problems and isinstance(router, Router):
            known = {rule.name for rule in router.rules.rules}
            problems.extend(
                Phrase(N_("policy names an unknown rule {name}"), name=shown(n))
                if type(n) is str and len(n) < 80
                else N_("policy names an unknown rule")
                for n in names
                if n not in known
            )
            if isinstance(model, LearnedModel) and router.directory is not None:
                unknown = sorted(u for u in model.labels if u not in router.directory)
                if unknown:
                    problems.append(
                        Phrase(
                            N_("the model predicts units the directory does not know: {units}"),
                            units=", ".join(unknown),
                        )
                    )
        if problems:
            raise ConfigurationError(N_("learned router"), problems)
        self.router = router
        self.model = model
        self.precedence = Precedence(precedence)
        self._policy = frozenset(str(n) for n in names)
        self._overriding = frozenset(rule.name for rule in router.rules.rules if rule.overrides)
        self.threshold = float(threshold)

    def __repr__(self) -> str:
        model = self.model.version if self.model is not None else None
        return (
            f"LearnedRouter(rules={self.router.rules.name!r}, model={model!r}, "
            f"precedence={self.precedence.value!r})"
        )

    @property
    def policy(self) -> frozenset[str]:
        """The rules that always decide when they match."""
        return self._policy

    @property
    def overriding(self) -> frozenset[str]:
        """The rule set's overriding rules: they decide whenever they match, whatever the
        precedence, the model's confidence and the policy.

        An overriding rule (the default taxonomy's ``integritas-pungli``) sends a complaint
        away from the units it names: an extortion or bribery complaint goes to the
        inspectorate, not to the office it accuses. A model trained on past dispositions has
        no such duty; it may well be confident that a complaint about the camat's office
        belongs to that office, and letting it decide would hand the complaint to the accused
        (a conflict of interest). So the rule router's overriding decision stands, with the
        model's opinion kept beside it (``confidence``, ``prediction``).
        """
        return self._overriding

    def route(self, item: Routable) -> CombinedDecision:
        """Decide where ``item`` goes and who decided.

        Raises:
            ArgumentError: ``item`` is not a text, Submission or Complaint.
        """
        _check_item(item)
        ruled = self.router.route(item)
        prediction = (
            None
            if self.model is None
            else self.model.predict(_text_of(item), threshold=self.threshold)
        )
        policy = self._policy_candidate(ruled)
        if policy is not None:
            return self._by_rule(ruled, prediction, item, *policy)
        matched = not ruled.is_fallback
        if prediction is None or ReviewReason.NO_WORDS in ruled.review:
            if matched:
                return self._by_rule(ruled, prediction, item, ruled.unit, ruled.rule)
            return CombinedDecision(
                unit=ruled.unit,
                source=DecisionSource.FALLBACK,
                rule=None,
                model=None,
                confidence=None,
                review=ruled.needs_review,
                offered=(),
                rules=ruled,
                prediction=prediction,
                out_of_scope=ruled.out_of_scope,
            )
        if matched and (self.precedence is Precedence.RULES or prediction.review):
            return self._by_rule(ruled, prediction, item, ruled.unit, ruled.rule)
        # The model names generic units as the rules do: the complaint may name the specific
        # one (`Router` resolves it the same way for its own decisions).
        unit, generic, named_in, conflict = self.router._named_unit(prediction.unit, item)
        # A unit outside the government is forwarded, never disposed: a person always checks
        # it, whoever chose it (the rule router's own decisions ask for review the same way).
        external = self.router._out_of_scope(unit)
        return CombinedDecision(
            unit=unit,
            source=DecisionSource.MODEL,
            rule=None,
            model=prediction.model,
            confidence=prediction.confidence,
            review=prediction.review or conflict or external,
            offered=prediction.offered,
            rules=ruled,
            prediction=prediction,
            generic_unit=generic,
            named_in=named_in,
            out_of_scope=external,
        )

    def _policy_candidate(self, ruled: RoutingDecision) -> tuple[str, str | None] | None:
        # An overriding rule that matched has won in the rule router, over every rule without
        # the flag (a policy rule among them): it decides, and the policy rules it beat, now
        # only runners-up, do not.
        if ruled.rule in self._overriding:
            return ruled.unit, ruled.rule
        if not self._policy:
            return None
        if ruled.rule in self._policy:
            return ruled.unit, ruled.rule
        for candidate in ruled.runners_up:
            if candidate.rule in self._policy:
                return candidate.unit, candidate.rule
        return None

    def _by_rule(
        self,
        ruled: RoutingDecision,
        prediction: Prediction | None,
        item: Routable,
        unit: str,
        rule: str | None,
    ) -> CombinedDecision:
        review = ruled.needs_review
        if unit == ruled.unit:
            # The rule router's own decision: already resolved to the specific unit named.
            generic, named_in = ruled.generic_unit, ruled.named_in
        else:
            # A policy rule among the runners-up names its generic unit.
            unit, generic, named_in, conflict = self.router._named_unit(unit, item)
            review = review or conflict or self.router._out_of_scope(unit)
        # The model's opinion is of the unit it knows: the generic one.
        asked = generic or unit
        confidence = None
        if prediction is not None:
            confidence = dict(prediction.ranked).get(asked)
            if confidence is None and self.model is not None and asked in self.model.labels:
                scores = self.model.probabilities(self.model.scores(_text_of(item)))
                confidence = scores[self.model.labels.index(asked)]
        return CombinedDecision(
            unit=unit,
            source=DecisionSource.RULE,
            rule=rule,
            model=None,
            confidence=confidence,
            review=review,
            offered=(),
            rules=ruled,
            prediction=prediction,
            generic_unit=generic,
            named_in=named_in,
            out_of_scope=self.router._out_of_scope(unit),
        )


@attrs.frozen(kw_only=True)
class Comparison:
    """Two routers (or models) run on the same history: what moves, and who is right more.

    Attributes:
        report: the moves between units (as
            [`pengaduan.routing.what_if()`][pengaduan.routing.what_if] reports them;
            ``old_rule``/``new_rule`` name the rule or the model version that decided).
        labelled: how many items had a known unit.
        old_correct: of those, how many the old one routed right.
        new_correct: and the new one.
    """

    report: WhatIfReport
    labelled: int
    old_correct: int
    new_correct: int

    def summary(self, language: str | None = None) -> str:
        """The moves, then the accuracy of each on the labelled items, in ``language``
        (``"id"`` or ``"en"``; ``None``: the current language).

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            lines = [self.report.summary()]
            if self.labelled:
                old = 100 * self.old_correct / self.labelled
                new = 100 * self.new_correct / self.labelled
                lines.append(
                    _("on {count} labelled: old {old}, new {new}").format(
                        count=format_number(self.labelled),
                        old=format_percent(old),
                        new=format_percent(new),
                    )
                )
            return "\n".join(lines)


Decider = Router | LearnedModel | LearnedRouter


def _decide(decider: Decider, text: Routable) -> tuple[str, str | None]:
    if isinstance(decider, Router):
        decision = decider.route(text)
        return decision.unit, decision.rule
    if isinstance(decider, LearnedModel):
        prediction = decider.predict(_text_of(text))
        return prediction.unit, prediction.model
    combined = decider.route(text)
    return (
        combined.unit,
        combined.rule if combined.source is DecisionSource.RULE else combined.model,
    )


def compare(old: Decider, new: Decider, history: Iterable[Routable | Example]) -> Comparison:
    """Dry-run two deciders (rule routers, models, or both together) on the same history.

    Items may be complaints, submissions, texts or labelled
    [`Example`][pengaduan.routing.learned.Example] values; for the
    latter the accuracy of each is counted too.

    Raises:
        ArgumentError: ``old`` or ``new`` is not a Router, LearnedModel or LearnedRouter, or
            ``history`` is not an iterable of routable items.
    """
    for argument, value in (("old", old), ("new", new)):
        if not isinstance(value, Router | LearnedModel | LearnedRouter):
            raise ArgumentError(
                argument=argument,
                rule=N_("must be a Router, LearnedModel or LearnedRouter"),
                given=type_name(value),
            )
    if isinstance(history, str | bytes | Mapping) or not isinstance(history, Iterable):
        raise ArgumentError(
            argument="history", rule="must be an iterable of items", given=type_name(history)
        )
    moves: list[Move] = []
    old_counts: Counter[str] = Counter()
    new_counts: Counter[str] = Counter()
    total = changes = labelled = old_right = new_right = 0
    for index, entry in enumerate(guarded(history, "history", "must be an iterable of items")):
        expected = None
        item: Routable
        if isinstance(entry, Example):
            item, expected = entry.text, entry.unit
        elif isinstance(entry, str | Submission | Complaint):
            item = entry
        else:
            raise ArgumentError(
                argument="history",
                rule=N_("must hold texts, complaints or examples"),
                given=type_name(entry),
            )
        _check_item(item)
        total += 1
        before, before_by = _decide(old, item)
        after, after_by = _decide(new, item)
        old_counts[before] += 1
        new_counts[after] += 1
        if expected is not None:
            labelled += 1
            old_right += before == expected
            new_right += after == expected
        if before != after:
            moves.append(
                Move(
                    index=index,
                    tracking_id=item.tracking_id if isinstance(item, Complaint) else None,
                    old_unit=before,
                    new_unit=after,
                    old_rule=before_by,
                    new_rule=after_by,
                )
            )
        elif before_by != after_by:
            changes += 1
    report = WhatIfReport(
        total=total,
        moves=tuple(moves),
        old_counts=dict(old_counts),
        new_counts=dict(new_counts),
        rule_changes=changes,
    )
    return Comparison(
        report=report, labelled=labelled, old_correct=old_right, new_correct=new_right
    )
