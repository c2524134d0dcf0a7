"""Where the redactor's time on PII-dense text goes, against the budget a speed goal allows.

At 5 MB/s a redactor may spend 200 microseconds per KB of text. This script measures, on the
PII-dense complaints of ``bench_redaction.py`` (about 1 KB each, about four identifiers per 200
characters), in CPU time:

- the default redactor, whole;
- the time its rules spend inside the regular-expression engine: every call the redactor makes
  on a compiled pattern during one pass is recorded, then replayed alone (so the Python work
  around the calls is left out) - the floor for any speed-up that keeps today's patterns and
  calls;
- what CPython needs merely to read such text word by word: one ``re`` pass that cuts the text
  into its tokens (words, digit runs, marks) with their offsets, and one Python loop that looks
  each token up in a set - the floor for a redesign that reads every token once in Python.

The recording runs in a child process: patterns are compiled when the redaction modules are
imported, so ``re.compile`` is wrapped before that import there, and the findings of the
recorded pass are checked against an unwrapped redactor's.

Run: ``python benchmarks/bench_redaction_floor.py``.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUDGET = 1e6 / 5e6 * 1000  # microseconds per KB at 5 MB/s
_TOKEN = re.compile(r"([^\W\d_]+|[0-9]+|\n|[^\s\w])")


def _texts() -> list[str]:
    sys.path.insert(0, str(HERE))
    import bench_redaction  # noqa: PLC0415 - the shared text sets, loaded in the child too

    return bench_redaction.dense_complaints(random.Random(11))[0]


def _kb(texts: list[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1000


def _best(run: Any, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


class _Recorded:
    """A compiled pattern whose search methods record each call (method, arguments)."""

    __slots__ = ("_calls", "_pattern")

    def __init__(self, pattern: re.Pattern[str], calls: list[tuple[Any, tuple[Any, ...]]]) -> None:
        self._pattern = pattern
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if name not in {"match", "search", "fullmatch", "finditer", "findall", "sub", "split"}:
            return method
        calls = self._calls

        def recorded(*args: Any) -> Any:
            if name == "finditer":
                found = list(method(*args))
                calls.append((method, args))
                return iter(found)
            calls.append((method, args))
            return method(*args)

        return recorded


def child() -> None:
    """Record the redactor's pattern calls on the PII-dense texts and print the timings."""
    calls: list[tuple[Any, tuple[Any, ...]]] = []
    compile_ = re.compile
    re.compile = lambda pattern, flags=0: _Recorded(compile_(pattern, flags), calls)  # type: ignore[assignment,misc]
    try:
        from pengaduan.redaction import Redactor  # noqa: PLC0415 - compiled under the recorder
    finally:
        re.compile = compile_
    texts = _texts()
    recorded = Redactor.default(allowed_phones=["082237870000"])
    for text in texts:  # warm caches
        recorded.find(text)
    calls.clear()
    results = [recorded.find(text) for text in texts]
    replay = list(calls)
    for module in [m for m in sys.modules if m.startswith("pengaduan")]:
        del sys.modules[module]
    from pengaduan.redaction import Redactor as Plain  # noqa: PLC0415 - a fresh, unwrapped import

    plain = Plain.default(allowed_phones=["082237870000"])
    if [[(f.kind, f.start, f.end) for f in r] for r in results] != [
        [(f.kind, f.start, f.end) for f in plain.find(text)] for text in texts
    ]:
        raise SystemExit("the recorded redactor found something else: the figures would mislead")

    def whole() -> None:
        for text in texts:
            plain.find(text)

    def regex_only() -> None:
        for method, args in replay:
            result = method(*args)
            if method.__name__ == "finditer":
                for _ in result:
                    pass

    def tokens() -> None:
        for text in texts:
            _TOKEN.split(text)

    vocabulary = frozenset(("nik", "nama", "hp", "wa", "telp", "kk", "bapak", "ibu", "jl", "rt"))

    def token_loop() -> None:
        for text in texts:
            hits = 0
            for token in _TOKEN.split(text.lower())[1::2]:
                if token in vocabulary:
                    hits += 1

    per_kb = 1e6 / _kb(texts)
    token_count = sum(len(_TOKEN.split(text)) // 2 for text in texts) / _kb(texts)
    print(
        f"{len(texts)} PII-dense complaints, {_kb(texts):.0f} KB; "
        f"{len(replay) / _kb(texts):.0f} pattern calls and {token_count:.0f} tokens per KB"
    )
    print(f"\n{'microseconds per KB (CPU time, best of 5)':58}{'us/KB':>8}{'x budget':>10}")
    rows = [
        ("budget at 5 MB/s", BUDGET),
        ("default redactor, whole", _best(whole) * per_kb),
        ("  of which inside the regex engine (calls replayed)", _best(regex_only) * per_kb),
        ("cutting the text into tokens (one re.split)", _best(tokens) * per_kb),
        ("cutting it and one set lookup per token in Python", _best(token_loop) * per_kb),
    ]
    for label, value in rows:
        print(f"{label:58}{value:8.0f}{value / BUDGET:10.2f}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        child()
    else:
        done = subprocess.run(  # noqa: S603 - this very script, by its own path
            [sys.executable, str(Path(__file__).resolve()), "--child"], check=False
        )
        if done.returncode:
            raise SystemExit(done.returncode)
