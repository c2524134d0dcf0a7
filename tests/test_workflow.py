"""The default SOP profile: every status x action pair, guards, concurrency, bad input."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import attrs
import pendulum
import pytest
from tests.helpers import (
    ADMIN,
    REPORTER,
    SECRET_NAME,
    SECRET_PHONE,
    SECRET_TEXT,
    SYSTEM,
    T0,
    UNIT,
    VALID,
    WF,
    in_status,
    received,
    step,
    submission,
)

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import (
    ActionDataError,
    ArgumentError,
    ConfigurationError,
    ConflictError,
    GuardError,
    IdempotencyError,
    InvalidActionError,
    NaiveDatetimeError,
    PengaduanError,
    TimeOrderError,
)
from pengaduan.model import Actor, Reporter, Role
from pengaduan.sla import SlaDeadlines, SlaPolicy
from pengaduan.workflow import (
    ActionSpec,
    StatusCategory,
    StatusSpec,
    Workflow,
    WorkflowDefinition,
)
from pengaduan.workflow.fields import FieldKind, FieldSpec
from pengaduan.workflow.guards import GuardContext, requires_text, unanswered_or_reopened
from pengaduan.workflow.profiles import Action, Status, lapor_v3

S, A = Status, Action

# The SOP written out by hand (LAPOR! v3 as the profile documents it), independent of the code.
EXPECTED: dict[tuple[str, str], str] = {
    (S.DITERIMA, A.VERIFIKASI): S.DIDISPOSISIKAN,
    (S.DITERIMA, A.TUNDA): S.DITUNDA,
    (S.DITERIMA, A.ALIHKAN): S.DIALIHKAN,
    (S.DITERIMA, A.ARSIPKAN): S.DIARSIPKAN,
    (S.DITERIMA, A.ESKALASI): S.DITERIMA,
    (S.DITUNDA, A.LANJUTKAN): S.DITERIMA,
    (S.DITUNDA, A.ARSIPKAN): S.DIARSIPKAN,
    (S.DIDISPOSISIKAN, A.DISPOSISI_ULANG): S.DIDISPOSISIKAN,
    (S.DIDISPOSISIKAN, A.TINDAK_LANJUT): S.DITINDAKLANJUTI,
    (S.DIDISPOSISIKAN, A.TANGGAPI): S.DIDISPOSISIKAN,
    (S.DIDISPOSISIKAN, A.ESKALASI): S.DIDISPOSISIKAN,
    (S.DIBUKA_KEMBALI, A.DISPOSISI_ULANG): S.DIBUKA_KEMBALI,
    (S.DIBUKA_KEMBALI, A.TINDAK_LANJUT): S.DITINDAKLANJUTI,
    (S.DIBUKA_KEMBALI, A.TANGGAPI): S.DIBUKA_KEMBALI,
    (S.DIBUKA_KEMBALI, A.ESKALASI): S.DIBUKA_KEMBALI,
    (S.DITINDAKLANJUTI, A.TINDAK_LANJUT): S.DITINDAKLANJUTI,
    (S.DITINDAKLANJUTI, A.TANGGAPI): S.DITINDAKLANJUTI,
    (S.DITINDAKLANJUTI, A.BUKA_KEMBALI): S.DIBUKA_KEMBALI,
    (S.DITINDAKLANJUTI, A.TUTUP): S.SELESAI,
    (S.DITINDAKLANJUTI, A.TUTUP_OTOMATIS): S.SELESAI,
    (S.SELESAI, A.NILAI_KEPUASAN): S.SELESAI,
}

PAIRS = list(itertools.product(list(Status), list(Action)))
# Escalation from these statuses waits for a missed deadline (see test_escalation.py).
LATE_ONLY = {S.DITERIMA, S.DIDISPOSISIKAN}
DEADLINE_WF = WF.with_deadlines(
    SlaDeadlines(
        policy=SlaPolicy.lapor(),
        calendar=WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2025)),
    )
)


@pytest.mark.parametrize(("status", "action"), PAIRS, ids=str)
def test_every_status_action_pair(status: Status, action: Action) -> None:
    complaint = in_status(status)
    expected = EXPECTED.get((status, action))
    if expected is None:
        with pytest.raises(InvalidActionError) as info:
            step(complaint, action)
        assert info.value.status == status
        assert info.value.action == action
        assert info.value.allowed == tuple(sorted(a for (s, a) in EXPECTED if s == status)), (
            "the error lists exactly the allowed actions"
        )
        return
    if action == A.ESKALASI and status in LATE_ONLY:
        # Allowed once a deadline is missed: three weeks on, with the deadlines to tell.
        actor, data = VALID[action]
        after = DEADLINE_WF.apply(
            complaint, action, at=complaint.updated_at + timedelta(days=21), actor=actor, **data
        )
    else:
        after = step(complaint, action)
    assert after.status == expected
    assert after.version == complaint.version + 1
    assert after.history[:-1] == complaint.history, "earlier events are untouched"
    last = after.history[-1]
    assert (last.action, last.from_status, last.to_status) == (action, status, expected)
    assert complaint.status == status, "apply never mutates its argument"


def test_escalation_after_follow_up_needs_a_reopen() -> None:
    followed_up = in_status(S.DITINDAKLANJUTI)
    with pytest.raises(InvalidActionError):
        step(followed_up, A.ESKALASI)
    reopened = step(followed_up, A.BUKA_KEMBALI)
    escalated = step(reopened, A.ESKALASI)
    assert escalated.history[-1].data == {"to": "ombudsman"}


def test_escalation_guard_on_its_own() -> None:
    guard = unanswered_or_reopened(
        dispose=(A.VERIFIKASI,), follow_up=A.TINDAK_LANJUT, reopen=A.BUKA_KEMBALI
    )

    def verdict(complaint) -> str | None:  # type: ignore[no-untyped-def]
        context = GuardContext(
            complaint=complaint, action=A.ESKALASI, actor=REPORTER, at=complaint.updated_at, data={}
        )
        return guard(context)

    assert verdict(received()) == "the complaint was never disposed to a unit"
    assert verdict(in_status(S.DIDISPOSISIKAN)) is None
    assert "has answered" in (verdict(in_status(S.DITINDAKLANJUTI)) or "")
    assert verdict(in_status(S.DIBUKA_KEMBALI)) is None


def test_allowed_actions_match_the_sop_table() -> None:
    for status in Status:
        expected = tuple(sorted(a for (s, a) in EXPECTED if s == status))
        assert WF.allowed_actions(status) == expected
        assert WF.allowed_actions(in_status(status)) == expected


def test_allowed_actions_for_an_actor_filter_by_role() -> None:
    complaint = in_status(S.DITINDAKLANJUTI)
    assert WF.allowed_actions(complaint, actor=SYSTEM) == (A.TUTUP_OTOMATIS,)
    assert A.TUTUP_OTOMATIS not in WF.allowed_actions(complaint, actor=REPORTER)
    assert A.BUKA_KEMBALI in WF.allowed_actions(complaint, actor=REPORTER)


def test_status_categories() -> None:
    assert WF.statuses_in(StatusCategory.TERMINAL) == {S.SELESAI, S.DIARSIPKAN, S.DIALIHKAN}
    assert WF.statuses_in(StatusCategory.PAUSED) == {S.DITUNDA}
    assert WF.is_paused(in_status(S.DITUNDA))
    assert WF.is_terminal(in_status(S.SELESAI))
    assert WF.is_open(in_status(S.DIBUKA_KEMBALI))
    assert WF.category("diterima") is StatusCategory.OPEN


def test_every_status_and_action_has_two_labels() -> None:
    for name in [*Status, *Action]:
        assert WF.label(name, "id").strip()
        assert WF.label(name, "en").strip()
    assert WF.label(S.DITUNDA, "en") == "Deferred"
    assert WF.label(A.ALIHKAN, "id").startswith("Bukan wewenang")
    with pytest.raises(ValueError, match="lang"):
        WF.label(S.DITUNDA, "fr")
    with pytest.raises(LookupError):
        WF.label("nonexistent")


def test_unknown_action_lists_allowed_ones() -> None:
    complaint = received()
    with pytest.raises(InvalidActionError) as info:
        WF.apply(complaint, "hapus", at=complaint.updated_at, actor=ADMIN)
    assert info.value.allowed == ("alihkan", "arsipkan", "eskalasi", "tunda", "verifikasi")
    assert "yang diizinkan: alihkan, arsipkan, eskalasi, tunda, verifikasi" in str(info.value)
    assert "allowed: alihkan, arsipkan, eskalasi, tunda, verifikasi" in info.value.message("en")


def test_terminal_status_error_says_so() -> None:
    with pytest.raises(InvalidActionError, match="status akhir"):
        step(in_status(S.DIARSIPKAN), A.TANGGAPI)


# -- guards -----------------------------------------------------------------------------------

DATA_CASES = [
    pytest.param(S.DITERIMA, A.VERIFIKASI, ADMIN, {}, "units", "is required", id="verify-no-units"),
    pytest.param(
        S.DITERIMA, A.VERIFIKASI, ADMIN, {"units": []}, "units", "non-empty", id="verify-empty"
    ),
    pytest.param(
        S.DITERIMA,
        A.VERIFIKASI,
        ADMIN,
        {"units": ["dinkes", "dinkes"]},
        "units",
        "twice",
        id="verify-duplicate-units",
    ),
    pytest.param(S.DITERIMA, A.TUNDA, ADMIN, {"reason": "  "}, "reason", "empty", id="defer-blank"),
    pytest.param(S.DITERIMA, A.ALIHKAN, ADMIN, {}, "to", "required", id="forward-no-destination"),
    pytest.param(
        S.DITERIMA,
        A.ARSIPKAN,
        ADMIN,
        {"reason": "malas"},
        "reason",
        "one of bukan_kinerja",
        id="archive-reason",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TINDAK_LANJUT,
        UNIT,
        {"response": ""},
        "response",
        "empty",
        id="follow-up-empty",
    ),
    pytest.param(
        S.DITINDAKLANJUTI, A.BUKA_KEMBALI, REPORTER, {}, "reason", "required", id="reopen-no-reason"
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.ESKALASI,
        REPORTER,
        {"to": "presiden"},
        "to",
        "one of atasan, kepala_daerah",
        id="escalate-to",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TINDAK_LANJUT,
        UNIT,
        {"respons": "typo"},
        "respons",
        "not a field",
        id="typo-field",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TINDAK_LANJUT,
        UNIT,
        {"response": "ok", "privacy": "publik"},
        "privacy",
        "not a field",
        id="privacy-on-a-follow-up",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TANGGAPI,
        REPORTER,
        {"message": "ok", "units": ["satpolpp"]},
        "units",
        "not a field",
        id="units-on-a-reply",
    ),
    pytest.param(
        S.DITERIMA,
        A.VERIFIKASI,
        ADMIN,
        {"units": ["081339001122"]},
        "units",
        "unit ids",
        id="phone-as-unit",
    ),
    pytest.param(
        S.DITERIMA, A.VERIFIKASI, ADMIN, {"units": "dinkes"}, "units", "list", id="units-as-text"
    ),
]


@pytest.mark.parametrize(("status", "action", "actor", "data", "field", "problem"), DATA_CASES)
def test_action_data_is_checked_against_the_declared_fields(  # noqa: PLR0917 - table columns
    status: str, action: str, actor: Actor, data: dict[str, object], field: str, problem: str
) -> None:
    complaint = in_status(status)
    at = complaint.updated_at + timedelta(hours=1)
    with pytest.raises(ActionDataError) as info:
        WF.apply(complaint, action, at=at, actor=actor, **data)
    assert info.value.field == field
    assert info.value.action == action
    assert problem in info.value.problem
    assert info.value.code == "action-data"


GUARD_CASES = [
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TINDAK_LANJUT,
        Actor.unit("dinas-pupr"),
        {"response": "ok"},
        "assigned-unit",
        id="follow-up-by-unassigned-unit",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.DISPOSISI_ULANG,
        Actor.unit("dinas-pupr"),
        {"units": ["rsud"]},
        "assigned-unit",
        id="reassign-by-unassigned-unit",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TANGGAPI,
        Actor.reporter("akun-lain"),
        {"message": "ok"},
        "reporter-binding",
        id="reply-by-another-reporter",
    ),
    pytest.param(
        S.DITINDAKLANJUTI,
        A.TUTUP,
        Actor.reporter("akun-lain"),
        {},
        "reporter-binding",
        id="close-by-another-reporter",
    ),
    pytest.param(
        S.DIDISPOSISIKAN,
        A.TINDAK_LANJUT,
        REPORTER,
        {"response": "ok"},
        "actor-role",
        id="follow-up-by-a-reporter",
    ),
    pytest.param(
        S.DIDISPOSISIKAN, A.VERIFIKASI, ADMIN, {"units": ["x"]}, None, id="not-a-guard-but-status"
    ),
]


@pytest.mark.parametrize(("status", "action", "actor", "data", "guard"), GUARD_CASES)
def test_guards_refuse_with_their_name(
    status: str, action: str, actor: Actor, data: dict[str, object], guard: str | None
) -> None:
    complaint = in_status(status)
    at = complaint.updated_at + timedelta(hours=1)
    if guard is None:
        with pytest.raises(InvalidActionError):
            WF.apply(complaint, action, at=at, actor=actor, **data)
        return
    with pytest.raises(GuardError) as info:
        WF.apply(complaint, action, at=at, actor=actor, **data)
    assert info.value.guard == guard
    assert info.value.action == action
    assert guard in str(info.value)


def test_a_complaint_without_a_reporter_account_takes_no_reporter_actions() -> None:
    complaint = WF.receive(
        submission(reporter=Reporter(name=SECRET_NAME)),
        tracking_id="KPG-LOKET-1",
        at=T0,
        actor=SYSTEM,
    )
    complaint = step(complaint, A.VERIFIKASI)
    with pytest.raises(GuardError) as info:
        step(complaint, A.TANGGAPI)
    assert info.value.guard == "reporter-binding"
    assert "admin" in info.value.reason
    replied = step(complaint, A.TANGGAPI, actor=ADMIN)
    assert replied.history[-1].actor == ADMIN


def test_a_reporter_submits_only_under_their_own_account() -> None:
    with pytest.raises(GuardError) as info:
        WF.receive(submission(), tracking_id="KPG-X", at=T0, actor=Actor.reporter("akun-lain"))
    assert info.value.guard == "reporter-binding"
    own = WF.receive(submission(), tracking_id="KPG-X", at=T0, actor=REPORTER)
    assert own.history[0].actor == REPORTER


def test_unit_ids_are_checked_against_the_directory() -> None:
    wf = Workflow.default(units=frozenset({"dinkes", "rsud"}))
    complaint = wf.receive(submission(), tracking_id="KPG-DIR", at=T0, actor=SYSTEM)
    with pytest.raises(ActionDataError) as info:
        wf.apply(complaint, A.VERIFIKASI, at=T0, actor=ADMIN, units=["dinkes", "satpolpp"])
    assert "1 unit the unit directory" in info.value.problem
    assert "satpolpp" not in str(info.value)
    assert wf.apply(complaint, A.VERIFIKASI, at=T0, actor=ADMIN, units=["rsud"]).units == ("rsud",)


@pytest.mark.parametrize("outside", ["pln", "luar-kewenangan"])
def test_an_agency_outside_the_government_is_forwarded_to_never_disposed_to(outside: str) -> None:
    """A disposition would start a unit's five-day clock and tell the reporter the agency will
    follow up; an agency outside the regional government gets the complaint forwarded."""
    from pengaduan.routing import UnitDirectory  # noqa: PLC0415 - only this test needs it

    directory = UnitDirectory.kota_kupang()
    wf = Workflow.default(units=directory)
    complaint = wf.receive(submission(), tracking_id="KPG-OUT", at=T0, actor=SYSTEM)
    with pytest.raises(ActionDataError) as info:
        wf.apply(complaint, A.VERIFIKASI, at=T0, actor=ADMIN, units=["dinkes", outside])
    assert "alihkan" in info.value.problem
    forwarded = wf.apply(complaint, "alihkan", at=T0, actor=ADMIN, to=directory.get(outside).name)
    assert forwarded.status == "dialihkan"
    disposed = wf.apply(complaint, A.VERIFIKASI, at=T0, actor=ADMIN, units=["dinkes"])
    with pytest.raises(ActionDataError) as again:
        wf.apply(disposed, "disposisi_ulang", at=T0, actor=ADMIN, units=[outside])
    assert "alihkan" in again.value.problem


def test_auto_close_refused_after_a_reporter_reply() -> None:
    replied = step(in_status(S.DITINDAKLANJUTI), A.TANGGAPI)
    with pytest.raises(GuardError) as info:
        step(replied, A.TUTUP_OTOMATIS)
    assert info.value.guard == "no-tanggapi-since-tindak_lanjut"
    # A new follow-up answers the reply; auto-close becomes possible again.
    answered = step(replied, A.TINDAK_LANJUT)
    assert step(answered, A.TUTUP_OTOMATIS).status == S.SELESAI


@pytest.mark.parametrize(
    ("action", "actor"),
    [
        (A.VERIFIKASI, REPORTER),
        (A.VERIFIKASI, UNIT),
        (A.TUNDA, SYSTEM),
        (A.ARSIPKAN, REPORTER),
    ],
    ids=str,
)
def test_role_not_allowed(action: str, actor: Actor) -> None:
    complaint = received()
    _, data = VALID[action]
    with pytest.raises(GuardError) as info:
        WF.apply(complaint, action, at=complaint.updated_at, actor=actor, **data)
    assert info.value.guard == "actor-role"


def test_assigned_units_follow_dispositions() -> None:
    disposed = step(received(), A.VERIFIKASI, units=["dinkes", "rsud"])
    assert disposed.units == ("dinkes", "rsud")
    moved = step(disposed, A.DISPOSISI_ULANG, units=["puskesmas-oebobo"])
    assert moved.units == ("puskesmas-oebobo",)
    with pytest.raises(GuardError):
        step(moved, A.TINDAK_LANJUT)  # dinkes is no longer assigned
    answered = WF.apply(
        moved,
        A.TINDAK_LANJUT,
        at=moved.updated_at,
        actor=Actor.unit("puskesmas-oebobo"),
        response="Sudah ditindaklanjuti",
    )
    assert answered.status == S.DITINDAKLANJUTI


def test_privacy_changes_only_through_its_own_action_and_unset_fails_closed() -> None:
    unset = received(privacy=None)
    assert unset.privacy is None
    assert unset.effective_privacy == "rahasia"
    at = unset.updated_at + timedelta(hours=1)
    # Loosening needs the reporter's consent, recorded first.
    with pytest.raises(GuardError) as info:
        WF.change_privacy(unset, privacy="publik", reason="diminta", at=at, actor=ADMIN)
    assert info.value.guard == "reporter-consent"
    consented = WF.record_consent(unset, privacy="anonim", at=at, actor=REPORTER)
    assert consented.status == unset.status
    with pytest.raises(GuardError, match="reporter-consent"):
        WF.change_privacy(consented, privacy="publik", reason="diminta", at=at, actor=ADMIN)
    anonymous = WF.change_privacy(
        consented, privacy="anonim", reason="pelapor setuju via SMS", at=at, actor=ADMIN
    )
    assert anonymous.effective_privacy == "anonim"
    # A consent is used up by the change that follows it.
    with pytest.raises(GuardError, match="reporter-consent"):
        WF.change_privacy(anonymous, privacy="publik", reason="lagi", at=at, actor=ADMIN)
    # Tightening needs no consent, and works in a terminal status too.
    closed = in_status(S.SELESAI)
    hidden = WF.change_privacy(
        closed,
        privacy="rahasia",
        reason="pelapor minta dirahasiakan",
        at=closed.updated_at,
        actor=ADMIN,
    )
    assert (hidden.status, hidden.effective_privacy) == (S.SELESAI, "rahasia")
    assert WF.conforms(hidden) == []
    with pytest.raises(ActionDataError) as data_info:
        WF.change_privacy(unset, privacy="semua-orang", reason="x", at=at, actor=ADMIN)
    assert data_info.value.field == "privacy"


@pytest.mark.parametrize(
    ("actor", "evidence", "guard"),
    [
        pytest.param(UNIT, None, "actor-role", id="unit-consents"),
        pytest.param(Actor.reporter("akun-lain"), None, "reporter-binding", id="other-reporter"),
        pytest.param(ADMIN, None, "consent-evidence", id="admin-without-evidence"),
    ],
)
def test_consent_comes_from_the_reporter_or_with_evidence(
    actor: Actor, evidence: str | None, guard: str
) -> None:
    complaint = received(privacy=None)
    with pytest.raises(GuardError) as info:
        WF.record_consent(
            complaint, privacy="publik", at=complaint.updated_at, actor=actor, evidence=evidence
        )
    assert info.value.guard == guard


def test_admin_records_offline_consent_with_evidence() -> None:
    complaint = received(privacy=None)
    at = complaint.updated_at
    consented = WF.record_consent(
        complaint, privacy="publik", at=at, actor=ADMIN, evidence="formulir F-12/2025"
    )
    public = WF.apply(
        consented, "ubah_privasi", at=at, actor=ADMIN, privacy="publik", reason="sesuai formulir"
    )
    assert public.effective_privacy == "publik"
    assert public.history[-1].action == "ubah_privasi"


def test_only_the_admin_changes_privacy() -> None:
    complaint = in_status(S.DIDISPOSISIKAN)
    for actor in (UNIT, REPORTER, SYSTEM):
        with pytest.raises(GuardError) as info:
            WF.change_privacy(
                complaint, privacy="rahasia", reason="x", at=complaint.updated_at, actor=actor
            )
        assert info.value.guard == "actor-role"


def test_a_forged_privacy_field_is_ignored_and_reported() -> None:
    complaint = in_status(S.DIDISPOSISIKAN)
    forged = attrs.evolve(
        complaint,
        history=(
            *complaint.history[:-1],
            attrs.evolve(complaint.history[-1], payload='{"privacy":"publik","units":["dinkes"]}'),
        ),
    )
    assert forged.effective_privacy == complaint.effective_privacy == "anonim"
    assert any("does not declare" in line for line in WF.conforms(forged))


# -- time, concurrency, idempotency -------------------------------------------------------------


def test_naive_datetime_is_refused() -> None:
    complaint = received()
    with pytest.raises(NaiveDatetimeError) as info:
        WF.apply(complaint, A.VERIFIKASI, at=datetime(2025, 3, 4, 9), actor=ADMIN, units=["x"])
    assert info.value.argument == "at"
    with pytest.raises(NaiveDatetimeError):
        WF.receive(submission(), tracking_id="X", at=datetime(2025, 3, 4, 9), actor=SYSTEM)


def test_non_datetime_is_a_type_error() -> None:
    complaint = received()
    with pytest.raises(TypeError):
        WF.apply(complaint, A.VERIFIKASI, at="2025-03-04", actor=ADMIN, units=["x"])  # type: ignore[arg-type]


def test_time_cannot_go_backwards() -> None:
    complaint = step(received(), A.VERIFIKASI)
    earlier = complaint.updated_at - timedelta(seconds=1)
    with pytest.raises(TimeOrderError) as info:
        WF.apply(complaint, A.TINDAK_LANJUT, at=earlier, actor=UNIT, response="x")
    assert info.value.complaint_id == complaint.tracking_id
    same_instant = WF.apply(
        complaint, A.TINDAK_LANJUT, at=complaint.updated_at, actor=UNIT, response="x"
    )
    assert same_instant.version == complaint.version + 1


def test_times_in_any_zone_are_stored_as_the_same_utc_instant() -> None:
    complaint = received()
    wita = pendulum.datetime(2025, 3, 4, 9, 0, tz="Asia/Makassar")
    after = WF.apply(complaint, A.VERIFIKASI, at=wita, actor=ADMIN, units=["dinkes"])
    assert after.updated_at == datetime(2025, 3, 4, 1, 0, tzinfo=UTC)
    assert type(after.updated_at) is datetime
    assert after.updated_at.tzinfo is UTC


def test_stale_version_is_a_conflict() -> None:
    complaint = received()
    officer_a = WF.apply(
        complaint,
        A.VERIFIKASI,
        at=complaint.updated_at,
        actor=ADMIN,
        expected_version=1,
        units=["dinkes"],
    )
    with pytest.raises(ConflictError) as info:
        WF.apply(
            officer_a,
            A.ARSIPKAN,
            at=officer_a.updated_at,
            actor=ADMIN,
            expected_version=1,
            reason="spam",
        )
    assert (info.value.expected, info.value.actual) == (1, 2)


def test_idempotency_key_has_no_second_effect() -> None:
    complaint = received()
    once = WF.apply(
        complaint,
        A.VERIFIKASI,
        at=complaint.updated_at,
        actor=ADMIN,
        idempotency_key="req-42",
        units=["dinkes"],
    )
    twice = WF.apply(
        once,
        A.VERIFIKASI,
        at=once.updated_at + timedelta(minutes=5),
        actor=ADMIN,
        idempotency_key="req-42",
        expected_version=1,  # the retry carries the version it was based on
        units=["dinkes"],
    )
    assert twice is once
    with pytest.raises(IdempotencyError) as info:
        WF.apply(
            once,
            A.TINDAK_LANJUT,
            at=once.updated_at,
            actor=UNIT,
            idempotency_key="req-42",
            response="x",
        )
    assert info.value.sequence == 2
    assert "req-42" not in str(info.value)


def test_data_of_the_wrong_kind_is_refused() -> None:
    complaint = received()
    with pytest.raises(ActionDataError, match="'units'"):
        WF.apply(complaint, A.VERIFIKASI, at=complaint.updated_at, actor=ADMIN, units={1, 2})
    with pytest.raises(ActionDataError, match="'score'"):
        WF.apply(
            complaint,
            A.VERIFIKASI,
            at=complaint.updated_at,
            actor=ADMIN,
            units=["x"],
            score=float("nan"),
        )
    with pytest.raises(ActionDataError, match="surrogate tunggal"):
        WF.apply(
            complaint,
            A.VERIFIKASI,
            at=complaint.updated_at,
            actor=ADMIN,
            units=["x"],
            note="\ud800",
        )
    with pytest.raises(ActionDataError, match="karakter NUL") as nul:
        WF.apply(
            complaint,
            A.VERIFIKASI,
            at=complaint.updated_at,
            actor=ADMIN,
            units=["x"],
            note="sudah\x00dicek",
        )
    assert nul.value.field == "note"
    # A backslash followed by u0000 is text like any other.
    noted = WF.apply(
        complaint, A.VERIFIKASI, at=complaint.updated_at, actor=ADMIN, units=["x"], note="\\u0000"
    )
    assert noted.history[-1].data["note"] == "\\u0000"


@pytest.mark.parametrize("key", ["", "a\x1fb", "line\nbreak", "k" * 257])
def test_idempotency_keys_must_be_printable(key: str) -> None:
    complaint = received()
    with pytest.raises(ArgumentError) as info:
        WF.apply(
            complaint,
            A.VERIFIKASI,
            at=complaint.updated_at,
            actor=ADMIN,
            idempotency_key=key,
            units=["x"],
        )
    assert info.value.argument == "idempotency_key"
    with pytest.raises(ValueError, match="idempotency_key"):
        WF.receive(submission(), tracking_id="X1", at=T0, actor=SYSTEM, idempotency_key=key)


@pytest.mark.parametrize("actor_id", ["", "a\x1fb", "tab\there"])
def test_actor_ids_must_be_printable(actor_id: str) -> None:
    with pytest.raises(ValueError, match="Actor"):
        Actor.admin(actor_id)


def test_bad_tracking_id_and_receive_role() -> None:
    with pytest.raises(ValueError, match="tracking_id"):
        WF.receive(submission(), tracking_id="a b", at=T0, actor=SYSTEM)
    with pytest.raises(GuardError) as info:
        WF.receive(submission(), tracking_id="X1", at=T0, actor=UNIT)
    assert info.value.guard == "actor-role"


def test_disclosure_is_recorded_in_any_status() -> None:
    closed = in_status(S.SELESAI)
    seen = WF.record_disclosure(
        closed,
        at=closed.updated_at + timedelta(hours=1),
        actor=Actor.oversight("ombudsman-ntt"),
        audience="oversight",
        fields=["phone", "name"],
    )
    last = seen.history[-1]
    assert (last.action, last.from_status, last.to_status) == (
        "akses_identitas",
        "selesai",
        "selesai",
    )
    assert last.data == {"audience": "oversight", "fields": ["name", "phone"]}
    assert WF.conforms(seen) == []


# -- no personal data in errors or reprs ---------------------------------------------------------


def test_no_text_or_identity_in_reprs() -> None:
    complaint = step(in_status(S.DIDISPOSISIKAN), A.TINDAK_LANJUT, response=SECRET_TEXT)
    shown = " ".join(
        [repr(complaint), repr(complaint.reporter), repr(complaint.location), str(complaint)]
        + [repr(e) for e in complaint.history]
    )
    for secret in (SECRET_TEXT, SECRET_NAME, SECRET_PHONE, "5371014107900001"):
        assert secret not in shown
    assert "KPG-TEST-1" in repr(complaint)


def test_no_text_or_identity_in_errors() -> None:
    complaint = received()
    errors: list[PengaduanError] = []
    attempts = [
        lambda: WF.apply(complaint, A.TUTUP, at=complaint.updated_at, actor=ADMIN),
        lambda: WF.apply(complaint, A.TUNDA, at=complaint.updated_at, actor=ADMIN, reason=""),
        lambda: WF.apply(
            complaint, A.ARSIPKAN, at=complaint.updated_at, actor=ADMIN, reason=SECRET_TEXT
        ),
        lambda: WF.apply(
            complaint, A.VERIFIKASI, at=complaint.updated_at, actor=ADMIN, units=[SECRET_NAME, 3]
        ),
        lambda: WF.apply(
            complaint,
            A.VERIFIKASI,
            at=complaint.updated_at,
            actor=ADMIN,
            units=["x"],
            note={SECRET_PHONE},
        ),
    ]
    for attempt in attempts:
        with pytest.raises(PengaduanError) as info:
            attempt()
        errors.append(info.value)
    for error in errors:
        text = str(error) + repr(error)
        for secret in (SECRET_TEXT, SECRET_NAME, SECRET_PHONE):
            assert secret not in text


# -- definitions ---------------------------------------------------------------------------------


def spec(name: str, category: str = "open") -> StatusSpec:
    return StatusSpec(name=name, category=category, label_id=name.title(), label_en=name.title())


def act(name: str, sources: tuple[str, ...], target: str | None, **kw: object) -> ActionSpec:
    fields: dict[str, object] = {
        "name": name,
        "sources": sources,
        "target": target,
        "roles": {Role.ADMIN},
        "label_id": name,
        "label_en": name,
    }
    fields.update(kw)
    return ActionSpec(**fields)  # type: ignore[arg-type]


def test_invalid_definition_reports_every_problem_at_once() -> None:
    definition = WorkflowDefinition(
        name="rusak",
        statuses=(
            spec("baru"),
            spec("proses"),
            spec("proses"),  # duplicate
            spec("selesai", "terminal"),
            spec("yatim"),  # unreachable, and a dead end
            spec("Salah Nama"),
        ),
        actions=(
            act("mulai", ("baru",), "proses"),
            act("mulai", ("baru",), "proses"),  # declared twice
            act("tutup", ("proses", "proses"), "selesai"),  # duplicate edge
            act("hidupkan", ("selesai",), "proses"),  # out of a terminal status
            act("lompat", ("baru",), "antah"),  # unknown target
            act("dari_mana", ("entah",), "proses"),  # unknown source
            act("tanpa_peran", ("baru",), "proses", roles=set()),
            act("terima", ("baru",), None),  # reserved
            act("tanpa_label", ("baru",), None, label_en=" "),
        ),
        initial="baru",
    )
    with pytest.raises(ConfigurationError) as info:
        Workflow.from_definition(definition)
    problems = "\n".join(info.value.problems)
    expected_fragments = [
        "status 'proses': declared twice",
        # A name that is no identifier is described, not quoted: it may hold anything.
        "status <a str of 10 characters>: name must match",
        "action 'mulai': declared twice",
        "action 'tutup': duplicate edge from 'proses'",
        "action 'hidupkan': leaves terminal status 'selesai'",
        "action 'lompat': target status 'antah' is not declared",
        "action 'dari_mana': source status 'entah' is not declared",
        "action 'tanpa_peran': no role may take it",
        "action 'terima': the name is reserved",
        "action 'tanpa_label': needs an Indonesian and an English label",
        "status 'yatim': unreachable from 'baru'",
        "status 'yatim': not terminal, but no action leads out of it",
    ]
    for fragment in expected_fragments:
        assert fragment in problems, fragment
    assert len(info.value.problems) >= len(expected_fragments)
    assert isinstance(info.value, ValueError)
    assert definition.problems() == list(info.value.problems)


def test_initial_status_problems() -> None:
    missing = WorkflowDefinition(
        name="x", statuses=(spec("a", "terminal"),), actions=(), initial="b"
    )
    assert "initial status 'b' is not declared" in missing.problems()
    terminal = WorkflowDefinition(
        name="x", statuses=(spec("a", "terminal"),), actions=(), initial="a"
    )
    assert "initial status 'a' is terminal" in terminal.problems()
    empty = WorkflowDefinition(name="x", statuses=(), actions=(), initial="a", receive_roles=())
    assert "no statuses declared" in empty.problems()
    assert any("receive_roles" in p for p in empty.problems())


def test_custom_profile_with_an_extra_status_and_guard() -> None:
    base = lapor_v3()
    review = StatusSpec(
        name="ditelaah_inspektorat",
        category="open",
        label_id="Ditelaah Inspektorat",
        label_en="Under inspectorate review",
    )
    to_review = act(
        "telaah",
        (S.DIDISPOSISIKAN,),
        "ditelaah_inspektorat",
        guards=(requires_text("memo"),),
        fields=(FieldSpec(name="memo", kind=FieldKind.TEXT),),
    )
    back = act("selesai_telaah", ("ditelaah_inspektorat",), S.DIDISPOSISIKAN)
    custom = Workflow.from_definition(
        attrs.evolve(
            base,
            name="kupang-wbs",
            statuses=(*base.statuses, review),
            actions=(*base.actions, to_review, back),
        )
    )
    complaint = custom.receive(
        submission(),
        tracking_id="WBS-1",
        at=datetime(2025, 1, 6, tzinfo=UTC),
        actor=SYSTEM,
    )
    complaint = custom.apply(
        complaint, A.VERIFIKASI, at=complaint.updated_at, actor=ADMIN, units=["inspektorat"]
    )
    with pytest.raises(GuardError, match="requires-memo"):
        custom.apply(complaint, "telaah", at=complaint.updated_at, actor=ADMIN)
    reviewed = custom.apply(complaint, "telaah", at=complaint.updated_at, actor=ADMIN, memo="ok")
    assert reviewed.status == "ditelaah_inspektorat"
    assert custom.category(reviewed) is StatusCategory.OPEN
    assert custom.conforms(reviewed) == []
    # The default workflow does not know the extra step.
    assert WF.conforms(reviewed) == ["event 3: 'telaah' is not allowed from 'didisposisikan'"]


def test_mermaid_diagram_has_every_status_and_edge() -> None:
    text = WF.to_mermaid("id")
    assert text.lstrip("-\n").splitlines()[0] == "lapor-v3" or "stateDiagram-v2" in text
    assert "stateDiagram-v2" in text
    for status in Status:
        assert f'state "{WF.label(status, "id")}" as {status}' in text
    for (source, action), target in EXPECTED.items():
        edge = f"{source} --> {target}: "
        line = next(line for line in text.splitlines() if line.strip().startswith(edge))
        assert action in line
    assert "[*] --> diterima" in text
    assert 'state "Received" as diterima' in WF.to_mermaid("en")


def test_workflow_repr_and_specs() -> None:
    assert repr(WF) == "Workflow('lapor-v3', statuses=8, actions=13)"
    assert WF.action(A.TUTUP).target == S.SELESAI
    with pytest.raises(LookupError):
        WF.action("terbang")
    with pytest.raises(LookupError):
        WF.category("antah")


def test_actions_say_which_data_they_take() -> None:
    from pengaduan.workflow.profiles import ARCHIVE_REASONS  # noqa: PLC0415

    takes = {
        spec.name: [(f.name, f.kind.value, f.required, f.choices) for f in spec.fields]
        for spec in WF.actions
    }
    assert takes[A.VERIFIKASI] == [("units", "units", True, ()), ("note", "text", False, ())]
    assert takes[A.TINDAK_LANJUT] == [("response", "text", True, ())]
    assert takes[A.ARSIPKAN][0] == ("reason", "choice", True, tuple(sorted(ARCHIVE_REASONS)))
    assert takes[A.TUTUP_OTOMATIS] == []
    assert [f.name for f in WF.fields("ubah_privasi")] == ["privacy", "reason"]
    assert [f.name for f in WF.fields("persetujuan_privasi")] == ["privacy", "evidence"]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        pytest.param(
            (FieldSpec(name="privacy", kind="choice", choices=["a"]),), "reserved", id="privacy"
        ),
        pytest.param((FieldSpec(name="units", kind="text"),), "kind 'units'", id="units-as-text"),
        pytest.param((FieldSpec(name="Bad Name", kind="text"),), "must match", id="bad-name"),
        pytest.param((FieldSpec(name="pilih", kind="choice"),), "no choices", id="empty-choice"),
        pytest.param(
            (FieldSpec(name="a", kind="text"), FieldSpec(name="a", kind="flag")),
            "twice",
            id="twice",
        ),
    ],
)
def test_field_declarations_are_validated(fields: tuple[FieldSpec, ...], problem: str) -> None:
    definition = lapor_v3()
    actions = tuple(
        attrs.evolve(a, fields=fields) if a.name == A.TUTUP else a for a in definition.actions
    )
    with pytest.raises(ConfigurationError) as info:
        Workflow.from_definition(attrs.evolve(definition, actions=actions))
    assert any(problem in line and "'tutup'" in line for line in info.value.problems)
