"""The streaming audit: counts, shares, percentiles, overdue items, months, zones, merging."""

from __future__ import annotations

import pickle
from collections import Counter
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.audit_helpers import NOW, new_audit, sample
from tests.helpers import WF
from tests.sla_helpers import KUPANG, LAPOR, wita

from pengaduan.audit import MAX_PROBLEMS, Audit, ProblemKind, ReadProblem, Zone, ZoneThresholds
from pengaduan.audit.aggregate import _percentile
from pengaduan.errors import ConfigurationError, SerializationError
from pengaduan.model import replace_history
from pengaduan.sla import SlaPolicy
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from collections.abc import Iterator


def audited(**options: object):  # type: ignore[no-untyped-def]
    audit = new_audit(**options)
    audit.add_all(sample())
    return audit.report()


def test_overall_counts() -> None:
    overall = audited().overall
    assert overall.complaints == 5
    assert dict(overall.by_status) == {
        "selesai": 1,
        "didisposisikan": 1,
        "ditindaklanjuti": 1,
        "diterima": 1,
        "diarsipkan": 1,
    }
    assert dict(overall.by_classification) == {"pengaduan": 4, "aspirasi": 1}
    assert dict(overall.by_category) == {"open": 3, "terminal": 2}
    assert overall.open == 3


def test_verification_share_and_percentiles() -> None:
    clock = audited().overall.clock("verifikasi")
    # Judged: A-1 on time, A-2 late, A-3 on time, A-4 overdue open, A-5 on time (archived).
    assert (clock.judged, clock.on_time, clock.met_late, clock.overdue_open) == (5, 3, 1, 1)
    assert clock.share_on_time == 60.0
    # Completed cycles took 1, 6, 0 (A-3: 1-2 April are Lebaran holidays) and 1 working days:
    # nearest-rank median 1, p90 6.
    assert clock.histogram == ((0, 1), (1, 2), (6, 1))
    assert (clock.median, clock.p90) == (1, 6)


def test_follow_up_clock_and_overdue_items() -> None:
    report = audited()
    follow = report.overall.clock("tindak_lanjut")
    assert (follow.started, follow.judged, follow.on_time, follow.overdue_open) == (3, 3, 2, 1)
    assert report.overall.overdue_open == 2  # A-2's follow-up and A-4's verification


def test_per_unit_attribution() -> None:
    report = audited()
    assert [u.unit for u in report.units] == ["dinkes", "rsud", None]
    dinkes = report.unit("dinkes")
    assert dinkes.complaints == 3  # A-3 (A-3 counts under both units)
    assert report.unit("rsud").complaints == 1
    assert report.unit(None).complaints == 2  # were never disposed
    assert sum(u.complaints for u in report.units) == 6
    with pytest.raises(LookupError):
        report.unit("dishub")


def test_breaches_by_month() -> None:
    report = audited()
    # A-2 verification due end of 6 March; A-2 follow-up due end of 18 March; A-4 due 24 April.
    assert dict(report.overall.breaches_by_month) == {"2025-03": 2, "2025-04": 1}


def test_zones_from_thresholds() -> None:
    report = audited()
    assert report.overall.score == pytest.approx(100 * 5 / 8, abs=0.05)
    assert report.overall.zone is Zone.KUNING
    assert report.unit("rsud").zone is Zone.HIJAU
    strict = audited(thresholds=ZoneThresholds.from_dict({"green": 100, "yellow": 70}))
    assert strict.overall.zone is Zone.MERAH
    assert strict.thresholds.source == "set by the office"


def test_zone_needs_evidence() -> None:
    thresholds = ZoneThresholds.from_dict({"min_judged": 3})
    assert thresholds.zone(100.0, 2) is None
    assert thresholds.zone(100.0, 3) is Zone.HIJAU
    assert ZoneThresholds.default().zone(None, 0) is None


