"""The command-line program (private; the public names live in ``pengaduan.cli``)."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from pengaduan._i18n import N_, format_number, format_percent
from pengaduan._i18n import gettext as _
from pengaduan.cli._progress import Progress
from pengaduan.errors import (
    ArgumentError,
    CalendarError,
    CheckpointError,
    ConfigurationError,
    IntegrityError,
    PengaduanError,
    StorageError,
    UnknownZoneError,
)
from pengaduan.language import LANGUAGES, language_from_environment, use_language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from pengaduan.calendar import WorkingCalendar
    from pengaduan.model import Complaint

__all__ = [
    "EXIT_CONFIG",
    "EXIT_DATA",
    "EXIT_FOUND",
    "EXIT_INTEGRITY",
    "EXIT_INTERNAL",
    "EXIT_IO",
    "EXIT_OK",
    "EXIT_USAGE",
    "MAX_TEXT_BYTES",
    "main",
]

EXIT_OK = 0
EXIT_FOUND = 1
"""For ``audit``: a unit is in the ``--fail-on`` zone (default red), or findings were asked for."""
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_CONFIG = 4
EXIT_IO = 5
"""Missing or unreadable input, unwritable output, or standard output closed (``| head``)."""
EXIT_INTEGRITY = 6
"""A history or a signed checkpoint that does not verify."""
EXIT_INTERNAL = 70
"""An unexpected error (``EX_SOFTWARE``): one line, no traceback, no exception text."""

MAX_TEXT_BYTES = 16 * 1024 * 1024
"""The largest text file ``route`` and ``redact`` read (16 MiB)."""

_EXAMPLES = N_("""\
examples:
  pengaduan demo --output hasil-demo
  pengaduan route "jln rusak dkt pkm oebobo, mhn diperbaiki"
  pengaduan route keluhan.txt --json
  pengaduan deadline --from 2025-03-07T16:30 --zone Asia/Makassar --days 3
  pengaduan deadline --from 2025-03-07T16:30+08:00 --hours 8 --lang en
  pengaduan workflow --mermaid > sop.mmd
  pengaduan redact keluhan.txt
  echo "hub 0812-3456-7890" | pengaduan redact -
  pengaduan audit riwayat.jsonl --zone Asia/Makassar
  pengaduan db upgrade sqlite:///pengaduan.db
""")

_AUDIT_EXAMPLES = N_(
    """\
examples:
  pengaduan audit riwayat.jsonl --zone Asia/Makassar
  pengaduan audit riwayat.jsonl --workers 2 --format html -o laporan.html
  pengaduan audit ekspor.csv --timezone Asia/Makassar --zone Asia/Makassar
  pengaduan audit ekspor.csv --column received_at="Tanggal Masuk" --column id=No \\
      --date-format "%d/%m/%Y %H:%M" --timezone Asia/Makassar --skip-invalid
  pengaduan --lang en audit riwayat.jsonl --format json --now 2025-12-31T17:00+08:00
  pengaduan audit riwayat.jsonl --checkpoint sth.json --log log.jsonl --keys kunci.json
  pengaduan audit 'ekspor/*.jsonl.gz' --engine dask --scheduler local --workers 2
  pengaduan audit s3://arsip/ekspor/ --engine dask --scheduler tcp://10.0.0.5:8786
  pengaduan audit riwayat.jsonl --workers 2 --spill-dir . --parquet . --format json
  pengaduan audit riwayat.jsonl --engine dask --blocksize 1K --no-check-duplicates

input: JSON lines of complaint histories (the library's format), or a CSV export with one row
per complaint and the columns id, unit, classification, category, received_at, deferred_at,
resumed_at, verified_at, forwarded_at, archived_at, followed_up_at, closed_at (rename with
--column field=column; only id and received_at are required). With --engine dask the input
may also be a directory, a glob or an fsspec URL of many files (plain or .gz), one partition each;
bad lines are then named by file and line.

duplicates: every tracking id is checked exactly; the ids wait in temporary files under
--spill-dir (20 bytes per history, removed afterwards), so memory stays flat at any size.
--no-check-duplicates skips the check when ids are known to be unique. --parquet DIR also writes
the histories (no text, no identities) as events.parquet and complaints.parquet for DuckDB,
Polars or pandas.

bad lines: without --skip-invalid the first bad line stops the audit (exit 3, the message names
the line); with it, every bad line (not UTF-8, over --max-line-bytes, nested too deep, a huge
number, an impossible date, a duplicate id...) is listed with its line and a reason code.

signed checkpoint: with --checkpoint (a signed tree head), --log (the office's transparency log)
and --keys (the public key ring), every history of a JSON lines export is also checked against
the signed log: one summary line on standard error, one line per failing tracking id, and exit
6 when any history is forged, not in the log, or a logged complaint is missing from the export.

exit codes:
  0   done, no unit in the --fail-on zone
  1   done, a unit (or all units) is in the --fail-on zone (default red; 'findings': any
      breach, SOP violation or broken history)
  2   wrong usage
  3   bad input data (the message names the line)
  4   invalid configuration (calendar, thresholds, column mapping, time zone)
  5   input/output error (missing or unreadable input, unwritable -o, closed pipe)
  6   integrity or checkpoint failure
  70  internal error (please report)
"""
)

_EXIT_CODES = N_("""\
exit codes: 0 done; 1 audit: a unit in the --fail-on zone; 2 wrong usage; 3 bad input data;
4 invalid configuration; 5 input/output error (missing file, unwritable output, closed pipe);
6 integrity or checkpoint failure; 70 internal error (please report).
""")


class _UsageError(Exception):
    """A usage problem found after parsing (exit code 2)."""


class _DataError(Exception):
    """Bad input data (exit code 3); the message carries no personal data."""


class _FileError(Exception):
    """An input that cannot be read or an output that cannot be written (exit code 5)."""


class _Parser(argparse.ArgumentParser):
    """``argparse`` that raises instead of printing its usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(_argparse_message(message))


def _argparse_message(message: str) -> str:
    """argparse's message without the values it quotes (they may be complaint text)."""
    first = message.splitlines()[0] if message else ""
    if first.startswith("unrecognized arguments"):
        return _argparse_translated("unrecognized arguments")
    if first.startswith("ambiguous option"):
        return _argparse_translated("ambiguous option")
    head, _, tail = first.partition(" (choose from ")
    for marker in (": invalid ", ": expected ", ": ignored explicit"):
        if marker in head:
            name, _, rest = head.partition(marker)
            head = name + marker + rest.split(":")[0].split("'")[0].strip()
    head = head.split("'")[0].split('"')[0].rstrip(": ")
    if tail and "invalid choice" in head:
        head += " (choose from " + tail.rsplit(" (choose from ", 1)[-1]
    return _argparse_translated(head[:300])


# argparse's own messages, after _argparse_message took the given values out of them. argparse
# writes them in English through the process-wide gettext domain; they are translated here
# instead, so the command never changes what other code in the process sees.
_ARGPARSE_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"argument (?P<name>\S+): (?P<problem>.+)"), N_("argument {name}: {problem}")),
    (re.compile(r"invalid (?P<type>\w+) value"), N_("invalid {type} value")),
    (
        re.compile(r"invalid choice \(choose from (?P<choices>.+)\)"),
        N_("invalid choice (choose from {choices})"),
    ),
    (re.compile(r"invalid choice"), N_("invalid choice")),
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        N_("the following arguments are required: {names}"),
    ),
    (
        re.compile(r"one of the arguments (?P<names>.+) is required"),
        N_("one of the arguments {names} is required"),
    ),
    (re.compile(r"not allowed with argument (?P<name>.+)"), N_("not allowed with argument {name}")),
    (re.compile(r"expected one argument"), N_("expected one argument")),
    (re.compile(r"expected at most one argument"), N_("expected at most one argument")),
    (re.compile(r"expected at least one argument"), N_("expected at least one argument")),
    (re.compile(r"expected (?P<n>\d+) arguments?"), N_("expected {n} arguments")),
    (re.compile(r"ignored explicit argument"), N_("ignored explicit argument")),
    (re.compile(r"unrecognized arguments"), N_("unrecognized arguments")),
    (re.compile(r"ambiguous option"), N_("ambiguous option")),
)


