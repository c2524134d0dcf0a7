"""The hostile-input harness itself catches what it must: raw errors, leaks and hangs."""

from __future__ import annotations

import logging
import time

import pytest
from tests.hostile_helpers import SECRET_NAME, Hang, Leak, outcome, raises_typed

from pengaduan.errors import ArgumentError, PengaduanError


def raw() -> None:
    raise KeyError("x")


def leaky() -> None:
    raise ArgumentError(argument="name", rule="must be short", given=SECRET_NAME)


def leaky_context() -> None:
    try:
        "\ud800".encode()
    except UnicodeEncodeError:
        raise ArgumentError(argument="text", rule="must be encodable") from None


def chained_secret() -> None:
    try:
        (SECRET_NAME + "\ud800").encode()
    except UnicodeEncodeError:
        raise ArgumentError(argument="text", rule="must be encodable") from None


def logs_secret() -> int:
    logging.getLogger("pengaduan.test").warning("got %s", SECRET_NAME)
    return 1


def sleeps() -> None:
    time.sleep(5)


def test_returns_results_and_typed_errors() -> None:
    assert outcome(lambda: 3) == 3
    error = raises_typed(leaky_context)
    assert isinstance(error, PengaduanError)


@pytest.mark.parametrize(
    ("call", "failure"),
    [
        pytest.param(raw, AssertionError, id="raw-error"),
        pytest.param(leaky, Leak, id="secret-in-message"),
        pytest.param(chained_secret, Leak, id="secret-in-context"),
        pytest.param(logs_secret, Leak, id="secret-in-log"),
    ],
)
def test_catches(call: object, failure: type[BaseException]) -> None:
    with pytest.raises(failure):
        outcome(call)  # type: ignore[arg-type]


def test_catches_a_hang() -> None:
    with pytest.raises(Hang):
        outcome(sleeps, seconds=0.2)
