"""Hash-chained complaint histories.

Each event's digest is the SHA-256 of the previous digest and the event's canonical fields, and the
first event chains from a digest of the submitted record. Changing, removing, inserting or
reordering any event, or editing the record after the fact, breaks the chain from that point on
unless every later digest is recomputed too. Anyone holding an export can therefore detect
accidental and partial edits; truncation (events cut off the end) only against a head stored
where the cutter could not write.

What the chain does not prove: the digests are unkeyed and the algorithm is public, so whoever can
write the store can rewrite a history, recompute every digest and the stored head, and this check
accepts the result. Evidence against the database's writers needs signed checkpoints
([`pengaduan.integrity`][pengaduan.integrity]).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from pengaduan._core.time import epoch_microseconds
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, IntegrityError, type_name
from pengaduan.model import Complaint, is_key

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["SEPARATOR", "digest_fields", "verify_history"]

SEPARATOR = "\x1f"
"""Joins the fields of an event digest; refused inside any field."""


def _not_str(fields: tuple[object, ...]) -> str:
    return type_name(next(field for field in fields if not isinstance(field, str)))


def digest_fields(*fields: str) -> str | None:
    """SHA-256 of the fields joined by U+001F, or ``None`` if a field contains U+001F.

    ``payload`` is JSON, in which control characters are always escaped; the other fields are
    identifiers. Refusing the separator inside a field keeps the encoding unambiguous.

    Raises:
        ArgumentError: a field is not a str.
    """
    if not all(isinstance(field, str) for field in fields):
        raise ArgumentError(
            argument="fields", rule=N_("must be a list of str"), given=_not_str(fields)
        )
    text = SEPARATOR.join(fields)
    if text.count(SEPARATOR) != len(fields) - 1:
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verify_history(complaint: Complaint, *, head: str | None = None) -> None:
    """Check that a complaint's history is intact.

    Verifies sequence numbers, status continuity, time order and the digest chain from the
    submitted record to the last event. A chain cannot tell on its own that events were cut off
    its *end*; pass the ``head`` digest the app stored with its last write (see
    [`pengaduan.model.Complaint.head`][pengaduan.model.Complaint.head]) to detect that too.

    Args:
        complaint: the complaint to check.
        head: the digest the last event must have, if known.

    Raises:
        IntegrityError: naming the first event that fails, and why.
        ArgumentError: ``complaint`` is not a Complaint, or ``head`` not a str or None.
    """
    if not isinstance(complaint, Complaint):
        raise ArgumentError(
            argument="complaint", rule="must be a Complaint", given=type_name(complaint)
        )
    if head is not None and type(head) is not str:
        raise ArgumentError(
            argument="head", rule=N_("must be a str or None"), given=type_name(head)
        )
    cid = complaint.tracking_id
    if not complaint.history:
        raise IntegrityError(complaint_id=cid, sequence=0, reason=N_("history is empty"))
    previous = complaint.record_digest()
    previous_status: str | None = None
    previous_at: datetime | None = None
    for index, event in enumerate(complaint.history, start=1):
        if event.sequence != index:
            raise IntegrityError(
                complaint_id=cid,
                sequence=index,
                reason=Phrase(
                    N_("sequence number {sequence} where {index} was expected"),
                    sequence=event.sequence,
                    index=index,
                ),
            )
        if event.from_status != previous_status:
            raise IntegrityError(
                complaint_id=cid,
                sequence=index,
                reason=N_("event does not start from the status the previous event ended in"),
            )
        key = event.idempotency_key
        if key is not None and not is_key(key):
            raise IntegrityError(
                complaint_id=cid,
                sequence=index,
                reason=N_("the idempotency key is empty or only whitespace"),
            )
        if previous_at is not None and event.at < previous_at:
            raise IntegrityError(
                complaint_id=cid,
                sequence=index,
                reason=N_("event is earlier than the one before it"),
            )
        expected = digest_fields(
            previous,
            str(event.sequence),
            event.action,
            event.from_status or "",
            event.to_status,
            event.actor.role.value,
            event.actor.id,
            str(epoch_microseconds(event.at)),
            event.payload,
            event.idempotency_key or "",
        )
        if expected is None:
            raise IntegrityError(
                complaint_id=cid, sequence=index, reason=N_("a field contains the separator U+001F")
            )
        if expected != event.digest:
            reason = (
                N_("digest does not match the event and the submitted record")
                if index == 1
                else N_("digest does not match the event and the one before it")
            )
            raise IntegrityError(complaint_id=cid, sequence=index, reason=reason)
        previous = event.digest
        previous_status = event.to_status
        previous_at = event.at
    if head is not None and previous != head:
        raise IntegrityError(
            complaint_id=cid,
            sequence=len(complaint.history),
            reason=N_("the last event is not the expected head: events are missing at the end"),
        )
