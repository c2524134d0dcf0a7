"""Audit speed and memory: 1,000,000 complaint histories from JSON lines.

One run prints:

* the 2-worker audit of 1,000,000 histories (``audit_path(..., workers=2)``): wall time, rate,
  and the peak resident memory of the whole process tree (parent + workers, sampled from /proc
  every 50 ms); targets: under 2 minutes and under 1 GB on a 2-core machine;
* the single-process rate on the first 100,000 lines;
* the alternative an analyst would write without the library's audit: load every complaint into
  a list, evaluate the clocks, keep the durations in lists and take ``statistics.median`` /
  ``quantiles`` at the end, on the same 100,000 lines, with its peak memory; checked to agree
  with the audit's medians, and the ratios.

The input is generated once by a dedicated generator (valid digest chains, realistic SOP walks
over 2025 for 12 units, WITA) into the temp directory and reused by later runs; every generated
line is a complaint :func:`pengaduan.serialization.from_json` verifies.

Run: ``.venv/bin/python benchmarks/bench_audit.py`` (or ``make bench``).
"""

from __future__ import annotations

import json
import math
import os
import random
import statistics
import tempfile
import threading
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pengaduan._core.time import format_utc
from pengaduan.audit import audit_path
from pengaduan.calendar import WorkingCalendar
from pengaduan.history import digest_fields
from pengaduan.model import Channel, Classification, Complaint
from pengaduan.serialization import from_json
from pengaduan.sla import SlaPolicy, evaluate
from pengaduan.workflow import Workflow

COMPLAINTS = int(os.environ.get("BENCH_AUDIT_COMPLAINTS", "1000000"))
SINGLE = 50_000
MEMORY = 10_000
WITA = ZoneInfo("Asia/Makassar")
NOW = datetime(2026, 1, 15, 9, tzinfo=WITA)
UNITS = [
    "dinkes",
    "rsud",
    "puskesmas-oebobo",
    "puskesmas-sikumana",
    "dinas-pupr",
    "dukcapil",
    "dinas-pendidikan",
    "dlhk",
    "satpol-pp",
    "dishub",
    "dinas-sosial",
    "pln-liaison",
]
CACHE = Path(tempfile.gettempdir()) / "pengaduan-bench"

# (action, from, to, role, actor, data) templates; {unit} is filled per complaint.
STEPS = {
    "verifikasi": (
        "diterima",
        "didisposisikan",
        "admin",
        "bag-organisasi",
        '{{"units":["{unit}"]}}',
    ),
    "tunda": ("diterima", "ditunda", "admin", "bag-organisasi", '{{"reason":"lengkapi lokasi"}}'),
    "lanjutkan": ("ditunda", "diterima", "pelapor", "pelapor", "{{}}"),
    "arsipkan": ("diterima", "diarsipkan", "admin", "bag-organisasi", '{{"reason":"spam"}}'),
    "alihkan": ("diterima", "dialihkan", "admin", "bag-organisasi", '{{"to":"PLN"}}'),
    "tindak_lanjut": ("didisposisikan", "ditindaklanjuti", "unit", "{unit}", '{{"response":"ok"}}'),
    "tutup": ("ditindaklanjuti", "selesai", "admin", "bag-organisasi", "{{}}"),
}
WALKS = (
    (30, ("verifikasi", "tindak_lanjut", "tutup")),
    (20, ("verifikasi", "tindak_lanjut")),
    (15, ("verifikasi",)),
    (8, ("tunda", "lanjutkan", "verifikasi", "tindak_lanjut", "tutup")),
    (8, ("arsipkan",)),
    (5, ("alihkan",)),
    (9, ()),
    (5, ("tunda",)),
)


