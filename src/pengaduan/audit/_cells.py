"""Cells that are safe where they land: a terminal, a spreadsheet, an HTML page.

Data from an export (unit ids, clock names from a policy file) reaches the reports. In a terminal,
control characters and escape sequences could move the cursor, recolour or hide lines; bidi
overrides (U+202A-U+202E, U+2066-U+2069) could reorder what a reader sees. In a spreadsheet, a
cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can run as a formula
(OWASP, "CSV Injection"): it gets a leading single quote, which spreadsheets show as text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control, bidi-control and surrogate character shown escaped
    (``\\x1b``, ``\\u202e``), so it prints as inert text on one line."""
    return _UNSAFE.sub(_escape, text)


def spreadsheet_safe(cell: str) -> str:
    """A text cell that no spreadsheet runs as a formula: a leading ``'`` where needed."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_line(cells: Iterable[object]) -> str:
    """One CSV line (RFC 4180, ``\\n`` ends it).

    Numbers (``int``, ``float``, never ``bool``) are written as they are: they come from the
    report's own arithmetic, so a negative one is a number, never a formula. Every text cell is
    neutralised with `spreadsheet_safe()`; a neutralised cell, and one holding a comma, a
    quote or a line break, is quoted.
    """
    out = []
    for cell in cells:
        if isinstance(cell, int | float) and not isinstance(cell, bool):
            out.append(repr(cell) if isinstance(cell, float) else str(cell))
            continue
        text = str(cell)
        safe = spreadsheet_safe(text)
        if safe != text or any(ch in safe for ch in ',"\n\r'):
            safe = '"' + safe.replace('"', '""') + '"'
        out.append(safe)
    return ",".join(out) + "\n"


def aligned(rows: Sequence[Sequence[str]]) -> tuple[list[str], list[int]]:
    """Text rows as aligned lines (first column left, the figures right) and the column widths.

    Cells are made terminal-safe first, so a hostile unit name cannot move the cursor.
    """
    safe = [[terminal_safe(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in safe) for i in range(len(safe[0]))]
    lines = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in safe
    ]
    return lines, widths
