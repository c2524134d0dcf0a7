"""Refreshing rows an older release derived, side by side with rebuilding the database, in one run.

After an upgrade that changes how derived columns are computed, an operator without
``refresh_derived`` would rebuild the projection the way the docs offer for moving data: export
every complaint with ``dump_lines(repo, file)`` (each history verified on read) and import the
export into a fresh database with ``import_lines`` (default batch of 1,000, ``COPY`` on
PostgreSQL), then switch the app to it. Both sides read and verify every history and compute
every derived column with the same rules; the refresh rewrites the rows in place, by
compare-and-set, while the app keeps running.

For each database (a SQLite file; PostgreSQL from a throwaway cluster when the server binaries
are installed, fsync off for both sides alike) the script stores ``N`` complaints of several
shapes, marks every row as derived by an older release (``derivation = NULL``, a wrong privacy
on one in ten), then times, alternating, ``refresh_derived()`` against export + import, twice,
and prints rows/s and the ratio. The machine is shared: compare ratios, not absolute figures.
Run: ``python benchmarks/bench_refresh.py`` (``BENCH_REFRESH_N=20000`` for more rows).
"""

from __future__ import annotations

import io
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_helpers import on_both_databases  # noqa: E402

from pengaduan.calendar import WorkingCalendar  # noqa: E402
from pengaduan.model import Actor, Channel, Reporter, Submission  # noqa: E402
from pengaduan.serialization import dump_lines  # noqa: E402
from pengaduan.sla import SlaPolicy  # noqa: E402
from pengaduan.store import Repository  # noqa: E402
from pengaduan.workflow import Workflow  # noqa: E402
from pengaduan.workflow.profiles import Action  # noqa: E402

N = int(os.environ.get("BENCH_REFRESH_N", "4000"))
WF = Workflow.default()
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
KEY = bytes(range(32))
OPTIONS: dict[str, Any] = {
    "policy": SlaPolicy.lapor(),
    "calendar": WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2025)),
    "pseudonym_key": KEY,
}


def complaints(n: int) -> list[Any]:
    """Received, disposed, followed up and closed complaints, in turn."""
    made = []
    for i in range(n):
        at = T0 + timedelta(minutes=i)
        complaint = WF.receive(
            Submission(
                text=f"Jalan rusak nomor {i}",
                channel=Channel.SMS,
                reporter=Reporter(phone=f"0813-{3900 + i % 100:04d}-{i % 10_000:04d}"),
            ),
            tracking_id=f"KPG-B-{i:07d}",
            at=at,
            actor=Actor.system("sms"),
        )
        if i % 4 >= 1:
            complaint = WF.apply(
                complaint, Action.VERIFIKASI, at=at, actor=Actor.admin("a"), units=["pupr"]
            )
        if i % 4 >= 2:
            complaint = WF.apply(
                complaint, Action.TINDAK_LANJUT, at=at, actor=Actor.unit("pupr"), response="ok"
            )
        if i % 4 == 3:
            complaint = WF.apply(complaint, Action.TUTUP, at=at, actor=Actor.admin("a"))
        made.append(complaint)
    return made


def make_stale(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE complaints SET derivation = NULL"))
        conn.execute(
            sa.text(
                "UPDATE complaints SET privacy = 'publik' "
                "WHERE tracking_id IN (SELECT tracking_id FROM complaints "
                "ORDER BY tracking_id LIMIT :n)"
            ),
            {"n": N // 10},
        )
    engine.dispose()


def refresh(url: str) -> float:
    make_stale(url)
    with Repository(url, **OPTIONS) as repo:
        start = time.perf_counter()
        report = repo.refresh_derived()
        elapsed = time.perf_counter() - start
        assert report.checked == N, report
        assert repo.stale_derived() == 0
    return elapsed


def rebuild(url: str, fresh_url: str) -> float:
    make_stale(url)
    with Repository(url, **OPTIONS) as repo, Repository(fresh_url, **OPTIONS) as fresh:
        start = time.perf_counter()
        export = io.StringIO()
        dump_lines(repo, export)
        export.seek(0)
        report = fresh.import_lines(export)
        elapsed = time.perf_counter() - start
        assert report.added == N, report
    return elapsed


def side_by_side(name: str, url: str, fresh_urls: list[str]) -> None:
    with Repository(url, **OPTIONS) as repo:
        repo.import_lines(_lines(complaints(N)))
    for run, fresh_url in enumerate(fresh_urls, start=1):
        ours = refresh(url)
        theirs = rebuild(url, fresh_url)
        print(
            f"{name} run {run}: refresh_derived {N / ours:,.0f} rows/s, "
            f"export + import into a fresh database {N / theirs:,.0f} rows/s, "
            f"ratio {theirs / ours:.2f}x",
            flush=True,
        )


def _lines(items: list[Any]) -> io.StringIO:
    buffer = io.StringIO()
    dump_lines(items, buffer)
    buffer.seek(0)
    return buffer


def main() -> None:
    print(f"{N:,} complaints, every row stale; load average {os.getloadavg()[0]:.1f}")
    on_both_databases("bench_refresh", side_by_side)


if __name__ == "__main__":
    main()
