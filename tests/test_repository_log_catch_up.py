"""Catching the transparency log up with the store after a crash: ``catch_up_log``.

A process killed between a commit and its append to the log raises nothing; the catch-up finds
the heads the log lacks and appends them, and a checkpoint signed after it covers them. A log
that already holds every head is left as it is, a second run appends nothing, a history that
does not verify and a log ahead of the store are reported and never logged. On SQLite and
PostgreSQL, sync and async.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import T0, received, step
from tests.hostile_helpers import raises_typed
from tests.repo_helpers import file_away, opened

from pengaduan.errors import ArgumentError, UnloggedWriteError
from pengaduan.integrity import (
    KeyRing,
    SigningKey,
    TransparencyLog,
    sign_tree_head,
    verify_export,
)
from pengaduan.store import LogCatchUpReport
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path


def _sql(url: str, statement: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(statement))
    finally:
        engine.dispose()


def _write_three(repo: Any) -> None:
    """Three complaints; the second gains a version."""
    for number in (1, 2, 3):
        repo.add(received(f"KPG-CU-{number}"))
    repo.update("KPG-CU-2", lambda c: step(c, Action.VERIFIKASI))


def test_heads_a_crash_left_unlogged_are_found_and_appended(
    backend: str, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        repo.add(received("KPG-CU-0"))  # logged as it was written
    # The process that wrote these was killed after each commit, before its append.
    with opened(backend, url) as crashed:
        _write_three(crashed)
    assert log.size == 1
    with opened(backend, url, log=log) as repo:
        report = repo.catch_up_log(batch_size=2)
        assert report == LogCatchUpReport(checked=4, appended=3)
        assert report.complete
        ids = ["KPG-CU-0", "KPG-CU-1", "KPG-CU-2", "KPG-CU-3"]
        stored = [repo.get(tracking_id) for tracking_id in ids]
        for complaint in stored:
            latest = log.latest(complaint.tracking_id)
            assert latest is not None
            assert (latest.version, latest.head) == (complaint.version, complaint.head)
        assert TransparencyLog.open(path).root() == log.root()  # in the file, one chain
        again = repo.catch_up_log()
        assert again == LogCatchUpReport(checked=4, appended=0)
    # A checkpoint signed now covers every stored version.
    key = SigningKey.generate()
    signed = sign_tree_head(log, key, at=T0 + timedelta(days=1))
    verified = verify_export(stored, TransparencyLog.open(path), signed, KeyRing.of(key))
    assert verified.ok
    assert (verified.checked, verified.covered) == (4, 4)


def test_a_log_that_failed_after_the_commit_is_caught_up(
    backend: str, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        repo.add(received("KPG-CU-1"))
        with file_away(path):
            error = raises_typed(repo.update, "KPG-CU-1", lambda c: step(c, Action.VERIFIKASI))
        assert isinstance(error, UnloggedWriteError)
        # Another process's log object on the same file: the catch-up takes it as given.
        other = TransparencyLog.open(path)
        report = repo.catch_up_log(other)
        assert (report.checked, report.appended) == (1, 1)
        stored = repo.get("KPG-CU-1")
        assert [e.version for e in TransparencyLog.open(path).entries_for("KPG-CU-1")] == [1, 2]
        assert log.refresh() == 1  # the repository's own log reads the line
        assert log.latest("KPG-CU-1").head == stored.head


def test_a_log_that_holds_every_head_is_left_as_it_is(
    backend: str, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    with opened(backend, url, log=log) as repo:
        _write_three(repo)
        before = path.read_bytes()
        seen: list[int] = []
        report = repo.catch_up_log(batch_size=2, progress=seen.append)
    assert report == LogCatchUpReport(checked=3, appended=0)
    assert seen == [2, 3]
    assert path.read_bytes() == before


def test_a_history_that_does_not_verify_is_reported_and_never_logged(
    backend: str, url: str, tmp_path: Path
) -> None:
    with opened(backend, url) as repo:
        _write_three(repo)
    _sql(url, "UPDATE complaints SET head = '" + "ee" * 32 + "' WHERE tracking_id = 'KPG-CU-3'")
    log = TransparencyLog()
    with opened(backend, url, log=log) as repo:
        report = repo.catch_up_log()
    assert report == LogCatchUpReport(checked=3, appended=2, unverified=("KPG-CU-3",))
    assert not report.complete
    assert log.latest("KPG-CU-3") is None


def test_a_log_ahead_of_the_store_is_reported_and_kept(
    backend: str, url: str, tmp_path: Path
) -> None:
    log = TransparencyLog()
    first = received("KPG-CU-1")
    later = step(first, Action.VERIFIKASI)
    log.append(first)
    log.append(later)  # logged, then the database was restored from an older backup
    log.append_head("KPG-CU-2", 1, "ab" * 32)  # another head for the stored version
    with opened(backend, url) as repo:
        repo.add(first)
        repo.add(received("KPG-CU-2"))
        report = repo.catch_up_log(log)
    assert report == LogCatchUpReport(checked=2, diverged=("KPG-CU-1", "KPG-CU-2"))
    assert log.size == 3


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        pytest.param({}, "log", id="no-log-anywhere"),
        pytest.param({"log": "heads.log"}, "log", id="a-path-not-a-log"),
        pytest.param({"log": TransparencyLog(), "batch_size": 0}, "batch_size", id="batch-0"),
        pytest.param(
            {"log": TransparencyLog(), "batch_size": 10_001}, "batch_size", id="batch-too-big"
        ),
        pytest.param({"log": TransparencyLog(), "progress": 3}, "progress", id="progress"),
    ],
)
def test_bad_arguments_are_typed_errors_before_anything_is_read(
    backend: str, url: str, options: dict[str, Any], argument: str
) -> None:
    with opened(backend, url) as repo:
        repo.add(received("KPG-CU-1"))
        error = raises_typed(repo.catch_up_log, **options)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument
