"""The reporter's SMS or WhatsApp replies that are not a score: recorded once as the tanggapi
event of their own complaint, or answered politely; scores still go the satisfaction way."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from tests.helpers import PATHS, VALID
from tests.hostile_helpers import (
    HOSTILE_OBJECTS,
    HOSTILE_TEXTS,
    SECRET_NAME,
    SECRET_PHONE,
    SECRET_TEXT,
    outcome,
    raises_typed,
    wrong_type_cases,
)
from tests.repo_helpers import SyncFacade, database_url, opened
from tests.sla_helpers import KUPANG, LAPOR

from pengaduan import use_language
from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    IntakeError,
    NaiveDatetimeError,
    PengaduanError,
)
from pengaduan.history import verify_history
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import Inbound, SmsGateway, from_whatsapp
from pengaduan.intake.tracking import new_tracking_id
from pengaduan.messages import (
    Messenger,
    ReplyOutcome,
    ReporterReplyOutcome,
    answer_reply,
    answer_satisfaction_reply,
    named_tracking_id,
    resume_actions,
    satisfaction_of,
    sms_segments,
)
from pengaduan.messages.reporter_replies import _result
from pengaduan.model import Actor, Channel, Complaint, Reporter, Submission
from pengaduan.routing import UnitDirectory
from pengaduan.store import (
    AsyncRepository,
    Repository,
    _steps,
    record_reply,
    record_reply_async,
    record_satisfaction_reply,
    record_satisfaction_reply_async,
)
from pengaduan.store._replies import _Append, _replying
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

WITA = ZoneInfo("Asia/Makassar")
WF = Workflow.default()
KEY = b"kunci-rahasia-kantor-kupang-2026"
GATEWAY = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=KEY)
PHONE = "081339001122"
ACCOUNT = reporter_pseudonym("+6281339001122", key=KEY)
OTHER = reporter_pseudonym("+6281339009999", key=KEY)
T0 = datetime(2026, 9, 21, 9, tzinfo=WITA)  # Monday
SECRETS = (SECRET_TEXT, SECRET_NAME, SECRET_PHONE, PHONE, "+6281339001122", "masih rusak")
TEXT = "jalan masih rusak, belum ada petugas datang"
# Random tracking ids with their check character: named, they count whoever's they are.
OTHER_ID = "4HNP-2QWE-JK9"
NOWHERE_ID = "6TRE-8WQA-ZXN"


def complaint_of(
    tracking_id: str, status: str = "ditindaklanjuti", *, day: int = 0, account: str = ACCOUNT
) -> Complaint:
    """A complaint of ``account`` received by SMS ``day`` days after T0, taken to ``status``
    within the next hours (with the phone the gateway derived the account id from)."""
    phone = "+6281339009999" if account == OTHER else "+6281339001122"
    submission = Submission(
        text=SECRET_TEXT,
        channel=Channel.SMS,
        reporter=Reporter(phone=phone, account_id=account),
    )
    at = T0 + timedelta(days=day)
    c = WF.receive(submission, tracking_id=tracking_id, at=at, actor=Actor.system("sms"))
    for action in PATHS[status]:
        actor, data = VALID[action]
        if actor.role.value == "pelapor":
            actor = Actor.reporter(account)
        c = WF.apply(c, action, at=c.updated_at + timedelta(hours=1), actor=actor, **data)
    assert c.status == status
    return c


def sms(text: str = TEXT, *, days: int = 5, message_id: str | None = "sms-881") -> Inbound:
    return GATEWAY.reply(
        text, sender=PHONE, received_at=T0 + timedelta(days=days), message_id=message_id
    )


def inbound(text: str, *, account: str | None = ACCOUNT, received_at: Any = None) -> Inbound:
    """An Inbound built directly, as an app's own adapter may (no gateway checks)."""
    return Inbound(
        submission=Submission(
            text=text, channel=Channel.SMS, reporter=Reporter(account_id=account)
        ),
        received_at=T0 + timedelta(days=5) if received_at is None else received_at,
        idempotency_key="in-sms-m-direct",
    )


# -- which tracking id a reply names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("7KQM-XW3D-RTG jalan masih rusak", "7KQM-XW3D-RTG", id="hyphens"),
        pytest.param("7kqm xw3d rtg: jalan masih rusak", "7KQM-XW3D-RTG", id="spaces-colon"),
        pytest.param("7kqmxw3drtg, jalan masih rusak", "7KQM-XW3D-RTG", id="run-together"),
        pytest.param("NILAI 7KQM-XW3D-RTG belum beres", "7KQM-XW3D-RTG", id="after-nilai"),
        pytest.param(
            "7KQM-XW3D-RT9 jalan rusak", "7KQM-XW3D-RT9", id="mistyped-but-hyphenated-as-one-word"
        ),
        pytest.param("KPG-0001 belum ada petugas", "KPG-0001", id="older-id"),
        pytest.param("kpg-0001: belum", "KPG-0001", id="older-id-colon"),
        pytest.param("7KQM XW3D RT8 jalan rusak", None, id="spaced-with-a-wrong-check"),
        pytest.param("jalan 5 hari rusak", None, id="a-sentence"),
        pytest.param("2026-09-21 lampu mati lagi", None, id="a-date-is-not-an-older-id"),
        pytest.param("ktp-el saya belum jadi", None, id="no-digit-no-id"),
        pytest.param("jalan masih rusak 7KQM-XW3D-RTG", None, id="not-leading"),
        pytest.param("", None, id="empty"),
        pytest.param(7, None, id="not-text"),
    ],
)
def test_the_tracking_id_a_reply_starts_with(text: object, expected: str | None) -> None:
    assert named_tracking_id(text) == expected


# -- the right complaint, once ----------------------------------------------------------------


def test_a_reply_becomes_the_tanggapi_event_under_the_message_key() -> None:
    reply = sms()
    target = complaint_of("KPG-0001")
    result = answer_reply(reply, [target], workflow=WF)
    assert result.outcome is ReporterReplyOutcome.RECORDED
    assert (result.action, result.tracking_id, result.expected_version) == (
        "tanggapi",
        "KPG-0001",
        target.version,
    )
    assert result.complaint is not None
    event = result.complaint.history[-1]
    assert (event.action, event.data, event.actor) == (
        "tanggapi",
        {"message": TEXT},
        Actor.reporter(ACCOUNT),
    )
    assert event.idempotency_key == reply.idempotency_key
    assert event.at == reply.received_at
    assert result.complaint.status == target.status  # a reply moves nothing
    verify_history(result.complaint, head=result.complaint.head)
    assert result.reply == (
        "Terima kasih, tanggapan Anda untuk pengaduan KPG-0001 sudah dicatat dan diteruskan "
        "kepada petugas yang menanganinya."
    )
    # Retried: the same message again, on the stored complaint, changes nothing.
    again = answer_reply(sms(), [result.complaint], workflow=WF)
    assert (again.outcome, again.tracking_id, again.changed) == (
        ReporterReplyOutcome.REPEATED,
        "KPG-0001",
        False,
    )
    assert again.reply == result.reply


@pytest.mark.parametrize("status", ["didisposisikan", "ditindaklanjuti", "dibuka_kembali"])
def test_every_status_tanggapi_starts_from_takes_a_reply(status: str) -> None:
    result = answer_reply(sms(), [complaint_of("KPG-0001", status)], workflow=WF)
    assert result.outcome is ReporterReplyOutcome.RECORDED


def test_whatsapp_replies_are_bound_the_same_way() -> None:
    reply = from_whatsapp(
        sender="6281339001122@c.us",
        text="Fotonya sudah saya kirim ke kantor lurah 🙏",
        received_at=T0 + timedelta(days=2),
        message_id="wamid.7",
        pseudonym_key=KEY,
    )
    result = answer_reply(reply, [complaint_of("KPG-0001")], workflow=WF)
    assert result.outcome is ReporterReplyOutcome.RECORDED
    assert result.complaint is not None
    assert result.complaint.history[-1].data == {"message": reply.submission.text}


