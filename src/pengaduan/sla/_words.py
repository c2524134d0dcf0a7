"""Clocks, states and legal bases in words, for people (private; the public names live in
``pengaduan.sla``)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from pengaduan._core.time import require_aware
from pengaduan._i18n import N_, current, ngettext, using
from pengaduan._i18n import gettext as _
from pengaduan.calendar import TimeUnit
from pengaduan.calendar.humanize import format_deadline, format_instant, format_remaining
from pengaduan.errors import ArgumentError, type_name
from pengaduan.sla._model import (
    ClockReport,
    ClockState,
    Confidence,
    LegalBasis,
)
from pengaduan.sla._policy import check_arguments

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar

__all__ = ["confidence_label", "describe", "describe_basis", "state_label"]


def _describe(report: ClockReport, calendar: WorkingCalendar, *, now: datetime) -> str:
    check_arguments(calendar=calendar)
    require_aware(now, "now")
    if not isinstance(report, ClockReport):
        raise ArgumentError(
            argument="report", rule=N_("must be a ClockReport"), given=type_name(report)
        )
    unit = report.unit

    def when(instant: datetime | None) -> str:
        assert instant is not None  # noqa: S101 - each state below has its instant
        return format_instant(instant, calendar)

    due = report.due_at
    deadline = "" if due is None else format_deadline(due, calendar, unit=unit)
    state = report.state
    if state is ClockState.PAUSED:
        left = _amount(report.remaining, unit)
        text = _("paused since {since}, {left} left").format(
            since=when(report.paused_since), left=left
        )
    elif report.met_at is not None:
        late = state is ClockState.BREACHED
        text = _("done late on {at}, due {deadline}") if late else _("met on {at}, due {deadline}")
        text = text.format(at=when(report.met_at), deadline=deadline)
    elif report.cancelled_at is not None:
        late = state is ClockState.BREACHED
        text = (
            _("breached, due {deadline}; cancelled on {at}") if late else _("cancelled on {at}")
        ).format(at=when(report.cancelled_at), deadline=deadline)
    elif state is ClockState.EXPIRED:
        text = _("expired, due {deadline}; the system may take {action}").format(
            deadline=deadline, action=str(report.rule.auto_action)
        )
    else:
        assert due is not None  # noqa: S101 - running or breached and open: the deadline is known
        left = format_remaining(now, due, calendar, unit=unit)
        # No parentheses around a deadline: it ends in its own "(WITA)".
        pattern = (
            _("{left}, due {deadline}") if state is ClockState.BREACHED else "{deadline}, {left}"
        )
        text = pattern.format(deadline=deadline, left=left)
    return f"{report.rule.label(current())}: {text}"


_CONFIDENCE_LABELS = {
    "official": N_("official"),
    "local": N_("local SOP"),
    "secondary": N_("secondary source"),
    "assumed": N_("set by the app"),
}


# -- words ------------------------------------------------------------------------------------

_STATE_LABELS = {
    ClockState.RUNNING: N_("running"),
    ClockState.PAUSED: N_("paused"),
    ClockState.MET: N_("met"),
    ClockState.BREACHED: N_("breached"),
    ClockState.CANCELLED: N_("cancelled"),
    ClockState.EXPIRED: N_("expired"),
}


def _language(language: object) -> str | None:
    if language is None or (type(language) is str and language in ("id", "en")):
        return language
    raise ArgumentError(
        argument="language", rule=N_("must be 'id' or 'en'"), given=type_name(language)
    )


def _amount(quantity: timedelta, unit: TimeUnit) -> str:
    if unit is TimeUnit.WORKING_HOURS:
        minutes = max(0, -(-quantity // timedelta(minutes=1)))
        return _("{h} h {m} min of working time").format(h=minutes // 60, m=minutes % 60)
    days = max(0, quantity.days)
    if unit is TimeUnit.WORKING_DAYS:
        return ngettext("{n} working day", "{n} working days", days).format(n=days)
    return ngettext("{n} day", "{n} days", days).format(n=days)


def describe(
    report: ClockReport, calendar: WorkingCalendar, *, now: datetime, language: str | None = None
) -> str:
    """One line about a clock, for people, built on
    [`pengaduan.calendar.humanize`][pengaduan.calendar.humanize].

    ``"Verifikasi dan disposisi oleh admin: paling lambat Kamis, 6 Maret 2025 (WITA), 2 hari
    kerja lagi"``. A day-unit deadline is shown as its last day, not as 00.00 of the next.

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ArgumentError: unknown language, or ``report``/``calendar`` of the wrong type.
    """
    with using(_language(language)):
        return _describe(report, calendar, now=now)


def state_label(state: ClockState, *, language: str | None = None) -> str:
    """The state in words: ``"berjalan"``, ``"terlambat"`` / ``"running"``, ``"breached"``.

    Raises:
        ArgumentError: an unknown state or language.
    """
    chosen = _language(language)
    if not isinstance(state, str) or state not in ClockState._value2member_map_:
        raise ArgumentError(
            argument="state", rule=N_("must be a ClockState"), given=type_name(state)
        )
    with using(chosen):
        return _(_STATE_LABELS[ClockState(state)])


def describe_basis(basis: LegalBasis, *, language: str | None = None) -> str:
    """The legal basis with its confidence: ``"UU 25/2009 ... (sumber sekunder)"``.

    Raises:
        ArgumentError: ``basis`` is not a LegalBasis, or an unknown language.
    """
    if not isinstance(basis, LegalBasis):
        raise ArgumentError(
            argument="basis", rule=N_("must be a LegalBasis"), given=type_name(basis)
        )
    return f"{basis.citation} ({confidence_label(basis.confidence, language=language)})"


def confidence_label(confidence: Confidence | str, *, language: str | None = None) -> str:
    """How sure the library is of a legal basis, in words: ``"resmi"``, ``"secondary source"``.

    Raises:
        ArgumentError: an unknown confidence or language.
    """
    chosen = _language(language)
    if not isinstance(confidence, str) or confidence not in Confidence._value2member_map_:
        raise ArgumentError(
            argument="confidence", rule=N_("must be a Confidence"), given=type_name(confidence)
        )
    with using(chosen):
        return _(_CONFIDENCE_LABELS[Confidence(confidence).value])
