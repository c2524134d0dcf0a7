"""Intake: the SMS keyword gateway, channel adapters, phones, duplicate hints, bad input."""

from __future__ import annotations

import random
from datetime import timedelta

import pendulum
import pytest

from pengaduan.errors import ConfigurationError, IntakeError, NaiveDatetimeError
from pengaduan.intake import (
    Inbound,
    IntakeReason,
    ReviewFlag,
    SmsGateway,
    find_duplicates,
    from_counter,
    from_social_media,
    from_suggestion_box,
    from_web_form,
    from_whatsapp,
    help_text,
    normalize_phone,
)
from pengaduan.intake.tracking import new_tracking_id, parse_tracking_id
from pengaduan.model import Channel, Classification, Complaint, Privacy
from pengaduan.workflow import Workflow

AT = pendulum.datetime(2025, 3, 6, 9, 30, tz="Asia/Makassar")
GATEWAY = SmsGateway.kota_kupang()


class TestSmsGateway:
    @pytest.mark.parametrize(
        ("line", "body"),
        [
            pytest.param("KOTKUPANG jln rusak dkt pkm", "jln rusak dkt pkm", id="plain"),
            pytest.param("kotkupang jln rusak", "jln rusak", id="lowercase"),
            pytest.param("  KotKupang    jln   rusak  ", "jln   rusak", id="extra-spaces"),
            pytest.param("KOTKUPANG#jln rusak", "jln rusak", id="hash"),
            pytest.param("KOTKUPANG: jln rusak", "jln rusak", id="colon"),
            pytest.param("KOTKUPANG.jln rusak", "jln rusak", id="dot"),
            pytest.param("KOTKUPANG-jln rusak", "jln rusak", id="hyphen"),
            pytest.param("KOTKUPANG\njln rusak", "jln rusak", id="newline"),
            pytest.param("KOTKUPANGjln rusak", "jln rusak", id="glued"),
        ],
    )
    def test_tolerant_parsing(self, line: str, body: str) -> None:
        message = GATEWAY.parse(line)
        assert (message.keyword, message.instance, message.body) == (
            "KOTKUPANG",
            "kota-kupang",
            body,
        )

    @pytest.mark.parametrize(
        ("line", "reason"),
        [
            pytest.param("", IntakeReason.EMPTY_MESSAGE, id="empty"),
            pytest.param("  \n ", IntakeReason.EMPTY_MESSAGE, id="whitespace"),
            pytest.param("KOTKUPANG", IntakeReason.EMPTY_BODY, id="keyword-only"),
            pytest.param("KOTKUPANG #  ", IntakeReason.EMPTY_BODY, id="keyword-and-separator"),
            pytest.param("LAPOR jalan rusak", IntakeReason.UNKNOWN_KEYWORD, id="unknown"),
            pytest.param("jalan rusak parah", IntakeReason.MISSING_KEYWORD, id="missing"),
            pytest.param("🙏 tolong", IntakeReason.MISSING_KEYWORD, id="emoji-first"),
            pytest.param(b"\xff\xfe\x00junk", IntakeReason.NOT_TEXT, id="binary"),
            pytest.param("KOTKUPANG " + "a" * 2_000, IntakeReason.TOO_LONG, id="too-long"),
        ],
    )
    def test_rejections_are_typed(self, line: str | bytes, reason: IntakeReason) -> None:
        with pytest.raises(IntakeError) as info:
            GATEWAY.parse(line)
        assert info.value.reason == reason
        reply = GATEWAY.help_text(info.value)
        assert "KOTKUPANG" in reply or reason is IntakeReason.TOO_LONG
        assert "jalan rusak" not in str(info.value)  # never the message text

    def test_help_texts_are_indonesian(self) -> None:
        for reason in IntakeReason:
            text = help_text(reason, keyword="KOTKUPANG")
            assert any(word in text for word in ("Pesan", "Format", "Isi", "Kata", "Pengaduan"))
        assert "KABKUPANG" in help_text("missing-keyword", keyword="KABKUPANG")

    def test_several_instances(self) -> None:
        gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota", "KABKUPANG": "kabupaten"})
        assert gateway.parse("kabkupang air mati").instance == "kabupaten"

    @pytest.mark.parametrize(
        "keywords",
        [pytest.param({}, id="none"), pytest.param({"KOT KUPANG": "x"}, id="space")],
    )
    def test_bad_registry(self, keywords: dict[str, str]) -> None:
        with pytest.raises(ConfigurationError):
            SmsGateway.from_keywords(keywords)

    def test_submission_end_to_end(self) -> None:
        inbound = GATEWAY.submission(
            "KOTKUPANG lampu jln mati", sender="0812-3456-7890", received_at=AT, message_id="m1"
        )
        assert inbound.submission.channel is Channel.SMS
        assert inbound.submission.text == "lampu jln mati"
        assert inbound.submission.reporter.phone == "+6281234567890"
        tracking_id = new_tracking_id(random.Random(3))
        complaint = inbound.receive(Workflow.default(), tracking_id=tracking_id)
        assert complaint.tracking_id == parse_tracking_id(tracking_id)
        assert complaint.received_at == AT
        assert complaint.history[0].actor.id == "gateway-sms"
        assert complaint.history[0].idempotency_key == inbound.idempotency_key
        assert inbound.idempotency_key.startswith("in-sms-m-")


