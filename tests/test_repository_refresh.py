"""Rows an older release derived get today's derived columns: ``refresh_derived``.

Each test writes complaints with today's code, then rewrites their derived columns in SQL as an
older release left them (old privacy, old pseudonym, other units, no clocks, no derivation
stamp), and checks the refresh brings every column and every unit row back to what a fresh
write stores, on SQLite and PostgreSQL, sync and async.
"""

from __future__ import annotations

import io
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from alembic import command
from tests.helpers import ADMIN, REPORTER, WF, in_status, received, step
from tests.hostile_helpers import named_wrong_type_cases, raises_typed, refused_naming
from tests.repo_helpers import BACKENDS, database_url, opened

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, IntegrityError, StorageError
from pengaduan.model import Actor, Channel, Privacy, Reporter, replace_history
from pengaduan.serialization import dump_lines
from pengaduan.sla import SlaPolicy
from pengaduan.store import Query, RefreshReport, Repository, _migrate, _refresh
from pengaduan.store._core import DERIVATION
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pengaduan.model import Complaint

KEY = bytes(range(32))
CALENDAR = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2025, 2025))
OPTIONS: dict[str, Any] = {"policy": SlaPolicy.lapor(), "calendar": CALENDAR, "pseudonym_key": KEY}
DERIVED = (
    "tracking_id, version, head, status, privacy, classification, channel, received_at, "
    "updated_at, next_deadline, next_timer, deadline_unknown, reporter, derivation"
)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def cluster(backend: str, request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("pg_cluster") if backend.startswith("postgresql") else None


@pytest.fixture
def url(backend: str, tmp_path: Path, cluster: Any) -> str:
    return database_url(backend, tmp_path, cluster)


@pytest.fixture
def repo(backend: str, url: str) -> Iterator[Any]:
    with opened(backend, url, **OPTIONS) as repository:
        yield repository


def _sql(url: str, *statements: str) -> list[Any]:
    """Run ``statements`` in one transaction; the rows of the last one if it returns any."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            result = None
            for statement in statements:
                result = conn.execute(sa.text(statement))
            return list(result) if result is not None and result.returns_rows else []
    finally:
        engine.dispose()


def _snapshot(url: str) -> tuple[list[Any], list[Any]]:
    """Every complaint row's derived columns and every unit row, in order."""
    rows = _sql(url, f"SELECT {DERIVED} FROM complaints ORDER BY tracking_id")  # noqa: S608
    units = _sql(url, "SELECT tracking_id, unit, next_deadline FROM complaint_units ORDER BY 1, 2")
    return [tuple(r) for r in rows], [tuple(u) for u in units]


def _withdrawn(tracking_id: str) -> Complaint:
    """Made public with the reporter's consent, then the consent withdrawn: ``rahasia``."""
    complaint = received(tracking_id, privacy=Privacy.RAHASIA)
    consented = WF.record_consent(
        complaint, privacy="publik", at=complaint.updated_at + timedelta(minutes=5), actor=REPORTER
    )
    public = WF.change_privacy(
        consented,
        privacy="publik",
        reason="sesuai persetujuan",
        at=consented.updated_at + timedelta(minutes=5),
        actor=ADMIN,
    )
    return WF.record_consent(
        public, privacy="rahasia", at=public.updated_at + timedelta(hours=1), actor=REPORTER
    )


def _by_phone(tracking_id: str) -> Complaint:
    """A web complaint whose reporter left only a phone, written the local way."""
    return received(tracking_id, channel=Channel.WEB, reporter=Reporter(phone="0813-3900-1122"))


def _complaints() -> list[Complaint]:
    moved = step(in_status(Status.DIDISPOSISIKAN, "KPG-RF-2"), Action.DISPOSISI_ULANG)
    return [
        _withdrawn("KPG-RF-1"),
        moved,  # dinkes, then rsud
        _by_phone("KPG-RF-3"),
        in_status(Status.SELESAI, "KPG-RF-4"),  # no clock runs
        in_status(Status.DITINDAKLANJUTI, "KPG-RF-5"),  # the auto-close timer runs
    ]


def _store(repo: Any, complaints: list[Complaint]) -> None:
    """Store each complaint the way an app does: received, then each action appended."""
    for complaint in complaints:
        repo.add(_prefix(complaint, 1))
        for version in range(2, complaint.version + 1):
            repo.append(_prefix(complaint, version), expected_version=version - 1)


def _prefix(complaint: Complaint, version: int) -> Complaint:
    """The complaint as it was at ``version`` (its first ``version`` events)."""
    return replace_history(complaint, complaint.history[:version])


_AS_AN_OLD_RELEASE_LEFT_THEM = (
    # The privacy the admin's change set, blind to the withdrawn consent.
    "UPDATE complaints SET privacy = 'publik' WHERE tracking_id = 'KPG-RF-1'",
    # Units from whichever event carried them last; the old deadline (a timer's end).
    "DELETE FROM complaint_units WHERE tracking_id = 'KPG-RF-2'",
    (
        "INSERT INTO complaint_units (tracking_id, unit, next_deadline) "
        "VALUES ('KPG-RF-2', 'dinkes', NULL), ('KPG-RF-2', 'pupr', NULL)"
    ),
    # The pseudonym of the phone as written, not of its E.164 form.
    "UPDATE complaints SET reporter = 'old-pseudonym' WHERE tracking_id = 'KPG-RF-3'",
    (
        "UPDATE complaints SET status = 'diterima', channel = 'web', classification = 'x' "
        "WHERE tracking_id = 'KPG-RF-4'"
    ),
    (
        "UPDATE complaints SET next_deadline = next_timer, next_timer = NULL, "
        "deadline_unknown = TRUE WHERE tracking_id = 'KPG-RF-5'"
    ),
    "UPDATE complaint_units SET next_deadline = NULL WHERE tracking_id = 'KPG-RF-5'",
    "UPDATE complaints SET derivation = NULL",
)


def test_refresh_brings_every_column_and_unit_row_to_what_a_fresh_write_stores(
    backend: str, repo: Any, url: str, tmp_path: Path, cluster: Any
) -> None:
    complaints = _complaints()
    _store(repo, complaints)
    written = _snapshot(url)
    # A fresh write of each final complaint, in one go, stores the same columns.
    fresh_url = database_url(backend, tmp_path, cluster)
    with opened(backend, fresh_url, **OPTIONS) as fresh:
        for complaint in complaints:
            fresh.add(complaint)
    assert _snapshot(fresh_url) == written
    assert {row[-1] for row in written[0]} == {DERIVATION}  # stamped by today's rules

    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM)
    assert repo.stale_derived() == len(complaints)
    public = Query(privacy="publik")
    assert [r.tracking_id for r in repo.page(public).items] == ["KPG-RF-1"]  # the leak

    report = repo.refresh_derived(batch_size=2)
    assert report == RefreshReport(
        checked=5,
        changed=5,
        status=1,
        privacy=1,
        classification=1,
        channel=1,
        reporter=1,
        deadlines=1,
        units=1,
    )
    assert report.complete
    assert _snapshot(url) == written
    assert repo.stale_derived() == 0
    assert repo.page(public).items == ()
    assert repo.page(Query(reporter="+6281339001122")).items[0].tracking_id == "KPG-RF-3"
    assert [r.tracking_id for r in repo.page(Query(unit="rsud")).items] == ["KPG-RF-2"]
    assert repo.page(Query(unit="pupr")).items == ()

    # Idempotent: nothing stale is left, and recomputing every row changes nothing.
    assert repo.refresh_derived() == RefreshReport()
    assert repo.refresh_derived(every_row=True, batch_size=3) == RefreshReport(checked=5)
    assert _snapshot(url) == written


