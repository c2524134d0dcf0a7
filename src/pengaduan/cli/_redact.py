"""``pengaduan redact``: personal data taken out of a text file or standard input."""

from __future__ import annotations

import json
import sys
from collections import deque
from contextlib import closing
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from pengaduan._core.lines import bounded_lines
from pengaduan._core.paths import open_regular
from pengaduan._core.text import encodable
from pengaduan._i18n import N_, format_number, ngettext
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import (
    MAX_TEXT_BYTES,
    _bounded_number,
    _DataError,
    _FileError,
    _read_text,
    _reason,
    _say,
    _UsageError,
)
from pengaduan.cli._exit import EXIT_DATA, EXIT_OK

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from pengaduan.redaction import RedactionResult

__all__ = ["add_redact"]


def add_redact(commands: Any) -> None:
    """Add the ``redact`` command to the ``pengaduan`` parser's subcommands."""
    redact = commands.add_parser(
        "redact",
        help=_("redact personal data in text (NIK, phones, names, addresses...)"),
        description=_("redact personal data in text (NIK, phones, names, addresses...)"),
    )
    redact.add_argument(
        "file", metavar=_("FILE"), help=_("a UTF-8 text file, or - for standard input")
    )
    redact.add_argument("--json", action="store_true", help=_("text and audit spans as JSON"))
    redact.add_argument(
        "--lines",
        action="store_true",
        help=_(
            "the file is JSON Lines: one object per line with a text field, written back with "
            "that field redacted (other fields unchanged; with --json, the spans too); a line "
            "that is no such object is left out and its number reported, and the exit code is 3"
        ),
    )
    redact.add_argument(
        "--workers",
        type=int,
        default=1,
        help=_("with --lines: processes to redact in (1-64, default 1)"),
    )
    redact.set_defaults(run=_redact)


#: The redact command's message for an argument that is neither ``-`` nor an existing file. It
#: never repeats the argument: people paste the complaint itself there.
_REDACT_NOT_A_FILE = N_(
    "redact takes an existing text file or - (standard input); text given directly is "
    "not accepted and not shown"
)
_REDACT_UNREADABLE = N_("standard input is not UTF-8 text")


def _redact_input_exists(name: str) -> None:
    """Refuse a ``name`` that is no existing file (a missing file and a pasted text are told
    apart by nothing: both are refused, neither is shown)."""
    exists = False
    if len(name) < 4096 and "\n" not in name and "\x00" not in name:
        try:
            exists = Path(name).exists()
        except (OSError, ValueError):
            exists = False
    if not exists:
        raise _FileError(_(_REDACT_NOT_A_FILE))


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
    _redact_input_exists(name)
    # Something by that name: read if it is a regular file, else refused unread, saying why (a
    # folder, a pipe, a device), as every command's input file is.
    return _read_text(name, lang)


