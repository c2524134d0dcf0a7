"""Idempotency keys: ``None`` is "no key"; an empty or whitespace-only key is refused everywhere.

The digest of an event joins a missing key as ``""``, so a history whose ``""`` key was swapped
for ``null`` (or back) would still verify. Digests never change (stored histories must keep
verifying), so the empty key is refused instead: by the workflow, by ``Event``, by the loaders
and by ``verify_history``.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import ADMIN, REPORTER, SYSTEM, T0, WF, in_status, received, submission
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import opened

from pengaduan._core import keys
from pengaduan.errors import ArgumentError, IntegrityError, PengaduanError, SerializationError
from pengaduan.history import verify_history
from pengaduan.model import Event, replace_history, trusted_event
from pengaduan.serialization import from_dict, from_json, iter_lines, to_dict, to_json
from pengaduan.store import Repository
from pengaduan.store import _core as store_core
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Callable

BLANK = [
    pytest.param("", id="empty"),
    pytest.param(" ", id="space"),
    pytest.param("   ", id="spaces"),
    pytest.param("\t", id="tab"),
    pytest.param("\n", id="newline"),
    pytest.param("\u3000", id="ideographic-space"),
]


def _keyed_calls(key: str) -> list[Callable[[], object]]:
    disposed = in_status(Status.DIDISPOSISIKAN)
    at = disposed.updated_at + timedelta(hours=1)
    return [
        lambda: WF.receive(
            submission(), tracking_id="KPG-K-1", at=T0, actor=SYSTEM, idempotency_key=key
        ),
        lambda: WF.apply(
            disposed, Action.TANGGAPI, at=at, actor=REPORTER, message="x", idempotency_key=key
        ),
        lambda: WF.change_privacy(
            disposed, privacy="rahasia", reason="x", at=at, actor=ADMIN, idempotency_key=key
        ),
        lambda: WF.record_consent(
            disposed, privacy="anonim", at=at, actor=REPORTER, idempotency_key=key
        ),
    ]


@pytest.mark.parametrize("key", BLANK)
def test_the_workflow_refuses_a_blank_key(key: str) -> None:
    for call in _keyed_calls(key):
        error = raises_typed(call)
        assert isinstance(error, ArgumentError)
        assert error.argument == "idempotency_key"


def test_keys_with_text_still_work_and_replay() -> None:
    disposed = in_status(Status.DIDISPOSISIKAN)
    at = disposed.updated_at + timedelta(hours=1)
    for key in ("wa-7781-0001", "a b"):  # inner spaces are a provider's business
        once = WF.apply(
            disposed, Action.TANGGAPI, at=at, actor=REPORTER, message="x", idempotency_key=key
        )
        again = WF.apply(
            once, Action.TANGGAPI, at=at, actor=REPORTER, message="x", idempotency_key=key
        )
        assert again is once
        assert once.history[-1].idempotency_key == key


@pytest.mark.parametrize("key", BLANK)
def test_an_event_refuses_a_blank_key(key: str) -> None:
    event = received().history[0]
    fields: dict[str, Any] = {
        "sequence": 1,
        "action": event.action,
        "from_status": None,
        "to_status": event.to_status,
        "actor": event.actor,
        "at": event.at,
        "digest": event.digest,
    }
    with pytest.raises(ArgumentError) as refused:
        Event(**fields, idempotency_key=key)
    assert refused.value.argument == "idempotency_key"
    assert Event(**fields, idempotency_key=None).idempotency_key is None


def _with_key(key: str | None) -> Any:
    """A disposed complaint whose second event has ``key``, as a document."""
    disposed = in_status(Status.DIDISPOSISIKAN)
    document = json.loads(to_json(disposed))
    document["history"][1]["key"] = key
    return disposed, document


@pytest.mark.parametrize("key", BLANK)
@pytest.mark.parametrize("verify", [True, False])
def test_a_document_with_a_blank_key_does_not_load(key: str, verify: bool) -> None:
    disposed, document = _with_key(key)
    with pytest.raises(SerializationError) as refused:
        from_json(json.dumps(document), head=disposed.head, verify=verify)
    assert refused.value.path == "history[1].key"
    with pytest.raises(SerializationError):
        from_dict(document, verify=verify)
    with pytest.raises(SerializationError):
        list(iter_lines([json.dumps(document)]))


def test_the_missing_key_still_loads_and_verifies() -> None:
    disposed, document = _with_key(None)
    assert from_json(json.dumps(document), head=disposed.head) == disposed
    assert to_dict(from_dict(document)) == to_dict(disposed)


@pytest.mark.parametrize("key", ["", " "])
def test_verify_history_refuses_a_blank_key_built_past_the_model(key: str) -> None:
    disposed = in_status(Status.DIDISPOSISIKAN)
    last = disposed.history[-1]
    forged_event = trusted_event(  # the loader's hot path, which skips the model's checks
        last.sequence,
        last.action,
        last.from_status,
        last.to_status,
        last.actor,
        last.at,
        last.payload,
        key,
        last.digest,
    )
    forged = replace_history(disposed, [*disposed.history[:-1], forged_event])
    with pytest.raises(IntegrityError) as refused:
        verify_history(forged, head=disposed.head)
    assert refused.value.sequence == disposed.version


def test_a_stored_row_with_a_blank_key_is_refused(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    with Repository(url) as repo:
        repo.add(in_status(Status.DIDISPOSISIKAN))
        with repo.engine.begin() as conn:
            conn.execute(sa.text("UPDATE events SET idempotency_key = '' WHERE seq = 2"))
        with pytest.raises(PengaduanError) as refused:
            repo.get("KPG-TEST-1")
        assert isinstance(refused.value, SerializationError | IntegrityError)


# -- one rule for a new key: the repository's column (128 characters) --------------------------

LONG = "k" * 129


def test_the_workflow_refuses_a_key_longer_than_the_repository_holds() -> None:
    for call in _keyed_calls(LONG):
        error = raises_typed(call)
        assert isinstance(error, ArgumentError)
        assert error.argument == "idempotency_key"
        assert "128" in error.message("en")


@pytest.mark.parametrize("key", ["k" * 128, "sla job 1"], ids=["128-characters", "spaces"])
def test_the_workflow_takes_a_key_the_repository_holds(key: str) -> None:
    for call in _keyed_calls(key):
        complaint = call()
        assert complaint.history[-1].idempotency_key == key  # type: ignore[attr-defined]


def test_a_repository_takes_and_finds_the_keys_the_workflow_takes(backend: str, url: str) -> None:
    with opened(backend, url) as repo:
        for number, key in enumerate(["pesan web 41", "k" * 128], start=1):
            stored = repo.receive(
                WF,
                submission(),
                tracking_id=f"KPG-K-{number}",
                at=T0,
                actor=SYSTEM,
                idempotency_key=key,
            )
            assert repo.find_by_key(key) == stored
        disposed = repo.get("KPG-K-1")
        at = disposed.updated_at + timedelta(hours=1)
        applied = WF.apply(
            disposed,
            Action.VERIFIKASI,
            at=at,
            actor=ADMIN,
            units=["dinkes"],
            idempotency_key="s" * 128,
        )
        repo.append(applied, expected_version=1)
        assert repo.get("KPG-K-1") == applied
        for call in (
            lambda: repo.find_by_key(LONG),
            lambda: repo.receive(
                WF,
                submission(),
                tracking_id="KPG-K-9",
                at=T0,
                actor=SYSTEM,
                idempotency_key=LONG,
            ),
        ):
            error = raises_typed(call)
            assert isinstance(error, ArgumentError)
            assert error.argument == "idempotency_key"
        assert raises_typed(repo.get, "KPG-K-9").code == "not-found"


def test_a_history_recorded_with_a_longer_key_still_loads(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Keys of up to 256 characters were taken before: SQLite stored them. Reading never checks a
    # recorded key again; writing such an event anew is refused on every database alike.
    old = "k" * 200
    monkeypatch.setattr(keys, "MAX_KEY_LENGTH", 256)
    monkeypatch.setattr(store_core, "MAX_KEY_LENGTH", 256)
    disposed = in_status(Status.DIDISPOSISIKAN)
    at = disposed.updated_at + timedelta(hours=1)
    answered = WF.apply(
        disposed, Action.TANGGAPI, at=at, actor=REPORTER, message="x", idempotency_key=old
    )
    url = f"sqlite:///{tmp_path / 'lama.db'}"
    with Repository(url) as repo:
        repo.add(answered)
    monkeypatch.undo()
    with Repository(url) as repo:
        loaded = repo.get(answered.tracking_id)
        assert loaded == answered
        assert loaded.history[-1].idempotency_key == old
    assert from_json(to_json(answered)) == answered
    with Repository(f"sqlite:///{tmp_path / 'baru.db'}") as other:
        error = raises_typed(other.add, answered)
    assert isinstance(error, SerializationError)
    assert error.path == f"history[{answered.version - 1}].key"
