"""Work-queue queries over the complaint projection: filters, summaries and pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from pengaduan._core.text import encodable
from pengaduan._core.time import require_aware
from pengaduan._i18n import N_, Phrase
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
        given = (
            Phrase(N_("str of length {n}"), n=len(value))
            if isinstance(value, str)
            else type_name(value)
        )
        raise ArgumentError(
            argument=argument,
            rule=Phrase(
                N_("must be a printable id of 1 to {size} characters without whitespace"),
                size=_MAX_ID,
            ),
            given=given,
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


def _vocabulary(enum: type[Any]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and (
            not isinstance(value, str) or str.__str__(value) not in enum._value2member_map_
        ):
            raise ArgumentError(
                argument=attribute.name,
                rule=Phrase(N_("must be None or a {type} value"), type=enum.__name__),
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
            compares its keyed pseudonym, never the identity itself.
        overdue: the stored next deadline has passed at ``now``.
        due_within_days: the stored next deadline falls within this many working days of
            ``now`` (needs a calendar on the repository); overdue ones included.
        now: the moment ``overdue`` and ``due_within_days`` are judged at (aware).

    Results come oldest received first, or by next deadline when ``overdue`` or
    ``due_within_days`` is set (complaints without a deadline are then left out).

    Raises:
        ArgumentError: a filter of the wrong type or out of range, or a deadline filter
            without ``now``.
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
    reporter: str | None = attrs.field(default=None, repr=False, validator=_optional_id)
    overdue: bool = attrs.field(default=False, validator=_flag)
    due_within_days: int | None = attrs.field(default=None, validator=_days)
    now: datetime | None = attrs.field(default=None, validator=_optional_instant)

    def __attrs_post_init__(self) -> None:
        if (self.overdue or self.due_within_days is not None) and self.now is None:
            raise ArgumentError(
                argument="now", rule=N_("is required with overdue or due_within_days")
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


@attrs.frozen(kw_only=True)
class Page:
    """A page of a work queue and the cursor of the next one (``None`` on the last page)."""

    items: tuple[ComplaintSummary, ...]
    next_cursor: str | None
