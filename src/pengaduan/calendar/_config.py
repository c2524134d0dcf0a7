"""Parsing, validation and resolution of working calendars.

* `calendar_from_dict()` / `calendar_from_toml()`: the TOML/dict format, every problem
  collected with its key path (and the line and column for TOML syntax errors);
* `calendar_problems()`: the rules a calendar value must follow;
* `resolve()`: the per-date office hours and holidays the index is built from. This is the
  only place that walks the calendar day by day, once per calendar, never per query.
"""

from __future__ import annotations

from datetime import date, datetime, time
from itertools import pairwise
from typing import TYPE_CHECKING, Any, TypeVar

from pengaduan._core.toml import load_toml, shown, unknown_keys
from pengaduan._i18n import N_, Phrase
from pengaduan.calendar._layers import (
    BUILTIN_LAYERS,
    FIRST_DATA_YEAR,
    ExtraWorkingDay,
    Holiday,
    HolidayLayer,
    HolidayRevision,
    LayerKind,
)
from pengaduan.calendar._schedule import (
    WEEKDAYS,
    OfficeHours,
    ScheduleOverride,
    TimeWindow,
    WeekSchedule,
    parse_hours,
    parse_week,
)
from pengaduan.errors import ConfigurationError, type_name

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator, Mapping

    from pengaduan.calendar._calendar import WorkingCalendar

__all__ = [
    "builtin_layers",
    "calendar_fields",
    "calendar_problems",
    "resolve",
    "toml_fields",
]

_T = TypeVar("_T")

_TOP_KEYS = (
    "zone",
    "years",
    "builtin_layers",
    "week",
    "overrides",
    "layers",
    "revisions",
    "extra_working_days",
)
_MIN_YEAR, _MAX_YEAR = 1900, 2999


# -- built-in Indonesian layers ---------------------------------------------------------------


def builtin_layers(
    names: list[str], first: int, last: int | None
) -> tuple[list[HolidayLayer], list[str], int]:
    """Load the requested built-in layers; return them, the problems and the last year.

    ``last=None`` means "the last year with a published cuti bersama decree".
    """
    problems: list[str] = [
        Phrase(
            N_(
                "layers: unknown built-in layer {name} (use {values}; pass regional layers "
                "and unit closures as layers of their own)"
            ),
            name=shown(name),
            values=", ".join(BUILTIN_LAYERS),
        )
        for name in names
        if name not in BUILTIN_LAYERS
    ]
    known = [name for name in names if name in BUILTIN_LAYERS]
    if not known and last is None:
        return [], [*problems, N_("years: required when no built-in layer is used")], first
    from pengaduan.calendar import _holidays  # noqa: PLC0415 - holiday data loads only when needed

    if last is None:
        last = _holidays.last_decreed_year(first)
    if not _MIN_YEAR <= first <= last <= _MAX_YEAR:
        return [], [*problems], last
    layers = [
        HolidayLayer(
            name=name,
            kind=LayerKind(name),
            holidays=tuple(
                Holiday(date=day, name_id=name_id, name_en=name_en, layer=name, estimated=est)
                for day, name_id, name_en, est in _holidays.load_layer(name, range(first, last + 1))
            ),
            source="SKB 3 Menteri on national holidays and cuti bersama (holidays package)",
        )
        for name in known
    ]
    return layers, problems, last


# -- validation -------------------------------------------------------------------------------


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _hours_shape(hours: object, where: str) -> list[str]:
    if not isinstance(hours, OfficeHours):
        return [
            Phrase(
                N_("{where}: must be OfficeHours, not {type}"), where=where, type=type_name(hours)
            )
        ]
    if not isinstance(hours.windows, tuple) or not all(
        isinstance(w, TimeWindow) and type(w.start) is time and type(w.end) is time
        for w in hours.windows
    ):
        return [
            Phrase(N_("{where}: windows must be a tuple of TimeWindow of two times"), where=where)
        ]
    return []


