"""Holidays and holiday layers (private; the public names live in ``pengaduan.calendar``)."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.text import exact
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase, resolve
from pengaduan.errors import ConfigurationError, type_name

if TYPE_CHECKING:
    from pengaduan.calendar._schedule import OfficeHours

__all__ = [
    "BUILTIN_LAYERS",
    "FIRST_DATA_YEAR",
    "ExtraWorkingDay",
    "Holiday",
    "HolidayLayer",
    "HolidayRevision",
    "LayerKind",
]

BUILTIN_LAYERS: tuple[str, ...] = ("national", "cuti_bersama")
"""The layers read from the ``holidays`` package."""
FIRST_DATA_YEAR = 2018
"""The first year the built-in layers cover."""


class LayerKind(enum.StrEnum):
    """What a holiday layer stands for."""

    NATIONAL = "national"
    """National holidays (hari libur nasional) from the joint decree."""
    CUTI_BERSAMA = "cuti_bersama"
    """Collective leave for civil servants from the joint decree / Keppres."""
    REGIONAL = "regional"
    """A province's or city's own holidays."""
    UNIT = "unit"
    """Closures of one unit (a Puskesmas under renovation, an office move)."""


def _triples(holidays: object) -> tuple[object, ...] | None:
    """The rows of an app's iterable, or None when it is no iterable or fails while read."""
    if isinstance(holidays, str | bytes | dict) or not isinstance(holidays, Iterable):
        return None
    rows: tuple[object, ...] | None = None
    with contextlib.suppress(Exception):  # refused below with the other problems
        rows = tuple(holidays)
    return rows


@attrs.frozen(kw_only=True)
class Holiday:
    """A day off, with its names in Indonesian and English.

    Attributes:
        date: the date.
        name_id: Indonesian name, e.g. ``"Hari Raya Idul Fitri"``.
        name_en: English name, e.g. ``"Eid al-Fitr"``.
        layer: the name of the layer it belongs to.
        estimated: the date is an estimate (an Islamic or lunar date not yet fixed by decree).
    """

    date: date
    name_id: str
    name_en: str
    layer: str
    estimated: bool = False

    def name(self, language: str | None = None) -> str:
        """The name in ``"id"`` (Indonesian) or ``"en"`` (English); ``None`` (the default) is
        the current language.

        Raises:
            ArgumentError: an unknown language.
        """
        return self.name_en if resolve(language) == "en" else self.name_id


