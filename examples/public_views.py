"""One Kupang complaint seen by the public, the Dinkes unit, the admin and the Ombudsman.

Run: ``python examples/public_views.py``. The reporter chose ``publik``, so the unit and the
Ombudsman see the identity (and each look is recorded in the history); the public never does.
Then the admin marks the complaint ``rahasia`` and the public page disappears.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pengaduan import (
    Actor,
    Attachment,
    Location,
    Privacy,
    PrivacyError,
    Reporter,
    Submission,
    Workflow,
)
from pengaduan.privacy import Viewer


def main() -> None:
    wf = Workflow.default()
    viewer = Viewer(workflow=wf)
    t0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)  # Monday 10:00 WITA
    admin = Actor.admin("bag-organisasi")
    dinkes = Actor.unit("dinkes")
    complaint = wf.receive(
        Submission(
            text=(
                "Selamat pagi. Nama saya Agustina Lakapu, NIK 5371014107900001, HP 0813-3900-1122. "
                "Tgl 28 Feb anak saya ditolak di Puskesmas Oebobo oleh perawat Ibu Yuliana Djami "
                "karena kartu BPJS 0001234567890 katanya tidak aktif."
            ),
            subject="Pasien BPJS ditolak",
            channel="whatsapp",
            reporter=Reporter(
                name="Agustina Lakapu", phone="+6281339001122", nik="5371014107900001"
            ),
            privacy=Privacy.PUBLIK,
            category="kesehatan",
            location=Location(kelurahan="Oebobo", kecamatan="Oebobo", city="Kota Kupang"),
            attachments=[Attachment(media_type="image/jpeg", size_bytes=120_000, sha256="a" * 64)],
        ),
        tracking_id="KPG-2025-0311",
        at=t0,
        actor=Actor.system("wa-gateway"),
    )
    complaint = wf.apply(
        complaint, "verifikasi", at=t0 + timedelta(hours=3), actor=admin, units=["dinkes"]
    )
    complaint = wf.apply(
        complaint,
        "tindak_lanjut",
        at=t0 + timedelta(days=1),
        actor=dinkes,
        response="Ibu Agustina sudah kami hubungi di 081339001122; kartu BPJS aktif, "
        "petugas sudah ditegur.",
    )

    now = t0 + timedelta(days=2)
    audiences = [
        ("public", Actor.system("portal-publik")),
        ("unit", dinkes),
        ("admin", admin),
        ("oversight", Actor.oversight("ombudsman-ntt")),
    ]
    for audience, who in audiences:
        seen, complaint = viewer.view(complaint, audience, viewer=who, at=now)
        print(f"== {audience} ({who}) ==")
        print("  text:    ", seen.text)
        answer = next(e for e in seen.timeline if e.action == "tindak_lanjut")
        print("  answer:  ", answer.data)
        print("  reporter:", "shown" if seen.reporter else "hidden", seen.disclosed)
        print("  attachments shown / withheld:", len(seen.attachments), seen.withheld_attachments)
        now += timedelta(minutes=10)

    disclosures = complaint.events("akses_identitas")
    print(f"\nidentity disclosures recorded: {len(disclosures)}")
    for event in disclosures:
        print(f"  {event.at:%Y-%m-%d %H:%M} UTC  {event.actor}  {event.data['fields']}")

    # Tightening needs no consent; only the admin changes privacy, with a reason.
    complaint = wf.change_privacy(
        complaint,
        privacy="rahasia",
        reason="pelapor minta laporan dirahasiakan",
        at=now,
        actor=admin,
    )
    try:
        viewer.view(complaint, "public", viewer=Actor.system("portal-publik"), at=now)
    except PrivacyError as error:
        print(f"\nafter the reporter asked for rahasia: {error}")


if __name__ == "__main__":
    main()
