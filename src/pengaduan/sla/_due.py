"""Evaluating a complaint's clocks and the due actions across many complaints (private; the public
names live in ``pengaduan.sla``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pengaduan._core.arguments import guarded, names
from pengaduan._core.time import to_utc
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, type_name
from pengaduan.model import Actor, Complaint
from pengaduan.sla._engine import evaluate_history, meters
from pengaduan.sla._model import (
    ClockReport,
    ClockState,
    DueAction,
    DueActionKind,
)
from pengaduan.sla._policy import SlaPolicy, check_arguments
from pengaduan.workflow.guards import GuardContext

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.workflow import Workflow

__all__ = ["due_actions", "evaluate"]


# -- evaluation -------------------------------------------------------------------------------


def evaluate(
    complaint: Complaint, *, policy: SlaPolicy, calendar: WorkingCalendar, now: datetime
) -> tuple[ClockReport, ...]:
    """Every clock of ``complaint`` that has started, as of ``now``.

    A pure function of the history, the policy, the calendar and ``now``: events after ``now``
    are ignored, so an earlier ``now`` replays the past. Rules that do not apply to the
    complaint's classification, or have not started, give no report. Reports are ordered by
    start, then clock name.

    Args:
        complaint: the complaint.
        policy: the clock rules (validated against the workflow if they use categories).
        calendar: the working calendar of the office handling it.
        now: the moment of evaluation (aware).

    Returns:
        One [`ClockReport`][pengaduan.sla.ClockReport] per started clock (its latest cycle; earlier
            ones inside).

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ConfigurationError: the policy is invalid or needs a workflow's categories.
        OutOfRangeError: a date involved is outside the calendar's years.
    """
    if complaint is None or policy is None or calendar is None:
        raise ArgumentError(
            argument=names("complaint", "policy", "calendar"), rule=N_("are required")
        )
    check_arguments(complaint=complaint, policy=policy, calendar=calendar)
    now_utc = to_utc(now, "now")
    return evaluate_history(policy._compiled(), complaint, meters(calendar), now_utc)


def _can_take(workflow: Workflow, complaint: Complaint, action: str, now: datetime) -> bool:
    actor = Actor.system()
    if action not in workflow.allowed_actions(complaint, actor=actor):
        return False
    context = GuardContext(complaint=complaint, action=action, actor=actor, at=now, data={})
    return all(guard(context) is None for guard in workflow.action(action).guards)


def due_actions(
    complaints: Iterable[Complaint],
    *,
    policy: SlaPolicy,
    calendar: WorkingCalendar,
    workflow: Workflow,
    now: datetime,
    since: datetime | None = None,
) -> list[DueAction]:
    """What is due across many complaints at ``now``: the periodic job's to-do list.

    * ``WARNING``: an open clock whose warning threshold has passed but not its deadline;
    * ``BREACH``: a deadline passed and the work is still open, with the rule's escalation target;
    * ``AUTO_CLOSE``: a timer ran out and the workflow lets the system take its action now
      (the action's guards are run).

    Args:
        complaints: any iterable (a generator over a database cursor works).
        policy: the clock rules; validated against ``workflow`` here.
        calendar: the working calendar.
        workflow: the workflow the complaints follow.
        now: the moment of the job run (aware).
        since: the previous run's ``now``; warnings and breaches that became due at or before
            it are left out (they were reported then). Auto-closes are listed while eligible.

    Returns:
        Due actions ordered by when they became due, then tracking id and clock. Each has a
        stable [`key`][pengaduan.sla.DueAction.key] to use as the idempotency key when acting on it.

    Raises:
        NaiveDatetimeError: ``now`` or ``since`` is naive.
        ConfigurationError: the policy does not fit the workflow.
        OutOfRangeError: a date involved is outside the calendar's years.
        ArgumentError: an argument of the wrong type, or an item of ``complaints`` that is not a
            ``Complaint`` (``None`` included; the error names its position, ``complaints[3]``).
    """
    if policy is None or calendar is None or workflow is None:
        raise ArgumentError(
            argument=names("policy", "calendar", "workflow"), rule=N_("are required")
        )
    check_arguments(policy=policy, calendar=calendar, workflow=workflow)
    rule = N_("must be an iterable of Complaints")
    if isinstance(complaints, str | bytes | dict) or not isinstance(complaints, Iterable):
        raise ArgumentError(argument="complaints", rule=rule, given=type_name(complaints))
    items = guarded(complaints, "complaints", rule)
    now_utc = to_utc(now, "now")
    since_utc = None if since is None else to_utc(since, "since")
    compiled = policy.validate(workflow)._compiled()
    unit_meters = meters(calendar)
    found: list[DueAction] = []
    for index, complaint in enumerate(items):
        if not isinstance(complaint, Complaint):  # None included: check_arguments skips it
            raise ArgumentError(
                argument=f"complaints[{index}]",
                rule=Phrase(N_("must be {kind}"), kind=article("Complaint")),
                given=type_name(complaint),
            )
        for report in evaluate_history(compiled, complaint, unit_meters, now_utc):
            action = _due(report, complaint, workflow, now_utc, since_utc)
            if action is not None:
                found.append(action)
    found.sort(key=lambda a: (a.at, a.tracking_id, a.clock))
    return found


def _due(
    report: ClockReport,
    complaint: Complaint,
    workflow: Workflow,
    now: datetime,
    since: datetime | None,
) -> DueAction | None:
    if not report.is_open:
        return None
    rule = report.rule
    kind: DueActionKind | None = None
    at: datetime | None = None
    if report.state is ClockState.EXPIRED:
        assert rule.auto_action is not None  # noqa: S101 - only timers expire
        if report.due_at is not None and _can_take(workflow, complaint, rule.auto_action, now):
            kind, at = DueActionKind.AUTO_CLOSE, report.due_at
    elif report.state is ClockState.BREACHED:
        kind, at = DueActionKind.BREACH, report.breached_at
    elif report.warning_at is not None and report.warning_at <= now and not rule.is_timer:
        kind, at = DueActionKind.WARNING, report.warning_at
    if kind is None or at is None:
        return None
    if since is not None and kind is not DueActionKind.AUTO_CLOSE and at <= since:
        return None
    return DueAction(
        kind=kind,
        tracking_id=complaint.tracking_id,
        clock=rule.name,
        cycle=report.cycle,
        at=at,
        due_at=report.due_at,
        responsible=rule.responsible,
        escalate_to=rule.escalate_to if kind is DueActionKind.BREACH else None,
        action=rule.auto_action if kind is DueActionKind.AUTO_CLOSE else None,
        report=report,
    )
