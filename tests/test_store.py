"""The deprecated ``SqliteStore`` alias: it opens a ``Repository`` on the file and keeps its
documented methods (round trips, extend-only saves, idempotent receive, typed storage errors);
its own options become SQLite settings; a file in the earlier document schema is refused and
copied with ``import_sqlite_store``. SQLite faults of the repository itself are covered by
tests/test_repository_faults.py."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.helpers import SYSTEM, T0, WF, in_status, received, step, submission
from tests.hostile_helpers import outcome

from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    IdempotencyError,
    IntegrityError,
    NotFoundError,
    PengaduanError,
    SerializationError,
    StorageError,
)
from pengaduan.model import Actor, trusted_complaint
from pengaduan.store import SqliteStore
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.model import Complaint

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.filterwarnings("ignore:SqliteStore is deprecated:DeprecationWarning")


@pytest.fixture
def store() -> Iterator[SqliteStore]:
    with SqliteStore() as opened:
        yield opened


def test_add_get_and_save_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    store = SqliteStore(path)
    complaint = in_status(Status.DIDISPOSISIKAN)
    store.add(complaint)
    loaded = store.get(complaint.tracking_id)
    assert loaded == complaint
    answered = step(loaded, Action.TINDAK_LANJUT)
    store.save(answered, expected_version=loaded.version)
    store.close()
    reopened = SqliteStore(path)
    assert reopened.get(complaint.tracking_id) == answered
    assert reopened.with_status(Status.DITINDAKLANJUTI) == [complaint.tracking_id]
    assert reopened.with_status(Status.DITINDAKLANJUTI, Status.SELESAI, "x") == [
        complaint.tracking_id
    ]
    assert reopened.with_status() == []
    assert list(reopened) == [answered]
    assert repr(reopened) == "SqliteStore(complaints=1)"
    reopened.close()
    assert repr(reopened) == "SqliteStore(closed)"


def test_a_file_store_uses_wal_and_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    SqliteStore(path, busy_timeout=2.5).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_concurrent_writers_conflict(store: SqliteStore) -> None:
    complaint = in_status(Status.DIDISPOSISIKAN)
    store.add(complaint)
    officer_a = step(store.get(complaint.tracking_id), Action.TINDAK_LANJUT)
    officer_b = step(store.get(complaint.tracking_id), Action.DISPOSISI_ULANG)
    store.save(officer_a, expected_version=complaint.version)
    with pytest.raises(ConflictError) as conflict:
        store.save(officer_b, expected_version=complaint.version)
    assert (conflict.value.expected, conflict.value.actual) == (2, 3)
    assert store.get(complaint.tracking_id) == officer_a


def test_duplicate_add_and_missing_complaint(store: SqliteStore) -> None:
    complaint = in_status(Status.DITERIMA)
    store.add(complaint)
    with pytest.raises(ConflictError):
        store.add(complaint)
    with pytest.raises(NotFoundError) as missing:
        store.get("KPG-TIDAK-ADA")
    assert isinstance(missing.value, LookupError)
    assert (missing.value.what, missing.value.key) == ("complaint", "KPG-TIDAK-ADA")
    with pytest.raises(NotFoundError):
        store.save(step(in_status(Status.DITERIMA, "KPG-BARU"), Action.TUNDA), expected_version=1)
    assert store.count() == 1


def test_a_history_cut_short_in_the_database_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    store = SqliteStore(path)
    complaint = in_status(Status.SELESAI)
    store.add(complaint)
    store.close()
    with sqlite3.connect(path) as db:  # someone deletes the closing event
        db.execute("DELETE FROM events WHERE seq = ?", (complaint.version,))
    with SqliteStore(path) as reopened, pytest.raises(IntegrityError):
        reopened.get(complaint.tracking_id)


# -- extend-only saves -----------------------------------------------------------------------


def _stored(store: SqliteStore, version: int) -> Complaint:
    complaint = received()
    store.add(complaint)
    for action in (Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.TANGGAPI)[: version - 1]:
        extended = step(complaint, action)
        store.save(extended, expected_version=complaint.version)
        complaint = extended
    return complaint


def test_save_appends_several_events_at_once(store: SqliteStore) -> None:
    start = _stored(store, 1)
    later = step(step(start, Action.VERIFIKASI), Action.TINDAK_LANJUT)
    store.save(later, expected_version=1)
    assert store.get(start.tracking_id) == later


def _rollbacks() -> list[object]:
    return [
        # An older history is refused before the versions are compared.
        pytest.param(lambda old, head: old[1], 3, IntegrityError, id="older-with-its-version"),
        pytest.param(lambda old, head: old[1], 4, IntegrityError, id="older-with-current"),
        pytest.param(lambda old, head: old[3], 4, IntegrityError, id="older-at-current"),
        pytest.param(
            lambda old, head: step(old[2], Action.TANGGAPI, minutes=5),
            4,
            IntegrityError,
            id="fork-of-same-length",
        ),
        pytest.param(
            lambda old, head: step(step(old[2], Action.TANGGAPI, minutes=5), Action.TANGGAPI),
            4,
            IntegrityError,
            id="longer-fork",
        ),
        pytest.param(
            lambda old, head: step(step(old[2], Action.TANGGAPI, minutes=5), Action.TANGGAPI),
            3,
            ConflictError,
            id="longer-fork-stale",
        ),
    ]


@pytest.mark.parametrize(("make", "expected", "error"), _rollbacks())
def test_a_save_never_goes_back_or_sideways(
    store: SqliteStore, make: object, expected: int, error: type[Exception]
) -> None:
    complaint = received()
    versions = {1: complaint}
    store.add(complaint)
    for action in (Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.TANGGAPI):
        extended = step(complaint, action)
        store.save(extended, expected_version=complaint.version)
        complaint = versions[extended.version] = extended
    before = sqlite_rows(store)
    candidate = make(versions, complaint)  # type: ignore[operator]
    with pytest.raises(error):
        store.save(candidate, expected_version=expected)
    assert sqlite_rows(store) == before
    assert store.get(complaint.tracking_id) == complaint


def sqlite_rows(store: SqliteStore) -> list[Complaint]:
    return list(store)


def test_integrity_error_names_the_stored_head(store: SqliteStore) -> None:
    complaint = _stored(store, 2)
    fork = step(step(received(), Action.TUNDA), Action.LANJUTKAN)
    with pytest.raises(IntegrityError) as info:
        store.save(fork, expected_version=2)
    assert info.value.sequence == 2
    assert "another history" in info.value.reason
    assert store.get(complaint.tracking_id) == complaint


# -- nothing stored that cannot be loaded back -------------------------------------------------


def _poisoned(**changes: object) -> Complaint:
    """A complaint assembled around the model's checks, as a buggy adapter could."""
    good = in_status(Status.DIDISPOSISIKAN)
    fields = {
        "tracking_id": good.tracking_id,
        "classification": good.classification,
        "channel": good.channel,
        "text": good.text,
        "subject": good.subject,
        "reporter": good.reporter,
        "privacy": good.privacy,
        "category": good.category,
        "location": good.location,
        "attachments": good.attachments,
        "history": good.history,
    }
    fields.update(changes)
    return trusted_complaint(**fields)  # type: ignore[arg-type]


