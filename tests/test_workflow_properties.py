"""Random walks through the default SOP stay inside it, verify and round-trip."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ADMIN, SYSTEM, T0, VALID, WF, received

from pengaduan.errors import GuardError, InvalidActionError
from pengaduan.history import verify_history
from pengaduan.model import Channel, Privacy, Reporter, Submission
from pengaduan.serialization import from_json, to_json
from pengaduan.workflow import StatusCategory
from pengaduan.workflow.guards import GuardContext
from pengaduan.workflow.profiles import Action

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
            assert set(refusals) <= {
                "deadline-missed-or-reopened",
                "no-tanggapi-since-tindak_lanjut",
                "once",
            }
            with pytest.raises(GuardError) as guarded:
                WF.apply(complaint, action, at=at, actor=actor, **payload)
            assert guarded.value.guard == refusals[0]
            continue
        before = complaint
        complaint = WF.apply(complaint, action, at=at, actor=actor, **payload)
        # Only an action that keeps the status (the satisfaction answer) follows a terminal one.
        terminal = WF.category(before) is StatusCategory.TERMINAL
        assert not terminal or complaint.status == before.status
        assert complaint.version == before.version + 1
        assert complaint.status in statuses
        assert WF.action(action).target in (None, complaint.status)
    verify_history(complaint)
    assert WF.conforms(complaint) == []
    assert from_json(to_json(complaint)) == complaint
    times = [e.at for e in complaint.history]
    assert times == sorted(times)


# Any text a person can type; a NUL is refused where values enter (no database stores one as
# text), which tests/test_repository_nul.py covers.
typed = st.characters(exclude_characters="\x00")
optional_text = st.none() | st.text(typed, max_size=40)


@given(
    text=st.text(typed, max_size=300),
    subject=optional_text,
    name=optional_text,
    phone=optional_text,
    address=optional_text,
    category=optional_text,
    privacy=st.sampled_from([None, *Privacy]),
    note=st.none() | st.text(typed, max_size=200).filter(str.strip),
)
def test_any_content_round_trips_and_verifies(
    *,
    text: str,
    subject: str | None,
    name: str | None,
    phone: str | None,
    address: str | None,
    category: str | None,
    privacy: Privacy | None,
    note: str | None,
) -> None:
    complaint = WF.receive(
        Submission(
            text=text,
            channel=Channel.WEB,
            subject=subject,
            reporter=Reporter(name=name, phone=phone, address=address),
            privacy=privacy,
            category=category,
        ),
        tracking_id="KPG-PROP-1",
        at=T0,
        actor=SYSTEM,
    )
    payload: dict[str, object] = {"units": ["dinkes"]}
    if note is not None:
        payload["note"] = note
    complaint = WF.apply(complaint, Action.VERIFIKASI, at=T0, actor=ADMIN, **payload)
    verify_history(complaint)
    loaded = from_json(to_json(complaint))
    assert loaded == complaint
    assert loaded.history[-1].data == json.loads(json.dumps(payload))
