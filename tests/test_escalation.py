"""When the default SOP allows ``eskalasi``: after a missed deadline, or at once after a reopening.

The expected table is written from docs/lifecycle.md ("When a complaint may be escalated") and
the SP4N-LAPOR! deadlines (verification 3 working days, follow-up 5 working days), with dates
counted by hand on the Kupang calendar of March 2025 (no holidays between 3 and 14 March).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from tests.hostile_helpers import WRONG_TYPES, raises_typed

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, GuardError, InvalidActionError
from pengaduan.history import verify_history
from pengaduan.model import Actor, Reporter, Submission
from pengaduan.sla import DueActionKind, SlaDeadlines, SlaPolicy, due_actions
from pengaduan.workflow import Workflow
from pengaduan.workflow.guards import GuardContext, deadline_missed_or_reopened
from pengaduan.workflow.profiles import Action, dinkes_upp

WITA = ZoneInfo("Asia/Makassar")
KUPANG = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2025))
POLICY = SlaPolicy.lapor()
PLAIN = Workflow.default()
WF = PLAIN.with_deadlines(SlaDeadlines(policy=POLICY, calendar=KUPANG))
MONDAY = datetime(2025, 3, 3, 10, 0, tzinfo=WITA)
ME = Actor.reporter("u-1")
ADMIN = Actor.admin("bag-organisasi")
UNIT = Actor.unit("pupr")
JOB = Actor.system("sla-job")


def received(workflow: Workflow = WF) -> Any:
    return workflow.receive(
        Submission(text="Jalan berlubang", channel="web", reporter=Reporter(account_id="u-1")),
        tracking_id="KPG-ESK-1",
        at=MONDAY,
        actor=ME,
    )


def disposed(workflow: Workflow = WF) -> Any:
    return workflow.apply(
        received(workflow), Action.VERIFIKASI, at=MONDAY + timedelta(hours=1), actor=ADMIN,
        units=["pupr"],
    )  # fmt: skip


def answered() -> Any:
    return WF.apply(
        disposed(), Action.TINDAK_LANJUT, at=MONDAY + timedelta(days=1), actor=UNIT,
        response="Sudah ditambal.",
    )  # fmt: skip


def reopened() -> Any:
    return WF.apply(
        answered(), Action.BUKA_KEMBALI, at=MONDAY + timedelta(days=1, hours=2), actor=ME,
        reason="Belum ditambal.",
    )  # fmt: skip


def deferred() -> Any:
    return WF.apply(
        received(), Action.TUNDA, at=MONDAY + timedelta(hours=1), actor=ADMIN,
        reason="Mohon sebutkan lokasi.",
    )  # fmt: skip


def escalate(complaint: Any, at: datetime, actor: Actor = ME, workflow: Workflow = WF) -> Any:
    return workflow.apply(complaint, Action.ESKALASI, at=at, actor=actor, to="ombudsman")


ALLOWED, EARLY, NOT_HERE = "allowed", "guard", "invalid"

# (complaint builder, when, expected). Received Monday 3 March 10:00 WITA: verification due at
# the end of Thursday 6 March; disposed Monday 11:00: follow-up due at the end of Monday 10 March.
TABLE = [
    pytest.param(received, datetime(2025, 3, 3, 10, 1, tzinfo=WITA), EARLY, id="diterima-at-once"),
    pytest.param(received, datetime(2025, 3, 6, 23, 59, tzinfo=WITA), EARLY, id="diterima-day-3"),
    pytest.param(received, datetime(2025, 3, 7, 0, 1, tzinfo=WITA), ALLOWED, id="diterima-due"),
    pytest.param(received, datetime(2025, 3, 24, 10, 0, tzinfo=WITA), ALLOWED, id="diterima-3wk"),
    pytest.param(disposed, datetime(2025, 3, 3, 11, 1, tzinfo=WITA), EARLY, id="disposed-minute"),
    pytest.param(disposed, datetime(2025, 3, 10, 23, 59, tzinfo=WITA), EARLY, id="disposed-day-5"),
    pytest.param(disposed, datetime(2025, 3, 11, 0, 1, tzinfo=WITA), ALLOWED, id="disposed-due"),
    pytest.param(reopened, datetime(2025, 3, 4, 12, 1, tzinfo=WITA), ALLOWED, id="reopened"),
    pytest.param(answered, datetime(2025, 3, 24, 10, 0, tzinfo=WITA), NOT_HERE, id="answered"),
    pytest.param(deferred, datetime(2025, 3, 24, 10, 0, tzinfo=WITA), NOT_HERE, id="deferred"),
]


@pytest.mark.parametrize(("build", "at", "expected"), TABLE)
@pytest.mark.parametrize("actor", [ME, ADMIN, JOB], ids=["reporter", "admin", "sla-job"])
def test_escalation_table(build: Any, at: datetime, expected: str, actor: Actor) -> None:
    complaint = build()
    if expected == NOT_HERE:
        with pytest.raises(InvalidActionError):
            escalate(complaint, at, actor)
        return
    if expected == EARLY:
        with pytest.raises(GuardError) as refused:
            escalate(complaint, at, actor)
        assert refused.value.guard == "deadline-missed-or-reopened"
        assert refused.value.reason == (
            "no deadline has been missed yet and the reporter has not reopened it"
        )
        return
    after = escalate(complaint, at, actor)
    assert after.status == complaint.status  # escalation keeps the status
    assert after.history[-1].data == {"to": "ombudsman"}
    verify_history(after)
    assert WF.conforms(after) == []


def test_a_breach_the_job_reports_is_one_that_may_be_escalated() -> None:
    """The reviewer's case: never verified, three weeks on, due_actions says breach."""
    complaint = received()
    now = MONDAY + timedelta(days=21)
    (due,) = due_actions([complaint], policy=POLICY, calendar=KUPANG, workflow=WF, now=now)
    assert (due.kind, due.clock, due.escalate_to) == (DueActionKind.BREACH, "verifikasi", "atasan")
    escalated = WF.apply(
        complaint, Action.ESKALASI, at=now, actor=JOB, to=due.escalate_to, idempotency_key=due.key
    )
    assert escalated.history[-1].action == "eskalasi"


