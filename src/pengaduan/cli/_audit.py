"""``pengaduan audit``: SOP and deadline compliance of an export, on this machine or a Dask
cluster, with Parquet output and the signed-checkpoint check."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._core.paths import open_regular
from pengaduan._i18n import N_, format_number
from pengaduan._i18n import gettext as _
from pengaduan.cli._checkpoint import _checkpoint_args, _verify_checkpoint
from pengaduan.cli._common import (
    _parse_time,
    _readable_file,
    _say,
    _UsageError,
    _write_file,
    _zone_arg,
)
from pengaduan.cli._exit import EXIT_FOUND, EXIT_INTEGRITY, EXIT_OK
from pengaduan.cli._progress import Progress

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.model import Complaint

__all__ = ["add_audit"]


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
  70  internal error (please report), or a worker process killed (out of memory)
"""
)


def add_audit(commands: Any) -> None:
    """Add the ``audit`` command to the ``pengaduan`` parser's subcommands."""
    audit = commands.add_parser(
        "audit",
        help=_("audit SOP and deadline compliance of an export (JSON lines or CSV)"),
        description=_(
            "Audit complaint histories against the SOP and the SP4N-LAPOR! deadlines: per unit "
            "and overall (statuses, classifications, share on time, median/P90 working days, "
            "overdue items, breaches by month, green/yellow/red zones)."
        ),
        epilog=_(_AUDIT_EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    audit.add_argument(
        "file", metavar=_("FILE"), help=_("JSON lines (.jsonl) or CSV (.csv) export")
    )
    audit.add_argument(
        "--format", choices=("table", "json", "csv", "html"), default="table", help=_("output")
    )
    audit.add_argument("-o", "--output", type=Path, help=_("write the report to this file"))
    audit.add_argument("--input", choices=("jsonl", "csv"), help=_("input format (default: guess)"))
    audit.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=_("FIELD=COLUMN"),
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
        metavar=_("ADDRESS|local"),
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
        metavar=_("DIR"),
        help=_(
            "folder for the duplicate check's temporary files (default: the system's temporary "
            "folder; removed afterwards); with --engine dask on several machines, a shared folder"
        ),
    )
    audit.add_argument(
        "--blocksize",
        metavar=_("BYTES"),
        help=_(
            "with --engine dask: plain JSON lines files larger than this are audited in blocks "
            "of this size, one task each (default 64M; K, M and G suffixes; 0: whole files)"
        ),
    )
    audit.add_argument(
        "--parquet",
        type=Path,
        metavar=_("DIR"),
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


def _audit_setup(args: argparse.Namespace) -> dict[str, Any]:
    from pengaduan.audit import ColumnMapping, ZoneThresholds  # noqa: PLC0415
    from pengaduan.calendar import WorkingCalendar  # noqa: PLC0415

    if args.workers is not None and not 1 <= args.workers <= 64:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--workers", low=format_number(1), high=format_number(64)
            )
        )
    limit = args.max_line_bytes
    if limit is not None and not 64 <= limit <= 1 << 31:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--max-line-bytes", low=format_number(64), high=format_number(1 << 31)
            )
        )
    if args.delimiter is not None and (len(args.delimiter) != 1 or args.delimiter in '"\r\n'):
        raise _UsageError("--delimiter: " + _("one character"))
    if args.timezone is not None:
        _zone_arg(args.timezone, args.lang)
    if args.calendar is not None:
        calendar = WorkingCalendar.from_toml(_readable_file(args.calendar, "--calendar"))
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

        directory = UnitDirectory.from_toml(_readable_file(args.units, "--units"))
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
                raise _UsageError(_("{option} works only with --engine dask").format(option=flag))
        with Progress(_("Reading the export"), enabled=not args.no_progress) as progress:
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
        from pengaduan.audit.dask import list_partitions  # noqa: PLC0415

        sources = list_partitions(args.file)
    else:
        sources = [args.file]
    for source in sources:
        kind = settings["input_format"]
        if kind is None and dask:
            kind = "csv" if str(source).lower().removesuffix(".gz").endswith(".csv") else "jsonl"
        kind = kind or detect_format(source)
        with _open_source(source, dask=dask) as stream:
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


def _open_source(source: str, *, dask: bool) -> Any:
    """A binary stream of the input file, read again after the audit: a regular file only
    (with ``--engine dask``, a local file too; any other URL through fsspec, compressed files
    uncompressed)."""
    if dask:
        from pengaduan.audit.dask import _opened  # noqa: PLC0415

        return _opened(source, compression="infer")
    return open_regular(source)
