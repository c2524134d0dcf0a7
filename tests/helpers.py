"""Builders shared by the tests: complaints driven into every status of the default SOP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pengaduan.model import Actor, Channel, Location, Privacy, Reporter, Submission
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action, Status

WF = Workflow.default()
T0 = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)  # Monday 10:00 WITA
ADMIN = Actor.admin("bag-organisasi")
UNIT = Actor.unit("dinkes")
REPORTER = Actor.reporter("akun-7781")
SYSTEM = Actor.system("sms-1708")

SECRET_TEXT = "RAHASIA-TEKS puskesmas oebobo menolak pasien BPJS"
SECRET_NAME = "Maria Goreti Tefa"
SECRET_PHONE = "+6281339001122"


def submission(**changes: Any) -> Submission:
    fields: dict[str, Any] = {
        "text": SECRET_TEXT,
        "channel": Channel.SMS,
        "subject": "Pelayanan Puskesmas",
        "reporter": Reporter(
            name=SECRET_NAME, phone=SECRET_PHONE, nik="5371014107900001", account_id="akun-7781"
        ),
        "privacy": Privacy.ANONIM,
        "category": "kesehatan",
        "location": Location(kelurahan="Oebobo", kecamatan="Oebobo", city="Kota Kupang"),
    }
    fields.update(changes)
    return Submission(**fields)


def received(tracking_id: str = "KPG-TEST-1", **changes: Any):  # type: ignore[no-untyped-def]
    return WF.receive(submission(**changes), tracking_id=tracking_id, at=T0, actor=SYSTEM)


# Valid data and a permitted actor for every action of the default profile.
VALID: dict[str, tuple[Actor, dict[str, Any]]] = {
    Action.VERIFIKASI: (ADMIN, {"units": ["dinkes"]}),
    Action.TUNDA: (ADMIN, {"reason": "mohon lengkapi lokasi"}),
    Action.LANJUTKAN: (REPORTER, {}),
    Action.ALIHKAN: (ADMIN, {"to": "PLN UP3 Kupang"}),
    Action.ARSIPKAN: (ADMIN, {"reason": "spam"}),
    Action.DISPOSISI_ULANG: (ADMIN, {"units": ["rsud"]}),
    Action.TINDAK_LANJUT: (UNIT, {"response": "Petugas sudah ditegur."}),
    Action.TANGGAPI: (REPORTER, {"message": "Terima kasih"}),
    Action.BUKA_KEMBALI: (REPORTER, {"reason": "belum ada perubahan"}),
    Action.TUTUP: (ADMIN, {}),
    Action.TUTUP_OTOMATIS: (SYSTEM, {}),
    Action.ESKALASI: (REPORTER, {"to": "ombudsman"}),
    Action.NILAI_KEPUASAN: (REPORTER, {"skor": "4"}),
}

# How to reach each status from a new complaint (actions with VALID data).
PATHS: dict[str, tuple[str, ...]] = {
    Status.DITERIMA: (),
    Status.DIDISPOSISIKAN: (Action.VERIFIKASI,),
    Status.DITINDAKLANJUTI: (Action.VERIFIKASI, Action.TINDAK_LANJUT),
    Status.DIBUKA_KEMBALI: (Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.BUKA_KEMBALI),
    Status.DITUNDA: (Action.TUNDA,),
    Status.SELESAI: (Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.TUTUP),
    Status.DIARSIPKAN: (Action.ARSIPKAN,),
    Status.DIALIHKAN: (Action.ALIHKAN,),
}


def step(
    complaint, action: str, minutes: int = 60, actor: Actor | None = None, **data_changes: Any
):  # type: ignore[no-untyped-def]
    default_actor, data = VALID[action]
    actor = default_actor if actor is None else actor
    merged = {**data, **data_changes}
    at = complaint.updated_at + timedelta(minutes=minutes)
    return WF.apply(complaint, action, at=at, actor=actor, **merged)


def in_status(status: str, tracking_id: str = "KPG-TEST-1"):  # type: ignore[no-untyped-def]
    complaint = received(tracking_id)
    for action in PATHS[status]:
        complaint = step(complaint, action)
    assert complaint.status == status
    return complaint
