"""``pengaduan db``: create, migrate and fill the SQL repository's tables from the command line.

``pengaduan db upgrade URL`` brings the schema to the newest revision shipped with the package,
``pengaduan db current URL`` prints the revision the database is at (``none`` before the first
upgrade), and ``pengaduan db import URL FILE`` loads a JSON-lines export in batches (resumable;
bad lines are reported by number and the rest are stored; a progress bar on a terminal). The
URL is never printed: it may hold a password.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan.cli._progress import Progress
from pengaduan.errors import StorageError

if TYPE_CHECKING:
    import argparse

__all__ = ["add_db"]

_HELP = {
    "id": {
        "db": "kelola basis data penyimpanan (PostgreSQL, SQLite)",
        "upgrade": "buat atau migrasikan tabel ke revisi terbaru",
        "current": "tampilkan revisi skema basis data",
        "import": "impor ekspor JSON lines (bisa dilanjutkan)",
        "url": "URL basis data, mis. sqlite:///pengaduan.db atau postgresql+psycopg://...",
        "at": "skema pada revisi {revision}",
        "none": "belum ada skema",
        "imported": "{added} disimpan, {skipped} sudah ada, {rejected} ditolak ({lines} baris)",
        "rejected": "baris {line}: ditolak ({code})",
    },
    "en": {
        "db": "manage the storage database (PostgreSQL, SQLite)",
        "upgrade": "create or migrate the tables to the newest revision",
        "current": "show the database's schema revision",
        "import": "import a JSON-lines export (resumable)",
        "url": "database URL, e.g. sqlite:///pengaduan.db or postgresql+psycopg://...",
        "at": "schema at revision {revision}",
        "none": "no schema yet",
        "imported": "{added} stored, {skipped} already there, {rejected} rejected ({lines} lines)",
        "rejected": "line {line}: rejected ({code})",
    },
}


def add_db(commands: Any, lang: str) -> None:
    """Add the ``db`` command to the ``pengaduan`` parser's subcommands."""
    text = _HELP[lang]
    db = commands.add_parser("db", help=text["db"], description=text["db"])
    actions = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = actions.add_parser("upgrade", help=text["upgrade"], description=text["upgrade"])
    upgrade.add_argument("url", help=text["url"])
    upgrade.set_defaults(run=_upgrade)
    current = actions.add_parser("current", help=text["current"], description=text["current"])
    current.add_argument("url", help=text["url"])
    current.set_defaults(run=_current)
    load = actions.add_parser("import", help=text["import"], description=text["import"])
    load.add_argument("url", help=text["url"])
    load.add_argument("file", type=Path, help="JSON lines (.jsonl)")
    load.add_argument("--batch-size", type=int, default=1000, help="lines per transaction")
    load.add_argument("--start-line", type=int, default=1, help="first line to read")
    load.set_defaults(run=_import)


def _revision(url: str, *, upgrade: bool) -> str | None:
    from sqlalchemy import exc as sa_exc  # noqa: PLC0415 - the sql extra, only here

    from pengaduan.store import _core, _migrate  # noqa: PLC0415
    from pengaduan.store._repository import engine_for  # noqa: PLC0415

    engine = engine_for(url)
    failure: StorageError | None = None
    try:
        with engine.begin() as conn:
            if upgrade:
                _migrate.upgrade(conn)
            return _migrate.current(conn)
    except (sa_exc.SQLAlchemyError, OSError) as exc:
        failure = _core.storage_error(exc)
    finally:
        engine.dispose()
    raise failure


def _upgrade(args: argparse.Namespace, stream: IO[str]) -> int:
    revision = _revision(args.url, upgrade=True)
    stream.write(_HELP[args.lang]["at"].format(revision=revision) + "\n")
    return 0


def _current(args: argparse.Namespace, stream: IO[str]) -> int:
    revision = _revision(args.url, upgrade=False)
    text = _HELP[args.lang]
    stream.write(
        (text["none"] if revision is None else text["at"].format(revision=revision)) + "\n"
    )
    return 0


def _import(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.store import Repository  # noqa: PLC0415 - the sql extra, only here

    text = _HELP[args.lang]
    try:
        with args.file.open("rb") as counting:
            total = sum(1 for _ in counting)
        source = args.file.open("rb")  # bytes: a line that is not UTF-8 is rejected alone
    except OSError:
        raise StorageError(reason="unavailable", detail="the input file cannot be read") from None
    with source, Repository(args.url) as repo, Progress("import") as bar:
        report = repo.import_lines(
            source,
            batch_size=args.batch_size,
            start_line=args.start_line,
            progress=None if bar is None else (lambda line: bar(line, total)),
        )
    for line, code in report.rejected[:100]:
        sys.stderr.write(text["rejected"].format(line=line, code=code) + "\n")
    stream.write(
        text["imported"].format(
            added=report.added,
            skipped=report.skipped,
            rejected=len(report.rejected),
            lines=report.lines,
        )
        + "\n"
    )
    return 3 if report.rejected else 0
