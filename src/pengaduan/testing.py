"""Assertions and builders for your own test suite (pytest or anything that catches assertions).

Each assertion raises ``AssertionError`` with a message that says which rule broke and by how
much, built from the finding's fields: tracking ids, clock and action names, times and legal
bases, never complaint text or the reporter's identity. So a red CI log can be pasted into a ticket.

* [`assert_sop_compliant()`][pengaduan.testing.assert_sop_compliant]: the history is intact, follows
  the SOP and met every deadline;
* [`assert_clock()`][pengaduan.testing.assert_clock]: one clock's state, deadline, met time,
  lateness;
* [`assert_history_intact()`][pengaduan.testing.assert_history_intact]: the digest chain verifies
  (and ends at the stored head);
* [`assert_allowed()`][pengaduan.testing.assert_allowed] /
  [`assert_not_allowed()`][pengaduan.testing.assert_not_allowed]: what the SOP allows in a status;
* [`build_complaint()`][pengaduan.testing.build_complaint]: a complaint from milestone times, with
  placeholder data.

Defaults: the SP4N-LAPOR! v3 workflow, the ``SlaPolicy.lapor()`` clocks, and an Indonesian
government calendar in WIB (``Asia/Jakarta``); pass your own ``calendar`` for WITA or WIT offices.

Example:
    >>> from datetime import UTC, datetime
    >>> c = build_complaint(datetime(2025, 3, 3, 2, tzinfo=UTC), ("verifikasi", 1))
    >>> assert_allowed(None, c.status, ["tindak_lanjut"])
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from pengaduan._core.arguments import enum_member, guarded, text_tuple, whole_number
from pengaduan._core.time import require_aware
from pengaduan._core.toml import key_text
from pengaduan._i18n import N_, Phrase, ngettext, shown
from pengaduan._i18n import gettext as _
from pengaduan.compliance import FindingKind, check
from pengaduan.errors import ArgumentError, IntegrityError, translated, type_name
from pengaduan.workflow._replay import PLACEHOLDER_TEXT, replay

if TYPE_CHECKING:
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Classification, Complaint
    from pengaduan.sla import SlaPolicy
    from pengaduan.sla._model import ClockReport, ClockState
    from pengaduan.workflow import Workflow

__all__ = [
    "PLACEHOLDER_TEXT",
    "assert_allowed",
    "assert_clock",
    "assert_history_intact",
    "assert_not_allowed",
    "assert_sop_compliant",
    "build_complaint",
]


@lru_cache(maxsize=1)
def _default_workflow() -> Workflow:
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    return Workflow.default()


@lru_cache(maxsize=1)
def _default_policy() -> SlaPolicy:
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415

    return SlaPolicy.lapor(_default_workflow())


@lru_cache(maxsize=1)
def _default_calendar() -> WorkingCalendar:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    return WorkingCalendar.indonesia(zone="Asia/Jakarta")


def _setup(
    workflow: Workflow | None, policy: SlaPolicy | None, calendar: WorkingCalendar | None
) -> tuple[Workflow, SlaPolicy, WorkingCalendar]:
    wf = workflow if workflow is not None else _default_workflow()
    if policy is None:
        policy = _default_policy() if workflow is None else _lapor_for(wf)
    return wf, policy, calendar if calendar is not None else _default_calendar()


def _lapor_for(workflow: Workflow) -> SlaPolicy:
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415

    return SlaPolicy.lapor(workflow)


def assert_sop_compliant(
    complaint: Complaint,
    *,
    now: datetime,
    workflow: Workflow | None = None,
    policy: SlaPolicy | None = None,
    calendar: WorkingCalendar | None = None,
    ignore: Iterable[FindingKind | str] = (),
) -> None:
    """Assert that ``complaint`` has no finding (see
    [`pengaduan.compliance.check()`][pengaduan.compliance.check]).

    Args:
        complaint: the complaint under test.
        now: the moment of the check (aware): open clocks past their deadline fail.
        workflow: the SOP; default the SP4N-LAPOR! v3 profile.
        policy: the clocks; default ``SlaPolicy.lapor(workflow)``.
        calendar: the office's calendar; default Indonesian government calendar, WIB.
        ignore: finding kinds to tolerate (e.g. ``["overdue_open"]``).

    Raises:
        AssertionError: listing every finding, one per line, e.g. ``complaint KPG-1: clock
            'verifikasi' (SP4N-LAPOR! ..., official): due Thursday, 6 March 2025 00:00 WITA, met
            2 working days late``.
        ArgumentError: an argument of the wrong type, or an ``ignore`` entry that is not a
            finding kind.
    """
    _check(complaint=complaint, workflow=workflow, policy=policy, calendar=calendar)
    if complaint is None:
        raise ArgumentError(argument="complaint", rule=N_("must be a Complaint"), given="NoneType")
    wf, pol, cal = _setup(workflow, policy, calendar)
    skipped = {enum_member(FindingKind, kind, "ignore") for kind in _names(ignore, "ignore")}
    findings = [
        f
        for f in check(complaint, workflow=wf, policy=pol, calendar=cal, now=now)
        if f.kind not in skipped
    ]
    if findings:
        lines = "\n".join(f"  - {finding.describe()}" for finding in findings)
        msg = ngettext(
            "complaint {complaint_id} is not SOP-compliant: {count} finding",
            "complaint {complaint_id} is not SOP-compliant: {count} findings",
            len(findings),
        ).format(complaint_id=complaint.tracking_id, count=len(findings))
        raise AssertionError(msg + "\n" + lines)


def _clock(
    complaint: Complaint, clock: str, now: datetime, policy: SlaPolicy, calendar: WorkingCalendar
) -> ClockReport:
    from pengaduan.sla import evaluate  # noqa: PLC0415

    reports = {r.clock: r for r in evaluate(complaint, policy=policy, calendar=calendar, now=now)}
    if clock not in reports:
        known = ", ".join(rule.name for rule in policy.rules)
        started = ", ".join(sorted(reports)) or _("none")
        msg = _(
            "complaint {complaint_id}: clock {clock} has not started "
            "(started: {started}; the policy has: {known})"
        ).format(
            complaint_id=complaint.tracking_id, clock=_shown(clock), started=started, known=known
        )
        raise AssertionError(msg)
    return reports[clock]


def _same_instant(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return a == b


def _show(value: datetime | None) -> str:
    return _("none") if value is None else value.isoformat()


def assert_clock(
    complaint: Complaint,
    clock: str,
    *,
    now: datetime,
    state: ClockState | str | None = None,
    due: datetime | None = None,
    met: datetime | None = None,
    late_by: timedelta | int | None = None,
    policy: SlaPolicy | None = None,
    calendar: WorkingCalendar | None = None,
) -> ClockReport:
    """Assert facts about one clock of ``complaint`` at ``now``; returns its report.

    Args:
        complaint: the complaint under test.
        clock: the clock's name (``"verifikasi"``).
        now: the moment of evaluation (aware).
        state: the expected state (``"met"``, ``ClockState.BREACHED``...).
        due: the expected deadline (any zone: instants are compared).
        met: the expected time the clock was met.
        late_by: how late, in the clock's unit (an ``int`` is working/calendar days);
            ``0`` asserts it is not late.
        policy: the clocks; default ``SlaPolicy.lapor()``.
        calendar: the office's calendar; default Indonesian government calendar, WIB.

    Raises:
        AssertionError: naming the clock, its basis and each expectation that does not hold.
    """
    from pengaduan.sla import ClockState, confidence_label  # noqa: PLC0415

    _check(complaint=complaint, policy=policy, calendar=calendar)
    if complaint is None:
        raise ArgumentError(argument="complaint", rule=N_("must be a Complaint"), given="NoneType")
    _text_argument(clock, "clock")
    _workflow, pol, cal = _setup(None, policy, calendar)
    require_aware(now, "now")
    wanted = None if state is None else enum_member(ClockState, state, "state")
    if late_by is not None and not isinstance(late_by, timedelta):
        whole_number(late_by, "late_by", 0, timedelta.max.days)
    report = _clock(complaint, clock, now, pol, cal)
    problems: list[str] = []
    if wanted is not None and report.state is not wanted:
        problems.append(
            _("state is {state}, expected {expected}").format(
                state=repr(report.state.value), expected=repr(wanted.value)
            )
        )
    if due is not None and not _same_instant(report.due_at, require_aware(due, "due")):
        problems.append(
            _("due {due}, expected {expected}").format(
                due=_show(report.due_at), expected=_show(due)
            )
        )
    if met is not None and not _same_instant(report.met_at, require_aware(met, "met")):
        problems.append(
            _("met {met}, expected {expected}").format(
                met=_show(report.met_at), expected=_show(met)
            )
        )
    if late_by is not None:
        expected = timedelta(days=late_by) if isinstance(late_by, int) else late_by
        actual = max(-report.remaining, timedelta()) if report.breached_at else timedelta()
        if actual != expected:
            problems.append(
                _("late by {late}, expected {expected}").format(
                    late=_amount(actual), expected=_amount(expected)
                )
            )
    if problems:
        basis = report.basis
        head = _("complaint {complaint_id}: clock {clock} ({citation}, {confidence})").format(
            complaint_id=complaint.tracking_id,
            clock=_shown(clock),
            citation=basis.citation,
            confidence=confidence_label(basis.confidence),
        )
        raise AssertionError(head + ": " + "; ".join(problems))
    return report


def _shown(value: object) -> str:
    """A name the test gave, as a message may show it: never a value pasted in its place."""
    return translated(shown(value))


def _amount(value: timedelta) -> str:
    if value % timedelta(days=1) == timedelta():
        days = value.days
        return ngettext("{count} day", "{count} days", days).format(count=days)
    return str(value)


def assert_history_intact(complaint: Complaint, *, head: str | None = None) -> None:
    """Assert that the digest chain verifies (and, with ``head``, that nothing was cut off).

    Raises:
        AssertionError: naming the first event that fails and why.
    """
    from pengaduan.history import verify_history  # noqa: PLC0415

    if complaint is None:
        raise ArgumentError(argument="complaint", rule=N_("must be a Complaint"), given="NoneType")
    _check(complaint=complaint)
    _text_argument(head, "head", optional=True)
    try:
        verify_history(complaint, head=head)
    except IntegrityError as error:
        msg = _(
            "complaint {complaint_id}: history is not intact at event {sequence}: {reason}"
        ).format(
            complaint_id=complaint.tracking_id,
            sequence=error.sequence,
            reason=translated(error.reason),
        )
        raise AssertionError(msg) from None


def _check(**arguments: object) -> None:
    """Refuse arguments of the wrong type with an ArgumentError (never an AssertionError)."""
    from pengaduan.sla._policy import check_arguments  # noqa: PLC0415

    check_arguments(**arguments)


def _text_argument(value: object, argument: str, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if type(value) is not str:
        raise ArgumentError(argument=argument, rule=N_("must be a str"), given=type_name(value))


def _names(value: object, argument: str) -> tuple[str, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ArgumentError(
            argument=argument, rule=N_("must be an iterable of names"), given=type_name(value)
        )
    names = tuple(guarded(value, argument, N_("must be an iterable of names")))
    if not all(type(n) is str for n in names):
        raise ArgumentError(argument=argument, rule=N_("must hold strs only"))
    return names


def _allowed(workflow: Workflow | None, status: str) -> tuple[Workflow, tuple[str, ...]]:
    _check(workflow=workflow)
    _text_argument(status, "status")
    wf = workflow if workflow is not None else _default_workflow()
    try:
        return wf, wf.allowed_actions(status)
    except LookupError:
        known = ", ".join(s.name for s in wf.statuses)
        msg = _("workflow {workflow} has no status {status} (statuses: {known})").format(
            workflow=repr(wf.definition.name), status=_shown(status), known=known
        )
        raise AssertionError(msg) from None


def assert_allowed(workflow: Workflow | None, status: str, actions: Iterable[str]) -> None:
    """Assert that the SOP allows every one of ``actions`` in ``status``.

    Args:
        workflow: the SOP; ``None`` for the SP4N-LAPOR! v3 profile.
        status: a status name.
        actions: action names that must be allowed.

    Raises:
        AssertionError: naming the actions that are not allowed and those that are.
    """
    wf, allowed = _allowed(workflow, status)
    missing = [a for a in _names(actions, "actions") if a not in allowed]
    if missing:
        msg = _(
            "workflow {workflow}, status {status}: not allowed: {missing}; allowed: {allowed}"
        ).format(
            workflow=repr(wf.definition.name),
            status=_shown(status),
            missing=", ".join(translated(key_text(a)) for a in missing),
            allowed=", ".join(allowed) or _("none (terminal status)"),
        )
        raise AssertionError(msg)


def assert_not_allowed(workflow: Workflow | None, status: str, actions: Iterable[str]) -> None:
    """Assert that the SOP allows none of ``actions`` in ``status``.

    Raises:
        AssertionError: naming the actions that are allowed after all.
    """
    wf, allowed = _allowed(workflow, status)
    present = [a for a in _names(actions, "actions") if a in allowed]
    if present:
        msg = _(
            "workflow {workflow}, status {status}: allowed, but expected not: {present}"
        ).format(
            workflow=repr(wf.definition.name),
            status=_shown(status),
            present=", ".join(translated(key_text(a)) for a in present),
        )
        raise AssertionError(msg)


_MAX_STEP_DAYS = 36_500


def build_complaint(
    received_at: datetime,
    *steps: tuple[str, datetime | float],
    tracking_id: str = "UJI-1",
    units: Iterable[str] = ("unit-uji",),
    classification: Classification | str = "pengaduan",
    workflow: Workflow | None = None,
) -> Complaint:
    """A complaint received at ``received_at``, then each step, with placeholder data.

    Args:
        received_at: when it was received (aware).
        *steps: ``(action, at)`` pairs; ``at`` is an aware datetime, or a number of calendar
            days after ``received_at`` (``("verifikasi", 1.5)``).
        tracking_id: the complaint's tracking id.
        units: the unit(s) dispositions send it to (the first one posts follow-ups).
        classification: the report's classification.
        workflow: the SOP; default the SP4N-LAPOR! v3 profile.

    Returns:
        A complaint with a real, verifiable history. Text and action data are placeholders
        ([`PLACEHOLDER_TEXT`][pengaduan.testing.PLACEHOLDER_TEXT]); actors are ``admin:impor``,
            ``unit:<unit>``, ``sistem:impor``.

    Raises:
        ArgumentError: an argument of the wrong type, or a ``classification`` that is not one
            of its values.
        InvalidActionError, GuardError, TimeOrderError: a step does not fit the SOP.
    """
    start = require_aware(received_at, "received_at")
    _check(workflow=workflow)
    unit_ids = text_tuple(units, "units")
    for i, step in enumerate(steps):
        if (
            not isinstance(step, tuple)
            or len(step) != 2
            or type(step[0]) is not str
            or not (
                isinstance(step[1], datetime)
                or (type(step[1]) in {int, float} and 0 <= step[1] <= _MAX_STEP_DAYS)
            )
        ):
            raise ArgumentError(
                argument=f"steps[{i}]",
                rule=Phrase(
                    N_("must be an (action, aware datetime or 0-{max_step_days} days) pair"),
                    max_step_days=_MAX_STEP_DAYS,
                ),
                given=type_name(step),
            )
    timed = [
        (action, at if isinstance(at, datetime) else start + timedelta(days=at))
        for action, at in steps
    ]
    return replay(
        workflow if workflow is not None else _default_workflow(),
        tracking_id=tracking_id,
        received_at=start,
        steps=timed,
        units=unit_ids,
        classification=classification,
    )
