"""Hostile input to the JSON format: every field with every wrong type, odd and huge documents,
bad UTF-8, surrogates, truncated lines. Every case ends in a typed error naming the path, with no
planted secret anywhere in it or chained to it, or in a load that round-trips exactly."""

from __future__ import annotations

import copy
import io
import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ADMIN, SYSTEM, T0, UNIT, WF, submission
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_EMAIL,
    SECRET_NAME,
    SECRET_NIK,
    SECRET_PHONE,
    SECRET_TEXT,
    WRONG_TYPES,
    outcome,
    raises_typed,
)

from pengaduan.errors import (
    ArgumentError,
    IntegrityError,
    SchemaVersionError,
    SerializationError,
    StorageError,
)
from pengaduan.model import Location, Reporter
from pengaduan.serialization import (
    _load_checked,
    _load_fast,
    dump_lines,
    from_dict,
    from_json,
    iter_lines,
    to_dict,
    to_json,
)
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.model import Complaint


def _complaint() -> Complaint:
    received = WF.receive(
        submission(
            text=SECRET_TEXT,
            reporter=Reporter(
                name=SECRET_NAME, phone=SECRET_PHONE, email=SECRET_EMAIL, nik=SECRET_NIK
            ),
            location=Location(kelurahan="Oebobo", address=f"Jl. {SECRET_NAME}"),
        ),
        tracking_id="KPG-HOST-1",
        at=T0,
        actor=SYSTEM,
    )
    verified = WF.apply(
        received, Action.VERIFIKASI, at=T0.replace(hour=3), actor=ADMIN, units=["dinkes"]
    )
    return WF.apply(
        verified,
        Action.TINDAK_LANJUT,
        at=T0.replace(hour=4),
        actor=UNIT,
        response=f"Sudah ditangani {SECRET_NAME}",
    )


COMPLAINT = _complaint()
DOCUMENT = to_dict(COMPLAINT)
TEXT = to_json(COMPLAINT)


def _with(path: tuple[Any, ...], value: object) -> dict[str, Any]:
    doc = copy.deepcopy(DOCUMENT)
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def _dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


# -- every field with every wrong type ---------------------------------------------------------

TOP_FIELDS = sorted(DOCUMENT)
OPTIONAL_TOP = {"subject", "privacy", "category", "location", "reporter"}
EVENT_FIELDS = sorted(DOCUMENT["history"][1])


def _top_cases() -> Iterator[Any]:
    for field in TOP_FIELDS:
        for name, value in WRONG_TYPES:
            yield pytest.param(field, value, id=f"{field}-{name}")


@pytest.mark.parametrize(("field", "value"), list(_top_cases()))
def test_every_record_field_with_every_wrong_type(field: str, value: object) -> None:
    result = outcome(from_dict, _with((field,), value))
    if value is None and field in OPTIONAL_TOP:  # a valid shape, but not what was hashed
        assert isinstance(result, IntegrityError)
        assert result.sequence == 1
    elif field == "schema_version":
        assert isinstance(result, SchemaVersionError)
        assert result.supported == (1,)
    else:
        assert type(result) is SerializationError, type(result)
        assert result.path.startswith(field)


def _event_cases() -> Iterator[Any]:
    for field in EVENT_FIELDS:
        for name, value in WRONG_TYPES:
            yield pytest.param(field, value, id=f"{field}-{name}")


@pytest.mark.parametrize(("field", "value"), list(_event_cases()))
@pytest.mark.parametrize("verify", [True, False], ids=["verify", "no-verify"])
def test_every_event_field_with_every_wrong_type(field: str, value: object, verify: bool) -> None:
    result = outcome(from_dict, _with(("history", 1, field), value), verify=verify)
    if field == "key" and value is None:  # the stored value: the same complaint
        assert result == COMPLAINT
    elif (field == "from" and value is None) or (
        field == "seq" and type(value) is int and value == 7
    ):
        if verify:
            assert isinstance(result, IntegrityError)
            assert result.sequence == 2
        else:
            assert (result.history[1].from_status, result.history[1].sequence) in {
                (None, 2),
                ("diterima", 7),
            }
    else:
        assert type(result) is SerializationError, type(result)
        assert result.path.startswith(f"history[1].{field}") or (
            field == "actor" and result.path == "history[1].actor"
        )