def _argparse_translated(message: str) -> str:
    """An argparse message in the current language (unknown shapes stay as they are)."""
    for pattern, msgid in _ARGPARSE_SHAPES:
        match = pattern.fullmatch(message)
        if match:
            parts = match.groupdict()
            if "problem" in parts:
                parts["problem"] = _argparse_translated(parts["problem"])
            return _(msgid).format(**parts)
    return message


class _Formatter(argparse.HelpFormatter):
    """Help with a translated ``usage:``."""

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class _RawFormatter(_Formatter, argparse.RawDescriptionHelpFormatter):
    """Translated help that keeps the line breaks of descriptions and examples."""


def _translated_help(parser: argparse.ArgumentParser) -> None:
    """argparse's own words in ``parser`` and its subcommands, in the current language."""
    kind = parser.formatter_class
    raw = isinstance(kind, type) and issubclass(kind, argparse.RawDescriptionHelpFormatter)
    parser.formatter_class = _RawFormatter if raw else _Formatter
    parser._positionals.title = _("positional arguments")
    parser._optionals.title = _("options")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = _("show this help message and exit")
        elif isinstance(action, argparse._VersionAction):
            action.help = _("show the version number and exit")
        elif isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _translated_help(sub)


def _language(argv: Sequence[object]) -> str:
    """The language of messages: the last valid ``--lang`` anywhere on the line, else the one
    the environment asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    lang = language_from_environment()
    for index, arg in enumerate(argv):
        value: object = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif isinstance(arg, str) and arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if isinstance(value, str) and value in LANGUAGES:
            lang = value
    return lang


def _version() -> str:
    from pengaduan import __version__  # noqa: PLC0415 - the one version source

    return __version__


def _parser(lang: str) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pengaduan",
        description=_("Citizen-complaint handling per SP4N-LAPOR! and local SOPs."),
        epilog=_(_EXAMPLES) + "\n" + _(_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="id | en")
    parser.add_argument("--version", action="version", version=f"pengaduan {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parser.set_defaults(lang=lang)

    deadline = commands.add_parser(
        "deadline",
        help=_("compute a deadline (working days, working hours or calendar days)"),
        description=_("compute a deadline (working days, working hours or calendar days)"),
        epilog=_(_EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    deadline.add_argument("--from", dest="start", required=True, help=_("ISO 8601 time"))
    amount = deadline.add_mutually_exclusive_group(required=True)
    amount.add_argument("--days", type=int, help=_("working days"))
    amount.add_argument("--hours", type=float, help=_("working hours"))
    amount.add_argument("--calendar-days", type=int, help=_("calendar days"))
    deadline.add_argument("--zone", help=_("IANA zone for times without an offset"))
    deadline.add_argument("--calendar", type=Path, help=_("calendar TOML file"))
    deadline.add_argument("--json", action="store_true", help=_("machine-readable output"))
    deadline.set_defaults(run=_deadline)

    workflow = commands.add_parser(
        "workflow",
        help=_("show the SOP (statuses, actions, Mermaid diagram)"),
        description=_("show the SOP (statuses, actions, Mermaid diagram)"),
    )
    workflow.add_argument("--mermaid", action="store_true", help=_("print a Mermaid diagram"))
    workflow.set_defaults(run=_workflow)

    redact = commands.add_parser(
        "redact",
        help=_("redact personal data in text (NIK, phones, names, addresses...)"),
        description=_("redact personal data in text (NIK, phones, names, addresses...)"),
    )
    redact.add_argument(
        "file", metavar="FILE", help=_("a UTF-8 text file, or - for standard input")
    )
    redact.add_argument("--json", action="store_true", help=_("text and audit spans as JSON"))
    redact.set_defaults(run=_redact)

    route = commands.add_parser(
        "route",
        help=_("decide which unit (OPD) handles a complaint text"),
        description=_("decide which unit (OPD) handles a complaint text"),
    )
    route.add_argument(
        "text",
        help=_("a complaint text, a UTF-8 file with one text per line, or train/evaluate"),
    )
    route.add_argument(
        "labelled", nargs="?", help=_("for train/evaluate: a labelled JSON-lines file")
    )
    route.add_argument("--json", action="store_true", help=_("one JSON object per text"))
    route.add_argument("--model", help=_("a model file (route with rules and the model)"))
    route.add_argument(
        "--precedence", choices=["rules", "model"], default="rules", help=_("who decides first")
    )
    route.add_argument("--output", help=_("train: where to write the model file"))
    route.add_argument("--name", default="model", help=_("train: the model's name"))
    route.add_argument("--folds", type=int, default=5, help=_("train/evaluate: folds (2-20)"))
    route.add_argument("--html", help=_("evaluate: also write a self-contained HTML report here"))
    route.add_argument(
        "--choose",
        action="store_true",
        help=_("train: compare classifiers and features by cross-validation, keep the best"),
    )
    route.add_argument(
        "--histories",
        action="store_true",
        help=_("train/evaluate: the file is an export of complaint histories (last disposition)"),
    )
    route.set_defaults(run=_route)

    demo = commands.add_parser(
        "demo",
        help=_("simulate a month of Kota Kupang complaints and write the results"),
        description=_("simulate a month of Kota Kupang complaints and write the results"),
        epilog=_("example:\n  pengaduan demo --output hasil-demo --seed 7"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument("--output", type=Path, default=Path("pengaduan-demo"), help=_("directory"))
    demo.add_argument(
        "--seed", type=int, default=1708, help=_("random seed (same seed, same month)")
    )
    demo.add_argument("--per-day", type=float, default=10.0, help=_("messages per working day"))
    demo.set_defaults(run=_demo)
    _add_audit(commands)
    from pengaduan.cli._db import add_db  # noqa: PLC0415 - the db command lives apart

    add_db(commands, lang)
    for command in commands.choices.values():
        command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="id | en")
        if command.epilog is None:
            command.epilog = _(_EXIT_CODES)
            command.formatter_class = argparse.RawDescriptionHelpFormatter
    _translated_help(parser)
    return parser


def _add_audit(commands: Any) -> None:
    audit = commands.add_parser(
        "audit",
        help=_("audit SOP and deadline compliance of an export (JSON lines or CSV)"),
        description=_(
            "Audit complaint histories against the SOP and the SP4N-LAPOR! deadlines: per unit "
            "and overall (statuses, classifications, %% on time, median/P90 working days, "
            "overdue items, breaches by month, green/yellow/red zones)."
        ),
        epilog=_(_AUDIT_EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    audit.add_argument("file", metavar="FILE", help=_("JSON lines (.jsonl) or CSV (.csv) export"))
    audit.add_argument(
        "--format", choices=("table", "json", "csv", "html"), default="table", help=_("output")
    )
    audit.add_argument("-o", "--output", type=Path, help=_("write the report to this file"))
    audit.add_argument("--input", choices=("jsonl", "csv"), help=_("input format (default: guess)"))
    audit.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=_("CSV column mapping"),
    )
    audit.add_argument("--date-format", help=_("strptime format of CSV times (default ISO 8601)"))
    audit.add_argument("--delimiter", help=_("CSV delimiter (default: guessed from the header)"))
    audit.add_argument("--timezone", help=_("IANA zone of CSV times written without an offset"))
    audit.add_argument("--zone", help=_("the offices' calendar zone (default Asia/Jakarta)"))
    audit.add_argument("--calendar", type=Path, help=_("calendar TOML file"))
    audit.add_argument("--now", help=_("moment of the audit, ISO 8601 (default: now)"))
    audit.add_argument("--thresholds", help=_("zone thresholds, e.g. green=90,yellow=70"))
    audit.add_argument(
        "--skip-invalid", action="store_true", help=_("report bad lines and go on (default: stop)")
    )
    audit.add_argument(
        "--workers",
        type=int,
        default=None,
        help=_(
            "processes for JSON lines input (default 1); with --engine dask --scheduler "
            "local, worker processes (default 2)"
        ),
    )
    audit.add_argument(
        "--engine",
        choices=("process", "dask"),
        default="process",
        help=_("process: this machine (default); dask: a Dask cluster (pengaduan[dask])"),
    )
    audit.add_argument(
        "--scheduler",
        metavar="ADDRESS|local",
        help=_("with --engine dask: a scheduler address, or 'local' (default) for a local cluster"),
    )
    audit.add_argument(
        "--check-duplicates",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=_(
            "find tracking ids seen twice, exactly (default); --no-check-duplicates when the "
            "ids are known to be unique"
        ),
    )
    audit.add_argument(
        "--spill-dir",
        type=Path,
        metavar="DIR",
        help=_(
            "folder for the duplicate check's temporary files (default: the system's temporary "
            "folder; removed afterwards); with --engine dask on several machines, a shared folder"
        ),
    )
    audit.add_argument(
        "--blocksize",
        metavar="BYTES",
        help=_(
            "with --engine dask: plain JSON lines files larger than this are audited in blocks "
            "of this size, one task each (default 64M; K, M and G suffixes; 0: whole files)"
        ),
    )
    audit.add_argument(
        "--parquet",
        type=Path,
        metavar="DIR",
        help=_(
            "also write the histories as events.parquet and complaints.parquet into DIR "
            "(an existing folder; pengaduan[parquet])"
        ),
    )
    audit.add_argument("--no-progress", action="store_true", help=_("never show a progress bar"))
    audit.add_argument(
        "--fail-on",
        choices=("never", "red", "yellow", "findings"),
        default="red",
        help=_("what makes the exit code 1 (default red)"),
    )
    audit.add_argument(
        "--checkpoint", type=Path, help=_("signed tree head (JSON) to verify against")
    )
    audit.add_argument(
        "--log", type=Path, help=_("transparency log (JSON lines), with --checkpoint")
    )
    audit.add_argument("--keys", type=Path, help=_("public key ring (JSON), with --checkpoint"))
    audit.add_argument(
        "--units", type=Path, help=_("unit directory (TOML) that names the units in the report")
    )
    audit.add_argument(
        "--max-line-bytes",
        type=int,
        default=None,
        help=_("longest line or row read (default 4 MiB); longer ones are bad lines"),
    )
    audit.set_defaults(run=_audit)


def _read_text(name: str, lang: str) -> str:
    """A UTF-8 text file (or standard input for ``-``), at most `MAX_TEXT_BYTES`."""
    failure: Exception | None = None
    data = b""
    try:
        if name == "-":
            source: Any = getattr(sys.stdin, "buffer", None)
            if source is None:  # a text stream without bytes underneath (tests, IDEs)
                return str(sys.stdin.read(MAX_TEXT_BYTES))
            data = source.read(MAX_TEXT_BYTES + 1)
        else:
            with Path(name).open("rb") as stream:
                data = stream.read(MAX_TEXT_BYTES + 1)
    except OSError as error:
        failure = _FileError(
            _("cannot read the input file ({reason})").format(reason=_reason(error))
        )
    except ValueError:
        failure = _UsageError(
            _("cannot read the input file ({reason})").format(reason="invalid file name")
        )
    if failure is not None:
        raise failure
    if len(data) > MAX_TEXT_BYTES:
        raise _DataError(_("the input is larger than {limit} bytes").format(limit=MAX_TEXT_BYTES))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        failure = _DataError(_("the input is not UTF-8 text"))
    raise failure


def _reason(error: OSError) -> str:
    """The operating system's words for an error, without the file name it carries."""
    return error.strerror or type(error).__name__