def _week_shape(week: object, where: str) -> list[str]:
    if not isinstance(week, WeekSchedule):
        return [
            Phrase(
                N_("{where}: must be a WeekSchedule, not {type}"), where=where, type=type_name(week)
            )
        ]
    return [p for day in WEEKDAYS for p in _hours_shape(getattr(week, day), f"{where}.{day}")]


def _holiday_shape(holiday: object, where: str) -> list[str]:
    if not isinstance(holiday, Holiday):
        return [
            Phrase(
                N_("{where}: must be a Holiday, not {type}"), where=where, type=type_name(holiday)
            )
        ]
    if not _is_date(holiday.date):
        return [
            Phrase(
                N_("{where}.date: must be a date, not {type}"),
                where=where,
                type=type_name(holiday.date),
            )
        ]
    if not all(type(v) is str for v in (holiday.name_id, holiday.name_en, holiday.layer)):
        return [Phrase(N_("{where}: name_id, name_en and layer must be str"), where=where)]
    return []


def _items_of(
    kind: type[_T], values: tuple[object, ...], name: str, message: str, found: list[str]
) -> Iterator[tuple[str, _T]]:
    """``(where, value)`` for each value of ``kind``; a problem (``message``) for any other.

    The plain constructor does not check the types of a calendar's parts.
    """
    for i, value in enumerate(values):
        where = f"{name}[{i}]"
        if isinstance(value, kind):
            yield where, value
        else:
            found.append(Phrase(message, where=where, type=type_name(value)))


def _tuple_shape(value: object, where: str) -> list[str]:
    if not isinstance(value, tuple):
        return [
            Phrase(N_("{where}: must be a tuple, not {type}"), where=where, type=type_name(value))
        ]
    return []


def shape_problems(calendar: WorkingCalendar) -> list[str]:  # noqa: PLR0912 - one check per part
    """Every field of the wrong type (a calendar built with the plain constructor checks nothing).

    The value rules in `calendar_problems()` only run on a calendar of the right shape.
    """
    found: list[str] = []
    if type(calendar.zone) is not str:
        found.append(Phrase(N_("zone: must be a str, not {type}"), type=type_name(calendar.zone)))
    if type(calendar.first_year) is not int or type(calendar.last_year) is not int:
        found.append(N_("years: first_year and last_year must be ints"))
    found += _week_shape(calendar.week, "week")
    for name in ("overrides", "layers", "revisions", "extra_working_days"):
        found += _tuple_shape(getattr(calendar, name), name)
    if found:
        return found
    for where, override in _items_of(
        ScheduleOverride,
        calendar.overrides,
        "overrides",
        N_("{where}: must be a ScheduleOverride, not {type}"),
        found,
    ):
        if type(override.name) is not str:
            found.append(Phrase(N_("{where}.name: must be a str"), where=where))
        if not (_is_date(override.start) and _is_date(override.end)):
            found.append(Phrase(N_("{where}: start and end must be dates"), where=where))
        found += _week_shape(override.week, f"{where}.week")
    for where, layer in _items_of(
        HolidayLayer,
        calendar.layers,
        "layers",
        N_("{where}: must be a HolidayLayer, not {type}"),
        found,
    ):
        if type(layer.name) is not str:
            found.append(Phrase(N_("{where}.name: must be a str"), where=where))
        found += _tuple_shape(layer.holidays, f"{where}.holidays")
        if isinstance(layer.holidays, tuple):
            for j, holiday in enumerate(layer.holidays):
                found += _holiday_shape(holiday, f"{where}.holidays[{j}]")
    for where, revision in _items_of(
        HolidayRevision,
        calendar.revisions,
        "revisions",
        N_("{where}: must be a HolidayRevision, not {type}"),
        found,
    ):
        if type(revision.layer) is not str or type(revision.basis) is not str:
            found.append(Phrase(N_("{where}: layer and basis must be str"), where=where))
        if type(revision.year) is not int:
            found.append(Phrase(N_("{where}.year: must be an int"), where=where))
        found += _tuple_shape(revision.added, f"{where}.added")
        found += _tuple_shape(revision.removed, f"{where}.removed")
        if isinstance(revision.added, tuple):
            for j, holiday in enumerate(revision.added):
                found += _holiday_shape(holiday, f"{where}.added[{j}]")
        if isinstance(revision.removed, tuple) and not all(map(_is_date, revision.removed)):
            found.append(Phrase(N_("{where}.removed: must hold dates"), where=where))
    for where, extra in _items_of(
        ExtraWorkingDay,
        calendar.extra_working_days,
        "extra_working_days",
        N_("{where}: must be an ExtraWorkingDay, not {type}"),
        found,
    ):
        if not _is_date(extra.date) or type(extra.name) is not str:
            found.append(Phrase(N_("{where}: date must be a date and name a str"), where=where))
        if extra.hours is not None:
            found += _hours_shape(extra.hours, f"{where}.hours")
    return found


