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

_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "description": "Penanganan pengaduan masyarakat sesuai SP4N-LAPOR! dan SOP daerah.",
        "deadline_help": "hitung batas waktu (hari kerja, jam kerja atau hari kalender)",
        "workflow_help": "tampilkan alur SOP (status, aksi, diagram Mermaid)",
        "redact_help": "samarkan data pribadi dalam teks (NIK, telepon, nama, alamat...)",
        "naive": "waktu {arg} tidak memiliki zona waktu: tambahkan offset (+08:00) atau --zone",
        "bad_time": "waktu {arg} bukan format ISO 8601 (contoh: 2025-03-07T16:30)",
        "config": "konfigurasi tidak valid",
        "data": "data masukan tidak valid",
        "unreadable": "berkas masukan tidak dapat dibaca ({reason})",
        "unwritable": "keluaran tidak dapat ditulis ({reason})",
        "not_utf8": "masukan bukan teks UTF-8",
        "too_big": "masukan lebih besar dari {limit} bita",
        "internal": "galat internal, mohon laporkan",
        "usage": "penggunaan salah",
        "integrity": "pemeriksaan integritas gagal",
        "checkpoint_usage": "--checkpoint, --log dan --keys dipakai bersama, untuk JSON lines",
        "checkpoint_summary": "checkpoint (ukuran pohon {size}): {checked} diperiksa, {covered} "
        "tercakup ({grown} bertambah sesudahnya), {not_in_log} tidak ada di log, {forged} "
        "dipalsukan, {missing} hilang dari ekspor",
        "interrupted": "dihentikan",
        "zone_unknown": "zona waktu tidak dikenal: gunakan nama IANA, mis. Asia/Makassar",
        "bad_arg": "argumen ke-{n} bukan teks yang sah",
        "range": "{arg} harus antara {low} dan {high}",
        "due": "Batas waktu",
        "status": "Status",
        "action": "Aksi",
        "category": "Kategori",
        "from": "Dari",
        "to": "Ke",
        "roles": "Peran",
        "same": "(tetap)",
        "spans": "{n} data pribadi disamarkan",
        "zone_needed": "offset di luar WIB/WITA/WIT: sebutkan --zone (mis. Europe/Amsterdam)",
        "route_help": "tentukan unit (OPD) yang menangani teks pengaduan",
        "demo_help": "simulasikan sebulan pengaduan Kota Kupang dan tulis hasilnya",
        "unit": "Unit",
        "rule": "Aturan",
        "words": "Kata pemicu",
        "review": "perlu diperiksa",
        "simulating": "Mensimulasikan hari",
        "demo_title": "Simulasi pengaduan Kota Kupang",
        "summary": "Ringkasan",
        "received": "Pengaduan diterima",
        "rejected": "SMS ditolak (dibalas pesan bantuan)",
        "by_channel": "Per kanal",
        "by_unit": "Per unit tujuan",
        "by_status": "Per status",
        "auto_closed": "Ditutup otomatis",
        "escalated": "Dieskalasi ke atasan",
        "public": "Tampilan publik (tanpa identitas dan data pribadi)",
        "written": "Berkas ditulis",
        "as_of": "Per",
        "audit_help": "audit kepatuhan SOP dan batas waktu dari ekspor (JSON lines atau CSV)",
        "audit_description": (
            "Audit riwayat pengaduan terhadap SOP dan batas waktu SP4N-LAPOR!: per unit dan "
            "keseluruhan (status, klasifikasi, %% tepat waktu, median/P90 hari kerja, lewat "
            "batas, pelanggaran per bulan, zona hijau/kuning/merah)."
        ),
        "report_written": "laporan ditulis ke {path}",
    },
    "en": {
        "description": "Citizen-complaint handling per SP4N-LAPOR! and local SOPs.",
        "deadline_help": "compute a deadline (working days, working hours or calendar days)",
        "workflow_help": "show the SOP (statuses, actions, Mermaid diagram)",
        "redact_help": "redact personal data in text (NIK, phones, names, addresses...)",
        "naive": "time {arg} has no time zone: add an offset (+08:00) or --zone",
        "bad_time": "time {arg} is not ISO 8601 (for example 2025-03-07T16:30)",
        "config": "invalid configuration",
        "data": "invalid input data",
        "unreadable": "cannot read the input file ({reason})",
        "unwritable": "cannot write the output ({reason})",
        "not_utf8": "the input is not UTF-8 text",
        "too_big": "the input is larger than {limit} bytes",
        "internal": "internal error, please report",
        "usage": "wrong usage",
        "integrity": "integrity check failed",
        "checkpoint_usage": "--checkpoint, --log and --keys go together, for JSON lines input",
        "checkpoint_summary": "checkpoint (tree size {size}): {checked} checked, {covered} "
        "covered ({grown} grown since), {not_in_log} not in the log, {forged} forged, "
        "{missing} missing from the export",
        "interrupted": "interrupted",
        "zone_unknown": "unknown time zone: use an IANA name such as Asia/Makassar",
        "bad_arg": "argument {n} is not valid text",
        "range": "{arg} must be from {low} to {high}",
        "due": "Due",
        "status": "Status",
        "action": "Action",
        "category": "Category",
        "from": "From",
        "to": "To",
        "roles": "Roles",
        "same": "(same)",
        "spans": "{n} pieces of personal data redacted",
        "zone_needed": "offset outside WIB/WITA/WIT: give --zone (e.g. Europe/Amsterdam)",
        "route_help": "decide which unit (OPD) handles a complaint text",
        "demo_help": "simulate a month of Kota Kupang complaints and write the results",
        "unit": "Unit",
        "rule": "Rule",
        "words": "Trigger words",
        "review": "needs review",
        "simulating": "Simulating days",
        "demo_title": "Kota Kupang complaint simulation",
        "summary": "Summary",
        "received": "Complaints received",
        "rejected": "SMS rejected (answered with the help text)",
        "by_channel": "By channel",
        "by_unit": "By routed unit",
        "by_status": "By status",
        "auto_closed": "Auto-closed",
        "escalated": "Escalated to the superior",
        "public": "Public views (no identity, no personal data)",
        "written": "Files written",
        "as_of": "As of",
        "audit_help": "audit SOP and deadline compliance of an export (JSON lines or CSV)",
        "audit_description": (
            "Audit complaint histories against the SOP and the SP4N-LAPOR! deadlines: per unit "
            "and overall (statuses, classifications, %% on time, median/P90 working days, "
            "overdue items, breaches by month, green/yellow/red zones)."
        ),
        "report_written": "report written to {path}",
    },
}

