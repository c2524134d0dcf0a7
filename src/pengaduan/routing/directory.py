"""The unit directory: who can receive a complaint, and who is above them.

Every unit (perangkat daerah / OPD, UPP, Puskesmas, kecamatan, BUMD) has an id used by rules and
dispositions, an Indonesian name, a liaison officer (pejabat penghubung) and a parent for
escalation. Escalation climbs parents: a Puskesmas -> Dinas Kesehatan -> Sekretaris Daerah ->
Wali Kota / Bupati -> Ombudsman RI (UU 37/2008 Pasal 24: the Ombudsman comes after the unit and
its superior).

[`UnitDirectory.kota_kupang()`][pengaduan.routing.UnitDirectory.kota_kupang] is a worked example for
Kota Kupang (NTT). Sources: the
seed reporting on Kupang's SP4N-LAPOR! roll-out (Bagian Organisasi administers LAPOR!, a UPP at
the Dinas Kesehatan and its Puskesmas), the city's published list of perangkat daerah and its six
kecamatan (Alak, Kelapa Lima, Kota Lama, Kota Raja, Maulafa, Oebobo). Liaison contacts in the
example are placeholders under ``example.go.id``: replace them with the real ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import (
    check_label,
    enum_member,
    instance_of,
    items_of,
    known,
    readable,
    text_tuple,
    valid_optional_text,
    valid_text,
)
from pengaduan._core.toml import key_text, load_toml, shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, type_name
from pengaduan.routing._terms import term_problem

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["Liaison", "Unit", "UnitDirectory", "UnitKind", "UnknownUnitError"]

_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,79}\Z")
_DIGITS = re.compile(r"\d{8}")  # a phone number or a NIK is never shown as a unit id


class UnknownUnitError(NotFoundError, KeyError):
    """A unit directory has no unit of that id (a ``KeyError`` too, as it always was)."""

    def __str__(self) -> str:
        return self._message()[0]  # the message itself, not KeyError's quoted repr of it


class UnitKind(StrEnum):
    """What kind of body a unit is."""

    KOORDINATOR = "koordinator"
    """The coordinating admin (in Kupang: Bagian Organisasi)."""
    PIMPINAN = "pimpinan"
    """Sekretaris Daerah, Wali Kota / Bupati."""
    OPD = "opd"
    """A dinas, badan or kantor (perangkat daerah)."""
    LAYANAN = "layanan"
    """A service unit under an OPD: Puskesmas, RSUD, school, UPT."""
    WILAYAH = "wilayah"
    """Kecamatan and kelurahan offices."""
    BUMD = "bumd"
    """A regional enterprise (the water utility)."""
    PENGAWAS = "pengawas"
    """Oversight: Inspektorat is an OPD; this is for the Ombudsman RI."""
    EKSTERNAL = "eksternal"
    """Outside the regional government's authority (PLN, police, national agencies)."""


@attrs.frozen(kw_only=True)
class Liaison:
    """A unit's liaison officer (pejabat penghubung). Contacts stay out of reprs."""

    title: str = attrs.field(default="Pejabat Penghubung", validator=valid_text)
    name: str | None = attrs.field(default=None, repr=False, validator=valid_optional_text)
    phone: str | None = attrs.field(default=None, repr=False, validator=valid_optional_text)
    email: str | None = attrs.field(default=None, repr=False, validator=valid_optional_text)


def _kind(value: UnitKind | str) -> UnitKind:
    return enum_member(UnitKind, value, "kind")


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return text_tuple(value, "names")


