"""Bounded memory: the audit keeps counters, never the complaints (checked with tracemalloc).

No timing is asserted. A generator yields complaints one at a time; the audit's peak Python heap
while consuming 2,000 of them must stay close to its peak for 500, and far below what holding
the complaints would take.
"""

from __future__ import annotations

import tracemalloc
from datetime import timedelta
from typing import TYPE_CHECKING

from tests.audit_helpers import new_audit
from tests.sla_helpers import wita

from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.model import Complaint

UNITS = ["dinkes", "rsud", "dukcapil", "dishub"]


def stream(count: int) -> Iterator[Complaint]:
    start = wita(2025, 1, 6)
    for n in range(count):
        received = start + timedelta(hours=7 * (n % 1000))
        steps = [("verifikasi", received + timedelta(days=n % 5))]
        if n % 3:
            steps.append(("tindak_lanjut", received + timedelta(days=n % 5 + n % 9)))
        yield build_complaint(received, *steps, tracking_id=f"M-{n}", units=[UNITS[n % len(UNITS)]])


def peak_while_auditing(count: int) -> int:
    audit = new_audit(check_duplicates=False)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        audit.add_all(stream(count))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_peak_memory_does_not_grow_with_the_number_of_complaints() -> None:
    small = peak_while_auditing(500)
    large = peak_while_auditing(2000)
    held = _held(500)
    assert large < small + 256 * 1024, (small, large)
    assert large < held, (large, held)  # less than holding just 500 of them


def _held(count: int) -> int:
    tracemalloc.start()
    try:
        kept = list(stream(count))
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(kept) == count
    return size


def test_duplicate_check_costs_one_entry_per_id() -> None:
    audit = new_audit()
    audit.add_all(stream(300))
    assert len(audit._state.seen) == 300
