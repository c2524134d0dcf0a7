"""SLA clock profiles shipped with the library, each clock with its legal basis.

Sources (see DOMAIN.md, "Deadlines"):

* lapor.go.id, "Alur penanganan" (SP4N-LAPOR!): the admin verifies and disposes within 3 working
  days, the unit follows up within 5 working days, a report with a follow-up and no reply is
  closed after 10 working days; Kota Kupang's 2019 launch repeats the 3 and 5 days.
* UU 14/2008 (Keterbukaan Informasi Publik) Pasal 22: written notice on an information request
  within 10 working days, extendable once by at most 7 working days (read from secondary copies).
* UU 25/2009 (Pelayanan Publik): the provider responds to a written complaint within 14 days; the
  law's copies we read do not say working or calendar days, so calendar days are assumed.
* Perpres 76/2013 (Pengelolaan Pengaduan Pelayanan Publik): a complaint is settled within 60 days
  of its file being complete (secondary summaries; calendar days assumed).
* A kelurahan service standard published on sippn.menpan.go.id: 2 / 5 / 14 / 60 working days.
  The tiers are shown as an example of a local SOP, not as anyone's binding rule.

Clock names and numbers are data: apps change them with
[`pengaduan.sla.SlaPolicy.with_rules()`][pengaduan.sla.SlaPolicy.with_rules]
or load their own from TOML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan.calendar import TimeUnit
from pengaduan.model import Classification, Role
from pengaduan.sla._conditions import in_category, leaves_category, on_action
from pengaduan.sla._model import ClockRule, Confidence, LegalBasis
from pengaduan.workflow import RECEIVE_ACTION, StatusCategory
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pengaduan.sla._conditions import Condition

__all__ = [
    "information_request_rules",
    "kelurahan_tiered_rules",
    "lapor_rules",
    "settlement_rules",
    "written_response_rules",
]

LAPOR_URL = "https://www.lapor.go.id"
_PAUSED = StatusCategory.PAUSED
_ANSWERED = on_action(Action.TINDAK_LANJUT, Action.ALIHKAN, Action.ARSIPKAN)


def lapor_rules() -> tuple[ClockRule, ...]:
    """Verification 3 WD, follow-up 5 WD, auto-close 10 WD (SP4N-LAPOR!)."""
    basis = LegalBasis(
        citation="SP4N-LAPOR!, alur penanganan pengaduan (lapor.go.id); peluncuran SP4N-LAPOR! "
        "Kota Kupang 2019",
        confidence=Confidence.OFFICIAL,
        url=LAPOR_URL,
    )
    return (
        ClockRule(
            name="verifikasi",
            label_id="Verifikasi dan disposisi oleh admin",
            label_en="Verification and disposition by the admin",
            amount=3,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(RECEIVE_ACTION),
            stop=on_action(Action.VERIFIKASI, Action.ALIHKAN, Action.ARSIPKAN),
            pause=in_category(_PAUSED),
            resume=leaves_category(_PAUSED),
            warn_before=1,
            responsible=Role.ADMIN,
            escalate_to="atasan",
            basis=basis,
        ),
        ClockRule(
            name="tindak_lanjut",
            label_id="Tindak lanjut oleh unit",
            label_en="Follow-up by the unit",
            amount=5,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(Action.VERIFIKASI),
            stop=on_action(Action.TINDAK_LANJUT),
            reset=on_action(Action.BUKA_KEMBALI, Action.DISPOSISI_ULANG),
            warn_before=1,
            responsible=Role.UNIT,
            escalate_to="atasan",
            basis=basis,
        ),
        ClockRule(
            name="tutup_otomatis",
            label_id="Penutupan otomatis tanpa tanggapan",
            label_en="Auto-close without a reply",
            amount=10,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(Action.TINDAK_LANJUT),
            reset=on_action(Action.TINDAK_LANJUT),
            stop=on_action(Action.TUTUP, Action.TUTUP_OTOMATIS),
            cancel=on_action(Action.TANGGAPI, Action.BUKA_KEMBALI),
            auto_action=Action.TUTUP_OTOMATIS,
            responsible=Role.SISTEM,
            basis=basis,
        ),
    )


def information_request_rules(extend: Condition | None = None) -> tuple[ClockRule, ...]:
    """UU 14/2008: 10 WD, plus 7 WD once ``extend`` fires (the workflow's extension action)."""
    return (
        ClockRule(
            name="informasi_publik",
            label_id="Jawaban permintaan informasi",
            label_en="Answer to an information request",
            amount=10,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(RECEIVE_ACTION),
            stop=_ANSWERED,
            pause=in_category(_PAUSED),
            resume=leaves_category(_PAUSED),
            extend=extend,
            extend_by=None if extend is None else 7,
            warn_before=2,
            responsible=Role.UNIT,
            escalate_to="atasan",
            classifications=frozenset({Classification.PERMINTAAN_INFORMASI}),
            basis=LegalBasis(
                citation="UU 14/2008 tentang Keterbukaan Informasi Publik, Pasal 22: "
                "pemberitahuan tertulis paling lambat 10 hari kerja, dapat diperpanjang paling "
                "lambat 7 hari kerja",
                confidence=Confidence.SECONDARY,
            ),
        ),
    )


def written_response_rules() -> tuple[ClockRule, ...]:
    """UU 25/2009: a written response within 14 days (calendar days assumed)."""
    return (
        ClockRule(
            name="tanggapan_tertulis",
            label_id="Tanggapan tertulis penyelenggara",
            label_en="Provider's written response",
            amount=14,
            unit=TimeUnit.CALENDAR_DAYS,
            start=on_action(RECEIVE_ACTION),
            stop=_ANSWERED,
            pause=in_category(_PAUSED),
            resume=leaves_category(_PAUSED),
            warn_before=3,
            responsible=Role.UNIT,
            escalate_to="atasan",
            basis=LegalBasis(
                citation="UU 25/2009 tentang Pelayanan Publik: pengaduan tertulis ditanggapi "
                "paling lambat 14 hari (satuan hari tidak disebut; dihitung hari kalender)",
                confidence=Confidence.SECONDARY,
            ),
        ),
    )


def settlement_rules() -> tuple[ClockRule, ...]:
    """Perpres 76/2013: settled within 60 days of a complete file (calendar days assumed)."""
    return (
        ClockRule(
            name="penyelesaian",
            label_id="Penyelesaian pengaduan",
            label_en="Complaint settlement",
            amount=60,
            unit=TimeUnit.CALENDAR_DAYS,
            start=on_action(Action.VERIFIKASI),
            stop=in_category(StatusCategory.TERMINAL),
            warn_before=7,
            responsible=Role.UNIT,
            escalate_to="kepala_daerah",
            basis=LegalBasis(
                citation="Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik: "
                "diselesaikan paling lambat 60 hari sejak berkas lengkap (dihitung hari kalender)",
                confidence=Confidence.SECONDARY,
            ),
        ),
    )


def kelurahan_tiered_rules() -> tuple[ClockRule, ...]:
    """A local tiered SOP: 2 WD verify, 5 WD respond, 14 WD settle, 60 WD after escalation."""
    basis = LegalBasis(
        citation="Standar pelayanan pengaduan sebuah kelurahan (SIPPN): 2 / 5 / 14 / 60 hari "
        "kerja; contoh SOP lokal berjenjang",
        confidence=Confidence.LOCAL,
        url="https://sippn.menpan.go.id",
    )
    settled = in_category(StatusCategory.TERMINAL)
    return (
        ClockRule(
            name="verifikasi",
            label_id="Verifikasi",
            label_en="Verification",
            amount=2,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(RECEIVE_ACTION),
            stop=on_action(Action.VERIFIKASI, Action.ALIHKAN, Action.ARSIPKAN),
            pause=in_category(_PAUSED),
            resume=leaves_category(_PAUSED),
            responsible=Role.ADMIN,
            escalate_to="lurah",
            basis=basis,
        ),
        ClockRule(
            name="tanggapan",
            label_id="Tanggapan pertama",
            label_en="First response",
            amount=5,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(Action.VERIFIKASI),
            stop=on_action(Action.TINDAK_LANJUT),
            warn_before=1,
            responsible=Role.UNIT,
            escalate_to="lurah",
            basis=basis,
        ),
        ClockRule(
            name="penyelesaian",
            label_id="Penyelesaian",
            label_en="Settlement",
            amount=14,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(Action.VERIFIKASI),
            stop=settled,
            warn_before=3,
            responsible=Role.UNIT,
            escalate_to="camat",
            basis=basis,
        ),
        ClockRule(
            name="penyelesaian_lanjutan",
            label_id="Penyelesaian setelah eskalasi",
            label_en="Settlement after escalation",
            amount=60,
            unit=TimeUnit.WORKING_DAYS,
            start=on_action(Action.ESKALASI),
            stop=settled,
            warn_before=5,
            responsible=Role.UNIT,
            escalate_to="kepala_daerah",
            basis=basis,
        ),
    )
