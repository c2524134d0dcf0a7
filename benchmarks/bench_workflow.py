"""Workflow speed and memory, side by side with ``transitions`` used the usual ways.

Measured in one run, reported as ratios:

1. applying an action (guard + new complaint + chained event) vs a bare trigger on one shared
   ``transitions`` machine, and vs building a ``transitions.Machine`` per complaint;
2. memory retained by a complaint with 6 events vs ``Machine.add_model`` of a bare object;
3. loading and verifying 20,000 serialized complaints of 6 events vs ``add_model`` of 20,000 bare
   objects to one machine;
4. cold ``import pengaduan``.

Applying an action is timed in CPU time, with our batches and the peer's alternated, so that
both sides meet the same load on a shared machine (see ``side_by_side``).

Run: ``make bench`` (all benchmarks) or ``python benchmarks/bench_workflow.py``.
"""

from __future__ import annotations

import gc
import io
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from transitions import Machine

from pengaduan.model import Actor, Channel, Privacy, Reporter, Submission
from pengaduan.serialization import dump_lines, from_dict, iter_lines
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable

WF = Workflow.default()
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
ADMIN, UNIT, REPORTER, SYSTEM = (
    Actor.admin("bag-organisasi"),
    Actor.unit("dinkes"),
    Actor.reporter("akun"),
    Actor.system("sms-1708"),
)
STATES = [s.name for s in WF.statuses]
EDGES = [
    {"trigger": a.name, "source": src, "dest": a.target or "="}
    for a in WF.actions
    for src in a.sources
]
LIFECYCLE = [Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.TUTUP]
DATA = {
    Action.VERIFIKASI: (ADMIN, {"units": ["dinkes"]}),
    Action.TINDAK_LANJUT: (UNIT, {"response": "Petugas Puskesmas sudah ditegur dan dibina."}),
    Action.TUTUP: (ADMIN, {}),
    Action.BUKA_KEMBALI: (REPORTER, {"reason": "Belum ada perubahan di lapangan"}),
}
TEXT = (
    "Selamat siang, sy mau lapor pelayanan di puskesmas oebobo sangat lambat, antri dr jam 7 "
    "baru dilayani jam 12, petugas loket tdk ramah. Mohon ditindaklanjuti. Nomor antrian 45. "
)


