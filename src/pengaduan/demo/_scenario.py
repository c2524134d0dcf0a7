"""A month of made-up Kupang complaints (private; the public names live in ``pengaduan.demo``)."""

from __future__ import annotations

import heapq
import random
import tomllib
from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import whole_number, wrong
from pengaduan._core.paths import SHIPPED_DAMAGED, shipped_text
from pengaduan._core.text import encodable, exact
from pengaduan._core.time import to_utc
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    GuardError,
    IntakeError,
    InvalidActionError,
    type_name,
)
from pengaduan.intake import (
    Inbound,
    SmsGateway,
    from_counter,
    from_suggestion_box,
    from_web_form,
    from_whatsapp,
)
from pengaduan.intake.tracking import new_tracking_id
from pengaduan.model import Actor, Location, Privacy
from pengaduan.routing import Normalizer, UnitDirectory, default_router
from pengaduan.sla import DueActionKind, SlaDeadlines, SlaPolicy, due_actions
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action, Status

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint
    from pengaduan.routing import Router, RoutingDecision

__all__ = ["Simulation", "simulate_month"]

ZONE = "Asia/Makassar"
ADMIN = Actor.admin("bagian-organisasi")
JOB = Actor.system("sla-job")

# Action data the demo's people write (a reporter reopening, an officer deferring): Indonesian
# text of the complaint's history, as people in Kupang write it, not messages of the library.
REOPEN_REASON = "Masalah belum selesai di lapangan."
DEFER_REASON = "Mohon lengkapi lokasi."


@attrs.frozen(kw_only=True)
class Simulation:
    """What a simulated month produced.

    Attributes:
        complaints: every received complaint, as of ``now`` (histories are the truth).
        rejected: rejected SMS per intake reason.
        channels: messages received per channel.
        routed: complaints per routed unit.
        escalations: follow-up breaches the daily job escalated.
        auto_closed: complaints the daily job closed.
        now: the moment the simulation stopped.
        calendar: the working calendar used.
        policy: the SLA policy used.
    """

    complaints: tuple[Complaint, ...] = attrs.field(repr=False)
    rejected: dict[str, int]
    channels: dict[str, int]
    routed: dict[str, int]
    escalations: int
    auto_closed: int
    now: datetime
    calendar: WorkingCalendar = attrs.field(repr=False)
    policy: SlaPolicy = attrs.field(repr=False)


@attrs.frozen
class _Scenario:
    names: tuple[str, ...]
    kelurahan: tuple[tuple[str, str], ...]
    places: tuple[str, ...]
    streets: tuple[str, ...]
    topics: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def bundled(cls) -> _Scenario:
        """The shipped scenario.

        Raises:
            ConfigurationError: the shipped file is missing, unreadable or damaged.
        """
        what = N_("demo scenario")
        text = shipped_text("pengaduan.demo.data", _SCENARIO_FILE, what)
        scenario: _Scenario | None = None
        try:
            data: dict[str, Any] = tomllib.loads(text)
            scenario = cls(
                names=tuple(data["names"]),
                kelurahan=tuple((k, c) for k, c in data["kelurahan"]),
                places=tuple(data["places"]),
                streets=tuple(data["streets"]),
                topics=tuple((t["name"], tuple(t["texts"])) for t in data["topics"]),
            )
        except (tomllib.TOMLDecodeError, LookupError, TypeError, ValueError):
            scenario = None  # refused below, the parser's error not chained
        if scenario is None:
            raise ConfigurationError(what, [Phrase(SHIPPED_DAMAGED, file=_SCENARIO_FILE)])
        return scenario


_SCENARIO_FILE = "demo_kupang.toml"


_DEMO_PSEUDONYM_KEY = b"demo-only: keep a real key out of the database"
"""The demo's pseudonym key; a real office keeps its own secret out of the code and database."""