# -- hostile text in every free-text field -------------------------------------------------------

TEXT_FIELDS = [
    ("text",),
    ("subject",),
    ("category",),
    ("reporter", "name"),
    ("reporter", "nik"),
    ("location", "address"),
]


def _text_cases() -> Iterator[Any]:
    for path in TEXT_FIELDS:
        for name, value in HOSTILE_TEXTS:
            yield pytest.param(path, value, id=f"{_dotted(path)}-{name}")


@pytest.mark.parametrize(("path", "value"), list(_text_cases()))
def test_hostile_text_loads_exactly_or_is_refused(path: tuple[str, ...], value: str) -> None:
    doc = _with(path, value)
    loaded = outcome(from_dict, doc, verify=False)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        assert type(loaded) is SerializationError
        assert loaded.path == _dotted(path)
        assert "surrogate" in loaded.reason
        assert type(outcome(from_json, json.dumps(doc))) is SerializationError  # as \\udXXX
    else:
        assert to_dict(loaded) == doc  # exactly what was given, nothing lost or added
        assert from_json(to_json(loaded), verify=False) == loaded
        verified = outcome(from_dict, doc)
        assert isinstance(verified, IntegrityError)  # the record is not what was hashed
        assert verified.sequence == 1


# -- documents as text: deep, huge, odd ---------------------------------------------------------

_FIRST_DATA = json.dumps(DOCUMENT["history"][1]["data"])


def _text_cases_documents() -> Iterator[Any]:
    deep = 100_000
    yield pytest.param("[" * deep, "document", id="deep-arrays")
    yield pytest.param('{"a":' * deep, "document", id="deep-objects")
    yield pytest.param("[" * deep + "]" * deep, "document", id="deep-closed")
    yield pytest.param(
        TEXT.replace('"text": ', '"text": ' + "[" * deep, 1), "document", id="deep-in-text"
    )
    yield pytest.param("9" * 5000, "document", id="huge-integer")
    yield pytest.param("-" + "9" * 5000, "document", id="huge-negative")
    yield pytest.param(
        TEXT.replace('"schema_version": 1', '"schema_version": 1' + "0" * 5000),
        "document",
        id="huge-version",
    )
    yield pytest.param(TEXT.replace('"seq": 2', '"seq": 2' + "0" * 5000), "document", id="huge-seq")
    yield pytest.param(
        TEXT.replace('"seq": 2', '"seq": 20000000000000000000'),
        "history[1].seq",
        id="seq-beyond-int64",
    )
    yield pytest.param(TEXT.replace('"seq": 2', '"seq": -2'), "history[1].seq", id="seq-negative")
    yield pytest.param(TEXT.replace('"seq": 2', '"seq": 2.0'), "history[1].seq", id="seq-float")
    for literal in ("NaN", "Infinity", "-Infinity", "1e999", "-1e999"):
        yield pytest.param(
            TEXT.replace('"schema_version": 1', f'"schema_version": {literal}'),
            "document",
            id=f"version-{literal}",
        )
        yield pytest.param(
            TEXT.replace('"subject": ', f'"subject": {literal}, "x": ', 1),
            "document",
            id=f"subject-{literal}",
        )
    for escape in ("\\ud800", "\\udfff", "\\uDBFF", "x\\ud83d", "\\ude4fx"):
        yield pytest.param(
            TEXT.replace('"category": "kesehatan"', f'"category": "{escape}"'),
            "category",
            id=f"surrogate-category-{escape[-4:]}",
        )
        yield pytest.param(
            TEXT.replace('"kelurahan": "Oebobo"', f'"kelurahan": "{escape}"'),
            "location.kelurahan",
            id=f"surrogate-location-{escape[-4:]}",
        )
        yield pytest.param(
            TEXT.replace('"id": "dinkes"', f'"id": "dinkes{escape}"'),
            "history[2].actor.id",
            id=f"surrogate-actor-{escape[-4:]}",
        )
        yield pytest.param(
            TEXT.replace('"key": null', f'"key": "{escape}"', 1),
            "history[0].key",
            id=f"surrogate-key-{escape[-4:]}",
        )
    yield pytest.param(
        TEXT.replace('"tracking_id": "KPG-HOST-1"', '"tracking_id": "KPG\\u0000"'),
        "tracking_id",
        id="nul-in-id",
    )
    yield pytest.param(
        TEXT.replace('"tracking_id": "KPG-HOST-1"', '"tracking_id": "KPG HOST"'),
        "tracking_id",
        id="space-in-id",
    )
    yield pytest.param(TEXT + " x", "document", id="trailing-garbage")
    yield pytest.param(TEXT + TEXT, "document", id="two-documents")
    yield pytest.param("", "document", id="empty")
    yield pytest.param("   ", "document", id="blank")
    yield pytest.param("null", "document", id="null")
    yield pytest.param("[]", "document", id="array")
    yield pytest.param('"' + SECRET_TEXT + '"', "document", id="a-string")
    yield pytest.param("\ufeff\ufeff" + TEXT, "document", id="two-boms")
    for at in (
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        "2025-02-30T00:00:00Z",
        "2025-03-03T10:00:00",
        "\ud800",
        "9" * 5000,
    ):
        escaped = at.replace("\ud800", "\\ud800")
        yield pytest.param(
            TEXT.replace(DOCUMENT["history"][1]["at"], escaped),
            "history[1].at",
            id=f"time-{escaped[:12]}",
        )


