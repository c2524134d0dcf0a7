"""The command line's progress bar (private): drawn only when ``rich`` (the ``cli`` extra) is
installed and standard error is a terminal."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Progress"]


class Progress:
    """A progress bar on standard error when it is a terminal and ``rich`` is installed.

    Entering gives the ``update(done, total)`` callback to pass to long work, or ``None`` when
    there is no bar to draw (scripts, pipes, tests): the work then runs silently.
    """

    def __init__(self, label: str, *, enabled: bool = True) -> None:
        self._label = label
        self._enabled = enabled and sys.stderr.isatty()
        self._bar: Any = None

    def __enter__(self) -> Callable[[int, int], None] | None:
        if not self._enabled:
            return None
        try:
            from rich.progress import Progress  # noqa: PLC0415 - optional, from the cli extra
        except ImportError:
            return None
        self._bar = Progress(transient=True)
        self._bar.start()
        task = self._bar.add_task(self._label, total=None)

        def update(done: int, total: int) -> None:
            self._bar.update(task, completed=done, total=total)

        return update

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