def _demo_gateway() -> SmsGateway:
    """The Kupang SMS gateway, giving SMS reporters keyed pseudonyms so they can reply."""
    return SmsGateway.from_keywords(
        {"KOTKUPANG": "kota-kupang"}, max_length=1_600, pseudonym_key=_DEMO_PSEUDONYM_KEY
    )


@attrs.define
class _Month:
    """The mutable state of one simulation run (kept private; results are frozen)."""

    rng: random.Random
    workflow: Workflow
    calendar: WorkingCalendar
    policy: SlaPolicy
    router: Router
    scenario: _Scenario
    gateway: SmsGateway = attrs.field(factory=_demo_gateway)
    complaints: dict[str, Complaint] = attrs.field(factory=dict)
    queue: list[tuple[datetime, int, str, str, Actor, dict[str, Any]]] = attrs.field(factory=list)
    counter: int = 0
    rejected: Counter[str] = attrs.field(factory=Counter)
    channels: Counter[str] = attrs.field(factory=Counter)
    routed: Counter[str] = attrs.field(factory=Counter)
    escalations: int = 0
    auto_closed: int = 0

    def schedule(
        self, at: datetime, tracking_id: str, action: str, actor: Actor, **data: Any
    ) -> None:
        self.counter += 1
        heapq.heappush(self.queue, (at, self.counter, tracking_id, action, actor, data))

    def later(self, start: datetime, low: float, high: float) -> datetime:
        """A moment ``low``-``high`` working hours after ``start`` (7.5 h = one working day)."""
        hours = self.rng.uniform(low, high)
        return self.calendar.add_working_time(start, timedelta(hours=hours))

    def apply(self, at: datetime, tracking_id: str, action: str, actor: Actor, **data: Any) -> bool:
        """Apply a scheduled action; a complaint that moved on meanwhile simply refuses it."""
        complaint = self.complaints[tracking_id]
        try:
            updated = self.workflow.apply(complaint, action, at=at, actor=actor, **data)
        except (InvalidActionError, GuardError):
            return False
        self.complaints[tracking_id] = updated
        self.after(updated, action, at)
        return True

    def after(self, complaint: Complaint, action: str, at: datetime) -> None:
        """What the people involved do next, sampled."""
        rng = self.rng
        tid = complaint.tracking_id
        if action == Action.VERIFIKASI or (
            action == Action.BUKA_KEMBALI and complaint.status == Status.DIBUKA_KEMBALI
        ):
            unit = complaint.units[0]
            slow = rng.random() < 0.2
            low, high = (40.0, 70.0) if slow else (4.0, 30.0)
            self.schedule(
                self.later(at, low, high),
                tid,
                Action.TINDAK_LANJUT,
                Actor.unit(unit),
                response="Tindak lanjut dari unit: petugas sudah turun ke lapangan.",
            )
        elif action == Action.TINDAK_LANJUT:
            roll = rng.random()
            reporter = _reporter_actor(complaint)
            if roll < 0.12 and len(complaint.events(Action.BUKA_KEMBALI)) == 0:
                self.schedule(
                    self.later(at, 2.0, 15.0),
                    tid,
                    Action.BUKA_KEMBALI,
                    reporter,
                    reason=REOPEN_REASON,
                )
            elif roll < 0.30:
                self.schedule(
                    self.later(at, 1.0, 10.0),
                    tid,
                    Action.TANGGAPI,
                    reporter,
                    message="Terima kasih, sudah ditangani.",
                )
        elif action == Action.TANGGAPI and complaint.status == Status.DITINDAKLANJUTI:
            self.schedule(self.later(at, 1.0, 8.0), tid, Action.TUTUP, ADMIN)
        elif action == Action.TUNDA:
            if rng.random() < 0.6:
                self.schedule(
                    self.later(at, 3.0, 20.0),
                    tid,
                    Action.LANJUTKAN,
                    _reporter_actor(complaint),
                )
            else:
                self.schedule(
                    self.later(at, 70.0, 80.0), tid, Action.ARSIPKAN, ADMIN, reason="tidak_jelas"
                )
        elif action == Action.LANJUTKAN:
            self.schedule(
                self.later(at, 2.0, 10.0),
                tid,
                Action.VERIFIKASI,
                ADMIN,
                units=[self.router.route(complaint).unit],
            )

    def admin_decision(self, complaint: Complaint, decision: RoutingDecision) -> None:
        """How the admin handles a newly received complaint."""
        rng = self.rng
        late = rng.random() < 0.15
        at = (
            self.later(complaint.received_at, 26.0, 40.0)
            if late
            else self.later(complaint.received_at, 0.5, 14.0)
        )
        tid = complaint.tracking_id
        words = len(complaint.text.split())
        if words <= 3 or decision.is_fallback:
            if rng.random() < 0.5:
                self.schedule(at, tid, Action.TUNDA, ADMIN, reason=DEFER_REASON)
            else:
                self.schedule(at, tid, Action.ARSIPKAN, ADMIN, reason="tidak_jelas")
        elif decision.out_of_scope:
            self.schedule(at, tid, Action.ALIHKAN, ADMIN, to="Instansi vertikal berwenang")
        else:
            units = list(dict.fromkeys([decision.unit, *decision.co_units]))
            self.schedule(at, tid, Action.VERIFIKASI, ADMIN, units=units)


