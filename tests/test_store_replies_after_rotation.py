"""A reporter's SMS or WhatsApp reply after a pseudonym key rotation still reaches the complaints
they filed before it (whose records keep the old key's gateway account id), through the
repository's own pseudonym of the phone; never another reporter's. Every backend, sync and
async, ``record_reply`` and ``record_satisfaction_reply``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import PATHS, VALID
from tests.repo_helpers import SyncFacade, opened
from tests.test_messages_reporter_replies import (
    ACCOUNT,
    KEY,
    OTHER,
    OTHER_ID,
    PHONE,
    T0,
    WF,
    complaint_of,
)

from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import Inbound, SmsGateway, from_whatsapp
from pengaduan.model import Actor, Channel, Reporter, Role, Submission
from pengaduan.store import (
    Query,
    Repository,
    record_reply,
    record_reply_async,
    record_satisfaction_reply,
    record_satisfaction_reply_async,
)

if TYPE_CHECKING:
    from collections.abc import Iterator


NEW = b"kunci-baru-kantor-kupang-2027..."
OLD_GATEWAY = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=KEY)
NEW_GATEWAY = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=NEW)
NEW_ACCOUNT = reporter_pseudonym("+6281339001122", key=NEW)


@pytest.fixture
def rotated(backend: str, url: str) -> Iterator[Any]:
    """A repository whose complaints were filed under ``KEY``, rotated to ``NEW``."""
    with opened(backend, url, pseudonym_key=KEY) as repo:
        repo.add(complaint_of("KPG-0001"))  # the unit followed up: it awaits the reporter
        repo.add(complaint_of("KPG-0002", "selesai", day=1))  # closed: awaits a rating
        repo.add(complaint_of(OTHER_ID, account=OTHER))  # another phone's, in progress
        repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
    with opened(backend, url, pseudonym_key=NEW) as repo:
        yield repo


def _record(repo: Any, reply: Inbound, *, score: bool = False) -> Any:
    if isinstance(repo, SyncFacade):
        call = record_satisfaction_reply_async if score else record_reply_async
        return repo.loop.run_until_complete(call(repo.repo, reply, workflow=WF))
    return (record_satisfaction_reply if score else record_reply)(repo, reply, workflow=WF)


def _sms(text: str, *, gateway: SmsGateway = NEW_GATEWAY, sender: str = PHONE) -> Inbound:
    return gateway.reply(text, sender=sender, received_at=T0 + timedelta(days=5))


def test_a_reply_after_the_rotation_reaches_a_complaint_filed_before(rotated: Any) -> None:
    reply = _sms("jalan masih rusak")
    assert reply.submission.reporter.account_id == NEW_ACCOUNT != ACCOUNT
    result = _record(rotated, reply)
    assert (result.outcome, result.tracking_id) == ("recorded", "KPG-0001")
    stored = rotated.get("KPG-0001")  # its history verifies, the event is bound to it
    last = stored.history[-1]
    assert (last.action, last.actor) == ("tanggapi", Actor.reporter(ACCOUNT))
    assert stored.reporter.account_id == ACCOUNT  # the record is the truth: never rewritten
    # The same message delivered again is recorded once.
    assert _record(rotated, reply).outcome == "repeated"
    assert rotated.get("KPG-0001").version == stored.version
    assert rotated.get(OTHER_ID).version == complaint_of(OTHER_ID, account=OTHER).version


def test_a_rating_after_the_rotation_reaches_a_complaint_closed_before(rotated: Any) -> None:
    for score in (True, False):  # record_satisfaction_reply, and record_reply's score path
        result = _record(rotated, _sms(f"NILAI {4 if score else 5}"), score=score)
        if score:
            assert (result.outcome, result.tracking_id) == ("recorded", "KPG-0002")
        else:
            assert result.outcome == "already-rated"
    last = rotated.get("KPG-0002").history[-1]
    assert (last.action, last.actor, last.data["skor"]) == (
        "nilai_kepuasan",
        Actor.reporter(ACCOUNT),
        "4",
    )


def test_a_gateway_still_on_the_old_key_reaches_them_through_the_phone(rotated: Any) -> None:
    reply = _sms("jalan masih rusak", gateway=OLD_GATEWAY)
    assert reply.submission.reporter.account_id == ACCOUNT
    assert rotated.page(Query(reporter=ACCOUNT)).items == ()  # not by the old account id
    result = _record(rotated, reply)
    assert (result.outcome, result.tracking_id) == ("recorded", "KPG-0001")


def test_whatsapp_replies_reach_them_too(rotated: Any) -> None:
    reply = from_whatsapp(
        sender="6281339001122@c.us",
        text="jalan masih rusak",
        received_at=T0 + timedelta(days=5),
        pseudonym_key=NEW,
    )
    assert _record(rotated, reply).tracking_id == "KPG-0001"


def test_complaints_before_and_after_the_rotation_are_one_reporter_s(rotated: Any) -> None:
    after = NEW_GATEWAY.submission(
        "KOTKUPANG lampu jalan mati", sender=PHONE, received_at=T0 + timedelta(days=2)
    )
    rotated.receive(
        WF,
        after.submission,
        tracking_id="KPG-0003",
        at=after.received_at,
        actor=Actor.system("sms"),
    )
    current = rotated.get("KPG-0003")
    rotated.append(
        WF.apply(
            WF.apply(
                current,
                "verifikasi",
                at=current.updated_at + timedelta(hours=1),
                actor=Actor.admin("bag-organisasi"),
                units=["dinkes"],
            ),
            "tindak_lanjut",
            at=current.updated_at + timedelta(hours=2),
            actor=Actor.unit("dinkes"),
            response="Sudah diperiksa.",
        ),
        expected_version=current.version,
    )
    assert _record(rotated, _sms("masih rusak")).outcome == "ambiguous"
    named = _record(rotated, _sms("KPG-0001 masih rusak juga"))
    assert (named.outcome, named.tracking_id) == ("recorded", "KPG-0001")
    later = _record(rotated, _sms("KPG-0003 lampunya masih mati"))
    assert (later.outcome, later.tracking_id) == ("recorded", "KPG-0003")
    assert rotated.get("KPG-0001").history[-1].actor == Actor.reporter(ACCOUNT)
    assert rotated.get("KPG-0003").history[-1].actor == Actor.reporter(NEW_ACCOUNT)


def test_another_reporter_s_complaint_stays_out_of_reach(rotated: Any) -> None:
    # The other phone's complaint, filed before the rotation, named by its id.
    result = _record(rotated, _sms(f"{OTHER_ID} jalan masih rusak"))
    assert (result.outcome, result.tracking_id) == ("no-complaint", None)
    assert rotated.get(OTHER_ID).version == complaint_of(OTHER_ID, account=OTHER).version
    # Its own reporter reaches it, from their phone.
    theirs = _record(rotated, _sms(f"{OTHER_ID} belum beres", sender="081339009999"))
    assert (theirs.outcome, theirs.tracking_id) == ("recorded", OTHER_ID)
    assert rotated.get(OTHER_ID).history[-1].actor == Actor.reporter(OTHER)


def test_a_portal_account_is_never_reached_by_a_phone(backend: str, url: str) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        portal = WF.receive(
            Submission(
                text="Lampu jalan mati",
                channel=Channel.WEB,
                reporter=Reporter(phone="+6281339001122", account_id="akun-7781"),
            ),
            tracking_id="KPG-PORTAL",
            at=T0,
            actor=Actor.system("portal"),
        )
        repo.add(portal)
        repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        result = _record(repo, _sms("KPG-PORTAL lampu masih mati"))
        assert result.outcome == "no-complaint"
        assert repo.get("KPG-PORTAL") == portal


def test_without_a_rotation_nothing_changes_for_the_gateway_s_own_key(
    backend: str, url: str
) -> None:
    with opened(backend, url, pseudonym_key=KEY) as repo:
        repo.add(complaint_of("KPG-0001"))
        result = _record(repo, _sms("jalan masih rusak", gateway=OLD_GATEWAY))
        assert (result.outcome, result.tracking_id) == ("recorded", "KPG-0001")
        assert repo.get("KPG-0001").history[-1].actor.role is Role.PELAPOR


# -- never another reporter's, whichever keys and phones -------------------------------------------

_PHONES = st.integers(min_value=0, max_value=99_999_999).map(lambda n: f"+62812{n:08d}")


@settings(max_examples=25)
@given(
    phones=st.lists(_PHONES, min_size=2, max_size=2, unique=True),
    gateway_key=st.sampled_from([KEY, NEW]),
    named=st.booleans(),
)
def test_a_reply_never_reaches_another_phone_s_complaint(
    phones: list[str], gateway_key: bytes, named: bool
) -> None:
    sender, owner = phones
    filed = OLD_GATEWAY.submission("KOTKUPANG lampu jalan mati", sender=owner, received_at=T0)
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        stored = WF.receive(
            filed.submission, tracking_id="KPG-0777", at=T0, actor=Actor.system("sms")
        )
        for action, who, data in (
            ("verifikasi", Actor.admin("bag-organisasi"), {"units": ["pupr"]}),
            ("tindak_lanjut", Actor.unit("pupr"), {"response": "Sudah dijadwalkan."}),
        ):
            stored = WF.apply(stored, action, at=stored.updated_at, actor=who, **data)
        repo.add(stored)
        repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=gateway_key)
        text = ("KPG-0777 " if named else "") + "masih rusak"
        reply = gateway.reply(text, sender=sender, received_at=T0 + timedelta(days=1))
        result = record_reply(repo, reply, workflow=WF)
        assert result.outcome == "no-complaint"
        assert repo.get("KPG-0777") == stored
        # The owner's own reply, from either gateway key, is recorded on it.
        mine = gateway.reply(text, sender=owner, received_at=T0 + timedelta(days=1))
        assert record_reply(repo, mine, workflow=WF).tracking_id == "KPG-0777"
        assert repo.get("KPG-0777").history[-1].actor.id == stored.reporter.account_id


_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
_SHAPED = st.text(alphabet=_BASE32, min_size=24, max_size=24).map(lambda s: "psn-" + s)
_NOT_A_GATEWAY = [c for c in Channel if c not in {Channel.SMS, Channel.WHATSAPP}]


@settings(max_examples=25)
@given(
    phones=st.lists(_PHONES, min_size=2, max_size=2, unique=True),
    by_whatsapp=st.booleans(),
    rotate=st.booleans(),
    status=st.sampled_from(["ditindaklanjuti", "selesai"]),
    named=st.booleans(),
    channel=st.sampled_from(_NOT_A_GATEWAY),
    account=st.one_of(
        _SHAPED,
        st.sampled_from(["old-key-owner", "new-key-owner", "old-key-other", "new-key-other"]),
    ),
)
def test_a_sender_that_is_no_gateway_never_reaches_a_phone_s_complaint(  # noqa: PLR0917
    phones: list[str],
    by_whatsapp: bool,
    rotate: bool,
    status: str,
    named: bool,
    channel: Channel,
    account: str,
) -> None:
    """A web-form (or any other channel's) sender whose account id has a pseudonym's shape,
    typing the owner's phone: never recorded on the owner's SMS or WhatsApp complaint, with or
    without a key rotation, even with a copy of the owner's own pseudonym (which the web form
    refuses); their own complaint catches none of the owner's replies."""
    owner, other = phones
    account = {
        "old-key-owner": reporter_pseudonym(owner, key=KEY),  # the one the record holds
        "new-key-owner": reporter_pseudonym(owner, key=NEW),
        "old-key-other": reporter_pseudonym(other, key=KEY),
        "new-key-other": reporter_pseudonym(other, key=NEW),
    }.get(account, account)
    if by_whatsapp:
        filed = from_whatsapp(
            sender=f"{owner[1:]}@c.us", text="lampu jalan mati", received_at=T0, pseudonym_key=KEY
        )
    else:
        filed = OLD_GATEWAY.submission("KOTKUPANG lampu jalan mati", sender=owner, received_at=T0)
    gateway = NEW_GATEWAY if rotate else OLD_GATEWAY
    with Repository("sqlite://", pseudonym_key=KEY) as repo:
        stored = WF.receive(
            filed.submission, tracking_id="KPG-0777", at=T0, actor=Actor.system("gw")
        )
        for action in PATHS[status]:
            who, data = VALID[action]
            stored = WF.apply(stored, action, at=stored.updated_at, actor=who, **data)
        repo.add(stored)
        if rotate:  # the repository that rotated writes with the new key from then on
            repo.rotate_pseudonym_key(old_key=KEY, new_key=NEW)
        text = ("KPG-0777 " if named else "") + ("NILAI 1" if status == "selesai" else "sudah")
        posing = Inbound(
            submission=Submission(
                text=text, channel=channel, reporter=Reporter(phone=owner, account_id=account)
            ),
            received_at=T0 + timedelta(days=1),
            idempotency_key="in-web-c-posing",
        )
        recorders = (record_reply, record_satisfaction_reply)
        for record in recorders if status == "selesai" else recorders[:1]:
            result = record(repo, posing, workflow=WF)
            assert (result.outcome, result.tracking_id) == ("no-complaint", None)
        assert repo.get("KPG-0777") == stored
        # Their own complaint is theirs, never among the owner's.
        repo.receive(
            WF, posing.submission, tracking_id="KPG-0888", at=T0, actor=Actor.system("app")
        )
        # Listings by reporter compare pseudonyms: only an id equal to the one the repository's
        # key makes of the owner's phone (a secret unless it leaks) lists both together.
        shared = account == reporter_pseudonym(owner, key=NEW if rotate else KEY)
        both = ["KPG-0777", "KPG-0888"]
        by_phone = [row.tracking_id for row in repo.page(Query(reporter=owner)).items]
        assert by_phone == (both if shared else ["KPG-0777"])
        by_account = [row.tracking_id for row in repo.page(Query(reporter=account)).items]
        assert by_account == (both if shared else ["KPG-0888"])
        # The owner's own message, through the gateway of the day, still reaches theirs.
        mine = gateway.reply(text, sender=owner, received_at=T0 + timedelta(days=1))
        assert record_reply(repo, mine, workflow=WF).tracking_id == "KPG-0777"
        assert repo.get("KPG-0777").version == stored.version + 1
