"""The versioned JSON format: exact round trips, clear errors for malformed or tampered input."""

from __future__ import annotations

import copy
import io
import json
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import SECRET_NAME, SECRET_TEXT, SYSTEM, T0, WF, in_status, submission

from pengaduan.errors import IntegrityError, SchemaVersionError, SerializationError
from pengaduan.history import verify_history
from pengaduan.model import Attachment, Complaint, Reporter
from pengaduan.serialization import (
    SCHEMA_VERSION,
    dump_lines,
    from_dict,
    from_json,
    iter_lines,
    to_dict,
    to_json,
)
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Status

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture
def closed() -> Complaint:
    return in_status(Status.SELESAI)


def test_round_trip_is_exact(closed: Complaint) -> None:
    loaded = from_json(to_json(closed))
    assert loaded == closed
    assert loaded.history == closed.history
    assert loaded.head == closed.head
    assert to_dict(loaded) == to_dict(closed)
    assert from_dict(json.loads(json.dumps(to_dict(closed)))) == closed


def test_round_trip_with_attachments_unicode_and_no_reporter() -> None:
    complaint = WF.receive(
        submission(
            text="Sampah 🗑️ menumpuk di Jl. Timor Raya — “tolong” 🙏 é",
            reporter=Reporter(),
            privacy=None,
            location=None,
            attachments=[Attachment(media_type="image/jpeg", size_bytes=1024, sha256="ab" * 32)],
        ),
        tracking_id="KPG-UNI",
        at=T0,
        actor=SYSTEM,
    )
    assert from_json(to_json(complaint, indent=2)) == complaint


def test_document_shape(closed: Complaint) -> None:
    doc = to_dict(closed)
    assert doc["schema"] == "pengaduan.complaint"
    assert doc["schema_version"] == SCHEMA_VERSION == 1
    first = doc["history"][0]
    assert first["at"] == "2025-03-03T02:00:00.000000Z"
    assert first["from"] is None
    assert set(first) == {"seq", "action", "from", "to", "actor", "at", "data", "key", "digest"}


