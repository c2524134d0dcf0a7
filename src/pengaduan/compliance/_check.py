"""SOP and clock findings for one complaint (private; public in ``pengaduan.compliance``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import (
    enum_converter,
    guarded,
    names,
    optional_in_range,
    texts_converter,
    typed,
)
from pengaduan._core.time import require_aware, to_utc, zone_abbreviation
from pengaduan._i18n import N_, format_date, format_time, ngettext, using
from pengaduan._i18n import gettext as _
from pengaduan.calendar import TimeUnit
from pengaduan.errors import ArgumentError, IntegrityError, translated, type_name
from pengaduan.history import verify_history
from pengaduan.sla import ClockReport, confidence_label
from pengaduan.sla._model import LegalBasis
from pengaduan.sla._policy import check_arguments

if TYPE_CHECKING:
    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.sla import SlaPolicy
    from pengaduan.workflow import Workflow

__all__ = ["Finding", "FindingKind", "check", "clock_findings", "sop_findings"]


class FindingKind(StrEnum):
    """What a finding is about."""

    SOP_VIOLATION = "sop_violation"
    """A recorded step the SOP does not allow (action, source status, target or role)."""
    INTEGRITY = "integrity"
    """The history does not verify: it was altered, cut, or reordered after the fact."""
    BREACH = "breach"
    """A clock passed its deadline and has since ended (done late, or cancelled late)."""
    OVERDUE_OPEN = "overdue_open"
    """A clock passed its deadline and the work is still open at ``now``."""


def _language(language: object) -> str | None:
    if language is None or (type(language) is str and language in ("id", "en")):
        return language
    raise ArgumentError(
        argument="language", rule=N_("must be 'id' or 'en'"), given=type_name(language)
    )


_to_units = texts_converter("units")
_to_kind = enum_converter(FindingKind, "kind")
_to_time_unit = enum_converter(TimeUnit, "time_unit")
_MAX_NUMBER = 2**63 - 1
_OPTIONAL_DATETIME = typed((datetime, type(None)), N_("must be a datetime or None"))


def _units(value: Iterable[str]) -> tuple[str, ...]:
    return _to_units(value)


def _kind(value: object) -> FindingKind:
    return _to_kind(value)


def _time_unit(value: object) -> TimeUnit | None:
    return None if value is None else _to_time_unit(value)


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a complaint's history shows that the SOP or SLA policy does not allow.

    Attributes:
        kind: see [`FindingKind`][pengaduan.compliance.FindingKind].
        complaint_id: the complaint's tracking id.
        rule: the clock's name (breaches), the action's name (SOP violations) or
            ``"integrity"``.
        units: the units the complaint is assigned to (its latest disposition).
        expected_at: the deadline (clock findings), in the calendar's zone.
        actual_at: when the clock ended (met or cancelled), or ``now`` for ``overdue_open``.
        late_by: how late, in the clock's unit: ``timedelta(days=2)`` is two working days for a
            working-day clock; business time for a working-hours clock.
        time_unit: the clock's unit.
        basis: the clock's legal basis and its confidence.
        cycle: the clock's cycle (1 unless the clock was reset).
        sequence: the event the finding is about (SOP and integrity findings).
        workflow: the SOP's name (SOP findings).
        detail: what did not match, in the library's own words (never complaint text).
    """

    kind: FindingKind = attrs.field(converter=_kind)
    complaint_id: str = attrs.field(validator=typed(str, N_("must be a str")))
    rule: str = attrs.field(validator=typed(str, N_("must be a str")))
    units: tuple[str, ...] = attrs.field(default=(), converter=_units)
    expected_at: datetime | None = attrs.field(default=None, validator=_OPTIONAL_DATETIME)
    actual_at: datetime | None = attrs.field(default=None, validator=_OPTIONAL_DATETIME)
    late_by: timedelta | None = attrs.field(
        default=None, validator=typed((timedelta, type(None)), N_("must be a timedelta or None"))
    )
    time_unit: TimeUnit | None = attrs.field(default=None, converter=_time_unit)
    basis: LegalBasis | None = attrs.field(
        default=None, validator=typed((LegalBasis, type(None)), "must be a LegalBasis or None")
    )
    cycle: int | None = attrs.field(default=None, validator=optional_in_range(0, _MAX_NUMBER))
    sequence: int | None = attrs.field(default=None, validator=optional_in_range(0, _MAX_NUMBER))
    workflow: str | None = attrs.field(
        default=None, validator=typed((str, type(None)), N_("must be a str or None"))
    )
    detail: str = attrs.field(default="", validator=typed(str, N_("must be a str")))

    @property
    def message(self) -> str:
        """The finding in English (see [`describe()`][pengaduan.compliance.Finding.describe])."""
        return self.describe("en")  # logs and machine consumers read one language

    def describe(self, language: str | None = None) -> str:
        """The finding in words, built from its fields only.

        ``"complaint KPG-1: clock 'verifikasi' (SP4N-LAPOR! ..., official): due Thursday,
        6 March 2025 00:00 WITA, met 2 working days late"``.

        Args:
            language: ``"en"`` or ``"id"``; ``None`` (the default) for the current language
                ([`pengaduan.language`][pengaduan.language]).

        Raises:
            ArgumentError: unknown language (a ``ValueError``, as before).
        """
        with using(_language(language)):
            return self._describe()

    def _describe(self) -> str:
        event = _("event {n}").format(n=self.sequence if self.sequence is not None else "?")
        if self.kind is FindingKind.SOP_VIOLATION:
            body = _("{event}: {detail} (SOP {workflow})").format(
                event=event, detail=translated(self.detail), workflow=repr(self.workflow)
            )
        elif self.kind is FindingKind.INTEGRITY:
            body = _("{event}: history does not verify: {detail}").format(
                event=event, detail=translated(self.detail)
            )
        else:
            body = self._clock_text()
        return _("complaint {complaint_id}: {finding}").format(
            complaint_id=self.complaint_id, finding=body
        )

    def _clock_text(self) -> str:
        basis = self.basis
        head = _("clock {rule} ({basis}, {confidence})").format(
            rule=repr(self.rule),
            basis="?" if basis is None else basis.citation,
            confidence="?" if basis is None else confidence_label(basis.confidence),
        )
        parts = [head]
        if self.expected_at is not None:
            due = (
                _moment(self.expected_at)
                if self.time_unit is TimeUnit.WORKING_HOURS
                else _day_end(self.expected_at)
            )
            parts.append(_("due {due}").format(due=due))
        late = _late(self.late_by or timedelta(), self.time_unit)
        if self.kind is FindingKind.OVERDUE_OPEN:
            now = _moment(self.actual_at) if self.actual_at is not None else "?"
            parts.append(_("still open at {now}, {late} late").format(now=now, late=late))
        elif self.detail == "met late":
            parts.append(_("met {late} late").format(late=late))
        else:
            parts.append(_("ended {late} late").format(late=late))
        return ": ".join(parts[:1]) + ": " + ", ".join(parts[1:])