@attrs.frozen(kw_only=True)
class HolidayLayer:
    """A named, switchable set of holidays.

    Attributes:
        name: the layer's name, unique in a calendar (``national``, ``cuti_bersama``,
            ``kota_kupang``...).
        kind: what it stands for.
        holidays: its holidays; every ``Holiday.layer`` equals ``name``. Dates outside the
            calendar's years are ignored, so one layer can serve several calendars.
        source: where the dates come from (a decree, a URL).
    """

    name: str
    kind: LayerKind
    holidays: tuple[Holiday, ...] = attrs.field(default=(), repr=lambda h: f"<{len(h)} holidays>")
    source: str = ""

    @classmethod
    def of(
        cls,
        *,
        name: str,
        kind: LayerKind | str,
        holidays: Iterable[tuple[date, str, str]],
        source: str = "",
    ) -> HolidayLayer:
        """Build a layer from ``(date, name_id, name_en)`` triples.

        Raises:
            ConfigurationError: every problem of the name, kind and rows, together.

        Example:
            >>> from datetime import date
            >>> HolidayLayer.of(
            ...     name="kota_kupang",
            ...     kind="regional",
            ...     holidays=[(date(2025, 4, 25), "HUT Kota Kupang", "Kupang City Anniversary")],
            ... ).holidays[0].layer
            'kota_kupang'
        """
        problems: list[str] = []
        if type(name) is not str or not name:
            problems.append(
                Phrase(N_("name: must be a non-empty str, not {type}"), type=type_name(name))
            )
        # Only a str is looked up: a list (unhashable) is an unknown kind, not a TypeError.
        layer_kind = (
            kind
            if isinstance(kind, LayerKind)
            else _KINDS.get(exact(kind))
            if isinstance(kind, str)
            else None
        )
        if layer_kind is None:
            problems.append(
                Phrase(
                    N_("kind: unknown kind {kind} (use {value})"),
                    kind=shown(kind),
                    value=_choices(LayerKind),
                )
            )
        rows: list[Holiday] = []
        layer = exact(name) if isinstance(name, str) else ""  # no app method runs past here
        given = _triples(holidays)
        if given is None:
            problems.append(
                Phrase(
                    N_("holidays: must be an iterable of triples, not {type}"),
                    type=type_name(holidays),
                )
            )
        else:
            for i, row in enumerate(given):
                if (
                    not isinstance(row, tuple | list)
                    or len(row) != 3
                    or not isinstance(row[0], date)
                    or isinstance(row[0], datetime)
                    or type(row[1]) is not str
                    or type(row[2]) is not str
                ):
                    problems.append(
                        Phrase(N_("holidays[{i}]: must be a (date, name_id, name_en) triple"), i=i)
                    )
                    continue
                rows.append(Holiday(date=row[0], name_id=row[1], name_en=row[2], layer=layer))
        if type(source) is not str:
            problems.append(Phrase(N_("source: must be a str, not {type}"), type=type_name(source)))
        if problems or layer_kind is None:
            raise ConfigurationError(N_("holiday layer"), problems)
        return cls(name=layer, kind=layer_kind, holidays=tuple(rows), source=source)

    def problems(self, where: str) -> list[str]:
        """Every rule the layer breaks."""
        found: list[str] = []
        if not self.name:
            found.append(Phrase(N_("{where}: a layer needs a name"), where=where))
        kind: object = self.kind  # the plain constructor does not convert
        if not isinstance(kind, LayerKind):
            found.append(
                Phrase(
                    N_("{where}: unknown kind {kind} (use {value})"),
                    where=where,
                    kind=shown(self.kind),
                    value=_choices(LayerKind),
                )
            )
        for i, holiday in enumerate(self.holidays):
            if holiday.layer != self.name:
                found.append(
                    Phrase(
                        N_(
                            "{where}.holidays[{i}]: holiday of {date} names layer {layer}, "
                            "not {name}"
                        ),
                        where=where,
                        i=i,
                        date=holiday.date,
                        layer=shown(holiday.layer),
                        name=shown(self.name),
                    )
                )
            if not holiday.name_id or not holiday.name_en:
                found.append(
                    Phrase(
                        N_("{where}.holidays[{i}]: holiday of {date} needs name_id and name_en"),
                        where=where,
                        i=i,
                        date=holiday.date,
                    )
                )
        return found


@attrs.frozen(kw_only=True)
class HolidayRevision:
    """A revised decree for one year: holidays added to and dates removed from a layer.

    Example: the 2023 revision moved Lebaran cuti bersama from 4 to 5 days.

    Attributes:
        layer: the name of the layer it revises.
        year: the year the revision is about; every date must be in it.
        basis: the decree that revises it, e.g. ``"SKB 3 Menteri ... (perubahan)"``.
        added: holidays the revision adds (their ``layer`` equals ``layer``).
        removed: dates the revision removes; each must be a holiday of the layer.
    """

    layer: str
    year: int
    basis: str
    added: tuple[Holiday, ...] = ()
    removed: tuple[date, ...] = ()


@attrs.frozen(kw_only=True)
class ExtraWorkingDay:
    """A date that is a working day whatever the schedule and the holiday layers say.

    Attributes:
        date: the date (a Puskesmas Saturday, a replacement working day, service on cuti bersama).
        name: why.
        hours: its office hours; ``None`` means the Monday hours of the schedule in force.
    """

    date: date
    name: str
    hours: OfficeHours | None = None


def _choices(kind: type[enum.StrEnum]) -> str:
    return ", ".join(member.value for member in kind)


_KINDS: dict[str, LayerKind] = {kind.value: kind for kind in LayerKind}
