"""Hostile input to the intake adapters, phones, tracking ids and duplicate hints.

Every adapter argument gets every wrong type and every hostile text. A message either becomes an
``Inbound`` or raises a typed error that names no value; lone surrogates are refused with
``IntakeError(reason="not-text")`` and nothing is built from them.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_NAME,
    SECRET_PHONE,
    SECRET_TEXT,
    WRONG_TYPES,
    outcome,
    raises_typed,
    wrong_type_cases,
)

from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    IntakeError,
    InvalidTrackingIdError,
    NaiveDatetimeError,
    PengaduanError,
)
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import (
    Inbound,
    IntakeReason,
    SmsGateway,
    find_duplicates,
    from_counter,
    from_social_media,
    from_suggestion_box,
    from_web_form,
    from_whatsapp,
    help_text,
    idempotency_key,
    normalize_phone,
)
from pengaduan.intake.tracking import (
    check_character,
    is_valid_tracking_id,
    new_tracking_id,
    parse_tracking_id,
)
from pengaduan.model import Channel
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable

AT = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
GATEWAY = SmsGateway.kota_kupang()
KEY = bytes(range(32))
WF = Workflow.default()
GOOD = from_whatsapp(sender=SECRET_PHONE, text=SECRET_TEXT, received_at=AT)

# argument -> a call taking the bad value; every wrong type must raise a typed error.
ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "sms.parse.line": GATEWAY.parse,
    "sms.format.body": GATEWAY.format,
    "sms.format.keyword": lambda v: GATEWAY.format("jalan rusak", keyword=v),
    "sms.submission.line": lambda v: GATEWAY.submission(v, sender=SECRET_PHONE, received_at=AT),
    "sms.submission.sender": lambda v: GATEWAY.submission(
        f"KOTKUPANG {SECRET_TEXT}", sender=v, received_at=AT
    ),
    "sms.submission.received_at": lambda v: GATEWAY.submission(
        f"KOTKUPANG {SECRET_TEXT}", sender=SECRET_PHONE, received_at=v
    ),
    "sms.submission.message_id": lambda v: GATEWAY.submission(
        f"KOTKUPANG {SECRET_TEXT}", sender=SECRET_PHONE, received_at=AT, message_id=v
    ),
    "sms.from_keywords.keywords": SmsGateway.from_keywords,
    "sms.from_keywords.max_length": lambda v: SmsGateway.from_keywords(
        {"KOTKUPANG": "kota-kupang"}, max_length=v
    ),
    "sms.from_keywords.pseudonym_key": lambda v: SmsGateway.from_keywords(
        {"KOTKUPANG": "kota-kupang"}, pseudonym_key=v
    ),
    "sms.help_text.error": GATEWAY.help_text,
    "whatsapp.sender": lambda v: from_whatsapp(sender=v, text=SECRET_TEXT, received_at=AT),
    "whatsapp.text": lambda v: from_whatsapp(sender=SECRET_PHONE, text=v, received_at=AT),
    "whatsapp.received_at": lambda v: from_whatsapp(
        sender=SECRET_PHONE, text=SECRET_TEXT, received_at=v
    ),
    "whatsapp.message_id": lambda v: from_whatsapp(
        sender=SECRET_PHONE, text=SECRET_TEXT, received_at=AT, message_id=v
    ),
    "whatsapp.name": lambda v: from_whatsapp(
        sender=SECRET_PHONE, text=SECRET_TEXT, received_at=AT, name=v
    ),
    "whatsapp.privacy": lambda v: from_whatsapp(
        sender=SECRET_PHONE, text=SECRET_TEXT, received_at=AT, privacy=v
    ),
    "whatsapp.pseudonym_key": lambda v: from_whatsapp(
        sender=SECRET_PHONE, text=SECRET_TEXT, received_at=AT, pseudonym_key=v
    ),
    "web_form.data": lambda v: from_web_form(v, received_at=AT),
    "web_form.isi": lambda v: from_web_form({"isi": v}, received_at=AT),
    "web_form.nama": lambda v: from_web_form({"isi": SECRET_TEXT, "nama": v}, received_at=AT),
    "web_form.privasi": lambda v: from_web_form({"isi": SECRET_TEXT, "privasi": v}, received_at=AT),
    "web_form.klasifikasi": lambda v: from_web_form(
        {"isi": SECRET_TEXT, "klasifikasi": v}, received_at=AT
    ),
    "web_form.received_at": lambda v: from_web_form({"isi": SECRET_TEXT}, received_at=v),
    "social.platform": lambda v: from_social_media(
        platform=v, handle="warga", text=SECRET_TEXT, received_at=AT
    ),
    "social.handle": lambda v: from_social_media(
        platform="twitter", handle=v, text=SECRET_TEXT, received_at=AT
    ),
    "social.text": lambda v: from_social_media(
        platform="twitter", handle="warga", text=v, received_at=AT
    ),
    "counter.text": lambda v: from_counter(text=v, received_at=AT),
    "counter.name": lambda v: from_counter(text=SECRET_TEXT, received_at=AT, name=v),
    "counter.phone": lambda v: from_counter(text=SECRET_TEXT, received_at=AT, phone=v),
    "counter.nik": lambda v: from_counter(text=SECRET_TEXT, received_at=AT, nik=v),
    "counter.location": lambda v: from_counter(text=SECRET_TEXT, received_at=AT, location=v),
    "counter.category": lambda v: from_counter(text=SECRET_TEXT, received_at=AT, category=v),
    "suggestion_box.text": lambda v: from_suggestion_box(text=v, received_at=AT),
    "suggestion_box.location": lambda v: from_suggestion_box(
        text=SECRET_TEXT, received_at=AT, location=v
    ),
    "normalize_phone.region": lambda v: normalize_phone(SECRET_PHONE, region=v),
    "find_duplicates.candidate": lambda v: find_duplicates(v, []),
    "find_duplicates.recent": lambda v: find_duplicates(GOOD, v),
    "find_duplicates.window": lambda v: find_duplicates(GOOD, [], window=v),
    "find_duplicates.threshold": lambda v: find_duplicates(GOOD, [], threshold=v),
    "find_duplicates.normalizer": lambda v: find_duplicates(GOOD, [], normalizer=v),
    "receive.workflow": lambda v: GOOD.receive(v, tracking_id=new_tracking_id()),
    "receive.tracking_id": lambda v: GOOD.receive(WF, tracking_id=v),
    "receive.actor": lambda v: GOOD.receive(WF, tracking_id=new_tracking_id(), actor=v),
    "check_character.payload": check_character,
    "new_tracking_id.rng": new_tracking_id,
    "parse_tracking_id.text": parse_tracking_id,
    "idempotency_key.channel": lambda v: idempotency_key(
        channel=v, message_id=None, sender="", received_at=AT, text="x"
    ),
    "idempotency_key.text": lambda v: idempotency_key(
        channel=Channel.SMS, message_id=None, sender="", received_at=AT, text=v
    ),
    "help_text.reason": help_text,
    "help_text.keyword": lambda v: help_text("empty-body", keyword=v),
}

# Wrong types an argument may take and still succeed (None for optional fields, an int where
# an int is wanted, a list of Complaints that is empty...).
ACCEPTS: dict[str, set[str]] = {
    "sms.format.keyword": {"none"},
    "sms.submission.message_id": {"none"},
    "sms.from_keywords.max_length": {"int", "huge-int"},
    "sms.from_keywords.pseudonym_key": {"none"},
    "whatsapp.message_id": {"none"},
    "whatsapp.name": {"none"},
    "whatsapp.privacy": {"none"},
    "whatsapp.pseudonym_key": {"none"},
    "web_form.nama": {"none"},
    "web_form.privasi": {"none"},
    "web_form.klasifikasi": {"none"},
    "counter.name": {"none"},
    "counter.phone": {"none"},
    "counter.nik": {"none"},
    "counter.location": {"none"},
    "counter.category": {"none"},
    "suggestion_box.location": {"none"},
    "find_duplicates.recent": {"list", "set", "secret-str-in-list"},
    "find_duplicates.threshold": {"bool"},
    "find_duplicates.normalizer": {"none"},
    "receive.actor": {"none"},
    "new_tracking_id.rng": {"none"},
    "sms.parse.line": {"bytes"},
    "sms.submission.line": {"bytes"},
    "whatsapp.text": {"bytes"},
    "social.text": {"bytes"},
    "counter.text": {"bytes"},
    "suggestion_box.text": {"bytes"},
}
# A list of strings, a set of strings: "recent" must hold complaints, so these do fail.
ACCEPTS["find_duplicates.recent"] = set()


def _cases() -> list[Any]:
    return wrong_type_cases(ARGUMENTS, ACCEPTS)


@pytest.mark.parametrize(("call", "value"), _cases())
def test_a_wrong_type_is_refused_with_a_typed_error(
    call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(
        error, IntakeError | ArgumentError | ConfigurationError | NaiveDatetimeError
    ), type(error).__name__


TEXT_ARGUMENTS: dict[str, Callable[[str], object]] = {
    "sms.parse": lambda t: GATEWAY.parse(f"KOTKUPANG {t}"),
    "sms.parse.format": lambda t: GATEWAY.parse(GATEWAY.format(t)),
    "sms.format.keyword": lambda t: GATEWAY.format("jalan rusak", keyword=t),
    "sms.submission.sender": lambda t: GATEWAY.submission(
        "KOTKUPANG jalan rusak", sender=t, received_at=AT
    ),
    "sms.submission.message_id": lambda t: GATEWAY.submission(
        "KOTKUPANG jalan rusak", sender=SECRET_PHONE, received_at=AT, message_id=t
    ),
    "whatsapp.text": lambda t: from_whatsapp(sender=SECRET_PHONE, text=t, received_at=AT),
    "whatsapp.sender": lambda t: from_whatsapp(sender=t, text="jalan rusak", received_at=AT),
    "whatsapp.name": lambda t: from_whatsapp(
        sender=SECRET_PHONE, text="jalan rusak", received_at=AT, name=t
    ),
    "web_form.isi": lambda t: from_web_form({"isi": t}, received_at=AT),
    "web_form.privasi": lambda t: from_web_form(
        {"isi": "jalan rusak", "privasi": t}, received_at=AT
    ),
    "web_form.kategori": lambda t: from_web_form(
        {"isi": "jalan rusak", "kategori": t}, received_at=AT
    ),
    "social.handle": lambda t: from_social_media(
        platform="twitter", handle=t, text="jalan rusak", received_at=AT
    ),
    "social.platform": lambda t: from_social_media(
        platform=t, handle="warga", text="jalan rusak", received_at=AT
    ),
    "counter.text": lambda t: from_counter(text=t, received_at=AT),
    "counter.address": lambda t: from_counter(text="jalan rusak", received_at=AT, address=t),
    "suggestion_box.text": lambda t: from_suggestion_box(text=t, received_at=AT),
    "normalize_phone": normalize_phone,
    "parse_tracking_id": parse_tracking_id,
    "is_valid_tracking_id": is_valid_tracking_id,
    "help_text": help_text,
    "receive.tracking_id": lambda t: GOOD.receive(WF, tracking_id=t),
}


@pytest.mark.parametrize(
    ("call", "text", "kind"),
    [
        pytest.param(call, text, kind, id=f"{argument}-{kind}")
        for argument, call in TEXT_ARGUMENTS.items()
        for kind, text in HOSTILE_TEXTS
    ],
)
def test_hostile_text_is_taken_or_refused_without_echo(
    call: Callable[[str], object], text: str, kind: str
) -> None:
    result = outcome(call, text)
    if "surrogate" in kind and isinstance(result, PengaduanError):
        assert isinstance(result, IntakeError | ArgumentError | InvalidTrackingIdError)
    if "surrogate" in kind and isinstance(result, Inbound):
        pytest.fail("a lone surrogate became part of an accepted message")


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: GATEWAY.parse("KOTKUPANG jalan \ud800"), id="sms-parse"),
        pytest.param(
            lambda: from_whatsapp(sender=SECRET_PHONE, text="air \udfff", received_at=AT),
            id="whatsapp",
        ),
        pytest.param(lambda: from_counter(text="\ud83d", received_at=AT), id="counter"),
        pytest.param(
            lambda: from_web_form({"isi": "lampu", "nama": "Yo\ud800"}, received_at=AT),
            id="web-form-name",
        ),
    ],
)
def test_a_lone_surrogate_is_refused_as_not_text(call: Callable[[], object]) -> None:
    error = raises_typed(call)
    assert isinstance(error, IntakeError)
    assert error.reason == "not-text"


def test_the_web_form_never_echoes_a_bad_privacy_value() -> None:
    value = f"{SECRET_NAME} {SECRET_PHONE}"
    error = raises_typed(from_web_form, {"isi": "jalan rusak", "privasi": value}, received_at=AT)
    assert isinstance(error, IntakeError)
    assert error.reason == "invalid-field"
    assert SECRET_NAME not in str(error)
    assert error.__cause__ is None
    assert error.__context__ is None


class TestIdempotencyKeys:
    def test_the_same_sms_twice_has_one_key(self) -> None:
        line = f"KOTKUPANG {SECRET_TEXT}"
        first = GATEWAY.submission(line, sender=SECRET_PHONE, received_at=AT)
        again = GATEWAY.submission(line, sender=SECRET_PHONE, received_at=AT)
        assert first.idempotency_key == again.idempotency_key
        assert first.idempotency_key.startswith("in-sms-c-")

    @pytest.mark.parametrize(
        "change",
        [
            {"sender": "081339001199"},
            {"received_at": AT + timedelta(microseconds=1)},
            {"line": "KOTKUPANG lain"},
        ],
        ids=["sender", "time", "text"],
    )
    def test_a_different_message_has_another_key(self, change: dict[str, Any]) -> None:
        base: dict[str, Any] = {
            "line": f"KOTKUPANG {SECRET_TEXT}",
            "sender": SECRET_PHONE,
            "received_at": AT,
        }
        first = GATEWAY.submission(base.pop("line"), **base)
        other: dict[str, Any] = {
            "line": f"KOTKUPANG {SECRET_TEXT}",
            "sender": SECRET_PHONE,
            "received_at": AT,
            **change,
        }
        second = GATEWAY.submission(other.pop("line"), **other)
        assert first.idempotency_key != second.idempotency_key

    def test_the_provider_message_id_decides_the_key(self) -> None:
        one = GATEWAY.submission("KOTKUPANG a", sender=SECRET_PHONE, received_at=AT, message_id="m")
        two = GATEWAY.submission(
            "KOTKUPANG b", sender=SECRET_PHONE, received_at=AT + timedelta(hours=1), message_id="m"
        )
        assert one.idempotency_key == two.idempotency_key
        assert one.idempotency_key.startswith("in-sms-m-")

    def test_the_key_reveals_nothing(self) -> None:
        inbound = GATEWAY.submission(
            f"KOTKUPANG {SECRET_TEXT}", sender=SECRET_PHONE, received_at=AT
        )
        for secret in (SECRET_TEXT, SECRET_PHONE, "6281339001122", "2025"):
            assert secret not in inbound.idempotency_key

    def test_receive_records_the_key(self) -> None:
        inbound = GATEWAY.submission(
            f"KOTKUPANG {SECRET_TEXT}", sender=SECRET_PHONE, received_at=AT
        )
        complaint = inbound.receive(WF, tracking_id=new_tracking_id(random.Random(1)))
        assert complaint.history[0].idempotency_key == inbound.idempotency_key


class TestPseudonyms:
    def test_the_sms_gateway_gives_a_keyed_pseudonym(self) -> None:
        gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=KEY)
        inbound = gateway.submission("KOTKUPANG lampu mati", sender=SECRET_PHONE, received_at=AT)
        expected = reporter_pseudonym("+6281339001122", key=KEY)
        assert inbound.submission.reporter.account_id == expected
        assert KEY.hex() not in repr(gateway)

    def test_whatsapp_gives_the_same_pseudonym_for_the_same_number(self) -> None:
        inbound = from_whatsapp(
            sender="6281339001122@c.us", text="lampu mati", received_at=AT, pseudonym_key=KEY
        )
        assert inbound.submission.reporter.account_id == reporter_pseudonym(
            "+6281339001122", key=KEY
        )

    def test_no_key_no_pseudonym(self) -> None:
        inbound = GATEWAY.submission("KOTKUPANG lampu mati", sender=SECRET_PHONE, received_at=AT)
        assert inbound.submission.reporter.account_id is None

    def test_an_unparseable_number_gets_no_pseudonym(self) -> None:
        gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=KEY)
        inbound = gateway.submission("KOTKUPANG lampu mati", sender="12", received_at=AT)
        assert inbound.submission.reporter.account_id is None
        assert inbound.needs_review

    @pytest.mark.parametrize("key", [b"short", "a string key of enough length", 16])
    def test_a_bad_key_is_refused(self, key: object) -> None:
        error = raises_typed(
            SmsGateway.from_keywords, {"KOTKUPANG": "kota-kupang"}, pseudonym_key=key
        )
        assert isinstance(error, ConfigurationError)


NAMED: dict[str, Callable[[Any], object]] = {
    name: ARGUMENTS[name]
    for name in (
        "idempotency_key.channel",
        "idempotency_key.text",
        "help_text.reason",
        "help_text.keyword",
    )
}


@pytest.mark.parametrize(
    ("argument", "call", "value"),
    [
        pytest.param(name.split(".")[1], *case.values, id=case.id)
        for name, call in NAMED.items()
        for case in wrong_type_cases({name: call}, ACCEPTS)
    ],
)
def test_help_text_and_idempotency_key_name_the_wrong_argument(
    argument: str, call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[k for k, _ in HOSTILE_TEXTS])
def test_a_channel_that_is_not_a_channel_value_lists_the_channels(text: str) -> None:
    error = raises_typed(
        idempotency_key, channel=text, message_id="m-1", sender="", received_at=AT, text="x"
    )
    assert isinstance(error, ArgumentError)
    assert error.argument == "channel"
    assert all(channel.value in str(error.rule) for channel in Channel)


def test_a_channel_value_and_a_channel_give_the_same_key() -> None:
    by_value = idempotency_key(channel="sms", message_id="m-1", sender="", received_at=AT, text="x")
    by_member = idempotency_key(
        channel=Channel.SMS, message_id="m-1", sender="", received_at=AT, text="x"
    )
    assert by_value == by_member
    assert help_text("empty-body", keyword="KOTA") == help_text(
        IntakeReason.EMPTY_BODY, keyword="KOTA"
    )


ANONYMOUS = from_suggestion_box(text=SECRET_TEXT, received_at=AT)


@pytest.mark.parametrize(
    "candidate", [pytest.param(GOOD, id="known-reporter"), pytest.param(ANONYMOUS, id="anonymous")]
)
@pytest.mark.parametrize(("kind", "item"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_find_duplicates_refuses_a_non_complaint_in_recent_whoever_the_candidate(
    candidate: object, kind: str, item: object
) -> None:
    """An anonymous candidate gets no hints, but a bad ``recent`` is refused all the same."""
    error = raises_typed(find_duplicates, candidate, [item])
    assert isinstance(error, ArgumentError), kind
    assert error.argument == "recent"