def test_a_row_with_current_values_and_no_stamp_is_only_stamped(repo: Any, url: str) -> None:
    _store(repo, _complaints()[:2])
    written = _snapshot(url)
    _sql(url, "UPDATE complaints SET derivation = NULL WHERE tracking_id = 'KPG-RF-2'")
    assert repo.stale_derived() == 1
    assert repo.refresh_derived() == RefreshReport(checked=1)
    assert repo.stale_derived() == 0
    assert _snapshot(url) == written


def test_a_newer_release_rows_are_left_alone(repo: Any, url: str) -> None:
    _store(repo, _complaints()[:1])
    _sql(url, "UPDATE complaints SET derivation = 99, privacy = 'publik'")
    assert repo.stale_derived() == 0
    assert repo.refresh_derived(every_row=True) == RefreshReport()
    assert _sql(url, "SELECT privacy FROM complaints")[0][0] == "publik"


def test_a_row_whose_history_does_not_verify_is_reported_never_fixed(repo: Any, url: str) -> None:
    _store(repo, _complaints())
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM)
    # Someone edited the record of the complaint whose privacy column leaks.
    _sql(
        url,
        "UPDATE complaints SET record = replace(record, 'puskesmas', 'PUSKESMAS') "
        "WHERE tracking_id = 'KPG-RF-1'",
    )
    report = repo.refresh_derived(batch_size=1)
    assert report.unverified == ("KPG-RF-1",)
    assert (report.checked, report.changed, report.complete) == (5, 4, False)
    assert report.narrowed == 1
    # Nothing is recomputed from it, but its privacy column fails closed (see below).
    assert _sql(url, "SELECT privacy, derivation FROM complaints WHERE tracking_id = 'KPG-RF-1'")[
        0
    ] == ("rahasia", None)
    assert repo.stale_derived() == 1  # still to investigate
    assert repo.refresh_derived().unverified == ("KPG-RF-1",)


