"""What makes ``SqliteStore`` an alias: a deprecation warning, a ``Repository`` underneath, its
options as SQLite settings, the ``sql`` extra, and the earlier document schema refused and
copied by ``import_sqlite_store``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import warnings
from typing import TYPE_CHECKING

import pytest
from tests.helpers import SYSTEM, T0, WF, in_status, received, step, submission
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, outcome
from tests.legacy_store import write_legacy_store

from pengaduan import Action, Status
from pengaduan.errors import ArgumentError, StorageError
from pengaduan.store import Repository, SqliteStore, import_sqlite_store

if TYPE_CHECKING:
    from pathlib import Path

DEPRECATED = "ignore:SqliteStore is deprecated:DeprecationWarning"


def test_constructing_warns_once_naming_the_repository(tmp_path: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        store = SqliteStore(tmp_path / "pengaduan.db")
        store.add(received())
        store.get("KPG-TEST-1")
        store.close()
    assert [w.category for w in caught] == [DeprecationWarning]
    assert "Repository" in str(caught[0].message)
    assert caught[0].filename == __file__  # points at the caller


@pytest.mark.filterwarnings(DEPRECATED)
def test_the_file_is_a_repository(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    with SqliteStore(path) as store:
        assert isinstance(store.repository, Repository)
        complaint = in_status(Status.DIDISPOSISIKAN)
        store.add(complaint)
        answered = step(complaint, Action.TINDAK_LANJUT)
        store.save(answered, expected_version=complaint.version)
    with Repository(f"sqlite:///{path}") as repo:
        assert repo.get(complaint.tracking_id) == answered
        repo.append(step(answered, Action.TUTUP), expected_version=answered.version)
    with SqliteStore(path) as store:
        assert store.with_status(Status.SELESAI) == [complaint.tracking_id]
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT COUNT(*) FROM events").fetchone()
    assert rows == (answered.version + 1,)  # events as rows


@pytest.mark.filterwarnings(DEPRECATED)
def test_the_log_option_is_the_repositorys(tmp_path: Path) -> None:
    from pengaduan.integrity import TransparencyLog  # noqa: PLC0415 - only this test

    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    with SqliteStore(tmp_path / "pengaduan.db", log=log) as store:
        store.add(received())
        store.receive(WF, submission(text="Lampu mati"), tracking_id="KPG-2", at=T0, actor=SYSTEM)
    assert log.size == 2


@pytest.mark.filterwarnings(DEPRECATED)
def test_options_become_sqlite_settings(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    with SqliteStore(path, busy_timeout=2.5, max_size_bytes=1024 * 1024) as store:
        store.add(received())
        with store.repository.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500
            page_size = conn.exec_driver_sql("PRAGMA page_size").scalar()
            assert conn.exec_driver_sql("PRAGMA max_page_count").scalar() == (
                1024 * 1024 // int(page_size or 1)
            )
    with SqliteStore(busy_timeout=0) as memory:
        memory.add(received())
        with memory.repository.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 0
        assert memory.count() == 1


@pytest.mark.filterwarnings(DEPRECATED)
def test_read_only_leaves_the_file_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    with SqliteStore(path) as store:
        store.add(received())
    before = path.read_bytes()
    with SqliteStore(path, read_only=True) as reader:
        assert reader.count() == 1
        with pytest.raises(StorageError) as info:
            reader.add(received("KPG-2"))
        assert info.value.reason == "read-only"
    assert path.read_bytes() == before


def test_without_the_sql_extra_the_alias_names_it() -> None:
    code = """
import sys
sys.modules["sqlalchemy"] = None
from pengaduan.errors import OptionalDependencyError
from pengaduan.store import SqliteStore
try:
    SqliteStore()
except OptionalDependencyError as error:
    print(error.package, error.extra)