def test_a_score_goes_the_satisfaction_way() -> None:
    done = complaint_of("KPG-0001", "selesai")
    in_progress = complaint_of("KPG-0002")
    result = answer_reply(sms("NILAI 4"), [done, in_progress], workflow=WF)
    expected = answer_satisfaction_reply(sms("NILAI 4"), [done, in_progress], workflow=WF)
    assert (result.outcome, result.action, result.score) == ("recorded", "nilai_kepuasan", "4")
    assert (result.tracking_id, result.reply) == (expected.tracking_id, expected.reply)
    assert result.complaint == expected.complaint
    assert result.complaint is not None
    answer = satisfaction_of(result.complaint)
    assert answer is not None
    assert answer.score == 4
    again = answer_reply(sms("NILAI 4"), [result.complaint], workflow=WF)
    assert again.outcome is ReporterReplyOutcome.REPEATED
    rated = answer_reply(sms("5", message_id="sms-2"), [result.complaint], workflow=WF)
    assert rated.outcome is ReporterReplyOutcome.ALREADY_RATED
    nothing = answer_reply(sms("NILAI 4"), [in_progress], workflow=WF)
    assert (nothing.outcome, nothing.action) == ("no-complaint", "nilai_kepuasan")


@pytest.mark.parametrize("text", ["3", "3.", "sangat puas"])
def test_a_bare_score_no_rating_awaits_answers_the_office(text: str) -> None:
    deferred = complaint_of("KPG-0001", "ditunda")  # "how many lamps are out?"
    completed = answer_reply(sms(text), [deferred], workflow=WF)
    assert (completed.outcome, completed.action, completed.tracking_id) == (
        "completed",
        "lanjutkan",
        "KPG-0001",
    )
    assert completed.complaint is not None
    assert completed.complaint.history[-1].data == {"note": sms(text).submission.text}
    again = answer_reply(sms(text), [completed.complaint], workflow=WF)
    assert (again.outcome, again.action, again.reply) == ("repeated", "lanjutkan", COMPLETED_ID)
    followed = complaint_of("KPG-0002")
    replied = answer_reply(sms(text), [followed], workflow=WF)
    assert (replied.outcome, replied.action) == ("recorded", "tanggapi")


def test_a_score_that_says_so_or_awaits_a_rating_stays_a_score() -> None:
    deferred = complaint_of("KPG-0001", "ditunda")
    done = complaint_of("KPG-0002", "selesai", day=1)
    said = answer_reply(sms("NILAI 3"), [deferred], workflow=WF)
    assert (said.outcome, said.action, said.changed) == ("no-complaint", "nilai_kepuasan", False)
    rated = answer_reply(sms("3"), [deferred, done], workflow=WF)  # a rating awaits: it wins
    assert (rated.outcome, rated.action, rated.tracking_id) == (
        "recorded",
        "nilai_kepuasan",
        "KPG-0002",
    )
    nothing = answer_reply(sms("3"), [complaint_of("KPG-0003", "diterima")], workflow=WF)
    expected = answer_satisfaction_reply(sms("3"), [], workflow=WF)
    assert (nothing.outcome, nothing.action, nothing.reply) == (
        "no-complaint",
        "nilai_kepuasan",
        expected.reply,
    )
    asked = answer_reply(sms("3"), [deferred, complaint_of("KPG-0004", day=2)], workflow=WF)
    assert asked.outcome is ReporterReplyOutcome.AMBIGUOUS


def test_the_satisfaction_outcomes_keep_their_codes() -> None:
    shared = {o.value for o in ReplyOutcome} - {"not-a-score"}  # not a score: a reply here
    assert shared <= {o.value for o in ReporterReplyOutcome}


def test_the_named_complaint_among_several() -> None:
    first, second = complaint_of("KPG-0001"), complaint_of("KPG-0002", day=1)
    unnamed = answer_reply(sms(), [first, second], workflow=WF)
    assert (unnamed.outcome, unnamed.tracking_id, unnamed.changed) == ("ambiguous", None, False)
    assert "7KQM-XW3D-RTG" in unnamed.reply  # the example of how to name it
    named = answer_reply(sms(f"kpg-0001: {TEXT}"), [first, second], workflow=WF)
    assert (named.outcome, named.tracking_id) == ("recorded", "KPG-0001")
    assert named.complaint is not None
    assert named.complaint.history[-1].data == {"message": f"kpg-0001: {TEXT}"}  # as received
    # Only one in progress among closed and new ones: that one, no question asked.
    done = complaint_of("KPG-0003", "selesai", day=2)
    fresh = complaint_of("KPG-0004", "diterima", day=3)
    only = answer_reply(sms(), [first, done, fresh], workflow=WF)
    assert (only.outcome, only.tracking_id) == ("recorded", "KPG-0001")


@pytest.mark.parametrize(
    ("text", "complaints", "expected", "tracking_id"),
    [
        pytest.param(TEXT, list, "no-complaint", None, id="no-complaints"),
        pytest.param(
            TEXT,
            lambda: [complaint_of("KPG-0001", account=OTHER)],
            "no-complaint",
            None,
            id="someone-elses",
        ),
        pytest.param(
            f"{OTHER_ID} {TEXT}",
            lambda: [complaint_of("KPG-0001"), complaint_of(OTHER_ID, account=OTHER)],
            "no-complaint",
            None,
            id="names-someone-elses",
        ),
        pytest.param(
            f"{NOWHERE_ID} {TEXT}",
            lambda: [complaint_of("KPG-0001")],
            "no-complaint",
            None,
            id="names-none",
        ),
        pytest.param(
            TEXT,
            lambda: [complaint_of("KPG-0001", day=9)],
            "no-complaint",
            None,
            id="received-after-the-reply",
        ),
        pytest.param(
            TEXT,
            lambda: [complaint_of("KPG-0001", "selesai")],
            "closed",
            "KPG-0001",
            id="closed",
        ),
        pytest.param(
            f"KPG-0001 {TEXT}",
            lambda: [complaint_of("KPG-0001", "selesai"), complaint_of("KPG-0002")],
            "closed",
            "KPG-0001",
            id="names-a-closed-one",
        ),
        pytest.param(
            TEXT,
            lambda: [
                complaint_of("KPG-0001", "selesai"),
                complaint_of("KPG-0002", "diarsipkan", day=1),
            ],
            "closed",
            "KPG-0002",
            id="the-latest-of-the-closed",
        ),
        pytest.param(
            TEXT,
            lambda: [complaint_of("KPG-0001", "diterima")],
            "not-now",
            "KPG-0001",
            id="not-verified-yet",
        ),
    ],
)
def test_nothing_changes_and_a_polite_reply(text, complaints, expected, tracking_id) -> None:  # type: ignore[no-untyped-def]
    given = complaints()
    result = answer_reply(sms(text), given, workflow=WF, keyword="kotkupang")
    assert (result.outcome, result.tracking_id, result.action) == (
        expected,
        tracking_id,
        "tanggapi",
    )
    assert not result.changed
    assert result.reply
    for secret in SECRETS:
        assert secret not in result.reply
        assert secret not in repr(result)
    if expected in {"no-complaint", "closed"}:
        assert "KOTKUPANG<spasi>isi pengaduan" in result.reply


def test_a_named_id_of_another_reporter_reads_as_one_that_does_not_exist() -> None:
    theirs = [complaint_of("KPG-0001"), complaint_of(OTHER_ID, account=OTHER)]
    exists = answer_reply(sms(f"{OTHER_ID} {TEXT}"), theirs, workflow=WF)
    missing = answer_reply(sms(f"{NOWHERE_ID} {TEXT}"), theirs, workflow=WF)
    assert exists == missing
    assert exists.outcome is ReporterReplyOutcome.NO_COMPLAINT


def test_the_new_complaint_advice_without_a_keyword() -> None:
    result = answer_reply(sms(), [], workflow=WF)
    assert result.outcome is ReporterReplyOutcome.NO_COMPLAINT
    assert "<spasi>" not in result.reply
    closed = answer_reply(sms(), [complaint_of("KPG-0001", "selesai")], workflow=WF)
    assert "KPG-0001" in closed.reply
    assert "<spasi>" not in closed.reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("  \t ", "empty", id="spaces"),
        pytest.param("\u200b.!?", "empty", id="invisible-and-punctuation"),
        pytest.param("KPG-0001", "empty", id="only-the-tracking-id"),
        pytest.param("7kqm xw3d rtg: ...", "empty", id="only-a-spaced-tracking-id"),
        pytest.param("x" * 20_001, "too-long", id="longer-than-the-message-field"),
    ],
)
def test_what_the_gateway_refuses_is_answered_anyway(text: str, expected: str) -> None:
    result = answer_reply(inbound(text), [complaint_of("KPG-0001")], workflow=WF)
    assert (result.outcome, result.action, result.changed) == (expected, None, False)
    assert result.reply


