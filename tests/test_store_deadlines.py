"""The repository's next deadline and next timer equal what the SLA engine's full reports say
(timer clocks apart from the others), on random histories under every shipped policy, and a
remembered due time is reused only where it holds."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.sla_helpers import KUPANG, complaint_at
from tests.test_sla_properties import POLICIES, START, histories

from pengaduan.sla import evaluate
from pengaduan.store._deadlines import DeadlineMemo, NextDue, next_deadline, next_due

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.model import Complaint
    from pengaduan.sla import SlaPolicy


def _from_reports(
    complaint: Complaint, policy: SlaPolicy, *, timers: bool = False
) -> datetime | None:
    reports = evaluate(complaint, policy=policy, calendar=KUPANG, now=complaint.updated_at)
    due = [
        r.due_at
        for r in reports
        if r.due_at is not None
        and r.met_at is None
        and r.cancelled_at is None
        and r.rule.is_timer is timers
    ]
    return min(due) if due else None


@given(complaint=histories, policy=st.sampled_from(POLICIES))
def test_the_next_deadline_is_the_earliest_running_due_time(
    complaint: Complaint, policy: SlaPolicy
) -> None:
    memo = DeadlineMemo()
    expected = NextDue(
        deadline=_from_reports(complaint, policy),
        timer=_from_reports(complaint, policy, timers=True),
        unknown=False,
    )
    assert next_due(complaint, policy=policy, calendar=KUPANG, memo=memo) == expected
    # asked again, from the memo
    assert next_due(complaint, policy=policy, calendar=KUPANG, memo=memo) == expected
    assert next_deadline(complaint, policy=policy, calendar=KUPANG, memo=memo) == expected[0]


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.name)
def test_one_memo_serves_complaints_received_at_other_hours(policy: SlaPolicy) -> None:
    memo = DeadlineMemo()
    for minutes in range(0, 60 * 24 * 10, 97):  # ten days, at many times of day
        complaint = complaint_at(START + timedelta(minutes=minutes))
        found = next_deadline(complaint, policy=policy, calendar=KUPANG, memo=memo)
        assert found == _from_reports(complaint, policy)
