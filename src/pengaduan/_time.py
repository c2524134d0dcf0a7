"""The one place that knows how times are represented.

``pendulum`` is imported lazily here and nowhere else, so ``import pengaduan`` stays cheap and
the rest of the library deals in standard ``datetime`` objects (a ``pendulum.DateTime`` is one).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pengaduan.errors import NaiveDatetimeError

__all__ = ["epoch_microseconds", "format_utc", "parse_utc", "require_aware", "to_utc"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


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
    if type(value) is datetime and value.tzinfo is not None:
        offset = value.utcoffset()
        if offset is not None:
            return value.astimezone(UTC)
    aware = require_aware(value, argument)
    # A subclass (pendulum.DateTime): keep the core on the stdlib type, and skip the subclass's
    # slower astimezone.
    offset = aware.utcoffset()
    assert offset is not None  # noqa: S101 - require_aware checked it
    return (
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


def epoch_microseconds(value: datetime) -> int:
    """Microseconds since 1970-01-01 UTC of an aware datetime (exact, unlike ``timestamp()``)."""
    return (value - _EPOCH) // _MICROSECOND


def format_utc(value: datetime) -> str:
    """Canonical text of an instant in UTC: ``2025-03-06T01:30:00.000000Z``."""
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


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
