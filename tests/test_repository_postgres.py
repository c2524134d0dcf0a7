"""What only a real PostgreSQL server shows: the plan of a unit's overdue queue, the bulk import
through ``COPY``, migrating the unit deadlines down and up, and a full disk."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import ADMIN, REPORTER, T0, UNIT, WF, in_status, received

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import NotFoundError, StorageError
from pengaduan.serialization import dump_lines
from pengaduan.sla import SlaPolicy
from pengaduan.store import Query, Repository, _migrate
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.pg_helpers import Cluster

CALENDAR = WorkingCalendar.indonesia(zone="Asia/Makassar")
UNITS = [f"opd-{n:02d}" for n in range(40)]


def _disposed(n: int) -> Any:
    complaint = received(f"KPG-P-{n}")
    return WF.apply(
        complaint,
        Action.VERIFIKASI,
        at=complaint.updated_at + timedelta(minutes=n % 5000),
        actor=ADMIN,
        units=[UNITS[n % len(UNITS)]],
    )


def _export(count: int) -> list[str]:
    buffer = io.StringIO()
    dump_lines((_disposed(n) for n in range(count)), buffer)
    return buffer.getvalue().splitlines(keepends=True)


@pytest.fixture(scope="module")
def filled(pg_cluster: Cluster) -> str:
    """4,000 disposed complaints over 40 units, imported (COPY) and analysed."""
    url = pg_cluster.create_database("plan")
    with Repository(url, policy=SlaPolicy.lapor(), calendar=CALENDAR) as repo:
        lines = _export(4000)
        lines.insert(10, "{broken\n")
        report = repo.import_lines(lines, batch_size=500)
        assert (report.added, report.rejected) == (4000, ((11, "serialization"),))
        with repo.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return url


def test_copy_import_stores_what_inserts_store(filled: str) -> None:
    with Repository(filled, policy=SlaPolicy.lapor(), calendar=CALENDAR) as repo:
        assert repo.count() == 4000
        assert repo.get("KPG-P-7") == _disposed(7)
        again = repo.import_lines(_export(40), batch_size=40)  # resumed: nothing twice
        assert (again.added, again.skipped) == (0, 40)
        with repo.engine.connect() as conn:
            copies = conn.exec_driver_sql(
                "SELECT count(*) FROM complaint_units u JOIN complaints c USING (tracking_id) "
                "WHERE u.next_deadline IS DISTINCT FROM c.next_deadline"
            ).scalar_one()
            data = conn.exec_driver_sql(
                "SELECT data FROM events WHERE tracking_id = 'KPG-P-7' AND seq = 2"
            ).scalar_one()
        assert copies == 0
        assert data == json.loads(repo.get("KPG-P-7").history[1].payload)


def _statement(repo: Repository, query: Query) -> tuple[str, Any]:
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if "complaints.tracking_id" in statement and "ORDER BY" in statement:
            seen.append((statement, parameters))

    sa.event.listen(repo.engine, "before_cursor_execute", record)
    try:
        page = repo.page(query, limit=50)
    finally:
        sa.event.remove(repo.engine, "before_cursor_execute", record)
    assert len(page.items) == 50
    assert all(row.units == ("opd-07",) for row in page.items)
    (found,) = seen
    return found


def test_a_units_overdue_page_is_one_range_of_the_partial_index(filled: str) -> None:
    query = Query(unit="opd-07", overdue=True, now=T0 + timedelta(days=400))
    with Repository(filled, policy=SlaPolicy.lapor(), calendar=CALENDAR) as repo:
        statement, parameters = _statement(repo, query)
        with repo.engine.connect() as conn:
            (plan,) = conn.exec_driver_sql(
                "EXPLAIN (FORMAT JSON) " + statement, parameters
            ).scalar_one()
    text = json.dumps(plan)
    assert "ix_complaint_units_unit_deadline" in text
    assert '"Sort"' not in text  # the index gives the deadline order: nothing is sorted


def test_migrating_down_and_up_refills_the_unit_deadlines(pg_cluster: Cluster) -> None:
    url = pg_cluster.create_database("migrate_units")
    with Repository(url, policy=SlaPolicy.lapor(), calendar=CALENDAR) as repo:
        repo.add(in_status(Status.DIDISPOSISIKAN, "KPG-M-1"))
        with repo.engine.begin() as conn:
            from alembic import command  # noqa: PLC0415

            command.downgrade(_migrate._config(conn), "0002")
            assert _migrate.current(conn) == "0002"
    with Repository(url, policy=SlaPolicy.lapor(), calendar=CALENDAR) as repo:  # migrates up
        later = Query(unit="dinkes", overdue=True, now=T0 + timedelta(days=60))
        assert [row.tracking_id for row in repo.page(later).items] == ["KPG-M-1"]


# -- a full disk ------------------------------------------------------------------------------


@contextlib.contextmanager
def _small_tablespace(cluster: Cluster, megabytes: int) -> Iterator[str]:
    """A database whose tables live on a tmpfs of ``megabytes``; unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = Path(tempfile.mkdtemp(prefix="pengaduan-full-"))
    admin = sa.create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    subprocess.run(  # noqa: S603 - fixed arguments
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(mount)],  # noqa: S607
        check=True,
    )
    try:
        shutil.chown(mount, user="postgres", group="postgres")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE TABLESPACE small LOCATION '{mount}'")
            conn.exec_driver_sql("CREATE DATABASE full_disk TABLESPACE small")
        yield cluster.url("full_disk")
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql("DROP DATABASE IF EXISTS full_disk WITH (FORCE)")
            conn.exec_driver_sql("DROP TABLESPACE IF EXISTS small")
        admin.dispose()
        subprocess.run(["umount", str(mount)], check=True)  # noqa: S603, S607
        mount.rmdir()


def _noise() -> str:
    return os.urandom(10_000).hex()  # 20,000 characters that do not compress


def test_a_full_disk_is_a_typed_error_and_leaves_nothing_half_written(
    pg_cluster: Cluster,
) -> None:
    with _small_tablespace(pg_cluster, 16) as url, Repository(url) as repo:
        current = in_status(Status.DIDISPOSISIKAN, "KPG-F-0")
        repo.add(current)
        stored = 1
        refused: StorageError | None = None
        for n in range(1, 5000):
            try:
                repo.add(received(f"KPG-F-{n}", text=_noise()))
            except StorageError as error:
                refused = error
                break
            stored += 1
        assert refused is not None
        assert (refused.reason, refused.__cause__, refused.__context__) == ("full", None, None)
        assert "53100" in str(refused)
        with pytest.raises(NotFoundError):
            repo.get(f"KPG-F-{stored}")  # the refused complaint: no row of it anywhere
        assert repo.count() == stored
        refused = None
        for _ in range(100):
            nxt = WF.apply(
                current,
                Action.TANGGAPI if current.version > 2 else Action.TINDAK_LANJUT,
                at=current.updated_at + timedelta(minutes=1),
                actor=REPORTER if current.version > 2 else UNIT,
                **({"message": _noise()} if current.version > 2 else {"response": _noise()}),
            )
            try:
                repo.append(nxt, expected_version=current.version)
            except StorageError as error:
                refused = error
                break
            current = nxt
        assert refused is not None
        assert refused.reason == "full"
        assert repo.get("KPG-F-0") == current  # the refused append left nothing behind
