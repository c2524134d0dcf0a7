"""Histories to Parquet: the documented schema, read back by DuckDB, reproduces the audit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import duckdb
import pyarrow.parquet as pq
import pytest
from tests.audit_helpers import NOW, new_audit, sample
from tests.hostile_helpers import SECRET_TEXT, WRONG_TYPES, raises_typed
from tests.sla_helpers import KUPANG, wita

from pengaduan.audit.parquet import ParquetWriteError, write_parquet
from pengaduan.errors import ArgumentError
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from pathlib import Path

    from pengaduan.model import Complaint

SHARE = """
SELECT c.clock,
       round(100.0 * count(*) FILTER (WHERE c.outcome = 'on_time')
             / count(*) FILTER (WHERE c.outcome IS NOT NULL), 1) AS share_on_time
FROM (SELECT unnest(cycles) AS c FROM '{path}' WHERE auditable)
GROUP BY c.clock
HAVING count(*) FILTER (WHERE c.outcome IS NOT NULL) > 0
ORDER BY c.clock
"""
BY_UNIT = """
SELECT unit, c.clock, count(*) FILTER (WHERE c.outcome IS NOT NULL) AS judged
FROM (SELECT unnest(CASE WHEN len(units) = 0 THEN [''] ELSE units END) AS unit, cycles
      FROM '{path}' WHERE auditable),
     (SELECT unnest(cycles) AS c)
GROUP BY ALL ORDER BY ALL
"""


def complaints() -> list[Complaint]:
    many = [
        build_complaint(
            wita(2025, 3, 3 + i % 20),
            ("verifikasi", 1 + i % 5),
            ("tindak_lanjut", 6 + i % 5 + i % 7),
            tracking_id=f"P-{i}",
            units=["dinkes" if i % 3 else "rsud"],
        )
        for i in range(40)
    ]
    return [*sample(), *many]


def test_duckdb_reproduces_the_audit_share_on_time(tmp_path: Path) -> None:
    items = complaints()
    events, rows = write_parquet(items, tmp_path, calendar=KUPANG, now=NOW, batch_size=7)
    audit = new_audit()
    audit.add_all(items)
    report = audit.report()

    shares = dict(duckdb.sql(SHARE.format(path=rows)).fetchall())
    expected = {c.clock: c.share_on_time for c in report.overall.clocks if c.judged}
    assert shares == expected
    by_unit = {(u, clock): n for u, clock, n in duckdb.sql(BY_UNIT.format(path=rows)).fetchall()}
    for unit in report.units:
        for clock in unit.clocks:
            assert by_unit.get((unit.unit or "", clock.clock), 0) == clock.judged
    assert pq.read_metadata(events).num_rows == sum(len(c.history) for c in items)
    assert pq.read_metadata(rows).num_rows == len(items)


def test_no_text_or_identity_is_written(tmp_path: Path) -> None:
    items = [attrs.evolve(c, text=SECRET_TEXT) for c in complaints()]  # a broken chain, too
    paths = write_parquet(items, tmp_path, calendar=KUPANG, now=NOW)
    for path in paths:
        assert SECRET_TEXT.encode() not in path.read_bytes()
        assert b"pelapor-" not in path.read_bytes()


def test_schema_is_the_documented_one(tmp_path: Path) -> None:
    events, rows = write_parquet(sample(), tmp_path, calendar=KUPANG, now=NOW)
    assert pq.read_schema(events).names == [
        "tracking_id",
        "sequence",
        "at",
        "action",
        "from_status",
        "to_status",
        "actor_role",
    ]
    assert pq.read_schema(rows).names == [
        "tracking_id",
        "received_at",
        "classification",
        "channel",
        "status",
        "status_category",
        "units",
        "events",
        "sop_violations",
        "history_verified",
        "auditable",
        "cycles",
    ]


def test_a_missing_directory_is_a_storage_error(tmp_path: Path) -> None:
    error = raises_typed(
        lambda: write_parquet(sample(), tmp_path / "nope", calendar=KUPANG, now=NOW)
    )
    assert isinstance(error, ParquetWriteError)


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
def test_wrong_types_are_argument_errors(kind: str, value: object, tmp_path: Path) -> None:
    calls = [
        lambda: write_parquet(sample(), value, calendar=KUPANG, now=NOW),  # type: ignore[arg-type]
        lambda: write_parquet([value], tmp_path, calendar=KUPANG, now=NOW),  # type: ignore[list-item]
    ]
    if kind != "int":
        calls.append(
            lambda: write_parquet(sample(), tmp_path, calendar=KUPANG, now=NOW, batch_size=value)  # type: ignore[arg-type]
        )
    for call in calls:
        assert isinstance(raises_typed(call), ArgumentError), kind
