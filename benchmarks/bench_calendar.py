"""Working-calendar speed: pengaduan side by side with workalendar and businesstimedelta.

Same holidays (Indonesian national holidays and cuti bersama 2024-2027, WITA), same schedule
(Mon-Thu 07:30-12:00 + 13:00-16:00, Fri 07:30-11:30 + 13:00-16:30), same random workload, one run:

* add N working days: ``WorkingCalendar.add_working_days`` (aware instant in, aware deadline out)
  vs workalendar's ``add_working_days`` (date in, date out), set up as its docs say (a
  ``Calendar`` subclass that gives its holidays through ``get_variable_days``, so workalendar's
  per-year holiday cache works), and vs a plain day-by-day loop over a ``holidays`` set doing
  the whole job (aware instant in, local date, loop, end-of-day deadline out); for the mixed
  workload (N in 1..15) and for each N in 1, 3, 5, 10, 15, 60; targets: >= 5x workalendar, and
  faster than the plain loop, for every N. pengaduan keeps no memo of earlier calls: every call
  bisects the working dates resolved with the calendar (whose end-of-day instants are built with
  those arrays, once per calendar, like workalendar's per-year holiday cache), so every figure
  is the cold one.
* add N working hours: ``WorkingCalendar.add_working_time`` vs ``start + BusinessTimeDelta``;
  target >= 100x.

Both alternatives are checked to give the same answers on the workload before being timed.
Run: ``.venv/bin/python benchmarks/bench_calendar.py`` (or ``make bench``).
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import TYPE_CHECKING, Any

import businesstimedelta
import pytz
from workalendar.core import SAT, SUN, Calendar

from pengaduan.calendar import WorkingCalendar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ZONE = "Asia/Makassar"
SAMPLES = 20_000
SLOW_SAMPLES = 2_000


def build_workload(calendar: WorkingCalendar) -> list[tuple[datetime, int]]:
    rng = random.Random(20250306)
    first = datetime(2024, 1, 1, tzinfo=calendar.zone_info)
    span = int(timedelta(days=3 * 365 - 20).total_seconds())
    return [
        (first + timedelta(seconds=rng.randrange(span)), rng.randint(1, 15)) for _ in range(SAMPLES)
    ]


def workalendar_for(holidays: list[date]) -> Calendar:
    """A workalendar calendar as its docs build one: holidays come from a hook it caches."""

    class Kupang(Calendar):
        WEEKEND_DAYS = (SAT, SUN)

        def get_variable_days(self, year: int) -> list[tuple[date, str]]:
            return [(day, "libur") for day in holidays if day.year == year]

    return Kupang()


def plain_loop_for(holidays: list[date], zone: Any) -> Callable[[datetime, int], datetime]:
    """What an app writes without a calendar library: walk the days, skip weekends and holidays."""
    closed = frozenset(holidays)

    def add_working_days(start: datetime, n: int) -> datetime:
        day = start.astimezone(zone).date()
        while n:
            day += timedelta(days=1)
            if day.weekday() < 5 and day not in closed:
                n -= 1
        return datetime.combine(day + timedelta(days=1), clock(), tzinfo=zone)

    return add_working_days


def businesstime_rules(holidays: list[date]) -> businesstimedelta.Rules:
    tz = pytz.timezone(ZONE)
    return businesstimedelta.Rules(
        [
            businesstimedelta.WorkDayRule(clock(7, 30), clock(16), [0, 1, 2, 3], tz=tz),
            businesstimedelta.WorkDayRule(clock(7, 30), clock(16, 30), [4], tz=tz),
            businesstimedelta.LunchTimeRule(clock(12), clock(13), [0, 1, 2, 3], tz=tz),
            businesstimedelta.LunchTimeRule(clock(11, 30), clock(13), [4], tz=tz),
            businesstimedelta.HolidayRule(holidays, tz=tz),
        ]
    )


def per_call(function: Callable[..., object], arguments: Sequence[tuple[Any, ...]]) -> float:
    begin = time.perf_counter()
    for args in arguments:
        function(*args)
    return (time.perf_counter() - begin) / len(arguments)


def report(title: str, ours: float, theirs: float, other: str, target: float) -> None:
    ratio = theirs / ours
    verdict = "OK" if ratio >= target else "BELOW TARGET"
    print(f"{title}")
    print(f"  pengaduan   {ours * 1e6:10.2f} us/call")
    print(f"  {other:<11} {theirs * 1e6:10.2f} us/call")
    print(f"  ratio       {ratio:10.1f}x   (target >= {target:g}x: {verdict})")


def main() -> None:
    calendar = WorkingCalendar.indonesia(zone=ZONE, years=(2024, 2027))
    holidays = sorted({h.date for y in calendar.years for h in calendar.holidays_in(y)})
    workload = build_workload(calendar)
    calendar.add_working_days(workload[0][0], 1)  # build the arrays outside the timing

    # -- add N working days -------------------------------------------------------------------
    workal = workalendar_for(holidays)
    local_dates = [(calendar.local_date(t), n) for t, n in workload]
    for (start, n), (day, _) in zip(workload[:500], local_dates[:500], strict=True):
        ours = calendar.local_date(calendar.add_working_days(start, n) - timedelta(days=1))
        assert ours == workal.add_working_days(day, n), (start, n)
    for day, n in local_dates[:SLOW_SAMPLES]:  # warm workalendar's per-year holiday cache
        workal.add_working_days(day, n)
    loop = plain_loop_for(holidays, calendar.zone_info)
    for start, n in workload[:500]:
        assert loop(start, n) == calendar.add_working_days(start, n), (start, n)
    ours_days = per_call(calendar.add_working_days, workload)
    theirs_days = per_call(workal.add_working_days, local_dates)
    loop_days = per_call(loop, workload)
    report("add N working days (N in 1..15)", ours_days, theirs_days, "workalendar", 5)
    report("add N working days (N in 1..15)", ours_days, loop_days, "plain loop", 1)
    print("by N: pengaduan / workalendar / plain loop (us per call), ratios; targets 5x and 1x")
    for n in (1, 3, 5, 10, 15, 60):
        ours_n = per_call(calendar.add_working_days, [(t, n) for t, _ in workload])
        theirs_n = per_call(workal.add_working_days, [(d, n) for d, _ in local_dates])
        loop_n = per_call(loop, [(t, n) for t, _ in workload])
        verdict = "OK" if theirs_n / ours_n >= 5 and loop_n / ours_n >= 1 else "BELOW TARGET"
        print(
            f"  N={n:<3} {ours_n * 1e6:6.2f} / {theirs_n * 1e6:7.2f} / {loop_n * 1e6:6.2f}"
            f"   x{theirs_n / ours_n:5.1f} workalendar   x{loop_n / ours_n:5.2f} plain loop"
            f"   {verdict}"
        )

    # -- add N working hours ------------------------------------------------------------------
    rules = businesstime_rules(holidays)
    hours = [(t, timedelta(hours=n * 2)) for t, n in workload]
    deltas = [
        (t.astimezone(pytz.timezone(ZONE)), businesstimedelta.BusinessTimeDelta(rules, hours=n * 2))
        for t, n in workload[:SLOW_SAMPLES]
    ]
    for (start, amount), (_, delta) in zip(hours[:300], deltas[:300], strict=True):
        # where we answer a closing time (16:00) it may answer the next opening: compare the
        # business time between the two answers rather than the instants
        gap = calendar.working_time_between(calendar.add_working_time(start, amount), start + delta)
        assert gap == timedelta(), (start, amount)
    ours_hours = per_call(calendar.add_working_time, hours)
    theirs_hours = per_call(lambda start, delta: start + delta, deltas)
    report("add N working hours (2..30 h)", ours_hours, theirs_hours, "btd", 100)


if __name__ == "__main__":
    main()
