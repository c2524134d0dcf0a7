"""Routing accuracy on the frozen blind corpus (``tests/data/blind/routing_blind_v1.jsonl``).

The corpus was written from the unit scopes only, by someone who had not read the routing rules
(see ``tests/data/blind/README.md``). It is frozen: never tune rules on it. This script only
measures the default router through its public API and prints:

* accuracy overall and per unit (text only, as a bare string reaches ``Router.route``);
* the same overall figure when the corpus channel is also given;
* the fallback rate (decisions for ``admin`` where no rule matched, and all ``admin`` decisions);
* the ten most frequent confusions (expected -> routed).

Run: ``.venv/bin/python benchmarks/blind_routing.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from pengaduan.routing import default_router

CORPUS = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "blind" / "routing_blind_v1.jsonl"
)
FALLBACK = "admin"


def load() -> list[dict[str, str]]:
    """The corpus rows, in file order."""
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> None:
    rows = load()
    router = default_router()
    decisions = [router.route(row["text"]) for row in rows]
    with_channel = [router.route(row["text"], channel=row["channel"]) for row in rows]

    total = len(rows)
    right = sum(d.unit == row["unit"] for d, row in zip(decisions, rows, strict=True))
    right_channel = sum(d.unit == row["unit"] for d, row in zip(with_channel, rows, strict=True))
    print(f"blind corpus: {CORPUS.name}, {total} texts")
    print(f"accuracy overall (text only):    {right / total:6.1%}  ({right}/{total})")
    print(
        f"accuracy overall (text+channel): {right_channel / total:6.1%}  ({right_channel}/{total})"
    )

    no_rule = sum(d.is_fallback for d in decisions)
    to_admin = sum(d.unit == FALLBACK for d in decisions)
    expected_admin = sum(row["unit"] == FALLBACK for row in rows)
    print(f"fallback rate (no rule matched): {no_rule / total:6.1%}  ({no_rule}/{total})")
    print(f"routed to {FALLBACK} (any reason):   {to_admin / total:6.1%}  ({to_admin}/{total})")
    print(f"expected {FALLBACK} in corpus:       {expected_admin / total:6.1%}  ({expected_admin})")
    owned = total - expected_admin
    lost = sum(
        d.unit == FALLBACK and row["unit"] != FALLBACK
        for d, row in zip(decisions, rows, strict=True)
    )
    print(f"texts with an owner sent to {FALLBACK}: {lost / owned:6.1%}  ({lost}/{owned})")

    per_unit: dict[str, list[int]] = {}
    for decision, row in zip(decisions, rows, strict=True):
        seen = per_unit.setdefault(row["unit"], [0, 0])
        seen[0] += decision.unit == row["unit"]
        seen[1] += 1
    print()
    print(f"{'unit':<17} {'n':>4} {'right':>6} {'accuracy':>9}")
    for unit in sorted(per_unit, key=lambda u: (per_unit[u][0] / per_unit[u][1], u)):
        ok, n = per_unit[unit]
        print(f"{unit:<17} {n:>4} {ok:>6} {ok / n:>9.1%}")

    confusions = Counter(
        (row["unit"], decision.unit)
        for decision, row in zip(decisions, rows, strict=True)
        if decision.unit != row["unit"]
    )
    print()
    print("top 10 confusions (expected -> routed: count)")
    for (expected, routed), count in confusions.most_common(10):
        print(f"  {expected:>16} -> {routed:<16} {count:>3}")


if __name__ == "__main__":
    main()
