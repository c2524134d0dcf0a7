"""The SQL repository on SQLite and on a real PostgreSQL server, each sync and async: round trips,
events as rows, compare-and-set, idempotent receive, work queues, transactions, bulk import,
typed storage errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
import sqlalchemy as sa
from tests.helpers import ADMIN, SYSTEM, T0, WF, in_status, received, step, submission
from tests.repo_helpers import opened

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import (
    ArgumentError,
    ConflictError,
    IdempotencyError,
    IntegrityError,
    NotFoundError,
    StorageError,
)
from pengaduan.integrity import TransparencyLog
from pengaduan.model import Channel, Privacy
from pengaduan.serialization import dump_lines, to_json
from pengaduan.sla import SlaPolicy
from pengaduan.store import Query, Repository
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


KEY = bytes(range(32))


@pytest.fixture
def repo(backend: str, url: str) -> Iterator[Any]:
    with opened(backend, url, pseudonym_key=KEY) as repository:
        yield repository


def _rows(url: str, sql: str) -> list[Any]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(sql)))
    finally:
        engine.dispose()


def test_add_get_append_round_trip(repo: Any, url: str) -> None:
    complaint = in_status(Status.DIDISPOSISIKAN)
    repo.add(complaint)
    loaded = repo.get(complaint.tracking_id)
    assert loaded == complaint
    answered = step(loaded, Action.TINDAK_LANJUT)
    repo.append(answered, expected_version=loaded.version)
    assert repo.get(complaint.tracking_id) == answered
    assert repo.count() == 1
    events = _rows(url, "SELECT seq, action, payload, digest FROM events ORDER BY seq")
    assert [(r.seq, r.action) for r in events] == [(e.sequence, e.action) for e in answered.history]
    assert [r.payload for r in events] == [e.payload for e in answered.history]
    (row,) = _rows(url, "SELECT version, head, status, privacy FROM complaints")
    assert tuple(row) == (3, answered.head, Status.DITINDAKLANJUTI, Privacy.ANONIM)
    assert _rows(url, "SELECT unit FROM complaint_units")[0][0] == "dinkes"


def test_a_stale_writer_gets_a_conflict_and_writes_nothing(repo: Any) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    first = step(stored, Action.TINDAK_LANJUT)
    second = step(stored, Action.DISPOSISI_ULANG)
    repo.append(first, expected_version=stored.version)
    with pytest.raises(ConflictError) as caught:
        repo.append(second, expected_version=stored.version)
    assert (caught.value.expected, caught.value.actual) == (2, 3)
    assert repo.get(stored.tracking_id) == first


def test_a_history_that_does_not_extend_the_stored_one_is_refused(repo: Any) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    other = in_status(Status.DITUNDA)  # same id, another second event
    with pytest.raises(IntegrityError):
        repo.append(step(other, Action.LANJUTKAN), expected_version=2)
    fork = in_status(Status.DITUNDA)  # as long as the stored history, another head
    with pytest.raises(IntegrityError):
        repo.append(fork, expected_version=2)
    missing = step(in_status(Status.DIDISPOSISIKAN, "KPG-NONE"), Action.TINDAK_LANJUT)
    with pytest.raises(NotFoundError):
        repo.append(missing, expected_version=2)
    with pytest.raises(ConflictError):
        repo.add(stored)
    assert repo.get(stored.tracking_id) == stored


def test_a_complaint_without_new_events_is_stored_as_a_no_op(repo: Any, url: str) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    before = _rows(url, "SELECT tracking_id, version, head, updated_at FROM complaints")
    repo.append(stored, expected_version=stored.version)
    assert repo.update(stored.tracking_id, lambda c: c) == stored
    assert _rows(url, "SELECT tracking_id, version, head, updated_at FROM complaints") == before
    assert repo.get(stored.tracking_id) == stored


def test_a_complaint_without_new_events_still_meets_the_version_check(repo: Any) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    later = step(stored, Action.TINDAK_LANJUT)
    repo.append(later, expected_version=stored.version)
    with pytest.raises(ConflictError) as caught:  # stale: the stored version moved on
        repo.append(stored, expected_version=stored.version)
    assert (caught.value.expected, caught.value.actual) == (2, 3)
    fork = step(stored, Action.DISPOSISI_ULANG)  # version 3, another event 3
    with pytest.raises(IntegrityError):
        repo.append(fork, expected_version=fork.version)
    with pytest.raises(IntegrityError):  # a rollback is still refused
        repo.append(stored, expected_version=later.version)
    with pytest.raises(NotFoundError):
        repo.append(in_status(Status.DITERIMA, "KPG-NONE"), expected_version=1)
    assert repo.get(stored.tracking_id) == later


def test_a_no_op_in_a_transaction_is_checked_too(repo: Any) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    with repo.transaction() as tx:
        tx.append(stored, expected_version=stored.version)
    later = step(stored, Action.TINDAK_LANJUT)
    repo.append(later, expected_version=stored.version)
    with pytest.raises(ConflictError), repo.transaction() as tx:
        tx.append(stored, expected_version=stored.version)
    assert repo.get(stored.tracking_id) == later


def test_a_no_op_is_not_logged_again(backend: str, url: str) -> None:
    log = TransparencyLog()
    with opened(backend, url, log=log) as logged:
        stored = in_status(Status.DIDISPOSISIKAN)
        logged.add(stored)
        size = log.size
        logged.append(stored, expected_version=stored.version)
        logged.update(stored.tracking_id, lambda c: c)
        assert log.size == size


def _tamper(url: str, sql: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(sql))
    finally:
        engine.dispose()


def test_event_rows_stored_past_the_version_refuse_the_append(repo: Any, url: str) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    _tamper(  # a row written past the projection's version, outside the store
        url,
        "INSERT INTO events (tracking_id, seq, action, from_status, to_status, actor_role, "
        "actor_id, at, payload, data, idempotency_key, digest) "
        "SELECT tracking_id, seq + 1, action, from_status, to_status, actor_role, actor_id, "
        "at, payload, data, idempotency_key, digest FROM events WHERE seq = 2",
    )
    with pytest.raises(IntegrityError) as caught:
        repo.append(step(stored, Action.TINDAK_LANJUT), expected_version=stored.version)
    assert (caught.value.complaint_id, caught.value.sequence) == (stored.tracking_id, 3)
    assert repo.get(stored.tracking_id) == stored


@pytest.mark.parametrize(
    "tampering",
    [
        "UPDATE events SET payload = '{}' WHERE seq = 2",
        "DELETE FROM events WHERE seq = 3",
        "DELETE FROM events WHERE seq = 1",
        "UPDATE complaints SET version = 2",
        "UPDATE complaints SET record = 'not json'",
    ],
    ids=["edited-event", "cut-short", "first-missing", "version-column", "record"],
)
def test_get_verifies_the_rows(repo: Any, url: str, tampering: str) -> None:
    stored = in_status(Status.DITINDAKLANJUTI)
    repo.add(stored)
    _tamper(url, tampering)
    with pytest.raises(IntegrityError):
        repo.get(stored.tracking_id)
    with pytest.raises(NotFoundError):
        repo.get("KPG-MISSING")


def test_receive_is_idempotent_per_key(repo: Any) -> None:
    first = repo.receive(
        WF, submission(), tracking_id="KPG-SMS-1", at=T0, actor=SYSTEM, idempotency_key="sms-9"
    )
    again = repo.receive(
        WF,
        submission(),
        tracking_id="KPG-SMS-2",
        at=T0 + timedelta(minutes=5),
        actor=SYSTEM,
        idempotency_key="sms-9",
    )
    assert again == first
    assert repo.count() == 1
    assert repo.find_by_key("sms-9") == first
    assert repo.find_by_key("sms-unknown") is None
    with pytest.raises(IdempotencyError) as caught:
        repo.receive(
            WF,
            submission(text="lain"),
            tracking_id="KPG-SMS-3",
            at=T0,
            actor=SYSTEM,
            idempotency_key="sms-9",
        )
    assert caught.value.difference == "data"
    with pytest.raises(ConflictError):
        repo.receive(WF, submission(), tracking_id="KPG-SMS-1", at=T0, actor=SYSTEM)
    assert repo.count() == 1


def _fill(repo: Any) -> dict[str, Any]:
    made = {
        "KPG-A-1": in_status(Status.DIDISPOSISIKAN, "KPG-A-1"),
        "KPG-A-2": step(in_status(Status.DIDISPOSISIKAN, "KPG-A-2"), Action.DISPOSISI_ULANG),
        "KPG-A-3": in_status(Status.DITERIMA, "KPG-A-3"),
        "KPG-A-4": received("KPG-A-4", channel=Channel.WEB),
        "KPG-A-5": in_status(Status.DITINDAKLANJUTI, "KPG-A-5"),
    }
    for complaint in made.values():
        repo.add(complaint)
    return made


def test_work_queue_filters_pages_and_counts(repo: Any) -> None:
    _fill(repo)
    ids = lambda page: [row.tracking_id for row in page.items]  # noqa: E731
    assert ids(repo.page(Query(statuses=(Status.DITERIMA,)))) == ["KPG-A-3", "KPG-A-4"]
    assert ids(repo.page(Query(unit="dinkes"))) == ["KPG-A-1", "KPG-A-5"]
    assert ids(repo.page(Query(unit="rsud"))) == ["KPG-A-2"]
    assert ids(repo.page(Query(channel=Channel.WEB))) == ["KPG-A-4"]
    assert ids(repo.page(Query(privacy=Privacy.RAHASIA))) == []
    assert ids(repo.page(Query(received_before=T0))) == []
    assert len(repo.page(Query(received_from=T0)).items) == 5
    assert ids(repo.page(Query(reporter="akun-7781", statuses=(Status.DITINDAKLANJUTI,)))) == [
        "KPG-A-5"
    ]
    seen: list[str] = []
    cursor = None
    while True:
        page = repo.page(Query(), limit=2, after=cursor)
        seen.extend(ids(page))
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == sorted(seen) == [f"KPG-A-{n}" for n in range(1, 6)]
    row = repo.page(Query(unit="rsud")).items[0]
    assert (row.units, row.status, row.version) == (("rsud",), Status.DIDISPOSISIKAN, 3)
    assert repo.counts() == {
        ("dinkes", Status.DIDISPOSISIKAN): 1,
        ("dinkes", Status.DITINDAKLANJUTI): 1,
        ("rsud", Status.DIDISPOSISIKAN): 1,
        (None, Status.DITERIMA): 2,
    }
    assert repo.counts(Query(unit="dinkes")) == {
        ("dinkes", Status.DIDISPOSISIKAN): 1,
        ("dinkes", Status.DITINDAKLANJUTI): 1,
    }


def test_overdue_and_due_within_read_the_stored_deadline(backend: str, url: str) -> None:
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    with opened(backend, url, policy=SlaPolicy.lapor(), calendar=calendar) as repo:
        fresh = received("KPG-D-1")
        repo.add(fresh)
        repo.add(in_status(Status.SELESAI, "KPG-D-2"))
        (row,) = repo.page(Query(overdue=True, now=T0 + timedelta(days=60))).items
        assert row.tracking_id == "KPG-D-1"
        assert row.next_deadline is not None
        assert row.next_deadline > T0
        assert repo.page(Query(overdue=True, now=T0)).items == ()
        due = repo.page(Query(due_within_days=5, now=T0)).items
        assert [r.tracking_id for r in due] == ["KPG-D-1"]
        done = step(step(fresh, Action.VERIFIKASI), Action.TINDAK_LANJUT)
        done = step(done, Action.TUTUP)
        repo.append(done, expected_version=1)
        assert repo.page(Query(overdue=True, now=T0 + timedelta(days=60))).items == ()


def _unit_copies_match(url: str) -> bool:
    rows = _rows(
        url,
        "SELECT u.next_deadline, c.next_deadline FROM complaint_units u "
        "JOIN complaints c ON c.tracking_id = u.tracking_id",
    )
    return all(unit == complaint for unit, complaint in rows)


def test_a_units_overdue_queue_follows_every_write(backend: str, url: str) -> None:
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    later = T0 + timedelta(days=60)
    queue = Query(unit="dinkes", overdue=True, now=later)
    ids = lambda page: [row.tracking_id for row in page.items]  # noqa: E731
    with opened(backend, url, policy=SlaPolicy.lapor(), calendar=calendar) as repo:
        first = in_status(Status.DIDISPOSISIKAN, "KPG-U-1")
        other = step(in_status(Status.DIDISPOSISIKAN, "KPG-U-2"), Action.DISPOSISI_ULANG)
        repo.add(first)
        repo.add(other)
        for n in range(3, 6):
            repo.add(in_status(Status.DIDISPOSISIKAN, f"KPG-U-{n}"))
        assert ids(repo.page(queue)) == ["KPG-U-1", "KPG-U-3", "KPG-U-4", "KPG-U-5"]
        seen, cursor = [], None
        while True:  # keyset pages over the unit rows' deadline
            page = repo.page(queue, limit=1, after=cursor)
            seen.extend(ids(page))
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == ["KPG-U-1", "KPG-U-3", "KPG-U-4", "KPG-U-5"]
        answered = step(first, Action.TINDAK_LANJUT)  # the follow-up clock stops
        repo.append(answered, expected_version=first.version)
        after = repo.get("KPG-U-1")
        assert _unit_copies_match(url)
        # Only the auto-close timer runs now: answered in time, so not late.
        assert "KPG-U-1" not in ids(repo.page(queue))
        timers = Query(unit="dinkes", timer_due=True, now=later)
        (row,) = repo.page(timers).items
        assert (row.tracking_id, row.next_deadline) == ("KPG-U-1", None)
        assert row.next_timer is not None
        assert row.next_timer > answered.updated_at
        moved = WF.apply(
            other, Action.DISPOSISI_ULANG, at=other.updated_at, actor=ADMIN, units=["dinkes"]
        )
        repo.append(moved, expected_version=other.version)  # now in dinkes' queue
        assert "KPG-U-2" in ids(repo.page(queue))
        closed = step(after, Action.TUTUP)
        repo.append(closed, expected_version=after.version)  # no clock runs: out of the queue
        assert "KPG-U-1" not in ids(repo.page(queue))
        assert _unit_copies_match(url)


def test_refresh_deadlines_after_the_policy_changes(backend: str, url: str) -> None:
    with opened(backend, url) as repo:
        repo.add(received("KPG-R-1"))
        repo.add(in_status(Status.SELESAI, "KPG-R-2"))
        with pytest.raises(ArgumentError):
            repo.refresh_deadlines()
    later = Query(overdue=True, now=T0 + timedelta(days=60))
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    with opened(backend, url, policy=SlaPolicy.lapor(), calendar=calendar) as repo:
        assert repo.page(later).items == ()
        assert repo.refresh_deadlines(batch_size=1) == 2
        assert [row.tracking_id for row in repo.page(later).items] == ["KPG-R-1"]
        assert _unit_copies_match(url)


def test_the_projection_follows_privacy_changes(repo: Any) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)  # anonim at submission
    repo.add(stored)
    stricter = WF.change_privacy(
        stored,
        privacy=Privacy.RAHASIA,
        reason="permintaan pelapor",
        at=T0 + timedelta(hours=3),
        actor=ADMIN,
    )
    replied = step(stricter, Action.TANGGAPI)
    repo.append(replied, expected_version=stored.version)
    assert [r.tracking_id for r in repo.page(Query(privacy=Privacy.RAHASIA)).items] == [
        stored.tracking_id
    ]
    repo.append(step(replied, Action.TANGGAPI), expected_version=replied.version)
    assert repo.page(Query(privacy=Privacy.ANONIM)).items == ()
    assert len(repo.page(Query(privacy=Privacy.RAHASIA)).items) == 1


def test_a_transaction_across_complaints_is_all_or_nothing(repo: Any) -> None:
    first, second = received("KPG-T-1"), received("KPG-T-2")
    with repo.transaction() as tx:
        tx.add(first)
        tx.add(second)
        assert tx.get("KPG-T-1") == first
    assert repo.count() == 2

    def half_valid() -> None:
        with repo.transaction() as tx:
            tx.append(step(first, Action.VERIFIKASI), expected_version=1)
            tx.add(received("KPG-T-3"))
            tx.add(second)  # already stored: the whole transaction is undone

    with pytest.raises(ConflictError):
        half_valid()
    assert repo.count() == 2
    assert repo.get("KPG-T-1") == first


def test_update_retries_after_a_conflict(repo: Any, url: str) -> None:
    stored = in_status(Status.DIDISPOSISIKAN)
    repo.add(stored)
    other = Repository(url)  # another writer, on its own connection
    calls: list[int] = []

    def reassign(current: Any) -> Any:
        calls.append(current.version)
        if len(calls) == 1:  # the other writer gets in first
            other.append(step(current, Action.TANGGAPI), expected_version=current.version)
        return step(current, Action.DISPOSISI_ULANG, actor=ADMIN)

    def always_late(current: Any) -> Any:
        other.update(current.tracking_id, lambda c: step(c, Action.TANGGAPI))
        return step(current, Action.TANGGAPI)

    try:
        result = repo.update(stored.tracking_id, reassign)
        assert calls == [2, 3]
        assert result.version == 4
        assert repo.get(stored.tracking_id) == result
        with pytest.raises(ConflictError):
            repo.update(stored.tracking_id, always_late, attempts=2)
        assert repo.get(stored.tracking_id).version == 6
    finally:
        other.close()


def test_import_lines_keeps_good_rows_reports_bad_ones_and_resumes(repo: Any) -> None:
    lines = [to_json(received(f"KPG-I-{n}")) + "\n" for n in range(1, 6)]
    lines.insert(2, "{not json}\n")
    lines.append("\n")
    lines.append(to_json(received("KPG-I-1")) + "\n")  # stored by an earlier batch: skipped
    progress: list[int] = []
    report = repo.import_lines(io.StringIO("".join(lines)), batch_size=2, progress=progress.append)
    assert (report.added, report.skipped, report.lines) == (5, 1, 8)
    assert report.rejected == ((3, "serialization"),)
    assert progress == [2, 4, 6, 8]
    assert repo.count() == 5
    again = repo.import_lines(lines, start_line=4)
    assert (again.added, again.skipped, again.lines) == (0, 4, 8)
    twice = [to_json(received("KPG-I-9")) + "\n"] * 2  # twice in one batch
    assert repo.import_lines(twice).rejected == ((2, "conflict"),)


def test_hostile_arguments_are_argument_errors(repo: Any) -> None:
    for call in (
        lambda: repo.get(7),
        lambda: repo.get("a b"),
        lambda: repo.add("not a complaint"),
        lambda: repo.append(received(), expected_version="1"),
        lambda: repo.page("status"),
        lambda: repo.page(Query(), limit=0),
        lambda: repo.page(Query(), after="garbage"),
        lambda: repo.find_by_key(None),
        lambda: repo.import_lines("a string", batch_size=1),
        lambda: Query(statuses=(1,)),
        lambda: Query(overdue=True),
        lambda: Query(classification="bogus"),
    ):
        with pytest.raises(ArgumentError):
            call()
    with pytest.raises(ArgumentError):  # due_within_days needs a calendar on the repository
        repo.page(Query(due_within_days=3, now=T0))


def test_a_read_only_database_gives_a_typed_error(backend: str, url: str) -> None:
    with opened(backend, url) as repo:
        repo.add(received())
    if backend.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    else:
        read_only = url + "?options=-c%20default_transaction_read_only%3Don"
    with opened(backend, read_only) as repo:
        assert repo.get("KPG-TEST-1") == received()
        with pytest.raises(StorageError) as caught:
            repo.add(received("KPG-TEST-2"))
        assert caught.value.reason == "read-only"
        assert repo.count() == 1


def test_an_unreachable_server_gives_a_typed_error() -> None:
    with pytest.raises(StorageError) as caught:
        Repository("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert caught.value.reason == "unavailable"
    assert caught.value.__cause__ is None


def test_an_unreachable_server_gives_the_async_repository_a_typed_error() -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(StorageError) as caught, opened("postgresql-async", url):
        pass
    assert caught.value.reason == "unavailable"
    assert caught.value.__cause__ is None


def test_bad_urls_are_argument_errors() -> None:
    for bad in (None, 7, "", "not a url", "mysql://x/y", "sqlite:///a\x00b"):
        with pytest.raises(ArgumentError):
            Repository(bad)  # type: ignore[arg-type]


def test_event_rows_hold_a_queryable_json_copy(repo: Any, url: str) -> None:
    repo.add(in_status(Status.DIDISPOSISIKAN))
    rows = _rows(url, "SELECT data FROM events WHERE action = 'verifikasi'")
    data = rows[0][0]
    assert (json.loads(data) if isinstance(data, str) else data) == {"units": ["dinkes"]}


@pytest.mark.parametrize(
    ("hidden", "url", "package"),
    [
        ("sqlalchemy", "sqlite://", "sqlalchemy"),
        ("psycopg", "postgresql+psycopg://u@127.0.0.1:1/x", "psycopg"),
        ("aiosqlite", "sqlite://", "aiosqlite"),
    ],
)
def test_a_missing_extra_names_it(hidden: str, url: str, package: str) -> None:
    opener = (
        "asyncio.run(AsyncRepository.open(url))" if hidden == "aiosqlite" else "Repository(url)"
    )
    code = f"""