def test_reassignment_gives_the_new_unit_its_own_five_days() -> None:
    moved = WF.apply(
        disposed(), Action.DISPOSISI_ULANG, at=datetime(2025, 3, 10, 9, 0, tzinfo=WITA),
        actor=ADMIN, units=["dlh"],
    )  # fmt: skip
    with pytest.raises(GuardError):  # the old unit's deadline has passed, the new one's not
        escalate(moved, datetime(2025, 3, 12, 9, 0, tzinfo=WITA))
    escalate(moved, datetime(2025, 3, 18, 0, 1, tzinfo=WITA))  # Monday 17 March has ended


def test_a_late_verification_ends_the_verification_breach() -> None:
    late = WF.apply(
        received(), Action.VERIFIKASI, at=datetime(2025, 3, 10, 9, 0, tzinfo=WITA), actor=ADMIN,
        units=["pupr"],
    )  # fmt: skip
    with pytest.raises(GuardError):
        escalate(late, datetime(2025, 3, 10, 10, 0, tzinfo=WITA))


def test_a_paused_verification_clock_waits_for_the_reporter() -> None:
    resumed = WF.apply(
        deferred(), Action.LANJUTKAN, at=datetime(2025, 3, 10, 9, 0, tzinfo=WITA), actor=ME
    )
    # Deferred on the day of receipt: no working day used. Three from Tuesday 11 March.
    with pytest.raises(GuardError):
        escalate(resumed, datetime(2025, 3, 13, 12, 0, tzinfo=WITA))
    escalate(resumed, datetime(2025, 3, 14, 0, 1, tzinfo=WITA))


# -- without deadlines, old histories, other profiles ------------------------------------------


def test_without_deadlines_only_a_reopening_allows_it() -> None:
    late = datetime(2025, 3, 24, 10, 0, tzinfo=WITA)
    for complaint in (received(PLAIN), disposed(PLAIN)):
        with pytest.raises(GuardError) as refused:
            escalate(complaint, late, workflow=PLAIN)
        assert "Workflow.with_deadlines" in refused.value.message("en")
    again = PLAIN.apply(
        answered(), Action.BUKA_KEMBALI, at=datetime(2025, 3, 5, 9, 0, tzinfo=WITA), actor=ME,
        reason="Belum.",
    )  # fmt: skip
    escalate(again, datetime(2025, 3, 5, 9, 1, tzinfo=WITA), workflow=PLAIN)


