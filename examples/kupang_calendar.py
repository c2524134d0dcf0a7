"""Kota Kupang 2025: SLA deadlines for a few receipt dates, in Indonesian.

For each receipt: admin verification (3 working days), the unit's follow-up (5 working days) and
auto-close (10 working days), on the government calendar in WITA with national holidays and
cuti bersama, plus a 24-working-hour clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pengaduan.calendar import TimeUnit, WorkingCalendar
from pengaduan.calendar.humanize import format_deadline, format_instant, format_remaining

WITA = ZoneInfo("Asia/Makassar")
RECEIVED = [
    datetime(2025, 1, 24, 15, 45, tzinfo=WITA),  # before Isra Mikraj and Imlek
    datetime(2025, 3, 1, 22, 30, tzinfo=WITA),  # Saturday night
    datetime(2025, 3, 27, 9, 10, tzinfo=WITA),  # before Nyepi and Lebaran cuti bersama
    datetime(2025, 8, 15, 16, 0, tzinfo=WITA),  # before Independence Day
    datetime(2025, 12, 23, 11, 0, tzinfo=WITA),  # crossing Christmas and New Year
]
CLOCKS = [("Verifikasi admin", 3), ("Tindak lanjut unit", 5), ("Tutup otomatis", 10)]


def main() -> None:
    kupang = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2026))
    for received in RECEIVED:
        print(f"Diterima {format_instant(received, kupang)}")
        for label, days in CLOCKS:
            due = kupang.add_working_days(received, days)
            print(f"  {label:<20} {days:>2} hari kerja: {format_deadline(due, kupang)}")
        hours_due = kupang.add_working_time(received, timedelta(hours=24))
        text = format_deadline(hours_due, kupang, unit=TimeUnit.WORKING_HOURS)
        print(f"  {'Respons awal':<20} 24 jam kerja: {text}")
        now = received + timedelta(days=2)
        follow_up = kupang.add_working_days(received, 5)
        print(f"  dua hari kemudian: tindak lanjut {format_remaining(now, follow_up, kupang)}")
        print()
    print("Libur dan cuti bersama Maret-April 2025:")
    for holiday in kupang.holidays_in(2025):
        if 3 <= holiday.date.month <= 4:
            print(f"  {holiday.date:%d-%m}  {holiday.name_id} ({holiday.layer})")


if __name__ == "__main__":
    main()
