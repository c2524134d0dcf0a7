"""The one place that knows how times are represented.

``pendulum`` is imported lazily here and nowhere else, so ``import pengaduan`` stays cheap and
the rest of the library deals in standard ``datetime`` objects (a ``pendulum.DateTime`` is one).
"""

from __future__ import annotations

from datetime import UTC, datetime

from pengaduan.errors import NaiveDatetimeError

__all__ = ["format_utc", "parse_utc", "require_aware", "to_utc"]


def require_aware(value: object, argument: str) -> datetime:
    """Return ``value`` if it is a timezone-aware datetime, else raise.

    Raises:
        NaiveDatetimeError: ``value`` has no usable UTC offset.
        TypeError: ``value`` is not a datetime at all.
    """
    if not isinstance(value, datetime):
        msg = f"{argument} must be a datetime, not {type(value).__name__}"
        raise TypeError(msg)
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(argument)
    return value


def to_utc(value: datetime, argument: str) -> datetime:
    """Check that ``value`` is aware and return the same instant as a plain UTC ``datetime``."""
    aware = require_aware(value, argument)
    utc = aware.astimezone(UTC)
    if type(utc) is not datetime:  # a pendulum.DateTime: keep the core on the stdlib type
        utc = datetime(
            utc.year,
            utc.month,
            utc.day,
            utc.hour,
            utc.minute,
            utc.second,
            utc.microsecond,
            tzinfo=UTC,
        )
    return utc


def format_utc(value: datetime) -> str:
    """Canonical text of a UTC instant: ``2025-03-06T01:30:00.000000Z``."""
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """Parse the canonical text produced by :func:`format_utc` (or any ISO time with an offset).

    Raises:
        ValueError: the text is not an ISO 8601 time.
        NaiveDatetimeError: the text has no offset.
    """
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        raise NaiveDatetimeError("timestamp")
    return parsed.astimezone(UTC)