def calendar_problems(calendar: WorkingCalendar) -> list[str]:
    """Every rule the calendar breaks (the zone is checked separately)."""
    problems: list[str] = shape_problems(calendar)
    if problems:
        return problems
    first, last = calendar.first_year, calendar.last_year
    if not (isinstance(first, int) and isinstance(last, int) and first <= last):
        problems.append(
            Phrase(
                N_("years: first year {first} must be a year not after last {last}"),
                first=shown(first),
                last=shown(last),
            )
        )
    elif not _MIN_YEAR <= first <= last <= _MAX_YEAR:
        problems.append(
            Phrase(
                N_("years: {first}-{last} must lie within {min_year}-{max_year}"),
                first=shown(first),
                last=shown(last),
                min_year=_MIN_YEAR,
                max_year=_MAX_YEAR,
            )
        )
    problems += calendar.week.problems("week")
    problems += _override_problems(calendar.overrides)
    names: dict[str, HolidayLayer] = {}
    for i, layer in enumerate(calendar.layers):
        where = f"layers[{i}] ({layer.name})"
        if layer.name in names:
            problems.append(
                Phrase(
                    N_("{where}: duplicate layer name {name}"), where=where, name=shown(layer.name)
                )
            )
        names[layer.name] = layer
        problems += layer.problems(where)
    for i, revision in enumerate(calendar.revisions):
        problems += _revision_problems(revision, f"revisions[{i}]", names)
    seen: set[date] = set()
    for i, extra in enumerate(calendar.extra_working_days):
        where = f"extra_working_days[{i}] ({extra.date})"
        if extra.date in seen:
            problems.append(Phrase(N_("{where}: the date is listed twice"), where=where))
        seen.add(extra.date)
        if extra.hours is not None:
            problems += extra.hours.problems(f"{where}.hours")
            if not extra.hours.is_open:
                problems.append(
                    Phrase(
                        N_("{where}.hours: an extra working day needs office hours"), where=where
                    )
                )
        elif not _schedule_on(calendar, extra.date).mon.is_open:
            problems.append(
                Phrase(
                    N_("{where}: no hours given and the schedule has no Monday hours to borrow"),
                    where=where,
                )
            )
    return list(dict.fromkeys(problems))


def _override_problems(overrides: tuple[ScheduleOverride, ...]) -> list[str]:
    problems: list[str] = []
    for i, override in enumerate(overrides):
        where = f"overrides[{i}] ({override.name})"
        if override.end < override.start:
            problems.append(
                Phrase(
                    N_("{where}: ends {end} before it starts {start}"),
                    where=where,
                    end=override.end,
                    start=override.start,
                )
            )
        problems += override.week.problems(f"{where}.week")
    ordered = sorted(enumerate(overrides), key=lambda item: item[1].start)
    for (_, previous), (i, current) in pairwise(ordered):
        if current.start <= previous.end:
            problems.append(
                Phrase(
                    N_("overrides[{i}] ({name}): overlaps override {name2} ({start} to {end})"),
                    i=i,
                    name=current.name,
                    name2=shown(previous.name),
                    start=previous.start,
                    end=previous.end,
                )
            )
    return problems