@pytest.mark.parametrize(("text", "where"), list(_text_cases_documents()))
@pytest.mark.parametrize("verify", [True, False], ids=["verify", "no-verify"])
def test_hostile_json_text(text: str, where: str, verify: bool) -> None:
    error = raises_typed(from_json, text, verify=verify)
    assert type(error) in {SerializationError, SchemaVersionError}, type(error)
    assert error.path == where
    assert error.__context__ is None
    assert error.__cause__ is None


def _payload_cases() -> Iterator[Any]:
    yield pytest.param('{"response":"\\ud800"}', "surrogate", id="surrogate-value")
    yield pytest.param('{"\\udc00":1}', "surrogate", id="surrogate-key")
    yield pytest.param('{"a":["x",{"b":"\\ud800"}]}', "surrogate", id="surrogate-nested")
    yield pytest.param('{"a":NaN}', "NaN", id="nan")
    yield pytest.param('{"a":-Infinity}', "NaN", id="infinity")
    yield pytest.param('{"a":1e400}', "NaN", id="float-overflow")
    yield pytest.param('{"a":' + "7" * 5000 + "}", "digits", id="huge-integer")
    yield pytest.param('{"a":' + "[" * 100_000 + "}", "deep", id="deep")
    yield pytest.param('{"a":1', "not valid JSON", id="truncated")
    yield pytest.param('{"a":1} {}', "not valid JSON", id="two-values")
    yield pytest.param("[1]", "JSON object", id="array")
    yield pytest.param('"{}"', "JSON object", id="string")
    yield pytest.param("", "not valid JSON", id="empty")


@pytest.mark.parametrize(("data", "reason"), list(_payload_cases()))
@pytest.mark.parametrize("verify", [True, False], ids=["verify", "no-verify"])
def test_hostile_event_data(data: str, reason: str, verify: bool) -> None:
    doc = _with(("history", 1, "data"), data)
    for call, argument in ((from_dict, doc), (from_json, json.dumps(doc))):
        error = raises_typed(call, argument, verify=verify)
        assert type(error) is SerializationError
        assert error.path == "history[1].data"
        assert reason in error.reason


