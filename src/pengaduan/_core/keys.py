"""The rule for a new idempotency key, the same wherever one enters: `Workflow.receive()` and
`apply()`, the repository's `receive()` and `find_by_key()`, and an event a repository writes.

A key is a printable str of 1 to `MAX_KEY_LENGTH` characters that is not only whitespace (a
message id, ``"sla job 1"``): the repository's columns hold 128 characters, so a longer key is
refused where it enters, never by the database (PostgreSQL refused one with an opaque error,
SQLite stored it). Keys already recorded are not checked again when a history is read: a
history stored before the rule loads and verifies as it did.
"""

from __future__ import annotations

from pengaduan._core.text import encodable
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name

__all__ = ["MAX_KEY_LENGTH", "is_new_key", "length_or_type", "new_key"]

MAX_KEY_LENGTH = 128
"""The longest idempotency key (the repository's key columns)."""


def is_new_key(value: object) -> bool:
    """Whether ``value`` is an idempotency key a new event may carry."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_KEY_LENGTH
        and str.isprintable(value)
        and not str.isspace(value)
        and encodable(value)
    )


def length_or_type(value: object) -> str:
    """What was given instead of an id or a key, never the value itself (it may be a phone
    number or a NIK typed in the wrong place): a str's length, anything else's type."""
    return (
        Phrase(N_("str of length {n}"), n=len(value))
        if isinstance(value, str)
        else type_name(value)
    )


def new_key(value: object, argument: str = "idempotency_key") -> str:
    """``value`` as an exact str, if it is a key a new event may carry.

    Raises:
        ArgumentError: anything else (described by its type and length, never shown).
    """
    if not is_new_key(value):
        raise ArgumentError(
            argument=argument,
            rule=Phrase(
                N_("must be a printable str of 1 to {size} characters, not only whitespace"),
                size=MAX_KEY_LENGTH,
            ),
            given=length_or_type(value),
        )
    assert isinstance(value, str)  # noqa: S101 - checked above
    return str.__str__(value)  # an exact str (a subclass's methods never run)
