"""The command-line program (private; the public names live in ``pengaduan.cli``): the parser
assembled from the commands' modules, and `main` (language, dispatch, exit codes)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, TYPE_CHECKING

from pengaduan._i18n import gettext as _
from pengaduan.cli._audit import add_audit
from pengaduan.cli._common import _ConfigError, _DataError, _FileError, _reason, _say, _UsageError
from pengaduan.cli._deadline import add_deadline
from pengaduan.cli._demo import add_demo
from pengaduan.cli._exit import (
    EXIT_CONFIG,
    EXIT_DATA,
    EXIT_INTERNAL,
    EXIT_IO,
    EXIT_OK,
    EXIT_USAGE,
    _error_line,
)
from pengaduan.cli._parser import _EXAMPLES, _EXIT_CODES, _Parser, _translated_help
from pengaduan.cli._redact import add_redact
from pengaduan.cli._route import add_route
from pengaduan.cli._workflow import add_workflow
from pengaduan.errors import PengaduanError
from pengaduan.language import LANGUAGES, language_from_environment, use_language

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["main"]


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
    commands = parser.add_subparsers(dest="command", required=True, metavar=_("COMMAND"))
    parser.set_defaults(lang=lang)

    add_deadline(commands)
    add_workflow(commands)
    add_redact(commands)
    add_route(commands)
    add_demo(commands)
    add_audit(commands)
    from pengaduan.cli._db import add_db  # noqa: PLC0415 - the db command lives apart

    add_db(commands, lang)
    for command in commands.choices.values():
        # --lang anywhere on the line: after a db action's arguments too.
        for sub in (command, *_actions_of(command)):
            sub.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="id | en")
        if command.epilog is None:
            command.epilog = _(_EXIT_CODES)
            command.formatter_class = argparse.RawDescriptionHelpFormatter
    _translated_help(parser)
    return parser


def _actions_of(command: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers of a command's own subcommands (``db upgrade``, ``db current``...)."""
    return [
        sub
        for action in command._actions
        if isinstance(action, argparse._SubParsersAction)
        for sub in action.choices.values()
    ]


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