def test_escaped_but_paired_surrogates_in_data_are_fine() -> None:
    # The fast path sends any \\ud escape to the checked loader, which accepts a proper pair.
    doc = _with(("history", 1, "data"), '{"units":["\\ud83d\\ude4f"]}')
    loaded = from_dict(doc, verify=False)
    assert loaded.history[1].data == {"units": ["🙏"]}


BAD_BYTES = [
    pytest.param(b"\xff" + TEXT.encode(), id="leading-ff"),
    pytest.param(TEXT.encode().replace(b"Oebobo", b"Oeb\xc3obo"), id="truncated-sequence"),
    pytest.param(TEXT.encode().replace(b"Oebobo", b"Oeb\xed\xa0\x80o"), id="encoded-surrogate"),
    pytest.param(TEXT.encode().replace(b"Oebobo", b"Oeb\xc0\xafo"), id="overlong"),
    pytest.param(TEXT.encode("utf-16"), id="utf-16"),
    pytest.param(TEXT.encode()[:-1] + b"\x80", id="stray-continuation"),
    pytest.param(bytearray(b"\xfe\xff"), id="bytearray"),
]


@pytest.mark.parametrize("data", BAD_BYTES)
def test_bytes_that_are_not_utf8(data: bytes) -> None:
    error = raises_typed(from_json, data)
    assert type(error) is SerializationError
    assert error.path == "document"
    assert "UTF-8" in error.reason


def test_a_bom_is_ignored() -> None:
    assert from_json("\ufeff" + TEXT) == COMPLAINT
    assert from_json(b"\xef\xbb\xbf" + TEXT.encode()) == COMPLAINT


@pytest.mark.parametrize("cut", [1, 2, 10, 50, 100, 300, 600, 1000, -200, -50, -10, -2, -1])
def test_truncated_documents(cut: int) -> None:
    for text in (TEXT, TEXT.encode()):
        error = raises_typed(from_json, text[:cut])
        assert type(error) is SerializationError
        assert error.path == "document"


# -- objects that misbehave (from_dict is given Python objects, not only parsed JSON) ------------


class _Explodes(str):
    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        raise RuntimeError(SECRET_TEXT)

    def __hash__(self) -> int:
        raise RuntimeError(SECRET_TEXT)


class _BadDict(dict):  # type: ignore[type-arg]
    def keys(self) -> Any:
        raise RuntimeError(SECRET_TEXT)

    def __iter__(self) -> Any:
        raise RuntimeError(SECRET_TEXT)

    def __len__(self) -> int:
        raise RuntimeError(SECRET_TEXT)

    def get(self, key: Any, default: Any = None) -> Any:
        raise RuntimeError(SECRET_TEXT)


def _deep_tuple(depth: int) -> object:
    value: object = ()
    for _ in range(depth):
        value = (value,)
    return value


MISBEHAVING = [
    pytest.param(("classification",), _Explodes("pengaduan"), id="str-raising-eq"),
    pytest.param(("privacy",), _deep_tuple(100_000), id="deep-tuple-privacy"),
    pytest.param(("channel",), _deep_tuple(100_000), id="deep-tuple-channel"),
    pytest.param(("reporter",), _BadDict(name="x"), id="dict-raising-keys"),
    pytest.param(("history", 1, "actor", "role"), _deep_tuple(100_000), id="deep-tuple-role"),
    pytest.param(("history", 1, "actor"), _BadDict(role="admin", id="x"), id="actor-bad-dict"),
    pytest.param(("reporter", SECRET_NAME), "x", id="secret-as-key"),
    pytest.param(("location", 5), "x", id="int-key"),
    pytest.param(("history", 1, SECRET_NIK), "x", id="nik-as-event-key"),
]


@pytest.mark.parametrize(("path", "value"), MISBEHAVING)
@pytest.mark.parametrize("verify", [True, False], ids=["verify", "no-verify"])
def test_objects_that_misbehave(path: tuple[Any, ...], value: object, verify: bool) -> None:
    doc = copy.deepcopy(DOCUMENT)
    target: Any = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    result = outcome(from_dict, doc, verify=verify)
    assert isinstance(result, SerializationError)
    assert result.__context__ is None