class TestPhones:
    @pytest.mark.parametrize(
        ("raw", "e164"),
        [
            pytest.param("0812-3456-7890", "+6281234567890", id="local-mobile"),
            pytest.param("+62 812 3456 7890", "+6281234567890", id="international"),
            pytest.param("6281234567890", "+6281234567890", id="no-plus"),
            pytest.param("6281234567890@c.us", "+6281234567890", id="whatsapp-id"),
            pytest.param("(0380) 821234", "+62380821234", id="kupang-landline"),
            pytest.param("0380-8553123", "+623808553123", id="kupang-landline-7"),
            pytest.param("021 5551234", "+62215551234", id="jakarta-landline"),
        ],
    )
    def test_normalised_to_e164(self, raw: str, e164: str) -> None:
        assert normalize_phone(raw) == e164

    @pytest.mark.parametrize("raw", ["12345", "08123", "telepon saya", "", "+62"])
    def test_unparseable(self, raw: str) -> None:
        with pytest.raises(IntakeError) as info:
            normalize_phone(raw)
        assert info.value.reason == "invalid-phone"
        assert raw not in str(info.value) or raw == ""


class TestAdapters:
    def test_whatsapp(self) -> None:
        text = "  Air PDAM sonde jalan 🙏\n"
        inbound = from_whatsapp(sender="6281234567890@c.us", text=text, received_at=AT)
        assert inbound.submission.text == text  # untouched
        assert inbound.submission.channel is Channel.WHATSAPP
        assert inbound.submission.reporter.phone == "+6281234567890"
        assert not inbound.needs_review

    def test_unparseable_phone_is_kept_for_review(self) -> None:
        inbound = from_whatsapp(sender="nomor-rahasia", text="air mati", received_at=AT)
        assert inbound.review == (ReviewFlag.PHONE_UNPARSEABLE,)
        assert inbound.raw_contact == "nomor-rahasia"
        assert inbound.submission.reporter.phone is None
        assert "nomor-rahasia" not in repr(inbound)

    def test_web_form_with_indonesian_fields(self) -> None:
        inbound = from_web_form(
            {
                "judul": "Sampah",
                "isi": "Sampah tdk diangkut",
                "nama": "Budi",
                "telepon": "0812 3456 7890",
                "email": "Budi@Example.ID ",
                "kelurahan": "Oebobo",
                "kecamatan": "Oebobo",
                "kerahasiaan": "anonim",
                "klasifikasi": "pengaduan",
            },
            received_at=AT,
        )
        submission = inbound.submission
        assert submission.channel is Channel.WEB
        assert submission.subject == "Sampah"
        assert submission.privacy is Privacy.ANONIM
        assert submission.reporter.email == "budi@example.id"
        assert submission.location is not None
        assert submission.location.kelurahan == "Oebobo"
        assert "Budi" not in repr(inbound)

    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            pytest.param({"judul": "x"}, IntakeReason.MISSING_FIELD, id="no-text"),
            pytest.param({"isi": "   "}, IntakeReason.EMPTY_TEXT, id="blank"),
            pytest.param({"isi": 42}, IntakeReason.INVALID_FIELD, id="not-text"),
            pytest.param(
                {"isi": "x", "kerahasiaan": "terbuka"}, IntakeReason.INVALID_FIELD, id="privacy"
            ),
            pytest.param({"isi": "x" * 100_001}, IntakeReason.TOO_LONG, id="100kb"),
        ],
    )
    def test_web_form_errors(self, data: dict[str, object], reason: IntakeReason) -> None:
        with pytest.raises(IntakeError) as info:
            from_web_form(data, received_at=AT)
        assert info.value.reason == reason

    @pytest.mark.parametrize(
        ("key", "sent", "expected"),
        [
            pytest.param("kerahasiaan", "Rahasia", Privacy.RAHASIA, id="label-case"),
            pytest.param("privasi", "  ANONIM ", Privacy.ANONIM, id="padded-capitals"),
            pytest.param("privacy", "publik", Privacy.PUBLIK, id="value"),
            pytest.param(
                "klasifikasi",
                "Permintaan Informasi",
                Classification.PERMINTAAN_INFORMASI,
                id="two-word-label",
            ),
            pytest.param(
                "classification",
                "permintaan-informasi",
                Classification.PERMINTAAN_INFORMASI,
                id="hyphenated",
            ),
        ],
    )
    def test_web_form_choices_as_a_select_sends_them(
        self, key: str, sent: str, expected: Privacy | Classification
    ) -> None:
        submission = from_web_form({"isi": "x", key: sent}, received_at=AT).submission
        field = "privacy" if isinstance(expected, Privacy) else "classification"
        assert getattr(submission, field) is expected

    def test_an_unknown_choice_names_the_forms_own_field(self) -> None:
        with pytest.raises(IntakeError) as info:
            from_web_form(
                {"isi": "x", "privacy": " ", "kerahasiaan": "Yohanes 0813"}, received_at=AT
            )
        assert info.value.reason == IntakeReason.INVALID_FIELD
        assert "'kerahasiaan'" in str(info.value)
        assert "Yohanes" not in str(info.value)
        assert "0813" not in str(info.value)

    @pytest.mark.parametrize("key", ["akun", "account_id"])
    def test_a_post_cannot_say_whose_account_it_is(self, key: str) -> None:
        # Account ids are public (``twitter:<handle>``, portal user names): a post naming one
        # would act as that reporter (their replies, their rating, their complaints).
        with pytest.raises(IntakeError) as info:
            from_web_form(
                {"isi": "sudah tidak perlu, abaikan", key: "twitter:warga"}, received_at=AT
            )
        assert info.value.reason == IntakeReason.INVALID_FIELD
        assert f"'{key}'" in str(info.value)
        assert "warga" not in str(info.value)

    def test_the_account_comes_from_the_apps_session(self) -> None:
        signed_in = from_web_form({"isi": "jalan rusak"}, received_at=AT, account_id="portal:17")
        assert signed_in.submission.reporter.account_id == "portal:17"
        anonymous = from_web_form({"isi": "jalan rusak", "akun": "  "}, received_at=AT)
        assert anonymous.submission.reporter.account_id is None
        with pytest.raises(IntakeError) as info:
            from_web_form({"isi": "jalan rusak"}, received_at=AT, account_id=17)  # type: ignore[arg-type]
        assert info.value.reason == IntakeReason.INVALID_FIELD

    def test_a_nul_in_the_text_is_replaced_and_flagged_and_in_a_field_refused(self) -> None:
        # No database text column holds NUL (PostgreSQL refuses it).
        gateway = SmsGateway.kota_kupang()
        for inbound in (
            gateway.submission("KOTKUPANG jalan\x00 rusak", sender="081234567890", received_at=AT),
            gateway.reply("jalan\x00 rusak", sender="081234567890", received_at=AT),
            from_whatsapp(sender="6281234567890@c.us", text="jalan\x00 rusak", received_at=AT),
            from_web_form({"isi": "jalan\x00 rusak"}, received_at=AT),
        ):
            assert inbound.submission.text == "jalan\ufffd rusak"
            assert ReviewFlag.CONTROL_CHARACTERS in inbound.review
        with pytest.raises(IntakeError) as info:
            from_web_form({"isi": "jalan rusak", "nama": "Yohanes\x00"}, received_at=AT)
        assert info.value.reason == IntakeReason.INVALID_FIELD
        assert "Yohanes" not in str(info.value)

    @pytest.mark.parametrize(
        ("sender", "phone"),
        [
            ("6281234567890@c.us", "+6281234567890"),
            ("6281234567890@s.whatsapp.net", "+6281234567890"),
            ("6281234567890@lid", None),  # an opaque id: its digits are no phone number
            ("081234567890@g.us", None),  # a group
            ("6281234567890@broadcast", None),
        ],
    )
    def test_only_whatsapp_ids_made_of_a_number_give_a_phone(
        self, sender: str, phone: str | None
    ) -> None:
        key = b"kunci-rahasia-kantor-kupang-2026"
        inbound = from_whatsapp(sender=sender, text="air mati", received_at=AT, pseudonym_key=key)
        assert inbound.submission.reporter.phone == phone
        assert (inbound.submission.reporter.account_id is not None) == (phone is not None)
        if phone is None:
            assert inbound.review == (ReviewFlag.PHONE_UNPARSEABLE,)

    def test_social_media(self) -> None:
        inbound = from_social_media(
            platform="twitter", handle="@warga_kupang", text="#lapor jalan rusak", received_at=AT
        )
        assert inbound.submission.channel is Channel.TWITTER
        assert inbound.submission.reporter.account_id == "twitter:warga_kupang"
        with pytest.raises(IntakeError, match="platform"):
            from_social_media(platform="sms", handle="x", text="y", received_at=AT)

    def test_counter_and_suggestion_box(self) -> None:
        counter = from_counter(text="KTP blm jadi", received_at=AT, name="Ina", phone="0380821234")
        assert counter.submission.channel is Channel.LOKET
        assert counter.submission.reporter.phone == "+62380821234"
        box = from_suggestion_box(text="Pelayanan lambat", received_at=AT)
        assert box.submission.channel is Channel.KOTAK_SARAN
        assert box.submission.privacy is Privacy.ANONIM
        assert box.submission.reporter.is_empty()

    @pytest.mark.parametrize(
        ("text", "flag"),
        [
            pytest.param("🙏🙏🙏", ReviewFlag.NO_WORDS, id="emoji-only"),
            pytest.param("jalan\x00rusak\x07", ReviewFlag.CONTROL_CHARACTERS, id="control"),
            pytest.param(b"jalan \xff rusak", ReviewFlag.UNDECODABLE_BYTES, id="bad-bytes"),
        ],
    )
    def test_odd_text_is_kept_and_flagged(self, text: str | bytes, flag: ReviewFlag) -> None:
        inbound = from_whatsapp(sender="081234567890", text=text, received_at=AT)
        assert flag in inbound.review
        assert inbound.submission.text

    def test_mixed_scripts_are_untouched(self) -> None:
        text = "Jalan rusak 道路 дорога 😡"
        assert from_counter(text=text, received_at=AT).submission.text == text

    def test_naive_time_is_refused(self) -> None:
        with pytest.raises(NaiveDatetimeError):
            from_counter(text="x", received_at=AT.naive())


