"""``pengaduan db import-sqlite-store OLD.db URL``: copy a file of the earlier ``SqliteStore``
into the SQL repository, over
[`import_sqlite_store()`][pengaduan.store.import_sqlite_store].

The old file is opened read-only and left as it is; complaints already in the repository are
skipped, so an interrupted copy is finished by running the command again. A bad document is
reported on standard error by its position (in tracking-id order) and error code, and the rest
are copied (exit code 3). A missing, unreadable or non-SQLite file (a folder, a pipe or a device
too) is one line on standard error and exit code 5; an SQLite file that is not an earlier store
is exit code 2. The URL is never printed: it may hold a password.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, Any

from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _add_database_url, _readable_file, _say_rest
from pengaduan.cli._exit import EXIT_DATA, EXIT_OK

__all__ = ["DB_EXAMPLES", "add_import_sqlite_store"]

DB_EXAMPLES = N_("""\
examples:
  pengaduan db upgrade sqlite:///pengaduan.db
  pengaduan db import-sqlite-store lama.db sqlite:///baru.db
""")

_EXIT_CODES = N_("""\
exit codes: 0 every complaint copied (or already there); 2 wrong usage, or an SQLite file that
is not an earlier SqliteStore; 3 some complaints rejected (listed on standard error, the rest
copied); 5 the old file is missing, unreadable or not SQLite, or the database is unavailable.
""")

_REJECTED_SHOWN = 100


def add_import_sqlite_store(actions: Any) -> None:
    """Add ``import-sqlite-store`` to the ``db`` command's actions."""
    command = actions.add_parser(
        "import-sqlite-store",
        help=_("copy a file of the earlier SqliteStore into the database (resumable)"),
        description=_("copy a file of the earlier SqliteStore into the database (resumable)"),
        epilog=_("example:\n  pengaduan db import-sqlite-store lama.db sqlite:///pengaduan.db")
        + "\n\n"
        + _(_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument(
        "old", type=Path, metavar=_("OLD.db"), help=_("the earlier SqliteStore file (read only)")
    )
    _add_database_url(command)
    command.add_argument(
        "--batch-size", type=int, default=1000, help=_("complaints per transaction")
    )
    from pengaduan.cli._db_keys import add_key_file  # noqa: PLC0415 - the keys live apart

    add_key_file(command)
    command.set_defaults(run=_import_sqlite_store)


def _import_sqlite_store(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.cli._small_files import database_file  # noqa: PLC0415
    from pengaduan.store import Repository, import_sqlite_store  # noqa: PLC0415 - sql extra

    old: Path = _readable_file(args.old)  # missing, a folder, a pipe or a device: exit code 5
    database_file(args.url)
    from pengaduan.cli._db_keys import key_options  # noqa: PLC0415 - the keys live apart

    with Repository(args.url, **key_options(args)) as repo:
        report = import_sqlite_store(old, repo, batch_size=args.batch_size)
    for position, code in report.rejected[:_REJECTED_SHOWN]:
        sys.stderr.write(
            _("complaint {position}: rejected ({code})").format(position=position, code=code) + "\n"
        )
    _say_rest(len(report.rejected), _REJECTED_SHOWN)
    stream.write(
        _(
            "{added} copied, {skipped} already there, {rejected} rejected "
            "({total} complaints in the old file)"
        ).format(
            added=report.added,
            skipped=report.skipped,
            rejected=len(report.rejected),
            total=report.lines,
        )
        + "\n"
    )
    return EXIT_DATA if report.rejected else EXIT_OK
