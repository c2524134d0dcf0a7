"""SLA clocks: worked examples, pause and reset semantics, policy changes, rendering, bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
import pytest
from tests.helpers import SECRET_NAME, SECRET_TEXT, WF
from tests.sla_helpers import KUPANG, LAPOR, WITA, by_clock, complaint_at, wita

from pengaduan.calendar import TimeUnit
from pengaduan.errors import ConfigurationError, NaiveDatetimeError, OutOfRangeError
from pengaduan.model import Classification
from pengaduan.sla import (
    ClockRule,
    ClockState,
    Confidence,
    LegalBasis,
    SlaPolicy,
    any_of,
    by_role,
    describe,
    describe_basis,
    evaluate,
    in_category,
    leaves_category,
    leaves_status,
    on_action,
    on_status,
    state_label,
)
from pengaduan.workflow.profiles import Action

A = Action
END = KUPANG.end_of_day


# -- worked examples --------------------------------------------------------------------------


class TestWorkedExamples:
    def test_monday_morning_three_working_days(self) -> None:
        c = complaint_at(wita(2025, 3, 3, 10))
        report = by_clock(c, wita(2025, 3, 4, 9))["verifikasi"]
        assert report.state is ClockState.RUNNING
        assert report.due_at == datetime(2025, 3, 7, 0, 0, tzinfo=WITA)
        assert report.warning_at == datetime(2025, 3, 6, 0, 0, tzinfo=WITA)  # the last day begins
        assert report.elapsed == timedelta(days=1)
        assert report.remaining == timedelta(days=2)
        text = describe(report, KUPANG, now=wita(2025, 3, 4, 9))
        assert text == (
            "Verifikasi dan disposisi oleh admin: paling lambat Kamis, 6 Maret 2025 (WITA), "
            "2 hari kerja lagi"
        )

    def test_friday_before_lebaran_cuti_bersama_2025(self) -> None:
        # Nyepi cuti bersama 28 Mar, Idul Fitri 31 Mar-1 Apr, cuti bersama 2-4 and 7 Apr.
        received = wita(2025, 3, 21, 15)
        verified = wita(2025, 3, 27, 14)
        c = complaint_at(received, (A.VERIFIKASI, verified))
        clocks = by_clock(c, wita(2025, 4, 8, 8))
        assert clocks["verifikasi"].state is ClockState.BREACHED
        assert clocks["verifikasi"].due_at == END(date(2025, 3, 26))
        assert clocks["verifikasi"].breached_at == END(date(2025, 3, 26))
        assert clocks["verifikasi"].met_at == verified
        follow_up = clocks["tindak_lanjut"]
        # 5 WD after Thu 27 Mar: 8, 9, 10, 11 and 14 April
        assert follow_up.due_at == END(date(2025, 4, 14))
        assert follow_up.state is ClockState.RUNNING
        assert follow_up.remaining == timedelta(days=4)  # 8 Apr itself is counted as begun
        assert describe(follow_up, KUPANG, now=wita(2025, 4, 8, 8)).endswith(
            "paling lambat Senin, 14 April 2025 (WITA), 4 hari kerja lagi"
        )

    def test_received_on_saturday_night(self) -> None:
        c = complaint_at(wita(2025, 3, 1, 22, 30))
        report = by_clock(c, wita(2025, 3, 2, 8))["verifikasi"]
        assert report.due_at == END(date(2025, 3, 5))
        assert report.elapsed == timedelta(0)

    def test_crossing_new_year(self) -> None:
        c = complaint_at(wita(2025, 12, 24, 9), (A.VERIFIKASI, wita(2025, 12, 30, 9)))
        clocks = by_clock(c, wita(2026, 1, 2, 9))
        assert clocks["verifikasi"].state is ClockState.MET
        assert clocks["verifikasi"].due_at == END(date(2025, 12, 31))
        # after Tue 30 Dec: 31 Dec, 2, 5, 6, 7 Jan (1 Jan is New Year's Day)
        assert clocks["tindak_lanjut"].due_at == END(date(2026, 1, 7))
        text = describe(clocks["tindak_lanjut"], KUPANG, now=wita(2026, 1, 2, 9), language="en")
        assert text == (
            "Follow-up by the unit: by Wednesday, 7 January 2026 (WITA), 3 working days left"
        )

    def test_deferred_and_resumed(self) -> None:
        start = wita(2025, 3, 3, 10)
        paused = wita(2025, 3, 4, 9)
        c = complaint_at(start, (A.TUNDA, paused))
        during = by_clock(c, wita(2025, 3, 5, 12))["verifikasi"]
        assert during.state is ClockState.PAUSED
        assert during.due_at is None  # it moves when the clock resumes
        assert during.paused_since == paused
        assert during.elapsed == timedelta(days=1)  # Tuesday, the pause date, is consumed
        assert during.remaining == timedelta(days=2)
        assert during.paused == timedelta(days=1, hours=3)
        assert describe(during, KUPANG, now=wita(2025, 3, 5, 12)) == (
            "Verifikasi dan disposisi oleh admin: dijeda sejak Selasa, 4 Maret 2025 pukul "
            "09.00 WITA, sisa 2 hari kerja"
        )
        resumed = wita(2025, 3, 6, 11)
        c = complaint_at(start, (A.TUNDA, paused), (A.LANJUTKAN, resumed))
        after = by_clock(c, wita(2025, 3, 6, 12))["verifikasi"]
        assert after.state is ClockState.RUNNING
        # Tuesday consumed (1), then Friday (2) and Monday (3)
        assert after.due_at == END(date(2025, 3, 10))
        assert after.due_at == KUPANG.add_working_days(start, 3, pauses=[(paused, resumed)])
        assert after.paused == resumed - paused

    def test_pause_and_resume_on_the_same_date_extend_nothing(self) -> None:
        start = wita(2025, 3, 3, 10)
        c = complaint_at(start, (A.TUNDA, wita(2025, 3, 4, 9)), (A.LANJUTKAN, wita(2025, 3, 4, 15)))
        assert by_clock(c, wita(2025, 3, 5))["verifikasi"].due_at == END(date(2025, 3, 6))

    def test_pause_on_the_last_day_consumes_it(self) -> None:
        # The pinned rule: the pause date is consumed, so nothing is left; the deadline stays.
        c = complaint_at(wita(2025, 3, 3, 10), (A.TUNDA, wita(2025, 3, 6, 9)))
        report = by_clock(c, wita(2025, 3, 10, 9))["verifikasi"]
        assert report.due_at == END(date(2025, 3, 6))
        assert report.state is ClockState.BREACHED

    def test_reopened_restarts_the_follow_up_clock_and_keeps_its_history(self) -> None:
        c = complaint_at(
            wita(2025, 3, 3, 10),
            (A.VERIFIKASI, wita(2025, 3, 3, 11)),
            (A.TINDAK_LANJUT, wita(2025, 3, 14, 9)),  # late: due end of Mon 10 Mar
            (A.BUKA_KEMBALI, wita(2025, 3, 17, 9)),
        )
        clocks = by_clock(c, wita(2025, 3, 18, 9))
        follow_up = clocks["tindak_lanjut"]
        assert follow_up.cycle == 2
        assert follow_up.state is ClockState.RUNNING
        assert follow_up.started_at == wita(2025, 3, 17, 9)
        assert follow_up.due_at == END(date(2025, 3, 24))
        (first,) = follow_up.earlier
        assert first.state is ClockState.BREACHED
        assert first.breached_at == END(date(2025, 3, 10))
        assert first.met_at == wita(2025, 3, 14, 9)
        assert follow_up.ever_breached
        assert clocks["tutup_otomatis"].state is ClockState.CANCELLED  # the reporter reopened

    def test_auto_close_clock_expires_then_is_met_when_closed(self) -> None:
        followed = wita(2025, 3, 4, 9)
        steps = [(A.VERIFIKASI, wita(2025, 3, 3, 11)), (A.TINDAK_LANJUT, followed)]
        c = complaint_at(wita(2025, 3, 3, 10), *steps)
        timer = by_clock(c, wita(2025, 3, 19, 9))["tutup_otomatis"]
        assert timer.due_at == END(date(2025, 3, 18))  # 10 WD after Tue 4 Mar
        assert timer.state is ClockState.EXPIRED
        assert timer.breached_at is None  # a timer never breaches
        closed = complaint_at(
            wita(2025, 3, 3, 10), *steps, (A.TUTUP_OTOMATIS, wita(2025, 3, 19, 9))
        )
        assert by_clock(closed, wita(2025, 3, 20))["tutup_otomatis"].state is ClockState.MET

    def test_a_breach_stays_recorded_when_the_work_is_done_late(self) -> None:
        done = wita(2025, 3, 12, 9)
        c = complaint_at(wita(2025, 3, 3, 10), (A.VERIFIKASI, done))
        report = by_clock(c, wita(2025, 3, 20))["verifikasi"]
        assert report.state is ClockState.BREACHED
        assert report.met_at == done
        assert report.breached_at == END(date(2025, 3, 6))
        assert report.remaining == timedelta(days=-4)  # Fri, Mon, Tue and Wed (done that day)
        assert not report.is_open
        assert describe(report, KUPANG, now=wita(2025, 3, 20)) == (
            "Verifikasi dan disposisi oleh admin: selesai terlambat pada Rabu, 12 Maret 2025 "
            "pukul 09.00 WITA, tenggat paling lambat Kamis, 6 Maret 2025 (WITA)"
        )

    def test_events_after_now_are_not_considered(self) -> None:
        c = complaint_at(wita(2025, 3, 3, 10), (A.VERIFIKASI, wita(2025, 3, 12, 9)))
        before = by_clock(c, wita(2025, 3, 10, 9))
        assert set(before) == {"verifikasi"}
        assert before["verifikasi"].state is ClockState.BREACHED
        assert before["verifikasi"].is_open


# -- units ------------------------------------------------------------------------------------


def _rule(**changes: object) -> ClockRule:
    fields: dict[str, object] = {
        "name": "respon",
        "amount": 8,
        "unit": TimeUnit.WORKING_HOURS,
        "start": on_action("terima"),
        "stop": on_action(A.VERIFIKASI),
        "pause": in_category("paused"),
        "resume": leaves_category("paused"),
        "basis": LegalBasis(citation="SOP contoh", confidence=Confidence.ASSUMED),
    }
    fields.update(changes)
    return ClockRule(**fields)  # type: ignore[arg-type]


class TestUnits:
    def test_working_hours_skip_paused_business_time(self) -> None:
        policy = SlaPolicy.of("jam", [_rule()], workflow=WF)
        start, paused, resumed = wita(2025, 3, 3, 10), wita(2025, 3, 3, 11), wita(2025, 3, 3, 14)
        c = complaint_at(start, (A.TUNDA, paused), (A.LANJUTKAN, resumed))
        report = by_clock(c, wita(2025, 3, 3, 15), policy)["respon"]
        expected = KUPANG.add_working_time(start, timedelta(hours=8), pauses=[(paused, resumed)])
        assert report.due_at == expected == datetime(2025, 3, 4, 13, 30, tzinfo=WITA)
        assert report.elapsed == timedelta(hours=2)  # 10-11 and 14-15
        assert report.remaining == timedelta(hours=6)
        assert "Selasa, 4 Maret 2025 pukul 13.30 WITA" in describe(report, KUPANG, now=resumed)

    def test_calendar_days_count_every_date_and_pause(self) -> None:
        policy = SlaPolicy.written_response(WF)
        start = wita(2025, 3, 3, 10)
        c = complaint_at(start)
        report = by_clock(c, wita(2025, 3, 4), policy)["tanggapan_tertulis"]
        assert report.due_at == KUPANG.add_calendar_days(start, 14) == END(date(2025, 3, 17))
        paused = complaint_at(start, (A.TUNDA, wita(2025, 3, 5)), (A.LANJUTKAN, wita(2025, 3, 8)))
        # 2 dates consumed (4, 5 Mar), 12 left after 8 Mar
        assert by_clock(paused, wita(2025, 3, 9), policy)["tanggapan_tertulis"].due_at == END(
            date(2025, 3, 20)
        )
        assert describe_basis(report.basis).endswith("(sumber sekunder)")

    def test_information_request_extension_and_classification(self) -> None:
        policy = SlaPolicy.information_request(WF, extend=on_action(A.DISPOSISI_ULANG))
        start = wita(2025, 3, 3, 10)
        info = {"classification": Classification.PERMINTAAN_INFORMASI}
        c = complaint_at(start, **info)
        assert by_clock(c, wita(2025, 3, 4), policy)["informasi_publik"].due_at == END(
            date(2025, 3, 17)
        )
        extended = complaint_at(
            start, (A.VERIFIKASI, wita(2025, 3, 4)), (A.DISPOSISI_ULANG, wita(2025, 3, 5)), **info
        )
        report = by_clock(extended, wita(2025, 3, 6), policy)["informasi_publik"]
        assert report.due_at == KUPANG.add_working_days(start, 17)
        assert report.remaining == timedelta(days=14)
        assert by_clock(complaint_at(start), wita(2025, 3, 4), policy) == {}  # a pengaduan

    def test_settlement_stops_when_the_complaint_is_closed(self) -> None:
        policy = SlaPolicy.settlement(WF)
        c = complaint_at(
            wita(2025, 3, 3, 10),
            (A.VERIFIKASI, wita(2025, 3, 4)),
            (A.TINDAK_LANJUT, wita(2025, 3, 20)),
            (A.TUTUP, wita(2025, 3, 21)),
        )
        report = by_clock(c, wita(2025, 6, 1), policy)["penyelesaian"]
        assert report.state is ClockState.MET
        assert report.due_at == END(date(2025, 5, 3))

    def test_kelurahan_tiered_profile_runs(self) -> None:
        policy = SlaPolicy.kelurahan_tiered(WF)
        c = complaint_at(wita(2025, 3, 3, 10), (A.VERIFIKASI, wita(2025, 3, 4)))
        clocks = by_clock(c, wita(2025, 3, 5), policy)
        assert sorted(clocks) == ["penyelesaian", "tanggapan", "verifikasi"]
        assert clocks["penyelesaian"].due_at == KUPANG.add_working_days(wita(2025, 3, 4), 14)
        assert clocks["verifikasi"].basis.confidence is Confidence.LOCAL


# -- policy and calendar changes --------------------------------------------------------------


class TestRecompute:
    def test_changing_an_amount_recomputes_history_and_keeps_paused_time(self) -> None:
        c = complaint_at(
            wita(2025, 3, 3, 10),
            (A.TUNDA, wita(2025, 3, 4, 9)),
            (A.LANJUTKAN, wita(2025, 3, 6, 11)),
            (A.VERIFIKASI, wita(2025, 3, 12, 9)),
        )
        now = wita(2025, 3, 20)
        old = by_clock(c, now)["verifikasi"]
        assert old.state is ClockState.BREACHED
        longer = LAPOR.with_rules(attrs.evolve(LAPOR.rule("verifikasi"), amount=5))
        new = by_clock(c, now, longer)["verifikasi"]
        assert new.state is ClockState.MET
        assert new.paused == old.paused == wita(2025, 3, 6, 11) - wita(2025, 3, 4, 9)
        assert new.due_at == KUPANG.add_working_days(
            wita(2025, 3, 3, 10), 5, pauses=[(wita(2025, 3, 4, 9), wita(2025, 3, 6, 11))]
        )

    def test_changing_the_calendar_recomputes_deadlines(self) -> None:
        c = complaint_at(wita(2025, 3, 27, 10))
        with_leave = by_clock(c, wita(2025, 3, 27, 11))["verifikasi"]
        national = evaluate(
            c, policy=LAPOR, calendar=KUPANG.without_layers("cuti_bersama"), now=wita(2025, 3, 27)
        )[0]
        assert with_leave.due_at == END(date(2025, 4, 10))
        assert national.due_at == END(date(2025, 4, 3))  # 28 Mar, 2 and 3 Apr

    def test_rule_order_does_not_matter(self) -> None:
        rules = list(LAPOR.rules)
        shuffled = attrs.evolve(LAPOR, rules=tuple(reversed(rules)))
        assert shuffled == LAPOR
        c = complaint_at(wita(2025, 3, 3), (A.VERIFIKASI, wita(2025, 3, 4)))
        assert evaluate(c, policy=shuffled, calendar=KUPANG, now=wita(2025, 3, 5)) == evaluate(
            c, policy=LAPOR, calendar=KUPANG, now=wita(2025, 3, 5)
        )

    @pytest.mark.usefixtures("english")
    def test_without_rules(self) -> None:
        assert [r.name for r in LAPOR.without_rules("tutup_otomatis").rules] == [
            "tindak_lanjut",
            "verifikasi",
        ]
        with pytest.raises(ConfigurationError, match="unknown clock 'nope'"):
            LAPOR.without_rules("nope")
        with pytest.raises(LookupError):
            LAPOR.rule("nope")


# -- conditions, TOML -------------------------------------------------------------------------


class TestConditions:
    def test_reprs_are_readable(self) -> None:
        condition = any_of(on_action("tutup"), on_status("selesai")) | leaves_status("ditunda")
        assert repr(condition) == (
            "any_of(on_action('tutup'), on_status('selesai'), leaves_status('ditunda'))"
        )
        assert repr(on_action("tanggapi") & by_role("pelapor")) == (
            "all_of(on_action('tanggapi'), by_role('pelapor'))"
        )
        assert repr(in_category("paused")) == "in_category('paused')"

    def test_empty_factories_are_refused(self) -> None:
        with pytest.raises(TypeError):
            on_action()
        with pytest.raises(ValueError, match="nope"):
            by_role("nope")

    def test_a_status_condition_fires_on_entering_only(self) -> None:
        rule = _rule(
            name="balasan",
            unit=TimeUnit.WORKING_DAYS,
            amount=2,
            start=on_status("ditindaklanjuti"),
            stop=on_action(A.TANGGAPI) & by_role("pelapor"),
            pause=None,
            resume=None,
        )
        policy = SlaPolicy.of("balasan", [rule], workflow=WF)
        c = complaint_at(
            wita(2025, 3, 3, 10),
            (A.VERIFIKASI, wita(2025, 3, 3, 11)),
            (A.TINDAK_LANJUT, wita(2025, 3, 4, 9)),
            (A.TANGGAPI, wita(2025, 3, 5, 9)),
        )
        report = by_clock(c, wita(2025, 3, 6), policy)["balasan"]
        assert report.started_at == wita(2025, 3, 4, 9)
        assert report.state is ClockState.MET

    def test_toml_round_trip(self) -> None:
        for policy in (LAPOR, SlaPolicy.kelurahan_tiered(WF), SlaPolicy.settlement(WF)):
            assert SlaPolicy.from_dict(policy.to_dict(), workflow=WF) == policy

    def test_from_toml_file(self, tmp_path: object) -> None:
        from pathlib import Path  # noqa: PLC0415

        path = Path(str(tmp_path)) / "kupang.toml"
        path.write_text(TOML, encoding="utf-8")
        policy = SlaPolicy.from_toml(path, workflow=WF)
        rule = policy.rule("balasan_cepat")
        assert rule.unit is TimeUnit.WORKING_HOURS
        assert repr(rule.cancel) == (
            "any_of(all_of(on_action('tanggapi'), by_role('pelapor')), on_status('selesai'))"
        )
        assert rule.basis.url == "https://kupangkota.go.id"


TOML = """
name = "kupang"