@attrs.frozen(kw_only=True)
class Unit:
    """One unit that can receive complaints.

    The constructor refuses a value of the wrong type with an
    [`ArgumentError`][pengaduan.errors.ArgumentError] naming the field (``kind`` takes a
    [`UnitKind`][pengaduan.routing.UnitKind] or its value);
    [`UnitDirectory.from_units()`][pengaduan.routing.UnitDirectory.from_units] checks the rest.
    """

    id: str = attrs.field(validator=valid_text)
    name: str = attrs.field(validator=valid_text)
    """The Indonesian name, e.g. ``"Dinas Kesehatan Kota Kupang"``."""
    kind: UnitKind = attrs.field(converter=_kind)
    short_name: str | None = attrs.field(default=None, validator=valid_optional_text)
    parent: str | None = attrs.field(default=None, validator=valid_optional_text)
    """The unit a complaint escalates to."""
    liaison: Liaison | None = attrs.field(
        default=None, validator=instance_of(Liaison, "must be a Liaison or None", optional=True)
    )
    generic: str | None = attrs.field(default=None, validator=valid_optional_text)
    """The generic unit this one is a specific instance of (``puskesmas`` for
    ``puskesmas-oebobo``). A [`Router`][pengaduan.routing.Router] with this directory sends a
    decision for the generic unit here when the complaint names this unit (see ``names``): its
    text, else its location's address, kecamatan or kelurahan field (see
    [`RoutingDecision.named_in`][pengaduan.routing.RoutingDecision.named_in])."""
    names: tuple[str, ...] = attrs.field(default=(), converter=_names)
    """Keyword terms that name this unit in a complaint (``"puskesmas oebobo"``, ``"camat
    maulafa"``), in the syntax of rule terms and normalised the same way (``pkm oebobo`` finds
    ``puskesmas oebobo``). Used only with ``generic``. A location's kecamatan field ``Maulafa``
    is read as the name ``kecamatan maulafa`` (the kelurahan field as ``kelurahan <field>``), so
    give a kecamatan office that name."""


def _units(value: Iterable[Unit]) -> tuple[Unit, ...]:
    rule = N_("must be an iterable of Unit")
    found = tuple(items_of(value, "units", rule))
    for unit in found:
        if not isinstance(unit, Unit):
            raise ArgumentError(argument="units", rule=rule, given=type_name(unit))
    return found


