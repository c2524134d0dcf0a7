"""Shared test configuration."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings
from tests.pg_helpers import running_cluster
from tests.repo_helpers import BACKENDS, database_url

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.pg_helpers import Cluster

# "ci" keeps the whole suite fast on two cores and reproducible (the same examples every run, so
# a red build is never luck); "thorough" explores at random and is for hunting bugs.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _neutral_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line picks its language from the locale: every test starts from a neutral
    one (Indonesian, the default), whatever the machine running the suite is set to; and the
    process-wide language is back to Indonesian after each test."""
    from pengaduan.language import set_language  # noqa: PLC0415

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    set_language("id")


@pytest.fixture
def english() -> Iterator[None]:
    """Messages in English for the test (one that checks the English wording of a message; the
    Indonesian texts are checked by tests/test_i18n.py and tests/test_error_texts.py)."""
    from pengaduan.language import use_language  # noqa: PLC0415

    with use_language("en"):
        yield


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A real PostgreSQL server for the session (started on first use, always stopped)."""
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each repository back end in turn (SQLite and PostgreSQL, sync and async), for the tests
    that ask for a ``url`` or a ``backend``."""
    return str(request.param)


@pytest.fixture
def url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The database URL of ``backend`` for the test (PostgreSQL: the session's server)."""
    cluster = request.getfixturevalue("pg_cluster") if backend.startswith("postgresql") else None
    return database_url(backend, tmp_path, cluster)
