"""Precomputed arrays behind
[`pengaduan.calendar.WorkingCalendar`][pengaduan.calendar.WorkingCalendar].

A calendar is resolved once, for its whole year range, into sorted integer arrays:

* the ordinals (``date.toordinal()``) of its working dates, and
* its office-hour windows as UTC instants in integer microseconds since the Unix epoch, with the
  business time accumulated before each window.

Every query is then one or two ``bisect`` calls: O(log n) whatever the distance between the two
instants, and exact (integers, no floating point).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

import attrs

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import OutOfRangeError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from zoneinfo import ZoneInfo

__all__ = ["EPOCH", "MICROSECOND", "CalendarIndex", "build_index", "to_micros"]

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)
_MAX_ORDINAL = date.max.toordinal()


def to_micros(instant: datetime) -> int:
    """Microseconds since the Unix epoch of an aware datetime (exact, integer)."""
    return (instant - EPOCH) // MICROSECOND


def wall_to_micros(day: date, wall: time, zone: ZoneInfo) -> int:
    """The instant a local wall-clock time happens on ``day`` in ``zone``.

    A wall time skipped by a daylight-saving jump is read with the offset in force before the
    jump (``fold=0``), which moves it forward by the jump; a repeated wall time means its first
    occurrence.
    """
    return to_micros(datetime.combine(day, wall, tzinfo=zone))


@attrs.frozen(kw_only=True)
class CalendarIndex:
    """The resolved calendar: working dates and office-hour windows as sorted integer arrays.

    Attributes:
        first_ordinal: ordinal of 1 January of the first year.
        last_ordinal: ordinal of 31 December of the last year.
        range_start: first instant covered (local midnight starting the first year), in µs.
        range_end: first instant after the range (local midnight after the last day), in µs.
        working_ordinals: sorted ordinals of the working dates.
        window_starts: sorted UTC starts of the office-hour windows, in µs.
        window_ends: UTC ends of the windows, in µs.
        business_before: business µs accumulated before each window starts.
        business_after: business µs accumulated when each window ends.
    """

    first_ordinal: int
    last_ordinal: int
    range_start: int
    range_end: int
    working_ordinals: Sequence[int]
    window_starts: Sequence[int]
    window_ends: Sequence[int]
    business_before: Sequence[int]
    business_after: Sequence[int]

    # -- day unit -----------------------------------------------------------------------------

    def check_ordinal(self, ordinal: int) -> None:
        """Raise OutOfRangeError unless the date is inside the calendar's years."""
        if not self.first_ordinal <= ordinal <= self.last_ordinal:
            raise self.out_of_range(ordinal)

    def out_of_range(self, ordinal: int) -> OutOfRangeError:
        """The error for a date outside the calendar's years."""
        shown = (
            date.fromordinal(ordinal).isoformat()
            if 1 <= ordinal <= _MAX_ORDINAL
            else Phrase(N_("after 9999-12-31") if ordinal > 0 else N_("before 0001-01-01"))
        )
        return OutOfRangeError(
            date=shown,
            first_year=date.fromordinal(self.first_ordinal).year,
            last_year=date.fromordinal(self.last_ordinal).year,
        )

    def is_working(self, ordinal: int) -> bool:
        """Whether the date is a working date."""
        self.check_ordinal(ordinal)
        position = bisect_left(self.working_ordinals, ordinal)
        return position < len(self.working_ordinals) and self.working_ordinals[position] == ordinal

    def nth_working_after(self, ordinal: int, count: int) -> int:
        """The ordinal of the ``count``-th working date strictly after ``ordinal`` (count >= 1)."""
        self.check_ordinal(ordinal)
        position = bisect_right(self.working_ordinals, ordinal) + count - 1
        if position >= len(self.working_ordinals):
            raise self.out_of_range(self.last_ordinal + 1)
        return self.working_ordinals[position]

    def working_count(self, after: int, through: int) -> int:
        """Working dates in ``(after, through]``; negative when ``through < after``."""
        self.check_ordinal(after)
        self.check_ordinal(through)
        return bisect_right(self.working_ordinals, through) - bisect_right(
            self.working_ordinals, after
        )

    def working_between(self, first: int, last: int) -> Sequence[int]:
        """Ordinals of the working dates in ``[first, last]``."""
        self.check_ordinal(first)
        self.check_ordinal(last)
        low = bisect_left(self.working_ordinals, first)
        high = bisect_right(self.working_ordinals, last)
        return self.working_ordinals[low:high]

    # -- business time ------------------------------------------------------------------------

    def check_instant(self, micros: int, ordinal: int) -> None:
        """Raise OutOfRangeError unless the instant is inside the calendar's years."""
        if not self.range_start <= micros < self.range_end:
            raise self.out_of_range(ordinal)

    def business_until(self, micros: int) -> int:
        """Business µs from the start of the range to ``micros``."""
        window = bisect_right(self.window_starts, micros) - 1
        if window < 0:
            return 0
        return self.business_before[window] + (
            min(micros, self.window_ends[window]) - self.window_starts[window]
        )

    def add_business(self, micros: int, amount: int) -> int:
        """The instant at which ``amount`` (> 0) business µs after ``micros`` have elapsed.

        An amount that ends exactly at the end of a window gives that end (16:00), not the start
        of the next window.
        """
        target = self.business_until(micros) + amount
        window = bisect_left(self.business_after, target)
        if window >= len(self.business_after):
            raise self.out_of_range(self.last_ordinal + 1)
        return self.window_starts[window] + (target - self.business_before[window])

    def is_open(self, micros: int) -> bool:
        """Whether the instant is inside an office-hour window (start inclusive, end exclusive)."""
        window = bisect_right(self.window_starts, micros) - 1
        return window >= 0 and micros < self.window_ends[window]

    def next_open(self, micros: int) -> int:
        """``micros`` itself when open, else the start of the next window."""
        window = bisect_right(self.window_starts, micros) - 1
        if window >= 0 and micros < self.window_ends[window]:
            return micros
        if window + 1 >= len(self.window_starts):
            raise self.out_of_range(self.last_ordinal + 1)
        return self.window_starts[window + 1]