def test_a_reporter_known_by_no_account_has_no_complaint() -> None:
    plain = SmsGateway.kota_kupang().reply(TEXT, sender=PHONE, received_at=T0 + timedelta(days=5))
    assert plain.submission.reporter.account_id is None
    result = answer_reply(plain, [complaint_of("KPG-0001")], workflow=WF)
    assert result.outcome is ReporterReplyOutcome.NO_COMPLAINT


_OURS = [o for o in ReporterReplyOutcome if o is not ReporterReplyOutcome.ALREADY_RATED]


@pytest.mark.parametrize("keyword", [None, "KOTKUPANG", "KABTTS2026"])
@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("kind", _OURS)
def test_every_reply_is_one_gsm7_sms_in_both_languages(
    kind: ReporterReplyOutcome, language: str, keyword: str | None
) -> None:
    with use_language(language):
        text = _result(kind, tracking_id="7KQM-XW3D-RTG", keyword=keyword).reply
    segments = sms_segments(text)
    assert segments.encoding.value == "gsm7"
    assert segments.single, (kind, segments.units)
    with use_language("en"):
        english = _result(kind, tracking_id="7KQM-XW3D-RTG", keyword=keyword).reply
    with use_language("id"):
        assert _result(kind, tracking_id="7KQM-XW3D-RTG", keyword=keyword).reply != english


# -- a reply to a deferred complaint completes it ---------------------------------------------

COMPLETED_ID = (
    "Terima kasih, kelengkapan informasi untuk pengaduan KPG-0001 sudah kami terima. "
    "Verifikasi pengaduan dilanjutkan."
)


def test_a_reply_to_a_deferred_complaint_is_its_resume_event() -> None:
    deferred = complaint_of("KPG-0001", "ditunda")
    reply = sms("lokasinya depan SD Inpres Oebobo, foto sudah dikirim ke kelurahan")
    result = answer_reply(reply, [deferred], workflow=WF)
    assert (result.outcome, result.action, result.tracking_id, result.expected_version) == (
        ReporterReplyOutcome.COMPLETED,
        "lanjutkan",
        "KPG-0001",
        deferred.version,
    )
    assert result.complaint is not None
    event = result.complaint.history[-1]
    assert (event.action, event.data, event.actor, event.idempotency_key, event.at) == (
        "lanjutkan",
        {"note": reply.submission.text},  # as received
        Actor.reporter(ACCOUNT),
        reply.idempotency_key,
        reply.received_at,
    )
    assert result.complaint.status == "diterima"  # back to verification
    verify_history(result.complaint, head=result.complaint.head)
    assert result.reply == COMPLETED_ID
    with use_language("en"):
        english = answer_reply(reply, [deferred], workflow=WF).reply
    assert english == (
        "Thank you, the additional information for complaint KPG-0001 was received. "
        "Verification of the complaint continues."
    )
    # Retried: nothing new, and the same answer as the first delivery got.
    again = answer_reply(reply, [result.complaint], workflow=WF)
    assert (again.outcome, again.action, again.changed, again.reply) == (
        ReporterReplyOutcome.REPEATED,
        "lanjutkan",
        False,
        COMPLETED_ID,
    )


def test_the_verification_clock_resumes_with_the_completion() -> None:
    """The LAPOR! policy pauses verification while deferred and resumes it when the complaint
    leaves the paused category: the reporter's reply resumes it at the reply's time."""
    from pengaduan.sla import ClockState, evaluate  # noqa: PLC0415

    deferred = complaint_of("KPG-0001", "ditunda")
    now = T0 + timedelta(days=5)
    (paused,) = evaluate(deferred, policy=LAPOR, calendar=KUPANG, now=now)
    assert paused.state is ClockState.PAUSED
    result = answer_reply(sms(), [deferred], workflow=WF)
    assert result.complaint is not None
    (clock,) = evaluate(result.complaint, policy=LAPOR, calendar=KUPANG, now=now)
    assert clock.state is ClockState.RUNNING
    tunda = deferred.history[-1].at
    assert clock.due_at == KUPANG.add_working_days(T0, 3, pauses=[(tunda, now)])
    # The admin, who verifies, is told, with that deadline; the reporter gets the deadline too.
    told = MESSENGER.messages_for(result.complaint)
    assert [(m.template, str(m.recipient)) for m in told] == [
        ("lanjutkan_pelapor", "pelapor:pelapor"),
        ("lanjutkan_admin", "admin:admin"),
    ]
    for message in told:
        for secret in SECRETS:
            assert secret not in message.body


def test_a_deferred_complaint_awaits_the_reporter_like_one_in_progress() -> None:
    deferred = complaint_of("KPG-0001", "ditunda")
    followed = complaint_of("KPG-0002", day=1)
    unnamed = answer_reply(sms(), [deferred, followed], workflow=WF)
    assert (unnamed.outcome, unnamed.changed) == (ReporterReplyOutcome.AMBIGUOUS, False)
    named = answer_reply(sms(f"KPG-0001 {TEXT}"), [deferred, followed], workflow=WF)
    assert (named.outcome, named.action) == ("completed", "lanjutkan")
    assert named.tracking_id == "KPG-0001"
    other = answer_reply(sms(f"KPG-0002 {TEXT}"), [deferred, followed], workflow=WF)
    assert (other.outcome, other.action) == ("recorded", "tanggapi")
    assert other.tracking_id == "KPG-0002"
    # The only one awaiting the reporter among closed and unverified ones: that one.
    done = complaint_of("KPG-0003", "selesai", day=2)
    fresh = complaint_of("KPG-0004", "diterima", day=3)
    only = answer_reply(sms(), [done, deferred, fresh], workflow=WF)
    assert (only.outcome, only.tracking_id) == ("completed", "KPG-0001")
    # Another reporter's deferred complaint is never completed by this reporter.
    theirs = complaint_of("KPG-0005", "ditunda", account=OTHER)
    assert answer_reply(sms(), [theirs], workflow=WF).outcome is ReporterReplyOutcome.NO_COMPLAINT
    named_theirs = answer_reply(sms(f"KPG-0005 {TEXT}"), [theirs], workflow=WF)
    assert named_theirs.outcome is ReporterReplyOutcome.NO_COMPLAINT


def _edited(change: Any) -> Workflow:
    """The default workflow with ``change(action_dict)`` applied to ``lanjutkan``."""
    data = WF.to_dict()
    for action in data["action"]:
        if action["name"] == "lanjutkan":
            change(action)
    return Workflow.from_dict(data)


def test_the_resume_action_is_read_from_the_workflow() -> None:
    assert resume_actions(WF) == {"ditunda": ("lanjutkan", "note")}
    renamed = _edited(lambda a: a.update(name="lengkapi"))
    assert resume_actions(renamed) == {"ditunda": ("lengkapi", "note")}
    deferred = complaint_of("KPG-0001", "ditunda")
    result = answer_reply(sms(), [deferred], workflow=renamed)
    assert (result.outcome, result.action) == ("completed", "lengkapi")
    # Where the reporter may not resume it, a deferred complaint takes no reply: not-now.
    admin_only = _edited(lambda a: a.update(roles=["admin", "sistem"]))
    assert resume_actions(admin_only) == {}
    refused = answer_reply(sms(), [deferred], workflow=admin_only)
    assert (refused.outcome, refused.tracking_id, refused.changed) == ("not-now", "KPG-0001", False)
    # An action with no text field for the reply, or another required field, is no resume.
    for change in (
        lambda a: a.update(fields=[]),
        lambda a: a.update(
            fields=[*a["fields"], {"name": "kode", "kind": "text", "required": True}]
        ),
    ):
        assert resume_actions(_edited(change)) == {}
    error = raises_typed(resume_actions, "lapor-v3")
    assert isinstance(error, ArgumentError)
    assert error.argument == "workflow"


