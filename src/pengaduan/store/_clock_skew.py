"""A gateway's clock checked against the current time before its time is recorded.

An SMS or WhatsApp gateway stamps each message with its own clock. A history only moves forward
in time, so an event recorded at a time far in the future (a gateway whose clock is a day
ahead, a provider that sends the wrong zone) would block every later action of the office until
that time comes: each of them would be "earlier than the last event". The store's entry points
that record a gateway's time (the reporter's replies, ``receive``) therefore refuse a time more
than a tolerance ahead of the current time, with a `ClockSkewError` naming the field, before
anything is read or written. A time within the tolerance is recorded as the gateway gave it:
the check decides only whether to record, never what.

The current time is the caller's ``now`` when given (tests, a replay with its own clock), else
the system clock, read once per call: this check is the store's one reading of a clock, and it
only ever refuses. No event is ever dated by it.

The gateway's time is read **once**, into a plain ``datetime`` in UTC built from the value's
own fields (`instant()`), and that one value is both what is checked and what is recorded:
the caller's object is never asked again. Asking twice let a time pass the check and be
recorded as another: a ``tzinfo`` whose offset changes between calls, a ``datetime`` subclass
whose subtraction says "no difference", or two times in the same ``ZoneInfo`` across a
daylight-saving fold (Python subtracts two times of one zone by their wall clocks and ignores
``fold``, so an hour can vanish). The comparison is of two UTC instants.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from pengaduan._core.time import to_utc
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name

__all__ = ["DEFAULT_CLOCK_SKEW", "ClockSkewError", "clock_arguments", "instant", "not_ahead"]

DEFAULT_CLOCK_SKEW = timedelta(minutes=5)
"""How far ahead of the current time a gateway's time may be (clocks synchronised by NTP stay
well within a second; five minutes leaves room for a phone network's own stamps)."""

_MAX_SKEW = timedelta(days=1)


class ClockSkewError(ArgumentError):
    """A time given by a gateway is further ahead of the current time than the tolerance.

    Nothing was read or written. An [`ArgumentError`][pengaduan.errors.ArgumentError] (so a
    ``ValueError``) with its own code; it names the field, how far ahead it was and the
    tolerance, never the message or its sender. Fix the gateway's clock (or its time zone) and
    deliver the message again.

    Attributes:
        argument: the field, ``"reply.received_at"`` or ``"at"``.
        ahead: how far ahead of the current time it was, in whole seconds (rounded up).
        tolerance: the tolerance, in whole seconds.
    """

    code = "clock-skew"

    def __init__(self, *, argument: str, ahead: int, tolerance: int) -> None:
        self.ahead = ahead
        self.tolerance = tolerance
        super().__init__(
            argument=argument,
            rule=Phrase(
                N_(
                    "must not be more than {tolerance} seconds ahead of the current time (it is "
                    "{ahead} seconds ahead: check the gateway's clock); nothing was recorded"
                ),
                tolerance=tolerance,
                ahead=ahead,
            ),
        )

    def __repr__(self) -> str:
        return (
            f"ClockSkewError(argument={self.argument!r}, ahead={self.ahead}, "
            f"tolerance={self.tolerance})"
        )


def _tolerance(value: object) -> timedelta:
    if type(value) is not timedelta or not timedelta(0) <= value <= _MAX_SKEW:
        raise ArgumentError(
            argument="clock_skew",
            rule=N_("must be a timedelta from 0 to one day"),
            given=type_name(value),
        )
    return value


_FIELDS = tuple(
    getattr(datetime, name)
    for name in ("year", "month", "day", "hour", "minute", "second", "microsecond", "fold")
)
"""The standard library's own readers of a datetime's fields (a subclass cannot change what
they read)."""
_ZONE = datetime.tzinfo


def instant(value: object, argument: str) -> datetime:
    """``value`` (an aware datetime) as a plain ``datetime`` in UTC, read once.

    The fields are read by the standard library's own descriptors (never a subclass's methods
    or properties), its zone is asked for the offset once (the standard library's zones
    exactly, ``fold`` included), and the result is a plain ``datetime`` in UTC: comparing,
    subtracting and recording it never calls the caller's code again.

    Raises:
        ArgumentError: ``value`` is not a datetime, its zone fails to give an offset, or its
            instant is outside the years 1900 to 9000 in UTC.
        NaiveDatetimeError: ``value`` has no time zone.
    """
    if not isinstance(value, datetime):
        return to_utc(value, argument)  # refuses it, naming its type only
    if type(value) is not datetime:
        year, month, day, hour, minute, second, micro, fold = (
            field.__get__(value) for field in _FIELDS
        )
        value = datetime(
            year, month, day, hour, minute, second, micro, tzinfo=_ZONE.__get__(value), fold=fold
        )
    return to_utc(value, argument)


def clock_arguments(now: object, clock_skew: object) -> tuple[datetime | None, timedelta]:
    """``now`` (``None`` or aware, as a plain UTC ``datetime``, see `instant()`) and
    ``clock_skew`` (a ``timedelta`` from 0 to one day), checked.

    Raises:
        ArgumentError: ``now`` is not a datetime (or not in the years 1900 to 9000),
            ``clock_skew`` not such a ``timedelta``.
        NaiveDatetimeError: ``now`` has no time zone.
    """
    return (None if now is None else instant(now, "now")), _tolerance(clock_skew)


def not_ahead(at: object, *, argument: str, now: object, clock_skew: object) -> datetime:
    """``at`` read once as a plain UTC ``datetime`` (see `instant()`), refused when it is more
    than ``clock_skew`` ahead of ``now``: the value returned is the one checked, and the one to
    record.

    Args:
        at: the gateway's time (aware).
        argument: the field it came from, for the errors.
        now: the current time (aware), or ``None`` for the system clock.
        clock_skew: the tolerance, a ``timedelta`` from 0 to one day.

    Returns:
        ``at`` in UTC, a plain ``datetime``.

    Raises:
        ClockSkewError: ``at`` is further ahead than the tolerance.
        ArgumentError: ``at`` or ``now`` is not a datetime (or not in the years 1900 to 9000),
            ``clock_skew`` not such a ``timedelta``.
        NaiveDatetimeError: ``at`` or ``now`` has no time zone.
    """
    given, tolerance = clock_arguments(now, clock_skew)
    when = instant(at, argument)
    current = datetime.now(UTC) if given is None else given
    ahead = when - current
    if ahead > tolerance:
        raise ClockSkewError(
            argument=argument,
            ahead=math.ceil(ahead.total_seconds()),
            tolerance=int(tolerance.total_seconds()),
        )
    return when