def _moment(instant: datetime) -> str:
    day = format_date(instant.date(), weekday=True)
    return f"{day} {format_time(instant)} {zone_abbreviation(instant)}"


def _day_end(deadline: datetime) -> str:
    # A day-unit deadline is the instant its last day ends; people read it as that last day.
    last = deadline - timedelta(microseconds=1)
    day = format_date(last.date(), weekday=True)
    return _("the end of {day} ({zone})").format(day=day, zone=zone_abbreviation(last))


def _late(amount: timedelta, unit: TimeUnit | None) -> str:
    if unit is TimeUnit.WORKING_HOURS:
        minutes = max(0, amount // timedelta(minutes=1))
        return _("{h} h {m} min of working time").format(h=minutes // 60, m=minutes % 60)
    n = max(0, amount.days)
    if unit is TimeUnit.CALENDAR_DAYS:
        return ngettext("{n} day", "{n} days", n).format(n=n)
    return ngettext("{n} working day", "{n} working days", n).format(n=n)


# -- the checks -------------------------------------------------------------------------------


def sop_findings(complaint: Complaint, workflow: Workflow) -> tuple[Finding, ...]:
    """Every recorded step that the SOP does not allow, as findings.

    The replay of [`conforms()`][pengaduan.workflow.Workflow.conforms] (one finding per entry it
    lists,
    from [`deviations()`][pengaduan.workflow.Workflow.deviations]), with the event number and action
    as
    structured fields.

    Raises:
        ArgumentError: ``complaint`` or ``workflow`` of the wrong type.
    """
    check_arguments(complaint=complaint, workflow=workflow)
    if complaint is None or workflow is None:
        raise ArgumentError(argument=names("complaint", "workflow"), rule=N_("are required"))
    found: list[Finding] = []
    name = workflow.definition.name

    def add(event_number: int, action: str, detail: str) -> None:
        found.append(
            Finding(
                kind=FindingKind.SOP_VIOLATION,
                complaint_id=complaint.tracking_id,
                rule=action,
                units=complaint.units,
                sequence=event_number,
                workflow=name,
                detail=detail,
            )
        )

    for sequence, action, detail in workflow.deviations(complaint):
        add(sequence, action, detail)
    return tuple(found)


def clock_findings(
    complaint: Complaint, reports: Iterable[ClockReport], now: datetime
) -> tuple[Finding, ...]:
    """Breaches among clock reports (every cycle), as findings ordered by deadline.

    Args:
        complaint: the complaint the reports are about.
        reports: from [`pengaduan.sla.evaluate()`][pengaduan.sla.evaluate].
        now: the moment of evaluation (aware); the actual time of an open, late clock.

    Raises:
        ArgumentError: an argument of the wrong type.
    """
    if complaint is None:
        raise ArgumentError(argument="complaint", rule=N_("is required"))
    check_arguments(complaint=complaint)
    require_aware(now, "now")
    given: object = reports
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        raise ArgumentError(
            argument="reports", rule=N_("must be an iterable"), given=type_name(reports)
        )
    reports = tuple(guarded(reports, "reports", N_("must be an iterable")))
    if not all(isinstance(r, ClockReport) for r in reports):
        raise ArgumentError(argument="reports", rule=N_("must hold ClockReports only"))
    found: list[Finding] = []
    units = complaint.units
    for last in reports:
        for report in (*last.earlier, last):
            if report.breached_at is None:
                continue
            actual: datetime | None
            if report.is_open:
                kind, actual, detail = FindingKind.OVERDUE_OPEN, now, "open"
            elif report.met_at is not None:
                kind, actual, detail = FindingKind.BREACH, report.met_at, "met late"
            else:
                kind, actual, detail = FindingKind.BREACH, report.cancelled_at, "ended late"
            if actual is not None and report.due_at is not None:
                actual = actual.astimezone(report.due_at.tzinfo)
            found.append(
                Finding(
                    kind=kind,
                    complaint_id=complaint.tracking_id,
                    rule=report.clock,
                    units=units,
                    expected_at=report.due_at,
                    actual_at=actual,
                    late_by=-report.remaining,
                    time_unit=report.unit,
                    basis=report.basis,
                    cycle=report.cycle,
                    detail=detail,
                )
            )
    found.sort(key=lambda f: (f.expected_at or now, f.rule, f.cycle or 0))
    return tuple(found)


def integrity_finding(complaint: Complaint, error: IntegrityError) -> Finding:
    """An integrity error as a finding (internal helper shared with the audit)."""
    return Finding(
        kind=FindingKind.INTEGRITY,
        complaint_id=complaint.tracking_id,
        rule="integrity",
        units=complaint.units,
        sequence=error.sequence,
        detail=error.reason,
    )


def check(
    complaint: Complaint,
    *,
    workflow: Workflow,
    policy: SlaPolicy,
    calendar: WorkingCalendar,
    now: datetime,
    verify: bool = True,
) -> tuple[Finding, ...]:
    """Check one complaint's history against the SOP and the SLA policy.

    Args:
        complaint: the complaint.
        workflow: the SOP it should follow.
        policy: the clock rules (validated against ``workflow`` here).
        calendar: the working calendar of the office handling it.
        now: the moment of the check (aware); open clocks past their deadline at ``now`` are
            ``overdue_open``.
        verify: also check the digest chain (leave on unless it was verified on loading).

    Returns:
        Integrity findings first, then SOP violations in event order, then clock findings by
        deadline. Empty when the history is intact, follows the SOP and met every deadline.

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ConfigurationError: the policy does not fit the workflow.
        OutOfRangeError: a date of the history is outside the calendar's years.

    Example:
        >>> from datetime import UTC, datetime
        >>> from pengaduan import Workflow
        >>> from pengaduan.calendar import WorkingCalendar
        >>> from pengaduan.sla import SlaPolicy
        >>> from pengaduan.testing import build_complaint
        >>> wf = Workflow.default()
        >>> cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)
        >>> c = build_complaint(datetime(2025, 3, 3, 2, tzinfo=UTC), ("verifikasi", 1))
        >>> check(c, workflow=wf, policy=SlaPolicy.lapor(wf), calendar=cal,
        ...       now=datetime(2025, 3, 4, tzinfo=UTC))
        ()
    """
    from pengaduan.sla import evaluate  # noqa: PLC0415 - keeps import light

    if type(verify) is not bool:
        raise ArgumentError(argument="verify", rule=N_("must be a bool"), given=type_name(verify))
    for argument, value in (
        ("complaint", complaint),
        ("workflow", workflow),
        ("policy", policy),
        ("calendar", calendar),
    ):
        if value is None:
            raise ArgumentError(argument=argument, rule=N_("is required"), given="None")
    check_arguments(complaint=complaint, policy=policy, calendar=calendar, workflow=workflow)
    now_utc = to_utc(now, "now")
    found: list[Finding] = []
    if verify:
        try:
            verify_history(complaint)
        except IntegrityError as error:
            found.append(integrity_finding(complaint, error))
    found.extend(sop_findings(complaint, workflow))
    bound = policy if policy.workflow == workflow.definition.name else policy.validate(workflow)
    reports = evaluate(complaint, policy=bound, calendar=calendar, now=now_utc)
    local_now = now_utc.astimezone(calendar.zone_info)
    found.extend(clock_findings(complaint, reports, local_now))
    return tuple(found)
