"""Findings per complaint: integrity, SOP violations, breaches, overdue items, messages."""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT, WF
from tests.sla_helpers import KUPANG, LAPOR, complaint_at, wita

from pengaduan.calendar import TimeUnit
from pengaduan.compliance import Finding, FindingKind, check
from pengaduan.errors import NaiveDatetimeError
from pengaduan.model import Actor, Event, replace_history
from pengaduan.sla import Confidence
from pengaduan.workflow.profiles import Action


def findings(complaint, now):  # type: ignore[no-untyped-def]
    return check(complaint, workflow=WF, policy=LAPOR, calendar=KUPANG, now=now)


def test_on_time_history_has_no_finding() -> None:
    c = complaint_at(
        wita(2025, 3, 3),
        (Action.VERIFIKASI, wita(2025, 3, 4)),
        (Action.TINDAK_LANJUT, wita(2025, 3, 7)),
        (Action.TUTUP, wita(2025, 3, 10)),
    )
    assert findings(c, wita(2025, 4, 1)) == ()


def test_late_verification_is_a_breach_with_times_basis_and_lateness() -> None:
    c = complaint_at(wita(2025, 3, 3), (Action.VERIFIKASI, wita(2025, 3, 11, 9)))
    (breach, overdue) = findings(c, wita(2025, 3, 12))[:1] + findings(c, wita(2025, 3, 30))[1:]
    assert breach.kind is FindingKind.BREACH
    assert breach.rule == "verifikasi"
    assert breach.expected_at == wita(2025, 3, 7, 0)  # end of Thursday 6 March
    assert breach.actual_at == wita(2025, 3, 11, 9)
    assert breach.late_by == timedelta(days=3)  # Fri 7, Mon 10, Tue 11
    assert breach.time_unit is TimeUnit.WORKING_DAYS
    assert breach.basis is not None
    assert breach.basis.confidence is Confidence.OFFICIAL
    assert breach.units == ("dinkes",)
    assert breach.message == (
        "complaint KPG-SLA-1: clock 'verifikasi' (" + breach.basis.citation + ", official): "
        "due the end of Thursday, 6 March 2025 (WITA), met 3 working days late"
    )
    assert "dipenuhi dengan keterlambatan 3 hari kerja" in breach.describe("id")
    assert "Kamis, 6 Maret 2025 (WITA)" in breach.describe("id")
    # The follow-up clock started on 11 March and is still open on 30 March.
    assert overdue.kind is FindingKind.OVERDUE_OPEN
    assert overdue.rule == "tindak_lanjut"
    assert overdue.actual_at == wita(2025, 3, 30)
    assert overdue.late_by == timedelta(days=7)  # 28 March is cuti bersama (Nyepi)
    assert "still open at Sunday, 30 March 2025 10:00 WITA, 7 working days late" in overdue.message


def test_open_clock_before_its_deadline_is_no_finding() -> None:
    c = complaint_at(wita(2025, 3, 3))
    assert findings(c, wita(2025, 3, 5)) == ()
    (overdue,) = findings(c, wita(2025, 3, 7, 8))
    assert overdue.kind is FindingKind.OVERDUE_OPEN
    assert overdue.late_by == timedelta(days=1)


def test_reset_cycles_each_report_their_breach() -> None:
    c = complaint_at(
        wita(2025, 3, 3),
        (Action.VERIFIKASI, wita(2025, 3, 3, 11)),
        (Action.TINDAK_LANJUT, wita(2025, 3, 20)),  # late: due end of 10 March
        (Action.BUKA_KEMBALI, wita(2025, 3, 21)),
        (Action.TINDAK_LANJUT, wita(2025, 4, 30)),  # late again
    )
    late = [f for f in findings(c, wita(2025, 5, 1)) if f.rule == "tindak_lanjut"]
    assert [(f.kind, f.cycle) for f in late] == [(FindingKind.BREACH, 1), (FindingKind.BREACH, 2)]


def _tampered(complaint, index: int, **changes):  # type: ignore[no-untyped-def]
    history = list(complaint.history)
    history[index] = attrs.evolve(history[index], **changes)
    return replace_history(complaint, tuple(history))


