"""Merkle tree hashing, inclusion and consistency proofs, exactly as RFC 9162 section 2.1.

Source: RFC 9162, *Certificate Transparency Version 2.0*, section 2.1 (2.1.1 the Merkle Tree Hash,
2.1.3 inclusion proofs, 2.1.4 consistency proofs). The hash is SHA-256:

- the hash of the empty tree is ``SHA-256("")``;
- a leaf's hash is ``SHA-256(0x00 || entry)``;
- an inner node's hash is ``SHA-256(0x01 || left || right)``;
- a tree of ``n > 1`` leaves splits at ``k``, the largest power of two smaller than ``n``.

[`MerkleTree`][pengaduan.integrity.MerkleTree] keeps the leaf hashes and the hash of every complete,
aligned power-of-two
subtree (about two hashes per leaf, packed in byte arrays: 64 MB for a million leaves), so the root
of any earlier tree size and every proof cost O(log n) hashes.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ArgumentError, CheckpointError, type_name

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "MerkleTree",
    "leaf_hash",
    "node_hash",
    "verify_consistency_path",
    "verify_inclusion_path",
]

HASH_SIZE = 32
"""Bytes in a SHA-256 hash."""

EMPTY_ROOT = hashlib.sha256(b"").digest()
"""The Merkle Tree Hash of the empty tree: ``SHA-256("")``."""

MAX_TREE_SIZE = 2**63 - 1
"""The largest tree size a proof may name (sizes are signed as unsigned 64-bit integers)."""

_MAX_PATH = 64


def leaf_hash(entry: bytes) -> bytes:
    """The RFC 9162 leaf hash ``SHA-256(0x00 || entry)``.

    Args:
        entry: the leaf's bytes.

    Returns:
        The 32-byte hash.

    Raises:
        ArgumentError: ``entry`` is not bytes.
    """
    if not isinstance(entry, bytes | bytearray):
        raise ArgumentError(argument="entry", rule="must be bytes", given=type_name(entry))
    return hashlib.sha256(b"\x00" + b"".join((entry,))).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The RFC 9162 inner-node hash ``SHA-256(0x01 || left || right)``.

    Raises:
        ArgumentError: ``left`` or ``right`` is not bytes.
    """
    for argument, value in (("left", left), ("right", right)):
        if not isinstance(value, bytes | bytearray):
            raise ArgumentError(argument=argument, rule="must be bytes", given=type_name(value))
    return _node_hash(b"".join((left,)), b"".join((right,)))


def _node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def _check_size(name: str, value: object, *, minimum: int = 0) -> int:
    if type(value) is not int:
        raise ArgumentError(argument=name, rule="must be an int", given=type_name(value))
    if not minimum <= value <= MAX_TREE_SIZE:
        raise ArgumentError(
            argument=name,
            rule=Phrase(N_("must be from {low} to {high}"), low=minimum, high="2**63-1"),
            given=Phrase(N_("a negative int"))
            if value < 0
            else Phrase(N_("an int of {bits} bits"), bits=value.bit_length()),
        )
    return value


def _check_hash(name: str, value: object) -> bytes:
    if not isinstance(value, bytes) or len(value) != HASH_SIZE:
        given = (
            Phrase(N_("{size} bytes"), size=len(value))
            if isinstance(value, bytes)
            else type_name(value)
        )
        raise ArgumentError(
            argument=name, rule=N_("must be 32 bytes (a SHA-256 hash)"), given=given
        )
    return value


def _check_path(name: str, path: object) -> tuple[bytes, ...]:
    if not isinstance(path, tuple | list):
        raise ArgumentError(
            argument=name, rule=N_("must be a sequence of hashes"), given=type_name(path)
        )
    if len(path) > _MAX_PATH:
        raise ArgumentError(
            argument=name,
            rule=Phrase(N_("must hold at most {count} hashes"), count=_MAX_PATH),
            given=f"{len(path)}",
        )
    for item in path:
        _check_hash(f"{name}[]", item)
    return tuple(path)


def _bad_proof(detail: str) -> CheckpointError:
    return CheckpointError(reason="bad-proof", detail=as_phrase(detail))