def test_a_complaint_written_during_the_refresh_keeps_what_its_writer_stored(
    backend: str, repo: Any, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    complaints = _complaints()
    _store(repo, complaints)
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM)
    target = complaints[1]  # KPG-RF-2, whose unit rows are wrong
    answered = WF.apply(
        target,
        Action.TINDAK_LANJUT,
        at=target.updated_at + timedelta(hours=1),
        actor=Actor.unit("rsud"),
        response="Sudah ditangani.",
    )
    real = _refresh.derived_columns
    writes: list[str] = []

    def another_writer_meanwhile(settings: Any, complaint: Complaint, *kinds: Any) -> Any:
        if complaint.tracking_id == target.tracking_id and not writes:
            writes.append(complaint.tracking_id)
            with Repository(url, **OPTIONS) as other:
                other.append(answered, expected_version=target.version)
        return real(settings, complaint, *kinds)

    monkeypatch.setattr(_refresh, "derived_columns", another_writer_meanwhile)
    report = repo.refresh_derived(batch_size=1)
    assert writes == [target.tracking_id]
    assert (report.conflicts, report.changed, report.complete) == (1, 4, False)
    (status, version) = _sql(
        url, "SELECT status, version FROM complaints WHERE tracking_id = 'KPG-RF-2'"
    )[0]
    assert (status, version) == ("ditindaklanjuti", answered.version)  # the writer's values
    assert repo.stale_derived() == 1
    monkeypatch.setattr(_refresh, "derived_columns", real)
    assert repo.refresh_derived().changed == 1  # its unit rows, now
    assert repo.stale_derived() == 0
    assert repo.get("KPG-RF-2") == answered
    assert [u[1] for u in _snapshot(url)[1] if u[0] == "KPG-RF-2"] == ["rsud"]


