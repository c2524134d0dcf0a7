"""Green, yellow and red zones: how a unit's audit score is read at a glance.

The Ombudsman RI's compliance survey (*survei kepatuhan standar pelayanan publik*, Peraturan
Ombudsman 17/2015) places each assessed office in a green (high compliance), yellow (medium) or
red (low) zone; in its 2018 round a score of 0-50 was red, 51-80 yellow and 81-100 green (as
reported by the Ombudsman's Sumatera Selatan office, pelitasumatera.com, 12 December 2018).

That survey scores service standards, not complaint deadlines. The audit borrows the *bands*: a
unit's score is the share of its deadlines (judged clock cycles) met on time, in percent, and the
default thresholds (green from 81, yellow from 51) are **this library's choice**, not an Ombudsman
rule. Offices set their own with
[`ZoneThresholds.from_dict()`][pengaduan.audit.ZoneThresholds.from_dict] or ``--thresholds``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import attrs

from pengaduan._core.arguments import readable
from pengaduan._core.text import exact
from pengaduan._i18n import N_, Nn_, Phrase, Plural, shown, using
from pengaduan._i18n import gettext as _
from pengaduan.errors import ArgumentError, ConfigurationError, type_name

__all__ = ["DEFAULT_SOURCE", "Zone", "ZoneThresholds"]

DEFAULT_SOURCE = N_(
    "bands of the Ombudsman RI compliance survey 2018 (0-50 red, 51-80 yellow, 81-100 green), "
    "applied to the share of deadlines met on time: the library's choice"
)


class Zone(StrEnum):
    """A zone, as in the Ombudsman's compliance survey."""

    HIJAU = "hijau"
    """Green: high compliance."""
    KUNING = "kuning"
    """Yellow: medium compliance."""
    MERAH = "merah"
    """Red: low compliance."""

    def label(self, language: str | None = None) -> str:
        """``"Hijau"`` / ``"Green"`` (``None``: the current language).

        Raises:
            ArgumentError: an unknown language.
        """
        with using(language):
            return _(_ZONE_LABELS[self.value])


_ZONE_LABELS = {"hijau": N_("Green"), "kuning": N_("Yellow"), "merah": N_("Red")}


_KEYS = frozenset({"green", "yellow", "min_judged", "source"})


@attrs.frozen(kw_only=True)
class ZoneThresholds:
    """Score thresholds of the zones (scores are percentages of deadlines met on time).

    Attributes:
        green: the lowest score in the green zone.
        yellow: the lowest score in the yellow zone; below it is red.
        min_judged: fewer judged deadlines than this give no zone (too little evidence).
        source: where the numbers come from.
    """

    green: float = 81.0
    yellow: float = 51.0
    min_judged: int = 1
    source: str = DEFAULT_SOURCE

    @classmethod
    def default(cls) -> ZoneThresholds:
        """Green from 81 %, yellow from 51 %, red below (see the module docstring)."""
        return cls()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ZoneThresholds:
        """Build from ``{"green": 90, "yellow": 70, "min_judged": 5, "source": "..."}``.

        Missing keys keep their defaults.

        Raises:
            ConfigurationError: every problem together (unknown keys, numbers out of 0-100,
                yellow above green, a negative ``min_judged``).
        """
        data = (readable(data) if isinstance(data, Mapping) else None) or data
        if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
            raise ConfigurationError(
                N_("zone thresholds"),
                [
                    Phrase(
                        N_("expected a mapping of keys to numbers, not {type}"),
                        type=type_name(data),
                    )
                ],
            )
        problems: list[str] = []
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            problems.append(
                Plural(
                    Nn_(
                        "{count} unknown key; keys: green, yellow, min_judged, source",
                        "{count} unknown keys; keys: green, yellow, min_judged, source",
                    ),
                    count=len(unknown),
                )
            )
        default = cls()
        values: dict[str, Any] = {}
        for key in ("green", "yellow"):
            value = data.get(key, getattr(default, key))
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(_at(key, N_("expected a number from 0 to 100")))
            elif not 0 <= value <= 100:
                problems.append(
                    _at(key, N_("{value} is outside 0-100"), value=_shown_number(value))
                )
            else:
                values[key] = float(value)
        min_judged = data.get("min_judged", default.min_judged)
        if isinstance(min_judged, bool) or not isinstance(min_judged, int) or min_judged < 0:
            problems.append(_at("min_judged", N_("expected a whole number from 0")))
        source = data.get("source", Phrase(N_("set by the office")) if data else default.source)
        if not isinstance(source, str):
            problems.append(_at("source", N_("expected a text")))
        if not problems and values["yellow"] > values["green"]:
            problems.append(
                Phrase(
                    N_("yellow ({yellow}) is above green ({green})"),
                    yellow=values["yellow"],
                    green=values["green"],
                )
            )
        if problems:
            raise ConfigurationError(N_("zone thresholds"), problems)
        return cls(
            green=values["green"], yellow=values["yellow"], min_judged=min_judged, source=source
        )

    @classmethod
    def parse(cls, text: str) -> ZoneThresholds:
        """Build from ``"green=90,yellow=70"`` (the command line's ``--thresholds``).

        Raises:
            ConfigurationError: a part is not ``key=number``, or see
                [`from_dict()`][pengaduan.audit.ZoneThresholds.from_dict].
        """
        data: dict[str, Any] = {}
        problems: list[str] = []
        if not isinstance(text, str) or len(text) > 1000:
            raise ConfigurationError(
                N_("zone thresholds"), [N_("expected a short text: green=90,yellow=70")]
            )
        parts = filter(None, (p.strip() for p in exact(text).split(",")))
        for position, part in enumerate(parts, start=1):
            key, sep, value = part.partition("=")
            try:
                number = float(value) if sep and len(value) <= 32 else None
            except ValueError:
                number = None
            if number is None or not math.isfinite(number):
                problems.append(
                    Phrase(
                        N_("part {number}: expected key=number (green=90,yellow=70)"),
                        number=position,
                    )
                )
                continue
            data[key.strip()] = int(number) if key.strip() == "min_judged" else number
        if problems:
            raise ConfigurationError(N_("zone thresholds"), problems)
        return cls.from_dict(data)

    def zone(self, score: float | None, judged: int) -> Zone | None:
        """The zone of a score, or ``None`` without a score or with too few judged deadlines.

        Raises:
            ArgumentError: ``score`` is not a number or None, ``judged`` not an int.
        """
        if type(judged) is not int or not (
            score is None or (isinstance(score, int | float) and type(score) is not bool)
        ):
            wrong = "judged" if type(judged) is not int else "score"
            raise ArgumentError(
                argument=wrong,
                rule=N_("must be an int") if wrong == "judged" else N_("must be a number or None"),
                given=type_name(judged if wrong == "judged" else score),
            )
        if score is None or judged < max(self.min_judged, 1):
            return None
        if score >= self.green:
            return Zone.HIJAU
        if score >= self.yellow:
            return Zone.KUNING
        return Zone.MERAH

    def to_dict(self) -> dict[str, Any]:
        """The thresholds as a JSON-compatible dict
        ([`from_dict()`][pengaduan.audit.ZoneThresholds.from_dict] reads it back)."""
        return {
            "green": self.green,
            "yellow": self.yellow,
            "min_judged": self.min_judged,
            "source": self.source,
        }


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _shown_number(value: float) -> object:
    """A threshold as a problem shows it: a float of moderate size as it is, anything else
    (a huge int, a long number that could be a NIK) as `shown()` describes it."""
    if isinstance(value, float) and not abs(value) >= 1e6:
        return value
    return shown(value)
