"""A transparency log that fails after the commit: the write is stored and says so.

`UnloggedWriteError` (not a `StorageError`, whose writes had no effect) names the heads that
were committed and not logged; appending the stored complaints catches the log up, and a
retried ``receive`` with its idempotency key does it by itself. On SQLite and PostgreSQL, sync
and async.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.helpers import SYSTEM, T0, WF, received, step, submission
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import file_away, opened, run_script

from pengaduan.errors import ConflictError, StorageError, UnloggedWriteError
from pengaduan.integrity import TransparencyLog
from pengaduan.serialization import to_json
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path


def test_an_add_whose_log_fails_is_stored_and_says_so(
    backend: str, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        complaint = received("KPG-LOG-1")
        with file_away(path):
            error = raises_typed(repo.add, complaint)
        assert isinstance(error, UnloggedWriteError)
        assert not isinstance(error, StorageError | OSError)  # a storage retry must not catch it
        assert error.code == "unlogged"
        assert error.reason == "unavailable"
        assert error.heads == (("KPG-LOG-1", 1, complaint.head),)
        assert "KPG-LOG-1" in str(error)
        assert repo.get("KPG-LOG-1") == complaint  # committed
        assert log.size == 0
        with pytest.raises(ConflictError):
            repo.add(complaint)  # the write is not to be done again
        for tracking_id, _, _ in error.heads:  # the documented catch-up
            log.append(repo.get(tracking_id))
        assert log.latest("KPG-LOG-1").head == complaint.head


def test_an_update_whose_log_fails_is_applied_once(backend: str, url: str, tmp_path: Path) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        repo.add(received("KPG-LOG-1"))
        with file_away(path):
            error = raises_typed(repo.update, "KPG-LOG-1", lambda c: step(c, Action.VERIFIKASI))
        assert isinstance(error, UnloggedWriteError)
        stored = repo.get("KPG-LOG-1")
        assert stored.version == 2
        assert error.heads == (("KPG-LOG-1", 2, stored.head),)
        log.append(stored)
        assert [e.version for e in log.entries_for("KPG-LOG-1")] == [1, 2]


def test_a_transaction_whose_log_fails_names_every_head(
    backend: str, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        first, second = received("KPG-LOG-1"), received("KPG-LOG-2")

        def block() -> None:
            with repo.transaction() as tx:
                tx.add(first)
                tx.add(second)

        with file_away(path):
            error = raises_typed(block)
        assert isinstance(error, UnloggedWriteError)
        assert error.heads == (("KPG-LOG-1", 1, first.head), ("KPG-LOG-2", 1, second.head))
        assert repo.count() == 2
        assert "2" in str(error)


def test_a_retried_receive_catches_the_log_up(backend: str, url: str, tmp_path: Path) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    options = {"tracking_id": "KPG-LOG-1", "at": T0, "actor": SYSTEM, "idempotency_key": "m-1"}
    with opened(backend, url, log=log) as repo:
        with file_away(path):
            error = raises_typed(repo.receive, WF, submission(), **options)
        assert isinstance(error, UnloggedWriteError)
        assert log.size == 0
        stored = repo.receive(WF, submission(), **options)  # the same delivery again
        assert log.latest("KPG-LOG-1").head == stored.head
        assert repo.count() == 1


def test_an_import_run_again_catches_the_log_up(backend: str, url: str, tmp_path: Path) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    lines = [to_json(received(f"KPG-LOG-{i}")) for i in range(1, 5)]
    with opened(backend, url, log=log) as repo:
        repo.import_lines(lines[:2])
        with file_away(path):
            error = raises_typed(repo.import_lines, lines)
        assert isinstance(error, UnloggedWriteError)
        assert log.size == 2
        report = repo.import_lines(lines)  # resumed as documented: run it again
        assert (report.added, report.skipped) == (0, 4)
        assert log.size == 4  # the heads the failed run committed are logged now
        for i in range(1, 5):
            assert log.latest(f"KPG-LOG-{i}").head == repo.get(f"KPG-LOG-{i}").head


_FULL_DISK = """
import os, resource, signal, sys
from tests.helpers import received, step
from pengaduan.errors import UnloggedWriteError
from pengaduan.integrity import TransparencyLog
from pengaduan.store import Repository
from pengaduan.workflow.profiles import Action

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
path = sys.argv[1]
log = TransparencyLog.open(path, create=True)
repo = Repository("sqlite://", log=log)
repo.add(received("KPG-LOG-1"))
size = os.path.getsize(path)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 20, hard))  # room for 20 bytes: a full disk
try:
    repo.update("KPG-LOG-1", lambda c: step(c, Action.VERIFIKASI))
except UnloggedWriteError as error:
    print("unlogged", error.reason, [h[1] for h in error.heads])
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # room again
print("grew", os.path.getsize(path) - size)
print("versions", repo.get("KPG-LOG-1").version)
log.append(repo.get("KPG-LOG-1"))  # the documented catch-up
repo.add(received("KPG-LOG-2"))
print("reopened", TransparencyLog.open(path).size)
"""


def test_a_log_append_cut_short_by_a_full_disk_leaves_the_log_whole(tmp_path: Path) -> None:
    done = run_script(_FULL_DISK, str(tmp_path / "heads.log"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "unlogged failed [2]",  # typed, naming the committed head, never a raw OSError
        "grew 0",  # no half line left behind
        "versions 2",  # applied once
        "reopened 3",  # the log works again: both heads of KPG-LOG-1 and KPG-LOG-2
    ]
