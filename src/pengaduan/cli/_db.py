"""``pengaduan db``: create, migrate and fill the SQL repository's tables from the command line.

``pengaduan db upgrade URL`` brings the schema to the newest revision shipped with the package,
``pengaduan db current URL`` prints the revision the database is at (``none`` before the first
upgrade), and ``pengaduan db import URL FILE`` loads a JSON-lines export, or the office CSV the
audit reads (``.csv``, or ``--format csv``; ``--timezone`` and ``--column`` as for the audit), in
batches (resumable; bad lines are reported by number and the rest are stored; a progress bar on
a terminal). ``pengaduan db import-sqlite-store OLD.db URL`` copies a file of the earlier
``SqliteStore`` (``cli/_db_legacy.py``), ``pengaduan db refresh URL`` recomputes the query
columns of rows an older release derived (``cli/_db_refresh.py``), ``pengaduan db rotate-key
URL`` rewrites the reporter pseudonyms under a new key (``cli/_db_keys.py``; ``upgrade`` and
``import`` take the key the app writes with as ``--key-file``), and ``pengaduan db catch-up-log
URL LOG`` appends to a transparency log the stored heads it lacks (``cli/_db_log.py``). The URL
is never printed: it may hold a password.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._core.paths import open_regular
from pengaduan._i18n import N_, format_number, ngettext
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import (
    _add_database_url,
    _cannot_read,
    _FileError,
    _reason,
    _UsageError,
)
from pengaduan.cli._progress import Progress

if TYPE_CHECKING:
    from pengaduan.errors import StorageError

__all__ = ["add_db"]


def add_db(commands: Any, lang: str) -> None:
    """Add the ``db`` command to the ``pengaduan`` parser's subcommands."""
    from pengaduan.cli._db_keys import add_key_file, add_rotate_key  # noqa: PLC0415
    from pengaduan.cli._db_legacy import (  # noqa: PLC0415 - the command lives apart
        DB_EXAMPLES,
        add_import_sqlite_store,
    )
    from pengaduan.cli._db_log import add_catch_up_log  # noqa: PLC0415 - the command lives apart
    from pengaduan.cli._db_refresh import add_refresh  # noqa: PLC0415 - the command lives apart
    from pengaduan.cli._parser import _EXIT_CODES  # noqa: PLC0415

    db = commands.add_parser(
        "db",
        help=_("manage the storage database (PostgreSQL, SQLite)"),
        description=_("manage the storage database (PostgreSQL, SQLite)"),
        epilog=_(DB_EXAMPLES) + "\n" + _(_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = db.add_subparsers(dest="db_command", required=True, metavar=_("ACTION"))
    upgrade = actions.add_parser(
        "upgrade",
        help=_("create or migrate the tables to the newest revision"),
        description=_("create or migrate the tables to the newest revision"),
    )
    _add_database_url(upgrade)
    add_key_file(upgrade)
    upgrade.set_defaults(run=_upgrade)
    current = actions.add_parser(
        "current",
        help=_("show the database's schema revision"),
        description=_("show the database's schema revision"),
    )
    _add_database_url(current)
    current.set_defaults(run=_current)
    load = actions.add_parser(
        "import",
        help=_("import a JSON-lines export or an office CSV (resumable)"),
        description=_("import a JSON-lines export or an office CSV (resumable)"),
    )
    _add_database_url(load)
    load.add_argument(
        "file", type=Path, metavar=_("FILE"), help=_("JSON lines (.jsonl) or CSV (.csv)")
    )
    load.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default=None,
        help=_("file format (default: from the suffix, .csv = CSV)"),
    )
    load.add_argument(
        "--timezone", default=None, help=_("IANA zone of CSV times written without an offset")
    )
    load.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=_("FIELD=COLUMN"),
        help=_("CSV column mapping"),
    )
    load.add_argument("--batch-size", type=int, default=1000, help=_("lines per transaction"))
    load.add_argument("--start-line", type=int, default=1, help=_("first line to read"))
    add_key_file(load)
    load.set_defaults(run=_import)
    add_import_sqlite_store(actions)
    add_refresh(actions)
    add_rotate_key(actions)
    add_catch_up_log(actions)


# How many rejected lines an import lists, and why a line was rejected, by its code (an
# error's code, or a problem kind of the office CSV), in words; an unknown code is shown alone.
_LISTED = 100
_REJECTION_WORDS = {
    "serialization": N_("not a valid complaint record"),
    "schema-version": N_("written in a schema version this release does not read"),
    "integrity": N_("its history does not verify"),
    "conflict": N_("its tracking id is already in the same batch"),
    "fork": N_("a different history from the stored complaint"),
    "naive-datetime": N_("a time without a time zone"),
    "time-order": N_("its events are out of time order"),
    "invalid-action": N_("its history breaks the SOP"),
    "guard": N_("its history breaks the SOP"),
    "action-data": N_("an action with missing or wrong data"),
    "out-of-range": N_("a date outside the calendar's years"),
    "malformed": N_("not a valid row"),
    "bad_time": N_("a time in the wrong format"),
    "out_of_order": N_("milestones in an order the SOP does not allow"),
    "duplicate_id": N_("a tracking id seen before in the same input"),
    "out_of_range": N_("a date outside the calendar's years"),
    "encoding": N_("not valid UTF-8 text"),
    "too_large": N_("a row or field over the size limit"),
}


