"""Signed checkpoints: the office logs and signs, an auditor verifies, a forgery is caught.

The forger here can write the database: it rewrites a follow-up's text and recomputes every
digest and the head, so the hash chain alone accepts the forgery. The signed checkpoint does not.

Run: python examples/signed_checkpoints.py
"""

from __future__ import annotations

import json
import secrets
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs

from pengaduan import (
    Action,
    Actor,
    Channel,
    Complaint,
    KeyRing,
    SignedTreeHead,
    SigningKey,
    Submission,
    TransparencyLog,
    Workflow,
    sign_tree_head,
    verify_against_checkpoint,
    verify_export,
    verify_history,
)
from pengaduan.history import digest_fields

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

T0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
TEXTS = (
    "Jalan berlubang di depan SD Inpres Oebobo",
    "Air PDAM tidak mengalir tiga hari",
    "Sampah menumpuk di pasar Kasih Naikoten",
)


def office(workdir: Path, passphrase: str) -> dict[str, Complaint]:
    """A month's writes, each head logged; a tree head signed at the end of the day."""
    workflow = Workflow.default()
    key = SigningKey.generate()
    key.save(workdir / "office.pem", password=passphrase)
    KeyRing.of(key).save(workdir / "keys.json")
    log = TransparencyLog.open(workdir / "heads.log", create=True)
    complaints: dict[str, Complaint] = {}
    for number, text in enumerate(TEXTS, start=1):
        complaint = workflow.receive(
            Submission(text=text, channel=Channel.WEB),
            tracking_id=f"KPG-{number:04d}-EX",
            at=T0,
            actor=Actor.system("portal"),
        )
        log.append(complaint)
        complaint = workflow.apply(
            complaint,
            Action.VERIFIKASI,
            at=T0 + timedelta(hours=2),
            actor=Actor.admin("bagian-organisasi"),
            units=["pupr"],
        )
        log.append(complaint)
        complaint = workflow.apply(
            complaint,
            Action.TINDAK_LANJUT,
            at=T0 + timedelta(days=1),
            actor=Actor.unit("pupr"),
            response="Sudah dijadwalkan perbaikan minggu depan.",
        )
        log.append(complaint)
        complaints[complaint.tracking_id] = complaint
    signer = SigningKey.load(workdir / "office.pem", password=passphrase)
    sth = sign_tree_head(log, signer, at=T0 + timedelta(days=1, hours=9))
    (workdir / "sth.json").write_text(sth.to_json(), encoding="utf-8")
    print(f"office: logged {log.size} heads, signed tree head of size {sth.tree_size}")
    return complaints


def forge(complaint: Complaint) -> Complaint:
    """What a database writer does: change the follow-up, recompute every digest and the head."""
    events = list(complaint.history)
    events[-1] = attrs.evolve(
        events[-1], payload=json.dumps({"response": "Selesai diperbaiki."}, separators=(",", ":"))
    )
    previous = complaint.record_digest()
    rebuilt = []
    for event in events:
        digest = digest_fields(
            previous,
            str(event.sequence),
            event.action,
            event.from_status or "",
            event.to_status,
            event.actor.role.value,
            event.actor.id,
            str((event.at - EPOCH) // timedelta(microseconds=1)),  # microseconds since 1970
            event.payload,
            event.idempotency_key or "",
        )
        if digest is None:
            raise SystemExit("a field holds the separator")
        rebuilt.append(attrs.evolve(event, digest=digest))
        previous = digest
    return attrs.evolve(complaint, history=tuple(rebuilt))


def auditor(workdir: Path, export: list[Complaint]) -> None:
    """Only public material: the key ring, the signed tree head, the log file, the export."""
    ring = KeyRing.load(workdir / "keys.json")
    sth = SignedTreeHead.from_json((workdir / "sth.json").read_text(encoding="utf-8"))
    log = TransparencyLog.open(workdir / "heads.log")
    report = verify_export(export, log, sth, ring)
    print(
        f"auditor: checked {report.checked}, covered {report.covered}, forged {report.forged}, "
        f"missing {report.missing}"
    )
    for failure in report.failures:
        print(f"  {failure.tracking_id}: {failure.status} ({failure.reason})")
    for complaint in export:
        verdict = verify_against_checkpoint(complaint, sth, ring, log=log)
        if verdict.covered:
            print(f"  {complaint.tracking_id}: covered up to version {verdict.version}")
        else:
            print(f"  {complaint.tracking_id}: {verdict.status} ({verdict.detail})")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        # In production the passphrase comes from a secrets manager; here, a fresh random one.
        complaints = office(workdir, secrets.token_urlsafe(16))
        forged = forge(complaints["KPG-0002-EX"])
        verify_history(forged)  # the hash chain alone accepts the rewritten history
        print("hash chain: the rewritten KPG-0002-EX verifies")
        export = [complaints["KPG-0001-EX"], forged, complaints["KPG-0003-EX"]]
        auditor(workdir, export)


if __name__ == "__main__":
    main()
