"""The ``pengaduan`` command: the library for people who hold an export rather than code.

Exit codes (stable, for scripts; no code means two things):

====  ==========================================================================
0     done
1     done, and ``audit`` found a unit in the ``--fail-on`` zone (only ``audit``)
2     wrong usage (unknown option, missing or invalid argument)
3     bad input data (malformed line or row, not UTF-8, naive time, empty input)
4     invalid configuration (calendar, thresholds, column mapping, time zone)
5     input/output error (missing or unreadable input, unwritable output, closed pipe)
6     an integrity or checkpoint failure (a history or signed log that does not verify)
70    internal error (a bug: please report it), or a killed worker process
====  ==========================================================================

Every error is one line on standard error, never a traceback. Messages can be Indonesian
(default) or English (``--lang en``, anywhere on the command line, or an English locale in
``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` or ``LANG``). Errors never echo complaint
text, personal data or the values given: they name the argument or the line instead.
"""

from __future__ import annotations

from pengaduan.cli._app import main
from pengaduan.cli._common import MAX_TEXT_BYTES
from pengaduan.cli._exit import (
    EXIT_CONFIG,
    EXIT_DATA,
    EXIT_FOUND,
    EXIT_INTEGRITY,
    EXIT_INTERNAL,
    EXIT_IO,
    EXIT_OK,
    EXIT_USAGE,
)

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