def _revision_problems(
    revision: HolidayRevision, where: str, layers: Mapping[str, HolidayLayer]
) -> list[str]:
    layer = layers.get(revision.layer)
    if layer is None:
        known = ", ".join(sorted(layers)) or Phrase(N_("none"))
        return [
            Phrase(
                N_("{where}: unknown holiday layer {layer} (layers: {known})"),
                where=where,
                layer=shown(revision.layer),
                known=known,
            )
        ]
    problems: list[str] = [
        Phrase(
            N_("{where}.added[{i}]: {date} is not in {year}"),
            where=where,
            i=i,
            date=h.date,
            year=revision.year,
        )
        for i, h in enumerate(revision.added)
        if h.date.year != revision.year
    ]
    problems += [
        Phrase(
            N_("{where}.added[{i}]: holiday of {date} names layer {layer}, not {layer2}"),
            where=where,
            i=i,
            date=h.date,
            layer=shown(h.layer),
            layer2=shown(revision.layer),
        )
        for i, h in enumerate(revision.added)
        if h.layer != revision.layer
    ]
    present = {h.date for h in layer.holidays}
    for i, day in enumerate(revision.removed):
        if day.year != revision.year:
            problems.append(
                Phrase(
                    N_("{where}.removed[{i}]: {day} is not in {year}"),
                    where=where,
                    i=i,
                    day=day,
                    year=revision.year,
                )
            )
        elif day not in present:
            problems.append(
                Phrase(
                    N_("{where}.removed[{i}]: {day} is not a holiday of layer {layer}"),
                    where=where,
                    i=i,
                    day=day,
                    layer=shown(revision.layer),
                )
            )
    if not revision.basis:
        problems.append(
            Phrase(N_("{where}: name the decree that revises the layer (basis)"), where=where)
        )
    return problems


# -- resolution -------------------------------------------------------------------------------


def _schedule_on(calendar: WorkingCalendar, day: date) -> WeekSchedule:
    for override in calendar.overrides:
        if override.start <= day <= override.end:
            return override.week
    return calendar.week


def active_holidays(calendar: WorkingCalendar) -> dict[date, tuple[Holiday, ...]]:
    """The holidays of every active layer inside the calendar's years, revisions applied."""
    first, last = date(calendar.first_year, 1, 1), date(calendar.last_year, 12, 31)
    by_layer: dict[str, list[Holiday]] = {
        layer.name: list(layer.holidays) for layer in calendar.layers
    }
    for revision in calendar.revisions:
        removed = set(revision.removed)
        kept = [h for h in by_layer[revision.layer] if h.date not in removed]
        by_layer[revision.layer] = kept + list(revision.added)
    result: dict[date, list[Holiday]] = {}
    for holidays in by_layer.values():
        for holiday in holidays:
            if first <= holiday.date <= last:
                result.setdefault(holiday.date, []).append(holiday)
    return {day: tuple(result[day]) for day in sorted(result)}


def resolve(
    calendar: WorkingCalendar,
) -> tuple[dict[int, list[tuple[time, time]]], dict[date, tuple[Holiday, ...]]]:
    """Per working date (ordinal) its office-hour windows, and the active holidays by date.

    Precedence: an extra working day beats every holiday layer; a holiday of any active layer
    closes the day; otherwise the schedule in force (an override, else the week) decides.
    """
    holidays = active_holidays(calendar)
    extras = {extra.date: extra for extra in calendar.extra_working_days}
    hours_for: dict[int, list[tuple[time, time]]] = {}
    first = date(calendar.first_year, 1, 1).toordinal()
    last = date(calendar.last_year, 12, 31).toordinal()
    for ordinal in range(first, last + 1):
        day = date.fromordinal(ordinal)
        extra = extras.get(day)
        hours: OfficeHours
        if extra is not None:
            hours = extra.hours if extra.hours is not None else _schedule_on(calendar, day).mon
        elif day in holidays:
            continue
        else:
            hours = _schedule_on(calendar, day).hours_on(day.weekday())
        if hours.is_open:
            hours_for[ordinal] = [(w.start, w.end) for w in hours.windows]
    return hours_for, holidays


