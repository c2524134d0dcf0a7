"""Actor ids: phone numbers and NIKs are refused however they are grouped; stored histories
written under the earlier rule still load, and only new actions meet the current one."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from tests.helpers import ADMIN, SYSTEM, T0, WF, submission
from tests.hostile_helpers import raises_typed

from pengaduan.errors import ArgumentError, GuardError
from pengaduan.history import verify_history
from pengaduan.identity import reporter_pseudonym
from pengaduan.model import (
    Actor,
    Complaint,
    Reporter,
    Role,
    check_actor_id,
    stored_actor,
    trusted_reporter,
)
from pengaduan.serialization import from_dict, from_json, to_dict, to_json
from pengaduan.store import Repository
from pengaduan.workflow.profiles import Action

# Accepted before digits were counted across separators; refused for new actors now.
LEGACY_UNIT = "0813-3900-1122"
LEGACY_ACCOUNT = "psn-081339001122"


@pytest.mark.parametrize(
    "actor_id",
    [
        pytest.param("dinkes", id="unit"),
        pytest.param("bag-organisasi", id="dashed"),
        pytest.param("akun-7781", id="short-number"),
        pytest.param("upt-2025-01", id="six-digits-split"),
        pytest.param("a1b2c3d4e5f6g7h8i9", id="digits-between-letters"),
        pytest.param("puskesmas.oebobo:loket-2", id="dots-and-colon"),
        pytest.param(reporter_pseudonym("+6281339001122", key=bytes(range(32))), id="pseudonym"),
    ],
)
def test_ids_that_are_ids_pass(actor_id: str) -> None:
    assert check_actor_id(actor_id) == actor_id
    assert Actor.unit(actor_id).id == actor_id


@pytest.mark.parametrize(
    "actor_id",
    [
        pytest.param(LEGACY_UNIT, id="phone-dashed"),
        pytest.param("5371.0123.4567.0001", id="nik-dotted"),
        pytest.param(LEGACY_ACCOUNT, id="pseudonym-prefix-on-a-phone"),
        pytest.param("0380-821234", id="landline"),
        pytest.param("12345678", id="eight-digits"),
    ],
)
def test_phones_and_niks_are_refused_however_grouped(actor_id: str) -> None:
    error = raises_typed(Actor.unit, actor_id)
    assert isinstance(error, ArgumentError)
    assert error.argument == "Actor.id"
    assert actor_id not in str(error)
    refused = raises_typed(Reporter, account_id=actor_id)
    assert isinstance(refused, ArgumentError)
    assert refused.argument == "Reporter.account_id"  # the field given, not Actor's
    assert isinstance(raises_typed(stored_actor, Role.UNIT, actor_id + "@x"), ArgumentError)


def test_stored_actors_keep_the_rule_they_were_written_under() -> None:
    legacy = stored_actor(Role.UNIT, LEGACY_UNIT)
    assert (legacy.role, legacy.id) == (Role.UNIT, LEGACY_UNIT)
    for refused in ("081339001122", "nik 5371", "a@b"):  # refused before too
        assert isinstance(raises_typed(stored_actor, Role.UNIT, refused), ArgumentError)
    assert isinstance(raises_typed(stored_actor, "unit", "dinkes"), ArgumentError)


def _legacy_complaint() -> Complaint:
    """A complaint written before the current rule: a reporter account and a unit id that the
    rule of the time accepted, on a valid chain."""
    reporter = trusted_reporter(None, None, None, None, None, LEGACY_ACCOUNT)
    received = WF.receive(
        submission(reporter=reporter), tracking_id="KPG-OLD-1", at=T0, actor=SYSTEM
    )
    disposed = WF.apply(
        received, Action.VERIFIKASI, at=T0 + timedelta(hours=1), actor=ADMIN, units=["dinkes"]
    )
    return WF._append(  # what the workflow of the time wrote; it refuses this actor today
        disposed,
        action=Action.TINDAK_LANJUT,
        status=disposed.status,
        target="ditindaklanjuti",
        actor=stored_actor(Role.UNIT, LEGACY_UNIT),
        when=T0 + timedelta(hours=2),
        payload='{"response":"Sudah."}',
        idempotency_key=None,
    )


def _checked_path_document(complaint: Complaint) -> dict[str, Any]:
    """The document in a form the fast loader does not take (a reporter without null fields)."""
    document = to_dict(complaint)
    document["reporter"] = {k: v for k, v in document["reporter"].items() if v is not None}
    return document


def test_a_legacy_history_loads_and_verifies() -> None:
    legacy = _legacy_complaint()
    verify_history(legacy)
    fast = from_json(to_json(legacy), head=legacy.head)
    checked = from_dict(_checked_path_document(legacy), head=legacy.head)
    for loaded in (fast, checked):
        assert loaded == legacy
        assert loaded.reporter.account_id == LEGACY_ACCOUNT
        assert loaded.history[-1].actor.id == LEGACY_UNIT
    assert json.loads(to_json(checked)) == json.loads(to_json(legacy))


def test_a_legacy_history_is_kept_by_a_store(tmp_path: Any) -> None:
    legacy = _legacy_complaint()
    with Repository(f"sqlite:///{tmp_path / 'old.db'}") as repo:
        repo.add(legacy)
        assert repo.get(legacy.tracking_id) == legacy
        closed = WF.apply(legacy, Action.TUTUP, at=T0 + timedelta(hours=3), actor=ADMIN)
        repo.append(closed, expected_version=legacy.version)
        assert repo.get(legacy.tracking_id).status == "selesai"


def test_new_actions_meet_the_current_rule() -> None:
    legacy = _legacy_complaint()
    with pytest.raises(ArgumentError):
        Actor.reporter(LEGACY_ACCOUNT)  # the legacy reporter cannot be named as an actor now
    # Another reporter account is refused as before.
    with pytest.raises(GuardError) as other:
        WF.apply(
            legacy,
            Action.BUKA_KEMBALI,
            at=T0 + timedelta(hours=3),
            actor=Actor.reporter("akun-lain"),
            reason="belum selesai",
        )
    assert other.value.guard == "reporter-binding"
    assert WF.conforms(legacy) == []