def test_a_str_subclass_is_read_as_its_text() -> None:
    at = DOCUMENT["history"][1]["at"]
    for verify in (True, False):
        assert from_dict(_with(("history", 1, "at"), _Explodes(at)), verify=verify) == COMPLAINT
        assert from_dict(_with(("text",), _Explodes(SECRET_TEXT)), verify=verify) == COMPLAINT


def test_a_huge_document_nested_deep_as_python_objects() -> None:
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    for field in ("history", "attachments", "text", "reporter"):
        error = raises_typed(from_dict, {**DOCUMENT, field: deep})
        assert type(error) is SerializationError
        assert error.path.startswith(field)


# -- the other entry points --------------------------------------------------------------------


def _iterable(value: object) -> bool:
    return isinstance(value, list | dict | set | bytes)


def _argument_cases() -> Iterator[Any]:
    """(entry point and argument, call, which values are valid) for every argument."""
    stream = io.StringIO
    yield "from_json.text", from_json, lambda v: isinstance(v, bytes)
    yield "from_dict.verify", lambda v: from_dict(DOCUMENT, verify=v), lambda v: v is True
    yield "from_dict.head", lambda v: from_dict(DOCUMENT, head=v), lambda v: v is None
    yield "from_json.verify", lambda v: from_json(TEXT, verify=v), lambda v: v is True
    yield "to_dict.complaint", to_dict, lambda v: False
    yield "to_json.complaint", to_json, lambda v: False
    yield (
        "to_json.indent",
        lambda v: to_json(COMPLAINT, indent=v),
        lambda v: v is None or (type(v) is int and v == 7),
    )
    yield "iter_lines.stream", lambda v: list(iter_lines(v)), _iterable
    yield "iter_lines.verify", lambda v: iter_lines([], verify=v), lambda v: v is True
    yield "dump_lines.complaints", lambda v: dump_lines(v, stream()), _iterable
    yield "dump_lines.stream", lambda v: dump_lines([COMPLAINT], v), lambda v: False


ARGUMENT_CASES = [
    pytest.param(call, value, valid(value), id=f"{where}-{name}")
    for where, call, valid in _argument_cases()
    for name, value in WRONG_TYPES
]


@pytest.mark.parametrize(("call", "value", "valid"), ARGUMENT_CASES)
def test_wrong_types_for_every_argument(call: Any, value: object, valid: bool) -> None:
    result = outcome(call, value)
    if not valid:
        assert type(result) is ArgumentError
        assert result.given  # described by its type, never shown
    else:  # a valid argument (an iterable of wrong things is refused item by item)
        assert not isinstance(result, ArgumentError) or "[" in result.argument


def _broken_stream() -> Iterator[str]:
    yield TEXT + "\n"
    raise OSError(SECRET_TEXT)


LINE_CASES = [
    pytest.param([TEXT[:-40] + "\n"], "line 1: document", id="truncated-line"),
    pytest.param(["\n", "\n", TEXT[:100]], "line 3: document", id="truncated-after-blanks"),
    pytest.param([TEXT, 42], "line 2", id="not-text"),
    pytest.param([TEXT, None], "line 2", id="none-line"),
    pytest.param([TEXT, b"\xff\xfe"], "line 2: document", id="bad-utf8-line"),
    pytest.param([TEXT, "[" * 100_000], "line 2: document", id="deep-line"),
    pytest.param(
        [TEXT, TEXT.replace('"text": ', '"text": 5, "x": ', 1)], "line 2: document", id="two-texts"
    ),
    pytest.param(_broken_stream(), "line 2", id="stream-raises"),
    pytest.param(
        [TEXT.replace('"category": "kesehatan"', '"category": "\\ud800"')],
        "line 1: category",
        id="surrogate",
    ),
]


@pytest.mark.parametrize(("lines", "where"), LINE_CASES)
def test_hostile_json_lines(lines: Any, where: str) -> None:
    reader = iter_lines(lines)
    error = raises_typed(list, reader)
    assert type(error) is SerializationError
    assert error.path == where


