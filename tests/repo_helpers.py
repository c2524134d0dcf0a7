"""Open the SQL repository on every backend: SQLite and PostgreSQL, sync and async.

The async repository is driven through :class:`SyncFacade`, which runs each coroutine to the end
on the test's own event loop, so one test body checks both front ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pengaduan.store import AsyncRepository, Repository

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.pg_helpers import Cluster

BACKENDS = ("sqlite", "sqlite-async", "postgresql", "postgresql-async")
_numbers = itertools.count(1)


class SyncFacade:
    """The async repository with every coroutine method run to completion."""

    def __init__(self, repo: AsyncRepository, loop: asyncio.AbstractEventLoop) -> None:
        self.repo = repo
        self.loop = loop

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.repo, name)

        def run(*args: Any, **kwargs: Any) -> Any:
            return self.loop.run_until_complete(method(*args, **kwargs))

        return run

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        manager = self.repo.transaction()
        tx = self.loop.run_until_complete(manager.__aenter__())
        try:
            yield _TxFacade(tx, self.loop)
        except BaseException as exc:
            if not self.loop.run_until_complete(
                manager.__aexit__(type(exc), exc, exc.__traceback__)
            ):
                raise
        else:
            self.loop.run_until_complete(manager.__aexit__(None, None, None))

    def close(self) -> None:
        self.loop.run_until_complete(self.repo.close())


class _TxFacade:
    def __init__(self, tx: Any, loop: asyncio.AbstractEventLoop) -> None:
        self.tx = tx
        self.loop = loop

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.tx, name)
        return lambda *a, **k: self.loop.run_until_complete(method(*a, **k))


def database_url(backend: str, tmp_path: Path, cluster: Cluster | None) -> str:
    """A fresh, empty database for one test."""
    if backend.startswith("sqlite"):
        return f"sqlite:///{tmp_path / f'store-{next(_numbers)}.db'}"
    assert cluster is not None
    return cluster.create_database(f"t{next(_numbers)}")


@contextlib.contextmanager
def opened(backend: str, url: str, **options: Any) -> Iterator[Any]:
    """A repository (or the facade of an async one) on ``url``, closed afterwards."""
    if backend.endswith("async"):
        loop = asyncio.new_event_loop()
        try:
            facade = SyncFacade(loop.run_until_complete(AsyncRepository.open(url, **options)), loop)
            try:
                yield facade
            finally:
                facade.close()
        finally:
            loop.close()
    else:
        repo = Repository(url, **options)
        try:
            yield repo
        finally:
            repo.close()


@contextlib.contextmanager
def file_away(path: Path) -> Iterator[None]:
    """The file away (its disk unmounted): a directory stands in its place meanwhile."""
    aside = path.with_suffix(".aside")
    path.rename(aside)
    path.mkdir()
    try:
        yield
    finally:
        path.rmdir()
        aside.rename(path)


def run_script(code: str, *args: str, warnings: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter from the repository's root (so ``tests`` imports),
    with ``args`` as its ``sys.argv[1:]``; with ``warnings``, every warning is shown."""
    flags = ["-W", "default"] if warnings else []
    return subprocess.run(  # noqa: S603 - this interpreter, code written by the tests
        [sys.executable, *flags, "-c", code, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
