"""Verification for auditors: proofs, tree heads, and histories against a signed checkpoint.

Everything here needs only public material: the key ring, signed tree heads, and either the log
or inclusion proofs. Nothing trusts the database the histories came from.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import guarded
from pengaduan._i18n import N_, Phrase, article, as_phrase
from pengaduan.errors import ArgumentError, CheckpointError, IntegrityError, type_name
from pengaduan.history import verify_history
from pengaduan.integrity._checkpoint import SignedTreeHead, verify_tree_head
from pengaduan.integrity._keys import KeyRing
from pengaduan.integrity._log import TransparencyLog, safe_id
from pengaduan.integrity._merkle import verify_consistency_path, verify_inclusion_path
from pengaduan.integrity._proofs import ConsistencyProof, InclusionProof
from pengaduan.model import Complaint

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pengaduan.integrity._entry import LogEntry

__all__ = [
    "Coverage",
    "CoverageStatus",
    "ExportFailure",
    "ExportReport",
    "verify_against_checkpoint",
    "verify_consistency",
    "verify_export",
    "verify_inclusion",
]


class CoverageStatus(StrEnum):
    """What a signed checkpoint says about one complaint's history."""

    COVERED = "covered"
    """The history verifies and matches every head logged for it, up to a version."""
    NOT_IN_LOG = "not-in-log"
    """The history verifies but the signed tree holds no head for this complaint."""
    FORGED = "forged"
    """The history contradicts the signed log (or its own hash chain)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Coverage:
    """The verdict on one complaint; holds its tracking id and version numbers, never content.

    ``reason`` is a stable code: ``covered``; ``not-in-log``; for a forgery ``chain-broken``
    (the history's own hash chain fails), ``head-mismatch`` (a logged head differs from the
    history's digest at that version) or ``truncated`` (the log holds a later version than the
    history has events).
    """

    tracking_id: str
    status: CoverageStatus
    reason: str
    version: int
    """The logged version the history is covered up to (0 unless covered)."""
    history_version: int
    """The number of events in the history that was checked."""
    detail: str = ""
    """A human explanation (version numbers, event numbers; never content)."""

    @property
    def covered(self) -> bool:
        """Whether the history is covered by the checkpoint."""
        return self.status is CoverageStatus.COVERED

    @property
    def grown(self) -> bool:
        """Covered, and the history has events added after the logged version."""
        return self.covered and self.history_version > self.version

    def require(self) -> None:
        """Raise unless covered.

        Raises:
            CheckpointError: ``not-included`` or ``forged``.
        """
        if self.status is CoverageStatus.COVERED:
            return
        reason = "not-included" if self.status is CoverageStatus.NOT_IN_LOG else "forged"
        complaint_id = safe_id(self.tracking_id)
        if not self.detail:
            raise CheckpointError(
                reason=reason,
                detail=Phrase(
                    N_("complaint {complaint_id}: {reason}"),
                    complaint_id=complaint_id,
                    reason=self.reason,
                ),
            )
        raise CheckpointError(
            reason=reason,
            detail=Phrase(
                N_("complaint {complaint_id}: {reason}: {detail}"),
                complaint_id=complaint_id,
                reason=self.reason,
                detail=as_phrase(self.detail),
            ),
        )


def _require(value: object, kind: type, argument: str) -> None:
    if not isinstance(value, kind):
        raise ArgumentError(
            argument=argument,
            rule=Phrase(N_("must be {kind}"), kind=article(kind.__name__)),
            given=type_name(value),
        )


def verify_inclusion(proof: InclusionProof, sth: SignedTreeHead, keyring: KeyRing) -> None:
    """Check that a log entry is in the tree a signed tree head commits to.

    Args:
        proof: the inclusion proof (it carries the entry).
        sth: the signed tree head; its signature is checked first.
        keyring: the public keys the auditor trusts.

    Raises:
        CheckpointError: a reason of [`verify_tree_head()`][pengaduan.integrity.verify_tree_head],
            or ``bad-proof`` when the proof is
            for another tree size or does not lead to the signed root.
        ArgumentError: wrong types.
    """
    _require(proof, InclusionProof, "proof")
    verify_tree_head(sth, keyring)
    if proof.tree_size != sth.tree_size:
        raise CheckpointError(
            reason="bad-proof",
            detail=Phrase(
                N_("the proof is for a tree of {proof_size}; the head signs {size}"),
                proof_size=proof.tree_size,
                size=sth.tree_size,
            ),
        )
    verify_inclusion_path(
        proof.entry.leaf_hash, proof.index, proof.tree_size, proof.path, sth.root_hash
    )


def verify_consistency(
    old_sth: SignedTreeHead, new_sth: SignedTreeHead, proof: ConsistencyProof, keyring: KeyRing
) -> None:
    """Check that a later signed tree head extends an earlier one (nothing logged was changed).

    Both heads' signatures are checked too: a consistency proof between unsigned roots proves
    nothing to an auditor.

    Args:
        old_sth: the earlier signed tree head.
        new_sth: the later signed tree head.
        proof: the consistency proof from ``old_sth.tree_size`` to ``new_sth.tree_size``.
        keyring: the public keys the auditor trusts.

    Raises:
        CheckpointError: a reason of [`verify_tree_head()`][pengaduan.integrity.verify_tree_head],
            ``bad-proof`` when the proof is
            for other sizes, or ``inconsistent`` when the later tree does not extend the earlier.
        ArgumentError: wrong types.
    """
    _require(proof, ConsistencyProof, "proof")
    verify_tree_head(old_sth, keyring)
    verify_tree_head(new_sth, keyring)
    if (proof.old_size, proof.new_size) != (old_sth.tree_size, new_sth.tree_size):
        raise CheckpointError(
            reason="bad-proof",
            detail=Phrase(
                N_(
                    "the proof is from {old} to {new}; the heads sign {old_signed} and {new_signed}"
                ),
                old=proof.old_size,
                new=proof.new_size,
                old_signed=old_sth.tree_size,
                new_signed=new_sth.tree_size,
            ),
        )
    verify_consistency_path(
        old_sth.tree_size, new_sth.tree_size, old_sth.root_hash, new_sth.root_hash, proof.path
    )


def _check_log(log: TransparencyLog, sth: SignedTreeHead) -> None:
    if sth.tree_size > log.size:
        raise CheckpointError(
            reason="inconsistent",
            detail=Phrase(
                N_("the log has {count} entries; the tree head signs {size}"),
                count=log.size,
                size=sth.tree_size,
            ),
        )
    if log.root(sth.tree_size) != sth.root_hash:
        raise CheckpointError(
            reason="inconsistent",
            detail=Phrase(
                N_(
                    "the log's first {size} entries do not have the signed root: "
                    "a logged entry was changed"
                ),
                size=sth.tree_size,
            ),
        )


def _coverage(complaint: Complaint, entries: Iterable[LogEntry]) -> Coverage:
    tid = complaint.tracking_id
    history = complaint.history
    count = len(history)
    broken: str | None = None
    try:
        verify_history(complaint)
    except IntegrityError as error:
        broken = Phrase(
            N_("event {sequence}: {reason}"),
            sequence=error.sequence,
            reason=as_phrase(error.reason),
        )
    if broken is not None:
        return Coverage(
            tracking_id=tid,
            status=CoverageStatus.FORGED,
            reason="chain-broken",
            version=0,
            history_version=count,
            detail=broken,
        )
    covered = 0
    for entry in entries:
        if entry.version > count:
            return Coverage(
                tracking_id=tid,
                status=CoverageStatus.FORGED,
                reason="truncated",
                version=0,
                history_version=count,
                detail=Phrase(
                    N_("version {version} is logged but the history has {count} events"),
                    version=entry.version,
                    count=count,
                ),
            )
        if history[entry.version - 1].digest != entry.head:
            return Coverage(
                tracking_id=tid,
                status=CoverageStatus.FORGED,
                reason="head-mismatch",
                version=0,
                history_version=count,
                detail=Phrase(
                    N_("the logged head of version {version} differs from the history's"),
                    version=entry.version,
                ),
            )
        covered = max(covered, entry.version)
    if covered == 0:
        return Coverage(
            tracking_id=tid,
            status=CoverageStatus.NOT_IN_LOG,
            reason="not-in-log",
            version=0,
            history_version=count,
            detail=N_("the signed tree holds no head for this complaint"),
        )
    return Coverage(
        tracking_id=tid,
        status=CoverageStatus.COVERED,
        reason="covered",
        version=covered,
        history_version=count,
    )


def verify_against_checkpoint(
    complaint: Complaint,
    sth: SignedTreeHead,
    keyring: KeyRing,
    *,
    log: TransparencyLog | None = None,
    proof: InclusionProof | None = None,
) -> Coverage:
    """Say whether a complaint's history is covered by a signed tree head.

    The history is covered up to version ``v`` when its hash chain verifies and the digest of
    its event ``v`` is the head logged for its tracking id at version ``v`` in the signed tree
    (a history that grew after the checkpoint is covered up to the logged version). With ``log``,
    every head logged for the complaint in the signed tree must match, and a logged version
    beyond the history's end means events were removed. With ``proof`` (from
    [`TransparencyLog.prove()`][pengaduan.integrity.TransparencyLog.prove]), only the proven entry
        is compared: ask for the proof of the
    newest entry so truncation shows.

    Args:
        complaint: the history to check (typically loaded from an export).
        sth: the signed tree head; its signature is checked first.
        keyring: the public keys the auditor trusts.
        log: the transparency log (its root at the signed size must be the signed root).
        proof: instead of the log, an inclusion proof of the complaint's logged head.

    Returns:
        The [`Coverage`][pengaduan.integrity.Coverage] verdict (``covered``, ``not-in-log`` or
            ``forged``).

    Raises:
        CheckpointError: the tree head, the log or the proof does not verify (see
            [`verify_tree_head()`][pengaduan.integrity.verify_tree_head],
                [`verify_inclusion()`][pengaduan.integrity.verify_inclusion]; ``inconsistent`` when
                the log
            does not have the signed root).
        ArgumentError: wrong types, or not exactly one of ``log`` and ``proof``.
    """
    _require(complaint, Complaint, "complaint")
    _require(sth, SignedTreeHead, "sth")
    _require(keyring, KeyRing, "keyring")
    if (log is None) == (proof is None):
        raise ArgumentError(argument="log", rule=N_("must be given, or proof, but not both"))
    if log is not None:
        _require(log, TransparencyLog, "log")
        verify_tree_head(sth, keyring)
        _check_log(log, sth)
        entries = tuple(e.entry for e in log.entries_for(complaint.tracking_id, sth.tree_size))
        return _coverage(complaint, entries)
    _require(proof, InclusionProof, "proof")
    assert proof is not None  # noqa: S101 - narrowed by _require
    verify_inclusion(proof, sth, keyring)
    if proof.entry.tracking_id != complaint.tracking_id:
        raise CheckpointError(reason="bad-proof", detail="the proof is for another complaint")
    return _coverage(complaint, (proof.entry,))


@attrs.frozen(kw_only=True, weakref_slot=False)
class ExportFailure:
    """One complaint of an export that the checkpoint does not cover (ids and codes only)."""

    tracking_id: str
    status: str
    """``forged``, ``not-in-log`` or ``missing`` (logged, but absent from the export)."""
    reason: str
    """The [`Coverage.reason`][pengaduan.integrity.ExportFailure.reason] code, or
    ``missing-from-export``."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class ExportReport:
    """Counts over an export checked against one signed tree head, and the failures."""

    checked: int
    covered: int
    grown: int
    """Covered histories that have events added after their logged version."""
    not_in_log: int
    forged: int
    missing: int
    """Complaints logged in the signed tree but absent from the export."""
    failures: tuple[ExportFailure, ...] = attrs.field(repr=False)

    @property
    def ok(self) -> bool:
        """Every history covered and every logged complaint present."""
        return self.forged == 0 and self.not_in_log == 0 and self.missing == 0