def _write_file(path: Path, content: str, lang: str) -> None:
    failure: _FileError | None = None
    try:
        with path.open("w", encoding="utf-8") as stream:
            stream.write(content)
    except OSError as error:
        failure = _FileError(_("cannot write the output ({reason})").format(reason=_reason(error)))
    except ValueError:
        failure = _FileError(
            _("cannot write the output ({reason})").format(reason="invalid file name")
        )
    if failure is not None:
        raise failure


def _readable_file(path: Path, lang: str) -> Path:
    """``path`` if it is a readable file, else the I/O error (before a loader reads it)."""
    reason = None
    try:
        if not path.exists():
            reason = "No such file or directory"
        elif path.is_dir():
            reason = "Is a directory"
        elif not os.access(path, os.R_OK):
            reason = "Permission denied"
    except (OSError, ValueError):
        reason = "invalid file name"
    if reason is not None:
        raise _FileError(_("cannot read the input file ({reason})").format(reason=reason))
    return path


def _parse_time(value: str, zone: str | None, lang: str, argument: str) -> datetime:
    from pengaduan._core.time import load_zone  # noqa: PLC0415 - calendar code loads on demand

    bad = False
    try:
        parsed = datetime.fromisoformat(value) if len(value) <= 64 else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise _DataError(
            _("time {arg} is not ISO 8601 (for example 2025-03-07T16:30)").format(arg=argument)
        )
    if parsed.tzinfo is None:
        if zone is None:
            raise _DataError(
                _("time {arg} has no time zone: add an offset (+08:00) or --zone").format(
                    arg=argument
                )
            )
        parsed = parsed.replace(tzinfo=load_zone(_zone_arg(zone, lang)))
    try:
        parsed.astimezone(UTC)  # year 1 at +14:00 has no UTC instant
    except OverflowError:
        bad = True
    if bad:
        raise _DataError(
            _("time {arg} is not ISO 8601 (for example 2025-03-07T16:30)").format(arg=argument)
        )
    return parsed


