"""Hostile input to the SQLite store: every argument of every public method with every wrong type
and hostile text. Every case ends in a typed error (or a documented result), nothing is stored on
failure, and no planted secret reaches an error or a log line."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import SYSTEM, T0, WF, in_status, step, submission
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome

from pengaduan.errors import (
    ArgumentError,
    IntegrityError,
    NaiveDatetimeError,
    NotFoundError,
    PengaduanError,
    SerializationError,
)
from pengaduan.store import SqliteStore
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pengaduan.model import Complaint

pytestmark = pytest.mark.filterwarnings("ignore:SqliteStore is deprecated:DeprecationWarning")

STORED = in_status(Status.DIDISPOSISIKAN)
NEXT = step(STORED, Action.TINDAK_LANJUT)


@pytest.fixture
def store() -> Iterator[SqliteStore]:
    with SqliteStore() as opened:
        opened.add(STORED)
        opened.receive(
            WF, submission(), tracking_id="KPG-KEY-1", at=T0, actor=SYSTEM, idempotency_key="k-1"
        )
        yield opened


def _snapshot(store: SqliteStore) -> list[Complaint]:
    return list(store)


def _receive_with(**changes: Any) -> Callable[[SqliteStore], object]:
    arguments: dict[str, Any] = {
        "workflow": WF,
        "submission": submission(text="Laporan baru"),
        "tracking_id": "KPG-NEW-1",
        "at": T0,
        "actor": SYSTEM,
        "idempotency_key": "k-2",
    }
    arguments.update(changes)
    workflow = arguments.pop("workflow")
    sub = arguments.pop("submission")
    return lambda store: store.receive(workflow, sub, **arguments)


# (method and argument, call given the value, is the value valid there)
def _calls() -> Iterator[tuple[str, Callable[[SqliteStore, object], object], Any]]:
    yield "get.tracking_id", lambda s, v: s.get(v), None
    yield "find_by_key.key", lambda s, v: s.find_by_key(v), None
    yield "add.complaint", lambda s, v: s.add(v), None
    yield "save.complaint", lambda s, v: s.save(v, expected_version=2), None
    # 7 is a well-formed version that NEXT (3 events) cannot extend: refused as another history.
    yield "save.expected_version", lambda s, v: s.save(NEXT, expected_version=v), IntegrityError
    yield "with_status.status", lambda s, v: s.with_status(v), None
    yield "receive.workflow", lambda s, v: _receive_with(workflow=v)(s), None
    yield "receive.submission", lambda s, v: _receive_with(submission=v)(s), None
    yield "receive.tracking_id", lambda s, v: _receive_with(tracking_id=v)(s), None
    yield "receive.at", lambda s, v: _receive_with(at=v)(s), None
    yield "receive.actor", lambda s, v: _receive_with(actor=v)(s), None
    yield "receive.idempotency_key", lambda s, v: _receive_with(idempotency_key=v)(s), "ok"


CASES = [
    pytest.param(call, value, valid, id=f"{where}-{name}")
    for where, call, valid in _calls()
    for name, value in WRONG_TYPES
]


@pytest.mark.parametrize(("call", "value", "valid"), CASES)
def test_every_argument_with_every_wrong_type(
    store: SqliteStore, call: Any, value: object, valid: Any
) -> None:
    before = _snapshot(store)
    result = outcome(call, store, value)
    if valid == "ok" and value is None:  # no idempotency key: a plain receive
        assert result.tracking_id == "KPG-NEW-1"
        assert store.count() == len(before) + 1
        return
    if valid is IntegrityError and type(value) is int and value == 7:
        assert type(result) is IntegrityError
    else:
        assert type(result) is ArgumentError, type(result)
        assert result.given is None or "RAHASIA" not in result.given
    assert _snapshot(store) == before


TEXT_CALLS = [
    ("get", lambda s, v: s.get(v)),
    ("find_by_key", lambda s, v: s.find_by_key(v)),
    ("with_status", lambda s, v: s.with_status(v)),
    ("receive.tracking_id", lambda s, v: _receive_with(tracking_id=v)(s)),
    ("receive.idempotency_key", lambda s, v: _receive_with(idempotency_key=v)(s)),
    ("receive.text", lambda s, v: _receive_with(submission=submission(text=v))(s)),
]

TEXT_CASES = [
    pytest.param(where, call, value, id=f"{where}-{name}")
    for where, call in TEXT_CALLS
    for name, value in HOSTILE_TEXTS
]


def _printable_id(value: str) -> bool:
    return 0 < len(value) <= 128 and value.isprintable() and " " not in value


def _key(value: str) -> bool:
    """The rule of an idempotency key: the workflow's and the repository's, spaces allowed."""
    return 0 < len(value) <= 128 and value.isprintable() and not value.isspace()


@pytest.mark.parametrize(("where", "call", "value"), TEXT_CASES)
def test_hostile_text_for_every_text_argument(
    store: SqliteStore, where: str, call: Any, value: str
) -> None:
    before = _snapshot(store)
    result = outcome(call, store, value)
    if where == "receive.text":  # any valid text is a complaint; a lone surrogate or NUL is not
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value) or "\x00" in value:
            assert isinstance(result, PengaduanError)
            assert _snapshot(store) == before
        else:
            assert store.get("KPG-NEW-1").text == value
            assert store.find_by_key("k-2") == result
        return
    valid = _key(value) if where in {"find_by_key", "receive.idempotency_key"} else None
    if not (_printable_id(value) if valid is None else valid):
        assert type(result) is ArgumentError
        assert result.given is not None
        assert result.given.startswith("str of length")
    elif where in {"get"}:
        assert type(result) is NotFoundError
    elif where == "find_by_key":
        assert result is None
    elif where == "with_status":
        assert result == []
    else:  # a well-formed id: received and stored
        assert result.status == Status.DITERIMA
        assert store.count() == len(before) + 1
        return
    assert _snapshot(store) == before


OPEN_ARGUMENTS = [
    ("path", SqliteStore, ()),
    ("busy_timeout", lambda v: SqliteStore(busy_timeout=v), (7,)),
    ("read_only", lambda v: SqliteStore(read_only=v), ()),
    ("max_size_bytes", lambda v: SqliteStore(max_size_bytes=v), (None,)),
]


@pytest.mark.parametrize(
    ("call", "value", "valid"),
    [
        pytest.param(call, value, valid, id=f"{where}-{name}")
        for where, call, valid in OPEN_ARGUMENTS
        for name, value in WRONG_TYPES
    ],
)
def test_opening_with_every_wrong_type(call: Any, value: object, valid: tuple[object]) -> None:
    result = outcome(call, value)
    if any(value is v or (type(value) is type(v) and value == v) for v in valid):
        assert isinstance(result, SqliteStore)
        result.close()
    else:
        assert type(result) is ArgumentError


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("a\x00b.db", id="nul"),
        pytest.param("x\ud800.db", id="surrogate"),
        pytest.param("", id="empty"),
    ],
)
def test_unusable_path_strings(path: str) -> None:
    assert type(outcome(SqliteStore, path)) is ArgumentError


@pytest.mark.parametrize(
    ("at", "error"),
    [
        pytest.param(datetime(2025, 3, 3, 10), NaiveDatetimeError, id="naive"),
        pytest.param(T0.date(), ArgumentError, id="a-date"),
        pytest.param(T0.isoformat(), ArgumentError, id="iso-text"),
    ],
)
def test_receive_at_must_be_aware(store: SqliteStore, at: object, error: type) -> None:
    before = _snapshot(store)
    assert type(outcome(_receive_with(at=at), store)) is error
    assert _snapshot(store) == before


def test_submissions_with_odd_values_are_refused_before_anything_is_stored(
    store: SqliteStore,
) -> None:
    before = _snapshot(store)
    # The model refuses the value when the submission is built, before the store sees it.
    result = outcome(lambda: _receive_with(submission=submission(category="x\ud800"))(store))
    assert isinstance(result, ArgumentError | SerializationError)
    assert _snapshot(store) == before
    assert store.find_by_key("k-2") is None