def test_integrity_finding_names_the_event() -> None:
    c = complaint_at(wita(2025, 3, 3), (Action.VERIFIKASI, wita(2025, 3, 4)))
    bad = _tampered(c, 1, at=wita(2025, 3, 3, 12))  # backdated after the fact
    (finding,) = [f for f in findings(bad, wita(2025, 3, 5)) if f.kind is FindingKind.INTEGRITY]
    assert finding.sequence == 2
    assert "digest does not match" in finding.message
    assert (
        check(bad, workflow=WF, policy=LAPOR, calendar=KUPANG, now=wita(2025, 3, 5), verify=False)
        == ()
    )


def test_sop_violation_lists_event_and_rule() -> None:
    c = complaint_at(wita(2025, 3, 3))
    # A 'tutup' straight from 'diterima', forged with a valid chain by appending an event.
    forged = WF._append(  # the test needs a history the SOP never produces
        c,
        action="tutup",
        status="diterima",
        target="selesai",
        actor=Actor.admin("bag-organisasi"),
        when=wita(2025, 3, 4),
        payload="{}",
        idempotency_key=None,
    )
    found = findings(forged, wita(2025, 3, 5))
    (violation,) = [f for f in found if f.kind is FindingKind.SOP_VIOLATION]
    assert violation.sequence == 2
    assert violation.rule == "tutup"
    assert violation.message == (
        "complaint KPG-SLA-1: event 2: 'tutup' is not allowed from 'diterima' (SOP 'lapor-v3')"
    )
    assert len(WF.conforms(forged)) == 1


def test_wrong_role_is_a_violation() -> None:
    c = complaint_at(wita(2025, 3, 3))
    forged = WF._append(
        c,
        action="verifikasi",
        status="diterima",
        target="didisposisikan",
        actor=Actor.reporter(),
        when=wita(2025, 3, 4),
        payload='{"units":["dinkes"]}',
        idempotency_key=None,
    )
    (violation,) = [f for f in findings(forged, wita(2025, 3, 5)) if f.kind == "sop_violation"]
    assert "role 'pelapor' may not take 'verifikasi'" in violation.detail


def test_no_personal_data_in_findings() -> None:
    c = complaint_at(wita(2025, 3, 3), (Action.VERIFIKASI, wita(2025, 3, 20)))
    for finding in findings(c, wita(2025, 4, 30)):
        for text in (finding.message, finding.describe("id"), repr(finding)):
            for secret in (SECRET_TEXT, SECRET_NAME, SECRET_PHONE):
                assert secret not in text


def test_naive_now_is_refused() -> None:
    with pytest.raises(NaiveDatetimeError):
        findings(complaint_at(wita(2025, 3, 3)), datetime(2025, 3, 5))


def test_unknown_language() -> None:
    finding = Finding(kind="breach", complaint_id="X", rule="r")
    with pytest.raises(ValueError, match="language"):
        finding.describe("fr")


_ACTIONS = [a.name for a in WF.actions if a.name != "tutup_otomatis"]


@given(
    st.lists(
        st.tuples(st.sampled_from(_ACTIONS), st.integers(min_value=1, max_value=60 * 24 * 6)),
        max_size=6,
    )
)
def test_sop_findings_agree_with_workflow_conforms(steps: list[tuple[str, int]]) -> None:
    """Random histories, forged without guards: the findings are exactly conforms' entries."""
    c = complaint_at(wita(2025, 3, 3))
    roles = [Actor.admin("a"), Actor.unit("dinkes"), Actor.reporter(), Actor.system()]
    for index, (action, minutes) in enumerate(steps):
        spec = WF.action(action)
        c = WF._append(
            c,
            action=action,
            status=c.status,
            target=spec.target or c.status,
            actor=roles[index % len(roles)],
            when=c.updated_at + timedelta(minutes=minutes),
            payload="{}",
            idempotency_key=None,
        )
    found = [f for f in findings(c, wita(2025, 6, 1)) if f.kind is FindingKind.SOP_VIOLATION]
    assert len(found) == len(WF.conforms(c))
    assert all(isinstance(e, Event) for e in c.history)
