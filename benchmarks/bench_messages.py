"""Messages and the outbox, side by side with what an app would otherwise write, in one run.

1. One disposition stored (``Workflow.apply`` + ``Repository.append`` on an SQLite file):
   a. the repository alone (no messages);
   b. the repository with a ``Messenger``: the reporter's and the unit's messages rendered from
      templates (deadline from the SLA clocks, Babel day names) and written to the outbox in the
      action's transaction;
   c. the usual hand-written way: ``append``, then two f-string notifications (the deadline
      computed with ``WorkingCalendar.add_working_days``, formatted by Babel) inserted into the
      app's own table in a second transaction (not atomic with the events).
   Printed as actions/s and the ratios b/a and b/c.
2. Counting SMS segments of the shipped texts: ``sms_segments`` vs encoding with the ``gsm0338``
   codec (the package an app would pick) and dividing the byte count, per text.

Run: ``python benchmarks/bench_messages.py`` (``BENCH_SCALE=10`` for ten times more).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import gsm0338  # noqa: F401 - registers the "gsm03.38" codec (the peer of sms_segments)
import sqlalchemy as sa
from babel.dates import format_date

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pengaduan.calendar import WorkingCalendar  # noqa: E402
from pengaduan.messages import Messenger, sms_segments  # noqa: E402
from pengaduan.model import Actor, Channel, Reporter, Submission  # noqa: E402
from pengaduan.routing import UnitDirectory  # noqa: E402
from pengaduan.sla import SlaPolicy  # noqa: E402
from pengaduan.store import Repository  # noqa: E402
from pengaduan.workflow import Workflow  # noqa: E402

SCALE = int(os.environ.get("BENCH_SCALE", "1"))
N = 300 * SCALE
WF = Workflow.default()
POLICY = SlaPolicy.lapor(WF)
CAL = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027))
T0 = datetime(2026, 3, 2, 2, tzinfo=UTC)
SUBMISSION = Submission(text="Lampu mati", channel=Channel.SMS, reporter=Reporter(account_id="p"))
MESSENGER = Messenger(
    workflow=WF, policy=POLICY, calendar=CAL, directory=UnitDirectory.kota_kupang()
)


def _stored(repo: Repository) -> list:  # type: ignore[type-arg]
    found = [
        WF.receive(SUBMISSION, tracking_id=f"K-{n}", at=T0, actor=Actor.system("sms"))
        for n in range(N)
    ]
    for complaint in found:
        repo.add(complaint)
    return found


def _dispose(complaint):  # type: ignore[no-untyped-def]
    return WF.apply(
        complaint,
        "verifikasi",
        at=T0 + timedelta(hours=1),
        actor=Actor.admin("bag-organisasi"),
        units=["dinkes"],
    )


def _hand_written(engine: sa.Engine, table: sa.Table, complaint) -> None:  # type: ignore[no-untyped-def]
    due = CAL.add_working_days(complaint.history[-1].at, 5)
    day = format_date(CAL.local_date(due - timedelta(microseconds=1)), "EEEE, d MMMM y", "id")
    tid = complaint.tracking_id
    rows = [
        {
            "key": f"{tid}:2:pelapor",
            "body": f"Pengaduan {tid} diteruskan ke Dinkes. Tindak lanjut paling lambat {day}.",
        },
        {
            "key": f"{tid}:2:dinkes",
            "body": f"Disposisi pengaduan {tid}: mohon tindak lanjut paling lambat {day}.",
        },
    ]
    with engine.begin() as conn:
        conn.execute(sa.insert(table), rows)


def bench_writes() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in ("repository", "with outbox", "hand-written"):
            url = f"sqlite:///{Path(folder) / (name.replace(' ', '-') + '.db')}"
            messenger = MESSENGER if name == "with outbox" else None
            with Repository(url, policy=POLICY, calendar=CAL) as setup:
                complaints = _stored(setup)
            engine = sa.create_engine(url)
            table = sa.Table(
                "app_notifications",
                sa.MetaData(),
                sa.Column("key", sa.String(200), primary_key=True),
                sa.Column("body", sa.Text),
            )
            table.metadata.create_all(engine)
            with Repository(url, policy=POLICY, calendar=CAL, messenger=messenger) as repo:
                start = time.perf_counter()
                for complaint in complaints:
                    changed = _dispose(complaint)
                    repo.append(changed, expected_version=1)
                    if name == "hand-written":
                        _hand_written(engine, table, changed)
                results[name] = N / (time.perf_counter() - start)
            engine.dispose()
    for name, rate in results.items():
        print(f"  {name:14s} {rate:8.0f} dispositions/s")
    alone = results["with outbox"] / results["repository"]
    hand = results["with outbox"] / results["hand-written"]
    print(f"  throughput with outbox / repository alone: {alone:.2f}; / hand-written: {hand:.2f}")


def _codec_segments(text: str) -> int:
    try:
        units = len(text.encode("gsm03.38"))
        single, multi = 160, 153
    except UnicodeEncodeError:
        units = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    return 1 if units <= single else -(-units // multi)


def bench_segments() -> None:
    complaint = WF.receive(SUBMISSION, tracking_id="7KQM-XW3D-RTG", at=T0, actor=Actor.system("s"))
    texts = [m.body for m in MESSENGER.messages_for(_dispose(complaint), after_version=0)]
    texts += ["Terima kasih 🙏", "x" * 400, "Harga 10€"]
    rounds = 2000 * SCALE
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            sms_segments(text)
    ours = (time.perf_counter() - start) / (rounds * len(texts))
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            _codec_segments(text)
    codec = (time.perf_counter() - start) / (rounds * len(texts))
    print(f"  sms_segments {ours * 1e6:.1f} us/text, gsm0338 codec {codec * 1e6:.1f} us/text")
    print(f"  time sms_segments / codec: {ours / codec:.2f} (below 1: faster)")
    print("  (the codec count ignores that escape and surrogate pairs are never split)")


if __name__ == "__main__":
    print(f"dispositions stored, {N} complaints, SQLite file:")
    bench_writes()
    print("SMS segments:")
    bench_segments()