def verify_inclusion_path(
    entry_hash: bytes, index: int, size: int, path: Sequence[bytes], root: bytes
) -> None:
    """Check an inclusion proof (audit path) with the algorithm of RFC 9162 section 2.1.3.2.

    Args:
        entry_hash: the leaf hash of the entry (see [`leaf_hash()`][pengaduan.integrity.leaf_hash]).
        index: the leaf's index, from 0.
        size: the size of the tree the root belongs to.
        path: the audit path, nearest sibling first.
        root: the root hash of the tree of ``size`` leaves.

    Raises:
        CheckpointError: ``bad-proof`` when the path does not lead from the leaf to the root.
        ArgumentError: an argument of the wrong type or out of range.
    """
    _check_hash("entry_hash", entry_hash)
    _check_size("index", index)
    _check_size("size", size)
    path = _check_path("path", path)
    _check_hash("root", root)
    if index >= size:
        raise _bad_proof(
            Phrase(
                N_("leaf index {index} is outside a tree of {size} leaves"), index=index, size=size
            )
        )
    fn, sn, r = index, size - 1, entry_hash
    for p in path:
        if sn == 0:
            raise _bad_proof(N_("the audit path is longer than the tree is deep"))
        if fn & 1 or fn == sn:
            r = _node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = _node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise _bad_proof(N_("the audit path is shorter than the tree is deep"))
    if r != root:
        raise _bad_proof(
            Phrase(
                N_("the audit path of leaf {index} does not lead to the root of {size}"),
                index=index,
                size=size,
            )
        )


def verify_consistency_path(  # noqa: PLR0912 - the RFC algorithm, step by step
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, path: Sequence[bytes]
) -> None:
    """Check a consistency proof with the algorithm of RFC 9162 section 2.1.4.2.

    Equal sizes need an empty path and equal roots; every tree extends the empty tree (size 0)
    with an empty path.

    Args:
        old_size: the size of the earlier tree.
        new_size: the size of the later tree.
        old_root: the root hash of the earlier tree.
        new_root: the root hash of the later tree.
        path: the consistency proof.

    Raises:
        CheckpointError: ``inconsistent`` when the later tree does not extend the earlier one
            (or the proof is wrong).
        ArgumentError: an argument of the wrong type or out of range.
    """
    _check_size("old_size", old_size)
    _check_size("new_size", new_size)
    _check_hash("old_root", old_root)
    _check_hash("new_root", new_root)
    path = _check_path("path", path)

    def fail(detail: str) -> CheckpointError:
        return CheckpointError(
            reason="inconsistent",
            detail=Phrase(
                N_("tree of {new_size} vs tree of {old_size}: {detail}"),
                new_size=new_size,
                old_size=old_size,
                detail=as_phrase(detail),
            ),
        )

    if old_size > new_size:
        raise fail(N_("the later tree is smaller"))
    if old_size == new_size:
        if path or old_root != new_root:
            raise fail(N_("equal sizes need equal roots and an empty proof"))
        return
    if old_size == 0:
        if path or old_root != EMPTY_ROOT:
            raise fail(N_("the empty tree has the empty root and an empty proof"))
        return
    if not path:
        raise fail(N_("the proof is empty"))
    nodes = list(path)
    if old_size & (old_size - 1) == 0:
        nodes.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = nodes[0]
    for c in nodes[1:]:
        if sn == 0:
            raise fail(N_("the proof is longer than the tree is deep"))
        if fn & 1 or fn == sn:
            fr = _node_hash(c, fr)
            sr = _node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = _node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0 or fr != old_root or sr != new_root:
        raise fail(N_("the proof does not lead to both roots"))


