"""``pengaduan db refresh URL``: bring rows derived by an older release up to today's rules, over
[`Repository.refresh_derived()`][pengaduan.store.Repository.refresh_derived].

The database is migrated first (as every ``db`` command that opens the repository does), then
the rows derived by an older release are recomputed from their verified histories in batches.
The repository is opened with what the app writes with: the pseudonym key (``--key-file``, the
file's bytes exactly) and the SLA policy with its calendar (``--zone`` or ``--calendar``, and
``--policy``, LAPOR! by default). Without them a refresh would empty the reporter or clock
columns, so it is refused when the rows hold any. ``--check`` only counts the rows to do and
writes nothing (not even a migration: a schema that is not the newest is said so, exit code
1). One summary line, no progress bar; a complaint whose
history does not verify is listed on standard error by tracking id (exit code 6), and so is one
whose new values the database refused (exit code 5); tracking ids read from the database are
printed through the filter for control characters. A SQLite file that does not exist is "no
such database file" (exit code 5), never created. The URL is never printed: it may hold a
password.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._i18n import N_, format_number, ngettext
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _add_database_url, _readable_file, _say, _UsageError, _zone_arg
from pengaduan.cli._exit import EXIT_FOUND, EXIT_INTEGRITY, EXIT_IO, EXIT_OK
from pengaduan.cli._small_files import MAX_KEY_BYTES, existing_database, read_small_file
from pengaduan.errors import ArgumentError, StorageError

if TYPE_CHECKING:
    from pengaduan.store import RefreshReport

__all__ = ["add_refresh"]

_EXIT_CODES = N_("""\
exit codes: 0 done (or, with --check, nothing to do); 1 with --check: rows to refresh, or a
schema to upgrade first; 2 wrong usage, or the key or policy the stored rows need is missing;
5 a file or the database is unavailable (or a SQLite file does not exist), or the database
refused some complaints' new values (listed on standard error, left as they are); 6 some
complaints' histories do not verify (listed on standard error, left as they are but for their
privacy column, narrowed to rahasia).
""")

_SHOWN = 100


def add_refresh(actions: Any) -> None:
    """Add ``refresh`` to the ``db`` command's actions."""
    command = actions.add_parser(
        "refresh",
        help=_("recompute the query columns of rows an older release wrote"),
        description=_("recompute the query columns of rows an older release wrote"),
        epilog=_(
            "examples:\n"
            "  pengaduan db refresh sqlite:///pengaduan.db --check\n"
            "  pengaduan db refresh sqlite:///pengaduan.db --key-file kunci.bin "
            "--zone Asia/Makassar"
        )
        + "\n\n"
        + _(_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_database_url(command)
    command.add_argument(
        "--check",
        action="store_true",
        help=_("only count the rows to refresh; write nothing"),
    )
    command.add_argument(
        "--every-row",
        action="store_true",
        help=_("recompute every row (after the key, policy or calendar changed)"),
    )
    command.add_argument(
        "--key-file", type=Path, help=_("file holding the pseudonym key the app writes with")
    )
    command.add_argument("--zone", help=_("the offices' calendar zone, for the deadlines"))
    command.add_argument("--calendar", type=Path, help=_("calendar TOML file"))
    command.add_argument(
        "--policy", type=Path, help=_("SLA policy TOML file (default: LAPOR!, with a calendar)")
    )
    command.add_argument("--batch-size", type=int, default=500, help=_("rows per transaction"))
    command.set_defaults(run=_refresh)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The repository's settings from the command line."""
    options: dict[str, Any] = {}
    if args.key_file is not None:
        options["pseudonym_key"] = read_small_file(
            args.key_file, "--key-file", limit=MAX_KEY_BYTES, lang=args.lang
        )
    if args.zone is not None and args.calendar is not None:
        raise _UsageError(_("give --zone or --calendar, not both"))
    if args.policy is not None and args.zone is None and args.calendar is None:
        raise _UsageError(_("--policy needs --zone or --calendar"))
    if args.zone is None and args.calendar is None:
        return options
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415 - only with deadlines
    from pengaduan.sla import SlaPolicy  # noqa: PLC0415

    if args.calendar is not None:
        options["calendar"] = WorkingCalendar.from_toml(_readable_file(args.calendar, "--calendar"))
    else:
        options["calendar"] = WorkingCalendar.indonesia(zone=_zone_arg(args.zone, args.lang))
    options["policy"] = (
        SlaPolicy.lapor()
        if args.policy is None
        else SlaPolicy.from_toml(_readable_file(args.policy, "--policy"))
    )
    return options


def _schema_current(url: str) -> bool:
    """Whether the database is at the newest schema revision (read only: nothing migrated)."""
    from sqlalchemy import exc as sa_exc  # noqa: PLC0415 - the sql extra, only here

    from pengaduan.store import _driver_errors, _migrate  # noqa: PLC0415
    from pengaduan.store._repository import engine_for  # noqa: PLC0415

    engine = engine_for(url)
    failure: StorageError | None = None
    try:
        with engine.connect() as conn:
            return _migrate.current(conn) == _migrate.HEAD
    except (sa_exc.SQLAlchemyError, OSError) as exc:
        failure = _driver_errors.storage_error(exc)
    finally:
        engine.dispose()
    raise failure


def _refresh(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.store import Repository  # noqa: PLC0415 - the sql extra, only here

    if args.check:
        existing_database(args.url)  # counting writes nothing, not even a new database file
        if not _schema_current(args.url):
            stream.write(
                _("the schema is not at the newest revision: run pengaduan db upgrade first") + "\n"
            )
            return EXIT_FOUND
        with Repository(args.url, migrate=False) as repo:
            stale = repo.stale_derived()
        stream.write(
            ngettext(
                "{count} complaint computed by an older release",
                "{count} complaints computed by an older release",
                stale,
            ).format(count=format_number(stale))
            + "\n"
        )
        return EXIT_FOUND if stale else EXIT_OK
    options = _options(args)
    existing_database(args.url)  # a refresh repairs rows: it never creates a database
    failure: _UsageError | None = None
    with Repository(args.url, **options) as repo:
        try:
            report = repo.refresh_derived(batch_size=args.batch_size, every_row=args.every_row)
        except ArgumentError as error:
            if error.argument == "pseudonym_key":
                failure = _UsageError(
                    _("the stored rows hold reporter pseudonyms: give --key-file")
                )
            elif error.argument == "policy":
                failure = _UsageError(
                    _("the stored rows hold deadlines: give --zone or --calendar")
                )
            else:
                raise
    if failure is not None:
        raise failure
    _summary(report, stream)
    if report.unverified:
        return EXIT_INTEGRITY
    return EXIT_IO if report.unwritten else EXIT_OK


def _summary(report: RefreshReport, stream: IO[str]) -> None:
    # The ids come from the database: each line goes through the control-character filter.
    for tracking_id in report.unverified[:_SHOWN]:
        _say(_("complaint {id}: its history does not verify; left as it is").format(id=tracking_id))
    for tracking_id in report.unwritten[:_SHOWN]:
        _say(
            _("complaint {id}: the database refused its new values; left as it is").format(
                id=tracking_id
            )
        )
    stream.write(
        _(
            "{checked} checked, {changed} changed, {conflicts} written meanwhile, "
            "{unverified} not verified"
        ).format(
            checked=report.checked,
            changed=report.changed,
            conflicts=report.conflicts,
            unverified=len(report.unverified),
        )
        + "\n"
    )
    if report.changed:
        stream.write(
            _(
                "changed: status {status}, privacy {privacy}, classification {classification}, "
                "channel {channel}, reporter {reporter}, deadlines {deadlines}, units {units}"
            ).format(
                status=report.status,
                privacy=report.privacy,
                classification=report.classification,
                channel=report.channel,
                reporter=report.reporter,
                deadlines=report.deadlines,
                units=report.units,
            )
            + "\n"
        )
    if report.conflicts:
        stream.write(_("complaints written meanwhile keep their writer's values: run again") + "\n")
    if report.narrowed:
        stream.write(
            _("{count} complaints whose history does not verify are now rahasia in queries").format(
                count=report.narrowed
            )
            + "\n"
        )
