"""``pengaduan deadline``: a deadline in working days, working hours or calendar days."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._i18n import gettext as _
from pengaduan.cli._common import (
    _bounded_number,
    _parse_time,
    _readable_file,
    _UsageError,
    _zone_arg,
)
from pengaduan.cli._exit import EXIT_OK
from pengaduan.cli._parser import _EXAMPLES

if TYPE_CHECKING:
    from datetime import datetime

    from pengaduan.calendar import WorkingCalendar

__all__ = ["add_deadline"]


def add_deadline(commands: Any) -> None:
    """Add the ``deadline`` command to the ``pengaduan`` parser's subcommands."""
    deadline = commands.add_parser(
        "deadline",
        help=_("compute a deadline (working days, working hours or calendar days)"),
        description=_("compute a deadline (working days, working hours or calendar days)"),
        epilog=_(_EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    deadline.add_argument("--from", dest="start", required=True, help=_("ISO 8601 time"))
    amount = deadline.add_mutually_exclusive_group(required=True)
    amount.add_argument("--days", type=int, help=_("working days"))
    amount.add_argument("--hours", type=float, help=_("working hours"))
    amount.add_argument("--calendar-days", type=int, help=_("calendar days"))
    deadline.add_argument(
        "--zone",
        help=_("IANA zone of the calendar (default: WIB, WITA or WIT from the offset)"),
    )
    deadline.add_argument("--calendar", type=Path, help=_("calendar TOML file"))
    deadline.add_argument("--json", action="store_true", help=_("machine-readable output"))
    deadline.set_defaults(run=_deadline)


def _calendar(args: argparse.Namespace, start: datetime) -> WorkingCalendar:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    if args.calendar is not None:
        return WorkingCalendar.from_toml(_readable_file(args.calendar, "--calendar"))
    zone = _zone_arg(args.zone, args.lang) if args.zone else _zone_name(start, args.lang)
    return WorkingCalendar.indonesia(zone=zone)


_INDONESIAN_OFFSETS = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}


def _zone_name(instant: datetime, lang: str) -> str:
    """The zone for a time given with an offset: WIB, WITA or WIT; anything else needs --zone."""
    offset = instant.utcoffset()
    seconds = None if offset is None else offset.total_seconds()
    if seconds is not None and seconds % 3600 == 0 and int(seconds // 3600) in _INDONESIAN_OFFSETS:
        return _INDONESIAN_OFFSETS[int(seconds // 3600)]
    raise _UsageError(_("offset outside WIB/WITA/WIT: give --zone (e.g. Europe/Amsterdam)"))


def _deadline(args: argparse.Namespace, out: IO[str]) -> int:
    from datetime import timedelta  # noqa: PLC0415

    from pengaduan.calendar import TimeUnit  # noqa: PLC0415
    from pengaduan.calendar.humanize import format_deadline  # noqa: PLC0415

    # Every amount counts forward: a count from 1, or hours above 0 (a usage error, exit 2).
    for name, value, low, high in (
        ("--days", args.days, 1, 100_000),
        ("--hours", args.hours, 0.01, 1_000_000),
        ("--calendar-days", args.calendar_days, 1, 1_000_000),
    ):
        if value is not None:
            _bounded_number(value, name, low, high, args.lang)
    start = _parse_time(args.start, args.zone, args.lang, "--from")
    calendar = _calendar(args, start)
    if args.days is not None:
        unit, due = TimeUnit.WORKING_DAYS, calendar.add_working_days(start, args.days)
    elif args.hours is not None:
        unit = TimeUnit.WORKING_HOURS
        due = calendar.add_working_time(start, timedelta(hours=args.hours))
    else:
        unit, due = TimeUnit.CALENDAR_DAYS, calendar.add_calendar_days(start, args.calendar_days)
    human = format_deadline(due, calendar, unit=unit, language=args.lang)
    if args.json:
        json.dump({"due": due.isoformat(), "unit": unit.value, "text": human}, out)
        out.write("\n")
    else:
        out.write(_("Due: {deadline}").format(deadline=human) + f"\n{due.isoformat()}\n")
    return EXIT_OK