def _nik(rng: random.Random) -> str:
    # Kota Kupang (5371), district 01-06, a plausible birth date, and serial 9xxx: made up.
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    district = rng.randint(1, 6)
    born = f"{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99)}"
    return f"53710{district}{born}9{rng.randint(100, 999)}"


def _message(month: _Month) -> tuple[str, dict[str, str]]:
    rng = month.rng
    s = month.scenario
    _, texts = rng.choice(s.topics)
    kelurahan, kecamatan = rng.choice(s.kelurahan)
    fields = {
        "place": rng.choice(s.places),
        "street": rng.choice(s.streets),
        "kelurahan": kelurahan,
        "kecamatan": kecamatan,
        "name": rng.choice(s.names),
        "phone": f"0812-99{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        "nik": _nik(rng),
    }
    return rng.choice(texts).format(**fields), fields


def _arrivals(month: _Month, first: date, days: int, per_day: float) -> Iterator[datetime]:
    rng = month.rng
    zone = month.calendar.zone_info
    for offset in range(days):
        day = first + timedelta(days=offset)
        weekend = day.weekday() >= 5
        count = max(0, round(rng.gauss(per_day * (0.4 if weekend else 1.0), 2)))
        moments = sorted(rng.uniform(6.0, 23.0) for _ in range(count))
        for hour in moments:
            whole = int(hour)
            minute = int((hour - whole) * 60)
            yield datetime.combine(day, time(whole, minute), tzinfo=zone)


def _inbound(month: _Month, at: datetime, number: int) -> Inbound:
    """One raw message through its channel's intake."""
    rng = month.rng
    text, fields = _message(month)
    roll = rng.random()
    location = Location(
        kelurahan=fields["kelurahan"], kecamatan=fields["kecamatan"], city="Kota Kupang"
    )
    privacy = rng.choice([Privacy.PUBLIK, Privacy.ANONIM, Privacy.RAHASIA, None])
    if roll < 0.45:
        month.channels["sms"] += 1
        line = f"KOTKUPANG {text}"
        if rng.random() < 0.06:  # people forget the keyword, or send only the keyword
            line = rng.choice([text, "KOTKUPANG", "LAPOR " + text])
        return month.gateway.submission(
            line, sender=fields["phone"], received_at=at, message_id=f"sms-{number}"
        )
    if roll < 0.70:
        month.channels["whatsapp"] += 1
        return from_whatsapp(
            pseudonym_key=_DEMO_PSEUDONYM_KEY,
            sender=fields["phone"],
            text=text,
            received_at=at,
            message_id=f"wa-{number}",
            name=fields["name"],
            privacy=privacy,
        )
    if roll < 0.85:
        month.channels["web"] += 1
        return from_web_form(
            {
                "nama": fields["name"],
                "telepon": fields["phone"],
                "isi": text,
                "kelurahan": fields["kelurahan"],
                "kecamatan": fields["kecamatan"],
                "privasi": None if privacy is None else privacy.value,
            },
            received_at=at,
        )
    if roll < 0.95:
        month.channels["loket"] += 1
        return from_counter(
            text=text,
            received_at=at,
            name=fields["name"],
            phone=fields["phone"],
            location=location,
            privacy=privacy,
        )
    month.channels["kotak_saran"] += 1
    return from_suggestion_box(text=text, received_at=at, location=location)


