"""Argument checks of the redaction constructors and helpers (converters and validators).

Each check refuses a value of the wrong type with an
[`ArgumentError`][pengaduan.errors.ArgumentError] naming the argument and what it must be,
described by the value's type only: a name list or a corpus text is personal data, and a huge
int cannot even be written out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    import attrs

__all__ = ["items_of", "text", "whole_number", "words"]


def items_of(value: object, argument: str, rule: str) -> Iterable[Any]:
    """``value`` itself when it is an iterable collection (not a str, bytes or mapping)."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise ArgumentError(argument=argument, rule=rule, given=type_name(value))
    return value


def words(value: object, argument: str) -> tuple[str, ...]:
    """An iterable of str (a list, tuple, set, generator) as a tuple."""
    rule = N_("must be an iterable of str")
    found = tuple(items_of(value, argument, rule))
    for item in found:
        if not isinstance(item, str):
            raise ArgumentError(argument=argument, rule=rule, given=type_name(item))
    return found


def text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the field must be a str."""
    if not isinstance(value, str):
        raise ArgumentError(argument=attribute.name, rule="must be a str", given=type_name(value))


def whole_number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the field must be an int (not a bool)."""
    if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
        raise ArgumentError(
            argument=attribute.name, rule="must be a whole number", given=type_name(value)
        )
