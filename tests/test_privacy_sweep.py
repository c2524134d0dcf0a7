"""Personal data outside the complaint text: the web form's two addresses, the location's street
address in views, a social-media reporter's handle, attachment names.

Each group starts from a way the reporter was exposed to an audience that may not see the
identity, and checks that the view no longer carries it, for every audience that does not see
the identity, while the audiences that do still get the value as stored.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ADMIN, T0, UNIT, WF
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome, raises_typed

from pengaduan.errors import IntakeError, PengaduanError
from pengaduan.intake import from_social_media, from_web_form
from pengaduan.model import (
    Actor,
    Attachment,
    Channel,
    Complaint,
    Location,
    Privacy,
    Reporter,
    Submission,
    stored_attachment,
)
from pengaduan.privacy import Audience, Viewer, ViewPolicy, view
from pengaduan.redaction import DetectionContext, Finding, Redactor
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Iterator

NAME = "Maria Goreti Tefa"
PHONE = "+6281339001122"
NIK = "5371012345670001"
HOME = "Jl. Soeharto No. 5, RT 03 (rumah Maria Tefa, hp 0813-3900-1122)"
HANDLE = "maria.tefa_kpg"
PORTAL = Actor.system("portal")
OMBUDSMAN = Actor.oversight("ombudsman-ntt")
VIEWERS = {
    Audience.PUBLIC: PORTAL,
    Audience.UNIT: UNIT,
    Audience.ADMIN: ADMIN,
    Audience.OVERSIGHT: OMBUDSMAN,
}
AT = T0 + timedelta(hours=3)

# The audience x privacy pairs of the default policy that do not see the identity but are
# shown something; and those that see it.
HIDDEN = [
    (Audience.PUBLIC, Privacy.PUBLIK),
    (Audience.PUBLIC, Privacy.ANONIM),
    (Audience.UNIT, Privacy.ANONIM),
    (Audience.UNIT, Privacy.RAHASIA),
    (Audience.OVERSIGHT, Privacy.ANONIM),
    (Audience.OVERSIGHT, Privacy.RAHASIA),
]
SHOWN = [
    (Audience.UNIT, Privacy.PUBLIK),
    (Audience.OVERSIGHT, Privacy.PUBLIK),
    (Audience.ADMIN, Privacy.ANONIM),
    (Audience.ADMIN, Privacy.RAHASIA),
]


def _id(value: object) -> str:
    return getattr(value, "value", str(value))


def disposed(submission: Submission) -> Complaint:
    complaint = WF.receive(submission, tracking_id="KPG-SWEEP-1", at=T0, actor=PORTAL)
    return WF.apply(
        complaint, Action.VERIFIKASI, at=T0 + timedelta(hours=1), actor=ADMIN, units=["dinkes"]
    )


def seen_by(complaint: Complaint, audience: Audience, **kwargs: Any) -> Any:
    page, _ = view(complaint, audience, viewer=VIEWERS[audience], at=AT, **kwargs)
    return page


# -- the web form: alamat is the reporter's, the location has its own fields ----------------------


def test_web_form_alamat_is_the_reporters_address_only() -> None:
    inbound = from_web_form(
        {"isi": "Air PDAM tidak mengalir 3 hari.", "nama": NAME, "alamat": HOME},
        received_at=T0,
    )
    submission = inbound.submission
    assert submission.reporter.address == HOME
    assert submission.location is None


@pytest.mark.parametrize("key", ["lokasi", "lokasi_kejadian", "alamat_kejadian", "location"])
def test_web_form_location_comes_from_its_own_fields(key: str) -> None:
    inbound = from_web_form(
        {
            "isi": "Pipa bocor.",
            "alamat": HOME,
            key: "Jl. Timor Raya No. 5",
            "kelurahan": "Oebobo",
        },
        received_at=T0,
    )
    location = inbound.submission.location
    assert location == Location(kelurahan="Oebobo", address="Jl. Timor Raya No. 5")
    assert inbound.submission.reporter.address == HOME


def test_web_form_region_alone_still_makes_a_location() -> None:
    inbound = from_web_form(
        {"isi": "Pipa bocor.", "alamat": HOME, "kelurahan": "Oebobo"}, received_at=T0
    )
    assert inbound.submission.location == Location(kelurahan="Oebobo")


def test_web_form_first_location_field_wins_and_blank_ones_are_skipped() -> None:
    inbound = from_web_form(
        {"isi": "Pipa bocor.", "lokasi": "  ", "alamat_kejadian": "Pasar Oebobo"},
        received_at=T0,
    )
    assert inbound.submission.location == Location(address="Pasar Oebobo")


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_web_form_location_of_a_wrong_type_is_refused(kind: str, value: object) -> None:
    result = outcome(from_web_form, {"isi": "Pipa bocor.", "lokasi": value}, received_at=T0)
    if value is None:
        assert not isinstance(result, PengaduanError)
        assert result.submission.location is None
        return
    assert isinstance(result, IntakeError)
    assert result.reason == "invalid-field"


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_web_form_hostile_location_text(kind: str, text: str) -> None:
    result = outcome(from_web_form, {"isi": "Pipa bocor.", "lokasi": text}, received_at=T0)
    if not isinstance(result, PengaduanError):
        location = result.submission.location
        assert location is None or location.address == text


def test_web_form_end_to_end_the_unit_never_reads_the_home_address() -> None:
    """The reviewer's case: an anonim form with only ``alamat``; neither the unit nor oversight
    may read the reporter's home address, and no disclosure is due."""
    inbound = from_web_form(
        {
            "isi": "Air PDAM tidak mengalir 3 hari.",
            "nama": NAME,
            "alamat": HOME,
            "kelurahan": "Oebobo",
            "privasi": "anonim",
        },
        received_at=T0,
    )
    complaint = disposed(inbound.submission)
    for audience in (Audience.UNIT, Audience.OVERSIGHT):
        page, stored = view(complaint, audience, viewer=VIEWERS[audience], at=AT)
        assert page.reporter is None
        assert stored is complaint
        dumped = json.dumps(page.to_dict())
        for secret in ("Soeharto", "Maria", "Tefa", "0813", "3900"):
            assert secret not in dumped, secret