import asyncio, sys
sys.modules[{hidden!r}] = None
from pengaduan.errors import OptionalDependencyError
try:
    from pengaduan.store import AsyncRepository, Repository
    url = {url!r}
    {opener}
except OptionalDependencyError as error:
    print(error.package, error.extra)
"""
    result = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == [package, "sql"]


def test_a_transparency_log_receives_every_committed_head(
    backend: str, url: str, tmp_path: Path
) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    with opened(backend, url, log=log) as repo:
        first = received("KPG-L-1")
        repo.add(first)
        verified = step(first, Action.VERIFIKASI)
        repo.append(verified, expected_version=1)
        message = submission(text="Lampu jalan mati")
        options = {"tracking_id": "KPG-L-2", "at": T0, "actor": SYSTEM, "idempotency_key": "m-1"}
        repo.receive(WF, message, **options)
        repo.receive(WF, message, **options)  # a retry: nothing new to log
        assert log.size == 3
        with repo.transaction() as tx:
            tx.add(received("KPG-L-3"))

        def refused() -> None:
            with repo.transaction() as tx:
                tx.add(received("KPG-L-4"))
                tx.add(received("KPG-L-1"))  # stored already: the transaction is rolled back

        with pytest.raises(ConflictError):
            refused()
        assert log.size == 4
        report = repo.import_lines([to_json(received(f"KPG-L-{n}")) + "\n" for n in (5, 6)])
        assert report.added == 2
        assert log.size == 6
        assert log.entry(1).version == 2
    with pytest.raises(ArgumentError), opened(backend, url, log="heads.log"):
        pass


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_iterating_gives_every_complaint_for_an_export(backend: str, url: str) -> None:
    made = [received(f"KPG-X-{n:04d}") for n in range(1203)]
    with opened(backend, url) as repo:
        assert list(repo) == []
        repo.import_lines([to_json(c) + "\n" for c in made])
        assert list(repo) == made  # tracking-id order, 500 ids at a time
        export = io.StringIO()
        dump_lines(repo, export)
        assert len(export.getvalue().splitlines()) == 1203