def generate(path: Path, count: int, seed: int = 2025) -> None:
    """Write ``count`` complaint histories with valid digest chains, fast (no workflow objects)."""
    rng = random.Random(seed)
    weights = [w for w, _ in WALKS]
    walks = [w for _, w in WALKS]
    first = datetime(2025, 1, 2, tzinfo=UTC)
    reporter = dict.fromkeys(("name", "phone", "email", "nik", "address", "account_id"))
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as out:
        for n in range(count):
            tracking_id = f"KPG-{n:07d}"
            unit = UNITS[min(int(rng.expovariate(0.35)), len(UNITS) - 1)]
            record = Complaint(
                tracking_id=tracking_id,
                classification=Classification.PENGADUAN,
                channel=Channel.SMS,
                text="keluhan",
                category="umum",
                history=(),
            )
            previous = record.record_digest()
            at = first + timedelta(minutes=rng.randrange(60 * 24 * 360))
            events = []
            actions = [("terima", None, "diterima", "sistem", "sms-1708", "{}")]
            for action in rng.choices(walks, weights)[0]:
                source, target, role, actor, data = STEPS[action]
                actions.append(
                    (action, source, target, role, actor.format(unit=unit), data.format(unit=unit))
                )
            for seq, (action, source, target, role, actor, data) in enumerate(actions, start=1):
                if seq > 1:
                    at += timedelta(minutes=rng.randrange(30, 60 * 24 * 7))
                stamp = format_utc(at)
                micros = (at - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
                digest = digest_fields(
                    previous, str(seq), action, source or "", target, role, actor,
                    str(micros), data, "",
                )  # fmt: skip
                assert digest is not None
                events.append(
                    {
                        "seq": seq,
                        "action": action,
                        "from": source,
                        "to": target,
                        "actor": {"role": role, "id": actor},
                        "at": stamp,
                        "data": data,
                        "key": None,
                        "digest": digest,
                    }
                )
                previous = digest
            document = {
                "schema": "pengaduan.complaint",
                "schema_version": 1,
                "tracking_id": tracking_id,
                "classification": "pengaduan",
                "channel": "sms",
                "subject": None,
                "text": "keluhan",
                "reporter": reporter,
                "privacy": None,
                "category": "umum",
                "location": None,
                "attachments": [],
                "history": events,
            }
            out.write(json.dumps(document, separators=(",", ":")))
            out.write("\n")
    tmp.replace(path)


def dataset(count: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"audit-{count}.jsonl"
    if not path.exists():
        started = time.perf_counter()
        generate(path, count)
        print(f"generated {count:,} histories in {time.perf_counter() - started:.0f} s -> {path}")
    return path


def prefix(source: Path, count: int) -> Path:
    path = CACHE / f"audit-{count}-of-{source.stem}.jsonl"
    if not path.exists():
        with source.open("rb") as src, path.open("wb") as dst:
            for _, line in zip(range(count), src, strict=False):
                dst.write(line)
    return path


class TreeRss:
    """Peak resident memory of this process and all its descendants, sampled from /proc."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError):
            return 0

    @staticmethod
    def _children(pid: int) -> list[int]:
        found = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                    found += [int(c) for c in f.read().split()]
        except OSError:
            pass
        return found

    def sample(self) -> int:
        total, stack = 0, [os.getpid()]
        while stack:
            pid = stack.pop()
            total += self._rss(pid)
            stack += self._children(pid)
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.sample())
            self._stop.wait(0.05)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.sample())


def naive(path: Path, workflow: Workflow, policy: SlaPolicy, calendar: WorkingCalendar) -> dict:
    """What one writes without the audit: everything in lists, statistics at the end."""
    with path.open(encoding="utf-8") as stream:
        complaints = [from_json(line) for line in stream]
    durations: dict[str, list[int]] = {"verifikasi": [], "tindak_lanjut": []}
    on_time = dict.fromkeys(durations, 0)
    judged = dict.fromkeys(durations, 0)
    for complaint in complaints:
        workflow.conforms(complaint)
        for report in evaluate(complaint, policy=policy, calendar=calendar, now=NOW):
            if report.clock not in durations:
                continue
            for cycle in (*report.earlier, report):
                if cycle.met_at is not None:
                    durations[cycle.clock].append(cycle.elapsed.days)
                if cycle.breached_at is not None:
                    judged[cycle.clock] += 1
                elif cycle.met_at is not None:
                    judged[cycle.clock] += 1
                    on_time[cycle.clock] += 1
    return {
        name: {
            "median": math.ceil(statistics.median_low(values)),
            "p90": statistics.quantiles(values, n=10, method="inclusive")[-1],
            "share": round(100 * on_time[name] / judged[name], 1),
        }
        for name, values in durations.items()
    }


def main() -> None:
    workflow = Workflow.default()
    policy = SlaPolicy.lapor(workflow)
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
    path = dataset(COMPLAINTS)
    with path.open(encoding="utf-8") as stream:
        for _, line in zip(range(200), stream, strict=False):
            from_json(line)  # every sampled line verifies
    size = path.stat().st_size
    print(f"input: {COMPLAINTS:,} histories, {size / 1e9:.2f} GB of JSON lines")

    with TreeRss() as rss:
        started = time.perf_counter()
        report = audit_path(path, calendar=calendar, now=NOW, policy=policy, workers=2)
        wall = time.perf_counter() - started
    assert report.complaints == COMPLAINTS, report.complaints
    rate = COMPLAINTS / wall
    print(
        f"audit, 2 workers:    {wall:6.1f} s  {rate:9,.0f} histories/s  "
        f"peak RSS (process tree) {rss.peak / 2**20:,.0f} MiB"
    )
    print(
        f"  targets: < 120 s -> {'ok' if wall < 120 else 'MISSED'}; "
        f"< 1024 MiB -> {'ok' if rss.peak < 2**30 else 'MISSED'}"
    )

    small = prefix(path, SINGLE)
    started = time.perf_counter()
    single = audit_path(small, calendar=calendar, now=NOW, policy=policy, workers=1)
    single_wall = time.perf_counter() - started
    print(f"audit, 1 process:    {SINGLE / single_wall:9,.0f} histories/s on {SINGLE:,} lines")
    started = time.perf_counter()
    expected = naive(small, workflow, policy, calendar)
    naive_wall = time.perf_counter() - started
    for name, figures in expected.items():
        clock = single.overall.clock(name)
        assert clock.median == figures["median"], (name, clock.median, figures)
        assert clock.share_on_time == figures["share"], (name, clock.share_on_time, figures)
    print(f"naive lists + statistics: {SINGLE / naive_wall:9,.0f} histories/s (same figures)")

    tiny = prefix(path, MEMORY)
    peaks = []
    for run in (
        lambda: audit_path(tiny, calendar=calendar, now=NOW, policy=policy),
        lambda: naive(tiny, workflow, policy, calendar),
    ):
        tracemalloc.start()
        run()
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    print(
        f"ratios: 1-process audit x{naive_wall / single_wall:.2f} the naive speed; "
        f"Python heap peak on {MEMORY:,} lines {peaks[0] / 2**20:.1f} MiB vs "
        f"{peaks[1] / 2**20:.0f} MiB (x{peaks[1] / max(peaks[0], 1):.0f} less); "
        f"2 workers x{rate / (SINGLE / single_wall):.2f} one process"
    )


if __name__ == "__main__":
    main()
