"""Hostile input to the signed-checkpoint API: every case ends in a result or a typed error.

Malformed tree heads, proofs and key rings; wrong types everywhere; truncated and damaged log
files; huge sizes; bad base64; keys of the wrong type; naive datetimes. Where it matters the
case also asserts the error's class and reason, and that nothing was logged.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, x25519
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_NAME,
    SECRET_TEXT,
    WRONG_TYPES,
    outcome,
    raises_typed,
    wrong_type_cases,
)

from helpers import received
from pengaduan.errors import (
    ArgumentError,
    CheckpointError,
    NaiveDatetimeError,
    PengaduanError,
    StorageError,
)
from pengaduan.history import verify_history
from pengaduan.integrity import (
    ConsistencyProof,
    InclusionProof,
    KeyRing,
    SignedTreeHead,
    SigningKey,
    TransparencyLog,
    TrustedKey,
    key_id_of,
    leaf_hash,
    node_hash,
    sign_tree_head,
    verify_against_checkpoint,
    verify_consistency,
    verify_consistency_path,
    verify_export,
    verify_inclusion,
    verify_inclusion_path,
    verify_tree_head,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

T = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
HEAD = "ab" * 32
PASSWORD = "benar"
KEY = SigningKey.generate()
RING = KeyRing.of(KEY)


def make_log(count: int = 6) -> TransparencyLog:
    log = TransparencyLog()
    for i in range(count):
        log.append_head(f"KPG-{i:04d}-HX", 1, f"{i:064x}")
    return log


LOG = make_log()
STH = sign_tree_head(LOG, KEY, at=T)
GOOD = STH.to_dict()
COMPLAINT = received("KPG-HOST-01")


def with_field(**changes: Any) -> dict[str, Any]:
    data = dict(GOOD)
    for name, value in changes.items():
        if value is ...:
            data.pop(name)
        else:
            data[name] = value
    return data


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# -- signed tree heads: malformed documents ------------------------------------------------

STH_DOCUMENTS: list[tuple[str, object]] = [
    ("missing-key-id", with_field(key_id=...)),
    ("missing-signature", with_field(signature=...)),
    ("extra-field", with_field(note=SECRET_TEXT)),
    ("wrong-schema", with_field(schema="pengaduan.complaint")),
    ("schema-version-2", with_field(schema_version=2)),
    ("schema-version-bool", with_field(schema_version=True)),
    ("size-bool", with_field(tree_size=True)),
    ("size-negative", with_field(tree_size=-1)),
    ("size-huge", with_field(tree_size=10**30)),
    ("size-float", with_field(tree_size=6.0)),
    ("size-string", with_field(tree_size="6")),
    ("key-id-short", with_field(key_id="ab")),
    ("key-id-upper", with_field(key_id=GOOD["key_id"].upper())),
    ("key-id-secret", with_field(key_id=SECRET_NAME)),
    ("root-short", with_field(root_hash="00" * 31)),
    ("root-not-hex", with_field(root_hash="zz" * 32)),
    ("root-list", with_field(root_hash=[1, 2])),
    ("signature-bad-base64", with_field(signature="!!!not base64!!!")),
    ("signature-short", with_field(signature="AAAA")),
    ("signature-non-ascii", with_field(signature="é" * 88)),
    ("signature-secret", with_field(signature=SECRET_TEXT)),
    ("signature-huge", with_field(signature="A" * 100_000)),
    ("time-naive", with_field(timestamp="2025-03-03T02:00:00.000")),
    ("time-microseconds", with_field(timestamp="2025-03-03T02:00:00.000001Z")),
    ("time-before-1970", with_field(timestamp="1969-12-31T23:59:59.000Z")),
    ("time-garbage", with_field(timestamp=SECRET_TEXT)),
    ("time-number", with_field(timestamp=1_700_000_000)),
    ("time-surrogate", with_field(timestamp="2025-03-03\ud800")),
    ("array", [GOOD]),
    ("null", None),
]


@pytest.mark.parametrize(
    "document", [d for _, d in STH_DOCUMENTS], ids=[n for n, _ in STH_DOCUMENTS]
)
def test_malformed_tree_head_dicts_are_refused(document: object) -> None:
    error = raises_typed(SignedTreeHead.from_dict, document)
    assert isinstance(error, CheckpointError)
    assert error.reason == "malformed"


STH_TEXTS: list[tuple[str, object]] = [
    ("empty", ""),
    ("not-json", "{tree head"),
    ("secret-text", SECRET_TEXT),
    ("deep-nesting", nested(100_000)),
    ("huge", '{"a":"' + "x" * 2_000_000 + '"}'),
    ("bytes-not-utf8", b"\xff\xfe{}"),
    ("nan", '{"tree_size": NaN}'),
    ("truncated", STH.to_json()[:-5]),
    ("json-string", json.dumps(STH.to_json())),
    *[(f"wrong-type-{n}", v) for n, v in WRONG_TYPES],
]


@pytest.mark.parametrize("text", [t for _, t in STH_TEXTS], ids=[n for n, _ in STH_TEXTS])
def test_malformed_tree_head_json_is_refused(text: object) -> None:
    error = raises_typed(SignedTreeHead.from_json, text)
    assert isinstance(error, CheckpointError | ArgumentError)


def test_a_well_formed_but_tampered_tree_head_fails_its_signature() -> None:
    data = with_field(tree_size=5)
    sth = SignedTreeHead.from_dict(data)
    error = raises_typed(verify_tree_head, sth, RING)
    assert isinstance(error, CheckpointError)
    assert error.reason == "bad-signature"


# -- wrong types at every entry point -------------------------------------------------------

WRONG = [v for _, v in WRONG_TYPES]
WRONG_IDS = [n for n, _ in WRONG_TYPES]


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_verify_tree_head_wrong_types(value: object) -> None:
    assert isinstance(raises_typed(verify_tree_head, value, RING), ArgumentError)
    assert isinstance(raises_typed(verify_tree_head, STH, value), ArgumentError)


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_verify_against_checkpoint_wrong_types(value: object) -> None:
    for args, kwargs in (
        ((value, STH, RING), {"log": LOG}),
        ((COMPLAINT, value, RING), {"log": LOG}),
        ((COMPLAINT, STH, value), {"log": LOG}),
        ((COMPLAINT, STH, RING), {"log": value}),
        ((COMPLAINT, STH, RING), {"proof": value}),
    ):
        assert isinstance(raises_typed(verify_against_checkpoint, *args, **kwargs), ArgumentError)


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_verify_export_wrong_types(value: object) -> None:
    raises_typed(verify_export, value, LOG, STH, RING)
    raises_typed(verify_export, [COMPLAINT, value], LOG, STH, RING)
    assert isinstance(raises_typed(verify_export, [], value, STH, RING), ArgumentError)


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_sign_tree_head_wrong_types(value: object) -> None:
    raises_typed(sign_tree_head, value, KEY, at=T)
    raises_typed(sign_tree_head, LOG, value, at=T)
    raises_typed(sign_tree_head, LOG, KEY, at=value)
    if value is not None:  # None signs the whole log
        raises_typed(sign_tree_head, LOG, KEY, at=T, size=value)


@pytest.mark.parametrize(
    "at",
    [
        datetime(2025, 3, 3, 2, 0),
        datetime(1969, 12, 31, tzinfo=UTC),
        datetime.max.replace(tzinfo=UTC),
        datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
    ],
    ids=["naive", "before-1970", "max", "min-with-offset"],
)
def test_sign_tree_head_bad_times(at: datetime) -> None:
    result = outcome(sign_tree_head, LOG, KEY, at=at)
    if at.tzinfo is None:
        assert isinstance(result, NaiveDatetimeError)
    elif at.year == 9999:
        assert result.timestamp.year == 9999  # far, but representable and signed as such
    else:
        assert isinstance(result, ArgumentError)


@pytest.mark.parametrize(
    "size", [-1, 7, 10**5000, 2**64], ids=["negative", "beyond", "huge", "u64"]
)
def test_sign_tree_head_sizes_out_of_range(size: int) -> None:
    assert isinstance(raises_typed(sign_tree_head, LOG, KEY, at=T, size=size), ArgumentError)


# -- the log: hostile entries change nothing --------------------------------------------------


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[n for n, _ in HOSTILE_TEXTS])
def test_hostile_tracking_ids(text: str) -> None:
    log = make_log(2)
    result = outcome(log.append_head, text, 1, HEAD)
    if isinstance(result, PengaduanError):
        assert isinstance(result, ArgumentError)
        assert log.size == 2
    else:
        assert text.isprintable()
        assert text == text.strip()
        assert log.size == 3


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_append_head_wrong_types(value: object) -> None:
    log = make_log(2)
    raises_typed(log.append_head, value, 1, HEAD)
    if type(value) is not int:  # 7 is a valid version
        raises_typed(log.append_head, "KPG-AAAA-01", value, HEAD)
    raises_typed(log.append_head, "KPG-AAAA-01", 1, value)
    raises_typed(log.append, value)
    assert log.size == 2


@pytest.mark.parametrize(
    "head", [HEAD.upper(), HEAD[:-1], HEAD + "0", "g" * 64, SECRET_TEXT, " " + HEAD[1:]]
)
def test_append_head_bad_heads(head: str) -> None:
    log = make_log(2)
    assert isinstance(raises_typed(log.append_head, "KPG-AAAA-01", 1, head), ArgumentError)
    assert log.size == 2


@pytest.mark.parametrize("version", [0, -1, 2**63, 10**5000], ids=["zero", "neg", "u63", "huge"])
def test_append_head_versions_out_of_range(version: int) -> None:
    log = make_log(2)
    raises_typed(log.append_head, "KPG-AAAA-01", version, HEAD)
    assert log.size == 2


@pytest.mark.parametrize(
    "value", [*WRONG, -1, 10**5000, 7], ids=[*WRONG_IDS, "neg", "huge", "past"]
)
def test_log_reads_with_bad_sizes_and_indices(value: object) -> None:
    if value is None:
        return  # None means "the whole log" for sizes
    raises_typed(LOG.root, value)
    raises_typed(LOG.inclusion_proof, value)
    raises_typed(LOG.consistency_proof, value)
    raises_typed(LOG.entry, value)
    raises_typed(LOG.latest, value)


# -- the log file: truncated and damaged ----------------------------------------------------


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "heads.log"
    make_log(8).save(path)
    return path


@pytest.mark.parametrize("cut", [1, 5, 30, 61, 100, 200, 333, 500, 700, 900])
def test_cut_log_files_are_refused(saved: Path, cut: int) -> None:
    data = saved.read_bytes()
    if cut >= len(data) or data[cut - 1 : cut] == b"\n":
        cut = len(data) - 3
    saved.write_bytes(data[:cut])
    error = raises_typed(TransparencyLog.open, saved)
    assert isinstance(error, CheckpointError)
    assert error.reason in {"truncated", "corrupt"}


DAMAGE: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("binary", b"\x00\xff\xfe\n"),
    ("no-header", b'{"tracking_id":"KPG-1","version":1}\n'),
    ("wrong-header", b'{"schema":"x","schema_version":1}\n'),
    ("secret-line", b"HEADER" + SECRET_TEXT.encode() + b"\n"),
    ("huge-line", b"HEADER" + b"x" * 100_000 + b"\n"),
    ("nested-line", b"HEADER" + nested(50_000).encode() + b"\n"),
    ("array-line", b"HEADER[1,2,3]\n"),
    ("bad-utf8", b"HEADER\xff\xfe\n"),
    ("crlf", b"HEADER\r\n"),
]


@pytest.mark.parametrize("content", [c for _, c in DAMAGE], ids=[n for n, _ in DAMAGE])
def test_damaged_log_files_are_refused(saved: Path, content: bytes) -> None:
    header = saved.read_bytes().split(b"\n", 1)[0] + b"\n"
    saved.write_bytes(content.replace(b"HEADER", header))
    error = raises_typed(TransparencyLog.open, saved)
    assert isinstance(error, CheckpointError)


def test_a_reordered_log_file_is_refused(saved: Path) -> None:
    lines = saved.read_bytes().split(b"\n")
    lines[1], lines[2] = lines[2], lines[1]
    saved.write_bytes(b"\n".join(lines))
    assert isinstance(raises_typed(TransparencyLog.open, saved), CheckpointError)


@pytest.mark.parametrize("value", [*WRONG, "", "a\x00b"], ids=[*WRONG_IDS, "empty", "nul"])
def test_log_paths_of_the_wrong_kind(value: object) -> None:
    raises_typed(TransparencyLog.open, value)
    raises_typed(LOG.save, value)


def test_a_directory_is_not_a_log(tmp_path: Path) -> None:
    assert isinstance(raises_typed(TransparencyLog.open, tmp_path), StorageError)


# -- keys ----------------------------------------------------------------------------------------

EC_PEM = (
    ec.generate_private_key(ec.SECP256R1())
    .private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    .decode()
)
X25519_PUBLIC_PEM = (
    x25519.X25519PrivateKey.generate()
    .public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)
GOOD_PEM = KEY.to_pem().decode()

PEMS: list[tuple[str, object]] = [
    ("ec-private-key", EC_PEM),
    ("x25519-public", X25519_PUBLIC_PEM),
    ("public-not-private", KEY.trusted().to_pem()),
    ("garbage", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
    ("secret-text", SECRET_TEXT),
    ("non-ascii", "é" + GOOD_PEM),
    ("huge", "A" * 1_000_000),
    ("truncated", GOOD_PEM[:60]),
    *[(f"wrong-type-{n}", v) for n, v in WRONG_TYPES],
]


@pytest.mark.parametrize("pem", [p for _, p in PEMS], ids=[n for n, _ in PEMS])
def test_signing_keys_of_the_wrong_kind(pem: object) -> None:
    assert isinstance(raises_typed(SigningKey.from_pem, pem), ArgumentError)


@pytest.mark.parametrize("password", [*WRONG, "", b"wrong"], ids=[*WRONG_IDS, "empty", "wrong"])
def test_signing_key_passwords(password: object) -> None:
    encrypted = KEY.to_pem(password=PASSWORD)
    result = outcome(SigningKey.from_pem, encrypted, password=password)
    assert isinstance(result, ArgumentError)


@pytest.mark.parametrize("pem", [EC_PEM, X25519_PUBLIC_PEM, SECRET_TEXT, GOOD_PEM, 7])
def test_trusted_keys_of_the_wrong_kind(pem: object) -> None:
    assert isinstance(raises_typed(TrustedKey.from_pem, pem), ArgumentError)


@pytest.mark.parametrize(
    "public_key",
    [b"", b"\x00" * 31, b"\x00" * 33, "ab" * 16, None, 10**5000, [1] * 32],
    ids=["empty", "short", "long", "str", "none", "huge-int", "list"],
)
def test_trusted_key_raw_bytes(public_key: object) -> None:
    raises_typed(TrustedKey, public_key=public_key)


@pytest.mark.parametrize(
    "moment",
    [datetime(2025, 1, 1), "2025-01-01", 1_700_000_000, float("nan")],
    ids=["naive", "string", "int", "nan"],
)
def test_key_windows_need_aware_datetimes(moment: object) -> None:
    raises_typed(KEY.trusted, not_before=moment)
    raises_typed(KEY.trusted, not_after=moment)
    raises_typed(RING.retire, KEY.key_id, not_after=moment)


def ring_document(**key_changes: Any) -> dict[str, Any]:
    data = RING.to_dict()
    key = dict(data["keys"][0])
    for name, value in key_changes.items():
        if value is ...:
            key.pop(name)
        else:
            key[name] = value
    data["keys"] = [key]
    return data


RINGS: list[tuple[str, object]] = [
    ("bad-base64", ring_document(public_key="!!notbase64!!")),
    ("short-key", ring_document(public_key="AAAA")),
    ("key-id-mismatch", ring_document(key_id="00" * 16)),
    ("key-id-missing", ring_document(key_id=...)),
    ("no-public-key", ring_document(public_key=...)),
    ("both-key-forms", ring_document(public_key_pem=X25519_PUBLIC_PEM)),
    ("pem-wrong-type", ring_document(public_key=..., public_key_pem=X25519_PUBLIC_PEM)),
    ("pem-not-str", ring_document(public_key=..., public_key_pem=7)),
    ("naive-time", ring_document(not_after="2025-01-01T00:00:00")),
    (
        "window-reversed",
        ring_document(not_before="2026-01-01T00:00:00Z", not_after="2025-01-01T00:00:00Z"),
    ),
    ("secret-field", ring_document(owner=SECRET_NAME)),
    ("keys-not-list", {"schema": "pengaduan.keyring", "schema_version": 1, "keys": {}}),
    ("key-not-object", {"schema": "pengaduan.keyring", "schema_version": 1, "keys": [7]}),
    ("duplicate", {**RING.to_dict(), "keys": RING.to_dict()["keys"] * 2}),
    ("too-many", {**RING.to_dict(), "keys": RING.to_dict()["keys"] * 1001}),
    ("wrong-schema", {**RING.to_dict(), "schema": "x"}),
]


@pytest.mark.parametrize("document", [d for _, d in RINGS], ids=[n for n, _ in RINGS])
def test_malformed_key_rings_are_refused(document: object) -> None:
    error = raises_typed(KeyRing.from_dict, document)
    assert isinstance(error, CheckpointError)
    assert error.reason == "malformed"


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_key_ring_wrong_types(value: object) -> None:
    raises_typed(KeyRing.from_json, value)
    raises_typed(KeyRing, keys=value)
    raises_typed(KeyRing.of, value)


# -- proofs --------------------------------------------------------------------------------------

PROOF = LOG.inclusion_proof(2).to_dict()


def proof_document(**changes: Any) -> dict[str, Any]:
    return {**PROOF, **changes}


PROOFS: list[tuple[str, object]] = [
    ("path-not-list", proof_document(path="00")),
    ("path-too-long", proof_document(path=["00" * 32] * 65)),
    ("path-bad-hex", proof_document(path=["zz" * 32])),
    ("path-short-node", proof_document(path=["00" * 31])),
    ("index-huge", proof_document(index=10**5000)),
    ("index-negative", proof_document(index=-1)),
    ("size-zero", proof_document(tree_size=0)),
    ("version-zero", proof_document(version=0)),
    ("tracking-id-control", proof_document(tracking_id="KPG\x00" + SECRET_NAME)),
    ("tracking-id-huge", proof_document(tracking_id="K" * 10_000)),
    ("head-secret", proof_document(head=SECRET_TEXT)),
    ("extra", proof_document(note=SECRET_TEXT)),
]


@pytest.mark.parametrize("document", [d for _, d in PROOFS], ids=[n for n, _ in PROOFS])
def test_malformed_inclusion_proofs_are_refused(document: object) -> None:
    error = raises_typed(InclusionProof.from_dict, document)
    assert isinstance(error, CheckpointError)


@pytest.mark.parametrize("value", WRONG, ids=WRONG_IDS)
def test_proof_readers_and_checkers_wrong_types(value: object) -> None:
    raises_typed(InclusionProof.from_json, value)
    raises_typed(ConsistencyProof.from_json, value)
    raises_typed(verify_inclusion, value, STH, RING)
    raises_typed(verify_consistency, STH, STH, value, RING)
    raises_typed(verify_inclusion_path, value, 0, 1, (), bytes(32))
    raises_typed(verify_inclusion_path, bytes(32), value, 1, (), bytes(32))
    raises_typed(verify_inclusion_path, bytes(32), 0, 1, value, bytes(32))
    raises_typed(verify_consistency_path, value, 2, bytes(32), bytes(32), ())
    raises_typed(verify_consistency_path, 1, 2, bytes(32), bytes(32), value)


@pytest.mark.parametrize(
    ("index", "size"),
    [(0, 10**5000), (10**5000, 1), (-1, 1), (2**63, 2**63), (5, 5)],
    ids=["huge-size", "huge-index", "negative", "u63", "index-at-size"],
)
def test_inclusion_paths_with_huge_or_bad_positions(index: int, size: int) -> None:
    raises_typed(verify_inclusion_path, bytes(32), index, size, (), bytes(32))


def test_a_forged_proof_for_the_complaint_is_refused() -> None:
    complaint = received("KPG-0002-HX")
    proof = LOG.inclusion_proof(2)
    verdict = outcome(verify_against_checkpoint, complaint, STH, RING, proof=proof)
    assert verdict.reason == "head-mismatch"  # a valid proof, of another head than this history's
    other = outcome(verify_against_checkpoint, COMPLAINT, STH, RING, proof=proof)
    assert isinstance(other, CheckpointError)
    assert other.reason == "bad-proof"  # a proof for another complaint


def test_both_log_and_proof_is_refused() -> None:
    proof = LOG.inclusion_proof(0)
    assert isinstance(
        raises_typed(verify_against_checkpoint, COMPLAINT, STH, RING, log=LOG, proof=proof),
        ArgumentError,
    )


# -- hashes, key ids and the history check refuse wrong argument types ------------------------

HASH_ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "key_id_of.public_key": key_id_of,
    "node_hash.left": lambda v: node_hash(v, bytes(32)),
    "node_hash.right": lambda v: node_hash(bytes(32), v),
    "verify_history.complaint": verify_history,
    "verify_history.head": lambda v: verify_history(COMPLAINT, head=v),
}
HASH_ACCEPTS: dict[str, set[str]] = {
    "key_id_of.public_key": {"bytes"},
    "node_hash.left": {"bytes"},
    "node_hash.right": {"bytes"},
    "verify_history.head": {"none"},
}


@pytest.mark.parametrize(
    ("argument", "call", "value"),
    [
        pytest.param(name.split(".")[1], *case.values, id=case.id)
        for name, call in HASH_ARGUMENTS.items()
        for case in wrong_type_cases({name: call}, HASH_ACCEPTS)
    ],
)
def test_hashes_and_history_checks_name_the_wrong_argument(
    argument: str, call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


def test_hashes_take_bytes_and_bytearrays_as_before() -> None:
    raw = KEY.public_key
    assert key_id_of(bytearray(raw)) == key_id_of(memoryview(raw)) == key_id_of(raw) == KEY.key_id
    left, right = leaf_hash(b"a"), leaf_hash(b"b")
    assert node_hash(bytearray(left), right) == node_hash(left, right)
    assert len(node_hash(left, right)) == 32
    verify_history(COMPLAINT)
    verify_history(COMPLAINT, head=COMPLAINT.head)


SURROGATE_PATH = "kunci-\ud800.pem"


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(SigningKey.load, id="signing-key-load"),
        pytest.param(KeyRing.load, id="key-ring-load"),
        pytest.param(TransparencyLog.open, id="log-open"),
        pytest.param(KEY.save, id="signing-key-save"),
        pytest.param(RING.save, id="key-ring-save"),
        pytest.param(LOG.save, id="log-save"),
    ],
)
def test_a_path_with_a_lone_surrogate_is_an_argument_error(call: Callable[[Any], object]) -> None:
    error = raises_typed(call, SURROGATE_PATH)
    assert isinstance(error, ArgumentError)
    assert error.argument == "path"
