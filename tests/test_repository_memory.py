"""The in-memory SQLite repository (``sqlite://``: one connection shared by every caller) under
concurrent writers: threads on the sync repository, tasks on the async one. Every update that
returns is stored, no two share a version, and the history loads and verifies afterwards."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from tests.helpers import ADMIN, T0, WF, in_status, submission

from pengaduan.errors import ConflictError
from pengaduan.history import verify_history
from pengaduan.model import Actor
from pengaduan.store import AsyncRepository, Repository
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pengaduan.model import Complaint

WRITERS = 24


def _reply(number: int) -> object:
    def change(complaint: Complaint) -> Complaint:
        return WF.apply(
            complaint,
            Action.TANGGAPI,
            at=complaint.updated_at + timedelta(minutes=1),
            actor=ADMIN,
            message=f"info {number}",
        )

    return change


def _outcomes_hold(start: int, outcomes: list[object], stored: Complaint) -> None:
    versions = [o.version for o in outcomes if not isinstance(o, BaseException)]  # type: ignore[attr-defined]
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert all(isinstance(f, ConflictError) for f in failures), failures
    assert len(set(versions)) == len(versions)  # no two writers got the same version
    assert stored.version == start + len(versions)  # every successful update is stored
    assert sorted(versions) == list(range(start + 1, stored.version + 1))
    verify_history(stored)
    messages = [e.data["message"] for e in stored.history[start:]]
    assert len(set(messages)) == len(messages)


def test_threads_on_one_in_memory_database_lose_no_update() -> None:
    repo = Repository("sqlite://")
    try:
        start = in_status("didisposisikan")
        repo.add(start)

        def update(number: int) -> object:
            try:
                return repo.update(start.tracking_id, _reply(number), attempts=WRITERS)  # type: ignore[arg-type]
            except ConflictError as exc:
                return exc

        with ThreadPoolExecutor(8) as pool:
            outcomes = list(pool.map(update, range(WRITERS)))
        _outcomes_hold(start.version, outcomes, repo.get(start.tracking_id))
        assert repo.count() == 1
    finally:
        repo.close()


def test_tasks_on_one_in_memory_database_lose_no_update() -> None:
    async def main() -> None:
        repo = await AsyncRepository.open("sqlite://")
        try:
            start = in_status("didisposisikan")
            await repo.add(start)
            outcomes = await asyncio.gather(
                *(
                    repo.update(start.tracking_id, _reply(n), attempts=WRITERS)  # type: ignore[arg-type]
                    for n in range(WRITERS)
                ),
                return_exceptions=True,
            )
            _outcomes_hold(start.version, list(outcomes), await repo.get(start.tracking_id))
        finally:
            await repo.close()

    asyncio.run(main())


def test_concurrent_receives_in_memory_store_each_complaint_once() -> None:
    async def main() -> None:
        repo = await AsyncRepository.open("sqlite://")
        try:

            async def receive(number: int) -> Complaint:
                return await repo.receive(
                    WF,
                    submission(),
                    tracking_id=f"KPG-MEM-{number % 5}",
                    at=T0,
                    actor=Actor.system("web"),
                    idempotency_key=f"msg-{number % 5}",
                )

            received = await asyncio.gather(*(receive(n) for n in range(20)))
            assert {c.tracking_id for c in received} == {f"KPG-MEM-{n}" for n in range(5)}
            assert await repo.count() == 5
        finally:
            await repo.close()

    asyncio.run(main())


def test_a_transaction_in_memory_may_call_its_own_repository() -> None:
    repo = Repository("sqlite://")
    try:
        start = in_status("didisposisikan")
        with repo.transaction() as tx:
            tx.add(start)
            assert repo.count() == 1  # the same thread, the same connection: no waiting
        assert repo.get(start.tracking_id) == start
    finally:
        repo.close()


def test_an_async_transaction_in_memory_may_call_its_own_repository() -> None:
    async def main() -> None:
        repo = await AsyncRepository.open("sqlite://")
        try:
            start = in_status("didisposisikan")
            async with repo.transaction() as tx:
                await tx.add(start)
                assert await repo.count() == 1  # the same task: no waiting for itself
            assert await repo.get(start.tracking_id) == start
        finally:
            await repo.close()

    asyncio.run(main())


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"], ids=["empty", "memory"])
def test_every_in_memory_spelling_takes_turns(url: str) -> None:
    repo = Repository(url)
    try:
        start = in_status("didisposisikan")
        repo.add(start)
        with ThreadPoolExecutor(4) as pool:
            outcomes = list(
                pool.map(
                    lambda n: repo.update(start.tracking_id, _reply(n), attempts=WRITERS),  # type: ignore[arg-type]
                    range(8),
                )
            )
        _outcomes_hold(start.version, outcomes, repo.get(start.tracking_id))
    finally:
        repo.close()