def complaint_from(inbound: Inbound, seed: int) -> Complaint:
    return inbound.receive(Workflow.default(), tracking_id=new_tracking_id(random.Random(seed)))


class TestDuplicates:
    def test_same_reporter_near_identical_text(self) -> None:
        first = complaint_from(
            from_whatsapp(
                sender="081234567890", text="Air PDAM mati sdh 3 hari di RT 05", received_at=AT
            ),
            1,
        )
        again = from_whatsapp(
            sender="+62 812-3456-7890",
            text="air pdam mati sudah 3 hari di rt 05!!",
            received_at=AT.add(hours=5),
        )
        hints = find_duplicates(again, [first])
        assert len(hints) == 1
        assert hints[0].tracking_id == first.tracking_id
        assert hints[0].similarity == 1.0
        assert hints[0].apart == timedelta(hours=5)

    def test_no_hint_for_other_reporter_other_text_or_outside_window(self) -> None:
        first = complaint_from(
            from_whatsapp(sender="081234567890", text="Air PDAM mati sdh 3 hari", received_at=AT),
            2,
        )
        other_reporter = from_whatsapp(
            sender="081299998888", text="Air PDAM mati sdh 3 hari", received_at=AT
        )
        other_text = from_whatsapp(
            sender="081234567890", text="Lampu jalan di gang 3 mati", received_at=AT
        )
        later = from_whatsapp(
            sender="081234567890", text="Air PDAM mati sdh 3 hari", received_at=AT.add(days=10)
        )
        anonymous = from_suggestion_box(text="Air PDAM mati sdh 3 hari", received_at=AT)
        for candidate in (other_reporter, other_text, later, anonymous):
            assert find_duplicates(candidate, [first]) == ()

    def test_a_complaint_is_not_its_own_duplicate(self) -> None:
        first = complaint_from(
            from_whatsapp(sender="081234567890", text="Air mati", received_at=AT), 3
        )
        assert find_duplicates(first, [first]) == ()
