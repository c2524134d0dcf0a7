"""What an audit counts, as plain picklable data (private; shared by the streaming audit and
its partial audits)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pengaduan.audit.problems import ReadProblem

__all__ = ["MAX_PROBLEMS", "Contribution"]

MAX_PROBLEMS = 1000
"""Problems kept with their line numbers; beyond that only their number (by kind) is kept."""


Contribution = tuple[
    tuple[str, ...],
    str,
    str,
    str,
    int,
    int,
    tuple[tuple[str, "str | None", "str | None", "int | None"], ...],
    "int | None",
]
"""What one complaint adds: units, status, category, classification, SOP violations, integrity
failures, ``(clock, outcome, breach month, units taken)`` per deadline cycle, and the reporter's
satisfaction score (``None`` without an answer)."""


class _ClockTally:
    __slots__ = (
        "ended_late",
        "histogram",
        "judged",
        "met_late",
        "on_time",
        "overdue_open",
        "started",
    )

    def __init__(self) -> None:
        self.started = 0
        self.judged = 0
        self.on_time = 0
        self.met_late = 0
        self.ended_late = 0
        self.overdue_open = 0
        self.histogram: Counter[int] = Counter()

    def merge(self, other: _ClockTally) -> None:
        self.started += other.started
        self.judged += other.judged
        self.on_time += other.on_time
        self.met_late += other.met_late
        self.ended_late += other.ended_late
        self.overdue_open += other.overdue_open
        self.histogram.update(other.histogram)

    def subtract(self, other: _ClockTally) -> None:
        self.started -= other.started
        self.judged -= other.judged
        self.on_time -= other.on_time
        self.met_late -= other.met_late
        self.ended_late -= other.ended_late
        self.overdue_open -= other.overdue_open
        self.histogram -= other.histogram

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


class _Tally:
    __slots__ = (
        "breaches_by_month",
        "categories",
        "classifications",
        "clocks",
        "complaints",
        "integrity_failures",
        "satisfaction",
        "sop_violations",
        "statuses",
        "unit_counts",
    )

    def __init__(self) -> None:
        self.satisfaction: Counter[int] = Counter()
        """Satisfaction answers by score (1 to 5)."""
        self.unit_counts: Counter[int] = Counter()
        self.complaints = 0
        self.statuses: Counter[str] = Counter()
        self.categories: Counter[str] = Counter()
        self.classifications: Counter[str] = Counter()
        self.clocks: dict[str, _ClockTally] = {}
        self.breaches_by_month: Counter[str] = Counter()
        self.sop_violations = 0
        self.integrity_failures = 0

    def clock(self, name: str) -> _ClockTally:
        found = self.clocks.get(name)
        if found is None:
            found = self.clocks[name] = _ClockTally()
        return found

    def merge(self, other: _Tally) -> None:
        self.complaints += other.complaints
        self.unit_counts.update(other.unit_counts)
        self.statuses.update(other.statuses)
        self.categories.update(other.categories)
        self.classifications.update(other.classifications)
        for name, tally in other.clocks.items():
            self.clock(name).merge(tally)
        self.breaches_by_month.update(other.breaches_by_month)
        self.sop_violations += other.sop_violations
        self.integrity_failures += other.integrity_failures
        self.satisfaction.update(other.satisfaction)

    def subtract(self, other: _Tally) -> None:
        """Take away what ``other`` counted (it counted a part of what this one did)."""
        self.complaints -= other.complaints
        self.unit_counts -= other.unit_counts
        self.statuses -= other.statuses
        self.categories -= other.categories
        self.classifications -= other.classifications
        for name, tally in other.clocks.items():
            self.clock(name).subtract(tally)
        self.breaches_by_month -= other.breaches_by_month
        self.sop_violations -= other.sop_violations
        self.integrity_failures -= other.integrity_failures
        self.satisfaction -= other.satisfaction

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


class _State:
    """Everything an audit has counted: plain data, picklable, mergeable."""

    __slots__ = ("overall", "problem_counts", "problems", "seen", "units")

    def __init__(self) -> None:
        self.overall = _Tally()
        self.units: dict[str, _Tally] = {}
        self.problems: list[ReadProblem] = []
        self.problem_counts: Counter[str] = Counter()
        self.seen: dict[int, int] = {}

    def subtract(self, other: _State) -> None:
        """Take away the tallies of ``other`` (complaints this state also counted)."""
        self.overall.subtract(other.overall)
        for unit, tally in other.units.items():
            mine = self.units[unit]
            mine.subtract(tally)
            if mine.complaints <= 0:
                del self.units[unit]

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)


def _apply_contribution(state: _State, contribution: Contribution, times: int = 1) -> None:
    """Count ``times`` complaints that each add ``contribution``."""
    units, status, category, classification, violations, integrity, cycles, score = contribution
    tallies = [state.overall]
    state.overall.unit_counts[sum(1 for unit in units if unit)] += times
    for unit in units:
        tally = state.units.get(unit)
        if tally is None:
            tally = state.units[unit] = _Tally()
        tallies.append(tally)
    for tally in tallies:
        tally.complaints += times
        tally.statuses[status] += times
        tally.categories[category] += times
        tally.classifications[classification] += times
        tally.sop_violations += violations * times
        tally.integrity_failures += integrity * times
        if score is not None:
            tally.satisfaction[score] += times
        for name, outcome, month, taken in cycles:
            clock = tally.clock(name)
            clock.started += times
            if outcome is not None:
                clock.judged += times
                setattr(clock, outcome, getattr(clock, outcome) + times)
            if month is not None:
                tally.breaches_by_month[month] += times
            if taken is not None:
                clock.histogram[taken] += times


def _line(problem: ReadProblem) -> tuple[str, int]:
    return problem.source or "", problem.line


def _keep(problems: list[ReadProblem], problem: ReadProblem) -> None:
    """Add a problem, keeping (at least) the [`MAX_PROBLEMS`][pengaduan.audit.MAX_PROBLEMS] of
    lowest line, in any order
    of arrival (parts of a file are merged out of order)."""
    problems.append(problem)
    if len(problems) >= 2 * MAX_PROBLEMS:
        problems.sort(key=_line)
        del problems[MAX_PROBLEMS:]