_ZONE_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")


def _zone_arg(zone: str, lang: str) -> str:
    """A zone name given on the command line, refused (without echoing it) if not zone-shaped."""
    if len(zone) > 64 or not _ZONE_SHAPE.fullmatch(zone):
        raise _ConfigError(_("unknown time zone: use an IANA name such as Asia/Makassar"))
    return zone


class _ConfigError(Exception):
    """Invalid configuration found by the command itself (exit code 4)."""


def _bounded_number(value: float, argument: str, low: float, high: float, lang: str) -> None:
    if not (math.isfinite(value) and low <= value <= high):
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(arg=argument, low=low, high=high)
        )


def _calendar(args: argparse.Namespace, start: datetime) -> WorkingCalendar:
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    if args.calendar is not None:
        return WorkingCalendar.from_toml(_readable_file(args.calendar, args.lang))
    zone = _zone_arg(args.zone, args.lang) if args.zone else _zone_name(start, args.lang)
    return WorkingCalendar.indonesia(zone=zone)


_INDONESIAN_OFFSETS = {7: "Asia/Jakarta", 8: "Asia/Makassar", 9: "Asia/Jayapura"}


def _zone_name(instant: datetime, lang: str) -> str:
    """The zone for a time given with an offset: WIB, WITA or WIT; anything else needs --zone."""
    offset = instant.utcoffset()
    seconds = None if offset is None else offset.total_seconds()
    if seconds is not None and seconds % 3600 == 0 and int(seconds // 3600) in _INDONESIAN_OFFSETS:
        return _INDONESIAN_OFFSETS[int(seconds // 3600)]
    raise _UsageError(_("offset outside WIB/WITA/WIT: give --zone (e.g. Europe/Amsterdam)"))


def _deadline(args: argparse.Namespace, out: IO[str]) -> int:
    from datetime import timedelta  # noqa: PLC0415

    from pengaduan.calendar import TimeUnit  # noqa: PLC0415
    from pengaduan.calendar.humanize import format_deadline  # noqa: PLC0415

    for name, value, high in (
        ("--days", args.days, 100_000),
        ("--hours", args.hours, 1_000_000),
        ("--calendar-days", args.calendar_days, 1_000_000),
    ):
        if value is not None:
            _bounded_number(value, name, -high, high, args.lang)
    start = _parse_time(args.start, args.zone, args.lang, "--from")
    calendar = _calendar(args, start)
    if args.days is not None:
        unit, due = TimeUnit.WORKING_DAYS, calendar.add_working_days(start, args.days)
    elif args.hours is not None:
        unit = TimeUnit.WORKING_HOURS
        due = calendar.add_working_time(start, timedelta(hours=args.hours))
    else:
        unit, due = TimeUnit.CALENDAR_DAYS, calendar.add_calendar_days(start, args.calendar_days)
    human = format_deadline(due, calendar, unit=unit, language=args.lang)
    if args.json:
        json.dump({"due": due.isoformat(), "unit": unit.value, "text": human}, out)
        out.write("\n")
    else:
        out.write(_("Due: {deadline}").format(deadline=human) + f"\n{due.isoformat()}\n")
    return EXIT_OK


# Status categories in words (their values, open/paused/terminal, are codes).
_CATEGORIES = {"open": N_("open"), "paused": N_("paused"), "terminal": N_("terminal")}


def _workflow(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    workflow = Workflow.default()
    if args.mermaid:
        out.write(workflow.to_mermaid(args.lang))
        return EXIT_OK
    rows = [(_("Status"), _("Category"), "")]
    rows += [
        (f"{s.name}", _(_CATEGORIES[s.category.value]), workflow.label(s.name, args.lang))
        for s in workflow.statuses
    ]
    _table(out, rows)
    out.write("\n")
    actions = [(_("Action"), _("From"), _("To"), _("Roles"))]
    actions += [
        (
            a.name,
            ", ".join(a.sources),
            a.target or _("(same)"),
            ", ".join(sorted(r.value for r in a.roles)),
        )
        for a in workflow.actions
    ]
    _table(out, actions)
    return EXIT_OK


#: The redact command's message for an argument that is neither ``-`` nor an existing file. It
#: never repeats the argument: people paste the complaint itself there.
_REDACT_NOT_A_FILE = N_(
    "redact takes an existing text file or - (standard input); text given directly is "
    "not accepted and not shown"
)
_REDACT_UNREADABLE = N_("standard input is not UTF-8 text")


def _redact_input(name: str, lang: str) -> str:
    """The text to redact: standard input for ``-``, else the content of an existing file."""
    if name == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else None
        if data is None:
            return sys.stdin.read()
        text = data.decode("utf-8", "replace")
        if "\ufffd" in text and "\ufffd".encode() not in data:
            raise _DataError(_(_REDACT_UNREADABLE))
        return text
    is_file = False
    if len(name) < 4096 and "\n" not in name and "\x00" not in name:
        try:
            is_file = Path(name).is_file()
        except (OSError, ValueError):
            is_file = False
    if not is_file:  # a missing file and a pasted text are told apart by nothing: refuse both
        raise _FileError(_(_REDACT_NOT_A_FILE))
    return _read_text(name, lang)


def _redact(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.redaction import Redactor  # noqa: PLC0415

    result = Redactor.default().redact(_redact_input(args.file, args.lang))
    if args.json:
        spans = [
            {"kind": str(s.kind), "start": s.start, "end": s.end, "detector": s.detector}
            for s in result.spans
        ]
        json.dump({"text": result.text, "spans": spans}, out, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(result.text)
        if not result.text.endswith("\n"):
            out.write("\n")
        sys.stderr.write(
            _("{n} pieces of personal data redacted").format(n=len(result.spans)) + "\n"
        )
    return EXIT_OK


_FILE_NAME = re.compile(r"[\w./-]+\.(?:txt|jsonl|json|csv|tsv|gz)\Z", re.IGNORECASE)


def _looks_like_a_file_name(argument: str) -> bool:
    """One word ending in a file extension (never a sentence someone wrote)."""
    return len(argument) < 4096 and bool(_FILE_NAME.match(argument))


def _route(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.audit._cells import terminal_safe  # noqa: PLC0415
    from pengaduan.routing import Normalizer, UnitDirectory, default_router  # noqa: PLC0415
    from pengaduan.routing.learned import LearnedRouter, load_model  # noqa: PLC0415

    if args.labelled is not None:
        if args.text == "train":
            return _route_train(args, out)
        if args.text == "evaluate":
            return _route_evaluate(args, out)
        raise _UsageError(_("a second argument is only for: route train|evaluate LABELLED"))
    normalizer = Normalizer.kupang()
    router = default_router(normalizer=normalizer, directory=UnitDirectory.kota_kupang())
    model = None
    if args.model is not None:
        model = load_model(_readable_file(Path(args.model), args.lang), normalizer=normalizer)
    combined = LearnedRouter(router=router, model=model, precedence=args.precedence)
    # Only an existing file is read: anything else is the complaint text itself (and must never
    # be echoed back in an "unreadable file" message). Files are read line by line. A single
    # word that names a file (``keluhan.txt``, ``data/masuk.jsonl``) but does not exist is a
    # missing file, not a complaint: routing it as text would hide the mistake.
    from_file = len(args.text) < 4096 and "\n" not in args.text and _is_file(args.text)
    if not from_file and _looks_like_a_file_name(args.text):
        raise _FileError(_("cannot read the input file ({reason})").format(reason="no such file"))
    for item in _route_lines(args.text, args.lang) if from_file else iter([args.text]):
        if not args.json and from_file and not item.strip():
            continue
        decision = combined.route(item)
        if args.json:
            ruled = decision.rules
            record = {
                "unit": decision.unit,
                "source": decision.source.value,
                "confidence": (
                    None if decision.confidence is None else round(decision.confidence, 4)
                ),
                "rule": decision.rule,
                "model": decision.model,
                "words": list(ruled.words),
                "co_units": list(ruled.co_units) if decision.source == "rule" else [],
                "runners_up": [[c.unit, c.rule, c.score] for c in ruled.runners_up],
                "review": [str(r) for r in ruled.review]
                + (["model-unsure"] if decision.source == "model" and decision.review else []),
                "offered": list(decision.offered),
            }
            if decision.prediction is not None:
                record["ranked"] = [[u, round(p, 4)] for u, p in decision.prediction.ranked]
                record["features"] = [[w, v] for w, v in decision.prediction.features]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        review = "  [" + _("needs review") + "]" if decision.review else ""
        by = (
            _("model {name}").format(name=decision.model)
            if decision.source == "model"
            else (decision.rule or "-")
        )
        words = (
            decision.rules.words
            if decision.prediction is None or decision.source != "model"
            else tuple(w for w, _ in decision.prediction.features)
        )
        out.write(
            terminal_safe(
                _("Unit: {unit}  Rule: {rule}  Trigger words: {words}").format(
                    unit=decision.unit, rule=by, words=", ".join(words) or "-"
                )
                + review
            )
            + "\n"
        )
    return EXIT_OK


def _route_lines(name: str, lang: str) -> Iterator[str]:
    """The lines of a UTF-8 file, streamed (a file of any size; each line at most 16 MiB)."""
    failure: Exception | None = None
    try:
        with Path(name).open("rb") as stream:
            number = 0
            while True:
                raw = stream.readline(MAX_TEXT_BYTES + 1)
                if not raw:
                    break
                number += 1
                if len(raw) > MAX_TEXT_BYTES:
                    failure = _DataError(
                        _("line {number}: the input is larger than {limit} bytes").format(
                            number=number, limit=MAX_TEXT_BYTES
                        )
                    )
                    break
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    failure = _DataError(
                        _("line {number}: the input is not UTF-8 text").format(number=number)
                    )
                    break
                yield line.rstrip("\r\n")
    except OSError as error:
        failure = _FileError(
            _("cannot read the input file ({reason})").format(reason=_reason(error))
        )
    if failure is not None:
        raise failure


def _skipped_note(skipped: Sequence[Any]) -> str:
    shown = ", ".join(f"{s.line} ({s.reason})" for s in skipped[:20])
    if len(skipped) > 20:
        return _("skipped lines: {lines} and {more} more").format(
            lines=shown, more=format_number(len(skipped) - 20)
        )
    return _("skipped lines: {lines}").format(lines=shown)


def _route_training(args: argparse.Namespace) -> tuple[Any, Any]:
    from pengaduan.routing import Normalizer  # noqa: PLC0415
    from pengaduan.routing.learned import Labelled, TrainingOptions  # noqa: PLC0415

    if type(args.folds) is not int or not 2 <= args.folds <= 20:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(arg="--folds", low=2, high=20)
        )
    source = _readable_file(Path(args.labelled), args.lang)
    data = Labelled.from_export(source) if args.histories else Labelled.from_jsonl(source)
    if data.skipped:
        _say(f"pengaduan: {_skipped_note(data.skipped)}")
    return data, (Normalizer.kupang(), TrainingOptions(folds=args.folds))


def _route_train(args: argparse.Namespace, out: IO[str]) -> int:
    import attrs  # noqa: PLC0415

    from pengaduan.routing.learned import train_model  # noqa: PLC0415

    if not args.output:
        raise _UsageError(_("route train needs --output MODEL.json"))
    if type(args.name) is not str or not args.name.isprintable() or not 0 < len(args.name) <= 100:
        raise _UsageError(_("--name must be a short printable name"))
    data, (normalizer, options) = _route_training(args)
    if args.choose:
        from pengaduan.routing.learned import choose_options  # noqa: PLC0415

        ranked = choose_options(data, normalizer=normalizer, folds=options.folds)
        for candidate, accuracy in ranked:
            grams = "-".join(map(str, candidate.char_ngrams))
            out.write(
                f"  {candidate.classifier.value} C={candidate.c:g} char {grams}: "
                f"{format_percent(100 * accuracy)}\n"
            )
        options = attrs.evolve(ranked[0][0], folds=options.folds)
    model = train_model(data, name=args.name, normalizer=normalizer, options=options)
    model.save(_writable(Path(args.output), args.lang))
    metrics = model.metadata["metrics"]
    out.write(
        _(
            "model {version}: {examples} examples, {units} units, {folds}-fold accuracy {accuracy}"
        ).format(
            version=model.version,
            examples=format_number(len(data.examples)),
            units=len(model.labels),
            folds=metrics["folds"],
            accuracy=format_percent(100 * metrics["cv_accuracy"]),
        )
        + "\n"
    )
    return EXIT_OK


def _writable(path: Path, lang: str) -> Path:
    try:
        bad = path.is_dir()
    except (OSError, ValueError):
        bad = True
    if bad:
        raise _FileError(_("cannot write the output ({reason})").format(reason="Is a directory"))
    return path


def _route_evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.routing.learned import evaluate_model  # noqa: PLC0415

    data, (normalizer, options) = _route_training(args)
    evaluation = evaluate_model(data, normalizer=normalizer, options=options)
    if args.html:
        _write_file(_writable(Path(args.html), args.lang), evaluation.to_html(), args.lang)
    out.write((evaluation.to_json() if args.json else evaluation.to_text()) + "\n")
    return EXIT_OK


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


def _demo(args: argparse.Namespace, out: IO[str]) -> int:
    from collections import Counter  # noqa: PLC0415

    from pengaduan.audit import Audit, render_html, render_json, render_table  # noqa: PLC0415
    from pengaduan.calendar.humanize import format_instant  # noqa: PLC0415
    from pengaduan.demo import simulate_month  # noqa: PLC0415
    from pengaduan.routing.directory import UnitDirectory  # noqa: PLC0415
    from pengaduan.serialization import dump_lines  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    _bounded_number(args.per_day, "--per-day", 0.1, 200, args.lang)
    if not -(2**63) <= args.seed < 2**63:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--seed", low=-(2**63), high=2**63 - 1
            )
        )
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _FileError(
            _("cannot write the output ({reason})").format(reason=_reason(error))
        ) from None
    with Progress(_("Simulating days")) as progress:
        sim = simulate_month(seed=args.seed, per_day=args.per_day, progress=progress)

    histories = args.output / "pengaduan.jsonl"
    with histories.open("w", encoding="utf-8") as stream:
        dump_lines(sim.complaints, stream)
    public = args.output / "publik.jsonl"
    published = _publish(sim.complaints, public, now=sim.now)
    audit = Audit(
        workflow=Workflow.default(), policy=sim.policy, calendar=sim.calendar, now=sim.now
    )
    audit.add_all(sim.complaints)
    report = audit.report()
    html = args.output / "laporan-audit.html"
    kupang = UnitDirectory.kota_kupang()
    html.write_text(render_html(report, language=args.lang, directory=kupang), encoding="utf-8")
    data = args.output / "laporan-audit.json"
    data.write_text(render_json(report), encoding="utf-8")

    title = _("Kota Kupang complaint simulation — as of {moment}")
    out.write(title.format(moment=format_instant(sim.now, sim.calendar)) + "\n\n")
    _table(
        out,
        [
            (_("Summary"), ""),
            (_("Complaints received"), str(len(sim.complaints))),
            (_("SMS rejected (answered with the help text)"), str(sum(sim.rejected.values()))),
            (_("Auto-closed"), str(sim.auto_closed)),
            (_("Escalated to the superior"), str(sim.escalations)),
            (_("Public views (no identity, no personal data)"), str(published)),
        ],
    )
    for title, counts in (
        (_("By channel"), sim.channels),
        (_("By routed unit"), sim.routed),
        (_("By status"), Counter(c.status for c in sim.complaints)),
    ):
        out.write("\n")
        _table(out, [(title, ""), *sorted((k, str(v)) for k, v in counts.items())])
    out.write("\n")
    out.write(render_table(report, language=args.lang, directory=kupang))
    out.write("\n" + _("Files written:") + "\n")
    for path in (histories, public, html, data):
        out.write(f"  {path}\n")
    return EXIT_OK


def _publish(complaints: Sequence[Complaint], path: Path, *, now: datetime) -> int:
    """Write the public view of every publishable complaint; returns how many."""
    from pengaduan.errors import PrivacyError  # noqa: PLC0415
    from pengaduan.model import Actor  # noqa: PLC0415
    from pengaduan.privacy import Viewer  # noqa: PLC0415

    viewer = Viewer()
    portal = Actor.system("portal-publik")
    published = 0
    with path.open("w", encoding="utf-8") as stream:
        for complaint in complaints:
            try:
                page, _ = viewer.view(complaint, "public", viewer=portal, at=now)
            except PrivacyError:
                continue  # rahasia (or unset): never published
            stream.write(json.dumps(page.to_dict(), ensure_ascii=False) + "\n")
            published += 1
    return published


def _audit_setup(args: argparse.Namespace) -> dict[str, Any]:
    from pengaduan.audit import ColumnMapping, ZoneThresholds  # noqa: PLC0415
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    if args.workers is not None and not 1 <= args.workers <= 64:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(arg="--workers", low=1, high=64)
        )
    limit = args.max_line_bytes
    if limit is not None and not 64 <= limit <= 1 << 31:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--max-line-bytes", low=64, high=1 << 31
            )
        )
    if args.delimiter is not None and (len(args.delimiter) != 1 or args.delimiter in '"\r\n'):
        raise _UsageError("--delimiter: " + _("one character"))
    if args.timezone is not None:
        _zone_arg(args.timezone, args.lang)
    if args.calendar is not None:
        calendar = WorkingCalendar.from_toml(_readable_file(args.calendar, args.lang))
    else:
        zone = _zone_arg(args.zone, args.lang) if args.zone else "Asia/Jakarta"
        calendar = WorkingCalendar.indonesia(zone=zone)
    if args.now is not None:
        now = _parse_time(args.now, calendar.zone, args.lang, "--now")
    else:
        now = datetime.now(UTC)
    mapping = ColumnMapping.parse(args.column)
    options = {
        key: value
        for key, value in (("date_format", args.date_format), ("delimiter", args.delimiter))
        if value
    }
    if options:
        explicit = {f: c for f, c in mapping.columns if f in mapping.explicit}
        mapping = ColumnMapping.from_dict({**explicit, **options})
    return {
        "calendar": calendar,
        "now": now,
        "input_format": args.input,
        "mapping": mapping,
        "timezone": args.timezone,
        "thresholds": ZoneThresholds.parse(args.thresholds) if args.thresholds else None,
        "skip_invalid": args.skip_invalid,
        "workers": args.workers if args.workers is not None else 1,
        "check_duplicates": args.check_duplicates,
        "spill_dir": args.spill_dir,
        **({"max_line_bytes": limit} if limit is not None else {}),
    }


def _audit(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.audit import (  # noqa: PLC0415 - the audit loads only when asked for
        Zone,
        audit_path,
        render_csv,
        render_html,
        render_json,
        render_table,
    )

    settings = _audit_setup(args)
    directory = None
    if args.units is not None:
        from pengaduan.routing.directory import UnitDirectory  # noqa: PLC0415

        directory = UnitDirectory.from_toml(_readable_file(args.units, args.lang))
    checkpoint = _checkpoint_args(args)
    if args.engine == "dask":
        from pengaduan.audit.dask import audit_dask  # noqa: PLC0415 - dask loads only when asked

        if checkpoint is not None:
            raise _UsageError(
                _("--checkpoint, --log and --keys go together, for JSON lines input")
                + " (--engine process)"
            )
        del settings["workers"]
        report = audit_dask(
            args.file,
            scheduler=args.scheduler or "local",
            workers=args.workers if args.workers is not None else 2,
            blocksize=_blocksize(args.blocksize, args.lang),
            **settings,
        )
    else:
        for given, flag in ((args.scheduler, "--scheduler"), (args.blocksize, "--blocksize")):
            if given is not None:
                raise _UsageError(flag + ": --engine dask")
        with Progress("audit", enabled=not args.no_progress) as progress:
            report = audit_path(args.file, progress=progress, **settings)
    if args.parquet is not None:
        _audit_parquet(args, settings)
    renderers = {
        "json": lambda: render_json(report),
        "csv": lambda: render_csv(report),
        "html": lambda: render_html(report, language=args.lang, directory=directory),
        "table": lambda: render_table(report, language=args.lang, directory=directory),
    }
    rendered = renderers[args.format]()
    if args.output is not None:
        _write_file(args.output, rendered, args.lang)
        _say(_("report written to {path}").format(path=args.output))
    else:
        out.write(rendered)
    if checkpoint is not None and not _verify_checkpoint(args, *checkpoint):
        return EXIT_INTEGRITY
    if args.fail_on == "never":
        return EXIT_OK
    if args.fail_on == "findings":
        overall = report.overall
        found = overall.breaches or overall.sop_violations or overall.integrity_failures
        return EXIT_FOUND if found else EXIT_OK
    zones = {Zone.MERAH} if args.fail_on == "red" else {Zone.MERAH, Zone.KUNING}
    summaries = (*report.units, report.overall)
    return EXIT_FOUND if any(s.zone in zones for s in summaries) else EXIT_OK


_SIZE_SUFFIXES = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def _blocksize(given: str | None, lang: str) -> int | None:
    """``--blocksize``: bytes, with an optional K, M or G suffix; ``0`` keeps files whole."""
    if given is None:
        return 64 << 20
    text = given.strip().upper().removesuffix("IB").removesuffix("B")
    number, suffix = (text[:-1], text[-1]) if text and text[-1] in "KMG" else (text, "")
    if not number.isdigit() or len(number) > 12:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--blocksize", low="1K", high="1024G"
            )
        )
    size = int(number) * _SIZE_SUFFIXES[suffix]
    if size == 0:
        return None
    if not 1 << 10 <= size <= 1 << 40:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--blocksize", low="1K", high="1024G"
            )
        )
    return size


