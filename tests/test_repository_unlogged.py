"""A transparency log that fails after the commit: the write is stored and says so.

`UnloggedWriteError` (not a `StorageError`, whose writes had no effect) names the heads that
were committed and not logged; appending the stored complaints catches the log up, and a
retried ``receive`` with its idempotency key does it by itself. On SQLite and PostgreSQL, sync
and async.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import pytest
from tests.helpers import SYSTEM, T0, WF, received, step, submission
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import opened

from pengaduan.errors import ConflictError, StorageError, UnloggedWriteError
from pengaduan.integrity import TransparencyLog
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@contextlib.contextmanager
def _unavailable(path: Path) -> Iterator[None]:
    """The log file away (its disk unmounted): a directory stands in its place meanwhile."""
    aside = path.with_suffix(".aside")
    path.rename(aside)
    path.mkdir()
    try:
        yield
    finally:
        path.rmdir()
        aside.rename(path)


def test_an_add_whose_log_fails_is_stored_and_says_so(
    backend: str, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        complaint = received("KPG-LOG-1")
        with _unavailable(path):
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
        with _unavailable(path):
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

        with _unavailable(path):
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
        with _unavailable(path):
            error = raises_typed(repo.receive, WF, submission(), **options)
        assert isinstance(error, UnloggedWriteError)
        assert log.size == 0
        stored = repo.receive(WF, submission(), **options)  # the same delivery again
        assert log.latest("KPG-LOG-1").head == stored.head
        assert repo.count() == 1
