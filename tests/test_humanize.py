"""Deadlines in words: Indonesian and English."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pengaduan.calendar import TimeUnit, WorkingCalendar
from pengaduan.calendar.humanize import format_deadline, format_instant, format_remaining, last_day
from pengaduan.errors import CalendarArgumentError, NaiveDatetimeError

WITA = ZoneInfo("Asia/Makassar")


def wita(*args: int) -> datetime:
    return datetime(*args, tzinfo=WITA)


@pytest.fixture(scope="module")
def kupang() -> WorkingCalendar:
    return WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2026))


class TestFormatDeadline:
    def test_day_deadline_shows_the_last_day_not_midnight(self, kupang: WorkingCalendar) -> None:
        due = kupang.add_working_days(wita(2025, 3, 3, 10, 0), 3)
        assert due == wita(2025, 3, 7, 0, 0)
        assert format_deadline(due, kupang) == "paling lambat Kamis, 6 Maret 2025 (WITA)"
        assert format_deadline(due, kupang, language="en") == "by Thursday, 6 March 2025 (WITA)"
        assert last_day(due, kupang) == date(2025, 3, 6)

    def test_deadline_after_lebaran(self, kupang: WorkingCalendar) -> None:
        due = kupang.add_working_days(wita(2025, 3, 28, 9, 0), 3)
        assert format_deadline(due, kupang) == "paling lambat Kamis, 10 April 2025 (WITA)"

    def test_hours_deadline_shows_the_time(self, kupang: WorkingCalendar) -> None:
        due = kupang.add_working_hours(wita(2025, 3, 3, 10, 0), 8)
        assert format_deadline(due, kupang, unit=TimeUnit.WORKING_HOURS) == (
            "paling lambat Selasa, 4 Maret 2025 pukul 10.30 WITA"
        )
        assert format_deadline(due, kupang, unit="working_hours", language="en") == (
            "by Tuesday, 4 March 2025 at 10:30 WITA"
        )

    def test_deadline_in_another_zone_is_shown_in_the_calendar_zone(self) -> None:
        jakarta = WorkingCalendar(zone="Asia/Jakarta", first_year=2025, last_year=2025)
        due = datetime(2025, 3, 6, 17, 0, tzinfo=ZoneInfo("UTC"))  # Fri 00:00 WIB
        assert format_deadline(due, jakarta) == "paling lambat Kamis, 6 Maret 2025 (WIB)"
        papua = WorkingCalendar(zone="Asia/Jayapura", first_year=2025, last_year=2025)
        assert format_deadline(papua.end_of_day(date(2025, 8, 15)), papua, language="en") == (
            "by Friday, 15 August 2025 (WIT)"
        )


def test_format_instant(kupang: WorkingCalendar) -> None:
    received = datetime(2025, 1, 24, 7, 45, tzinfo=ZoneInfo("UTC"))
    assert format_instant(received, kupang) == "Jumat, 24 Januari 2025 pukul 15.45 WITA"
    assert format_instant(received, kupang, language="en") == "Friday, 24 January 2025, 15:45 WITA"


class TestFormatRemaining:
    @pytest.mark.parametrize(
        ("now", "expected_id", "expected_en"),
        [
            ((2025, 3, 3, 10, 0), "3 hari kerja lagi", "3 working days left"),
            ((2025, 3, 5, 23, 0), "1 hari kerja lagi", "1 working day left"),
            ((2025, 3, 6, 15, 59), "tenggat hari ini", "due today"),
            ((2025, 3, 7, 0, 0), "terlambat 1 hari kerja", "1 working day overdue"),
            ((2025, 3, 8, 12, 0), "terlambat 1 hari kerja", "1 working day overdue"),
            ((2025, 3, 11, 8, 0), "terlambat 3 hari kerja", "3 working days overdue"),
        ],
        ids=["received", "eve", "last-day", "at-deadline", "weekend-after", "three-late"],
    )
    def test_working_days(
        self,
        kupang: WorkingCalendar,
        now: tuple[int, ...],
        expected_id: str,
        expected_en: str,
    ) -> None:
        due = kupang.add_working_days(wita(2025, 3, 3, 10, 0), 3)
        assert format_remaining(wita(*now), due, kupang) == expected_id
        assert format_remaining(wita(*now), due, kupang, language="en") == expected_en

    def test_late_without_a_working_day_since(self, kupang: WorkingCalendar) -> None:
        due = kupang.add_working_days(wita(2025, 3, 4, 10, 0), 3)  # end of Friday 7 March
        assert format_remaining(wita(2025, 3, 8, 9, 0), due, kupang) == "melewati tenggat"
        assert format_remaining(wita(2025, 3, 10, 9, 0), due, kupang) == "terlambat 1 hari kerja"

    def test_holidays_do_not_count_as_remaining_days(self, kupang: WorkingCalendar) -> None:
        due = kupang.add_working_days(wita(2025, 3, 27, 9, 0), 2)  # end of Wed 9 April
        assert format_remaining(wita(2025, 3, 28, 9, 0), due, kupang) == "2 hari kerja lagi"

    def test_working_hours(self, kupang: WorkingCalendar) -> None:
        start = wita(2025, 3, 3, 10, 0)
        due = kupang.add_working_hours(start, 8)
        hours = TimeUnit.WORKING_HOURS
        assert format_remaining(start, due, kupang, unit=hours) == "8 jam kerja lagi"
        assert format_remaining(wita(2025, 3, 3, 15, 29, 30), due, kupang, unit=hours) == (
            "3 jam 31 menit kerja lagi"
        )
        assert format_remaining(due + timedelta(days=1), due, kupang, unit=hours) == (
            "terlambat 7 jam 30 menit kerja"
        )
        assert format_remaining(due, due, kupang, unit=hours, language="en") == (
            "past the deadline"
        )
        assert format_remaining(
            wita(2025, 3, 4, 10, 0), due, kupang, unit=hours, language="en"
        ) == ("30 minutes of working time left")

    def test_calendar_days(self, kupang: WorkingCalendar) -> None:
        due = kupang.add_calendar_days(wita(2025, 3, 3, 10, 0), 14)
        unit = TimeUnit.CALENDAR_DAYS
        assert (
            format_deadline(due, kupang, unit=unit) == "paling lambat Senin, 17 Maret 2025 (WITA)"
        )
        assert format_remaining(wita(2025, 3, 3, 10, 0), due, kupang, unit=unit) == "14 hari lagi"
        assert format_remaining(wita(2025, 3, 17, 8, 0), due, kupang, unit=unit) == (
            "tenggat hari ini"
        )
        assert format_remaining(wita(2025, 3, 18, 8, 0), due, kupang, unit=unit, language="en") == (
            "1 day overdue"
        )


class TestBadInput:
    def test_naive_deadline(self, kupang: WorkingCalendar) -> None:
        with pytest.raises(NaiveDatetimeError):
            format_deadline(datetime(2025, 3, 7), kupang)  # naive on purpose

    def test_unknown_language_and_unit(self, kupang: WorkingCalendar) -> None:
        due = wita(2025, 3, 7, 0, 0)
        with pytest.raises(CalendarArgumentError, match="language harus salah satu dari id, en"):
            format_deadline(due, kupang, language="jv")
        with pytest.raises(CalendarArgumentError, match="unit harus salah satu dari"):
            format_remaining(due, due, kupang, unit="fortnights")
