"""SLA clock speed: evaluation per complaint, due actions at scale, and a naive loop beside it.

One run prints:

* ``evaluate`` of every clock of the SP4N-LAPOR! profile on a complaint with 6 events
  (received, deferred, resumed, verified, followed up, replied): median per call, target < 50 us;
* ``due_actions`` over 100,000 complaints (random SOP walks over 2025, WITA calendar), target
  < 10 s on a 2-core machine;
* the verification clock (paused while deferred) computed by ``evaluate`` and by a naive
  day-by-day loop written here, checked to agree on the workload, and the ratio: at 3 working
  days (the LAPOR! number) and at 60 (a settlement-length clock).

Run: ``.venv/bin/python benchmarks/bench_sla.py`` (or ``make bench``).
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import attrs

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import GuardError
from pengaduan.model import Actor, Channel, Reporter, Submission
from pengaduan.sla import SlaPolicy, due_actions, evaluate
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable

    from pengaduan.model import Complaint

WITA = ZoneInfo("Asia/Makassar")
COMPLAINTS = 100_000
NAIVE_SAMPLES = 3_000
ADMIN, UNIT, REPORTER, SYSTEM = (
    Actor.admin("bag-organisasi"),
    Actor.unit("dinkes"),
    Actor.reporter("akun-bench"),
    Actor.system("sms-1708"),
)
DATA: dict[str, tuple[Actor, dict[str, object]]] = {
    Action.VERIFIKASI: (ADMIN, {"units": ["dinkes"]}),
    Action.TUNDA: (ADMIN, {"reason": "lengkapi"}),
    Action.LANJUTKAN: (REPORTER, {}),
    Action.ALIHKAN: (ADMIN, {"to": "PLN"}),
    Action.ARSIPKAN: (ADMIN, {"reason": "spam"}),
    Action.DISPOSISI_ULANG: (ADMIN, {"units": ["rsud"]}),
    Action.TINDAK_LANJUT: (UNIT, {"response": "sudah"}),
    Action.TANGGAPI: (REPORTER, {"message": "terima kasih"}),
    Action.BUKA_KEMBALI: (REPORTER, {"reason": "belum"}),
    Action.TUTUP: (ADMIN, {}),
}
# Verification first, then mostly forward: a realistic mix of open and closed complaints.
WEIGHTS = {
    Action.VERIFIKASI: 8,
    Action.TUNDA: 2,
    Action.LANJUTKAN: 6,
    Action.ALIHKAN: 1,
    Action.ARSIPKAN: 1,
    Action.DISPOSISI_ULANG: 1,
    Action.TINDAK_LANJUT: 6,
    Action.TANGGAPI: 2,
    Action.BUKA_KEMBALI: 1,
    Action.TUTUP: 3,
}


def six_event_complaint(workflow: Workflow) -> Complaint:
    c = workflow.receive(
        Submission(
            text="Antrean panjang",
            channel=Channel.SMS,
            reporter=Reporter(account_id="akun-bench"),
        ),
        tracking_id="KPG-BENCH",
        at=datetime(2025, 3, 3, 10, tzinfo=WITA),
        actor=SYSTEM,
    )
    for action, day in (
        (Action.TUNDA, 4),
        (Action.LANJUTKAN, 6),
        (Action.VERIFIKASI, 7),
        (Action.TINDAK_LANJUT, 12),
        (Action.TANGGAPI, 13),
    ):
        actor, data = DATA[action]
        c = workflow.apply(
            c, action, at=datetime(2025, 3, day, 9, tzinfo=WITA), actor=actor, **data
        )
    assert len(c.history) == 6
    return c


def random_complaints(workflow: Workflow, count: int, seed: int) -> list[Complaint]:
    rng = random.Random(seed)
    first = datetime(2025, 1, 2, tzinfo=WITA)
    found = []
    submission = Submission(
        text="keluhan", channel=Channel.SMS, reporter=Reporter(account_id="akun-bench")
    )
    for n in range(count):
        at = first + timedelta(minutes=rng.randrange(60 * 24 * 330))
        c = workflow.receive(submission, tracking_id=f"KPG-{n:06d}", at=at, actor=SYSTEM)
        for _ in range(rng.randrange(6)):
            allowed = [a for a in workflow.allowed_actions(c) if a in DATA]
            if not allowed:
                break
            action = rng.choices(allowed, [WEIGHTS[a] for a in allowed])[0]
            actor, data = DATA[action]
            at += timedelta(minutes=rng.randrange(30, 60 * 24 * 6))
            try:
                c = workflow.apply(c, action, at=at, actor=actor, **data)
            except GuardError:
                continue
        found.append(c)
    return found


# -- the naive alternative: walk the calendar day by day ----------------------------------------


def _verification_events(
    complaint: Complaint, now: datetime
) -> tuple[datetime | None, datetime | None, list[tuple[datetime, datetime]], datetime | None]:
    start = stop = paused_at = None
    pauses: list[tuple[datetime, datetime]] = []
    for event in complaint.history:
        if event.at > now:
            break
        if event.action == "terima":
            start = event.at
        elif event.action == "tunda" and stop is None:
            paused_at = event.at
        elif event.action == "lanjutkan" and paused_at is not None:
            pauses.append((paused_at, event.at))
            paused_at = None
        elif event.action in {"verifikasi", "alihkan", "arsipkan"} and stop is None:
            stop = event.at
            if paused_at is not None:
                pauses.append((paused_at, event.at))
                paused_at = None
    return start, stop, pauses, paused_at


def naive_verification(
    complaint: Complaint, calendar: WorkingCalendar, now: datetime, days: int = 3
) -> tuple[datetime | None, bool]:
    """The verification clock (N WD, paused while deferred) the way a loop would compute it.

    Returns the deadline (``None`` while paused with days left) and whether it is breached.
    """
    zone = calendar.zone_info
    start, stop, pauses, paused_at = _verification_events(complaint, now)
    assert start is not None
    left = days
    day = start.astimezone(zone).date()
    segments = [*pauses, (paused_at, None)] if paused_at is not None else [*pauses, (None, None)]
    due_day: date | None = None
    for pause, resume in segments:
        last = None if pause is None else pause.astimezone(zone).date()
        while left:
            day += timedelta(days=1)
            if last is not None and day > last:
                break
            if calendar.is_working_day(day):
                left -= 1
        if not left:
            due_day = day
            break
        if resume is None:
            break
        day = resume.astimezone(zone).date()
    if due_day is None:
        return None, False
    due = calendar.end_of_day(due_day)
    horizon = stop if stop is not None else now
    return due, horizon > due


def per_call(fn: Callable[[], object], *, batches: int, per_batch: int) -> list[float]:
    times = []
    for _ in range(batches):
        began = time.perf_counter()
        for _ in range(per_batch):
            fn()
        times.append((time.perf_counter() - began) / per_batch)
    return times


def main() -> None:
    workflow = Workflow.default()
    kupang = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
    policy = SlaPolicy.lapor(workflow)
    verification_only = policy.without_rules("tindak_lanjut", "tutup_otomatis")

    complaint = six_event_complaint(workflow)
    now = datetime(2025, 3, 20, 9, tzinfo=WITA)
    evaluate(complaint, policy=policy, calendar=kupang, now=now)  # warm the calendar arrays
    times = per_call(
        lambda: evaluate(complaint, policy=policy, calendar=kupang, now=now),
        batches=200,
        per_batch=100,
    )
    median = statistics.median(times) * 1e6
    print("evaluate (3 clocks, 6 events)")
    print(f"  median per complaint            {median:8.1f} us   (target < 50 us)")

    print(f"building {COMPLAINTS:,} complaints ...", flush=True)
    began = time.perf_counter()
    complaints = random_complaints(workflow, COMPLAINTS, seed=20250306)
    print(f"  built in {time.perf_counter() - began:.1f} s (not part of the measurement)")
    job_now = datetime(2025, 12, 15, 9, tzinfo=WITA)
    began = time.perf_counter()
    found = due_actions(complaints, policy=policy, calendar=kupang, workflow=workflow, now=job_now)
    elapsed = time.perf_counter() - began
    kinds: dict[str, int] = {}
    for action in found:
        kinds[action.kind.value] = kinds.get(action.kind.value, 0) + 1
    print(f"due_actions over {COMPLAINTS:,} complaints")
    print(f"  one run                         {elapsed:8.2f} s    (target < 10 s)")
    print(f"  found                           {kinds}")

    sample = complaints[:NAIVE_SAMPLES]
    for days in (3, 60):
        rule = attrs.evolve(verification_only.rule("verifikasi"), amount=days, warn_before=None)
        compare(verification_only.with_rules(rule), sample, kupang, days)


def compare(policy: SlaPolicy, sample: list[Complaint], kupang: WorkingCalendar, days: int) -> None:
    nows = [c.received_at + timedelta(days=(i % (days + 9)) + 1) for i, c in enumerate(sample)]
    for c, at in zip(sample, nows, strict=True):
        (report, *_) = evaluate(c, policy=policy, calendar=kupang, now=at)
        due, breached = naive_verification(c, kupang, at, days)
        assert due == report.due_at, (c.tracking_id, due, report.due_at)
        assert breached == (report.breached_at is not None), c.tracking_id

    def run_library() -> None:
        for c, at in zip(sample, nows, strict=True):
            evaluate(c, policy=policy, calendar=kupang, now=at)

    def run_naive() -> None:
        for c, at in zip(sample, nows, strict=True):
            naive_verification(c, kupang, at, days)

    library = min(per_call(run_library, batches=5, per_batch=1)) / len(sample) * 1e6
    naive = min(per_call(run_naive, batches=5, per_batch=1)) / len(sample) * 1e6
    print(f"verification clock, {days} working days ({len(sample):,} complaints, answers agree)")
    print(f"  pengaduan.sla.evaluate          {library:8.1f} us per complaint (full report)")
    print(f"  naive day-by-day loop           {naive:8.1f} us per complaint (deadline only)")
    print(f"  ratio naive / pengaduan         {naive / library:8.1f}x")


if __name__ == "__main__":
    main()
