"""The reporter's SMS or WhatsApp answer to the closing notice, through the intake gateway:
recorded as the rating event once, on the right complaint, or answered politely."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from tests.hostile_helpers import (
    HOSTILE_OBJECTS,
    HOSTILE_TEXTS,
    SECRET_NAME,
    SECRET_PHONE,
    SECRET_TEXT,
    WRONG_TYPES,
    outcome,
    raises_typed,
    wrong_type_cases,
)

from pengaduan import use_language
from pengaduan.errors import ArgumentError, ConflictError, IntakeError, PengaduanError
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import SmsGateway, from_whatsapp
from pengaduan.intake.tracking import new_tracking_id
from pengaduan.messages import (
    ReplyOutcome,
    SatisfactionReply,
    answer_satisfaction_reply,
    parse_satisfaction_reply,
    satisfaction_of,
    sms_segments,
)
from pengaduan.messages.replies import _result
from pengaduan.model import Actor, Channel, Complaint, Reporter, Submission
from pengaduan.store import (
    AsyncRepository,
    Repository,
    record_satisfaction_reply,
    record_satisfaction_reply_async,
)
from pengaduan.workflow import Workflow

WITA = ZoneInfo("Asia/Makassar")
WF = Workflow.default()
KEY = b"kunci-rahasia-kantor-kupang-2026"
GATEWAY = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=KEY)
PHONE = "081339001122"
ACCOUNT = reporter_pseudonym("+6281339001122", key=KEY)
T0 = datetime(2026, 9, 21, 9, tzinfo=WITA)  # Monday
ADMIN = Actor.admin("bag-organisasi")
SECRETS = (SECRET_TEXT, SECRET_NAME, SECRET_PHONE, PHONE, "+6281339001122")


def complaint_of(tracking_id: str, *, day: int = 0, account: str = ACCOUNT, close: bool = True):  # type: ignore[no-untyped-def]
    """A complaint received by SMS ``day`` days after T0, closed three hours later."""
    at = T0 + timedelta(days=day)
    submission = Submission(
        text=SECRET_TEXT,
        channel=Channel.SMS,
        reporter=Reporter(phone="+6281339001122", account_id=account),
    )
    c = WF.receive(submission, tracking_id=tracking_id, at=at, actor=Actor.system("sms"))
    c = WF.apply(c, "verifikasi", at=at + timedelta(hours=1), actor=ADMIN, units=["dinkes"])
    c = WF.apply(
        c,
        "tindak_lanjut",
        at=at + timedelta(hours=2),
        actor=Actor.unit("dinkes"),
        response="Sudah diperbaiki.",
    )
    return WF.apply(c, "tutup", at=at + timedelta(hours=3), actor=ADMIN) if close else c


def sms(text: str, *, days: int = 5, message_id: str | None = "sms-991"):  # type: ignore[no-untyped-def]
    return GATEWAY.reply(
        text, sender=PHONE, received_at=T0 + timedelta(days=days), message_id=message_id
    )


# -- reading a reply --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("4", SatisfactionReply(score="4"), id="digit"),
        pytest.param("NILAI 5", SatisfactionReply(score="5"), id="nilai"),
        pytest.param("skor: 2.", SatisfactionReply(score="2"), id="skor"),
        pytest.param("4/5", SatisfactionReply(score="4"), id="out-of-five"),
        pytest.param("Sangat puas!", SatisfactionReply(score="5"), id="the-notices-top-word"),
        pytest.param("sangat  tidak puas", SatisfactionReply(score="1"), id="bottom-word"),
        pytest.param("nilai sangat puas", SatisfactionReply(score="5"), id="nilai-word"),
        pytest.param("very satisfied", SatisfactionReply(score="5"), id="english-word"),
        pytest.param(
            "NILAI 7kqm-xw3d-rtg 4",
            SatisfactionReply(score="4", tracking_id="7KQM-XW3D-RTG"),
            id="with-tracking-id",
        ),
        pytest.param(
            "7KQM XW3D RTG: 3",
            SatisfactionReply(score="3", tracking_id="7KQM-XW3D-RTG"),
            id="tracking-id-with-spaces",
        ),
        pytest.param(
            "nilai kpg-0001 sangat puas",
            SatisfactionReply(score="5", tracking_id="KPG-0001"),
            id="older-id-and-word",
        ),
        pytest.param("puas", None, id="a-word-not-on-the-scale"),
        pytest.param("bagus 4", None, id="a-word-is-not-a-tracking-id"),
        pytest.param("5 hari lagi belum diperbaiki", None, id="a-sentence"),
        pytest.param("7KQM-XW3D-RTG puas", None, id="tracking-id-without-a-score"),
        pytest.param("KOTKUPANG lampu mati", None, id="a-new-complaint"),
        pytest.param("6", None, id="out-of-range"),
        pytest.param("", None, id="empty"),
        pytest.param("4" + " " * 100, None, id="too-long"),
        pytest.param(4, None, id="an-int"),
    ],
)
def test_parse_a_reply(text: object, expected: SatisfactionReply | None) -> None:
    assert parse_satisfaction_reply(text) == expected


# -- the right complaint, once ----------------------------------------------------------------


def test_a_score_by_sms_becomes_the_rating_event_under_the_message_key() -> None:
    reply = sms("NILAI 4")
    assert reply.submission.reporter.account_id == ACCOUNT
    done = complaint_of("KPG-0001")
    result = answer_satisfaction_reply(reply, [done], workflow=WF)
    assert result.outcome is ReplyOutcome.RECORDED
    assert (result.tracking_id, result.score, result.expected_version) == ("KPG-0001", "4", 4)
    assert result.complaint is not None
    event = result.complaint.history[-1]
    assert (event.action, event.data, event.actor) == (
        "nilai_kepuasan",
        {"skor": "4"},
        Actor.reporter(ACCOUNT),
    )
    assert event.idempotency_key == reply.idempotency_key
    assert event.at == reply.received_at
    answer = satisfaction_of(result.complaint)
    assert answer is not None
    assert answer.score == 4
    assert result.reply == "Terima kasih atas penilaian Anda untuk pengaduan KPG-0001."
    # Retried: the same message again, on the stored complaint, changes nothing.
    again = answer_satisfaction_reply(sms("NILAI 4"), [result.complaint], workflow=WF)
    assert again.outcome is ReplyOutcome.REPEATED
    assert not again.changed
    assert again.reply == result.reply


def test_whatsapp_replies_are_bound_the_same_way() -> None:
    reply = from_whatsapp(
        sender="6281339001122@c.us",
        text="sangat puas",
        received_at=T0 + timedelta(days=2),
        message_id="wamid.1",
        pseudonym_key=KEY,
    )
    result = answer_satisfaction_reply(reply, [complaint_of("KPG-0001")], workflow=WF)
    assert result.outcome is ReplyOutcome.RECORDED
    assert result.score == "5"


def test_the_latest_closed_complaint_unless_the_reply_names_one() -> None:
    older, newer = complaint_of("KPG-0001"), complaint_of("KPG-0002", day=1)
    latest = answer_satisfaction_reply(sms("3"), [older, newer], workflow=WF)
    assert latest.tracking_id == "KPG-0002"
    named = answer_satisfaction_reply(sms("NILAI kpg-0001 3"), [older, newer], workflow=WF)
    assert named.tracking_id == "KPG-0001"
    # A complaint still open is not awaiting a rating; the closed one is.
    still_open = complaint_of("KPG-0003", day=2, close=False)
    assert answer_satisfaction_reply(sms("3"), [older, still_open], workflow=WF).tracking_id == (
        "KPG-0001"
    )


@pytest.mark.parametrize(
    ("text", "complaints", "expected"),
    [
        pytest.param("4", list, ReplyOutcome.NO_COMPLAINT, id="no-complaints"),
        pytest.param(
            "4",
            lambda: [complaint_of("KPG-0001", close=False)],
            ReplyOutcome.NO_COMPLAINT,
            id="not-closed",
        ),
        pytest.param(
            "4",
            lambda: [complaint_of("KPG-0001", account="akun-lain")],
            ReplyOutcome.NO_COMPLAINT,
            id="someone-elses",
        ),
        pytest.param(
            "NILAI KPG-0009 4",
            lambda: [complaint_of("KPG-0001")],
            ReplyOutcome.NO_COMPLAINT,
            id="names-another-id",
        ),
        pytest.param(
            "4",
            lambda: [complaint_of("KPG-0001", day=9)],
            ReplyOutcome.NO_COMPLAINT,
            id="closed-after-the-reply",
        ),
        pytest.param(
            "puas", lambda: [complaint_of("KPG-0001")], ReplyOutcome.NOT_A_SCORE, id="not-a-score"
        ),
        pytest.param(
            "5",
            lambda: [
                WF.apply(
                    complaint_of("KPG-0001"),
                    "nilai_kepuasan",
                    at=T0 + timedelta(days=1),
                    actor=Actor.reporter(ACCOUNT),
                    skor="2",
                )
            ],
            ReplyOutcome.ALREADY_RATED,
            id="rated-by-another-message",
        ),
    ],
)
def test_nothing_changes_and_a_polite_reply(text, complaints, expected) -> None:  # type: ignore[no-untyped-def]
    result = answer_satisfaction_reply(sms(text), complaints(), workflow=WF)
    assert result.outcome is expected
    assert not result.changed
    assert result.reply
    for secret in SECRETS:
        assert secret not in result.reply
        assert secret not in repr(result)


def test_a_reporter_known_by_no_account_has_no_complaint_to_rate() -> None:
    plain = SmsGateway.kota_kupang().reply("4", sender=PHONE, received_at=T0 + timedelta(days=5))
    assert plain.submission.reporter.account_id is None
    result = answer_satisfaction_reply(plain, [complaint_of("KPG-0001")], workflow=WF)
    assert result.outcome is ReplyOutcome.NO_COMPLAINT


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("kind", list(ReplyOutcome))
def test_every_reply_is_one_gsm7_sms_in_both_languages(language: str, kind: ReplyOutcome) -> None:
    with use_language(language):
        text = _result(kind, tracking_id="7KQM-XW3D-RTG").reply
    segments = sms_segments(text)
    assert segments.encoding.value == "gsm7"
    assert segments.single, (kind, segments.units)
    with use_language("en"):
        english = _result(kind, tracking_id="7KQM-XW3D-RTG").reply
    with use_language("id"):
        assert _result(kind, tracking_id="7KQM-XW3D-RTG").reply != english


# -- the gateway's SMS reply ------------------------------------------------------------------


def test_the_gateway_reads_a_reply_without_a_keyword() -> None:
    reply = sms("  \uff2e\uff29\uff2c\uff21\uff29 4  ")  # full-width NILAI, as some phones send
    assert reply.submission.text == "NILAI 4"
    assert reply.idempotency_key == sms("NILAI 4").idempotency_key  # by the message id
    for line, reason in (
        ("   ", "empty-message"),
        (b"\xff", "not-text"),
        ("x" * 25_000, "too-long"),
    ):
        error = raises_typed(GATEWAY.reply, line, sender=PHONE, received_at=T0)
        assert isinstance(error, IntakeError)
        assert error.reason == reason


# -- through the repository -------------------------------------------------------------------


def test_the_repository_records_a_retried_sms_once() -> None:
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        for complaint in (complaint_of("KPG-0001"), complaint_of("KPG-0002", day=1)):
            repo.add(complaint)
        first = record_satisfaction_reply(repo, sms("NILAI 5"), workflow=WF)
        again = record_satisfaction_reply(repo, sms("NILAI 5"), workflow=WF)
        assert (first.outcome, again.outcome) == (ReplyOutcome.RECORDED, ReplyOutcome.REPEATED)
        stored = repo.get("KPG-0002")
        assert stored.version == 5
        assert [e.action for e in stored.history].count("nilai_kepuasan") == 1
        other = record_satisfaction_reply(repo, sms("NILAI 1", message_id="sms-992"), workflow=WF)
        assert other.outcome is ReplyOutcome.ALREADY_RATED
        named = record_satisfaction_reply(
            repo, sms("NILAI KPG-0001 2", message_id="sms-993"), workflow=WF
        )
        assert (named.outcome, named.tracking_id) == (ReplyOutcome.RECORDED, "KPG-0001")
        answer = satisfaction_of(repo.get("KPG-0001"))
        assert answer is not None
        assert answer.score == 2
        missing = record_satisfaction_reply(
            repo, sms("NILAI 7KQM-XW3D-RTG 2", message_id="sms-994"), workflow=WF
        )
        assert missing.outcome is ReplyOutcome.NO_COMPLAINT
        chatter = record_satisfaction_reply(repo, sms("halo", message_id="sms-995"), workflow=WF)
        assert chatter.outcome is ReplyOutcome.NOT_A_SCORE


def test_a_tracking_id_typed_without_hyphens_is_found_in_the_repository() -> None:
    tracking_id = new_tracking_id(random.Random(17))
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        repo.add(complaint_of(tracking_id))
        typed = tracking_id.replace("-", "").lower()
        result = record_satisfaction_reply(repo, sms(f"nilai {typed} 3"), workflow=WF)
        assert (result.outcome, result.tracking_id) == (ReplyOutcome.RECORDED, tracking_id)


def test_a_repository_without_a_pseudonym_key_needs_the_tracking_id() -> None:
    with Repository("sqlite://") as repo:
        repo.add(complaint_of("KPG-0001"))
        error = raises_typed(record_satisfaction_reply, repo, sms("4"), workflow=WF)
        assert isinstance(error, ArgumentError)
        named = record_satisfaction_reply(repo, sms("NILAI KPG-0001 4"), workflow=WF)
        assert named.outcome is ReplyOutcome.RECORDED


#: Replies sent one after another: rated, retried, rated again, naming the other complaint,
#: naming none stored, chatter.
_REPLIES = (
    ("NILAI 5", "sms-991"),
    ("NILAI 5", "sms-991"),
    ("NILAI 1", "sms-992"),
    ("NILAI KPG-0001 2", "sms-993"),
    ("NILAI 7KQM-XW3D-RTG 2", "sms-994"),
    ("halo", "sms-995"),
)


async def _async_outcomes() -> list[tuple[object, object]]:
    repo = await AsyncRepository.open("sqlite://", pseudonym_key=KEY)
    try:
        for complaint in (complaint_of("KPG-0001"), complaint_of("KPG-0002", day=1)):
            await repo.add(complaint)
        outcomes = []
        for text, message_id in _REPLIES:
            result = await record_satisfaction_reply_async(
                repo, sms(text, message_id=message_id), workflow=WF
            )
            outcomes.append((result.outcome, result.tracking_id))
        stored = await repo.get("KPG-0002")
        assert [e.action for e in stored.history].count("nilai_kepuasan") == 1
        answer = satisfaction_of(await repo.get("KPG-0001"))
        assert answer is not None
        assert answer.score == 2
        return outcomes
    finally:
        await repo.close()


def test_the_async_repository_records_as_the_synchronous_one_does() -> None:
    expected = []
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        for complaint in (complaint_of("KPG-0001"), complaint_of("KPG-0002", day=1)):
            repo.add(complaint)
        for text, message_id in _REPLIES:
            result = record_satisfaction_reply(repo, sms(text, message_id=message_id), workflow=WF)
            expected.append((result.outcome, result.tracking_id))
    assert asyncio.run(_async_outcomes()) == expected
    assert [outcome for outcome, _ in expected] == [
        ReplyOutcome.RECORDED,
        ReplyOutcome.REPEATED,
        ReplyOutcome.ALREADY_RATED,
        ReplyOutcome.RECORDED,
        ReplyOutcome.NO_COMPLAINT,
        ReplyOutcome.NOT_A_SCORE,
    ]


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
        result = record_satisfaction_reply(repo, sms("NILAI 4"), workflow=WF)
        assert (result.outcome, repo.tries) == (ReplyOutcome.RECORDED, 3)
        assert satisfaction_of(repo.get("KPG-0001")) is not None
    with _Contested(losses=3) as repo:
        repo.add(complaint_of("KPG-0001"))
        error = raises_typed(record_satisfaction_reply, repo, sms("NILAI 4"), workflow=WF)
        assert isinstance(error, ConflictError)
        assert repo.tries == 3
        assert satisfaction_of(repo.get("KPG-0001")) is None


def test_each_recorder_takes_its_own_repository() -> None:
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        error = raises_typed(
            lambda: asyncio.run(record_satisfaction_reply_async(repo, sms("NILAI 4"), workflow=WF))  # type: ignore[arg-type]
        )
        assert isinstance(error, ArgumentError)
        assert error.argument == "repository"
    for wrong in WRONG_TYPES:
        error = raises_typed(
            lambda w=wrong: asyncio.run(
                record_satisfaction_reply_async(w, sms("NILAI 4"), workflow=WF)
            )
        )
        assert isinstance(error, ArgumentError)


# -- hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_replies_change_nothing_and_echo_nothing(kind: str, text: str) -> None:
    done = complaint_of("KPG-0001")

    def through_whatsapp() -> object:
        reply = from_whatsapp(
            sender="6281339001122@c.us",
            text=text,
            received_at=T0 + timedelta(days=5),
            pseudonym_key=KEY,
        )
        return answer_satisfaction_reply(reply, [done], workflow=WF)

    for call in (through_whatsapp, lambda: sms(text)):
        result = outcome(call, secrets=SECRETS)
        if isinstance(result, PengaduanError):
            assert isinstance(result, IntakeError)
        elif call is through_whatsapp:
            assert result.outcome is ReplyOutcome.NOT_A_SCORE
            assert not result.changed


def _reply():  # type: ignore[no-untyped-def]
    return sms("4")


@pytest.mark.parametrize(
    ("call", "value"),
    wrong_type_cases(
        {
            "reply": lambda v: answer_satisfaction_reply(v, [], workflow=WF),
            "complaints": lambda v: answer_satisfaction_reply(_reply(), v, workflow=WF),
            "workflow": lambda v: answer_satisfaction_reply(_reply(), [], workflow=v),
            "store-repository": lambda v: record_satisfaction_reply(v, _reply(), workflow=WF),
            "store-workflow": lambda v: record_satisfaction_reply(
                Repository("sqlite://", pseudonym_key=KEY), _reply(), workflow=v
            ),
        },
        accepts={"complaints": {"list", "dict", "set"}},
    ),
)
def test_wrong_types_are_typed_errors(call, value) -> None:  # type: ignore[no-untyped-def]
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)


def test_wrong_types_cover_every_kind() -> None:
    assert len(WRONG_TYPES) >= 10


@pytest.mark.parametrize(("kind", "value"), HOSTILE_OBJECTS, ids=[k for k, _ in HOSTILE_OBJECTS])
def test_objects_that_break_type_checks_are_typed_errors(kind: str, value: object) -> None:
    # An app's iterable that fails while read, or a mapping that raises, is refused as an
    # argument, never let out raw (the check `answer_reply` makes too).
    for call in (
        lambda: answer_satisfaction_reply(value, [], workflow=WF),  # type: ignore[arg-type]
        lambda: answer_satisfaction_reply(sms("NILAI 4"), value, workflow=WF),  # type: ignore[arg-type]
        lambda: answer_satisfaction_reply(sms("NILAI 4"), [], workflow=value),  # type: ignore[arg-type]
    ):
        outcome(call)
    complaints = outcome(lambda: answer_satisfaction_reply(sms("NILAI 4"), value, workflow=WF))  # type: ignore[arg-type]
    if kind in {"hostile-iterable", "hostile-mapping"}:
        assert isinstance(complaints, ArgumentError)
