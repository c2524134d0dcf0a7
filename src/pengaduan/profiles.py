"""SOP profiles shipped with the library.

The default profile follows SP4N-LAPOR! v3:

- lapor.go.id ("Alur penanganan": penyampaian, verifikasi, tindak lanjut, penutupan);
- the LAPOR! v3 admin manual (admin actions Verifikasi, Tunda, Bukan Wewenang, Arsipkan;
  disposition to units through the liaison officer; reporter replies; closing after a follow-up);
- UU 37/2008 Pasal 24 (a reporter goes to the Ombudsman only after complaining to the unit or its
  superior without a proper result);
- seed reporting on Kota Kupang's roll-out (2019): Bagian Organisasi as coordinating admin,
  a complaint unit (UPP) at the Dinas Kesehatan with its Puskesmas.

Status and action values are stable: they are stored in histories.
"""

from __future__ import annotations

from enum import StrEnum

from pengaduan.fields import FieldKind, FieldSpec
from pengaduan.guards import actor_is_assigned_unit, no_event_since, unanswered_or_reopened
from pengaduan.model import Role
from pengaduan.workflow import (
    ActionSpec,
    StatusCategory,
    StatusSpec,
    WorkflowDefinition,
)

__all__ = ["ARCHIVE_REASONS", "ESCALATION_TARGETS", "Action", "Status", "lapor_v3"]


class Status(StrEnum):
    """Statuses of the default (LAPOR! v3) profile."""

    DITERIMA = "diterima"
    DIDISPOSISIKAN = "didisposisikan"
    DITINDAKLANJUTI = "ditindaklanjuti"
    DIBUKA_KEMBALI = "dibuka_kembali"
    DITUNDA = "ditunda"
    SELESAI = "selesai"
    DIARSIPKAN = "diarsipkan"
    DIALIHKAN = "dialihkan"


class Action(StrEnum):
    """Actions of the default (LAPOR! v3) profile."""

    VERIFIKASI = "verifikasi"
    TUNDA = "tunda"
    LANJUTKAN = "lanjutkan"
    ALIHKAN = "alihkan"
    ARSIPKAN = "arsipkan"
    DISPOSISI_ULANG = "disposisi_ulang"
    TINDAK_LANJUT = "tindak_lanjut"
    TANGGAPI = "tanggapi"
    BUKA_KEMBALI = "buka_kembali"
    TUTUP = "tutup"
    TUTUP_OTOMATIS = "tutup_otomatis"
    ESKALASI = "eskalasi"


ARCHIVE_REASONS = frozenset(
    {
        "tidak_jelas",  # unclear, incomplete after deferral
        "format_salah",  # wrong format
        "terlalu_umum",  # too general
        "bukan_kinerja_pemerintah",  # not about government performance
        "spam",
        "duplikat",  # already reported
    }
)
"""Archive reasons seen in the LAPOR! v3 manual and local SOPs."""

ESCALATION_TARGETS = frozenset({"atasan", "kepala_daerah", "ombudsman"})
"""Who a complaint can be escalated to: the unit's superior, the head of region, the Ombudsman."""