# -- the location's street address in views -------------------------------------------------------


def located(privacy: Privacy, place: str, **reporter: Any) -> Complaint:
    person = Reporter(name=NAME, phone=PHONE, nik=NIK, **reporter)
    return disposed(
        Submission(
            text="Pipa PDAM bocor sejak minggu lalu.",
            channel=Channel.WEB,
            reporter=person,
            privacy=privacy,
            location=Location(kelurahan="Oebobo", address=place),
        )
    )


# A location stored before the web-form fix: the reporter's home address copied into it.
@pytest.mark.parametrize(
    ("audience", "privacy"),
    [p for p in HIDDEN if p[0] is not Audience.PUBLIC],
    ids=_id,
)
def test_a_location_copied_from_the_home_address_is_withheld_whole(
    audience: Audience, privacy: Privacy
) -> None:
    page = seen_by(located(privacy, HOME, address=HOME), audience)
    assert page.address == "[ADDRESS]"
    assert ("address", 1) in page.redactions


@pytest.mark.parametrize(("audience", "privacy"), SHOWN, ids=_id)
def test_audiences_with_the_identity_read_the_location_as_stored(
    audience: Audience, privacy: Privacy
) -> None:
    page = seen_by(located(privacy, HOME, address=HOME), audience)
    assert page.address == HOME


PROBLEM = "Jl. W.J. Lalamentik No. 12, depan rumah Bapak Yosef Manu (0812-3456-7890)"


@pytest.mark.parametrize(
    ("audience", "privacy"),
    [p for p in HIDDEN if p[0] is not Audience.PUBLIC],
    ids=_id,
)
def test_the_street_stays_and_personal_data_in_the_location_goes(
    audience: Audience, privacy: Privacy
) -> None:
    page = seen_by(located(privacy, PROBLEM), audience)
    # The unit must find the pipe: the street is kept; the neighbour's name and phone are not.
    assert page.address == "Jl. W.J. Lalamentik No. 12, depan rumah Bapak [NAME] ([PHONE])"
    assert dict(page.redactions) == {"name": 1, "phone": 1}


def test_the_reporter_is_swept_from_the_location() -> None:
    address = "Jl. Timor Raya No. 5, di depan rumah MARIA TEFA, wa 0813 3900 1122"
    page = seen_by(located(Privacy.ANONIM, address), Audience.UNIT)
    assert page.address is not None
    assert page.address.startswith("Jl. Timor Raya No. 5, di depan rumah ")
    for secret in ("MARIA", "TEFA", "3900"):
        assert secret not in page.address


def test_a_policy_that_shows_personal_data_still_sweeps_the_reporter_from_the_location() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["unit"]["anonim"]["personal_data"] = True
    policy = ViewPolicy.from_dict(table, name="kupang")
    complaint = located(Privacy.ANONIM, f"{PROBLEM}; rumah pelapor {HOME}", address=HOME)
    page = seen_by(complaint, Audience.UNIT, policy=policy)
    assert page.address == f"{PROBLEM}; rumah pelapor [ADDRESS]"


