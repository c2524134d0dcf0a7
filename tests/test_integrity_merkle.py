"""Merkle hashing and proofs against a naive implementation written from RFC 9162 section 2.1."""

from __future__ import annotations

import hashlib
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.errors import ArgumentError, CheckpointError
from pengaduan.integrity import (
    EMPTY_ROOT,
    MerkleTree,
    leaf_hash,
    node_hash,
    verify_consistency_path,
    verify_inclusion_path,
)

# -- the naive reference, straight from the definitions (RFC 9162 2.1.1, 2.1.3.1, 2.1.4.1) ---

MAX = 64
ENTRIES = (*(f"entry-{i}".encode() for i in range(MAX)), b"")


def sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


@cache
def mth(lo: int, hi: int) -> bytes:
    """MTH(D[lo:hi]) of ENTRIES."""
    n = hi - lo
    if n == 0:
        return sha(b"")
    if n == 1:
        return sha(b"\x00" + ENTRIES[lo])
    k = split(n)
    return sha(b"\x01" + mth(lo, lo + k) + mth(lo + k, hi))


def naive_path(m: int, lo: int, hi: int) -> list[bytes]:
    """PATH(m, D[lo:hi])."""
    n = hi - lo
    if n == 1:
        return []
    k = split(n)
    if m < k:
        return [*naive_path(m, lo, lo + k), mth(lo + k, hi)]
    return [*naive_path(m - k, lo + k, hi), mth(lo, lo + k)]


def naive_subproof(m: int, lo: int, hi: int, whole: bool) -> list[bytes]:
    """SUBPROOF(m, D[lo:hi], b)."""
    n = hi - lo
    if m == n:
        return [] if whole else [mth(lo, hi)]
    k = split(n)
    if m <= k:
        return [*naive_subproof(m, lo, lo + k, whole), mth(lo + k, hi)]
    return [*naive_subproof(m - k, lo + k, hi, False), mth(lo, lo + k)]


def naive_proof(m: int, n: int) -> list[bytes]:
    """PROOF(m, D[n]); empty for m == 0 or m == n."""
    return [] if m in {0, n} else naive_subproof(m, 0, n, True)


@pytest.fixture(scope="module")
def tree() -> MerkleTree:
    built = MerkleTree()
    for entry in ENTRIES[:MAX]:
        built.append(leaf_hash(entry))
    return built


