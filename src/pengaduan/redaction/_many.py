"""Redacting many texts: in the calling process, or in chunks across worker processes.

[`Redactor.redact_many()`][pengaduan.redaction.Redactor.redact_many] is the public entry; this
module holds its machinery. The texts are read lazily and sent to the workers in chunks (a few
per worker in flight at most), results come back in input order, and whatever ends the
iteration (the last result, an error, ``break``, Ctrl-C) ends the worker processes with it.
"""

from __future__ import annotations

import pickle
import signal
import sys
from collections import deque
from typing import TYPE_CHECKING, Any

from pengaduan._core.arguments import items_of, whole_number
from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import (
    ArgumentError,
    ConfigurationError,
    PengaduanError,
    RedactionError,
    type_name,
)
from pengaduan.redaction._detect_base import KnownIdentity

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    from pengaduan.redaction.redactor import RedactionResult, Redactor

__all__ = ["MAX_CHUNK_SIZE", "MAX_WORKERS", "redact_many"]

#: The most worker processes one call starts (a typo such as 8000 must not start 8000).
MAX_WORKERS = 512
#: The most texts in one chunk.
MAX_CHUNK_SIZE = 100_000
#: A chunk is sent once it holds this many characters, whatever its count of texts, so a
#: stream of long texts keeps a bounded amount in flight.
_CHUNK_CHARACTERS = 1 << 20
#: Chunks sent ahead per worker: one being redacted, one waiting, so no worker idles while the
#: results of another are read.
_AHEAD = 2
#: Seconds a worker is given to end after it is told to.
_GRACE = 5.0

_TEXTS_RULE = N_("must be an iterable of str or of (str, KnownIdentity or None) pairs")
_ITEM_RULE = N_("must be a str or a (str, KnownIdentity or None) pair")

Item = tuple[str, KnownIdentity | None]
#: A result as a worker sends it: the text and each span's fields as a tuple (a sixth of the
#: cost of pickling the result's objects).
Packed = tuple[str, list[tuple[str, int, int, str, int, int]]]


def redact_many(
    redactor: Redactor,
    texts: Iterable[object],
    *,
    workers: int,
    chunk_size: int,
    unpack: Callable[[Packed], RedactionResult],
) -> Generator[RedactionResult, None, None]:
    """See [`Redactor.redact_many()`][pengaduan.redaction.Redactor.redact_many]; the arguments
    are checked here, before the first result is asked for; ``unpack`` makes a result of what a
    worker sends back."""
    whole_number(workers, "workers", 1, MAX_WORKERS)
    whole_number(chunk_size, "chunk_size", 1, MAX_CHUNK_SIZE)
    source = items_of(texts, "texts", _TEXTS_RULE)
    if workers == 1:
        return _here(redactor, source)
    return _pooled(
        _pickled(redactor), source, workers=workers, chunk_size=chunk_size, unpack=unpack
    )


def _item(position: int, item: object) -> Item:
    """One item as ``(text, known)``, or an ArgumentError naming its position (never its
    content)."""
    if isinstance(item, str):
        return exact(item), None
    if type(item) is tuple and len(item) == 2:
        text, known = item
        if isinstance(text, str) and (known is None or isinstance(known, KnownIdentity)):
            return exact(text), known
    raise ArgumentError(argument=f"texts[{position}]", rule=_ITEM_RULE, given=type_name(item))


def _here(redactor: Redactor, source: Iterator[object]) -> Generator[RedactionResult, None, None]:
    for position, item in enumerate(source):
        text, known = _item(position, item)
        yield redactor.redact(text, known=known)


def _pickled(redactor: Redactor) -> bytes:
    """The redactor as the workers receive it, or a ConfigurationError naming each detector or
    operator that cannot be sent to another process."""
    try:
        payload = pickle.dumps(redactor, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(payload)  # noqa: S301 - our own bytes, just made
    except Exception:  # any failure to pickle is the same refusal
        payload = None
    if payload is not None:
        return payload
    problems: list[str] = [
        Phrase(
            N_("detector {name} cannot be sent to worker processes (it does not pickle)"),
            name=repr(exact(detector.name)),
        )
        for detector in redactor.detectors
        if not _pickles(detector)
    ]
    problems += [
        Phrase(
            N_("the operator for {kind} cannot be sent to worker processes (it does not pickle)"),
            kind=repr(kind),
        )
        for kind, operator in redactor.operators
        if not _pickles(operator)
    ]
    if not _pickles(redactor.fallback):
        problems.append(
            N_("the fallback operator cannot be sent to worker processes (it does not pickle)")
        )
    if not problems:
        problems.append(N_("the redactor cannot be sent to worker processes (it does not pickle)"))
    raise ConfigurationError(N_("redactor"), problems)


def _pickles(value: object) -> bool:
    try:
        pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))  # noqa: S301
    except Exception:  # any failure to pickle is the same refusal
        return False
    return True


def _chunks(source: Iterator[object], size: int) -> Iterator[list[Item]]:
    """The items in chunks of ``size`` texts (fewer once a chunk holds `_CHUNK_CHARACTERS`); the
    chunk before a bad item is given before its error is raised."""
    chunk: list[Item] = []
    characters = 0
    for position, item in enumerate(source):
        try:
            pair = _item(position, item)
        except ArgumentError:
            if chunk:
                yield chunk
            raise
        chunk.append(pair)
        characters += len(pair[0])
        if len(chunk) >= size or characters >= _CHUNK_CHARACTERS:
            yield chunk
            chunk = []
            characters = 0
    if chunk:
        yield chunk


