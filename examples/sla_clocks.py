"""SLA clocks of a few Kota Kupang complaints, shown in Indonesian.

Four complaints to the city (WITA): one still waiting for verification, one deferred and resumed,
one answered late and reopened, one answered with no reply from the reporter. Each clock of the
SP4N-LAPOR! profile is printed as people read it, then the periodic job's due actions.

Run: ``python examples/sla_clocks.py``
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pengaduan.calendar import WorkingCalendar
from pengaduan.model import Actor, Channel, Reporter, Submission
from pengaduan.sla import SlaPolicy, describe, describe_basis, due_actions, evaluate
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action

WITA = ZoneInfo("Asia/Makassar")
ADMIN = Actor.admin("bag-organisasi")
UNIT = Actor.unit("dinkes")
REPORTER = Actor.reporter("akun-2231")


def at(day: int, hour: int = 9, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, 0, tzinfo=WITA)


def main() -> None:
    kupang = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))
    workflow = Workflow.default()
    policy = SlaPolicy.lapor(workflow)

    def new(tracking_id: str, when: datetime, text: str):  # type: ignore[no-untyped-def]
        submission = Submission(
            text=text, channel=Channel.SMS, reporter=Reporter(account_id=REPORTER.id)
        )
        return workflow.receive(
            submission, tracking_id=tracking_id, at=when, actor=Actor.system("sms-1708")
        )

    waiting = new("KPG-2025-0311", at(17, 10), "Antrean BPJS di Puskesmas Oebobo lama")

    deferred = new("KPG-2025-0298", at(10), "Pungutan di kelurahan")
    deferred = workflow.apply(
        deferred, Action.TUNDA, at=at(11), actor=ADMIN, reason="mohon sebutkan kelurahannya"
    )
    deferred = workflow.apply(deferred, Action.LANJUTKAN, at=at(13, 15), actor=REPORTER)

    reopened = new("KPG-2025-0275", at(3, 10), "Obat kosong di Puskesmas Sikumana")
    reopened = workflow.apply(reopened, Action.VERIFIKASI, at=at(4), actor=ADMIN, units=["dinkes"])
    reopened = workflow.apply(
        reopened, Action.TINDAK_LANJUT, at=at(14), actor=UNIT, response="Stok sudah dipesan"
    )
    reopened = workflow.apply(
        reopened, Action.BUKA_KEMBALI, at=at(17), actor=REPORTER, reason="Obat masih kosong"
    )

    quiet = new("KPG-2025-0260", at(3, 11), "Petugas loket tidak ramah")
    quiet = workflow.apply(quiet, Action.VERIFIKASI, at=at(3, 14), actor=ADMIN, units=["dinkes"])
    quiet = workflow.apply(
        quiet, Action.TINDAK_LANJUT, at=at(5), actor=UNIT, response="Petugas sudah dibina"
    )

    now = at(20, 8)
    print(f"Keadaan SLA per {now:%d-%m-%Y %H.%M} WITA\n")
    for complaint in (waiting, deferred, reopened, quiet):
        print(f"{complaint.tracking_id} ({workflow.label(complaint.status)})")
        for report in evaluate(complaint, policy=policy, calendar=kupang, now=now):
            cycle = f" [siklus {report.cycle}]" if report.cycle > 1 else ""
            print(f"  - {describe(report, kupang, now=now)}{cycle}")
            for earlier in report.earlier:
                print(f"      siklus {earlier.cycle}: {describe(earlier, kupang, now=now)}")
        print()

    print("Dasar hukum:")
    for rule in policy.rules:
        print(f"  - {rule.label()}: {rule.amount} hari kerja; {describe_basis(rule.basis)}")

    print("\nTugas terjadwal (due actions):")
    complaints = (waiting, deferred, reopened, quiet)
    for action in due_actions(
        complaints, policy=policy, calendar=kupang, workflow=workflow, now=now
    ):
        target = f" -> {action.escalate_to}" if action.escalate_to else ""
        print(f"  {action.kind.value:<10} {action.tracking_id} {action.clock}{target}")


if __name__ == "__main__":
    main()
