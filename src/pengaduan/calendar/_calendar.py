"""The working calendar value and its queries (private; the public names live in
``pengaduan.calendar``)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._core.text import exact
from pengaduan._core.time import load_zone, require_aware, shown_zone, zone_abbreviation
from pengaduan._i18n import N_, Phrase
from pengaduan.calendar._config import (
    builtin_layers,
    calendar_fields,
    calendar_problems,
    resolve,
    toml_fields,
)
from pengaduan.calendar._index import EPOCH, CalendarIndex, build_index, to_micros
from pengaduan.calendar._layers import (
    BUILTIN_LAYERS,
    FIRST_DATA_YEAR,
    ExtraWorkingDay,
    Holiday,
    HolidayLayer,
    HolidayRevision,
)
from pengaduan.calendar._schedule import (
    ScheduleOverride,
    WeekSchedule,
)
from pengaduan.errors import (
    ArgumentError,
    CalendarArgumentError,
    ConfigurationError,
    OutOfRangeError,
    UnknownZoneError,
    type_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from os import PathLike
    from zoneinfo import ZoneInfo

__all__ = ["WorkingCalendar"]

_ONE_DAY = timedelta(days=1)
_MIDNIGHT = time(0)
_MAX_ORDINAL = date.max.toordinal()


# -- the calendar -----------------------------------------------------------------------------


@attrs.define(slots=True)
class _Resolved:
    zone: ZoneInfo
    index: CalendarIndex
    holidays: dict[date, tuple[Holiday, ...]]
    offset: timedelta | None = None
    """The zone's UTC offset when it is the same over all the calendar's years (WIB, WITA and
    WIT have had no daylight saving since the 1960s), else ``None``."""
    working: Sequence[int] = ()
    """The index's working-date ordinals."""
    first_ordinal: int = 0
    """The ordinal of the calendar's first date."""
    after: list[int] = attrs.field(factory=list)
    """For each date of the calendar (from ``first_ordinal``), how many working dates come up
    to and including it: the position in ``working`` of the first working date after it."""
    ends: list[datetime | None] = attrs.field(factory=list)
    """The end-of-day instant of each working date (a deadline), in the order of ``working``:
    built with the arrays for calendars of up to `_EAGER_ENDS` working dates, else on
    first use."""


def _working_dates_through(index: CalendarIndex) -> list[int]:
    """How many working dates come up to and including each date of the calendar."""
    counts = []
    position = 0
    working = index.working_ordinals
    for ordinal in range(index.first_ordinal, index.last_ordinal + 1):
        if position < len(working) and working[position] == ordinal:
            position += 1
        counts.append(position)
    return counts


def _constant_offset(zone: ZoneInfo, first_year: int, last_year: int) -> timedelta | None:
    """The zone's UTC offset if it is one and the same at every month start of the years."""
    seen = set()
    for year in range(max(1, first_year - 1), min(9999, last_year + 1) + 1):
        for month in range(1, 13):
            seen.add(datetime(year, month, 1, 12, tzinfo=zone).utcoffset())
    if len(seen) != 1:
        return None
    return next(iter(seen))


@attrs.define(slots=True)
class _Cache:
    resolved: _Resolved | None = None


_EAGER_ENDS = 30_000
"""Calendars with up to this many working dates (about 120 years) build every deadline instant
with their arrays (a few MB at most); longer ones build each on first use."""
_MAX_COUNT = 10_000_000
"""More days than any calendar holds (27 000 years): larger counts are refused up front."""
_MAX_HOURS = 24.0 * 366 * 1100
"""More hours than the longest calendar (1900-2999) holds."""
_MAX_PAUSES = 10_000
"""More pauses than any clock has; longer lists are refused rather than walked."""


def _require_count(value: object, argument: str) -> int:
    if type(value) is not int:
        raise CalendarArgumentError(
            argument=argument, rule=N_("must be a whole number"), given=type_name(value)
        )
    if value < 1:
        raise CalendarArgumentError(
            argument=argument, rule=N_("must be at least 1"), given=N_("zero or a negative number")
        )
    if value > _MAX_COUNT:
        raise CalendarArgumentError(
            argument=argument,
            rule=Phrase(N_("must be at most {max_count}"), max_count=_MAX_COUNT),
            given=N_("a larger number"),
        )
    return value


