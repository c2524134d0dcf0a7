"""A keyed pseudonym's shape (``psn-`` and 24 base32 characters) with a phone beside it stands for
that phone only on a gateway's channel (SMS, WhatsApp), where the carrier gave the phone. A
portal user who picks such a user name and types another reporter's phone in the form reaches
none of that reporter's complaints: their reply and their rating are not recorded there, and
their own complaint is not stored among that reporter's (nor does it catch that reporter's
replies). Every backend, sync and async, ``record_reply`` and ``record_satisfaction_reply``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import PATHS, VALID
from tests.hostile_helpers import SECRETS, raises_typed
from tests.repo_helpers import SyncFacade, opened
from tests.test_messages_reporter_replies import ACCOUNT, GATEWAY, KEY, PHONE, T0, WF

from pengaduan.errors import IntakeError
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import Inbound, from_web_form, from_whatsapp
from pengaduan.model import Actor, Channel, Reporter, Submission
from pengaduan.store import (
    Query,
    record_reply,
    record_reply_async,
    record_satisfaction_reply,
    record_satisfaction_reply_async,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.model import Complaint

E164 = "+6281339001122"
ATTACKER = "psn-" + "a" * 24  # a portal user name of the pseudonyms' shape
LATER = T0 + timedelta(days=5)
NON_GATEWAY = [Channel.WEB, Channel.APLIKASI, Channel.EMAIL, Channel.LAINNYA]
"""Channels whose phone is what the sender typed (the rule is "not SMS or WhatsApp")."""
HIDDEN = (*SECRETS, PHONE, E164, ATTACKER)


@pytest.fixture
def repo(backend: str, url: str) -> Iterator[Any]:
    with opened(backend, url, pseudonym_key=KEY) as repository:
        yield repository


def _record(repo: Any, reply: Inbound, *, score: bool = False) -> Any:
    if isinstance(repo, SyncFacade):
        call = record_satisfaction_reply_async if score else record_reply_async
        return repo.loop.run_until_complete(call(repo.repo, reply, workflow=WF, now=LATER))
    return (record_satisfaction_reply if score else record_reply)(
        repo, reply, workflow=WF, now=LATER
    )


def _taken_to(complaint: Complaint, status: str) -> Complaint:
    for action in PATHS[status]:
        actor, data = VALID[action]
        if actor.role.value == "pelapor":
            actor = Actor.reporter(str(complaint.reporter.account_id))
        at = complaint.updated_at + timedelta(hours=1)
        complaint = WF.apply(complaint, action, at=at, actor=actor, **data)
    return complaint


def _filed(repo: Any, tracking_id: str, submission: Submission, status: str) -> Complaint:
    """``submission`` received at T0 (through ``receive``, as a gateway stores it) and taken
    to ``status``."""
    received = repo.receive(
        WF, submission, tracking_id=tracking_id, at=T0, actor=Actor.system("intake")
    )
    stored = _taken_to(received, status)
    repo.append(stored, expected_version=received.version)
    return stored


def _victim(repo: Any, status: str = "ditindaklanjuti") -> Complaint:
    """The victim's complaint, sent by SMS from ``PHONE``."""
    sms = GATEWAY.submission("KOTKUPANG jalan berlubang", sender=PHONE, received_at=T0)
    return _filed(repo, "KPG-V-1", sms.submission, status)


def _posing(text: str, channel: Channel = Channel.WEB, account: str = ATTACKER) -> Inbound:
    """A message of ``channel`` whose sender chose a pseudonym-shaped account id and typed the
    victim's phone (an app's own adapter builds it: ``from_web_form`` refuses the id)."""
    return Inbound(
        submission=Submission(
            text=text, channel=channel, reporter=Reporter(phone=E164, account_id=account)
        ),
        received_at=LATER,
        idempotency_key=f"in-{channel.value}-c-posing",
    )


def _mine(repo: Any, reporter: str) -> list[str]:
    return [row.tracking_id for row in repo.page(Query(reporter=reporter)).items]


# -- the web form refuses the pseudonyms' prefix ------------------------------------------------

RESERVED = [
    pytest.param(ATTACKER, id="gateway-shaped"),
    pytest.param(reporter_pseudonym(E164, key=KEY), id="the-victim-s-own-pseudonym"),
    pytest.param("psn-", id="prefix-only"),
    pytest.param("psn-budi", id="prefix-and-name"),
    pytest.param("PSN-" + "A" * 24, id="upper-case"),
    pytest.param("  psn-" + "a" * 24, id="leading-spaces"),
    pytest.param("psn-081339001122", id="prefix-and-phone"),
]


@pytest.mark.parametrize("account", RESERVED)
def test_the_web_form_refuses_an_account_id_with_the_pseudonyms_prefix(account: str) -> None:
    form = {"isi": "masalah sudah selesai", "telepon": PHONE}
    named = account.strip() if len(account.strip()) > len("psn-") else None  # never echoed
    error = raises_typed(
        from_web_form, form, received_at=LATER, account_id=account, secrets=(*HIDDEN, named)
    )
    assert isinstance(error, IntakeError)
    assert error.reason == "invalid-field"
    assert "psn-" in error.detail
    assert "account_id" in error.detail


@pytest.mark.parametrize("account", ["portal:psn-1", "akun-psn", "psn", "ps-n" + "a" * 24])
def test_other_account_ids_are_taken(account: str) -> None:
    form = {"isi": "lampu jalan mati", "telepon": PHONE}
    posted = from_web_form(form, received_at=LATER, account_id=account)
    assert posted.submission.reporter.account_id == account


# -- A: the poser's reply, rating or named reply reaches nothing of the victim ----------------


