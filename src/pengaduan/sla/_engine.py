"""Clock evaluation: one pass over a complaint's history, O(log n) calendar arithmetic.

Each rule's conditions are compiled into bit masks per distinct history step (action, statuses,
role), remembered in a dict, so an event costs one lookup whatever the number of conditions. A
clock's cycles are then replayed from the masks, and each cycle is measured with a few calls into
the calendar's resolved arrays (never day by day).

Counting follows ``docs/calendar.md``: with pauses, the units in ``(cursor, pause]`` are consumed
(for day units: working or calendar *dates*, so a pause on the last day consumes it), and after a
resume at ``r`` the rest counts from ``r`` (dates strictly after ``r``'s date).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from pengaduan.calendar import TimeUnit
from pengaduan.calendar._index import EPOCH, MICROSECOND
from pengaduan.sla._conditions import Step
from pengaduan.sla._model import ClockReport, ClockRule, ClockState

if TYPE_CHECKING:
    from collections.abc import Mapping
    from zoneinfo import ZoneInfo

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.calendar._index import CalendarIndex
    from pengaduan.errors import OutOfRangeError
    from pengaduan.model import Classification, Complaint, Event
    from pengaduan.workflow import StatusCategory

__all__ = ["CompiledPolicy", "evaluate_history"]

START, STOP, PAUSE, RESUME, RESET, CANCEL, EXTEND = 1, 2, 4, 8, 16, 32, 64
_FIELDS = (
    ("start", START),
    ("stop", STOP),
    ("pause", PAUSE),
    ("resume", RESUME),
    ("reset", RESET),
    ("cancel", CANCEL),
    ("extend", EXTEND),
)
_MIDNIGHT = time(0)
_HOUR = 3_600_000_000
_ZERO = timedelta()
_CACHE_LIMIT = 50_000
_LAST_ORDINAL = date.max.toordinal()
_METER_LIMIT = 8


def rule_masks(rule: ClockRule, step: Step) -> int:
    """The bit mask of the rule's conditions that fire on ``step``."""
    mask = 0
    for field, bit in _FIELDS:
        condition = getattr(rule, field)
        if condition is not None and condition(step):
            mask |= bit
    return mask


class CompiledPolicy:
    """A validated policy ready to evaluate: rules plus remembered masks per history step."""

    __slots__ = ("_applicable", "_masks", "categories", "rules")

    def __init__(self, rules: tuple[ClockRule, ...], categories: Mapping[str, StatusCategory]):
        self.rules = rules
        self.categories = dict(categories)
        self._masks: dict[tuple[str, str | None, str, str], tuple[int, ...] | None] = {}
        self._applicable: dict[Classification, tuple[int, ...]] = {}

    def applicable(self, classification: Classification) -> tuple[int, ...]:
        """Indexes of the rules that apply to a classification."""
        found = self._applicable.get(classification)
        if found is None:
            found = tuple(i for i, r in enumerate(self.rules) if r.applies_to(classification))
            self._applicable[classification] = found
        return found

    def masks(self, event: Event) -> tuple[int, ...] | None:
        """Per rule, the mask of conditions firing on ``event``; ``None`` when none fires."""
        key = (event.action, event.from_status, event.to_status, event.actor.role)
        try:
            return self._masks[key]
        except KeyError:
            pass
        cats = self.categories
        step = Step(
            action=event.action,
            from_status=event.from_status,
            to_status=event.to_status,
            role=event.actor.role,
            from_category=None if event.from_status is None else cats.get(event.from_status),
            to_category=cats.get(event.to_status),
        )
        masks = tuple(rule_masks(rule, step) for rule in self.rules)
        result = masks if any(masks) else None
        self._masks[key] = result
        return result


# -- meters: the unit's arithmetic on the calendar's arrays -----------------------------------


