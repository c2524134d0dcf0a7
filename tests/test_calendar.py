"""WorkingCalendar: semantics, holiday layers, configuration and bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pendulum
import pytest

from pengaduan.calendar import (
    ExtraWorkingDay,
    Holiday,
    HolidayLayer,
    HolidayRevision,
    LayerKind,
    OfficeHours,
    ScheduleOverride,
    TimeWindow,
    WeekSchedule,
    WorkingCalendar,
)
from pengaduan.errors import (
    ArgumentError,
    CalendarArgumentError,
    CalendarError,
    ConfigurationError,
    NaiveDatetimeError,
    OutOfRangeError,
    UnknownZoneError,
)
from pengaduan.language import use_language

WITA = ZoneInfo("Asia/Makassar")
GOLDEN = Path(__file__).parent / "golden"


def wita(*args: int) -> datetime:
    return datetime(*args, tzinfo=WITA)


@pytest.fixture(scope="module")
def kupang() -> WorkingCalendar:
    return WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2027))


@pytest.fixture(scope="module")
def plain() -> WorkingCalendar:
    """Mon-Fri, government hours, no holidays: the DESIGN.md example calendar."""
    return WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025).validate()


# -- the semantics of DESIGN.md ---------------------------------------------------------------


class TestDayUnit:
    def test_design_example_monday_plus_three_is_friday_midnight(
        self, plain: WorkingCalendar
    ) -> None:
        due = plain.add_working_days(wita(2025, 3, 3, 10, 0), 3)
        assert due == wita(2025, 3, 7, 0, 0)
        assert due.tzinfo == WITA

    @pytest.mark.parametrize(
        "hour", [time(0, 0), time(7, 29), time(12, 0), time(23, 59, 59, 999999)]
    )
    def test_the_day_of_receipt_never_counts_whatever_the_hour(
        self, plain: WorkingCalendar, hour: time
    ) -> None:
        received = datetime.combine(date(2025, 3, 3), hour, tzinfo=WITA)
        assert plain.add_working_days(received, 1) == wita(2025, 3, 5, 0, 0)

    def test_receipt_on_saturday_counts_from_monday(self, plain: WorkingCalendar) -> None:
        assert plain.add_working_days(wita(2025, 3, 1, 22, 0), 1) == wita(2025, 3, 4, 0, 0)

    def test_the_local_date_is_taken_in_the_calendar_zone(self, plain: WorkingCalendar) -> None:
        # Sunday 20:00 UTC is already Monday 04:00 in Kupang: Monday is the day of receipt.
        received = datetime(2025, 3, 2, 20, 0, tzinfo=UTC)
        assert plain.local_date(received) == date(2025, 3, 3)
        assert plain.add_working_days(received, 3) == wita(2025, 3, 7, 0, 0)

    def test_pendulum_input_is_accepted(self, plain: WorkingCalendar) -> None:
        received = pendulum.datetime(2025, 3, 3, 10, tz="Asia/Makassar")
        assert plain.add_working_days(received, 3) == wita(2025, 3, 7, 0, 0)

    def test_end_of_day_is_next_midnight(self, plain: WorkingCalendar) -> None:
        assert plain.end_of_day(date(2025, 12, 31)) == wita(2026, 1, 1, 0, 0)

    def test_working_days_between_counts_the_half_open_range(self, plain: WorkingCalendar) -> None:
        monday, friday = wita(2025, 3, 3, 10, 0), wita(2025, 3, 7, 9, 0)
        assert plain.working_days_between(monday, friday) == 4
        assert plain.working_days_between(friday, monday) == -4
        assert plain.working_days_between(monday, monday) == 0
        assert plain.working_days_between(date(2025, 3, 7), date(2025, 3, 10)) == 1

    def test_nth_working_date(self, plain: WorkingCalendar) -> None:
        assert plain.nth_working_date(date(2025, 3, 7), 1) == date(2025, 3, 10)

    def test_working_days_lists_a_range(self, kupang: WorkingCalendar) -> None:
        assert kupang.working_days(date(2025, 3, 27), date(2025, 4, 9)) == (
            date(2025, 3, 27),
            date(2025, 4, 8),
            date(2025, 4, 9),
        )

    def test_calendar_days_are_a_separate_unit(self, kupang: WorkingCalendar) -> None:
        received = wita(2025, 3, 28, 15, 0)  # the Friday before Lebaran 2025
        assert kupang.add_calendar_days(received, 14) == wita(2025, 4, 12, 0, 0)
        assert kupang.add_working_days(received, 14) == wita(2025, 4, 29, 0, 0)
        # calendar days need no holiday data
        assert kupang.add_calendar_days(wita(2030, 1, 1, 8, 0), 1) == wita(2030, 1, 3, 0, 0)


class TestPause:
    """Pause (day unit): dates in (start, pause] are consumed, the rest counts after resume."""

    def test_pause_and_resume_on_the_same_date_extend_nothing(self, plain: WorkingCalendar) -> None:
        start = wita(2025, 3, 3, 10, 0)
        paused = [(wita(2025, 3, 4, 9, 0), wita(2025, 3, 4, 15, 0))]
        assert plain.add_working_days(start, 3, pauses=paused) == wita(2025, 3, 7, 0, 0)

    def test_a_pause_over_days_moves_the_deadline(self, plain: WorkingCalendar) -> None:
        # Mon start; Tue consumed; paused Tue-Thu; after Thu: Fri, Mon -> due end of Monday.
        start = wita(2025, 3, 3, 10, 0)
        paused = [(wita(2025, 3, 4, 9, 0), wita(2025, 3, 6, 11, 0))]
        assert plain.add_working_days(start, 3, pauses=paused) == wita(2025, 3, 11, 0, 0)

    def test_a_pause_after_the_deadline_changes_nothing(self, plain: WorkingCalendar) -> None:
        start = wita(2025, 3, 3, 10, 0)
        paused = [(wita(2025, 3, 12, 9, 0), wita(2025, 3, 20, 9, 0))]
        assert plain.add_working_days(start, 3, pauses=paused) == wita(2025, 3, 7, 0, 0)

    def test_hours_pause_contributes_no_business_time(self, plain: WorkingCalendar) -> None:
        start = wita(2025, 3, 3, 8, 0)
        paused = [(wita(2025, 3, 3, 9, 0), wita(2025, 3, 3, 14, 0))]
        # 1 h before the pause (08-09), then 14:00-16:00 = 2 h more: 3 h at 16:00.
        assert plain.add_working_time(start, timedelta(hours=3), pauses=paused) == wita(
            2025, 3, 3, 16, 0
        )

    @pytest.mark.parametrize(
        ("pauses", "rule"),
        [
            ([(wita(2025, 3, 3, 9, 0), wita(2025, 3, 4, 9, 0))], "at or after the clock start"),
            ([(wita(2025, 3, 5, 9, 0), wita(2025, 3, 4, 9, 0))], "resume at or after"),
        ],
        ids=["pause-before-start", "resume-before-pause"],
    )
    def test_misordered_pauses_are_refused(
        self, plain: WorkingCalendar, pauses: list[tuple[datetime, datetime]], rule: str
    ) -> None:
        with use_language("en"), pytest.raises(CalendarArgumentError, match=rule):
            plain.add_working_days(wita(2025, 3, 3, 10, 0), 3, pauses=pauses)


class TestWorkingHours:
    def test_hours_flow_across_the_lunch_break_and_the_night(self, plain: WorkingCalendar) -> None:
        # Mon 10:00: 10-12 (2 h) + 13-16 (3 h); Tue 07:30 + 3 h = 10:30.
        assert plain.add_working_hours(wita(2025, 3, 3, 10, 0), 8) == wita(2025, 3, 4, 10, 30)

    def test_ending_exactly_at_closing_time_gives_closing_time(
        self, plain: WorkingCalendar
    ) -> None:
        assert plain.add_working_hours(wita(2025, 3, 3, 13, 0), 3) == wita(2025, 3, 3, 16, 0)

    def test_shorter_friday_and_weekend(self, plain: WorkingCalendar) -> None:
        friday = wita(2025, 3, 7, 7, 30)
        assert plain.working_time_between(friday, wita(2025, 3, 10, 7, 30)) == timedelta(
            hours=7, minutes=30
        )
        assert plain.add_working_hours(wita(2025, 3, 7, 16, 0), 1) == wita(2025, 3, 10, 8, 0)

    def test_working_time_between_is_antisymmetric(self, plain: WorkingCalendar) -> None:
        a, b = wita(2025, 3, 3, 10, 0), wita(2025, 3, 10, 10, 0)
        assert plain.working_time_between(a, b) == timedelta(hours=37, minutes=30)
        assert plain.working_time_between(b, a) == -timedelta(hours=37, minutes=30)

    def test_working_moments(self, plain: WorkingCalendar) -> None:
        assert plain.is_working_moment(wita(2025, 3, 3, 7, 30))
        assert not plain.is_working_moment(wita(2025, 3, 3, 12, 0))
        assert not plain.is_working_moment(wita(2025, 3, 8, 9, 0))
        assert plain.next_working_moment(wita(2025, 3, 3, 12, 15)) == wita(2025, 3, 3, 13, 0)
        assert plain.next_working_moment(wita(2025, 3, 7, 16, 30)) == wita(2025, 3, 10, 7, 30)
        inside = wita(2025, 3, 3, 9, 0)
        assert plain.next_working_moment(inside) == inside

    def test_holidays_have_no_office_hours(self, kupang: WorkingCalendar) -> None:
        before_lebaran = wita(2025, 3, 27, 15, 0)
        assert kupang.next_working_moment(wita(2025, 3, 27, 16, 0)) == wita(2025, 4, 8, 7, 30)
        assert kupang.add_working_hours(before_lebaran, 2) == wita(2025, 4, 8, 8, 30)

    def test_answers_are_in_the_calendar_zone(self, plain: WorkingCalendar) -> None:
        start = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)  # Mon 10:00 WITA
        assert plain.add_working_hours(start, 1).utcoffset() == timedelta(hours=8)

    def test_ramadan_override_changes_the_hours(self) -> None:
        cal = WorkingCalendar(
            zone="Asia/Jakarta",
            first_year=2025,
            last_year=2025,
            overrides=(ScheduleOverride.ramadan(start=date(2025, 3, 1), end=date(2025, 3, 29)),),
        ).validate()
        jakarta = ZoneInfo("Asia/Jakarta")
        monday = datetime(2025, 3, 3, 0, 0, tzinfo=jakarta)
        assert cal.working_time_between(monday, monday + timedelta(days=1)) == timedelta(
            hours=6, minutes=30
        )
        after = datetime(2025, 4, 14, 0, 0, tzinfo=jakarta)
        assert cal.working_time_between(after, after + timedelta(days=1)) == timedelta(
            hours=7, minutes=30
        )


@pytest.fixture(scope="module")
def amsterdam() -> WorkingCalendar:
    """Mon-Fri 09:00-17:00 plus a Sunday night window, in a zone with daylight saving time."""
    nine_to_five = OfficeHours.parse("09:00-17:00")
    night = OfficeHours.parse("01:00-04:00")
    week = WeekSchedule(
        mon=nine_to_five, tue=nine_to_five, wed=nine_to_five, thu=nine_to_five,
        fri=nine_to_five, sun=night,
    )  # fmt: skip
    return WorkingCalendar(
        zone="Europe/Amsterdam", first_year=2025, last_year=2025, week=week
    ).validate()


class TestDaylightSaving:
    """A calendar outside Indonesia, in a zone with DST (Europe/Amsterdam, 30 March 2025)."""

    def test_day_deadline_is_local_midnight_after_the_switch(
        self, amsterdam: WorkingCalendar
    ) -> None:
        ams = ZoneInfo("Europe/Amsterdam")
        due = amsterdam.add_working_days(datetime(2025, 3, 28, 10, 0, tzinfo=ams), 1)
        assert due == datetime(2025, 3, 31, 0, 0, tzinfo=ams)  # end of Sunday 30 March (23 h)
        assert due.utcoffset() == timedelta(hours=2)
        assert due.astimezone(UTC) == datetime(2025, 3, 30, 22, 0, tzinfo=UTC)

    def test_working_hours_are_real_elapsed_time_across_the_switch(
        self, amsterdam: WorkingCalendar
    ) -> None:
        ams = ZoneInfo("Europe/Amsterdam")
        friday = datetime(2025, 3, 28, 16, 0, tzinfo=ams)
        monday = datetime(2025, 3, 31, 10, 0, tzinfo=ams)
        # Fri 16-17 (1 h) + Sunday night 01:00-04:00 which lasts 2 h on the switch + Mon 1 h.
        assert amsterdam.working_time_between(friday, monday) == timedelta(hours=4)
        autumn = datetime(2025, 10, 26, 0, 0, tzinfo=ams)
        assert amsterdam.working_time_between(autumn, autumn + timedelta(hours=6)) == timedelta(
            hours=4
        )

    def test_adding_hours_across_the_switch(self, amsterdam: WorkingCalendar) -> None:
        ams = ZoneInfo("Europe/Amsterdam")
        due = amsterdam.add_working_hours(datetime(2025, 3, 28, 16, 0, tzinfo=ams), 3)
        assert due == datetime(2025, 3, 30, 4, 0, tzinfo=ams)
        assert due.utcoffset() == timedelta(hours=2)


# -- Indonesian holiday layers ----------------------------------------------------------------


class TestIndonesianLayers:
    def test_holidays_keep_both_names(self, kupang: WorkingCalendar) -> None:
        (idul_fitri,) = kupang.holidays_on(date(2025, 3, 31))
        assert idul_fitri.name_id == "Hari Raya Idul Fitri"
        assert idul_fitri.name_en == "Eid al-Fitr"
        assert idul_fitri.layer == "national"
        (leave,) = kupang.holidays_on(date(2025, 4, 2))
        assert leave.layer == "cuti_bersama"
        assert leave.name("en") == "Eid al-Fitr Joint Holiday"

    def test_two_holidays_on_one_date_keep_matching_names(self) -> None:
        cal = WorkingCalendar.indonesia(years=(2021, 2021), layers=("national",))
        names = {(h.name_id, h.name_en) for h in cal.holidays_on(date(2021, 5, 13))}
        assert names == {
            ("Hari Raya Idul Fitri", "Eid al-Fitr"),
            ("Kenaikan Yesus Kristus", "Ascension Day"),
        }

    def test_cuti_bersama_layer_can_be_switched_off(self, kupang: WorkingCalendar) -> None:
        national_only = kupang.without_layers("cuti_bersama")
        assert not kupang.is_working_day(date(2025, 4, 2))
        assert national_only.is_working_day(date(2025, 4, 2))
        assert not national_only.is_working_day(date(2025, 3, 31))

    def test_estimated_dates_are_flagged(self) -> None:
        cal = WorkingCalendar.indonesia(years=(2030, 2030), layers=("national",))
        flagged = [h for h in cal.holidays_in(2030) if h.estimated]
        assert flagged
        assert all("perkiraan" not in h.name_id for h in flagged)

    def test_default_years_end_with_the_last_decree(self) -> None:
        cal = WorkingCalendar.indonesia(layers=("cuti_bersama",))
        assert cal.first_year == 2018
        assert any(h.layer == "cuti_bersama" for h in cal.holidays_in(cal.last_year))
        with pytest.raises(OutOfRangeError):
            cal.is_working_day(date(cal.last_year + 1, 1, 4))

    def test_regional_layer_and_unit_closure(self, kupang: WorkingCalendar) -> None:
        regional = HolidayLayer.of(
            name="kota_kupang",
            kind="regional",
            holidays=[(date(2025, 4, 25), "HUT Kota Kupang", "Kupang City Anniversary")],
        )
        closure = HolidayLayer.of(
            name="puskesmas_oepoi",
            kind=LayerKind.UNIT,
            holidays=[(date(2025, 4, 24), "Pindah gedung", "Moving offices")],
        )
        cal = kupang.with_layers(regional, closure)
        assert not cal.is_working_day(date(2025, 4, 25))
        assert not cal.is_working_day(date(2025, 4, 24))
        assert kupang.is_working_day(date(2025, 4, 25))

    def test_extra_working_day_beats_the_holiday_layers(self, kupang: WorkingCalendar) -> None:
        cal = WorkingCalendar.indonesia(
            zone="Asia/Makassar",
            years=(2025, 2025),
            extra_working_days=(
                ExtraWorkingDay(date=date(2025, 4, 2), name="Layanan saat cuti bersama"),
                ExtraWorkingDay(
                    date=date(2025, 4, 5),
                    name="Puskesmas Sabtu",
                    hours=OfficeHours.parse("08:00-12:00"),
                ),
            ),
        )
        assert cal.is_working_day(date(2025, 4, 2))
        assert cal.holidays_on(date(2025, 4, 2))  # still named, still a holiday elsewhere
        assert cal.working_time_between(wita(2025, 4, 5, 0, 0), wita(2025, 4, 6, 0, 0)) == (
            timedelta(hours=4)
        )
        assert cal.add_working_days(wita(2025, 3, 27, 9, 0), 2) == wita(2025, 4, 6, 0, 0)
        assert not kupang.is_working_day(date(2025, 4, 5))

    def test_saturday_schedule(self) -> None:
        week = WeekSchedule.government().with_day("sat", OfficeHours.parse("08:00-12:00"))
        cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025, week=week)
        assert cal.add_working_days(wita(2025, 3, 6, 10, 0), 2) == wita(2025, 3, 9, 0, 0)

    def test_revision_adds_and_removes_for_one_year(self, kupang: WorkingCalendar) -> None:
        revision = HolidayRevision(
            layer="cuti_bersama",
            year=2025,
            basis="contoh: SKB perubahan",
            removed=(date(2025, 4, 7),),
            added=(
                Holiday(
                    date=date(2025, 4, 8),
                    name_id="Cuti Bersama Hari Raya Idul Fitri",
                    name_en="Eid al-Fitr Joint Holiday",
                    layer="cuti_bersama",
                ),
            ),
        )
        revised = WorkingCalendar.indonesia(
            zone="Asia/Makassar", years=(2025, 2025), revisions=(revision,)
        )
        assert revised.is_working_day(date(2025, 4, 7))
        assert not revised.is_working_day(date(2025, 4, 8))
        assert [h.name_en for h in revised.holidays_on(date(2025, 4, 8))] == [
            "Eid al-Fitr Joint Holiday"
        ]


# -- hand-checked Kota Kupang deadlines (SKB 2024, 2025, 2026) ---------------------------------

HAND_CHECKED = [
    # received (WITA), working days, last day: checked by hand against the decrees
    pytest.param((2024, 4, 5, 10), 3, date(2024, 4, 18), id="2024-friday-before-lebaran-3"),
    pytest.param((2024, 4, 5, 10), 5, date(2024, 4, 22), id="2024-friday-before-lebaran-5"),
    pytest.param((2024, 4, 5, 10), 10, date(2024, 4, 29), id="2024-friday-before-lebaran-10"),
    pytest.param((2024, 2, 7, 9), 3, date(2024, 2, 15), id="2024-isra-mikraj-imlek-pemilu"),
    pytest.param((2024, 5, 8, 9), 3, date(2024, 5, 15), id="2024-ascension-bridge"),
    pytest.param((2024, 11, 26, 14), 3, date(2024, 12, 2), id="2024-pilkada"),
    pytest.param((2024, 12, 24, 9), 5, date(2025, 1, 3), id="2024-christmas-new-year-5"),
    pytest.param((2025, 3, 27, 15), 3, date(2025, 4, 10), id="2025-before-nyepi-lebaran-3"),
    pytest.param((2025, 3, 27, 15), 10, date(2025, 4, 22), id="2025-lebaran-good-friday-10"),
    pytest.param((2025, 5, 9, 8), 5, date(2025, 5, 20), id="2025-waisak-cuti"),
    pytest.param((2025, 5, 28, 8), 5, date(2025, 6, 10), id="2025-ascension-idul-adha"),
    pytest.param((2025, 8, 15, 8), 3, date(2025, 8, 21), id="2025-independence-monday"),
    pytest.param((2025, 12, 24, 9), 5, date(2026, 1, 5), id="2025-christmas-new-year-5"),
    pytest.param((2025, 12, 24, 9), 10, date(2026, 1, 12), id="2025-new-year-10"),
    pytest.param((2026, 3, 17, 9), 3, date(2026, 3, 27), id="2026-nyepi-lebaran-3"),
    pytest.param((2026, 3, 17, 9), 10, date(2026, 4, 8), id="2026-lebaran-good-friday-10"),
]


@pytest.mark.parametrize(("received", "days", "last_day"), HAND_CHECKED)
def test_hand_checked_kupang_deadlines(
    kupang: WorkingCalendar, received: tuple[int, ...], days: int, last_day: date
) -> None:
    due = kupang.add_working_days(wita(*received), days)
    assert due == kupang.end_of_day(last_day)
    assert due.time() == time(0, 0)


def read_golden() -> dict[date, tuple[date, date, date]]:
    rows: dict[date, tuple[date, date, date]] = {}
    for line in (GOLDEN / "kupang_2024_2026.csv").read_text(encoding="utf-8").splitlines()[1:]:
        received, *due = line.split(",")
        three, five, ten = (date.fromisoformat(d) for d in due)
        rows[date.fromisoformat(received)] = (three, five, ten)
    return rows


def test_golden_table_matches(kupang: WorkingCalendar) -> None:
    golden = read_golden()
    assert len(golden) == 366 + 365 + 365
    for received, expected in golden.items():
        start = datetime.combine(received, time(10, 0), tzinfo=WITA)
        got = tuple(kupang.add_working_days(start, n) for n in (3, 5, 10))
        assert got == tuple(kupang.end_of_day(d) for d in expected), received


@pytest.mark.parametrize(("received", "days", "last_day"), HAND_CHECKED)
def test_golden_table_agrees_with_the_hand_checked_rows(
    received: tuple[int, ...], days: int, last_day: date
) -> None:
    row = read_golden()[date(*received[:3])]
    assert row[(3, 5, 10).index(days)] == last_day


# -- bad input --------------------------------------------------------------------------------


class TestBadInput:
    def test_naive_datetimes_are_refused(self, plain: WorkingCalendar) -> None:
        naive = datetime(2025, 3, 3, 10, 0)
        for call in (
            lambda: plain.add_working_days(naive, 3),
            lambda: plain.add_working_hours(naive, 3),
            lambda: plain.working_days_between(naive, wita(2025, 3, 5, 0, 0)),
            lambda: plain.working_time_between(wita(2025, 3, 5, 0, 0), naive),
            lambda: plain.is_working_moment(naive),
            lambda: plain.local_date(naive),
        ):
            with pytest.raises(NaiveDatetimeError):
                call()

    @pytest.mark.parametrize("zone", ["Asia/Kupang", "WITA", "", "../etc/passwd"])
    def test_unknown_zone(self, zone: str) -> None:
        with pytest.raises(UnknownZoneError) as caught:
            WorkingCalendar.indonesia(zone=zone, years=(2025, 2025), layers=())
        assert caught.value.zone == zone

    @pytest.mark.parametrize("amount", [0, -1], ids=["zero", "negative"])
    def test_zero_or_negative_amounts(self, plain: WorkingCalendar, amount: int) -> None:
        start = wita(2025, 3, 3, 10, 0)
        with use_language("en"), pytest.raises(CalendarArgumentError, match="at least 1"):
            plain.add_working_days(start, amount)
        with use_language("en"), pytest.raises(CalendarArgumentError, match="at least 1"):
            plain.add_calendar_days(start, amount)
        with pytest.raises(CalendarArgumentError) as caught:
            plain.add_working_time(start, timedelta(hours=amount))
        assert "must be longer than zero" in caught.value.message("en")

    def test_a_wrong_calendar_argument_is_caught_as_any_wrong_argument(
        self, plain: WorkingCalendar
    ) -> None:
        start = wita(2025, 3, 3, 10, 0)
        for caught_as in (ArgumentError, CalendarError, TypeError, ValueError):
            with pytest.raises(caught_as) as caught:
                plain.add_working_days(start, 0)
            assert type(caught.value) is CalendarArgumentError
            assert (caught.value.argument, caught.value.code) == ("days", "calendar-argument")

    def test_a_date_start_is_that_local_date_except_with_pauses(
        self, plain: WorkingCalendar
    ) -> None:
        on_monday = wita(2025, 3, 3, 10, 0)
        assert plain.add_working_days(date(2025, 3, 3), 3) == plain.add_working_days(on_monday, 3)
        pause = (wita(2025, 3, 4, 10, 0), wita(2025, 3, 5, 10, 0))
        with pytest.raises(ArgumentError) as caught:
            plain.add_working_days(date(2025, 3, 3), 3, pauses=[pause])
        assert caught.value.argument == "start"

    def test_non_integer_days(self, plain: WorkingCalendar) -> None:
        with pytest.raises(CalendarArgumentError, match="bilangan bulat"):
            plain.add_working_days(wita(2025, 3, 3, 10, 0), 1.5)  # type: ignore[arg-type]

    def test_out_of_range(self, plain: WorkingCalendar) -> None:
        with pytest.raises(OutOfRangeError) as caught:
            plain.add_working_days(wita(2024, 12, 31, 10, 0), 1)
        assert (caught.value.first_year, caught.value.last_year) == (2025, 2025)
        with pytest.raises(OutOfRangeError, match="2026-01-01"):
            plain.add_working_days(wita(2025, 12, 29, 10, 0), 5)
        with pytest.raises(OutOfRangeError):
            plain.add_working_hours(wita(2025, 12, 31, 15, 0), 8)
        with pytest.raises(OutOfRangeError):
            plain.working_time_between(wita(2025, 3, 3, 0, 0), wita(2026, 1, 1, 0, 0))
        with pytest.raises(OutOfRangeError):
            plain.holidays_in(2026)

    def test_inverted_and_overlapping_windows_are_reported_together(self) -> None:
        with pytest.raises(ConfigurationError) as caught:
            WeekSchedule.from_dict(
                {
                    "mon": ["07:30-12:00", "11:00-16:00"],
                    "fri": ["13:00-11:30"],
                    "sabtu": ["08:00-12:00"],
                    "tue": ["7.30 to 12"],
                }
            )
        problems = caught.value.problems
        assert len(problems) == 4
        assert any(p.startswith("week.mon[1]") and "overlaps" in p for p in problems)
        assert any(p.startswith("week.fri[0]") and "inverted" in p for p in problems)
        assert any(p.startswith("week.sabtu") and "unknown weekday" in p for p in problems)
        assert any(p.startswith("week.tue[0]") for p in problems)

    def test_window_parse(self) -> None:
        assert TimeWindow.parse("07.30-12.00") == TimeWindow(start=time(7, 30), end=time(12, 0))
        with use_language("en"), pytest.raises(ConfigurationError, match="inverted"):
            TimeWindow.parse("12:00-07:30")

    def test_unknown_layer_names(self, kupang: WorkingCalendar) -> None:
        with (
            use_language("en"),
            pytest.raises(ConfigurationError, match="unknown built-in layer 'regional'"),
        ):
            WorkingCalendar.indonesia(years=(2025, 2025), layers=("national", "regional"))
        with (
            use_language("en"),
            pytest.raises(ConfigurationError, match="unknown holiday layer 'cuti'"),
        ):
            kupang.without_layers("cuti")
        with (
            use_language("en"),
            pytest.raises(ConfigurationError, match="unknown holiday layer 'kupang'"),
        ):
            WorkingCalendar.indonesia(
                years=(2025, 2025),
                revisions=(HolidayRevision(layer="kupang", year=2025, basis="x"),),
            )

    def test_every_problem_is_reported_at_once(self) -> None:
        with pytest.raises(ConfigurationError) as caught:
            WorkingCalendar.indonesia(
                zone="Asia/Kupang",
                years=(2025, 2025),
                layers=("nasional",),
                week=WeekSchedule(fri=OfficeHours.parse("07:30-11:30"), sat=OfficeHours()),
                overrides=(
                    ScheduleOverride.ramadan(start=date(2025, 3, 1), end=date(2025, 3, 29)),
                    ScheduleOverride.ramadan(start=date(2025, 3, 20), end=date(2025, 3, 31)),
                ),
                revisions=(
                    HolidayRevision(
                        layer="cuti_bersama", year=2025, basis="", removed=(date(2025, 1, 6),)
                    ),
                ),
            )
        text = caught.value.message("en")
        for fragment in (
            "zone: unknown time zone 'Asia/Kupang'",
            "unknown built-in layer 'nasional'",
            "overlaps override",
            "unknown holiday layer 'cuti_bersama'",
        ):
            assert fragment in text

    def test_revision_problems(self, kupang: WorkingCalendar) -> None:
        bad = HolidayRevision(
            layer="cuti_bersama",
            year=2025,
            basis="",
            removed=(date(2025, 1, 6), date(2024, 4, 8)),
        )
        with pytest.raises(ConfigurationError) as caught:
            WorkingCalendar.indonesia(years=(2024, 2025), revisions=(bad,))
        problems = caught.value.problems
        assert "revisions[0].removed[0]: 2025-01-06 is not a holiday of layer" in problems[0]
        assert "2024-04-08 is not in 2025" in problems[1]
        assert "basis" in problems[2]

    def test_plain_constructor_validates_on_first_use(self) -> None:
        cal = WorkingCalendar(
            zone="Asia/Makassar",
            first_year=2025,
            last_year=2025,
            week=WeekSchedule(mon=OfficeHours(windows=(TimeWindow.parse("09:00-10:00"),) * 2)),
        )
        with use_language("en"), pytest.raises(ConfigurationError, match="overlaps"):
            cal.is_working_day(date(2025, 3, 3))

    def test_end_of_day_wants_a_date(self, plain: WorkingCalendar) -> None:
        with pytest.raises(CalendarArgumentError):
            plain.end_of_day(wita(2025, 3, 3, 0, 0))  # type: ignore[arg-type]


# -- TOML and dict ----------------------------------------------------------------------------

KUPANG_TOML = """
zone = "Asia/Makassar"
years = [2025, 2025]
builtin_layers = ["national", "cuti_bersama"]