@attrs.frozen(kw_only=True)
class UnitDirectory:
    """All units of one government, validated together.

    Acts as a container of unit ids, so it can be given wherever rules are checked against
    known units (``"dinkes" in directory``).
    """

    name: str = attrs.field(validator=valid_text)
    units: tuple[Unit, ...] = attrs.field(converter=_units, repr=False)
    _by_id: dict[str, Unit] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {unit.id: unit for unit in self.units})

    @classmethod
    def from_units(cls, name: str, units: Iterable[Unit]) -> UnitDirectory:
        """Build and validate a directory.

        Raises:
            ArgumentError: ``name`` is not a str, or ``units`` not an iterable of
                [`Unit`][pengaduan.routing.Unit].
            ConfigurationError: duplicate or malformed ids, unknown parents, parent cycles.
        """
        directory = cls(name=name, units=units)
        problems = directory.problems()
        if problems:
            raise ConfigurationError(
                Phrase(N_("unit directory {name}"), name=shown(name)), problems
            )
        return directory

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, what: str | None = None) -> UnitDirectory:
        """Build from a mapping: ``name`` and a list ``unit`` of tables (see the how-to).

        Strict: unknown keys, missing required keys and values of the wrong type are all
        reported together, each with its key path (``unit[3].parent``); nothing is coerced.

        Raises:
            ArgumentError: ``what`` is not a str (or None).
            ConfigurationError: every problem found.
        """
        check_label(what)
        if not isinstance(data, Mapping):
            raise ConfigurationError(
                what or Phrase(N_("unit directory")),
                [Phrase(N_("expected a table, not {type}"), type=type_name(data))],
            )
        copied = readable(data)
        if copied is None:
            raise ConfigurationError(
                what or Phrase(N_("unit directory")), [N_("the table could not be read")]
            )
        data = copied
        problems: list[str] = []
        raw_name = data.get("name")
        label = what or Phrase(N_("unit directory {name}"), name=shown(raw_name))
        if type(raw_name) is not str or not raw_name.strip():
            problems.append(_at("name", N_("required, a non-empty string")))
            label = what or Phrase(N_("unit directory"))
            raw_name = "?"
        name: str = raw_name
        problems += [
            _at(key_text(key), N_("unknown key (expected {keys})"), keys=", ".join(_TOP_KEYS))
            for key in data
            if key not in _TOP_KEYS
        ]
        raw_units = data.get("unit", [])
        if not isinstance(raw_units, list):
            problems.append(_at("unit", N_("must be an array of tables ([[unit]])")))
            raw_units = []
        units = []
        for number, raw in enumerate(raw_units):
            unit = _unit_from_dict(raw, f"unit[{number}]", problems)
            if unit is not None:
                units.append(unit)
        if problems:
            raise ConfigurationError(label, problems)
        directory = cls(name=name, units=units)
        problems = directory.problems()
        if problems:
            raise ConfigurationError(label, problems)
        return directory

    @classmethod
    def from_toml(cls, source: str | Path) -> UnitDirectory:
        """Load a directory from TOML text or a file path.

        Raises:
            ConfigurationError: malformed TOML (line named) or an invalid directory.
        """
        kind = Phrase(N_("unit directory"))
        data, _, what = load_toml(source, kind)
        return cls.from_dict(data, what=what)

    @classmethod
    def kota_kupang(cls) -> UnitDirectory:
        """The worked example: Pemerintah Kota Kupang, with the default taxonomy's unit ids."""
        return _kota_kupang()

    def problems(self) -> list[str]:
        """Every problem of the directory (empty when valid)."""
        problems: list[str] = []
        seen: set[str] = set()
        for unit in self.units:
            where = Phrase(N_("unit {unit}"), unit=repr(unit.id))
            if not _ID.match(unit.id):
                problems.append(_at(where, N_("id must match [a-z0-9][a-z0-9_.-]*")))
            if unit.id in seen:
                problems.append(_at(where, N_("declared twice")))
            seen.add(unit.id)
            if not unit.name.strip():
                problems.append(_at(where, N_("needs an Indonesian name")))
            if unit.parent is not None and unit.parent not in self._by_id:
                problems.append(_at(where, N_("unknown parent {parent}"), parent=repr(unit.parent)))
            problems.extend(self._generic_problems(unit, where))
        for unit in self.units:
            chain = [unit.id]
            current = unit.parent
            while current is not None and current in self._by_id:
                if current in chain:
                    problems.append(
                        _at(
                            Phrase(N_("unit {unit}"), unit=repr(unit.id)),
                            N_("parent cycle {chain}"),
                            chain=" -> ".join(chain),
                        )
                    )
                    break
                chain.append(current)
                current = self._by_id[current].parent
        return problems

    def _generic_problems(self, unit: Unit, where: str) -> list[str]:
        """What is wrong with a unit's ``generic`` and ``names``."""
        problems: list[str] = []
        if unit.generic is None:
            if unit.names:
                problems.append(_at(where, N_("names are used only with generic")))
            return problems
        generic = self._by_id.get(unit.generic)
        if generic is None:
            problems.append(_at(where, N_("unknown generic unit {unit}"), unit=repr(unit.generic)))
        elif generic.id == unit.id or generic.generic is not None:
            problems.append(
                _at(where, N_("generic unit {unit} must be a generic unit"), unit=repr(generic.id))
            )
        if not unit.names:
            problems.append(_at(where, N_("a unit with a generic unit needs names")))
        for number, name in enumerate(unit.names, start=1):
            reason = term_problem(name)
            if reason:
                problems.append(
                    _at(
                        where,
                        N_("name {number}: {problem}"),
                        number=number,
                        problem=reason,
                    )
                )
        return problems

    def specific_units(self, unit_id: str) -> tuple[Unit, ...]:
        """The units whose ``generic`` unit is ``unit_id`` (empty when there are none).

        Raises:
            ArgumentError: ``unit_id`` is not a str.
        """
        if not isinstance(unit_id, str):
            raise ArgumentError(argument="unit_id", rule="must be a str", given=type_name(unit_id))
        return tuple(unit for unit in self.units if unit.generic == unit_id)

    def __contains__(self, unit_id: object) -> bool:
        return isinstance(unit_id, str) and unit_id in self._by_id

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)

    @property
    def ids(self) -> frozenset[str]:
        """Every unit id."""
        return frozenset(self._by_id)

    def get(self, unit_id: str) -> Unit:
        """The unit with this id.

        Raises:
            UnknownUnitError: no such unit (a ``NotFoundError`` and a ``KeyError``).
        """
        unit = self._by_id.get(unit_id) if isinstance(unit_id, str) else None
        if unit is None:
            safe = isinstance(unit_id, str) and _ID.match(unit_id) and not _DIGITS.search(unit_id)
            key = unit_id if safe else None
            raise UnknownUnitError(what=N_("unit"), key=key or f"<{type_name(unit_id)}>")
        return unit

    def children(self, unit_id: str) -> tuple[Unit, ...]:
        """Units whose parent is ``unit_id``."""
        given: object = unit_id
        if not isinstance(given, str):
            return ()
        return tuple(unit for unit in self.units if unit.parent == given)

    def escalation_path(self, unit_id: str) -> tuple[Unit, ...]:
        """The unit and every unit above it, nearest first (ending with oversight).

        Raises:
            UnknownUnitError: no such unit (a ``NotFoundError`` and a ``KeyError``).
        """
        path = [self.get(unit_id)]
        while path[-1].parent is not None:
            path.append(self._by_id[path[-1].parent])
        return tuple(path)

    def is_external(self, unit_id: str) -> bool:
        """True for units outside the regional government (forward, do not dispose).

        Raises:
            ArgumentError: ``unit_id`` is not a str.
        """
        if not isinstance(unit_id, str):
            raise ArgumentError(argument="unit_id", rule="must be a str", given=type_name(unit_id))
        unit = self._by_id.get(unit_id)
        return unit is not None and unit.kind is UnitKind.EKSTERNAL

    def with_units(self, units: Iterable[Unit], *, name: str | None = None) -> UnitDirectory:
        """A new, validated directory with ``units`` added (or replacing units of the same id).

        Raises:
            ArgumentError: ``units`` is not an iterable of [`Unit`][pengaduan.routing.Unit], or
                ``name`` not a str or None.
            ConfigurationError: the result is invalid.
        """
        added = _units(units)
        given: object = name
        if given is not None and not isinstance(given, str):
            rule = "must be a str or None"
            raise ArgumentError(argument="name", rule=rule, given=type_name(given))
        replaced = {unit.id for unit in added}
        kept = [unit for unit in self.units if unit.id not in replaced]
        return UnitDirectory.from_units(name or self.name, [*kept, *added])