class _Local:
    """Local dates, day ends and local instants of one zone, remembered (they repeat a lot)."""

    __slots__ = ("_ends", "_index", "_locals", "_ordinals", "zone")

    def __init__(self, zone: ZoneInfo, index: CalendarIndex) -> None:
        self.zone = zone
        self._index = index
        self._ordinals: dict[datetime, int] = {}
        self._ends: dict[int, datetime] = {}
        self._locals: dict[datetime, datetime] = {}

    def ordinal(self, instant: datetime) -> int:
        try:
            return self._ordinals[instant]
        except KeyError:
            if len(self._ordinals) > _CACHE_LIMIT:
                self._ordinals.clear()
            try:
                found = instant.astimezone(self.zone).toordinal()
            except OverflowError:
                found = None
            if found is None:
                raise self._beyond(instant) from None
            self._ordinals[instant] = found
            return found

    def end_of(self, ordinal: int) -> datetime:
        """The instant the date ends (the next local midnight), in UTC."""
        try:
            return self._ends[ordinal]
        except KeyError:
            if len(self._ends) > _CACHE_LIMIT:
                self._ends.clear()
            found: datetime | None = None
            if 0 <= ordinal < _LAST_ORDINAL:
                midnight = datetime.combine(
                    date.fromordinal(ordinal + 1), _MIDNIGHT, tzinfo=self.zone
                )
                try:
                    found = midnight.astimezone(UTC)
                except OverflowError:
                    found = None
            if found is None:
                raise self._index.out_of_range(ordinal + 1) from None
            self._ends[ordinal] = found
            return found

    def local(self, instant: datetime) -> datetime:
        """``instant`` in the zone."""
        if instant.tzinfo is self.zone:
            return instant
        try:
            return self._locals[instant]
        except KeyError:
            if len(self._locals) > _CACHE_LIMIT:
                self._locals.clear()
            try:
                found = instant.astimezone(self.zone)
            except OverflowError:
                found = None
            if found is None:
                raise self._beyond(instant) from None
            self._locals[instant] = found
            return found

    def _beyond(self, instant: datetime) -> OutOfRangeError:
        """The error for a stored instant within hours of year 1 or 9999 whose local date no
        ``date`` can hold (instants an app gives are refused long before, see `to_utc`)."""
        return self._index.out_of_range(_LAST_ORDINAL + 1 if instant.year > 1 else 0)


_DAYS = tuple(timedelta(days=n) for n in range(-1000, 1001))


class _Meter:
    """Counts and adds in one unit. Quantities are ints: days, or business microseconds."""

    __slots__ = ("end_of", "index", "local", "ordinal", "zone")

    def __init__(self, local: _Local, index: CalendarIndex | None) -> None:
        self.zone = local.zone
        self.index = index
        self.ordinal = local.ordinal
        self.end_of = local.end_of
        self.local = local.local

    def quantity(self, amount: int) -> int:
        return amount

    def as_timedelta(self, quantity: int) -> timedelta:
        if -1000 <= quantity <= 1000:
            return _DAYS[quantity + 1000]
        return timedelta(days=quantity)

    def consumed(self, a: datetime, b: datetime) -> int:
        raise NotImplementedError

    def finish(self, cursor: datetime, quantity: int) -> datetime:
        raise NotImplementedError

    def begin(self, cursor: datetime, quantity: int) -> datetime:
        """When the ``quantity``-th unit begins (days: the midnight starting that date)."""
        raise NotImplementedError

    def warning(self, quantity: int, before: int) -> int:
        """The unit whose beginning is the warning: the first of the last ``before`` days."""
        return quantity - before + 1


class _WorkingDays(_Meter):
    """Working days on the calendar's sorted working ordinals (two bisects per question)."""

    __slots__ = ("first", "last", "working")

    def __init__(self, local: _Local, index: CalendarIndex) -> None:
        super().__init__(local, index)
        self.working = index.working_ordinals
        self.first = index.first_ordinal
        self.last = index.last_ordinal

    def _checked(self, instant: datetime) -> int:
        ordinal = self.ordinal(instant)
        if not self.first <= ordinal <= self.last:
            assert self.index is not None  # noqa: S101 - set for this unit
            raise self.index.out_of_range(ordinal)
        return ordinal

    def consumed(self, a: datetime, b: datetime) -> int:
        working = self.working
        return bisect_right(working, self._checked(b)) - bisect_right(working, self._checked(a))

    def _nth(self, cursor: datetime, quantity: int) -> int:
        position = bisect_right(self.working, self._checked(cursor)) + quantity - 1
        if position >= len(self.working):
            assert self.index is not None  # noqa: S101 - set for this unit
            raise self.index.out_of_range(self.last + 1)
        return self.working[position]

    def finish(self, cursor: datetime, quantity: int) -> datetime:
        return self.end_of(self._nth(cursor, quantity))

    def begin(self, cursor: datetime, quantity: int) -> datetime:
        return self.end_of(self._nth(cursor, quantity) - 1)