[week]
mon = ["07:30-12:00", "13:00-16:00"]
tue = ["07:30-12:00", "13:00-16:00"]
wed = ["07:30-12:00", "13:00-16:00"]
thu = ["07:30-12:00", "13:00-16:00"]
fri = ["07:30-11:30", "13:00-16:30"]
sat = ["08:00-12:00"]

[[overrides]]
name = "Ramadan 1446 H"
start = 2025-03-01
end = 2025-03-29
ramadan = true

[[layers]]
name = "puskesmas_closures"
kind = "unit"
holidays = [
  { date = 2025-07-12, name_id = "Fumigasi gedung", name_en = "Building fumigation" },
]

[[revisions]]
layer = "cuti_bersama"
year = 2025
basis = "contoh revisi"
remove = [2025-04-07]

[[extra_working_days]]
date = 2025-04-02
name = "Layanan saat cuti bersama"
hours = ["08:00-12:00"]
"""


class TestToml:
    def test_from_toml_text(self) -> None:
        cal = WorkingCalendar.from_toml(KUPANG_TOML)
        assert cal.week.working_weekdays == ("mon", "tue", "wed", "thu", "fri", "sat")
        assert cal.is_working_day(date(2025, 4, 5))  # a Saturday
        assert not cal.is_working_day(date(2025, 7, 12))  # unit closure on a Saturday
        assert cal.is_working_day(date(2025, 4, 7))  # revision removed the cuti bersama
        assert cal.is_working_day(date(2025, 4, 2))  # extra working day
        ramadan_monday = wita(2025, 3, 3, 0, 0)
        assert cal.working_time_between(
            ramadan_monday, ramadan_monday + timedelta(days=1)
        ) == timedelta(hours=6, minutes=30)

    def test_from_toml_file_and_from_dict_agree(self, tmp_path: Path) -> None:
        path = tmp_path / "kupang.toml"
        path.write_text(KUPANG_TOML, encoding="utf-8")
        assert WorkingCalendar.from_toml(path) == WorkingCalendar.from_toml(KUPANG_TOML)

    def test_syntax_error_names_the_line(self) -> None:
        text = 'zone = "Asia/Makassar"\nyears = [2025, 2025]\n[week\nmon = ["07:30-12:00"]\n'
        with use_language("en"), pytest.raises(ConfigurationError, match="line 3") as caught:
            WorkingCalendar.from_toml(text)
        assert caught.value.problems[0].startswith("TOML syntax")

    def test_content_problems_are_reported_together_with_paths(self) -> None:
        text = """
