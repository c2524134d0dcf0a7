"""apply's compiled common path: the same bytes, events and errors as the full path.

``Workflow.apply`` first tries a path compiled per (status, action) and falls back to the full
checks for anything unusual. These tests hold the two to the same results: canonical JSON
fragments against the reference encoder, event data against ``json.loads``, and random
sequences of calls (good and bad) against a workflow whose compiled table is empty, so that
every call takes the full path.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from datetime import timedelta
from enum import IntEnum, StrEnum
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers import ADMIN, REPORTER, SYSTEM, T0, UNIT, VALID, WF, received, step
from tests.hostile_helpers import HOSTILE_TEXTS

from pengaduan.errors import PengaduanError
from pengaduan.history import verify_history
from pengaduan.model import Actor, Complaint, Event, canonical_json
from pengaduan.workflow import Workflow
from pengaduan.workflow import _workflow as workflow_module
from pengaduan.workflow._canonical import fragment
from pengaduan.workflow._steps import quick_apply
from pengaduan.workflow.fields import FieldKind, FieldSpec
from pengaduan.workflow.profiles import Action


def reference(value: object) -> str:
    """The encoding event digests were defined with."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


hostile = st.sampled_from([text for _, text in HOSTILE_TEXTS if len(text) < 2000])
texts = st.text() | hostile | st.text(alphabet=st.characters(codec="utf-8"))
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**200), max_value=2**200)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts
)
documents = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.lists(children, max_size=5).map(tuple)
        | st.dictionaries(texts, children, max_size=5)
    ),
    max_leaves=30,
)


@given(documents)
def test_fragments_are_the_reference_bytes(value: object) -> None:
    assert fragment(value) == reference(value) == canonical_json(value)  # type: ignore[arg-type]


class Kind(StrEnum):
    A = "a\u00e9\x1f"


class Count(IntEnum):
    TWO = 2


def cyclic() -> list[object]:
    found: list[object] = [1]
    found.append(found)
    return found


def nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(Kind.A, id="str-enum"),
        pytest.param({"k": Count.TWO, Kind.A: [Kind.A]}, id="enum-key-and-values"),
        pytest.param(OrderedDict([("b", 1), ("a", 2)]), id="dict-subclass"),
        pytest.param({"b": {"z": [1.5, -0.0, 1e300]}, "a": None}, id="nested-floats"),
        pytest.param({1: "int-key", "1": "str-key-equal-text"}, id="int-key"),
        pytest.param({True: 1, None: 2}, id="bool-and-none-keys"),
        pytest.param({1: "x", "a": "y"}, id="mixed-keys"),
        pytest.param(float("nan"), id="nan"),
        pytest.param([float("-inf")], id="inf-in-list"),
        pytest.param({"x": {1, 2}}, id="set"),
        pytest.param(b"bytes", id="bytes"),
        pytest.param(object(), id="object"),
        pytest.param(cyclic(), id="cycle"),
        pytest.param(10**5000, id="too-many-digits"),
        pytest.param(nested(200), id="nested-200"),
    ],
)
def test_fragments_write_or_refuse_like_the_reference(value: object) -> None:
    try:
        expected: object = reference(value)
    except (TypeError, ValueError) as error:
        expected = type(error)
    try:
        got: object = fragment(value)
    except (TypeError, ValueError) as error:
        got = type(error)
    assert got == expected


def event_with(payload: object) -> Event:
    return attrs.evolve(received().history[0], payload=payload)


def loaded(payload: object) -> object:
    try:
        return ("value", json.loads(payload))  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        return ("error", type(error))


def event_data(payload: object) -> object:
    try:
        return ("value", event_with(payload).data)
    except (TypeError, ValueError) as error:
        return ("error", type(error))


@given(documents.map(canonical_json) | documents.map(json.dumps) | st.text(max_size=40))
def test_event_data_is_what_json_loads_reads(payload: str) -> None:
    assert event_data(payload) == loaded(payload)


@pytest.mark.parametrize(
    "payload",
    [" {}", "{} ", "{}\n", "", "{", '{"a":1}x', '{"a":"\\ud800"}', "NaN", "[1,2]", b'{"a":1}'],
)
def test_event_data_reads_odd_payloads_as_json_loads_does(payload: object) -> None:
    assert event_data(payload) == loaded(payload)


# -- the compiled path against the full path ---------------------------------------------------


def never(*args: object) -> None:
    """The compiled path declining every call."""


class FullPath:
    """A workflow whose ``apply`` always takes the full path: the reference."""

    def __init__(self, workflow: Workflow) -> None:
        self.workflow = workflow

    def apply(self, *args: Any, **kwargs: Any) -> Complaint:
        with mock.patch.object(workflow_module, "quick_apply", never):
            return self.workflow.apply(*args, **kwargs)


FULL = FullPath(WF)
DIRECTORY = {"dinkes", "rsud", "dishub"}
FAST_DIRECTORY = Workflow.default(units=DIRECTORY)
FULL_DIRECTORY = FullPath(FAST_DIRECTORY)

