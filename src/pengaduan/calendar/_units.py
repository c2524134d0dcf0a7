"""The units a time amount is counted in (private; public as ``pengaduan.calendar.TimeUnit``)."""

from __future__ import annotations

import enum

__all__ = ["TimeUnit"]


class TimeUnit(enum.StrEnum):
    """The unit of a time amount; every clock rule states one."""

    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    CALENDAR_DAYS = "calendar_days"
