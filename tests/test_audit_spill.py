"""Tracking ids spilled to disk: the same exact reports, bounded memory, no file left behind."""

from __future__ import annotations

import os
import tracemalloc
from itertools import pairwise
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.audit_helpers import NOW, new_audit, sample, write_jsonl
from tests.hostile_helpers import WRONG_TYPES, raises_typed
from tests.sla_helpers import KUPANG, wita
from tests.test_audit_partial import POOL, one_process

from pengaduan.audit import AuditPart, Record, audit_path, load_line
from pengaduan.audit.spill import SpillDirectory
from pengaduan.errors import ArgumentError, SerializationError, StorageError
from pengaduan.serialization import to_json
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    import random
    from collections.abc import Iterator
    from pathlib import Path


def spilled_part_of(lines: list[str], first: int, spill: SpillDirectory, order: int) -> AuditPart:
    loaded = (load_line(line, n) for n, line in enumerate(lines, start=first))
    items = [x for x in loaded if x is not None]
    return new_audit(skip_invalid=True).part(items, spill=spill, order=order)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=14),
    st.lists(st.integers(0, 14), max_size=5),
    st.integers(0, 60),
    st.randoms(use_true_random=False),
)
def test_spilled_parts_merged_in_any_order_give_the_one_process_report(
    lines: list[str], cuts: list[int], memory: int, rng: random.Random
) -> None:
    bounds = sorted({0, len(lines), *(min(c, len(lines)) for c in cuts)})
    with SpillDirectory(memory=memory) as spill:  # 0 to 3 records in memory, the rest on disk
        parts = [spilled_part_of(lines[a:b], a + 1, spill, 0) for a, b in pairwise(bounds)]
        rng.shuffle(parts)
        merged = AuditPart.merge_all(parts)
        assert new_audit(skip_invalid=True).report_of(merged) == one_process(lines)


def test_parts_spill_past_their_memory_limit_and_the_folder_goes_on_close() -> None:
    complaints = sample()
    with SpillDirectory(memory=40) as spill:  # two 20-byte records
        part = new_audit().part(complaints, spill=spill)
        files = os.listdir(spill.path)
        in_memory = new_audit().part(complaints)
        assert len(files) == 1
        assert repr(part) == "AuditPart(lines=5, ids=5)"
        assert new_audit().report_of(part) == new_audit().report_of(in_memory)
    assert not os.path.exists(spill.path)
    error = raises_typed(lambda: new_audit().report_of(part))
    assert isinstance(error, StorageError)
    assert "spill" in str(error)


def test_a_small_part_stays_in_memory() -> None:
    with SpillDirectory() as spill:
        new_audit().part(sample(), spill=spill)
        assert os.listdir(spill.path) == []


def test_a_part_that_fails_half_way_leaves_no_file() -> None:
    with SpillDirectory(memory=0) as spill:
        error = raises_typed(lambda: new_audit().part([*sample(), "not a complaint"], spill=spill))  # type: ignore[list-item]
        assert isinstance(error, ArgumentError)
        assert os.listdir(spill.path) == []


def test_a_copy_sent_to_another_process_never_removes_the_folder() -> None:
    import pickle  # noqa: PLC0415

    with SpillDirectory() as spill:
        copy = pickle.loads(pickle.dumps(spill))  # noqa: S301 - our own bytes
        copy.close()
        assert os.path.isdir(spill.path)
        assert copy.path == spill.path


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_are_argument_errors(kind: str, value: object) -> None:
    calls = [] if kind == "int" else [lambda: SpillDirectory(memory=value)]  # type: ignore[arg-type]
    if value is not None and not isinstance(value, str):
        calls.append(lambda: SpillDirectory(value))  # type: ignore[arg-type]
        calls.append(lambda: new_audit().part([], spill=value))  # type: ignore[arg-type]
    for call in calls:
        assert isinstance(raises_typed(call), ArgumentError)


class _BrokenPath(os.PathLike[str]):
    """A path object whose ``__fspath__`` raises (a caller's own path class gone wrong)."""

    def __fspath__(self) -> str:
        raise RuntimeError("Jl. El Tari No. 5")  # data that must not reach the error


@pytest.mark.parametrize("under", ["", "a\x00b", "a\ud800b", _BrokenPath()])
def test_a_folder_path_that_cannot_be_a_path_is_an_argument_error(under: object) -> None:
    error = raises_typed(lambda: SpillDirectory(under))  # type: ignore[arg-type]
    assert isinstance(error, ArgumentError)
    assert error.argument == "under"
    assert "El Tari" not in str(error)