def _redact(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.redaction import Redactor, Tag  # noqa: PLC0415

    if args.lines:
        return _redact_lines(args, out)
    if args.workers != 1:
        raise _UsageError(_("{option} needs {other}").format(option="--workers", other="--lines"))

    # The text is for a person: its tags in the reader's language ([NAMA] / [NAME]); the JSON is
    # for programs and reads the same in either language (the library's default tags).
    tags = Tag() if args.json else Tag(language=args.lang)
    result = Redactor.default(fallback=tags).redact(_redact_input(args.file, args.lang))
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
        count = len(result.spans)
        sys.stderr.write(
            ngettext(
                "{n} piece of personal data redacted", "{n} pieces of personal data redacted", count
            ).format(n=format_number(count))
            + "\n"
        )
    return EXIT_OK


#: The most worker processes ``--workers`` takes.
_MAX_WORKERS = 64


def _redact_lines(args: argparse.Namespace, out: IO[str]) -> int:
    """``--lines``: each JSON object's ``text`` redacted, the objects streamed in order; a line
    that is no such object is reported by number and reason and left out."""
    from pengaduan.redaction import Redactor  # noqa: PLC0415

    workers = args.workers
    _bounded_number(workers, "--workers", 1, _MAX_WORKERS, args.lang)
    records: deque[dict[str, Any]] = deque()
    rejected = 0
    failures: list[_FileError] = []

    def texts() -> Iterator[str]:
        nonlocal rejected
        lines = _json_lines(args.file)
        while True:
            try:
                number, line = next(lines)
            except StopIteration:
                return
            except _FileError as failure:  # kept for after the lines read before it
                failures.append(failure)
                return
            record, reason = _record(line)
            if record is None:
                rejected += 1
                _say(
                    "pengaduan: "
                    + _("line {number}: left out: {reason}").format(
                        number=format_number(number), reason=reason
                    )
                )
                continue
            records.append(record)
            yield record["text"]

    redactor = Redactor.default()
    written = 0
    with closing(redactor.redact_many(texts(), workers=workers)) as results:
        for result in results:
            out.write(_line(records.popleft(), result, spans=args.json))
            written += 1
    if failures:
        raise failures[0]
    _say(
        "pengaduan: "
        + ngettext("{n} line redacted", "{n} lines redacted", written).format(
            n=format_number(written)
        )
    )
    if rejected:
        _say(
            "pengaduan: "
            + ngettext("{n} line left out", "{n} lines left out", rejected).format(
                n=format_number(rejected)
            )
        )
        return EXIT_DATA
    return EXIT_OK


def _record(line: bytes) -> tuple[dict[str, Any] | None, str]:
    """The JSON object on ``line``, or None and why not (in the reader's language, never the
    line itself)."""
    if len(line.removesuffix(b"\n").removesuffix(b"\r")) > MAX_TEXT_BYTES:
        return None, _("larger than {limit} bytes").format(limit=format_number(MAX_TEXT_BYTES))
    try:
        text = line.decode("utf-8").removeprefix("\ufeff")  # a BOM an editor wrote
    except UnicodeDecodeError:
        return None, _("not UTF-8 text")
    try:
        record = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None, _("not JSON")
    if not isinstance(record, dict):
        return None, _("not a JSON object")
    if not isinstance(record.get("text"), str):
        return None, _('no "text" field holding a string')
    return record, ""


def _no_constant(name: str) -> NoReturn:
    """``NaN`` and ``Infinity`` are not JSON (Python's reader takes them, and its writer would
    write them back)."""
    raise ValueError(name)


def _line(record: dict[str, Any], result: RedactionResult, *, spans: bool) -> str:
    """``record`` with its text redacted (and the spans), as one JSON line."""
    record["text"] = result.text
    if spans:
        record["spans"] = [
            {"kind": str(s.kind), "start": s.start, "end": s.end, "detector": s.detector}
            for s in result.spans
        ]
    line = json.dumps(record, ensure_ascii=False)
    if not encodable(line):  # a lone surrogate written as \ud800 in the input: kept escaped
        line = json.dumps(record)
    return line + "\n"


def _json_lines(name: str) -> Iterator[tuple[int, bytes]]:
    """The non-blank lines of the input (standard input for ``-``) with their numbers, read
    one at a time; a line longer than `MAX_TEXT_BYTES` is given cut there (and refused)."""
    if name != "-":
        _redact_input_exists(name)
    failure: _FileError | None = None
    try:
        if name != "-":
            with open_regular(name) as stream:
                yield from _numbered(stream)
        elif getattr(sys.stdin, "buffer", None) is None:  # a text stream only (tests, IDEs)
            for number, text in enumerate(sys.stdin, start=1):
                if text.strip():
                    yield number, text.encode("utf-8", "surrogatepass")
        else:
            yield from _numbered(sys.stdin.buffer)
    except OSError as error:
        failure = _FileError(
            _("cannot read the input file ({reason})").format(reason=_reason(error))
        )
    if failure is not None:
        raise failure


def _numbered(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """The non-blank lines of ``stream`` with their numbers; a line over `MAX_TEXT_BYTES` is
    given cut (and refused by `_record`), the rest of it skipped unread."""
    for number, (raw, _size) in enumerate(bounded_lines(stream, MAX_TEXT_BYTES), start=1):
        if raw.strip():
            yield number, raw
