"""Signed tree heads: the office's signed statement "the log had this root at this size"."""

from __future__ import annotations

import json
import struct
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, CheckpointError, type_name
from pengaduan.integrity._codec import (
    b64,
    epoch_ms,
    format_time,
    get_int,
    load_json,
    parse_base64,
    parse_hex,
    parse_time,
    require_aware,
    require_dict,
    require_keys,
    require_schema,
)
from pengaduan.integrity._keys import KEY_ID_BYTES, KeyRing, SigningKey, TrustedKey
from pengaduan.integrity._log import TransparencyLog
from pengaduan.integrity._merkle import HASH_SIZE, MAX_TREE_SIZE

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["STH_VERSION", "SignedTreeHead", "sign_tree_head", "verify_tree_head"]

STH_VERSION = 1
"""The version of the signed message and of the JSON form."""

_MAGIC = b"pengaduan/tree-head\x00"
_BODY = struct.Struct(f">B{KEY_ID_BYTES}sQQ{HASH_SIZE}s")
_SIGNATURE_SIZE = 64
_KEYS = frozenset(
    {"schema", "schema_version", "key_id", "tree_size", "timestamp", "root_hash", "signature"}
)


def _key_id(instance: object, attribute: object, value: Any) -> None:
    if (
        not isinstance(value, str)
        or len(value) != 2 * KEY_ID_BYTES
        or not set(value) <= set("0123456789abcdef")
    ):
        raise ArgumentError(
            argument="key_id", rule=N_("must be 32 lowercase hex digits"), given=type_name(value)
        )


def _tree_size(instance: object, attribute: object, value: Any) -> None:
    if type(value) is not int or not 0 <= value <= MAX_TREE_SIZE:
        raise ArgumentError(
            argument="tree_size", rule="must be an int from 0 to 2**63-1", given=type_name(value)
        )


def _bytes_of(size: int, name: str) -> Any:
    def check(instance: object, attribute: object, value: Any) -> None:
        if not isinstance(value, bytes) or len(value) != size:
            raise ArgumentError(
                argument=name,
                rule=Phrase(N_("must be {size} bytes"), size=size),
                given=type_name(value),
            )

    return check


def _timestamp(value: object) -> datetime:
    moment = require_aware(value, "timestamp")
    if epoch_ms(moment) > MAX_TREE_SIZE:
        raise ArgumentError(argument="timestamp", rule=N_("is too far in the future"))
    return moment


