"""A gateway's clock far ahead of the current time: the reply recorders and ``receive`` refuse a
time more than ``clock_skew`` ahead of ``now`` (a typed error naming the field, never the text)
and record nothing; a time within it is recorded as the gateway gave it. Every backend, sync
and async.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from tests.helpers import SECRET_PHONE, SECRET_TEXT
from tests.hostile_helpers import HOSTILE_OBJECTS, SECRETS, WRONG_TYPES, outcome, raises_typed
from tests.repo_helpers import BACKENDS, SyncFacade, database_url, opened
from tests.test_messages_reporter_replies import (
    ACCOUNT,
    GATEWAY,
    PHONE,
    T0,
    WF,
    complaint_of,
)

from pengaduan.errors import ArgumentError, NaiveDatetimeError, NotFoundError
from pengaduan.model import Actor
from pengaduan.store import (
    DEFAULT_CLOCK_SKEW,
    ClockSkewError,
    record_reply,
    record_reply_async,
    record_satisfaction_reply,
    record_satisfaction_reply_async,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pengaduan.intake import Inbound

KEY = b"kunci-rahasia-kantor-kupang-2026"
NOW = T0 + timedelta(days=5)  # the office's clock when the reply arrives
GATEWAY_ACTOR = Actor.system("sms-gateway")
HIDDEN = (*SECRETS, SECRET_TEXT, SECRET_PHONE, PHONE, "masih rusak", "NILAI")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def repo(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    cluster = request.getfixturevalue("pg_cluster") if backend.startswith("postgresql") else None
    with opened(backend, database_url(backend, tmp_path, cluster), pseudonym_key=KEY) as opened_:
        yield opened_


def _reply(text: str, *, ahead: timedelta) -> Inbound:
    return GATEWAY.reply(text, sender=PHONE, received_at=NOW + ahead, message_id="sms-jam")


def _recorder(repo: Any, which: str) -> Callable[..., Any]:
    """``record_reply`` or ``record_satisfaction_reply`` (their async twins for the async
    repository), with the workflow given."""
    sync = {"reply": record_reply, "score": record_satisfaction_reply}[which]
    asynchronous = {"reply": record_reply_async, "score": record_satisfaction_reply_async}[which]
    if isinstance(repo, SyncFacade):
        return lambda reply, **kw: repo.loop.run_until_complete(
            asynchronous(repo.repo, reply, workflow=WF, **kw)
        )
    return lambda reply, **kw: sync(repo, reply, workflow=WF, **kw)


CASES = [
    pytest.param("reply", "ditindaklanjuti", "jalan masih rusak", id="reply"),
    pytest.param("reply", "ditunda", "lokasinya di depan SD Inpres", id="completion"),
    pytest.param("reply", "selesai", "NILAI 4", id="score-through-record-reply"),
    pytest.param("score", "selesai", "NILAI 4", id="score"),
]


@pytest.mark.parametrize(("which", "status", "text"), CASES)
def test_a_reply_from_a_clock_far_ahead_is_refused_and_nothing_is_recorded(
    repo: Any, which: str, status: str, text: str
) -> None:
    repo.add(complaint_of("KPG-0001", status))
    before = repo.get("KPG-0001")
    record = _recorder(repo, which)
    error = raises_typed(record, _reply(text, ahead=timedelta(days=1)), now=NOW, secrets=HIDDEN)
    assert isinstance(error, ClockSkewError), type(error).__name__
    assert isinstance(error, ArgumentError)
    assert error.code == "clock-skew"
    assert (error.argument, error.ahead, error.tolerance) == ("reply.received_at", 86_400, 300)
    assert repr(error) == (
        "ClockSkewError(argument='reply.received_at', ahead=86400, tolerance=300)"
    )
    assert repo.get("KPG-0001") == before
    # Within the tolerance it is recorded, at the gateway's own time.
    ahead = DEFAULT_CLOCK_SKEW - timedelta(seconds=1)
    result = record(_reply(text, ahead=ahead), now=NOW)
    assert result.outcome.value in {"recorded", "completed"}
    assert repo.get("KPG-0001").history[-1].at == NOW + ahead


def test_the_tolerance_is_the_caller_s(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001"))
    record = _recorder(repo, "reply")
    one_second = _reply("jalan masih rusak", ahead=timedelta(seconds=1))
    error = raises_typed(record, one_second, now=NOW, clock_skew=timedelta(0), secrets=HIDDEN)
    assert isinstance(error, ClockSkewError)
    assert (error.ahead, error.tolerance) == (1, 0)
    an_hour = _reply("jalan masih rusak", ahead=timedelta(hours=1))
    assert record(an_hour, now=NOW, clock_skew=timedelta(hours=2)).outcome.value == "recorded"


def test_without_now_the_system_clock_is_the_current_time(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001"))
    record = _recorder(repo, "reply")
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    future = GATEWAY.reply("jalan masih rusak", sender=PHONE, received_at=tomorrow)
    assert isinstance(raises_typed(record, future, secrets=HIDDEN), ClockSkewError)
    assert record(_reply("jalan masih rusak", ahead=timedelta(0))).outcome.value == "recorded"


def test_receive_refuses_a_time_far_ahead_and_stores_nothing(repo: Any) -> None:
    inbound = GATEWAY.submission(
        "KOTKUPANG lampu jalan mati", sender=PHONE, received_at=NOW + timedelta(hours=3)
    )

    def receive(**options: Any) -> Any:
        return repo.receive(
            WF,
            inbound.submission,
            tracking_id="KPG-BARU",
            at=inbound.received_at,
            actor=GATEWAY_ACTOR,
            idempotency_key=inbound.idempotency_key,
            **options,
        )

    error = raises_typed(receive, now=NOW, secrets=HIDDEN)
    assert isinstance(error, ClockSkewError)
    assert (error.argument, error.ahead) == ("at", 3 * 3600)
    with pytest.raises(NotFoundError):
        repo.get("KPG-BARU")
    assert repo.count() == 0
    stored = receive(now=NOW + timedelta(hours=3))
    assert stored.received_at == NOW + timedelta(hours=3)
    assert stored.reporter.account_id == ACCOUNT


@pytest.mark.parametrize(
    "value",
    [
        *(pytest.param(v, id=kind) for kind, v in WRONG_TYPES if v is not None),
        *(pytest.param(v, id=kind) for kind, v in HOSTILE_OBJECTS if kind.endswith("zone")),
    ],
)
def test_a_now_that_is_not_a_datetime_is_refused(value: object) -> None:
    with opened("sqlite", "sqlite://", pseudonym_key=KEY) as memory:
        error = raises_typed(
            record_reply, memory, _reply("halo", ahead=timedelta(0)), workflow=WF, now=value
        )
    assert isinstance(error, ArgumentError)
    assert error.argument == "now"


@pytest.mark.parametrize(
    "value",
    [timedelta(seconds=-1), timedelta(days=1, seconds=1), 300, "5m", None],
    ids=["negative", "over-a-day", "int", "str", "none"],
)
def test_a_tolerance_that_is_no_timedelta_from_0_to_a_day_is_refused(value: object) -> None:
    with opened("sqlite", "sqlite://", pseudonym_key=KEY) as memory:
        for call in (
            lambda: record_reply(
                memory, _reply("halo", ahead=timedelta(0)), workflow=WF, clock_skew=value
            ),
            lambda: memory.receive(
                WF,
                GATEWAY.submission("KOTKUPANG halo", sender=PHONE, received_at=NOW).submission,
                tracking_id="KPG-X",
                at=NOW,
                actor=GATEWAY_ACTOR,
                clock_skew=value,
            ),
        ):
            error = raises_typed(call)
            assert isinstance(error, ArgumentError)
            assert error.argument == "clock_skew"
            assert not isinstance(error, ClockSkewError)


def test_a_naive_now_is_refused() -> None:
    with opened("sqlite", "sqlite://", pseudonym_key=KEY) as memory:
        error = raises_typed(
            record_reply,
            memory,
            _reply("halo", ahead=timedelta(0)),
            workflow=WF,
            now=datetime(2026, 9, 26, 9),  # naive: the time under test
        )
    assert isinstance(error, NaiveDatetimeError)


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_message_names_the_field_and_the_figures_in_both_languages(language: str) -> None:
    error = ClockSkewError(argument="reply.received_at", ahead=86_400, tolerance=300)
    text = error.message(language)
    for part in ("reply.received_at", "86400", "300"):
        assert part in text
    assert "\n" not in text


# -- the time is read once: what is checked is what is recorded ---------------------------------

# The night daylight saving time ends in New York: 01:00 to 02:00 happens twice. Two times of one
# ZoneInfo subtract by their wall clocks, ``fold`` ignored: 01:34 (second pass, EST) minus 01:30
# (first pass, EDT) is four minutes for Python, 64 minutes in fact.
NEW_YORK = ZoneInfo("America/New_York")
FIRST_PASS = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK)
SECOND_PASS = datetime(2026, 11, 1, 1, 34, fold=1, tzinfo=NEW_YORK)
FALL_BACK_DAY = 40  # complaint_of(day=...) before that night: 2026-10-31, Kupang time


class ShiftingZone(tzinfo):
    """A gateway's zone whose offset changes between calls: UTC for its first ``honest``
    answers, then 23:59 behind (the same wall time then means a day later)."""

    def __init__(self, honest: int) -> None:
        self.honest = honest

    def utcoffset(self, dt: datetime | None) -> timedelta:
        self.honest -= 1
        return timedelta(0) if self.honest >= 0 else -timedelta(hours=23, minutes=59)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "GATEWAY"


class AgreeableTime(datetime):
    """A datetime whose arithmetic and comparisons all say "no difference"."""

    def __sub__(self, other: Any) -> Any:
        return timedelta(0)

    def __rsub__(self, other: Any) -> Any:
        return timedelta(0)

    def __gt__(self, other: Any) -> bool:
        return False

    def __lt__(self, other: Any) -> bool:
        return False

    def utcoffset(self) -> timedelta:
        return timedelta(0)

    def astimezone(self, tz: Any = None) -> Any:
        return self


def _agreeable(value: datetime) -> AgreeableTime:
    utc = value.astimezone(UTC)
    return AgreeableTime(*utc.timetuple()[:6], utc.microsecond, tzinfo=UTC)


def _retimed(reply: Inbound, received_at: datetime) -> Inbound:
    return attrs.evolve(reply, received_at=received_at)


@pytest.mark.parametrize("honest", range(5))
def test_a_zone_whose_offset_changes_between_calls_is_recorded_as_checked(
    repo: Any, honest: int
) -> None:
    """Whichever answer of the zone is read, the event's time is the one checked: refused, or
    recorded no further ahead than the tolerance (never a day ahead, as before)."""
    repo.add(complaint_of("KPG-0001"))
    before = repo.get("KPG-0001")
    wall = NOW.astimezone(UTC).replace(tzinfo=ShiftingZone(honest))
    reply = _retimed(_reply("jalan masih rusak", ahead=timedelta(0)), wall)
    result = outcome(_recorder(repo, "reply"), reply, now=NOW)
    if isinstance(result, ClockSkewError):
        assert result.ahead == 23 * 3600 + 59 * 60
        assert repo.get("KPG-0001") == before
    else:
        assert not isinstance(result, BaseException), type(result).__name__
        assert result.outcome.value == "recorded"
        assert repo.get("KPG-0001").history[-1].at == NOW
    if honest == 0:  # the zone never says UTC: always refused
        assert isinstance(result, ClockSkewError)


@pytest.mark.parametrize(("which", "status", "text"), CASES)
def test_a_datetime_subclass_cannot_hide_how_far_ahead_it_is(
    repo: Any, which: str, status: str, text: str
) -> None:
    repo.add(complaint_of("KPG-0001", status))
    before = repo.get("KPG-0001")
    record = _recorder(repo, which)
    far = _retimed(_reply(text, ahead=timedelta(0)), _agreeable(NOW + timedelta(days=400)))
    error = raises_typed(record, far, now=NOW, secrets=HIDDEN)
    assert isinstance(error, ClockSkewError)
    assert error.ahead == 400 * 86_400
    assert repo.get("KPG-0001") == before
    # Within the tolerance it is recorded as a plain datetime at the same instant.
    near = _retimed(_reply(text, ahead=timedelta(0)), _agreeable(NOW + timedelta(minutes=1)))
    assert record(near, now=NOW).outcome.value in {"recorded", "completed"}
    recorded = repo.get("KPG-0001").history[-1].at
    assert (type(recorded), recorded) == (datetime, NOW + timedelta(minutes=1))


def test_a_now_subclass_cannot_hide_how_far_ahead_the_gateway_is(repo: Any) -> None:
    repo.add(complaint_of("KPG-0001"))
    far = _reply("jalan masih rusak", ahead=timedelta(days=400))
    error = raises_typed(_recorder(repo, "reply"), far, now=_agreeable(NOW), secrets=HIDDEN)
    assert isinstance(error, ClockSkewError)
    assert error.ahead == 400 * 86_400


@pytest.mark.parametrize(("which", "status", "text"), CASES)
def test_the_same_zone_across_a_fold_is_compared_in_utc(
    repo: Any, which: str, status: str, text: str
) -> None:
    repo.add(complaint_of("KPG-0001", status, day=FALL_BACK_DAY))
    before = repo.get("KPG-0001")
    record = _recorder(repo, which)
    ahead = _retimed(_reply(text, ahead=timedelta(0)), SECOND_PASS)
    error = raises_typed(record, ahead, now=FIRST_PASS, secrets=HIDDEN)
    assert isinstance(error, ClockSkewError)
    assert error.ahead == 64 * 60  # not the four minutes the wall clocks show
    assert repo.get("KPG-0001") == before
    # The other way round it is 56 minutes behind: recorded, at its own instant.
    behind = _retimed(_reply(text, ahead=timedelta(0)), FIRST_PASS)
    assert record(behind, now=SECOND_PASS).outcome.value in {"recorded", "completed"}
    # (Compared in UTC: PEP 495 makes a repeated hour unequal to any time of another zone.)
    assert repo.get("KPG-0001").history[-1].at == FIRST_PASS.astimezone(UTC)


def test_receive_reads_its_time_once_too(repo: Any) -> None:
    inbound = GATEWAY.submission("KOTKUPANG lampu jalan mati", sender=PHONE, received_at=NOW)

    def receive(at: object, now: object, tracking_id: str = "KPG-BARU") -> Any:
        return repo.receive(
            WF, inbound.submission, tracking_id=tracking_id, at=at, actor=GATEWAY_ACTOR, now=now
        )

    for at, now, ahead in (
        (_agreeable(NOW + timedelta(days=400)), NOW, 400 * 86_400),
        (NOW + timedelta(days=400), _agreeable(NOW), 400 * 86_400),
        (SECOND_PASS, FIRST_PASS, 64 * 60),
        (NOW.astimezone(UTC).replace(tzinfo=ShiftingZone(0)), NOW, 23 * 3600 + 59 * 60),
    ):
        error = raises_typed(receive, at, now, secrets=HIDDEN)
        assert isinstance(error, ClockSkewError)
        assert (error.argument, error.ahead) == ("at", ahead)
    assert repo.count() == 0
    for honest in range(4):  # recorded, if at all, at the time checked
        wall = NOW.astimezone(UTC).replace(tzinfo=ShiftingZone(honest))
        result = outcome(receive, wall, NOW, f"KPG-Z{honest}")
        if not isinstance(result, ClockSkewError):
            assert not isinstance(result, BaseException), type(result).__name__
            assert repo.get(f"KPG-Z{honest}").received_at == NOW
    stored = receive(_agreeable(NOW + timedelta(minutes=1)), NOW)
    assert (type(stored.received_at), stored.received_at) == (datetime, NOW + timedelta(minutes=1))