@pytest.mark.parametrize("channel", NON_GATEWAY, ids=str)
def test_a_posing_reply_is_not_recorded_on_the_victim_s_complaint(
    repo: Any, channel: Channel
) -> None:
    victim = _victim(repo)
    for text in ("masalah sudah selesai, tutup saja", "KPG-V-1 masalah sudah selesai"):
        result = _record(repo, _posing(text, channel))
        assert (result.outcome, result.tracking_id) == ("no-complaint", None)
    assert repo.get("KPG-V-1") == victim


def test_a_posing_rating_is_not_recorded_on_the_victim_s_closed_complaint(repo: Any) -> None:
    victim = _victim(repo, "selesai")
    for score in (True, False):  # record_satisfaction_reply, and record_reply's score path
        result = _record(repo, _posing("NILAI 1"), score=score)
        assert (result.outcome, result.tracking_id) == ("no-complaint", None)
    assert repo.get("KPG-V-1") == victim


def test_the_victim_s_own_sms_and_whatsapp_replies_still_reach_it(repo: Any) -> None:
    _victim(repo)
    sms = GATEWAY.reply("jalan masih rusak", sender=PHONE, received_at=LATER)
    assert _record(repo, sms).tracking_id == "KPG-V-1"
    wa = from_whatsapp(
        sender="6281339001122@c.us",
        text="jalan masih rusak juga",
        received_at=LATER + timedelta(minutes=1),
        pseudonym_key=KEY,
    )
    assert _record(repo, wa).tracking_id == "KPG-V-1"
    assert [e.actor for e in repo.get("KPG-V-1").history[-2:]] == [Actor.reporter(ACCOUNT)] * 2


# -- B: the poser's complaint is stored as theirs, never among the victim's ------------------


@pytest.mark.parametrize("channel", NON_GATEWAY, ids=str)
def test_a_posing_complaint_is_stored_under_its_own_account(repo: Any, channel: Channel) -> None:
    _victim(repo)
    posing = _posing("keluhan penyerang", channel).submission
    _filed(repo, "KPG-ATK-1", posing, "ditindaklanjuti")
    for writing in (PHONE, E164, "0813-3900-1122"):
        assert _mine(repo, writing) == ["KPG-V-1"]
    assert _mine(repo, ATTACKER) == ["KPG-ATK-1"]
    # The victim's SMS reply lands on their own complaint, never on the poser's.
    result = _record(repo, GATEWAY.reply("masih rusak", sender=PHONE, received_at=LATER))
    assert (result.outcome, result.tracking_id) == ("recorded", "KPG-V-1")
    named = _record(repo, GATEWAY.reply("KPG-ATK-1 masih rusak", sender=PHONE, received_at=LATER))
    assert named.tracking_id != "KPG-ATK-1"  # (text about their own, or no complaint)
    assert repo.get("KPG-ATK-1").history[-1].action == "tindak_lanjut"


def test_with_no_complaint_of_their_own_the_victim_s_reply_finds_none(repo: Any) -> None:
    posing = _posing("keluhan penyerang").submission
    attacker = _filed(repo, "KPG-ATK-1", posing, "ditindaklanjuti")
    assert _mine(repo, PHONE) == []
    rp = GATEWAY.reply("tolong, tetangga saya memukul saya", sender=PHONE, received_at=LATER)
    assert _record(repo, rp).outcome == "no-complaint"
    assert repo.get("KPG-ATK-1") == attacker


def test_a_row_the_older_rule_stored_under_the_phone_is_refreshed(repo: Any, url: str) -> None:
    _victim(repo)
    _filed(repo, "KPG-ATK-1", _posing("keluhan penyerang").submission, "ditindaklanjuti")
    # What the older rule stored: the pseudonym of the phone's keyed pseudonym, stamp 2.
    old = reporter_pseudonym(reporter_pseudonym(E164, key=KEY), key=KEY)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "UPDATE complaints SET reporter = :old, derivation = 2 "
                    "WHERE tracking_id = 'KPG-ATK-1'"
                ),
                {"old": old},
            )
    finally:
        engine.dispose()
    assert sorted(_mine(repo, PHONE)) == ["KPG-ATK-1", "KPG-V-1"]
    assert repo.stale_derived() == 1
    report = repo.refresh_derived()
    assert (report.unverified, report.reporter) == ((), 1)
    assert repo.stale_derived() == 0
    assert _mine(repo, PHONE) == ["KPG-V-1"]
    assert _mine(repo, ATTACKER) == ["KPG-ATK-1"]


# -- a copy of the victim's own pseudonym, on a channel that is no gateway's ---------------------


def test_a_copied_pseudonym_on_another_channel_reaches_nothing(repo: Any) -> None:
    """Were the victim's pseudonym to leak, an app's own adapter that let a sender choose it
    (the web form refuses it) still reaches none of the victim's complaints by replying, and a
    complaint filed under it catches none of the victim's replies."""
    victim = _victim(repo)
    copied = _posing("masalah sudah selesai", account=ACCOUNT)
    assert _record(repo, copied).outcome == "no-complaint"
    score = _posing("KPG-V-1 NILAI 1", account=ACCOUNT)
    for rating in (False, True):
        result = _record(repo, score, score=rating)
        assert (result.outcome, result.tracking_id) == ("no-complaint", None)
    assert repo.get("KPG-V-1") == victim
    attacker = _filed(repo, "KPG-ATK-1", copied.submission, "ditindaklanjuti")
    for text in ("jalan masih rusak", "KPG-ATK-1 jalan masih rusak"):
        reply = GATEWAY.reply(text, sender=PHONE, received_at=LATER)
        assert _record(repo, reply).tracking_id == "KPG-V-1"
    assert repo.get("KPG-ATK-1") == attacker