def _revision(url: str, *, upgrade: bool) -> str | None:
    from pengaduan.store import _require_sql  # noqa: PLC0415

    _require_sql("pengaduan db")
    from sqlalchemy import exc as sa_exc  # noqa: PLC0415 - the sql extra, only here

    from pengaduan.store import _driver_errors, _migrate  # noqa: PLC0415
    from pengaduan.store._repository import engine_for  # noqa: PLC0415

    engine = engine_for(url)
    failure: StorageError | None = None
    try:
        with engine.begin() as conn:
            if upgrade:
                _migrate.upgrade(conn)
            return _migrate.current(conn)
    except (sa_exc.SQLAlchemyError, OSError) as exc:
        failure = _driver_errors.storage_error(exc)
    finally:
        engine.dispose()
    raise failure


def _upgrade(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.cli._db_keys import key_options  # noqa: PLC0415 - the keys live apart
    from pengaduan.cli._small_files import database_file  # noqa: PLC0415

    database_file(args.url)
    options = key_options(args)
    revision = _revision(args.url, upgrade=True)
    if options:  # records the key's fingerprint, or refuses another key
        from pengaduan.store import Repository  # noqa: PLC0415 - the sql extra, only here

        Repository(args.url, **options).close()
    stream.write(_("schema at revision {revision}").format(revision=revision) + "\n")
    return 0


def _current(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.cli._small_files import existing_database  # noqa: PLC0415

    existing_database(args.url)  # reading the revision never creates a database
    revision = _revision(args.url, upgrade=False)
    stream.write(
        (
            _("no schema yet")
            if revision is None
            else _("schema at revision {revision}").format(revision=revision)
        )
        + "\n"
    )
    return 0


def _import(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.cli._db_keys import key_options  # noqa: PLC0415 - the keys live apart
    from pengaduan.cli._small_files import database_file  # noqa: PLC0415
    from pengaduan.store import Repository  # noqa: PLC0415 - the sql extra, only here

    database_file(args.url)
    key = key_options(args)
    failure: Exception | None = None
    try:
        with open_regular(args.file) as counting:  # a FIFO would block, a device never end
            total = sum(1 for _ in counting)
        source = open_regular(args.file)  # bytes: a line that is not UTF-8 is rejected alone
    except OSError as error:  # why, in the words of every command's input file
        failure = _FileError(_cannot_read(None, _reason(error)))
    except ValueError:
        failure = _UsageError(_cannot_read(None, _("invalid file name")))
    if failure is not None:
        raise failure
    csv = args.format == "csv" or (args.format is None and args.file.suffix.lower() == ".csv")
    mapping = None
    if args.column:
        from pengaduan.audit import ColumnMapping  # noqa: PLC0415 - only for a CSV import

        mapping = ColumnMapping.parse(args.column)
    with source, Repository(args.url, **key) as repo, Progress(_("Importing")) as bar:
        options: dict[str, Any] = {
            "batch_size": args.batch_size,
            "start_line": args.start_line,
            "progress": None if bar is None else (lambda line: bar(line, total)),
        }
        if csv:
            report = repo.import_csv(source, mapping=mapping, timezone=args.timezone, **options)
        else:
            report = repo.import_lines(source, **options)
    for line, code in report.rejected[:_LISTED]:
        words = _REJECTION_WORDS.get(code)
        sys.stderr.write(
            (
                _("line {line}: rejected [{code}]: {reason}").format(
                    line=format_number(line), code=code, reason=_(words)
                )
                if words is not None
                else _("line {line}: rejected ({code})").format(line=format_number(line), code=code)
            )
            + "\n"
        )
    if len(report.rejected) > _LISTED:
        sys.stderr.write(
            _("... and {count} more rejected lines").format(
                count=format_number(len(report.rejected) - _LISTED)
            )
            + "\n"
        )
    summary = (
        ngettext(
            "{added} stored, {extended} extended with later events, {skipped} already there, "
            "{rejected} rejected ({lines} line)",
            "{added} stored, {extended} extended with later events, {skipped} already there, "
            "{rejected} rejected ({lines} lines)",
            report.lines,
        )
        if report.extended
        else ngettext(
            "{added} stored, {skipped} already there, {rejected} rejected ({lines} line)",
            "{added} stored, {skipped} already there, {rejected} rejected ({lines} lines)",
            report.lines,
        )
    )
    stream.write(
        summary.format(
            added=format_number(report.added),
            extended=format_number(report.extended),
            skipped=format_number(report.skipped),
            rejected=format_number(len(report.rejected)),
            lines=format_number(report.lines),
        )
        + "\n"
    )
    return 3 if report.rejected else 0