def build_index(
    *,
    zone: ZoneInfo,
    first_year: int,
    last_year: int,
    hours_for: Mapping[int, Iterable[tuple[time, time]]],
) -> CalendarIndex:
    """Build the arrays from the office-hour windows of every working date.

    Args:
        zone: the calendar's zone; windows are local wall-clock times in it.
        first_year: first year of the range.
        last_year: last year of the range (inclusive).
        hours_for: for each working date's ordinal, its windows as ``(start, end)`` wall times,
            sorted and not overlapping. Dates absent from the mapping are not working dates.

    Returns:
        The resolved index.
    """
    first = date(first_year, 1, 1)
    after_last = date(last_year + 1, 1, 1)
    starts: list[int] = []
    ends: list[int] = []
    before: list[int] = []
    after: list[int] = []
    total = 0
    ordinals = sorted(hours_for)
    for ordinal in ordinals:
        day = date.fromordinal(ordinal)
        for start_wall, end_wall in hours_for[ordinal]:
            start = wall_to_micros(day, start_wall, zone)
            end = wall_to_micros(day, end_wall, zone)
            if end <= start:  # a window swallowed by a daylight-saving jump
                continue
            starts.append(start)
            ends.append(end)
            before.append(total)
            total += end - start
            after.append(total)
    return CalendarIndex(
        first_ordinal=first.toordinal(),
        last_ordinal=after_last.toordinal() - 1,
        range_start=wall_to_micros(first, time(0), zone),
        range_end=wall_to_micros(after_last, time(0), zone),
        working_ordinals=ordinals,
        window_starts=starts,
        window_ends=ends,
        business_before=before,
        business_after=after,
    )