@pytest.mark.parametrize("field", ["kelurahan", "kecamatan", "city", "address"])
@pytest.mark.parametrize(("audience", "privacy"), HIDDEN, ids=_id)
def test_every_location_field_is_swept_of_the_reporter(
    field: str, audience: Audience, privacy: Privacy
) -> None:
    written = f"Oebobo, dekat rumah Maria Tefa @{HANDLE} (0813 3900 1122)"
    inbound = from_social_media(
        platform="instagram", handle=HANDLE, text="Jalan rusak.", received_at=T0
    )
    submission = attrs.evolve(
        inbound.submission,
        reporter=Reporter(name=NAME, phone=PHONE, account_id=f"instagram:{HANDLE}"),
        privacy=privacy,
        location=Location(**{field: written}),
    )
    page = seen_by(disposed(submission), audience)
    shown = getattr(page, field)
    if shown is None:  # the public is never shown the street address
        assert (audience, field) == (Audience.PUBLIC, "address")
        return
    assert shown.startswith("Oebobo, dekat rumah ")
    for secret in ("Maria", "Tefa", HANDLE, "3900"):
        assert secret not in shown, secret


def test_the_public_never_gets_the_street_address() -> None:
    for privacy in (Privacy.PUBLIK, Privacy.ANONIM):
        assert seen_by(located(privacy, PROBLEM), Audience.PUBLIC).address is None


@pytest.mark.parametrize(("kind", "text"), HOSTILE_TEXTS, ids=[k for k, _ in HOSTILE_TEXTS])
def test_hostile_location_text_in_a_unit_view(kind: str, text: str) -> None:
    try:
        complaint = located(Privacy.ANONIM, text)
    except PengaduanError:
        return  # the model refuses it (a lone surrogate); nothing to view
    viewer = Viewer()
    result = outcome(viewer.view, complaint, "unit", viewer=UNIT, at=AT)
    assert not isinstance(result, PengaduanError)
    page, _ = result
    assert page.address is not None
    for secret in ("Maria", "Tefa"):
        assert secret not in page.address


@attrs.define
class _Ward:
    """An app's detector that cannot be hashed (a mutable attrs class): ward names."""

    name: str = "ward"

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        start = text.find("Gang Mawar")
        if start >= 0:
            yield Finding(kind="ward", start=start, end=start + 10, detector=self.name)


def test_an_app_redactor_with_unhashable_detectors_redacts_the_location() -> None:
    viewer = Viewer(redactor=Redactor.default(extra_detectors=[_Ward()]))
    complaint = located(Privacy.ANONIM, f"Gang Mawar, {PROBLEM}")
    for _ in range(2):
        page, _ = viewer.view(complaint, "unit", viewer=UNIT, at=AT)
        assert page.address == (
            "[WARD], Jl. W.J. Lalamentik No. 12, depan rumah Bapak [NAME] ([PHONE])"
        )


# -- social-media handles -------------------------------------------------------------------------


def social(privacy: Privacy, text: str, handle: str = HANDLE) -> Complaint:
    inbound = from_social_media(
        platform="instagram", handle=f"@{handle}", text=text, received_at=T0, message_id="ig-1"
    )
    return disposed(attrs.evolve(inbound.submission, privacy=privacy))


WRITTEN = [
    pytest.param(f"DM saya @{HANDLE}", "DM saya [ACCOUNT]", id="at-form"),
    pytest.param(f"akun saya {HANDLE} ya", "akun saya [ACCOUNT] ya", id="bare"),
    pytest.param(f"cek {HANDLE.upper()}.", "cek [ACCOUNT].", id="upper-case-sentence-end"),
    pytest.param(
        f"instagram.com/{HANDLE}/ atau instagram:{HANDLE}",
        "instagram.com/[ACCOUNT]/ atau [ACCOUNT]",
        id="profile-link-and-account-id",
    ),
    pytest.param(f"({HANDLE}), @{HANDLE}!", "([ACCOUNT]), [ACCOUNT]!", id="punctuation"),
    pytest.param("DM @MARIA.TEFA_\u212aPG", "DM [ACCOUNT]", id="kelvin-sign-for-k"),
]
NOT_THE_HANDLE = [
    pytest.param(f"{HANDLE}2 dan {HANDLE}_lama", id="longer-handles"),
    pytest.param(f"{HANDLE}.backup dan x{HANDLE}", id="dotted-and-prefixed"),
    pytest.param("@pemkotkupang jalan rusak", id="another-account"),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN)
