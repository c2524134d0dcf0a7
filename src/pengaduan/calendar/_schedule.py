"""Office hours and week schedules (private; the public names live in ``pengaduan.calendar``).

Sources: Perpres 21/2023 on working days and hours of government agencies and ASN (37.5 hours a
week, the default [`WeekSchedule.government()`][pengaduan.calendar.WeekSchedule.government]); the
yearly circular of the Minister of PAN-RB
on ASN hours during Ramadan (32.5 hours a week,
[`WeekSchedule.government_ramadan()`][pengaduan.calendar.WeekSchedule.government_ramadan]).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import instance_of, items_of, wrong
from pengaduan._core.text import exact, exact_str
from pengaduan._core.toml import key_text, shown
from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ArgumentError, ConfigurationError, type_name

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "WEEKDAYS",
    "OfficeHours",
    "ScheduleOverride",
    "TimeWindow",
    "WeekSchedule",
    "parse_hours",
    "parse_week",
]

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""Weekday keys used by [`WeekSchedule`][pengaduan.calendar.WeekSchedule] fields, TOML files and
dicts (Monday first)."""


def _hhmm(value: time) -> str:
    # From the fields, never isoformat(): that asks the time's zone, which may raise.
    clock = f"{value.hour:02d}:{value.minute:02d}"
    return f"{clock}:{value.second:02d}" if value.second else clock


_TIME = instance_of(time, N_("must be a datetime.time"))


@attrs.frozen(kw_only=True, repr=False)
class TimeWindow:
    """One office-hour window in local wall-clock time, ``start`` inclusive, ``end`` exclusive.

    Attributes:
        start: when the window opens (a naive ``time``).
        end: when it closes; must be later than ``start`` on the same day.

    Raises:
        ArgumentError: ``start`` or ``end`` is not a ``datetime.time`` (a text such as
            ``"08:00"`` is read by [`parse()`][pengaduan.calendar.TimeWindow.parse]).
    """

    start: time = attrs.field(validator=_TIME)
    end: time = attrs.field(validator=_TIME)

    @classmethod
    def parse(cls, text: str) -> TimeWindow:
        """Parse ``"07:30-12:00"`` (``HH:MM`` or ``HH.MM``, a dash between).

        Raises:
            ConfigurationError: the text is not a window, or the window is inverted.
        """
        window, problem = _parse_window(text)
        if window is None or problem:
            raise ConfigurationError(N_("office-hour window"), [problem])
        return window

    def problem(self) -> str:
        """Why this window is invalid, or ``""``."""
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            return Phrase(
                N_("window {window} must use wall-clock times without a zone"), window=str(self)
            )
        if self.end <= self.start:
            return Phrase(
                N_("window {window} is inverted or empty (it must end after it starts)"),
                window=str(self),
            )
        return ""

    def __str__(self) -> str:
        return f"{_hhmm(self.start)}-{_hhmm(self.end)}"

    def __repr__(self) -> str:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            return f"<TimeWindow {self}, with a zone>"
        return f"TimeWindow.parse({str(self)!r})"


def _parse_clock(text: str) -> time | None:
    try:
        parsed = time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError:
        return None
    return None if parsed.tzinfo is not None else parsed


def _parse_window(text: object) -> tuple[TimeWindow | None, str]:
    """Parse a window; return it (or None) and a problem text (empty when fine)."""
    text = exact(text)  # an app's str subclass: its methods never run
    shape = Phrase(N_("{text} is not a window like '07:30-12:00'"), text=shown(text))
    if not isinstance(text, str) or text.count("-") != 1:
        return None, shape
    left, right = text.split("-")
    start, end = _parse_clock(left), _parse_clock(right)
    if start is None or end is None:
        return None, shape
    window = TimeWindow(start=start, end=end)
    return window, window.problem()


_WINDOWS = N_("must be an iterable of TimeWindow")


