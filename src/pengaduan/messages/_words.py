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

from pengaduan._i18n import babel_locale, translation
from pengaduan.calendar import TimeUnit
from pengaduan.calendar.humanize import last_day

if TYPE_CHECKING:
    from datetime import date, datetime

    from pengaduan.calendar import WorkingCalendar

__all__ = ["deadline_words", "time_left_words"]

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