def _context() -> BaseContext:
    """How the workers start: ``fork`` on Linux when the calling process runs one thread (the
    workers start at once, nothing re-imported); ``forkserver`` on Linux when it runs more (a
    web app's server threads: a fork copies locks another thread may hold, and Python 3.12
    warns of it), so the workers fork from a clean single-threaded server; else ``spawn`` (the
    only safe choice on macOS and the only one on Windows)."""
    import multiprocessing  # noqa: PLC0415 - loaded only when processes are asked for
    import threading  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux"):
        if threading.active_count() == 1 and "fork" in methods:
            return multiprocessing.get_context("fork")
        if "forkserver" in methods:
            return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _pooled(
    payload: bytes,
    source: Iterator[object],
    *,
    workers: int,
    chunk_size: int,
    unpack: Callable[[Packed], RedactionResult],
) -> Generator[RedactionResult, None, None]:
    """The results from a pool of ``workers`` processes, in input order."""
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only when asked for

    chunks = _chunks(source, chunk_size)
    pool: ProcessPoolExecutor | None = None
    pending: deque[Future[tuple[list[Packed], bytes | None]]] = deque()
    refused: PengaduanError | None = None
    finished = False
    try:
        while True:
            while refused is None and len(pending) < workers * _AHEAD:
                try:
                    chunk = next(chunks, None)
                except PengaduanError as error:  # a bad item, or an iterable that failed
                    refused = error
                    break
                if chunk is None:
                    break
                if pool is None:
                    pool = ProcessPoolExecutor(
                        max_workers=workers,
                        mp_context=_context(),
                        initializer=_start,
                        initargs=(payload,),
                    )
                pending.append(_submit(pool, chunk))
            if not pending:
                break
            results, failure = _outcome(pending.popleft())
            for packed in results:
                yield unpack(packed)
            if failure is not None:
                raise _unpickled(failure) from None
        if refused is not None:
            raise refused from None
        finished = True
    finally:
        if pool is not None:
            _stop(pool, graceful=finished)


def _submit(
    pool: ProcessPoolExecutor, chunk: list[Item]
) -> Future[tuple[list[Packed], bytes | None]]:
    """The chunk sent to the pool, or the typed error for a pool a lost worker broke (raised
    outside the ``except``, so no pool error rides along as its context)."""
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    try:
        return pool.submit(_redact_chunk, chunk)
    except BrokenProcessPool:
        failure = _worker_died()
    raise failure


def _outcome(
    future: Future[tuple[list[Packed], bytes | None]],
) -> tuple[list[Packed], bytes | None]:
    """A chunk's results and its error (pickled), or the typed error for a lost worker or a
    result that could not be sent back."""
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    try:
        return future.result()
    except BrokenProcessPool:
        failure = _worker_died()
    except Exception:  # a result that could not be sent back
        failure = RedactionError(
            reason="worker-failed",
            detail=N_("a worker process could not send its results back"),
        )
    raise failure


def _worker_died() -> RedactionError:
    return RedactionError(
        reason="worker-died",
        detail=N_(
            "a worker process ended before its texts were redacted (killed, or out of memory)"
        ),
    )


def _unpickled(failure: bytes) -> BaseException:
    """The error a worker sent back, or a RedactionError when it cannot be rebuilt here."""
    try:
        error = pickle.loads(failure)  # noqa: S301 - sent by our own worker process
    except Exception:  # an app's exception that does not rebuild
        error = None
    if isinstance(error, BaseException):
        return error
    return _unsendable()


def _unsendable() -> RedactionError:
    return RedactionError(
        reason="detector-failed",
        detail=N_(
            "a detector or operator raised an error in a worker process that cannot be sent back"
        ),
    )


def _stop(pool: ProcessPoolExecutor, *, graceful: bool) -> None:
    """End the pool's processes: let them finish when every result was read, else end them at
    once (``break``, an error, Ctrl-C) and wait until they are gone."""
    if graceful:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        # the chunks still queued for the workers are dropped with them: the queue's feeder
        # thread, blocked writing one that no worker will read, must not hold the pool's
        # shutdown or the program's exit
        call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(_GRACE)
        if process.is_alive():  # pragma: no cover - a worker stuck in uninterruptible code
            process.kill()
            process.join()
    pool.shutdown(wait=True)


# -- in the worker process --------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _start(payload: bytes) -> None:
    """A worker's start: Ctrl-C is the parent's to handle (it ends the workers), and the
    redactor is unpickled once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER["redactor"] = pickle.loads(payload)  # noqa: S301 - pickled by the parent


def _redact_chunk(chunk: list[Item]) -> tuple[list[Packed], bytes | None]:
    """The chunk's results up to the first error (packed), and that error pickled (or None)."""
    redactor: Redactor = _WORKER["redactor"]
    results: list[Packed] = []
    try:
        for text, known in chunk:
            result = redactor.redact(text, known=known)
            results.append(
                (
                    result.text,
                    [
                        (s.kind, s.start, s.end, s.detector, s.redacted_start, s.redacted_end)
                        for s in result.spans
                    ],
                )
            )
    except Exception as error:  # sent back whole, raised by the parent
        return results, _sendable(error)
    return results, None


def _sendable(error: Exception) -> bytes:
    """``error`` pickled if it rebuilds, else a RedactionError saying it could not be sent."""
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    try:
        failure = pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(failure)  # noqa: S301 - just made
    except Exception:  # an app's exception that does not pickle
        failure = pickle.dumps(_unsendable(), protocol=pickle.HIGHEST_PROTOCOL)
    return failure
