"""Hostile input to the working calendar and the deadline texts: typed errors, nothing leaked.

Every public calendar method is called with a value of every wrong type in each argument, and
with the edge values that used to escape as raw ``OverflowError``/``ValueError``/``TypeError``:
instants near years 1 and 9999, infinite, NaN, negative, boolean and huge amounts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome, raises_typed

from pengaduan.calendar import (
    HolidayLayer,
    OfficeHours,
    ScheduleOverride,
    TimeWindow,
    WeekSchedule,
    WorkingCalendar,
)
from pengaduan.calendar.humanize import format_deadline, format_instant, format_remaining, last_day
from pengaduan.errors import (
    ArgumentError,
    CalendarArgumentError,
    CalendarError,
    ConfigurationError,
    NaiveDatetimeError,
    OutOfRangeError,
    PengaduanError,
    UnknownZoneError,
)

if TYPE_CHECKING:
    from collections.abc import Callable

WITA = ZoneInfo("Asia/Makassar")
CAL = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
T = datetime(2025, 3, 3, 10, 0, tzinfo=WITA)  # Monday
D = date(2025, 3, 3)
NAIVE = datetime(2025, 3, 3, 10, 0)
DAY_OFFSET = timedelta(days=1)

# Calendars whose years reach the ends of what ``datetime`` can represent.
EDGE_LOW = WorkingCalendar(zone="Asia/Jayapura", first_year=1, last_year=1)
EDGE_HIGH = WorkingCalendar(zone="Asia/Jayapura", first_year=9999, last_year=9999)
EDGE_HIGH_UTC = WorkingCalendar(zone="UTC", first_year=9999, last_year=9999)

# -- every argument of every method, with every wrong type --------------------------------------

# argument -> (call taking the bad value, the error classes a wrong type may raise)
INSTANT = (ArgumentError,)
DAY = (ArgumentError, CalendarArgumentError)
COUNT = (CalendarArgumentError,)

ARGUMENTS: dict[str, tuple[Callable[[Any], object], tuple[type[PengaduanError], ...]]] = {
    "local_date.instant": (CAL.local_date, INSTANT),
    "end_of_day.day": (CAL.end_of_day, DAY),
    "zone_label.instant": (CAL.zone_label, INSTANT),
    "is_working_day.day": (CAL.is_working_day, DAY),
    "nth_working_date.after": (lambda v: CAL.nth_working_date(v, 1), DAY),
    "nth_working_date.n": (lambda v: CAL.nth_working_date(D, v), COUNT),
    "add_working_days.start": (lambda v: CAL.add_working_days(v, 3), DAY),
    "add_working_days.days": (lambda v: CAL.add_working_days(T, v), COUNT),
    "add_working_days.pauses": (lambda v: CAL.add_working_days(T, 3, pauses=v), DAY),
    "add_working_days.pause-pair": (
        lambda v: CAL.add_working_days(T, 3, pauses=[(v, T + DAY_OFFSET)]),
        DAY,
    ),
    "working_days_between.a": (lambda v: CAL.working_days_between(v, D), DAY),
    "working_days_between.b": (lambda v: CAL.working_days_between(D, v), DAY),
    "working_days.first": (lambda v: CAL.working_days(v, D), DAY),
    "working_days.last": (lambda v: CAL.working_days(D, v), DAY),
    "add_calendar_days.start": (lambda v: CAL.add_calendar_days(v, 3), DAY),
    "add_calendar_days.days": (lambda v: CAL.add_calendar_days(T, v), COUNT),
    "holidays_on.day": (CAL.holidays_on, DAY),
    "holidays_in.year": (CAL.holidays_in, (ArgumentError, OutOfRangeError)),
    "is_working_moment.instant": (CAL.is_working_moment, INSTANT),
    "next_working_moment.instant": (CAL.next_working_moment, INSTANT),
    "working_time_between.a": (lambda v: CAL.working_time_between(v, T), INSTANT),
    "working_time_between.b": (lambda v: CAL.working_time_between(T, v), INSTANT),
    "add_working_time.start": (lambda v: CAL.add_working_time(v, timedelta(hours=2)), INSTANT),
    "add_working_time.amount": (lambda v: CAL.add_working_time(T, v), COUNT),
    "add_working_time.pauses": (
        lambda v: CAL.add_working_time(T, timedelta(hours=2), pauses=v),
        DAY,
    ),
    "add_working_hours.start": (lambda v: CAL.add_working_hours(v, 2), INSTANT),
    "add_working_hours.hours": (lambda v: CAL.add_working_hours(T, v), COUNT),
    "without_layers.name": (CAL.without_layers, (ConfigurationError,)),
    "with_layers.layer": (CAL.with_layers, (ConfigurationError,)),
    "last_day.deadline": (lambda v: last_day(v, CAL), INSTANT),
    "last_day.calendar": (lambda v: last_day(T, v), (ArgumentError,)),
    "format_deadline.deadline": (lambda v: format_deadline(v, CAL), INSTANT),
    "format_deadline.calendar": (lambda v: format_deadline(T, v), (ArgumentError,)),
    "format_deadline.unit": (lambda v: format_deadline(T, CAL, unit=v), COUNT),
    "format_deadline.language": (lambda v: format_deadline(T, CAL, language=v), COUNT),
    "format_instant.instant": (lambda v: format_instant(v, CAL), INSTANT),
    "format_instant.calendar": (lambda v: format_instant(T, v), (ArgumentError,)),
    "format_instant.language": (lambda v: format_instant(T, CAL, language=v), COUNT),
    "format_remaining.now": (lambda v: format_remaining(v, T, CAL), INSTANT),
    "format_remaining.deadline": (lambda v: format_remaining(T, v, CAL), INSTANT),
    "format_remaining.calendar": (lambda v: format_remaining(T, T, v), (ArgumentError,)),
    "format_remaining.unit": (lambda v: format_remaining(T, T, CAL, unit=v), COUNT),
}

# Wrong types that an argument legitimately accepts are left out of its cases.
ACCEPTS: dict[str, set[str]] = {
    "nth_working_date.n": {"int"},
    "add_working_days.days": {"int"},
    "add_calendar_days.days": {"int"},
    "add_working_hours.hours": {"int"},
    # None is the current language (pengaduan.language).
    "format_deadline.language": {"none"},
    "format_instant.language": {"none"},
}


def _wrong_type_cases() -> list[Any]:
    cases = []
    for argument, (call, expected) in ARGUMENTS.items():
        for kind, value in WRONG_TYPES:
            if kind in ACCEPTS.get(argument, set()):
                continue
            cases.append(pytest.param(call, value, expected, id=f"{argument}-{kind}"))
    return cases


@pytest.mark.parametrize(("call", "value", "expected"), _wrong_type_cases())
def test_a_wrong_type_is_refused_with_a_typed_error(
    call: Callable[[Any], object], value: object, expected: tuple[type[PengaduanError], ...]
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, expected), type(error).__name__


# -- a schedule override, checked where it is made -----------------------------------------

OVERRIDE = {
    "name": "Ramadan 1446 H",
    "start": date(2025, 3, 1),
    "end": date(2025, 3, 30),
    "week": WeekSchedule.government_ramadan(),
}
# Each field's wrong types, and the values of the right type it cannot take.
OVERRIDE_FIELDS_ACCEPT = {"name": {"str"}, "start": set(), "end": set(), "week": set()}
IMPOSSIBLE_OVERRIDES = [
    ("name-empty", {"name": ""}, "name"),
    ("name-blank", {"name": " \t"}, "name"),
    ("start-datetime", {"start": datetime(2025, 3, 1, 8, tzinfo=WITA)}, "start"),
    ("end-datetime", {"end": datetime(2025, 3, 30, 8)}, "end"),
    ("end-before-start", {"end": date(2025, 2, 28)}, "end"),
    ("week-as-dict", {"week": {"mon": ["08:00-12:00"]}}, "week"),
    ("week-as-hours", {"week": OfficeHours.parse("08:00-12:00")}, "week"),
]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({field: value}, field, id=f"{field}-{kind}")
        for field, accepted in OVERRIDE_FIELDS_ACCEPT.items()
        for kind, value in WRONG_TYPES
        if kind not in accepted
    ]
    + [pytest.param(changes, field, id=name) for name, changes, field in IMPOSSIBLE_OVERRIDES],
)
def test_a_schedule_override_refuses_a_bad_field_where_it_is_made(
    changes: dict[str, object], field: str
) -> None:
    error = raises_typed(lambda: ScheduleOverride(**{**OVERRIDE, **changes}))
    assert isinstance(error, ArgumentError)
    assert error.argument == field
    assert error.message("en").startswith(f"{field} must ")


def test_a_schedule_override_of_the_right_values_is_made() -> None:
    override = ScheduleOverride(**OVERRIDE)
    assert override.covers(date(2025, 3, 30))
    assert not override.covers(date(2025, 3, 31))
    assert ScheduleOverride(**{**OVERRIDE, "end": OVERRIDE["start"]}).covers(date(2025, 3, 1))


def test_a_reversed_override_in_a_toml_file_is_one_of_every_problem() -> None:
    with pytest.raises(ConfigurationError) as caught:
        WorkingCalendar.from_toml(
            'zone = "Asia/Makassar"\nyears = [2025, 2025]\n'
            '[[overrides]]\nname = "Ramadan"\nstart = 2025-03-30\nend = 2025-03-01\n'
            "ramadan = true\n"
            '[[overrides]]\nname = ""\nstart = 2025-04-01\nend = 2025-04-02\nramadan = true\n'
        )
    text = caught.value.message("en")
    assert "overrides[0]: ends 2025-03-01 before it starts 2025-03-30" in text
    assert "overrides[1].name: expected a non-empty text" in text


@pytest.mark.parametrize(
    ("argument", "call"),
    [
        pytest.param(name, call, id=name)
        for name, (call, expected) in ARGUMENTS.items()
        if expected == INSTANT and not name.startswith(("last_day", "format_"))
    ],
)
def test_a_naive_instant_is_refused(argument: str, call: Callable[[Any], object]) -> None:
    assert isinstance(raises_typed(call, NAIVE), NaiveDatetimeError), argument


# -- amounts -------------------------------------------------------------------------------------

BAD_HOURS = [
    ("inf", float("inf")),
    ("minus-inf", float("-inf")),
    ("nan", float("nan")),
    ("negative", -1),
    ("zero", 0),
    ("zero-float", 0.0),
    ("true", True),
    ("false", False),
    ("huge-int", 10**30),
    ("huge-float", 1e300),
    ("max-float", 1.7976931348623157e308),
    ("tiny-negative", -1e-300),
    ("str-number", "2"),
    ("decimal-like", b"2"),
    ("complex", 2j),
]


@pytest.mark.parametrize(("kind", "hours"), BAD_HOURS, ids=[k for k, _ in BAD_HOURS])
def test_add_working_hours_refuses_a_bad_amount(kind: str, hours: object) -> None:
    error = raises_typed(CAL.add_working_hours, T, hours)
    assert isinstance(error, CalendarArgumentError | OutOfRangeError), kind
    assert isinstance(error, CalendarError)


BAD_DAYS = [
    ("zero", 0),
    ("negative", -3),
    ("true", True),
    ("float", 3.0),
    ("float-nan", float("nan")),
    ("huge", 10**30),
    ("gigantic", 10**5000),
    ("str", "3"),
]


@pytest.mark.parametrize(("kind", "days"), BAD_DAYS, ids=[k for k, _ in BAD_DAYS])
@pytest.mark.parametrize(
    "method", ["add_working_days", "add_calendar_days", "nth_working_date"], ids=str
)
def test_a_bad_day_count_is_refused(method: str, kind: str, days: object) -> None:
    first = D if method == "nth_working_date" else T
    error = raises_typed(getattr(CAL, method), first, days)
    assert isinstance(error, CalendarArgumentError | OutOfRangeError), kind


BAD_AMOUNTS = [
    ("zero", timedelta()),
    ("negative", timedelta(microseconds=-1)),
    ("max", timedelta.max),
    ("min", timedelta.min),
    ("ten-thousand-years", timedelta(days=3_650_000)),
]


@pytest.mark.parametrize(("kind", "amount"), BAD_AMOUNTS, ids=[k for k, _ in BAD_AMOUNTS])
def test_add_working_time_refuses_an_amount_it_cannot_place(kind: str, amount: timedelta) -> None:
    error = raises_typed(CAL.add_working_time, T, amount)
    assert isinstance(error, CalendarArgumentError | OutOfRangeError), kind


# -- the ends of time ----------------------------------------------------------------------------

LOW = datetime(1, 1, 1, tzinfo=UTC)
LOW_LOCAL = datetime(1, 1, 1, 3, tzinfo=WITA)
HIGH = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
HIGH_LOCAL = datetime(9999, 12, 31, 23, 59, tzinfo=WITA)
FAR_EAST = datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=23, minutes=59)))
FAR_WEST = datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=-23, minutes=-59)))

EDGE_CALLS: list[tuple[str, Callable[[], object]]] = [
    ("add_working_days-year-1-utc", lambda: CAL.add_working_days(LOW, 3)),
    ("add_working_days-year-1-local", lambda: CAL.add_working_days(LOW_LOCAL, 3)),
    ("add_working_days-year-9999", lambda: CAL.add_working_days(HIGH, 3)),
    ("add_working_days-year-9999-local", lambda: CAL.add_working_days(HIGH_LOCAL, 3)),
    ("add_working_days-far-east", lambda: CAL.add_working_days(FAR_EAST, 1)),
    ("add_working_days-far-west", lambda: CAL.add_working_days(FAR_WEST, 1)),
    ("add_calendar_days-year-9999", lambda: CAL.add_calendar_days(HIGH, 1)),
    ("add_calendar_days-many", lambda: CAL.add_calendar_days(T, 10**7)),
    ("end_of_day-max", lambda: CAL.end_of_day(date.max)),
    ("local_date-year-9999", lambda: CAL.local_date(HIGH)),
    ("zone_label-year-9999", lambda: CAL.zone_label(HIGH)),
    ("is_working_day-year-1", lambda: CAL.is_working_day(LOW)),
    ("is_working_day-date-max", lambda: CAL.is_working_day(date.max)),
    ("is_working_moment-year-9999", lambda: CAL.is_working_moment(HIGH)),
    ("is_working_moment-year-1", lambda: CAL.is_working_moment(LOW)),
    ("next_working_moment-year-9999", lambda: CAL.next_working_moment(HIGH)),
    ("working_time_between-ends", lambda: CAL.working_time_between(LOW, HIGH)),
    ("add_working_time-year-9999", lambda: CAL.add_working_time(HIGH, timedelta(hours=1))),
    ("add_working_hours-year-1", lambda: CAL.add_working_hours(LOW, 1)),
    ("nth_working_date-date-max", lambda: CAL.nth_working_date(date.max, 1)),
    ("nth_working_date-date-min", lambda: CAL.nth_working_date(date.min, 1)),
    ("working_days-ends", lambda: CAL.working_days(date.min, date.max)),
    ("working_days_between-ends", lambda: CAL.working_days_between(date.min, date.max)),
    ("holidays_in-year-0", lambda: CAL.holidays_in(0)),
    ("holidays_in-year-10000", lambda: CAL.holidays_in(10_000)),
    ("holidays_in-huge", lambda: CAL.holidays_in(10**30)),
    ("holidays_in-negative", lambda: CAL.holidays_in(-5)),
    ("holidays_on-year-1", lambda: CAL.holidays_on(date.min)),
    ("format_deadline-year-9999", lambda: format_deadline(HIGH, CAL)),
    ("format_instant-year-9999", lambda: format_instant(HIGH, CAL)),
    ("format_remaining-ends", lambda: format_remaining(LOW, HIGH, CAL)),
    ("format_remaining-hours-ends", lambda: format_remaining(LOW, HIGH, CAL, unit="working_hours")),
    (
        "pauses-year-9999",
        lambda: CAL.add_working_days(T, 3, pauses=[(T + DAY_OFFSET, HIGH)]),
    ),
    (
        "hour-pauses-year-9999",
        lambda: CAL.add_working_time(T, timedelta(hours=30), pauses=[(T + DAY_OFFSET, HIGH)]),
    ),
]


EDGE_CALENDAR_CALLS: list[tuple[str, Callable[[], object]]] = [
    ("edge-high", lambda: EDGE_HIGH.add_working_days(HIGH, 1)),
    ("edge-high-utc", lambda: EDGE_HIGH_UTC.add_working_days(HIGH, 1)),
    ("edge-high-hours", lambda: EDGE_HIGH_UTC.add_working_hours(HIGH, 1)),
    ("edge-low", lambda: EDGE_LOW.add_working_days(LOW, 1)),
    ("edge-low-many", lambda: EDGE_LOW.add_working_days(LOW, 400)),
    ("edge-low-validate", EDGE_LOW.validate),
]


@pytest.mark.parametrize(
    "call", [c for _, c in EDGE_CALENDAR_CALLS], ids=[i for i, _ in EDGE_CALENDAR_CALLS]
)
def test_a_calendar_over_years_it_cannot_hold_is_a_configuration_error(
    call: Callable[[], object],
) -> None:
    assert isinstance(raises_typed(call), ConfigurationError)


@pytest.mark.parametrize("call", [c for _, c in EDGE_CALLS], ids=[i for i, _ in EDGE_CALLS])
def test_instants_at_the_ends_of_time_give_a_calendar_error(call: Callable[[], object]) -> None:
    error = raises_typed(call)
    assert isinstance(error, CalendarError), type(error).__name__


# -- pauses ----------------------------------------------------------------------------------------

BAD_PAUSES = [
    ("none-pair", [None]),
    ("one-element", [(T,)]),
    ("three-elements", [(T, T, T)]),
    ("string-pair", ["ab"]),
    ("int-pair", [(1, 2)]),
    ("naive-pair", [(NAIVE, NAIVE)]),
    ("reversed", [(T + 2 * DAY_OFFSET, T + DAY_OFFSET)]),
    ("before-start", [(T - DAY_OFFSET, T)]),
    ("generator", (p for p in [(T, T)])),
    ("dict", {T: T}),
    ("string", "pauses"),
    ("huge-list", [(T, T)] * 200_000),
]


@pytest.mark.parametrize(("kind", "pauses"), BAD_PAUSES, ids=[k for k, _ in BAD_PAUSES])
@pytest.mark.parametrize("unit", ["days", "time"])
def test_bad_pauses_are_refused(kind: str, pauses: object, unit: str) -> None:
    if unit == "days":
        error = raises_typed(CAL.add_working_days, T, 3, pauses=pauses)
    else:
        error = raises_typed(CAL.add_working_time, T, timedelta(hours=3), pauses=pauses)
    assert isinstance(error, ArgumentError | CalendarError | NaiveDatetimeError), kind


# -- constructors --------------------------------------------------------------------------------

CONSTRUCTOR_CASES: list[tuple[str, Callable[[], object], type[PengaduanError]]] = [
    ("indonesia-zone-none", lambda: WorkingCalendar.indonesia(zone=None), ConfigurationError),  # type: ignore[arg-type]
    ("indonesia-zone-int", lambda: WorkingCalendar.indonesia(zone=7), ConfigurationError),  # type: ignore[arg-type]
    (
        "indonesia-zone-nul",
        lambda: WorkingCalendar.indonesia(zone="Asia/\x00Jakarta"),
        UnknownZoneError,
    ),
    (
        "indonesia-zone-surrogate",
        lambda: WorkingCalendar.indonesia(zone="Asia/\ud800"),
        UnknownZoneError,
    ),
    (
        "indonesia-zone-path",
        lambda: WorkingCalendar.indonesia(zone="../../etc/passwd"),
        UnknownZoneError,
    ),
    (
        "indonesia-zone-huge",
        lambda: WorkingCalendar.indonesia(zone="A" * 100_000),
        UnknownZoneError,
    ),
    ("indonesia-years-str", lambda: WorkingCalendar.indonesia(years="2024"), ConfigurationError),  # type: ignore[arg-type]
    ("indonesia-years-int", lambda: WorkingCalendar.indonesia(years=2024), ConfigurationError),  # type: ignore[arg-type]
    (
        "indonesia-years-three",
        lambda: WorkingCalendar.indonesia(years=(1, 2, 3)),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "indonesia-years-floats",
        lambda: WorkingCalendar.indonesia(years=(2024.0, 2025.0)),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "indonesia-years-huge",
        lambda: WorkingCalendar.indonesia(years=(2024, 10**30)),
        ConfigurationError,
    ),
    (
        "indonesia-years-gigantic",
        lambda: WorkingCalendar.indonesia(years=(10**5000, 10**5000)),
        ConfigurationError,
    ),
    ("indonesia-years-zero", lambda: WorkingCalendar.indonesia(years=(0, 1)), ConfigurationError),
    (
        "indonesia-years-reversed",
        lambda: WorkingCalendar.indonesia(years=(2026, 2024)),
        ConfigurationError,
    ),
    (
        "indonesia-years-empty-range",
        lambda: WorkingCalendar.indonesia(years=range(0)),
        ConfigurationError,
    ),
    (
        "indonesia-years-nan",
        lambda: WorkingCalendar.indonesia(years=(float("nan"), 1)),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    ("indonesia-layers-none", lambda: WorkingCalendar.indonesia(layers=None), ConfigurationError),  # type: ignore[arg-type]
    ("indonesia-layers-int", lambda: WorkingCalendar.indonesia(layers=7), ConfigurationError),  # type: ignore[arg-type]
    (
        "indonesia-layers-unknown",
        lambda: WorkingCalendar.indonesia(layers=["x\ud800"]),
        ConfigurationError,
    ),
    (
        "indonesia-layers-list-of-int",
        lambda: WorkingCalendar.indonesia(layers=[1]),
        ConfigurationError,
    ),  # type: ignore[list-item]
    ("indonesia-week-str", lambda: WorkingCalendar.indonesia(week="mon"), ConfigurationError),  # type: ignore[arg-type]
    ("indonesia-overrides-int", lambda: WorkingCalendar.indonesia(overrides=7), ConfigurationError),  # type: ignore[arg-type]
    (
        "indonesia-overrides-strs",
        lambda: WorkingCalendar.indonesia(overrides=["x"]),
        ConfigurationError,
    ),  # type: ignore[list-item]
    (
        "indonesia-extra-layers-strs",
        lambda: WorkingCalendar.indonesia(extra_layers=["x"]),
        ConfigurationError,
    ),  # type: ignore[list-item]
    (
        "indonesia-revisions-none",
        lambda: WorkingCalendar.indonesia(revisions=None),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "indonesia-extra-days-dates",
        lambda: WorkingCalendar.indonesia(extra_working_days=[D]),
        ConfigurationError,
    ),  # type: ignore[list-item]
    (
        "plain-years-str",
        lambda: WorkingCalendar(zone="UTC", first_year="a", last_year="b").validate(),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "plain-years-huge",
        lambda: WorkingCalendar(zone="UTC", first_year=1, last_year=10**30).validate(),
        ConfigurationError,
    ),
    (
        "plain-zone-none",
        lambda: WorkingCalendar(zone=None, first_year=2025, last_year=2025).validate(),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "plain-week-none",
        lambda: WorkingCalendar(zone="UTC", first_year=2025, last_year=2025, week=None).validate(),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "plain-layers-strs",
        lambda: WorkingCalendar(
            zone="UTC", first_year=2025, last_year=2025, layers=("x",)
        ).validate(),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "plain-invalid-use",
        lambda: WorkingCalendar(zone="UTC", first_year=2026, last_year=2025).add_working_days(T, 1),
        ConfigurationError,
    ),
    ("from_dict-none", lambda: WorkingCalendar.from_dict(None), ConfigurationError),  # type: ignore[arg-type]
    ("from_dict-list", lambda: WorkingCalendar.from_dict([1, 2]), ConfigurationError),  # type: ignore[arg-type]
    (
        "from_dict-years-huge",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": [1, 10**30]}),
        ConfigurationError,
    ),
    (
        "from_dict-years-gigantic",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 10**5000}),
        ConfigurationError,
    ),
    (
        "from_dict-years-floats",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": [2024.5, 2025]}),
        ConfigurationError,
    ),
    (
        "from_dict-week-list",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 2025, "week": ["mon"]}),
        ConfigurationError,
    ),
    (
        "from_dict-week-hours-int",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 2025, "week": {"mon": 8}}),
        ConfigurationError,
    ),
    (
        "from_dict-week-hours-bad",
        lambda: WorkingCalendar.from_dict(
            {"zone": "UTC", "years": 2025, "week": {"mon": ["25:00-26:00"]}}
        ),
        ConfigurationError,
    ),
    (
        "from_dict-week-hours-surrogate",
        lambda: WorkingCalendar.from_dict(
            {"zone": "UTC", "years": 2025, "week": {"mon": ["\ud800"]}}
        ),
        ConfigurationError,
    ),
    (
        "from_dict-week-unknown-day",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 2025, "week": {"funday": []}}),
        ConfigurationError,
    ),
    (
        "from_dict-layers-table",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 2025, "layers": {"a": 1}}),
        ConfigurationError,
    ),
    (
        "from_dict-layer-kind-bad",
        lambda: WorkingCalendar.from_dict(
            {"zone": "UTC", "years": 2025, "layers": [{"name": "x", "kind": 7}]}
        ),
        ConfigurationError,
    ),
    (
        "from_dict-holiday-date-huge",
        lambda: WorkingCalendar.from_dict(
            {
                "zone": "UTC",
                "years": 2025,
                "layers": [
                    {
                        "name": "x",
                        "kind": "regional",
                        "holidays": [{"date": 10**5000, "name_id": "a", "name_en": "a"}],
                    }
                ],
            }
        ),
        ConfigurationError,
    ),
    (
        "from_dict-holiday-date-str",
        lambda: WorkingCalendar.from_dict(
            {
                "zone": "UTC",
                "years": 2025,
                "layers": [
                    {
                        "name": "x",
                        "kind": "regional",
                        "holidays": [{"date": "2025-02-30", "name_id": "a", "name_en": "a"}],
                    }
                ],
            }
        ),
        ConfigurationError,
    ),
    (
        "from_dict-override-dates-reversed",
        lambda: WorkingCalendar.from_dict(
            {
                "zone": "UTC",
                "years": 2025,
                "overrides": [
                    {"name": "r", "start": date(2025, 3, 30), "end": date(2025, 3, 1), "week": {}}
                ],
            }
        ),
        ConfigurationError,
    ),
    (
        "from_dict-revision-year-huge",
        lambda: WorkingCalendar.from_dict(
            {
                "zone": "UTC",
                "years": 2025,
                "revisions": [{"layer": "x", "year": 10**30, "basis": "b"}],
            }
        ),
        ConfigurationError,
    ),
    (
        "from_dict-extra-days-hours-bad",
        lambda: WorkingCalendar.from_dict(
            {
                "zone": "UTC",
                "years": 2025,
                "extra_working_days": [{"date": date(2025, 1, 4), "name": "x", "hours": 5}],
            }
        ),
        ConfigurationError,
    ),
    (
        "from_dict-unknown-key",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 2025, "zonee": 1}),
        ConfigurationError,
    ),
    (
        "from_dict-key-not-str",
        lambda: WorkingCalendar.from_dict({"zone": "UTC", "years": 2025, 7: 1}),
        ConfigurationError,
    ),
    (
        "from_dict-zone-unknown",
        lambda: WorkingCalendar.from_dict({"zone": "Mars/Olympus", "years": 2025}),
        UnknownZoneError,
    ),
    ("time-window-parse-none", lambda: TimeWindow.parse(None), ConfigurationError),  # type: ignore[arg-type]
    ("time-window-parse-int", lambda: TimeWindow.parse(800), ConfigurationError),  # type: ignore[arg-type]
    ("time-window-parse-bad", lambda: TimeWindow.parse("08:00-07:00"), ConfigurationError),
    ("time-window-parse-surrogate", lambda: TimeWindow.parse("08:00-\ud800"), ConfigurationError),
    ("time-window-parse-huge", lambda: TimeWindow.parse("0" * 1_000_000), ConfigurationError),
    ("office-hours-parse-none", lambda: OfficeHours.parse(None), ConfigurationError),  # type: ignore[arg-type]
    ("office-hours-parse-bytes", lambda: OfficeHours.parse(b"08:00-12:00"), ConfigurationError),  # type: ignore[arg-type]
    (
        "office-hours-parse-overlap",
        lambda: OfficeHours.parse("08:00-12:00", "11:00-13:00"),
        ConfigurationError,
    ),
    ("week-from-dict-none", lambda: WeekSchedule.from_dict(None), ConfigurationError),  # type: ignore[arg-type]
    ("week-from-dict-list", lambda: WeekSchedule.from_dict(["mon"]), ConfigurationError),  # type: ignore[arg-type]
    (
        "week-with-day-unknown",
        lambda: WeekSchedule.government().with_day("funday", OfficeHours()),
        ConfigurationError,
    ),
    (
        "week-with-day-none",
        lambda: WeekSchedule.government().with_day(None, OfficeHours()),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "week-with-day-hours-str",
        lambda: WeekSchedule.government().with_day("mon", "08:00-12:00"),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    ("week-hours-on-huge", lambda: WeekSchedule.government().hours_on(10**30), ArgumentError),
    ("week-hours-on-none", lambda: WeekSchedule.government().hours_on(None), ArgumentError),  # type: ignore[arg-type]
    ("week-hours-on-seven", lambda: WeekSchedule.government().hours_on(7), ArgumentError),
    (
        "ramadan-dates-str",
        lambda: ScheduleOverride.ramadan(start="2025-03-01", end="2025-03-30"),
        ArgumentError,
    ),  # type: ignore[arg-type]
    (
        "ramadan-dates-none",
        lambda: ScheduleOverride.ramadan(start=None, end=None),
        ArgumentError,
    ),  # type: ignore[arg-type]
    (
        "ramadan-reversed",
        lambda: ScheduleOverride.ramadan(start=date(2025, 3, 30), end=date(2025, 3, 1)),
        ArgumentError,
    ),
    (
        "layer-of-none",
        lambda: HolidayLayer.of(name=None, kind="regional", holidays=[]),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "layer-of-kind-bad",
        lambda: HolidayLayer.of(name="x", kind="planetary", holidays=[]),
        ConfigurationError,
    ),
    (
        "layer-of-rows-int",
        lambda: HolidayLayer.of(name="x", kind="regional", holidays=7),
        ConfigurationError,
    ),  # type: ignore[arg-type]
    (
        "layer-of-row-short",
        lambda: HolidayLayer.of(name="x", kind="regional", holidays=[(D,)]),
        ConfigurationError,
    ),  # type: ignore[list-item]
    (
        "layer-of-row-date-str",
        lambda: HolidayLayer.of(name="x", kind="regional", holidays=[("2025-01-01", "a", "b")]),
        ConfigurationError,
    ),  # type: ignore[list-item]
]


@pytest.mark.parametrize(
    ("call", "expected"),
    [pytest.param(call, expected, id=name) for name, call, expected in CONSTRUCTOR_CASES],
)
def test_a_bad_calendar_configuration_is_refused_with_its_class(
    call: Callable[[], object], expected: type[PengaduanError]
) -> None:
    error = raises_typed(call)
    assert isinstance(error, expected), type(error).__name__


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_a_hostile_zone_name_is_an_unknown_zone(kind: str, text: str) -> None:
    error = raises_typed(WorkingCalendar.indonesia, zone=text, years=(2025, 2025))
    assert isinstance(error, UnknownZoneError | ConfigurationError), kind


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_a_hostile_language_is_refused(kind: str, text: str) -> None:
    error = raises_typed(format_instant, T, CAL, language=text)
    assert isinstance(error, CalendarArgumentError), kind


def test_valid_calls_still_answer() -> None:
    assert outcome(CAL.add_working_days, T, 3) == datetime(2025, 3, 7, tzinfo=WITA)
    assert outcome(CAL.add_working_hours, T, 2.5) == CAL.add_working_time(
        T, timedelta(hours=2, minutes=30)
    )
    assert outcome(CAL.add_working_days, T, 3, pauses=[]) == datetime(2025, 3, 7, tzinfo=WITA)
