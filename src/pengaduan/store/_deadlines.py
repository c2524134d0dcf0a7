"""The next deadline the repository stores: the earliest due time of a clock still running.

Two instants are kept apart: the *deadline* is the earliest due time of a clock that a person
or a unit must meet (verification, follow-up: it can be breached), the *timer* the earliest end
of a timer clock (``auto_action``, such as the auto-close after a follow-up: it expires and
lets the system act, and is never a unit's lateness). The overdue queue reads the first, the
due-actions job the second. A due time the calendar cannot compute (it falls after the last
year of holiday data) is left out and reported as ``unknown``, so a write is never refused
for it: the repository stores the complaint and flags it until the calendar is extended.

[`pengaduan.sla.evaluate()`][pengaduan.sla.evaluate] builds a full report per clock (elapsed,
remaining, warnings,
local times). The repository needs one instant per complaint, for every write and for a
million complaints in a bulk import, so this replays the same cycles with the SLA engine's own
parts and asks only for the due time of each clock's current, unfinished cycle. A due time is
remembered per (rule, unit, start): a working-day or calendar-day deadline depends only on the
local date the cycle started on, so an import of complaints received on the same dates computes
each deadline once. The tests check it against ``evaluate`` on random histories.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from pengaduan.errors import OutOfRangeError

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.sla import SlaPolicy

__all__ = ["DeadlineMemo", "NextDue", "next_deadline", "next_due"]

_LIMIT = 200_000
_DAY_UNITS = frozenset({"working_days", "calendar_days"})  # TimeUnit values (StrEnum)


class DeadlineMemo:
    """Due times already computed, per (rule index, quantity, start key); bounded."""

    __slots__ = ("due",)

    def __init__(self) -> None:
        self.due: dict[tuple[int, int, int | datetime], datetime | None] = {}

    def remember(
        self, key: tuple[int, int, int | datetime], value: datetime | None
    ) -> datetime | None:
        if len(self.due) >= _LIMIT:
            self.due.clear()
        self.due[key] = value
        return value


class NextDue(NamedTuple):
    """What the repository stores of a complaint's running clocks (UTC instants)."""

    deadline: datetime | None
    """The earliest due time of a running or paused clock that is not a timer."""
    timer: datetime | None
    """The earliest end of a running or paused timer clock (an ``auto_action``)."""
    unknown: bool
    """A clock's due time lies outside the calendar's data, so it is not among the above."""


def next_deadline(
    complaint: Complaint, *, policy: SlaPolicy, calendar: WorkingCalendar, memo: DeadlineMemo
) -> datetime | None:
    """The earliest due time (UTC) of a clock, not a timer, whose current cycle is running or
    paused (see `next_due`)."""
    return next_due(complaint, policy=policy, calendar=calendar, memo=memo).deadline


def next_due(
    complaint: Complaint, *, policy: SlaPolicy, calendar: WorkingCalendar, memo: DeadlineMemo
) -> NextDue:
    """The earliest deadline and the earliest timer end of the clocks still running.

    The same values as the minimum ``due_at`` of the reports of
    [`pengaduan.sla.evaluate()`][pengaduan.sla.evaluate] at the complaint's last event that are
    neither met nor cancelled, taken over the clocks that are not timers and over the timers.
    A clock whose due time the calendar cannot compute (``OutOfRangeError``) sets ``unknown``.
    """
    from pengaduan.sla import _engine as engine  # noqa: PLC0415 - loaded only with a policy

    compiled = policy._compiled()
    indexes = compiled.applicable(complaint.classification)
    if not indexes:
        return NextDue(deadline=None, timer=None, unknown=False)
    cycles: dict[int, list[engine._Cycle]] = {i: [] for i in indexes}
    for event in complaint.history:
        masks = compiled.masks(event)
        if masks is None:
            continue
        for i in indexes:
            mask = masks[i]
            if mask:
                engine._step(cycles[i], mask, event.at)
    meters = engine.meters(calendar)
    earliest: dict[bool, datetime] = {}  # by is_timer
    unknown = False
    for i in indexes:
        runs = cycles[i]
        if not runs or runs[-1].ended:
            continue
        cycle = runs[-1]
        rule = compiled.rules[i]
        meter = meters[rule.unit]
        amount = rule.amount + ((rule.extend_by or 0) if cycle.extended else 0)
        try:
            due = _due(engine, meter, cycle, (i, meter.quantity(amount)), unit=rule.unit, memo=memo)
        except OutOfRangeError:  # beyond the calendar's holiday data: never guessed
            unknown = True
            continue
        timer = rule.is_timer
        if due is not None and (timer not in earliest or due < earliest[timer]):
            earliest[timer] = due
    return NextDue(deadline=earliest.get(False), timer=earliest.get(True), unknown=unknown)


def _due(
    engine: Any,
    meter: Any,
    cycle: Any,
    rule_quantity: tuple[int, int],
    *,
    unit: str,
    memo: DeadlineMemo,
) -> datetime | None:
    """The due time of a clock's current cycle (a running one's from the memo when known)."""
    index, quantity = rule_quantity
    if cycle.pauses or cycle.paused_at is not None:
        due: datetime | None = engine._deadline(meter, cycle, quantity)
        return due
    start: int | datetime = meter.ordinal(cycle.start) if unit in _DAY_UNITS else cycle.start
    key = (index, quantity, start)
    if key in memo.due:
        return memo.due[key]
    return memo.remember(key, meter.finish(cycle.start, quantity))
