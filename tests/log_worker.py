"""A writer process for the transparency-log tests: appends heads to one shared log file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan.integrity import TransparencyLog

if TYPE_CHECKING:
    from multiprocessing.synchronize import Barrier


def append_heads(path: str, writer: int, count: int, start: Barrier) -> None:
    """Open the log, wait for the other writers, then log ``count`` versions of two complaints."""
    log = TransparencyLog.open(path)
    start.wait(timeout=60)
    for version in range(1, count + 1):
        for complaint in (1, 2):
            log.append_head(f"KPG-P{writer}-{complaint}", version, f"{writer:02x}{version:062x}")


def append_in_own_order(path: str, writer: int, count: int, start: Barrier) -> None:
    """Open the log, wait for the other writers, then log ``count`` heads of this writer's own
    complaints, cycling through three of them (``KPG-Q<writer>-<n>``, version after version),
    half of them through a second log object on the same file (another part of the app)."""
    logs = (TransparencyLog.open(path), TransparencyLog.open(path))
    start.wait(timeout=60)
    for number in range(count):
        complaint, version = number % 3, number // 3 + 1
        head = f"{writer:02x}{complaint:02x}{version:060x}"
        logs[number % 2].append_head(f"KPG-Q{writer}-{complaint}", version, head)