@pytest.mark.parametrize(("audience", "privacy"), HIDDEN, ids=_id)
def test_a_handle_is_swept_as_people_write_it(
    audience: Audience, privacy: Privacy, text: str, expected: str
) -> None:
    page = seen_by(social(privacy, text), audience)
    assert page.text == expected


@pytest.mark.parametrize("text", NOT_THE_HANDLE)
def test_only_the_handle_as_a_whole_token_is_swept(text: str) -> None:
    page = seen_by(social(Privacy.ANONIM, text), Audience.UNIT)
    assert page.text is not None
    # (The name detector may still take a first name it reads as one; no handle is found.)
    assert "[ACCOUNT]" not in page.text
    assert ("account", 1) not in page.redactions


def test_audiences_with_the_identity_read_the_handle() -> None:
    text = f"DM saya @{HANDLE}"
    complaint = social(Privacy.PUBLIK, text)
    assert seen_by(complaint, Audience.UNIT).text == text
    assert seen_by(social(Privacy.ANONIM, text), Audience.ADMIN).text == text


def test_a_short_handle_is_swept_only_with_its_at_sign() -> None:
    page = seen_by(social(Privacy.ANONIM, "@ab bilang ab di sini", handle="ab"), Audience.UNIT)
    assert page.text == "[ACCOUNT] bilang ab di sini"


def test_the_handle_is_swept_from_event_data_and_the_location() -> None:
    complaint = social(Privacy.ANONIM, "Jalan rusak.")
    complaint = WF.apply(
        complaint,
        Action.TINDAK_LANJUT,
        at=T0 + timedelta(hours=2),
        actor=UNIT,
        response=f"Sudah kami balas ke @{HANDLE}.",
    )
    page = seen_by(complaint, Audience.UNIT)
    dumped = json.dumps(page.to_dict())
    assert HANDLE not in dumped
    assert "Sudah kami balas ke [ACCOUNT]." in dumped


@pytest.mark.parametrize(
    ("account", "text", "expected"),
    [
        ("twitter:...", "tunggu... ya", "tunggu... ya"),
        ("twitter:-_-", "oke -_- ya", "oke -_- ya"),
        ("x:Budi.S", "dari @budi.s dan budi.s", "dari [ACCOUNT] dan [ACCOUNT]"),
        ("facebook:1000123", "id 1000123 saya", "id [ACCOUNT] saya"),
        ("tiktok:kupang:2", "akun kupang:2", "akun kupang:2"),
        ("twitter:", "kosong", "kosong"),
    ],
    ids=["punctuation", "underscore-face", "other-platform", "numeric", "two-colons", "empty"],
)
def test_account_ids_of_any_platform(account: str, text: str, expected: str) -> None:
    complaint = disposed(
        Submission(
            text=text,
            channel=Channel.WEB,
            reporter=Reporter(account_id=account),
            privacy=Privacy.ANONIM,
        )
    )
    result = outcome(Viewer().view, complaint, "unit", viewer=UNIT, at=AT)
    assert not isinstance(result, PengaduanError)
    assert result[0].text == expected


def test_an_app_account_id_is_swept_as_written_only() -> None:
    complaint = disposed(
        Submission(
            text="akun saya akun-7781, kode 7781",
            channel=Channel.WEB,
            reporter=Reporter(account_id="akun-7781"),
            privacy=Privacy.ANONIM,
        )
    )
    page = seen_by(complaint, Audience.UNIT)
    assert page.text == "akun saya [ACCOUNT], kode 7781"


# -- attachment names -----------------------------------------------------------------------------

KTP = Attachment(
    media_type="image/jpeg",
    size_bytes=1000,
    sha256="0" * 64,
    filename="KTP Maria Goreti Tefa 5371012345670001 (WA 081339001122).JPG",
)
RECEIPT = Attachment(media_type="application/pdf", size_bytes=10, sha256="1" * 64)


def with_files(privacy: Privacy, *files: Attachment) -> Complaint:
    return disposed(
        Submission(
            text="Antrian lama.",
            channel=Channel.WEB,
            reporter=Reporter(name=NAME, phone=PHONE, nik=NIK),
            privacy=privacy,
            attachments=files,
        )
    )


def generous() -> Viewer:
    """A policy that shows attachments wherever the floor allows it."""
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["unit"]["anonim"]["attachments"] = True
    table["unit"]["rahasia"]["attachments"] = True
    table["oversight"]["anonim"]["attachments"] = True
    table["oversight"]["rahasia"]["attachments"] = True
    table["public"]["publik"]["attachments"] = True
    return Viewer(policy=ViewPolicy.from_dict(table, name="generous"))


