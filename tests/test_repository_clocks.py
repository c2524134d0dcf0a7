"""What the repository stores of the SLA clocks, on every backend: the overdue queue reads the
deadlines of people and units only (a timer such as the auto-close is kept apart, for the
due-actions job), and a due time beyond the calendar's data never blocks a write: the
complaint is stored, flagged, and listed until the calendar is extended."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from tests.helpers import ADMIN, UNIT, WF, in_status, submission
from tests.repo_helpers import opened

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ArgumentError, OutOfRangeError
from pengaduan.model import Actor
from pengaduan.sla import DueActionKind, SlaPolicy, due_actions
from pengaduan.store import Query, Repository, _core, _migrate
from pengaduan.store._schema import complaint_units, complaints, events
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pengaduan.model import Complaint

WITA = ZoneInfo("Asia/Makassar")
KUPANG = WorkingCalendar.indonesia(zone="Asia/Makassar")
POLICY = SlaPolicy.lapor(WF)
MONDAY = datetime(2025, 3, 3, 10, tzinfo=WITA)
LATER = datetime(2025, 3, 25, 8, tzinfo=WITA)  # every clock of a March 3 complaint has run out


@pytest.fixture
def repo(backend: str, url: str) -> Iterator[Any]:
    with opened(backend, url, policy=POLICY, calendar=KUPANG) as repository:
        yield repository


def _received(tracking_id: str, at: datetime) -> Complaint:
    return WF.receive(submission(), tracking_id=tracking_id, at=at, actor=Actor.system("web"))


def _verified(tracking_id: str, at: datetime) -> Complaint:
    return WF.apply(
        _received(tracking_id, at),
        Action.VERIFIKASI,
        at=at + timedelta(hours=1),
        actor=ADMIN,
        units=["dinkes"],
    )


def _answered(tracking_id: str, at: datetime, *, after: timedelta) -> Complaint:
    verified = _verified(tracking_id, at)
    return WF.apply(
        verified, Action.TINDAK_LANJUT, at=at + after, actor=UNIT, response="Sudah ditangani."
    )


def _ids(page: Any) -> list[str]:
    return [row.tracking_id for row in page.items]


# -- the overdue queue and the timers ------------------------------------------------------------


def test_a_unit_that_answered_in_time_is_not_overdue(repo: Any) -> None:
    repo.add(_answered("KPG-IN-TIME", MONDAY, after=timedelta(days=1)))
    repo.add(_verified("KPG-LATE", MONDAY))  # nobody answered
    overdue = Query(unit="dinkes", overdue=True, now=LATER)
    assert _ids(repo.page(overdue)) == ["KPG-LATE"]
    assert _ids(repo.page(Query(overdue=True, now=LATER))) == ["KPG-LATE"]
    (timer,) = repo.page(Query(timer_due=True, now=LATER)).items
    assert (timer.tracking_id, timer.next_deadline, timer.deadline_unknown) == (
        "KPG-IN-TIME",
        None,
        False,
    )
    assert timer.next_timer is not None
    assert timer.next_timer <= LATER
    assert repo.page(Query(timer_due=True, now=MONDAY + timedelta(days=2))).items == ()


def test_a_late_follow_up_leaves_the_queue_when_posted(repo: Any) -> None:
    verified = _verified("KPG-LATE-ANSWER", MONDAY)
    repo.add(verified)
    assert _ids(repo.page(Query(overdue=True, now=LATER))) == ["KPG-LATE-ANSWER"]
    repo.append(  # posted after its deadline: the breach stays in the history, not in the queue
        WF.apply(verified, Action.TINDAK_LANJUT, at=LATER, actor=UNIT, response="Sudah."),
        expected_version=verified.version,
    )
    assert repo.page(Query(overdue=True, now=LATER)).items == ()


def test_the_due_actions_job_reads_two_queues(repo: Any) -> None:
    stored = {
        c.tracking_id: c
        for c in (
            _received("KPG-0101", MONDAY),  # verification breached
            _answered("KPG-0102", MONDAY, after=timedelta(days=1)),  # auto-close due
            _received("KPG-0103", LATER - timedelta(hours=1)),  # nothing due yet
        )
    }
    for complaint in stored.values():
        repo.add(complaint)
    candidates = {}
    for query in (Query(due_within_days=1, now=LATER), Query(timer_due=True, now=LATER)):
        for row in repo.page(query, limit=1000).items:
            candidates[row.tracking_id] = repo.get(row.tracking_id)
    everything = due_actions(
        stored.values(), policy=POLICY, calendar=KUPANG, workflow=WF, now=LATER
    )
    found = due_actions(candidates.values(), policy=POLICY, calendar=KUPANG, workflow=WF, now=LATER)
    assert found == everything
    assert {(a.kind, a.tracking_id) for a in found} >= {
        (DueActionKind.BREACH, "KPG-0101"),
        (DueActionKind.AUTO_CLOSE, "KPG-0102"),
    }


def test_timer_pages_follow_the_timer_order(repo: Any) -> None:
    for day in (3, 1, 2):
        repo.add(_answered(f"KPG-T-{day}", MONDAY, after=timedelta(days=day)))
    seen, cursor = [], None
    while True:
        page = repo.page(
            Query(timer_due=True, now=LATER + timedelta(days=30)), limit=1, after=cursor
        )
        seen.extend(_ids(page))
        if (cursor := page.next_cursor) is None:
            break
    assert seen == ["KPG-T-1", "KPG-T-2", "KPG-T-3"]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: Query(timer_due=True), id="timer-without-now"),
        pytest.param(lambda: Query(timer_due=True, overdue=True, now=LATER), id="with-overdue"),
        pytest.param(
            lambda: Query(timer_due=True, due_within_days=2, now=LATER), id="with-due-within"
        ),
        pytest.param(lambda: Query(timer_due="yes", now=LATER), id="timer-not-bool"),
        pytest.param(lambda: Query(deadline_unknown=1), id="unknown-not-bool"),
    ],
)
def test_timer_and_unknown_filters_are_checked(make: Any) -> None:
    with pytest.raises(ArgumentError):
        make()


# -- a due time beyond the calendar ----------------------------------------------------------------


def test_writes_near_the_end_of_the_calendar_are_stored_and_flagged(repo: Any) -> None:
    assert KUPANG.last_year == 2027
    december = datetime(2027, 12, 13, 10, tzinfo=WITA)
    repo.add(_verified("KPG-DEC", december))
    # The unit answers on 20 December: the 10-working-day auto-close timer reaches 2028.
    answered = repo.update(
        "KPG-DEC",
        lambda c: WF.apply(
            c,
            Action.TINDAK_LANJUT,
            at=datetime(2027, 12, 20, 10, tzinfo=WITA),
            actor=UNIT,
            response="Sudah diperbaiki.",
        ),
    )
    assert repo.get("KPG-DEC") == answered
    received = repo.receive(
        WF,
        submission(),
        tracking_id="KPG-LATE-DEC",
        at=datetime(2027, 12, 29, 9, tzinfo=WITA),
        actor=Actor.system("web"),
        now=datetime(2027, 12, 29, 9, 1, tzinfo=WITA),  # the gateway's clock is right
    )
    assert repo.get("KPG-LATE-DEC") == received
    unknown = repo.page(Query(deadline_unknown=True)).items
    assert [(r.tracking_id, r.next_deadline, r.next_timer) for r in unknown] == [
        ("KPG-DEC", None, None),
        ("KPG-LATE-DEC", None, None),
    ]
    assert all(r.deadline_unknown for r in unknown)
    assert repo.page(Query(deadline_unknown=True, unit="dinkes")).items == unknown[:1]
    with pytest.raises(OutOfRangeError):  # the SLA engine itself never guesses either
        due_actions(
            [answered],
            policy=POLICY,
            calendar=KUPANG,
            workflow=WF,
            now=datetime(2028, 1, 10, tzinfo=WITA),
        )


def test_an_extended_calendar_clears_the_flag(backend: str, url: str) -> None:
    december = datetime(2027, 12, 29, 9, tzinfo=WITA)
    with opened(backend, url, policy=POLICY, calendar=KUPANG) as repo:
        repo.add(_received("KPG-DEC", december))
        repo.add(_received("KPG-MAR", MONDAY))
        assert _ids(repo.page(Query(deadline_unknown=True))) == ["KPG-DEC"]
    extended = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2028))
    with opened(backend, url, policy=POLICY, calendar=extended) as repo:
        assert repo.refresh_deadlines() == 2
        assert repo.page(Query(deadline_unknown=True)).items == ()
        (row,) = repo.page(Query(overdue=True, now=datetime(2028, 2, 1, tzinfo=WITA))).items[1:]
        assert row.tracking_id == "KPG-DEC"
        assert row.next_deadline is not None
        assert row.next_deadline.year == 2028


def test_a_write_before_the_calendar_starts_is_flagged_too(backend: str, url: str) -> None:
    recent = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027))
    with opened(backend, url, policy=POLICY, calendar=recent) as repo:
        repo.add(_received("KPG-OLD", MONDAY))  # 2025: before the calendar's first year
        (row,) = repo.page(Query(deadline_unknown=True)).items
        assert (row.tracking_id, row.next_deadline) == ("KPG-OLD", None)


# -- a database written before the timers were kept apart ------------------------------------------


def test_a_database_from_before_reads_and_refreshes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    answered = _answered("KPG-OLD", MONDAY, after=timedelta(days=1))
    _, record, rows = _core.checked_new(answered)
    auto_close = datetime(2025, 3, 19, tzinfo=WITA)  # what 0003 stored: the timer's end
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            _migrate.upgrade(conn, "0003")
            conn.execute(
                sa.insert(complaints).values(
                    tracking_id=answered.tracking_id,
                    version=answered.version,
                    head=answered.head,
                    status=answered.status,
                    privacy=answered.effective_privacy.value,
                    classification=answered.classification.value,
                    channel=answered.channel.value,
                    received_at=answered.received_at,
                    updated_at=answered.updated_at,
                    next_deadline=auto_close,
                    reporter=None,
                    record=record,
                )
            )
            conn.execute(sa.insert(events), rows)
            conn.execute(
                sa.insert(complaint_units).values(
                    tracking_id=answered.tracking_id, unit="dinkes", next_deadline=auto_close
                )
            )
    finally:
        engine.dispose()
    with Repository(url, policy=POLICY, calendar=KUPANG) as repo:
        assert repo.get("KPG-OLD") == answered
        (row,) = repo.page(Query(overdue=True, now=LATER)).items  # stale until refreshed
        assert (row.next_timer, row.deadline_unknown) == (None, False)
        assert repo.refresh_deadlines() == 1
        assert repo.page(Query(overdue=True, now=LATER)).items == ()
        assert repo.page(Query(unit="dinkes", overdue=True, now=LATER)).items == ()
        (timer,) = repo.page(Query(timer_due=True, now=LATER)).items
        assert timer.next_timer == auto_close


def test_the_migration_keeps_every_event_both_ways(tmp_path: Path) -> None:
    from alembic import command  # noqa: PLC0415 - only this test steps down

    url = f"sqlite:///{tmp_path / 'both-ways.db'}"
    with Repository(url) as repo:
        repo.add(in_status(Status.DITINDAKLANJUTI))
        with repo.engine.begin() as conn:
            command.downgrade(_migrate._config(conn), "0003")
            assert _migrate.current(conn) == "0003"
            assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one() == 3
    with Repository(url) as repo:  # migrated up again when opened
        assert repo.get("KPG-TEST-1") == in_status(Status.DITINDAKLANJUTI)