ACTORS = [
    ADMIN,
    UNIT,
    Actor.unit("rsud"),
    REPORTER,
    Actor.reporter("akun-lain"),
    SYSTEM,
    Actor(role="pengawas", id="ombudsman-ntt"),
]
UNIT_LISTS = st.sampled_from(
    [["dinkes"], ["rsud", "dinkes"], ["dinkes", "dinkes"], [], ["tak-dikenal"], ["a b"], "dinkes"]
)
VALUES = (
    hostile
    | st.text(max_size=30)
    | UNIT_LISTS
    | st.sampled_from(["spam", "ombudsman", "4", True, None, 7, 1.5, ["x"], {"a": 1}])
)
FIELD_NAMES = st.sampled_from(
    ["units", "note", "reason", "response", "message", "to", "skor", "alasan", "respons", "x"]
)


def result(workflow: Workflow | FullPath, *args: Any, **kwargs: Any) -> object:
    try:
        return workflow.apply(*args, **kwargs)
    except PengaduanError as error:
        return error


def same(fast: object, full: object) -> None:
    if isinstance(full, PengaduanError):
        assert type(fast) is type(full)
        assert str(fast) == str(full)
        assert fast.code == full.code  # type: ignore[attr-defined]
        return
    assert not isinstance(fast, PengaduanError), f"the compiled path raised {fast!r}"
    assert fast == full
    assert fast.history[-1] == full.history[-1]  # type: ignore[attr-defined]


@given(st.data(), st.booleans())
def test_apply_gives_what_the_full_path_gives(data: st.DataObject, directory: bool) -> None:
    fast_wf, full_wf = (FAST_DIRECTORY, FULL_DIRECTORY) if directory else (WF, FULL)
    complaint = received()
    keys: list[str] = []
    # Mostly well-formed calls (so that walks go deep), each part spoiled now and then.
    spoil = st.sampled_from([False] * 5 + [True])
    for _ in range(data.draw(st.integers(min_value=1, max_value=15), label="steps")):
        allowed = WF.allowed_actions(complaint)
        likely = st.sampled_from(allowed) if allowed else st.sampled_from(sorted(Action))
        action = data.draw(
            likely | st.sampled_from([*sorted(Action), "ubah_privasi", "nope"]), label="action"
        )
        actor, payload = VALID.get(action, (ADMIN, {}))
        if action in {Action.TINDAK_LANJUT, Action.DISPOSISI_ULANG} and complaint.units:
            actor = Actor.unit(complaint.units[0])
        if data.draw(spoil, label="spoil data"):
            payload = data.draw(st.dictionaries(FIELD_NAMES, VALUES, max_size=3), label="data")
        if data.draw(spoil, label="spoil actor"):
            actor = data.draw(st.sampled_from(ACTORS), label="actor")
        minutes = data.draw(st.integers(min_value=0, max_value=5000), label="minutes")
        if data.draw(spoil, label="spoil time"):
            minutes = -data.draw(st.integers(min_value=1, max_value=90), label="earlier")
        at = complaint.updated_at + timedelta(minutes=minutes)
        version: object = data.draw(st.sampled_from([None, complaint.version]), label="version")
        if data.draw(spoil, label="spoil version"):
            version = data.draw(st.sampled_from([complaint.version - 1, -1, True, 2**63]))
        key: object = data.draw(st.sampled_from([None, f"k{len(keys)}"]), label="key")
        if data.draw(spoil, label="spoil key"):
            key = data.draw(st.sampled_from(["", "kunci\x1f", "x" * 257, 5, *keys]))
        if isinstance(key, str) and key == f"k{len(keys)}":
            keys.append(key)
        kwargs = {"at": at, "actor": actor, "expected_version": version, "idempotency_key": key}
        fast = result(fast_wf, complaint, action, **kwargs, **payload)
        full = result(full_wf, complaint, action, **kwargs, **payload)
        same(fast, full)
        if not isinstance(fast, PengaduanError):
            complaint = fast  # type: ignore[assignment]
    verify_history(complaint)
    assert WF.conforms(complaint) == []


BAD_ARGUMENTS = [
    ("complaint", None),
    ("action", 7),
    ("action", "nope"),
    ("at", T0.replace(tzinfo=None)),
    ("at", "2025-03-03"),
    ("at", T0 - timedelta(days=1)),
    ("actor", "admin"),
    ("actor", UNIT),
    ("expected_version", 1.0),
    ("expected_version", -1),
    ("expected_version", 5),
    ("idempotency_key", 5),
    ("idempotency_key", "x" * 257),
    ("units", ["dinkes", "dinkes"]),
    ("respons", "typo"),
]


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param((one, two), id=f"{one[0]}={one[1]!r:.12}+{two[0]}={two[1]!r:.12}")
        for i, one in enumerate(BAD_ARGUMENTS)
        for two in [*BAD_ARGUMENTS[i + 1 :], ("units", ["dinkes"])]
        if one[0] != two[0]
    ],
)
def test_bad_arguments_raise_what_the_full_path_raises(
    bad: tuple[tuple[str, object], tuple[str, object]],
) -> None:
    """Two bad arguments at once: the same one is reported, whichever path ran."""
    kwargs: dict[str, Any] = {
        "complaint": received(),
        "action": Action.VERIFIKASI,
        "at": T0 + timedelta(hours=1),
        "actor": ADMIN,
        "units": ["dinkes"],
    }
    kwargs.update(bad)
    fast = result(WF, **kwargs)
    full = result(FULL, **kwargs)
    same(fast, full)


