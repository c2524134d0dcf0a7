"""Clock policies: named, validated sets of clock rules (private; the public names live in
``pengaduan.sla``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import guarded, valid_optional_text, valid_text
from pengaduan._core.text import exact_optional, exact_str
from pengaduan._core.toml import key_text, load_toml, shown
from pengaduan._i18n import N_, Phrase, article, as_phrase
from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, type_name
from pengaduan.sla import _profiles as profiles
from pengaduan.sla._conditions import Condition
from pengaduan.sla._config import (
    categories_of,
    rule_problems,
    rules_from_dict,
    rules_to_dict,
    workflow_problems,
)
from pengaduan.sla._engine import CompiledPolicy
from pengaduan.sla._model import ClockRule
from pengaduan.workflow import StatusCategory
from pengaduan.workflow._arguments import items

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping

    from pengaduan.workflow import Workflow

__all__ = ["SlaPolicy"]


def _sorted_rules(rules: Iterable[ClockRule]) -> tuple[ClockRule, ...]:
    # Anything but a ClockRule is kept for validation to report (`rule_problems`).
    found = items(rules, "rules", Phrase(N_("must be a sequence of {type}"), type="ClockRule"))
    return tuple(sorted(found, key=lambda rule: rule.name if isinstance(rule, ClockRule) else ""))


_PAIRS = N_("must be a sequence of (status, category) pairs")


def _status_categories(value: object) -> tuple[tuple[str, StatusCategory], ...]:
    pairs = items(value, "status_categories", _PAIRS)
    for pair in pairs:
        if not (
            type(pair) is tuple
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], StatusCategory)
        ):
            raise ArgumentError(argument="status_categories", rule=_PAIRS, given=type_name(pair))
    return pairs


_NEEDS_CATEGORIES = N_(
    "its conditions use status categories: validate it against the workflow first "
    "(policy.validate(workflow))"
)


def _conditions(rule: ClockRule) -> list[Condition]:
    found = (rule.start, rule.stop, rule.pause, rule.resume, rule.reset, rule.cancel, rule.extend)
    return [c for c in found if isinstance(c, Condition)]


@attrs.define(slots=True)
class _Cache:
    compiled: CompiledPolicy | None = None


@attrs.frozen(kw_only=True)
class SlaPolicy:
    """A named set of clock rules (kept sorted by name, so their order never matters).

    Build one with a named constructor ([`lapor()`][pengaduan.sla.SlaPolicy.lapor],
    [`from_toml()`][pengaduan.sla.SlaPolicy.from_toml],
    [`from_dict()`][pengaduan.sla.SlaPolicy.from_dict],
    [`of()`][pengaduan.sla.SlaPolicy.of]), which validates everything at once.
    [`validate()`][pengaduan.sla.SlaPolicy.validate] checks the rules against a
    workflow and returns a copy that knows the workflow's status categories (needed by
    `in_category()` conditions).

    Attributes:
        name: the policy's name (``"lapor-v3"``).
        rules: the clock rules, sorted by name.
        description: what the policy is for.
        workflow: the name of the workflow it was validated against, if any.
        status_categories: that workflow's ``(status, category)`` pairs.
    """

    name: str = attrs.field(converter=exact_str, validator=valid_text)
    rules: tuple[ClockRule, ...] = attrs.field(converter=_sorted_rules)
    description: str = attrs.field(default="", converter=exact_str, validator=valid_text)
    workflow: str | None = attrs.field(
        default=None, converter=exact_optional, validator=valid_optional_text
    )
    status_categories: tuple[tuple[str, StatusCategory], ...] = attrs.field(
        default=(), converter=_status_categories
    )
    _cache: _Cache = attrs.field(factory=_Cache, eq=False, repr=False, init=False)

    # -- named constructors -------------------------------------------------------------------

    @classmethod
    def of(
        cls,
        name: str,
        rules: Iterable[ClockRule],
        *,
        description: str = "",
        workflow: Workflow | None = None,
    ) -> SlaPolicy:
        """A validated policy from rules (and against ``workflow`` when given).

        Raises:
            ConfigurationError: every problem of the rules, together (a name, description or
                rule of the wrong type among them).
        """
        problems = []
        if type(name) is not str or not name:
            problems.append(
                Phrase(N_("name must be a non-empty str, not {type}"), type=type_name(name))
            )
        if type(description) is not str:
            problems.append(
                Phrase(N_("description must be a str, not {type}"), type=type_name(description))
            )
        items: tuple[object, ...] = ()
        if isinstance(rules, str | bytes | dict) or not isinstance(rules, Iterable):
            problems.append(
                Phrase(
                    N_("rules must be an iterable of ClockRule, not {type}"), type=type_name(rules)
                )
            )
        else:
            items = tuple(guarded(rules, "rules", N_("must be an iterable of ClockRule")))
            problems += [
                Phrase(N_("rules[{i}]: must be a ClockRule, not {type}"), i=i, type=type_name(r))
                for i, r in enumerate(items)
                if not isinstance(r, ClockRule)
            ]
        if problems:
            raise ConfigurationError(Phrase(N_("SLA policy {name}"), name=shown(name)), problems)
        policy = cls(name=name, rules=items, description=description)  # type: ignore[arg-type]
        return policy.validate(workflow) if workflow is not None else policy._checked()

    @classmethod
    def lapor(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """SP4N-LAPOR!: verification 3 WD, follow-up 5 WD, auto-close 10 WD without a reply.

        The clocks are read from ``lapor-v3.toml`` in ``pengaduan/sla/data/`` (each number with
        its source beside it): copy the file to start a policy of your own.

        Args:
            workflow: the workflow to validate against; default ``Workflow.default()``.
        """
        return cls._builtin(profiles.LAPOR, workflow)

    @classmethod
    def information_request(
        cls, workflow: Workflow | None = None, *, extend: Condition | None = None
    ) -> SlaPolicy:
        """UU 14/2008: answer an information request in 10 WD, 7 WD more once ``extend`` fires.

        The LAPOR! workflow has no extension action: pass the condition of your own workflow's
        (``extend=on_action("perpanjang")``) to get the 10 + 7 days. The file,
        ``informasi-publik.toml``, leaves that condition as ``{ parameter = "extend" }``.
        """
        parameters = None if extend is None else {"extend": extend}
        return cls._builtin(profiles.INFORMATION_REQUEST, workflow, parameters)

    @classmethod
    def written_response(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """UU 25/2009: a written response within 14 (calendar) days.

        Read from ``tanggapan-tertulis.toml``.
        """
        return cls._builtin(profiles.WRITTEN_RESPONSE, workflow)

    @classmethod
    def settlement(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """Perpres 76/2013: settled within 60 (calendar) days of a complete file.

        Read from ``penyelesaian.toml``.
        """
        return cls._builtin(profiles.SETTLEMENT, workflow)

    @classmethod
    def kelurahan_tiered(cls, workflow: Workflow | None = None) -> SlaPolicy:
        """A local tiered SOP example: 2 / 5 / 14 WD, and 60 WD after an escalation.

        Read from ``kelurahan-berjenjang.toml``.
        """
        return cls._builtin(profiles.KELURAHAN_TIERED, workflow)

    @classmethod
    def _builtin(
        cls,
        profile: str,
        workflow: Workflow | None,
        parameters: Mapping[str, Condition] | None = None,
    ) -> SlaPolicy:
        """A shipped profile (``pengaduan/sla/data/<profile>.toml``), read by the apps' loader."""
        if workflow is None:
            from pengaduan.workflow import Workflow  # noqa: PLC0415 - built only when needed

            workflow = Workflow.default()
        name, description, rules = profiles.shipped_policy(profile, parameters)
        return cls(name=name, rules=rules, description=description).validate(workflow)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        workflow: Workflow | None = None,
        parameters: Mapping[str, Condition] | None = None,
    ) -> SlaPolicy:
        """Build from a mapping shaped like the TOML format (see
        [`from_toml()`][pengaduan.sla.SlaPolicy.from_toml]).

        Raises:
            ConfigurationError: every problem, each naming its clock and key.
        """
        return cls._from_data(data, N_("SLA policy"), workflow, parameters)

    @classmethod
    def from_toml(
        cls,
        source: str | os.PathLike[str],
        *,
        workflow: Workflow | None = None,
        parameters: Mapping[str, Condition] | None = None,
    ) -> SlaPolicy:
        """Build from TOML text, or from a file given as a ``Path`` (or a ``*.toml`` name).

        The format (``docs/sla.md`` has the full reference)::

            name = "pemda-kupang"
            description = "..."

            [[clocks]]
            name = "verifikasi"
            label_id = "Verifikasi oleh admin"
            amount = 3
            unit = "working_days"                 # working_hours, calendar_days
            start = { action = "terima" }
            stop = { action = ["verifikasi", "alihkan", "arsipkan"] }
            pause = { category = "paused" }       # a table: all keys must match
            resume = { leaves_category = "paused" }
            cancel = [{ action = "tanggapi", role = "pelapor" }, { status = "selesai" }]  # any
            warn_before = 1
            escalate_to = "atasan"
            basis = { citation = "lapor.go.id", confidence = "official" }

        A condition that depends on the app's workflow can be left to the app: write
        ``extend = { parameter = "extend" }`` and pass ``parameters={"extend":
        on_action("perpanjang")}``. A parameter not passed leaves its key out (``extend`` takes
        ``extend_by`` with it); ``start`` and ``stop`` must be passed.

        Args:
            source: TOML text or a file.
            workflow: validate the rules against it (and bind the policy to its categories).
            parameters: the conditions for the ``{ parameter = "name" }`` values, by name.

        Raises:
            ConfigurationError: malformed TOML (naming the line and column), or every problem of
                the content (naming the clock and key), or of the rules against ``workflow``,
                or a parameter that is not a condition or that no clock names.
        """
        data, _, what = load_toml(source, "SLA policy")
        return cls._from_data(data, what, workflow, parameters)

    @classmethod
    def _from_data(
        cls,
        data: object,
        what: str,
        workflow: Workflow | None,
        parameters: Mapping[str, Condition] | None = None,
    ) -> SlaPolicy:
        check_arguments(workflow=workflow)
        name, description, rules, problems = rules_from_dict(data, parameters)
        policy = cls(name=name or "?", rules=rules, description=description)
        if not problems:
            problems = rule_problems(policy.rules)
        if not problems and workflow is not None:
            problems = workflow_problems(policy.rules, workflow)
        if problems:
            raise ConfigurationError(
                Phrase(N_("{what} {name}"), what=as_phrase(what), name=shown(name))
                if name
                else what,
                problems,
            )
        if workflow is not None:
            return policy._bound(workflow)
        return policy

    def to_dict(self) -> dict[str, Any]:
        """The TOML/dict form; [`from_dict()`][pengaduan.sla.SlaPolicy.from_dict] reads it back.

        Raises:
            ConfigurationError: a condition combines ``any_of`` inside ``all_of``, or names a
                key twice inside ``all_of`` (no TOML form; a ``ValueError`` as before).
        """
        return rules_to_dict(self.name, self.description, self.rules)

    # -- validation ---------------------------------------------------------------------------

    def problems(self, workflow: Workflow | None = None) -> list[str]:
        """Every problem of the rules, and against ``workflow`` when given.

        Raises:
            ArgumentError: ``workflow`` is neither a Workflow nor None.
        """
        found = rule_problems(self.rules)
        if workflow is not None:
            check_arguments(workflow=workflow)
            found += workflow_problems(self.rules, workflow)
        return found

    def validate(self, workflow: Workflow) -> SlaPolicy:
        """Check the rules against ``workflow`` and return a copy bound to its categories.

        Raises:
            ConfigurationError: every problem, together (unknown names, conditions that can
                never fire, a timer action the system may not take...).
        """
        if workflow is None:
            raise ArgumentError(
                argument="workflow", rule=N_("must be a Workflow"), given="NoneType"
            )
        check_arguments(workflow=workflow)
        problems = self.problems(workflow)
        if problems:
            raise ConfigurationError(
                Phrase(N_("SLA policy {name}"), name=shown(self.name)), problems
            )
        return self._bound(workflow)

    def _bound(self, workflow: Workflow) -> SlaPolicy:
        return attrs.evolve(
            self, workflow=workflow.definition.name, status_categories=categories_of(workflow)
        )

    def _checked(self) -> SlaPolicy:
        problems = rule_problems(self.rules)
        if problems:
            raise ConfigurationError(
                Phrase(N_("SLA policy {name}"), name=shown(self.name)), problems
            )
        return self

    def _compiled(self) -> CompiledPolicy:
        compiled = self._cache.compiled
        if compiled is None:
            self._checked()
            if not self.status_categories and any(
                condition.uses_categories()
                for rule in self.rules
                for condition in _conditions(rule)
            ):
                raise ConfigurationError(
                    Phrase(N_("SLA policy {name}"), name=shown(self.name)),
                    [_NEEDS_CATEGORIES],
                )
            compiled = CompiledPolicy(self.rules, dict(self.status_categories))
            self._cache.compiled = compiled
        return compiled

    # -- variants -----------------------------------------------------------------------------

    def rule(self, name: str) -> ClockRule:
        """The rule called ``name``.

        Raises:
            NotFoundError: no such rule (a ``LookupError``).
        """
        if isinstance(name, str):
            for rule in self.rules:
                if rule.name == name:
                    return rule
        raise NotFoundError(what="clock", key=key_text(name))

    def with_rules(self, *rules: ClockRule, name: str | None = None) -> SlaPolicy:
        """A copy with ``rules`` added, replacing rules of the same name; validated.

        Change a number with ``policy.with_rules(attrs.evolve(policy.rule("verifikasi"),
        amount=5))``. The copy keeps the workflow binding; validate it again if the new rules
        name other actions.
        """
        bad = [
            Phrase(N_("rules[{i}]: not a ClockRule"), i=i)
            for i, r in enumerate(rules)
            if not isinstance(r, ClockRule)
        ]
        if bad or (name is not None and type(name) is not str):
            raise ConfigurationError(
                Phrase(N_("SLA policy {name}"), name=shown(self.name)),
                bad or [N_("name must be a str or None")],
            )
        names = {rule.name for rule in rules}
        kept = tuple(rule for rule in self.rules if rule.name not in names)
        return attrs.evolve(self, rules=(*kept, *rules), name=name or self.name)._checked()

    def without_rules(self, *names: str) -> SlaPolicy:
        """A copy without the named rules.

        Raises:
            ConfigurationError: a name is not a rule of the policy.
        """
        known = {rule.name for rule in self.rules}
        unknown = [
            Phrase(N_("unknown clock {n}"), n=shown(n))
            for n in names
            if type(n) is not str or n not in known
        ]
        if unknown:
            raise ConfigurationError(
                Phrase(N_("SLA policy {name}"), name=shown(self.name)), unknown
            )
        return attrs.evolve(self, rules=tuple(r for r in self.rules if r.name not in names))


def check_arguments(
    *,
    complaint: object = None,
    policy: object = None,
    calendar: object = None,
    workflow: object = None,
) -> None:
    """Refuse a complaint, policy, calendar or workflow of the wrong type (``None`` = not given).

    Used by `evaluate()`, `due_actions()` and the compliance and testing helpers, so a
    wrong argument fails at the boundary with an [`ArgumentError`][pengaduan.errors.ArgumentError]
    naming it, instead of deep inside the engine.

    Raises:
        ArgumentError: an argument given is not of its type.
    """
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - cached after the first call
    from pengaduan.model import Complaint  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    for argument, value, kind in (
        ("complaint", complaint, Complaint),
        ("policy", policy, SlaPolicy),
        ("calendar", calendar, WorkingCalendar),
        ("workflow", workflow, Workflow),
    ):
        if value is not None and not isinstance(value, kind):
            raise ArgumentError(
                argument=argument,
                rule=Phrase(N_("must be {kind}"), kind=article(kind.__name__)),
                given=type_name(value),
            )
