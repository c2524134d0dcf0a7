"""Hostile input to SLA evaluation, due actions, compliance checks and the testing helpers.

A complaint, policy, calendar, workflow or time of the wrong type is refused at the boundary
with a typed error naming the argument (never its content), before any engine work.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import HOSTILE_TEXTS, raises_typed, wrong_type_cases

from pengaduan import compliance, testing
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    NaiveDatetimeError,
    PengaduanError,
)
from pengaduan.sla import (
    SlaPolicy,
    confidence_label,
    describe,
    describe_basis,
    due_actions,
    evaluate,
    state_label,
)
from pengaduan.workflow import Workflow

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


def test_due_actions_refuses_a_non_complaint_inside_the_iterable() -> None:
    error = raises_typed(
        due_actions, [COMPLAINT, "x"], policy=POLICY, calendar=CAL, workflow=WF, now=NOW
    )
    assert isinstance(error, ArgumentError)
    assert error.argument == "complaint"