def _audit_parquet(args: argparse.Namespace, settings: dict[str, Any]) -> None:
    """``--parquet DIR``: the input's histories (every readable line, in file order) to Parquet."""
    from pengaduan.audit.parquet import write_parquet  # noqa: PLC0415 - pyarrow loads on demand

    directory: Path = args.parquet
    write_parquet(
        _histories(args, settings),
        directory,
        calendar=settings["calendar"],
        now=settings["now"],
    )
    _say(_("report written to {path}").format(path=directory))


def _histories(args: argparse.Namespace, settings: dict[str, Any]) -> Iterator[Complaint]:
    """The complaints of the audit's input read again (bad lines left out)."""
    from pengaduan.audit import detect_format, read_csv, read_json_lines  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    dask = args.engine == "dask"
    if dask:
        from pengaduan.audit.dask import _require, list_partitions  # noqa: PLC0415

        sources = list_partitions(args.file)
        fsspec = _require("fsspec")
    else:
        sources = [args.file]
        fsspec = None
    for source in sources:
        kind = settings["input_format"]
        if kind is None and dask:
            kind = "csv" if str(source).lower().removesuffix(".gz").endswith(".csv") else "jsonl"
        kind = kind or detect_format(source)
        with _open_source(source, fsspec if dask else None) as stream:
            if kind == "csv":
                records = read_csv(
                    stream,
                    workflow=Workflow.default(),
                    on_problem=lambda problem: None,
                    mapping=settings["mapping"],
                    timezone=settings["timezone"],
                )
            else:
                records = read_json_lines(stream, on_problem=lambda problem: None)
            for record in records:
                yield record.complaint


