"""Builders for SLA tests: complaints with events at chosen WITA times."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from tests.helpers import SYSTEM, VALID, WF, submission

from pengaduan.calendar import WorkingCalendar
from pengaduan.sla import SlaPolicy

if TYPE_CHECKING:
    from pengaduan.model import Complaint

WITA = ZoneInfo("Asia/Makassar")
KUPANG = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2027))
LAPOR = SlaPolicy.lapor(WF)


def wita(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WITA)


def complaint_at(
    received: datetime, *steps: tuple[str, datetime], tracking_id: str = "KPG-SLA-1", **kind: Any
) -> Complaint:
    """A complaint received at ``received``, then each ``(action, at)`` with valid data."""
    complaint = WF.receive(submission(**kind), tracking_id=tracking_id, at=received, actor=SYSTEM)
    for action, at in steps:
        actor, data = VALID[action]
        complaint = WF.apply(complaint, action, at=at, actor=actor, **data)
    return complaint


def by_clock(complaint: Complaint, now: datetime, policy: SlaPolicy = LAPOR) -> dict[str, Any]:
    from pengaduan.sla import evaluate  # noqa: PLC0415 - keeps this module import-light

    return {r.clock: r for r in evaluate(complaint, policy=policy, calendar=KUPANG, now=now)}