def _windows(value: object) -> tuple[TimeWindow, ...]:
    """The windows as a tuple; anything but an iterable of TimeWindow is refused, the iterable
    read under guard."""
    if type(value) is tuple and all(type(w) is TimeWindow for w in value):
        return value
    found = tuple(items_of(value, "windows", _WINDOWS))
    for window in found:
        if not isinstance(window, TimeWindow):
            raise wrong("windows", _WINDOWS, window)
    return found


@attrs.frozen(kw_only=True, repr=False)
class OfficeHours:
    """The office-hour windows of one day, in order; no windows means closed.

    Attributes:
        windows: the windows, sorted and not overlapping (a lunch break is the gap between two);
            any iterable of TimeWindow is kept as a tuple.

    Raises:
        ArgumentError: ``windows`` is not an iterable of TimeWindow (or fails while read).
    """

    windows: tuple[TimeWindow, ...] = attrs.field(default=(), converter=_windows)

    @classmethod
    def parse(cls, *texts: str) -> OfficeHours:
        """Build from window texts: ``OfficeHours.parse("07:30-12:00", "13:00-16:00")``.

        Raises:
            ConfigurationError: every malformed, inverted or overlapping window, together.
        """
        hours, problems = parse_hours(list(texts), Phrase(N_("office hours")))
        if problems:
            raise ConfigurationError(N_("office hours"), problems)
        return hours

    @property
    def is_open(self) -> bool:
        """Whether the day has any office hours."""
        return bool(self.windows)

    @property
    def duration(self) -> timedelta:
        """Total wall-clock length of the windows."""
        return sum(
            (
                datetime.combine(date.min, w.end) - datetime.combine(date.min, w.start)
                for w in self.windows
            ),
            timedelta(),
        )

    def problems(self, where: str) -> list[str]:
        """Every rule these hours break (inverted or overlapping windows), each naming ``where``.

        Raises:
            ArgumentError: ``where`` is not a str.
        """
        _require_where(where)
        found: list[str] = [
            Phrase(N_("{where}[{i}]: {problem}"), where=where, i=i, problem=as_phrase(p))
            for i, w in enumerate(self.windows)
            if (p := w.problem())
        ]
        for i in range(1, len(self.windows)):
            previous, current = self.windows[i - 1], self.windows[i]
            if current.start < previous.end:
                found.append(
                    Phrase(
                        N_(
                            "{where}[{i}]: window {current} overlaps or precedes window "
                            "{previous} (windows must be sorted and must not overlap)"
                        ),
                        where=where,
                        i=i,
                        current=current,
                        previous=previous,
                    )
                )
        return found

    def __str__(self) -> str:
        return ", ".join(str(w) for w in self.windows) or "closed"

    def __repr__(self) -> str:
        return f"OfficeHours.parse({', '.join(repr(str(w)) for w in self.windows)})"


def parse_hours(value: object, where: str) -> tuple[OfficeHours, list[str]]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return OfficeHours(), [
            Phrase(N_("{where}: expected a list of windows like '07:30-12:00'"), where=where)
        ]
    windows: list[TimeWindow] = []
    problems: list[str] = []
    for i, text in enumerate(value):
        window, problem = _parse_window(text)
        if window is None:
            problems.append(
                Phrase(N_("{where}[{i}]: {problem}"), where=where, i=i, problem=as_phrase(problem))
            )
        else:
            windows.append(window)
    hours = OfficeHours(windows=tuple(windows))
    return hours, problems + hours.problems(where)


_GOVERNMENT_DAY = ("07:30-12:00", "13:00-16:00")
_GOVERNMENT_FRIDAY = ("07:30-11:30", "13:00-16:30")
_RAMADAN_DAY = ("08:00-12:00", "12:30-15:00")
_RAMADAN_FRIDAY = ("08:00-11:30", "12:30-15:30")


_OFFICE_HOURS = instance_of(OfficeHours, N_("must be OfficeHours"))


