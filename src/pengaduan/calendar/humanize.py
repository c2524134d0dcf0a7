"""Deadlines in words, in Indonesian and English.

A day-unit deadline is the instant its last day ends (Friday 00:00 for "by the end of Thursday");
people read it as that last day, so it is shown as the last day: ``paling lambat Kamis, 6 Maret
2025 (WITA)``. An hour-unit deadline is shown with its time: ``paling lambat Kamis, 6 Maret 2025
pukul 14.30 WITA``. Remaining time is counted in the deadline's own unit: ``2 hari kerja lagi``.

The words come from the gettext catalogs; day and month names, times and numbers from Babel
(the Unicode CLDR data), for the language given or the current one
([`pengaduan.language`][pengaduan.language]).
pendulum and the calendar do the time arithmetic; Babel only writes the result.

Example:
    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from pengaduan.calendar import WorkingCalendar
    >>> cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)
    >>> received = datetime(2025, 3, 3, 10, 0, tzinfo=ZoneInfo("Asia/Makassar"))
    >>> due = cal.add_working_days(received, 3)
    >>> format_deadline(due, cal)
    'paling lambat Kamis, 6 Maret 2025 (WITA)'
    >>> format_remaining(received, due, cal)
    '3 hari kerja lagi'
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from pengaduan._core.time import require_aware
from pengaduan._i18n import (
    LANGUAGES,
    N_,
    Phrase,
    format_date,
    format_number,
    format_time,
    ngettext,
    using,
)
from pengaduan._i18n import gettext as _
from pengaduan.calendar import TimeUnit
from pengaduan.errors import ArgumentError, CalendarArgumentError, type_name

if TYPE_CHECKING:
    from datetime import date

    from pengaduan.calendar import WorkingCalendar

__all__ = ["LANGUAGES", "format_deadline", "format_instant", "format_remaining", "last_day"]


def _language(language: object) -> str | None:
    """``language`` if it is ``None`` (the current language) or a supported code, else raise."""
    if language is None or (type(language) is str and language in LANGUAGES):
        return language
    raise CalendarArgumentError(
        argument="language",
        rule=Phrase(N_("must be one of {values}"), values=", ".join(LANGUAGES)),
        given=_described(language),
    )


def _unit(unit: TimeUnit | str) -> TimeUnit:
    if isinstance(unit, TimeUnit):
        return unit
    if type(unit) is str and unit in _UNITS:
        return TimeUnit(unit)
    raise CalendarArgumentError(
        argument="unit",
        rule=Phrase(N_("must be one of {values}"), values=", ".join(u.value for u in TimeUnit)),
        given=_described(unit),
    )


_UNITS = frozenset(u.value for u in TimeUnit)


def _described(value: object) -> str:
    """A value described without its content (it may be text typed by someone)."""
    if isinstance(value, str):
        return Phrase(N_("a str of {n} characters"), n=len(value))
    return type_name(value)


def _calendar(calendar: object) -> WorkingCalendar:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - a cheap, cached import

    if not isinstance(calendar, WorkingCalendar):
        raise ArgumentError(
            argument="calendar", rule=N_("must be a WorkingCalendar"), given=type_name(calendar)
        )
    return calendar


def last_day(deadline: datetime, calendar: WorkingCalendar) -> date:
    """The day a day-unit deadline is the end of (the local date just before the deadline).

    Raises:
        NaiveDatetimeError: ``deadline`` is naive.
        ArgumentError: ``deadline`` is not a datetime or ``calendar`` not a calendar.
        OutOfRangeError: the local date is not representable.
    """
    checked = _calendar(calendar)
    return checked.local_date(_just_before(require_aware(deadline, "deadline")))


def _just_before(aware: datetime) -> datetime:
    """One microsecond earlier (the earliest representable instant stays itself)."""
    if aware.replace(tzinfo=None) == _EARLIEST:
        return aware
    return aware - _TICK


_TICK = timedelta(microseconds=1)
_EARLIEST = datetime.min  # noqa: DTZ901 - compared with a naive copy


def format_deadline(
    deadline: datetime,
    calendar: WorkingCalendar,
    *,
    unit: TimeUnit | str = TimeUnit.WORKING_DAYS,
    language: str | None = None,
) -> str:
    """The deadline as people say it.

    Args:
        deadline: an instant from ``calendar.add_working_days`` / ``add_calendar_days`` (day
            units) or ``add_working_time`` (working hours).
        calendar: the calendar it was computed with (for its zone).
        unit: the deadline's unit; day units show the last day, not 00.00 of the next.
        language: ``"id"`` or ``"en"``; ``None`` (the default) for the current language
            ([`pengaduan.language`][pengaduan.language]).

    Returns:
        ``"paling lambat Kamis, 6 Maret 2025 (WITA)"`` / ``"by Thursday, 6 March 2025 (WITA)"``,
        or with the time for working hours: ``"paling lambat Kamis, 6 Maret 2025 pukul 14.30
        WITA"``.

    Raises:
        NaiveDatetimeError: ``deadline`` is naive.
        ArgumentError: ``deadline`` is not a datetime or ``calendar`` not a calendar.
        CalendarArgumentError: unknown unit or language.
        OutOfRangeError: the deadline's local date is not representable.
    """
    with using(_language(language)):
        kind = _unit(unit)
        aware = _calendar(calendar).local_time(require_aware(deadline, "deadline"))
        if kind is TimeUnit.WORKING_HOURS:
            return _("by {date} at {time} {zone}").format(
                date=format_date(aware.date(), weekday=True),
                time=format_time(aware),
                zone=calendar.zone_label(aware),
            )
        day = last_day(aware, calendar)
        return _("by {date} ({zone})").format(
            date=format_date(day, weekday=True), zone=calendar.zone_label(_just_before(aware))
        )


def format_instant(
    instant: datetime, calendar: WorkingCalendar, *, language: str | None = None
) -> str:
    """An instant in the calendar's zone: ``"Jumat, 24 Januari 2025 pukul 15.45 WITA"``.

    Raises:
        NaiveDatetimeError: ``instant`` is naive.
        ArgumentError: ``instant`` is not a datetime or ``calendar`` not a calendar.
        CalendarArgumentError: unknown language.
        OutOfRangeError: the instant's local date is not representable.
    """
    with using(_language(language)):
        aware = _calendar(calendar).local_time(require_aware(instant, "instant"))
        return _("{date}, {time} {zone}").format(
            date=format_date(aware.date(), weekday=True),
            time=format_time(aware),
            zone=calendar.zone_label(aware),
        )


def _span(amount: timedelta, *, round_up: bool) -> str:
    minutes, rest = divmod(amount, timedelta(minutes=1))
    if round_up and rest:
        minutes += 1
    hours, minutes = divmod(minutes, 60)
    parts = (
        [ngettext("{n} hour", "{n} hours", hours).format(n=format_number(hours))] if hours else []
    )
    if minutes or not hours:
        parts.append(
            ngettext("{n} minute", "{n} minutes", minutes).format(n=format_number(minutes))
        )
    return " ".join(parts)


def format_remaining(  # noqa: PLR0911 - one return per case, each a sentence
    now: datetime,
    deadline: datetime,
    calendar: WorkingCalendar,
    *,
    unit: TimeUnit | str = TimeUnit.WORKING_DAYS,
    language: str | None = None,
) -> str:
    """How much time is left before ``deadline``, or how late it is, in the deadline's unit.

    Working days left are the working dates after today up to the deadline's last day
    (``"2 hari kerja lagi"``); on the last day itself: ``"tenggat hari ini"``. Late by the
    working dates after the last day up to today, today included as soon as it has begun
    (``"terlambat 1 hari kerja"``). Working hours
    are rounded up to the minute while running, down once late.

    Args:
        now: the moment of reading (aware).
        deadline: the deadline (aware).
        calendar: the calendar the deadline was computed with.
        unit: the deadline's unit.
        language: ``"id"`` or ``"en"``; ``None`` (the default) for the current language.

    Raises:
        NaiveDatetimeError: a naive datetime was given.
        ArgumentError: a time is not a datetime or ``calendar`` not a calendar.
        CalendarArgumentError: unknown unit or language.
        OutOfRangeError: a date outside the calendar's years (working units).
    """
    with using(_language(language)):
        kind = _unit(unit)
        now = require_aware(now, "now")
        deadline = require_aware(deadline, "deadline")
        _calendar(calendar)
        if kind is TimeUnit.WORKING_HOURS:
            return _remaining_time(now, deadline, calendar)
        day, today = last_day(deadline, calendar), calendar.local_date(now)
        if kind is TimeUnit.CALENDAR_DAYS:
            left_days = (day - today).days
            if left_days == 0:
                return _("due today")
            if left_days > 0:
                return _days(ngettext("{n} day left", "{n} days left", left_days), left_days)
            late = -left_days
            return _days(ngettext("{n} day overdue", "{n} days overdue", late), late)
        if now < deadline:
            left_days = calendar.working_days_between(today, day)
            if not left_days:
                return _("due today")
            text = ngettext("{n} working day left", "{n} working days left", left_days)
            return _days(text, left_days)
        late_days = calendar.working_days_between(day, today)
        if not late_days:
            return _("past the deadline")
        text = ngettext("{n} working day overdue", "{n} working days overdue", late_days)
        return _days(text, late_days)


def _days(text: str, n: int) -> str:
    return text.format(n=format_number(n))


def _remaining_time(now: datetime, deadline: datetime, calendar: WorkingCalendar) -> str:
    if now < deadline:
        left = calendar.working_time_between(now, deadline)
        return _("{span} of working time left").format(span=_span(left, round_up=True))
    late = calendar.working_time_between(deadline, now)
    if late < timedelta(minutes=1):
        return _("past the deadline")
    return _("{span} of working time overdue").format(span=_span(late, round_up=False))
