"""Importing the audit's office CSV into the repository, on every backend: rows replayed through
the workflow, bad rows reported by line and problem kind, resumable, deadlines stored."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import T0
from tests.hostile_helpers import WRONG_TYPES
from tests.repo_helpers import BACKENDS, database_url, opened

from pengaduan.audit import ColumnMapping
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, SerializationError
from pengaduan.sla import SlaPolicy
from pengaduan.store import Query

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

HEADER = "id,unit,classification,received_at,verified_at,followed_up_at,closed_at\n"
ROWS = [
    "C-1,dinkes,pengaduan,2025-03-03 10:00,2025-03-04 09:00,,\n",  # line 2
    "C-2,dinkes;rsud,pengaduan,2025-03-03 11:00,2025-03-03 12:00,2025-03-05 10:00,\n",
    "C-3,dinkes,pengaduan,3 Maret 2025,,,\n",  # line 4: bad time
    "C-4,pupr,pengaduan,2025-03-03 10:00,,,2025-03-05 10:00\n",  # line 5: closed, no follow-up
    "\n",
    "C-5,pupr,pengaduan,2025-03-03 10:00,2025-03-03 11:00,2025-03-04 10:00,2025-03-06 10:00\n",
    "C-1,dinkes,pengaduan,2025-03-03 10:00,,,\n",  # line 8: the id again, in another batch
]
CSV = HEADER + "".join(ROWS)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def repo(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    cluster = request.getfixturevalue("pg_cluster") if backend.startswith("postgresql") else None
    url = database_url(backend, tmp_path, cluster)
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    with opened(backend, url, policy=SlaPolicy.lapor(), calendar=calendar) as repository:
        yield repository


def test_csv_rows_become_complaints_and_bad_rows_are_reported(repo: Any) -> None:
    progress: list[int] = []
    report = repo.import_csv(
        io.StringIO(CSV), timezone="Asia/Makassar", batch_size=3, progress=progress.append
    )
    assert (report.added, report.skipped, report.lines) == (3, 1, 8)
    assert report.rejected == ((4, "bad_time"), (5, "out_of_order"))
    assert progress == [4, 8]
    first = repo.get("C-1")
    assert (first.status, first.units, first.version) == ("didisposisikan", ("dinkes",), 2)
    assert repo.get("C-2").units == ("dinkes", "rsud")
    assert repo.get("C-5").status == "selesai"
    late = Query(unit="dinkes", overdue=True, now=T0 + timedelta(days=60))
    assert [row.tracking_id for row in repo.page(late).items] == ["C-1"]  # C-2 answered in time
    timers = Query(unit="dinkes", timer_due=True, now=T0 + timedelta(days=60))
    assert [row.tracking_id for row in repo.page(timers).items] == ["C-2"]  # auto-close due
    again = repo.import_csv(CSV.splitlines(keepends=True), timezone="Asia/Makassar")
    assert (again.added, again.skipped) == (0, 3)  # resumed: nothing twice
    assert again.rejected[-1] == (8, "conflict")  # twice in one batch
    resumed = repo.import_csv(io.StringIO(CSV), timezone="Asia/Makassar", start_line=5)
    assert (resumed.added, resumed.skipped, resumed.rejected) == (0, 2, ((5, "out_of_order"),))


def test_a_mapped_header_and_binary_input(repo: Any) -> None:
    text = CSV.replace("received_at", "Tanggal Masuk").encode()
    mapping = ColumnMapping.from_dict({"received_at": "Tanggal Masuk"})
    report = repo.import_csv(io.BytesIO(text), mapping=mapping, timezone="Asia/Makassar")
    assert report.added == 3


def test_an_unusable_header_stops_the_import(repo: Any) -> None:
    with pytest.raises(SerializationError, match="baris 1"):
        repo.import_csv(["tanggal,unit\n", "x,y\n"])
    with pytest.raises(SerializationError, match="--timezone"):  # no zone for local times
        repo.import_csv(io.StringIO(CSV))
    assert repo.count() == 0


@pytest.mark.parametrize(
    "wrong", [value for _, value in WRONG_TYPES], ids=[n for n, _ in WRONG_TYPES]
)
def test_wrong_argument_types_are_argument_errors(repo: Any, wrong: object) -> None:
    if wrong is not None:
        for options in ({"workflow": wrong}, {"mapping": wrong}, {"timezone": wrong}):
            with pytest.raises(ArgumentError):
                repo.import_csv(io.StringIO(CSV), **options)
    if not isinstance(wrong, list | dict | set):  # those are iterables of lines
        with pytest.raises(ArgumentError):
            repo.import_csv(wrong)
        with pytest.raises(ArgumentError):
            repo.import_lines(wrong)
