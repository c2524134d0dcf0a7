"""Instants at the boundary: one aware-datetime check for every public entry point, and one
supported range for the instants a complaint carries or is judged at.

- A zone whose ``utcoffset`` raises, returns something other than a ``timedelta`` or an offset
  of a day or more is refused with an ArgumentError wherever a time is taken (receive, apply,
  views, SLA evaluation, due actions, compliance, audits, checkpoints, the calendar).
- Complaint instants run from 1900-01-01T00:00Z up to, not including, 9001-01-01T00:00Z:
  anything else is refused where it enters (``at``, ``now``, ``since``), so no clock overflows
  deep inside.
- A history stored before the range was enforced still loads and verifies; judging it with a
  calendar whose dates cannot hold it is an OutOfRangeError, never an OverflowError.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from tests.helpers import ADMIN, SYSTEM, T0, WF, received, submission
from tests.hostile_helpers import FarZone, HostileZone, outcome, raises_typed

from pengaduan import evaluate
from pengaduan._core.time import END_INSTANT, FIRST_INSTANT, epoch_microseconds
from pengaduan.audit import Audit, audit_path
from pengaduan.calendar import WorkingCalendar
from pengaduan.compliance import check
from pengaduan.errors import ArgumentError, NaiveDatetimeError, OutOfRangeError
from pengaduan.history import digest_fields, verify_history
from pengaduan.integrity import SigningKey, TransparencyLog, sign_tree_head
from pengaduan.messages import Messenger
from pengaduan.privacy import view
from pengaduan.serialization import from_json, to_json
from pengaduan.sla import SlaPolicy, due_actions
from pengaduan.store import Query, Repository
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pengaduan.model import Complaint

CALENDAR = WorkingCalendar.indonesia(zone="Asia/Makassar")
POLICY = SlaPolicy.lapor(WF)
KEY = SigningKey.generate()


class StrOffset(tzinfo):
    """A zone whose offset is a str."""

    def utcoffset(self, when: datetime | None) -> Any:
        return "+08:00"

    def dst(self, when: datetime | None) -> None:
        return None


class NoOffset(tzinfo):
    """A zone that gives no offset: as good as naive."""

    def utcoffset(self, when: datetime | None) -> None:
        return None

    def dst(self, when: datetime | None) -> None:
        return None


class Once(tzinfo):
    """A zone that answers once, then raises: nothing may ask it twice."""

    def __init__(self) -> None:
        self.asked = 0

    def utcoffset(self, when: datetime | None) -> timedelta:
        self.asked += 1
        if self.asked > 1:
            raise RuntimeError("asked again")
        return timedelta(hours=8)

    def dst(self, when: datetime | None) -> None:
        raise RuntimeError("dst")

    def tzname(self, when: datetime | None) -> str:
        raise RuntimeError("tzname")


def _log() -> TransparencyLog:
    log = TransparencyLog()
    log.append(received("KPG-TIME-LOG"))
    return log


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "ekspor.jsonl"
    path.write_text(to_json(received("KPG-TIME-EXPORT")) + "\n", encoding="utf-8")
    return path


ENTRY_POINTS: dict[str, Callable[[datetime, Path], object]] = {
    "receive": lambda at, _: WF.receive(
        submission(), tracking_id="KPG-TIME-1", at=at, actor=SYSTEM
    ),
    "apply": lambda at, _: WF.apply(
        received(), Action.VERIFIKASI, actor=ADMIN, at=at, units=["dinkes"]
    ),
    "view": lambda at, _: view(received(), "admin", viewer=ADMIN, at=at),
    "evaluate": lambda at, _: evaluate(received(), policy=POLICY, calendar=CALENDAR, now=at),
    "due_actions": lambda at, _: due_actions(
        [received()], policy=POLICY, calendar=CALENDAR, workflow=WF, now=at
    ),
    "check": lambda at, _: check(received(), workflow=WF, policy=POLICY, calendar=CALENDAR, now=at),
    "Audit": lambda at, _: Audit(workflow=WF, policy=POLICY, calendar=CALENDAR, now=at),
    "audit_path": lambda at, tmp: audit_path(_export(tmp), calendar=CALENDAR, now=at),
    "sign_tree_head": lambda at, _: sign_tree_head(_log(), KEY, at=at),
    "add_working_days": lambda at, _: CALENDAR.add_working_days(at, 3),
}

BAD_ZONES: dict[str, Callable[[], tzinfo]] = {
    "raising": HostileZone,
    "offset-of-30-hours": FarZone,
    "offset-as-str": StrOffset,
}


@pytest.mark.parametrize("zone", BAD_ZONES)
@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_a_zone_that_cannot_give_an_offset_is_refused(
    entry: str, zone: str, tmp_path: Path
) -> None:
    at = datetime(2025, 3, 4, 2, tzinfo=BAD_ZONES[zone]())
    error = raises_typed(ENTRY_POINTS[entry], at, tmp_path)
    assert isinstance(error, ArgumentError), type(error).__name__
    assert error.argument in {"at", "now", "start", "timestamp"}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_a_zone_without_an_offset_is_naive(entry: str, tmp_path: Path) -> None:
    at = datetime(2025, 3, 4, 2, tzinfo=NoOffset())
    assert isinstance(raises_typed(ENTRY_POINTS[entry], at, tmp_path), NaiveDatetimeError)


@pytest.mark.parametrize("entry", ["receive", "apply", "evaluate", "due_actions", "check"])
def test_an_app_zone_is_asked_once_and_then_held_as_its_offset(entry: str, tmp_path: Path) -> None:
    # Whatever the call does with the time afterwards, it never asks the app's zone again.
    at = datetime(2025, 3, 4, 10, tzinfo=Once())
    result = outcome(ENTRY_POINTS[entry], at, tmp_path)
    assert not isinstance(result, BaseException), result


# -- the supported range ----------------------------------------------------------------------

OUTSIDE = {
    "end-of-time": datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    "year-9001": END_INSTANT,
    "just-before-1900": FIRST_INSTANT - timedelta(microseconds=1),
    "year-1-plus-14": datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    "year-9000-west-of-utc": datetime(9000, 12, 31, 23, tzinfo=timezone(timedelta(hours=-12))),
}
RANGED = ("receive", "apply", "view", "evaluate", "due_actions", "check", "Audit", "audit_path")


@pytest.mark.parametrize("instant", OUTSIDE)
@pytest.mark.parametrize("entry", RANGED)
def test_an_instant_outside_the_supported_range_is_refused_where_it_enters(
    entry: str, instant: str, tmp_path: Path
) -> None:
    error = raises_typed(ENTRY_POINTS[entry], OUTSIDE[instant], tmp_path)
    assert isinstance(error, ArgumentError), type(error).__name__
    assert "1900" in error.rule
    assert "9000" in error.rule


def test_the_range_includes_its_first_and_last_instants() -> None:
    first = WF.receive(submission(), tracking_id="KPG-TIME-2", at=FIRST_INSTANT, actor=SYSTEM)
    assert first.received_at == FIRST_INSTANT
    last = END_INSTANT - timedelta(microseconds=1)
    late = WF.receive(submission(), tracking_id="KPG-TIME-3", at=last, actor=SYSTEM)
    assert late.received_at == last


def test_due_actions_refuses_a_since_outside_the_range() -> None:
    error = raises_typed(
        due_actions,
        [received()],
        policy=POLICY,
        calendar=CALENDAR,
        workflow=WF,
        now=T0,
        since=OUTSIDE["end-of-time"],
    )
    assert isinstance(error, ArgumentError)
    assert error.argument == "since"


# -- histories stored before the range --------------------------------------------------------


def _stored_at(at: datetime) -> Complaint:
    """A complaint whose every event happened at ``at``, chained as a database writer would
    have stored it before new instants were checked against the range."""
    complaint = received("KPG-TIME-FAR")
    previous = complaint.record_digest()
    events = []
    for sequence, event in enumerate(complaint.history, start=1):
        digest = digest_fields(
            previous,
            str(sequence),
            event.action,
            event.from_status or "",
            event.to_status,
            event.actor.role.value,
            event.actor.id,
            str(epoch_microseconds(at)),
            event.payload,
            event.idempotency_key or "",
        )
        assert digest is not None
        events.append(attrs.evolve(event, at=at, digest=digest))
        previous = digest
    return attrs.evolve(complaint, history=tuple(events))


FAR = {
    "end-of-time": datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    "last-week-of-9999": datetime(9999, 12, 25, tzinfo=UTC),
    "year-1": datetime(1, 1, 1, tzinfo=UTC),
}
ZONES = ("Asia/Makassar", "UTC", "America/Los_Angeles")


@pytest.mark.parametrize("at", FAR)
def test_a_history_stored_far_out_still_loads_and_verifies(at: str) -> None:
    stored = _stored_at(FAR[at])
    verify_history(stored)
    assert from_json(to_json(stored)) == stored


def _judged(stored: Complaint, calendar: WorkingCalendar) -> dict[str, Callable[[], object]]:
    policy = POLICY
    return {
        "evaluate": lambda: evaluate(stored, policy=policy, calendar=calendar, now=T0),
        "due_actions": lambda: due_actions(
            [stored], policy=policy, calendar=calendar, workflow=WF, now=T0
        ),
        "Repository.add": lambda: Repository("sqlite://", policy=policy, calendar=calendar).add(
            stored
        ),
        "messages_for": lambda: Messenger(
            workflow=WF, policy=policy, calendar=calendar
        ).messages_for(stored),
    }


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("at", FAR)
@pytest.mark.parametrize("call", ["evaluate", "due_actions", "Repository.add", "messages_for"])
def test_judging_a_history_stored_far_out_gives_a_typed_error(
    call: str, at: str, zone: str
) -> None:
    calendar = WorkingCalendar.indonesia(zone=zone)
    result = outcome(_judged(_stored_at(FAR[at]), calendar)[call])
    assert not isinstance(result, OverflowError)
    if isinstance(result, BaseException):
        assert isinstance(result, OutOfRangeError | ArgumentError), type(result).__name__


def _calendar_days_policy() -> SlaPolicy:
    document = POLICY.to_dict()
    clock = next(c for c in document["clocks"] if c["name"] == "verifikasi")
    document["clocks"] = [{**clock, "unit": "calendar_days", "amount": 60}]
    return SlaPolicy.from_dict(document, workflow=WF)


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("at", ["end-of-time", "last-week-of-9999"])
def test_a_calendar_day_deadline_after_9999_is_out_of_range(at: str, zone: str) -> None:
    # Calendar days need no holiday data, so the deadline is counted on until no date can
    # hold it: the engine names the calendar's years instead of overflowing.
    calendar = WorkingCalendar.indonesia(zone=zone)
    stored = _stored_at(FAR[at])
    now = datetime(9000, 12, 31, tzinfo=UTC)
    result = outcome(evaluate, stored, policy=_calendar_days_policy(), calendar=calendar, now=now)
    assert result == ()  # its events are after now: no clock has started
    # The store keeps the complaint and flags the deadline it cannot compute, as it does at the
    # end of the calendar's holiday data, rather than refusing the write.
    repository = Repository("sqlite://", policy=_calendar_days_policy(), calendar=calendar)
    assert outcome(repository.add, stored) is None
    flagged = repository.page(Query(deadline_unknown=True)).items
    assert [item.tracking_id for item in flagged] == [stored.tracking_id]
