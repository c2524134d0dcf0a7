"""Deadlines in the words a message uses, with Babel's day and month names.

A day-unit deadline is the instant its last day ends; people are told the last day:
``Jumat, 11 Desember 2026`` (``Friday, 11 December 2026``). A working-hours deadline keeps its
time: ``Jumat, 11 Desember 2026 pukul 14.30 WITA``. Time left is counted in the clock's unit
from the moment of the message: ``3 hari kerja``, ``14 hari``, ``4 jam kerja``.
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from pengaduan._i18n import N_, babel_locale, translation
from pengaduan.calendar import TimeUnit
from pengaduan.calendar.humanize import last_day

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date, datetime

    from pengaduan.calendar import WorkingCalendar

__all__ = [
    "archive_reason_words",
    "deadline_words",
    "escalation_words",
    "more_units_words",
    "time_left_words",
    "units_words",
]

_DATE = "EEEE, d MMMM y"


@lru_cache(maxsize=4096)
def _date(day: date, language: str) -> str:
    """The day in words (cached: a job writes the same few dates over and over)."""
    from babel.dates import format_date  # noqa: PLC0415 - Babel loads only when text is written

    return format_date(day, _DATE, locale=language)


def deadline_words(
    deadline: datetime, calendar: WorkingCalendar, unit: TimeUnit, language: str
) -> str:
    """``Jumat, 11 Desember 2026``, or with the time for a working-hours deadline."""
    if unit is TimeUnit.WORKING_HOURS:
        from babel.dates import format_time  # noqa: PLC0415

        local = calendar.local_time(deadline)
        return (
            translation(language)
            .gettext("{date} at {time} {zone}")
            .format(
                date=_date(local.date(), language),
                time=format_time(local.time(), "short", locale=babel_locale(language)),
                zone=calendar.zone_label(local),
            )
        )
    return _date(last_day(deadline, calendar), language)


def time_left_words(
    now: datetime, deadline: datetime, calendar: WorkingCalendar, unit: TimeUnit, language: str
) -> str:
    """How long is left from ``now`` to ``deadline`` in the clock's unit (never negative)."""
    if unit is TimeUnit.WORKING_HOURS:
        left = max(calendar.working_time_between(now, deadline), timedelta(0))
        n = -(-left // timedelta(hours=1))
    else:
        today, day = calendar.local_date(now), last_day(deadline, calendar)
        if unit is TimeUnit.CALENDAR_DAYS:
            n = (day - today).days
        else:
            n = calendar.working_days_between(today, day)
    catalog = translation(language)
    if n <= 0:
        return catalog.gettext("today")
    if unit is TimeUnit.WORKING_HOURS:
        text = catalog.ngettext("{n} working hour", "{n} working hours", n)
    elif unit is TimeUnit.CALENDAR_DAYS:
        text = catalog.ngettext("{n} day", "{n} days", n)
    else:
        text = catalog.ngettext("{n} working day", "{n} working days", n)
    return text.format(n=n)


# Why a complaint was archived, as it reads after "karena" / "because": the archive reasons of
# the shipped SOP profiles (pengaduan.workflow.profiles.ARCHIVE_REASONS). A code a region's own
# SOP adds reads as the neutral fallback: a code is never shown to a citizen as it is.
_ARCHIVE_REASONS: dict[str, str] = {
    "bukan_kinerja_pemerintah": N_("it is not about a government service"),
    "duplikat": N_("it repeats a complaint that is already being handled"),
    "format_salah": N_("it is not in the required format"),
    "spam": N_("it holds no complaint"),
    "terlalu_umum": N_("it is too general to act on"),
    "tidak_jelas": N_("it is not clear enough to act on"),
}
_ARCHIVE_FALLBACK = N_("it does not meet the requirements to be handled")

# Whom an escalation's "to" names, in words (the shipped profiles' targets).
_ESCALATION_LEVELS: dict[str, str] = {
    "atasan": N_("the handling unit's superior"),
    "kepala_dinas": N_("the head of the agency"),
    "kepala_daerah": N_("the head of region"),
    "ombudsman": N_("the Ombudsman"),
}
_ESCALATION_FALLBACK = N_("a higher authority")


def archive_reason_words(code: object, language: str) -> str:
    """Why a complaint was archived, in ``language`` (a neutral phrase for unknown codes)."""
    msgid = _ARCHIVE_REASONS.get(code, _ARCHIVE_FALLBACK) if isinstance(code, str) else None
    return translation(language).gettext(msgid or _ARCHIVE_FALLBACK)


def escalation_words(level: object, language: str) -> str:
    """Whom an escalation went to, in ``language`` (a neutral phrase for unknown levels)."""
    msgid = _ESCALATION_LEVELS.get(level) if isinstance(level, str) else None
    return translation(language).gettext(msgid or _ESCALATION_FALLBACK)


def units_words(names: Sequence[str], language: str) -> str:
    """``Dinkes, Dishub dan PUPR`` / ``Dinkes, Dishub and PUPR``: a list of units with the
    language's "and" before the last (``-`` for none)."""
    if len(names) <= 1:
        return names[0] if names else "-"
    return (
        translation(language)
        .gettext("{first} and {last}")
        .format(first=", ".join(names[:-1]), last=names[-1])
    )


def more_units_words(first: str, others: int, language: str) -> str:
    """``Dinkes dan 2 unit lain``: a list of units shortened to its first and a count."""
    text = translation(language).ngettext(
        "{name} and {n} other unit", "{name} and {n} other units", others
    )
    return text.format(name=first, n=others)