def mutate(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    result = copy.deepcopy(doc)
    target = result
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return result


DELETE = object()

MALFORMED = [
    pytest.param(("schema",), "other", "schema", id="wrong-schema"),
    pytest.param(("tracking_id",), "", "tracking_id", id="empty-id"),
    pytest.param(("text",), 42, "text", id="text-not-string"),
    pytest.param(("channel",), "merpati", "channel", id="unknown-channel"),
    pytest.param(("classification",), None, "classification", id="null-classification"),
    pytest.param(("privacy",), "terbuka", "privacy", id="unknown-privacy"),
    pytest.param(("reporter",), ["x"], "reporter", id="reporter-not-object"),
    pytest.param(("reporter", "hobby"), "x", "reporter", id="reporter-unknown-field"),
    pytest.param(("location", "kelurahan"), 5, "location.kelurahan", id="location-type"),
    pytest.param(("attachments",), {}, "attachments", id="attachments-not-list"),
    pytest.param(("history",), [], "history", id="empty-history"),
    pytest.param(("history", 1), "x", "history[1]", id="event-not-object"),
    pytest.param(("history", 1, "seq"), "2", "history[1].seq", id="seq-type"),
    pytest.param(("history", 1, "at"), "kemarin", "history[1].at", id="bad-time"),
    pytest.param(("history", 1, "at"), "2025-03-04T09:00:00", "history[1].at", id="naive-time"),
    pytest.param(
        ("history", 1, "actor"), {"role": "raja", "id": "x"}, "history[1].actor", id="role"
    ),
    pytest.param(("history", 1, "digest"), None, "history[1].digest", id="null-digest"),
    pytest.param(("history", 1, "data"), {}, "history[1].data", id="data-not-text"),
    pytest.param(("history", 1, "extra"), 1, "history[1]", id="event-unknown-field"),
    pytest.param(("history", 1, "seq"), True, "history[1].seq", id="seq-bool"),
    pytest.param(("history", 1, "action"), "", "history[1].action", id="empty-action"),
    pytest.param(("history", 1, "action"), 7, "history[1].action", id="action-type"),
    pytest.param(("history", 1, "from"), 0, "history[1].from", id="from-type"),
    pytest.param(("history", 1, "key"), False, "history[1].key", id="key-type"),
    pytest.param(("history", 1, "key"), "", "history[1].key", id="key-empty"),
    pytest.param(("history", 1, "key"), " \t", "history[1].key", id="key-whitespace"),
    pytest.param(("history", 1, "at"), 20250304, "history[1].at", id="time-type"),
    pytest.param(
        ("history", 1, "actor"), {"role": "admin", "id": "a\nb"}, "history[1].actor.id", id="id"
    ),
    pytest.param(("history", 1, "data"), "[1" * 100_000, "history[1].data", id="data-deep"),
    pytest.param(("history", 1, "to"), DELETE, "history[1]", id="event-missing-field"),
    pytest.param(("category",), DELETE, "document", id="missing-field"),
    pytest.param(("surprise",), 1, "document", id="unknown-field"),
]


@pytest.mark.parametrize("verify", [True, False])
@pytest.mark.parametrize(("path", "value", "where"), MALFORMED)
def test_malformed_documents_name_the_path(
    closed: Complaint, path: tuple[Any, ...], value: Any, where: str, verify: bool
) -> None:
    doc = mutate(to_dict(closed), path, value)
    with pytest.raises(SerializationError) as info:
        from_dict(doc, verify=verify)
    assert info.value.path == where
    assert SECRET_TEXT not in str(info.value)


def _in_wita(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(timezone(timedelta(hours=8))).isoformat()


UNUSUAL_BUT_VALID = [
    pytest.param(("history", 2, "at"), _in_wita, True, id="time-with-offset"),
    pytest.param(("history", 2, "at"), lambda t: t.replace(".000000", ""), True, id="no-fraction"),
    pytest.param(("history", 2, "at"), lambda t: t.replace("T", " "), True, id="space"),
    pytest.param(("history", 2, "at"), lambda t: t[:-1] + "+00:00", True, id="numeric-utc"),
    pytest.param(("reporter",), lambda r: {"name": r["name"]}, False, id="reporter-subset"),
    pytest.param(("reporter",), lambda r: None, False, id="reporter-null"),
    pytest.param(("location",), lambda loc: {"city": "Kota Kupang"}, False, id="location-subset"),
    pytest.param(("history", 1, "data"), lambda d: " " + d, False, id="data-not-canonical"),
]


@pytest.mark.parametrize(("path", "change", "same"), UNUSUAL_BUT_VALID)
def test_unusual_forms_get_the_same_verdict_as_verify_history(
    closed: Complaint, path: tuple[Any, ...], change: Callable[[Any], Any], same: bool
) -> None:
    # The loader's fast path takes only the canonical form that to_dict writes; anything else
    # goes through the field-by-field path, whose verdict must be verify_history's.
    original = to_dict(closed)
    target: Any = original
    for key in path:
        target = target[key]
    doc = mutate(original, path, change(target))
    unverified = from_dict(doc, verify=False)
    if same:  # the same complaint written another way
        assert unverified == closed
        assert from_dict(doc) == closed
    else:  # other content than what was hashed: the chain cannot verify
        with pytest.raises(IntegrityError) as expected:
            verify_history(unverified)
        with pytest.raises(IntegrityError) as info:
            from_dict(doc)
        assert info.value.sequence == expected.value.sequence


@pytest.mark.parametrize("version", [0, 2, "1", None, 1.0])
def test_unknown_schema_version(closed: Complaint, version: object) -> None:
    doc = mutate(to_dict(closed), ("schema_version",), version)
    with pytest.raises(SchemaVersionError) as info:
        from_dict(doc)
    assert info.value.supported == (1,)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("data", "reason"),
    [("{units", "not valid JSON"), ("[1]", "JSON object")],
)
@pytest.mark.parametrize("verify", [True, False])
def test_loading_checks_the_data(closed: Complaint, data: str, reason: str, verify: bool) -> None:
    # The shape is checked before the digest: a malformed field is reported as such.
    doc = mutate(to_dict(closed), ("history", 1, "data"), data)
    with pytest.raises(SerializationError, match=reason) as info:
        from_dict(doc, verify=verify)
    assert info.value.path == "history[1].data"


@pytest.mark.usefixtures("english")
def test_not_a_document() -> None:
    with pytest.raises(SerializationError):
        from_dict([1, 2, 3])
    with pytest.raises(SerializationError, match="not valid JSON"):
        from_json('{"schema": "pengaduan.compl')
    with pytest.raises(SerializationError, match="not valid JSON"):
        from_json(b"\xff\xfe\x00garbage")


def test_truncated_json_text(closed: Complaint) -> None:
    text = to_json(closed)
    for cut in (1, len(text) // 3, len(text) // 2, len(text) - 1):
        with pytest.raises(SerializationError):
            from_json(text[:cut])


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("text",), "Teks yang diubah belakangan"),
        (("reporter", "name"), "Orang Lain"),
        (("history", 1, "data"), '{"units":["dinas-lain"]}'),
        (("history", 2, "actor", "id"), "unit-lain"),
        (("history", 3, "at"), "2025-03-03T05:00:00.000001Z"),
    ],
    ids=["text", "reporter", "data", "actor", "time"],
)
def test_tampered_documents_fail_verification(
    closed: Complaint, path: tuple[Any, ...], value: Any
) -> None:
    doc = mutate(to_dict(closed), path, value)
    with pytest.raises(IntegrityError):
        from_dict(doc)
    assert from_dict(doc, verify=False).tracking_id == closed.tracking_id