def test_refresh_refuses_to_erase_what_its_repository_cannot_compute(
    backend: str, repo: Any, url: str
) -> None:
    _store(repo, _complaints()[:3])
    _sql(url, "UPDATE complaints SET derivation = NULL")
    with opened(backend, url) as bare:
        error = raises_typed(bare.refresh_derived)
        assert isinstance(error, ArgumentError)
        assert error.argument == "pseudonym_key"
    with opened(backend, url, pseudonym_key=KEY) as keyed:
        error = raises_typed(keyed.refresh_derived)
        assert isinstance(error, ArgumentError)
        assert error.argument == "policy"
    assert repo.stale_derived() == 3  # nothing was written


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_rows_written_before_the_migration_are_stale(
    database: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    cluster = request.getfixturevalue("pg_cluster") if database == "postgresql" else None
    url = database_url(database, tmp_path, cluster)
    with Repository(url, **OPTIONS) as repo:
        _store(repo, _complaints()[:2])
        written = _snapshot(url)
        with repo.engine.begin() as conn:
            command.downgrade(_migrate._config(conn), "0004")
    assert "derivation" not in _sql(url, "SELECT * FROM complaints LIMIT 1")[0]._fields
    with Repository(url, **OPTIONS) as repo:  # migrates to the newest revision
        assert repo.stale_derived() == 2
        assert repo.refresh_derived() == RefreshReport(checked=2)
        assert _snapshot(url) == written


# -- arguments ------------------------------------------------------------------------------------


def _refresh_in_memory(**arguments: Any) -> Any:
    with Repository("sqlite://", **OPTIONS) as repository:
        return repository.refresh_derived(**arguments)


@pytest.mark.parametrize(
    ("call", "value", "argument"),
    named_wrong_type_cases(
        {
            "batch_size": lambda v: _refresh_in_memory(batch_size=v),
            "every_row": lambda v: _refresh_in_memory(every_row=v),
        },
        {"batch_size": {"int"}, "every_row": {"bool"}},
    ),
)
def test_wrong_types_are_typed_errors(call: Any, value: Any, argument: str) -> None:
    refused_naming(call, value, argument)


@pytest.mark.parametrize("size", [0, -1, 10_001, 2**63], ids=["zero", "negative", "over", "huge"])
def test_batch_sizes_outside_the_range_are_refused(size: int) -> None:
    error = raises_typed(_refresh_in_memory, batch_size=size)
    assert isinstance(error, ArgumentError)
    assert error.argument == "batch_size"


def test_a_bulk_import_stores_what_the_refresh_computes(repo: Any) -> None:
    # 40 complaints: over the batch from which PostgreSQL's import writes with COPY.
    complaints = [
        step(in_status(Status.DIDISPOSISIKAN, f"KPG-BULK-{n:02d}"), Action.DISPOSISI_ULANG)
        if n % 2
        else _by_phone(f"KPG-BULK-{n:02d}")
        for n in range(40)
    ]
    export = io.StringIO()
    dump_lines(complaints, export)
    export.seek(0)
    assert repo.import_lines(export).added == 40
    assert repo.stale_derived() == 0
    assert repo.refresh_derived(every_row=True, batch_size=7) == RefreshReport(checked=40)
    assert len(repo.page(Query(unit="rsud"), limit=100).items) == 20


def test_batches_done_before_a_failure_stay_done_and_a_second_run_finishes(
    repo: Any, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(repo, _complaints())
    written = _snapshot(url)
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM)
    real = _refresh.derived_columns

    def fails_on_the_third(settings: Any, complaint: Complaint, *kinds: Any) -> Any:
        if complaint.tracking_id == "KPG-RF-3":
            raise StorageError(reason="unavailable", detail="the server went away")
        return real(settings, complaint, *kinds)

    monkeypatch.setattr(_refresh, "derived_columns", fails_on_the_third)
    with pytest.raises(StorageError):
        repo.refresh_derived(batch_size=2)
    assert repo.stale_derived() == 3  # the first batch (two rows) was committed
    monkeypatch.setattr(_refresh, "derived_columns", real)
    report = repo.refresh_derived(batch_size=2)
    assert (report.checked, report.changed, report.complete) == (3, 3, True)
    assert _snapshot(url) == written


# -- damaged rows: the refresh repairs what it can and goes on ------------------------------------


def _damaged_times(backend: str) -> tuple[str, ...]:
    """A unit row's deadline and a timer end no driver reads back as a time."""
    if backend.startswith("postgresql"):
        return (
            "UPDATE complaint_units SET next_deadline = 'infinity' WHERE tracking_id = 'KPG-RF-2'",
            "UPDATE complaints SET next_timer = '-infinity' WHERE tracking_id = 'KPG-RF-5'",
            (
                "UPDATE complaints SET next_deadline = '12000-01-01 00:00+00' "
                "WHERE tracking_id = 'KPG-RF-4'"
            ),
        )
    return (
        "UPDATE complaint_units SET next_deadline = 'garbage' WHERE tracking_id = 'KPG-RF-2'",
        "UPDATE complaints SET next_timer = '2025-13-45 99:00:00' WHERE tracking_id = 'KPG-RF-5'",
        "UPDATE complaints SET next_deadline = 12345 WHERE tracking_id = 'KPG-RF-4'",
    )


def test_a_derived_time_that_cannot_be_read_is_rewritten_and_the_batch_goes_on(
    backend: str, repo: Any, url: str
) -> None:
    _store(repo, _complaints())
    written = _snapshot_unreadable_safe(url)
    _sql(
        url,
        "UPDATE complaints SET derivation = NULL",
        "UPDATE complaints SET privacy = 'publik' WHERE tracking_id = 'KPG-RF-1'",
        *_damaged_times(backend),
    )
    # A query reading the damaged columns gives a typed error, never the decoder's own.
    error = raises_typed(repo.page, Query())
    assert isinstance(error, StorageError)

    report = repo.refresh_derived(batch_size=2)
    assert report.complete
    assert (report.checked, report.changed, report.deadlines) == (5, 4, 3)
    assert report.privacy == 1  # the healthy row of the batch was repaired too
    assert _snapshot_unreadable_safe(url) == written
    assert repo.page(Query(privacy="publik")).items == ()
    assert len(repo.page(Query()).items) == 5
    assert repo.refresh_derived(every_row=True) == RefreshReport(checked=5)


def _snapshot_unreadable_safe(url: str) -> list[Any]:
    """The derived columns with the times as text (a damaged one cannot be read as a time)."""
    rows = _sql(
        url,
        "SELECT tracking_id, status, privacy, reporter, derivation, deadline_unknown, "
        "CAST(next_deadline AS TEXT), CAST(next_timer AS TEXT) FROM complaints ORDER BY 1",
    )
    units = _sql(
        url,
        "SELECT tracking_id, unit, CAST(next_deadline AS TEXT) FROM complaint_units ORDER BY 1, 2",
    )
    return [tuple(r) for r in rows] + [tuple(u) for u in units]


def _deep_record(backend: str, tracking_id: str) -> str:
    deep = (
        "repeat('[', 50000)"
        if backend.startswith("postgresql")
        else ("replace(hex(zeroblob(25000)), '0', '[')")
    )
    return f"UPDATE complaints SET record = {deep} WHERE tracking_id = '{tracking_id}'"  # noqa: S608


def test_a_record_nested_too_deep_is_unverified_and_the_others_are_refreshed(
    backend: str, repo: Any, url: str
) -> None:
    _store(repo, _complaints())
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM, _deep_record(backend, "KPG-RF-3"))
    error = raises_typed(repo.get, "KPG-RF-3")
    assert isinstance(error, IntegrityError)
    assert error.complaint_id == "KPG-RF-3"
    report = repo.refresh_derived(batch_size=5)
    assert report.unverified == ("KPG-RF-3",)
    assert (report.checked, report.changed, report.privacy) == (5, 4, 1)
    assert repo.page(Query(privacy="publik")).items == ()
    assert repo.stale_derived() == 1