@attrs.frozen(kw_only=True)
class WeekSchedule:
    """Office hours for each weekday; a weekday without windows is not a working day.

    Attributes:
        mon: Monday's hours. The other fields likewise, through ``sun``.

    Raises:
        ArgumentError: a weekday's hours are not OfficeHours.
    """

    mon: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)
    tue: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)
    wed: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)
    thu: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)
    fri: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)
    sat: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)
    sun: OfficeHours = attrs.field(default=OfficeHours(), validator=_OFFICE_HOURS)

    @classmethod
    def government(cls) -> WeekSchedule:
        """Monday-Friday, 37.5 hours a week (Perpres 21/2023), a shorter Friday morning.

        Mon-Thu 07:30-12:00 and 13:00-16:00; Fri 07:30-11:30 and 13:00-16:30 (Friday prayer).
        Regions set their own hours: treat this as a starting point.
        """
        day, friday = OfficeHours.parse(*_GOVERNMENT_DAY), OfficeHours.parse(*_GOVERNMENT_FRIDAY)
        return cls(mon=day, tue=day, wed=day, thu=day, fri=friday)

    @classmethod
    def government_ramadan(cls) -> WeekSchedule:
        """Ramadan hours, 32.5 hours a week (yearly circular of the Minister of PAN-RB).

        Mon-Thu 08:00-12:00 and 12:30-15:00; Fri 08:00-11:30 and 12:30-15:30.
        """
        day, friday = OfficeHours.parse(*_RAMADAN_DAY), OfficeHours.parse(*_RAMADAN_FRIDAY)
        return cls(mon=day, tue=day, wed=day, thu=day, fri=friday)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> WeekSchedule:
        """Build from ``{"mon": ["07:30-12:00", "13:00-16:00"], ...}``; missing days are closed.

        Raises:
            ConfigurationError: unknown weekday keys and bad windows, all together.
        """
        schedule, problems = parse_week(data, "week")
        if problems:
            raise ConfigurationError(N_("week schedule"), problems)
        return schedule

    def hours_on(self, weekday: int) -> OfficeHours:
        """The hours of a weekday, ``0`` = Monday as in ``date.weekday()``.

        Raises:
            ArgumentError: ``weekday`` is not an int from 0 to 6.
        """
        if type(weekday) is not int or not 0 <= weekday < len(WEEKDAYS):
            raise ArgumentError(
                argument="weekday", rule=N_("must be an int from 0 to 6"), given=type_name(weekday)
            )
        hours: OfficeHours = getattr(self, WEEKDAYS[weekday])
        return hours

    def with_day(self, weekday: str, hours: OfficeHours) -> WeekSchedule:
        """A copy with one weekday's hours replaced, e.g. a Puskesmas Saturday morning.

        Raises:
            ConfigurationError: an unknown weekday key, or ``hours`` that are not OfficeHours.
        """
        problems = []
        if type(weekday) is not str or weekday not in WEEKDAYS:
            problems.append(Phrase(N_("unknown weekday {weekday}"), weekday=shown(weekday)))
        given: object = hours
        if not isinstance(given, OfficeHours):
            problems.append(
                Phrase(N_("hours must be OfficeHours, not {type}"), type=type_name(hours))
            )
        if problems:
            raise ConfigurationError(N_("week schedule"), problems)
        return attrs.evolve(self, **{weekday: hours})

    @property
    def working_weekdays(self) -> tuple[str, ...]:
        """The keys of the weekdays that have office hours."""
        return tuple(day for day in WEEKDAYS if getattr(self, day).is_open)

    def problems(self, where: str) -> list[str]:
        """Every rule the schedule breaks, each naming the weekday and window.

        Raises:
            ArgumentError: ``where`` is not a str.
        """
        _require_where(where)
        where = exact(where)
        found = [p for day in WEEKDAYS for p in getattr(self, day).problems(f"{where}.{day}")]
        if not self.working_weekdays:
            found.append(Phrase(N_("{where}: no weekday has office hours"), where=where))
        return found

    def to_dict(self) -> dict[str, list[str]]:
        """The inverse of [`from_dict()`][pengaduan.calendar.WeekSchedule.from_dict] (closed days
        omitted)."""
        return {
            day: [str(w) for w in getattr(self, day).windows]
            for day in WEEKDAYS
            if getattr(self, day).is_open
        }