def _reporter_actor(complaint: Complaint) -> Actor:
    """The reporter's own account (or SMS pseudonym); else the admin acts on their behalf."""
    account = complaint.reporter.account_id
    return ADMIN if account is None else Actor.reporter(account)


def _daily_job(month: _Month, now: datetime, since: datetime | None) -> None:
    """The periodic job an app runs: auto-close what may be closed, escalate breaches."""
    for due in due_actions(
        list(month.complaints.values()),
        policy=month.policy,
        calendar=month.calendar,
        workflow=month.workflow,
        now=now,
        since=since,
    ):
        if due.kind is DueActionKind.AUTO_CLOSE and due.action is not None:
            month.auto_closed += month.apply(now, due.tracking_id, due.action, JOB)
        elif due.kind is DueActionKind.BREACH and due.clock == "tindak_lanjut":
            month.escalations += month.apply(
                now, due.tracking_id, Action.ESKALASI, JOB, to="atasan"
            )


def simulate_month(
    *,
    first_day: date = date(2025, 4, 1),
    days: int = 30,
    per_day: float = 10.0,
    report_at: datetime | None = None,
    seed: int = 1708,
    progress: Callable[[int, int], None] | None = None,
) -> Simulation:
    """Simulate ``days`` days of complaints to Kota Kupang, then run on until ``report_at``.

    Args:
        first_day: the first day messages arrive (April 2025 includes the Lebaran cuti bersama).
        days: how many days messages arrive.
        per_day: the average number of messages on a working day (weekends get fewer).
        report_at: when the simulation stops; defaults to 15 working days after the last day.
        seed: the random seed; the same seed gives the same month.
        progress: called as ``progress(done, total)`` once per simulated day.

    Returns:
        The complaints as of ``report_at`` and counters of what happened.

    Raises:
        ArgumentError: an argument of the wrong type or out of range (``days`` from 0 to
            3660, ``per_day`` from 0 to 10000).
        NaiveDatetimeError: ``report_at`` has no time zone.
        OutOfRangeError: days outside the calendar's years.
    """
    _check_month(
        first_day=first_day,
        days=days,
        per_day=per_day,
        report_at=report_at,
        seed=seed,
        progress=progress,
    )
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - heavy, loaded on use

    rng = random.Random(exact(seed))  # noqa: S311 - a reproducible simulation, not security
    calendar = WorkingCalendar.indonesia(zone=ZONE)
    policy = SlaPolicy.lapor(Workflow.default())
    # The escalation guard reads the same clocks as the daily job's breaches.
    workflow = Workflow.default().with_deadlines(SlaDeadlines(policy=policy, calendar=calendar))
    month = _Month(
        rng=rng,
        workflow=workflow,
        calendar=calendar,
        policy=policy,
        router=default_router(
            normalizer=Normalizer.kupang(), directory=UnitDirectory.kota_kupang()
        ),
        scenario=_Scenario.bundled(),
    )
    zone = calendar.zone_info
    last = first_day + timedelta(days=days - 1)
    end = report_at or calendar.add_working_days(datetime.combine(last, time(12), tzinfo=zone), 15)
    for number, at in enumerate(_arrivals(month, first_day, days, per_day), start=1):
        month.schedule(at, f"~arrival-{number}", "~arrival", JOB, number=number)

    total_days = (end.date() - first_day).days + 1
    since: datetime | None = None
    for day_number in range(total_days):
        job_at = datetime.combine(first_day + timedelta(days=day_number), time(8), tzinfo=zone)
        if job_at > end:
            break
        _run_until(month, job_at)
        _daily_job(month, job_at, since)
        since = job_at
        if progress is not None:
            progress(day_number + 1, total_days)
    _run_until(month, end)
    return Simulation(
        complaints=tuple(sorted(month.complaints.values(), key=lambda c: c.received_at)),
        rejected=dict(month.rejected),
        channels=dict(month.channels),
        routed=dict(month.routed),
        escalations=month.escalations,
        auto_closed=month.auto_closed,
        now=end,
        calendar=calendar,
        policy=month.policy,
    )


