"""The outbox of the SQL repository: written with the events, sent exactly once.

Runs on SQLite and the real PostgreSQL, through the sync and the async repository.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import ADMIN, SYSTEM, T0, WF, submission
from tests.hostile_helpers import WRONG_TYPES, raises_typed
from tests.repo_helpers import BACKENDS, database_url, opened
from tests.sla_helpers import KUPANG, LAPOR

from pengaduan.errors import ArgumentError, ConflictError, NaiveDatetimeError, NotFoundError
from pengaduan.messages import Messenger
from pengaduan.model import Actor
from pengaduan.routing import UnitDirectory
from pengaduan.sla import due_actions
from pengaduan.store import OutboxState, Query, Repository
from pengaduan.store._outbox import outbox as outbox_table

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

MESSENGER = Messenger(
    workflow=WF, policy=LAPOR, calendar=KUPANG, directory=UnitDirectory.kota_kupang()
)
SENT_AT = datetime(2025, 3, 3, 5, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def repo(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    backend: str = request.param
    cluster = request.getfixturevalue("pg_cluster") if backend.startswith("postgresql") else None
    url = database_url(backend, tmp_path, cluster)
    with opened(backend, url, policy=LAPOR, calendar=KUPANG, messenger=MESSENGER) as opened_repo:
        yield opened_repo


def outbox(repo: Any) -> Any:
    """The outbox, its coroutines run to completion for the async repository."""
    box = repo.outbox if isinstance(repo, Repository) else repo.repo.outbox
    if isinstance(repo, Repository):
        return box

    class Facade:
        def __getattr__(self, name: str) -> Any:
            method = getattr(box, name)
            return lambda *a, **k: repo.loop.run_until_complete(method(*a, **k))

    return Facade()


def receive(repo: Any, tracking_id: str = "KPG-OUT-1") -> Any:
    return repo.receive(WF, submission(), tracking_id=tracking_id, at=T0, actor=SYSTEM)


def dispose(complaint: Any) -> Any:
    return WF.apply(
        complaint, "verifikasi", at=T0 + timedelta(hours=1), actor=ADMIN, units=["dinkes", "pupr"]
    )


def test_receipt_and_disposition_write_their_messages(repo: Any) -> None:
    box = outbox(repo)
    received = receive(repo)
    assert [m.template for m in box.pending()] == ["penerimaan"]
    repo.append(dispose(received), expected_version=1)
    pending = box.pending()
    assert [(m.template, str(m.recipient)) for m in pending] == [
        ("penerimaan", "pelapor:pelapor"),
        ("disposisi_pelapor", "pelapor:pelapor"),
        ("disposisi_unit", "unit:dinkes"),
        ("disposisi_unit", "unit:pupr"),
    ]
    assert pending == MESSENGER.messages_for(repo.get("KPG-OUT-1"), after_version=0)


def test_a_refused_write_stores_no_message(repo: Any) -> None:
    received = receive(repo)
    repo.append(dispose(received), expected_version=1)
    stale = WF.apply(received, "tunda", at=T0 + timedelta(hours=2), actor=ADMIN, reason="x")
    with pytest.raises(ConflictError):
        repo.append(stale, expected_version=1)
    assert "penundaan" not in {m.template for m in outbox(repo).pending()}


def test_a_deadline_past_the_calendars_years_is_stored_unknown_and_told(repo: Any) -> None:
    # As without a messenger: the complaint is stored, its deadline flagged unknown, and the
    # receipt goes, saying the deadline is yet to be set.
    late = datetime(KUPANG.last_year, 12, 30, 2, tzinfo=UTC)
    repo.receive(WF, submission(), tracking_id="KPG-DES-1", at=late, actor=SYSTEM, now=late)
    found = repo.page(Query(deadline_unknown=True)).items
    assert [c.tracking_id for c in found] == ["KPG-DES-1"]
    (message,) = outbox(repo).pending()
    assert "paling lambat tanggal yang akan ditetapkan kemudian" in message.body


def test_a_retried_receipt_writes_nothing_twice(repo: Any) -> None:
    for _ in range(2):
        repo.receive(
            WF, submission(), tracking_id="KPG-OUT-1", at=T0, actor=SYSTEM, idempotency_key="sms-9"
        )
    assert len(outbox(repo).pending()) == 1


def test_sent_exactly_once(repo: Any) -> None:
    box = outbox(repo)
    receive(repo)
    (message,) = box.pending()
    assert box.mark_sent(message.key, at=SENT_AT) is True
    assert box.mark_sent(message.key, at=SENT_AT) is False  # a second send is a no-op
    assert box.mark_failed(message.key, "timeout", at=SENT_AT) is False  # sent stays sent
    assert box.pending() == ()
    entry = box.get(message.key)
    assert (entry.state, entry.attempts, entry.updated_at) == (OutboxState.SENT, 1, SENT_AT)
    assert box.enqueue([message]) == 0  # writing it again changes nothing
    assert box.get(message.key).state is OutboxState.SENT


def test_failed_messages_leave_pending_until_requeued(repo: Any) -> None:
    box = outbox(repo)
    receive(repo)
    (message,) = box.pending()
    assert box.mark_failed(message.key, "invalid_number", at=SENT_AT) is True
    assert box.pending() == ()
    entry = box.get(message.key)
    assert (entry.state, entry.reason_code, entry.attempts) == ("failed", "invalid_number", 1)
    assert box.requeue(message.key, at=SENT_AT) is True
    assert box.requeue(message.key, at=SENT_AT) is False
    assert box.pending() == (message,)


def test_due_clock_messages_go_through_enqueue(repo: Any) -> None:
    box = outbox(repo)
    complaint = receive(repo)
    now = datetime(2025, 3, 6, 9, tzinfo=UTC)
    found = [
        m
        for due in due_actions([complaint], policy=LAPOR, calendar=KUPANG, workflow=WF, now=now)
        for m in MESSENGER.messages_for_due(due, complaint)
    ]
    assert [m.template for m in found] == ["pengingat_verifikasi"]
    assert box.enqueue(found) == 1
    assert box.enqueue(found) == 0  # the job's next run
    assert [m.template for m in box.pending(limit=1)] == ["penerimaan"]
    assert len(box.pending()) == 2


def test_pending_pages_oldest_first(repo: Any) -> None:
    for number in range(3):
        repo.receive(
            WF,
            submission(),
            tracking_id=f"KPG-OUT-{number}",
            at=T0 + timedelta(minutes=number),
            actor=SYSTEM,
        )
    box = outbox(repo)
    assert [m.tracking_id for m in box.pending(limit=2)] == ["KPG-OUT-0", "KPG-OUT-1"]


def test_bad_arguments_are_typed_errors(repo: Any) -> None:
    box = outbox(repo)
    assert isinstance(raises_typed(box.get, "msg:none"), NotFoundError)
    assert isinstance(raises_typed(box.mark_sent, "msg:none", at=SENT_AT), NotFoundError)
    for key in ("081339001122", "maria.tefa@example.org"):  # never repeated by the error
        error = raises_typed(box.get, key)
        assert isinstance(error, NotFoundError)
        assert key not in str(error) + repr(error) + error.message("en") + str(error.key)
    receive(repo)
    (message,) = box.pending()
    naive = datetime(2025, 3, 3, 5)
    assert isinstance(raises_typed(box.mark_sent, message.key, at=naive), NaiveDatetimeError)
    for reason in ("", "Nomor 0812 salah", "x" * 65, "UPPER"):
        error = raises_typed(box.mark_failed, message.key, reason, at=SENT_AT)
        assert isinstance(error, ArgumentError)
    for limit in (0, 1001, "5", True):
        assert isinstance(raises_typed(box.pending, limit), ArgumentError)


def _dropping() -> Iterator[Any]:
    raise ConnectionError("upstream dropped")
    yield  # a generator


class _Unreadable:
    def __iter__(self) -> Iterator[Any]:
        raise ValueError("boom")


def _after_one(message: Any) -> Iterator[Any]:
    yield message
    raise ConnectionError("upstream dropped")


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda message: _dropping(), id="next-raises"),
        pytest.param(lambda message: _Unreadable(), id="iter-raises"),
        pytest.param(_after_one, id="next-raises-after-a-message"),
    ],
)
def test_an_iterable_that_fails_while_read_is_an_argument_error_and_stores_nothing(
    repo: Any, make: Any
) -> None:
    with Repository("sqlite://", policy=LAPOR, calendar=KUPANG, messenger=MESSENGER) as other:
        receive(other)
        (message,) = other.outbox.pending()  # a message this repository has not stored
    box = outbox(repo)
    error = raises_typed(box.enqueue, make(message))
    assert isinstance(error, ArgumentError)
    assert error.argument == "messages"
    assert list(box.pending()) == []  # nothing stored, not even the message read before it failed
    assert box.enqueue([message]) == 1


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_on_sqlite(kind: str, value: object) -> None:
    repo = Repository("sqlite://")
    try:
        box = repo.outbox
        assert isinstance(raises_typed(box.get, value), ArgumentError)
        assert isinstance(raises_typed(box.mark_sent, value, at=SENT_AT), ArgumentError)
        assert isinstance(raises_typed(box.enqueue, value), ArgumentError)
        if kind != "none":
            error = raises_typed(Repository, "sqlite://", messenger=value)
            assert isinstance(error, ArgumentError)
    finally:
        repo.close()


def test_a_repository_without_a_messenger_writes_no_messages() -> None:
    repo = Repository("sqlite://")
    try:
        repo.receive(WF, submission(), tracking_id="KPG-1", at=T0, actor=Actor.system("sms"))
        assert repo.outbox.pending() == ()
        assert repr(repo.outbox) == "Outbox(Repository(dialect='sqlite'))"
    finally:
        repo.close()


def test_messages_roll_back_with_their_transaction() -> None:
    repo = Repository("sqlite://", policy=LAPOR, calendar=KUPANG, messenger=MESSENGER)

    def append_then_fail(received: Any) -> None:
        with repo.transaction() as tx:
            tx.append(dispose(received), expected_version=1)
            assert len(tx.connection.execute(sa.select(outbox_table)).all()) == 4
            raise RuntimeError

    try:
        received = repo.receive(WF, submission(), tracking_id="KPG-1", at=T0, actor=SYSTEM)
        with pytest.raises(RuntimeError):
            append_then_fail(received)
        assert [m.template for m in repo.outbox.pending()] == ["penerimaan"]
        with repo.transaction() as tx:
            tx.append(dispose(received), expected_version=1)
        assert len(repo.outbox.pending()) == 4
    finally:
        repo.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [("recipient_kind", "penyusup"), ("channel", "merpati"), ("state", "hilang")],
)
def test_a_damaged_outbox_row_is_a_typed_error(tmp_path: Path, column: str, value: str) -> None:
    # A row edited in SQL, or damaged, is no message any writer stored: a StorageError
    # ("corrupt"), never the constructors' own ValueError.
    url = f"sqlite:///{tmp_path / 'outbox.db'}"
    with Repository(url, policy=LAPOR, calendar=KUPANG, messenger=MESSENGER) as repo:
        receive(repo)
        (message,) = repo.outbox.pending()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.update(outbox_table).values({column: value}))
    engine.dispose()
    with Repository(url, policy=LAPOR, calendar=KUPANG, messenger=MESSENGER) as repo:
        calls = [lambda: repo.outbox.get(message.key)]
        if column != "state":  # a row in no known state is pending to no one
            calls.append(repo.outbox.pending)
        for call in calls:
            error = raises_typed(call)
            assert (type(error).__name__, error.code, getattr(error, "reason", None)) == (
                "StorageError",
                "storage",
                "corrupt",
            )


def test_a_damaged_time_in_the_outbox_is_a_typed_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'outbox.db'}"
    with Repository(url, policy=LAPOR, calendar=KUPANG, messenger=MESSENGER) as repo:
        receive(repo)
        (message,) = repo.outbox.pending()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE outbox SET at = '2025-13-45 99:00:00'"))
    engine.dispose()
    with Repository(url, policy=LAPOR, calendar=KUPANG, messenger=MESSENGER) as repo:
        for call in (repo.outbox.pending, lambda: repo.outbox.get(message.key)):
            error = raises_typed(call)
            assert getattr(error, "reason", None) == "corrupt"