def test_bad_utf8_in_a_text_file(tmp_path: Any) -> None:
    path = tmp_path / "export.jsonl"
    path.write_bytes(TEXT.encode() + b"\n" + b"\xff" * 10 + b"\n")
    with path.open(encoding="utf-8") as stream:
        error = raises_typed(list, iter_lines(stream))
    assert type(error) is SerializationError
    assert error.path.startswith("line ")


class _Refuses(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device", SECRET_TEXT)


def test_dump_lines_to_a_failing_stream() -> None:
    error = raises_typed(dump_lines, [COMPLAINT], _Refuses())
    assert type(error) is StorageError
    assert error.reason == "failed"


def test_dump_lines_refuses_a_complaint_that_would_not_load_back() -> None:
    from pengaduan.model import trusted_complaint  # noqa: PLC0415 - only this test needs it

    c = COMPLAINT
    broken = trusted_complaint(
        c.tracking_id,
        c.classification,
        c.channel,
        f"{SECRET_TEXT}\ud800",
        c.subject,
        c.reporter,
        c.privacy,
        c.category,
        c.location,
        c.attachments,
        c.history,
    )
    stream = io.StringIO()
    error = raises_typed(dump_lines, [COMPLAINT, broken], stream)
    assert type(error) is SerializationError
    assert error.path == "text"
    assert stream.getvalue().count("\n") == 1  # the good one, written before
    assert type(raises_typed(to_json, broken)) is SerializationError


# -- properties ----------------------------------------------------------------------------------

#: Text a complaint may hold: no lone surrogate, and no NUL, which every field refuses where it
#: enters (tested on its own in `tests/test_hostile_workflow.py`).
_texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
_optional = st.none() | _texts


@st.composite
def _documents(draw: st.DrawFn) -> dict[str, Any]:
    """Documents near the canonical form: random text fields, some fields mangled."""
    complaint = WF.receive(
        submission(
            text=draw(_texts),
            subject=draw(_optional),
            category=draw(_optional),
            reporter=Reporter(name=draw(_optional), phone=draw(_optional)),
            location=draw(st.none() | st.builds(Location, city=_optional, address=_optional)),
        ),
        tracking_id=draw(st.from_regex(r"[A-Z]{3}-[A-Z0-9]{4}", fullmatch=True)),
        at=T0,
        actor=SYSTEM,
    )
    doc = to_dict(complaint)
    mangle = draw(st.sampled_from(["none", "field", "event", "data"]))
    junk = st.none() | st.integers() | st.floats() | _texts | st.lists(st.integers(), max_size=2)
    if mangle == "field":
        doc[draw(st.sampled_from(sorted(doc)))] = draw(junk)
    elif mangle == "event":
        doc["history"][0][draw(st.sampled_from(sorted(doc["history"][0])))] = draw(junk)
    elif mangle == "data":
        doc["history"][0]["data"] = json.dumps(
            draw(st.dictionaries(_texts, st.integers() | _texts, max_size=3))
        )
    return doc


@given(_documents(), st.booleans())
def test_whatever_the_loader_accepts_round_trips_exactly(doc: dict[str, Any], verify: bool) -> None:
    result = outcome(from_dict, doc, verify=verify)
    if isinstance(result, Exception):
        return
    again = from_json(to_json(result), verify=verify)
    assert again == result
    assert to_dict(again) == to_dict(result)
    assert to_dict(from_dict(to_dict(result), verify=verify)) == to_dict(result)


@given(_documents(), st.booleans())
def test_the_fast_and_the_checked_loader_agree(doc: dict[str, Any], verify: bool) -> None:
    try:
        fast = _load_fast(doc, verify)
    except Exception:
        fast = None
    checked = outcome(_load_checked, doc, verify)
    if fast is not None:
        assert checked == fast


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_arbitrary_input_never_escapes_untyped(data: bytes | str) -> None:
    outcome(from_json, data)
    lines = io.StringIO(data) if isinstance(data, str) else [data]
    outcome(list, iter_lines(lines))
