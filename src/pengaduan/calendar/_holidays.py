"""Indonesian national holidays and cuti bersama, read from the ``holidays`` package.

Sources (as cited by the ``holidays`` package's Indonesia module, which follows them):

* the yearly joint decree of three ministers (SKB 3 Menteri) on national holidays and
  *cuti bersama*, and its mid-year revisions (for example 2023, Lebaran leave 4 -> 5 days);
* Keputusan Presiden on *cuti bersama* for civil servants (ASN), e.g. Keppres 7/2024;
* election days declared national holidays (Hari Pemilihan Umum 2024, Pilkada 2024).

Category ``PUBLIC`` gives the national holidays (layer ``national``); category ``GOVERNMENT``
gives *cuti bersama* (layer ``cuti_bersama``). Islamic and lunar dates the package has not seen
confirmed by a decree carry the suffix "(perkiraan)" / "(estimated)": they are kept, flagged
``estimated=True``, with the suffix removed from the names.

``holidays`` is imported here, lazily, and nowhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from datetime import date

__all__ = ["ESTIMATED_SUFFIXES", "LAYER_CATEGORIES", "last_decreed_year", "load_layer"]

LAYER_CATEGORIES = {"national": "public", "cuti_bersama": "government"}
ESTIMATED_SUFFIXES = (" (perkiraan)", " (estimated)")

Row = tuple["date", str, str, bool]


def _strip_estimated(name: str) -> tuple[str, bool]:
    for suffix in ESTIMATED_SUFFIXES:
        if name.endswith(suffix):
            return name.removesuffix(suffix), True
    return name, False


def _country(years: Iterable[int], category: str, language: str) -> Any:
    import holidays  # noqa: PLC0415 - the holiday data loads only when an Indonesian calendar is built

    return holidays.country_holidays(
        "ID", years=list(years), categories=(category,), language=language
    )


def load_layer(layer: str, years: Iterable[int]) -> list[Row]:
    """The holidays of one built-in layer as ``(date, name_id, name_en, estimated)`` rows.

    Args:
        layer: ``"national"`` or ``"cuti_bersama"``.
        years: the years to load.

    Returns:
        One row per holiday, sorted by date then Indonesian name; a date with two holidays (Idul
        Fitri and Ascension Day fell together on 13 May 2021) gives two rows.
    """
    category = LAYER_CATEGORIES[layer]
    wanted = list(years)
    indonesian = _country(wanted, category, "id")
    english = _country(wanted, category, "en_US")
    translate: Callable[[str], str] | None = getattr(english, "tr", None)
    rows: list[Row] = []
    for day in sorted(indonesian):
        names_id = indonesian.get_list(day)
        names_en = english.get_list(day)
        for position, raw_id in enumerate(names_id):
            name_id, estimated = _strip_estimated(raw_id)
            if len(names_id) == 1 and len(names_en) == 1:
                name_en = _strip_estimated(names_en[0])[0]
            elif translate is not None:
                # Several holidays on one date come back sorted per language; translate each
                # Indonesian name instead of pairing the two lists by position.
                name_en = translate(name_id)
            else:  # pragma: no cover - every holidays release we support has ``tr``
                name_en = _strip_estimated(names_en[position])[0]
            rows.append((day, name_id, name_en, estimated))
    return sorted(rows)


def last_decreed_year(first_year: int) -> int:
    """The last year for which the installed ``holidays`` release knows the *cuti bersama*.

    The joint decree for a year is published during the year before, so this is the last year the
    data is decreed rather than estimated; it is the default end of an Indonesian calendar.
    """
    probe = _country(range(first_year, first_year + 60), "government", "id")
    return max((day.year for day in probe), default=first_year)
