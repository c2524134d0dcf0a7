"""Appending many heads at once: `TransparencyLog.extend()` and `extend_heads()`.

A batch is the same as its heads appended one by one (the same lines, the same root), costs one
write and one ``fsync`` for a file log, and is all or nothing: a head that cannot be logged, or a
write that fails, leaves the log and its file as they were. A repository logs a transaction's
heads as one batch.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from tests.helpers import received, step
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import file_away, run_script

from pengaduan.errors import ArgumentError, CheckpointError, StorageError
from pengaduan.integrity import TransparencyLog
from pengaduan.store import Repository
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path

    from pengaduan.model import Complaint

HEAD = "cd" * 32


def _complaints(count: int) -> list[Complaint]:
    made = [received(f"KPG-BAT-{i}") for i in range(count)]
    # Two versions of the first one, in order, inside the same batch.
    return [*made, step(made[0], Action.VERIFIKASI)]


def _fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def counted(descriptor: int) -> None:
        calls.append(descriptor)
        real(descriptor)

    monkeypatch.setattr(os, "fsync", counted)
    return calls


@pytest.mark.parametrize("on_file", [False, True], ids=["memory", "file"])
def test_a_batch_logs_what_appending_one_by_one_logs(tmp_path: Path, on_file: bool) -> None:
    complaints = _complaints(12)
    one_by_one = TransparencyLog()
    expected = [one_by_one.append(complaint) for complaint in complaints]
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True) if on_file else TransparencyLog()
    assert log.extend(complaints) == tuple(expected)
    assert log.size == one_by_one.size == 13
    assert log.root() == one_by_one.root()
    assert log.latest("KPG-BAT-0").version == 2  # type: ignore[union-attr]
    # Logged heads are no-ops with their indexes (an older version than the one logged is
    # out of order, in a batch as on its own: see below).
    assert log.extend(complaints[1:]) == tuple(expected[1:])
    assert log.size == 13
    if on_file:
        reopened = TransparencyLog.open(path)
        assert reopened.root() == one_by_one.root()
        assert log.extend([]) == ()


def test_a_batch_on_a_file_is_one_write_and_one_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    calls = _fsyncs(monkeypatch)
    log.extend(_complaints(50))
    assert len(calls) == 1
    log.extend(_complaints(50)[1:])  # nothing new: nothing written
    assert len(calls) == 1


@pytest.mark.parametrize("on_file", [False, True], ids=["memory", "file"])
def test_a_batch_with_a_head_out_of_order_logs_nothing(tmp_path: Path, on_file: bool) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True) if on_file else TransparencyLog()
    first = received("KPG-BAT-A")
    log.append(step(first, Action.VERIFIKASI))  # version 2 logged
    before = path.read_bytes() if on_file else b""
    root = log.root()
    batch = [received("KPG-BAT-B"), first]  # version 1 after version 2
    error = raises_typed(log.extend, batch)
    assert isinstance(error, CheckpointError)
    assert error.reason == "out-of-order"
    assert (log.size, log.root()) == (1, root)
    assert log.latest("KPG-BAT-B") is None
    if on_file:
        assert path.read_bytes() == before
    # Inside one batch too: a version after a later one of the same complaint.
    later = step(received("KPG-BAT-C"), Action.VERIFIKASI)
    error = raises_typed(log.extend, [later, received("KPG-BAT-C")])
    assert isinstance(error, CheckpointError)
    assert log.size == 1


def test_extend_heads_takes_triples_and_refuses_anything_else() -> None:
    log = TransparencyLog()
    assert log.extend_heads([("KPG-BAT-1", 1, HEAD), ("KPG-BAT-1", 2, HEAD)]) == (0, 1)
    for bad in (
        [("KPG-BAT-2", 1)],
        [["KPG-BAT-2", 1, HEAD]],
        [("KPG-BAT-2", "1", HEAD)],
        [("KPG-BAT-2", 1, "not hex")],
        [None],
        5,
        "KPG-BAT-2",
    ):
        error = raises_typed(log.extend_heads, bad)
        assert isinstance(error, ArgumentError), bad
    for bad in ([None], [received("KPG-BAT-3"), "x"], 7):
        error = raises_typed(log.extend, bad)
        assert isinstance(error, ArgumentError), bad
    assert log.size == 2  # nothing of a refused batch was logged


def test_a_repository_logs_a_transaction_as_one_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    with Repository(f"sqlite:///{tmp_path / 'db.sqlite'}", log=log) as repo:
        calls = _fsyncs(monkeypatch)
        with repo.transaction() as tx:
            for i in range(5):
                tx.add(received(f"KPG-TX-{i}"))
        assert len(calls) == 1
        assert log.size == 5
        assert [entry.tracking_id for entry in log] == [f"KPG-TX-{i}" for i in range(5)]


_FULL_DISK = """
import os, resource, signal, sys
from tests.helpers import received
from pengaduan.errors import StorageError
from pengaduan.integrity import TransparencyLog

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
path = sys.argv[1]
log = TransparencyLog.open(path, create=True)
log.append(received("KPG-FULL-0"))
size = os.path.getsize(path)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 300, hard))  # room for about two lines
try:
    log.extend([received(f"KPG-FULL-{i}") for i in range(1, 6)])
except StorageError as error:
    print("refused", error.reason)
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # room again
print("grew", os.path.getsize(path) - size, "size", log.size)
log.extend([received(f"KPG-FULL-{i}") for i in range(1, 6)])
print("reopened", TransparencyLog.open(path).size)
"""


def test_a_batch_cut_short_by_a_full_disk_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    done = run_script(_FULL_DISK, str(tmp_path / "heads.log"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["refused failed", "grew 0 size 1", "reopened 6"]


def test_a_failed_batch_is_a_storage_error_and_the_log_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with file_away(path):
        error = raises_typed(log.extend, _complaints(3))
    assert isinstance(error, StorageError)
    assert log.size == 0
    assert log.extend(_complaints(3)) == (0, 1, 2, 3)
