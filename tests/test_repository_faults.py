"""Faults: a connection killed or the PostgreSQL server stopped in the middle of a transaction
leaves nothing half-written, writers in several processes lose no update, concurrent deliveries
of one message store one complaint, and a full database is a typed error."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
import sqlalchemy as sa
from tests.helpers import SYSTEM, T0, WF, in_status, received, submission

from pengaduan.errors import StorageError
from pengaduan.store import AsyncRepository, Repository
from pengaduan.workflow.profiles import Status

if TYPE_CHECKING:
    from tests.pg_helpers import Cluster

    from pengaduan.model import Complaint

ROOT = Path(__file__).resolve().parent.parent


def _terminate(cluster: Cluster, pid: int) -> None:
    with psycopg.connect(
        f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres", autocommit=True
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_connection_killed_mid_transaction_leaves_nothing(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database("fault_kill")
    with Repository(url) as repo:
        repo.add(in_status(Status.DIDISPOSISIKAN, "KPG-F-0"))

        def killed_midway() -> None:
            with repo.transaction() as tx:
                tx.add(received("KPG-F-1"))
                pid = tx.connection.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
                _terminate(pg_cluster, pid)
                tx.add(received("KPG-F-2"))

        with pytest.raises(StorageError) as caught:
            killed_midway()
        assert caught.value.reason == "unavailable"
        assert caught.value.__cause__ is None
        assert repo.count() == 1  # the pool replaces the dead connection
        repo.add(received("KPG-F-1"))
        assert repo.count() == 2


def test_a_connection_killed_mid_async_transaction_leaves_nothing(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database("fault_kill_async")

    async def killed_midway(repo: AsyncRepository) -> None:
        async with repo.transaction() as tx:
            await tx.add(received("KPG-F-1"))
            pid = (await tx.connection.execute(sa.text("SELECT pg_backend_pid()"))).scalar_one()
            _terminate(pg_cluster, pid)
            await tx.add(received("KPG-F-2"))

    async def run() -> tuple[StorageError, int, int]:
        repo = await AsyncRepository.open(url)
        try:
            await repo.add(in_status(Status.DIDISPOSISIKAN, "KPG-F-0"))
            try:
                await killed_midway(repo)
            except StorageError as error:
                caught = error
            left = await repo.count()  # the pool replaces the dead connection
            await repo.add(received("KPG-F-1"))
            return caught, left, await repo.count()
        finally:
            await repo.close()

    caught, left, after = asyncio.run(run())
    assert (caught.reason, caught.__cause__) == ("unavailable", None)
    assert (left, after) == (1, 2)


def test_a_server_stopped_mid_transaction_leaves_nothing(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database("fault_stop")
    with Repository(url) as repo:

        def crashed_midway() -> None:
            with repo.transaction() as tx:
                tx.add(received("KPG-S-1"))
                pg_cluster.restart()  # an immediate stop: no clean shutdown, then recovery
                tx.add(received("KPG-S-2"))

        with pytest.raises(StorageError) as caught:
            crashed_midway()
        assert caught.value.reason == "unavailable"
        assert repo.count() == 0
        repo.add(received("KPG-S-1"))
        assert repo.get("KPG-S-1") == received("KPG-S-1")


def test_writers_in_several_processes_lose_no_update(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database("fault_writers")
    start = in_status(Status.DIDISPOSISIKAN, "KPG-W-1")
    with Repository(url) as repo:
        repo.add(start)
    writers, each = 4, 10
    processes = [
        subprocess.Popen(  # noqa: S603 - this interpreter and a script of the test suite
            [sys.executable, "-m", "tests.repo_worker", url, "KPG-W-1", str(each)], cwd=ROOT
        )
        for _ in range(writers)
    ]
    assert [p.wait(timeout=120) for p in processes] == [0] * writers
    with Repository(url) as repo:
        final = repo.get("KPG-W-1")
    assert final.version == start.version + writers * each
    assert final.history[: start.version] == start.history


def test_a_full_database_gives_a_typed_error_and_keeps_what_was_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'full.db'}"
    with Repository(url) as repo:
        repo.add(received("KPG-FULL-1"))
        repo.engine.dispose()  # the next connections get the size limit below

        @sa.event.listens_for(repo.engine, "connect")
        def _limit(dbapi_connection: Any, record: Any) -> None:
            (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        big = received("KPG-FULL-2", text="Jalan rusak parah. " * 20_000)
        with pytest.raises(StorageError) as caught:
            repo.add(big)
        assert caught.value.reason == "full"
        assert repo.count() == 1
        assert repo.get("KPG-FULL-1") == received("KPG-FULL-1")


def test_concurrent_deliveries_of_one_message_store_one_complaint(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database("fault_dedupe")

    async def deliver_five_times() -> list[Complaint]:
        repo = await AsyncRepository.open(url)
        try:
            return await asyncio.gather(
                *(
                    repo.receive(
                        WF,
                        submission(),
                        tracking_id=f"KPG-DUP-{n}",
                        at=T0,
                        actor=SYSTEM,
                        idempotency_key="wa-msg-77",
                    )
                    for n in range(5)
                )
            )
        finally:
            await repo.close()

    results = asyncio.run(deliver_five_times())
    assert len({c.tracking_id for c in results}) == 1
    with Repository(url) as repo:
        assert repo.count() == 1
        assert repo.find_by_key("wa-msg-77") == results[0]


def test_a_full_database_inside_a_transaction_keeps_its_reason(tmp_path: Path) -> None:
    # A typed error raised by a write inside a transaction leaves it as it was (a StorageError
    # is an OSError too, which the transaction maps for the driver's own errors).
    url = f"sqlite:///{tmp_path / 'full.db'}"
    with Repository(url) as repo:
        repo.add(received("KPG-FULL-1"))
        repo.engine.dispose()

        @sa.event.listens_for(repo.engine, "connect")
        def _limit(dbapi_connection: Any, record: Any) -> None:
            (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        def both() -> None:
            with repo.transaction() as tx:
                tx.add(received("KPG-FULL-3"))
                tx.add(received("KPG-FULL-2", text="Jalan rusak parah. " * 20_000))

        with pytest.raises(StorageError) as caught:
            both()
        assert caught.value.reason == "full"
        assert repo.count() == 1  # neither of the two was stored