_TOP_KEYS = ("name", "unit")
_UNIT_KEYS = ("id", "name", "kind", "short_name", "parent", "liaison", "generic", "names")
_LIAISON_KEYS = ("title", "name", "phone", "email")


def _text_field(
    table: Mapping[str, Any], key: str, where: str, problems: list[str], *, required: bool
) -> str | None:
    value = table.get(key)
    if value is None:
        if required:
            problems.append(_at(f"{where}.{key}", N_("required, a non-empty string")))
        return None
    if type(value) is not str or (required and not value.strip()):
        problems.append(
            _at(
                f"{where}.{key}",
                N_("must be a non-empty string, not {type}"),
                type=type_name(value),
            )
        )
        return None
    return value


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _unknown_keys(table: Mapping[str, Any], keys: tuple[str, ...], where: str) -> list[str]:
    return [
        _at(f"{where}.{key_text(key)}", N_("unknown key (expected {keys})"), keys=", ".join(keys))
        for key in table
        if key not in keys
    ]


def _unit_from_dict(raw: object, where: str, problems: list[str]) -> Unit | None:
    if not isinstance(raw, Mapping):
        problems.append(_at(where, N_("must be a table, not {type}"), type=type_name(raw)))
        return None
    before = len(problems)
    problems += _unknown_keys(raw, _UNIT_KEYS, where)
    unit_id = _text_field(raw, "id", where, problems, required=True)
    name = _text_field(raw, "name", where, problems, required=True)
    short_name = _text_field(raw, "short_name", where, problems, required=False)
    parent = _text_field(raw, "parent", where, problems, required=False)
    generic = _text_field(raw, "generic", where, problems, required=False)
    names = raw.get("names", [])
    if not isinstance(names, list) or not all(type(name) is str for name in names):
        problems.append(_at(f"{where}.names", N_("must be a list of strings")))
        names = []
    kind_value = raw.get("kind", UnitKind.OPD.value)
    kind = UnitKind(kind_value) if known(kind_value, _KINDS) else None
    if kind is None:
        problems.append(
            _at(
                f"{where}.kind",
                N_("unknown kind {kind} (use {values})"),
                kind=shown(kind_value),
                values=", ".join(k.value for k in UnitKind),
            )
        )
    liaison = None
    raw_liaison = raw.get("liaison")
    if raw_liaison is not None:
        if not isinstance(raw_liaison, Mapping):
            problems.append(
                _at(
                    f"{where}.liaison",
                    N_("must be a table, not {type}"),
                    type=type_name(raw_liaison),
                )
            )
        else:
            problems += _unknown_keys(raw_liaison, _LIAISON_KEYS, f"{where}.liaison")
            fields = {
                key: _text_field(raw_liaison, key, f"{where}.liaison", problems, required=False)
                for key in _LIAISON_KEYS
                if key in raw_liaison
            }
            liaison = Liaison(**{k: v for k, v in fields.items() if v is not None})
    if len(problems) > before or unit_id is None or name is None or kind is None:
        return None
    return Unit(
        id=unit_id,
        name=name,
        kind=kind,
        short_name=short_name,
        parent=parent,
        liaison=liaison,
        generic=generic,
        names=names,
    )


