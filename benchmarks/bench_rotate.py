"""Rotating the pseudonym key, side by side with rebuilding the database under the new key.

Without ``rotate_pseudonym_key`` an operator would move to a new key the way the docs offer for
moving data: export every complaint with ``dump_lines(repo, file)`` (each history verified on
read) and import the export into a fresh database opened with the new key (``import_lines``,
batches of 1,000, ``COPY`` on PostgreSQL), then switch the app over. Both sides read and verify
every history and compute each pseudonym under the new key with the same rule; the rotation
rewrites one column in place and records its progress with each batch.

For each database (a SQLite file; PostgreSQL from a throwaway cluster when the server binaries
are installed, fsync off for both sides alike) the script stores ``N`` SMS complaints, then
times, alternating, a rotation (old key to new, and back, so each run starts from the same
state) against export + import into a fresh database, twice, and prints rows/s and the ratio.
Also the cost the check adds to opening a repository: opens with the key against opens without.
The machine is shared: compare ratios, not absolute figures.
Run: ``python benchmarks/bench_rotate.py`` (``BENCH_ROTATE_N=20000`` for more rows).
"""

from __future__ import annotations

import io
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pg_helpers import on_both_databases  # noqa: E402

from pengaduan.model import Actor, Channel, Reporter, Submission  # noqa: E402
from pengaduan.serialization import dump_lines  # noqa: E402
from pengaduan.store import Repository  # noqa: E402
from pengaduan.workflow import Workflow  # noqa: E402

N = int(os.environ.get("BENCH_ROTATE_N", "4000"))
OPENS = 50
WF = Workflow.default()
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
KEYS = (bytes(range(32)), b"kunci-baru-kantor-2026-rotasi...")


def complaints(n: int) -> io.StringIO:
    made = [
        WF.receive(
            Submission(
                text=f"Jalan rusak nomor {i}",
                channel=Channel.SMS,
                reporter=Reporter(phone=f"0813-{3900 + i % 100:04d}-{i % 10_000:04d}"),
            ),
            tracking_id=f"KPG-R-{i:07d}",
            at=T0 + timedelta(minutes=i),
            actor=Actor.system("sms"),
        )
        for i in range(n)
    ]
    buffer = io.StringIO()
    dump_lines(made, buffer)
    buffer.seek(0)
    return buffer


def rotate(url: str, old: bytes, new: bytes) -> float:
    with Repository(url) as repo:
        start = time.perf_counter()
        report = repo.rotate_pseudonym_key(old_key=old, new_key=new)
        elapsed = time.perf_counter() - start
        assert report.rotated == N, report
    return elapsed


def rebuild(url: str, fresh_url: str, old: bytes, new: bytes) -> float:
    with (
        Repository(url, pseudonym_key=old) as repo,
        Repository(fresh_url, pseudonym_key=new) as fresh,
    ):
        start = time.perf_counter()
        export = io.StringIO()
        dump_lines(repo, export)
        export.seek(0)
        report = fresh.import_lines(export)
        elapsed = time.perf_counter() - start
        assert report.added == N, report
    return elapsed


def opens(url: str, key: bytes | None) -> float:
    options: dict[str, Any] = {} if key is None else {"pseudonym_key": key}
    start = time.perf_counter()
    for _ in range(OPENS):
        Repository(url, **options).close()
    return (time.perf_counter() - start) / OPENS


def side_by_side(name: str, url: str, fresh_urls: list[str]) -> None:
    with Repository(url, pseudonym_key=KEYS[0]) as repo:
        repo.import_lines(complaints(N))
    key = KEYS[0]
    for run, fresh_url in enumerate(fresh_urls, start=1):
        other = KEYS[1] if key == KEYS[0] else KEYS[0]
        theirs = rebuild(url, fresh_url, key, other)
        ours = rotate(url, key, other)
        key = other
        print(
            f"{name} run {run}: rotate_pseudonym_key {N / ours:,.0f} rows/s, "
            f"export + import into a fresh database {N / theirs:,.0f} rows/s, "
            f"ratio {theirs / ours:.2f}x",
            flush=True,
        )
    keyed, bare = opens(url, key), opens(url, None)
    print(
        f"{name}: open with the key checked {keyed * 1000:.2f} ms, without a key "
        f"{bare * 1000:.2f} ms, ratio {keyed / bare:.2f}x",
        flush=True,
    )


def main() -> None:
    print(f"{N:,} SMS complaints; load average {os.getloadavg()[0]:.1f}")
    on_both_databases("bench_rotate", side_by_side)


if __name__ == "__main__":
    main()
