"""What every command shares: its failures, reading and writing files, times, one-line messages."""

from __future__ import annotations

import math
import os
import re
import sys
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any

from pengaduan._core.paths import NOT_REGULAR, os_reason, read_regular
from pengaduan._i18n import N_, format_decimal, format_number
from pengaduan._i18n import gettext as _
from pengaduan.errors import translated

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

__all__ = ["MAX_TEXT_BYTES"]

MAX_TEXT_BYTES = 16 * 1024 * 1024
"""The largest text file ``route`` and ``redact`` read (16 MiB)."""


class _UsageError(Exception):
    """A usage problem found after parsing (exit code 2)."""


class _DataError(Exception):
    """Bad input data (exit code 3); the message carries no personal data."""


class _FileError(Exception):
    """An input that cannot be read or an output that cannot be written (exit code 5)."""


class _ConfigError(Exception):
    """Invalid configuration found by the command itself (exit code 4)."""


def _add_database_url(command: Any) -> None:
    """Add the database URL every ``db`` action takes as its first argument."""
    command.add_argument(
        "url",
        metavar="URL",
        help=_("database URL, e.g. sqlite:///pengaduan.db or postgresql+psycopg://..."),
    )


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
            data = read_regular(name, MAX_TEXT_BYTES)
    except OSError as error:
        failure = _FileError(
            _("cannot read the input file ({reason})").format(reason=_reason(error))
        )
    except ValueError:
        failure = _UsageError(
            _("cannot read the input file ({reason})").format(reason=_("invalid file name"))
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
    """Why an operation on a file failed, without the file name the error carries: the
    common reasons in words, any other as the error's type name."""
    return translated(os_reason(error))


def _write_file(path: Path, content: str, lang: str) -> None:
    failure: _FileError | None = None
    try:
        with path.open("w", encoding="utf-8") as stream:
            stream.write(content)
    except OSError as error:
        failure = _FileError(_("cannot write the output ({reason})").format(reason=_reason(error)))
    except ValueError:
        failure = _FileError(
            _("cannot write the output ({reason})").format(reason=_("invalid file name"))
        )
    if failure is not None:
        raise failure


def _cannot_read(option: str | None, reason: str) -> str:
    """Why a file cannot be read, naming it by the option that gave it (``--units``), never by
    its path; the input file when no option gave it."""
    if option is None:
        return _("cannot read the input file ({reason})").format(reason=reason)
    return _("cannot read the {option} file ({reason})").format(option=option, reason=reason)


def _readable_file(path: Path, option: str | None = None) -> Path:
    """``path`` if it is a readable file, else the I/O error (before a loader reads it), naming
    the file by ``option`` (the input file for ``None``)."""
    reason = None
    try:
        if not path.exists():
            reason = N_("no such file")
        elif path.is_dir():
            reason = N_("it is a directory")
        elif not path.is_file():
            reason = NOT_REGULAR
        elif not os.access(path, os.R_OK):
            reason = N_("permission denied")
    except (OSError, ValueError):
        reason = N_("invalid file name")
    if reason is not None:
        raise _FileError(_cannot_read(option, _(reason)))
    return path


def _writable(path: Path, lang: str) -> Path:
    try:
        bad = path.is_dir()
    except (OSError, ValueError):
        bad = True
    if bad:
        raise _FileError(
            _("cannot write the output ({reason})").format(reason=_("it is a directory"))
        )
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


def _bounded_number(value: float, argument: str, low: float, high: float, lang: str) -> None:
    if not (math.isfinite(value) and low <= value <= high):
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg=argument, low=format_decimal(low, digits=3), high=format_decimal(high, digits=3)
            )
        )


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


def _say_rest(listed: int, shown: int) -> None:
    """After a list cut at ``shown`` lines, one line saying how many were left out (none when
    the list was whole)."""
    if listed > shown:
        _say(_("... and {count} more").format(count=format_number(listed - shown)))
