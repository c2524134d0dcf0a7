"""The default router measured on the frozen blind corpus.

``tests/data/blind/routing_blind_v1.jsonl`` was written from the unit scopes only, by someone who
had not read the routing rules; ``tests/data/blind/README.md`` says how. It is frozen: never tune
rules on it. These tests only guard it:

* the file's SHA-256 must equal :data:`CORPUS_SHA256`, so any edit to the corpus is visible;
* every text goes through the public API (``default_router().route(text)``) and accuracy, overall
  and per unit, must stay at or above a floor set slightly below the figure first measured. A
  rule change that loses ground on the blind corpus fails here; a gain needs no change.

Run with ``-s`` to see the table.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pengaduan.routing import default_router

if TYPE_CHECKING:
    from pengaduan.routing import RoutingDecision

CORPUS = Path(__file__).parent / "data" / "blind" / "routing_blind_v1.jsonl"
CORPUS_SHA256 = "449c4fe7b842e1724b936c5d77911f4800bee0bc797295e0f172fb185d98f59e"

CHANNELS = frozenset({"sms", "whatsapp", "web", "loket"})

# First measurement, before any tuning: 482/626 = 77.0 %; after the rules learned the second
# development corpus (tests/data/routing_dev2.jsonl): 507/626 = 81.0 %. Floors sit a little
# below the latest figure where it went up, and stay where it did not.
OVERALL_FLOOR = 0.79
UNIT_FLOORS = {
    "admin": 0.85,  # measured 91.5 %, then 89.4 %
    "bpbd": 0.65,  # 61.1 %, then 69.4 %
    "dinkes": 0.75,  # 78.1 %, then 81.2 %
    "dinsos": 0.68,  # 63.6 %, then 72.7 %
    "disdik": 0.85,  # 93.5 %, then 93.5 %
    "disdukcapil": 0.80,  # 87.5 %, then 87.5 %
    "dishub": 0.75,  # 78.1 %, then 81.2 %
    "dlh": 0.80,  # 82.4 %, then 85.3 %
    "dpmptsp": 0.90,  # 96.8 %, then 93.5 %
    "inspektorat": 0.55,  # 26.2 %, then 61.9 %
    "kecamatan": 0.78,  # 75.0 %, then 82.1 %
    "kelurahan": 0.85,  # 93.5 %, then 90.3 %
    "luar-kewenangan": 0.52,  # 55.4 %, then 57.1 %
    "pdam": 0.85,  # 93.9 %, then 93.9 %
    "puskesmas": 0.85,  # 90.6 %, then 90.6 %
    "pupr": 0.88,  # 90.9 %, then 93.9 %
    "rsud": 0.90,  # 96.9 %, then 93.8 %
    "satpolpp": 0.55,  # 58.1 %, then 61.3 %
}


def _rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return _rows()


@pytest.fixture(scope="module")
def decisions(rows: list[dict[str, str]]) -> list[RoutingDecision]:
    router = default_router()
    return [router.route(row["text"]) for row in rows]


def test_corpus_is_unchanged() -> None:
    digest = hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    assert digest == CORPUS_SHA256, (
        "the frozen blind corpus changed; it must not be edited (write a new version instead)"
    )


def test_corpus_shape(rows: list[dict[str, str]]) -> None:
    directory = default_router().directory
    assert directory is not None
    units = set(directory.ids)
    ids = [row["id"] for row in rows]
    assert len(rows) >= 600
    assert len(set(ids)) == len(ids)
    assert all(row["id"].startswith("rb-") for row in rows)
    assert all(row["text"].strip() for row in rows)
    assert {row["unit"] for row in rows} == set(UNIT_FLOORS) <= units
    assert {row["channel"] for row in rows} <= CHANNELS
    per_unit = Counter(row["unit"] for row in rows)
    assert min(per_unit.values()) >= 20
    assert per_unit["admin"] >= 30
    assert per_unit["luar-kewenangan"] >= 40


def test_blind_accuracy_floor(rows: list[dict[str, str]], decisions: list[RoutingDecision]) -> None:
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for decision, row in zip(decisions, rows, strict=True):
        seen[row["unit"]] += 1
        right[row["unit"]] += decision.unit == row["unit"]
    overall = sum(right.values()) / len(rows)

    lines = [f"blind routing accuracy: {overall:.1%} ({sum(right.values())}/{len(rows)})"]
    lines += [
        f"  {unit:<16} {right[unit]:>3}/{seen[unit]:<3} {right[unit] / seen[unit]:>6.1%}"
        f"  (floor {UNIT_FLOORS[unit]:.0%})"
        for unit in sorted(seen)
    ]
    print("\n".join(lines))  # noqa: T201 - the table is the point of running with -s

    assert overall >= OVERALL_FLOOR
    below = {
        unit: f"{right[unit] / seen[unit]:.1%} < {floor:.0%}"
        for unit, floor in UNIT_FLOORS.items()
        if right[unit] / seen[unit] < floor
    }
    assert not below, below
