"""SOP profiles shipped with the library, as data files.

The profiles are TOML documents in ``pengaduan/workflow/data/`` (see
[`pengaduan.workflow.sop`][pengaduan.workflow.sop] for the format), loaded and validated on first
use:

- [`lapor_v3()`][pengaduan.workflow.profiles.lapor_v3], the default, follows SP4N-LAPOR! v3:
  lapor.go.id ("Alur penanganan":
  penyampaian, verifikasi, tindak lanjut, penutupan); the LAPOR! v3 admin manual (admin actions
  Verifikasi, Tunda, Bukan Wewenang, Arsipkan; disposition to units through the liaison officer;
  reporter replies; closing after a follow-up); UU 37/2008 Pasal 24 (a reporter goes to the
  Ombudsman only after complaining to the unit or its superior without a proper result); Kota
  Kupang's roll-out (2019): Bagian Organisasi as coordinating admin.
- [`dinkes_upp()`][pengaduan.workflow.profiles.dinkes_upp], a second example: the Dinas Kesehatan's
  complaint unit (UPP) with a liaison
  officer at each Puskesmas, where the UPP approves the Puskesmas' answer before the reporter
  sees it.

A region copies a file, changes it and loads it with
[`pengaduan.workflow.Workflow.from_toml()`][pengaduan.workflow.Workflow.from_toml].
Status and action values are stable: they are stored in histories.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from pengaduan._i18n import N_, Phrase

if TYPE_CHECKING:
    from pengaduan.workflow._definition import WorkflowDefinition

__all__ = [
    "ARCHIVE_REASONS",
    "ESCALATION_TARGETS",
    "Action",
    "Status",
    "dinkes_upp",
    "lapor_v3",
    "shipped_profiles",
]


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
    NILAI_KEPUASAN = "nilai_kepuasan"


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
    """The SP4N-LAPOR! v3 SOP (``workflow/data/lapor-v3.toml``) as a workflow definition.

    Pass it to [`from_definition()`][pengaduan.workflow.Workflow.from_definition], or change it with
    ``attrs.evolve`` to build a local profile (definitions are immutable, so the same value is
    returned on every call).
    """
    return _shipped("lapor-v3")


def dinkes_upp() -> WorkflowDefinition:
    """A Dinkes complaint unit with Puskesmas liaison officers (``dinkes-upp.toml``)."""
    return _shipped("dinkes-upp")


def shipped_profiles() -> tuple[str, ...]:
    """The names of the profiles shipped with the library."""
    folder = resources.files("pengaduan.workflow") / "data"
    return tuple(
        sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml"))
    )


@cache
def _shipped(name: str) -> WorkflowDefinition:
    # the TOML reader and the profile format load with the first profile, not with the package
    from pengaduan._core.paths import shipped_text  # noqa: PLC0415
    from pengaduan._core.toml import load_toml  # noqa: PLC0415
    from pengaduan.workflow.sop import definition_from_dict  # noqa: PLC0415

    what = Phrase(N_("workflow profile {name}"), name=name)
    text = shipped_text("pengaduan.workflow", f"data/{name}.toml", what)
    data, _, _ = load_toml(text, what)
    return definition_from_dict(data, what=what)