def _withdrawn_then_tampered(repo: Any, url: str) -> None:
    """``KPG-RF-1`` (its newest consent made it ``rahasia``) as an older release left it
    (``publik``), and one of its events edited since: its history does not verify."""
    _store(repo, _complaints())
    _sql(
        url,
        *_AS_AN_OLD_RELEASE_LEFT_THEM,
        "UPDATE events SET actor_id = 'portal-2' WHERE tracking_id = 'KPG-RF-1' AND seq = 1",
    )


def test_a_row_whose_history_does_not_verify_is_narrowed_to_rahasia_and_nothing_else(
    repo: Any, url: str
) -> None:
    _withdrawn_then_tampered(repo, url)
    record_and_events = (
        "SELECT c.record, c.derivation, c.version, c.head, e.seq, e.actor_id, e.digest "
        "FROM complaints c JOIN events e ON e.tracking_id = c.tracking_id "
        "WHERE c.tracking_id = 'KPG-RF-1' ORDER BY e.seq"
    )
    before = _sql(url, record_and_events)
    assert [r.tracking_id for r in repo.page(Query(privacy="publik")).items] == ["KPG-RF-1"]

    report = repo.refresh_derived(batch_size=2)
    assert (report.unverified, report.narrowed, report.complete) == (("KPG-RF-1",), 1, False)
    assert repo.page(Query(privacy="publik")).items == ()
    assert _sql(url, "SELECT privacy FROM complaints WHERE tracking_id = 'KPG-RF-1'")[0][0] == (
        Privacy.RAHASIA.value
    )
    assert _sql(url, record_and_events) == before  # record, events and stamp untouched
    assert repo.stale_derived() == 1  # still to investigate
    again = repo.refresh_derived()
    assert (again.unverified, again.narrowed) == (("KPG-RF-1",), 0)


