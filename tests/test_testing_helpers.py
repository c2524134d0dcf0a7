"""pengaduan.testing: assertions that say which rule broke and by how much, and builders."""

from __future__ import annotations

import re

import attrs
import pytest
from tests.helpers import SECRET_NAME, SECRET_TEXT
from tests.sla_helpers import KUPANG, complaint_at, wita

from pengaduan import Workflow
from pengaduan.errors import InvalidActionError
from pengaduan.language import use_language
from pengaduan.model import Actor, replace_history
from pengaduan.sla import ClockState
from pengaduan.testing import (
    PLACEHOLDER_TEXT,
    assert_allowed,
    assert_clock,
    assert_history_intact,
    assert_not_allowed,
    assert_sop_compliant,
    build_complaint,
)

ON_TIME = (("verifikasi", wita(2025, 3, 4)), ("tindak_lanjut", wita(2025, 3, 7)))


def test_build_complaint_replays_milestones_with_placeholder_data() -> None:
    c = build_complaint(wita(2025, 3, 3), *ON_TIME, ("tutup", 8), units=["dinkes", "rsud"])
    assert c.status == "selesai"
    assert c.units == ("dinkes", "rsud")
    assert c.text == PLACEHOLDER_TEXT
    assert c.history[2].actor == Actor.unit("dinkes")
    assert c.history[3].at == wita(2025, 3, 11)  # 8 calendar days after receipt
    assert_history_intact(c)


def test_build_complaint_refuses_steps_outside_the_sop() -> None:
    with pytest.raises(InvalidActionError):
        build_complaint(wita(2025, 3, 3), ("tutup", 1))


def test_compliant_complaint_passes() -> None:
    c = build_complaint(wita(2025, 3, 3), *ON_TIME)
    assert_sop_compliant(c, now=wita(2025, 3, 8), calendar=KUPANG)


@pytest.mark.usefixtures("english")
def test_breach_message_names_rule_basis_and_lateness() -> None:
    c = build_complaint(wita(2025, 3, 3), ("verifikasi", wita(2025, 3, 11, 9)))
    with pytest.raises(AssertionError) as raised:
        assert_sop_compliant(c, now=wita(2025, 3, 12), calendar=KUPANG)
    message = str(raised.value)
    assert message.startswith("complaint UJI-1 is not SOP-compliant: 1 finding\n")
    assert re.search(
        r"clock 'verifikasi' \(SP4N-LAPOR!.*, official\): due the end of Thursday, "
        r"6 March 2025 \(WITA\), met 3 working days late",
        message,
    )


def test_ignore_overdue_open_items() -> None:
    c = build_complaint(wita(2025, 3, 3))
    with use_language("en"), pytest.raises(AssertionError, match="still open at"):
        assert_sop_compliant(c, now=wita(2025, 3, 20), calendar=KUPANG)
    with pytest.raises(AssertionError, match="masih terbuka pada"):  # the reader's language
        assert_sop_compliant(c, now=wita(2025, 3, 20), calendar=KUPANG)
    assert_sop_compliant(c, now=wita(2025, 3, 20), calendar=KUPANG, ignore=["overdue_open"])


def test_default_calendar_is_wib() -> None:
    c = build_complaint(wita(2025, 3, 3), ("verifikasi", wita(2025, 3, 20)))
    with pytest.raises(AssertionError, match=r"\(WIB\)"):
        assert_sop_compliant(c, now=wita(2025, 3, 21))


def test_assert_clock_passes_and_returns_the_report() -> None:
    c = build_complaint(wita(2025, 3, 3), *ON_TIME)
    report = assert_clock(
        c,
        "verifikasi",
        now=wita(2025, 3, 8),
        state=ClockState.MET,
        due=wita(2025, 3, 7, 0),
        met=wita(2025, 3, 4),
        late_by=0,
        calendar=KUPANG,
    )
    assert report.clock == "verifikasi"


@pytest.mark.usefixtures("english")
def test_assert_clock_lists_every_difference() -> None:
    c = build_complaint(wita(2025, 3, 3), ("verifikasi", wita(2025, 3, 11, 9)))
    with pytest.raises(AssertionError) as raised:
        assert_clock(
            c, "verifikasi", now=wita(2025, 3, 12), state="met", late_by=0, calendar=KUPANG
        )
    message = str(raised.value)
    assert "state is 'breached', expected 'met'" in message
    assert "late by 3 days, expected 0 days" in message
    assert "(SP4N-LAPOR!" in message


@pytest.mark.usefixtures("english")
def test_assert_clock_on_a_clock_that_has_not_started() -> None:
    c = build_complaint(wita(2025, 3, 3))
    with pytest.raises(AssertionError, match="'tindak_lanjut' has not started"):
        assert_clock(c, "tindak_lanjut", now=wita(2025, 3, 4), calendar=KUPANG)


@pytest.mark.usefixtures("english")
def test_assert_history_intact_names_the_event() -> None:
    c = build_complaint(wita(2025, 3, 3), *ON_TIME)
    history = list(c.history)
    history[1] = attrs.evolve(history[1], to_status="ditunda")
    with pytest.raises(AssertionError, match="not intact at event 2"):
        assert_history_intact(replace_history(c, tuple(history)))
    with pytest.raises(AssertionError, match="missing at the end"):
        assert_history_intact(replace_history(c, c.history[:2]), head=c.head)


@pytest.mark.usefixtures("english")
def test_assert_allowed_and_not_allowed() -> None:
    assert_allowed(None, "diterima", ["verifikasi", "tunda"])
    assert_not_allowed(Workflow.default(), "diterima", ["tutup"])
    with pytest.raises(AssertionError, match="not allowed: tutup; allowed: alihkan, arsipkan"):
        assert_allowed(None, "diterima", ["verifikasi", "tutup"])
    with pytest.raises(AssertionError, match="allowed, but expected not: tunda"):
        assert_not_allowed(None, "diterima", ["tunda"])
    with pytest.raises(AssertionError, match="terminal"):
        assert_allowed(None, "diarsipkan", ["tutup"])
    with pytest.raises(AssertionError, match="no status 'hilang'"):
        assert_allowed(None, "hilang", ["tutup"])


def test_messages_carry_no_complaint_text() -> None:
    c = complaint_at(wita(2025, 3, 3), ("verifikasi", wita(2025, 3, 20)))
    with pytest.raises(AssertionError) as raised:
        assert_sop_compliant(c, now=wita(2025, 3, 21), calendar=KUPANG)
    assert SECRET_TEXT not in str(raised.value)
    assert SECRET_NAME not in str(raised.value)
