"""Invariants of SLA evaluation, checked on random histories and random pauses."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import attrs
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import VALID, WF
from tests.sla_helpers import KUPANG, LAPOR, complaint_at, wita

from pengaduan.errors import GuardError
from pengaduan.sla import ClockState, SlaPolicy, evaluate
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pengaduan.model import Complaint

A = Action
START = wita(2025, 1, 6, 8)  # a Monday
minutes = st.integers(min_value=1, max_value=60 * 24 * 9)
POLICIES = [
    LAPOR,
    SlaPolicy.kelurahan_tiered(WF),
    SlaPolicy.written_response(WF),
    SlaPolicy.settlement(WF),
]


def walk(choices: list[tuple[int, int]], received: datetime = START) -> Complaint:
    """A complaint driven by random (action index, minutes later) choices inside the SOP."""
    complaint = complaint_at(received)
    for pick, gap in choices:
        allowed = [a for a in WF.allowed_actions(complaint) if a in VALID]
        if not allowed:
            break
        action = allowed[pick % len(allowed)]
        actor, data = VALID[action]
        at = complaint.updated_at + timedelta(minutes=gap)
        try:
            complaint = WF.apply(complaint, action, at=at, actor=actor, **data)
        except GuardError:
            continue
    return complaint


histories = st.lists(st.tuples(st.integers(0, 50), minutes), max_size=10).map(walk)


@given(
    offset=st.integers(0, 60 * 24 * 20),
    pause_at=st.integers(0, 60 * 24 * 10),
    hours=st.integers(0, 23),
)
def test_pause_and_resume_on_the_same_date_change_nothing(
    offset: int, pause_at: int, hours: int
) -> None:
    received = START + timedelta(minutes=offset)
    paused = received + timedelta(minutes=pause_at)
    same_day_end = datetime.combine(paused.date(), datetime.max.time(), tzinfo=paused.tzinfo)
    resumed = min(paused + timedelta(hours=hours), same_day_end)
    plain = complaint_at(received)
    deferred = complaint_at(received, (A.TUNDA, paused), (A.LANJUTKAN, resumed))
    now = resumed + timedelta(minutes=1)
    (a,) = evaluate(plain, policy=LAPOR, calendar=KUPANG, now=now)
    (b,) = evaluate(deferred, policy=LAPOR, calendar=KUPANG, now=now)
    assert a.due_at == b.due_at


@given(
    pause_at=st.integers(0, 60 * 24 * 6),
    first=st.integers(0, 60 * 24 * 15),
    longer=st.integers(0, 60 * 24 * 15),
)
def test_a_longer_pause_never_shortens_the_deadline(pause_at: int, first: int, longer: int) -> None:
    paused = START + timedelta(minutes=pause_at)
    short = paused + timedelta(minutes=first)
    long_ = short + timedelta(minutes=longer)
    now = long_ + timedelta(minutes=1)
    due = []
    for resumed in (short, long_):
        c = complaint_at(START, (A.TUNDA, paused), (A.LANJUTKAN, resumed))
        (report,) = evaluate(c, policy=LAPOR, calendar=KUPANG, now=now)
        assert report.due_at == KUPANG.add_working_days(START, 3, pauses=[(paused, resumed)])
        due.append(report.due_at)
    assert due[0] is not None
    assert due[1] is not None
    assert due[0] <= due[1]


@given(complaint=histories, early=minutes, later=minutes)
def test_more_elapsed_time_never_un_breaches(complaint: Complaint, early: int, later: int) -> None:
    first_now = complaint.received_at + timedelta(minutes=early)
    second_now = first_now + timedelta(minutes=later)
    for policy in POLICIES:
        before = evaluate(complaint, policy=policy, calendar=KUPANG, now=first_now)
        after = {
            (r.clock, r.cycle): r
            for report in evaluate(complaint, policy=policy, calendar=KUPANG, now=second_now)
            for r in (*report.earlier, report)
        }
        for report in before:
            for r in (*report.earlier, report):
                if r.breached_at is not None:
                    assert after[r.clock, r.cycle].breached_at == r.breached_at
                    assert after[r.clock, r.cycle].state is ClockState.BREACHED


@given(complaint=histories, later=minutes, order=st.permutations(range(3)))
def test_evaluation_is_deterministic_and_ignores_rule_order(
    complaint: Complaint, later: int, order: list[int]
) -> None:
    now = complaint.updated_at + timedelta(minutes=later)
    shuffled = attrs.evolve(LAPOR, rules=tuple(LAPOR.rules[i] for i in order))
    first = evaluate(complaint, policy=LAPOR, calendar=KUPANG, now=now)
    assert evaluate(complaint, policy=LAPOR, calendar=KUPANG, now=now) == first
    assert evaluate(complaint, policy=shuffled, calendar=KUPANG, now=now) == first


@given(complaint=histories, later=minutes)
def test_reports_are_consistent(complaint: Complaint, later: int) -> None:
    now = complaint.updated_at + timedelta(minutes=later)
    for policy in POLICIES:
        for report in evaluate(complaint, policy=policy, calendar=KUPANG, now=now):
            for r in (*report.earlier, report):
                assert r.remaining == timedelta(days=r.rule.amount) - r.elapsed
                assert r.paused >= timedelta(0)
                if r.state is ClockState.BREACHED:
                    assert r.breached_at == r.due_at
                if r.state is ClockState.MET:
                    assert r.met_at is not None
                    assert r.due_at is None or r.rule.is_timer or r.met_at <= r.due_at
                if r.state in {ClockState.RUNNING, ClockState.PAUSED}:
                    assert r.due_at is None or now <= r.due_at
                if r.due_at is not None:
                    assert r.due_at > r.started_at