def parse_week(data: object, where: str) -> tuple[WeekSchedule, list[str]]:
    if not isinstance(data, dict):
        return WeekSchedule(), [
            Phrase(
                N_("{where}: expected a table of weekdays ({values})"),
                where=where,
                values=", ".join(WEEKDAYS),
            )
        ]
    problems: list[str] = [
        Phrase(
            N_("{where}.{key}: unknown weekday (use {values})"),
            where=where,
            key=key_text(key),
            values=", ".join(WEEKDAYS),
        )
        for key in data
        if key not in WEEKDAYS
    ]
    days: dict[str, OfficeHours] = {}
    for day in WEEKDAYS:
        if day in data:
            days[day], found = parse_hours(data[day], f"{where}.{day}")
            problems += found
    schedule = WeekSchedule(**days)
    if not schedule.working_weekdays and not problems:
        problems.append(Phrase(N_("{where}: no weekday has office hours"), where=where))
    return schedule, problems


def _override_name(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise wrong(attribute.name, N_("must be a non-empty str"), value)


def _override_date(_instance: object, attribute: attrs.Attribute[date], value: object) -> None:
    # A datetime is a date to isinstance(), but not a day: its time would be dropped unseen.
    if isinstance(value, datetime):
        raise ArgumentError(
            argument=attribute.name, rule=N_("must be a date here"), given=N_("a datetime")
        )
    if not isinstance(value, date):
        raise wrong(attribute.name, N_("must be a date"), value)


def _override_end(
    instance: ScheduleOverride, attribute: attrs.Attribute[date], value: date
) -> None:
    _override_date(instance, attribute, value)
    if value < instance.start:
        raise ArgumentError(
            argument=attribute.name,
            rule=N_("must be on or after start"),
            given=Phrase(
                N_("{end}, before {start}"), end=value.isoformat(), start=instance.start.isoformat()
            ),
        )


_WEEK = instance_of(WeekSchedule, N_("must be a WeekSchedule"))


@attrs.frozen(kw_only=True)
class ScheduleOverride:
    """A week schedule that replaces the regular one for a date range (both ends included).

    Attributes:
        name: what it is, e.g. ``"Ramadan 1446 H"``.
        start: first date it applies to.
        end: last date it applies to (``start`` or later).
        week: the schedule in force on those dates.

    Raises:
        ArgumentError: a field of the wrong type (a ``datetime`` for a date too), an empty
            ``name``, or an ``end`` before ``start``, naming the field.
    """

    name: str = attrs.field(converter=exact_str, validator=_override_name)
    start: date = attrs.field(validator=_override_date)
    end: date = attrs.field(validator=_override_end)
    week: WeekSchedule = attrs.field(validator=_WEEK)

    @classmethod
    def ramadan(cls, *, start: date, end: date, name: str = "Ramadan") -> ScheduleOverride:
        """Government Ramadan hours
        ([`WeekSchedule.government_ramadan()`][pengaduan.calendar.WeekSchedule.government_ramadan])
        for a date range."""
        return cls(name=name, start=start, end=end, week=WeekSchedule.government_ramadan())

    def covers(self, day: date) -> bool:
        """Whether ``day`` falls inside the override.

        Raises:
            ArgumentError: ``day`` is not a date (a datetime is refused: which day it is
                depends on the calendar's zone).
        """
        if not isinstance(day, date) or isinstance(day, datetime):
            raise ArgumentError(
                argument="day",
                rule=N_("must be a date")
                if not isinstance(day, date)
                else N_("must be a date here"),
                given=type_name(day),
            )
        return self.start <= day <= self.end


def _require_where(where: object) -> None:
    """``where`` (the label a problem names) is text, so it is never formatted from a value."""
    if not isinstance(where, str):
        raise ArgumentError(argument="where", rule=N_("must be a str"), given=type_name(where))
