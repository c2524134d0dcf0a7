"""The log entry for a complaint head, and its canonical byte encoding."""

from __future__ import annotations

import struct
from typing import Any

import attrs

from pengaduan._core.text import exact, exact_str
from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ArgumentError, CheckpointError, type_name
from pengaduan.integrity._merkle import leaf_hash

__all__ = ["ENTRY_FORMAT", "LogEntry"]

ENTRY_FORMAT = 1
"""The version byte that opens every encoded entry."""

_MAX_ID_BYTES = 255
_MAX_VERSION = 2**63 - 1
_HEX = frozenset("0123456789abcdef")
_TAIL = struct.Struct(">Q32s")


def _check_tracking_id(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, str):
        raise ArgumentError(argument="tracking_id", rule="must be a str", given=type_name(value))
    value = exact(value)
    if not value or not value.isprintable() or value.strip() != value:
        raise ArgumentError(
            argument="tracking_id",
            rule=N_("must be printable text without surrounding spaces"),
            given=f"a str of {len(value)} characters",
        )
    if len(value.encode("utf-8")) > _MAX_ID_BYTES:
        raise ArgumentError(
            argument="tracking_id",
            rule=Phrase(N_("must encode to at most {size} UTF-8 bytes"), size=_MAX_ID_BYTES),
            given=f"a str of {len(value)} characters",
        )


def _check_version(instance: object, attribute: object, value: Any) -> None:
    if type(value) is not int:
        raise ArgumentError(argument="version", rule="must be an int", given=type_name(value))
    if not 1 <= value <= _MAX_VERSION:
        raise ArgumentError(
            argument="version",
            rule=Phrase(N_("must be from {low} to {high}"), low=1, high="2**63-1"),
            given=Phrase(N_("an int out of range")),
        )


def _check_head(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, str):
        raise ArgumentError(argument="head", rule="must be a str", given=type_name(value))
    if len(value) != 64 or not _HEX.issuperset(value):
        raise ArgumentError(
            argument="head",
            rule=N_("must be 64 lowercase hex digits (a SHA-256 digest)"),
            given=f"a str of {len(value)} characters",
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class LogEntry:
    """What the transparency log records for one write: a complaint's version and head digest.

    The encoding ([`encode()`][pengaduan.integrity.LogEntry.encode]) is canonical and unambiguous:
    the format byte ``0x01``, the
    tracking id as a 2-byte big-endian length and its UTF-8 bytes, the version as an 8-byte
    big-endian unsigned integer, and the head digest as its 32 raw bytes. The Merkle leaf is that
    encoding ([`leaf_hash`][pengaduan.integrity.LogEntry.leaf_hash] = ``SHA-256(0x00 ||
    encoding)``).

    Example:
        >>> entry = LogEntry(tracking_id="KPG-7Q4M-2X", version=2, head="ab" * 32)
        >>> LogEntry.decode(entry.encode()) == entry
        True
    """

    tracking_id: str = attrs.field(converter=exact_str, validator=_check_tracking_id)
    """The complaint's tracking id."""
    version: int = attrs.field(validator=_check_version)
    """The number of events in the history when it was logged."""
    head: str = attrs.field(converter=exact_str, validator=_check_head)
    """The digest of event ``version`` (hex),
    [`pengaduan.model.Complaint.head`][pengaduan.model.Complaint.head] then."""

    def encode(self) -> bytes:
        """The canonical bytes of this entry (see the class docstring)."""
        ident = self.tracking_id.encode("utf-8")
        return (
            bytes((ENTRY_FORMAT,))
            + len(ident).to_bytes(2, "big")
            + ident
            + _TAIL.pack(self.version, bytes.fromhex(self.head))
        )

    @property
    def leaf_hash(self) -> bytes:
        """The RFC 9162 leaf hash of the encoding."""
        return leaf_hash(self.encode())

    @classmethod
    def decode(cls, data: bytes) -> LogEntry:
        """Read an entry written by [`encode()`][pengaduan.integrity.LogEntry.encode].

        Raises:
            CheckpointError: ``malformed`` bytes.
        """
        if not isinstance(data, bytes):
            raise ArgumentError(argument="data", rule="must be bytes", given=type_name(data))
        if len(data) < 3 or data[0] != ENTRY_FORMAT:
            raise CheckpointError(reason="malformed", detail=N_("not a version 1 log entry"))
        length = int.from_bytes(data[1:3], "big")
        if len(data) != 3 + length + _TAIL.size:
            raise CheckpointError(reason="malformed", detail=N_("log entry has the wrong length"))
        ident: str | None
        try:
            ident = data[3 : 3 + length].decode("utf-8")
        except UnicodeDecodeError:
            ident = None
        if ident is None:
            raise CheckpointError(
                reason="malformed", detail=N_("log entry tracking id is not UTF-8")
            )
        version, head = _TAIL.unpack(data[3 + length :])
        bad: str | None = None
        try:
            entry = cls(tracking_id=ident, version=version, head=head.hex())
        except ArgumentError as error:
            bad = Phrase(
                N_("log entry {argument} {rule}"),
                argument=error.argument,
                rule=as_phrase(error.rule),
            )
        if bad is not None:
            raise CheckpointError(reason="malformed", detail=bad)
        return entry
