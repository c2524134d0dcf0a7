"""Idempotency keys: ``None`` is "no key"; an empty or whitespace-only key is refused everywhere.

The digest of an event joins a missing key as ``""``, so a history whose ``""`` key was swapped
for ``null`` (or back) would still verify. Digests never change (stored histories must keep
verifying), so the empty key is refused instead: by the workflow, by ``Event``, by the loaders
and by ``verify_history``.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from tests.helpers import ADMIN, REPORTER, SYSTEM, T0, WF, in_status, received, submission
from tests.hostile_helpers import raises_typed

from pengaduan.errors import ArgumentError, IntegrityError, PengaduanError, SerializationError
from pengaduan.history import verify_history
from pengaduan.model import Event, replace_history, trusted_event
from pengaduan.serialization import from_dict, from_json, iter_lines, to_dict, to_json
from pengaduan.store import Repository
from pengaduan.workflow.profiles import Action, Status

BLANK = [
    pytest.param("", id="empty"),
    pytest.param(" ", id="space"),
    pytest.param("   ", id="spaces"),
    pytest.param("\t", id="tab"),
    pytest.param("\n", id="newline"),
    pytest.param("\u3000", id="ideographic-space"),
]


@pytest.mark.parametrize("key", BLANK)
def test_the_workflow_refuses_a_blank_key(key: str) -> None:
    disposed = in_status(Status.DIDISPOSISIKAN)
    at = disposed.updated_at + timedelta(hours=1)
    calls = [
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
    for call in calls:
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