@attrs.frozen(kw_only=True, weakref_slot=False)
class SignedTreeHead:
    """A signed tree head: the root of the log at one size, signed by the office's key.

    The signed message ([`message()`][pengaduan.integrity.SignedTreeHead.message]) is fixed-width
    binary, so no two heads share it: the
    20 bytes ``pengaduan/tree-head\\x00``, then the version (1 byte, ``1``), the key id (16 raw
    bytes), the tree size (8-byte big-endian unsigned), the timestamp (milliseconds since
    1970-01-01T00:00Z, 8-byte big-endian unsigned) and the root hash (32 bytes). The signature
    is Ed25519 over those 85 bytes.

    The JSON form ([`to_json()`][pengaduan.integrity.SignedTreeHead.to_json]) has ``schema``
    ``pengaduan.tree-head``, ``schema_version``
    1, ``key_id`` and ``root_hash`` in hex, ``tree_size``, ``timestamp`` in ISO 8601 UTC with
    milliseconds and ``signature`` in base64.
    """

    key_id: str = attrs.field(validator=_key_id)
    """The id of the key that signed (see [`KEY_ID_BYTES`][pengaduan.integrity.KEY_ID_BYTES])."""
    tree_size: int = attrs.field(validator=_tree_size)
    """The number of log entries the root covers."""
    timestamp: datetime = attrs.field(converter=_timestamp)
    """When it was signed: an aware UTC datetime, in whole milliseconds."""
    root_hash: bytes = attrs.field(validator=_bytes_of(HASH_SIZE, "root_hash"), repr=False)
    """The Merkle root of the first ``tree_size`` entries."""
    signature: bytes = attrs.field(validator=_bytes_of(_SIGNATURE_SIZE, "signature"), repr=False)
    """The Ed25519 signature of [`message()`][pengaduan.integrity.SignedTreeHead.message]."""
    version: int = attrs.field(default=STH_VERSION)
    """The format version; only 1 exists."""

    def __attrs_post_init__(self) -> None:
        if type(self.version) is not int or self.version != STH_VERSION:
            raise ArgumentError(
                argument="version", rule=N_("must be 1"), given=type_name(self.version)
            )

    def message(self) -> bytes:
        """The exact bytes that are signed (see the class docstring)."""
        return _message(self.key_id, self.tree_size, self.timestamp, self.root_hash)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (see the class docstring)."""
        return {
            "schema": "pengaduan.tree-head",
            "schema_version": self.version,
            "key_id": self.key_id,
            "tree_size": self.tree_size,
            "timestamp": format_time(self.timestamp),
            "root_hash": self.root_hash.hex(),
            "signature": b64(self.signature),
        }

    def to_json(self) -> str:
        """The [`to_dict()`][pengaduan.integrity.SignedTreeHead.to_dict] form as compact JSON."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: object) -> SignedTreeHead:
        """Read the [`to_dict()`][pengaduan.integrity.SignedTreeHead.to_dict] form (this checks its
        shape, not its signature).

        Raises:
            CheckpointError: ``malformed`` data.
        """
        data = require_dict(data, Phrase(N_("tree head")))
        version = require_schema(data, "pengaduan.tree-head", (STH_VERSION,))
        require_keys(data, Phrase(N_("tree head")), _KEYS)
        return cls(
            key_id=parse_hex(data.get("key_id"), "key_id", KEY_ID_BYTES).hex(),
            tree_size=get_int(data, "tree_size"),
            timestamp=parse_time(data.get("timestamp"), "timestamp"),
            root_hash=parse_hex(data.get("root_hash"), "root_hash", HASH_SIZE),
            signature=parse_base64(data.get("signature"), "signature", _SIGNATURE_SIZE),
            version=version,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> SignedTreeHead:
        """Read the [`to_json()`][pengaduan.integrity.SignedTreeHead.to_json] form (this checks its
        shape, not its signature).

        Raises:
            CheckpointError: ``malformed`` text.
        """
        return cls.from_dict(load_json(text, Phrase(N_("tree head"))))


def _message(key_id: str, size: int, timestamp: datetime, root: bytes) -> bytes:
    return _MAGIC + _BODY.pack(STH_VERSION, bytes.fromhex(key_id), size, epoch_ms(timestamp), root)


def sign_tree_head(
    log: TransparencyLog, key: SigningKey, *, at: datetime, size: int | None = None
) -> SignedTreeHead:
    """Sign the root of ``log`` at ``size`` entries (all of them by default).

    Args:
        log: the transparency log.
        key: the office's signing key.
        at: the signing time (aware; kept in UTC to the millisecond).
        size: the tree size to sign, if not the current one.

    Returns:
        The signed tree head, to publish and hand to auditors.

    Raises:
        ArgumentError: a wrong type or an out-of-range size.
        NaiveDatetimeError: ``at`` has no time zone.
    """
    if not isinstance(log, TransparencyLog):
        raise ArgumentError(argument="log", rule="must be a TransparencyLog", given=type_name(log))
    if not isinstance(key, SigningKey):
        raise ArgumentError(argument="key", rule="must be a SigningKey", given=type_name(key))
    moment = _timestamp(at)
    root = log.root(size)
    tree_size = log.size if size is None else size
    signature = key.sign(_message(key.key_id, tree_size, moment, root))
    return SignedTreeHead(
        key_id=key.key_id,
        tree_size=tree_size,
        timestamp=moment,
        root_hash=root,
        signature=signature,
    )


def verify_tree_head(sth: SignedTreeHead, keyring: KeyRing) -> TrustedKey:
    """Check a tree head's signature against the key ring and the key's validity window.

    Args:
        sth: the signed tree head.
        keyring: the public keys the auditor trusts.

    Returns:
        The key that signed it.

    Raises:
        CheckpointError: ``unknown-key`` (not in the ring), ``key-expired`` (signed after the
            key's ``not_after``), ``key-not-yet-valid`` (before its ``not_before``) or
            ``bad-signature``.
        ArgumentError: wrong types.
    """
    if not isinstance(sth, SignedTreeHead):
        raise ArgumentError(argument="sth", rule="must be a SignedTreeHead", given=type_name(sth))
    if not isinstance(keyring, KeyRing):
        raise ArgumentError(argument="keyring", rule="must be a KeyRing", given=type_name(keyring))
    key = keyring.get(sth.key_id)
    if key is None:
        raise CheckpointError(
            reason="unknown-key",
            detail=Phrase(N_("key {key_id} is not in the key ring"), key_id=sth.key_id),
        )
    when = format_time(sth.timestamp)
    if key.not_after is not None and sth.timestamp > key.not_after:
        raise CheckpointError(
            reason="key-expired",
            detail=Phrase(
                N_("key {key_id} was retired at {retired}; the tree head is dated {when}"),
                key_id=sth.key_id,
                retired=format_time(key.not_after),
                when=when,
            ),
        )
    if key.not_before is not None and sth.timestamp < key.not_before:
        raise CheckpointError(
            reason="key-not-yet-valid",
            detail=Phrase(
                N_("key {key_id} signs from {start}; the tree head is dated {when}"),
                key_id=sth.key_id,
                start=format_time(key.not_before),
                when=when,
            ),
        )
    if not key.verify(sth.signature, sth.message()):
        raise CheckpointError(
            reason="bad-signature",
            detail=Phrase(
                N_("the tree head of size {size} dated {when} is not signed by key {key_id}"),
                size=sth.tree_size,
                when=when,
                key_id=sth.key_id,
            ),
        )
    return key
