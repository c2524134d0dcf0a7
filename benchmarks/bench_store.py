"""SQL repository speed, side by side with the usual SQLAlchemy ORM layout, in one run.

Everything runs on this machine's SQLite (a file) and PostgreSQL (a throwaway cluster started
here with the tools the test suite uses; fsync off for both stores alike):

1. apply + persist one action: ``Repository`` (get with the chain verified, ``Workflow.apply``
   with guards and the hash chain, ``append``) vs the same SOP written the usual way with the
   SQLAlchemy ORM as its docs recommend (a Session per unit of work, load the row with ``FOR
   UPDATE``, check the status, add a history row, bump the version, one commit per action; no
   chain, no verification), as actions/s with 1 and 4 writer processes (each on its own
   complaints; every process sets up its engine or repository, then all start together);
2. cost of one action (apply + append) at 10 and at 10,000 events: the ratio should stay ~1;
3. bulk import of JSON lines into PostgreSQL (``COPY``): complaints/s per 50,000 of 200,000
   (flat), and side by side on 20,000 with the previous path (multi-row INSERTs, the next
   deadline from full clock reports);
4. the stored complaints topped up to 1,000,000 by server-side copies (new ids, times shifted),
   then "overdue for unit X, first page of 50" through ``Repository.page`` (median ms, which
   includes the second query for the page's unit lists) vs the same query as a semi-join on
   the complaints' deadline index (the layout before migration 0002), for an evenly spread
   unit and for a new unit holding the newest 2% of complaints.

5. the key check of a write that stores a pseudonym (a new complaint with a reporter, on a
   repository opened with a ``pseudonym_key``): ``add`` as it runs now (one more read of the
   settings rows in its transaction, ``FOR SHARE`` on PostgreSQL) against the same ``add`` with
   that read left out (the release before), alternating, median ms per complaint.

``BENCH_SCALE=5`` imports the whole 1,000,000 instead of topping up; ``BENCH_STORE_STEPS=3``
runs only the listed steps (4 needs 3). The machine is shared:
compare ratios, not absolute figures. Run: ``python benchmarks/bench_store.py``.
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
from pengaduan.sla import SlaPolicy, evaluate  # noqa: E402
from pengaduan.store import Query, Repository, _core, _deadlines  # noqa: E402
from pengaduan.store import _schema as schema  # noqa: E402
from pengaduan.workflow import Workflow  # noqa: E402
from pengaduan.workflow.profiles import Action  # noqa: E402

if TYPE_CHECKING:
    from pengaduan.model import Complaint

SCALE = int(os.environ.get("BENCH_SCALE", "1"))
STEPS = {int(s) for s in os.environ.get("BENCH_STORE_STEPS", "1,2,3,4").split(",")}
WF = Workflow.default()
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
ADMIN = Actor.admin("bag-organisasi")
SYSTEM = Actor.system("portal")
REPORTER = Actor.reporter("akun-1")
UNITS = [f"opd-{n:02d}" for n in range(40)]
CALENDAR = WorkingCalendar.indonesia(zone="Asia/Makassar")


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


def _wait(start_at: float | None) -> None:
    if start_at is not None:
        time.sleep(max(0.0, start_at - time.time()))


def orm_actions(url: str, ids: list[str], rounds: int, start_at: float | None = None) -> float:
    """Per action: load, check the status allows a reply, add a history row, update, commit."""
    engine = sa.create_engine(url)
    _wait(start_at)
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


def repo_actions(url: str, ids: list[str], rounds: int, start_at: float | None = None) -> float:
    with Repository(url) as repo:  # opened (schema revision checked) before the start
        _wait(start_at)
        start = time.perf_counter()
        for _ in range(rounds):
            for cid in ids:
                current = repo.get(cid)
                repo.append(_reply(current), expected_version=current.version)
        return time.perf_counter() - start


def _worker(args: tuple[str, str, list[str], int, float]) -> float:
    """Set up (engine, repository), wait for the common start (after every process has started
    and set up), work, return the end."""
    kind, url, ids, rounds, start_at = args
    (repo_actions if kind == "repo" else orm_actions)(url, ids, rounds, start_at)
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
    start_at = time.time() + 10.0  # every process imported and set up by then (a loaded machine)
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


def _export(start: int, count: int) -> list[str]:
    buffer = io.StringIO()
    dump_lines((_complaint(n, UNITS[n % len(UNITS)]) for n in range(start, start + count)), buffer)
    return buffer.getvalue().splitlines(keepends=True)


def bulk_import(url: str, count: int, chunk: int) -> list[float]:
    """Complaints/s of ``import_lines`` (COPY), per chunk of ``chunk`` complaints (flat?)."""
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    rates = []
    with Repository(url, policy=SlaPolicy.lapor(), calendar=calendar) as repo:
        for start in range(0, count, chunk):
            lines = _export(start, chunk)  # made outside the timing
            began = time.perf_counter()
            report = repo.import_lines(lines, batch_size=2000)
            rates.append(report.added / (time.perf_counter() - began))
    return rates


def _reports_due(
    complaint: Complaint, *, policy: SlaPolicy, calendar: WorkingCalendar, memo: object
) -> _deadlines.NextDue:
    """The next deadline and timer from the full clock reports (how the import computed the
    deadline before)."""
    del memo
    reports = evaluate(complaint, policy=policy, calendar=calendar, now=complaint.updated_at)
    due: dict[bool, list[datetime]] = {False: [], True: []}
    for r in reports:
        if r.due_at and r.met_at is None and r.cancelled_at is None:
            due[r.rule.is_timer].append(r.due_at)
    return _deadlines.NextDue(
        deadline=min(due[False], default=None), timer=min(due[True], default=None), unknown=False
    )


def import_paths(make: Any, count: int) -> tuple[float, float]:
    """Complaints/s of the import as shipped (COPY, remembered deadlines) and of the previous
    path (multi-row INSERTs, full clock reports per complaint), alternating, best of 2."""
    lines = _export(10_000_000, count)
    best = {"now": 0.0, "before": 0.0}
    shipped = (_core._COPY_FROM, _deadlines.next_due)
    for trial in range(2):
        for path in ("before", "now"):
            if path == "before":
                _core._COPY_FROM = 10**9
                _deadlines.next_due = _reports_due
            try:
                with Repository(
                    make(f"paths{trial}{path}"), policy=SlaPolicy.lapor(), calendar=CALENDAR
                ) as repo:
                    began = time.perf_counter()
                    report = repo.import_lines(lines, batch_size=2000)
                    best[path] = max(best[path], report.added / (time.perf_counter() - began))
            finally:
                _core._COPY_FROM, _deadlines.next_due = shipped
    return best["now"], best["before"]


def top_up(url: str, imported: int, total: int) -> None:
    """Fill to ``total`` complaints with server-side copies of the imported ones (new ids,
    times shifted by a week per copy; event rows and unit rows copied alike)."""
    copies = -(-total // imported) - 1
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        shifted = {
            "tracking_id": "tracking_id || '-' || g",
            "received_at": "received_at + g * interval '7 days'",
            "updated_at": "updated_at + g * interval '7 days'",
            "next_deadline": "next_deadline + g * interval '7 days'",
            "next_timer": "next_timer + g * interval '7 days'",
        }
        for table in (schema.complaints, schema.events, schema.complaint_units):
            names = [c.name for c in table.c]
            select = ", ".join(shifted.get(n, n) for n in names)
            source = f"{table.name}, generate_series(1, {copies}) AS g"
            conn.exec_driver_sql(  # names from the schema, numbers made here
                f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {select} FROM {source}"  # noqa: S608
            )
        # A new unit holding the newest 2% of complaints: the worst case for a plan that walks
        # the deadline index of every complaint and checks each one's units (the planner
        # expects a match every 50 rows; they all come at the end).
        conn.exec_driver_sql(
            "INSERT INTO complaint_units (tracking_id, unit, next_deadline) "
            "SELECT tracking_id, 'opd-baru', next_deadline FROM complaints "
            "ORDER BY next_deadline DESC LIMIT %(n)s",
            {"n": total // 50},
        )
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


_WITHOUT_UNIT_COPY = """
SELECT c.tracking_id, c.version, c.status, c.privacy, c.classification, c.channel,
       c.received_at, c.updated_at, c.next_deadline