def flip(data: bytes, bit: int) -> bytes:
    changed = bytearray(data)
    changed[bit // 8] ^= 1 << (bit % 8)
    return bytes(changed)


# -- hashing ---------------------------------------------------------------------------------


def test_hashes_are_the_rfc_ones() -> None:
    assert EMPTY_ROOT == sha(b"") == MerkleTree().root()
    assert leaf_hash(b"x") == sha(b"\x00x")
    assert node_hash(b"a" * 32, b"b" * 32) == sha(b"\x01" + b"a" * 32 + b"b" * 32)


@pytest.mark.parametrize("size", range(MAX + 1))
def test_root_of_every_size_matches_the_definition(tree: MerkleTree, size: int) -> None:
    assert tree.root(size) == mth(0, size)


# -- inclusion ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", range(1, MAX + 1))
def test_every_inclusion_path_matches_and_verifies(tree: MerkleTree, size: int) -> None:
    root = mth(0, size)
    for index in range(size):
        path = tree.inclusion_path(index, size)
        assert list(path) == naive_path(index, 0, size)
        verify_inclusion_path(leaf_hash(ENTRIES[index]), index, size, path, root)


@pytest.mark.parametrize("size", range(1, 17))
def test_any_bit_flip_in_an_inclusion_proof_is_rejected(tree: MerkleTree, size: int) -> None:
    root = mth(0, size)
    for index in range(size):
        leaf = leaf_hash(ENTRIES[index])
        path = tree.inclusion_path(index, size)
        for bit in (0, 7, 131, 255):
            with pytest.raises(CheckpointError, match="bad-proof"):
                verify_inclusion_path(flip(leaf, bit), index, size, path, root)
            with pytest.raises(CheckpointError):
                verify_inclusion_path(leaf, index, size, path, flip(root, bit))
            for at in range(len(path)):
                bad = (*path[:at], flip(path[at], bit), *path[at + 1 :])
                with pytest.raises(CheckpointError):
                    verify_inclusion_path(leaf, index, size, bad, root)


@pytest.mark.parametrize("size", range(1, 17))
def test_wrong_index_or_path_length_is_rejected(tree: MerkleTree, size: int) -> None:
    root = mth(0, size)
    for index in range(size):
        leaf = leaf_hash(ENTRIES[index])
        path = tree.inclusion_path(index, size)
        for other in range(size + 1):
            if other != index:
                with pytest.raises(CheckpointError):
                    verify_inclusion_path(leaf, other, size, path, root)
        with pytest.raises(CheckpointError):
            verify_inclusion_path(leaf, index, size, (*path, EMPTY_ROOT), root)
        if path:
            with pytest.raises(CheckpointError):
                verify_inclusion_path(leaf, index, size, path[:-1], root)


# -- consistency -------------------------------------------------------------------------------


@pytest.mark.parametrize("new", range(MAX + 1))
def test_every_consistency_proof_matches_and_verifies(tree: MerkleTree, new: int) -> None:
    for old in range(new + 1):
        path = tree.consistency_path(old, new)
        assert list(path) == naive_proof(old, new)
        verify_consistency_path(old, new, mth(0, old), mth(0, new), path)


@pytest.mark.parametrize("new", range(2, 17))
def test_any_bit_flip_in_a_consistency_proof_is_rejected(tree: MerkleTree, new: int) -> None:
    for old in range(1, new):
        old_root, new_root = mth(0, old), mth(0, new)
        path = tree.consistency_path(old, new)
        for bit in (0, 64, 255):
            with pytest.raises(CheckpointError, match="inconsistent"):
                verify_consistency_path(old, new, flip(old_root, bit), new_root, path)
            with pytest.raises(CheckpointError):
                verify_consistency_path(old, new, old_root, flip(new_root, bit), path)
            for at in range(len(path)):
                bad = (*path[:at], flip(path[at], bit), *path[at + 1 :])
                with pytest.raises(CheckpointError):
                    verify_consistency_path(old, new, old_root, new_root, bad)
        with pytest.raises(CheckpointError):
            verify_consistency_path(old, new, old_root, new_root, path[:-1])
        with pytest.raises(CheckpointError):
            verify_consistency_path(old, new, old_root, new_root, (*path, EMPTY_ROOT))
        with pytest.raises(CheckpointError):
            verify_consistency_path(new, old, new_root, old_root, path)


def test_a_rewritten_old_leaf_breaks_consistency() -> None:
    honest, rewritten = MerkleTree(), MerkleTree()
    for i in range(40):
        honest.append(leaf_hash(b"%d" % i))
        rewritten.append(leaf_hash(b"forged" if i == 5 else b"%d" % i))
    for old in range(6, 40):
        path = rewritten.consistency_path(old, 40)
        with pytest.raises(CheckpointError, match="inconsistent"):
            verify_consistency_path(old, 40, honest.root(old), rewritten.root(40), path)


def test_equal_and_empty_sizes() -> None:
    verify_consistency_path(0, 5, EMPTY_ROOT, mth(0, 5), ())
    verify_consistency_path(5, 5, mth(0, 5), mth(0, 5), ())
    with pytest.raises(CheckpointError):
        verify_consistency_path(5, 5, mth(0, 5), mth(0, 4), ())
    with pytest.raises(CheckpointError):
        verify_consistency_path(0, 5, mth(0, 1), mth(0, 5), ())


# -- larger trees, by property ---------------------------------------------------------------

BIG = 3000
BIG_ENTRIES = [b"big-%d" % i for i in range(BIG)]


@pytest.fixture(scope="module")
def big_tree() -> MerkleTree:
    built = MerkleTree()
    for entry in BIG_ENTRIES:
        built.append(leaf_hash(entry))
    return built


def recursive_root(leaves: list[bytes]) -> bytes:
    if not leaves:
        return sha(b"")
    if len(leaves) == 1:
        return leaves[0]
    k = split(len(leaves))
    return node_hash(recursive_root(leaves[:k]), recursive_root(leaves[k:]))


@given(data=st.data())
def test_large_trees_prove_inclusion_and_consistency(
    big_tree: MerkleTree, data: st.DataObject
) -> None:
    size = data.draw(st.integers(1, BIG), label="size")
    index = data.draw(st.integers(0, size - 1), label="index")
    old = data.draw(st.integers(0, size), label="old")
    root = big_tree.root(size)
    assert root == recursive_root([leaf_hash(e) for e in BIG_ENTRIES[:size]])
    path = big_tree.inclusion_path(index, size)
    verify_inclusion_path(leaf_hash(BIG_ENTRIES[index]), index, size, path, root)
    proof = big_tree.consistency_path(old, size)
    verify_consistency_path(old, size, big_tree.root(old), root, proof)
    if path:
        with pytest.raises(CheckpointError):
            verify_inclusion_path(leaf_hash(b"other"), index, size, path, root)


def test_tree_arguments_are_checked(tree: MerkleTree) -> None:
    with pytest.raises(ArgumentError):
        tree.root(MAX + 1)
    with pytest.raises(ArgumentError):
        tree.inclusion_path(5, 5)
    with pytest.raises(ArgumentError):
        tree.consistency_path(6, 5)
    with pytest.raises(ArgumentError):
        MerkleTree().append(b"short")
