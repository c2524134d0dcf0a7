"""Audience views: what each audience sees for each privacy value, disclosures, refusals.

The expected table below is written out by hand from the capability and the documented default
policy (docs/explanation/privacy.md), independently of the code.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ADMIN, T0, UNIT, WF

from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    NaiveDatetimeError,
    PrivacyError,
    RedactionError,
    TimeOrderError,
)
from pengaduan.history import verify_history
from pengaduan.model import (
    Actor,
    Attachment,
    Channel,
    Complaint,
    Location,
    Privacy,
    Reporter,
    Submission,
)
from pengaduan.privacy import (
    Audience,
    ComplaintView,
    Viewer,
    ViewPolicy,
    ViewRule,
    view,
)
from pengaduan.redaction import KnownIdentity, Mask, Redactor
from pengaduan.workflow import DISCLOSURE_ACTION
from pengaduan.workflow.profiles import Action

NAME = "Maria Goreti Tefa"
PHONE = "+6281339001122"
PHONE_WRITTEN = "0813-3900-1122"
NIK = "5371014107900001"
EMAIL = "maria.tefa@gmail.com"
HOME = "Jl. Kenari No. 7, Oebobo"
ACCOUNT = "akun-7781"
PROBLEM_ADDRESS = "Jl. Timor Raya No. 5"
OFFICER = "Yosef Manu"
TEXT = (
    f"Nama saya {NAME}, HP {PHONE_WRITTEN}, NIK {NIK}, email {EMAIL}. "
    f"Petugas {OFFICER} di puskesmas kasar dan menolak pasien BPJS."
)
SUBJECT = "Keluhan Ibu Maria soal puskesmas"
RESPONSE = "Ibu Maria (0813 3900 1122) sudah kami hubungi; petugas sudah ditegur."
PHOTO = Attachment(
    media_type="image/jpeg", size_bytes=20_480, sha256="ab" * 32, filename="maria-tefa.jpg"
)
PORTAL = Actor.system("portal-publik")
OMBUDSMAN = Actor.oversight("ombudsman-ntt")
VIEWERS = {
    Audience.PUBLIC: PORTAL,
    Audience.UNIT: UNIT,
    Audience.ADMIN: ADMIN,
    Audience.OVERSIGHT: OMBUDSMAN,
}
# Every way the reporter's identity could leak, as written in the complaint.
SECRETS = (NAME, "Goreti", "Tefa", PHONE, PHONE_WRITTEN, "0813 3900 1122", NIK, EMAIL, HOME)


def complaint_with(privacy: Privacy | None, **changes: Any) -> Complaint:
    """A complaint disposed to dinkes and answered, with identity everywhere it can hide."""
    fields: dict[str, Any] = {
        "text": TEXT,
        "subject": SUBJECT,
        "channel": Channel.WEB,
        "reporter": Reporter(
            name=NAME, phone=PHONE, nik=NIK, email=EMAIL, address=HOME, account_id=ACCOUNT
        ),
        "privacy": privacy,
        "category": "kesehatan",
        "location": Location(
            kelurahan="Oebobo", kecamatan="Oebobo", city="Kota Kupang", address=PROBLEM_ADDRESS
        ),
        "attachments": (PHOTO,),
    }
    fields.update(changes)
    own_account = fields["reporter"].account_id == ACCOUNT
    complaint = WF.receive(
        Submission(**fields),
        tracking_id="KPG-VIEW-1",
        at=T0,
        actor=Actor.reporter(ACCOUNT) if own_account else Actor.system("portal"),
    )
    complaint = WF.apply(
        complaint,
        Action.VERIFIKASI,
        at=T0 + timedelta(hours=1),
        actor=ADMIN,
        units=["dinkes"],
    )
    return WF.apply(
        complaint,
        Action.TINDAK_LANJUT,
        at=T0 + timedelta(hours=2),
        actor=UNIT,
        response=RESPONSE,
    )


AT = T0 + timedelta(hours=3)

# What each audience sees, by privacy (None = unset). "refused" = PrivacyError.
# identity / text ("raw", "redacted") / attachments / problem address / event data.
R = "refused"
EXPECTED: dict[tuple[Audience, Privacy | None], Any] = {
    (Audience.PUBLIC, Privacy.PUBLIK): (False, "redacted", False, False, "redacted"),
    (Audience.PUBLIC, Privacy.ANONIM): (False, "redacted", False, False, "redacted"),
    (Audience.PUBLIC, Privacy.RAHASIA): R,
    (Audience.PUBLIC, None): R,
    (Audience.UNIT, Privacy.PUBLIK): (True, "raw", True, True, "raw"),
    (Audience.UNIT, Privacy.ANONIM): (False, "redacted", False, True, "redacted"),
    (Audience.UNIT, Privacy.RAHASIA): (False, "redacted", False, True, "redacted"),
    (Audience.UNIT, None): (False, "redacted", False, True, "redacted"),
    (Audience.ADMIN, Privacy.PUBLIK): (True, "raw", True, True, "raw"),
    (Audience.ADMIN, Privacy.ANONIM): (True, "raw", True, True, "raw"),
    (Audience.ADMIN, Privacy.RAHASIA): (True, "raw", True, True, "raw"),
    (Audience.ADMIN, None): (True, "raw", True, True, "raw"),
    (Audience.OVERSIGHT, Privacy.PUBLIK): (True, "raw", True, True, "raw"),
    (Audience.OVERSIGHT, Privacy.ANONIM): (False, "redacted", False, True, "redacted"),
    (Audience.OVERSIGHT, Privacy.RAHASIA): (False, "redacted", False, True, "redacted"),
    (Audience.OVERSIGHT, None): (False, "redacted", False, True, "redacted"),
}
REDACTED_TEXT = (
    "Nama saya [NAME], HP [PHONE], NIK [NIK], email [EMAIL]. "
    "Petugas [NAME] di puskesmas kasar dan menolak pasien BPJS."
)
REDACTED_RESPONSE = "Ibu [NAME] ([PHONE]) sudah kami hubungi; petugas sudah ditegur."


def _id(value: object) -> str:
    return "unset" if value is None else str(value)


CASES = sorted(EXPECTED, key=lambda k: (k[0].value, _id(k[1])))


@pytest.mark.parametrize(("audience", "privacy"), CASES, ids=_id)
def test_privacy_by_audience_table(audience: Audience, privacy: Privacy | None) -> None:
    complaint = complaint_with(privacy)
    expected = EXPECTED[(audience, privacy)]
    if expected == R:
        with pytest.raises(PrivacyError) as caught:
            view(complaint, audience, viewer=VIEWERS[audience], at=AT)
        assert caught.value.privacy == "rahasia"
        assert caught.value.audience == audience.value
        assert caught.value.complaint_id == "KPG-VIEW-1"
        return
    identity, text, attachments, address, events = expected
    seen, stored = view(complaint, audience, viewer=VIEWERS[audience], at=AT)

    # Always shown: the complaint's public facts.
    assert seen.tracking_id == "KPG-VIEW-1"
    assert seen.status == "ditindaklanjuti"
    assert seen.status_label == "Ditindaklanjuti"
    assert seen.classification == "pengaduan"
    assert seen.category == "kesehatan"
    assert (seen.kelurahan, seen.kecamatan, seen.city) == ("Oebobo", "Oebobo", "Kota Kupang")
    assert seen.privacy == (privacy or Privacy.RAHASIA)

    assert (seen.reporter is not None) is identity
    if identity:
        assert seen.reporter == complaint.reporter
        assert seen.disclosed == ("name", "phone", "email", "nik", "address", "account_id")
    else:
        assert seen.disclosed == ()

    if text == "raw":
        assert seen.text == TEXT
        assert seen.subject == SUBJECT
    else:
        assert seen.text == REDACTED_TEXT
        assert seen.subject == "Keluhan Ibu [NAME] soal puskesmas"
        assert dict(seen.redactions) == {"email": 1, "name": 4, "nik": 1, "phone": 2}

    assert seen.attachments == ((PHOTO,) if attachments else ())
    assert seen.withheld_attachments == (0 if attachments else 1)
    assert seen.address == (PROBLEM_ADDRESS if address else None)

    follow_up = [e for e in seen.timeline if e.action == Action.TINDAK_LANJUT]
    assert len(follow_up) == 1
    assert follow_up[0].data == {"response": RESPONSE if events == "raw" else REDACTED_RESPONSE}
    assert follow_up[0].label == "Tindak lanjut"

    # A disclosure is recorded exactly when an identity reached someone other than the admin.
    recorded = identity and audience is not Audience.ADMIN
    assert stored.version == complaint.version + (1 if recorded else 0)
    if not recorded:
        assert stored is complaint


def test_disclosure_event_records_who_saw_what_and_when() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    seen, stored = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    event = stored.history[-1]
    assert event.action == DISCLOSURE_ACTION
    assert event.actor == UNIT
    assert event.at == AT
    assert event.data == {"audience": "unit", "fields": sorted(seen.disclosed)}
    assert event.from_status == event.to_status == complaint.status
    assert stored.history[:-1] == complaint.history
    verify_history(stored)
    assert WF.conforms(stored) == []

    # Every view records again: the history lists each look, not just the first.
    _, again = view(stored, Audience.OVERSIGHT, viewer=OMBUDSMAN, at=AT + timedelta(minutes=5))
    assert [e.action for e in again.history[-2:]] == [DISCLOSURE_ACTION, DISCLOSURE_ACTION]
    assert again.history[-1].actor == OMBUDSMAN
    assert again.history[-1].data["audience"] == "oversight"


def test_admin_views_record_nothing() -> None:
    for privacy in (*Privacy, None):
        complaint = complaint_with(privacy)
        seen, stored = view(complaint, Audience.ADMIN, viewer=ADMIN, at=AT)
        assert seen.reporter == complaint.reporter
        assert stored is complaint


def test_no_disclosure_when_there_is_no_identity() -> None:
    complaint = complaint_with(Privacy.PUBLIK, reporter=Reporter())
    seen, stored = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert seen.disclosed == ()
    assert stored is complaint


def test_only_fields_present_are_recorded() -> None:
    complaint = complaint_with(Privacy.PUBLIK, reporter=Reporter(phone=PHONE))
    seen, stored = view(complaint, Audience.OVERSIGHT, viewer=OMBUDSMAN, at=AT)
    assert seen.disclosed == ("phone",)
    assert stored.history[-1].data == {"audience": "oversight", "fields": ["phone"]}


def test_disclosure_before_the_last_event_is_refused() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    with pytest.raises(TimeOrderError):
        view(complaint, Audience.UNIT, viewer=UNIT, at=T0)


def test_privacy_chosen_later_in_the_history_applies() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    complaint = WF.change_privacy(
        complaint,
        privacy="rahasia",
        reason="pelapor minta dirahasiakan",
        at=T0 + timedelta(hours=2, minutes=30),
        actor=ADMIN,
    )
    with pytest.raises(PrivacyError):
        view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT)
    seen, stored = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert seen.reporter is None
    assert stored is complaint


NON_ADMIN = [
    (audience, privacy)
    for (audience, privacy), expected in EXPECTED.items()
    if audience is not Audience.ADMIN and expected != R and not expected[0]
]


@pytest.mark.parametrize(("audience", "privacy"), NON_ADMIN, ids=_id)
def test_identity_never_leaks_where_it_is_hidden(
    audience: Audience, privacy: Privacy | None
) -> None:
    complaint = complaint_with(privacy)
    # The reporter's identity also appears in event data written by others.
    complaint = WF.apply(
        complaint,
        Action.TANGGAPI,
        at=T0 + timedelta(hours=2, minutes=30),
        actor=Actor.reporter(ACCOUNT),
        message=f"Terima kasih. Saya {NAME.upper()}, tinggal di {HOME}, wa 62 813 3900 1122",
    )
    seen, stored = view(complaint, audience, viewer=VIEWERS[audience], at=AT)
    rendered = "\n".join(
        [
            repr(seen),
            json.dumps(seen.to_dict(), ensure_ascii=False),
            str(attrs.asdict(seen, recurse=True)),
            *map(repr, seen.timeline),
        ]
    )
    for secret in (*SECRETS, ACCOUNT, "maria-tefa.jpg"):
        assert secret.casefold() not in rendered.casefold(), secret
    assert all(e.actor_id != ACCOUNT for e in seen.timeline)
    assert stored is complaint


def test_public_timeline_has_labels_but_no_accounts_or_audit_events() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    _, complaint = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)  # records a disclosure
    public, _ = view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT)
    assert [(e.action, e.label, e.label_en) for e in public.timeline] == [
        ("terima", "Terima", "Receive"),
        ("verifikasi", "Verifikasi dan disposisi", "Verify and dispose"),
        ("tindak_lanjut", "Tindak lanjut", "Follow up"),
    ]
    assert all(e.actor_id is None for e in public.timeline)
    assert [e.role.value for e in public.timeline] == ["pelapor", "admin", "unit"]
    # Oversight audits who saw the identity; the unit does not see the audit trail.
    oversight, _ = view(complaint, Audience.OVERSIGHT, viewer=OMBUDSMAN, at=AT)
    assert oversight.timeline[-1].action == DISCLOSURE_ACTION
    assert oversight.timeline[-1].actor_id == "dinkes"
    unit, _ = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert DISCLOSURE_ACTION not in [e.action for e in unit.timeline]


def test_repr_never_shows_text() -> None:
    seen, _ = view(complaint_with(Privacy.PUBLIK), Audience.UNIT, viewer=UNIT, at=AT)
    text = repr(seen) + "".join(map(repr, seen.timeline))
    assert "puskesmas" not in text
    assert "ditegur" not in text
    assert repr(seen) == (
        "ComplaintView(tracking_id='KPG-VIEW-1', audience='unit', privacy='publik', "
        "status='ditindaklanjuti')"
    )


# -- refusals and bad input ---------------------------------------------------------------------


def test_unit_not_assigned_is_refused() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    with pytest.raises(PrivacyError) as caught:
        view(complaint, Audience.UNIT, viewer=Actor.unit("pupr"), at=AT)
    assert caught.value.reason == "unit 'pupr' is not assigned to it"
    assert "pupr" in str(caught.value)


def test_unit_before_disposition_is_refused() -> None:
    complaint = WF.receive(
        Submission(text=TEXT, channel="web", privacy="publik"),
        tracking_id="KPG-NEW",
        at=T0,
        actor=Actor.system(),
    )
    with pytest.raises(PrivacyError):
        view(complaint, Audience.UNIT, viewer=UNIT, at=AT)


def test_reassigned_unit_loses_access() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    complaint = WF.apply(
        complaint,
        Action.BUKA_KEMBALI,
        at=T0 + timedelta(hours=3),
        actor=ADMIN,
        reason="belum selesai",
    )
    complaint = WF.apply(
        complaint,
        Action.DISPOSISI_ULANG,
        at=T0 + timedelta(hours=4),
        actor=ADMIN,
        units=["rsud"],
    )
    later = T0 + timedelta(hours=5)
    with pytest.raises(PrivacyError):
        view(complaint, Audience.UNIT, viewer=UNIT, at=later)
    seen, _ = view(complaint, Audience.UNIT, viewer=Actor.unit("rsud"), at=later)
    assert seen.text == TEXT


@pytest.mark.parametrize(
    ("audience", "viewer"),
    [
        (Audience.UNIT, ADMIN),
        (Audience.ADMIN, UNIT),
        (Audience.ADMIN, OMBUDSMAN),
        (Audience.OVERSIGHT, UNIT),
        (Audience.OVERSIGHT, PORTAL),
    ],
    ids=str,
)
def test_viewer_role_must_match_the_audience(audience: Audience, viewer: Actor) -> None:
    with pytest.raises(PrivacyError) as caught:
        view(complaint_with(Privacy.PUBLIK), audience, viewer=viewer, at=AT)
    assert "needs a viewer with role" in caught.value.message("en")


def test_bad_arguments_get_typed_errors() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    with pytest.raises(RedactionError) as caught:
        view(complaint, "publik", viewer=PORTAL, at=AT)  # a privacy value, not an audience
    assert caught.value.reason == "unknown-audience"
    with pytest.raises(RedactionError) as caught:
        view("KPG-VIEW-1", Audience.PUBLIC, viewer=PORTAL, at=AT)  # type: ignore[arg-type]
    assert caught.value.reason == "not-complaint"
    with pytest.raises(RedactionError) as caught:
        view(complaint, Audience.PUBLIC, viewer="portal", at=AT)  # type: ignore[arg-type]
    assert caught.value.reason == "not-actor"
    with pytest.raises(NaiveDatetimeError):
        view(complaint, Audience.PUBLIC, viewer=PORTAL, at=datetime(2025, 3, 3, 12))
    with pytest.raises(ConfigurationError):
        Viewer(redactor="default")  # type: ignore[arg-type]


def test_audience_accepts_its_string_value() -> None:
    seen, _ = view(complaint_with(Privacy.ANONIM), "public", viewer=PORTAL, at=AT)
    assert seen.audience is Audience.PUBLIC


# -- attachments, addresses, text ---------------------------------------------------------------


def test_attachments_are_withheld_and_counted() -> None:
    photos = (PHOTO, attrs.evolve(PHOTO, sha256="cd" * 32, filename="ktp.jpg"))
    complaint = complaint_with(Privacy.ANONIM, attachments=photos)
    for audience in (Audience.PUBLIC, Audience.UNIT, Audience.OVERSIGHT):
        seen, _ = view(complaint, audience, viewer=VIEWERS[audience], at=AT)
        assert seen.attachments == ()
        assert seen.withheld_attachments == 2
        assert "ktp.jpg" not in json.dumps(seen.to_dict())
    seen, _ = view(complaint, Audience.ADMIN, viewer=ADMIN, at=AT)
    assert seen.attachments == photos
    assert seen.withheld_attachments == 0


def test_reporter_address_and_account_are_removed_from_text() -> None:
    text = f"Rumah saya di {HOME.lower()}, akun {ACCOUNT}. Jalan rusak di depan."
    complaint = complaint_with(Privacy.ANONIM, text=text)
    seen, _ = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert seen.text is not None
    assert HOME.lower() not in seen.text.lower()
    assert ACCOUNT not in seen.text
    assert seen.text.endswith("Jalan rusak di depan.")


HOSTILE = [
    # the name in another case, split over lines, inside brackets
    "MARIA GORETI TEFA minta tolong",
    "nama: maria goreti\ntefa",
    "(Tefa) [Goreti] {Maria}",
    # the phone in every common writing
    "hub 0813 3900 1122 atau +62-813-3900-1122 atau 62813.3900.1122 atau (0813)39001122",
    "wa.me/6281339001122",
    "HP081339001122",
    # the NIK with separators
    "NIK: 5371 0141 0790 0001 / 5371.0141.0790.0001",
    # tags planted to confuse the redactor, and the real name right after
    "[NAME] [PHONE-abcdefghij] Maria",
    # control characters, emoji, zero-width joiners around the name
    "\x00\x1f🙏 Maria\u200d 🙏 tefa\t\r\n",
    # the email in another case
    "MARIA.TEFA@GMAIL.COM",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_in_a_public_view(text: str) -> None:
    if "\x00" in text:  # refused where it enters: no database stores a NUL as text
        with pytest.raises(ArgumentError, match="NUL"):
            complaint_with(Privacy.ANONIM, text=text)
        return
    complaint = complaint_with(Privacy.ANONIM, text=text)
    seen, _ = view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT)
    assert seen.text is not None
    out = seen.text.casefold()
    for secret in ("maria", "goreti", "tefa", NIK, "39001122", "3900 1122", "3900.1122", EMAIL):
        assert secret.casefold() not in out, secret
    assert "0141" not in out


def test_long_hostile_text_finishes() -> None:
    text = ("Maria 0813-3900-1122 " + "9" * 200 + " [[[[ @@@@ ") * 2_000
    complaint = complaint_with(Privacy.ANONIM, text=text)
    seen, _ = view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT)
    assert seen.text is not None
    assert "Maria" not in seen.text
    assert "3900-1122" not in seen.text


# -- policy ---------------------------------------------------------------------------------------


def test_default_policy_table() -> None:
    table = ViewPolicy.default().to_dict()
    everything = dict.fromkeys(
        ("identity", "text", "personal_data", "attachments", "address", "event_data"), True
    )
    hidden = {
        "identity": False,
        "text": True,
        "personal_data": False,
        "attachments": False,
        "address": True,
        "event_data": True,
    }
    public = {**hidden, "address": False}
    own = {**everything, "personal_data": False}
    assert table == {
        "public": {"publik": public, "anonim": public, "rahasia": None},
        "unit": {"publik": everything, "anonim": hidden, "rahasia": hidden},
        "admin": {"publik": everything, "anonim": everything, "rahasia": everything},
        "oversight": {"publik": everything, "anonim": hidden, "rahasia": hidden},
        "reporter": {"publik": own, "anonim": own, "rahasia": own},
    }
    assert ViewPolicy.from_dict(table, name="default") == ViewPolicy.default()


def test_policy_from_dict_reports_every_problem() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["public"]["publik"] = {"identity": True, "colour": True, "text": "yes"}
    table["public"]["rahasia"] = {"text": True}
    table["unit"]["anonim"] = {"identity": True, "text": True}
    table["admin"]["publik"] = {"text": True}
    table["visitors"] = {}
    table["oversight"]["terbuka"] = None
    with pytest.raises(ConfigurationError) as caught:
        ViewPolicy.from_dict(table)
    problems = caught.value.problems
    assert any("unknown field 'colour'" in p for p in problems)
    assert any("text must be true or false" in p for p in problems)
    assert any("unknown audience 'visitors'" in p for p in problems)
    assert any("oversight x terbuka: unknown privacy value" in p for p in problems)
    assert len(problems) == 4  # parse problems first; the floors are checked on a parsed table

    table = ViewPolicy.default().to_dict()
    table["public"]["publik"] = {"identity": True, "text": True}  # type: ignore[index]
    table["public"]["rahasia"] = {"text": True}  # type: ignore[index]
    table["unit"]["anonim"] = {"identity": True, "text": True}  # type: ignore[index]
    table["unit"]["rahasia"] = {"identity": True, "text": True}  # type: ignore[index]
    table["admin"]["publik"] = {"text": True}  # type: ignore[index]
    table["public"]["anonim"] = {"text": True, "attachments": True}  # type: ignore[index]
    del table["oversight"]["anonim"]
    with pytest.raises(ConfigurationError) as caught:
        ViewPolicy.from_dict(table)
    assert sorted(caught.value.problems) == sorted(
        [
            "public x publik: the public never sees identity",
            "public x rahasia: a rahasia complaint is never shown to the public",
            "public x anonim: attachments of an anonim complaint can expose the reporter (photos)",
            "unit x anonim: an anonim reporter's identity never leaves the admin",
            "unit x rahasia: the unit never sees a rahasia reporter's identity",
            "admin x publik: the admin sees the whole complaint",
            "oversight x anonim: missing",
        ]
    )


def test_policy_rules_are_checked_when_built_directly() -> None:
    with pytest.raises(ConfigurationError) as caught:
        ViewPolicy(rules=(("public", "publik", ViewRule(text=True)), ("nobody", "publik", None)))
    assert any("unknown audience or privacy" in p for p in caught.value.problems)
    assert any(p.endswith("missing") for p in caught.value.problems)


def test_custom_policy_lets_the_unit_see_attachments_and_third_party_data() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["unit"]["anonim"] = {**table["unit"]["anonim"], "attachments": True}
    table["unit"]["anonim"]["personal_data"] = True
    policy = ViewPolicy.from_dict(table, name="kupang-dinkes")
    complaint = complaint_with(Privacy.ANONIM)
    seen, stored = view(complaint, Audience.UNIT, viewer=UNIT, at=AT, policy=policy)
    # The file, but not the name the reporter gave it.
    assert seen.attachments == (attrs.evolve(PHOTO, filename="lampiran-1.jpg"),)
    # Third-party data (the officer complained about) is shown; the reporter is still removed.
    assert seen.text == (
        "Nama saya [NAME], HP [PHONE], NIK [NIK], email [EMAIL]. "
        f"Petugas {OFFICER} di puskesmas kasar dan menolak pasien BPJS."
    )
    assert seen.reporter is None
    assert stored is complaint


def test_viewer_uses_its_redactor_operators() -> None:
    viewer = Viewer(redactor=Redactor.default(operators={"phone": Mask()}))
    seen, _ = viewer.view(complaint_with(Privacy.ANONIM), "public", viewer=PORTAL, at=AT)
    assert seen.text is not None
    assert "HP ****-****-1122," in seen.text


def test_a_redactor_alone_loads_no_views() -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = "import sys; import pengaduan.redaction; print('pengaduan.privacy' in sys.modules)"
    out = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out == ["False"]


# -- property: the public view never contains the reporter's identity ----------------------------

FIRST = ["Maria", "Yohanes", "Agustina", "Fransiskus", "Yuliana", "Melkianus", "Oktovianus"]
LAST = ["Tefa", "Benu", "Ndun", "Manafe", "Lakapu", "Nenobais", "Djami", "Tallo"]
PROSE = [
    "air PDAM mati",
    "jalan rusak",
    "petugas tidak ramah",
    "mohon ditindaklanjuti",
    "sudah tiga hari",
    "di kelurahan",
    "Rp 1.500.000",
    "tgl 12-03-2024",
]
SEPARATORS = [" ", ", ", ". ", "\n", " (", ") ", ": ", " - ", "/", "; "]
TRIGGERS = ["", "nama saya ", "Ibu ", "Bapak ", "a.n. ", "HP ", "wa ", "NIK ", "email "]


@st.composite
def reporters(draw: st.DrawFn) -> tuple[Reporter, list[str], list[str]]:
    """A reporter, the ways its identity is written in a text, and the strings to look for."""
    first, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
    name = f"{first} {last}"
    prefix = draw(st.sampled_from(["811", "812", "813", "821", "822", "852", "853"]))
    rest = draw(st.text("0123456789", min_size=7, max_size=8))
    national = prefix + rest
    day = draw(st.integers(1, 28)) + draw(st.sampled_from([0, 40]))
    nik = f"537101{day:02d}{draw(st.integers(1, 12)):02d}{draw(st.integers(50, 99))}" + draw(
        st.sampled_from(["0001", "0042", "1234"])
    )
    email = f"{first.lower()}.{last.lower()}@gmail.com"
    phone_forms = [
        "0" + national,
        f"0{national[:3]}-{national[3:7]}-{national[7:]}",
        f"+62 {national[:3]} {national[3:7]} {national[7:]}",
        "62" + national,
        f"0{national[:3]}.{national[3:7]}.{national[7:]}",
    ]
    nik_forms = [nik, f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"]
    name_forms = [name, name.upper(), name.lower(), first, last]
    written = [*name_forms, *phone_forms, *nik_forms, email, email.upper()]
    secrets = [name, first, last, national, nik, email, *phone_forms, *nik_forms]
    reporter = Reporter(name=name, phone="+62" + national, nik=nik, email=email)
    return reporter, written, secrets


@given(
    reporter=reporters(),
    picks=st.lists(st.integers(0, 1_000), min_size=1, max_size=12),
    privacy=st.sampled_from([Privacy.PUBLIK, Privacy.ANONIM]),
    in_response=st.booleans(),
)
def test_public_view_never_contains_the_reporters_identity(
    reporter: tuple[Reporter, list[str], list[str]],
    picks: list[int],
    privacy: Privacy,
    in_response: bool,
) -> None:
    record, written, secrets = reporter
    pieces = []
    for pick in picks:
        pieces.append(TRIGGERS[pick % len(TRIGGERS)])
        pieces.append(written[pick % len(written)] if pick % 3 else PROSE[pick % len(PROSE)])
        pieces.append(SEPARATORS[pick % len(SEPARATORS)])
    text = "".join(pieces)
    complaint = WF.receive(
        Submission(text=text, channel="sms", reporter=record, privacy=privacy, subject=text),
        tracking_id="KPG-PROP",
        at=T0,
        actor=Actor.system(),
    )
    if in_response:
        complaint = WF.apply(complaint, Action.VERIFIKASI, at=T0, actor=ADMIN, units=["dinkes"])
        complaint = WF.apply(complaint, Action.TINDAK_LANJUT, at=T0, actor=UNIT, response=text)
    seen, stored = view(complaint, Audience.PUBLIC, viewer=PORTAL, at=T0)
    assert stored is complaint
    rendered = json.dumps(seen.to_dict(), ensure_ascii=False) + repr(seen)
    folded = rendered.casefold()
    for secret in secrets:
        if secret.isdigit() or not secret.isalpha():
            assert secret.casefold() not in folded, secret
        else:
            assert re.search(rf"(?<!\w){re.escape(secret.casefold())}(?!\w)", folded) is None
    assert isinstance(seen, ComplaintView)


def test_public_view_redacts_category_and_place_names() -> None:
    complaint = complaint_with(
        Privacy.PUBLIK,
        category=f"keluhan Ibu {NAME}",
        location=Location(kelurahan=f"HP {PHONE_WRITTEN}", kecamatan=EMAIL, city=f"NIK {NIK}"),
    )
    seen, _ = view(complaint, Audience.PUBLIC, viewer=PORTAL, at=T0 + timedelta(hours=3))
    assert (seen.category, seen.kelurahan, seen.kecamatan, seen.city) == (
        "keluhan Ibu [NAME]",
        "HP [PHONE]",
        "[EMAIL]",
        "NIK [NIK]",
    )
    admin, _ = view(complaint, Audience.ADMIN, viewer=ADMIN, at=T0 + timedelta(hours=3))
    assert admin.category == f"keluhan Ibu {NAME}"  # the admin sees everything as written


def test_event_data_keys_and_numbers_are_redacted_like_text() -> None:
    from pengaduan.privacy._views import _TextPass  # noqa: PLC0415

    reporter = Reporter(name=NAME, phone=PHONE, nik=NIK)
    texts = _TextPass(Redactor.default(), KnownIdentity.from_reporter(reporter))
    data = {
        f"Ibu {NAME}": "ok",
        f"Bapak {OFFICER}": {"hp": int(NIK), "catatan": [f"wa {PHONE_WRITTEN}", 3, True, None]},
        "Ibu Maria": "kedua",
        "alasan": "selesai",
    }
    redacted = texts.value(data)
    assert redacted == {
        "Ibu [NAME]": "ok",
        "Bapak [NAME]": {"hp": "[NIK]", "catatan": ["wa [PHONE]", 3, True, None]},
        "Ibu [NAME]#2": "kedua",
        "alasan": "selesai",
    }
    unchanged = _TextPass(None, KnownIdentity.from_reporter(reporter))
    assert unchanged.value(data) is data


def test_deeply_nested_event_data_is_cut_not_crashed() -> None:
    from pengaduan.privacy._views import MAX_DEPTH, _TextPass  # noqa: PLC0415

    nested: Any = f"HP {PHONE_WRITTEN}"
    for _ in range(MAX_DEPTH + 5):
        nested = [nested]
    redacted = _TextPass(Redactor.default(), KnownIdentity.from_reporter(Reporter())).value(nested)
    depth = 0
    while isinstance(redacted, list):
        redacted, depth = redacted[0], depth + 1
    assert (redacted, depth) == ("[NESTED]", MAX_DEPTH + 1)


def test_no_pattern_of_the_reporter_outlives_the_view() -> None:
    """The patterns built from the reporter's name, e-mail, address and account stay out of the
    ``re`` module's cache, and the known identity's own pattern goes with the identity."""
    import gc  # noqa: PLC0415 - only this test collects
    import re as re_module  # noqa: PLC0415

    from pengaduan.redaction import _detect_known  # noqa: PLC0415
    from pengaduan.redaction._transient import uncached  # noqa: PLC0415

    assert uncached  # every supported Python has the compiler behind re.compile
    name, email, home, account = "Wilhelmina Kolloh", "w.kolloh@mail.id", "Jl. Nangka 9", "akn-66"
    complaint = complaint_with(
        Privacy.ANONIM,
        reporter=Reporter(name=name, email=email, address=home, account_id=account),
        text=f"Saya {name} ({email}), tinggal di {home}, akun {account}: lampu jalan mati.",
    )
    seen, _ = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    shown = json.dumps(attrs.asdict(seen), default=str)
    assert not any(secret in shown for secret in (name, "Kolloh", email, home, account))
    del seen, complaint
    gc.collect()
    cached = " ".join(str(key) for key in getattr(re_module, "_cache", {}))
    assert not any(part in cached for part in ("Wilhelmina", "Kolloh", "kolloh", "Nangka", "akn"))
    assert not any(name in known.names for known in list(_detect_known._PATTERNS))


def test_a_subclassed_identity_is_matched_without_hashing_it() -> None:
    """An app's `KnownIdentity` subclass may hash and compare as it likes: its names are still
    found, and the redactor never hashes it (no pattern is kept for it)."""
    from pengaduan.redaction import KnownIdentity  # noqa: PLC0415

    class Unhashable(KnownIdentity):
        def __hash__(self) -> int:
            raise RuntimeError

    known = Unhashable(names=("Wilhelmina Kolloh",))
    assert Redactor.default().redact("Saya kolloh", known=known).text == "Saya [NAME]"


@pytest.mark.parametrize(
    "text",
    [
        "Lampu jalan mati. Pelapor: Maria\u200bGoreti\u200bTefa, WA 81339001122",
        "Hubungi MariaTefa (813-3900-1122)",
        "ttd maria_tefa / maria.tefa, hp 8 1 3 3 9 0 0 1 1 2 2",
    ],
)
def test_an_anonymous_reporters_own_writing_of_their_identity_stays_hidden(text: str) -> None:
    reporter = Reporter(name="Maria Goreti Tefa", phone="+6281339001122", email=EMAIL)
    complaint = complaint_with(Privacy.ANONIM, reporter=reporter, text=text)
    seen, _ = view(complaint, Audience.PUBLIC, viewer=PORTAL, at=AT)
    assert seen.text is not None
    folded = seen.text.replace("\u200b", "").casefold()
    for secret in ("maria", "goreti", "tefa", "81339001122", "813-3900", "8 1 3 3 9"):
        assert secret not in folded
