"""Hostile input to SLA evaluation, due actions, compliance checks and the testing helpers.

A complaint, policy, calendar, workflow or time of the wrong type is refused at the boundary
with a typed error naming the argument (never its content), before any engine work.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    WRONG_TYPES,
    named_wrong_type_cases,
    raises_typed,
    refused_naming,
    wrong_type_cases,
)

from pengaduan import compliance, testing
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    NaiveDatetimeError,
    PengaduanError,
)
from pengaduan.model import Classification, Role
from pengaduan.sla import (
    ClockRule,
    Confidence,
    LegalBasis,
    SlaPolicy,
    all_of,
    any_of,
    by_role,
    confidence_label,
    describe,
    describe_basis,
    due_actions,
    evaluate,
    in_category,
    leaves_category,
    leaves_status,
    on_action,
    on_status,
    state_label,
)
from pengaduan.workflow import StatusCategory, Workflow
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Callable

WF = Workflow.default()
POLICY = SlaPolicy.lapor(WF)
CAL = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=10)
COMPLAINT = testing.build_complaint(T0, ("verifikasi", 1))
REPORT = evaluate(COMPLAINT, policy=POLICY, calendar=CAL, now=NOW)[0]

ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "evaluate.complaint": lambda v: evaluate(v, policy=POLICY, calendar=CAL, now=NOW),
    "evaluate.policy": lambda v: evaluate(COMPLAINT, policy=v, calendar=CAL, now=NOW),
    "evaluate.calendar": lambda v: evaluate(COMPLAINT, policy=POLICY, calendar=v, now=NOW),
    "evaluate.now": lambda v: evaluate(COMPLAINT, policy=POLICY, calendar=CAL, now=v),
    "due_actions.complaints": lambda v: due_actions(
        v, policy=POLICY, calendar=CAL, workflow=WF, now=NOW
    ),
    "due_actions.policy": lambda v: due_actions(
        [COMPLAINT], policy=v, calendar=CAL, workflow=WF, now=NOW
    ),
    "due_actions.calendar": lambda v: due_actions(
        [COMPLAINT], policy=POLICY, calendar=v, workflow=WF, now=NOW
    ),
    "due_actions.workflow": lambda v: due_actions(
        [COMPLAINT], policy=POLICY, calendar=CAL, workflow=v, now=NOW
    ),
    "due_actions.now": lambda v: due_actions(
        [COMPLAINT], policy=POLICY, calendar=CAL, workflow=WF, now=v
    ),
    "due_actions.since": lambda v: due_actions(
        [COMPLAINT], policy=POLICY, calendar=CAL, workflow=WF, now=NOW, since=v
    ),
    "describe.report": lambda v: describe(v, CAL, now=NOW),
    "describe.calendar": lambda v: describe(REPORT, v, now=NOW),
    "describe.now": lambda v: describe(REPORT, CAL, now=v),
    "describe.language": lambda v: describe(REPORT, CAL, now=NOW, language=v),
    "state_label.state": state_label,
    "state_label.language": lambda v: state_label(REPORT.state, language=v),
    "describe_basis.basis": describe_basis,
    "confidence_label.confidence": confidence_label,
    "policy.of.name": lambda v: SlaPolicy.of(v, POLICY.rules),
    "policy.of.rules": lambda v: SlaPolicy.of("p", v),
    "policy.rule": POLICY.rule,
    "policy.without_rules": POLICY.without_rules,
    "policy.with_rules": POLICY.with_rules,
    "policy.validate.workflow": POLICY.validate,
    "compliance.check.complaint": lambda v: compliance.check(
        v, workflow=WF, policy=POLICY, calendar=CAL, now=NOW
    ),
    "compliance.check.workflow": lambda v: compliance.check(
        COMPLAINT, workflow=v, policy=POLICY, calendar=CAL, now=NOW
    ),
    "compliance.check.policy": lambda v: compliance.check(
        COMPLAINT, workflow=WF, policy=v, calendar=CAL, now=NOW
    ),
    "compliance.check.calendar": lambda v: compliance.check(
        COMPLAINT, workflow=WF, policy=POLICY, calendar=v, now=NOW
    ),
    "compliance.check.now": lambda v: compliance.check(
        COMPLAINT, workflow=WF, policy=POLICY, calendar=CAL, now=v
    ),
    "compliance.check.verify": lambda v: compliance.check(
        COMPLAINT, workflow=WF, policy=POLICY, calendar=CAL, now=NOW, verify=v
    ),
    "compliance.sop_findings.complaint": lambda v: compliance.sop_findings(v, WF),
    "compliance.sop_findings.workflow": lambda v: compliance.sop_findings(COMPLAINT, v),
    "compliance.clock_findings.complaint": lambda v: compliance.clock_findings(v, [], NOW),
    "compliance.clock_findings.reports": lambda v: compliance.clock_findings(COMPLAINT, v, NOW),
    "compliance.clock_findings.now": lambda v: compliance.clock_findings(COMPLAINT, [], v),
    "testing.assert_sop_compliant.complaint": lambda v: testing.assert_sop_compliant(v, now=NOW),
    "testing.assert_sop_compliant.now": lambda v: testing.assert_sop_compliant(COMPLAINT, now=v),
    "testing.assert_sop_compliant.workflow": lambda v: testing.assert_sop_compliant(
        COMPLAINT, now=NOW, workflow=v
    ),
    "testing.assert_sop_compliant.calendar": lambda v: testing.assert_sop_compliant(
        COMPLAINT, now=NOW, calendar=v
    ),
    "testing.assert_clock.complaint": lambda v: testing.assert_clock(
        v, "verifikasi", now=NOW, state="stopped"
    ),
    "testing.assert_clock.clock": lambda v: testing.assert_clock(
        COMPLAINT, v, now=NOW, state="stopped"
    ),
    "testing.assert_clock.now": lambda v: testing.assert_clock(
        COMPLAINT, "verifikasi", now=v, state="stopped"
    ),
    "testing.assert_history_intact.complaint": testing.assert_history_intact,
    "testing.assert_history_intact.head": lambda v: testing.assert_history_intact(
        COMPLAINT, head=v
    ),
    "testing.assert_allowed.workflow": lambda v: testing.assert_allowed(v, "diterima", []),
    "testing.assert_allowed.status": lambda v: testing.assert_allowed(WF, v, []),
    "testing.assert_allowed.actions": lambda v: testing.assert_allowed(WF, "diterima", v),
    "testing.assert_not_allowed.status": lambda v: testing.assert_not_allowed(WF, v, []),
    "testing.build_complaint.received_at": testing.build_complaint,
    "testing.build_complaint.step": lambda v: testing.build_complaint(T0, v),
}

ACCEPTS: dict[str, set[str]] = {
    "due_actions.complaints": set(),
    "compliance.check.verify": {"bool"},
    "due_actions.since": {"none"},
    "compliance.clock_findings.reports": {"list", "set"},
    "testing.assert_sop_compliant.workflow": {"none"},
    "testing.assert_sop_compliant.calendar": {"none"},
    "testing.assert_history_intact.head": {"none"},
    "testing.assert_allowed.workflow": {"none"},
    # A list of names is the right type: an unknown name is an assertion failure, as it should.
    "testing.assert_allowed.actions": {"list", "set", "dict", "secret-str-in-list"},
    "policy.with_rules": set(),
    # None is the current language (pengaduan.language).
    "describe.language": {"none"},
    "state_label.language": {"none"},
}


def _cases() -> list[Any]:
    return wrong_type_cases(ARGUMENTS, ACCEPTS)


@pytest.mark.parametrize(("call", "value"), _cases())
def test_a_wrong_type_is_refused_with_a_typed_error(
    call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(
        error, ArgumentError | ConfigurationError | NaiveDatetimeError | PengaduanError
    ), type(error).__name__


NAIVE = datetime(2025, 3, 13, 10, 0)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: evaluate(COMPLAINT, policy=POLICY, calendar=CAL, now=NAIVE), id="ev"),
        pytest.param(
            lambda: due_actions([COMPLAINT], policy=POLICY, calendar=CAL, workflow=WF, now=NAIVE),
            id="due",
        ),
        pytest.param(
            lambda: compliance.check(
                COMPLAINT, workflow=WF, policy=POLICY, calendar=CAL, now=NAIVE
            ),
            id="check",
        ),
    ],
)
def test_a_naive_now_is_a_naive_datetime_error(call: Callable[[], object]) -> None:
    assert isinstance(raises_typed(call), NaiveDatetimeError)


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(POLICY.rule, id="rule"),
        pytest.param(POLICY.without_rules, id="without_rules"),
        pytest.param(state_label, id="state_label"),
        pytest.param(confidence_label, id="confidence_label"),
        pytest.param(lambda t: describe(REPORT, CAL, now=NOW, language=t), id="describe"),
    ],
)
def test_a_hostile_name_is_refused_without_echo(
    call: Callable[[str], object], kind: str, text: str
) -> None:
    assert isinstance(raises_typed(call, text), PengaduanError), kind


@pytest.mark.parametrize(("kind", "item"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_due_actions_refuses_a_non_complaint_inside_the_iterable(kind: str, item: object) -> None:
    """Every item that is not a Complaint, ``None`` included, is refused by its position."""
    error = raises_typed(
        due_actions, [COMPLAINT, item], policy=POLICY, calendar=CAL, workflow=WF, now=NOW
    )
    assert isinstance(error, ArgumentError), kind
    assert error.argument == "complaints[1]"
    assert error.given == type(item).__name__


def test_due_actions_refuses_a_none_from_a_generator() -> None:
    """A cursor that yields ``None`` (a missing row) fails typed, not with AttributeError."""
    rows = (c for c in (COMPLAINT, COMPLAINT, None))
    error = raises_typed(due_actions, rows, policy=POLICY, calendar=CAL, workflow=WF, now=NOW)
    assert isinstance(error, ArgumentError)
    assert error.argument == "complaints[2]"


# -- building rules, bases, policies and conditions -------------------------------------------


def _clock_rule(**changes: Any) -> ClockRule:
    fields: dict[str, Any] = {
        "name": "respon",
        "amount": 3,
        "unit": "working_days",
        "start": on_action("terima"),
        "stop": on_action("verifikasi"),
    }
    fields.update(changes)
    return ClockRule(**fields)


def _basis(**changes: Any) -> LegalBasis:
    fields: dict[str, Any] = {"citation": "SOP contoh", "confidence": "local"}
    fields.update(changes)
    return LegalBasis(**fields)


def _policy(**changes: Any) -> SlaPolicy:
    fields: dict[str, Any] = {"name": "contoh", "rules": [_clock_rule()]}
    fields.update(changes)
    return SlaPolicy(**fields)


def _builder(build: Callable[..., object], argument: str) -> Callable[[Any], object]:
    return lambda value: build(**{argument: value})


ON = on_action("terima")

# "Family.argument" -> a call passing the value there (the other arguments valid).
BUILDERS: dict[str, Callable[[Any], object]] = {
    **{
        f"ClockRule.{a}": _builder(_clock_rule, a)
        for a in ("name", "classifications", "label_id", "label_en")
    },
    **{f"LegalBasis.{a}": _builder(_basis, a) for a in ("citation", "confidence", "url")},
    **{
        f"SlaPolicy.{a}": _builder(_policy, a)
        for a in ("name", "rules", "description", "workflow", "status_categories")
    },
    "on_action.actions": on_action,
    "on_status.statuses": on_status,
    "leaves_status.statuses": leaves_status,
    "in_category.category": in_category,
    "leaves_category.category": leaves_category,
    "by_role.roles": by_role,
    "any_of.conditions": lambda v: any_of(ON, v),
    "all_of.conditions": lambda v: all_of(ON, v),
}

BUILDER_ACCEPTS: dict[str, set[str]] = {
    "LegalBasis.url": {"none"},
    "SlaPolicy.workflow": {"none"},
    # A policy keeps whatever its rules hold: validation reports what is not a ClockRule, with
    # every other problem (SlaPolicy.of, .problems()).
    "SlaPolicy.rules": {"list", "set", "secret-str-in-list"},
}


@pytest.mark.parametrize(
    ("call", "value", "argument"), named_wrong_type_cases(BUILDERS, BUILDER_ACCEPTS)
)
def test_a_rule_or_condition_part_of_a_wrong_type_is_an_argument_error(
    call: Callable[[Any], object], value: object, argument: str
) -> None:
    refused_naming(call, value, argument)


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        pytest.param(on_action, "actions", id="on_action"),
        pytest.param(on_status, "statuses", id="on_status"),
        pytest.param(leaves_status, "statuses", id="leaves_status"),
        pytest.param(by_role, "roles", id="by_role"),
        pytest.param(any_of, "conditions", id="any_of"),
        pytest.param(all_of, "conditions", id="all_of"),
    ],
)
def test_a_builder_given_nothing_is_an_argument_error(
    call: Callable[[], object], argument: str
) -> None:
    error = raises_typed(call)
    assert isinstance(error, ArgumentError)
    assert isinstance(error, TypeError)  # as before, for callers that catch TypeError
    assert error.argument == argument
    assert "at least one" in error.message("en")


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
@pytest.mark.parametrize(
    ("argument", "call"),
    [
        pytest.param("category", in_category, id="in_category"),
        pytest.param("category", leaves_category, id="leaves_category"),
        pytest.param("roles", by_role, id="by_role"),
        pytest.param("confidence", lambda t: _basis(confidence=t), id="confidence"),
        pytest.param("classifications", lambda t: _clock_rule(classifications=[t]), id="kinds"),
    ],
)
def test_an_unknown_vocabulary_text_is_refused_without_echo(
    argument: str, call: Callable[[str], object], kind: str, text: str
) -> None:
    error = raises_typed(call, text)
    assert isinstance(error, ArgumentError), kind
    assert error.argument == argument
    assert "must be one of" in error.message("en")


def test_valid_rule_and_condition_parts_are_taken_as_before() -> None:
    rule = _clock_rule(
        classifications=(k for k in ["pengaduan", Classification.ASPIRASI]),
        responsible="unit",
        basis=_basis(confidence=Confidence.OFFICIAL, url="https://lapor.go.id"),
    )
    assert rule.classifications == frozenset({Classification.PENGADUAN, Classification.ASPIRASI})
    assert rule.basis.confidence is Confidence.OFFICIAL
    assert _basis().confidence is Confidence.LOCAL
    assert _clock_rule(unit="fortnights").unit == "fortnights"  # reported by validation
    condition = on_action(Action.TUTUP, "tutup_otomatis") | in_category(StatusCategory.TERMINAL)
    assert (
        repr(condition) == "any_of(on_action('tutup', 'tutup_otomatis'), in_category('terminal'))"
    )
    assert repr(by_role(Role.UNIT, "admin")) == "by_role('unit', 'admin')"
    assert repr(leaves_category("paused") & leaves_status(Status.DITUNDA)) == (
        "all_of(leaves_category('paused'), leaves_status('ditunda'))"
    )
    policy = _policy(rules=(r for r in [_clock_rule(name="b"), _clock_rule(name="a")]))
    assert [r.name for r in policy.rules] == ["a", "b"]
    assert _policy(rules=["x"]).problems()  # kept, and reported by validation as before
    assert (
        POLICY.status_categories
        == _policy(status_categories=POLICY.status_categories).status_categories
    )


@pytest.mark.parametrize("value", [pytest.param(v, id=n) for n, v in WRONG_TYPES])
def test_a_condition_run_on_something_else_than_a_step(value: object) -> None:
    for condition in (ON, in_category("open"), ON | on_status("selesai"), ON & by_role("admin")):
        error = raises_typed(condition, value)
        assert isinstance(error, ArgumentError)
        assert error.argument == "step"


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(all_of(ON | on_action("tanggapi"), by_role("admin")), id="any-in-all"),
        pytest.param(all_of(ON, on_action("tanggapi")), id="key-twice"),
    ],
)
def test_a_condition_without_a_toml_form_is_a_configuration_error(condition: Any) -> None:
    rule = POLICY.rule("verifikasi")
    error = raises_typed(POLICY.with_rules(attrs.evolve(rule, stop=condition)).to_dict)
    assert isinstance(error, ConfigurationError)
    assert isinstance(error, ValueError)  # as before