class _CalendarDays(_Meter):
    __slots__ = ()

    def consumed(self, a: datetime, b: datetime) -> int:
        return self.ordinal(b) - self.ordinal(a)

    def finish(self, cursor: datetime, quantity: int) -> datetime:
        return self.end_of(self.ordinal(cursor) + quantity)

    def begin(self, cursor: datetime, quantity: int) -> datetime:
        return self.end_of(self.ordinal(cursor) + quantity - 1)


class _WorkingHours(_Meter):
    __slots__ = ()

    def quantity(self, amount: int) -> int:
        return amount * _HOUR

    def as_timedelta(self, quantity: int) -> timedelta:
        return timedelta(microseconds=quantity)

    def _business(self, instant: datetime) -> int:
        index = self.index
        assert index is not None  # noqa: S101 - set for this unit
        micros = (instant - EPOCH) // MICROSECOND
        if not index.range_start <= micros < index.range_end:
            index.check_instant(micros, self.ordinal(instant))
        return index.business_until(micros)

    def consumed(self, a: datetime, b: datetime) -> int:
        return self._business(b) - self._business(a)

    def finish(self, cursor: datetime, quantity: int) -> datetime:
        index = self.index
        assert index is not None  # noqa: S101 - set for this unit
        self._business(cursor)  # range check
        micros = index.add_business((cursor - EPOCH) // MICROSECOND, quantity)
        return EPOCH + timedelta(microseconds=micros)

    def begin(self, cursor: datetime, quantity: int) -> datetime:
        return self.finish(cursor, quantity)

    def warning(self, quantity: int, before: int) -> int:
        return quantity - before * _HOUR


_METERS: dict[int, tuple[CalendarIndex, dict[TimeUnit, _Meter]]] = {}


def meters(calendar: WorkingCalendar) -> dict[TimeUnit, _Meter]:
    """The three meters of a calendar (resolving it on first use), kept for reuse."""
    resolved = calendar._resolve()  # same package: the arrays behind the calendar
    index = resolved.index
    cached = _METERS.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    local = _Local(resolved.zone, index)
    found = {
        TimeUnit.WORKING_DAYS: _WorkingDays(local, index),
        TimeUnit.CALENDAR_DAYS: _CalendarDays(local, None),
        TimeUnit.WORKING_HOURS: _WorkingHours(local, index),
    }
    if len(_METERS) >= _METER_LIMIT:
        _METERS.pop(next(iter(_METERS)))
    _METERS[id(index)] = (index, found)  # the index is held, so its id is not reused
    return found


# -- cycles -----------------------------------------------------------------------------------


class _Cycle:
    """One run of a clock, from a start (or reset) to a stop, cancel or reset."""

    __slots__ = ("ended", "ended_at", "extended", "paused_at", "pauses", "start")

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.pauses: list[tuple[datetime, datetime]] = []
        self.paused_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.ended = ""  # "met", "cancelled" or "reset"
        self.extended = False

    def end(self, at: datetime, how: str) -> None:
        if self.paused_at is not None:
            self.pauses.append((self.paused_at, at))
            self.paused_at = None
        self.ended_at = at
        self.ended = how


def _step(cycles: list[_Cycle], mask: int, at: datetime) -> None:
    """Apply one event's mask to a clock's cycles (the transition table in docs/sla.md)."""
    current = cycles[-1] if cycles else None
    if current is None or current.ended:
        if mask & (RESET | START):
            cycles.append(_Cycle(at))
        return
    if mask & STOP:
        current.end(at, "met")
    elif mask & CANCEL:
        current.end(at, "cancelled")
    elif mask & RESET:
        current.end(at, "reset")
        cycles.append(_Cycle(at))
    else:
        if mask & EXTEND:
            current.extended = True
        if current.paused_at is None:
            if mask & PAUSE:
                current.paused_at = at
        elif mask & RESUME:
            current.pauses.append((current.paused_at, at))
            current.paused_at = None


def _deadline(
    meter: _Meter, cycle: _Cycle, quantity: int, *, begin: bool = False
) -> datetime | None:
    """When ``quantity`` units will have been counted; ``None`` while paused short of it.

    With ``begin``, when the ``quantity``-th unit begins instead (a warning).
    """
    cursor, remaining = cycle.start, quantity
    place = meter.begin if begin else meter.finish
    for paused, resumed in cycle.pauses:
        consumed = meter.consumed(cursor, paused)
        if consumed >= remaining:
            return place(cursor, remaining)
        remaining -= consumed
        cursor = resumed
    if cycle.paused_at is not None:
        if meter.consumed(cursor, cycle.paused_at) >= remaining:
            return place(cursor, remaining)
        return None
    return place(cursor, remaining)


def _measure(
    meter: _Meter, cycle: _Cycle, quantity: int, horizon: datetime
) -> tuple[datetime | None, int, timedelta]:
    """One walk over the cycle: the deadline (as `_deadline()`), elapsed units, paused time."""
    cursor, remaining, total, paused = cycle.start, quantity, 0, _ZERO
    due: datetime | None = None
    fixed = False
    for pause, resume in cycle.pauses:
        consumed = meter.consumed(cursor, pause)
        total += consumed
        paused += resume - pause
        if not fixed:
            if consumed >= remaining:
                due, fixed = meter.finish(cursor, remaining), True
            else:
                remaining -= consumed
        cursor = resume
    if cycle.paused_at is not None:
        consumed = meter.consumed(cursor, cycle.paused_at)
        total += consumed
        paused += horizon - cycle.paused_at
        if not fixed and consumed >= remaining:
            due = meter.finish(cursor, remaining)
    else:
        total += meter.consumed(cursor, horizon)
        if not fixed:
            due = meter.finish(cursor, remaining)
    return due, total, paused


def _state(rule: ClockRule, cycle: _Cycle, *, late: bool) -> ClockState:
    if cycle.ended == "met":
        return ClockState.BREACHED if late and not rule.is_timer else ClockState.MET
    if late and not rule.is_timer:
        return ClockState.BREACHED
    if cycle.ended:
        return ClockState.CANCELLED
    if late:
        return ClockState.EXPIRED
    return ClockState.PAUSED if cycle.paused_at is not None else ClockState.RUNNING


def _report(
    rule: ClockRule,
    meter: _Meter,
    cycle: _Cycle,
    *,
    number: int,
    now: datetime,
    earlier: tuple[ClockReport, ...],
) -> ClockReport:
    local = meter.local
    ended_at = cycle.ended_at
    horizon = ended_at if ended_at is not None else now
    amount = rule.amount + ((rule.extend_by or 0) if cycle.extended else 0)
    quantity = meter.quantity(amount)
    due, elapsed, paused = _measure(meter, cycle, quantity, horizon)
    warning = None
    if rule.warn_before is not None and rule.warn_before < amount and not cycle.ended:
        warning = _deadline(meter, cycle, meter.warning(quantity, rule.warn_before), begin=True)
    late = due is not None and horizon > due
    state = _state(rule, cycle, late=late)
    breached_at = due if late and not rule.is_timer else None
    return ClockReport(
        rule=rule,
        clock=rule.name,
        state=state,
        cycle=number,
        started_at=local(cycle.start),
        due_at=None if due is None else local(due),
        warning_at=None if warning is None else local(warning),
        breached_at=None if breached_at is None else local(breached_at),
        met_at=local(ended_at) if ended_at is not None and cycle.ended == "met" else None,
        cancelled_at=local(ended_at) if ended_at is not None and cycle.ended != "met" else None,
        paused_since=None if cycle.paused_at is None else local(cycle.paused_at),
        elapsed=meter.as_timedelta(elapsed),
        remaining=meter.as_timedelta(quantity - elapsed),
        paused=paused,
        earlier=earlier,
    )


def evaluate_history(
    compiled: CompiledPolicy,
    complaint: Complaint,
    unit_meters: Mapping[TimeUnit, _Meter],
    now: datetime,
) -> tuple[ClockReport, ...]:
    """Every started clock of ``complaint`` at ``now`` (UTC), ordered by start then name."""
    indexes = compiled.applicable(complaint.classification)
    if not indexes:
        return ()
    cycles: dict[int, list[_Cycle]] = {i: [] for i in indexes}
    for event in complaint.history:
        at = event.at
        if at > now:
            break
        masks = compiled.masks(event)
        if masks is None:
            continue
        for i in indexes:
            mask = masks[i]
            if mask:
                _step(cycles[i], mask, at)
    reports = []
    rules = compiled.rules
    for i in indexes:
        runs = cycles[i]
        if not runs:
            continue
        rule = rules[i]
        meter = unit_meters[rule.unit]
        earlier = tuple(
            _report(rule, meter, run, number=n, now=now, earlier=())
            for n, run in enumerate(runs[:-1], start=1)
        )
        reports.append(_report(rule, meter, runs[-1], number=len(runs), now=now, earlier=earlier))
    if len(reports) > 1:
        reports.sort(key=lambda r: (r.started_at, r.clock))
    return tuple(reports)
