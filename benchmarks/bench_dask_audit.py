"""The audit on a 2-worker Dask LocalCluster against the 2-process fork path, side by side.

One run prints, on the same histories (the generator of ``bench_audit.py``, 1,000,000 by default;
``BENCH_DASK_COMPLAINTS`` changes it):

* today's path: ``audit_path(file, workers=2)`` (fork, byte ranges of one file): wall time and
  the peak resident memory of the process tree;
* rounds (``BENCH_DASK_ROUNDS``, default 2) alternate the two engines, so a change in the
  machine's load hits both; the ratio is taken between the best run of each;
* the Dask engine: ``audit_dask(directory, client=...)`` on a ``LocalCluster(n_workers=2,
  threads_per_worker=1)`` (processes, as Dask's docs recommend for pure-Python work that holds
  the GIL), over the same histories split into ``PARTS`` files: wall time, the peak resident
  memory of each worker process (``VmHWM``), each run on a fresh cluster (start-up not
  timed); with duplicate checking off too when ``BENCH_DASK_UNCHECKED=1``;
* the Dask engine on the one file, in 64 MiB blocks (``blocksize``);
* the measured costs of one partition task, of one merge and of settling the tracking ids, and
  the projection for 10^8 histories on 32 workers built from them (written up in
  ``docs/performance.md``).

Both engines spill tracking ids to the temporary folder (the fork path always does; the Dask runs
are given ``spill_dir``, as ``scheduler="local"`` does by itself).

Both engines must give the same figures (checked on every run). Cluster start-up is not timed
(a national audit runs on a cluster that is already up).

Run: ``.venv/bin/python benchmarks/bench_dask_audit.py`` (or ``make bench``).
"""

from __future__ import annotations

import math
import os
import pickle
import tempfile
import time
from typing import TYPE_CHECKING

import attrs
from bench_audit import CACHE, NOW, TreeRss, dataset, prefix
from distributed import Client, LocalCluster

from pengaduan.audit import Audit, AuditPart, audit_path
from pengaduan.audit.dask import _audit_partition, _Settings, audit_dask
from pengaduan.audit.spill import BUCKETS, SpillDirectory
from pengaduan.calendar import WorkingCalendar
from pengaduan.sla import SlaPolicy
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from pathlib import Path

    from pengaduan.audit import AuditReport

COMPLAINTS = int(os.environ.get("BENCH_DASK_COMPLAINTS", "1000000"))
PARTS = int(os.environ.get("BENCH_DASK_PARTS", "16"))
ROUNDS = int(os.environ.get("BENCH_DASK_ROUNDS", "2"))
UNCHECKED = os.environ.get("BENCH_DASK_UNCHECKED", "") == "1"
ONE_FILE = os.environ.get("BENCH_DASK_ONE_FILE", "1") == "1"
TARGET_HISTORIES = 100_000_000
TARGET_WORKERS = 32


def split(source: Path, count: int, parts: int) -> Path:
    """The first ``count`` lines of ``source`` as ``parts`` files of about equal line counts."""
    folder = CACHE / f"parts-{count}-{parts}"
    if folder.exists() and len(list(folder.glob("*.jsonl"))) == parts:
        return folder
    folder.mkdir(exist_ok=True)
    per = math.ceil(count / parts)
    with source.open("rb") as src:
        for index in range(parts):
            with (folder / f"part-{index:04d}.jsonl").open("wb") as dst:
                for _, line in zip(range(per), src, strict=False):
                    dst.write(line)
    return folder


def cpu_seconds(before: os.times_result, after: os.times_result) -> float:
    """User and system CPU of this process and its waited-for children between two samples."""
    return sum(after[:4]) - sum(before[:4])


def busy() -> float:
    """This process's user and system CPU seconds so far (runs on each worker and nanny)."""
    times = os.times()
    return times.user + times.system


