"""Inclusion and consistency proofs as values an office can hand to an auditor."""

from __future__ import annotations

import json
from typing import Any

import attrs

from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ArgumentError, type_name
from pengaduan.integrity._codec import (
    get_int,
    get_str,
    load_json,
    malformed,
    parse_hex,
    require_dict,
    require_keys,
    require_schema,
)
from pengaduan.integrity._entry import LogEntry
from pengaduan.integrity._merkle import HASH_SIZE, MAX_TREE_SIZE

__all__ = ["ConsistencyProof", "InclusionProof"]

_MAX_PATH = 64


def _path(value: object) -> tuple[bytes, ...]:
    if not isinstance(value, tuple):
        raise ArgumentError(
            argument="path", rule=N_("must be a tuple of bytes"), given=type_name(value)
        )
    if len(value) > _MAX_PATH:
        raise ArgumentError(
            argument="path",
            rule=Phrase(N_("must hold at most {count} hashes"), count=64),
            given=Phrase(N_("longer")),
        )
    for item in value:
        if not isinstance(item, bytes) or len(item) != HASH_SIZE:
            raise ArgumentError(
                argument="path", rule=N_("must hold 32-byte hashes"), given=type_name(item)
            )
    return value


def _size(name: str, value: object, minimum: int) -> None:
    if type(value) is not int:
        raise ArgumentError(argument=name, rule="must be an int", given=type_name(value))
    if not minimum <= value <= MAX_TREE_SIZE:
        raise ArgumentError(
            argument=name,
            rule=Phrase(N_("must be from {low} to {high}"), low=minimum, high="2**63-1"),
        )


def _read_path(data: dict[str, Any]) -> tuple[bytes, ...]:
    raw = data.get("path")
    if not isinstance(raw, list) or len(raw) > _MAX_PATH:
        raise malformed(
            "path", Phrase(N_("must be a list of at most {count} hex hashes"), count=_MAX_PATH)
        )
    return tuple(parse_hex(item, f"path[{i}]", HASH_SIZE) for i, item in enumerate(raw))


@attrs.frozen(kw_only=True, weakref_slot=False)
class InclusionProof:
    """Proof that one log entry is leaf ``index`` of the tree of ``tree_size`` leaves.

    Produced by `TransparencyLog.prove()` or `TransparencyLog.inclusion_proof()`; checked
    by `verify_inclusion()` or `verify_against_checkpoint()`. The JSON form holds the
    entry (tracking id, version, head), the index, the size and the audit path in hex.
    """

    entry: LogEntry
    index: int
    tree_size: int
    path: tuple[bytes, ...] = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.entry, LogEntry):
            raise ArgumentError(
                argument="entry", rule="must be a LogEntry", given=type_name(self.entry)
            )
        _size("index", self.index, 0)
        _size("tree_size", self.tree_size, 1)
        _path(self.path)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``schema`` ``pengaduan.inclusion-proof``, version 1)."""
        return {
            "schema": "pengaduan.inclusion-proof",
            "schema_version": 1,
            "tracking_id": self.entry.tracking_id,
            "version": self.entry.version,
            "head": self.entry.head,
            "index": self.index,
            "tree_size": self.tree_size,
            "path": [node.hex() for node in self.path],
        }

    def to_json(self) -> str:
        """The [`to_dict()`][pengaduan.integrity.InclusionProof.to_dict] form as compact JSON."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: object) -> InclusionProof:
        """Read the [`to_dict()`][pengaduan.integrity.InclusionProof.to_dict] form.

        Raises:
            CheckpointError: ``malformed`` data.
        """
        data = require_dict(data, Phrase(N_("inclusion proof")))
        require_schema(data, "pengaduan.inclusion-proof", (1,))
        require_keys(
            data,
            Phrase(N_("inclusion proof")),
            frozenset(
                {"schema", "schema_version", "tracking_id", "version", "head", "index"}
                | {"tree_size", "path"}
            ),
        )
        tracking_id = get_str(data, "tracking_id", max_length=255)
        version = get_int(data, "version", minimum=1)
        head = parse_hex(data.get("head"), "head", HASH_SIZE).hex()
        index = get_int(data, "index")
        tree_size = get_int(data, "tree_size", minimum=1)
        path = _read_path(data)
        bad: str | None = None
        try:
            entry = LogEntry(tracking_id=tracking_id, version=version, head=head)
        except ArgumentError as error:
            bad = Phrase(
                N_("{argument} {rule}"), argument=error.argument, rule=as_phrase(error.rule)
            )
        if bad is not None:
            raise malformed(Phrase(N_("inclusion proof")), bad)
        return cls(entry=entry, index=index, tree_size=tree_size, path=path)

    @classmethod
    def from_json(cls, text: str | bytes) -> InclusionProof:
        """Read the [`to_json()`][pengaduan.integrity.InclusionProof.to_json] form.

        Raises:
            CheckpointError: ``malformed`` text.
        """
        return cls.from_dict(load_json(text, Phrase(N_("inclusion proof"))))


@attrs.frozen(kw_only=True, weakref_slot=False)
class ConsistencyProof:
    """Proof that the tree of ``new_size`` leaves extends the tree of ``old_size`` leaves.

    Produced by `TransparencyLog.consistency_proof()`; checked by `verify_consistency()`.
    """

    old_size: int
    new_size: int
    path: tuple[bytes, ...] = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        _size("old_size", self.old_size, 0)
        _size("new_size", self.new_size, 0)
        _path(self.path)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``schema`` ``pengaduan.consistency-proof``, version 1)."""
        return {
            "schema": "pengaduan.consistency-proof",
            "schema_version": 1,
            "old_size": self.old_size,
            "new_size": self.new_size,
            "path": [node.hex() for node in self.path],
        }

    def to_json(self) -> str:
        """The [`to_dict()`][pengaduan.integrity.ConsistencyProof.to_dict] form as compact JSON."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: object) -> ConsistencyProof:
        """Read the [`to_dict()`][pengaduan.integrity.ConsistencyProof.to_dict] form.

        Raises:
            CheckpointError: ``malformed`` data.
        """
        data = require_dict(data, Phrase(N_("consistency proof")))
        require_schema(data, "pengaduan.consistency-proof", (1,))
        require_keys(
            data,
            Phrase(N_("consistency proof")),
            frozenset({"schema", "schema_version", "old_size", "new_size", "path"}),
        )
        return cls(
            old_size=get_int(data, "old_size"),
            new_size=get_int(data, "new_size"),
            path=_read_path(data),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> ConsistencyProof:
        """Read the [`to_json()`][pengaduan.integrity.ConsistencyProof.to_json] form.

        Raises:
            CheckpointError: ``malformed`` text.
        """
        return cls.from_dict(load_json(text, Phrase(N_("consistency proof"))))