@pytest.mark.parametrize("privacy", ["rahasia", "anonim"])
def test_only_a_privacy_column_saying_more_than_rahasia_is_narrowed(
    repo: Any, url: str, privacy: str
) -> None:
    _withdrawn_then_tampered(repo, url)
    _sql(url, f"UPDATE complaints SET privacy = '{privacy}' WHERE tracking_id = 'KPG-RF-1'")  # noqa: S608
    assert repo.refresh_derived().narrowed == (privacy != "rahasia")
    assert _sql(url, "SELECT privacy FROM complaints WHERE tracking_id = 'KPG-RF-1'")[0][0] == (
        "rahasia"
    )


@pytest.mark.parametrize("stamp", ["0", "-3"])
def test_a_stamp_below_the_first_version_is_stale(repo: Any, url: str, stamp: str) -> None:
    _store(repo, _complaints()[:2])
    _sql(url, f"UPDATE complaints SET derivation = {stamp}, privacy = 'publik'")  # noqa: S608
    assert repo.stale_derived() == 2
    assert repo.refresh_derived().privacy == 2
    assert repo.page(Query(privacy="publik")).items == ()


@pytest.mark.parametrize("stamp", ["'x'", "1.5", "X'01'", "'1.0e0x'"])
@pytest.mark.parametrize("front", ["sqlite", "sqlite-async"])
def test_a_stamp_that_is_no_whole_number_is_stale_on_sqlite(
    front: str, tmp_path: Path, stamp: str
) -> None:
    # PostgreSQL's integer column holds nothing else; SQLite keeps what it is given.
    url = database_url("sqlite", tmp_path, None)
    with opened(front, url, **OPTIONS) as repo:
        _store(repo, _complaints()[:2])
        _sql(url, f"UPDATE complaints SET derivation = {stamp}, privacy = 'publik'")  # noqa: S608
        assert repo.stale_derived() == 2
        assert repo.refresh_derived(every_row=True).privacy == 2
        assert repo.page(Query(privacy="publik")).items == ()
        assert repo.stale_derived() == 0
        assert {row[0] for row in _sql(url, "SELECT derivation FROM complaints")} == {DERIVATION}