# -- the dict / TOML format -------------------------------------------------------------------


def _date(value: object, where: str, problems: list[str]) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(
        Phrase(
            N_("{where}: expected a date like 2025-03-31, got {value}"),
            where=where,
            value=shown(value),
        )
    )
    return None


def _text(value: object, where: str, problems: list[str]) -> str:
    if isinstance(value, str) and value.strip():
        return value
    problems.append(Phrase(N_("{where}: expected a non-empty text"), where=where))
    return ""


def _table(value: object, where: str, problems: list[str], keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        problems.append(
            Phrase(
                N_("{where}: expected a table with keys {values}"),
                where=where,
                values=", ".join(keys),
            )
        )
        return {}
    problems += unknown_keys(value, keys, where)
    return value


def _array(value: object, where: str, problems: list[str]) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    problems.append(Phrase(N_("{where}: expected an array"), where=where))
    return []


def _holiday(value: object, where: str, layer: str, problems: list[str]) -> Holiday | None:
    table = _table(value, where, problems, ("date", "name_id", "name_en", "estimated"))
    if not table:
        return None
    day = _date(table.get("date"), f"{where}.date", problems)
    name_id = _text(table.get("name_id"), f"{where}.name_id", problems)
    name_en = _text(table.get("name_en"), f"{where}.name_en", problems)
    estimated = table.get("estimated", False)
    if not isinstance(estimated, bool):
        problems.append(Phrase(N_("{where}.estimated: expected true or false"), where=where))
        estimated = False
    if day is None or not name_id or not name_en:
        return None
    return Holiday(date=day, name_id=name_id, name_en=name_en, layer=layer, estimated=estimated)


def _layer(value: object, where: str, problems: list[str]) -> HolidayLayer | None:
    table = _table(value, where, problems, ("name", "kind", "holidays", "source"))
    if not table:
        return None
    name = _text(table.get("name"), f"{where}.name", problems)
    kind_text = table.get("kind", "regional")
    try:
        kind = LayerKind(kind_text)
    except ValueError:
        problems.append(
            Phrase(
                N_("{where}.kind: unknown kind {kind_text} (use {values})"),
                where=where,
                kind_text=shown(kind_text),
                values=", ".join(k.value for k in LayerKind),
            )
        )
        kind = LayerKind.REGIONAL
    holidays = [
        _holiday(item, f"{where}.holidays[{i}]", name, problems)
        for i, item in enumerate(_array(table.get("holidays"), f"{where}.holidays", problems))
    ]
    source = table.get("source", "")
    return HolidayLayer(
        name=name,
        kind=kind,
        holidays=tuple(h for h in holidays if h is not None),
        source=source if isinstance(source, str) else "",
    )


def _override(value: object, where: str, problems: list[str]) -> ScheduleOverride | None:
    table = _table(value, where, problems, ("name", "start", "end", "week", "ramadan"))
    if not table:
        return None
    name = _text(table.get("name"), f"{where}.name", problems)
    start = _date(table.get("start"), f"{where}.start", problems)
    end = _date(table.get("end"), f"{where}.end", problems)
    if table.get("ramadan") is True and "week" not in table:
        week = WeekSchedule.government_ramadan()
    else:
        week, found = parse_week(table.get("week"), f"{where}.week")
        problems += found
    if start is None or end is None or not name:
        return None
    if end < start:  # told with the other problems, never raised while the file is read
        problems.append(
            Phrase(
                N_("{where}: ends {end} before it starts {start}"),
                where=where,
                end=end,
                start=start,
            )
        )
        return None
    return ScheduleOverride(name=name, start=start, end=end, week=week)


def _revision(value: object, where: str, problems: list[str]) -> HolidayRevision | None:
    table = _table(value, where, problems, ("layer", "year", "basis", "add", "remove"))
    if not table:
        return None
    layer = _text(table.get("layer"), f"{where}.layer", problems)
    basis = _text(table.get("basis"), f"{where}.basis", problems)
    year = table.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        problems.append(Phrase(N_("{where}.year: expected a year like 2025"), where=where))
        return None
    added = [
        _holiday(item, f"{where}.add[{i}]", layer, problems)
        for i, item in enumerate(_array(table.get("add"), f"{where}.add", problems))
    ]
    removed = [
        _date(item, f"{where}.remove[{i}]", problems)
        for i, item in enumerate(_array(table.get("remove"), f"{where}.remove", problems))
    ]
    return HolidayRevision(
        layer=layer,
        year=year,
        basis=basis,
        added=tuple(h for h in added if h is not None),
        removed=tuple(d for d in removed if d is not None),
    )


def _extra_day(value: object, where: str, problems: list[str]) -> ExtraWorkingDay | None:
    table = _table(value, where, problems, ("date", "name", "hours"))
    if not table:
        return None
    day = _date(table.get("date"), f"{where}.date", problems)
    name = _text(table.get("name"), f"{where}.name", problems)
    hours = None
    if "hours" in table:
        hours, found = parse_hours(table["hours"], f"{where}.hours")
        problems += found
    if day is None:
        return None
    return ExtraWorkingDay(date=day, name=name, hours=hours)


def _years(value: object, problems: list[str]) -> tuple[int, int | None]:
    if value is None:
        return FIRST_DATA_YEAR, None
    if isinstance(value, int) and not isinstance(value, bool):
        return value, value
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        return value[0], value[1]
    problems.append(
        Phrase(
            N_("years: expected [first, last] like [2024, 2026], got {value}"), value=shown(value)
        )
    )
    return FIRST_DATA_YEAR, FIRST_DATA_YEAR


def calendar_fields(data: Mapping[str, Any], what: str) -> tuple[dict[str, Any], list[str]]:
    """The calendar's fields read from the dict/TOML format, and every problem found.

    The caller builds the calendar from the fields and validates it with the problems, so every
    problem is reported together.
    """
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ConfigurationError(what, [N_("expected a table (dict) at the top level")])
    problems += unknown_keys(data, _TOP_KEYS)
    zone = data.get("zone")
    if not isinstance(zone, str):
        problems.append(N_("zone: required, an IANA name such as 'Asia/Makassar'"))
        zone = "UTC"
    first, last = _years(data.get("years"), problems)
    names = _array(data.get("builtin_layers"), "builtin_layers", problems)
    bad_names = [n for n in names if not isinstance(n, str)]
    problems += [
        Phrase(N_("builtin_layers: expected layer names, got {n}"), n=shown(n)) for n in bad_names
    ]
    built, found, last_year = builtin_layers([n for n in names if isinstance(n, str)], first, last)
    problems += found
    if "week" in data:
        week, found = parse_week(data["week"], "week")
        problems += found
    else:
        week = WeekSchedule.government()
    overrides = [
        _override(item, f"overrides[{i}]", problems)
        for i, item in enumerate(_array(data.get("overrides"), "overrides", problems))
    ]
    layers = [
        _layer(item, f"layers[{i}]", problems)
        for i, item in enumerate(_array(data.get("layers"), "layers", problems))
    ]
    revisions = [
        _revision(item, f"revisions[{i}]", problems)
        for i, item in enumerate(_array(data.get("revisions"), "revisions", problems))
    ]
    extras = [
        _extra_day(item, f"extra_working_days[{i}]", problems)
        for i, item in enumerate(
            _array(data.get("extra_working_days"), "extra_working_days", problems)
        )
    ]
    fields = {
        "zone": zone,
        "first_year": first,
        "last_year": last_year,
        "week": week,
        "overrides": tuple(o for o in overrides if o is not None),
        "layers": (*built, *(layer for layer in layers if layer is not None)),
        "revisions": tuple(r for r in revisions if r is not None),
        "extra_working_days": tuple(e for e in extras if e is not None),
    }
    return fields, problems


def toml_fields(source: str | os.PathLike[str]) -> tuple[Any, str]:
    """The parsed TOML text or file, and what to call it in errors (syntax errors name their
    line and column)."""
    data, _, what = load_toml(source, "working calendar")
    return data, what
