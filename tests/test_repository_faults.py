"""Faults on a real PostgreSQL server: a connection killed or the server stopped in the middle of
a transaction leaves nothing half-written, and writers in several processes lose no update."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
import sqlalchemy as sa
from tests.helpers import in_status, received

from pengaduan.errors import StorageError
from pengaduan.profiles import Status
from pengaduan.store import Repository

if TYPE_CHECKING:
    from tests.pg_helpers import Cluster

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