def test_thresholds_are_validated_together() -> None:
    with pytest.raises(ConfigurationError) as raised:
        ZoneThresholds.from_dict({"green": 120, "yellow": "x", "colour": 1, "min_judged": -1})
    assert len(raised.value.problems) == 4
    with pytest.raises(ConfigurationError, match="above green"):
        ZoneThresholds.parse("green=50,yellow=60")
    with pytest.raises(ConfigurationError, match="key=number"):
        ZoneThresholds.parse("green=banyak")
    assert ZoneThresholds.parse("green=90, yellow=70").green == 90.0


def test_duplicate_raises_with_both_lines_unless_skipped() -> None:
    complaint = sample()[0]
    audit = new_audit()
    audit.add(complaint, line=3)
    with pytest.raises(SerializationError, match=r"line 9: tracking_id.*already seen on line 3"):
        audit.add(complaint, line=9)
    skipping = new_audit(skip_invalid=True)
    skipping.add(complaint, line=3)
    skipping.add(complaint, line=9)
    report = skipping.report()
    assert report.complaints == 1  # not counted twice
    assert [(p.line, p.kind) for p in report.problems] == [(9, ProblemKind.DUPLICATE_ID)]


def test_unverified_history_is_checked_and_counted() -> None:
    c = sample()[0]
    history = list(c.history)
    history[1] = attrs.evolve(history[1], at=wita(2025, 3, 3, 11))
    audit = new_audit()
    audit.add(replace_history(c, tuple(history)), verified=False)
    assert audit.report().overall.integrity_failures == 1


def test_dates_outside_the_calendar_are_a_problem() -> None:
    old = build_complaint(wita(2019, 3, 4), tracking_id="OLD-1")
    with pytest.raises(SerializationError, match="outside the calendar's years"):
        new_audit().add(old, line=4)
    skipping = new_audit(skip_invalid=True)
    skipping.add(old, line=4)
    skipping.add(old, line=5)  # not a duplicate: the first one was not counted
    assert dict(skipping.report().problem_counts) == {"out_of_range": 2}


def test_problems_beyond_the_cap_are_counted() -> None:
    audit = new_audit(skip_invalid=True)
    for line in range(MAX_PROBLEMS + 5):
        audit.problem(ReadProblem(line=line + 1, kind="malformed", detail="x"))
    report = audit.report()
    assert len(report.problems) == MAX_PROBLEMS
    assert report.skipped == MAX_PROBLEMS + 5


def test_percentile_nearest_rank() -> None:
    assert _percentile(Counter({1: 1, 2: 1, 3: 1, 4: 1}), 0.5) == 2
    assert _percentile(Counter({5: 10}), 0.9) == 5
    assert _percentile(Counter(), 0.5) is None


@settings(max_examples=25)
@given(st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=5), st.integers(0, 5))
def test_merge_equals_one_audit_over_everything(picks: list[int], cut: int) -> None:
    complaints = [sample()[i] for i in sorted(set(picks))]
    whole = new_audit()
    whole.add_all(complaints)
    first, second = new_audit(), new_audit()
    first.add_all(complaints[:cut])
    second.add_all(complaints[cut:])
    # the second part travels between processes in the parallel reader
    second._state = pickle.loads(pickle.dumps(second._state))  # noqa: S301 - our own data
    first.merge(second)
    assert first.report() == whole.report()


def test_merge_reports_duplicates_across_parts() -> None:
    one, two = new_audit(skip_invalid=True), new_audit(skip_invalid=True)
    one.add(sample()[0], line=1)
    two.add(sample()[0], line=7)
    one.merge(two)
    assert [p.message for p in one.report().problems] == [
        "line 7: tracking_id: duplicate tracking id: already seen on line 1"
    ]


def test_policy_is_bound_to_the_workflow() -> None:
    unbound = SlaPolicy.of("lokal", LAPOR.rules)
    audit = Audit(workflow=WF, policy=unbound, calendar=KUPANG, now=NOW)
    audit.add_all(sample())
    assert audit.report().overall.complaints == 5


@pytest.fixture(autouse=True)
def _messages_as_written() -> Iterator[None]:
    """These tests read messages as the code writes them (English, the msgids); the
    Indonesian wording is checked by test_i18n.py and the hostile-input harness."""
    from pengaduan.language import use_language  # noqa: PLC0415

    with use_language("en"):
        yield