def lapor_v3() -> WorkflowDefinition:
    """The SP4N-LAPOR! v3 SOP as a workflow definition.

    Returns a fresh definition each call; pass it to
    :meth:`~pengaduan.workflow.Workflow.from_definition`, or change it first with
    ``attrs.evolve`` to build a local profile.
    """
    s = Status
    a = Action
    open_ = StatusCategory.OPEN
    statuses = (
        StatusSpec(
            name=s.DITERIMA,
            category=open_,
            label_id="Diterima",
            label_en="Received",
            description="Waiting for the admin to verify it (verification clock runs).",
        ),
        StatusSpec(
            name=s.DIDISPOSISIKAN,
            category=open_,
            label_id="Diverifikasi dan didisposisikan",
            label_en="Verified and disposed",
            description="Sent to the responsible unit(s); the follow-up clock runs.",
        ),
        StatusSpec(
            name=s.DITINDAKLANJUTI,
            category=open_,
            label_id="Ditindaklanjuti",
            label_en="Followed up",
            description="The unit posted its follow-up; the reporter may reply or reopen.",
        ),
        StatusSpec(
            name=s.DIBUKA_KEMBALI,
            category=open_,
            label_id="Dibuka kembali",
            label_en="Reopened",
            description="The reporter found the follow-up insufficient.",
        ),
        StatusSpec(
            name=s.DITUNDA,
            category=StatusCategory.PAUSED,
            label_id="Ditunda",
            label_en="Deferred",
            description="Waiting for the reporter to complete the report.",
        ),
        StatusSpec(
            name=s.SELESAI,
            category=StatusCategory.TERMINAL,
            label_id="Selesai",
            label_en="Closed",
        ),
        StatusSpec(
            name=s.DIARSIPKAN,
            category=StatusCategory.TERMINAL,
            label_id="Diarsipkan",
            label_en="Archived",
        ),
        StatusSpec(
            name=s.DIALIHKAN,
            category=StatusCategory.TERMINAL,
            label_id="Dialihkan (bukan wewenang)",
            label_en="Forwarded (not our authority)",
        ),
    )
    unit_stages = (s.DIDISPOSISIKAN, s.DIBUKA_KEMBALI, s.DITINDAKLANJUTI)
    text = FieldKind.TEXT

    def note(name: str = "note", *, required: bool = False) -> FieldSpec:
        return FieldSpec(name=name, kind=text, required=required)

    units = FieldSpec(name="units", kind=FieldKind.UNITS, required=True)
    actions = (
        ActionSpec(
            name=a.VERIFIKASI,
            sources=(s.DITERIMA,),
            target=s.DIDISPOSISIKAN,
            roles={Role.ADMIN},
            fields=(units, note()),
            label_id="Verifikasi dan disposisi",
            label_en="Verify and dispose",
            description="The admin verifies the report and disposes it to one or more units.",
        ),
        ActionSpec(
            name=a.TUNDA,
            sources=(s.DITERIMA,),
            target=s.DITUNDA,
            roles={Role.ADMIN},
            fields=(note("reason", required=True),),
            label_id="Tunda",
            label_en="Defer",
            description="The admin asks the reporter to complete the report.",
        ),
        ActionSpec(
            name=a.LANJUTKAN,
            sources=(s.DITUNDA,),
            target=s.DITERIMA,
            roles={Role.ADMIN, Role.PELAPOR, Role.SISTEM},
            fields=(note(),),
            label_id="Lanjutkan",
            label_en="Resume",
            description="The report was completed; verification continues.",
        ),
        ActionSpec(
            name=a.ALIHKAN,
            sources=(s.DITERIMA,),
            target=s.DIALIHKAN,
            roles={Role.ADMIN},
            fields=(note("to", required=True), note()),
            label_id="Bukan wewenang (alihkan)",
            label_en="Not our authority (forward)",
            description="Forwarded to the agency that has authority (e.g. PLN, the police).",
        ),
        ActionSpec(
            name=a.ARSIPKAN,
            sources=(s.DITERIMA, s.DITUNDA),
            target=s.DIARSIPKAN,
            roles={Role.ADMIN, Role.SISTEM},
            fields=(
                FieldSpec(
                    name="reason", kind=FieldKind.CHOICE, required=True, choices=ARCHIVE_REASONS
                ),
                note(),
            ),
            label_id="Arsipkan",
            label_en="Archive",
            description="Unclear, spam or out of scope; needs an archive reason.",
        ),
        ActionSpec(
            name=a.DISPOSISI_ULANG,
            sources=(s.DIDISPOSISIKAN, s.DIBUKA_KEMBALI),
            target=None,
            roles={Role.ADMIN, Role.UNIT},
            guards=(actor_is_assigned_unit(),),
            fields=(units, note("reason")),
            label_id="Disposisi ulang",
            label_en="Reassign",
            description="Sent to other unit(s), by the admin or by a unit that is not competent.",
        ),
        ActionSpec(
            name=a.TINDAK_LANJUT,
            sources=unit_stages,
            target=s.DITINDAKLANJUTI,
            roles={Role.UNIT, Role.ADMIN},
            guards=(actor_is_assigned_unit(),),
            fields=(note("response", required=True),),
            label_id="Tindak lanjut",
            label_en="Follow up",
            description="The unit posts its answer; a response text is required.",
        ),
        ActionSpec(
            name=a.TANGGAPI,
            sources=unit_stages,
            target=None,
            roles={Role.PELAPOR, Role.ADMIN},
            fields=(note("message", required=True),),
            label_id="Tanggapan pelapor",
            label_en="Reporter reply",
            description="The reporter (or the admin on their behalf) adds a reply.",
        ),
        ActionSpec(
            name=a.BUKA_KEMBALI,
            sources=(s.DITINDAKLANJUTI,),
            target=s.DIBUKA_KEMBALI,
            roles={Role.PELAPOR, Role.ADMIN},
            fields=(note("reason", required=True),),
            label_id="Buka kembali",
            label_en="Reopen",
            description="The reporter is not satisfied with the follow-up.",
        ),
        ActionSpec(
            name=a.TUTUP,
            sources=(s.DITINDAKLANJUTI,),
            target=s.SELESAI,
            roles={Role.ADMIN, Role.PELAPOR},
            fields=(note(),),
            label_id="Tutup",
            label_en="Close",
            description="Closed after a follow-up (the status guarantees one was posted).",
        ),
        ActionSpec(
            name=a.TUTUP_OTOMATIS,
            sources=(s.DITINDAKLANJUTI,),
            target=s.SELESAI,
            roles={Role.SISTEM},
            guards=(no_event_since(a.TANGGAPI, a.TINDAK_LANJUT),),
            label_id="Tutup otomatis",
            label_en="Auto-close",
            description="Closed by the system when nobody replied to the follow-up in time.",
        ),
        ActionSpec(
            name=a.ESKALASI,
            # Not from ditindaklanjuti: a reporter unhappy with an answer reopens it first.
            sources=(s.DIDISPOSISIKAN, s.DIBUKA_KEMBALI),
            target=None,
            roles={Role.PELAPOR, Role.ADMIN, Role.SISTEM},
            guards=(
                unanswered_or_reopened(
                    dispose=(a.VERIFIKASI, a.DISPOSISI_ULANG),
                    follow_up=a.TINDAK_LANJUT,
                    reopen=a.BUKA_KEMBALI,
                ),
            ),
            fields=(
                FieldSpec(
                    name="to", kind=FieldKind.CHOICE, required=True, choices=ESCALATION_TARGETS
                ),
                note("reason"),
            ),
            label_id="Eskalasi",
            label_en="Escalate",
            description="To the unit's superior, the head of region or the Ombudsman, only "
            "after the unit left the complaint unanswered or the reporter reopened it.",
        ),
    )
    return WorkflowDefinition(
        name="lapor-v3",
        statuses=statuses,
        actions=actions,
        initial=s.DITERIMA,
        source="SP4N-LAPOR! v3 (lapor.go.id; admin manual); UU 37/2008 Pasal 24",
    )