def test_an_early_escalation_recorded_before_the_rule_still_verifies_and_conforms() -> None:
    """Guards judge an action when it is taken; an old history is never judged again."""
    older = _older_profile()
    early = escalate(disposed(older), datetime(2025, 3, 3, 11, 1, tzinfo=WITA), workflow=older)
    verify_history(early)
    assert WF.conforms(early) == []
    assert PLAIN.conforms(early) == []
    # The next action applies as usual on the stored history.
    WF.apply(early, Action.TINDAK_LANJUT, at=MONDAY + timedelta(days=1), actor=UNIT, response="x")


def _older_profile() -> Workflow:
    """The default profile as it was: escalation once a disposition is unanswered."""
    document = PLAIN.to_dict()
    eskalasi = next(a for a in document["action"] if a["name"] == "eskalasi")
    eskalasi["sources"] = ["didisposisikan", "dibuka_kembali"]
    eskalasi["guards"] = [
        {
            "kind": "unanswered-or-reopened",
            "dispose": ["disposisi_ulang", "verifikasi"],
            "follow_up": "tindak_lanjut",
            "reopen": "buka_kembali",
        }
    ]
    return Workflow.from_dict(document)


def test_the_dinkes_profile_follows_the_same_rule() -> None:
    plain = Workflow.from_definition(dinkes_upp())
    policy = POLICY.without_rules("tindak_lanjut").validate(plain)  # its own follow-up differs
    dinkes = plain.with_deadlines(SlaDeadlines(policy=policy, calendar=KUPANG))
    waiting = received(dinkes)
    with pytest.raises(GuardError):
        dinkes.apply(waiting, "eskalasi", at=MONDAY + timedelta(days=1), actor=ME, to="ombudsman")
    dinkes.apply(waiting, "eskalasi", at=MONDAY + timedelta(days=7), actor=ME, to="ombudsman")


# -- the guard and the deadlines on their own --------------------------------------------------


def test_the_guard_on_its_own_reads_the_context_deadlines() -> None:
    guard = deadline_missed_or_reopened(follow_up="tindak_lanjut", reopen="buka_kembali")
    complaint = received()
    late = MONDAY + timedelta(days=7)
    deadlines = SlaDeadlines(policy=POLICY, calendar=KUPANG)

    def verdict(**changes: Any) -> str | None:
        fields: dict[str, Any] = {
            "complaint": complaint, "action": "eskalasi", "actor": ME, "at": late, "data": {},
        }  # fmt: skip
        fields.update(changes)
        return guard(GuardContext(**fields))

    assert verdict(deadlines=deadlines) is None
    assert verdict(deadlines=deadlines, at=MONDAY) is not None
    assert verdict() is not None  # no deadlines: it cannot tell, so it refuses
    assert verdict(complaint=reopened()) is None  # a reopening needs no deadlines
    assert guard.kind == "deadline-missed-or-reopened"
    assert guard.params == (("follow_up", "tindak_lanjut"), ("reopen", "buka_kembali"))
    assert guard.describe("id") == "hanya setelah tenggat terlewat atau pengaduan dibuka kembali"


def test_sla_deadlines_missed_lists_open_breached_clocks() -> None:
    deadlines = SlaDeadlines(policy=POLICY, calendar=KUPANG)
    complaint = received()
    assert deadlines.missed(complaint, MONDAY + timedelta(days=1)) == ()
    assert deadlines.missed(complaint, MONDAY + timedelta(days=4)) == ("verifikasi",)
    assert deadlines.missed(disposed(), MONDAY + timedelta(days=8)) == ("tindak_lanjut",)
    assert deadlines.missed(answered(), MONDAY + timedelta(days=30)) == ()  # the auto-close timer


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_are_refused(kind: str, value: object) -> None:
    for call in (
        lambda v: SlaDeadlines(policy=v, calendar=KUPANG),
        lambda v: SlaDeadlines(policy=POLICY, calendar=v),
        lambda v: SlaDeadlines(policy=POLICY, calendar=KUPANG).missed(v, MONDAY),
        lambda v: SlaDeadlines(policy=POLICY, calendar=KUPANG).missed(received(), v),
        lambda v: deadline_missed_or_reopened(follow_up=v, reopen="buka_kembali"),
    ):
        assert raises_typed(call, value), kind
    if value is not None:
        error = raises_typed(PLAIN.with_deadlines, value)
        assert isinstance(error, ArgumentError)
        assert error.argument == "deadlines"