def peak_rss() -> int:
    """This process's peak resident memory (runs on each worker)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def main() -> None:
    workflow = Workflow.default()
    policy = SlaPolicy.lapor(workflow)
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
    full = dataset(max(COMPLAINTS, 1_000_000))  # the cached input of bench_audit.py
    path = full if COMPLAINTS == 1_000_000 else prefix(full, COMPLAINTS)
    folder = split(path, COMPLAINTS, PARTS)
    print(f"input: {COMPLAINTS:,} histories; one file, and {PARTS} files for Dask")

    reports: list[AuditReport] = []

    cpu: dict[str, list[float]] = {"fork": [], "dask": []}

    def fork_run() -> float:
        before = os.times()
        started = time.perf_counter()
        report = audit_path(path, calendar=calendar, now=NOW, policy=policy, workers=2)
        wall = time.perf_counter() - started
        cpu["fork"].append(cpu_seconds(before, os.times()))  # this process and its pool
        reports.append(report)
        print(
            f"fork path, 2 processes: {wall:6.1f} s  {COMPLAINTS / wall:9,.0f} histories/s  "
            f"CPU {cpu['fork'][-1]:,.0f} s"
        )
        return wall

    with TreeRss() as rss:
        fork_walls = [fork_run()]
    print(f"  peak RSS of the fork path's process tree {rss.peak / 2**20:,.0f} MiB")
    fork = attrs.evolve(reports[0], problems=())

    def dask_run(target: Path, *, check: bool = True) -> tuple[float, list[int]]:
        """One audit on a fresh 2-worker cluster (start-up not timed): wall time, worker peaks."""
        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as client,
        ):
            workers_before = sum(client.run(busy).values()) + sum(
                client.run(busy, nanny=True).values()
            )
            before = os.times()
            started = time.perf_counter()
            report = audit_dask(
                target,
                client=client,
                calendar=calendar,
                now=NOW,
                policy=policy,
                check_duplicates=check,
                spill_dir=tempfile.gettempdir(),  # what scheduler="local" does by itself
            )
            wall = time.perf_counter() - started
            spent = cpu_seconds(before, os.times())  # the caller, with the scheduler's thread
            spent += sum(client.run(busy).values()) + sum(client.run(busy, nanny=True).values())
            cpu["dask"].append(spent - workers_before)
            peaks = sorted(client.run(peak_rss).values())
        assert attrs.evolve(report, problems=()) == fork
        return wall, peaks

    def mib(peaks: list[int]) -> str:
        return ", ".join(f"{p / 2**20:,.0f}" for p in peaks) + " MiB"

    walls: dict[bool, list[float]] = {True: [], False: []}
    # Rounds alternate the engines, so a change in the machine's load hits both.
    checks = (True,) * ROUNDS + ((False,) if UNCHECKED else ())
    for check in checks:
        if walls[True] and check:
            fork_walls.append(fork_run())
        wall, peaks = dask_run(folder, check=check)
        walls[check].append(wall)
        print(
            f"dask, 2 workers, {PARTS} files, duplicate check {'on ' if check else 'off'}: "
            f"{wall:6.1f} s  {COMPLAINTS / wall:9,.0f} histories/s  CPU {cpu['dask'][-1]:,.0f} s  "
            "peak RSS per worker " + mib(peaks)
        )
    single_wall = math.nan
    if ONE_FILE:
        single_wall, peaks = dask_run(path)
        print(
            f"dask, 2 workers, the one file in 64 MiB blocks: {single_wall:6.1f} s  "
            f"{COMPLAINTS / single_wall:9,.0f} histories/s  CPU {cpu['dask'][-1]:,.0f} s  "
            "peak RSS per worker " + mib(peaks)
        )
    print(
        f"CPU time (load-independent): dask / fork x{min(cpu['dask']) / min(cpu['fork']):.2f} "
        "(best of each; every process of each engine counted)"
    )

    settings = _Settings(
        workflow=workflow,
        policy=policy,
        calendar=calendar,
        now=NOW,
        thresholds=None,
        skip_invalid=False,
        input_format=None,
        mapping=None,
        timezone=None,
        max_line_bytes=4 << 20,
        check_duplicates=True,
    )
    sources = sorted(str(p) for p in folder.glob("*.jsonl"))
    with SpillDirectory() as spill:
        settings = attrs.evolve(settings, spill=spill)
        started = time.process_time()
        first = _audit_partition(sources[0], 0, settings)
        task = time.process_time() - started
        second = _audit_partition(sources[1], 1, settings)
        assert isinstance(first, AuditPart)
        assert isinstance(second, AuditPart)
        started = time.process_time()
        merged = AuditPart.merge_all([first, second])
        merge = time.process_time() - started
        shipped = len(pickle.dumps(merged))
        audit = Audit(workflow=workflow, policy=policy, calendar=calendar, now=NOW)
        started = time.process_time()
        audit.report_of(merged)
        settle = time.process_time() - started
    per = COMPLAINTS / PARTS
    best = min(fork_walls)
    print(
        f"ratio (best of each): dask / fork wall time x{min(walls[True]) / best:.2f} "
        f"({PARTS} files), x{single_wall / best:.2f} (one file in blocks, nan: not run)"
        + (f", x{min(walls[False]) / best:.2f} (duplicate check off)" if UNCHECKED else "")
    )
    print(
        f"measured (CPU time, in this process): one partition task ({per:,.0f} histories) "
        f"{task:.2f} s "
        f"({task / per * 1e6:.0f} us/history); merging two parts {merge * 1e3:.1f} ms "
        f"(pickled merged part {shipped / 2**10:,.0f} KiB, {shipped / (2 * per):.1f} B/history); "
        f"settling their ids {settle:.2f} s ({settle / (2 * per) * 1e6:.2f} us/id)"
    )
    partitions = TARGET_HISTORIES / per
    compute = partitions * task / TARGET_WORKERS
    levels = math.ceil(math.log(partitions, 8))
    print(
        f"projection, {TARGET_HISTORIES:,} histories on {TARGET_WORKERS} workers: "
        f"{partitions:,.0f} partitions, {compute / 60:.0f} min of partition tasks, "
        f"{levels} merge levels of concatenation; settling {TARGET_HISTORIES:,} ids "
        f"~{TARGET_HISTORIES * settle / (2 * per) / 60:.0f} min on the caller, one bucket "
        f"(1/{BUCKETS}) of them in memory at a time; spill files "
        f"{TARGET_HISTORIES * 20 / 2**30:.0f} GiB"
    )


if __name__ == "__main__":
    main()
