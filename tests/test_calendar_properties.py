"""Invariants of the working calendar, and a differential test against numpy.busday_offset."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.calendar import WorkingCalendar

WITA = ZoneInfo("Asia/Makassar")


@pytest.fixture(scope="module")
def indonesia() -> WorkingCalendar:
    """National holidays and cuti bersama 2018-2031 (later years hold estimated dates)."""
    return WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2018, 2031))


# Built once at import for the Hypothesis tests (fixtures do not mix with @given).
CALENDAR = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2023, 2026))
RAMADAN = WorkingCalendar.from_dict(
    {
        "zone": "Asia/Makassar",
        "years": [2023, 2026],
        "builtin_layers": ["national", "cuti_bersama"],
        "overrides": [
            {"name": "Ramadan 1446 H", "start": "2025-03-01", "end": "2025-03-29", "ramadan": True}
        ],
        "week": {
            "mon": ["07:30-12:00", "13:00-16:00"],
            "fri": ["07:30-11:30"],
            "sat": ["08:00-12:00"],
        },
    }
)

instants = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime(2025, 12, 31, 23, 59)
).map(lambda naive: naive.replace(tzinfo=WITA))
amounts = st.integers(min_value=1, max_value=40)
calendars = st.sampled_from([CALENDAR, RAMADAN])


def test_differential_against_numpy_busday_offset(indonesia: WorkingCalendar) -> None:
    holidays = np.array(
        sorted({h.date for year in range(2018, 2032) for h in indonesia.holidays_in(year)}),
        dtype="datetime64[D]",
    )
    starts = np.arange(np.datetime64("2018-01-01"), np.datetime64("2031-01-01"))
    for n in range(1, 16):
        # roll="backward" turns "the n-th business day strictly after d" into numpy's terms
        expected = np.busday_offset(starts, n, roll="backward", holidays=holidays)
        got = np.array(
            [
                indonesia.nth_working_date(day, n)
                for day in starts.astype("datetime64[D]").astype(object)
            ],
            dtype="datetime64[D]",
        )
        mismatches = np.flatnonzero(expected != got)
        assert mismatches.size == 0, f"n={n}: first mismatch at {starts[mismatches[0]]}"
        # and the deadline instant is the end of that day, at local midnight
        sample = starts[:: 97 + n].astype(object)
        for day, last in zip(sample, got[:: 97 + n].astype(object), strict=True):
            received = datetime.combine(day, time(10, 0), tzinfo=WITA)
            assert indonesia.add_working_days(received, n) == indonesia.end_of_day(last)


def _business_reference(calendar: WorkingCalendar, a: datetime, b: datetime) -> timedelta:
    """Business time by walking the days (the slow way the library avoids)."""
    total = timedelta()
    day = calendar.local_date(a)
    while day <= calendar.local_date(b):
        if calendar.is_working_day(day):
            schedule = calendar.week
            for override in calendar.overrides:
                if override.covers(day):
                    schedule = override.week
            hours = schedule.hours_on(day.weekday())
            for window in hours.windows:
                start = datetime.combine(day, window.start, tzinfo=WITA)
                end = datetime.combine(day, window.end, tzinfo=WITA)
                overlap = min(end, b) - max(start, a)
                total += max(overlap, timedelta())
        day += timedelta(days=1)
    return total


@given(calendar=calendars, start=instants, n=amounts)
def test_deadlines_land_at_the_end_of_a_working_day(
    calendar: WorkingCalendar, start: datetime, n: int
) -> None:
    due = calendar.add_working_days(start, n)
    last = calendar.local_date(due - timedelta(microseconds=1))
    assert due.timetz().replace(tzinfo=None) == time(0, 0)
    assert due == calendar.end_of_day(last)
    assert calendar.is_working_day(last)
    assert last > calendar.local_date(start)


@given(calendar=calendars, start=instants, n=amounts)
def test_add_and_count_round_trip(calendar: WorkingCalendar, start: datetime, n: int) -> None:
    due = calendar.add_working_days(start, n)
    last = calendar.local_date(due - timedelta(microseconds=1))
    assert calendar.working_days_between(start, last) == n
    assert calendar.working_days_between(start, last - timedelta(days=1)) == n - 1


@given(calendar=calendars, a=instants, b=instants, n=amounts, m=amounts)
def test_monotonic_in_start_and_amount(
    calendar: WorkingCalendar, a: datetime, b: datetime, n: int, m: int
) -> None:
    early, late = sorted((a, b))
    small, big = sorted((n, m))
    assert calendar.add_working_days(early, small) <= calendar.add_working_days(late, small)
    assert calendar.add_working_days(early, small) <= calendar.add_working_days(early, big)
    hours_small, hours_big = timedelta(minutes=13 * small), timedelta(minutes=13 * big)
    assert calendar.add_working_time(early, hours_small) <= calendar.add_working_time(
        late, hours_small
    )
    assert calendar.add_working_time(early, hours_small) <= calendar.add_working_time(
        early, hours_big
    )


@given(calendar=calendars, start=instants, minutes=st.integers(min_value=1, max_value=60 * 80))
def test_working_time_round_trip(calendar: WorkingCalendar, start: datetime, minutes: int) -> None:
    amount = timedelta(minutes=minutes)
    due = calendar.add_working_time(start, amount)
    assert calendar.working_time_between(start, due) == amount
    assert calendar.is_working_moment(due - timedelta(microseconds=1))


@given(calendar=calendars, a=instants, span=st.integers(min_value=0, max_value=60 * 24 * 12))
def test_working_time_matches_a_day_by_day_reference(
    calendar: WorkingCalendar, a: datetime, span: int
) -> None:
    b = a + timedelta(minutes=span)
    assert calendar.working_time_between(a, b) == _business_reference(calendar, a, b)


@given(
    calendar=calendars,
    start=instants,
    n=amounts,
    offset=st.integers(min_value=0, max_value=60 * 24 * 30),
    hour_a=st.integers(min_value=0, max_value=23),
    hour_b=st.integers(min_value=0, max_value=23),
)
def test_pause_and_resume_on_the_same_date_change_nothing(
    *, calendar: WorkingCalendar, start: datetime, n: int, offset: int, hour_a: int, hour_b: int
) -> None:
    pause_day = calendar.local_date(start + timedelta(minutes=offset))
    paused, resumed = sorted(
        datetime.combine(pause_day, time(h), tzinfo=WITA) for h in (hour_a, hour_b)
    )
    if paused < start:
        paused = resumed = start
    assert calendar.add_working_days(start, n, pauses=[(paused, resumed)]) == (
        calendar.add_working_days(start, n)
    )


@given(
    calendar=calendars,
    start=instants,
    n=amounts,
    before=st.integers(min_value=0, max_value=60 * 24 * 20),
    length=st.integers(min_value=0, max_value=60 * 24 * 20),
    extra=st.integers(min_value=0, max_value=60 * 24 * 20),
)
def test_a_longer_pause_never_shortens_a_deadline(
    *, calendar: WorkingCalendar, start: datetime, n: int, before: int, length: int, extra: int
) -> None:
    paused = start + timedelta(minutes=before)
    resumed = paused + timedelta(minutes=length)
    longer = resumed + timedelta(minutes=extra)
    plain = calendar.add_working_days(start, n)
    short = calendar.add_working_days(start, n, pauses=[(paused, resumed)])
    long = calendar.add_working_days(start, n, pauses=[(paused, longer)])
    assert plain <= short <= long
    hours = timedelta(minutes=17 * n)
    plain_h = calendar.add_working_time(start, hours)
    short_h = calendar.add_working_time(start, hours, pauses=[(paused, resumed)])
    long_h = calendar.add_working_time(start, hours, pauses=[(paused, longer)])
    assert plain_h <= short_h <= long_h


@given(calendar=calendars, start=instants, minutes=st.integers(min_value=1, max_value=60 * 40))
def test_paused_intervals_contribute_no_business_time(
    calendar: WorkingCalendar, start: datetime, minutes: int
) -> None:
    amount = timedelta(minutes=minutes)
    paused = start + timedelta(hours=2)
    resumed = paused + timedelta(days=3)
    due = calendar.add_working_time(start, amount, pauses=[(paused, resumed)])
    counted = calendar.working_time_between(start, due)
    if due > resumed:
        counted -= calendar.working_time_between(paused, resumed)
    assert counted == amount


@given(day=st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 30)))
def test_working_days_listing_agrees_with_is_working_day(day: date) -> None:
    window = CALENDAR.working_days(day, day + timedelta(days=1))
    assert window == tuple(d for d in (day, day + timedelta(days=1)) if CALENDAR.is_working_day(d))
