"""A throwaway PostgreSQL cluster for the store tests: initdb, pg_ctl, a free 127.0.0.1 port.

The server binaries come from the Debian ``postgresql`` package (``make system-deps`` installs
it). initdb and postgres refuse to run as root, so as root they run as the ``postgres`` user
(created by the package) in a temporary directory it owns; as any other user they run as that
user. The cluster is stopped and its directory removed when the test session ends, whether
the tests passed or not.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def server_bin() -> Path | None:
    """The newest installed PostgreSQL server's bin directory, if any."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running cluster; ``url(database)`` gives a SQLAlchemy URL for psycopg 3."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="pengaduan-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, user="postgres", group="postgres")
            self._prefix = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run(  # noqa: S603 - fixed binaries, arguments built here
            [*self._prefix, *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=self.root,
        )

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        self._launch()

    def _launch(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} -c fsync=off "
            "-c full_page_writes=off -c max_connections=60"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def restart(self) -> None:
        """Stop the server at once (as a crash would) and start it again on the same data."""
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"
        )
        self._launch()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg  # noqa: PLC0415 - only with a cluster

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return self.url(name)


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """A started cluster, stopped and removed on exit (also when the body raises)."""
    bindir = server_bin()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL is not installed: run `make system-deps` (apt-get install postgresql)"
        )
    cluster = Cluster(bindir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def on_both_databases(prefix: str, run: Callable[[str, str, list[str]], None]) -> None:
    """Call ``run(name, url, fresh_urls)`` on SQLite files, then on a throwaway PostgreSQL
    cluster (when its server is installed): one database to work on and two fresh ones, for a
    benchmark that compares working in place with moving the data."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder)
        run(
            "SQLite",
            f"sqlite:///{path / 'old.db'}",
            [f"sqlite:///{path / f'fresh-{i}.db'}" for i in (1, 2)],
        )
    if server_bin() is None:
        print("PostgreSQL: server binaries not installed, skipped")  # noqa: T201 - a benchmark's output
        return
    with running_cluster() as cluster:
        run(
            "PostgreSQL",
            cluster.create_database(f"{prefix}_old"),
            [cluster.create_database(f"{prefix}_fresh_{i}") for i in (1, 2)],
        )