class MerkleTree:
    """An append-only Merkle tree of leaf hashes with cached complete subtrees.

    Example:
        >>> tree = MerkleTree()
        >>> tree.append(leaf_hash(b"a"))
        0
        >>> tree.root(1) == leaf_hash(b"a")
        True
    """

    __slots__ = ("_levels", "_size")

    def __init__(self) -> None:
        # _levels[h] packs the hashes of the complete subtrees of 2**h leaves, left to right.
        self._levels: list[bytearray] = [bytearray()]
        self._size = 0

    def __repr__(self) -> str:
        return f"MerkleTree(size={self._size})"

    @property
    def size(self) -> int:
        """The number of leaves."""
        return self._size

    def append(self, entry_hash: bytes) -> int:
        """Add a leaf hash; return its index.

        Raises:
            ArgumentError: ``entry_hash`` is not 32 bytes.
        """
        _check_hash("entry_hash", entry_hash)
        index = self._size
        levels = self._levels
        levels[0] += entry_hash
        self._size += 1
        position, height = index, 0
        while position & 1:
            row = levels[height]
            start = (position - 1) * HASH_SIZE
            combined = _node_hash(
                bytes(row[start : start + HASH_SIZE]), bytes(row[start + HASH_SIZE :])
            )
            if height + 1 == len(levels):
                levels.append(bytearray())
            levels[height + 1] += combined
            position >>= 1
            height += 1
        return index

    def leaf(self, index: int) -> bytes:
        """The leaf hash at ``index``."""
        self._check_index("index", index, self._size)
        start = index * HASH_SIZE
        return bytes(self._levels[0][start : start + HASH_SIZE])

    def _check_index(self, name: str, value: object, limit: int) -> int:
        value = _check_size(name, value)
        if value >= limit:
            raise ArgumentError(
                argument=name,
                rule=Phrase(N_("must be below {high}"), high=limit),
                given=Phrase(N_("{bits} bits"), bits=value.bit_length()),
            )
        return value

    def _check_tree_size(self, name: str, value: object) -> int:
        return self._check_index(name, value, self._size + 1)

    def _subtree(self, start: int, n: int) -> bytes:
        """MTH of the leaves ``[start, start + n)``, a subtree of the RFC recursion."""
        if n & (n - 1) == 0 and start % n == 0:
            height = n.bit_length() - 1
            offset = (start >> height) * HASH_SIZE
            return bytes(self._levels[height][offset : offset + HASH_SIZE])
        k = _split(n)
        return _node_hash(self._subtree(start, k), self._subtree(start + k, n - k))

    def root(self, size: int | None = None) -> bytes:
        """The root hash of the tree made of the first ``size`` leaves (all of them by default).

        Raises:
            ArgumentError: ``size`` is not an int between 0 and the number of leaves.
        """
        size = self._size if size is None else self._check_tree_size("size", size)
        return EMPTY_ROOT if size == 0 else self._subtree(0, size)

    def inclusion_path(self, index: int, size: int | None = None) -> tuple[bytes, ...]:
        """The audit path of leaf ``index`` in the tree of ``size`` leaves (RFC 9162 2.1.3.1).

        Raises:
            ArgumentError: ``size`` is out of range or ``index`` is not below it.
        """
        size = self._size if size is None else self._check_tree_size("size", size)
        self._check_index("index", index, size)
        path: list[bytes] = []
        start, n, m = 0, size, index
        while n > 1:
            k = _split(n)
            if m < k:
                path.append(self._subtree(start + k, n - k))
                n = k
            else:
                path.append(self._subtree(start, k))
                start, n, m = start + k, n - k, m - k
        path.reverse()
        return tuple(path)

    def consistency_path(self, old_size: int, new_size: int | None = None) -> tuple[bytes, ...]:
        """The consistency proof from the tree of ``old_size`` to ``new_size`` (RFC 9162 2.1.4.1).

        Raises:
            ArgumentError: a size out of range, or ``old_size`` above ``new_size``.
        """
        new_size = self._size if new_size is None else self._check_tree_size("new_size", new_size)
        self._check_index("old_size", old_size, new_size + 1)
        if old_size in {0, new_size}:
            return ()
        path: list[bytes] = []
        start, n, m, whole = 0, new_size, old_size, True
        while m != n:
            k = _split(n)
            if m <= k:
                path.append(self._subtree(start + k, n - k))
                n = k
            else:
                path.append(self._subtree(start, k))
                start, n, m, whole = start + k, n - k, m - k, False
        if not whole:
            path.append(self._subtree(start, n))
        path.reverse()
        return tuple(path)