def _open_source(source: str, fsspec: Any) -> Any:
    """A binary stream of a local file, or through fsspec (compressed files uncompressed)."""
    if fsspec is not None:
        return fsspec.open(source, "rb", compression="infer")
    return Path(source).open("rb")


def _checkpoint_args(args: argparse.Namespace) -> tuple[Path, Path, Path] | None:
    """The checkpoint, log and key ring files, all three or none (checked before the audit)."""
    given = (args.checkpoint, args.log, args.keys)
    if all(path is None for path in given):
        return None
    if any(path is None for path in given):
        raise _UsageError(_("--checkpoint, --log and --keys go together, for JSON lines input"))
    if args.input == "csv" or str(args.file).lower().endswith((".csv", ".tsv")):
        raise _UsageError(_("--checkpoint, --log and --keys go together, for JSON lines input"))
    return args.checkpoint, args.log, args.keys


def _verify_checkpoint(
    args: argparse.Namespace, sth_path: Path, log_path: Path, keys: Path
) -> bool:
    """Check the export against the signed log; one summary line, one line per failure."""
    from pengaduan.audit.readers import read_json_lines  # noqa: PLC0415
    from pengaduan.integrity import (  # noqa: PLC0415 - cryptography loads only when asked for
        KeyRing,
        SignedTreeHead,
        TransparencyLog,
        verify_export,
    )

    ring = KeyRing.load(keys)
    sth = SignedTreeHead.from_json(_read_text(str(sth_path), args.lang))
    log = TransparencyLog.open(log_path)
    with Path(args.file).open("rb") as stream:
        records = read_json_lines(stream, on_problem=lambda problem: None)
        result = verify_export((r.complaint for r in records), log, sth, ring)
    _say(
        _(
            "checkpoint (tree size {size}): {checked} checked, {covered} covered ({grown} grown "
            "since), {not_in_log} not in the log, {forged} forged, {missing} missing from the "
            "export"
        ).format(
            checked=result.checked,
            covered=result.covered,
            grown=result.grown,
            not_in_log=result.not_in_log,
            forged=result.forged,
            missing=result.missing,
            size=sth.tree_size,
        )
    )
    for failure in result.failures[:1000]:
        _say(f"  {failure.tracking_id}: {failure.status} ({failure.reason})")
    return result.ok


