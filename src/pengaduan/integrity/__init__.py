"""Evidence that does not trust the database: a Merkle log of heads and signed checkpoints.

A hash chain ([`pengaduan.verify_history()`][pengaduan.history.verify_history]) shows accidental and
partial edits, but whoever
can write the store can rewrite a history and recompute every digest. Here each write's head goes
into an append-only Merkle log ([`TransparencyLog`][pengaduan.integrity.TransparencyLog], hashed
exactly as RFC 9162 section 2.1),
whose root the office signs with an Ed25519 key
([`sign_tree_head()`][pengaduan.integrity.sign_tree_head]). An auditor holding only
the public [`KeyRing`][pengaduan.integrity.KeyRing], a
[`SignedTreeHead`][pengaduan.integrity.SignedTreeHead] and the log (or inclusion proofs) checks
that each exported history is the one that was logged
([`verify_against_checkpoint()`][pengaduan.integrity.verify_against_checkpoint],
[`verify_export()`][pengaduan.integrity.verify_export]) and that a later log extends an earlier one
([`verify_consistency()`][pengaduan.integrity.verify_consistency]).

Importing this package imports ``cryptography``; ``import pengaduan`` does not.
"""

from __future__ import annotations

from pengaduan.integrity._checkpoint import (
    STH_VERSION,
    SignedTreeHead,
    sign_tree_head,
    verify_tree_head,
)
from pengaduan.integrity._entry import LogEntry
from pengaduan.integrity._keys import KEY_ID_BYTES, KeyRing, SigningKey, TrustedKey, key_id_of
from pengaduan.integrity._log import LoggedEntry, TransparencyLog
from pengaduan.integrity._merkle import (
    EMPTY_ROOT,
    MerkleTree,
    leaf_hash,
    node_hash,
    verify_consistency_path,
    verify_inclusion_path,
)
from pengaduan.integrity._proofs import ConsistencyProof, InclusionProof
from pengaduan.integrity._verify import (
    Coverage,
    CoverageStatus,
    ExportFailure,
    ExportReport,
    verify_against_checkpoint,
    verify_consistency,
    verify_export,
    verify_inclusion,
)

__all__ = [
    "EMPTY_ROOT",
    "KEY_ID_BYTES",
    "STH_VERSION",
    "ConsistencyProof",
    "Coverage",
    "CoverageStatus",
    "ExportFailure",
    "ExportReport",
    "InclusionProof",
    "KeyRing",
    "LogEntry",
    "LoggedEntry",
    "MerkleTree",
    "SignedTreeHead",
    "SigningKey",
    "TransparencyLog",
    "TrustedKey",
    "key_id_of",
    "leaf_hash",
    "node_hash",
    "sign_tree_head",
    "verify_against_checkpoint",
    "verify_consistency",
    "verify_consistency_path",
    "verify_export",
    "verify_inclusion",
    "verify_inclusion_path",
    "verify_tree_head",
]
