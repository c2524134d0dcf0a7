"""Indonesian working calendars: week schedule, office hours, holiday layers, time zone.

A [`WorkingCalendar`][pengaduan.calendar.WorkingCalendar] answers the questions an SLA clock asks:
is this a working day or a
working moment, when is the N-th working day after a receipt, how much business time lies between
two instants. It is a value (frozen, comparable, serialisable as TOML/dict) built from:

* an IANA zone: WIB ``Asia/Jakarta``, WITA ``Asia/Makassar`` (Kupang), WIT ``Asia/Jayapura``;
* a [`WeekSchedule`][pengaduan.calendar.WeekSchedule] of
  [`OfficeHours`][pengaduan.calendar.OfficeHours] per weekday (several windows a day), with
  date-ranged [`ScheduleOverride`][pengaduan.calendar.ScheduleOverride] s (Ramadan hours);
* [`HolidayLayer`][pengaduan.calendar.HolidayLayer] s: ``national`` and ``cuti_bersama`` from the
  yearly joint decree (read
  from the ``holidays`` package), regional layers, unit closures;
  [`HolidayRevision`][pengaduan.calendar.HolidayRevision] s when
  a decree is revised mid-year; [`ExtraWorkingDay`][pengaduan.calendar.ExtraWorkingDay] s (a
  Puskesmas open on cuti bersama);
* a closed range of years: anything outside raises
  [`OutOfRangeError`][pengaduan.errors.OutOfRangeError].

Sources:

* Perpres 21/2023 on working days and hours of government agencies and ASN: 37.5 hours a week,
  the default [`WeekSchedule.government()`][pengaduan.calendar.WeekSchedule.government];
* the yearly circular of the Minister of PAN-RB on ASN hours during Ramadan (32.5 hours a week),
  [`WeekSchedule.government_ramadan()`][pengaduan.calendar.WeekSchedule.government_ramadan];
* the yearly SKB 3 Menteri on national holidays and cuti bersama (via ``holidays``).

Semantics (see ``docs/calendar.md``): N working days from instant t count the working dates
strictly after t's local date; the deadline is the end of the N-th one, i.e. the instant the next
calendar day starts in the calendar's zone. Working hours are real elapsed time inside office-hour
windows. Every operation is O(log n): the calendar is resolved once into sorted arrays.
"""

from __future__ import annotations

from pengaduan.calendar._calendar import WorkingCalendar
from pengaduan.calendar._layers import (
    ExtraWorkingDay,
    Holiday,
    HolidayLayer,
    HolidayRevision,
    LayerKind,
)
from pengaduan.calendar._schedule import (
    WEEKDAYS,
    OfficeHours,
    ScheduleOverride,
    TimeWindow,
    WeekSchedule,
)
from pengaduan.calendar._units import TimeUnit

__all__ = [
    "WEEKDAYS",
    "ExtraWorkingDay",
    "Holiday",
    "HolidayLayer",
    "HolidayRevision",
    "LayerKind",
    "OfficeHours",
    "ScheduleOverride",
    "TimeUnit",
    "TimeWindow",
    "WeekSchedule",
    "WorkingCalendar",
]