def verify_export(
    complaints: Iterable[Complaint],
    log: TransparencyLog,
    sth: SignedTreeHead,
    keyring: KeyRing,
) -> ExportReport:
    """Check many histories against one signed tree head, streaming.

    The tree head and the log's root are checked once; each complaint is then checked as by
    [`verify_against_checkpoint()`][pengaduan.integrity.verify_against_checkpoint] and dropped.
    Complaints the signed tree logs but the export
    lacks (a deleted complaint) are reported as ``missing``.

    Args:
        complaints: the histories (for example ``pengaduan.iter_lines(file)``).
        log: the transparency log.
        sth: the signed tree head.
        keyring: the public keys the auditor trusts.

    Returns:
        The counts and the failures (tracking ids and reason codes, no content).

    Raises:
        CheckpointError: the tree head or the log does not verify.
        ArgumentError: wrong types, including an item that is not a complaint.
    """
    _require(log, TransparencyLog, "log")
    _require(sth, SignedTreeHead, "sth")
    _require(keyring, KeyRing, "keyring")
    verify_tree_head(sth, keyring)
    _check_log(log, sth)
    rule = N_("must be an iterable of complaints")
    if isinstance(complaints, str | bytes | dict):
        raise ArgumentError(argument="complaints", rule=rule, given=type_name(complaints))
    iterator = guarded(complaints, "complaints", rule)
    counts = {"checked": 0, "covered": 0, "grown": 0, "not_in_log": 0, "forged": 0}
    failures: list[ExportFailure] = []
    seen: set[str] = set()
    for complaint in iterator:
        _require(complaint, Complaint, "complaints[]")
        seen.add(complaint.tracking_id)
        entries = tuple(e.entry for e in log.entries_for(complaint.tracking_id, sth.tree_size))
        verdict = _coverage(complaint, entries)
        counts["checked"] += 1
        if verdict.covered:
            counts["covered"] += 1
            counts["grown"] += verdict.grown
            continue
        key = "forged" if verdict.status is CoverageStatus.FORGED else "not_in_log"
        counts[key] += 1
        failures.append(
            ExportFailure(
                tracking_id=verdict.tracking_id, status=verdict.status.value, reason=verdict.reason
            )
        )
    missing = 0
    for tracking_id in log.tracking_ids(sth.tree_size):
        if tracking_id not in seen:
            missing += 1
            failures.append(
                ExportFailure(
                    tracking_id=tracking_id, status="missing", reason="missing-from-export"
                )
            )
    return ExportReport(missing=missing, failures=tuple(failures), **counts)
