"""SQL repository speed, side by side with the usual SQLAlchemy ORM layout, in one run.

Everything runs on this machine's SQLite (a file) and PostgreSQL (a throwaway cluster started
here with the tools the test suite uses; fsync off for both stores alike):

1. apply + persist one action: ``Repository`` (get with the chain verified, ``Workflow.apply``
   with guards and the hash chain, ``append``) vs the same SOP written the usual way with the
   SQLAlchemy ORM (load the row, check the status, add a history row, bump the version, commit;
   no chain, no verification), as actions/s with 1 and 4 writer processes (each on its own
   complaints, started together after every process is ready);
2. cost of one action (apply + append) at 10 and at 10,000 events: the ratio should stay ~1;
3. bulk import of JSON lines into PostgreSQL (complaints/s), then "overdue for unit X, first
   page of 50" over what was imported (ms, median of 30).

Sizes are smaller than the targets in the issue (the machine is shared): set ``BENCH_SCALE=10``
for ten times more. Run: ``python benchmarks/bench_store.py``.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_helpers import running_cluster  # noqa: E402

from pengaduan.calendar import WorkingCalendar  # noqa: E402
from pengaduan.model import Actor, Channel, Reporter, Submission  # noqa: E402
from pengaduan.serialization import dump_lines  # noqa: E402
from pengaduan.sla import SlaPolicy  # noqa: E402
from pengaduan.store import Query, Repository  # noqa: E402
from pengaduan.workflow import Workflow  # noqa: E402
from pengaduan.workflow.profiles import Action  # noqa: E402

if TYPE_CHECKING:
    from pengaduan.model import Complaint

SCALE = int(os.environ.get("BENCH_SCALE", "1"))
WF = Workflow.default()
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
ADMIN = Actor.admin("bag-organisasi")
SYSTEM = Actor.system("portal")
REPORTER = Actor.reporter("akun-1")
UNITS = [f"opd-{n:02d}" for n in range(40)]


def _complaint(n: int, unit: str | None = "opd-00") -> Complaint:
    c = WF.receive(
        Submission(
            text=f"Lampu jalan mati di lorong {n}",
            channel=Channel.WEB,
            reporter=Reporter(account_id="akun-1"),
        ),
        tracking_id=f"KPG-B-{n}",
        at=T0 + timedelta(minutes=n % 50_000),
        actor=SYSTEM,
    )
    if unit is not None:
        c = WF.apply(c, Action.VERIFIKASI, at=c.updated_at, actor=ADMIN, units=[unit])
    return c


def _reply(c: Complaint) -> Complaint:
    return WF.apply(
        c, Action.TANGGAPI, at=c.updated_at + timedelta(seconds=1), actor=REPORTER, message="ok"
    )


# -- the usual ORM layout -------------------------------------------------------------------


class Base(DeclarativeBase):
    pass


class OrmComplaint(Base):
    __tablename__ = "orm_complaints"
    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    status: Mapped[str] = mapped_column(sa.String(32))
    version: Mapped[int] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))


class OrmHistory(Base):
    __tablename__ = "orm_history"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    complaint_id: Mapped[str] = mapped_column(sa.ForeignKey("orm_complaints.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(32))
    actor: Mapped[str] = mapped_column(sa.String(64))
    at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    data: Mapped[dict[str, Any]] = mapped_column(sa.JSON)


def orm_actions(url: str, ids: list[str], rounds: int) -> float:
    """Per action: load, check the status allows a reply, add a history row, update, commit."""
    engine = sa.create_engine(url)
    start = time.perf_counter()
    for _ in range(rounds):
        for cid in ids:
            with Session(engine) as session, session.begin():
                row = session.get(OrmComplaint, cid, with_for_update=url.startswith("postgresql"))
                assert row is not None
                assert row.status == "didisposisikan"
                at = row.updated_at + timedelta(seconds=1)
                session.add(
                    OrmHistory(
                        complaint_id=cid,
                        action="tanggapi",
                        actor="pelapor:akun-1",
                        at=at,
                        data={"message": "ok"},
                    )
                )
                row.version += 1
                row.updated_at = at
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def orm_setup(url: str, ids: list[str]) -> None:
    engine = sa.create_engine(url)
    Base.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        session.add_all(
            OrmComplaint(id=cid, status="didisposisikan", version=2, updated_at=T0) for cid in ids
        )
    engine.dispose()


def repo_actions(url: str, ids: list[str], rounds: int) -> float:
    with Repository(url) as repo:
        start = time.perf_counter()
        for _ in range(rounds):
            for cid in ids:
                current = repo.get(cid)
                repo.append(_reply(current), expected_version=current.version)
        return time.perf_counter() - start


def _worker(args: tuple[str, str, list[str], int, float]) -> float:
    """Wait for the common start (after every process has started), work, return the end."""
    kind, url, ids, rounds, start_at = args
    time.sleep(max(0.0, start_at - time.time()))
    (repo_actions if kind == "repo" else orm_actions)(url, ids, rounds)
    return time.time()


def _setup(kind: str, url: str, groups: list[list[str]]) -> None:
    every = [cid for group in groups for cid in group]
    if kind == "orm":
        orm_setup(url, every)
        return
    with Repository(url) as repo:
        for cid in every:
            c = WF.receive(
                Submission(
                    text="Lampu jalan mati",
                    channel=Channel.WEB,
                    reporter=Reporter(account_id="akun-1"),
                ),
                tracking_id=cid,
                at=T0,
                actor=SYSTEM,
            )
            repo.add(WF.apply(c, Action.VERIFIKASI, at=T0, actor=ADMIN, units=["opd-00"]))


def _trial(kind: str, url: str, groups: list[list[str]], rounds: int) -> float:
    """Actions per second of one trial with one process per group."""
    actions = sum(len(g) for g in groups) * rounds
    if len(groups) == 1:
        return actions / (repo_actions if kind == "repo" else orm_actions)(url, groups[0], rounds)
    start_at = time.time() + 5.0  # every process imported and ready by then
    with multiprocessing.get_context("spawn").Pool(len(groups)) as pool:
        ends = pool.map(_worker, [(kind, url, g, rounds, start_at) for g in groups])
    return actions / (max(ends) - start_at)


def throughput(make: Any, writers: int, per_writer: int, rounds: int) -> tuple[float, float]:
    """Best actions/s of three trials each, the two sides alternating (the machine is shared)."""
    groups = [[f"KPG-{w}-{n}" for n in range(per_writer)] for w in range(writers)]
    urls = {"orm": make(f"orm{writers}"), "repo": make(f"repo{writers}")}
    for kind, url in urls.items():
        _setup(kind, url, groups)
    best = {"orm": 0.0, "repo": 0.0}
    for _ in range(3):
        for kind, url in urls.items():
            best[kind] = max(best[kind], _trial(kind, url, groups, rounds))
    return best["repo"], best["orm"]


def cost_per_action(url: str, samples: int) -> tuple[float, float]:
    """Median seconds of apply + append at 10 and at 10,000 events, measured alternately."""
    heads = []
    for n, length in enumerate((10, 10_000)):
        c = _complaint(n)
        while c.version < length:
            c = _reply(c)
        heads.append(c)
    times: list[list[float]] = [[], []]
    with Repository(url) as repo:
        for c in heads:
            repo.add(c)
        for _ in range(samples):
            for i in (0, 1):
                start = time.perf_counter()
                nxt = _reply(heads[i])
                repo.append(nxt, expected_version=heads[i].version)
                times[i].append(time.perf_counter() - start)
                heads[i] = nxt
    return statistics.median(times[0]), statistics.median(times[1])


def bulk_and_queue(url: str, count: int) -> tuple[float, float]:
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    buffer = io.StringIO()
    dump_lines((_complaint(n, UNITS[n % len(UNITS)]) for n in range(count)), buffer)
    lines = buffer.getvalue().splitlines(keepends=True)
    with Repository(url, policy=SlaPolicy.lapor(), calendar=calendar) as repo:
        start = time.perf_counter()
        report = repo.import_lines(lines, batch_size=2000)
        rate = report.added / (time.perf_counter() - start)
        with repo.engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
        query = Query(unit="opd-07", overdue=True, now=T0 + timedelta(days=400))
        times = []
        for _ in range(30):
            start = time.perf_counter()
            page = repo.page(query, limit=50)
            times.append(time.perf_counter() - start)
        assert len(page.items) == 50
    return rate, statistics.median(times) * 1000


def main() -> None:
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        urls = {
            "sqlite": lambda name: f"sqlite:///{Path(tmp) / name}.db",
            "postgresql": cluster.create_database,
        }
        print("1. apply + persist, actions/s (higher is better; best of 3 alternating trials)")
        for db, make in urls.items():
            for writers in (1, 4):
                repo, orm = throughput(make, writers, 20, 5 * SCALE)
                print(
                    f"   {db:<10} {writers} writer(s): pengaduan {repo:8.0f}  ORM {orm:8.0f}  "
                    f"ratio {repo / orm:.2f}x"
                )
        print("2. cost of one action (apply + append) by history length (median, alternating)")
        for db, make in urls.items():
            short, long = cost_per_action(make("cost"), 300)
            print(
                f"   {db:<10} 10 events {short * 1e3:.2f} ms, 10,000 events {long * 1e3:.2f} ms: "
                f"ratio {long / short:.2f}x"
            )
        count = 20_000 * SCALE
        rate, page_ms = bulk_and_queue(cluster.create_database("bulk"), count)
        print(f"3. PostgreSQL, {count:,} complaints of 2 events (with next deadlines)")
        print(f"   bulk import {rate:,.0f} complaints/s")
        print(f"   overdue for one unit, first page of 50: {page_ms:.2f} ms (median)")


if __name__ == "__main__":
    main()
