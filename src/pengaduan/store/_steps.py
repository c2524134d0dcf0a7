"""Steps: a store operation written once, without I/O, and carried out by a synchronous or an
asynchronous driver.

An operation is a generator: it checks its arguments, yields the work it needs done on a
connection as steps (`Read`, `Write`, `Statement`) and is sent each step's result, or has the
error the step raised thrown back in at its ``yield``; what it returns is the operation's result.
`run` carries the steps out with a synchronous way of running a step (a repository's engine, a
transaction's connection, a repository's own methods), `run_async` with an awaited one. Inside
a transaction across complaints every step runs on the transaction's connection, whatever its
kind. The repository's operations are in ``_operations``; the outbox's and the
satisfaction-reply recorder's are written the same way.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from pengaduan.errors import ConflictError

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator
    from typing import TypeAlias

    from sqlalchemy.engine import Connection

__all__ = [
    "Local",
    "Read",
    "Statement",
    "Write",
    "autocommit",
    "lost_to_another_writer",
    "off_loop",
    "only",
    "read",
    "run",
    "run_async",
    "write",
]

_T = TypeVar("_T")
_S = TypeVar("_S")


# -- steps and drivers ------------------------------------------------------------------------


class Read(NamedTuple):
    """Step: run ``work`` without a transaction (autocommit): one statement, or reads of
    append-only rows up to a version read first."""

    work: Callable[[Connection], Any]


class Write(NamedTuple):
    """Step: run ``work`` in a transaction, committed when it returns."""

    work: Callable[[Connection], Any]


class Statement(NamedTuple):
    """Step: run ``work``, one statement that is atomic by itself: on PostgreSQL without a
    transaction (no BEGIN and COMMIT round trips around it), elsewhere as a `Write`."""

    work: Callable[[Connection], Any]


class Local(NamedTuple):
    """Step: run ``work`` off the database (a file's write and sync: the transparency log), at
    once by the synchronous driver and in a worker thread by the asynchronous one, so an event
    loop never waits for a disk. The drivers run it themselves, whatever ``execute`` they have."""

    work: Callable[..., Any]
    """Called with no argument."""


if TYPE_CHECKING:
    Step: TypeAlias = Read | Write | Statement | Local
    Steps: TypeAlias = Generator[Step, Any, _T]


def only(step: _S) -> Generator[_S, Any, Any]:
    """The steps of one step: its result."""
    return (yield step)


def read(work: Callable[[Connection], _T]) -> Steps[_T]:
    """The steps of one `Read`: its result."""
    result: _T = yield Read(work)
    return result


def write(work: Callable[[Connection], _T]) -> Steps[_T]:
    """The steps of one `Write`: its result."""
    result: _T = yield Write(work)
    return result


def lost_to_another_writer(
    steps: Generator[_S, Any, object], *, last: bool
) -> Generator[_S, Any, bool]:
    """``steps``, then ``False``; ``True`` if another writer came first (a ``ConflictError``) and
    the work may be tried again, which the ``last`` try may not: its conflict is raised."""
    try:
        yield from steps
    except ConflictError:
        if last:
            raise
        return True
    return False


def autocommit(step: Step, dialect: str) -> bool:
    """Whether ``step`` runs without a transaction on a database of ``dialect``."""
    return type(step) is Read or (type(step) is Statement and dialect == "postgresql")


class _Stepper(Generic[_S, _T]):
    """One operation's steps as they are carried out: the answer (or failure) of the step just
    run goes back in, outside any ``except`` block, so nothing is chained to it by accident."""

    __slots__ = ("_steps", "answer", "failure", "result")

    result: _T

    def __init__(self, steps: Generator[_S, Any, _T]) -> None:
        self._steps = steps
        self.answer: Any = None
        self.failure: Exception | None = None

    def next(self) -> _S | None:
        """The next step, or ``None`` when the operation has returned (see ``result``)."""
        answer, failure = self.answer, self.failure
        self.answer = self.failure = None
        try:
            return self._steps.send(answer) if failure is None else self._steps.throw(failure)
        except StopIteration as done:
            self.result = done.value
            return None


def run(steps: Generator[_S, Any, _T], execute: Callable[[_S], Any]) -> _T:
    """Carry ``steps`` out, each step run by ``execute`` (a `Local` step by itself); the
    operation's result.

    Each step's result is sent back into ``steps``; an exception it raises is thrown back in
    at the ``yield``, where the steps catch it or let it end the operation.
    """
    stepper = _Stepper(steps)
    while (step := stepper.next()) is not None:
        try:
            stepper.answer = step.work() if isinstance(step, Local) else execute(step)
        except Exception as exc:
            stepper.failure = exc
    return stepper.result


async def run_async(steps: Generator[_S, Any, _T], execute: Callable[[_S], Awaitable[Any]]) -> _T:
    """`run` with an ``execute`` that is awaited, and `Local` steps run in a worker thread."""
    stepper = _Stepper(steps)
    while (step := stepper.next()) is not None:
        try:
            if isinstance(step, Local):
                stepper.answer = await off_loop(step.work)
            else:
                stepper.answer = await execute(step)
        except Exception as exc:
            stepper.failure = exc
    return stepper.result


async def off_loop(work: Callable[[], _T]) -> _T:
    """``work()`` in a worker thread, awaited to its end even when the task is cancelled
    meanwhile: an append to the log cannot be called back half way, and its failure (an
    `UnloggedWriteError`) matters more than the cancellation, so it is raised; after a
    success, the cancellation is."""
    future = asyncio.ensure_future(asyncio.to_thread(work))
    cancelled = False
    while not future.done():
        try:
            await asyncio.shield(future)
        except asyncio.CancelledError:
            if future.done():
                break
            cancelled = True
    if cancelled and future.exception() is None:
        raise asyncio.CancelledError
    return future.result()
