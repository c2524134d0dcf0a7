"""Audience views of 1,000 complaints: redactors built once per configuration, against the old
construction path that built them for every view.

A view that hides the reporter's identity runs a reporter-only sweep. The viewer used to build
that sweep redactor for every view (the reporter-only detectors plus the reporter's home address
and account, checking every detector again), and the ``view()`` shortcut given its own redactor,
policy or workflow built a whole ``Viewer`` (and its sweep) for every call. Now the sweep is
built once per redactor configuration and the ``view()`` shortcut keeps one viewer per set of
components. The old path is the tests' reference (``PerViewViewer`` in
``tests/views_reference.py``, built for every call as the shortcut did), run on the same
complaints in the same process; every view must come out byte-identical (its ``to_dict()`` as
JSON) and so must the complaint to store.

Two uses are measured, each on public, unit and oversight views of the same 1,000 complaints
(reporters with a name, a phone and, for most, a home address and a social-media account):

* ``view(..., redactor=R)``: the shortcut with an app's redactor (office hotlines allowed);
* ``Viewer(redactor=R)`` built once and shared, as the docs recommend.

CPU time (``time.process_time``), best of two rounds; the ratio is old / new.

Run: ``.venv/bin/python benchmarks/bench_views.py``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan.model import Actor, Channel, Location, Privacy, Reporter, Submission
from pengaduan.privacy import Audience, Viewer, view
from pengaduan.privacy import _views as views_module
from pengaduan.redaction import Redactor
from pengaduan.workflow import Workflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.views_reference import PerViewViewer

if TYPE_CHECKING:
    from collections.abc import Callable

    from pengaduan.model import Complaint

COUNT = 1_000
ROUNDS = 2
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
AT = T0 + timedelta(hours=3)
WF = Workflow.default()
ADMIN = Actor.admin("bag-organisasi")
UNIT = Actor.unit("dinkes")
VIEWERS = {
    Audience.PUBLIC: Actor.system("portal"),
    Audience.UNIT: UNIT,
    Audience.OVERSIGHT: Actor.oversight("ombudsman-ntt"),
}
FIRST = ["Maria", "Yohanes", "Agustina", "Fransiskus", "Yuliana", "Melkianus", "Oktovianus"]
LAST = ["Tefa", "Benu", "Ndun", "Manafe", "Lakapu", "Nenobais", "Djami", "Tallo"]
PROBLEMS = [
    "lampu jalan mati sudah dua minggu",
    "petugas puskesmas tidak ramah dan antrian lama",
    "air PDAM tidak mengalir tiga hari",
    "sampah tidak diangkut, bau sampai ke rumah",
    "jalan berlubang di depan sekolah",
]


def complaints(rng: random.Random) -> list[Complaint]:
    made = []
    for number in range(COUNT):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        phone = f"8133900{number:04d}"
        home = f"Jl. Kenari No. {number}, Oebobo" if number % 4 else None
        account = f"instagram:{first.lower()}.{last.lower()}_{number}" if number % 3 else None
        reporter = Reporter(
            name=f"{first} {last}", phone=f"+62{phone}", address=home, account_id=account
        )
        text = (
            f"Saya {first} {last}, HP 0{phone[:3]}-{phone[3:7]}-{phone[7:]}: "
            f"{rng.choice(PROBLEMS)}. Hubungi kantor di (0380) 821234."
        )
        if home:
            text += f" Rumah saya di {home}."
        complaint = WF.receive(
            Submission(
                text=text,
                channel=Channel.WEB,
                reporter=reporter,
                privacy=Privacy.ANONIM,
                location=Location(kecamatan="Oebobo", address="depan Puskesmas Oebobo"),
            ),
            tracking_id=f"KPG-{number}",
            at=T0,
            actor=Actor.system("portal"),
        )
        complaint = WF.apply(
            complaint, "verifikasi", at=T0 + timedelta(hours=1), actor=ADMIN, units=["dinkes"]
        )
        made.append(
            WF.apply(
                complaint,
                "tindak_lanjut",
                at=T0 + timedelta(hours=2),
                actor=UNIT,
                response=f"Ibu/Bapak {last} sudah kami hubungi di 0{phone}.",
            )
        )
    return made


def timed(make: Callable[[], list[str]]) -> tuple[float, list[str]]:
    best = float("inf")
    out: list[str] = []
    for _ in range(ROUNDS):
        start = time.process_time()
        out = make()
        best = min(best, time.process_time() - start)
    return best, out


def main() -> None:
    items = complaints(random.Random(7))
    redactor = Redactor.default(allowed_phones=["(0380) 821234"])
    shared = Viewer(redactor=redactor)

    def rendered(made: tuple[object, Complaint], complaint: Complaint) -> str:
        seen, stored = made
        assert stored == complaint  # no disclosure in these views: nothing to store
        return json.dumps(seen.to_dict(), ensure_ascii=False, sort_keys=True)  # type: ignore[attr-defined]

    default = views_module._default_viewer()

    def old_shortcut() -> list[str]:
        # What view(..., redactor=R) did: a viewer built for every call, with the default
        # policy and workflow (built once), and its sweeps.
        return [
            rendered(
                PerViewViewer(
                    redactor=redactor, policy=default.policy, workflow=default.workflow
                ).view(c, a, viewer=VIEWERS[a], at=AT),
                c,
            )
            for a in VIEWERS
            for c in items
        ]

    def new_shortcut() -> list[str]:
        return [
            rendered(view(c, a, viewer=VIEWERS[a], at=AT, redactor=redactor), c)
            for a in VIEWERS
            for c in items
        ]

    old_viewer = PerViewViewer(redactor=redactor)

    def old_shared() -> list[str]:
        return [
            rendered(old_viewer.view(c, a, viewer=VIEWERS[a], at=AT), c)
            for a in VIEWERS
            for c in items
        ]

    def new_shared() -> list[str]:
        return [
            rendered(shared.view(c, a, viewer=VIEWERS[a], at=AT), c) for a in VIEWERS for c in items
        ]

    views = COUNT * len(VIEWERS)
    print(f"{COUNT:,} complaints x {len(VIEWERS)} audiences = {views:,} views; CPU s, best of 2")
    print(f"{'use':<28}{'old path':>10}{'new':>10}{'views/s new':>14}{'old/new':>9}")
    for label, old, new in (
        ("view(..., redactor=R)", old_shortcut, new_shortcut),
        ("Viewer(redactor=R) shared", old_shared, new_shared),
    ):
        old_time, old_out = timed(old)
        new_time, new_out = timed(new)
        assert old_out == new_out, "views differ"
        print(
            f"{label:<28}{old_time:>10.3f}{new_time:>10.3f}{views / new_time:>14,.0f}"
            f"{old_time / new_time:>8.2f}x"
        )
    print(
        "every view byte-identical to the old path's (to_dict() as JSON), and the stored complaint"
    )


if __name__ == "__main__":
    main()
