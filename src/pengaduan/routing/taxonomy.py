"""The default routing taxonomy for an Indonesian city government.

[`default_taxonomy()`][pengaduan.routing.default_taxonomy] loads ``data/taxonomy.toml`` (on first
use, then cached): rules for the
usual units of a *pemerintah kota* with generic unit ids, in best-score mode, with the
coordinating admin as fallback. [`default_units()`][pengaduan.routing.default_units] is a generic
directory with those ids;
[`pengaduan.routing.UnitDirectory.kota_kupang()`][pengaduan.routing.UnitDirectory.kota_kupang]
carries the same ids with Kupang's names.

Sources: PP 18/2016 on Perangkat Daerah and UU 23/2014 on regional government (which affairs a
kota handles); the TOML file lists them again next to the rules.

Unit ids: ``admin`` (fallback), ``inspektorat``, ``luar-kewenangan``, ``bpbd``, ``puskesmas``,
``rsud``, ``dinkes``, ``disdukcapil``, ``dinsos``, ``dpmptsp``, ``satpolpp``, ``pdam``,
``dishub``, ``pupr``, ``dlh``, ``disdik``, ``kecamatan``, ``kelurahan``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pengaduan._core.paths import shipped_text
from pengaduan._i18n import N_
from pengaduan.routing._router import Router
from pengaduan.routing._ruleset import RuleSet
from pengaduan.routing.directory import Unit, UnitDirectory, UnitKind

if TYPE_CHECKING:
    from pengaduan.routing.normalize import Normalizer

__all__ = ["TAXONOMY_UNITS", "default_router", "default_taxonomy", "default_units"]

TAXONOMY_UNITS: tuple[tuple[str, str, UnitKind], ...] = (
    ("admin", "Admin Koordinator Pengaduan", UnitKind.KOORDINATOR),
    ("inspektorat", "Inspektorat Daerah", UnitKind.OPD),
    ("luar-kewenangan", "Instansi di luar kewenangan pemerintah daerah", UnitKind.EKSTERNAL),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", UnitKind.OPD),
    ("puskesmas", "Puskesmas", UnitKind.LAYANAN),
    ("rsud", "Rumah Sakit Umum Daerah", UnitKind.LAYANAN),
    ("dinkes", "Dinas Kesehatan", UnitKind.OPD),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", UnitKind.OPD),
    ("dinsos", "Dinas Sosial", UnitKind.OPD),
    ("dpmptsp", "Dinas Penanaman Modal dan PTSP", UnitKind.OPD),
    ("satpolpp", "Satuan Polisi Pamong Praja", UnitKind.OPD),
    ("pdam", "Perumda Air Minum (PDAM)", UnitKind.BUMD),
    ("dishub", "Dinas Perhubungan", UnitKind.OPD),
    ("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", UnitKind.OPD),
    ("dlh", "Dinas Lingkungan Hidup", UnitKind.OPD),
    ("disdik", "Dinas Pendidikan", UnitKind.OPD),
    ("kecamatan", "Kecamatan", UnitKind.WILAYAH),
    ("kelurahan", "Kelurahan", UnitKind.WILAYAH),
)
"""(id, Indonesian name, kind) of every unit the default taxonomy routes to."""


@cache
def _taxonomy_text() -> str:
    return shipped_text("pengaduan.routing", "data/taxonomy.toml", N_("routing taxonomy"))


def default_units() -> UnitDirectory:
    """A generic city directory with the taxonomy's unit ids (no parents, no contacts)."""
    units = [Unit(id=uid, name=name, kind=kind) for uid, name, kind in TAXONOMY_UNITS]
    return UnitDirectory.from_units("Pemerintah Kota (generik)", units)


def default_taxonomy() -> RuleSet:
    """The default rule set (best-score mode, fallback ``admin``).

    Raises:
        ConfigurationError: only if the bundled data file is broken.
    """
    return RuleSet.from_toml(_taxonomy_text(), units=default_units())


def default_router(
    *, normalizer: Normalizer | None = None, directory: UnitDirectory | None = None
) -> Router:
    """A router with the default taxonomy.

    Args:
        normalizer: defaults to `Normalizer.default()`; use `Normalizer.kupang()` for
            Kota Kupang.
        directory: the region's units (must contain the taxonomy's ids); defaults to
            [`default_units()`][pengaduan.routing.default_units].
    """
    return Router(
        default_taxonomy(),
        normalizer=normalizer,
        directory=directory if directory is not None else default_units(),
    )
