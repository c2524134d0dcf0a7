"""Random walks through the default SOP stay inside it, verify and round-trip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import VALID, WF, received

from pengaduan.errors import GuardError, InvalidActionError
from pengaduan.guards import GuardContext
from pengaduan.history import verify_history
from pengaduan.profiles import Action
from pengaduan.serialization import from_json, to_json
from pengaduan.workflow import StatusCategory

ALL_ACTIONS = sorted(Action)


@given(st.data())
def test_random_action_walks_stay_inside_the_sop(data: st.DataObject) -> None:
    complaint = received()
    statuses = {s.name for s in WF.statuses}
    for _ in range(data.draw(st.integers(min_value=0, max_value=25), label="steps")):
        allowed = WF.allowed_actions(complaint)
        action = data.draw(st.sampled_from(ALL_ACTIONS), label="action")
        minutes = data.draw(st.integers(min_value=0, max_value=10_000), label="minutes")
        actor, payload = VALID[action]
        if action == Action.TINDAK_LANJUT and complaint.units:
            actor = actor.unit(complaint.units[0])
        at = complaint.updated_at + timedelta(minutes=minutes)
        if action not in allowed:
            with pytest.raises(InvalidActionError) as refused:
                WF.apply(complaint, action, at=at, actor=actor, **payload)
            assert refused.value.allowed == allowed
            continue
        context = GuardContext(
            complaint=complaint, action=action, actor=actor, at=at, data=dict(payload)
        )
        refusals = [g.name for g in WF.action(action).guards if g(context) is not None]
        if refusals:
            # Only the SOP's conditional rules may refuse a well-formed action.
            assert set(refusals) <= {"unanswered-or-reopened", "no-tanggapi-since-tindak_lanjut"}
            with pytest.raises(GuardError) as guarded:
                WF.apply(complaint, action, at=at, actor=actor, **payload)
            assert guarded.value.guard == refusals[0]
            continue
        before = complaint
        complaint = WF.apply(complaint, action, at=at, actor=actor, **payload)
        assert WF.category(before) is not StatusCategory.TERMINAL
        assert complaint.version == before.version + 1
        assert complaint.status in statuses
        assert WF.action(action).target in (None, complaint.status)
    verify_history(complaint)
    assert WF.conforms(complaint) == []
    assert from_json(to_json(complaint)) == complaint
    times = [e.at for e in complaint.history]
    assert times == sorted(times)
