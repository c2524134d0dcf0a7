"""Derived state read only from the field that sets it: units from a ``units`` field, privacy from
the admin's changes capped by the reporter's latest consent."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import ADMIN, REPORTER, UNIT, WF, in_status, received, step
from tests.repo_helpers import BACKENDS, database_url, opened

from pengaduan.errors import GuardError
from pengaduan.model import CONSENT_ACTION, PRIVACY_ACTION, Complaint, History, Privacy
from pengaduan.serialization import from_json, to_json
from pengaduan.store import Query
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


def _forged(complaint: Complaint, action: str, payload: str, **changes: Any) -> Complaint:
    """``complaint`` with one more event the workflow would refuse, on a valid chain (a history
    written by an older version, or by someone writing the store)."""
    last = complaint.history[-1]
    return WF._append(  # the test needs a history the workflow no longer produces
        complaint,
        action=action,
        status=last.to_status,
        target=changes.get("target", last.to_status),
        actor=changes.get("actor", ADMIN),
        when=last.at + timedelta(minutes=30),
        payload=payload,
        idempotency_key=None,
    )


# -- units come from a units field only -----------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "data"),
    [
        pytest.param(Action.BUKA_KEMBALI, {"reason": "units"}, id="reopen-reason"),
        pytest.param(Action.TANGGAPI, {"message": "units"}, id="reply-message"),
    ],
)
def test_the_word_units_in_text_does_not_unassign(action: str, data: dict[str, str]) -> None:
    start = Status.DITINDAKLANJUTI if action == Action.BUKA_KEMBALI else Status.DIDISPOSISIKAN
    complaint = step(in_status(start), action, **data)
    assert '"units"' in complaint.history[-1].payload  # the text test alone would match
    assert complaint.units == ("dinkes",)
    assert complaint.history.latest_units() is complaint.history[1]
    # The same answer from a history built in one go (the loader's path).
    assert History(list(complaint.history)).latest_units() is complaint.history[1]
    assert from_json(to_json(complaint)).units == ("dinkes",)


def test_a_response_saying_units_keeps_the_unit_and_a_disposition_still_moves_it() -> None:
    answered = step(in_status(Status.DIDISPOSISIKAN), Action.TINDAK_LANJUT, response="units")
    assert answered.units == ("dinkes",)
    moved = step(in_status(Status.DIDISPOSISIKAN), Action.DISPOSISI_ULANG, units=["rsud"])
    assert moved.units == ("rsud",)


def test_a_nested_units_key_is_not_a_field() -> None:
    complaint = in_status(Status.DIDISPOSISIKAN)
    forged = _forged(complaint, Action.TINDAK_LANJUT, '{"response":{"units":["pupr"]}}', actor=UNIT)
    assert forged.units == ("dinkes",)


def test_the_reopen_notice_reaches_the_assigned_unit() -> None:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - only this test needs them
    from pengaduan.messages import Messenger  # noqa: PLC0415
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415

    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2025))
    messenger = Messenger(workflow=WF, policy=SlaPolicy.lapor(WF), calendar=calendar)
    reopened = step(in_status(Status.DITINDAKLANJUTI), Action.BUKA_KEMBALI, reason="units")
    notices = [m for m in messenger.messages_for(reopened) if m.template == "buka_kembali_unit"]
    assert [m.recipient.id for m in notices] == ["dinkes"]


@pytest.fixture(params=BACKENDS)
def repo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    backend = str(request.param)
    cluster = request.getfixturevalue("pg_cluster") if backend.startswith("postgresql") else None
    with opened(backend, database_url(backend, tmp_path, cluster)) as repository:
        yield repository


def test_the_units_queue_keeps_a_reopened_complaint(repo: Any) -> None:
    answered = in_status(Status.DITINDAKLANJUTI)
    repo.add(answered)
    reopened = step(answered, Action.BUKA_KEMBALI, reason="units")
    repo.append(reopened, expected_version=answered.version)
    assert [r.tracking_id for r in repo.page(Query(unit="dinkes")).items] == [answered.tracking_id]


# -- the reporter's latest consent is the one in force -------------------------------------------


def _consents(*values: str) -> Complaint:
    complaint = received(privacy=Privacy.RAHASIA)
    for minutes, value in enumerate(values, start=1):
        complaint = WF.record_consent(
            complaint,
            privacy=value,
            at=complaint.updated_at + timedelta(minutes=minutes),
            actor=REPORTER,
        )
    return complaint


def _change(complaint: Complaint, value: str) -> Complaint:
    return WF.change_privacy(
        complaint,
        privacy=value,
        reason="sesuai persetujuan",
        at=complaint.updated_at + timedelta(minutes=5),
        actor=ADMIN,
    )


@pytest.mark.parametrize(
    ("consents", "wanted", "allowed"),
    [
        pytest.param(("publik",), "publik", True, id="one-consent"),
        pytest.param(("publik", "rahasia"), "publik", False, id="withdrawn"),
        pytest.param(("publik", "rahasia"), "anonim", False, id="withdrawn-anonim"),
        pytest.param(("publik", "anonim"), "publik", False, id="narrowed"),
        pytest.param(("publik", "anonim"), "anonim", True, id="narrowed-to-what-is-asked"),
        pytest.param(("rahasia", "publik"), "publik", True, id="given-again"),
        pytest.param(("anonim", "publik"), "anonim", True, id="wider-covers-narrower"),
    ],
)
def test_the_newest_consent_wins(consents: tuple[str, ...], wanted: str, allowed: bool) -> None:
    complaint = _consents(*consents)
    if allowed:
        assert _change(complaint, wanted).effective_privacy == wanted
    else:
        with pytest.raises(GuardError) as refused:
            _change(complaint, wanted)
        assert refused.value.guard == "reporter-consent"


def test_a_withdrawal_hides_at_once_and_the_admin_may_record_it() -> None:
    public = _change(_consents("publik"), "publik")
    assert public.effective_privacy == "publik"
    withdrawn = WF.record_consent(
        public, privacy="rahasia", at=public.updated_at + timedelta(hours=1), actor=REPORTER
    )
    assert withdrawn.effective_privacy == "rahasia"  # before any admin action
    assert WF.conforms(withdrawn) == []
    with pytest.raises(GuardError, match="reporter-consent"):
        _change(withdrawn, "anonim")
    recorded = _change(withdrawn, "rahasia")  # tightening needs no consent
    assert recorded.effective_privacy == "rahasia"
    assert WF.conforms(recorded) == []
    # Consenting again later opens the way again.
    again = WF.record_consent(
        recorded, privacy="anonim", at=recorded.updated_at + timedelta(hours=1), actor=REPORTER
    )
    assert again.effective_privacy == "rahasia"  # a consent never loosens by itself
    assert _change(again, "anonim").effective_privacy == "anonim"


def test_a_narrower_consent_narrows_the_submitted_choice() -> None:
    submitted = received(privacy=Privacy.PUBLIK)
    narrowed = WF.record_consent(
        submitted, privacy="anonim", at=submitted.updated_at, actor=REPORTER
    )
    assert (submitted.effective_privacy, narrowed.effective_privacy) == ("publik", "anonim")
    widened = WF.record_consent(narrowed, privacy="publik", at=narrowed.updated_at, actor=REPORTER)
    assert widened.effective_privacy == "publik"  # the reporter's own choice at submission


def test_a_stored_change_after_a_withdrawal_is_reported_and_does_not_show() -> None:
    withdrawn = _consents("publik", "rahasia")
    forged = _forged(withdrawn, PRIVACY_ACTION, '{"privacy":"publik","reason":"dipublikasikan"}')
    assert forged.effective_privacy == "rahasia"
    (deviation,) = WF.deviations(forged)
    assert deviation[:2] == (forged.version, PRIVACY_ACTION)
    assert "consent" in deviation[2]
    # Such a history still loads and verifies: only the judgement of it changed.
    loaded = from_json(to_json(forged), head=forged.head)
    assert loaded == forged
    assert loaded.effective_privacy == "rahasia"


def test_an_unreadable_consent_fails_closed() -> None:
    public = _change(_consents("publik"), "publik")
    forged = _forged(public, CONSENT_ACTION, '{"privacy":"semua"}', actor=REPORTER)
    assert forged.effective_privacy == "rahasia"
    assert WF.deviations(forged) != []


def test_the_projection_follows_a_withdrawal(repo: Any) -> None:
    public = _change(_consents("publik"), "publik")
    repo.add(public)
    withdrawn = WF.record_consent(
        public, privacy="anonim", at=public.updated_at + timedelta(hours=1), actor=REPORTER
    )
    repo.append(withdrawn, expected_version=public.version)
    assert repo.page(Query(privacy=Privacy.PUBLIK)).items == ()
    assert [r.tracking_id for r in repo.page(Query(privacy=Privacy.ANONIM)).items] == [
        public.tracking_id
    ]