def test_replays_and_conflicts_go_through_the_full_path() -> None:
    complaint = received()
    at = T0 + timedelta(hours=1)
    done = WF.apply(
        complaint, Action.VERIFIKASI, at=at, actor=ADMIN, idempotency_key="k1", units=["dinkes"]
    )
    again = WF.apply(
        done, Action.VERIFIKASI, at=at, actor=ADMIN, idempotency_key="k1", units=["dinkes"]
    )
    assert again is done
    other = result(WF, done, Action.TUTUP, at=at, actor=ADMIN, idempotency_key="k1")
    same(other, result(FULL, done, Action.TUTUP, at=at, actor=ADMIN, idempotency_key="k1"))
    stale = result(
        WF, done, Action.TINDAK_LANJUT, at=at, actor=UNIT, expected_version=1, response="x"
    )
    same(
        stale,
        result(
            FULL, done, Action.TINDAK_LANJUT, at=at, actor=UNIT, expected_version=1, response="x"
        ),
    )


def test_the_lifecycle_takes_the_compiled_path() -> None:
    """The common case must not quietly fall back to the full path (it is the speed)."""
    complaint = received()
    for action, actor, data in [
        (Action.VERIFIKASI, ADMIN, {"units": ["dinkes"]}),
        (Action.TINDAK_LANJUT, UNIT, {"response": "Petugas sudah ditegur."}),
        (Action.BUKA_KEMBALI, REPORTER, {"reason": "belum ada perubahan"}),
        (Action.TANGGAPI, REPORTER, {"message": "Masih menunggu."}),
        (Action.TINDAK_LANJUT, UNIT, {"response": "Sudah diperbaiki."}),
        (Action.TUTUP, ADMIN, {}),
    ]:
        at = complaint.updated_at + timedelta(hours=1)
        taken = quick_apply(
            WF._steps, WF.units, complaint, action, at, actor, None, None, dict(data)
        )
        assert taken is not None, action
        assert taken == FULL.apply(complaint, action, at=at, actor=actor, **data)
        complaint = taken
    verify_history(complaint)


def test_a_refusing_guard_is_reported_by_the_full_path() -> None:
    disposed = step(received(), Action.VERIFIKASI)
    at = disposed.updated_at + timedelta(hours=1)
    other_unit = Actor.unit("rsud")
    fast = result(WF, disposed, Action.TINDAK_LANJUT, at=at, actor=other_unit, response="x")
    full = result(FULL, disposed, Action.TINDAK_LANJUT, at=at, actor=other_unit, response="x")
    assert isinstance(full, PengaduanError)
    assert full.guard == "assigned-unit"  # type: ignore[attr-defined]
    same(fast, full)


def with_extra_fields() -> Workflow:
    """The default profile with a flag, a short text and a choice declared on ``tutup``."""
    definition = WF.definition
    extra = (
        FieldSpec(name="puas", kind=FieldKind.FLAG),
        FieldSpec(name="kode", kind=FieldKind.TEXT, max_length=10),
        FieldSpec(name="kanal", kind=FieldKind.CHOICE, choices=["sms", "web"], required=True),
    )
    actions = tuple(
        attrs.evolve(a, fields=(*a.fields, *extra)) if a.name == Action.TUTUP else a
        for a in definition.actions
    )
    return Workflow.from_definition(attrs.evolve(definition, actions=actions))


EXTRA = with_extra_fields()


@pytest.mark.parametrize(
    "data",
    [
        {"kanal": "sms"},
        {"kanal": "web", "puas": True, "kode": "A-1"},
        {"kanal": "web", "puas": False},
        {"kanal": "web", "puas": 1},
        {"kanal": "web", "puas": None},
        {"kanal": "web", "puas": "true"},
        {"kanal": "web", "kode": "x" * 10},
        {"kanal": "web", "kode": "x" * 11},
        {"kanal": "web", "kode": "  "},
        {"kanal": "telepon"},
        {"kanal": Kind.A},
        {"puas": True},
        {"kanal": "sms", "note": 'catatan \u00e9\U0001f600 \\ " \x00'},
        {"kanal": "sms", "note": "\ud800"},
    ],
    ids=repr,
)
def test_every_field_kind_takes_the_same_path(data: dict[str, Any]) -> None:
    followed = step(step(received(), Action.VERIFIKASI), Action.TINDAK_LANJUT)
    at = followed.updated_at + timedelta(hours=1)
    fast = result(EXTRA, followed, Action.TUTUP, at=at, actor=ADMIN, **data)
    full = result(FullPath(EXTRA), followed, Action.TUTUP, at=at, actor=ADMIN, **data)
    same(fast, full)
    if not isinstance(fast, PengaduanError):
        assert fast.history[-1].payload == canonical_json(data)  # type: ignore[attr-defined]
        verify_history(fast)  # type: ignore[arg-type]
