"""Work-queue queries over the complaint projection: filters, summaries and pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from pengaduan._core.keys import length_or_type
from pengaduan._core.text import encodable
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, type_name
from pengaduan.model import Channel, Classification, Privacy

__all__ = ["ComplaintSummary", "Page", "Query"]

_MAX_ID = 128
_MAX_DAYS = 3660


def _is_id(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= _MAX_ID
        and str.isprintable(value)
        and " " not in value
        and encodable(value)
    )


def require_id(value: object, argument: str) -> str:
    """``value`` as an exact ``str`` id (printable, no whitespace, 1 to 128 characters).

    Raises:
        ArgumentError: anything else.
    """
    if not _is_id(value):
        raise ArgumentError(
            argument=argument,
            rule=Phrase(
                N_("must be a printable id of 1 to {size} characters without whitespace"),
                size=_MAX_ID,
            ),
            given=length_or_type(value),
        )
    assert isinstance(value, str)  # noqa: S101 - checked above
    return str.__str__(value)  # an exact str (a StrEnum member gives its value)


def require_whole(value: object, argument: str, high: int) -> int:
    """``value`` if it is a whole number from 1 to ``high``, else an ``ArgumentError``."""
    if type(value) is not int or not 1 <= value <= high:
        raise ArgumentError(
            argument=argument,
            rule=Phrase(N_("must be a whole number from {low} to {high}"), low=1, high=high),
            given=type_name(value),
        )
    return value


def _ids(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    if not isinstance(value, tuple):
        raise ArgumentError(
            argument=attribute.name, rule=N_("must be a tuple of ids"), given=type_name(value)
        )
    for index, item in enumerate(value):
        require_id(item, f"{attribute.name}[{index}]")


def _optional_id(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None:
        require_id(value, attribute.name)


def _optional_reporter(
    instance: object, attribute: attrs.Attribute[str | None], value: object
) -> None:
    """An identity as people write it: an id, or a phone number with spaces inside."""
    if value is None:
        return
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= _MAX_ID
        or not value.strip()
        or not value.isprintable()
        or not encodable(value)
    ):
        raise ArgumentError(
            argument=attribute.name,
            rule=Phrase(
                N_("must be None or a printable identity of 1 to {size} characters"),
                size=_MAX_ID,
            ),
            given=type_name(value),
        )


def _vocabulary(enum: type[Any]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (
            not isinstance(value, str) or str.__str__(value) not in enum._value2member_map_
        ):
            raise ArgumentError(
                argument=attribute.name,
                rule=Phrase(N_("must be None or {kind} value"), kind=article(enum.__name__)),
                given=type_name(value),
            )

    return check


def _optional_instant(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise ArgumentError(
            argument=attribute.name, rule=N_("must be None or a datetime"), given=type_name(value)
        )
    require_aware(value, attribute.name)


def _flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:
        raise ArgumentError(
            argument=attribute.name, rule="must be True or False", given=type_name(value)
        )


def _days(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (type(value) is not int or not 0 <= value <= _MAX_DAYS):
        raise ArgumentError(
            argument=attribute.name,
            rule=Phrase(
                N_("must be None or a whole number from {low} to {high}"), low=0, high=_MAX_DAYS
            ),
            given=type_name(value),
        )


def _to_tuple(value: object) -> object:
    if isinstance(value, str):
        value = (value,)
    elif isinstance(value, list):
        value = tuple(value)
    if isinstance(value, tuple):
        return tuple(str.__str__(v) if isinstance(v, str) else v for v in value)
    return value


def _plain(value: object) -> object:
    return str.__str__(value) if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class Query:
    """Which complaints a work queue shows; every filter is optional and they combine with AND.

    Attributes:
        statuses: current status is one of these.
        unit: currently assigned to this unit.
        classification: a [`Classification`][pengaduan.model.Classification] value.
        channel: a [`Channel`][pengaduan.model.Channel] value.
        privacy: the effective [`Privacy`][pengaduan.model.Privacy] value.
        received_from: received at or after this instant (aware).
        received_before: received before this instant (aware).
        reporter: the reporter's identity (account id, else phone, else email); the repository
            compares its keyed pseudonym, never the identity itself. A phone number may be
            written in any common way (``0812-3900-1122``, ``+62 812 3900 1122``): it also
            matches complaints stored under its E.164 form and, when the SMS gateway shares
            the repository's pseudonym key, those the gateway pseudonymised.
        overdue: the stored next deadline has passed at ``now``. The next deadline is the
            earliest due time of a clock a person or a unit must meet (verification,
            follow-up); a timer such as the auto-close after a follow-up is not one.
        due_within_days: the stored next deadline falls within this many working days of
            ``now`` (needs a calendar on the repository); overdue ones included.
        timer_due: the stored next timer (the end of a timer clock, such as the auto-close)
            has come at ``now``: the candidates of the due-actions job's ``auto_close``.
        deadline_unknown: only complaints with a due time the calendar could not compute
            (beyond its last year of holiday data): extend the calendar, then
            ``refresh_deadlines()``.
        now: the moment ``overdue``, ``due_within_days`` and ``timer_due`` are judged at
            (aware).

    Results come oldest received first, by next deadline when ``overdue`` or
    ``due_within_days`` is set, by next timer when ``timer_due`` is (complaints without one
    are then left out).

    Raises:
        ArgumentError: a filter of the wrong type or out of range, a deadline or timer filter
            without ``now``, or ``timer_due`` with a deadline filter (one order at a time).
        NaiveDatetimeError: an instant has no time zone.
    """

    statuses: tuple[str, ...] = attrs.field(default=(), converter=_to_tuple, validator=_ids)
    unit: str | None = attrs.field(default=None, converter=_plain, validator=_optional_id)
    classification: str | None = attrs.field(
        default=None, converter=_plain, validator=_vocabulary(Classification)
    )
    channel: str | None = attrs.field(
        default=None, converter=_plain, validator=_vocabulary(Channel)
    )
    privacy: str | None = attrs.field(
        default=None, converter=_plain, validator=_vocabulary(Privacy)
    )
    received_from: datetime | None = attrs.field(default=None, validator=_optional_instant)
    received_before: datetime | None = attrs.field(default=None, validator=_optional_instant)
    reporter: str | None = attrs.field(
        default=None, repr=False, converter=_plain, validator=_optional_reporter
    )
    overdue: bool = attrs.field(default=False, validator=_flag)
    due_within_days: int | None = attrs.field(default=None, validator=_days)
    now: datetime | None = attrs.field(default=None, validator=_optional_instant)
    timer_due: bool = attrs.field(default=False, validator=_flag)
    deadline_unknown: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if (self.by_deadline or self.timer_due) and self.now is None:
            raise ArgumentError(
                argument="now", rule=N_("is required with overdue, due_within_days or timer_due")
            )
        if self.by_deadline and self.timer_due:
            raise ArgumentError(
                argument="timer_due",
                rule=N_("cannot be combined with overdue or due_within_days"),
            )

    @property
    def by_deadline(self) -> bool:
        """Whether results are ordered by next deadline (else by receipt)."""
        return self.overdue or self.due_within_days is not None


@attrs.frozen(kw_only=True)
class ComplaintSummary:
    """One row of a work queue: the projection, without the complaint's text or identity.

    Load the whole complaint with ``get(tracking_id)`` when it is opened.
    """

    tracking_id: str
    version: int
    status: str
    privacy: str
    classification: str
    channel: str
    received_at: datetime
    updated_at: datetime
    next_deadline: datetime | None
    units: tuple[str, ...]
    next_timer: datetime | None = None
    """When the earliest running timer clock (such as the auto-close) ends."""
    deadline_unknown: bool = False
    """A due time lay beyond the calendar's data and is not in ``next_deadline``/``next_timer``."""


@attrs.frozen(kw_only=True)
class Page:
    """A page of a work queue and the cursor of the next one (``None`` on the last page)."""

    items: tuple[ComplaintSummary, ...]
    next_cursor: str | None
