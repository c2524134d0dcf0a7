"""The reporter's own view: their complaint whatever its privacy, the answers addressed to them,
never officers' notes nor other people's personal data, and only for the complaint's reporter.

The expected rows are written out by hand from docs/explanation/privacy.md (the ``reporter``
row of the default table), independently of the code.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import attrs
import pytest
from tests.helpers import ADMIN, T0, UNIT, WF
from tests.hostile_helpers import raises_typed
from tests.test_views import (
    ACCOUNT,
    EMAIL,
    HOME,
    NAME,
    NIK,
    OFFICER,
    PHOTO,
    PROBLEM_ADDRESS,
    REDACTED_RESPONSE,
    SUBJECT,
    TEXT,
    complaint_with,
)

from pengaduan.errors import ArgumentError, ConfigurationError, PrivacyError
from pengaduan.intake import SmsGateway
from pengaduan.model import Actor, Privacy, Reporter, Role, Submission
from pengaduan.privacy import Audience, Viewer, ViewPolicy, ViewRule, view
from pengaduan.workflow import DISCLOSURE_ACTION, Workflow
from pengaduan.workflow.fields import FieldSpec
from pengaduan.workflow.profiles import Action

ME = Actor.reporter(ACCOUNT)
NOTE = f"Bapak {OFFICER} di puskesmas pernah ditegur, cek arsip HP 0812-7777-1234."
REPLY = f"Terima kasih. Saya {NAME}, NIK {NIK}, tetap menunggu."
AT = T0 + timedelta(hours=4)


def answered(privacy: Privacy | None, **changes: Any) -> Any:
    """The table's complaint, with an officers' note on its disposition and the reporter's reply."""
    complaint = complaint_with(privacy, **changes)
    # The admin reassigns it with an internal reason, then dinkes gets it back with a note.
    complaint = WF.apply(
        complaint,
        Action.TANGGAPI,
        at=T0 + timedelta(hours=3),
        actor=Actor.reporter(complaint.reporter.account_id)
        if complaint.reporter.account_id
        else ADMIN,
        message=REPLY,
    )
    return WF.apply(
        complaint,
        Action.BUKA_KEMBALI,
        at=T0 + timedelta(hours=3, minutes=30),
        actor=ADMIN,
        reason="jawaban belum lengkap",
    )


# What the reporter sees, by privacy (None = unset): the same for every privacy value.
ROW: dict[Privacy | None, tuple[bool, str, bool, bool]] = {
    # identity / text / attachments / problem address
    Privacy.PUBLIK: (True, "as written", True, True),
    Privacy.ANONIM: (True, "as written", True, True),
    Privacy.RAHASIA: (True, "as written", True, True),
    None: (True, "as written", True, True),
}


def _id(value: object) -> str:
    return "unset" if value is None else str(value)


@pytest.mark.parametrize("privacy", list(ROW), ids=_id)
def test_reporter_row_of_the_table(privacy: Privacy | None) -> None:
    complaint = answered(privacy)
    identity, text, attachments, address = ROW[privacy]
    seen, stored = view(complaint, Audience.REPORTER, viewer=ME, at=AT)

    assert seen.audience is Audience.REPORTER
    assert seen.privacy == (privacy or Privacy.RAHASIA)
    assert seen.status == "dibuka_kembali"
    assert (seen.status_label, seen.status_label_en) == ("Dibuka kembali", "Reopened")
    assert (seen.reporter == complaint.reporter) is identity
    assert text == "as written"
    assert (seen.text, seen.subject) == (TEXT, SUBJECT)
    assert seen.attachments == ((PHOTO,) if attachments else ())
    assert seen.address == (PROBLEM_ADDRESS if address else None)

    # Showing the reporter their own identity discloses nothing: no event, nothing recorded.
    assert seen.disclosed == ()
    assert stored is complaint

    data = {entry.action: entry.data for entry in seen.timeline}
    assert data[Action.VERIFIKASI] == {"units": ["dinkes"]}
    assert data[Action.TINDAK_LANJUT] == {"response": REDACTED_RESPONSE}
    assert data[Action.TANGGAPI] == {"message": REPLY}  # their own words, as written
    assert data[Action.BUKA_KEMBALI] == {"reason": "jawaban belum lengkap"}
    # The unit's answer held the reporter's phone: counted as redacted in others' texts only.
    assert dict(seen.redactions) == {"name": 1, "phone": 1}


