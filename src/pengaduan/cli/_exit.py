"""The exit codes, and the exit code and message line of a library error."""

from __future__ import annotations

from pengaduan._core.paths import NOT_REGULAR
from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.errors import (
    ArgumentError,
    AuditEngineError,
    CalendarError,
    CheckpointError,
    ConfigurationError,
    IntegrityError,
    OptionalDependencyError,
    PengaduanError,
    RedactionError,
    StorageError,
    UnknownZoneError,
    translated,
)
from pengaduan.language import use_language

__all__ = [
    "EXIT_CONFIG",
    "EXIT_DATA",
    "EXIT_FOUND",
    "EXIT_INTEGRITY",
    "EXIT_INTERNAL",
    "EXIT_IO",
    "EXIT_OK",
    "EXIT_USAGE",
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


# The reason codes of StorageError (and of the audit's FileAccessError) in words.
_STORAGE_REASONS = {
    "missing": N_("no such file"),
    "is-directory": N_("it is a directory"),
    "not-regular": NOT_REGULAR,
    "permission": N_("permission denied"),
    "unreadable": N_("unreadable"),
    "locked": N_("the database is locked"),
    "read-only": N_("the database is read-only"),
    "full": N_("the disk is full"),
    "unavailable": N_("unavailable"),
    "corrupt": N_("the data is corrupt"),
    "failed": N_("the operation failed"),
}


def _storage_line(error: StorageError) -> str:
    """What could not be read or written and why, as the error's detail says it (the database,
    the old file, the log file...); the reason code in words when it gives none."""
    if error.detail:
        return translated(error.detail)
    reason = _STORAGE_REASONS.get(error.reason)
    return _("storage problem ({reason})").format(
        reason=error.reason if reason is None else _(reason)
    )


def _error_line(error: PengaduanError, lang: str) -> tuple[int, str]:  # noqa: PLR0911 - a ladder
    """The exit code and message of a library error, the whole line in one language.

    An error whose message is not (yet) in the current language's catalog is shown in English,
    and so is the prefix this command puts before it.
    """
    if isinstance(error, UnknownZoneError):
        return EXIT_CONFIG, _("invalid configuration: {problem}").format(
            problem=_("unknown time zone: use an IANA name such as Asia/Makassar")
        )
    message, language = error._message()
    with use_language(language):
        if isinstance(error, StorageError):
            return EXIT_IO, _storage_line(error)
        if isinstance(error, ConfigurationError | CalendarError | OptionalDependencyError):
            return EXIT_CONFIG, _("invalid configuration: {problem}").format(problem=message)
        if isinstance(error, IntegrityError | CheckpointError):
            return EXIT_INTEGRITY, _("integrity check failed: {problem}").format(problem=message)
        if isinstance(error, ArgumentError):
            return EXIT_USAGE, _("wrong usage: {problem}").format(problem=message)
        if isinstance(error, AuditEngineError) or (
            isinstance(error, RedactionError) and error.reason in RedactionError.WORKER_REASONS
        ):
            # Not the data's fault: a worker process was killed (out of memory, a signal), or
            # a cluster gave up.
            return EXIT_INTERNAL, message
        return EXIT_DATA, _("invalid input data: {problem}").format(problem=message)
