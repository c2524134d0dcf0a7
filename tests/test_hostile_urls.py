"""A repository URL's query arguments: only those a repository takes, each checked before
SQLAlchemy sees it; anything else is an ArgumentError naming ``url`` (never echoing the URL,
which may hold a password), a usage error (exit 2) on the command line, and no warning. With
``uri=true``, a path is the file it names, opened as SQLite opens a ``file:`` URI (``mode=ro``
reads it and never creates it)."""

from __future__ import annotations

import asyncio
import io
import warnings
from typing import TYPE_CHECKING

import pytest
from tests.helpers import received
from tests.hostile_helpers import SECRET_NIK, SECRET_TEXT, raises_typed
from tests.repo_helpers import opened

from pengaduan.cli import EXIT_USAGE, main
from pengaduan.errors import ArgumentError, StorageError
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


# -- uri=true with a path: the file the path names, as SQLite reads a file: URI ------------------


def _databases(folder: Path) -> list[str]:
    """The files in ``folder`` but SQLite's WAL files (a reader of a WAL database makes them)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _stored_read_only(tmp_path: Path) -> Path:
    path = tmp_path / "kantor.db"
    with Repository(f"sqlite:///{path}") as repo:
        repo.add(received())
    return path


@pytest.mark.parametrize("backend", ["sqlite", "sqlite-async"])
def test_a_path_with_mode_ro_opens_that_file_read_only(tmp_path: Path, backend: str) -> None:
    path = _stored_read_only(tmp_path)
    with opened(backend, f"sqlite:///{path}?mode=ro&uri=true") as repo:
        assert repo.count() == 1
        with pytest.raises(StorageError) as caught:
            repo.add(received("KPG-TEST-2"))
        assert caught.value.reason == "read-only"
    assert _databases(tmp_path) == ["kantor.db"]  # none named 'kantor.db?mode=ro'
    with Repository(f"sqlite:///{path}") as repo:
        assert repo.count() == 1


def test_a_relative_path_with_uri_true_is_the_file_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stored_read_only(tmp_path)
    monkeypatch.chdir(tmp_path)
    with Repository("sqlite:///kantor.db?mode=ro&uri=true") as repo:
        assert repo.count() == 1
    assert _databases(tmp_path) == ["kantor.db"]


def test_a_missing_file_with_mode_ro_is_not_created(tmp_path: Path) -> None:
    folder = tmp_path / "data dinas"  # a space, percent-encoded in the URI SQLite reads
    folder.mkdir()
    with pytest.raises(StorageError):
        Repository(f"sqlite:///{folder}/baru.db?mode=ro&uri=true")
    assert list(folder.iterdir()) == []


def test_a_path_with_spaces_and_mode_rwc_creates_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "data dinas"
    folder.mkdir()
    with Repository(f"sqlite:///{folder}/baru.db?mode=rwc&uri=true") as repo:
        repo.add(received())
    assert _databases(folder) == ["baru.db"]
    with Repository(f"sqlite:///{folder}/baru.db") as repo:
        assert repo.count() == 1


@pytest.mark.parametrize("database", ["", ":memory:"])
def test_uri_arguments_without_a_file_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: str
) -> None:
    monkeypatch.chdir(tmp_path)
    error = raises_typed(Repository, f"sqlite:///{database}?uri=true&mode=memory")
    assert isinstance(error, ArgumentError)
    assert error.argument == "url"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name",
    [
        "file:laporan#1.db",  # SQLite would cut the name at '#' and open 'laporan'
        "file:kantor%231.db",  # the same once the URL's escapes are read
        "file:x.db%3Fmode%3Drwc%26a%3D",  # a query of its own inside the name, before mode=ro
    ],
)
def test_a_file_uri_name_holding_a_query_or_a_fragment_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{name}?mode=ro&uri=true"
    for opener in (Repository, lambda u: asyncio.run(AsyncRepository.open(u))):
        error = raises_typed(opener, url)
        assert isinstance(error, ArgumentError)
        assert error.argument == "url"
    assert list(tmp_path.iterdir()) == []  # no other file created
    out = io.StringIO()
    assert main(["--lang", "en", "db", "current", url], out=out) == EXIT_USAGE
    assert list(tmp_path.iterdir()) == []


def test_a_file_with_a_hash_in_its_name_opens_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "kantor#1.db"
    with Repository(f"sqlite:///{path}") as repo:
        repo.add(received())
    with Repository(f"sqlite:///{path}?mode=ro&uri=true") as repo:  # made a file: URI, escaped
        assert repo.count() == 1
    assert _databases(tmp_path) == ["kantor#1.db"]