FROM complaints c
WHERE EXISTS (SELECT 1 FROM complaint_units u WHERE u.tracking_id = c.tracking_id
              AND u.unit = %(unit)s)
  AND c.next_deadline < %(now)s
ORDER BY c.next_deadline, c.tracking_id
LIMIT 51
"""


def queue_times(url: str, unit: str, now: datetime) -> tuple[float, float]:
    """Median ms of the first page of 50 of a unit's overdue queue: ``Repository.page`` (the
    unit rows' deadline, partial index) vs the same query on the complaints' deadline index
    with the unit as a semi-join (the layout before migration 0002; units checked per row)."""
    with Repository(url, policy=SlaPolicy.lapor(), calendar=CALENDAR) as repo:
        query = Query(unit=unit, overdue=True, now=now)
        ours, theirs = [], []
        with repo.engine.connect() as conn:
            for n in range(15):
                start = time.perf_counter()
                page = repo.page(query, limit=50)
                ours.append(time.perf_counter() - start)
                if n < 5:  # seconds each in the worst case: five are enough for a median
                    start = time.perf_counter()
                    params = {"unit": unit, "now": now}
                    rows = conn.exec_driver_sql(_WITHOUT_UNIT_COPY, params).all()
                    theirs.append(time.perf_counter() - start)
        assert len(page.items) == 50
        assert [r.tracking_id for r in page.items] == [r.tracking_id for r in rows[:50]]
    return statistics.median(ours) * 1000, statistics.median(theirs) * 1000


def key_check_cost(url: str, samples: int) -> tuple[float, float]:
    """Median seconds of ``add`` for a complaint with a reporter, with the key check and with
    it left out, measured alternately on one keyed repository."""
    checked = _core.confirm_key
    times: list[list[float]] = [[], []]
    with Repository(url, pseudonym_key=b"kunci-bench-kantor-32-byte......") as repo:
        for n in range(samples):
            for i in (0, 1):
                c = _complaint(2 * n + i + 1_000_000, unit=None)
                _core.confirm_key = checked if i == 0 else (lambda *_: None)  # type: ignore[assignment]
                try:
                    start = time.perf_counter()
                    repo.add(c)
                    times[i].append(time.perf_counter() - start)
                finally:
                    _core.confirm_key = checked
    return statistics.median(times[0]), statistics.median(times[1])


def main() -> None:
    with running_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        urls = {
            "sqlite": lambda name: f"sqlite:///{Path(tmp) / name}.db",
            "postgresql": cluster.create_database,
        }
        if 1 in STEPS:
            print("1. apply + persist, actions/s (higher is better; best of 3 alternating trials)")
        for db, make in urls.items() if 1 in STEPS else ():
            for writers in (1, 4):
                repo, orm = throughput(make, writers, 20, 5 * SCALE)
                print(
                    f"   {db:<10} {writers} writer(s): pengaduan {repo:8.0f}  ORM {orm:8.0f}  "
                    f"ratio {repo / orm:.2f}x"
                )
        if 2 in STEPS:
            print("2. cost of one action (apply + append) by history length (median, alternating)")
        for db, make in urls.items() if 2 in STEPS else ():
            short, long = cost_per_action(make("cost"), 300)
            print(
                f"   {db:<10} 10 events {short * 1e3:.2f} ms, 10,000 events {long * 1e3:.2f} ms: "
                f"ratio {long / short:.2f}x"
            )
        if 5 in STEPS:
            print("5. add a complaint with a reporter: with the key check / without (median)")
        for db, make in urls.items() if 5 in STEPS else ():
            with_check, without = key_check_cost(make("key"), 400 * SCALE)
            print(
                f"   {db:<10} with {with_check * 1e3:.3f} ms, without {without * 1e3:.3f} ms: "
                f"ratio {with_check / without:.3f}x (+{(with_check - without) * 1e3:.3f} ms)"
            )
        if 3 not in STEPS:
            return
        imported, total = 200_000 * SCALE, max(1_000_000, 200_000 * SCALE)
        url = cluster.create_database("bulk")
        rates = bulk_import(url, imported, 50_000)
        print(f"3. PostgreSQL bulk import (COPY) of {imported:,} complaints of 2 events")
        print(
            "   complaints/s per 50,000: "
            + ", ".join(f"{r:,.0f}" for r in rates)
            + f"  (mean {statistics.mean(rates):,.0f})"
        )
        now_rate, before_rate = import_paths(cluster.create_database, 20_000 * SCALE)
        print(
            f"   side by side on {20_000 * SCALE:,}: COPY + remembered deadlines "
            f"{now_rate:,.0f}/s, "
            f"INSERTs + full clock reports (before) {before_rate:,.0f}/s: "
            f"ratio {now_rate / before_rate:.2f}x"
        )
        if 4 not in STEPS:
            return
        top_up(url, imported, total)
        print(f"4. PostgreSQL, {total:,} complaints stored: a unit's overdue queue, first page")
        now = T0 + timedelta(days=3650)
        for unit in ("opd-07", "opd-baru"):
            ours, theirs = queue_times(url, unit, now)
            print(
                f"   {unit:<9} pengaduan {ours:7.2f} ms  semi-join on the complaints' deadline "
                f"{theirs:8.2f} ms  ratio {theirs / ours:.1f}x faster"
            )


if __name__ == "__main__":
    main()