def per_op(
    fn: Callable[[], object],
    ops: int,
    repeats: int = 15,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median seconds per operation over ``repeats`` batches."""
    samples = []
    for _ in range(repeats):
        gc.collect()
        start = clock()
        fn()
        samples.append((clock() - start) / ops)
    return statistics.median(samples)


def side_by_side(
    fns: dict[str, Callable[[], object]], ops: int, repeats: int = 15
) -> dict[str, float]:
    """Median CPU seconds per operation of each function, their batches taken in turn.

    Alternating the batches puts every side under the same load of a shared machine; timing
    one side's batches after the other's does not (the load moves in between). CPU time leaves
    out the time the process waits for a core, which on a loaded machine is most of the noise
    of a batch of a few milliseconds; on an idle machine it equals the wall-clock time.
    """
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            gc.collect()
            start = time.process_time()
            fn()
            samples[name].append((time.process_time() - start) / ops)
    return {name: statistics.median(found) for name, found in samples.items()}


def new_complaint(i: int):  # type: ignore[no-untyped-def]
    return WF.receive(
        Submission(
            text=f"{TEXT} ({i})",
            channel=Channel.SMS,
            reporter=Reporter(name="Yohanes Bria", phone=f"+62812{i:08d}", account_id="akun"),
            privacy=Privacy.ANONIM,
            category="kesehatan",
        ),
        tracking_id=f"KPG-{i:07d}",
        at=T0,
        actor=SYSTEM,
    )


def bench_apply() -> None:
    batch = 2000
    fresh = [new_complaint(i) for i in range(batch)]
    times = [T0 + timedelta(hours=h) for h in (20, 50, 70)]

    def ours() -> None:
        for complaint in fresh:
            c = complaint
            for action, at in zip(LIFECYCLE, times, strict=True):
                actor, data = DATA[action]
                c = WF.apply(c, action, at=at, actor=actor, **data)

    class Model:
        state: str

    shared_model = Model()
    shared = Machine(
        model=shared_model,
        states=STATES,
        transitions=EDGES,
        initial="diterima",
        auto_transitions=False,
    )
    assert shared is not None

    def bare_trigger() -> None:
        for _ in range(batch):
            shared_model.state = "diterima"
            for action in LIFECYCLE:
                shared_model.trigger(action)  # type: ignore[attr-defined]

    # The naive pattern: each request loads one complaint, builds a Machine for it at its
    # current status and triggers the one action the request carries.
    starts = ["diterima", "didisposisikan", "ditindaklanjuti"]

    def machine_per_complaint() -> None:
        for _ in range(batch):
            for start, action in zip(starts, LIFECYCLE, strict=True):
                model = Model()
                Machine(
                    model=model,
                    states=STATES,
                    transitions=EDGES,
                    initial=start,
                    auto_transitions=False,
                )
                model.trigger(action)  # type: ignore[attr-defined]

    ops = batch * len(LIFECYCLE)
    timed = side_by_side({"ours": ours, "bare": bare_trigger}, ops, repeats=21)
    t_ours, t_bare = timed["ours"], timed["bare"]
    t_machine = per_op(machine_per_complaint, ops, repeats=5, clock=time.process_time)
    print("apply one action (median CPU time per action, batches alternated)")
    print(f"  pengaduan Workflow.apply            {t_ours * 1e6:8.2f} us")
    print(f"  transitions shared trigger (bare)   {t_bare * 1e6:8.2f} us")
    print(f"  transitions Machine per request     {t_machine * 1e6:8.2f} us  (build + 1 trigger)")
    print(f"  ratio apply / bare trigger          {t_ours / t_bare:8.2f}x   (target <= 1.0x)")
    print(f"  ratio machine-per-complaint / apply {t_machine / t_ours:8.2f}x   (target >= 10x)")


def bench_apply_by_length() -> None:
    """A unit's action on a complaint with 10, 1,000 and 10,000 events: flat, not growing.

    Each timed action is applied to the latest version, as an app does (load, apply, save); the
    unit's action runs the assigned-unit guard, which asks for the current units.
    """

    def long_complaint(events: int):  # type: ignore[no-untyped-def]
        c = new_complaint(0)
        c = WF.apply(c, Action.VERIFIKASI, at=T0, actor=ADMIN, units=["dinkes"])
        at = T0 + timedelta(hours=1)
        while c.version < events:
            c = WF.apply(c, Action.TANGGAPI, at=at, actor=REPORTER, message="Masih menunggu.")
        return c

    batch = 200
    chains = {}
    for events in (10, 1_000, 10_000):
        start = long_complaint(events)
        at = T0 + timedelta(hours=2)

        def chain(start=start, at=at) -> None:  # type: ignore[no-untyped-def]
            c = start
            for _ in range(batch):
                c = WF.apply(c, Action.DISPOSISI_ULANG, at=at, actor=UNIT, units=["dinkes"])

        chains[events] = chain
    timings = side_by_side(chains, batch, repeats=21)  # type: ignore[arg-type]
    print(
        "a unit's action by history length (median CPU time per action, applied to the latest "
        "version)"
    )
    for events, seconds in timings.items():
        print(f"  {events:>6,} events                       {seconds * 1e6:8.2f} us")
    ratio = timings[10_000] / timings[10]
    print(f"  ratio 10,000 / 10 events            {ratio:8.2f}x   (target <= 1.5x)")


def six_events(i: int):  # type: ignore[no-untyped-def]
    c = new_complaint(i)
    steps = [
        Action.VERIFIKASI,
        Action.TINDAK_LANJUT,
        Action.BUKA_KEMBALI,
        Action.TINDAK_LANJUT,
        Action.TUTUP,
    ]
    for hours, action in enumerate(steps, start=1):
        actor, data = DATA[action]
        c = WF.apply(c, action, at=T0 + timedelta(hours=20 * hours), actor=actor, **data)
    assert c.version == 6
    return c


def bench_memory() -> None:
    n = 2000
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [six_events(i) for i in range(n)]
    gc.collect()
    ours = (tracemalloc.get_traced_memory()[0] - before) / n
    tracemalloc.stop()

    class Bare:
        pass

    machine = Machine(
        model=None, states=STATES, transitions=EDGES, initial="diterima", auto_transitions=False
    )
    objects = [Bare() for _ in range(n)]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for obj in objects:
        machine.add_model(obj)
    gc.collect()
    theirs = (tracemalloc.get_traced_memory()[0] - before) / n
    tracemalloc.stop()
    print("memory retained per complaint (tracemalloc)")
    print(f"  pengaduan complaint, 6 events, text {ours:8.0f} B   (target <= 3072 B)")
    print(f"  transitions add_model, bare object  {theirs:8.0f} B")
    print(f"  ratio add_model / complaint         {theirs / ours:8.2f}x")
    assert len(kept) == n


def bench_load() -> None:
    n = 20_000
    buffer = io.StringIO()
    dump_lines((six_events(i) for i in range(n)), buffer)
    lines = buffer.getvalue().splitlines(keepends=True)
    documents = [json.loads(line) for line in lines]

    def load_documents() -> None:
        for document in documents:
            from_dict(document)

    def load_lines() -> None:
        count = sum(1 for _ in iter_lines(lines))
        assert count == n

    class Bare:
        pass

    def add_models() -> None:
        machine = Machine(
            model=None,
            states=STATES,
            transitions=EDGES,
            initial="diterima",
            auto_transitions=False,
        )
        for _ in range(n):
            machine.add_model(Bare())

    t_docs = per_op(load_documents, 1, repeats=3)
    t_lines = per_op(load_lines, 1, repeats=3)
    t_add = per_op(add_models, 1, repeats=3)
    size_mb = sum(len(line) for line in lines) / 1e6
    print(f"load, validate and verify {n:,} complaints of 6 events ({size_mb:.1f} MB as JSON)")
    print(f"  pengaduan from_dict (parsed docs)   {t_docs:8.3f} s  ({n / t_docs:,.0f}/s)")
    print(f"  pengaduan iter_lines (JSON text)    {t_lines:8.3f} s  ({n / t_lines:,.0f}/s)")
    print(f"  transitions add_model x {n:,}      {t_add:8.3f} s")
    print(f"  ratio add_model / from_dict         {t_add / t_docs:8.2f}x   (target >= 10x)")
    print(f"  ratio add_model / iter_lines        {t_add / t_lines:8.2f}x")


def bench_import() -> None:
    def run(code: str) -> float:
        samples = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    base = run("pass")
    full = run("import pengaduan")
    print("cold import")
    cost_ms = (full - base) * 1e3
    print(f"  import pengaduan                    {cost_ms:8.1f} ms   (target < 150 ms)")


if __name__ == "__main__":
    bench_apply()
    bench_apply_by_length()
    bench_memory()
    bench_load()
    bench_import()