def test_truncated_history_is_caught_with_the_stored_head(closed: Complaint) -> None:
    doc = to_dict(closed)
    doc["history"] = doc["history"][:-1]
    from_dict(doc)  # a consistent prefix...
    with pytest.raises(IntegrityError, match="hilang di akhir"):
        from_dict(doc, head=closed.head)


@pytest.mark.usefixtures("english")
def test_json_lines_round_trip_and_line_numbers(closed: Complaint) -> None:
    other = in_status(Status.DITUNDA, tracking_id="KPG-TEST-2")
    buffer = io.StringIO()
    assert dump_lines([closed, other], buffer) == 2
    lines = buffer.getvalue().splitlines(keepends=True)
    assert list(iter_lines(lines)) == [closed, other]
    assert list(iter_lines(["\n", *lines, "   \n"])) == [closed, other]

    broken = [lines[0], '{"schema": "pengaduan.complaint", "schema_version": 1}\n', lines[1]]
    reader = iter_lines(broken)
    assert next(reader) == closed
    with pytest.raises(SerializationError) as info:
        next(reader)
    assert info.value.path.startswith("line 2: ")

    tampered = json.loads(lines[1])
    tampered["text"] = "diubah"
    with pytest.raises(IntegrityError, match="line 3"):
        list(iter_lines([lines[0], "\n", json.dumps(tampered) + "\n"]))


def test_loaded_complaints_keep_working(closed: Complaint) -> None:
    deferred = from_json(to_json(in_status(Status.DITUNDA)))
    resumed = Workflow.default().apply(
        deferred,
        "lanjutkan",
        at=deferred.updated_at + timedelta(days=1),
        actor=SYSTEM,
        expected_version=deferred.version,
    )
    assert resumed.status == Status.DITERIMA
    assert from_json(to_json(resumed)) == resumed


def test_no_personal_data_in_load_errors(closed: Complaint) -> None:
    doc = mutate(to_dict(closed), ("reporter", "name"), [SECRET_NAME])
    with pytest.raises(SerializationError) as info:
        from_dict(doc)
    assert SECRET_NAME not in str(info.value)


def test_an_empty_text_round_trips() -> None:
    complaint = WF.receive(submission(text=""), tracking_id="KPG-KOSONG", at=T0, actor=SYSTEM)
    assert from_json(to_json(complaint)) == complaint