def _require_positive_time(value: object, argument: str) -> timedelta:
    if not isinstance(value, timedelta):
        raise CalendarArgumentError(
            argument=argument, rule=N_("must be a timedelta"), given=type_name(value)
        )
    if value <= timedelta():
        raise CalendarArgumentError(
            argument=argument,
            rule=N_("must be longer than zero"),
            given=Phrase(N_("{seconds} seconds"), seconds=value.total_seconds()),
        )
    return value


def _require_hours(value: object) -> timedelta:
    if type(value) is not int and type(value) is not float:
        raise CalendarArgumentError(
            argument="hours", rule=N_("must be an int or a float"), given=type_name(value)
        )
    if not 0 < value <= _MAX_HOURS:  # NaN fails every comparison
        raise CalendarArgumentError(
            argument="hours",
            rule=Phrase(
                N_("must be a finite number above 0 and at most {max_hours}"),
                max_hours=format(_MAX_HOURS, ".0f"),
            ),
            given=N_("a number outside that range"),
        )
    return timedelta(hours=value)


def _require_pauses(value: object) -> Sequence[tuple[datetime, datetime]]:
    """The pauses as a tuple of pairs. A subclass of list or tuple, outside or as a pair, is
    read once under guard: its own ``__len__``, ``__iter__`` and ``__bool__`` are never
    trusted."""
    rule = N_("must be a list or tuple of pairs")
    if not isinstance(value, list | tuple):
        raise ArgumentError(argument="pauses", rule=rule, given=type_name(value))
    if type(value) is not list and type(value) is not tuple:
        value = tuple(itertools.islice(guarded(value, "pauses", rule), _MAX_PAUSES + 1))
    if len(value) > _MAX_PAUSES:
        raise ArgumentError(
            argument="pauses",
            rule=Phrase(N_("must hold at most {max_pauses} pairs"), max_pauses=_MAX_PAUSES),
            given=Phrase(N_("more")),
        )
    pair_rule = N_("must be a (paused_at, resumed_at) pair")
    copied: list[object] = []
    for i, pair in enumerate(value):
        read = pair
        if isinstance(pair, tuple | list) and type(pair) is not tuple and type(pair) is not list:
            read = tuple(itertools.islice(guarded(pair, f"pauses[{i}]", pair_rule), 3))
        if not isinstance(read, tuple | list) or len(read) != 2:
            raise ArgumentError(argument=f"pauses[{i}]", rule=pair_rule, given=type_name(pair))
        copied.append(read)
    return tuple(copied)  # type: ignore[arg-type]