POISON = [
    pytest.param({"text": None}, SerializationError, id="text-none"),
    pytest.param({"text": 42}, SerializationError, id="text-int"),
    pytest.param({"text": b"bytes"}, SerializationError, id="text-bytes"),
    pytest.param({"text": "teks \ud800"}, SerializationError, id="text-surrogate"),
    pytest.param({"subject": ["x"]}, SerializationError, id="subject-list"),
    pytest.param({"category": float("nan")}, SerializationError, id="category-nan"),
    pytest.param({"history": ()}, SerializationError, id="no-history"),
    pytest.param({"text": "diubah setelah dicatat"}, IntegrityError, id="text-edited"),
    pytest.param({"tracking_id": "X" * 200}, ArgumentError, id="id-too-long"),
]


@pytest.mark.parametrize(("changes", "error"), POISON)
def test_add_refuses_what_would_not_load_back(
    store: SqliteStore, changes: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        store.add(_poisoned(**changes))
    assert store.count() == 0


@pytest.mark.parametrize(("changes", "error"), POISON)
def test_save_never_rewrites_the_stored_record(
    store: SqliteStore, changes: dict[str, object], error: type[Exception]
) -> None:
    # A save stores only the new events: the record stored by ``add`` is never replaced, so a
    # poisoned record is either refused or ignored, and what is stored always loads.
    stored = in_status(Status.DITERIMA)
    store.add(stored)
    result = outcome(store.save, _poisoned(**changes), expected_version=1)
    assert result is None or isinstance(result, PengaduanError)
    loaded = store.get(stored.tracking_id)
    assert loaded.text == stored.text
    assert loaded.history[0] == stored.history[0]
    assert loaded.version == (1 if isinstance(result, PengaduanError) else 2)


# -- idempotent receive ----------------------------------------------------------------------


def _receive(store: SqliteStore, tracking_id: str, key: str | None, **changes: object) -> object:
    actor = changes.pop("actor", SYSTEM)
    at = changes.pop("at", T0)
    return store.receive(
        WF,
        submission(**changes),
        tracking_id=tracking_id,
        at=at,
        actor=actor,
        idempotency_key=key,
    )


def test_a_retried_webhook_gets_the_stored_complaint(store: SqliteStore) -> None:
    first = _receive(store, "KPG-WA-1", "wamid.HBgM001")
    # The gateway retries with a new tracking id and a later time: the first complaint comes back.
    again = _receive(store, "KPG-WA-2", "wamid.HBgM001", at=T0.replace(minute=5))
    assert again == first
    assert store.count() == 1
    assert store.find_by_key("wamid.HBgM001") == first
    assert store.find_by_key("wamid.LAIN") is None
    assert first.history[0].idempotency_key == "wamid.HBgM001"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("changes", "difference"),
    [
        pytest.param({"text": "Laporan lain sama sekali"}, "data", id="other-text"),
        pytest.param({"category": "jalan"}, "data", id="other-category"),
        pytest.param({"privacy": None}, "data", id="other-privacy"),
        pytest.param({"actor": Actor.system("wa-gateway-2")}, "actor", id="other-actor"),
    ],
)
def test_a_reused_key_with_other_content_is_refused(
    store: SqliteStore, changes: dict[str, object], difference: str
) -> None:
    first = _receive(store, "KPG-WA-1", "wamid.HBgM001")
    with pytest.raises(IdempotencyError) as info:
        _receive(store, "KPG-WA-2", "wamid.HBgM001", **changes)
    assert info.value.difference == difference
    assert info.value.complaint_id == "KPG-WA-1"
    assert store.count() == 1
    assert store.get("KPG-WA-1") == first
    with pytest.raises(NotFoundError):
        store.get("KPG-WA-2")


