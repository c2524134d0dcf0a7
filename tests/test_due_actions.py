"""Due actions: what a periodic job is told to do, across many complaints."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from tests.helpers import WF
from tests.sla_helpers import KUPANG, LAPOR, complaint_at, wita

from pengaduan.errors import ConfigurationError, NaiveDatetimeError
from pengaduan.model import Actor, Role
from pengaduan.sla import DueActionKind, SlaPolicy, due_actions, evaluate, on_action
from pengaduan.workflow.profiles import Action

A = Action
END = KUPANG.end_of_day
RECEIVED = wita(2025, 3, 3, 10)


def job(complaints: list, now: datetime, since: datetime | None = None) -> list:  # type: ignore[type-arg]
    return due_actions(complaints, policy=LAPOR, calendar=KUPANG, workflow=WF, now=now, since=since)


def test_nothing_due_for_a_fresh_complaint() -> None:
    assert job([complaint_at(RECEIVED)], wita(2025, 3, 4, 9)) == []


def test_warning_when_the_last_day_begins() -> None:
    (action,) = job([complaint_at(RECEIVED)], wita(2025, 3, 6, 8))
    assert action.kind is DueActionKind.WARNING
    assert action.clock == "verifikasi"
    assert action.at == datetime(2025, 3, 6, 0, 0, tzinfo=action.at.tzinfo)
    assert action.due_at == END(date(2025, 3, 6))
    assert action.responsible is Role.ADMIN
    assert action.escalate_to is None


def test_breach_carries_the_escalation_target() -> None:
    (action,) = job([complaint_at(RECEIVED, tracking_id="KPG-1")], wita(2025, 3, 7, 8))
    assert action.kind is DueActionKind.BREACH
    assert action.escalate_to == "atasan"
    assert action.at == END(date(2025, 3, 6))
    assert action.key == "sla:KPG-1:verifikasi:1:breach"


def test_late_but_done_is_not_due_anymore() -> None:
    c = complaint_at(RECEIVED, (A.VERIFIKASI, wita(2025, 3, 10)))
    assert [a.clock for a in job([c], wita(2025, 3, 11))] == []


def test_auto_close_when_nobody_replied() -> None:
    c = complaint_at(
        RECEIVED, (A.VERIFIKASI, wita(2025, 3, 3, 11)), (A.TINDAK_LANJUT, wita(2025, 3, 4, 9))
    )
    assert job([c], wita(2025, 3, 18, 9)) == []  # the 10th working day
    (action,) = job([c], wita(2025, 3, 19, 0, 1))
    assert action.kind is DueActionKind.AUTO_CLOSE
    assert action.action == "tutup_otomatis"
    # acting on it with the key as idempotency key is safe to repeat
    closed = WF.apply(
        c, action.action, at=wita(2025, 3, 19, 1), actor=Actor.system(), idempotency_key=action.key
    )
    again = WF.apply(
        closed,
        action.action,
        at=wita(2025, 3, 19, 2),
        actor=Actor.system(),
        idempotency_key=action.key,
    )
    assert again is closed
    assert job([closed], wita(2025, 3, 20)) == []


def test_no_auto_close_after_a_reply() -> None:
    c = complaint_at(
        RECEIVED,
        (A.VERIFIKASI, wita(2025, 3, 3, 11)),
        (A.TINDAK_LANJUT, wita(2025, 3, 4, 9)),
        (A.TANGGAPI, wita(2025, 3, 5, 9)),
    )
    assert job([c], wita(2025, 4, 1)) == []


def test_auto_close_is_not_listed_when_the_workflow_refuses_it() -> None:
    # A timer clock tied to an action the system may take, but whose guard refuses it now.
    from pengaduan.sla import ClockRule, LegalBasis  # noqa: PLC0415

    timer = ClockRule(
        name="tutup_cepat",
        amount=1,
        unit="working_days",
        start=on_action(A.TINDAK_LANJUT),
        stop=on_action(A.TUTUP, A.TUTUP_OTOMATIS),
        auto_action=A.TUTUP_OTOMATIS,
        basis=LegalBasis.assumed(),
    )
    policy = SlaPolicy.of("cepat", [timer], workflow=WF)
    c = complaint_at(
        RECEIVED,
        (A.VERIFIKASI, wita(2025, 3, 3, 11)),
        (A.TINDAK_LANJUT, wita(2025, 3, 4, 9)),
        (A.TANGGAPI, wita(2025, 3, 4, 10)),  # a reply: the no-reply guard refuses auto-close
    )
    (report,) = evaluate(c, policy=policy, calendar=KUPANG, now=wita(2025, 3, 10))
    assert report.state.value == "expired"
    found = due_actions([c], policy=policy, calendar=KUPANG, workflow=WF, now=wita(2025, 3, 10))
    assert found == []


def test_since_leaves_out_what_the_previous_run_reported() -> None:
    c = complaint_at(RECEIVED)
    first = job([c], wita(2025, 3, 7, 1))
    assert [a.kind for a in first] == [DueActionKind.BREACH]
    assert job([c], wita(2025, 3, 7, 2), since=wita(2025, 3, 7, 1)) == []


def test_many_complaints_sorted_by_when_due() -> None:
    complaints = (
        complaint_at(wita(2025, 3, day, 10), tracking_id=f"KPG-{day}") for day in (5, 3, 4)
    )  # any iterable works
    found = job(list(complaints), wita(2025, 3, 11, 8))
    assert [(a.tracking_id, a.kind.value) for a in found] == [
        ("KPG-3", "breach"),
        ("KPG-4", "breach"),
        ("KPG-5", "breach"),
    ]
    assert [a.at for a in found] == sorted(a.at for a in found)


def test_terminal_complaints_have_nothing_due() -> None:
    c = complaint_at(RECEIVED, (A.ARSIPKAN, wita(2025, 3, 3, 11)))
    assert job([c], wita(2025, 4, 1)) == []


def test_naive_now_or_since() -> None:
    with pytest.raises(NaiveDatetimeError, match="now"):
        job([], datetime(2025, 3, 4))
    with pytest.raises(NaiveDatetimeError, match="since"):
        job([], wita(2025, 3, 4), since=datetime(2025, 3, 3))


@pytest.mark.usefixtures("english")
def test_a_policy_that_does_not_fit_the_workflow() -> None:
    bad = LAPOR.with_rules(
        LAPOR.rule("verifikasi").__class__(
            name="verifikasi",
            amount=3,
            unit="working_days",
            start=on_action("terima"),
            stop=on_action("setujui"),
        )
    )
    with pytest.raises(ConfigurationError, match="stop names action 'setujui'"):
        due_actions([], policy=bad, calendar=KUPANG, workflow=WF, now=wita(2025, 3, 4))
