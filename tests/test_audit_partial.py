"""Partial audits merge exactly: any partitioning, any merge order, gives the one-process report."""

from __future__ import annotations

import pickle
from itertools import pairwise
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.audit_helpers import new_audit, sample
from tests.hostile_helpers import WRONG_TYPES, raises_typed
from tests.sla_helpers import wita

from pengaduan.audit import AuditPart, load_line
from pengaduan.errors import ArgumentError, SerializationError
from pengaduan.serialization import to_json
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    import random
    from collections.abc import Iterator

    from pengaduan.audit import AuditReport

OUT_OF_YEARS = build_complaint(wita(2024, 12, 30), tracking_id="A-1")  # before the calendar
BROKEN = ["{not json", '{"tracking_id": 3}', "\xff", '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["']
POOL = [to_json(c) for c in sample()] + [to_json(OUT_OF_YEARS), "", *BROKEN]


def one_process(lines: list[str]) -> AuditReport:
    audit = new_audit(skip_invalid=True)
    for number, line in enumerate(lines, start=1):
        loaded = load_line(line, number)
        if loaded is None:
            continue
        if hasattr(loaded, "complaint"):
            audit.add(loaded.complaint, line=number, verified=loaded.verified)
        else:
            audit.problem(loaded)  # type: ignore[arg-type]
    return audit.report()


def part_of(lines: list[str], first: int) -> AuditPart:
    loaded = (load_line(line, n) for n, line in enumerate(lines, start=first))
    return new_audit(skip_invalid=True).part(x for x in loaded if x is not None)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=14),
    st.lists(st.integers(0, 14), max_size=5),
    st.randoms(use_true_random=False),
)
def test_any_partitioning_and_merge_order_gives_the_one_process_report(
    lines: list[str], cuts: list[int], rng: random.Random
) -> None:
    bounds = sorted({0, len(lines), *(min(c, len(lines)) for c in cuts)})
    parts = [part_of(lines[a:b], a + 1) for a, b in pairwise(bounds)]
    while len(parts) > 1:  # random tree of merges, operands in random order
        i = rng.randrange(len(parts) - 1)
        left, right = parts[i], parts.pop(i + 1)
        parts[i] = right.merge(left) if rng.random() < 0.5 else left.merge(right)
    merged = parts[0] if parts else AuditPart.empty()
    assert new_audit(skip_invalid=True).report_of(merged) == one_process(lines)


def test_a_duplicate_in_a_later_part_is_not_counted_twice() -> None:
    first = sample()
    again = build_complaint(wita(2025, 4, 2), tracking_id="A-3")
    audit = new_audit(skip_invalid=True)
    early = audit.part(first)
    late = audit.part([again], order=1)
    report = audit.report_of(late.merge(early))
    assert report.complaints == 5
    assert [(p.kind.value, p.detail) for p in report.problems] == [
        ("duplicate_id", "duplicate tracking id: already seen on line 3")
    ]


def test_partitions_from_files_name_their_source() -> None:
    audit = new_audit(skip_invalid=True)
    a = audit.part(sample()[:2], source="a.jsonl")
    b = audit.part(
        [sample()[1], load_line("{broken", 2)],  # type: ignore[list-item]
        source="b.jsonl",
        order=1,
    )
    report = audit.report_of(AuditPart.merge_all([b, a]))
    messages = [p.message for p in report.problems]
    assert messages[0] == (
        "b.jsonl line 1: tracking_id: duplicate tracking id: already seen on a.jsonl line 2"
    )
    assert messages[1].startswith("b.jsonl line 2: document: ")  # the loader's reason follows
    assert report.problems[0].text("id") == (
        "b.jsonl baris 1: tracking_id: nomor pelacakan ganda: sudah muncul pada a.jsonl baris 2"
    )
    assert report.to_dict()["problems"][0]["source"] == "b.jsonl"


def test_without_skip_invalid_the_first_problem_raises() -> None:
    part = new_audit().part([*sample(), sample()[0]])
    with pytest.raises(SerializationError, match="line 6: tracking_id"):
        new_audit().report_of(part)


def test_without_duplicate_checks_a_part_is_counters_only() -> None:
    audit = new_audit(check_duplicates=False)
    part = audit.part(sample() * 3)
    assert repr(part) == "AuditPart(lines=15, ids=0)"
    assert audit.report_of(part).complaints == 15


def test_parts_pickle() -> None:
    audit = new_audit(skip_invalid=True)
    part = audit.part(sample())
    again = pickle.loads(pickle.dumps(part))  # noqa: S301 - our own bytes
    assert audit.report_of(again) == audit.report_of(part)


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_are_argument_errors(kind: str, value: object) -> None:
    audit = new_audit()
    calls = [
        lambda: AuditPart.empty().merge(value),
        lambda: audit.report_of(value),
        lambda: audit.part([value]),  # type: ignore[list-item]
    ]
    if value is not None:
        calls.append(lambda: audit.part([], source=value))
    if kind != "int":
        calls.append(lambda: audit.part([], order=value))
    for call in calls:
        assert isinstance(raises_typed(call), ArgumentError)


@pytest.fixture(autouse=True)
def _messages_as_written() -> Iterator[None]:
    """These tests read messages as the code writes them (English, the msgids); the
    Indonesian wording is checked by test_i18n.py and the hostile-input harness."""
    from pengaduan.language import use_language  # noqa: PLC0415

    with use_language("en"):
        yield