def test_officers_notes_are_kept_from_the_reporter() -> None:
    complaint = WF.receive(
        Submission(text=TEXT, channel="web", reporter=Reporter(name=NAME, account_id=ACCOUNT)),
        tracking_id="KPG-NOTE-1",
        at=T0,
        actor=ME,
    )
    complaint = WF.apply(
        complaint,
        Action.VERIFIKASI,
        at=T0 + timedelta(hours=1),
        actor=ADMIN,
        units=["dinkes"],
        note=NOTE,
    )
    complaint = WF.apply(
        complaint,
        Action.DISPOSISI_ULANG,
        at=T0 + timedelta(hours=2),
        actor=ADMIN,
        units=["rsud"],
        reason=NOTE,
    )
    seen, _ = view(complaint, Audience.REPORTER, viewer=ME, at=AT)
    assert [entry.data for entry in seen.timeline] == [
        {},  # received: the submission itself is the view's text
        {"units": ["dinkes"]},
        {"units": ["rsud"]},
    ]
    rendered = json.dumps(seen.to_dict(), ensure_ascii=False)
    assert "pernah ditegur" not in rendered
    assert "7777" not in rendered
    # The unit and the admin, who work with the notes, still read them.
    unit, _ = view(complaint, Audience.UNIT, viewer=Actor.unit("rsud"), at=AT)
    assert unit.timeline[1].data is not None
    assert "note" in unit.timeline[1].data


def test_other_peoples_personal_data_in_answers_is_redacted() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    complaint = WF.apply(
        complaint,
        Action.TINDAK_LANJUT,
        at=T0 + timedelta(hours=3),
        actor=UNIT,
        response=f"Petugas {OFFICER} (HP 0812-7777-1234, NIK 5371011203800002) sudah dibina.",
    )
    seen, _ = view(complaint, Audience.REPORTER, viewer=ME, at=AT)
    last = seen.timeline[-1].data
    assert last == {"response": "Petugas [NAME] (HP [PHONE], NIK [NIK]) sudah dibina."}


def test_reporter_timeline_shows_units_and_self_not_officer_accounts_or_audits() -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    _, complaint = view(complaint, Audience.UNIT, viewer=UNIT, at=AT)  # records a disclosure
    seen, stored = view(complaint, Audience.REPORTER, viewer=ME, at=AT)
    assert stored is complaint
    assert DISCLOSURE_ACTION not in [entry.action for entry in seen.timeline]
    assert [(entry.role, entry.actor_id) for entry in seen.timeline] == [
        (Role.PELAPOR, ACCOUNT),
        (Role.ADMIN, None),  # an admin's account can be a person's login
        (Role.UNIT, "dinkes"),  # which unit answers is what the reporter follows
    ]


def test_the_reviewers_sms_complaint_is_visible_to_its_reporter() -> None:
    """An SMS complaint has no privacy choice (counted as rahasia): the public view is refused,
    the reporter's own view is not."""
    gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=b"k" * 32)
    inbound = gateway.submission(
        "KOTKUPANG air pdam sonde jalan 3 hari", sender="0812 3900 1122", received_at=T0
    )
    complaint = inbound.receive(WF, tracking_id="K1")
    complaint = WF.apply(
        complaint, Action.VERIFIKASI, at=T0 + timedelta(hours=1), actor=ADMIN, units=["pdam"]
    )
    me = Actor.reporter(complaint.reporter.account_id or "")
    with pytest.raises(PrivacyError):
        view(complaint, Audience.PUBLIC, viewer=Actor.system("portal"), at=AT)
    page, stored = view(complaint, "reporter", viewer=me, at=AT)
    assert page.status_label == "Diverifikasi dan didisposisikan"
    assert page.text == "air pdam sonde jalan 3 hari"
    assert page.reporter is not None
    assert page.reporter.phone == "+6281239001122"
    assert stored is complaint


# -- who may look -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "viewer",
    [
        pytest.param(Actor.reporter("akun-lain"), id="another-reporter"),
        pytest.param(ADMIN, id="admin"),
        pytest.param(UNIT, id="unit"),
        pytest.param(Actor.oversight("ombudsman-ntt"), id="oversight"),
        pytest.param(Actor.system("portal"), id="system"),
    ],
)
def test_only_the_complaints_reporter_gets_the_reporter_view(viewer: Actor) -> None:
    complaint = complaint_with(Privacy.PUBLIK)
    error = raises_typed(view, complaint, Audience.REPORTER, viewer=viewer, at=AT)
    assert isinstance(error, PrivacyError)
    assert error.audience == "reporter"
    assert error.complaint_id == "KPG-VIEW-1"
    assert ACCOUNT not in str(error)