def test_receive_without_a_key_always_stores(store: SqliteStore) -> None:
    _receive(store, "KPG-1", None)
    _receive(store, "KPG-2", None)
    assert store.count() == 2


def test_receive_under_a_used_tracking_id_records_no_key(store: SqliteStore) -> None:
    _receive(store, "KPG-1", "key-1")
    with pytest.raises(ConflictError):
        _receive(store, "KPG-1", "key-2", text="Laporan kedua")
    assert store.find_by_key("key-2") is None
    assert store.count() == 1


# -- storage errors --------------------------------------------------------------------------


def test_locked_database_raises_after_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    store = SqliteStore(path, busy_timeout=0.05)
    store.add(in_status(Status.DITERIMA))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as info:
            store.add(in_status(Status.DITERIMA, tracking_id="KPG-2"))
        assert info.value.reason == "locked"
        assert info.value.__context__ is None
        assert store.get("KPG-TEST-1").version == 1  # WAL: readers do not wait for the writer
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.add(in_status(Status.DITERIMA, tracking_id="KPG-2"))
    assert store.count() == 2


def test_read_only_database(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    with SqliteStore(path) as store:
        complaint = in_status(Status.DIDISPOSISIKAN)
        store.add(complaint)
    with SqliteStore(path, read_only=True) as reader:
        assert reader.get(complaint.tracking_id) == complaint
        with pytest.raises(StorageError) as info:
            reader.save(step(complaint, Action.TINDAK_LANJUT), expected_version=2)
        assert info.value.reason == "read-only"
        with pytest.raises(StorageError):
            _receive(reader, "KPG-RO", "key")
        assert reader.count() == 1


def test_a_full_database_stores_nothing_half(tmp_path: Path) -> None:
    # The empty schema takes about 90 KB; the cap leaves room for a few complaints.
    store = SqliteStore(tmp_path / "pengaduan.db", max_size_bytes=256 * 1024)
    stored: list[str] = []

    def fill() -> None:
        for number in range(500):
            complaint = received(f"KPG-{number}", text="Jalan rusak parah. " * 200)
            _receive(store, complaint.tracking_id, f"key-{number}", text=complaint.text)
            stored.append(complaint.tracking_id)

    with pytest.raises(StorageError) as info:
        fill()
    assert info.value.reason == "full"
    failed = f"KPG-{len(stored)}"
    assert store.count() == len(stored) > 0
    assert store.find_by_key(f"key-{len(stored)}") is None
    with pytest.raises(NotFoundError):
        store.get(failed)
    assert [c.tracking_id for c in store] == sorted(stored)


@pytest.mark.parametrize(
    ("make", "read_only", "reason"),
    [
        pytest.param(lambda tmp: tmp / "tidak-ada" / "x.db", False, "unavailable", id="no-dir"),
        pytest.param(lambda tmp: tmp, False, "unavailable", id="a-directory"),
        pytest.param(lambda tmp: _garbage(tmp / "x.db"), False, "corrupt", id="garbage"),
        pytest.param(lambda tmp: _corrupt_pages(tmp / "x.db"), False, "corrupt", id="pages"),
        pytest.param(lambda tmp: _garbage(tmp / "x.db"), True, "corrupt", id="ro-garbage"),
        pytest.param(lambda tmp: tmp / "absent.db", True, "unavailable", id="ro-absent"),
        # A read-only store does not migrate: a file without the schema is refused as outdated.
        pytest.param(lambda tmp: _empty_db(tmp / "x.db"), True, "failed", id="ro-no-tables"),
    ],
)
def test_unusable_files_raise_storage_errors(
    tmp_path: Path, make: object, read_only: bool, reason: str
) -> None:
    target = make(tmp_path)  # type: ignore[operator]

    def open_and_read() -> None:
        SqliteStore(target, read_only=read_only).get("KPG-TEST-1")

    with pytest.raises(StorageError) as info:
        open_and_read()
    assert info.value.reason == reason
    assert info.value.__context__ is None
    assert info.value.__cause__ is None


def _garbage(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 64)
    return path


def _empty_db(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE other (x)")
    return path


def _corrupt_pages(path: Path) -> Path:
    with SqliteStore(path) as store:
        for number in range(20):
            store.add(received(f"KPG-{number}"))
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:] = bytes(range(256)) * ((len(data) - 100) // 256) + bytes((len(data) - 100) % 256)
    path.write_bytes(bytes(data))
    return path


def test_a_closed_store_raises_storage_errors(store: SqliteStore) -> None:
    store.close()
    store.close()
    for call in (store.count, lambda: store.get("KPG-1"), lambda: store.add(received())):
        with pytest.raises(StorageError) as info:
            call()
        assert info.value.reason == "unavailable"


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    with pytest.raises(StorageError) as info:
        SqliteStore(path)
    assert info.value.reason == "failed"


# -- concurrency and crashes -----------------------------------------------------------------


def test_threads_lose_no_update() -> None:
    store = SqliteStore()
    complaint = in_status(Status.DIDISPOSISIKAN)
    store.add(complaint)
    per_thread, threads = 15, 6
    errors: list[BaseException] = []

    def officer() -> None:
        done = 0
        try:
            while done < per_thread:
                current = store.get(complaint.tracking_id)
                reply = step(current, Action.TANGGAPI, minutes=1)
                try:
                    store.save(reply, expected_version=current.version)
                except ConflictError:
                    continue
                done += 1
        except BaseException as error:  # reported by the test below
            errors.append(error)

    workers = [threading.Thread(target=officer) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    final = store.get(complaint.tracking_id)
    assert final.version == complaint.version + per_thread * threads
    assert [e.sequence for e in final.history] == list(range(1, final.version + 1))


def test_arguments_are_checked(store: SqliteStore) -> None:
    store.add(in_status(Status.DITERIMA))
    with pytest.raises(ArgumentError) as info:
        store.save(step(store.get("KPG-TEST-1"), Action.TUNDA), expected_version=True)
    assert info.value.argument == "expected_version"
    with pytest.raises(ArgumentError) as info:
        SqliteStore(busy_timeout=-1)
    assert info.value.argument == "busy_timeout"
    with pytest.raises(ArgumentError) as info:
        SqliteStore(read_only=True)
    assert info.value.argument == "read_only"
