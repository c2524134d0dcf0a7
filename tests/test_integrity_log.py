"""The transparency log, its file, signing keys, key rings and signed tree heads."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import stat
import threading
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import attrs
import pytest
from tests.log_worker import append_heads, append_in_own_order

from helpers import received, step
from pengaduan.errors import ArgumentError, CheckpointError, NotFoundError, StorageError
from pengaduan.integrity import (
    ConsistencyProof,
    InclusionProof,
    KeyRing,
    LogEntry,
    SignedTreeHead,
    SigningKey,
    TransparencyLog,
    TrustedKey,
    key_id_of,
    sign_tree_head,
    verify_inclusion,
    verify_tree_head,
)
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

HEAD = "ab" * 32
PASSWORD = "rahasia-kantor"
PASSWORD_BYTES = b"pw"
OTHER_PASSWORD = "b"
T = datetime(2025, 6, 1, 8, 0, 0, 123456, tzinfo=UTC)


def filled(count: int = 10) -> TransparencyLog:
    log = TransparencyLog()
    for i in range(count):
        log.append_head(f"KPG-{i:04d}-LG", 1, f"{i:064x}")
    return log


# -- entries -----------------------------------------------------------------------------------


def test_entry_encoding_is_length_prefixed_and_round_trips() -> None:
    entry = LogEntry(tracking_id="KPG-7Q4M-2X", version=258, head=HEAD)
    data = entry.encode()
    assert data[0] == 1
    assert data[1:3] == (11).to_bytes(2, "big")
    assert data[3:14] == b"KPG-7Q4M-2X"
    assert data[14:22] == (258).to_bytes(8, "big")
    assert data[22:] == bytes.fromhex(HEAD)
    assert LogEntry.decode(data) == entry


def test_entries_that_differ_only_in_where_fields_split_encode_differently() -> None:
    a = LogEntry(tracking_id="KPG-1", version=12, head=HEAD).encode()
    b = LogEntry(tracking_id="KPG-11", version=2, head=HEAD).encode()
    assert a != b


# -- the log -----------------------------------------------------------------------------------


def test_append_latest_and_entries_for() -> None:
    log = TransparencyLog()
    complaint = received("KPG-LOG1-AA")
    assert log.append(complaint) == 0
    assert log.append(complaint) == 0  # the same head again is a no-op
    later = step(complaint, Action.VERIFIKASI)
    assert log.append(later) == 1
    latest = log.latest("KPG-LOG1-AA")
    assert latest is not None
    assert (latest.index, latest.version, latest.head) == (1, 2, later.head)
    assert [e.version for e in log.entries_for("KPG-LOG1-AA")] == [1, 2]
    assert log.latest("KPG-LOG1-AA", size=1).version == 1  # type: ignore[union-attr]
    assert log.latest("KPG-NONE-00") is None
    assert list(log.tracking_ids()) == ["KPG-LOG1-AA"]


@pytest.mark.parametrize(
    ("version", "head"), [(2, "cd" * 32), (1, HEAD)], ids=["same-version-other-head", "older"]
)
def test_a_logged_version_is_never_rewritten(version: int, head: str) -> None:
    log = TransparencyLog()
    log.append_head("KPG-AAAA-01", 2, HEAD)
    with pytest.raises(CheckpointError) as error:
        log.append_head("KPG-AAAA-01", version, head if version == 2 else "cd" * 32)
    assert error.value.reason == "out-of-order"
    assert log.size == 1


def test_prove_gives_a_verifiable_proof_of_the_newest_entry() -> None:
    log = filled(37)
    key = SigningKey.generate()
    sth = sign_tree_head(log, key, at=T)
    proof = log.prove("KPG-0020-LG")
    assert proof.index == 20
    verify_inclusion(proof, sth, KeyRing.of(key))
    assert InclusionProof.from_json(proof.to_json()) == proof
    with pytest.raises(NotFoundError):
        log.prove("KPG-NONE-00")


def test_proof_of_another_size_is_refused() -> None:
    log = filled(9)
    key = SigningKey.generate()
    sth = sign_tree_head(log, key, at=T)
    proof = log.inclusion_proof(3, 8)
    with pytest.raises(CheckpointError) as error:
        verify_inclusion(proof, sth, KeyRing.of(key))
    assert error.value.reason == "bad-proof"


def test_consistency_proof_round_trips() -> None:
    proof = filled(20).consistency_proof(7, 20)
    assert ConsistencyProof.from_json(proof.to_json()) == proof


def test_proofs_stay_short_in_a_large_log() -> None:
    log = TransparencyLog()
    for i in range(1 << 17):
        log.append_head(f"KPG-{i:06X}-M", 1, HEAD)
    # Proofs at any size stay short (O(log n)).
    assert len(log.inclusion_proof(12345).path) == 17
    assert len(log.consistency_proof(99_999).path) <= 2 * 17


# -- the file ----------------------------------------------------------------------------------


def test_file_log_appends_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "heads.log"
    log = TransparencyLog.open(path, create=True)
    complaint = received("KPG-FILE-01")
    log.append(complaint)
    log.append(step(complaint, Action.VERIFIKASI))
    reopened = TransparencyLog.open(path)
    assert reopened.size == 2
    assert reopened.root() == log.root()
    reopened.append_head("KPG-FILE-02", 1, HEAD)
    assert TransparencyLog.open(path).root() == reopened.root()


def test_save_writes_a_copy_and_refuses_to_overwrite(tmp_path: Path) -> None:
    log = filled(12)
    log.save(tmp_path / "copy.log")
    assert TransparencyLog.open(tmp_path / "copy.log").root() == log.root()
    with pytest.raises(StorageError):
        log.save(tmp_path / "copy.log")


def test_a_cut_off_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.log"
    filled(5).save(path)
    data = path.read_bytes()
    path.write_bytes(data[:-10])
    with pytest.raises(CheckpointError) as error:
        TransparencyLog.open(path)
    assert error.value.reason == "truncated"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"version":1', b'"version":2'),
        (b"KPG-0003-LG", b"KPG-0009-LG"),
        (b'"head":"' + b"0" * 62 + b"02", b'"head":"' + b"0" * 62 + b"07"),
    ],
    ids=["version", "tracking-id", "head"],
)
def test_an_edited_line_is_refused(tmp_path: Path, old: bytes, new: bytes) -> None:
    path = tmp_path / "edited.log"
    filled(5).save(path)
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new, 1))
    with pytest.raises(CheckpointError) as error:
        TransparencyLog.open(path)
    assert error.value.reason == "corrupt"


def test_a_missing_file_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        TransparencyLog.open(tmp_path / "absent.log")


# -- several writers ----------------------------------------------------------------------------


def _rebuilt(path: Path) -> TransparencyLog:
    """The log as the file holds it, checked line by line (opening refuses a broken chain)."""
    return TransparencyLog.open(path)


def test_threads_sharing_a_file_log_keep_it_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "threads.log"
    log = TransparencyLog.open(path, create=True)
    writers, count = 4, 40
    failures: list[BaseException] = []

    def work(writer: int) -> None:
        try:
            for version in range(1, count + 1):
                log.append_head(f"KPG-T{writer}-LG", version, f"{writer:02x}{version:062x}")
                log.append_head(f"KPG-T{writer}-LG", version, f"{writer:02x}{version:062x}")
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert log.size == writers * count  # the repeated heads were logged once
    reopened = _rebuilt(path)
    assert reopened.root() == log.root()
    for writer in range(writers):
        versions = [e.version for e in reopened.entries_for(f"KPG-T{writer}-LG")]
        assert versions == list(range(1, count + 1))


def test_threads_sharing_an_in_memory_log_never_log_a_version_twice() -> None:
    log = TransparencyLog()
    outcomes: list[object] = []

    def work(writer: int) -> None:
        for version in range(1, 51):
            try:
                outcomes.append(log.append_head("KPG-SAME-LG", version, f"{writer:064x}"))
            except CheckpointError as error:
                outcomes.append(error.reason)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    versions = [e.version for e in log.entries_for("KPG-SAME-LG")]
    assert versions == sorted(set(versions))  # every version at most once, in order
    assert len(outcomes) == 200
    assert set(outcomes) - set(range(log.size)) <= {"out-of-order"}


def test_a_repository_shared_by_threads_keeps_its_log_file(tmp_path: Path) -> None:
    from pengaduan.store import Repository  # noqa: PLC0415 - the store needs its extra

    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    failures: list[BaseException] = []

    def work(writer: int) -> None:
        try:
            for number in range(10):
                complaint = received(f"KPG-R{writer}-{number}")
                repo.add(complaint)
                repo.update(complaint.tracking_id, lambda c: step(c, Action.VERIFIKASI))
        except BaseException as error:
            failures.append(error)

    with Repository(f"sqlite:///{tmp_path / 'p.db'}", log=log) as repo:
        threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
    assert log.size == 80
    assert _rebuilt(tmp_path / "heads.log").root() == log.root()


def _processes_at_once(target: Callable[..., None], path: Path, writers: int, count: int) -> None:
    """Run ``target(path, writer, count, barrier)`` in ``writers`` spawned processes that start
    together; each must exit cleanly."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(writers)
    processes = [
        context.Process(target=target, args=(str(path), w, count, start)) for w in range(writers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * writers


def test_processes_appending_to_one_file_are_serialised(tmp_path: Path) -> None:
    path = tmp_path / "shared.log"
    TransparencyLog.open(path, create=True)
    writers, count = 3, 30
    _processes_at_once(append_heads, path, writers, count)
    log = _rebuilt(path)
    assert log.size == writers * count * 2
    for writer in range(writers):
        for complaint in (1, 2):
            versions = [e.version for e in log.entries_for(f"KPG-P{writer}-{complaint}")]
            assert versions == list(range(1, count + 1))


def _tree_hash(leaves: list[bytes]) -> bytes:
    """The RFC 9162 Merkle tree hash of ``leaves`` (leaf hashes), computed from scratch."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    split = 1 << ((len(leaves) - 1).bit_length() - 1)  # the largest power of two below n
    return hashlib.sha256(
        b"\x01" + _tree_hash(leaves[:split]) + _tree_hash(leaves[split:])
    ).digest()


def test_processes_appending_at_once_keep_every_line_whole_once_and_in_order(
    tmp_path: Path,
) -> None:
    path = tmp_path / "busy.log"
    TransparencyLog.open(path, create=True)
    writers, count = 4, 150
    _processes_at_once(append_in_own_order, path, writers, count)
    header, *lines = path.read_bytes().split(b"\n")
    assert lines.pop() == b""  # the file ends with a whole line
    assert json.loads(header) == {"schema": "pengaduan.transparency-log", "schema_version": 1}
    # Every line whole, and its running check the one recomputed from the lines before it.
    check = hashlib.sha256(b"pengaduan/transparency-log/v1").digest()
    entries: list[LogEntry] = []
    for raw in lines:
        line = json.loads(raw)
        entry = LogEntry(
            tracking_id=line["tracking_id"], version=line["version"], head=line["head"]
        )
        check = hashlib.sha256(check + entry.leaf_hash).digest()
        assert line["check"] == check.hex()[:32]
        entries.append(entry)
    # Every head exactly once.
    expected = {
        (f"KPG-Q{w}-{n % 3}", n // 3 + 1, f"{w:02x}{n % 3:02x}{n // 3 + 1:060x}")
        for w in range(writers)
        for n in range(count)
    }
    found = [(e.tracking_id, e.version, e.head) for e in entries]
    assert len(found) == len(set(found)) == writers * count
    assert set(found) == expected
    # Each process's appends in the order it made them.
    for writer in range(writers):
        own = [(tid, version) for tid, version, _ in found if tid.startswith(f"KPG-Q{writer}-")]
        assert own == [(f"KPG-Q{writer}-{n % 3}", n // 3 + 1) for n in range(count)]
    # The log reads the file, and its root is the tree of the lines as written.
    log = _rebuilt(path)
    assert log.size == writers * count
    assert log.root() == _tree_hash([e.leaf_hash for e in entries])
    assert [logged.entry for logged in log] == entries


def test_two_logs_on_one_file_read_each_others_lines(tmp_path: Path) -> None:
    path = tmp_path / "two.log"
    first = TransparencyLog.open(path, create=True)
    second = TransparencyLog.open(path)
    first.append_head("KPG-A-LG", 1, HEAD)
    second.append_head("KPG-B-LG", 1, HEAD)  # reads first's line, then appends after it
    first.append_head("KPG-A-LG", 2, "cd" * 32)
    assert (first.size, second.size) == (3, 2)
    assert second.refresh() == 1
    assert second.refresh() == 0
    assert first.root() == second.root() == _rebuilt(path).root()
    # A version the other writer already passed is refused, as in one log.
    with pytest.raises(CheckpointError) as late:
        second.append_head("KPG-A-LG", 1, "ef" * 32)
    assert late.value.reason == "out-of-order"
    assert TransparencyLog().refresh() == 0


def test_a_file_cut_under_an_open_log_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut-later.log"
    log = TransparencyLog.open(path, create=True)
    for number in range(3):
        log.append_head(f"KPG-C{number}-LG", 1, HEAD)
    data = path.read_bytes()
    path.write_bytes(data[: data.rindex(b"\n", 0, -1) + 1])  # one line less
    with pytest.raises(CheckpointError) as cut:
        log.append_head("KPG-C9-LG", 1, HEAD)
    assert cut.value.reason == "corrupt"
    path.write_bytes(data + b'{"tracking_id":"KPG-X')  # another writer's half line
    with pytest.raises(CheckpointError) as half:
        log.refresh()
    assert half.value.reason == "truncated"


def test_two_processes_creating_one_log_both_open_it(tmp_path: Path) -> None:
    path = tmp_path / "new.log"
    first = TransparencyLog.open(path, create=True)
    second = TransparencyLog.open(path, create=True)  # exists now: opened, not overwritten
    first.append_head("KPG-N-LG", 1, HEAD)
    assert TransparencyLog.open(path, create=True).size == 1
    assert second.refresh() == 1
    assert [p.name for p in tmp_path.iterdir()] == ["new.log"]  # no temporary file left


# -- keys ----------------------------------------------------------------------------------------


def test_signing_key_round_trips_through_pem_with_and_without_password(tmp_path: Path) -> None:
    key = SigningKey.generate()
    assert SigningKey.from_pem(key.to_pem()).key_id == key.key_id
    encrypted = key.to_pem(password=PASSWORD)
    assert b"ENCRYPTED" in encrypted
    assert SigningKey.from_pem(encrypted, password=PASSWORD).key_id == key.key_id
    key.save(tmp_path / "office.pem", password=PASSWORD_BYTES)
    assert stat.S_IMODE((tmp_path / "office.pem").stat().st_mode) == 0o600
    assert SigningKey.load(tmp_path / "office.pem", password=PASSWORD_BYTES).key_id == key.key_id


def test_the_private_key_never_shows(tmp_path: Path) -> None:
    key = SigningKey.generate()
    pem = key.to_pem().decode()
    body = "".join(pem.splitlines()[1:-1])
    log = filled(3)
    sth = sign_tree_head(log, key, at=T)
    log.save(tmp_path / "l.log")
    texts = [repr(key), str(key), sth.to_json(), KeyRing.of(key).to_json(), repr(sth)]
    texts.append((tmp_path / "l.log").read_text())
    assert all(body not in text for text in texts)
    assert key.key_id == key_id_of(key.public_key)
    assert len(key.key_id) == 32


def test_wrong_password_is_a_typed_error() -> None:
    encrypted = SigningKey.generate().to_pem(password=PASSWORD)
    with pytest.raises(ArgumentError):
        SigningKey.from_pem(encrypted, password=OTHER_PASSWORD)
    with pytest.raises(ArgumentError):
        SigningKey.from_pem(encrypted)


# -- tree heads and rotation ---------------------------------------------------------------------


def test_tree_head_json_round_trips_and_is_milliseconds() -> None:
    log = filled(4)
    sth = sign_tree_head(log, SigningKey.generate(), at=T)
    assert sth.timestamp == T.replace(microsecond=123000)
    assert sth.to_dict()["timestamp"] == "2025-06-01T08:00:00.123Z"
    assert SignedTreeHead.from_json(sth.to_json()) == sth
    assert len(sth.message()) == 85


@pytest.mark.parametrize("field", ["tree_size", "timestamp", "root_hash"])
def test_any_change_to_a_signed_field_breaks_the_signature(field: str) -> None:
    key = SigningKey.generate()
    sth = sign_tree_head(filled(4), key, at=T)
    changes = {
        "tree_size": 3,
        "timestamp": sth.timestamp + timedelta(milliseconds=1),
        "root_hash": bytes(32),
    }
    forged = attrs.evolve(sth, **{field: changes[field]})
    with pytest.raises(CheckpointError) as error:
        verify_tree_head(forged, KeyRing.of(key))
    assert error.value.reason == "bad-signature"


def test_key_rotation_refuses_a_retired_key_after_its_end(tmp_path: Path) -> None:
    old, new = SigningKey.generate(), SigningKey.generate()
    retired_at = datetime(2025, 7, 1, tzinfo=UTC)
    ring = KeyRing.of(old).retire(old.key_id, not_after=retired_at)
    ring = ring.with_key(new.trusted(not_before=retired_at))
    log = filled(6)
    before = sign_tree_head(log, old, at=retired_at - timedelta(days=1))
    after = sign_tree_head(log, old, at=retired_at + timedelta(seconds=1))
    early_new = sign_tree_head(log, new, at=retired_at - timedelta(days=1))
    assert verify_tree_head(before, ring).key_id == old.key_id
    verify_tree_head(sign_tree_head(log, new, at=retired_at), ring)
    with pytest.raises(CheckpointError) as expired:
        verify_tree_head(after, ring)
    assert expired.value.reason == "key-expired"
    with pytest.raises(CheckpointError) as early:
        verify_tree_head(early_new, ring)
    assert early.value.reason == "key-not-yet-valid"
    ring.save(tmp_path / "ring.json")
    assert KeyRing.load(tmp_path / "ring.json") == ring


def test_key_ring_reads_pem_public_keys() -> None:
    key = SigningKey.generate()
    trusted = key.trusted()
    document = {
        "schema": "pengaduan.keyring",
        "schema_version": 1,
        "keys": [{"key_id": key.key_id, "public_key_pem": trusted.to_pem().decode()}],
    }
    ring = KeyRing.from_dict(document)
    assert ring.get(key.key_id) == trusted
    assert TrustedKey.from_pem(trusted.to_pem()) == trusted


def test_key_ring_refuses_a_key_id_that_does_not_match() -> None:
    data = KeyRing.of(SigningKey.generate()).to_dict()
    data["keys"][0]["key_id"] = "00" * 16
    with pytest.raises(CheckpointError) as error:
        KeyRing.from_dict(data)
    assert error.value.reason == "malformed"
