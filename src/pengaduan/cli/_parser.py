"""``argparse``, adapted: no value echoed in a message, argparse's own words translated, and
the help texts several commands show."""

from __future__ import annotations

import argparse
import re
from typing import Any, NoReturn

from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _UsageError

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

_EXIT_CODES = N_("""\
exit codes: 0 done; 1 audit: a unit in the --fail-on zone; 2 wrong usage; 3 bad input data;
4 invalid configuration (or an extra not installed); 5 input/output error (missing file,
unwritable output, closed pipe); 6 integrity or checkpoint failure; 70 internal error (please
report).
""")


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


# The placeholders argparse makes from the options' names (``--key-file KEY_FILE``), so the
# Indonesian help names them in Indonesian too; tests/test_i18n_sweep.py checks that every
# option taking a value has one here.
PLACEHOLDERS = frozenset(
    {
        N_("BATCH_SIZE"),
        N_("CALENDAR"),
        N_("CALENDAR_DAYS"),
        N_("CHECKPOINT"),
        N_("DATE_FORMAT"),
        N_("DAYS"),
        N_("DELIMITER"),
        N_("FOLDS"),
        N_("HOURS"),
        N_("HTML"),
        N_("KEYS"),
        N_("KEY_FILE"),
        N_("LOG"),
        N_("MAX_LINE_BYTES"),
        N_("MIN_DF"),
        N_("MODEL"),
        N_("NAME"),
        N_("NEW_KEY_FILE"),
        N_("NOW"),
        N_("OLD_KEY_FILE"),
        N_("OUTPUT"),
        N_("PER_DAY"),
        N_("POLICY"),
        N_("SEED"),
        N_("START"),
        N_("START_LINE"),
        N_("THRESHOLDS"),
        N_("TIMEZONE"),
        N_("UNITS"),
        N_("WORKERS"),
        N_("ZONE"),
    }
)


def _placeholder(action: argparse.Action) -> None:
    """Name the value of an option taking one in the current language (``--zone ZONA``)."""
    if not action.option_strings or action.nargs == 0 or action.metavar is not None:
        return
    if action.choices is not None:
        return
    default = action.dest.upper()
    if default in PLACEHOLDERS:
        action.metavar = _(default)


def _translated_help(parser: argparse.ArgumentParser) -> None:
    """argparse's own words in ``parser`` and its subcommands, in the current language."""
    kind = parser.formatter_class
    raw = isinstance(kind, type) and issubclass(kind, argparse.RawDescriptionHelpFormatter)
    parser.formatter_class = _RawFormatter if raw else _Formatter
    parser._positionals.title = _("positional arguments")
    parser._optionals.title = _("options")
    for action in parser._actions:
        _placeholder(action)
        if isinstance(action, argparse._HelpAction):
            action.help = _("show this help message and exit")
        elif isinstance(action, argparse._VersionAction):
            action.help = _("show the version number and exit")
        elif isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _translated_help(sub)
