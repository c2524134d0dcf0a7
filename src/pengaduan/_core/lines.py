"""Reading lines of a stream with a bound on each line's length."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["bounded_lines"]


def bounded_lines(raw: Any, limit: int) -> Iterator[tuple[bytes, int]]:
    """``(line, size in bytes)`` for each line of the binary stream ``raw``; a line over
    ``limit`` bytes is cut to ``limit + 2`` bytes (so readers see it is too long) and the rest
    is skipped unread."""
    piece = limit + 2
    while True:
        line = raw.readline(piece)
        if not line:
            return
        size = len(line)
        if size == piece and not line.endswith(b"\n"):
            while True:
                rest = raw.readline(1 << 20)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line, size
