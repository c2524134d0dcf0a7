"""Bad input that let a built-in exception out of a public callable: each is now a typed error
naming what was wrong (and never the value given)."""

from __future__ import annotations

import importlib.util
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from tests.hostile_helpers import raises_typed

from pengaduan import testing
from pengaduan.calendar import HolidayLayer, WorkingCalendar
from pengaduan.errors import ArgumentError, ConfigurationError, PengaduanError
from pengaduan.integrity import SigningKey
from pengaduan.routing import RuleSet
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

AT = datetime(2025, 6, 2, 9, tzinfo=ZoneInfo("Asia/Jakarta"))
KEY = SigningKey.generate()


def _deep(depth: int) -> list[Any]:
    top: list[Any] = []
    current = top
    for _ in range(depth):
        inner: list[Any] = []
        current.append(inner)
        current = inner
    return top


def _rules(**rule: object) -> dict[str, object]:
    return {
        "name": "r",
        "fallback": "pupr",
        "rule": [{"name": "a", "unit": "pupr", "any": ["jalan"], **rule}],
    }


# (id, the call, the error class, the argument it names or None)
CASES: list[tuple[str, Callable[[], object], type[PengaduanError], str | None]] = [
    ("pem-password-too-long", lambda: KEY.to_pem(password="x" * 2000), ArgumentError, "password"),
    (
        "holiday-layer-kind-list",
        lambda: HolidayLayer.of(name="x", kind=["national"], holidays=()),  # type: ignore[arg-type]
        ConfigurationError,
        None,
    ),
    (
        "build-complaint-units-none",
        lambda: testing.build_complaint(AT, units=None),  # type: ignore[arg-type]
        ArgumentError,
        "units",
    ),
    (
        "build-complaint-classification",
        lambda: testing.build_complaint(AT, classification="laporan"),
        ArgumentError,
        "classification",
    ),
    (
        "build-complaint-classification-none",
        lambda: testing.build_complaint(AT, classification=None),  # type: ignore[arg-type]
        ArgumentError,
        "classification",
    ),
    (
        "sop-compliant-ignore-unknown",
        lambda: testing.assert_sop_compliant(
            testing.build_complaint(AT), workflow=Workflow.default(), now=AT, ignore=["no-such"]
        ),
        ArgumentError,
        "ignore",
    ),
    (
        "rule-description-deep",
        lambda: RuleSet.from_dict(_rules(description=_deep(1200))),
        ConfigurationError,
        None,
    ),
    (
        "rule-priority-deep",
        lambda: RuleSet.from_dict(_rules(priority=_deep(1200))),
        ConfigurationError,
        None,
    ),
    (
        "rule-priority-huge-int",
        lambda: RuleSet.from_dict(_rules(priority=10**5000)),
        ConfigurationError,
        None,
    ),
]


@pytest.mark.parametrize(
    ("call", "expected", "argument"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_typed_error_not_a_built_in_one(
    call: Callable[[], object], expected: type[PengaduanError], argument: str | None
) -> None:
    error = raises_typed(call)
    assert isinstance(error, expected)
    if argument is not None:
        assert isinstance(error, ArgumentError)
        assert error.argument == argument


def test_a_pem_password_up_to_the_limit_still_round_trips() -> None:
    password = "x" * 1023
    assert SigningKey.from_pem(KEY.to_pem(password=password), password=password).key_id == (
        KEY.key_id
    )


def test_saving_with_a_password_too_long_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "kunci.pem"
    error = raises_typed(KEY.save, target, password="x" * 1024)
    assert isinstance(error, ArgumentError)
    assert not target.exists()


def test_a_rule_description_that_is_not_a_string_is_named_not_turned_into_one() -> None:
    error = raises_typed(RuleSet.from_dict, _rules(description=["not", "a", "text"]))
    assert isinstance(error, ConfigurationError)
    assert any("description" in problem for problem in error.problems)
    described = RuleSet.from_dict(_rules(description="jalan dan jembatan"))
    assert described.rules[0].description == "jalan dan jembatan"


def test_a_parquet_directory_name_too_long_is_a_write_error() -> None:
    pytest.importorskip("pyarrow")
    from pengaduan.audit import parquet  # noqa: PLC0415

    error = raises_typed(
        parquet.write_parquet, [], "a" * 300, calendar=WorkingCalendar.indonesia(), now=AT
    )
    assert isinstance(error, parquet.ParquetWriteError)


@pytest.mark.skipif(
    importlib.util.find_spec("presidio_analyzer") is None, reason="presidio-analyzer"
)
@pytest.mark.parametrize("language", [" id", "", "i d", "id\n", "12"])
def test_a_presidio_language_that_is_not_a_code_is_refused(language: str) -> None:
    from pengaduan.redaction import Redactor, presidio  # noqa: PLC0415

    error = raises_typed(presidio.analyzer_engine, Redactor.default(), language=language)
    assert isinstance(error, ArgumentError)
    assert error.argument == "language"