_MAX_DAYS = 3660
_MAX_PER_DAY = 10_000
_MAX_RUN_ON = 366


def _check_month(
    *,
    first_day: object,
    days: object,
    per_day: object,
    report_at: object,
    seed: object,
    progress: object,
) -> None:
    """Refuse an argument of `simulate_month()` of the wrong type or out of range."""
    if not isinstance(first_day, date) or isinstance(first_day, datetime):
        raise wrong("first_day", N_("must be a date"), first_day)
    day_count = whole_number(days, "days", 0, _MAX_DAYS)
    if (
        not isinstance(per_day, int | float)
        or isinstance(per_day, bool)
        or not 0 <= per_day <= _MAX_PER_DAY  # NaN fails this too
    ):
        raise ArgumentError(
            argument="per_day",
            rule=Phrase(N_("must be a number from {low} to {high}"), low=0, high=_MAX_PER_DAY),
            given=type_name(per_day),
        )
    if first_day > date.max - timedelta(days=_MAX_DAYS + 60):
        raise ArgumentError(
            argument="first_day", rule=N_("must leave room for the month in the calendar")
        )
    if report_at is not None:
        # The run walks every day up to report_at: at most a year past the simulated days.
        moment = to_utc(report_at, "report_at")
        if moment.date() > first_day + timedelta(days=day_count + _MAX_RUN_ON):
            raise ArgumentError(
                argument="report_at",
                rule=Phrase(
                    N_("must be at most {days} days after the simulated days"), days=_MAX_RUN_ON
                ),
                given=type_name(report_at),
            )
    if (seed is not None and not isinstance(seed, int | float | str | bytes | bytearray)) or (
        isinstance(seed, str) and not encodable(seed)  # random.Random encodes a str seed
    ):
        raise wrong("seed", N_("must be an int, a float, a str, bytes or None"), seed)
    if progress is not None and not callable(progress):
        raise wrong("progress", N_("must be callable or None"), progress)


def _run_until(month: _Month, until: datetime) -> None:
    while month.queue and month.queue[0][0] <= until:
        at, _, tracking_id, action, actor, data = heapq.heappop(month.queue)
        if action == "~arrival":
            _arrive(month, at, data["number"])
        else:
            month.apply(at, tracking_id, action, actor, **data)


def _arrive(month: _Month, at: datetime, number: int) -> None:
    try:
        inbound = _inbound(month, at, number)
    except IntakeError as error:
        month.rejected[str(error.reason)] += 1
        return
    tracking_id = new_tracking_id(month.rng)
    complaint = inbound.receive(month.workflow, tracking_id=tracking_id)
    month.complaints[tracking_id] = complaint
    decision = month.router.route(complaint)
    month.routed[decision.unit] += 1
    month.admin_decision(complaint, decision)