_KINDS = frozenset(k.value for k in UnitKind)


def _liaison(unit_id: str) -> Liaison:
    return Liaison(email=f"penghubung.{unit_id}@kupangkota.example.go.id")


_KUPANG_PUSKESMAS = (
    ("oebobo", "Oebobo"),
    ("sikumana", "Sikumana"),
    ("bakunase", "Bakunase"),
    ("kupang-kota", "Kupang Kota"),
    ("oepoi", "Oepoi"),
    ("pasir-panjang", "Pasir Panjang"),
    ("alak", "Alak"),
    ("naioni", "Naioni"),
    ("penfui", "Penfui"),
    ("oesapa", "Oesapa"),
    ("manutapen", "Manutapen"),
)
_KUPANG_KECAMATAN = (
    ("alak", "Alak"),
    ("kelapa-lima", "Kelapa Lima"),
    ("kota-lama", "Kota Lama"),
    ("kota-raja", "Kota Raja"),
    ("maulafa", "Maulafa"),
    ("oebobo", "Oebobo"),
)


# The agencies outside the city government that Kupang complaints most often concern, each a
# specific unit of the generic ``luar-kewenangan``: a complaint routed out of scope that names
# one of them is forwarded to it by name. Banks, telecoms, private disputes and scams stay with
# the generic unit (no single agency). Names are the offices serving Kota Kupang; check them
# against the current organisation before use.
#: The agencies' names as an SMS writes them, where the full name does not fit one segment whole.
_KUPANG_EXTERNAL_SHORT = {
    "samsat": "Samsat Kupang",
    "bpn": "BPN Kota Kupang",
    "imigrasi": "Imigrasi Kupang",
    "bpjn": "BPJN NTT",
}
_KUPANG_EXTERNAL = (
    (
        "pln",
        "PT PLN (Persero) UP3 Kupang",
        ("pln", "listrik", "token listrik", "tiang listrik", "meteran listrik"),
    ),
    (
        "polresta",
        "Polresta Kupang Kota",
        ("polisi", "polres", "polresta", "polsek", "kepolisian"),
    ),
    ("samsat", "Samsat Kota Kupang (Bapenda Provinsi NTT)", ("samsat", "pajak kendaraan")),
    ("bpn", "Kantor Pertanahan Kota Kupang (ATR/BPN)", ("bpn", "sertifikat tanah", "pertanahan")),
    ("imigrasi", "Kantor Imigrasi Kelas I TPI Kupang", ("imigrasi", "paspor")),
    (
        "bpjn",
        "Balai Pelaksanaan Jalan Nasional NTT",
        ("jalan nasional", "jalan negara", "balai jalan"),
    ),
)