def test_a_completion_longer_than_the_note_field_is_too_long() -> None:
    short = _edited(lambda a: a.update(fields=[{"name": "note", "kind": "text", "max_length": 20}]))
    deferred = complaint_of("KPG-0001", "ditunda")
    result = answer_reply(sms(), [deferred], workflow=short)
    assert (result.outcome, result.action, result.changed) == ("too-long", None, False)
    fits = answer_reply(sms("lokasi: depan SD"), [deferred], workflow=short)
    assert fits.outcome is ReporterReplyOutcome.COMPLETED


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_completions_are_typed_and_echo_nothing(kind: str, text: str) -> None:
    deferred = complaint_of("KPG-0001", "ditunda")
    for reply in (lambda: sms(text), lambda: inbound(text)):
        result = outcome(
            lambda r=reply: answer_reply(r(), [deferred], workflow=WF), secrets=SECRETS
        )
        if isinstance(result, PengaduanError):
            assert isinstance(result, IntakeError | ArgumentError), type(result)
            continue
        assert result.outcome in {"completed", "empty", "too-long"}
        if result.changed:
            assert result.complaint.status == "diterima"
            verify_history(result.complaint, head=result.complaint.head)


# -- through the repository, on every backend -------------------------------------------------

MESSENGER = Messenger(
    workflow=WF, policy=LAPOR, calendar=KUPANG, directory=UnitDirectory.kota_kupang()
)


@pytest.fixture
def repo(backend: str, url: str) -> Iterator[Any]:
    with opened(
        backend, url, pseudonym_key=KEY, policy=LAPOR, calendar=KUPANG, messenger=MESSENGER
    ) as repository:
        yield repository


def record(repo: Any, reply: Inbound, **options: Any) -> Any:
    """``record_reply``, or ``record_reply_async`` for the async repository."""
    if isinstance(repo, SyncFacade):
        return repo.loop.run_until_complete(
            record_reply_async(repo.repo, reply, workflow=WF, **options)
        )
    return record_reply(repo, reply, workflow=WF, **options)


def pending(repo: Any) -> list[tuple[str, str]]:
    box = repo.outbox if isinstance(repo, Repository) else repo.repo.outbox
    found = (
        box.pending()
        if isinstance(repo, Repository)
        else repo.loop.run_until_complete(box.pending())
    )
    return [(m.template, str(m.recipient)) for m in found]


def test_the_repository_records_a_retried_reply_once(repo: Any) -> None:
    for complaint in (
        complaint_of("KPG-0001"),
        complaint_of("KPG-0002", "selesai", day=1),
        complaint_of(OTHER_ID, account=OTHER),
    ):
        repo.add(complaint)
    before = set(pending(repo))
    first = record(repo, sms(), keyword="KOTKUPANG")
    again = record(repo, sms(), keyword="KOTKUPANG")
    assert (first.outcome, again.outcome) == ("recorded", "repeated")
    assert first.tracking_id == again.tracking_id == "KPG-0001"
    stored = repo.get("KPG-0001")
    assert [e.action for e in stored.history].count("tanggapi") == 1
    verify_history(stored, head=stored.head)
    assert stored.history[-1].data == {"message": TEXT}
    # The units are told the reporter replied, once, in the same transaction.
    assert sorted(set(pending(repo)) - before) == [("tanggapan_pelapor_unit", "unit:dinkes")]
    # The other reporter's complaint in progress was never a candidate.
    assert repo.get(OTHER_ID) == complaint_of(OTHER_ID, account=OTHER)
    named_closed = record(repo, sms(f"KPG-0002 {TEXT}", message_id="sms-882"))
    assert (named_closed.outcome, named_closed.tracking_id) == ("closed", "KPG-0002")
    theirs = record(repo, sms(f"{OTHER_ID} {TEXT}", message_id="sms-883"))
    nowhere = record(repo, sms(f"{NOWHERE_ID} {TEXT}", message_id="sms-884"))
    assert theirs == nowhere
    assert theirs.outcome is ReporterReplyOutcome.NO_COMPLAINT
    assert repo.get(OTHER_ID).version == complaint_of(OTHER_ID, account=OTHER).version
    score = record(repo, sms("NILAI 5", message_id="sms-885"))
    assert (score.outcome, score.action, score.tracking_id) == (
        "recorded",
        "nilai_kepuasan",
        "KPG-0002",
    )
    empty = record(repo, inbound("   "))
    assert empty.outcome is ReporterReplyOutcome.EMPTY


