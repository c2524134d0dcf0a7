"""Bulk redaction: ``redact()`` in a loop against ``redact_many()`` on one and two workers, and
Presidio's ``BatchAnalyzerEngine``, side by side in one run.

The texts are those of ``bench_redaction.py``: *complaints* (each labelled corpus text inside
about 1 KB of ordinary prose) and *PII-dense* complaints (about 1 KB made only of the
development corpora's texts with personal data), each set repeated so that a pass takes about a
second or more and starting the worker processes is part of what is measured.

What counts here is **wall time**: how long an app waits for a whole batch. Each row also
shows the CPU time of this process and of its worker processes (the workers' is read from
``os.times()`` once the pool has ended), so the cost of sending texts and results between
processes shows as CPU time above the loop's. Each measurement is the best of two passes. The
machine's load average is printed before and after: on a shared machine other work takes cores
from the workers, and the figures mean little without it.

Presidio is set up as ``bench_redaction.py`` sets it up (the same ``PatternRecognizer``s, the
no-op NLP engine or spaCy's blank Indonesian tokenizer) and run as its documentation shows for
many texts: ``BatchAnalyzerEngine(analyzer_engine=...).analyze_iterator(texts, language="id",
batch_size=..., n_process=...)``. Its ``n_process`` is handed to the NLP engine's
``process_batch`` (spaCy's ``nlp.pipe``), so only tokenizing runs in other processes; the
recognizers run in the calling process.

Run: ``python benchmarks/bench_redaction_many.py`` (needs the ``bench`` extra for Presidio).
"""

from __future__ import annotations

import logging
import os
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_redaction as base  # noqa: E402 - the shared texts and Presidio set-up

from pengaduan.redaction import Redactor  # noqa: E402
from pengaduan.redaction.evaluation import load_corpus  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

#: Texts per chunk sent to a worker, and per batch given to Presidio.
BATCH = 64


def measure(run: Callable[[list[str]], int], texts: list[str]) -> tuple[float, float, float]:
    """The best of two passes: ``(wall seconds, CPU seconds here, CPU seconds in children)``."""
    best = (float("inf"), 0.0, 0.0)
    for _ in range(2):
        before = os.times()
        start = time.perf_counter()
        count = run(texts)
        wall = time.perf_counter() - start
        after = os.times()
        assert count == len(texts)
        here = (after.user - before.user) + (after.system - before.system)
        children = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        if wall < best[0]:
            best = (wall, here, children)
    return best


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> None:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    texts = [item.text for item in load_corpus(base.CORPUS)]
    sets = {
        "complaints": base.complaints(texts, random.Random(7)) * 16,
        "PII-dense": base.dense_complaints(random.Random(11))[0] * 8,
    }
    redactor = Redactor.default(allowed_phones=[base.HOTLINE])

    def loop(items: list[str]) -> int:
        return sum(1 for text in items if redactor.redact(text) is not None)

    def many(workers: int) -> Callable[[list[str]], int]:
        def run(items: list[str]) -> int:
            return sum(1 for _ in redactor.redact_many(items, workers=workers, chunk_size=BATCH))

        return run

    rows: list[tuple[str, Callable[[list[str]], int]]] = [
        ("redact() in a loop", loop),
        ("redact_many, 1 worker", many(1)),
        ("redact_many, 2 workers", many(2)),
    ]
    try:
        from presidio_analyzer import BatchAnalyzerEngine  # noqa: PLC0415

        for nlp, processes in (("noop", 1), ("blank-tokenizer", 1), ("blank-tokenizer", 2)):
            batch = BatchAnalyzerEngine(analyzer_engine=base.presidio_engine(nlp))

            def presidio(items: list[str], b: object = batch, n: int = processes) -> int:
                return len(
                    b.analyze_iterator(  # type: ignore[attr-defined]
                        items, language="id", batch_size=BATCH, n_process=n, score_threshold=0.4
                    )
                )

            rows.append((f"Presidio batch ({nlp}, n_process={processes})", presidio))
    except ImportError:
        print("presidio-analyzer is not installed: pip install --group bench")

    print(f"{os.cpu_count()} cores; load average before: {load()}")
    for label, items in sets.items():
        size = sum(len(t.encode("utf-8")) for t in items)
        print(f"\n{label}: {len(items)} texts, {size / 1e6:.2f} MB")
        print(f"{'':44}{'MB/s':>8}{'wall s':>9}{'CPU here':>10}{'CPU workers':>13}")
        speeds: dict[str, float] = {}
        for name, run in rows:
            wall, here, children = measure(run, items)
            speeds[name] = size / wall / 1e6
            print(f"{name:44}{speeds[name]:8.2f}{wall:9.2f}{here:10.2f}{children:13.2f}")
        loop_speed = speeds["redact() in a loop"]
        two = speeds["redact_many, 2 workers"]
        print(f"redact_many, 2 workers vs redact() in a loop: {two / loop_speed:.2f}x")
        for name, speed in speeds.items():
            if name.startswith("Presidio"):
                print(f"redact_many, 2 workers vs {name}: {two / speed:.1f}x")
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    main()
