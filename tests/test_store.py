"""The reference SQLite store: round trips, conditional writes, tampering caught on read."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

import pytest
from tests.helpers import in_status, step

from pengaduan.errors import ConflictError, IntegrityError
from pengaduan.profiles import Action, Status
from pengaduan.serialization import to_dict
from pengaduan.store import SqliteStore

if TYPE_CHECKING:
    from pathlib import Path


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
    assert list(reopened) == [answered]
    assert repr(reopened) == "SqliteStore(complaints=1)"


def test_concurrent_writers_conflict() -> None:
    store = SqliteStore()
    complaint = in_status(Status.DIDISPOSISIKAN)
    store.add(complaint)
    officer_a = step(store.get(complaint.tracking_id), Action.TINDAK_LANJUT)
    officer_b = step(store.get(complaint.tracking_id), Action.DISPOSISI_ULANG)
    store.save(officer_a, expected_version=complaint.version)
    with pytest.raises(ConflictError) as conflict:
        store.save(officer_b, expected_version=complaint.version)
    assert (conflict.value.expected, conflict.value.actual) == (2, 3)
    assert store.get(complaint.tracking_id) == officer_a


def test_duplicate_add_and_missing_complaint() -> None:
    store = SqliteStore()
    complaint = in_status(Status.DITERIMA)
    store.add(complaint)
    with pytest.raises(ConflictError):
        store.add(complaint)
    with pytest.raises(KeyError):
        store.get("KPG-TIDAK-ADA")
    with pytest.raises(ConflictError):
        store.save(in_status(Status.DITERIMA, tracking_id="KPG-BARU"), expected_version=1)


def test_a_history_cut_short_in_the_database_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    store = SqliteStore(path)
    complaint = in_status(Status.SELESAI)
    store.add(complaint)
    store.close()
    document = to_dict(complaint)
    document["history"] = document["history"][:-1]  # someone deletes the closing event
    with sqlite3.connect(path) as db:
        db.execute("UPDATE complaints SET document = ?", (json.dumps(document),))
    with pytest.raises(IntegrityError, match="missing at the end"):
        SqliteStore(path).get(complaint.tracking_id)
