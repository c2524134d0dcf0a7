"""Hostile input to the compliance findings, the satisfaction answer of a complaint and the
message templates' loader.

A [`Finding`][pengaduan.compliance.Finding] is a value built from structured fields: each field of
the wrong type is refused with an ``ArgumentError`` naming the field (never its content), and an
enum field takes its member or its value as before. ``satisfaction_of()`` refuses anything but a
complaint; ``TemplateSet.from_dict()`` refuses a ``what`` that is not text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import received
from tests.hostile_helpers import HOSTILE_TEXTS, raises_typed, wrong_type_cases

from pengaduan.calendar import TimeUnit
from pengaduan.compliance import Finding, FindingKind
from pengaduan.errors import ArgumentError
from pengaduan.messages import TemplateSet
from pengaduan.messages.satisfaction import satisfaction_of
from pengaduan.sla import Confidence, LegalBasis

if TYPE_CHECKING:
    from collections.abc import Callable

AT = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
BASIS = LegalBasis(citation="SOP contoh", confidence=Confidence.ASSUMED)
TEMPLATES = TemplateSet.default().to_dict()
REQUIRED: dict[str, object] = {"kind": "breach", "complaint_id": "KPG-1", "rule": "verifikasi"}


def _finding(field: str) -> Callable[[Any], object]:
    return lambda value: Finding(**(REQUIRED | {field: value}))  # type: ignore[arg-type]


FIELDS = (
    "kind",
    "complaint_id",
    "rule",
    "units",
    "expected_at",
    "actual_at",
    "late_by",
    "time_unit",
    "basis",
    "cycle",
    "sequence",
    "workflow",
    "detail",
)
ARGUMENTS: dict[str, Callable[[Any], object]] = {f"Finding.{f}": _finding(f) for f in FIELDS}
ARGUMENTS["satisfaction_of.complaint"] = satisfaction_of
ARGUMENTS["TemplateSet.from_dict.what"] = lambda v: TemplateSet.from_dict(TEMPLATES, what=v)

OPTIONAL = ("expected_at", "actual_at", "late_by", "time_unit", "basis", "cycle", "sequence")
ACCEPTS: dict[str, set[str]] = {f"Finding.{f}": {"none"} for f in (*OPTIONAL, "workflow")}
ACCEPTS["Finding.cycle"] |= {"int"}
ACCEPTS["Finding.sequence"] |= {"int"}
# Units are any iterable of texts: a set of texts and a dict's keys are (a list holding a
# secret text is still a list of texts).
ACCEPTS["Finding.units"] = {"list", "set", "dict", "secret-str-in-list"}


@pytest.mark.parametrize(
    ("argument", "call", "value"),
    [
        pytest.param(name.split(".")[-1], *case.values, id=case.id)
        for name, call in ARGUMENTS.items()
        for case in wrong_type_cases({name: call}, ACCEPTS)
    ],
)
def test_a_wrong_type_is_an_argument_error_naming_the_field(
    argument: str, call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)
    assert error.code == "argument"
    assert error.argument == argument


@pytest.mark.parametrize("units", [[7], ("a", None), iter([b"x"])], ids=["int", "none", "bytes"])
def test_units_must_hold_texts(units: object) -> None:
    error = raises_typed(_finding("units"), units)
    assert isinstance(error, ArgumentError)
    assert error.argument == "units"


@pytest.mark.parametrize("field", ["kind", "time_unit"])
@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[k for k, _ in HOSTILE_TEXTS])
def test_an_unknown_enum_value_lists_the_values(field: str, text: str) -> None:
    error = raises_typed(_finding(field), text)
    assert isinstance(error, ArgumentError)
    assert error.argument == field
    enum = FindingKind if field == "kind" else TimeUnit
    assert all(member.value in str(error.rule) for member in enum)


def test_valid_findings_are_built_as_before() -> None:
    finding = Finding(
        kind="overdue_open",
        complaint_id="KPG-1",
        rule="verifikasi",
        units=(unit for unit in ["dinkes", "pupr"]),
        expected_at=AT,
        actual_at=AT + timedelta(days=3),
        late_by=timedelta(days=2),
        time_unit="working_days",
        basis=BASIS,
        cycle=1,
        sequence=2,
        workflow="lapor",
    )
    assert finding.kind is FindingKind.OVERDUE_OPEN
    assert finding.units == ("dinkes", "pupr")
    assert finding.time_unit is TimeUnit.WORKING_DAYS
    assert "KPG-1" in finding.describe("en")
    same = Finding(kind=FindingKind.BREACH, complaint_id="K", rule="r", units=["a"])
    assert same.units == ("a",)
    assert satisfaction_of(received()) is None
    built = TemplateSet.from_dict(TEMPLATES, what="templat kota")
    assert built.templates == TemplateSet.default().templates


@pytest.mark.parametrize("language", ["fr", "", 7, None], ids=["fr", "empty", "int", "none"])
def test_describe_refuses_an_unknown_language_with_a_typed_error(language: object) -> None:
    finding = Finding(kind="breach", complaint_id="K", rule="r")
    if language is None:
        assert finding.describe(language) == finding.describe()
        return
    error = raises_typed(finding.describe, language)
    assert isinstance(error, ArgumentError)
    assert isinstance(error, ValueError)  # what it raised before
    assert error.argument == "language"
