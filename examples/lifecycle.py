"""One complaint through its whole SP4N-LAPOR! lifecycle, with a verifiable history.

A resident of Kelurahan Oebobo texts the Kota Kupang complaint line; the admin (Bagian Organisasi)
verifies it and disposes it to the Dinas Kesehatan; the Puskesmas answers; the reporter is not
satisfied and reopens; the unit answers again and the admin closes it. The script prints the
history, checks its digest chain, round-trips it through JSON and prints the SOP as a Mermaid
diagram.

Run: ``python examples/lifecycle.py``
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pengaduan import (
    Action,
    Actor,
    Channel,
    Privacy,
    Reporter,
    Submission,
    Workflow,
    from_json,
    reporter_pseudonym,
    to_json,
    verify_history,
)

WITA = ZoneInfo("Asia/Makassar")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=WITA)


def main() -> None:
    workflow = Workflow.default()
    admin = Actor.admin("bagian-organisasi")
    dinkes = Actor.unit("dinkes")
    # The SMS reporter acts under a keyed pseudonym of their number (the key stays out of the
    # database); the gateway sets it as the reporter's account id.
    pseudonym_key = b"kunci-rahasia-kantor-32-byte-abc"
    phone = "+6281339001122"
    reporter = Actor.reporter(reporter_pseudonym(phone, key=pseudonym_key))

    complaint = workflow.receive(
        Submission(
            text="Antrian di Puskesmas Oebobo sangat lama, sy tunggu dr jam 7 sampai jam 12.",
            channel=Channel.SMS,
            reporter=Reporter(phone=phone, account_id=reporter.id),
            privacy=Privacy.ANONIM,
            category="kesehatan",
        ),
        tracking_id="KPG-7Q4M-2X",
        at=at(3, 9, 15),
        actor=Actor.system("sms-1708"),
    )
    steps = [
        (Action.VERIFIKASI, at(4, 10), admin, {"units": ["dinkes"]}),
        (Action.TINDAK_LANJUT, at(6, 14), dinkes, {"response": "Jadwal petugas loket ditambah."}),
        (Action.BUKA_KEMBALI, at(7, 8), reporter, {"reason": "Masih antri lama hari ini."}),
        (Action.TINDAK_LANJUT, at(11, 11), dinkes, {"response": "Sistem antrian daring dibuka."}),
        (Action.TUTUP, at(14, 9), admin, {}),
    ]
    for action, when, actor, data in steps:
        complaint = workflow.apply(
            complaint,
            action,
            at=when,
            actor=actor,
            expected_version=complaint.version,
            **data,
        )

    print(f"Pengaduan {complaint.tracking_id}: {workflow.label(complaint.status)}")
    print(f"Privasi: {complaint.effective_privacy.value}; unit: {', '.join(complaint.units)}")
    print()
    print(f"{'#':>2}  {'waktu (WITA)':16}  {'aksi':26}  {'status':32}  oleh")
    for event in complaint.history:
        local = event.at.astimezone(WITA).strftime("%d-%m-%Y %H:%M")
        print(
            f"{event.sequence:>2}  {local:16}  {workflow.label(event.action):26}  "
            f"{workflow.label(event.to_status):32}  {event.actor}"
        )

    verify_history(complaint, head=complaint.head)
    restored = from_json(to_json(complaint), head=complaint.head)
    if restored != complaint:
        raise SystemExit("round trip changed the complaint")
    print()
    print(f"Rantai digest utuh; kepala riwayat {complaint.head[:16]}...")
    print(f"JSON pulang-pergi identik ({len(to_json(complaint))} byte).")
    print()
    print(workflow.to_mermaid("id"))


if __name__ == "__main__":
    main()