@pytest.mark.parametrize(
    ("audience", "privacy"),
    [p for p in HIDDEN if p != (Audience.PUBLIC, Privacy.ANONIM)],
    ids=_id,
)
def test_attachments_get_neutral_names_without_the_identity(
    audience: Audience, privacy: Privacy
) -> None:
    complaint = with_files(privacy, KTP, RECEIPT, KTP)
    page, _ = generous().view(complaint, audience, viewer=VIEWERS[audience], at=AT)
    assert [a.filename for a in page.attachments] == ["lampiran-1.jpg", None, "lampiran-3.jpg"]
    # The file itself is the same: its type, size and digest are kept.
    assert [attrs.evolve(a, filename=None) for a in page.attachments] == [
        attrs.evolve(KTP, filename=None),
        RECEIPT,
        attrs.evolve(KTP, filename=None),
    ]
    dumped = json.dumps(page.to_dict())
    for secret in ("KTP", "Maria", "5371012345670001", "081339001122"):
        assert secret not in dumped, secret


@pytest.mark.parametrize(("audience", "privacy"), SHOWN, ids=_id)
def test_attachments_keep_their_names_with_the_identity(
    audience: Audience, privacy: Privacy
) -> None:
    page, _ = generous().view(with_files(privacy, KTP), audience, viewer=VIEWERS[audience], at=AT)
    assert page.attachments == (KTP,)


@pytest.mark.parametrize(
    ("filename", "neutral"),
    [
        ("foto.jpeg", "lampiran-1.jpeg"),
        ("Maria.Tefa.PNG", "lampiran-1.png"),
        ("maria tefa", "lampiran-1"),
        ("scan.5371012345", "lampiran-1"),  # digits are not an extension
        ("arsip.maria_tefa", "lampiran-1"),  # nor a long word
        ("video.3gp", "lampiran-1.3gp"),
        (".bashrc", "lampiran-1"),
        ("a.", "lampiran-1"),
    ],
)
def test_a_neutral_name_keeps_only_a_plain_extension(filename: str, neutral: str) -> None:
    complaint = with_files(Privacy.ANONIM, attrs.evolve(KTP, filename=filename))
    page, _ = generous().view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert page.attachments[0].filename == neutral


@pytest.mark.parametrize(
    ("media_type", "shown"),
    [
        ("image/jpeg", "image/jpeg"),
        ("application/vnd.ms-excel", "application/vnd.ms-excel"),
        ("image/jpeg; name=Maria Tefa", "application/octet-stream"),
        ("Maria Goreti Tefa", "application/octet-stream"),
    ],
)
def test_a_media_type_that_is_not_one_is_replaced(media_type: str, shown: str) -> None:
    """A new attachment must have a real media type; one stored before that rule may not."""
    legacy = stored_attachment(media_type, KTP.size_bytes, KTP.sha256, KTP.filename)
    complaint = with_files(Privacy.ANONIM, legacy)
    page, _ = generous().view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert page.attachments[0].media_type == shown


@given(st.text(min_size=1, max_size=80).filter(lambda s: s.strip() and s.isprintable()))
def test_any_filename_becomes_a_neutral_one(filename: str) -> None:
    complaint = with_files(Privacy.ANONIM, attrs.evolve(KTP, filename=filename))
    page, _ = generous().view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    neutral = page.attachments[0].filename
    assert neutral is not None
    assert re.fullmatch(r"lampiran-1(\.[a-z0-9]{1,5})?", neutral)


def test_the_floor_still_keeps_anonim_photos_from_the_public() -> None:
    """Neutral names do not make a photo's content safe: the public never gets an anonim
    complaint's attachments, whatever their names."""
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["public"]["anonim"]["attachments"] = True
    error = raises_typed(ViewPolicy.from_dict, table, name="too-open")
    assert any("attachments of an anonim complaint" in p for p in error.problems)  # type: ignore[attr-defined]


def test_the_reporter_sees_their_own_file_names() -> None:
    """The reporter's own view keeps the names of the files they sent."""
    complaint = disposed(
        Submission(
            text="Antrian lama.",
            channel=Channel.WEB,
            reporter=Reporter(name=NAME, phone=PHONE, account_id="akun-sweep"),
            privacy=Privacy.ANONIM,
            attachments=(KTP,),
        )
    )
    own = Actor.reporter("akun-sweep")
    page, _ = Viewer().view(complaint, Audience.REPORTER, viewer=own, at=AT)
    assert page.attachments == (KTP,)
    unit_page, _ = generous().view(complaint, Audience.UNIT, viewer=UNIT, at=AT)
    assert unit_page.attachments[0].filename != KTP.filename