@attrs.frozen(kw_only=True)
class WorkingCalendar:
    """A working calendar for one zone and a closed range of years.

    Build one with a named constructor
    ([`indonesia()`][pengaduan.calendar.WorkingCalendar.indonesia],
    [`from_toml()`][pengaduan.calendar.WorkingCalendar.from_toml],
    [`from_dict()`][pengaduan.calendar.WorkingCalendar.from_dict]), which validates everything and
    reports all problems at once; the plain
    constructor does no checking (an invalid calendar fails with ConfigurationError on first use).
    The calendar resolves itself into sorted arrays on first use and then answers every question
    in O(log n). Instants given may be ``datetime`` or ``pendulum.DateTime`` in any zone, but
    must be aware; instants returned are standard ``datetime`` s in the calendar's zone.

    Attributes:
        zone: IANA zone name.
        first_year: first year the calendar has data for.
        last_year: last year it has data for (inclusive).
        week: the regular week schedule.
        overrides: date-ranged schedules (Ramadan), not overlapping each other.
        layers: the active holiday layers.
        revisions: decree revisions applied on top of the layers.
        extra_working_days: dates that are working days whatever else says.

    Example:
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025)
        >>> received = datetime(2025, 3, 3, 10, 0, tzinfo=ZoneInfo("Asia/Makassar"))  # Monday
        >>> cal.add_working_days(received, 3).isoformat()
        '2025-03-07T00:00:00+08:00'
    """

    zone: str
    first_year: int
    last_year: int
    week: WeekSchedule = attrs.field(factory=WeekSchedule.government)
    overrides: tuple[ScheduleOverride, ...] = ()
    layers: tuple[HolidayLayer, ...] = ()
    revisions: tuple[HolidayRevision, ...] = ()
    extra_working_days: tuple[ExtraWorkingDay, ...] = ()
    _cache: _Cache = attrs.field(factory=_Cache, eq=False, repr=False, init=False)

    DEFAULT_LAYERS: ClassVar[tuple[str, ...]] = BUILTIN_LAYERS

    # -- named constructors -------------------------------------------------------------------

    @classmethod
    def indonesia(
        cls,
        *,
        zone: str = "Asia/Jakarta",
        years: tuple[int, int] | range | None = None,
        layers: Iterable[str] = BUILTIN_LAYERS,
        week: WeekSchedule | None = None,
        overrides: Iterable[ScheduleOverride] = (),
        extra_layers: Iterable[HolidayLayer] = (),
        revisions: Iterable[HolidayRevision] = (),
        extra_working_days: Iterable[ExtraWorkingDay] = (),
    ) -> WorkingCalendar:
        """An Indonesian government calendar with holidays from the ``holidays`` package.

        Args:
            zone: ``"Asia/Jakarta"`` (WIB), ``"Asia/Makassar"`` (WITA) or ``"Asia/Jayapura"``
                (WIT), or any IANA zone.
            years: ``(first, last)`` inclusive, or a ``range``. Default: 2018 through the last
                year whose cuti bersama the installed ``holidays`` release knows (the last year
                with a published decree), so nothing is guessed.
            layers: the built-in layers to switch on: ``"national"`` and/or ``"cuti_bersama"``.
            week: the week schedule; default
                [`WeekSchedule.government()`][pengaduan.calendar.WeekSchedule.government].
            overrides: date-ranged schedules, e.g.
                [`ScheduleOverride.ramadan()`][pengaduan.calendar.ScheduleOverride.ramadan].
            extra_layers: regional layers and unit closures.
            revisions: mid-year decree revisions.
            extra_working_days: dates that are working days anyway.

        Returns:
            The validated calendar. Holiday data loads here; the arrays build on first use.

        Raises:
            UnknownZoneError: the zone is unknown (and is the only problem).
            ConfigurationError: every other problem, together.
        """
        first, last = _years_argument(years)
        parts = {
            "layers": layers,
            "overrides": overrides,
            "extra_layers": extra_layers,
            "revisions": revisions,
            "extra_working_days": extra_working_days,
        }
        items = {name: _items(value) for name, value in parts.items()}
        bad = [
            Phrase(
                N_("{name}: must be an iterable of values, not {type}"),
                name=name,
                type=type_name(parts[name]),
            )
            for name, value in items.items()
            if value is None
        ]
        if bad:
            raise ConfigurationError(N_("Indonesian working calendar"), bad)
        built, problems, last_year = builtin_layers(list(items["layers"] or ()), first, last)
        calendar = cls(
            zone=zone,
            first_year=first,
            last_year=last_year,
            week=week if week is not None else WeekSchedule.government(),
            overrides=items["overrides"] or (),
            layers=(*built, *(items["extra_layers"] or ())),
            revisions=items["revisions"] or (),
            extra_working_days=items["extra_working_days"] or (),
        )
        return calendar._validated(N_("Indonesian working calendar"), problems)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkingCalendar:
        """Build from a mapping shaped like the TOML format (see
        [`from_toml()`][pengaduan.calendar.WorkingCalendar.from_toml]).

        Raises:
            UnknownZoneError: the zone is unknown (and is the only problem).
            ConfigurationError: every problem, each naming its key path.
        """
        fields, problems = calendar_fields(data, "working calendar")
        return cls(**fields)._validated(N_("working calendar"), problems)

    @classmethod
    def from_toml(cls, source: str | PathLike[str]) -> WorkingCalendar:
        """Build from TOML text, or from a file given as a ``Path`` (or a ``*.toml`` name).

        The format (every key but ``zone`` and ``years`` optional)::

            zone = "Asia/Makassar"
            years = [2024, 2026]
            builtin_layers = ["national", "cuti_bersama"]

            [week]
            mon = ["07:30-12:00", "13:00-16:00"]      # also tue..sun; missing days are closed

            [[overrides]]                              # e.g. Ramadan hours
            name = "Ramadan 1446 H"
            start = 2025-03-01
            end = 2025-03-30
            week = { mon = ["08:00-12:00", "12:30-15:00"] }

            [[layers]]
            name = "kota_kupang"
            kind = "regional"                          # national, cuti_bersama, regional, unit
            holidays = [{ date = 2025-04-25, name_id = "...", name_en = "..." }]

            [[revisions]]
            layer = "cuti_bersama"
            year = 2025
            basis = "..."
            add = [{ date = 2025-05-30, name_id = "...", name_en = "..." }]
            remove = [2025-05-13]

            [[extra_working_days]]
            date = 2025-04-07
            name = "..."
            hours = ["08:00-12:00"]                    # optional

        Raises:
            ConfigurationError: malformed TOML (naming the line and column) or every problem in
                the content (naming the key path).
            UnknownZoneError: the zone is unknown (and is the only problem).
        """
        data, what = toml_fields(source)
        fields, problems = calendar_fields(data, what)
        return cls(**fields)._validated(what, problems)

    def validate(self) -> WorkingCalendar:
        """Return ``self`` if valid.

        Raises:
            UnknownZoneError: the zone is unknown (and is the only problem).
            ConfigurationError: every problem, together.
        """
        return self._validated(N_("working calendar"), [])

    def _validated(self, what: str, problems: list[str]) -> WorkingCalendar:
        zone_problem = ""
        try:
            load_zone(self.zone)
        except UnknownZoneError as exc:
            zone_problem = Phrase(
                N_(
                    "unknown time zone {zone}; use an IANA name such as 'Asia/Jakarta' (WIB), "
                    "'Asia/Makassar' (WITA) or 'Asia/Jayapura' (WIT)"
                ),
                zone=exc.zone if isinstance(exc.zone, Phrase) else repr(exc.zone),
            )
        found = list(dict.fromkeys([*problems, *self.problems()]))  # parse + rules, once
        if zone_problem and not found:
            raise UnknownZoneError(shown_zone(self.zone))
        if zone_problem:
            found.insert(0, Phrase(N_("{path}: {problem}"), path="zone", problem=zone_problem))
        if found:
            raise ConfigurationError(what, found)
        return self

    def problems(self) -> list[str]:
        """Every rule the configuration breaks, except the zone (checked by
        [`validate()`][pengaduan.calendar.WorkingCalendar.validate])."""
        return calendar_problems(self)

    # -- variants -----------------------------------------------------------------------------

    def without_layers(self, *names: str) -> WorkingCalendar:
        """A copy without the named layers (and their revisions), e.g. ``"cuti_bersama"``.

        Raises:
            ConfigurationError: a name is not one of the calendar's layers.
        """
        known = {layer.name for layer in self.layers}
        unknown = [
            Phrase(
                N_("unknown holiday layer {n} (layers: {values})"),
                n=_shown_name(n),
                values=", ".join(sorted(known)),
            )
            for n in names
            if type(n) is not str or n not in known
        ]
        if unknown:
            raise ConfigurationError(N_("layer selection"), unknown)
        return attrs.evolve(
            self,
            layers=tuple(layer for layer in self.layers if layer.name not in names),
            revisions=tuple(r for r in self.revisions if r.layer not in names),
        )

    def with_layers(self, *layers: HolidayLayer) -> WorkingCalendar:
        """A copy with more layers (a regional layer, unit closures), validated.

        Raises:
            ConfigurationError: a layer is not a [`HolidayLayer`][pengaduan.calendar.HolidayLayer],
                or the result is invalid.
        """
        return attrs.evolve(self, layers=(*self.layers, *layers)).validate()

    # -- resolution ---------------------------------------------------------------------------

    def _resolve(self) -> _Resolved:
        resolved = self._cache.resolved
        if resolved is None:
            self.validate()
            zone = load_zone(self.zone)
            hours, holidays = resolve(self)
            index = build_index(
                zone=zone, first_year=self.first_year, last_year=self.last_year, hours_for=hours
            )
            resolved = _Resolved(
                zone=zone,
                index=index,
                working=index.working_ordinals,
                first_ordinal=index.first_ordinal,
                after=_working_dates_through(index),
                holidays=holidays,
                offset=_constant_offset(zone, self.first_year, self.last_year),
            )
            eager = len(resolved.working) <= _EAGER_ENDS
            resolved.ends = [
                self._end_of(ordinal, resolved) if eager else None for ordinal in resolved.working
            ]
            self._cache.resolved = resolved
        return resolved

    @property
    def zone_info(self) -> ZoneInfo:
        """The zone as a ``ZoneInfo``."""
        return load_zone(self.zone)

    @property
    def years(self) -> range:
        """The years the calendar has data for."""
        return range(self.first_year, self.last_year + 1)

    # -- dates and instants -------------------------------------------------------------------

    def local_date(self, instant: datetime) -> date:
        """The calendar date of ``instant`` in the calendar's zone.

        Raises:
            NaiveDatetimeError: ``instant`` is naive.
            OutOfRangeError: the local date would be before year 1 or after year 9999.
        """
        return self._local(instant, "instant", load_zone(self.zone)).date()

    def local_time(self, instant: datetime) -> datetime:
        """``instant`` in the calendar's zone.

        Raises:
            NaiveDatetimeError: ``instant`` is naive.
            ArgumentError: ``instant`` is not a datetime.
            OutOfRangeError: the local time would be before year 1 or after year 9999.
        """
        return self._local(instant, "instant", load_zone(self.zone))

    def _local(self, instant: object, argument: str, zone: ZoneInfo) -> datetime:
        aware = require_aware(instant, argument)
        try:
            return aware.astimezone(zone)
        except OverflowError:
            pass
        raise OutOfRangeError(
            date=Phrase(N_("beyond 0001-01-01..9999-12-31 in the calendar's zone")),
            first_year=self.first_year,
            last_year=self.last_year,
        )

    def end_of_day(self, day: date) -> datetime:
        """The instant ``day`` ends: the start of the next calendar day in the calendar's zone.

        This is how a day-unit deadline is expressed ("by the end of Thursday" = Friday 00:00).

        Raises:
            CalendarArgumentError: ``day`` is not a date (a datetime is not a date here).
            OutOfRangeError: the next day is not representable (``date.max``).
        """
        zone = load_zone(self.zone)
        day = _as_date(day, "day")
        try:
            midnight = datetime.combine(day + _ONE_DAY, time(0), tzinfo=zone)
            return midnight.astimezone(UTC).astimezone(zone)
        except OverflowError:
            pass
        raise OutOfRangeError(
            date=day.isoformat(), first_year=self.first_year, last_year=self.last_year
        )

    def zone_label(self, instant: datetime) -> str:
        """The zone's abbreviation at ``instant``: ``WIB``, ``WITA``, ``WIT``, ``CEST``..."""
        return zone_abbreviation(self._local(instant, "instant", self.zone_info))

    def _day(self, value: date | datetime, argument: str) -> date:
        if isinstance(value, datetime):
            return self._local(value, argument, self._resolve().zone).date()
        return _as_date(value, argument)

    def _micros(self, instant: datetime, argument: str) -> int:
        micros = to_micros(require_aware(instant, argument))
        index = self._resolve().index
        if not index.range_start <= micros < index.range_end:
            index.check_instant(micros, self._day(instant, argument).toordinal())
        return micros

    def _instant(self, micros: int) -> datetime:
        return (EPOCH + timedelta(microseconds=micros)).astimezone(self._resolve().zone)

    # -- day unit -----------------------------------------------------------------------------

    def is_working_day(self, day: date | datetime) -> bool:
        """Whether a date (or an instant's local date) is a working day.

        Raises:
            OutOfRangeError: the date is outside the calendar's years.
            NaiveDatetimeError: a naive datetime was given.
        """
        return self._resolve().index.is_working(self._day(day, "day").toordinal())

    def nth_working_date(self, after: date | datetime, n: int) -> date:
        """The ``n``-th working date strictly after ``after`` (a date or an instant's date).

        Raises:
            CalendarArgumentError: ``n`` is not a whole number >= 1.
            OutOfRangeError: a date involved is outside the calendar's years.
        """
        count = _require_count(n, "n")
        ordinal = self._resolve().index.nth_working_after(
            self._day(after, "after").toordinal(), count
        )
        return date.fromordinal(ordinal)

    def add_working_days(
        self,
        start: date | datetime,
        days: int,
        *,
        pauses: Sequence[tuple[datetime, datetime]] = (),
    ) -> datetime:
        """The deadline ``days`` working days after ``start``.

        Counts the working dates strictly after ``start``'s local date (the day of receipt never
        counts) and returns the end of the ``days``-th one: the instant the next calendar day
        starts, in the calendar's zone. Received Monday 10:00, 3 working days: due Friday 00:00.

        With ``pauses`` (``(paused_at, resumed_at)`` pairs, in order): the working dates in
        ``(start date, pause date]`` are consumed, and after resuming at ``r`` the remaining days
        count from the dates strictly after ``r``'s date. A pause and a resume on the same date
        extend nothing. A pause after the deadline has passed leaves the deadline as it was.

        Args:
            start: when the clock started (aware), or a `date`, read as that local date
                (a ``start`` with ``pauses`` must be an aware datetime).
            days: how many working days, at least 1.
            pauses: completed pauses, in time order, none before ``start``.

        Returns:
            The deadline, aware, in the calendar's zone.

        Raises:
            NaiveDatetimeError: a naive datetime was given.
            CalendarArgumentError: ``days`` < 1 or pauses out of order.
            OutOfRangeError: a date involved is outside the calendar's years.
        """
        count = (
            days if type(days) is int and 0 < days < _MAX_COUNT else _require_count(days, "days")
        )
        if type(pauses) is not tuple or pauses:  # an app's object is never asked bool()
            start, count = self._after_day_pauses(start, count, _require_pauses(pauses))
        resolved = self._cache.resolved or self._resolve()
        # The hot path, inlined: an instant in the calendar's zone carries its local date, and
        # the count of working dates up to that date gives the deadline's place in the arrays.
        if type(start) is datetime and start.tzinfo is resolved.zone:
            start_ordinal = start.toordinal()
        else:
            start_ordinal = self._ordinal(start, resolved)
        after = resolved.after
        day = start_ordinal - resolved.first_ordinal
        if 0 <= day < len(after):
            ends = resolved.ends
            position = after[day] + count - 1
            if position < len(ends):
                end = ends[position]
                if end is None:
                    end = ends[position] = self._end_of(resolved.working[position], resolved)
                return end
        # outside the calendar's years: the index raises the typed error
        ordinal = resolved.index.nth_working_after(start_ordinal, count)
        return self._end_of(ordinal, resolved)

    def _end_of(self, ordinal: int, resolved: _Resolved) -> datetime:
        """[`end_of_day()`][pengaduan.calendar.WorkingCalendar.end_of_day] of a date inside the
        calendar's years, without the checks."""
        if resolved.offset is None or ordinal >= _MAX_ORDINAL:
            return self.end_of_day(date.fromordinal(ordinal))
        # a zone with one offset over the calendar's years has no gap or fold at midnight
        return datetime.combine(date.fromordinal(ordinal + 1), _MIDNIGHT, tzinfo=resolved.zone)

    def _ordinal(self, start: date | datetime, resolved: _Resolved) -> int:
        """The ordinal of ``start``'s local date, without a zone conversion where none is needed.

        An instant already in the calendar's zone carries its local date; one in UTC, for a zone
        whose offset never changes, is shifted by that offset. Anything else is converted.
        """
        if type(start) is datetime:
            tz = start.tzinfo
            if tz is resolved.zone:
                return start.toordinal()
            if tz is UTC and resolved.offset is not None:
                try:
                    return (start + resolved.offset).toordinal()
                except OverflowError:
                    pass  # near year 1 or 9999: the slow path raises the typed error
        return self._day(start, "start").toordinal()

    def _after_day_pauses(
        self, start: date | datetime, count: int, pauses: Sequence[tuple[datetime, datetime]]
    ) -> tuple[date | datetime, int]:
        _check_pauses(start, pauses)
        cursor: date | datetime = start
        remaining = count
        for paused, resumed in pauses:
            consumed = self.working_days_between(cursor, paused)
            if consumed >= remaining:
                break
            remaining -= consumed
            cursor = resumed
        return cursor, remaining

    def working_days_between(self, a: date | datetime, b: date | datetime) -> int:
        """The number of working dates in ``(date(a), date(b)]``, negative when ``b`` is earlier.

        ``add_working_days(t, n)`` is the end of the date ``d`` where this count from ``t``
        first reaches ``n``. Dates are local dates in the calendar's zone.

        Raises:
            OutOfRangeError: a date is outside the calendar's years.
            NaiveDatetimeError: a naive datetime was given.
        """
        index = self._resolve().index
        return index.working_count(self._day(a, "a").toordinal(), self._day(b, "b").toordinal())

    def working_days(self, first: date | datetime, last: date | datetime) -> tuple[date, ...]:
        """The working dates from ``first`` to ``last``, both included.

        Raises:
            OutOfRangeError: a date is outside the calendar's years.
        """
        index = self._resolve().index
        ordinals = index.working_between(
            self._day(first, "first").toordinal(), self._day(last, "last").toordinal()
        )
        return tuple(date.fromordinal(o) for o in ordinals)

    def add_calendar_days(self, start: datetime, days: int) -> datetime:
        """The end of the ``days``-th calendar date after ``start``'s local date.

        The same counting rule as working days, every date counting; no holiday data is needed,
        so this works outside the calendar's years too.

        Raises:
            NaiveDatetimeError: ``start`` is naive.
            CalendarArgumentError: ``days`` < 1.
        """
        count = _require_count(days, "days")
        day = self._day(start, "start")
        if day.toordinal() + count >= date.max.toordinal():
            raise OutOfRangeError(
                date=Phrase(N_("after 9999-12-31")),
                first_year=self.first_year,
                last_year=self.last_year,
            )
        return self.end_of_day(day + timedelta(days=count))

    # -- holidays -----------------------------------------------------------------------------

    def holidays_on(self, day: date | datetime) -> tuple[Holiday, ...]:
        """The holidays of the active layers on a date (after revisions).

        A date can have holidays and still be a working day (an extra working day).

        Raises:
            OutOfRangeError: the date is outside the calendar's years.
        """
        resolved = self._resolve()
        local = self._day(day, "day")
        resolved.index.check_ordinal(local.toordinal())
        return resolved.holidays.get(local, ())

    def holidays_in(self, year: int) -> tuple[Holiday, ...]:
        """Every holiday of the active layers in a year, sorted by date.

        Raises:
            ArgumentError: ``year`` is not an int.
            OutOfRangeError: the year is outside the calendar's years.
        """
        if type(year) is not int:
            raise ArgumentError(argument="year", rule=N_("must be an int"), given=type_name(year))
        resolved = self._resolve()
        if not self.first_year <= year <= self.last_year:
            raise OutOfRangeError(
                date=Phrase(N_("year {year}"), year=year)
                if -10_000 < year < 100_000
                else Phrase(N_("a year far away")),
                first_year=self.first_year,
                last_year=self.last_year,
            )
        return tuple(
            holiday
            for day in sorted(resolved.holidays)
            if day.year == year
            for holiday in resolved.holidays[day]
        )

    # -- business time ------------------------------------------------------------------------

    def is_working_moment(self, instant: datetime) -> bool:
        """Whether ``instant`` is inside an office-hour window of a working day.

        Raises:
            OutOfRangeError: the instant is outside the calendar's years.
        """
        return self._resolve().index.is_open(self._micros(instant, "instant"))

    def next_working_moment(self, instant: datetime) -> datetime:
        """``instant`` if it is a working moment, else the start of the next office-hour window.

        Raises:
            OutOfRangeError: the instant or the answer is outside the calendar's years.
        """
        index = self._resolve().index
        return self._instant(index.next_open(self._micros(instant, "instant")))

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Business time (real elapsed time inside office hours) from ``a`` to ``b``.

        Negative when ``b`` is earlier than ``a``.

        Raises:
            OutOfRangeError: an instant is outside the calendar's years.
        """
        index = self._resolve().index
        micros = index.business_until(self._micros(b, "b")) - index.business_until(
            self._micros(a, "a")
        )
        return timedelta(microseconds=micros)

    def add_working_time(
        self,
        start: datetime,
        amount: timedelta,
        *,
        pauses: Sequence[tuple[datetime, datetime]] = (),
    ) -> datetime:
        """The instant at which ``amount`` of business time after ``start`` has elapsed.

        Ending exactly when a window closes gives that closing time (16:00), not the next
        opening. Paused intervals contribute no business time.

        Args:
            start: when the clock started (aware).
            amount: business time, longer than zero (``timedelta(hours=24)``).
            pauses: completed ``(paused_at, resumed_at)`` pairs, in order, none before ``start``.

        Raises:
            CalendarArgumentError: ``amount`` is not positive, or pauses out of order.
            OutOfRangeError: the instant or the answer is outside the calendar's years.
        """
        wanted = _require_positive_time(amount, "amount") // timedelta(microseconds=1)
        index = self._resolve().index
        if wanted > index.range_end - index.range_start:
            raise OutOfRangeError(
                date=Phrase(N_("after the calendar's last year")),
                first_year=self.first_year,
                last_year=self.last_year,
            )
        cursor = self._micros(start, "start")
        if type(pauses) is not tuple or pauses:  # an app's object is never asked bool()
            pauses = _require_pauses(pauses)
            _check_pauses(start, pauses)
            for paused, resumed in pauses:
                available = index.business_until(self._micros(paused, "pause")) - (
                    index.business_until(cursor)
                )
                if available >= wanted:
                    break
                wanted -= available
                cursor = self._micros(resumed, "resume")
        return self._instant(index.add_business(cursor, wanted))

    def add_working_hours(self, start: datetime, hours: float) -> datetime:
        """Shorthand for ``add_working_time(start, timedelta(hours=hours))``.

        Raises:
            CalendarArgumentError: ``hours`` is not an int or float (a bool is not a number
                here), or is not finite and above zero.
            OutOfRangeError: the instant or the answer is outside the calendar's years.
        """
        return self.add_working_time(start, _require_hours(hours))


_NAME_SHAPE_LIMIT = 64
_MAX_ITEMS = 100_000


def _items(value: object) -> tuple[Any, ...] | None:
    """``value`` as a tuple when it is a bounded iterable of values (not a str), else None."""
    if isinstance(value, str | bytes | bytearray | dict) or not hasattr(value, "__iter__"):
        return None
    failed = False
    try:
        items = tuple(itertools.islice(value, _MAX_ITEMS + 1))
    except Exception:
        failed = True
    if failed or len(items) > _MAX_ITEMS:
        return None
    return items


def _shown_name(value: object) -> str:
    """A name for a message: itself when it is a short printable str, else its type and size."""
    value = exact(value)
    if (
        isinstance(value, str)
        and len(value) <= _NAME_SHAPE_LIMIT
        and value.isprintable()
        and value.isascii()
        and " " not in value
    ):
        return repr(value)
    if isinstance(value, str):
        return Phrase(N_("<str of {n} characters>"), n=len(value))
    return f"<{type_name(value)}>"


def _as_date(value: object, argument: str) -> date:
    if isinstance(value, datetime):
        raise CalendarArgumentError(
            argument=argument, rule=N_("must be a date here"), given=N_("a datetime")
        )
    if not isinstance(value, date):
        raise CalendarArgumentError(
            argument=argument, rule=N_("must be a date"), given=type_name(value)
        )
    return value


def _check_pauses(start: date | datetime, pauses: Sequence[tuple[datetime, datetime]]) -> None:
    previous = require_aware(start, "start")
    for i, (paused, resumed) in enumerate(pauses):
        require_aware(paused, f"pauses[{i}] pause")
        require_aware(resumed, f"pauses[{i}] resume")
        if paused < previous:
            raise CalendarArgumentError(
                argument=f"pauses[{i}]",
                rule=N_("must start at or after the clock start and the previous resume"),
                given=Phrase(
                    N_("pause at {time} before {time2}"),
                    time=paused.isoformat(),
                    time2=previous.isoformat(),
                ),
            )
        if resumed < paused:
            raise CalendarArgumentError(
                argument=f"pauses[{i}]",
                rule=N_("must resume at or after it pauses"),
                given=Phrase(
                    N_("resume at {time} before pause at {time2}"),
                    time=resumed.isoformat(),
                    time2=paused.isoformat(),
                ),
            )
        previous = resumed


def _years_argument(years: tuple[int, int] | range | None) -> tuple[int, int | None]:
    if years is None:
        return FIRST_DATA_YEAR, None
    if isinstance(years, range):
        if len(years) == 0 or years.step != 1:
            raise ConfigurationError(N_("years"), [N_("must be a non-empty range of step 1")])
        return years[0], years[-1]
    if (
        not isinstance(years, tuple | list)
        or len(years) != 2
        or not all(type(y) is int for y in years)
    ):
        raise ConfigurationError(
            N_("years"),
            [
                Phrase(
                    N_("must be a (first, last) pair of ints or a range; got {type}"),
                    type=type_name(years),
                )
            ],
        )
    first, last = years
    return first, last
