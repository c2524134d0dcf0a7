"""The one place that knows how times are represented.

``pendulum`` is imported lazily here and nowhere else, so ``import pengaduan`` stays cheap and
the rest of the library deals in standard ``datetime`` objects (a ``pendulum.DateTime`` is one).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, NaiveDatetimeError, UnknownZoneError, type_name

__all__ = [
    "END_INSTANT",
    "EPOCH",
    "FIRST_INSTANT",
    "MICROSECOND",
    "RANGE_RULE",
    "epoch_microseconds",
    "format_local",
    "format_utc",
    "load_zone",
    "parse_utc",
    "require_aware",
    "shown_zone",
    "to_utc",
    "zone_abbreviation",
]

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


#: The instants a complaint may carry or be judged at: from 1900-01-01T00:00Z up to, not
#: including, 9001-01-01T00:00Z. Far enough either way for any record and any clock (a
#: 60-day settlement clock started on the last day still ends inside the years Python's
#: ``datetime`` knows), and refused at the boundary rather than overflowing deep inside.
FIRST_INSTANT = datetime(1900, 1, 1, tzinfo=UTC)
END_INSTANT = datetime(9001, 1, 1, tzinfo=UTC)
RANGE_RULE = N_("must be an instant from the year 1900 to the year 9000 in UTC")

# Zones whose offsets this library trusts to come back the same every time it asks (the
# standard library's own); any other tzinfo is asked once and replaced by its fixed offset.
_TRUSTED_OFFSETS = (ZoneInfo.utcoffset, timezone.utcoffset)


def require_aware(value: object, argument: str) -> datetime:
    """Return ``value`` if it is a timezone-aware datetime, else raise.

    The one aware-datetime check at the public boundary. The zone's ``utcoffset`` is asked
    once, safely: one that raises, returns something other than a ``timedelta`` or an offset
    of a day or more is refused. A zone other than the standard library's (``ZoneInfo``,
    ``timezone``, or a subclass that keeps their ``utcoffset``) is replaced by the fixed offset
    it gave, so nothing later asks an app's tzinfo again.

    Raises:
        NaiveDatetimeError: ``value`` has no UTC offset.
        ArgumentError: ``value`` is not a datetime at all, or its zone fails to give an offset.
    """
    if not isinstance(value, datetime):
        raise ArgumentError(
            argument=argument, rule="must be an aware datetime", given=type_name(value)
        )
    zone = value.tzinfo
    if zone is None:
        raise NaiveDatetimeError(argument)
    failed = False
    offset: timedelta | None = None
    try:
        offset = value.utcoffset()
    except Exception:
        failed = True
    if failed:
        raise ArgumentError(
            argument=argument,
            rule="must have a time zone that gives a UTC offset",
            given=type_name(zone),
        )
    if offset is None:
        raise NaiveDatetimeError(argument)
    if type(zone).utcoffset in _TRUSTED_OFFSETS:
        return value
    return value.replace(tzinfo=timezone(offset))


def to_utc(value: object, argument: str) -> datetime:
    """Check that ``value`` is aware and in the supported range; return it as a UTC datetime.

    The check for every instant a complaint carries or is judged at (``at``, ``now``,
    ``since``): from 1900-01-01T00:00Z up to, not including, 9001-01-01T00:00Z.

    Raises:
        NaiveDatetimeError: ``value`` has no UTC offset.
        ArgumentError: ``value`` is not a datetime, its zone fails to give an offset, or its
            instant is outside the years 1900 to 9000 in UTC.
    """
    utc: datetime | None = None
    plain = value if type(value) is datetime else None
    zone = None if plain is None else plain.tzinfo
    if plain is not None and zone is UTC:
        utc = plain  # the common case
    elif plain is not None and (type(zone) is ZoneInfo or type(zone) is timezone):
        # The standard library's own zones on a plain datetime: its C conversion is exact.
        try:
            utc = plain.astimezone(UTC)
        except OverflowError:
            utc = None
    else:
        aware = require_aware(value, argument)
        # The offset was checked and is a fixed one now, or the zone is the standard
        # library's: build the UTC instant by hand (a subclass such as pendulum.DateTime
        # stays out of the core, and its slower astimezone is skipped).
        offset = aware.utcoffset()
        assert offset is not None  # noqa: S101 - require_aware checked it
        try:
            utc = (
                datetime(
                    aware.year,
                    aware.month,
                    aware.day,
                    aware.hour,
                    aware.minute,
                    aware.second,
                    aware.microsecond,
                    tzinfo=UTC,
                )
                - offset
            )
        except OverflowError:
            utc = None
    if utc is None or not FIRST_INSTANT <= utc < END_INSTANT:
        raise ArgumentError(argument=argument, rule=RANGE_RULE, given=type_name(value))
    return utc


def epoch_microseconds(value: datetime) -> int:
    """Microseconds since 1970-01-01 UTC of an aware datetime (exact, unlike ``timestamp()``)."""
    return (value - EPOCH) // MICROSECOND


def format_utc(value: datetime) -> str:
    """Canonical text of an instant in UTC: ``2025-03-06T01:30:00.000000Z``."""
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    """Parse the canonical text produced by `format_utc()` (or any ISO time with an offset).

    Raises:
        ValueError: the text is not an ISO 8601 time.
        NaiveDatetimeError: the text has no offset.
    """
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise NaiveDatetimeError("timestamp")
    return parsed.astimezone(UTC)


_ZONE_SHAPE = re.compile(r"[A-Za-z0-9_+\-./]{0,64}\Z")
_ZONE_DIGITS = 8


def shown_zone(name: object) -> str:
    """``name`` as an error may show it: the name itself only when it is shaped like one.

    Anything else (text with spaces, controls, a long string, not a string) is described by its
    type and length, so a value pasted into the wrong field is never echoed.
    """
    if (
        isinstance(name, str)
        and _ZONE_SHAPE.match(name)
        and sum(ch.isdigit() for ch in name) <= _ZONE_DIGITS
    ):
        return exact(name)
    if isinstance(name, str):
        return Phrase(N_("<str of {n} characters>"), n=len(name))
    return Phrase(N_("<{type}>"), type=type_name(name))


def load_zone(name: str) -> ZoneInfo:
    """Return the IANA zone called ``name``.

    Raises:
        UnknownZoneError: ``name`` is not a zone in the installed tz database (an error that
            shows the name only when it is shaped like a zone name).
    """
    if type(name) is str:
        zone = _load_zone(name)
        if zone is not None:
            return zone
    raise UnknownZoneError(shown_zone(name)).detached()


@lru_cache(maxsize=64)
def _load_zone(name: str) -> ZoneInfo | None:
    if not name or name != name.strip() or not _ZONE_SHAPE.match(name):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_abbreviation(instant: datetime) -> str:
    """The zone abbreviation in force at ``instant`` (``WIB``, ``WITA``, ``WIT``, ``CEST``...).

    Zones without a letter abbreviation in the tz database give their offset (``+07``).
    """
    return instant.tzname() or instant.strftime("%z")


def format_local(value: date | datetime, pattern: str, locale: str) -> str:
    """Format a date or an aware datetime with a pendulum pattern in a pendulum locale.

    Args:
        value: a ``date`` (formatted as that calendar day) or an aware ``datetime`` (formatted
            in its own zone).
        pattern: a pendulum token pattern such as ``"dddd, D MMMM YYYY"``.
        locale: a pendulum locale name such as ``"id"`` or ``"en"``.

    Returns:
        The formatted text, for example ``"Kamis, 6 Maret 2025"``.
    """
    import pendulum  # noqa: PLC0415 - pendulum is loaded only when text is rendered

    if isinstance(value, datetime):
        aware = require_aware(value, "value")
        rendered = pendulum.instance(aware)
    else:
        rendered = pendulum.datetime(value.year, value.month, value.day, tz="UTC")
    return rendered.format(pattern, locale=locale)
