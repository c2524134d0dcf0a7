"""Who hears of each action of the default SOP: archiving, the conversation, escalations, SMS
length with the Kota Kupang directory's names."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from tests.helpers import SECRET_NAME, SECRET_PHONE, SECRET_TEXT, submission
from tests.hostile_helpers import HOSTILE_TEXTS, SECRET_NIK, WRONG_TYPES

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ConfigurationError, PengaduanError
from pengaduan.messages import (
    Message,
    MessageChannel,
    Messenger,
    Recipient,
    RecipientKind,
    SmsEncoding,
    TemplateSet,
)
from pengaduan.messages._fit import ELLIPSIS, MIN_NAME, cut_name, fit_sms
from pengaduan.messages._words import archive_reason_words, escalation_words
from pengaduan.model import Actor, Channel
from pengaduan.routing import UnitDirectory
from pengaduan.sla import SlaDeadlines, SlaPolicy, due_actions
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import ARCHIVE_REASONS, ESCALATION_TARGETS

WITA = ZoneInfo("Asia/Makassar")
WF = Workflow.default()
POLICY = SlaPolicy.lapor(WF)
CAL = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027))
KUPANG = UnitDirectory.kota_kupang()
T0 = datetime(2026, 9, 24, 10, tzinfo=WITA)  # the verification deadline: Selasa, 29 September
TID = "7KQM-XW3D-RTG"
ADMIN, REPORTER = Actor.admin("bag-organisasi"), Actor.reporter("akun-7781")
QUESTION = "Mohon kirim foto lokasi jalan yang rusak, Bu Maria"
SECRETS = (SECRET_NAME, SECRET_PHONE, SECRET_TEXT, SECRET_NIK, "akun-7781", QUESTION)
SHIPPED = TemplateSet.default()


def messenger(**options) -> Messenger:  # type: ignore[no-untyped-def]
    options = {"workflow": WF, "policy": POLICY, "calendar": CAL, "directory": KUPANG, **options}
    return Messenger(**options)


MESSENGER = messenger()


def received(**changes):  # type: ignore[no-untyped-def]
    return WF.receive(submission(**changes), tracking_id=TID, at=T0, actor=Actor.system("sms"))


def step(complaint, action, actor=ADMIN, **data):  # type: ignore[no-untyped-def]
    return WF.apply(
        complaint, action, at=complaint.updated_at + timedelta(hours=1), actor=actor, **data
    )


def disposed(units=("dinkes",), **changes):  # type: ignore[no-untyped-def]
    return step(received(**changes), "verifikasi", units=list(units))


def followed(units=("dinkes",), **changes):  # type: ignore[no-untyped-def]
    return step(
        disposed(units, **changes), "tindak_lanjut", actor=Actor.unit(units[0]), response="Sudah."
    )


def reopened(units=("dinkes",), **changes):  # type: ignore[no-untyped-def]
    return step(followed(units, **changes), "buka_kembali", actor=REPORTER, reason="Belum.")


def assert_clean(messages: tuple[Message, ...] | list[Message]) -> None:
    for message in messages:
        for text in (message.body, message.subject or "", repr(message), message.key):
            for secret in SECRETS:
                assert secret not in text


def sent(complaint, **options) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.template, str(m.recipient)) for m in messenger(**options).messages_for(complaint)]


# -- every action of the default SOP ----------------------------------------------------------

# What each action of Workflow.default() sends (docs/howto/messages.md has the table and the
# reasons for the two that send nothing).
EXPECTED = {
    "terima": [("penerimaan", "pelapor:pelapor")],
    "verifikasi": [("disposisi_pelapor", "pelapor:pelapor"), ("disposisi_unit", "unit:dinkes")],
    "tunda": [("penundaan", "pelapor:pelapor")],
    "lanjutkan": [("lanjutkan_pelapor", "pelapor:pelapor"), ("lanjutkan_admin", "admin:admin")],
    "alihkan": [("pengalihan", "pelapor:pelapor")],
    "arsipkan": [("pengarsipan", "pelapor:pelapor")],
    "disposisi_ulang": [("disposisi_pelapor", "pelapor:pelapor"), ("disposisi_unit", "unit:rsud")],
    "tindak_lanjut": [("tindak_lanjut_pelapor", "pelapor:pelapor")],
    "tanggapi": [("tanggapan_pelapor_unit", "unit:dinkes")],  # by the reporter
    "tanggapi-admin": [("tanggapan_admin", "pelapor:pelapor")],
    "buka_kembali": [("buka_kembali_unit", "unit:dinkes")],
    "tutup": [("penutupan", "pelapor:pelapor")],
    "tutup_otomatis": [("penutupan", "pelapor:pelapor")],
    "eskalasi": [("eskalasi", "tujuan:ombudsman"), ("eskalasi_pelapor", "pelapor:pelapor")],
    "nilai_kepuasan": [],
}


def after(action: str):  # type: ignore[no-untyped-def]
    """A complaint whose latest event is ``action`` (valid data, a permitted actor)."""
    found = {
        "terima": received,
        "verifikasi": disposed,
        "tunda": lambda: step(received(), "tunda", reason="x"),
        "lanjutkan": lambda: step(
            step(received(), "tunda", reason="x"), "lanjutkan", actor=REPORTER
        ),
        "alihkan": lambda: step(received(), "alihkan", to="PLN UP3 Kupang"),
        "arsipkan": lambda: step(received(), "arsipkan", reason="tidak_jelas"),
        "disposisi_ulang": lambda: step(disposed(), "disposisi_ulang", units=["rsud"]),
        "tindak_lanjut": followed,
        "tanggapi": lambda: step(disposed(), "tanggapi", actor=REPORTER, message=SECRET_TEXT),
        "tanggapi-admin": lambda: step(disposed(), "tanggapi", message=QUESTION),
        "buka_kembali": reopened,
        "tutup": lambda: step(followed(), "tutup"),
        "tutup_otomatis": lambda: step(followed(), "tutup_otomatis", actor=Actor.system("job")),
        "eskalasi": lambda: step(reopened(), "eskalasi", actor=REPORTER, to="ombudsman"),
        "nilai_kepuasan": lambda: step(
            step(followed(), "tutup"), "nilai_kepuasan", actor=REPORTER, skor="4"
        ),
    }
    return found[action]()


def test_the_table_covers_every_action_of_the_default_sop() -> None:
    actions = {"terima"} | {a.name for a in WF.actions}
    assert {name.removesuffix("-admin") for name in EXPECTED} == actions


@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_every_action_of_the_default_sop_tells_whom_it_concerns(action: str) -> None:
    complaint = after(action)
    assert sent(complaint) == EXPECTED[action]
    assert_clean(MESSENGER.messages_for(complaint))


def test_every_terminal_status_tells_the_reporter() -> None:
    terminal = {s.name for s in WF.statuses if s.category.value == "terminal"}
    told = set()
    for action in EXPECTED:
        complaint = after(action)
        if complaint.status in terminal and complaint.history[-1].action != "nilai_kepuasan":
            assert ("pelapor:pelapor") in {r for _, r in sent(complaint)}, action
            told.add(complaint.status)
    assert told == terminal


# -- archiving ----------------------------------------------------------------------------------

ARCHIVE_WORDS = {
    "bukan_kinerja_pemerintah": "bukan tentang layanan pemerintah",
    "duplikat": "sama dengan pengaduan lain yang sedang ditangani",
    "format_salah": "formatnya tidak sesuai ketentuan",
    "spam": "tidak berisi pengaduan",
    "terlalu_umum": "isinya terlalu umum",
    "tidak_jelas": "isinya belum cukup jelas",
}


@pytest.mark.parametrize("reason", sorted(ARCHIVE_REASONS))
def test_an_archived_complaint_tells_the_reporter_why_in_words(reason: str) -> None:
    archived = step(received(), "arsipkan", reason=reason)
    (sms,) = MESSENGER.messages_for(archived)
    assert sms.body == (
        f"Pengaduan {TID} diarsipkan dan tidak ditindaklanjuti karena {ARCHIVE_WORDS[reason]}. "
        "Info: lapor.go.id."
    )
    channels = {"sms": "email"}, {"sms": "whatsapp"}, {"sms": "sms"}
    for language in ("id", "en"):
        for chosen in channels:
            (message,) = messenger(language=language, reporter_channels=chosen).messages_for(
                archived
            )
            assert reason not in message.body
            assert reason not in (message.subject or "")
            assert message.segments is None or message.segments.single
    assert_clean((sms,))


def test_the_english_archive_notice_reads_as_a_sentence() -> None:
    archived = step(received(), "arsipkan", reason="duplikat")
    (sms,) = messenger(language="en").messages_for(archived)
    assert sms.body == (
        f"Complaint {TID} was archived and will not be handled because it repeats a complaint "
        "that is already being handled. See lapor.go.id."
    )


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize(
    "code",
    [
        pytest.param("lainnya", id="a-regions-own-code"),
        *(pytest.param(v, id=f"text-{k}") for k, v in HOSTILE_TEXTS),
        *(pytest.param(v, id=f"type-{k}") for k, v in WRONG_TYPES),
    ],
)
def test_an_unknown_archive_reason_reads_as_the_neutral_phrase(code: object, language: str) -> None:
    words = archive_reason_words(code, language)
    assert words == archive_reason_words(None, language)
    assert words in {
        "tidak memenuhi syarat untuk ditangani",
        "it does not meet the requirements to be handled",
    }


def test_every_shipped_archive_reason_has_its_own_words() -> None:
    for language in ("id", "en"):
        fallback = archive_reason_words(None, language)
        found = {archive_reason_words(code, language) for code in ARCHIVE_REASONS}
        assert fallback not in found
        assert len(found) == len(ARCHIVE_REASONS)


# -- the conversation -----------------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["sms", "whatsapp", "email"])
def test_an_admins_message_tells_the_reporter_to_read_and_answer_it(channel: str) -> None:
    asked = step(disposed(), "tanggapi", message=QUESTION)
    (message,) = messenger(reporter_channels={"sms": channel}).messages_for(asked)
    assert message.template == "tanggapan_admin"
    assert message.recipient == Recipient(kind=RecipientKind.PELAPOR, id="pelapor")
    assert "lapor.go.id" in message.body  # where to read it
    assert "membalas" in message.body  # how to answer
    assert "foto" not in message.body  # the question itself stays in the portal
    assert_clean((message,))


def test_the_reporters_own_reply_tells_each_unit_and_not_the_reporter() -> None:
    replied = step(disposed(("dinkes", "pupr")), "tanggapi", actor=REPORTER, message=SECRET_TEXT)
    assert sent(replied) == [
        ("tanggapan_pelapor_unit", "unit:dinkes"),
        ("tanggapan_pelapor_unit", "unit:pupr"),
    ]
    assert_clean(MESSENGER.messages_for(replied))


def test_by_roles_is_checked_when_the_file_loads() -> None:
    def region(by_roles: object, **more: object) -> dict[str, object]:
        template = {"name": "tanggapan_admin", "by_roles": by_roles, **more}
        return {"template": [template]}

    assert SHIPPED.overridden(region(["admin", "pengawas"])).get("tanggapan_admin").by_roles == (
        "admin",
        "pengawas",
    )
    for bad, problem in (
        (["kepala"], "template[tanggapan_admin].by_roles[0]: must be one of"),
        ("admin", "template[tanggapan_admin].by_roles: must be a non-empty list of names"),
        ([], "template[tanggapan_admin].by_roles: must be a non-empty list of names"),
    ):
        with pytest.raises(ConfigurationError) as raised:
            SHIPPED.overridden(region(bad))
        assert any(str(p).startswith(problem) for p in raised.value.problems), bad
    clocked = {
        "template": [{"name": "pengingat_verifikasi", "by_roles": ["admin"]}],
    }
    with pytest.raises(ConfigurationError) as raised:
        SHIPPED.overridden(clocked)
    assert "template[pengingat_verifikasi].by_roles: only for on_actions" in raised.value.problems


# -- escalations ----------------------------------------------------------------------------------

ESCALATED = {
    "atasan": ("sekda", "Sekretaris Daerah Kota Kupang", "atasan unit yang menangani"),
    "kepala_daerah": ("walikota", "Wali Kota Kupang", "kepala daerah"),
    "ombudsman": ("ombudsman", "Ombudsman RI Perwakilan NTT", "Ombudsman RI"),
}


@pytest.mark.parametrize("to", sorted(ESCALATION_TARGETS))
def test_an_escalation_goes_where_its_to_says(to: str) -> None:
    unit, name, words = ESCALATED[to]
    escalated = step(reopened(("dinkes", "pupr")), "eskalasi", actor=REPORTER, to=to)
    notice, confirmation = MESSENGER.messages_for(escalated)
    assert notice.recipient == Recipient(kind=RecipientKind.TUJUAN, id=unit)
    assert notice.body.startswith(f"Yth. {name},\n")
    assert f"dieskalasi kepada {words} karena" in notice.body
    assert notice.subject == f"Eskalasi pengaduan {TID} kepada {name}"
    assert confirmation.recipient.kind is RecipientKind.PELAPOR
    assert f"dieskalasi kepada {words} karena belum tuntas" in confirmation.body
    assert_clean((notice, confirmation))


def test_an_escalation_to_the_ombudsman_is_not_sent_to_the_superior() -> None:
    escalated = step(reopened(), "eskalasi", actor=REPORTER, to="ombudsman")
    notices = [m for m in MESSENGER.messages_for(escalated) if m.template == "eskalasi"]
    assert [str(m.recipient) for m in notices] == ["tujuan:ombudsman"]
    assert "sekda" not in notices[0].key
    assert "Sekretaris" not in notices[0].body


@pytest.mark.parametrize(
    ("to", "recipients", "greeting"),
    [
        ("atasan", ["tujuan:atasan:dinkes", "tujuan:atasan:pupr"], "Yth. Atasan,"),
        ("kepala_daerah", ["tujuan:kepala_daerah"], "Yth. Kepala Daerah,"),
        ("ombudsman", ["tujuan:ombudsman"], "Yth. Ombudsman RI,"),
    ],
)
def test_without_a_directory_the_escalation_names_its_level(
    to: str, recipients: list[str], greeting: str
) -> None:
    escalated = step(reopened(("dinkes", "pupr")), "eskalasi", actor=REPORTER, to=to)
    notices = [
        m for m in messenger(directory=None).messages_for(escalated) if m.template == "eskalasi"
    ]
    assert [str(m.recipient) for m in notices] == recipients
    assert notices[0].body.startswith(greeting)


def test_the_escalation_sms_in_english_names_whom_it_went_to() -> None:
    escalated = step(reopened(), "eskalasi", actor=REPORTER, to="kepala_daerah")
    sms = messenger(language="en", officer_channel="sms").messages_for(escalated)
    assert [m.body for m in sms] == [
        (
            f"Complaint {TID} escalated to Wali Kota Kupang: not resolved by Dinkes. "
            "Please act at lapor.go.id."
        ),
        (
            f"Complaint {TID} was escalated to the head of region because it is not resolved. "
            "Follow its progress at lapor.go.id."
        ),
    ]


@pytest.mark.parametrize("level", ["kepala_dinas", "lainnya", None, 7, SECRET_TEXT])
def test_other_escalation_levels_read_safely(level: object) -> None:
    words = escalation_words(level, "id")
    assert words in {"kepala dinas", "pejabat yang lebih tinggi"}


# -- SMS length with the Kota Kupang directory --------------------------------------------------


def every_sms(units: tuple[str, ...], language: str, **changes) -> dict[str, list[Message]]:  # type: ignore[no-untyped-def]
    """Every shipped template rendered as SMS for a complaint handled by ``units``."""
    sms = messenger(language=language, officer_channel="sms")
    first = Actor.unit(units[0])
    stuck = disposed(units, **changes)
    answered = step(stuck, "tindak_lanjut", actor=first, response="Sudah.")
    again = step(answered, "buka_kembali", actor=REPORTER, reason="Belum.")
    complaints = [
        received(**changes),
        stuck,
        step(received(**changes), "tunda", reason="x"),
        step(step(received(**changes), "tunda", reason="x"), "lanjutkan", actor=REPORTER),
        step(
            received(**changes),
            "alihkan",
            to="Balai Pelaksanaan Jalan Nasional Nusa Tenggara Timur",
        ),
        step(received(**changes), "arsipkan", reason="duplikat"),
        answered,
        step(answered, "tutup"),
        again,
        step(stuck, "tanggapi", message=QUESTION),
        step(stuck, "tanggapi", actor=REPORTER, message="x"),
        *(step(again, "eskalasi", actor=REPORTER, to=to) for to in sorted(ESCALATION_TARGETS)),
    ]
    found: dict[str, list[Message]] = {}
    for complaint in complaints:
        for message in sms.messages_for(complaint):
            found.setdefault(message.template, []).append(message)
    waiting = received(**changes)
    for month, day in ((9, 29), (10, 1), (10, 2)):
        now = datetime(2026, month, day, 9, tzinfo=WITA)
        for complaint in (waiting, stuck):
            for due in due_actions([complaint], policy=POLICY, calendar=CAL, workflow=WF, now=now):
                for message in sms.messages_for_due(due, complaint):
                    found.setdefault(message.template, []).append(message)
    return found


def sms_name(unit: str) -> str:
    found = KUPANG.get(unit)
    return found.short_name or found.name


# The longest name the shipped texts carry whole in every template: every Kota Kupang unit but
# the placeholder for what is outside the city's authority, which no one is disposed to.
WHOLE = 35
ALL_UNITS = [unit.id for unit in KUPANG]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("unit", ALL_UNITS)
def test_every_template_fits_one_segment_for_every_kupang_unit(unit: str, language: str) -> None:
    found = every_sms((unit,), language)
    assert set(found) == {t.name for t in SHIPPED.templates}
    for name, messages in found.items():
        for message in messages:
            segments = message.segments
            assert segments is not None
            assert (segments.encoding, segments.single) == (SmsEncoding.GSM7, True), (
                name,
                segments.units,
            )
            if len(sms_name(unit)) <= WHOLE:
                assert ELLIPSIS not in message.body, name  # nothing had to be cut


def test_every_kupang_name_but_one_is_carried_whole() -> None:
    long = [unit for unit in ALL_UNITS if len(sms_name(unit)) > WHOLE]
    assert long == ["luar-kewenangan"]
    disposed_to = MESSENGER.messages_for(disposed(("luar-kewenangan",)))
    (sms,) = [m for m in disposed_to if m.template == "disposisi_pelapor"]
    assert "luar kewenangan Pemerintah Kota" in sms.body
    assert sms.segments is not None
    assert sms.segments.single


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_reviewers_long_names_fit_whole(language: str) -> None:
    found = every_sms(("kecamatan-kelapa-lima", "kelurahan"), language)
    (disposition,) = found["disposisi_pelapor"]
    both = {"id": "dan", "en": "and"}[language]
    assert f"Kecamatan Kelapa Lima {both} Kelurahan se-Kota Kupang" in disposition.body
    forwards = found["pengalihan"]
    assert "Balai Pelaksanaan Jalan Nasional Nusa Tenggara Timur" in forwards[0].body
    for messages in found.values():
        for message in messages:
            assert message.segments is not None
            assert message.segments.single, message.template


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_long_list_of_units_becomes_the_first_and_a_count(language: str) -> None:
    units = ("kecamatan-kelapa-lima", "kecamatan-kota-lama", "kecamatan-oebobo", "kelurahan")
    found = every_sms(units, language)
    (disposition,) = found["disposisi_pelapor"]
    words = {
        "id": "Kecamatan Kelapa Lima dan 3 unit lain",
        "en": "Kecamatan Kelapa Lima and 3 other units",
    }
    assert words[language] in disposition.body
    for messages in found.values():
        for message in messages:
            assert message.segments is not None
            assert message.segments.single, message.template
    # WhatsApp and e-mail carry every name.
    complaint = disposed(units)
    for channel in ("whatsapp", "email"):
        (full, _, _, _, _) = messenger(reporter_channels={"sms": channel}).messages_for(complaint)
        assert "Kecamatan Kota Lama" in full.body


def test_a_long_agency_name_is_cut_at_a_word() -> None:
    agency = "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Provinsi Nusa Tenggara Timur"
    (sms,) = MESSENGER.messages_for(step(received(), "alihkan", to=agency))
    assert sms.segments is not None
    assert sms.segments.single
    assert "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Provinsi Nusa..." in sms.body
    (mail,) = messenger(reporter_channels={"sms": "email"}).messages_for(
        step(received(), "alihkan", to=agency)
    )
    assert agency in mail.body


def test_a_text_that_cannot_fit_is_sent_whole() -> None:
    # A name outside GSM-7 makes the SMS UCS-2 (70 characters): cutting names cannot help.
    agency = "Balai Wilayah Sungai Nusa Tenggara II \u2013 Kupang"
    (sms,) = MESSENGER.messages_for(step(received(), "alihkan", to=agency))
    assert agency in sms.body
    assert sms.segments is not None
    assert sms.segments.encoding is SmsEncoding.UCS2


@pytest.mark.parametrize(
    ("name", "limit", "expected"),
    [
        pytest.param("Dinkes", 12, "Dinkes", id="short-stays"),
        pytest.param(
            "Balai Pelaksanaan Jalan Nasional", 20, "Balai Pelaksanaan...", id="at-a-word"
        ),
        pytest.param("Kecamatan, Kelurahan", 14, "Kecamatan...", id="no-trailing-comma"),
        pytest.param("Dinaspekerjaanumumdanpenataanruang", 12, "Dinaspeke...", id="one-long-word"),
    ],
)
def test_cut_name(name: str, limit: int, expected: str) -> None:
    assert cut_name(name, limit) == expected
    assert len(cut_name(name, limit)) <= max(limit, len(name) if len(name) <= limit else 0)


def test_fit_sms_stops_at_the_shortest_names() -> None:
    text = "{tracking_id} " + "x" * 140 + " {forwarded_to}"
    fill = {"tracking_id": TID, "forwarded_to": "Balai Pelaksanaan Jalan Nasional"}
    found = fit_sms(text, fill, lists={}, names=["forwarded_to"], language="id")
    assert found == text.format_map(fill)  # 13 + 140 + 12 > 160: sent whole
    shorter = "{tracking_id} " + "x" * 120 + " {forwarded_to}"
    fitted = fit_sms(shorter, fill, lists={}, names=["forwarded_to"], language="id")
    assert len(fitted) <= 160
    assert fitted.endswith(ELLIPSIS)
    assert len(fitted.rsplit(" x", 1)[-1]) >= MIN_NAME - 1


def test_whatsapp_and_email_are_never_shortened() -> None:
    units = tuple(f"kecamatan-{k}" for k in ("alak", "kelapa-lima", "kota-lama", "kota-raja"))
    for channel in (MessageChannel.WHATSAPP, MessageChannel.EMAIL):
        chosen = messenger(reporter_channels={Channel.SMS: channel})
        (message, *_) = chosen.messages_for(disposed(units))
        assert ELLIPSIS not in message.body
        assert "Kecamatan Kota Raja" in message.body


# -- a region's SOP with free-text reasons and levels -------------------------------------------


def free_text_workflow() -> Workflow:
    """The LAPOR! profile with the archive reason and the escalation level as free text."""
    from importlib import resources  # noqa: PLC0415 - only this test reads the shipped file

    text = (resources.files("pengaduan.workflow") / "data" / "lapor-v3.toml").read_text("utf-8")
    reason = text.index('{ name = "reason", kind = "choice"')
    text = (
        text[:reason]
        + '{ name = "reason", kind = "text", required = true },'
        + (text[text.index("\n", reason) :])
    )
    to = text.index('{ name = "to", kind = "choice"')
    text = (
        text[:to]
        + '{ name = "to", kind = "text", required = true },'
        + (text[text.index("\n", to) :])
    )
    return Workflow.from_toml(text)


FREE = free_text_workflow()


@pytest.mark.parametrize(("kind", "text"), [*HOSTILE_TEXTS, ("secret", SECRET_TEXT)])
def test_free_text_reasons_and_levels_never_reach_a_message(kind: str, text: str) -> None:
    free = Messenger(workflow=FREE, policy=SlaPolicy.lapor(FREE), calendar=CAL, directory=KUPANG)
    start = FREE.receive(submission(), tracking_id=TID, at=T0, actor=Actor.system("sms"))
    at = T0 + timedelta(hours=1)
    try:
        archived = FREE.apply(start, "arsipkan", at=at, actor=ADMIN, reason=text)
    except PengaduanError:
        archived = None  # the workflow refuses this text itself
    messages = [] if archived is None else list(free.messages_for(archived))
    disposed_ = FREE.apply(start, "verifikasi", at=at, actor=ADMIN, units=["dinkes"])
    answered = FREE.apply(
        disposed_, "tindak_lanjut", at=at, actor=Actor.unit("dinkes"), response="Sudah."
    )
    again = FREE.apply(answered, "buka_kembali", at=at, actor=REPORTER, reason="Belum.")
    try:
        escalated = FREE.apply(again, "eskalasi", at=at, actor=REPORTER, to=text)
    except PengaduanError:
        escalated = None
    if escalated is not None:
        found = free.messages_for(escalated)
        assert [str(m.recipient) for m in found] == ["tujuan:sekda", "pelapor:pelapor"]
        messages.extend(found)
    for message in messages:
        assert "pejabat yang lebih tinggi" in message.body or "tidak memenuhi syarat" in (
            message.body
        )
        if text.strip():
            assert text.strip() not in message.body
    assert_clean(messages)


def test_a_late_verification_escalated_names_the_admin_not_a_dash() -> None:
    """A complaint the admin never verified has no unit: its escalation names the admin as
    the one it is stuck with."""
    late = WF.with_deadlines(SlaDeadlines(policy=POLICY, calendar=CAL))
    complaint = received()
    escalated = late.apply(
        complaint,
        "eskalasi",
        at=T0 + timedelta(days=21),
        actor=Actor.system("sla-job"),
        to="atasan",
    )
    bodies = [m.body for m in MESSENGER.messages_for(escalated) if m.template == "eskalasi"]
    assert bodies
    admin = KUPANG.get("admin")
    for body in bodies:
        assert body is not None
        assert "oleh -" not in body
        assert "di -." not in body
        assert (admin.short_name or admin.name) in body
