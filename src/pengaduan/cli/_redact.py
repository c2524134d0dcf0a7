"""``pengaduan redact``: personal data taken out of a text file or standard input."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._i18n import N_, format_number, ngettext
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _DataError, _FileError, _read_text
from pengaduan.cli._exit import EXIT_OK

if TYPE_CHECKING:
    import argparse

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
    redact.set_defaults(run=_redact)


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
    exists = False
    if len(name) < 4096 and "\n" not in name and "\x00" not in name:
        try:
            exists = Path(name).exists()
        except (OSError, ValueError):
            exists = False
    if not exists:  # a missing file and a pasted text are told apart by nothing: refuse both
        raise _FileError(_(_REDACT_NOT_A_FILE))
    # Something by that name: read if it is a regular file, else refused unread, saying why (a
    # folder, a pipe, a device), as every command's input file is.
    return _read_text(name, lang)


def _redact(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.redaction import Redactor, Tag  # noqa: PLC0415

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
