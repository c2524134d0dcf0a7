"""Evidence: forgeries by someone who can write the database are caught by a signed checkpoint.

The attacker here knows the (public) digest algorithm and rewrites histories the way a database
writer would: edit an event's data, time or actor, or the record itself, then recompute every
digest and the head; drop the last events; replace a whole history; reorder events. The attacker
does not hold the office's signing key.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import attrs
import pytest

from helpers import received, step
from pengaduan._core.time import epoch_microseconds
from pengaduan.errors import CheckpointError
from pengaduan.history import digest_fields, verify_history
from pengaduan.integrity import (
    CoverageStatus,
    KeyRing,
    SigningKey,
    TransparencyLog,
    sign_tree_head,
    verify_against_checkpoint,
    verify_consistency,
    verify_export,
)
from pengaduan.model import Actor, Role
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable

    from pengaduan.model import Complaint, Event

COUNT = 300
SIGNED_AT = datetime(2025, 3, 10, tzinfo=UTC)
PLANS: tuple[tuple[str, ...], ...] = (
    (Action.VERIFIKASI,),
    (Action.VERIFIKASI, Action.TINDAK_LANJUT),
    (Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.TUTUP),
    (Action.VERIFIKASI, Action.TINDAK_LANJUT, Action.BUKA_KEMBALI),
    (Action.TUNDA, Action.LANJUTKAN),
)


def rechain(complaint: Complaint, events: tuple[Event, ...] | None = None) -> Complaint:
    """What a database writer does after an edit: renumber and recompute every digest."""
    previous = complaint.record_digest()
    rebuilt = []
    for sequence, event in enumerate(events or complaint.history, start=1):
        digest = digest_fields(
            previous,
            str(sequence),
            event.action,
            event.from_status or "",
            event.to_status,
            event.actor.role.value,
            event.actor.id,
            str(epoch_microseconds(event.at)),
            event.payload,
            event.idempotency_key or "",
        )
        assert digest is not None
        rebuilt.append(attrs.evolve(event, sequence=sequence, digest=digest))
        previous = digest
    return attrs.evolve(complaint, history=tuple(rebuilt))


@attrs.frozen
class World:
    key: SigningKey
    ring: KeyRing
    log: TransparencyLog
    complaints: dict[str, Complaint]


@pytest.fixture(scope="module")
def world() -> World:
    log = TransparencyLog()
    complaints: dict[str, Complaint] = {}
    # Interleave the writes of all complaints, as an office's day does; log every write.
    for i in range(COUNT):
        complaint = received(f"KPG-{i:04d}-EV")
        log.append(complaint)
        complaints[complaint.tracking_id] = complaint
    for round_ in range(3):
        for i, (tid, complaint) in enumerate(list(complaints.items())):
            plan = PLANS[i % len(PLANS)]
            if round_ < len(plan):
                complaints[tid] = step(complaint, plan[round_], minutes=30 + i % 7)
                log.append(complaints[tid])
    key = SigningKey.generate()
    return World(key=key, ring=KeyRing.of(key), log=log, complaints=complaints)


@pytest.fixture(scope="module")
def sth(world: World):  # type: ignore[no-untyped-def]
    return sign_tree_head(world.log, world.key, at=SIGNED_AT)


def edit_data(c: Complaint) -> Complaint:
    first = c.history[0]
    forged = attrs.evolve(first, payload=json.dumps({"note": "diubah"}, separators=(",", ":")))
    return rechain(c, (forged, *c.history[1:]))


def edit_last_time(c: Complaint) -> Complaint:
    last = c.history[-1]
    return rechain(c, (*c.history[:-1], attrs.evolve(last, at=last.at + timedelta(seconds=1))))


def edit_actor(c: Complaint) -> Complaint:
    event = c.history[-1]
    forged = attrs.evolve(event, actor=Actor(role=event.actor.role, id="akun-lain"))
    return rechain(c, (*c.history[:-1], forged))


def edit_role(c: Complaint) -> Complaint:
    event = c.history[0]
    other = Role.ADMIN if event.actor.role is not Role.ADMIN else Role.SYSTEM
    return rechain(c, (attrs.evolve(event, actor=Actor(role=other, id="x")), *c.history[1:]))


def edit_record(c: Complaint) -> Complaint:
    return rechain(attrs.evolve(c, text="Pelayanan sudah baik, tidak ada masalah."))


def drop_last(c: Complaint) -> Complaint:
    return attrs.evolve(c, history=c.history[:-1])


def reorder(c: Complaint) -> Complaint:
    h = c.history
    return rechain(c, (h[1], h[0], *h[2:]))


def edit_without_rechain(c: Complaint) -> Complaint:
    last = c.history[-1]
    return attrs.evolve(c, history=(*c.history[:-1], attrs.evolve(last, payload='{"x":1}')))


FORGERIES: dict[str, Callable[[Complaint], Complaint]] = {
    "edit-data": edit_data,
    "edit-time": edit_last_time,
    "edit-actor": edit_actor,
    "edit-role": edit_role,
    "edit-record-text": edit_record,
    "drop-last-event": drop_last,
    "reorder": reorder,
    "edit-without-rechain": edit_without_rechain,
}


def test_untouched_histories_are_all_covered(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    report = verify_export(world.complaints.values(), world.log, sth, world.ring)
    assert (report.checked, report.covered, report.forged, report.missing) == (COUNT, COUNT, 0, 0)
    assert report.ok
    for complaint in list(world.complaints.values())[:20]:
        verdict = verify_against_checkpoint(complaint, sth, world.ring, log=world.log)
        assert verdict.covered
        assert verdict.version == complaint.version
        proved = verify_against_checkpoint(
            complaint, sth, world.ring, proof=world.log.prove(complaint.tracking_id)
        )
        assert proved == verdict


@pytest.mark.parametrize("forgery", FORGERIES, ids=str)
def test_every_forgery_is_rejected(world: World, sth, forgery: str) -> None:  # type: ignore[no-untyped-def]
    forge = FORGERIES[forgery]
    forged = [forge(c) for c in world.complaints.values()]
    verdicts = [verify_against_checkpoint(c, sth, world.ring, log=world.log) for c in forged]
    assert all(v.status is CoverageStatus.FORGED for v in verdicts), forgery
    report = verify_export(forged, world.log, sth, world.ring)
    assert report.forged == COUNT
    assert report.covered == 0
    assert {f.tracking_id for f in report.failures} == set(world.complaints)
    with pytest.raises(CheckpointError) as error:
        verdicts[0].require()
    assert error.value.reason == "forged"


def test_rechained_forgeries_still_pass_the_plain_chain_check(world: World) -> None:
    """Why checkpoints are needed: the hash chain alone accepts a rewritten history."""
    for complaint in list(world.complaints.values())[:50]:
        verify_history(edit_data(complaint))
        verify_history(edit_record(complaint))


def test_a_history_replaced_by_another_of_the_same_length_is_rejected(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    by_length: dict[int, list[Complaint]] = {}
    for complaint in world.complaints.values():
        by_length.setdefault(complaint.version, []).append(complaint)
    replaced = 0
    for group in by_length.values():
        for a, b in zip(group, group[1:] + group[:1], strict=True):
            if a is b:
                continue
            forged = rechain(attrs.evolve(b, tracking_id=a.tracking_id))
            verdict = verify_against_checkpoint(forged, sth, world.ring, log=world.log)
            assert verdict.status is CoverageStatus.FORGED
            assert verdict.reason == "head-mismatch"
            replaced += 1
    assert replaced >= COUNT - len(by_length)


def test_histories_that_grew_after_the_checkpoint_are_covered(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    grown = []
    for complaint in world.complaints.values():
        if complaint.status == "didisposisikan":
            grown.append(step(complaint, Action.TINDAK_LANJUT))
        elif complaint.status == "ditindaklanjuti":
            grown.append(step(complaint, Action.TUTUP))
    assert len(grown) > 50
    report = verify_export(grown, world.log, sth, world.ring)
    assert report.covered == report.grown == len(grown)
    verdict = verify_against_checkpoint(grown[0], sth, world.ring, log=world.log)
    assert verdict.grown
    assert verdict.version == grown[0].version - 1


def test_a_deleted_complaint_is_missing_from_the_export(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    kept = list(world.complaints.values())[3:]
    report = verify_export(kept, world.log, sth, world.ring)
    assert report.missing == 3
    assert not report.ok


def test_a_complaint_received_after_the_checkpoint_is_not_in_the_log(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    late = received("KPG-LATE-01")
    verdict = verify_against_checkpoint(late, sth, world.ring, log=world.log)
    assert verdict.status is CoverageStatus.NOT_IN_LOG
    with pytest.raises(CheckpointError) as error:
        verdict.require()
    assert error.value.reason == "not-included"


def test_an_honest_later_log_proves_it_extends_the_signed_head(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    log = TransparencyLog()
    for entry in world.log:
        log.append_head(entry.tracking_id, entry.version, entry.head)
    for complaint in list(world.complaints.values())[:40]:
        if complaint.status == "didisposisikan":
            log.append(step(complaint, Action.TINDAK_LANJUT))
    later = sign_tree_head(log, world.key, at=SIGNED_AT + timedelta(days=1))
    verify_consistency(sth, later, log.consistency_proof(sth.tree_size), world.ring)


def test_a_log_with_a_rewritten_old_entry_cannot_prove_consistency(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    target = next(iter(world.complaints.values()))
    forged = edit_data(target)
    rewritten = TransparencyLog()
    for entry in world.log:
        if entry.tracking_id == target.tracking_id:
            rewritten.append_head(
                entry.tracking_id, entry.version, forged.history[entry.version - 1].digest
            )
        else:
            rewritten.append_head(entry.tracking_id, entry.version, entry.head)
    # Even re-signed with the office's own key, the rewritten log contradicts the earlier head.
    resigned = sign_tree_head(rewritten, world.key, at=SIGNED_AT + timedelta(days=1))
    with pytest.raises(CheckpointError) as error:
        verify_consistency(sth, resigned, rewritten.consistency_proof(sth.tree_size), world.ring)
    assert error.value.reason == "inconsistent"
    # And checking the forged history against the earlier head with that log is refused.
    with pytest.raises(CheckpointError) as mismatch:
        verify_against_checkpoint(forged, sth, world.ring, log=rewritten)
    assert mismatch.value.reason == "inconsistent"


def test_a_tree_head_signed_by_another_key_is_refused(world: World, sth) -> None:  # type: ignore[no-untyped-def]
    intruder = SigningKey.generate()
    fake = sign_tree_head(world.log, intruder, at=SIGNED_AT)
    complaint = next(iter(world.complaints.values()))
    with pytest.raises(CheckpointError) as error:
        verify_against_checkpoint(complaint, fake, world.ring, log=world.log)
    assert error.value.reason == "unknown-key"
    spoofed = attrs.evolve(fake, key_id=world.key.key_id)
    with pytest.raises(CheckpointError) as bad:
        verify_against_checkpoint(complaint, spoofed, world.ring, log=world.log)
    assert bad.value.reason == "bad-signature"