zone = "Asia/Makassar"
years = [2025, 2025]
builtin_layers = ["nasional"]
holiday_layers = []

[week]
mon = ["07:30-12:00", "11:00-16:00"]

[[layers]]
name = "kupang"
kind = "kota"
holidays = [{ date = "25 April", name_id = "HUT" }]

[[extra_working_days]]
date = 2025-04-05
"""
        with pytest.raises(ConfigurationError) as caught:
            WorkingCalendar.from_toml(text)
        problems = caught.value.problems
        expected = [
            "holiday_layers: unknown key",
            "unknown built-in layer 'nasional'",
            "week.mon[1]",
            "layers[0].kind: unknown kind 'kota'",
            "layers[0].holidays[0].date",
            "layers[0].holidays[0].name_en",
            "extra_working_days[0].name",
        ]
        for fragment in expected:
            assert any(fragment in p for p in problems), fragment
        assert len(problems) == len(set(problems)) == len(expected)

    def test_zone_alone_raises_unknown_zone(self) -> None:
        with pytest.raises(UnknownZoneError):
            WorkingCalendar.from_dict({"zone": "Asia/Kupang", "years": [2025, 2025]})

    def test_years_are_required_without_builtin_layers(self) -> None:
        with use_language("en"), pytest.raises(ConfigurationError, match="years: required"):
            WorkingCalendar.from_dict({"zone": "Asia/Makassar"})


def test_calendars_are_values(kupang: WorkingCalendar) -> None:
    again = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2027))
    assert again == kupang
    assert hash(again) == hash(kupang)
    assert "_cache" not in repr(kupang)
    assert "<" in repr(kupang.layers[0])  # holidays summarised, not listed


def test_importing_the_calendar_loads_no_heavy_dependency() -> None:
    import subprocess  # noqa: PLC0415 - only this test needs it
    import sys  # noqa: PLC0415 - only this test needs it

    code = (
        "import sys, pengaduan.calendar, pengaduan.calendar.humanize; "
        "print(sorted(m for m in ('pendulum', 'holidays') if m in sys.modules))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# -- deadlines on long calendars and zones with daylight saving ---------------------------------


@pytest.mark.parametrize(
    ("zone", "first_year", "last_year"),
    [
        pytest.param("Asia/Makassar", 2024, 2026, id="WITA, deadlines built with the arrays"),
        pytest.param("Asia/Makassar", 1900, 2100, id="two centuries, deadlines built on use"),
        pytest.param("Europe/Berlin", 2024, 2026, id="a zone with daylight saving"),
    ],
)
def test_a_deadline_is_the_end_of_the_nth_working_date(
    zone: str, first_year: int, last_year: int
) -> None:
    cal = WorkingCalendar(zone=zone, first_year=first_year, last_year=last_year).validate()
    tz = ZoneInfo(zone)
    for start in (
        datetime(2025, 3, 28, 23, 30, tzinfo=tz),  # the Friday before Berlin's spring jump
        datetime(2025, 10, 24, 12, tzinfo=tz),  # the Friday before Berlin's autumn fold
        datetime(2025, 3, 3, 2, tzinfo=UTC),
    ):
        for days in (1, 2, 5, 30):
            due = cal.add_working_days(start, days)
            expected = cal.end_of_day(cal.nth_working_date(start, days))
            assert due == expected
            assert due.tzinfo is tz
            assert (due.hour, due.minute, due.fold) == (0, 0, 0)
            assert cal.add_working_days(start, days) is due  # the same instant object again


def test_a_deadline_past_the_last_year_is_out_of_range() -> None:
    cal = WorkingCalendar(zone="Asia/Makassar", first_year=2025, last_year=2025).validate()
    start = datetime(2025, 12, 30, 9, tzinfo=ZoneInfo("Asia/Makassar"))
    assert cal.add_working_days(start, 1) == datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Makassar"))
    with pytest.raises(OutOfRangeError):
        cal.add_working_days(start, 2)
    with pytest.raises(OutOfRangeError):
        cal.add_working_days(datetime(2024, 12, 30, 9, tzinfo=UTC), 1)
