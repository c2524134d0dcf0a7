"""Argument checks shared by the workflow's and the SLA's value types and factories (private).

Each check refuses a value of the wrong type with an
[`ArgumentError`][pengaduan.errors.ArgumentError] that names the argument and what it must be,
and describes what was given by its type only: an argument may hold anything, complaint text
included, and a huge ``int`` cannot even be formatted. Values of the right type are returned
as the value types store them (a plain ``str`` for a ``StrEnum`` member, a tuple or frozenset
for any iterable), so valid callers pass what they passed before.

These run where definitions, policies and guards are built, never per complaint. The checks
every part shares (a collection that is no str or mapping, the attrs text validators) are in
``pengaduan._core.arguments``; these add the workflow's own (plain ``str`` results, enum sets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from pengaduan._core.arguments import items_of
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from enum import StrEnum


_E = TypeVar("_E", bound="StrEnum")
_T = TypeVar("_T")


def text(value: object, argument: str) -> str:
    """``value`` as a plain ``str`` (a ``StrEnum`` member gives its value).

    Raises:
        ArgumentError: not a ``str``.
    """
    if type(value) is str:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    raise ArgumentError(argument=argument, rule=N_("must be a str"), given=type_name(value))


def optional_text(value: object, argument: str) -> str | None:
    """``None``, or ``value`` as a plain ``str``.

    Raises:
        ArgumentError: neither ``None`` nor a ``str``.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return str.__str__(value)
    raise ArgumentError(argument=argument, rule=N_("must be a str or None"), given=type_name(value))


def items(value: object, argument: str, rule: str) -> tuple[Any, ...]:
    """The items of a list, tuple, set, generator... as a tuple (`items_of`: a str, bytes or a
    mapping is refused with ``rule``)."""
    return tuple(items_of(value, argument, rule))


def texts(value: object, argument: str) -> tuple[str, ...]:
    """The strs of a list, tuple, set or other iterable of ``str``, as plain strs, in order.

    Raises:
        ArgumentError: not such an iterable (a single ``str`` included), or an item that is not
            a ``str``.
    """
    found = items(value, argument, N_("must be a list of str"))
    for item in found:
        if not isinstance(item, str):
            raise ArgumentError(
                argument=argument, rule=N_("must hold only str"), given=type_name(item)
            )
    return tuple(str.__str__(item) for item in found)


def members(enum: type[_E], value: object, argument: str) -> frozenset[_E]:
    """The members of ``enum`` named by an iterable of members or their values.

    Raises:
        ArgumentError: not such an iterable, or an item that is not a member nor a member's
            value (the allowed values are listed; the item is not shown).
    """
    found = items(value, argument, Phrase(N_("must be a list of {type}"), type=enum.__name__))
    return frozenset(member(enum, item, argument) for item in found)


def instances(kind: type[_T], value: object, argument: str) -> tuple[_T, ...]:
    """The items of an iterable that holds only ``kind`` values, as a tuple.

    Raises:
        ArgumentError: not such an iterable, or an item of another type.
    """
    found = items(value, argument, Phrase(N_("must be a sequence of {type}"), type=kind.__name__))
    for item in found:
        if not isinstance(item, kind):
            raise ArgumentError(
                argument=argument,
                rule=Phrase(N_("must hold only {type}"), type=kind.__name__),
                given=type_name(item),
            )
    return found


def instance(kind: type[_T], value: object, argument: str) -> _T:
    """``value`` when it is a ``kind``.

    Raises:
        ArgumentError: a value of another type.
    """
    if isinstance(value, kind):
        return value
    raise ArgumentError(
        argument=argument,
        rule=Phrase(N_("must be {kind}"), kind=article(kind.__name__)),
        given=type_name(value),
    )


def member(enum: type[_E], value: object, argument: str) -> _E:
    """The member of ``enum`` for a member or its value.

    Raises:
        ArgumentError: anything else, with the allowed values listed; a short name-like str
            is shown so that a typo can be found (``'nope'``), anything else only by its type
            (see ``pengaduan._core.toml.shown``: never a text that could be personal data).
    """
    if isinstance(value, enum):
        return value
    found = enum._value2member_map_.get(value) if isinstance(value, str) else None
    if found is None:
        raise ArgumentError(
            argument=argument,
            rule=Phrase(N_("must be one of: {values}"), values=", ".join(m.value for m in enum)),
            given=shown(value) if isinstance(value, str) else type_name(value),
        )
    return found  # type: ignore[return-value]


def not_empty(values: tuple[object, ...], argument: str, rule: str) -> None:
    """Refuse an empty ``*args`` (``on_action()`` with no name).

    Raises:
        ArgumentError: ``values`` is empty.
    """
    if not values:
        raise ArgumentError(argument=argument, rule=rule)
