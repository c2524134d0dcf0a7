"""From events and due clocks to messages: recipients, texts, keys, SMS length, privacy."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest
from tests.helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT, submission
from tests.hostile_helpers import SECRET_NIK, WRONG_TYPES, raises_typed, wrong_type_cases

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, ConfigurationError
from pengaduan.messages import (
    Message,
    MessageChannel,
    Messenger,
    Recipient,
    RecipientKind,
    SmsEncoding,
    TemplateSet,
)
from pengaduan.model import Actor, Channel, Reporter
from pengaduan.routing import UnitDirectory
from pengaduan.sla import DueActionKind, SlaPolicy, due_actions, on_action
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import dinkes_upp

WITA = ZoneInfo("Asia/Makassar")
WF = Workflow.default()
POLICY = SlaPolicy.lapor(WF)
CAL = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027))
KUPANG = UnitDirectory.kota_kupang()
# Thursday: the verification deadline is "Selasa, 29 September 2026", about the longest date.
T0 = datetime(2026, 9, 24, 10, tzinfo=WITA)
TID = "7KQM-XW3D-RTG"  # the shape of pengaduan.intake.tracking ids
ADMIN, REPORTER = Actor.admin("bag-organisasi"), Actor.reporter("akun-7781")
SECRETS = (SECRET_NAME, SECRET_PHONE, SECRET_TEXT, SECRET_NIK, "akun-7781")


def messenger(**options) -> Messenger:  # type: ignore[no-untyped-def]
    options = {"workflow": WF, "policy": POLICY, "calendar": CAL, "directory": KUPANG, **options}
    return Messenger(**options)


MESSENGER = messenger()


def received(**changes):  # type: ignore[no-untyped-def]
    return WF.receive(submission(**changes), tracking_id=TID, at=T0, actor=Actor.system("sms"))


def step(complaint, action, hours=1, actor=ADMIN, **data):  # type: ignore[no-untyped-def]
    at = complaint.updated_at + timedelta(hours=hours)
    return WF.apply(complaint, action, at=at, actor=actor, **data)


def disposed():  # type: ignore[no-untyped-def]
    return step(received(), "verifikasi", units=["dinkes", "pupr"])


def reopened():  # type: ignore[no-untyped-def]
    followed = step(disposed(), "tindak_lanjut", actor=Actor.unit("dinkes"), response="Sudah.")
    return step(followed, "buka_kembali", actor=REPORTER, reason="Belum diperbaiki.")


def closed():  # type: ignore[no-untyped-def]
    followed = step(disposed(), "tindak_lanjut", actor=Actor.unit("dinkes"), response="Sudah.")
    return step(followed, "tutup")


def assert_clean(messages: tuple[Message, ...]) -> None:
    for message in messages:
        for text in (message.body, message.subject or "", repr(message), message.key):
            for secret in SECRETS:
                assert secret not in text


def test_acknowledgement_on_receipt_with_the_verification_deadline() -> None:
    (ack,) = MESSENGER.messages_for(received())
    assert ack.template == "penerimaan"
    assert ack.recipient == Recipient(kind=RecipientKind.PELAPOR, id="pelapor")
    assert ack.channel is MessageChannel.SMS  # it came by SMS
    assert ack.sequence == 1
    assert ack.key == f"msg:{TID}:1:penerimaan:pelapor:pelapor"
    assert ack.body == (
        f"Pengaduan Anda diterima. No. tiket {TID}. Diverifikasi paling lambat Selasa, "
        "29 September 2026. Pantau di lapor.go.id."
    )
    assert ack.at == T0
    assert_clean((ack,))


def test_disposition_notifies_the_reporter_and_each_unit_with_its_deadline() -> None:
    messages = MESSENGER.messages_for(disposed())
    assert [(m.template, str(m.recipient), m.channel.value) for m in messages] == [
        ("disposisi_pelapor", "pelapor:pelapor", "sms"),
        ("disposisi_unit", "unit:dinkes", "email"),
        ("disposisi_unit", "unit:pupr", "email"),
    ]
    reporter, dinkes, _ = messages
    assert "Dinkes dan PUPR" in reporter.body  # short names in an SMS
    assert "Dinas Kesehatan Kota Kupang" in dinkes.body  # full names in an e-mail
    assert "paling lambat Kamis, 1 Oktober 2026 (dalam 5 hari kerja)" in dinkes.body
    assert dinkes.subject == (
        f"Disposisi pengaduan {TID}: tindak lanjut paling lambat Kamis, 1 Oktober 2026"
    )
    assert_clean(messages)


def test_reassignment_notifies_only_the_new_units() -> None:
    moved = step(disposed(), "disposisi_ulang", units=["rsud"])
    units = [
        m.recipient.id for m in MESSENGER.messages_for(moved) if m.template == "disposisi_unit"
    ]
    assert units == ["rsud"]


@pytest.mark.parametrize(
    ("action", "data", "template", "fragment"),
    [
        pytest.param("tunda", {"reason": SECRET_TEXT}, "penundaan", "belum lengkap", id="defer"),
        pytest.param(
            "alihkan", {"to": "PLN UP3 Kupang"}, "pengalihan", "kewenangan PLN UP3 Kupang", id="fwd"
        ),
    ],
)
def test_deferral_and_forward_go_to_the_reporter(
    action: str,
    data: dict,
    template: str,
    fragment: str,  # type: ignore[type-arg]
) -> None:
    (message,) = MESSENGER.messages_for(step(received(), action, **data))
    assert (message.template, message.recipient.kind) == (template, RecipientKind.PELAPOR)
    assert fragment in message.body
    assert_clean((message,))


def test_closing_asks_for_satisfaction_and_the_answer_sends_nothing() -> None:
    done = closed()
    (notice,) = MESSENGER.messages_for(done)
    assert notice.template == "penutupan"
    assert "Balas angka 1-5" in notice.body
    rated = step(done, "nilai_kepuasan", actor=REPORTER, skor="5")
    assert MESSENGER.messages_for(rated) == ()


def test_every_event_after_a_version_and_keys_are_unique_and_stable() -> None:
    done = closed()
    everything = MESSENGER.messages_for(done, after_version=0)
    assert [m.template for m in everything] == [
        "penerimaan",
        "disposisi_pelapor",
        "disposisi_unit",
        "disposisi_unit",
        "tindak_lanjut_pelapor",
        "penutupan",
    ]
    assert len({m.key for m in everything}) == len(everything)
    assert everything == MESSENGER.messages_for(done, after_version=0)
    assert MESSENGER.messages_for(done, after_version=done.version) == ()


def test_english_and_channels() -> None:
    english = messenger(language="en", officer_channel="sms")
    messages = english.messages_for(disposed())
    assert messages[0].body.startswith(f"Complaint {TID} was verified and sent to Dinkes and PUPR.")
    assert "Thursday, 1 October 2026" in messages[0].body
    assert {m.channel for m in messages} == {MessageChannel.SMS}
    web = received(channel=Channel.WEB)
    assert MESSENGER.messages_for(web)[0].channel is MessageChannel.EMAIL
    whatsapp = messenger(reporter_channels={"web": "whatsapp"}).messages_for(web)[0]
    assert whatsapp.channel is MessageChannel.WHATSAPP
    assert whatsapp.body.startswith("Pengaduan Anda *diterima*.\nNo. tiket: *7KQM-XW3D-RTG*\n")


def test_nobody_to_tell_without_a_reporter_identity() -> None:
    anonymous = received(reporter=Reporter())
    assert MESSENGER.messages_for(anonymous) == ()
    units = {
        m.recipient.kind
        for m in MESSENGER.messages_for(step(anonymous, "verifikasi", units=["dinkes"]))
    }
    assert units == {RecipientKind.UNIT}


def test_without_a_directory_unit_ids_are_shown() -> None:
    plain = messenger(directory=None).messages_for(disposed())
    assert "ke dinkes dan pupr." in plain[0].body


# -- SMS length -------------------------------------------------------------------------------


def all_sms(language: str) -> dict[str, list[Message]]:
    """Every shipped template rendered as SMS with realistic values (the longest date)."""
    sms = messenger(language=language, officer_channel="sms")
    found: dict[str, list[Message]] = {}
    complaints = [
        received(),
        disposed(),
        step(received(), "tunda", reason="x"),
        step(received(), "alihkan", to="PLN UP3 Kupang"),
        closed(),
        step(disposed(), "tindak_lanjut", actor=Actor.unit("dinkes"), response="Sudah."),
        step(step(received(), "tunda", reason="x"), "lanjutkan", actor=REPORTER),
        reopened(),
        step(reopened(), "eskalasi", actor=REPORTER, to="atasan"),
        step(received(), "arsipkan", reason="tidak_jelas"),
        step(disposed(), "tanggapi", message="Mohon kirim foto lokasi"),
        step(disposed(), "tanggapi", actor=REPORTER, message="Sudah saya kirim"),
    ]
    for complaint in complaints:
        for message in sms.messages_for(complaint):
            found.setdefault(message.template, []).append(message)
    waiting = received()
    stuck = disposed()
    # The verification reminder, the follow-up reminder, then both breaches.
    for month, day in ((9, 29), (10, 1), (10, 2)):
        now = datetime(2026, month, day, 9, tzinfo=WITA)
        for complaint in (waiting, stuck):
            for due in due_actions([complaint], policy=POLICY, calendar=CAL, workflow=WF, now=now):
                for message in sms.messages_for_due(due, complaint):
                    found.setdefault(message.template, []).append(message)
    return found


@pytest.mark.parametrize("language", ["id", "en"])
def test_shipped_sms_fit_one_gsm7_segment(language: str) -> None:
    found = all_sms(language)
    assert set(found) == {t.name for t in TemplateSet.default().templates}
    for name, messages in found.items():
        for message in messages:
            segments = message.segments
            assert segments is not None
            assert segments.encoding is SmsEncoding.GSM7, name
            assert segments.single, (name, segments.units)


def test_segments_only_for_sms() -> None:
    (email,) = messenger(reporter_channels={"sms": "email"}).messages_for(received())
    assert email.segments is None


# -- SLA reminders and breaches ---------------------------------------------------------------


def test_reminder_before_the_deadline_goes_to_the_responsible() -> None:
    now = datetime(2026, 9, 29, 9, tzinfo=WITA)  # one working day left for verification
    waiting = received()
    (due,) = due_actions([waiting], policy=POLICY, calendar=CAL, workflow=WF, now=now)
    assert due.kind is DueActionKind.WARNING
    (reminder,) = MESSENGER.messages_for_due(due, waiting)
    assert reminder.template == "pengingat_verifikasi"
    assert reminder.recipient == Recipient(kind=RecipientKind.ADMIN, id="admin")
    assert reminder.sequence is None
    assert reminder.key == f"msg:{TID}:sla.verifikasi.1.warning:pengingat_verifikasi:admin:admin"
    # Due from the start of the last day: "today".
    assert "paling lambat Selasa, 29 September 2026 (hari ini)" in reminder.body


def test_breach_notice_goes_to_the_superior_once_per_superior() -> None:
    stuck = disposed()
    now = datetime(2026, 10, 2, 9, tzinfo=WITA)
    (due,) = due_actions([stuck], policy=POLICY, calendar=CAL, workflow=WF, now=now)
    assert due.kind is DueActionKind.BREACH
    (notice,) = MESSENGER.messages_for_due(due, stuck)
    assert notice.recipient == Recipient(kind=RecipientKind.ATASAN, id="sekda")
    assert notice.body.startswith("Yth. Sekretaris Daerah Kota Kupang,")
    assert "Penanggung jawab: Dinas Kesehatan Kota Kupang dan Dinas Pekerjaan Umum" in notice.body
    plain = messenger(directory=None).messages_for_due(due, stuck)
    assert [str(m.recipient) for m in plain] == ["atasan:atasan:dinkes", "atasan:atasan:pupr"]
    assert_clean((notice, *plain))


def test_auto_close_due_actions_send_nothing_themselves() -> None:
    followed = step(disposed(), "tindak_lanjut", actor=Actor.unit("dinkes"), response="Sudah.")
    now = datetime(2026, 11, 30, 9, tzinfo=WITA)
    found = due_actions([followed], policy=POLICY, calendar=CAL, workflow=WF, now=now)
    auto = [d for d in found if d.kind is DueActionKind.AUTO_CLOSE]
    assert auto
    assert MESSENGER.messages_for_due(auto[0], followed) == ()


# -- configuration and bad input --------------------------------------------------------------


def test_the_dinkes_profile_uses_the_same_templates() -> None:
    dinkes = Workflow.from_definition(dinkes_upp())
    follow_up = attrs.evolve(
        POLICY.rule("tindak_lanjut"), stop=on_action("jawab"), reset=on_action("buka_kembali")
    )
    policy = SlaPolicy.lapor().with_rules(follow_up)
    found = Messenger(workflow=dinkes, policy=policy, calendar=CAL)
    assert ("disposisi_pelapor", "disposisi_ulang") in found.inactive
    assert MESSENGER.inactive == ()


def test_a_template_clock_the_policy_lacks_is_a_configuration_error() -> None:
    templates = TemplateSet.default().overridden(
        {"template": [{"name": "penerimaan", "clock": "penyelesaian"}]}
    )
    error = raises_typed(messenger, templates=templates)
    assert isinstance(error, ConfigurationError)
    assert error.problems == (
        "template[penerimaan].clock: the SLA policy has no clock 'penyelesaian'",
    )


def test_messages_for_refuses_bad_arguments() -> None:
    complaint = received()
    assert isinstance(raises_typed(MESSENGER.messages_for, "KPG-1"), ArgumentError)
    for bad in (-1, 2, True, "0"):
        error = raises_typed(MESSENGER.messages_for, complaint, after_version=bad)
        assert isinstance(error, ArgumentError)
    assert isinstance(raises_typed(MESSENGER.messages_for_due, object(), complaint), ArgumentError)
    (due,) = due_actions(
        [received()],
        policy=POLICY,
        calendar=CAL,
        workflow=WF,
        now=datetime(2026, 10, 2, tzinfo=WITA),
    )
    other = WF.receive(submission(), tracking_id="LAIN-1", at=T0, actor=Actor.system("sms"))
    assert isinstance(raises_typed(MESSENGER.messages_for_due, due, other), ArgumentError)


@pytest.mark.parametrize(
    ("call", "value"),
    wrong_type_cases(
        {
            "workflow": lambda v: messenger(workflow=v),
            "policy": lambda v: messenger(policy=v),
            "calendar": lambda v: messenger(calendar=v),
            "templates": lambda v: messenger(templates=v),
            "directory": lambda v: messenger(directory=v),
            "language": lambda v: messenger(language=v),
            "officer_channel": lambda v: messenger(officer_channel=v),
            "reporter_channels": lambda v: messenger(reporter_channels=v),
            "admin_id": lambda v: messenger(admin_id=v),
        },
        {"templates": {"none"}, "directory": {"none"}, "reporter_channels": {"none"}},
    ),
)
def test_wrong_types_are_typed_errors(call, value) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(raises_typed(call, value), ArgumentError)


def test_wrong_types_cover_the_helpers() -> None:
    assert WRONG_TYPES


def test_a_template_built_in_python_that_cannot_be_filled_is_a_configuration_error() -> None:
    from pengaduan.messages import ChannelText, Template  # noqa: PLC0415

    texts = (((MessageChannel.SMS, "id"), ChannelText(body="{nama_pelapor}")),)
    unchecked = Template(
        name="x", recipient=RecipientKind.PELAPOR, on_actions=("terima",), texts=texts
    )
    found = messenger(templates=TemplateSet(templates=(unchecked,)))
    error = raises_typed(found.messages_for, received())
    assert isinstance(error, ConfigurationError)
