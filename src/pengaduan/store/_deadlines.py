"""The next deadline the repository stores: the earliest due time of a clock still running.

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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.sla import SlaPolicy

__all__ = ["DeadlineMemo", "next_deadline"]

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


def next_deadline(
    complaint: Complaint, *, policy: SlaPolicy, calendar: WorkingCalendar, memo: DeadlineMemo
) -> datetime | None:
    """The earliest due time (UTC) of a clock whose current cycle is running or paused.

    The same value as the minimum ``due_at`` of the reports of
    [`pengaduan.sla.evaluate()`][pengaduan.sla.evaluate]
    at the complaint's last event that are neither met nor cancelled.
    """
    from pengaduan.sla import _engine as engine  # noqa: PLC0415 - loaded only with a policy

    compiled = policy._compiled()
    indexes = compiled.applicable(complaint.classification)
    if not indexes:
        return None
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
    earliest: datetime | None = None
    for i in indexes:
        runs = cycles[i]
        if not runs or runs[-1].ended:
            continue
        cycle = runs[-1]
        rule = compiled.rules[i]
        meter = meters[rule.unit]
        amount = rule.amount + ((rule.extend_by or 0) if cycle.extended else 0)
        quantity = meter.quantity(amount)
        if cycle.pauses or cycle.paused_at is not None:
            due = engine._deadline(meter, cycle, quantity)
        else:
            start: int | datetime = (
                meter.ordinal(cycle.start) if rule.unit in _DAY_UNITS else cycle.start
            )
            key = (i, quantity, start)
            if key in memo.due:
                due = memo.due[key]
            else:
                due = memo.remember(key, meter.finish(cycle.start, quantity))
        if due is not None and (earliest is None or due < earliest):
            earliest = due
    return earliest