def test_a_delivery_retried_after_the_closing_is_still_repeated(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001"))
    repo.add(complaint_of("KPG-0002", "didisposisikan", day=1))
    first = record(repo, sms(f"KPG-0001 {TEXT}"))
    assert first.outcome is ReporterReplyOutcome.RECORDED
    repo.update(
        "KPG-0001",
        lambda c: WF.apply(
            c, "tutup", at=c.updated_at + timedelta(hours=1), actor=Actor.admin("bag-organisasi")
        ),
    )
    again = record(repo, sms(f"KPG-0001 {TEXT}"))
    assert (again.outcome, again.tracking_id) == ("repeated", "KPG-0001")
    unnamed = record(repo, sms(message_id="sms-881b"))  # the one in progress left
    assert (unnamed.outcome, unnamed.tracking_id) == ("recorded", "KPG-0002")
    for action, actor, data in (
        ("tindak_lanjut", Actor.unit("dinkes"), {"response": "Sudah."}),
        ("tutup", Actor.admin("bag-organisasi"), {}),
    ):
        repo.update(
            "KPG-0002",
            lambda c, a=action, w=actor, d=data: WF.apply(
                c, a, at=c.updated_at + timedelta(hours=1), actor=w, **d
            ),
        )
    repo.add(complaint_of("KPG-0003", "didisposisikan", day=2))  # now the one in progress
    repo.add(complaint_of("KPG-0004", "diterima", day=4))
    repo.update(  # deferred after all that: the reporter's latest other complaint
        "KPG-0004",
        lambda c: WF.apply(
            c,
            "tunda",
            at=T0 + timedelta(days=6),
            actor=Actor.admin("bag-organisasi"),
            reason="mohon lengkapi lokasi",
        ),
    )
    retried = record(repo, sms(message_id="sms-881b"))  # found where it was recorded
    assert (retried.outcome, retried.tracking_id) == ("repeated", "KPG-0002")
    assert repo.get("KPG-0003") == complaint_of("KPG-0003", "didisposisikan", day=2)
    for tracking_id in ("KPG-0001", "KPG-0002"):
        assert [e.action for e in repo.get(tracking_id).history].count("tanggapi") == 1


def test_several_in_progress_in_the_repository_need_the_ticket_number(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001"))
    repo.add(complaint_of("KPG-0002", "didisposisikan", day=1))
    repo.add(complaint_of("KPG-0003", "selesai", day=2))
    asked = record(repo, sms())
    assert asked.outcome is ReporterReplyOutcome.AMBIGUOUS
    named = record(repo, sms(f"KPG-0002 {TEXT}"))
    assert (named.outcome, named.tracking_id) == ("recorded", "KPG-0002")
    assert repo.get("KPG-0001").version == complaint_of("KPG-0001").version


def test_the_latest_of_the_reporters_other_complaints_is_named(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001", "selesai"))
    repo.add(complaint_of("KPG-0002", "diterima", day=1))
    repo.add(complaint_of("KPG-0003", "selesai", day=9))  # received after the reply
    result = record(repo, sms())
    assert (result.outcome, result.tracking_id) == ("not-now", "KPG-0002")


def test_the_repository_completes_a_deferred_complaint_once(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001", "ditunda"))
    repo.add(complaint_of("KPG-0002", "selesai", day=1))
    repo.add(complaint_of(OTHER_ID, "ditunda", account=OTHER))
    before = set(pending(repo))
    reply = sms("lokasinya depan SD Inpres Oebobo")
    first = record(repo, reply, keyword="KOTKUPANG")
    again = record(repo, reply, keyword="KOTKUPANG")
    assert (first.outcome, again.outcome) == ("completed", "repeated")
    assert first.tracking_id == again.tracking_id == "KPG-0001"
    assert first.reply == again.reply == COMPLETED_ID
    stored = repo.get("KPG-0001")
    assert stored.status == "diterima"
    assert [e.action for e in stored.history].count("lanjutkan") == 1
    assert stored.history[-1].data == {"note": "lokasinya depan SD Inpres Oebobo"}
    assert stored.history[-1].idempotency_key == reply.idempotency_key
    verify_history(stored, head=stored.head)
    # The admin is told to verify it and the reporter gets the deadline, once each.
    assert sorted(set(pending(repo)) - before) == [
        ("lanjutkan_admin", "admin:admin"),
        ("lanjutkan_pelapor", "pelapor:pelapor"),
    ]
    # The other reporter's deferred complaint was never a candidate, even named.
    theirs = record(repo, sms(f"{OTHER_ID} {TEXT}", message_id="sms-890"))
    assert theirs.outcome is ReporterReplyOutcome.NO_COMPLAINT
    assert repo.get(OTHER_ID) == complaint_of(OTHER_ID, "ditunda", account=OTHER)
    # Completed, it waits for verification: a further reply is not-now.
    later = record(repo, sms(message_id="sms-891"))
    assert (later.outcome, later.tracking_id) == ("not-now", "KPG-0001")


def test_the_repository_takes_a_bare_score_as_the_answer_the_office_asked_for(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001", "ditunda"))
    first = record(repo, sms("3"))
    again = record(repo, sms("3"))
    assert (first.outcome, again.outcome) == ("completed", "repeated")
    assert first.tracking_id == again.tracking_id == "KPG-0001"
    stored = repo.get("KPG-0001")
    assert [e.action for e in stored.history].count("lanjutkan") == 1
    assert stored.history[-1].data == {"note": "3"}
    said = record(repo, sms("NILAI 3", message_id="sms-892"))
    assert (said.outcome, said.action) == ("no-complaint", "nilai_kepuasan")
    assert repo.get("KPG-0001").version == stored.version


def test_a_deferred_and_a_followed_up_complaint_in_the_repository_need_the_ticket_number(
    repo: Any,
) -> None:
    repo.add(complaint_of("KPG-0001", "ditunda"))
    repo.add(complaint_of("KPG-0002", day=1))
    assert record(repo, sms()).outcome is ReporterReplyOutcome.AMBIGUOUS
    named = record(repo, sms(f"kpg-0001: {TEXT}", message_id="sms-892"))
    assert (named.outcome, named.tracking_id) == ("completed", "KPG-0001")
    assert repo.get("KPG-0002").version == complaint_of("KPG-0002", day=1).version


def test_a_tracking_id_typed_without_hyphens_is_found() -> None:
    tracking_id = new_tracking_id(random.Random(23))
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        repo.add(complaint_of(tracking_id))
        repo.add(complaint_of("KPG-0002"))
        typed = tracking_id.replace("-", "").lower()
        result = record_reply(repo, sms(f"{typed} {TEXT}"), workflow=WF)
        assert (result.outcome, result.tracking_id) == ("recorded", tracking_id)


def test_a_repository_without_a_pseudonym_key_needs_the_tracking_id() -> None:
    with Repository("sqlite://") as repo:
        repo.add(complaint_of("KPG-0001"))
        error = raises_typed(record_reply, repo, sms(), workflow=WF)
        assert isinstance(error, ArgumentError)
        named = record_reply(repo, sms(f"KPG-0001 {TEXT}"), workflow=WF)
        assert named.outcome is ReporterReplyOutcome.RECORDED


# -- two deliveries at once -------------------------------------------------------------------


def _until_append(steps: Any, repo: Repository) -> Any:
    """Run ``steps`` up to their first append, which is returned, not run."""
    step = next(steps)
    while not isinstance(step, _Append):
        step = steps.send(step.on(repo))
    return step


def _carry_on(steps: Any, step: Any, repo: Repository) -> Any:
    """Run ``step`` and the rest of ``steps``, as ``_steps.run`` would; their result."""
    while True:
        failure: Exception | None = None
        answer = None
        try:
            answer = step.on(repo)
        except Exception as exc:
            failure = exc
        try:
            step = steps.send(answer) if failure is None else steps.throw(failure)
        except StopIteration as done:
            return done.value


@pytest.mark.parametrize("sync_backend", ["sqlite", "postgresql"])
def test_two_deliveries_at_once_record_once(
    sync_backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Both deliveries read the complaint before either writes: the later writer loses the
    compare-and-set, reads again, finds the event and answers ``repeated``. Two different
    messages both land, one after the other."""
    cluster = request.getfixturevalue("pg_cluster") if sync_backend == "postgresql" else None
    url = database_url(sync_backend, tmp_path, cluster)
    with opened(sync_backend, url, pseudonym_key=KEY) as repo:
        repo.add(complaint_of("KPG-0001"))
        version = repo.get("KPG-0001").version
        early, late = _replying(sms(), WF, None), _replying(sms(), WF, None)
        held = _until_append(early, repo)
        assert _steps.run(late, lambda step: step.on(repo)).outcome == "recorded"
        assert _carry_on(early, held, repo).outcome == "repeated"
        assert repo.get("KPG-0001").version == version + 1
        one = _replying(sms("masih rusak", message_id="sms-1"), WF, None)
        two = _replying(sms("tolong cepat", message_id="sms-2"), WF, None)
        held = _until_append(one, repo)
        assert _steps.run(two, lambda step: step.on(repo)).outcome == "recorded"
        assert _carry_on(one, held, repo).outcome == "recorded"
        stored = repo.get("KPG-0001")
        assert [e.data["message"] for e in stored.history[-2:]] == ["tolong cepat", "masih rusak"]
        verify_history(stored, head=stored.head)


@pytest.mark.parametrize("sync_backend", ["sqlite", "postgresql"])
def test_two_deliveries_at_once_complete_once(
    sync_backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The first writer completes the deferred complaint (now ``diterima``); the second loses
    the compare-and-set, reads again, finds the event and answers ``repeated``."""
    cluster = request.getfixturevalue("pg_cluster") if sync_backend == "postgresql" else None
    url = database_url(sync_backend, tmp_path, cluster)
    with opened(sync_backend, url, pseudonym_key=KEY) as repo:
        repo.add(complaint_of("KPG-0001", "ditunda"))
        version = repo.get("KPG-0001").version
        early, late = _replying(sms(), WF, None), _replying(sms(), WF, None)
        held = _until_append(early, repo)
        assert _steps.run(late, lambda step: step.on(repo)).outcome == "completed"
        repeated = _carry_on(early, held, repo)
        assert (repeated.outcome, repeated.action) == ("repeated", "lanjutkan")
        stored = repo.get("KPG-0001")
        assert stored.version == version + 1
        assert stored.status == "diterima"
        verify_history(stored, head=stored.head)


class _Contested(Repository):
    """A repository where another writer wins the first ``losses`` appends."""

    def __init__(self, losses: int) -> None:
        super().__init__("sqlite://", pseudonym_key=KEY)
        self.losses = losses
        self.tries = 0

    def append(self, complaint: Complaint, *, expected_version: int) -> None:
        self.tries += 1
        if self.tries <= self.losses:
            raise ConflictError(
                complaint_id=complaint.tracking_id,
                expected=expected_version,
                actual=expected_version + 1,
            )
        super().append(complaint, expected_version=expected_version)


def test_a_lost_append_is_tried_again_and_the_third_loss_is_a_conflict() -> None:
    with _Contested(losses=2) as repo:
        repo.add(complaint_of("KPG-0001"))
        result = record_reply(repo, sms(), workflow=WF)
        assert (result.outcome, repo.tries) == (ReporterReplyOutcome.RECORDED, 3)
    with _Contested(losses=3) as repo:
        repo.add(complaint_of("KPG-0001"))
        error = raises_typed(record_reply, repo, sms(), workflow=WF)
        assert isinstance(error, ConflictError)
        assert repo.get("KPG-0001") == complaint_of("KPG-0001")


def test_the_async_recorder_takes_an_async_repository() -> None:
    async def run() -> Any:
        repo = await AsyncRepository.open("sqlite://", pseudonym_key=KEY)
        try:
            await repo.add(complaint_of("KPG-0001"))
            return await record_reply_async(repo, sms(), workflow=WF)
        finally:
            await repo.close()

    assert asyncio.run(run()).outcome is ReporterReplyOutcome.RECORDED
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        error = raises_typed(
            lambda: asyncio.run(record_reply_async(repo, sms(), workflow=WF))  # type: ignore[arg-type]
        )
        assert isinstance(error, ArgumentError)
        assert error.argument == "repository"


# -- hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_replies_are_typed_and_echo_nothing(kind: str, text: str) -> None:
    target = complaint_of("KPG-0001")

    def through_whatsapp() -> object:
        reply = from_whatsapp(
            sender="6281339001122@c.us",
            text=text,
            received_at=T0 + timedelta(days=5),
            pseudonym_key=KEY,
        )
        return answer_reply(reply, [target], workflow=WF)

    def through_sms() -> object:
        return answer_reply(sms(text), [target], workflow=WF)

    def direct() -> object:
        return answer_reply(inbound(text), [target], workflow=WF)

    for call in (through_whatsapp, through_sms, direct):
        result = outcome(call, secrets=SECRETS)
        if isinstance(result, PengaduanError):
            assert isinstance(result, IntakeError | ArgumentError), type(result)
            continue
        assert result.outcome in {"recorded", "empty", "too-long"}
        if result.changed:
            if call is direct:  # as received: the gateways normalise it first
                assert result.complaint.history[-1].data == {"message": text}
            verify_history(result.complaint)


def test_hostile_replies_in_the_repository_store_what_they_answer() -> None:
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        repo.add(complaint_of("KPG-0001"))
        answers: list[ReporterReplyOutcome] = []
        for index, (_kind, text) in enumerate(HOSTILE_TEXTS):

            def call(text: str = text, index: int = index) -> object:
                reply = attrs.evolve(inbound(text), idempotency_key=f"in-sms-m-{index}")
                return record_reply(repo, reply, workflow=WF)

            result = outcome(call, secrets=SECRETS)
            if isinstance(result, PengaduanError):
                assert isinstance(result, ArgumentError)
            else:
                answers.append(result.outcome)
        stored = repo.get("KPG-0001")
        verify_history(stored, head=stored.head)
        recorded = [e.data["message"] for e in stored.history if e.action == "tanggapi"]
        assert len(recorded) == answers.count(ReporterReplyOutcome.RECORDED) > 0
        assert set(answers) <= {"recorded", "empty", "too-long"}


# On every backend, sqlite-async too: the repository keeps aiosqlite's DEBUG lines (and
# SQLAlchemy's) free of the stored text (tests/test_store_logs.py).
@pytest.mark.parametrize(("kind", "key"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_message_keys_are_looked_up_safely(repo: Any, kind: str, key: str) -> None:
    repo.add(complaint_of("KPG-0001"))
    for text in (TEXT, "3", "NILAI 3"):
        reply = attrs.evolve(inbound(text), idempotency_key=key)
        result = outcome(lambda r=reply: record(repo, r), secrets=SECRETS)
        if isinstance(result, PengaduanError):
            assert isinstance(result, ArgumentError)
        else:
            assert result.outcome in {"recorded", "repeated", "no-complaint"}
    stored = repo.get("KPG-0001")
    verify_history(stored, head=stored.head)
    assert [e.action for e in stored.history].count("tanggapi") <= 2


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda r: answer_reply(r, [complaint_of("KPG-0001")], workflow=WF), id="pure"),
        pytest.param(
            lambda r: answer_satisfaction_reply(
                r, [complaint_of("KPG-0001", "selesai")], workflow=WF
            ),
            id="satisfaction",
        ),
        pytest.param(
            lambda r: record_reply(Repository("sqlite://", pseudonym_key=KEY), r, workflow=WF),
            id="store",
        ),
    ],
)
@pytest.mark.parametrize("text", [TEXT, "NILAI 4"])
def test_a_naive_received_at_is_refused(call: Any, text: str) -> None:
    naive = inbound(text, received_at=datetime(2026, 9, 26, 9))
    error = raises_typed(call, naive)
    assert isinstance(error, NaiveDatetimeError)
    for wrong in ("2026-09-26", 1.5):
        error = raises_typed(call, inbound(text, received_at=wrong))
        assert isinstance(error, ArgumentError)


def _reply() -> Inbound:
    return sms()


@pytest.mark.parametrize(
    ("call", "value"),
    wrong_type_cases(
        {
            "reply": lambda v: answer_reply(v, [], workflow=WF),
            "complaints": lambda v: answer_reply(_reply(), v, workflow=WF),
            "workflow": lambda v: answer_reply(_reply(), [], workflow=v),
            "keyword": lambda v: answer_reply(_reply(), [], workflow=WF, keyword=v),
            "resume-workflow": resume_actions,
            "store-repository": lambda v: record_reply(v, _reply(), workflow=WF),
            "store-workflow": lambda v: record_reply(
                Repository("sqlite://", pseudonym_key=KEY), _reply(), workflow=v
            ),
            "store-keyword": lambda v: record_reply(
                Repository("sqlite://", pseudonym_key=KEY), _reply(), workflow=WF, keyword=v
            ),
            "async-repository": lambda v: asyncio.run(record_reply_async(v, _reply(), workflow=WF)),
        },
        accepts={
            "complaints": {"list", "dict", "set"},
            "keyword": {"none"},
            "store-keyword": {"none"},
        },
    ),
)
def test_wrong_types_are_typed_errors(call, value) -> None:  # type: ignore[no-untyped-def]
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)


@pytest.mark.parametrize("keyword", ["", "K", "KOT KUPANG", "x" * 33, "KOTKUPANG\n"])
def test_a_keyword_that_is_no_sms_keyword_is_refused(keyword: str) -> None:
    error = raises_typed(answer_reply, _reply(), [], workflow=WF, keyword=keyword)
    assert isinstance(error, ArgumentError)
    assert error.argument == "keyword"


def test_a_workflow_without_the_reply_action_is_refused() -> None:
    data = WF.to_dict()
    for action in data["action"]:
        if action["name"] == "tanggapi":
            action["fields"] = [{**f, "name": "pesan"} for f in action["fields"]]
    error = raises_typed(answer_reply, _reply(), [], workflow=Workflow.from_dict(data))
    assert isinstance(error, ArgumentError)
    assert error.argument == "workflow"


@pytest.mark.parametrize(("kind", "value"), HOSTILE_OBJECTS, ids=[k for k, _ in HOSTILE_OBJECTS])
def test_objects_that_break_type_checks_are_typed_errors(kind: str, value: object) -> None:
    calls = {
        "reply": lambda: answer_reply(value, [], workflow=WF),  # type: ignore[arg-type]
        "complaints": lambda: answer_reply(_reply(), value, workflow=WF),  # type: ignore[arg-type]
        "workflow": lambda: answer_reply(_reply(), [], workflow=value),  # type: ignore[arg-type]
        "keyword": lambda: answer_reply(_reply(), [], workflow=WF, keyword=value),  # type: ignore[arg-type]
        "received_at": lambda: answer_reply(inbound(TEXT, received_at=value), [], workflow=WF),
        "text": lambda: named_tracking_id(value),
    }
    for argument, call in calls.items():
        # Returns normally or raises a typed error echoing nothing (outcome() checks both).
        result = outcome(call, secrets=SECRETS)
        if argument == "complaints" and kind in {"hostile-iterable", "hostile-mapping"}:
            assert isinstance(result, ArgumentError)


# -- one message, one event, wherever it landed -----------------------------------------------

ADMIN = Actor.admin("bag-organisasi")


def rated(tracking_id: str, *, day: int = 0) -> Complaint:
    """A closed complaint of the reporter, rated 4 an hour after its closing."""
    closed = complaint_of(tracking_id, "selesai", day=day)
    return WF.apply(
        closed,
        "nilai_kepuasan",
        at=closed.updated_at + timedelta(hours=1),
        actor=Actor.reporter(ACCOUNT),
        skor="4",
    )


def advance(repo: Any, tracking_id: str, *steps: tuple[str, datetime]) -> None:
    """Apply the office's ``steps`` (action, time) to a stored complaint, with valid data."""
    for action, at in steps:
        actor, data = VALID[action]
        repo.update(
            tracking_id,
            lambda c, a=action, w=actor, t=at, d=data: WF.apply(c, a, at=t, actor=w, **d),
        )


def test_a_retry_stamped_after_a_closing_is_repeated_not_recorded_elsewhere(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001"))  # awaiting the reporter
    repo.add(complaint_of("KPG-0002", "diterima", day=1))  # not verified yet
    repo.add(complaint_of("KPG-0003", "selesai", day=2))
    first = record(repo, sms(days=3, message_id="sms-21"))
    assert (first.outcome, first.tracking_id) == ("recorded", "KPG-0001")
    day4 = T0 + timedelta(days=4)
    advance(repo, "KPG-0001", ("tutup", day4))
    advance(repo, "KPG-0002", ("verifikasi", day4))  # now it awaits the reporter
    repo.add(complaint_of("KPG-0004", "selesai", day=4))  # closed after KPG-0001
    retry = sms(days=6, message_id="sms-21")  # the gateway stamps the time of the retry
    again = record(repo, retry)
    assert (again.outcome, again.action, again.tracking_id) == ("repeated", "tanggapi", "KPG-0001")
    assert again.reply == first.reply
    for tracking_id in ("KPG-0001", "KPG-0002", "KPG-0003", "KPG-0004"):
        keys = [e.idempotency_key for e in repo.get(tracking_id).history]
        assert keys.count(retry.idempotency_key) == (tracking_id == "KPG-0001")


@pytest.mark.parametrize("closing_before_the_sms", [True, False], ids=["entered-late", "later"])
def test_a_bare_score_recorded_as_a_reply_is_not_rated_on_retry(
    repo: Any, closing_before_the_sms: bool
) -> None:
    repo.add(complaint_of("KPG-0001", "didisposisikan"))  # "how many lamps are out?"
    repo.add(complaint_of("KPG-0002", "diterima", day=1))
    first = record(repo, sms("3", days=3, message_id="sms-31"))
    assert (first.outcome, first.action, first.tracking_id) == ("recorded", "tanggapi", "KPG-0001")
    # The office then enters KPG-0002's verification, follow-up and closing: done earlier in
    # the day than the SMS, or later.
    start = T0 + timedelta(days=2 if closing_before_the_sms else 4)
    advance(
        repo,
        "KPG-0002",
        *((a, start + timedelta(hours=h)) for h, a in enumerate(PATHS["selesai"], 1)),
    )
    retried = sms("3", days=5, message_id="sms-31")
    again = record(repo, retried)
    assert (again.outcome, again.action, again.tracking_id) == ("repeated", "tanggapi", "KPG-0001")
    assert "nilai_kepuasan" not in [e.action for e in repo.get("KPG-0002").history]
    # The satisfaction recorder finds it too, and never rates with it.
    if isinstance(repo, SyncFacade):
        rating = repo.loop.run_until_complete(
            record_satisfaction_reply_async(repo.repo, retried, workflow=WF)
        )
    else:
        rating = record_satisfaction_reply(repo, retried, workflow=WF)
    assert (rating.outcome, rating.action, rating.tracking_id) == (
        "repeated",
        "tanggapi",
        "KPG-0001",
    )
    assert rating.reply == "Pesan Anda untuk pengaduan KPG-0001 sudah tercatat, terima kasih."
    assert "nilai_kepuasan" not in [e.action for e in repo.get("KPG-0002").history]


def test_answer_reply_finds_the_message_among_what_it_is_given() -> None:
    replied = answer_reply(sms("3", days=0), [complaint_of("KPG-0001")], workflow=WF).complaint
    assert replied is not None
    closed = WF.apply(replied, "tutup", at=replied.updated_at + timedelta(hours=1), actor=ADMIN)
    waiting = complaint_of("KPG-0002", "selesai", day=1)  # awaits a rating
    following = complaint_of("KPG-0003", day=1)  # awaits a reply
    for complaints in ([closed, waiting, following], [following, waiting, closed]):
        again = answer_reply(sms("3", days=5), complaints, workflow=WF)
        assert (again.outcome, again.action, again.tracking_id) == (
            "repeated",
            "tanggapi",
            "KPG-0001",
        )
        assert not again.changed


def test_the_satisfaction_answer_says_what_a_message_was_recorded_as() -> None:
    replied = answer_reply(sms("3", days=0), [complaint_of("KPG-0001")], workflow=WF).complaint
    assert replied is not None
    retried = answer_satisfaction_reply(sms("3", days=5), [replied], workflow=WF)
    assert (retried.outcome, retried.action, retried.changed) == ("repeated", "tanggapi", False)
    assert "penilaian" not in retried.reply
    rating = answer_satisfaction_reply(
        sms("4", days=1, message_id="sms-77"), [complaint_of("KPG-0002", "selesai")], workflow=WF
    )
    assert (rating.outcome, rating.action) == ("recorded", "nilai_kepuasan")
    assert rating.complaint is not None
    again = answer_satisfaction_reply(
        sms("4", days=2, message_id="sms-77"), [rating.complaint], workflow=WF
    )
    assert (again.outcome, again.action, again.reply) == (
        "repeated",
        "nilai_kepuasan",
        rating.reply,
    )
    refused = answer_satisfaction_reply(sms("halo"), [], workflow=WF)
    assert refused.action is None


def test_a_retried_rating_is_repeated_as_a_rating() -> None:
    first = answer_reply(sms("4", days=1), [complaint_of("KPG-0001", "selesai")], workflow=WF)
    assert (first.outcome, first.action) == ("recorded", "nilai_kepuasan")
    assert first.complaint is not None
    again = answer_reply(sms("4", days=6), [first.complaint, complaint_of("KPG-0002")], workflow=WF)
    assert (again.outcome, again.action, again.tracking_id, again.score) == (
        "repeated",
        "nilai_kepuasan",
        "KPG-0001",
        "4",
    )
    assert again.reply == first.reply


def test_a_retried_completion_is_repeated_as_one() -> None:
    first = answer_reply(sms(days=1), [complaint_of("KPG-0001", "ditunda")], workflow=WF)
    assert first.complaint is not None
    assert first.outcome == "completed"
    verified = WF.apply(
        first.complaint, "verifikasi", at=T0 + timedelta(days=2), actor=ADMIN, units=["dinkes"]
    )
    again = answer_reply(sms(days=6), [verified], workflow=WF)
    assert (again.outcome, again.action, again.reply) == ("repeated", "lanjutkan", first.reply)


# -- a bare score when the only closed complaint is rated already -----------------------------


@pytest.mark.parametrize("text", ["3", "3.", "4/5", "sangat puas", "sangat tidak puas"])
@pytest.mark.parametrize(
    ("waiting", "expected", "action"),
    [
        pytest.param("didisposisikan", "recorded", "tanggapi", id="asked-a-question"),
        pytest.param("ditindaklanjuti", "recorded", "tanggapi", id="followed-up"),
        pytest.param("ditunda", "completed", "lanjutkan", id="deferred"),
    ],
)
def test_a_bare_score_answers_the_office_when_the_only_closed_one_is_rated(
    text: str, waiting: str, expected: str, action: str
) -> None:
    given = [rated("KPG-0001"), complaint_of("KPG-0002", waiting, day=1)]
    result = answer_reply(sms(text), given, workflow=WF)
    assert (result.outcome, result.action, result.tracking_id) == (expected, action, "KPG-0002")
    assert result.complaint is not None
    assert result.complaint.history[-1].data in ({"message": text}, {"note": text})


@pytest.mark.parametrize(
    ("given", "text", "expected"),
    [
        pytest.param(lambda: [rated("KPG-0001")], "3", "already-rated", id="nothing-awaits"),
        pytest.param(
            lambda: [rated("KPG-0001"), complaint_of("KPG-0002", "diterima", day=1)],
            "3",
            "already-rated",
            id="only-an-unverified-one",
        ),
        pytest.param(
            lambda: [rated("KPG-0001"), complaint_of("KPG-0002", day=1)],
            "NILAI 3",
            "already-rated",
            id="says-it-is-a-rating",
        ),
        pytest.param(
            lambda: [
                complaint_of("KPG-0001", "selesai"),
                rated("KPG-0002", day=1),
                complaint_of("KPG-0003", day=2),
            ],
            "3",
            "already-rated",
            id="another-closed-one-awaits-a-rating",
        ),
    ],
)
def test_a_bare_score_stays_a_score_where_nothing_else_awaits(
    given: Any, text: str, expected: str
) -> None:
    result = answer_reply(sms(text), given(), workflow=WF)
    assert (result.outcome, result.action) == (expected, "nilai_kepuasan")
    assert not result.changed


def test_the_repository_gives_a_bare_score_to_the_office_when_the_closed_one_is_rated(
    repo: Any,
) -> None:
    repo.add(rated("KPG-0001"))
    repo.add(complaint_of("KPG-0002", "didisposisikan", day=1))
    result = record(repo, sms("sangat puas"))
    assert (result.outcome, result.action, result.tracking_id) == (
        "recorded",
        "tanggapi",
        "KPG-0002",
    )
    assert repo.get("KPG-0002").history[-1].data == {"message": "sangat puas"}
    said = record(repo, sms("NILAI 3", message_id="sms-893"))
    assert (said.outcome, said.tracking_id) == ("already-rated", "KPG-0001")


# -- explicit scores --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NILAI 3",
        "nilai3",
        "Nilai: 3",
        "skor=3",
        "SCORE 3",
        "\uff2e\uff29\uff2c\uff21\uff29 3",
        "\uff4e\uff49\uff4c\uff41\uff49\uff13",
    ],
)
def test_a_score_that_says_so_is_never_a_reply_to_the_office(text: str) -> None:
    result = answer_reply(sms(text), [complaint_of("KPG-0001", "didisposisikan")], workflow=WF)
    assert (result.outcome, result.action, result.changed) == (
        "no-complaint",
        "nilai_kepuasan",
        False,
    )


# -- a reply answers the state it was sent in -------------------------------------------------


def test_a_reply_sent_before_the_deferral_does_not_complete_it() -> None:
    received = complaint_of("KPG-0001", "diterima")
    deferred = WF.apply(
        received, "tunda", at=T0 + timedelta(hours=2), actor=ADMIN, reason="kirim foto lokasi"
    )
    early = GATEWAY.reply(
        "kapan diproses?", sender=PHONE, received_at=T0 + timedelta(minutes=30), message_id="s9"
    )
    result = answer_reply(early, [deferred], workflow=WF)
    assert (result.outcome, result.tracking_id, result.changed) == ("not-now", "KPG-0001", False)
    late = GATEWAY.reply(
        "foto terlampir", sender=PHONE, received_at=T0 + timedelta(hours=3), message_id="s10"
    )
    assert answer_reply(late, [deferred], workflow=WF).outcome == "completed"
    # Sent before it, it does not make the deferred one a candidate beside another.
    other = complaint_of("KPG-0002", day=0)
    assert answer_reply(early, [deferred, other], workflow=WF).tracking_id == "KPG-0002"


def test_the_repository_does_not_complete_a_deferral_with_an_earlier_message(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001", "diterima"))
    sent = GATEWAY.reply(
        "kapan diproses?", sender=PHONE, received_at=T0 + timedelta(minutes=30), message_id="s9"
    )
    assert record(repo, sent).outcome == "not-now"
    advance(repo, "KPG-0001", ("tunda", T0 + timedelta(hours=2)))
    retried = record(repo, sent)  # handed over again after the deferral
    assert (retried.outcome, retried.changed) == ("not-now", False)
    stored = repo.get("KPG-0001")
    assert (stored.status, stored.history[-1].action) == ("ditunda", "tunda")


# -- older-id-shaped first words --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 masih menyebar di RT kami",
        "RT-005 belum ada petugas datang",
        "covid-19",
        "H-3 lebaran belum diperbaiki",
        "Jl-Timor-5 masih gelap",
        "KPG-0002 masih rusak",  # another reporter's older id: text too
    ],
)
def test_an_older_id_shaped_word_that_is_not_theirs_is_text(text: str) -> None:
    mine = complaint_of("7KQM-XW3D-RTG")
    result = answer_reply(sms(text), [mine, complaint_of("KPG-0002", account=OTHER)], workflow=WF)
    assert (result.outcome, result.tracking_id) == ("recorded", "7KQM-XW3D-RTG")
    assert result.complaint is not None
    assert result.complaint.history[-1].data == {"message": text}


def test_an_older_id_of_their_own_is_a_name() -> None:
    given = [complaint_of("KPG-0001"), complaint_of("KPG-0002", day=1)]
    result = answer_reply(sms("kpg-0002 masih rusak"), given, workflow=WF)
    assert (result.outcome, result.tracking_id) == ("recorded", "KPG-0002")
    only = answer_reply(sms("KPG-0001"), given, workflow=WF)
    assert only.outcome == "empty"


def test_the_repository_reads_an_older_id_shaped_word_as_text(repo: Any) -> None:
    repo.add(complaint_of("7KQM-XW3D-RTG"))
    repo.add(complaint_of("KPG-0002", account=OTHER))
    for number, text in enumerate(["COVID-19 masih menyebar", "covid-19", "KPG-0002 rusak"]):
        result = record(repo, sms(text, message_id=f"c{number}"))
        assert (result.outcome, result.tracking_id) == ("recorded", "7KQM-XW3D-RTG")
    assert repo.get("KPG-0002") == complaint_of("KPG-0002", account=OTHER)
    theirs = record(repo, sms(f"{OTHER_ID} rusak", message_id="c9"))
    assert theirs.outcome == "no-complaint"


# -- one SMS whatever the tracking id and keyword ---------------------------------------------

_STATES = {
    "recorded": lambda tid: [complaint_of(tid)],
    "completed": lambda tid: [complaint_of(tid, "ditunda")],
    "not-now": lambda tid: [complaint_of(tid, "diterima")],
    "closed": lambda tid: [complaint_of(tid, "selesai")],
    "already-rated": lambda tid: [rated(tid)],
    "rated": lambda tid: [complaint_of(tid, "selesai")],
}


def _one_gsm7_sms(text: str) -> bool:
    found = sms_segments(text)
    return found.single and found.encoding.value == "gsm7"


@given(
    tracking_id=st.from_regex(r"[A-Za-z0-9-]{1,64}", fullmatch=True)
    | st.text(st.characters(blacklist_categories=("C", "Z")), min_size=1, max_size=64),
    keyword=st.none() | st.from_regex(r"[A-Za-z0-9]{2,32}", fullmatch=True),
    state=st.sampled_from(sorted(_STATES)),
    language=st.sampled_from(["id", "en"]),
    repeated=st.booleans(),
)
def test_every_answer_is_one_gsm7_sms_whatever_the_id_and_keyword(
    tracking_id: str, keyword: str | None, state: str, language: str, repeated: bool
) -> None:
    try:
        given_ = _STATES[state](tracking_id)
    except PengaduanError:
        assume(False)  # not a tracking id the workflow takes
    text = "4" if state in {"already-rated", "rated"} else TEXT
    with use_language(language):
        result = answer_reply(sms(text), given_, workflow=WF, keyword=keyword)
        if repeated and result.complaint is not None:
            result = answer_reply(sms(text), [result.complaint], workflow=WF, keyword=keyword)
    assert _one_gsm7_sms(result.reply), (result.outcome, len(result.reply))
    assert result.tracking_id is not None
    if _one_gsm7_sms(result.tracking_id) and len(result.tracking_id) <= 13:  # a short one is
        assert result.tracking_id in result.reply  # repeated


@pytest.mark.parametrize(
    "tracking_id", ["KPG-`1", "KPG-Ω1", "KPG-" + "1" * 60, "DINKES-2025-000017", "A" * 64]
)
@pytest.mark.parametrize("language", ["id", "en"])
def test_a_long_or_non_gsm7_id_is_left_out_of_the_closed_answer(
    tracking_id: str, language: str
) -> None:
    with use_language(language):
        result = answer_reply(
            sms(), [complaint_of(tracking_id, "selesai")], workflow=WF, keyword="K" * 32
        )
    assert result.outcome == "closed"
    assert _one_gsm7_sms(result.reply)
    if not _one_gsm7_sms(f"{tracking_id}") or len(tracking_id) > 40:
        assert tracking_id not in result.reply
    if len(tracking_id) <= 20:
        assert "K" * 32 in result.reply or tracking_id in result.reply
