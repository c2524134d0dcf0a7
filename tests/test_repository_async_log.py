"""An async repository appends to its transparency log off the event loop.

A file log syncs each batch to disk before it returns; under ``asyncio`` that wait would stop
every other request the loop serves. The repository's appends (after a write, a receive, an
import batch, a transaction, a catch-up) run in a worker thread instead, and are awaited to
their end even when the task is cancelled meanwhile: the head is logged, and a log that fails
still raises ``UnloggedWriteError``. The synchronous repository appends in the caller's thread.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import received

from pengaduan.errors import StorageError, UnloggedWriteError
from pengaduan.integrity import TransparencyLog
from pengaduan.store import AsyncRepository, Repository

if TYPE_CHECKING:
    from pathlib import Path

PAUSE = 0.3


class _Watched:
    """``TransparencyLog.extend`` slowed down, recording the threads it ran in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, fail: bool = False) -> None:
        self.threads: list[threading.Thread] = []
        self.finished = 0
        real = TransparencyLog.extend

        def extend(log: TransparencyLog, complaints: Any) -> tuple[int, ...]:
            self.threads.append(threading.current_thread())
            time.sleep(PAUSE)
            self.finished += 1
            if fail:
                raise StorageError(reason="failed", detail="the disk is full")
            return real(log, complaints)

        def append(log: TransparencyLog, complaint: Any) -> int:
            raise StorageError(reason="failed", detail="the disk is full")

        monkeypatch.setattr(TransparencyLog, "extend", extend)
        if fail:  # the one-by-one retry fails too
            monkeypatch.setattr(TransparencyLog, "append", append)


async def _ticks_while(work: Any) -> tuple[int, Any]:
    """How often a task of the same loop ran while ``work`` was awaited, and its result."""
    ticks = 0
    done = False

    async def ticker() -> None:
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0.01)

    running = asyncio.ensure_future(ticker())
    try:
        result = await work
    finally:
        done = True
        await running
    return ticks, result


def test_an_async_write_logs_in_a_worker_thread_while_the_loop_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    watched = _Watched(monkeypatch)

    async def main() -> tuple[int, threading.Thread]:
        repo = await AsyncRepository.open(f"sqlite+aiosqlite:///{tmp_path / 'db'}", log=log)
        try:
            ticks, _ = await _ticks_while(repo.add(received("KPG-ASY-1")))
            async with repo.transaction() as tx:
                await tx.add(received("KPG-ASY-2"))
                await tx.add(received("KPG-ASY-3"))
            return ticks, threading.current_thread()
        finally:
            await repo.close()

    ticks, loop_thread = asyncio.run(main())
    assert ticks >= PAUSE / 0.01 / 2  # the loop served its other task during the append
    assert len(watched.threads) == 2  # the add, then the transaction as one batch
    assert all(thread is not loop_thread for thread in watched.threads)
    assert [entry.tracking_id for entry in log] == ["KPG-ASY-1", "KPG-ASY-2", "KPG-ASY-3"]


def test_a_sync_write_logs_in_the_callers_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    watched = _Watched(monkeypatch)
    with Repository(f"sqlite:///{tmp_path / 'db'}", log=log) as repo:
        repo.add(received("KPG-SYN-1"))
    assert watched.threads == [threading.current_thread()]
    assert log.size == 1


def test_a_task_cancelled_during_the_append_still_logs_the_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    watched = _Watched(monkeypatch)

    async def main() -> None:
        repo = await AsyncRepository.open(f"sqlite+aiosqlite:///{tmp_path / 'db'}", log=log)
        try:
            task = asyncio.ensure_future(repo.add(received("KPG-CAN-1")))
            while not watched.threads:  # the append has started
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert watched.finished == 1  # awaited to its end
            assert (await repo.get("KPG-CAN-1")).version == 1
        finally:
            await repo.close()

    asyncio.run(main())
    assert log.latest("KPG-CAN-1") is not None


def test_a_log_failing_under_a_cancelled_task_is_still_an_unlogged_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    watched = _Watched(monkeypatch, fail=True)

    async def main() -> UnloggedWriteError:
        repo = await AsyncRepository.open(f"sqlite+aiosqlite:///{tmp_path / 'db'}", log=log)
        try:
            task = asyncio.ensure_future(repo.add(received("KPG-CAN-2")))
            while not watched.threads:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(UnloggedWriteError) as caught:
                await task
            return caught.value
        finally:
            await repo.close()

    error = asyncio.run(main())
    assert [head[0] for head in error.heads] == ["KPG-CAN-2"]
    assert log.size == 0


def test_an_async_catch_up_appends_in_a_worker_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'db'}"
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)

    async def main() -> tuple[int, int, threading.Thread]:
        repo = await AsyncRepository.open(url)  # written without a log: a crash, in effect
        try:
            for number in range(3):
                await repo.add(received(f"KPG-CUP-{number}"))
        finally:
            await repo.close()
        watched.threads.clear()
        repo = await AsyncRepository.open(url, log=log)
        try:
            ticks, report = await _ticks_while(repo.catch_up_log())
            return ticks, report.appended, threading.current_thread()
        finally:
            await repo.close()

    watched = _Watched(monkeypatch)
    ticks, appended, loop_thread = asyncio.run(main())
    assert appended == 3
    assert ticks >= PAUSE / 0.01 / 2
    assert watched.threads
    assert all(thread is not loop_thread for thread in watched.threads)
