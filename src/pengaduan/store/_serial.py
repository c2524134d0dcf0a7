"""Turns on a database that has one connection for every caller (in-memory SQLite).

An in-memory SQLite database lives in one connection: the repository opens it with
SQLAlchemy's ``StaticPool``, and every thread and every coroutine uses that same connection.
Two transactions on one connection are not two transactions: one caller's ``BEGIN``,
compare-and-set and ``COMMIT`` interleave with another's, a reader switches the connection to
autocommit in the middle of a writer's transaction, and updates are lost. So on such an engine
the repository runs each step (and a whole ``transaction()`` block) while holding a lock: a
``threading.RLock`` for the synchronous repository, `TaskLock` for the asynchronous one. Both
may be taken again by their holder (a thread, a task), so a call made inside
``repo.transaction()`` on the same repository does not wait for itself. A database file or a
server has a pool of connections, each with its own transaction, and takes no lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy.pool import StaticPool

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

__all__ = ["TaskLock", "shares_one_connection", "thread_lock"]


def shares_one_connection(pool: object) -> bool:
    """Whether every caller of an engine with ``pool`` uses one and the same connection."""
    return isinstance(pool, StaticPool)


def thread_lock(pool: object) -> contextlib.AbstractContextManager[Any]:
    """The lock a synchronous repository on ``pool`` holds for each step (none if pooled)."""
    return threading.RLock() if shares_one_connection(pool) else contextlib.nullcontext()


class TaskLock:
    """An ``asyncio`` lock its holding task may take again (``asyncio.Lock`` may not)."""

    __slots__ = ("_depth", "_lock", "_owner")

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None
        self._depth = 0

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[None]:
        """Hold the lock for the ``async with`` block."""
        task = asyncio.current_task()
        if self._owner is not None and self._owner is task:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        async with self._lock:
            self._owner, self._depth = task, 1
            try:
                yield
            finally:
                self._owner, self._depth = None, 0