def _kota_kupang() -> UnitDirectory:
    def unit(
        id: str, name: str, kind: UnitKind, parent: str | None, short: str | None = None
    ) -> Unit:
        return Unit(
            id=id, name=name, kind=kind, parent=parent, short_name=short, liaison=_liaison(id)
        )

    units = [
        Unit(id="ombudsman", name="Ombudsman RI Perwakilan NTT", kind=UnitKind.PENGAWAS),
        unit("walikota", "Wali Kota Kupang", UnitKind.PIMPINAN, "ombudsman"),
        unit("sekda", "Sekretaris Daerah Kota Kupang", UnitKind.PIMPINAN, "walikota", "Sekda"),
        unit("admin", "Bagian Organisasi Setda Kota Kupang", UnitKind.KOORDINATOR, "sekda"),
        unit("inspektorat", "Inspektorat Kota Kupang", UnitKind.OPD, "walikota"),
        unit("dinkes", "Dinas Kesehatan Kota Kupang", UnitKind.OPD, "sekda", "Dinkes"),
        unit("puskesmas", "Puskesmas se-Kota Kupang", UnitKind.LAYANAN, "dinkes"),
        unit("rsud", "RSUD S.K. Lerik Kota Kupang", UnitKind.LAYANAN, "dinkes", "RSUD"),
        unit(
            "disdik",
            "Dinas Pendidikan dan Kebudayaan Kota Kupang",
            UnitKind.OPD,
            "sekda",
            "Dikbud",
        ),
        unit("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", UnitKind.OPD, "sekda", "PUPR"),
        unit(
            "dlh",
            "Dinas Lingkungan Hidup dan Kebersihan Kota Kupang",
            UnitKind.OPD,
            "sekda",
            "DLHK",
        ),
        unit("dishub", "Dinas Perhubungan Kota Kupang", UnitKind.OPD, "sekda", "Dishub"),
        unit(
            "disdukcapil",
            "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
            UnitKind.OPD,
            "sekda",
            "Dukcapil",
        ),
        unit("dinsos", "Dinas Sosial Kota Kupang", UnitKind.OPD, "sekda", "Dinsos"),
        unit(
            "dpmptsp",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            UnitKind.OPD,
            "sekda",
            "DPMPTSP",
        ),
        unit(
            "satpolpp", "Satuan Polisi Pamong Praja Kota Kupang", UnitKind.OPD, "sekda", "Satpol PP"
        ),
        unit("pdam", "Perumda Air Minum Kota Kupang", UnitKind.BUMD, "walikota", "PDAM"),
        unit(
            "bpbd", "Badan Penanggulangan Bencana Daerah Kota Kupang", UnitKind.OPD, "sekda", "BPBD"
        ),
        unit("kecamatan", "Kecamatan se-Kota Kupang", UnitKind.WILAYAH, "sekda"),
        unit("kelurahan", "Kelurahan se-Kota Kupang", UnitKind.WILAYAH, "kecamatan"),
        Unit(
            id="luar-kewenangan",
            name="Instansi di luar kewenangan Pemerintah Kota Kupang",
            kind=UnitKind.EKSTERNAL,
            parent="admin",
        ),
    ]
    units.extend(
        Unit(
            id=f"puskesmas-{key}",
            name=f"Puskesmas {label}",
            kind=UnitKind.LAYANAN,
            parent="dinkes",
            liaison=_liaison(f"puskesmas-{key}"),
            generic="puskesmas",
            names=(f"puskesmas {label.casefold()}",),
        )
        for key, label in _KUPANG_PUSKESMAS
    )
    units.extend(
        Unit(
            id=f"kecamatan-{key}",
            name=f"Kecamatan {label}",
            kind=UnitKind.WILAYAH,
            parent="sekda",
            liaison=_liaison(f"kecamatan-{key}"),
            generic="kecamatan",
            names=(f"kecamatan {label.casefold()}", f"camat {label.casefold()}"),
        )
        for key, label in _KUPANG_KECAMATAN
    )
    units.extend(
        Unit(
            id=uid,
            name=name,
            kind=UnitKind.EKSTERNAL,
            parent="admin",
            short_name=_KUPANG_EXTERNAL_SHORT.get(uid),
            generic="luar-kewenangan",
            names=names,
        )
        for uid, name, names in _KUPANG_EXTERNAL
    )
    return UnitDirectory.from_units("Pemerintah Kota Kupang", units)