def test_a_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    error = raises_typed(lambda: SpillDirectory(tmp_path / "nowhere"))
    assert isinstance(error, StorageError)
    error = raises_typed(
        lambda: audit_path(
            write_jsonl(tmp_path / "a.jsonl", sample()),
            calendar=KUPANG,
            now=NOW,
            spill_dir=tmp_path / "nowhere",
        )
    )
    assert isinstance(error, StorageError)


def _with_duplicates(path: Path) -> Path:
    complaints = sample()
    again = build_complaint(wita(2025, 4, 2), tracking_id="A-3")
    late = build_complaint(wita(2023, 12, 28), tracking_id="A-9")  # before the calendar
    valid = build_complaint(wita(2025, 4, 3), tracking_id="A-9")
    body = [*complaints, again, late, complaints[0], valid]
    path.write_text("".join(to_json(c) + "\n" for c in body), encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_the_file_audit_spills_and_gives_the_same_report(tmp_path: Path, workers: int) -> None:
    path = _with_duplicates(tmp_path / "riwayat.jsonl")
    expected = one_process(path.read_text(encoding="utf-8").splitlines())
    with SpillDirectory(tmp_path, memory=0) as spill:
        report = audit_path(
            path, calendar=KUPANG, now=NOW, skip_invalid=True, workers=workers, spill_dir=spill
        )
        assert os.listdir(spill.path)  # every range wrote its ids
    assert report == expected
    assert [p.kind.value for p in report.problems] == [
        "duplicate_id",
        "out_of_range",
        "duplicate_id",
    ]


@pytest.mark.parametrize("skip_invalid", [True, False])
def test_the_file_audit_removes_its_spill_folder(tmp_path: Path, skip_invalid: bool) -> None:
    path = _with_duplicates(tmp_path / "riwayat.jsonl")
    spill_dir = tmp_path / "spill"
    spill_dir.mkdir()
    run = lambda: audit_path(  # noqa: E731
        path, calendar=KUPANG, now=NOW, skip_invalid=skip_invalid, workers=2, spill_dir=spill_dir
    )
    if skip_invalid:
        run()
    else:
        with pytest.raises(SerializationError, match="line 6: tracking_id"):
            run()
    assert list(spill_dir.iterdir()) == []


def _records(count: int) -> list[Record]:
    """``count`` complaints with distinct tracking ids (one history, renamed)."""
    one = build_complaint(wita(2025, 1, 6), ("verifikasi", wita(2025, 1, 7)), units=["u"])
    return [
        Record(line=n, complaint=attrs.evolve(one, tracking_id=f"M-{n}"), verified=True)
        for n in range(1, count + 1)
    ]


def _settle_peak(part: AuditPart) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        new_audit().report_of(part)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_settling_holds_one_bucket_not_every_id() -> None:
    records = _records(20_000)
    audit = new_audit()
    with SpillDirectory(memory=0) as spill:
        small = audit.part(records[:2_000], spill=spill)
        large = audit.part(records, spill=spill)
        peaks = _settle_peak(small), _settle_peak(large)
    # 18,000 more ids held at once would take well over 1 MB; one bucket of them, a few kB
    assert peaks[1] < peaks[0] + 256 * 1024, peaks


def test_a_merge_of_small_parts_spills_once_they_add_up() -> None:
    from pengaduan.audit.dask import _merge_parts  # noqa: PLC0415

    audit = new_audit(skip_invalid=True)
    parts = [audit.part(sample(), order=n) for n in range(4)]  # in memory: 5 records each
    expected = audit.report_of(AuditPart.merge_all(parts))
    with SpillDirectory(memory=200) as spill:  # ten 20-byte records
        _merge_parts(spill, *parts[:2])
        assert os.listdir(spill.path) == []  # ten records: at the limit, kept in memory
        merged = _merge_parts(spill, *parts)
        assert len(os.listdir(spill.path)) == 4  # twenty: one file per part's records
        assert isinstance(merged, AuditPart)
        assert audit.report_of(merged) == expected


@pytest.fixture(autouse=True)
def _messages_as_written() -> Iterator[None]:
    """These tests read messages as the code writes them (English, the msgids); the
    Indonesian wording is checked by test_i18n.py and the hostile-input harness."""
    from pengaduan.language import use_language  # noqa: PLC0415

    with use_language("en"):
        yield