[[clocks]]
name = "balasan_cepat"
label_id = "Balasan cepat"
amount = 4
unit = "working_hours"
start = { action = "verifikasi" }
stop = { action = "tindak_lanjut" }
cancel = [{ action = "tanggapi", role = "pelapor" }, { status = "selesai" }]
basis = { citation = "SOP Kota Kupang", confidence = "local", url = "https://kupangkota.go.id" }
"""


# -- rendering and privacy --------------------------------------------------------------------


class TestWords:
    def test_state_labels(self) -> None:
        assert state_label(ClockState.BREACHED) == "terlambat"
        assert state_label(ClockState.EXPIRED, language="en") == "expired"
        with pytest.raises(ValueError, match="language"):
            state_label(ClockState.MET, language="fr")

    def test_breached_and_open(self) -> None:
        c = complaint_at(wita(2025, 3, 3, 10))
        report = by_clock(c, wita(2025, 3, 11, 9))["verifikasi"]
        assert describe(report, KUPANG, now=wita(2025, 3, 11, 9)) == (
            "Verifikasi dan disposisi oleh admin: terlambat 3 hari kerja, "
            "tenggat paling lambat Kamis, 6 Maret 2025 (WITA)"
        )

    def test_expired_and_cancelled(self) -> None:
        steps = [(A.VERIFIKASI, wita(2025, 3, 3, 11)), (A.TINDAK_LANJUT, wita(2025, 3, 4, 9))]
        c = complaint_at(wita(2025, 3, 3, 10), *steps)
        timer = by_clock(c, wita(2025, 3, 19))["tutup_otomatis"]
        assert describe(timer, KUPANG, now=wita(2025, 3, 19), language="en") == (
            "Auto-close without a reply: expired, due by Tuesday, 18 March 2025 (WITA); "
            "the system may take tutup_otomatis"
        )
        replied = complaint_at(wita(2025, 3, 3, 10), *steps, (A.TANGGAPI, wita(2025, 3, 5, 9)))
        timer = by_clock(replied, wita(2025, 3, 19))["tutup_otomatis"]
        assert timer.state is ClockState.CANCELLED
        assert describe(timer, KUPANG, now=wita(2025, 3, 19)).endswith(
            "dibatalkan pada Rabu, 5 Maret 2025 pukul 09.00 WITA"
        )

    def test_no_complaint_text_in_reprs(self) -> None:
        c = complaint_at(wita(2025, 3, 3, 10))
        text = repr(evaluate(c, policy=LAPOR, calendar=KUPANG, now=wita(2025, 3, 4)))
        assert SECRET_TEXT not in text
        assert SECRET_NAME not in text


# -- bad input --------------------------------------------------------------------------------


class TestBadInput:
    def test_naive_now(self) -> None:
        c = complaint_at(wita(2025, 3, 3, 10))
        with pytest.raises(NaiveDatetimeError, match="now"):
            evaluate(c, policy=LAPOR, calendar=KUPANG, now=datetime(2025, 3, 4, 10))

    def test_outside_the_calendar_years(self) -> None:
        c = complaint_at(wita(2027, 12, 30, 10))
        with pytest.raises(OutOfRangeError, match="2028-01"):
            evaluate(c, policy=LAPOR, calendar=KUPANG, now=wita(2027, 12, 31))

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"amount": 0}, "clock 'respon': amount must be a whole number of at least 1, got 0"),
            ({"amount": -3}, "amount must be a whole number of at least 1, got -3"),
            ({"amount": True}, "amount must be a whole number"),
            ({"unit": "weeks"}, "clock 'respon': unknown unit 'weeks'"),
            ({"warn_before": 8}, "warn_before must be a whole number from 1 to amount - 1"),
            ({"resume": None}, "pause and resume go together"),
            ({"extend": on_action("tanggapi")}, "extend and extend_by go together"),
            ({"name": "Respon Cepat"}, "name must match"),
            ({"auto_action": "tutup_otomatis", "escalate_to": "atasan"}, "escalate_to is unused"),
            ({"basis": LegalBasis(citation=" ", confidence="official")}, "needs a legal basis"),
        ],
        ids=lambda v: str(v)[:30],
    )
    def test_rule_problems(self, changes: dict[str, object], message: str) -> None:
        with pytest.raises(ConfigurationError) as caught:
            SlaPolicy.of("contoh", [_rule(**changes)])
        assert any(message in problem for problem in caught.value.problems)

    def test_all_problems_are_reported_together(self) -> None:
        rules = [
            _rule(amount=0),
            _rule(name="kedua", unit="fortnights", stop=on_action("verifikasii")),
            _rule(name="kedua"),
        ]
        with pytest.raises(ConfigurationError) as caught:
            SlaPolicy.of("contoh", rules)
        problems = caught.value.problems
        assert len(problems) == 3
        assert "clock 'kedua': declared twice" in problems

    @pytest.mark.usefixtures("english")
    def test_conditions_that_cannot_fire_in_the_workflow(self) -> None:
        rules = [
            _rule(stop=on_action("verifikasii")),
            _rule(name="dua", stop=on_action(A.TUTUP) & by_role("unit")),
            _rule(name="tiga", start=on_status("ditutup")),
            _rule(name="empat", auto_action="verifikasi"),
        ]
        with pytest.raises(ConfigurationError) as caught:
            SlaPolicy.of("contoh", rules, workflow=WF)
        text = str(caught.value)
        assert "clock 'respon': stop names action 'verifikasii', which workflow 'lapor-v3'" in text
        never = "clock 'dua': stop condition all_of(on_action('tutup'), by_role('unit')) can never"
        assert never in text
        assert "clock 'tiga': start names status 'ditutup'" in text
        assert "clock 'empat': auto_action 'verifikasi' may not be taken by the system" in text

    @pytest.mark.usefixtures("english")
    def test_pause_and_resume_on_the_same_step(self) -> None:
        rule = _rule(pause=on_action(A.TUNDA), resume=on_action(A.TUNDA, A.LANJUTKAN))
        with pytest.raises(ConfigurationError, match="pause and resume both fire on 'tunda'"):
            SlaPolicy.of("contoh", [rule], workflow=WF)

    @pytest.mark.usefixtures("english")
    def test_categories_need_a_workflow(self) -> None:
        policy = SlaPolicy.of("contoh", [_rule()])
        c = complaint_at(wita(2025, 3, 3, 10))
        with pytest.raises(ConfigurationError, match=r"validate it against the workflow"):
            evaluate(c, policy=policy, calendar=KUPANG, now=wita(2025, 3, 4))

    @pytest.mark.usefixtures("english")
    def test_malformed_toml_names_the_line(self) -> None:
        with pytest.raises(ConfigurationError, match=r"TOML syntax: .*line 3"):
            SlaPolicy.from_toml('name = "x"\n[[clocks]]\nname = \n')

    def test_toml_content_problems_name_the_clock_and_key(self) -> None:
        text = TOML.replace("amount = 4", "amount = -4").replace("working_hours", "jam_kerja")
        text = text.replace('confidence = "local"', 'confidence = "pasti"')
        text += '\n[[clocks]]\nname = "kedua"\namount = 2\nunit = "working_days"\n'
        text += 'start = { acton = "terima" }\nstop = { role = "raja" }\nbasis = 3\n'
        with pytest.raises(ConfigurationError) as caught:
            SlaPolicy.from_toml(text)
        problems = caught.value.problems
        assert (
            "clocks[0] (balasan_cepat).amount: expected a whole number of at least 1, got -4"
            in (problems)
        )
        assert any(
            p.startswith("clocks[0] (balasan_cepat).unit: unknown unit 'jam_kerja'")
            for p in problems
        )
        assert any(p.startswith("clocks[0] (balasan_cepat).basis.confidence") for p in problems)
        assert any(p.startswith("clocks[1] (kedua).start.acton: unknown key") for p in problems)
        assert any(
            p.startswith("clocks[1] (kedua).stop.role: unknown role 'raja'") for p in problems
        )
        assert "clocks[1] (kedua).basis: expected a table with citation and confidence" in problems

    @pytest.mark.usefixtures("english")
    def test_toml_against_a_workflow(self) -> None:
        text = TOML.replace('stop = { action = "tindak_lanjut" }', 'stop = { action = "jawab" }')
        with pytest.raises(ConfigurationError, match="stop names action 'jawab'"):
            SlaPolicy.from_toml(text, workflow=WF)