def _refusing(backend: str, tracking_id: str) -> tuple[str, ...]:
    """A trigger that refuses every change to one complaint's row (what an app's own
    trigger or constraint may do)."""
    if backend.startswith("postgresql"):
        return (
            (
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql"
            ),
            (
                "CREATE TRIGGER refuse BEFORE UPDATE ON complaints FOR EACH ROW "
                f"WHEN (OLD.tracking_id = '{tracking_id}') EXECUTE FUNCTION refuse()"
            ),
        )
    return (
        (
            "CREATE TRIGGER refuse BEFORE UPDATE ON complaints "
            f"WHEN OLD.tracking_id = '{tracking_id}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
        ),
    )


def test_a_row_the_database_refuses_is_reported_and_the_others_go_on(
    backend: str, repo: Any, url: str
) -> None:
    _store(repo, _complaints())
    written = _snapshot(url)
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM, *_refusing(backend, "KPG-RF-3"))
    report = repo.refresh_derived(batch_size=2)
    assert report.unwritten == ("KPG-RF-3",)
    assert (report.checked, report.changed, report.complete) == (4, 4, False)
    assert repo.stale_derived() == 1
    assert repo.page(Query(privacy="publik")).items == ()
    _sql(
        url, "DROP TRIGGER refuse" + (" ON complaints" if backend.startswith("postgresql") else "")
    )
    assert repo.refresh_derived().changed == 1
    assert _snapshot(url) == written


def test_a_database_out_of_reach_still_ends_the_refresh(
    repo: Any, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only a refusal of the row itself is skipped: a lost server is not a row to report.
    _store(repo, _complaints())
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM)
    real = _refresh.derived_columns

    def server_gone(settings: Any, complaint: Complaint, *kinds: Any) -> Any:
        if complaint.tracking_id == "KPG-RF-3":
            raise StorageError(reason="unavailable", detail="the server went away")
        return real(settings, complaint, *kinds)

    monkeypatch.setattr(_refresh, "derived_columns", server_gone)
    with pytest.raises(StorageError) as raised:
        repo.refresh_derived(batch_size=5)
    assert raised.value.reason == "unavailable"
    assert repo.stale_derived() == 5


def test_tracking_ids_in_the_report_are_text(tmp_path: Path) -> None:
    # SQLite keeps a BLOB in a text column: the report still holds str ids.
    url = database_url("sqlite", tmp_path, None)
    with Repository(url, **OPTIONS) as repo:
        _store(repo, _complaints()[:2])
        _sql(
            url,
            "UPDATE complaints SET derivation = NULL, tracking_id = CAST(tracking_id AS BLOB) "
            "WHERE tracking_id = 'KPG-RF-1'",
        )
        report = repo.refresh_derived()
    assert report.unverified == ("KPG-RF-1",)
    assert all(type(tracking_id) is str for tracking_id in report.unverified)


def test_a_database_that_refuses_every_row_ends_the_refresh(
    backend: str, repo: Any, url: str
) -> None:
    # Refusing every row of a batch is no row's fault (a permission, a read-only role).
    _store(repo, _complaints())
    _sql(url, *_AS_AN_OLD_RELEASE_LEFT_THEM)
    for tracking_id in ("KPG-RF-1", "KPG-RF-2"):
        _sql(
            url,
            *(
                s.replace("refuse", f"refuse_{tracking_id[-1]}")
                for s in _refusing(backend, tracking_id)
            ),
        )
    with pytest.raises(StorageError) as raised:
        repo.refresh_derived(batch_size=2)
    assert raised.value.reason == "failed"
    assert repo.stale_derived() == 5
