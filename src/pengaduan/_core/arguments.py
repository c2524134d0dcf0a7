"""Argument checks at the public boundary: a wrong type becomes a typed error, never a raw one.

Each check names the argument and what it must be, and describes what was given by its type
only (``given=type_name(value)``): never its content, which may be complaint text, and never
its ``str()``, which fails for an integer over Python's digit limit.

The attrs helpers (`enum_converter`, `typed`, `texts_converter`, `in_range`, `valid_text`,
`instance_of`...) are for the value classes: a converter or validator that raises
[`ArgumentError`][pengaduan.errors.ArgumentError] naming the field. `items_of` and `text_tuple`
refuse a mapping as well as a str (a dict's keys are rarely what was meant); `iterable` and
`texts_converter` take one where a set of names may come as a dict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name

if TYPE_CHECKING:
    from collections.abc import Callable
    from enum import Enum, StrEnum

    import attrs

E = TypeVar("E", bound="Enum")
S = TypeVar("S", bound="StrEnum")
T = TypeVar("T")

_ITERABLE_OF_TEXTS = N_("must be an iterable of texts")


def wrong(argument: str, rule: str, value: object) -> ArgumentError:
    """The error for ``argument`` breaking ``rule``, describing ``value`` by its type only."""
    return ArgumentError(argument=argument, rule=rule, given=type_name(value))


def whole_number(value: object, argument: str, low: int, high: int) -> int:
    """``value`` when it is an ``int`` (not a ``bool``) from ``low`` to ``high``."""
    if type(value) is not int or not low <= value <= high:
        raise ArgumentError(
            argument=argument,
            rule=Phrase(N_("must be a whole number from {low} to {high}"), low=low, high=high),
            given=type_name(value),
        )
    return value


def text(value: object, argument: str) -> str:
    """``value`` when it is a ``str``."""
    if not isinstance(value, str):
        raise wrong(argument, N_("must be a str"), value)
    return value


def optional_text(value: object, argument: str) -> str | None:
    """``value`` when it is a ``str`` or ``None``."""
    if value is not None and not isinstance(value, str):
        raise wrong(argument, N_("must be a str or None"), value)
    return value


def function(value: object, argument: str) -> Callable[..., Any]:
    """``value`` when it is callable."""
    if not callable(value):
        raise wrong(argument, N_("must be callable"), value)
    return value


def iterable(value: object, argument: str) -> Iterable[Any]:
    """``value`` when it can be iterated (a str or bytes is refused: it is one item, not many)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise wrong(argument, N_("must be an iterable"), value)
    return value


def enum_converter(kind: type[E], argument: str) -> Callable[[object], E]:
    """An attrs converter: a member of ``kind`` or its value string, else an ArgumentError
    that lists the values allowed."""
    members: dict[str, E] = {member.value: member for member in kind}
    allowed = ", ".join(members)

    def convert(value: object) -> E:
        if isinstance(value, kind):
            return value
        if type(value) is str:
            found = members.get(value)
            if found is not None:
                return found
        raise ArgumentError(
            argument=argument,
            rule=Phrase(N_("must be one of {values}"), values=allowed),
            given=type_name(value),
        )

    return convert


def typed(kind: type | tuple[type, ...], rule: str) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field's value must be an instance of ``kind``; a ``bool`` is
    refused where ``kind`` is ``int`` (it is one by inheritance only)."""
    refuses_bool = kind is int or (isinstance(kind, tuple) and int in kind)

    def validate(_instance: object, attribute: Any, value: object) -> None:
        if not isinstance(value, kind) or (refuses_bool and type(value) is bool):
            raise wrong(attribute.name, rule, value)

    return validate


def texts_converter(argument: str) -> Callable[[object], tuple[str, ...]]:
    """An attrs converter: any iterable of ``str`` (list, tuple, set, generator) as a tuple;
    a single str, a non-iterable or an item that is not a str is an ArgumentError."""

    def convert(value: object) -> tuple[str, ...]:
        if type(value) is tuple and all(type(item) is str for item in value):
            return value
        if isinstance(value, str | bytes) or not isinstance(value, Iterable):
            raise wrong(argument, _ITERABLE_OF_TEXTS, value)
        items = tuple(value)
        for item in items:
            if not isinstance(item, str):
                raise wrong(argument, _ITERABLE_OF_TEXTS, item)
        return items

    return convert


def in_range(low: int, high: int) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field must be an ``int`` (not a ``bool``) from ``low`` to
    ``high``."""

    def validate(_instance: object, attribute: Any, value: object) -> None:
        whole_number(value, attribute.name, low, high)

    return validate


def optional_in_range(low: int, high: int) -> Callable[[Any, Any, Any], None]:
    """Like `in_range`, ``None`` allowed."""

    def validate(_instance: object, attribute: Any, value: object) -> None:
        if value is not None:
            whole_number(value, attribute.name, low, high)

    return validate


def enum_member(kind: type[S], value: object, argument: str) -> S:
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


def instance_of(
    kind: type[T], rule: str, *, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator: the field must be a ``kind`` (or None when ``optional``)."""

    def validate(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            raise ArgumentError(argument=attribute.name, rule=rule, given=type_name(value))

    return validate


def valid_text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: the field must be a str."""
    if not isinstance(value, str):
        raise wrong(attribute.name, N_("must be a str"), value)


def valid_optional_text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: the field must be a str or None."""
    if value is not None and not isinstance(value, str):
        raise wrong(attribute.name, N_("must be a str or None"), value)
