"""The pseudonym key on the ``db`` commands: ``--key-file`` where a command opens the repository,
and ``pengaduan db rotate-key URL --old-key-file F --new-key-file G``, over
[`Repository.rotate_pseudonym_key()`][pengaduan.store.Repository.rotate_pseudonym_key].

A key file is read as its bytes exactly (no newline stripped). A key that is not the one the
database was written with is refused when the repository opens (exit code 4), before anything is
written. ``rotate-key`` opens the repository without a key (so it also continues a rotation that
was interrupted), rewrites every stored pseudonym under the new key in batches, then records the
new key. One summary line, no progress bar; a complaint whose history does not verify is listed
on standard error by tracking id (exit code 6), through the control-character filter every
command uses for text read from a database (a damaged id cannot rewrite the terminal). A SQLite
URL whose file does not exist is "no such database file" (exit code 5): a mistyped path never
creates an empty database that would then be "rotated". Neither key nor URL is ever printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO, Any

from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _add_database_url, _say, _say_rest, _UsageError
from pengaduan.cli._exit import EXIT_INTEGRITY, EXIT_OK
from pengaduan.cli._small_files import MAX_KEY_BYTES, existing_database, read_small_file

__all__ = ["add_key_file", "add_rotate_key", "key_options"]

_EXIT_CODES = N_("""\
exit codes: 0 done (or done before); 2 wrong usage (the same key twice, a key file that is not
16 to 1024 bytes); 4 the old key is not the one this database was written with, or another
rotation is in progress; 5 a file or the database is unavailable (a SQLite file that does not
exist is never created); 6 some complaints' histories do not verify (listed on standard error,
their pseudonyms left as they are).
""")

_SHOWN = 100


def add_key_file(command: Any) -> None:
    """Add ``--key-file`` (the pseudonym key the app writes with) to a ``db`` action."""
    command.add_argument(
        "--key-file", type=Path, help=_("file holding the pseudonym key the app writes with")
    )


def _key(path: Path, option: str, lang: str) -> bytes:
    """The key file's bytes: a regular file only (a pipe or a device would hang or never end),
    read up to one byte more than the longest key, so a longer file is refused as one."""
    return read_small_file(path, option, limit=MAX_KEY_BYTES, lang=lang)


def key_options(args: argparse.Namespace) -> dict[str, Any]:
    """The repository's ``pseudonym_key`` from ``--key-file``, if given."""
    if getattr(args, "key_file", None) is None:
        return {}
    return {"pseudonym_key": _key(args.key_file, "--key-file", args.lang)}


def add_rotate_key(actions: Any) -> None:
    """Add ``rotate-key`` to the ``db`` command's actions."""
    command = actions.add_parser(
        "rotate-key",
        help=_("rewrite every reporter pseudonym under a new pseudonym key (resumable)"),
        description=_("rewrite every reporter pseudonym under a new pseudonym key (resumable)"),
        epilog=_(
            "example:\n  pengaduan db rotate-key sqlite:///pengaduan.db "
            "--old-key-file lama.key --new-key-file baru.key"
        )
        + "\n\n"
        + _(_EXIT_CODES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_database_url(command)
    command.add_argument(
        "--old-key-file",
        type=Path,
        required=True,
        help=_("file holding the key the rows were written with"),
    )
    command.add_argument(
        "--new-key-file", type=Path, required=True, help=_("file holding the new key")
    )
    command.add_argument("--batch-size", type=int, default=500, help=_("rows per transaction"))
    command.set_defaults(run=_rotate_key)


def _rotate_key(args: argparse.Namespace, stream: IO[str]) -> int:
    from pengaduan.store import Repository  # noqa: PLC0415 - the sql extra, only here

    old = _key(args.old_key_file, "--old-key-file", args.lang)
    new = _key(args.new_key_file, "--new-key-file", args.lang)
    if old == new:
        raise _UsageError(_("the old and the new key files hold the same key"))
    existing_database(args.url)  # a rotation rewrites rows: it never creates a database
    with Repository(args.url) as repo:
        report = repo.rotate_pseudonym_key(old_key=old, new_key=new, batch_size=args.batch_size)
    # The ids come from the database: each line goes through the control-character filter.
    for tracking_id in report.unverified[:_SHOWN]:
        _say(
            _("complaint {id}: its history does not verify; pseudonym left as it is").format(
                id=tracking_id
            )
        )
    _say_rest(len(report.unverified), _SHOWN)
    if report.resumed:
        stream.write(_("continued an interrupted rotation") + "\n")
    stream.write(
        _(
            "{checked} checked, {rotated} rewritten under the new key, {unverified} not verified"
        ).format(checked=report.checked, rotated=report.rotated, unverified=len(report.unverified))
        + "\n"
    )
    return EXIT_INTEGRITY if report.unverified else EXIT_OK
