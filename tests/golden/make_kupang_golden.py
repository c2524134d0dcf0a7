"""Regenerate ``kupang_2024_2026.csv``: Kota Kupang deadlines for every receipt date 2024-2026.

One row per receipt date: the last day of the 3, 5 and 10 working-day deadlines (the deadline is
the end of that day, WITA), on the Indonesian government calendar (Mon-Fri, national holidays and
cuti bersama from the ``holidays`` package). Rows hand-checked against the 2024-2026 decrees are
in ``tests/test_calendar.py``; review the diff of this file whenever it changes.

Run from the repository root::

    .venv/bin/python tests/golden/make_kupang_golden.py
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from pengaduan.calendar import WorkingCalendar

HERE = Path(__file__).resolve().parent
AMOUNTS = (3, 5, 10)


def rows() -> list[str]:
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2027))
    lines = ["received,due_3wd,due_5wd,due_10wd"]
    day = date(2024, 1, 1)
    while day <= date(2026, 12, 31):
        received = datetime.combine(day, time(10, 0), tzinfo=calendar.zone_info)
        last_days = [
            calendar.local_date(calendar.add_working_days(received, n) - timedelta(days=1))
            for n in AMOUNTS
        ]
        lines.append(",".join([day.isoformat(), *(d.isoformat() for d in last_days)]))
        day += timedelta(days=1)
    return lines


if __name__ == "__main__":
    target = HERE / "kupang_2024_2026.csv"
    target.write_text("\n".join(rows()) + "\n", encoding="utf-8")
    print(f"wrote {target}")  # noqa: T201 - a command-line script
