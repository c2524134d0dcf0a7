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

from collections.abc import Container, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, PengaduanError, type_name

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


def known(value: object, values: Container[str]) -> bool:
    """Whether ``value`` is an exact ``str`` among ``values``: the membership test for a value
    read from a configuration before its type is checked (a list there is unhashable, and a
    str subclass may answer ``==`` and ``hash`` as it likes)."""
    return type(value) is str and value in values


def readable(value: Mapping[Any, Any]) -> dict[Any, Any] | None:
    """A plain ``dict`` copy of an app's mapping, or None when reading it raises (a ``get``,
    ``keys`` or ``__getitem__`` that fails, a key whose hash fails); the caller refuses it with
    its own typed error. A typed error of this library raised while reading passes as it is."""
    if type(value) is dict:
        return value
    copied: dict[Any, Any] | None = None
    try:
        copied = dict(value)
    except PengaduanError:
        raise
    except Exception:
        copied = None
    return copied


def member_of(value: object, container: object, argument: str) -> bool:
    """``value in container`` for an app's container (``units=``), whose ``__contains__`` may
    raise: that is an ArgumentError naming ``argument``."""
    found: bool | None = None
    try:
        found = bool(value in container)  # type: ignore[operator]
    except PengaduanError:
        raise
    except Exception:
        found = None
    if found is None:
        raise wrong(argument, N_("must be a container that answers `in`"), container)
    return found


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


def iterable(value: object, argument: str) -> Iterator[Any]:
    """The items of ``value`` when it can be iterated (a str or bytes is refused: it is one
    item, not many), read lazily through `guarded()`."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise wrong(argument, N_("must be an iterable"), value)
    return guarded(value, argument, N_("must be an iterable"))


def guarded(value: Iterable[Any], argument: str, rule: str) -> Iterator[Any]:
    """The items of an app's iterable, read lazily; an error its ``__iter__`` or ``__next__``
    raises becomes an ArgumentError naming ``argument`` (a typed error of this library, such as
    a line that `iter_lines()` cannot read, passes as it is).

    ``iter()`` is called at once, so an object that refuses to be iterated is refused here.
    """
    iterator: Iterator[Any] | None = None
    try:
        iterator = iter(value)
    except PengaduanError:
        raise
    except Exception:
        iterator = None
    if iterator is None:
        raise wrong(argument, rule, value)
    return _items(iterator, argument, rule)


def _items(iterator: Iterator[Any], argument: str, rule: str) -> Iterator[Any]:
    while True:
        failed = False
        try:
            item = next(iterator)
        except StopIteration:
            return
        except PengaduanError:
            raise
        except Exception:
            failed = True
        if failed:
            raise ArgumentError(
                argument=argument, rule=rule, given=N_("an iterable that failed while read")
            )
        yield item


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
        items = tuple(exact(item) for item in guarded(value, argument, _ITERABLE_OF_TEXTS))
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
    if isinstance(value, str) and str.__str__(value) in kind._value2member_map_:
        return kind(str.__str__(value))
    raise ArgumentError(
        argument=argument,
        rule=Phrase(N_("must be one of {values}"), values=", ".join(m.value for m in kind)),
        given=type_name(value),
    )


def check_label(what: object) -> None:
    """Refuse a ``what`` (how a configuration is named in errors) that is not a str or None."""
    if what is not None and not isinstance(what, str):
        raise ArgumentError(argument="what", rule="must be a str or None", given=type_name(what))


def items_of(value: object, argument: str, rule: str) -> Iterator[Any]:
    """The items of ``value`` when it is an iterable collection (not a str, bytes or mapping),
    read through `guarded()`."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise ArgumentError(argument=argument, rule=rule, given=type_name(value))
    return guarded(value, argument, rule)


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


def names(*parts: str) -> str:
    """Argument names as one list for an error (``"policy, calendar and workflow"``): a phrase
    whose "and" is written in the reader's language when the error is shown."""
    if len(parts) == 1:
        return parts[0]
    return Phrase(N_("{first} and {last}"), first=", ".join(parts[:-1]), last=parts[-1])
