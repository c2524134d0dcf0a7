"""Which deadlines a complaint has missed, for the workflow's guards (private; the public name
lives in ``pengaduan.sla``).

The workflow cannot count working days: that needs the office's calendar and its SLA clocks,
both above it in the layers. [`SlaDeadlines`][pengaduan.sla.SlaDeadlines] puts the two together
behind the workflow's [`Deadlines`][pengaduan.workflow.guards.Deadlines] protocol, so the
escalation guard and [`due_actions()`][pengaduan.sla.due_actions] read the same clocks: a
complaint the job reports as a breach is one its reporter may escalate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.time import to_utc
from pengaduan.errors import ArgumentError, type_name
from pengaduan.model import Complaint
from pengaduan.sla._engine import evaluate_history, meters
from pengaduan.sla._model import ClockState
from pengaduan.sla._policy import SlaPolicy, check_arguments

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar

__all__ = ["SlaDeadlines"]


def _policy(_instance: object, _attribute: object, value: Any) -> None:
    check_arguments(policy=value)
    if value is None:
        raise ArgumentError(argument="policy", rule="must be a SlaPolicy", given="NoneType")


def _calendar(_instance: object, _attribute: object, value: Any) -> None:
    check_arguments(calendar=value)
    if value is None:
        raise ArgumentError(argument="calendar", rule="must be a WorkingCalendar", given="NoneType")


@attrs.frozen(kw_only=True)
class SlaDeadlines:
    """The deadlines of an SLA policy on a working calendar, as the workflow's guards ask them.

    Give it to [`Workflow.with_deadlines()`][pengaduan.workflow.Workflow.with_deadlines]: the
    default profile's escalation guard then allows ``eskalasi`` once a clock of the policy has
    passed its deadline with its work still open, the very clocks
    [`due_actions()`][pengaduan.sla.due_actions] reports as a ``breach``.

    Attributes:
        policy: the clock rules (``SlaPolicy.lapor()``: verification 3 WD, follow-up 5 WD).
        calendar: the working calendar of the office handling the complaints.

    Example:
        >>> from datetime import UTC, datetime, timedelta
        >>> from pengaduan import Actor, Reporter, SlaPolicy, Submission, Workflow
        >>> from pengaduan import WorkingCalendar
        >>> kupang = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2026))
        >>> deadlines = SlaDeadlines(policy=SlaPolicy.lapor(), calendar=kupang)
        >>> wf = Workflow.default().with_deadlines(deadlines)
        >>> received = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)  # Monday 10:00 WITA
        >>> complaint = wf.receive(
        ...     Submission(text="Jalan rusak", channel="web", reporter=Reporter(account_id="u1")),
        ...     tracking_id="KPG-1", at=received, actor=Actor.reporter("u1"))
        >>> deadlines.missed(complaint, received + timedelta(days=2))
        ()
        >>> deadlines.missed(complaint, received + timedelta(days=7))  # 3 working days passed
        ('verifikasi',)
    """

    policy: SlaPolicy = attrs.field(validator=_policy)
    calendar: WorkingCalendar = attrs.field(validator=_calendar)

    def missed(self, complaint: Complaint, at: datetime) -> tuple[str, ...]:
        """The clocks of ``complaint`` whose deadline passed by ``at``, their work still open.

        Args:
            complaint: the complaint (events after ``at`` are ignored).
            at: the moment asked about (aware).

        Returns:
            The clocks' names, in the order of their reports (empty when none).

        Raises:
            ArgumentError: ``complaint`` is not a ``Complaint``.
            NaiveDatetimeError: ``at`` is naive.
            ConfigurationError: the policy needs a workflow's categories and has none.
            OutOfRangeError: a date involved is outside the calendar's years.
        """
        if not isinstance(complaint, Complaint):
            raise ArgumentError(
                argument="complaint", rule="must be a Complaint", given=type_name(complaint)
            )
        reports = evaluate_history(
            self.policy._compiled(), complaint, meters(self.calendar), to_utc(at, "at")
        )
        return tuple(
            report.clock
            for report in reports
            if report.state is ClockState.BREACHED and report.is_open
        )
