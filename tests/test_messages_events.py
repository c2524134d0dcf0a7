"""WhatsApp texts of their own, and the templates for the further steps of the LAPOR! flow: the
unit's follow-up, a resumed complaint, a reopened one, an escalation."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest
from tests.helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT, submission
from tests.hostile_helpers import SECRET_NIK

from pengaduan.calendar import WorkingCalendar
from pengaduan.messages import (
    WHATSAPP_MAX_CHARS,
    Message,
    MessageChannel,
    Messenger,
    Recipient,
    RecipientKind,
    TemplateSet,
)
from pengaduan.model import Actor, Channel
from pengaduan.routing import UnitDirectory
from pengaduan.sla import SlaPolicy, on_action
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import dinkes_upp

WITA = ZoneInfo("Asia/Makassar")
WF = Workflow.default()
POLICY = SlaPolicy.lapor(WF)
CAL = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027))
KUPANG = UnitDirectory.kota_kupang()
T0 = datetime(2026, 9, 24, 10, tzinfo=WITA)
TID = "7KQM-XW3D-RTG"
ADMIN, REPORTER = Actor.admin("bag-organisasi"), Actor.reporter("akun-7781")
SECRETS = (SECRET_NAME, SECRET_PHONE, SECRET_TEXT, SECRET_NIK, "akun-7781")
SHIPPED = TemplateSet.default()
REPORTER_TEMPLATES = (
    "penerimaan",
    "disposisi_pelapor",
    "penundaan",
    "pengalihan",
    "tindak_lanjut_pelapor",
    "lanjutkan_pelapor",
    "penutupan",
)


def messenger(**options) -> Messenger:  # type: ignore[no-untyped-def]
    options = {"workflow": WF, "policy": POLICY, "calendar": CAL, "directory": KUPANG, **options}
    return Messenger(**options)


def received(workflow: Workflow = WF, **changes):  # type: ignore[no-untyped-def]
    return workflow.receive(submission(**changes), tracking_id=TID, at=T0, actor=Actor.system("wa"))


def step(complaint, action, hours=1, actor=ADMIN, workflow=WF, **data):  # type: ignore[no-untyped-def]
    at = complaint.updated_at + timedelta(hours=hours)
    return workflow.apply(complaint, action, at=at, actor=actor, **data)


def disposed(units=("dinkes",)):  # type: ignore[no-untyped-def]
    return step(received(), "verifikasi", units=list(units))


def followed(units=("dinkes",)):  # type: ignore[no-untyped-def]
    return step(disposed(units), "tindak_lanjut", actor=Actor.unit(units[0]), response="Sudah.")


def reopened(units=("dinkes",)):  # type: ignore[no-untyped-def]
    # Reopened on Monday 28 September, after the follow-up of Thursday 24 September.
    return step(
        followed(units), "buka_kembali", hours=24 * 4, actor=REPORTER, reason="Belum diperbaiki."
    )


def assert_clean(messages: tuple[Message, ...]) -> None:
    for message in messages:
        for text in (message.body, message.subject or "", repr(message), message.key):
            for secret in SECRETS:
                assert secret not in text


# -- WhatsApp ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", REPORTER_TEMPLATES)
@pytest.mark.parametrize("language", ["id", "en"])
def test_reporter_templates_have_whatsapp_texts_of_their_own(name: str, language: str) -> None:
    template = SHIPPED.get(name)
    whatsapp = template.text(MessageChannel.WHATSAPP, language).body
    sms = template.text(MessageChannel.SMS, language).body
    assert whatsapp != sms
    assert "*{tracking_id}*" in whatsapp  # the tracking id in bold
    assert whatsapp.count("\n") >= 3  # a line per fact
    assert len(whatsapp) > len(sms)


def test_officer_templates_send_their_sms_text_on_whatsapp() -> None:
    for template in SHIPPED.templates:
        if template.recipient is not RecipientKind.PELAPOR:
            assert template.text("whatsapp") == template.text("sms"), template.name


def whatsapp_messages(language: str, **options) -> dict[str, list[Message]]:  # type: ignore[no-untyped-def]
    """Every reporter message of the shipped set, sent by WhatsApp."""
    wa = messenger(language=language, **options)
    complaints = [
        received(channel=Channel.WHATSAPP),
        step(received(channel=Channel.WHATSAPP), "verifikasi", units=["dinkes", "pupr"]),
        step(received(channel=Channel.WHATSAPP), "tunda", reason="x"),
        step(received(channel=Channel.WHATSAPP), "alihkan", to="PLN UP3 Kupang"),
    ]
    resumed = step(complaints[2], "lanjutkan", actor=REPORTER)
    answered = step(complaints[1], "tindak_lanjut", actor=Actor.unit("dinkes"), response="x")
    complaints += [resumed, answered, step(answered, "tutup")]
    found: dict[str, list[Message]] = {}
    for complaint in complaints:
        for message in wa.messages_for(complaint):
            if message.recipient.kind is RecipientKind.PELAPOR:
                found.setdefault(message.template, []).append(message)
    return found


@pytest.mark.parametrize("language", ["id", "en"])
def test_whatsapp_messages_are_sent_in_their_own_words(language: str) -> None:
    found = whatsapp_messages(language)
    assert set(found) == set(REPORTER_TEMPLATES)
    for messages in found.values():
        for message in messages:
            assert message.channel is MessageChannel.WHATSAPP
            assert f"*{TID}*" in message.body
            assert message.segments is None  # no SMS segments on WhatsApp
            assert_clean((message,))
    (disposed_to,) = found["disposisi_pelapor"]  # full unit names: WhatsApp has the room
    assert "Dinas Kesehatan Kota Kupang" in disposed_to.body
    (ack,) = found["penerimaan"]
    if language == "id":
        assert ack.body.splitlines()[:3] == [
            "Pengaduan Anda *diterima*.",
            f"No. tiket: *{TID}*",
            "Diverifikasi paling lambat: Selasa, 29 September 2026 (3 hari kerja)",
        ]
        assert ack.body.endswith("_Pemerintah Daerah_")


def test_whatsapp_messages_stay_under_the_whatsapp_limit_with_long_values() -> None:
    long_value = "Pemerintah Kota Kupang, Provinsi Nusa Tenggara Timur " * 3
    templates = SHIPPED.overridden(
        {"values": {"instansi": long_value[:200], "portal": ("x" * 190) + ".go.id"}}
    )
    # As many units as a disposition may name, each with its full name.
    units = [u.id for u in KUPANG if u.id != "luar-kewenangan"][:32]  # the most a disposition names
    wa = messenger(templates=templates, reporter_channels={"sms": "whatsapp"})
    complaint = step(received(), "verifikasi", units=units)
    answered = step(complaint, "tindak_lanjut", actor=Actor.unit(units[0]), response="x")
    forwarded = step(received(), "alihkan", to="y" * 2_000)
    for each in (complaint, answered, step(answered, "tutup"), forwarded):
        for message in wa.messages_for(each):
            if message.channel is MessageChannel.WHATSAPP:
                assert len(message.body) <= WHATSAPP_MAX_CHARS, message.template


def test_a_region_that_rewrites_the_sms_text_gets_it_on_whatsapp_too() -> None:
    regional = SHIPPED.overridden(
        {"template": [{"name": "penerimaan", "sms": {"id": "Aduan {tracking_id} diterima."}}]}
    )
    template = regional.get("penerimaan")
    assert template.text("whatsapp", "id").body == "Aduan {tracking_id} diterima."
    assert template.text("whatsapp", "en") == template.text("sms", "en")
    # Other templates keep their WhatsApp texts; a region may give both.
    assert regional.get("penutupan").text("whatsapp") == SHIPPED.get("penutupan").text("whatsapp")
    both = SHIPPED.overridden(
        {
            "template": [
                {
                    "name": "penerimaan",
                    "sms": {"id": "Aduan {tracking_id} diterima."},
                    "whatsapp": {"id": "Aduan *{tracking_id}* diterima."},
                }
            ]
        }
    )
    assert both.get("penerimaan").text("whatsapp").body == "Aduan *{tracking_id}* diterima."
    assert both.get("penerimaan").text("whatsapp", "en") == SHIPPED.get("penerimaan").text(
        "whatsapp", "en"
    )


def test_a_regions_own_file_without_whatsapp_texts_sends_the_sms_text() -> None:
    data = SHIPPED.to_dict()
    for item in data["template"]:
        item.pop("whatsapp", None)
    own = TemplateSet.from_dict(data)
    wa = messenger(templates=own, reporter_channels={"sms": "whatsapp"})
    (ack,) = wa.messages_for(received())
    assert ack.channel is MessageChannel.WHATSAPP
    assert ack.body.startswith(f"Pengaduan Anda diterima. No. tiket {TID}.")


# -- the further steps ------------------------------------------------------------------------


def test_the_units_follow_up_tells_the_reporter_they_may_reply() -> None:
    (message,) = messenger().messages_for(followed())
    assert (message.template, message.recipient.kind) == ("tindak_lanjut_pelapor", "pelapor")
    assert message.body == (
        f"Pengaduan {TID} sudah ditindaklanjuti Dinkes. Baca jawabannya di lapor.go.id. "
        "Belum tuntas? Balas pesan ini."
    )
    (email,) = messenger(reporter_channels={"sms": "email"}, language="en").messages_for(followed())
    assert email.subject == f"Complaint {TID} was followed up"
    assert "Dinas Kesehatan Kota Kupang" in email.body
    assert "asked to rate" in email.body
    assert_clean((message, email))


def test_a_resumed_complaint_tells_the_reporter_the_new_verification_deadline() -> None:
    deferred = step(received(), "tunda", hours=2, reason="mohon lengkapi")
    resumed = step(deferred, "lanjutkan", hours=24 * 5, actor=REPORTER)
    message, admin = messenger().messages_for(resumed)
    assert (message.template, admin.template) == ("lanjutkan_pelapor", "lanjutkan_admin")
    # Received Thursday 24 September; paused the same day; resumed Tuesday 29 September: the
    # three working days count from the resumption.
    assert "Diverifikasi paling lambat Jumat, 2 Oktober 2026." in message.body
    # The admin, who verifies, is told the same deadline (and nothing of what was added).
    assert str(admin.recipient) == "admin:admin"
    assert "paling lambat Jumat, 2 Oktober 2026 (dalam 3 hari kerja)" in admin.body
    assert_clean((message, admin))


def test_a_reopened_complaint_tells_each_unit_its_new_deadline() -> None:
    complaint = reopened(("dinkes", "pupr"))
    messages = messenger().messages_for(complaint)
    assert [(m.template, str(m.recipient)) for m in messages] == [
        ("buka_kembali_unit", "unit:dinkes"),
        ("buka_kembali_unit", "unit:pupr"),
    ]
    # The follow-up clock restarts: five working days from Monday, not from the disposition.
    assert "paling lambat Senin, 5 Oktober 2026 (dalam 5 hari kerja)" in messages[0].body
    sms = messenger(officer_channel="sms", language="en").messages_for(complaint)
    assert sms[0].body.startswith(f"Complaint {TID} was reopened. Dinkes, please")
    assert_clean(messages + sms)


def test_without_a_restarting_clock_a_reopening_sends_no_deadline_it_cannot_keep() -> None:
    keep = attrs.evolve(POLICY.rule("tindak_lanjut"), reset=on_action("disposisi_ulang"))
    policy = POLICY.with_rules(keep)
    assert messenger(policy=policy).messages_for(reopened()) == ()


@pytest.mark.parametrize(
    ("language", "receipt", "disposition"),
    [
        (
            "id",
            "Diverifikasi paling lambat tanggal yang akan ditetapkan kemudian.",
            "kemudian (jangka waktu yang akan ditetapkan kemudian).",
        ),
        (
            "en",
            "It will be verified by a date yet to be set.",
            "follow up by a date yet to be set (a period yet to be set).",
        ),
    ],
)
def test_a_deadline_past_the_calendars_years_is_told_as_yet_to_be_set(
    language: str, receipt: str, disposition: str
) -> None:
    # Received on 30 December of the calendar's last year: every deadline lies in a year the
    # calendar has no holidays for. The messages go, saying the deadline is yet to be set.
    late = datetime(CAL.last_year, 12, 30, 10, tzinfo=WITA)
    sms = WF.receive(
        submission(channel=Channel.SMS), tracking_id=TID, at=late, actor=Actor.system("sms")
    )
    writer = messenger(language=language, officer_channel="sms")
    (message,) = writer.messages_for(sms)
    assert message.template == "penerimaan"
    assert receipt in message.body
    verified = step(sms, "verifikasi", units=["dinkes"])
    to_unit = [m for m in writer.messages_for(verified) if m.recipient.kind is RecipientKind.UNIT]
    assert len(to_unit) == 1
    assert disposition in to_unit[0].body
    assert_clean((message, *to_unit))


def test_an_escalation_to_the_superior_tells_the_superior() -> None:
    escalated = step(reopened(("dinkes", "pupr")), "eskalasi", actor=REPORTER, to="atasan")
    message, confirmation = messenger().messages_for(escalated)
    assert message.template == "eskalasi"
    assert message.recipient == Recipient(kind=RecipientKind.TUJUAN, id="sekda")
    assert message.body.startswith("Yth. Sekretaris Daerah Kota Kupang,")
    assert "oleh\nDinas Kesehatan Kota Kupang dan Dinas Pekerjaan" in message.body
    assert confirmation.template == "eskalasi_pelapor"
    plain = messenger(directory=None).messages_for(escalated)
    assert [str(m.recipient) for m in plain if m.template == "eskalasi"] == [
        "tujuan:atasan:dinkes",
        "tujuan:atasan:pupr",
    ]
    assert_clean((message, confirmation, *plain))


def test_the_dinkes_profile_fires_the_same_templates() -> None:
    dinkes = Workflow.from_definition(dinkes_upp())
    follow_up = attrs.evolve(
        POLICY.rule("tindak_lanjut"), stop=on_action("jawab"), reset=on_action("buka_kembali")
    )
    policy = SlaPolicy.lapor().with_rules(follow_up)
    found = Messenger(workflow=dinkes, policy=policy, calendar=CAL, directory=KUPANG)
    for name in ("tindak_lanjut", "lanjutkan", "buka_kembali", "eskalasi"):
        assert (name, name) not in found.inactive
    complaint = step(received(dinkes), "verifikasi", workflow=dinkes, units=["puskesmas-oebobo"])
    answered = step(
        complaint,
        "jawab",
        workflow=dinkes,
        actor=Actor.unit("puskesmas-oebobo"),
        response="Sudah.",
    )
    approved = step(answered, "tindak_lanjut", workflow=dinkes, response="Sudah.")
    assert [m.template for m in found.messages_for(approved)] == ["tindak_lanjut_pelapor"]
    again = step(approved, "buka_kembali", workflow=dinkes, actor=REPORTER, reason="Belum.")
    assert [str(m.recipient) for m in found.messages_for(again)] == ["unit:puskesmas-oebobo"]
    up = step(again, "eskalasi", workflow=dinkes, actor=REPORTER, to="kepala_dinas")
    escalation, _ = found.messages_for(up)
    assert (escalation.template, str(escalation.recipient)) == ("eskalasi", "tujuan:dinkes")