def _table(out: IO[str], rows: Sequence[Sequence[str]]) -> None:
    from pengaduan.audit._cells import terminal_safe  # noqa: PLC0415

    rows = [[terminal_safe(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for number, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
        if number == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _say(message: str) -> None:
    """One line on standard error: no line breaks, no control or bidi characters."""
    from pengaduan.audit._cells import terminal_safe  # noqa: PLC0415

    line = " | ".join(part.strip() for part in message.splitlines() if part.strip())
    try:
        sys.stderr.write(terminal_safe(line)[:1000] + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # standard error is closed too: nothing else to do


# The reason codes of StorageError (and of the audit's FileAccessError) in words.
_STORAGE_REASONS = {
    "missing": N_("no such file"),
    "is-directory": N_("it is a directory"),
    "permission": N_("permission denied"),
    "unreadable": N_("unreadable"),
    "locked": N_("the database is locked"),
    "read-only": N_("the database is read-only"),
    "full": N_("the disk is full"),
    "unavailable": N_("unavailable"),
    "corrupt": N_("the data is corrupt"),
    "failed": N_("the operation failed"),
}


def _error_line(error: PengaduanError, lang: str) -> tuple[int, str]:
    """The exit code and message of a library error, the whole line in one language.

    An error whose message is not (yet) in the current language's catalog is shown in English,
    and so is the prefix this command puts before it.
    """
    if isinstance(error, UnknownZoneError):
        return EXIT_CONFIG, _("invalid configuration: {problem}").format(
            problem=_("unknown time zone: use an IANA name such as Asia/Makassar")
        )
    if isinstance(error, StorageError):
        reason = _STORAGE_REASONS.get(error.reason)
        return EXIT_IO, _("cannot read the input file ({reason})").format(
            reason=error.reason if reason is None else _(reason)
        )
    message, language = error._message()
    with use_language(language):
        if isinstance(error, ConfigurationError | CalendarError):
            return EXIT_CONFIG, _("invalid configuration: {problem}").format(problem=message)
        if isinstance(error, IntegrityError | CheckpointError):
            return EXIT_INTEGRITY, _("integrity check failed: {problem}").format(problem=message)
        if isinstance(error, ArgumentError):
            return EXIT_USAGE, _("wrong usage: {problem}").format(problem=message)
        return EXIT_DATA, _("invalid input data: {problem}").format(problem=message)


def _check_arguments(arguments: list[str], lang: str) -> None:
    """Every argument is text that can be written back (no lone surrogates from bad bytes)."""
    for number, arg in enumerate(arguments, start=1):
        valid = isinstance(arg, str)
        if valid:
            try:
                arg.encode("utf-8")
            except UnicodeError:
                valid = False
        if not valid:
            raise _UsageError(_("argument {n} is not valid text").format(n=number))


def _run(arguments: list[str], lang: str, stream: IO[str]) -> int:
    """Parse and run; every expected failure becomes its exit code and one line."""
    code, message = EXIT_OK, ""
    try:
        _check_arguments(arguments, lang)
        args = _parser(lang).parse_args(arguments)
        run: Callable[[argparse.Namespace, IO[str]], int] = args.run
        code = run(args, stream)
    except SystemExit as exc:  # --help
        code = exc.code if isinstance(exc.code, int) else EXIT_OK
    except _UsageError as exc:
        code, message = EXIT_USAGE, _("wrong usage: {problem}").format(problem=exc)
    except _DataError as exc:
        code, message = EXIT_DATA, _("invalid input data: {problem}").format(problem=exc)
    except _ConfigError as exc:
        code, message = EXIT_CONFIG, _("invalid configuration: {problem}").format(problem=exc)
    except _FileError as exc:
        code, message = EXIT_IO, str(exc)
    except PengaduanError as exc:
        code, message = _error_line(exc, lang)
    except BrokenPipeError:
        raise
    except OSError as exc:
        code, message = EXIT_IO, _("cannot write the output ({reason})").format(reason=_reason(exc))
    if message:
        _say(f"pengaduan: {message}")
    if stream is sys.stdout:
        stream.flush()  # a closed pipe shows here, not at exit
    return code


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring).

    Never raises and never prints a traceback: an unexpected error is reported as
    ``internal error, please report`` (without its text, which could carry data) with
    `EXIT_INTERNAL`; a closed standard output (``pengaduan workflow | head -1``) ends the
    command quietly with `EXIT_IO`.
    """
    stream = sys.stdout if out is None else out
    if argv is None:
        arguments: list[str] = list(sys.argv[1:])
    elif isinstance(argv, list | tuple):
        arguments = list(argv)
    else:
        _say("pengaduan: " + _("wrong usage"))
        return EXIT_USAGE
    lang = _language(arguments)
    with use_language(lang):
        return _main(arguments, lang, stream)


def _main(arguments: list[str], lang: str, stream: IO[str]) -> int:
    try:
        return _run(arguments, lang, stream)
    except BrokenPipeError:
        _quiet(stream)
        return EXIT_IO
    except KeyboardInterrupt:
        _say("pengaduan: " + _("interrupted"))
        return 130
    except Exception:  # the last guard: a bug must not print a traceback or the data it held
        _say("pengaduan: " + _("internal error, please report"))
        return EXIT_INTERNAL


def _quiet(stream: IO[str]) -> None:
    """After a closed pipe: point standard output at /dev/null so the exit flush is silent."""
    if stream is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
