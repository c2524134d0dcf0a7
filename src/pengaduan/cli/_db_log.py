"""``pengaduan db catch-up-log URL LOG``: append to a transparency log the stored heads it lacks,
over [`Repository.catch_up_log()`][pengaduan.store.Repository.catch_up_log].

After a process of the app was killed between a commit and its append to the log, the log
lacks those heads and nothing said so. This reads every stored complaint's head in batches and
appends the ones the log file does not hold (their histories verified first). The log file
must exist (a missing one is never created: a mistyped path would start a new, empty log) and
check line by line (a broken one is refused unread, exit code 6). The database is migrated
first, as every ``db`` command that opens the repository does; a SQLite file that does not
exist is "no such database file" (exit code 5), never created. One summary line, and a
progress bar on a terminal; a complaint whose history does not verify, or whose head in the
log is later than or other than the stored one, is listed on standard error by tracking id
(exit code 6), through the control-character filter every command uses for text read from a
database. The URL is never printed: it may hold a password.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO, Any

from pengaduan._i18n import N_, format_number, ngettext
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _add_database_url, _say, _say_rest
from pengaduan.cli._exit import EXIT_INTEGRITY, EXIT_OK
from pengaduan.cli._progress import Progress
from pengaduan.cli._small_files import existing_database

__all__ = ["add_catch_up_log"]

_EXIT_CODES = N_("""\
exit codes: 0 done (the log holds every stored head); 2 wrong usage; 5 the database or the log
file is unavailable (a log file or a SQLite file that does not exist is never created); 6 the
log file does not check, or some complaints were not logged: their history does not verify, or
the log holds a later or another head (listed on standard error).
""")

_SHOWN = 100


def add_catch_up_log(actions: Any) -> None:
    """Add ``catch-up-log`` to the ``db`` command's actions."""
    command = actions.add_parser(
        "catch-up-log",
        help=_("append to a transparency log the stored heads it lacks (after a crash)"),
        description=_("append to a transparency log the stored heads it lacks (after a crash)"),
        epilog=_("example:\n  pengaduan db catch-up-log sqlite:///pengaduan.db heads.log")
        + "\n\n"
        + _(_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_database_url(command)
    command.add_argument(
        "log", type=Path, metavar="LOG", help=_("the transparency log file the app appends to")
    )
    command.add_argument("--batch-size", type=int, default=500, help=_("complaints read at a time"))
    command.set_defaults(run=_catch_up_log)


def _catch_up_log(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.integrity import TransparencyLog  # noqa: PLC0415 - only here
    from pengaduan.store import Repository  # noqa: PLC0415 - the sql extra, only here

    existing_database(args.url)  # a catch-up only reads the database: it never creates one
    log = TransparencyLog.open(args.log)  # never created: a mistyped path is an error
    with Repository(args.url) as repo, Progress(_("Catching up the log")) as bar:
        total = repo.count() if bar is not None else 0
        report = repo.catch_up_log(
            log,
            batch_size=args.batch_size,
            progress=None if bar is None else (lambda done: bar(done, max(total, done))),
        )
    # The ids come from the database: each line goes through the control-character filter.
    for tracking_id in report.unverified[:_SHOWN]:
        _say(
            _("complaint {id}: its history does not verify; its head is not logged").format(
                id=tracking_id
            )
        )
    _say_rest(len(report.unverified), _SHOWN)
    for tracking_id in report.diverged[:_SHOWN]:
        _say(
            _(
                "complaint {id}: the log holds a later or another head than the database; "
                "nothing appended"
            ).format(id=tracking_id)
        )
    _say_rest(len(report.diverged), _SHOWN)
    stream.write(
        ngettext(
            "{checked} checked, {appended} head appended to the log, {unverified} not verified, "
            "{diverged} ahead in the log",
            "{checked} checked, {appended} heads appended to the log, {unverified} not verified, "
            "{diverged} ahead in the log",
            report.appended,
        ).format(
            checked=format_number(report.checked),
            appended=format_number(report.appended),
            unverified=format_number(len(report.unverified)),
            diverged=format_number(len(report.diverged)),
        )
        + "\n"
    )
    return EXIT_OK if report.complete else EXIT_INTEGRITY