"""
    result = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["sqlalchemy", "sql"]


# -- the earlier document schema ----------------------------------------------------------------


def _legacy(tmp_path: Path) -> tuple[Path, list[object]]:
    complaints = [
        in_status(Status.DIDISPOSISIKAN, "KPG-OLD-1"),
        in_status(Status.SELESAI, "KPG-OLD-2"),
        received("KPG-OLD-3"),
    ]
    return write_legacy_store(tmp_path / "old.db", complaints), list(complaints)


@pytest.mark.filterwarnings(DEPRECATED)
@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_an_old_file_is_refused_untouched(tmp_path: Path, read_only: bool) -> None:
    path, _ = _legacy(tmp_path)
    before = path.read_bytes()
    with pytest.raises(StorageError) as info:
        SqliteStore(path, read_only=read_only)
    assert info.value.reason == "failed"
    assert "import_sqlite_store" in info.value.detail
    assert info.value.__context__ is None
    assert path.read_bytes() == before


@pytest.mark.parametrize("migrate", [True, False], ids=["migrate", "no-migrate"])
def test_a_repository_refuses_an_old_file_naming_the_import(tmp_path: Path, migrate: bool) -> None:
    path, complaints = _legacy(tmp_path)
    with pytest.raises(StorageError) as info:
        Repository(f"sqlite:///{path}", migrate=migrate)
    assert info.value.reason == "failed"
    assert "import_sqlite_store" in info.value.detail
    with sqlite3.connect(path) as db:  # nothing was created beside the old tables
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"complaints", "idempotency_keys"}
    assert len(complaints) == 3


def test_an_old_file_is_copied_into_a_repository(tmp_path: Path) -> None:
    path, complaints = _legacy(tmp_path)
    before = path.read_bytes()
    with Repository(f"sqlite:///{tmp_path / 'new.db'}") as repo:
        report = import_sqlite_store(path, repo)
        assert (report.added, report.skipped, report.rejected) == (3, 0, ())
        assert list(repo) == complaints
        again = import_sqlite_store(str(path), repo, batch_size=1)  # resumable: nothing twice
        assert (again.added, again.skipped) == (0, 3)
    assert path.read_bytes() == before


def test_a_bad_old_document_is_reported_and_the_rest_copied(tmp_path: Path) -> None:
    path, _ = _legacy(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE complaints SET document = '{}' WHERE tracking_id = 'KPG-OLD-2'")
    with Repository("sqlite://") as repo:
        report = import_sqlite_store(path, repo)
        assert report.added == 2
        assert [line for line, _ in report.rejected] == [2]
        assert [c.tracking_id for c in repo] == ["KPG-OLD-1", "KPG-OLD-3"]


@pytest.mark.filterwarnings(DEPRECATED)
def test_import_refuses_what_is_not_an_old_store(tmp_path: Path) -> None:
    current = tmp_path / "current.db"
    SqliteStore(current).close()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(bytes(range(256)) * 64)
    with Repository("sqlite://") as repo:
        for path, error, argument in [  # the argument refused, or the storage reason
            (current, ArgumentError, "path"),
            (tmp_path / "absent.db", ArgumentError, "path"),
            (tmp_path, ArgumentError, "path"),
            (":memory:", ArgumentError, "path"),
            (garbage, StorageError, "corrupt"),
        ]:
            result = outcome(import_sqlite_store, path, repo)
            assert type(result) is error, path
            said = result.argument if isinstance(result, ArgumentError) else result.reason
            assert said == argument
        assert repo.count() == 0


@pytest.mark.parametrize("name", [name for name, _ in WRONG_TYPES])
def test_import_with_every_wrong_type(tmp_path: Path, name: str) -> None:
    value = dict(WRONG_TYPES)[name]
    path, _ = _legacy(tmp_path)
    with Repository("sqlite://") as repo:
        for call in (
            lambda: import_sqlite_store(value, repo),  # type: ignore[arg-type]
            lambda: import_sqlite_store(path, value),  # type: ignore[arg-type]
            lambda: import_sqlite_store(path, repo, batch_size=value),  # type: ignore[arg-type]
        ):
            result = outcome(call)
            if name == "int" and call is not None:
                continue  # 7 is a valid batch size (checked below)
            assert type(result) is ArgumentError, name
        assert repo.count() == (3 if name == "int" else 0)


@pytest.mark.parametrize("name", [name for name, _ in HOSTILE_TEXTS])
def test_import_with_every_hostile_path(name: str) -> None:
    value = dict(HOSTILE_TEXTS)[name]
    with Repository("sqlite://") as repo:
        result = outcome(import_sqlite_store, value, repo)
        # No such file, not a usable path, or a file that is no database (../../etc/passwd).
        assert isinstance(result, ArgumentError | StorageError)
        assert repo.count() == 0


@pytest.mark.filterwarnings(DEPRECATED)
@pytest.mark.parametrize("name", ["huge", "combining", "emoji", "bidi", "bom"])
def test_opening_a_hostile_path_is_typed(tmp_path: Path, name: str) -> None:
    result = outcome(SqliteStore, str(tmp_path / dict(HOSTILE_TEXTS)[name]))
    if isinstance(result, SqliteStore):  # a long but valid file name
        result.close()
    else:
        assert isinstance(result, ArgumentError | StorageError)


@pytest.mark.filterwarnings(DEPRECATED)
def test_a_file_damaged_after_opening_raises_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "pengaduan.db"
    with SqliteStore(path) as writer:
        writer.add(received())
    store = SqliteStore(path, max_size_bytes=1024 * 1024)  # holds no connection yet
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"pengaduan.db{suffix}").unlink(missing_ok=True)
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(StorageError) as info:  # the new connection and its pragmas fail
        store.get("KPG-TEST-1")
    assert info.value.reason == "corrupt"
    assert info.value.__context__ is None
    store.close()
