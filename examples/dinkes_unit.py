"""The Dinas Kesehatan complaint unit (UPP) and its Puskesmas liaison officers.

Kota Kupang set up a complaint unit at the Dinkes in 2019, with liaison officers in each
Puskesmas, and a code of conduct: complaint data must not reach the public nor serve personal
interest, and handling follows the SOP. This script plays one week of that unit's work:

- the city admin disposes health complaints to the Dinkes;
- the Dinkes liaison re-disposes each to the Puskesmas concerned (``disposisi_ulang``);
- the Puskesmas liaison answers; the follow-up clock (5 working days) is checked;
- the Puskesmas sees an *anonim* or *rahasia* reporter's complaint without the identity and with
  the personal data in the text redacted; a *publik* reporter's identity is shown to the unit and
  that disclosure is recorded in the history; the public portal never shows a *rahasia* one;
- an unanswered complaint is escalated along the unit directory (Puskesmas -> Dinkes -> Sekda).

Run: ``python examples/dinkes_unit.py``
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pengaduan import (
    Action,
    Actor,
    Channel,
    Location,
    Privacy,
    PrivacyError,
    Reporter,
    SlaPolicy,
    Submission,
    Workflow,
    WorkingCalendar,
)
from pengaduan.privacy import Viewer
from pengaduan.routing import UnitDirectory
from pengaduan.sla import ClockState, SlaDeadlines, describe, evaluate

WITA = ZoneInfo("Asia/Makassar")
COMPLAINTS = [
    ("KPG-DK01-A", "puskesmas-oebobo", Privacy.ANONIM, "Anak sy demam tinggi tp ditolak di loket"),
    ("KPG-DK02-B", "puskesmas-sikumana", Privacy.PUBLIK, "Obat hipertensi kosong sdh 2 minggu"),
    ("KPG-DK03-C", "puskesmas-alak", Privacy.RAHASIA, "Petugas minta uang utk surat sehat"),
]


def at(day: int, hour: int) -> datetime:
    return datetime(2025, 8, day, hour, 0, tzinfo=WITA)


def main() -> None:
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar")
    policy = SlaPolicy.lapor()
    # The escalation guard allows eskalasi once a deadline of these clocks has passed.
    workflow = Workflow.default().with_deadlines(SlaDeadlines(policy=policy, calendar=calendar))
    directory = UnitDirectory.kota_kupang()
    viewer = Viewer(workflow=workflow)
    admin = Actor.admin("bagian-organisasi")
    dinkes = Actor.unit("dinkes")

    handled = []
    for number, (tracking_id, puskesmas, privacy, text) in enumerate(COMPLAINTS):
        complaint = workflow.receive(
            Submission(
                text=f"{text}. Nama sy Theresia Manafe, hp 0813-5390-22{number}4.",
                channel=Channel.WHATSAPP,
                reporter=Reporter(name="Theresia Manafe", phone=f"+62813539022{number}4"),
                privacy=privacy,
                category="kesehatan",
                location=Location(kelurahan="Oebobo", kecamatan="Oebobo", city="Kota Kupang"),
            ),
            tracking_id=tracking_id,
            at=at(4, 8 + number),  # Monday 4 August 2025
            actor=Actor.system("wa-gateway"),
        )
        complaint = workflow.apply(
            complaint, Action.VERIFIKASI, at=at(4, 13), actor=admin, units=["dinkes"]
        )
        complaint = workflow.apply(
            complaint, Action.DISPOSISI_ULANG, at=at(5, 9), actor=dinkes, units=[puskesmas]
        )
        handled.append(complaint)

    # Two Puskesmas answer in time; Puskesmas Alak does not answer at all.
    for index, day in ((0, 6), (1, 8)):
        complaint = handled[index]
        handled[index] = workflow.apply(
            complaint,
            Action.TINDAK_LANJUT,
            at=at(day, 10),
            actor=Actor.unit(complaint.units[0]),
            response="Sudah ditindaklanjuti oleh kepala Puskesmas.",
        )

    now = at(13, 9)  # the following Wednesday
    print(f"UPP Dinas Kesehatan Kota Kupang — {now:%d-%m-%Y %H.%M} WITA\n")
    for handled_complaint in handled:
        complaint = handled_complaint
        unit = directory.get(complaint.units[0])
        reports = evaluate(complaint, policy=policy, calendar=calendar, now=now)
        clocks = {r.clock: r for r in reports}
        follow_up = clocks["tindak_lanjut"]
        print(f"{complaint.tracking_id}  {unit.name}  [{complaint.effective_privacy.value}]")
        print(f"  {describe(follow_up, calendar, now=now)}")
        if follow_up.state is ClockState.BREACHED:
            path = " -> ".join(u.short_name or u.name for u in directory.escalation_path(unit.id))
            complaint = workflow.apply(
                complaint, Action.ESKALASI, at=now, actor=Actor.system("sla-job"), to="atasan"
            )
            print(f"  eskalasi: {path}")

        # What the Puskesmas liaison sees (the unit view) and what the public portal sees.
        try:
            page, complaint = viewer.view(complaint, "unit", viewer=Actor.unit(unit.id), at=now)
            who = "(identitas disembunyikan)" if page.reporter is None else "(identitas terlihat)"
            print(f"  unit {who}: {page.text}")
        except PrivacyError as error:
            print(f"  unit: ditolak ({error.audience})")
        try:
            public, _ = viewer.view(complaint, "public", viewer=Actor.system("portal"), at=now)
            print(f"  publik: {public.text}")
        except PrivacyError:
            print("  publik: tidak dipublikasikan (rahasia)")
        disclosures = complaint.events("akses_identitas")
        if disclosures:
            print(f"  akses identitas tercatat: {len(disclosures)}x")
        print()


if __name__ == "__main__":
    main()