def test_a_complaint_without_a_reporter_account_has_no_reporter_view() -> None:
    complaint = complaint_with(Privacy.PUBLIK, reporter=Reporter(name=NAME))
    error = raises_typed(
        view, complaint, Audience.REPORTER, viewer=Actor.reporter("siapa-saja"), at=AT
    )
    assert isinstance(error, PrivacyError)
    assert error.reason == "the complaint has no reporter account to view it with"


def test_nothing_of_the_reporter_leaks_in_refusals_or_reprs() -> None:
    complaint = answered(Privacy.RAHASIA)
    seen, _ = view(complaint, Audience.REPORTER, viewer=ME, at=AT)
    text = repr(seen) + "".join(map(repr, seen.timeline))
    for secret in (NAME, NIK, EMAIL, HOME, "puskesmas"):
        assert secret not in text
    error = raises_typed(
        view, complaint, Audience.REPORTER, viewer=Actor.reporter("akun-lain"), at=AT
    )
    assert "akun-lain" not in str(error)


# -- policy -------------------------------------------------------------------------------------


def test_a_table_without_reporter_rows_gets_the_default_ones() -> None:
    """Policies written before the reporter audience existed keep loading."""
    table = ViewPolicy.default().to_dict()
    del table["reporter"]
    policy = ViewPolicy.from_dict(table, name="lama")
    assert policy.to_dict() == ViewPolicy.default().to_dict()
    assert policy.rule(Audience.REPORTER, Privacy.RAHASIA) == ViewRule(
        identity=True, text=True, attachments=True, address=True, event_data=True
    )


def test_reporter_rows_are_all_or_none() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    del table["reporter"]["anonim"]
    with pytest.raises(ConfigurationError) as caught:
        ViewPolicy.from_dict(table)
    assert caught.value.problems == ("reporter x anonim: missing",)


def test_no_policy_shows_the_reporter_other_peoples_personal_data() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["reporter"]["publik"]["personal_data"] = True
    with pytest.raises(ConfigurationError) as caught:
        ViewPolicy.from_dict(table)
    expected = (
        "reporter x publik: the reporter never sees other people's personal data in what "
        "officers wrote"
    )
    assert caught.value.problems == (expected,)


def test_an_app_may_refuse_the_reporter_view() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["reporter"] = dict.fromkeys(("publik", "anonim", "rahasia"))
    viewer = Viewer(policy=ViewPolicy.from_dict(table, name="tanpa-pelapor"))
    with pytest.raises(PrivacyError):
        viewer.view(complaint_with(Privacy.PUBLIK), Audience.REPORTER, viewer=ME, at=AT)


def test_a_reporter_rule_without_identity_or_event_data() -> None:
    table: dict[str, Any] = ViewPolicy.default().to_dict()
    table["reporter"] = {key: {"text": True} for key in ("publik", "anonim", "rahasia")}
    viewer = Viewer(policy=ViewPolicy.from_dict(table, name="ringkas"))
    seen, _ = viewer.view(complaint_with(Privacy.PUBLIK), Audience.REPORTER, viewer=ME, at=AT)
    assert seen.reporter is None
    assert seen.text == TEXT
    assert seen.attachments == ()
    assert all(entry.data is None for entry in seen.timeline)
    # The reporter's own account is hidden with the identity.
    assert all(entry.actor_id != ACCOUNT for entry in seen.timeline)


def test_view_is_a_plain_value() -> None:
    seen, _ = view(complaint_with(Privacy.ANONIM), Audience.REPORTER, viewer=ME, at=AT)
    assert attrs.evolve(seen) == seen
    assert seen.to_dict()["audience"] == "reporter"


# -- the declaration: which fields the reporter reads ------------------------------------------


def test_the_default_profile_addresses_answers_not_notes_to_the_reporter() -> None:
    shown = {
        (action.name, field.name)
        for action in WF.actions
        for field in action.fields
        if field.reporter_visible
    }
    assert ("tindak_lanjut", "response") in shown
    assert ("tunda", "reason") in shown
    assert ("verifikasi", "units") in shown
    assert ("verifikasi", "note") not in shown
    assert ("disposisi_ulang", "reason") not in shown
    assert ("tutup", "note") not in shown


def test_reporter_visible_round_trips_and_is_checked() -> None:
    data = WF.to_dict()
    assert Workflow.from_dict(data).definition == WF.definition
    tunda = next(a for a in data["action"] if a["name"] == "tunda")
    tunda["fields"][0]["reporter_visible"] = "ya"
    with pytest.raises(ConfigurationError) as caught:
        Workflow.from_dict(data)
    assert caught.value.problems == ("action[1].fields[0].reporter_visible: must be true or false",)
    with pytest.raises(ArgumentError):
        FieldSpec(name="note", kind="text", reporter_visible=1)  # type: ignore[arg-type]
