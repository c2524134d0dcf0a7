"""Clocks, states and legal bases in words, for people (private; the public names live in
``pengaduan.sla``)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from pengaduan._core.time import require_aware
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
    from collections.abc import Mapping
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar

__all__ = ["confidence_label", "describe", "describe_basis", "state_label"]


# -- words ------------------------------------------------------------------------------------

_STATE_LABELS = {
    "id": {
        ClockState.RUNNING: "berjalan",
        ClockState.PAUSED: "dijeda",
        ClockState.MET: "terpenuhi",
        ClockState.BREACHED: "terlambat",
        ClockState.CANCELLED: "dibatalkan",
        ClockState.EXPIRED: "waktu habis",
    },
    "en": {
        ClockState.RUNNING: "running",
        ClockState.PAUSED: "paused",
        ClockState.MET: "met",
        ClockState.BREACHED: "breached",
        ClockState.CANCELLED: "cancelled",
        ClockState.EXPIRED: "expired",
    },
}
_TEXT: dict[str, dict[str, Any]] = {
    "id": {
        "running": "{deadline}, {left}",
        "breached": "{left} ({deadline})",
        "paused": "dijeda sejak {since}, sisa {left}",
        "met": "terpenuhi pada {at} ({deadline})",
        "met_late": "selesai terlambat pada {at} ({deadline})",
        "cancelled": "dibatalkan pada {at}",
        "cancelled_late": "terlambat ({deadline}), dibatalkan pada {at}",
        "expired": "waktu habis ({deadline}); sistem dapat menjalankan {action}",
        "days": "{n} hari kerja",
        "calendar_days": "{n} hari",
        "hours": "{h} jam {m} menit kerja",
        "confidence": {
            "official": "resmi",
            "local": "SOP lokal",
            "secondary": "sumber sekunder",
            "assumed": "ditetapkan aplikasi",
        },
    },
    "en": {
        "running": "{deadline}, {left}",
        "breached": "{left} ({deadline})",
        "paused": "paused since {since}, {left} left",
        "met": "met on {at} ({deadline})",
        "met_late": "done late on {at} ({deadline})",
        "cancelled": "cancelled on {at}",
        "cancelled_late": "breached ({deadline}), cancelled on {at}",
        "expired": "expired ({deadline}); the system may take {action}",
        "days": "{n} working day(s)",
        "calendar_days": "{n} day(s)",
        "hours": "{h} h {m} min of working time",
        "confidence": {
            "official": "official",
            "local": "local SOP",
            "secondary": "secondary source",
            "assumed": "set by the app",
        },
    },
}


def _language(language: str) -> dict[str, Any]:
    text = _TEXT.get(language) if type(language) is str else None
    if text is None:
        raise ArgumentError(
            argument="language", rule="must be 'id' or 'en'", given=type_name(language)
        )
    return text


def _amount(quantity: timedelta, unit: TimeUnit, text: Mapping[str, Any]) -> str:
    if unit is TimeUnit.WORKING_HOURS:
        minutes = max(0, -(-quantity // timedelta(minutes=1)))
        return str(text["hours"]).format(h=minutes // 60, m=minutes % 60)
    key = "days" if unit is TimeUnit.WORKING_DAYS else "calendar_days"
    return str(text[key]).format(n=max(0, quantity.days))


def describe(
    report: ClockReport, calendar: WorkingCalendar, *, now: datetime, language: str = "id"
) -> str:
    """One line about a clock, for people, built on :mod:`pengaduan.calendar.humanize`.

    ``"Verifikasi dan disposisi oleh admin: paling lambat Kamis, 6 Maret 2025 (WITA), 2 hari
    kerja lagi"``. A day-unit deadline is shown as its last day, not as 00.00 of the next.

    Raises:
        NaiveDatetimeError: ``now`` is naive.
        ArgumentError: unknown language, or ``report``/``calendar`` of the wrong type.
    """
    text = _language(language)
    check_arguments(calendar=calendar)
    require_aware(now, "now")
    if not isinstance(report, ClockReport):
        raise ArgumentError(
            argument="report", rule="must be a ClockReport", given=type_name(report)
        )
    unit = report.unit

    def when(instant: datetime | None) -> str:
        assert instant is not None  # noqa: S101 - each state below has its instant
        return format_instant(instant, calendar, language=language)

    due = report.due_at
    deadline = "" if due is None else format_deadline(due, calendar, unit=unit, language=language)
    state = report.state
    if state is ClockState.PAUSED:
        left = _amount(report.remaining, unit, text)
        key, parts = "paused", {"since": when(report.paused_since), "left": left}
    elif report.met_at is not None:
        key = "met_late" if state is ClockState.BREACHED else "met"
        parts = {"at": when(report.met_at), "deadline": deadline}
    elif report.cancelled_at is not None:
        key = "cancelled_late" if state is ClockState.BREACHED else "cancelled"
        parts = {"at": when(report.cancelled_at), "deadline": deadline}
    elif state is ClockState.EXPIRED:
        key, parts = "expired", {"deadline": deadline, "action": str(report.rule.auto_action)}
    else:
        assert due is not None  # noqa: S101 - running or breached and open: the deadline is known
        left = format_remaining(now, due, calendar, unit=unit, language=language)
        key = "breached" if state is ClockState.BREACHED else "running"
        parts = {"deadline": deadline, "left": left}
    return f"{report.rule.label(language)}: {str(text[key]).format(**parts)}"


def state_label(state: ClockState, *, language: str = "id") -> str:
    """The state in words: ``"berjalan"``, ``"terlambat"`` / ``"running"``, ``"breached"``.

    Raises:
        ArgumentError: an unknown state or language.
    """
    _language(language)
    if not isinstance(state, str) or state not in ClockState._value2member_map_:
        raise ArgumentError(argument="state", rule="must be a ClockState", given=type_name(state))
    return _STATE_LABELS[language][ClockState(state)]


def describe_basis(basis: LegalBasis, *, language: str = "id") -> str:
    """The legal basis with its confidence: ``"UU 25/2009 ... (sumber sekunder)"``.

    Raises:
        ArgumentError: ``basis`` is not a LegalBasis, or an unknown language.
    """
    if not isinstance(basis, LegalBasis):
        raise ArgumentError(argument="basis", rule="must be a LegalBasis", given=type_name(basis))
    return f"{basis.citation} ({confidence_label(basis.confidence, language=language)})"


def confidence_label(confidence: Confidence | str, *, language: str = "id") -> str:
    """How sure the library is of a legal basis, in words: ``"resmi"``, ``"secondary source"``.

    Raises:
        ArgumentError: an unknown confidence or language.
    """
    labels: Mapping[str, str] = _language(language)["confidence"]
    if not isinstance(confidence, str) or confidence not in Confidence._value2member_map_:
        raise ArgumentError(
            argument="confidence", rule="must be a Confidence", given=type_name(confidence)
        )
    return labels[Confidence(confidence).value]
