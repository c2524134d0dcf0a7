"""Hostile input to the demo simulation and to the language read from the environment.

Every argument of ``simulate_month()`` of the wrong type, or out of range (a date that leaves no
room for the month, a number of days or messages per day no demo needs), is refused with an
``ArgumentError`` naming it before anything is simulated; ``language_from_environment()``
refuses anything but a mapping.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import raises_typed, wrong_type_cases

from pengaduan.demo import simulate_month
from pengaduan.errors import ArgumentError, NaiveDatetimeError
from pengaduan.language import language_from_environment

if TYPE_CHECKING:
    from collections.abc import Callable

ARGUMENTS: dict[str, Callable[[Any], object]] = {
    "first_day": lambda v: simulate_month(first_day=v),
    "days": lambda v: simulate_month(days=v),
    "per_day": lambda v: simulate_month(per_day=v),
    "report_at": lambda v: simulate_month(report_at=v),
    "seed": lambda v: simulate_month(seed=v),
    "progress": lambda v: simulate_month(progress=v),
    "environ": language_from_environment,
}
# What each argument takes as it should. A seed is anything random.Random takes (the demo is
# not run for those: the cases below run only the refused ones).
ACCEPTS: dict[str, set[str]] = {
    "days": {"int"},
    "per_day": {"int"},
    "report_at": {"none"},
    "seed": {"none", "int", "huge-int", "float-nan", "float-inf", "bool", "bytes"},
    "progress": {"none", "type", "callable"},
    "environ": {"none", "dict"},
}


@pytest.mark.parametrize(
    ("argument", "call", "value"),
    [
        pytest.param(name, *case.values, id=case.id)
        for name, call in ARGUMENTS.items()
        for case in wrong_type_cases({name: call}, ACCEPTS)
    ],
)
def test_a_wrong_type_is_an_argument_error_naming_it(
    argument: str, call: Callable[[Any], object], value: object
) -> None:
    error = raises_typed(call, value)
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("first_day", datetime(2025, 4, 1, tzinfo=UTC)),
        ("first_day", date.max),
        ("days", -1),
        ("days", 10**6),
        ("per_day", -0.5),
        ("per_day", float("nan")),
        ("per_day", 10**7),
    ],
    ids=["datetime", "date-max", "negative-days", "million-days", "negative", "nan", "too-many"],
)
def test_an_out_of_range_value_is_an_argument_error(argument: str, value: object) -> None:
    error = raises_typed(simulate_month, **{argument: value})
    assert isinstance(error, ArgumentError)
    assert error.argument == argument


def test_a_naive_report_time_is_a_naive_datetime_error() -> None:
    error = raises_typed(simulate_month, report_at=datetime(2025, 4, 30))
    assert isinstance(error, NaiveDatetimeError)


def test_valid_arguments_work_as_before() -> None:
    seen: list[tuple[int, int]] = []
    month = simulate_month(
        first_day=date(2025, 4, 7),
        days=1,
        per_day=2,
        seed="kupang",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert month.complaints
    assert seen
    assert all(1 <= done <= total for done, total in seen)
    assert language_from_environment({"LANG": "en_US.UTF-8"}) == "en"
    assert language_from_environment({"LANG": 7}) == "id"  # a value that is not text is unset
