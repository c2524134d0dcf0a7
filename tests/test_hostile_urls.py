"""A repository URL's query arguments: only those a repository takes, each checked before
SQLAlchemy sees it; anything else is an ArgumentError naming ``url`` (never echoing the URL,
which may hold a password), a usage error (exit 2) on the command line, and no warning."""

from __future__ import annotations

import asyncio
import io
import warnings
from typing import TYPE_CHECKING

import pytest
from tests.hostile_helpers import SECRET_NIK, SECRET_TEXT, raises_typed

from pengaduan.cli import EXIT_USAGE, main
from pengaduan.errors import ArgumentError
from pengaduan.store import AsyncRepository, Repository

if TYPE_CHECKING:
    from pathlib import Path

REFUSED = [
    pytest.param("timeout=abc", id="timeout-not-a-number"),
    pytest.param("timeout=-1", id="timeout-negative"),
    pytest.param("timeout=nan", id="timeout-nan"),
    pytest.param("timeout=inf", id="timeout-inf"),
    pytest.param("timeout=3601", id="timeout-over-an-hour"),
    pytest.param("timeout=" + "9" * 5000, id="timeout-huge"),
    pytest.param("timeout=1&timeout=2", id="timeout-twice"),
    pytest.param("foo=5", id="unknown"),
    pytest.param(f"note={SECRET_TEXT}", id="unknown-secret"),
    pytest.param(f"timeout={SECRET_NIK}", id="timeout-secret"),
    pytest.param("isolation_level=AUTOCOMMIT", id="isolation-level"),
    pytest.param("check_same_thread=false", id="check-same-thread"),
    pytest.param("cached_statements=abc", id="cached-statements"),
    pytest.param("detect_types=x", id="detect-types"),
    pytest.param("uri=maybe", id="uri-not-a-bool"),
    pytest.param("mode=ro", id="uri-argument-without-uri"),
    pytest.param("uri=true&mode=zz", id="uri-bad-mode"),
    pytest.param("uri=true&vfs=unix-none", id="uri-unknown-argument"),
]

ACCEPTED = [
    pytest.param("timeout=5", id="timeout"),
    pytest.param("timeout=0.5", id="timeout-float"),
    pytest.param("uri=true&mode=rwc", id="uri-mode"),
    pytest.param("uri=true&cache=private&nolock=0", id="uri-cache-nolock"),
    pytest.param("uri=false", id="uri-false"),
]


@pytest.mark.parametrize("query", REFUSED)
def test_a_query_argument_the_repository_does_not_take_is_refused(
    tmp_path: Path, query: str
) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}?{query}"
    error = raises_typed(Repository, url, secrets=(SECRET_TEXT, SECRET_NIK, str(tmp_path)))
    assert isinstance(error, ArgumentError)
    assert error.argument == "url"
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("query", REFUSED[:3])
def test_the_async_repository_refuses_them_too(tmp_path: Path, query: str) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}?{query}"
    error = raises_typed(lambda: asyncio.run(AsyncRepository.open(url)))
    assert isinstance(error, ArgumentError)
    assert error.argument == "url"


@pytest.mark.parametrize("query", ACCEPTED)
def test_the_query_arguments_it_takes_open_the_database_without_a_warning(
    tmp_path: Path, query: str
) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}?{query}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # SQLAlchemy's "ignored query argument" warning fails
        repository = Repository(url)
        try:
            assert repository.count() == 0
        finally:
            repository.close()


def test_an_async_repository_takes_a_timeout(tmp_path: Path) -> None:
    async def run() -> int:
        repository = await AsyncRepository.open(f"sqlite:///{tmp_path / 'x.db'}?timeout=5")
        try:
            return await repository.count()
        finally:
            await repository.close()

    assert asyncio.run(run()) == 0


@pytest.mark.parametrize("command", ["import", "upgrade"])
def test_the_command_line_calls_a_bad_url_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text("")
    url = f"sqlite:///{tmp_path / 'x.db'}?timeout=abc"
    argv = ["db", command, url] + ([str(data)] if command == "import" else [])
    code = main(argv, out=io.StringIO())
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert err.count("\n") <= 1, err
    assert "Traceback" not in err
    assert "abc" not in err