_EXAMPLES = """\
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
"""

_AUDIT_EXAMPLES = (
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

input: JSON lines of complaint histories (the library's format), or a CSV export with one row
per complaint and the columns id, unit, classification, category, received_at, deferred_at,
resumed_at, verified_at, forwarded_at, archived_at, followed_up_at, closed_at (rename with
--column field=column; only id and received_at are required). With --engine dask the input
may also be a directory, a glob or an fsspec URL of many files (plain or .gz), one partition each;
bad lines are then named by file and line.

bad lines: without --skip-invalid the first bad line stops the audit (exit 3, the message names
the line); with it, every bad line (not UTF-8, over --max-line-bytes, nested too deep, a huge
number, an impossible date, a duplicate id...) is listed with its line and a reason code.

signed checkpoint: with --checkpoint (a signed tree head), --log (the office's transparency log)
and --keys (the public key ring), every history of a JSON lines export is also checked against
the signed log: one summary line on standard error, one line per failing tracking id, and exit
6 when any history is forged, not in the log, or a logged complaint is missing from the export.

"""
    "exit codes:\n"
    """\
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

_EXIT_CODES = """\
exit codes: 0 done; 1 audit: a unit in the --fail-on zone; 2 wrong usage; 3 bad input data;
4 invalid configuration; 5 input/output error (missing file, unwritable output, closed pipe);
6 integrity or checkpoint failure; 70 internal error (please report).
"""


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
        return "unrecognized arguments"
    if first.startswith("ambiguous option"):
        return "ambiguous option"
    head, _, tail = first.partition(" (choose from ")
    for marker in (": invalid ", ": expected ", ": ignored explicit"):
        if marker in head:
            name, _, rest = head.partition(marker)
            head = name + marker + rest.split(":")[0].split("'")[0].strip()
    head = head.split("'")[0].split('"')[0].rstrip(": ")
    if tail and "invalid choice" in head:
        head += " (choose from " + tail.rsplit(" (choose from ", 1)[-1]
    return head[:300]


def _language(argv: Sequence[object]) -> str:
    """The language of messages: the last valid ``--lang`` anywhere on the line, else ``id``."""
    lang = "id"
    for index, arg in enumerate(argv):
        value: object = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif isinstance(arg, str) and arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if isinstance(value, str) and value in _TEXT:
            lang = value
    return lang


def _version() -> str:
    from pengaduan import __version__  # noqa: PLC0415 - the one version source

    return __version__


def _parser(lang: str) -> argparse.ArgumentParser:
    text = _TEXT[lang]
    parser = _Parser(
        prog="pengaduan",
        description=text["description"],
        epilog=_EXAMPLES + "\n" + _EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--lang", choices=sorted(_TEXT), default="id", help="id | en")
    parser.add_argument("--version", action="version", version=f"pengaduan {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parser.set_defaults(lang="id")

    deadline = commands.add_parser(
        "deadline",
        help=text["deadline_help"],
        description=text["deadline_help"],
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    deadline.add_argument("--from", dest="start", required=True, help="ISO 8601 time")
    amount = deadline.add_mutually_exclusive_group(required=True)
    amount.add_argument("--days", type=int, help="working days")
    amount.add_argument("--hours", type=float, help="working hours")
    amount.add_argument("--calendar-days", type=int, help="calendar days")
    deadline.add_argument("--zone", help="IANA zone for times without an offset")
    deadline.add_argument("--calendar", type=Path, help="calendar TOML file")
    deadline.add_argument("--json", action="store_true", help="machine-readable output")
    deadline.set_defaults(run=_deadline)

    workflow = commands.add_parser(
        "workflow",
        help=text["workflow_help"],
        description=text["workflow_help"],
    )
    workflow.add_argument("--mermaid", action="store_true", help="print a Mermaid diagram")
    workflow.set_defaults(run=_workflow)

    redact = commands.add_parser(
        "redact",
        help=text["redact_help"],
        description=text["redact_help"],
    )
    redact.add_argument("file", help="a UTF-8 text file, or - for standard input")
    redact.add_argument("--json", action="store_true", help="text and audit spans as JSON")
    redact.set_defaults(run=_redact)

    route = commands.add_parser("route", help=text["route_help"], description=text["route_help"])
    route.add_argument(
        "text",
        help="a complaint text, a UTF-8 file with one text per line, or train/evaluate",
    )
    route.add_argument("labelled", nargs="?", help="for train/evaluate: a labelled JSON-lines file")
    route.add_argument("--json", action="store_true", help="one JSON object per text")
    route.add_argument("--model", help="a model file (route with rules and the model)")
    route.add_argument(
        "--precedence", choices=["rules", "model"], default="rules", help="who decides first"
    )
    route.add_argument("--output", help="train: where to write the model file")
    route.add_argument("--name", default="model", help="train: the model's name")
    route.add_argument("--folds", type=int, default=5, help="train/evaluate: folds (2-20)")
    route.add_argument("--html", help="evaluate: also write a self-contained HTML report here")
    route.add_argument(
        "--choose",
        action="store_true",
        help="train: compare classifiers and features by cross-validation, keep the best",
    )
    route.add_argument(
        "--histories",
        action="store_true",
        help="train/evaluate: the file is an export of complaint histories (last disposition)",
    )
    route.set_defaults(run=_route)

    demo = commands.add_parser(
        "demo",
        help=text["demo_help"],
        description=text["demo_help"],
        epilog="example:\n  pengaduan demo --output hasil-demo --seed 7",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument("--output", type=Path, default=Path("pengaduan-demo"), help="directory")
    demo.add_argument("--seed", type=int, default=1708, help="random seed (same seed, same month)")
    demo.add_argument("--per-day", type=float, default=10.0, help="messages per working day")
    demo.set_defaults(run=_demo)
    _add_audit(commands, text)
    from pengaduan.cli._db import add_db  # noqa: PLC0415 - the db command lives apart

    add_db(commands, lang)
    for command in commands.choices.values():
        command.add_argument(
            "--lang", choices=sorted(_TEXT), default=argparse.SUPPRESS, help="id | en"
        )
        if command.epilog is None:
            command.epilog = _EXIT_CODES
            command.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


def _add_audit(commands: Any, text: dict[str, str]) -> None:
    audit = commands.add_parser(
        "audit",
        help=text["audit_help"],
        description=text["audit_description"],
        epilog=_AUDIT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    audit.add_argument("file", help="JSON lines (.jsonl) or CSV (.csv) export")
    audit.add_argument(
        "--format", choices=("table", "json", "csv", "html"), default="table", help="output"
    )
    audit.add_argument("-o", "--output", type=Path, help="write the report to this file")
    audit.add_argument("--input", choices=("jsonl", "csv"), help="input format (default: guess)")
    audit.add_argument(
        "--column", action="append", default=[], metavar="FIELD=COLUMN", help="CSV column mapping"
    )
    audit.add_argument("--date-format", help="strptime format of CSV times (default ISO 8601)")
    audit.add_argument("--delimiter", help="CSV delimiter (default: guessed from the header)")
    audit.add_argument("--timezone", help="IANA zone of CSV times written without an offset")
    audit.add_argument("--zone", help="the offices' calendar zone (default Asia/Jakarta)")
    audit.add_argument("--calendar", type=Path, help="calendar TOML file")
    audit.add_argument("--now", help="moment of the audit, ISO 8601 (default: now)")
    audit.add_argument("--thresholds", help="zone thresholds, e.g. green=90,yellow=70")
    audit.add_argument(
        "--skip-invalid", action="store_true", help="report bad lines and go on (default: stop)"
    )
    audit.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes for JSON lines input (default 1); with --engine dask --scheduler "
        "local, worker processes (default 2)",
    )
    audit.add_argument(
        "--engine",
        choices=("process", "dask"),
        default="process",
        help="process: this machine (default); dask: a Dask cluster (pengaduan[dask])",
    )
    audit.add_argument(
        "--scheduler",
        metavar="ADDRESS|local",
        help="with --engine dask: a scheduler address, or 'local' (default) for a local cluster",
    )
    audit.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    audit.add_argument(
        "--fail-on",
        choices=("never", "red", "yellow", "findings"),
        default="red",
        help="what makes the exit code 1 (default red)",
    )
    audit.add_argument("--checkpoint", type=Path, help="signed tree head (JSON) to verify against")
    audit.add_argument("--log", type=Path, help="transparency log (JSON lines), with --checkpoint")
    audit.add_argument("--keys", type=Path, help="public key ring (JSON), with --checkpoint")
    audit.add_argument(
        "--max-line-bytes",
        type=int,
        default=None,
        help="longest line or row read (default 4 MiB); longer ones are bad lines",
    )
    audit.set_defaults(run=_audit)


def _read_text(name: str, lang: str) -> str:
    """A UTF-8 text file (or standard input for ``-``), at most :data:`MAX_TEXT_BYTES`."""
    text = _TEXT[lang]
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
        failure = _FileError(text["unreadable"].format(reason=_reason(error)))
    except ValueError:
        failure = _UsageError(text["unreadable"].format(reason="invalid file name"))
    if failure is not None:
        raise failure
    if len(data) > MAX_TEXT_BYTES:
        raise _DataError(text["too_big"].format(limit=MAX_TEXT_BYTES))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        failure = _DataError(text["not_utf8"])
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
        failure = _FileError(_TEXT[lang]["unwritable"].format(reason=_reason(error)))
    except ValueError:
        failure = _FileError(_TEXT[lang]["unwritable"].format(reason="invalid file name"))
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
        raise _FileError(_TEXT[lang]["unreadable"].format(reason=reason))
    return path


def _parse_time(value: str, zone: str | None, lang: str, argument: str) -> datetime:
    from pengaduan._core.time import load_zone  # noqa: PLC0415 - calendar code loads on demand

    bad = False
    try:
        parsed = datetime.fromisoformat(value) if len(value) <= 64 else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise _DataError(_TEXT[lang]["bad_time"].format(arg=argument))
    if parsed.tzinfo is None:
        if zone is None:
            raise _DataError(_TEXT[lang]["naive"].format(arg=argument))
        parsed = parsed.replace(tzinfo=load_zone(_zone_arg(zone, lang)))
    try:
        parsed.astimezone(UTC)  # year 1 at +14:00 has no UTC instant
    except OverflowError:
        bad = True
    if bad:
        raise _DataError(_TEXT[lang]["bad_time"].format(arg=argument))
    return parsed


_ZONE_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")


def _zone_arg(zone: str, lang: str) -> str:
    """A zone name given on the command line, refused (without echoing it) if not zone-shaped."""
    if len(zone) > 64 or not _ZONE_SHAPE.fullmatch(zone):
        raise _ConfigError(_TEXT[lang]["zone_unknown"])
    return zone


class _ConfigError(Exception):
    """Invalid configuration found by the command itself (exit code 4)."""


def _bounded_number(value: float, argument: str, low: float, high: float, lang: str) -> None:
    if not (math.isfinite(value) and low <= value <= high):
        raise _UsageError(_TEXT[lang]["range"].format(arg=argument, low=low, high=high))


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
    raise _UsageError(_TEXT[lang]["zone_needed"])


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
        out.write(f"{_TEXT[args.lang]['due']}: {human}\n{due.isoformat()}\n")
    return EXIT_OK


def _workflow(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    workflow = Workflow.default()
    if args.mermaid:
        out.write(workflow.to_mermaid(args.lang))
        return EXIT_OK
    text = _TEXT[args.lang]
    rows = [(text["status"], text["category"], "")]
    rows += [
        (f"{s.name}", s.category.value, workflow.label(s.name, args.lang))
        for s in workflow.statuses
    ]
    _table(out, rows)
    out.write("\n")
    actions = [(text["action"], text["from"], text["to"], text["roles"])]
    actions += [
        (
            a.name,
            ", ".join(a.sources),
            a.target or text["same"],
            ", ".join(sorted(r.value for r in a.roles)),
        )
        for a in workflow.actions
    ]
    _table(out, actions)
    return EXIT_OK


#: The redact command's message for an argument that is neither ``-`` nor an existing file. It
#: never repeats the argument: people paste the complaint itself there.
_REDACT_NOT_A_FILE = {
    "id": "argumen redact harus berkas teks yang ada atau - (standard input); "
    "teks langsung tidak diterima dan tidak ditampilkan",
    "en": "redact takes an existing text file or - (standard input); text given directly is "
    "not accepted and not shown",
}
_REDACT_UNREADABLE = {
    "id": "standard input bukan teks UTF-8",
    "en": "standard input is not UTF-8 text",
}


def _redact_input(name: str, lang: str) -> str:
    """The text to redact: standard input for ``-``, else the content of an existing file."""
    if name == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else None
        if data is None:
            return sys.stdin.read()
        text = data.decode("utf-8", "replace")
        if "\ufffd" in text and "\ufffd".encode() not in data:
            raise _DataError(_REDACT_UNREADABLE[lang])
        return text
    is_file = False
    if len(name) < 4096 and "\n" not in name and "\x00" not in name:
        try:
            is_file = Path(name).is_file()
        except (OSError, ValueError):
            is_file = False
    if not is_file:  # a missing file and a pasted text are told apart by nothing: refuse both
        raise _FileError(_REDACT_NOT_A_FILE[lang])
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
        sys.stderr.write(_TEXT[args.lang]["spans"].format(n=len(result.spans)) + "\n")
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
        raise _UsageError("a second argument is only for: route train|evaluate LABELLED")
    normalizer = Normalizer.kupang()
    router = default_router(normalizer=normalizer, directory=UnitDirectory.kota_kupang())
    model = None
    if args.model is not None:
        model = load_model(_readable_file(Path(args.model), args.lang), normalizer=normalizer)
    combined = LearnedRouter(router=router, model=model, precedence=args.precedence)
    text = _TEXT[args.lang]
    # Only an existing file is read: anything else is the complaint text itself (and must never
    # be echoed back in an "unreadable file" message). Files are read line by line. A single
    # word that names a file (``keluhan.txt``, ``data/masuk.jsonl``) but does not exist is a
    # missing file, not a complaint: routing it as text would hide the mistake.
    from_file = len(args.text) < 4096 and "\n" not in args.text and _is_file(args.text)
    if not from_file and _looks_like_a_file_name(args.text):
        raise _FileError(text["unreadable"].format(reason="no such file"))
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
        review = f"  [{text['review']}]" if decision.review else ""
        by = f"model {decision.model}" if decision.source == "model" else (decision.rule or "-")
        words = (
            decision.rules.words
            if decision.prediction is None or decision.source != "model"
            else tuple(w for w, _ in decision.prediction.features)
        )
        out.write(
            terminal_safe(
                f"{text['unit']}: {decision.unit}  {text['rule']}: {by}  "
                f"{text['words']}: {', '.join(words) or '-'}{review}"
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
                        f"line {number}: " + _TEXT[lang]["too_big"].format(limit=MAX_TEXT_BYTES)
                    )
                    break
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    failure = _DataError(f"line {number}: {_TEXT[lang]['not_utf8']}")
                    break
                yield line.rstrip("\r\n")
    except OSError as error:
        failure = _FileError(_TEXT[lang]["unreadable"].format(reason=_reason(error)))
    if failure is not None:
        raise failure


def _skipped_note(skipped: Sequence[Any]) -> str:
    shown = ", ".join(f"{s.line} ({s.reason})" for s in skipped[:20])
    more = f" and {len(skipped) - 20} more" if len(skipped) > 20 else ""
    return f"skipped lines: {shown}{more}"


def _route_training(args: argparse.Namespace) -> tuple[Any, Any]:
    from pengaduan.routing import Normalizer  # noqa: PLC0415
    from pengaduan.routing.learned import Labelled, TrainingOptions  # noqa: PLC0415

    if type(args.folds) is not int or not 2 <= args.folds <= 20:
        raise _UsageError("--folds must be from 2 to 20")
    source = _readable_file(Path(args.labelled), args.lang)
    data = Labelled.from_export(source) if args.histories else Labelled.from_jsonl(source)
    if data.skipped:
        _say(f"pengaduan: {_skipped_note(data.skipped)}")
    return data, (Normalizer.kupang(), TrainingOptions(folds=args.folds))


def _route_train(args: argparse.Namespace, out: IO[str]) -> int:
    import attrs  # noqa: PLC0415

    from pengaduan.routing.learned import train_model  # noqa: PLC0415

    if not args.output:
        raise _UsageError("route train needs --output MODEL.json")
    if type(args.name) is not str or not args.name.isprintable() or not 0 < len(args.name) <= 100:
        raise _UsageError("--name must be a short printable name")
    data, (normalizer, options) = _route_training(args)
    if args.choose:
        from pengaduan.routing.learned import choose_options  # noqa: PLC0415

        ranked = choose_options(data, normalizer=normalizer, folds=options.folds)
        for candidate, accuracy in ranked:
            grams = "-".join(map(str, candidate.char_ngrams))
            out.write(
                f"  {candidate.classifier.value} C={candidate.c:g} char {grams}: "
                f"{100 * accuracy:.1f} %\n"
            )
        options = attrs.evolve(ranked[0][0], folds=options.folds)
    model = train_model(data, name=args.name, normalizer=normalizer, options=options)
    model.save(_writable(Path(args.output), args.lang))
    metrics = model.metadata["metrics"]
    out.write(
        f"model {model.version}: {len(data.examples)} examples, {len(model.labels)} units, "
        f"{metrics['folds']}-fold accuracy {100 * metrics['cv_accuracy']:.1f} %\n"
    )
    return EXIT_OK


def _writable(path: Path, lang: str) -> Path:
    try:
        bad = path.is_dir()
    except (OSError, ValueError):
        bad = True
    if bad:
        raise _FileError(_TEXT[lang]["unwritable"].format(reason="Is a directory"))
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
    from pengaduan.demo import simulate_month  # noqa: PLC0415
    from pengaduan.serialization import dump_lines  # noqa: PLC0415
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    text = _TEXT[args.lang]
    _bounded_number(args.per_day, "--per-day", 0.1, 200, args.lang)
    if not -(2**63) <= args.seed < 2**63:
        raise _UsageError(text["range"].format(arg="--seed", low=-(2**63), high=2**63 - 1))
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _FileError(text["unwritable"].format(reason=_reason(error))) from None
    with Progress(text["simulating"]) as progress:
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
    html.write_text(render_html(report, language=args.lang), encoding="utf-8")
    data = args.output / "laporan-audit.json"
    data.write_text(render_json(report), encoding="utf-8")

    stamp = sim.now.astimezone(sim.calendar.zone_info)
    out.write(f"{text['demo_title']} — {text['as_of']} {stamp:%Y-%m-%d %H:%M}\n\n")
    _table(
        out,
        [
            (text["summary"], ""),
            (text["received"], str(len(sim.complaints))),
            (text["rejected"], str(sum(sim.rejected.values()))),
            (text["auto_closed"], str(sim.auto_closed)),
            (text["escalated"], str(sim.escalations)),
            (text["public"], str(published)),
        ],
    )
    for title, counts in (
        (text["by_channel"], sim.channels),
        (text["by_unit"], sim.routed),
        (text["by_status"], Counter(c.status for c in sim.complaints)),
    ):
        out.write("\n")
        _table(out, [(title, ""), *sorted((k, str(v)) for k, v in counts.items())])
    out.write("\n")
    out.write(render_table(report, language=args.lang))
    out.write(f"\n{text['written']}:\n")
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

    text = _TEXT[args.lang]
    if args.workers is not None and not 1 <= args.workers <= 64:
        raise _UsageError(text["range"].format(arg="--workers", low=1, high=64))
    limit = args.max_line_bytes
    if limit is not None and not 64 <= limit <= 1 << 31:
        raise _UsageError(text["range"].format(arg="--max-line-bytes", low=64, high=1 << 31))
    if args.delimiter is not None and (len(args.delimiter) != 1 or args.delimiter in '"\r\n'):
        raise _UsageError(
            "--delimiter: " + ("satu karakter" if args.lang == "id" else "one character")
        )
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
    checkpoint = _checkpoint_args(args)
    if args.engine == "dask":
        from pengaduan.audit.dask import audit_dask  # noqa: PLC0415 - dask loads only when asked

        if checkpoint is not None:
            raise _UsageError(_TEXT[args.lang]["checkpoint_usage"] + " (--engine process)")
        del settings["workers"]
        report = audit_dask(
            args.file,
            scheduler=args.scheduler or "local",
            workers=args.workers if args.workers is not None else 2,
            **settings,
        )
    else:
        if args.scheduler is not None:
            raise _UsageError("--scheduler: --engine dask")
        with Progress("audit", enabled=not args.no_progress) as progress:
            report = audit_path(args.file, progress=progress, **settings)
    renderers = {
        "json": lambda: render_json(report),
        "csv": lambda: render_csv(report),
        "html": lambda: render_html(report, language=args.lang),
        "table": lambda: render_table(report, language=args.lang),
    }
    rendered = renderers[args.format]()
    if args.output is not None:
        _write_file(args.output, rendered, args.lang)
        _say(_TEXT[args.lang]["report_written"].format(path=args.output))
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


def _checkpoint_args(args: argparse.Namespace) -> tuple[Path, Path, Path] | None:
    """The checkpoint, log and key ring files, all three or none (checked before the audit)."""
    given = (args.checkpoint, args.log, args.keys)
    if all(path is None for path in given):
        return None
    text = _TEXT[args.lang]
    if any(path is None for path in given):
        raise _UsageError(text["checkpoint_usage"])
    if args.input == "csv" or str(args.file).lower().endswith((".csv", ".tsv")):
        raise _UsageError(text["checkpoint_usage"])
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

    text = _TEXT[args.lang]
    ring = KeyRing.load(keys)
    sth = SignedTreeHead.from_json(_read_text(str(sth_path), args.lang))
    log = TransparencyLog.open(log_path)
    with Path(args.file).open("rb") as stream:
        records = read_json_lines(stream, on_problem=lambda problem: None)
        result = verify_export((r.complaint for r in records), log, sth, ring)
    _say(
        text["checkpoint_summary"].format(
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


def _error_line(error: PengaduanError, lang: str) -> tuple[int, str]:
    """The exit code and message of a library error."""
    text = _TEXT[lang]
    if isinstance(error, UnknownZoneError):
        return EXIT_CONFIG, f"{text['config']}: {text['zone_unknown']}"
    if isinstance(error, ConfigurationError | CalendarError):
        return EXIT_CONFIG, f"{text['config']}: {error}"
    if isinstance(error, IntegrityError | CheckpointError):
        return EXIT_INTEGRITY, f"{text['integrity']}: {error}"
    if isinstance(error, StorageError):
        return EXIT_IO, text["unreadable"].format(reason=error.reason)
    if isinstance(error, ArgumentError):
        return EXIT_USAGE, f"{text['usage']}: {error}"
    return EXIT_DATA, f"{text['data']}: {error}"


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
            raise _UsageError(_TEXT[lang]["bad_arg"].format(n=number))


def _run(arguments: list[str], lang: str, stream: IO[str]) -> int:
    """Parse and run; every expected failure becomes its exit code and one line."""
    text = _TEXT[lang]
    code, message = EXIT_OK, ""
    try:
        _check_arguments(arguments, lang)
        args = _parser(lang).parse_args(arguments)
        run: Callable[[argparse.Namespace, IO[str]], int] = args.run
        code = run(args, stream)
    except SystemExit as exc:  # --help
        code = exc.code if isinstance(exc.code, int) else EXIT_OK
    except _UsageError as exc:
        code, message = EXIT_USAGE, f"{text['usage']}: {exc}"
    except _DataError as exc:
        code, message = EXIT_DATA, f"{text['data']}: {exc}"
    except _ConfigError as exc:
        code, message = EXIT_CONFIG, f"{text['config']}: {exc}"
    except _FileError as exc:
        code, message = EXIT_IO, str(exc)
    except PengaduanError as exc:
        code, message = _error_line(exc, lang)
    except BrokenPipeError:
        raise
    except OSError as exc:
        code, message = EXIT_IO, text["unwritable"].format(reason=_reason(exc))
    if message:
        _say(f"pengaduan: {message}")
    if stream is sys.stdout:
        stream.flush()  # a closed pipe shows here, not at exit
    return code


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring).

    Never raises and never prints a traceback: an unexpected error is reported as
    ``internal error, please report`` (without its text, which could carry data) with
    :data:`EXIT_INTERNAL`; a closed standard output (``pengaduan workflow | head -1``) ends the
    command quietly with :data:`EXIT_IO`.
    """
    stream = sys.stdout if out is None else out
    if argv is None:
        arguments: list[str] = list(sys.argv[1:])
    elif isinstance(argv, list | tuple):
        arguments = list(argv)
    else:
        _say("pengaduan: " + _TEXT["id"]["usage"])
        return EXIT_USAGE
    lang = _language(arguments)
    try:
        return _run(arguments, lang, stream)
    except BrokenPipeError:
        _quiet(stream)
        return EXIT_IO
    except KeyboardInterrupt:
        _say(f"pengaduan: {_TEXT[lang]['interrupted']}")
        return 130
    except Exception:  # the last guard: a bug must not print a traceback or the data it held
        _say(f"pengaduan: {_TEXT[lang]['internal']}")
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
