"""Argument checks shared by the public value classes (converters and validators for attrs).

Each check refuses a value of the wrong type with an
[`ArgumentError`][pengaduan.errors.ArgumentError] naming the argument and what it must be,
described by the value's type only (never its content: a unit id, a word list or a name may
have been filled with personal data by mistake, and a huge int cannot even be written out).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from collections.abc import Callable
    from enum import StrEnum

    import attrs

__all__ = [
    "check_label",
    "enum_member",
    "instance_of",
    "items_of",
    "optional_text",
    "text",
    "text_tuple",
    "whole_number",
]

E = TypeVar("E", bound="StrEnum")
T = TypeVar("T")


def enum_member(kind: type[E], value: object, argument: str) -> E:
    """``value`` as a member of ``kind``: a member or its value string, anything else refused
    with the allowed values listed (for a converter named after the field)."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    raise ArgumentError(
        argument=argument,
        rule=Phrase(N_("must be one of {values}"), values=", ".join(m.value for m in kind)),
        given=type_name(value),
    )


def check_label(what: object) -> None:
    """Refuse a ``what`` (how a configuration is named in errors) that is not a str or None."""
    if what is not None and not isinstance(what, str):
        raise ArgumentError(argument="what", rule="must be a str or None", given=type_name(what))


def items_of(value: object, argument: str, rule: str) -> Iterable[Any]:
    """``value`` itself when it is an iterable collection (not a str, bytes or mapping)."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise ArgumentError(argument=argument, rule=rule, given=type_name(value))
    return value


def text_tuple(value: object, argument: str) -> tuple[str, ...]:
    """An iterable of str (a list, tuple, set, generator) as a tuple of plain str."""
    rule = N_("must be an iterable of str")
    found = tuple(items_of(value, argument, rule))
    for item in found:
        if not isinstance(item, str):
            raise ArgumentError(argument=argument, rule=rule, given=type_name(item))
    return tuple(str(item) for item in found)


def text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the field must be a str."""
    if not isinstance(value, str):
        raise ArgumentError(argument=attribute.name, rule="must be a str", given=type_name(value))


def optional_text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the field must be a str or None."""
    if value is not None and not isinstance(value, str):
        raise ArgumentError(
            argument=attribute.name, rule="must be a str or None", given=type_name(value)
        )


def instance_of(
    kind: type[T], rule: str, *, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the field must be a ``kind`` (or None when ``optional``)."""

    def validate(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            raise ArgumentError(argument=attribute.name, rule=rule, given=type_name(value))

    return validate


def whole_number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the field must be an int (not a bool)."""
    if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
        raise ArgumentError(
            argument=attribute.name, rule="must be a whole number", given=type_name(value)
        )
