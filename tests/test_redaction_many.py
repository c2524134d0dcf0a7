"""Redacting many texts: the same results as ``redact()``, in order, on one core or several.

The worker processes are checked from the operating system's side: after the last result, an
error, a ``break``, a killed worker or Ctrl-C, no child of the test process is left.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import attrs
import pytest
from tests.error_samples import NEEDS_FOLDER, SAMPLES
from tests.helpers import SECRET_NAME, SECRET_TEXT

from pengaduan.errors import ArgumentError, ConfigurationError, PengaduanError, RedactionError
from pengaduan.redaction import (
    DetectionContext,
    Finding,
    KnownIdentity,
    Mask,
    Redactor,
    _many,
    default_detectors,
)
from pengaduan.redaction.evaluation import load_corpus

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CORPORA = ["redaction_corpus.jsonl", *(p.name for p in sorted(DATA.glob("redaction_dev*.jsonl")))]

T = TypeVar("T")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="child processes are read from /proc"
)


#: Children this process had before the test (a ``multiprocessing`` resource tracker that an
#: earlier test of the suite started lives as long as the process): not the test's.
_EARLIER: set[int] = set()


def children() -> list[int]:
    """The ids of the live or unreaped processes the test started: this process's children, and
    the workers a fork server started for it (the server itself, which lives on, left out)."""
    me = os.getpid()
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    servers = {pid for pid, parent in parents.items() if parent == me and _is_server(pid)}
    return [
        pid
        for pid, parent in parents.items()
        if (parent == me and pid not in servers) or parent in servers
        if pid not in _EARLIER
    ]


def _is_server(pid: int) -> bool:
    """Whether ``pid`` runs multiprocessing's fork server or resource tracker (which outlive a
    pool by design)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return any(
        server in command
        for server in (b"multiprocessing.forkserver", b"multiprocessing.resource_tracker")
    )


def roundtrip(value: T) -> T:
    """``value`` pickled and unpickled, as it crosses to a worker process."""
    copy: T = pickle.loads(pickle.dumps(value))  # noqa: S301 - made just above
    return copy


def no_children_left() -> bool:
    deadline = time.monotonic() + 10
    while children():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture(autouse=True)
def _no_children_before() -> None:
    _EARLIER.clear()
    _EARLIER.update(children())


@attrs.frozen
class Fails:
    """A detector that raises ``error`` on the text ``trigger``."""

    trigger: str
    error: Exception

    @property
    def name(self) -> str:
        return "fails"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        if text == self.trigger:
            raise self.error
        return []


@attrs.frozen
class Dies:
    """A detector whose process is killed on the text ``mati``."""

    @property
    def name(self) -> str:
        return "dies"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        if text == "mati":
            os.kill(os.getpid(), signal.SIGKILL)
        return []


@attrs.frozen
class Unpicklable:
    """A detector holding a lambda, which pickle cannot send."""

    check: object = attrs.field(factory=lambda: lambda text: False)

    @property
    def name(self) -> str:
        return "lokal"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        return []


class AppError(Exception):
    """An app's own exception, which pickles."""


class StuckError(Exception):
    """An app's exception that cannot cross to another process: it holds a lock (a required
    keyword alone would not do: once Dask's ``distributed`` is imported, ``tblib`` pickles
    exceptions without calling their ``__init__``)."""

    def __init__(self, *, code: int) -> None:
        super().__init__(f"code {code}")
        self.guard = threading.Lock()


@attrs.frozen
class FailsStuck:
    """A detector that raises a `StuckError` on the text ``rusak``."""

    @property
    def name(self) -> str:
        return "fails"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        if text == "rusak":
            raise StuckError(code=3)
        return []


# -- the same results as redact() ------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("corpus", CORPORA)
def test_same_results_as_redact_on_the_corpora(corpus: str, workers: int) -> None:
    redactor = Redactor.default(allowed_phones=["082237870000"])
    texts = [item.text for item in load_corpus(DATA / corpus)]
    expected = [redactor.redact(text) for text in texts]
    got = list(redactor.redact_many(iter(texts), workers=workers, chunk_size=16))
    assert got == expected


@pytest.mark.parametrize("workers", [1, 2])
def test_known_identity_per_text_and_plain_texts_mixed(workers: int) -> None:
    redactor = Redactor.default(operators={"phone": Mask()})
    known = KnownIdentity(names=[SECRET_NAME])
    text = "HP saya 0812-3456-7890. kemarin tefa datang ke kantor lurah"
    items: list[str | tuple[str, KnownIdentity | None]] = [
        text,
        (text, known),
        (text, None),
    ] * 20
    got = list(redactor.redact_many(items, workers=workers, chunk_size=7))
    expected = [
        redactor.redact(i) if isinstance(i, str) else redactor.redact(i[0], known=i[1])
        for i in items
    ]
    assert got == expected
    assert (
        got[0].text == got[2].text == "HP saya ****-****-7890. kemarin tefa datang ke kantor lurah"
    )
    assert got[1].text == "HP saya ****-****-7890. kemarin [NAME] datang ke kantor lurah"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start methods of Linux")
def test_workers_fork_from_a_lone_thread_and_from_a_server_beside_other_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    redactor = Redactor.default()
    texts = ["HP saya 0812-3456-7890, nama saya Yohanes Ndun"] * 40
    expected = [redactor.redact(text) for text in texts]
    done = threading.Event()
    server = threading.Thread(target=done.wait, daemon=True)
    server.start()
    try:
        assert _many._context().get_start_method() == "forkserver"
        assert list(redactor.redact_many(texts, workers=2, chunk_size=8)) == expected
    finally:
        done.set()
        server.join()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert _many._context().get_start_method() == "fork"


def test_the_default_redactor_and_each_of_its_detectors_pickle() -> None:
    redactor = Redactor.default(allowed_phones=["082237870000"])
    for detector in default_detectors():
        assert roundtrip(detector).name == detector.name
    copy = roundtrip(redactor)
    text = f"Nama saya {SECRET_NAME}, HP 0812-3456-7890, hotline 082237870000"
    assert copy.redact(text) == redactor.redact(text)


# -- laziness and bounded memory ---------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_texts_are_read_lazily_a_few_chunks_ahead(workers: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield "HP 0812-3456-7890"

    redactor = Redactor.default()
    redactor.redact_many(endless(), workers=workers, chunk_size=5)
    assert pulled == 0  # nothing is read before the first result is asked for
    for count, result in enumerate(
        redactor.redact_many(endless(), workers=workers, chunk_size=5), start=1
    ):
        assert result.text == "HP [PHONE]"
        if count == 40:
            break  # the iterator is dropped here, which ends its workers
    assert pulled <= 40 + workers * 2 * 5 + 5
    assert no_children_left()


def test_a_chunk_is_sent_once_it_holds_a_million_characters() -> None:
    from pengaduan.redaction import _many  # noqa: PLC0415

    chunks = list(_many._chunks(iter(["x" * 400_000] * 5), 64))
    assert [len(chunk) for chunk in chunks] == [3, 2]


# -- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    "bad", [b"bytes", 7, None, (SECRET_TEXT,), (SECRET_TEXT, SECRET_NAME), [SECRET_TEXT]]
)
def test_an_item_that_is_no_text_names_its_position_after_the_results_before_it(
    bad: object, workers: int
) -> None:
    texts = [f"teks {n} 0812-3456-7890" for n in range(30)]
    results = Redactor.default().redact_many([*texts, bad, "tidak dibaca"], workers=workers)
    got = []
    with pytest.raises(ArgumentError) as raised:
        got.extend(result.text for result in results)
    assert got == [f"teks {n} [PHONE]" for n in range(30)]
    assert raised.value.argument == "texts[30]"
    for message in (str(raised.value), raised.value.message("en"), repr(raised.value)):
        assert SECRET_TEXT not in message
        assert SECRET_NAME not in message
    assert no_children_left()


@pytest.mark.parametrize("texts", [SECRET_TEXT, b"x", 7, None, {"a": "b"}], ids=repr)
def test_texts_that_are_no_iterable_of_texts_are_refused_at_the_call(texts: object) -> None:
    with pytest.raises(ArgumentError) as raised:
        Redactor.default().redact_many(texts, workers=2)  # type: ignore[arg-type]
    assert raised.value.argument == "texts"
    assert SECRET_TEXT not in str(raised.value)


@pytest.mark.parametrize("workers", [0, -1, 513, True, 1.0, "2", None])
def test_bad_workers_are_refused_at_the_call(workers: object) -> None:
    with pytest.raises(ArgumentError) as raised:
        Redactor.default().redact_many(["x"], workers=workers)  # type: ignore[arg-type]
    assert raised.value.argument == "workers"


@pytest.mark.parametrize("chunk_size", [0, 100_001, False, 2.5])
def test_bad_chunk_sizes_are_refused_at_the_call(chunk_size: object) -> None:
    with pytest.raises(ArgumentError) as raised:
        Redactor.default().redact_many(["x"], chunk_size=chunk_size)  # type: ignore[arg-type]
    assert raised.value.argument == "chunk_size"


def test_a_detector_that_does_not_pickle_is_named_at_the_call() -> None:
    redactor = Redactor.default().with_detectors(Unpicklable())
    with pytest.raises(ConfigurationError) as raised:
        redactor.redact_many(["x"], workers=2)
    assert raised.value.problems == (
        "detector 'lokal' cannot be sent to worker processes (it does not pickle)",
    )
    assert not children()
    # In this process nothing is pickled: the same redactor works.
    assert [r.text for r in redactor.redact_many(["HP 0812-3456-7890"])] == ["HP [PHONE]"]


# -- errors raised while redacting -------------------------------------------------------------


def test_a_detector_error_comes_back_as_redact_raises_it_after_the_results_before() -> None:
    error = RedactionError(reason="bad-span", detail="a detector's own check", detector="fails")
    redactor = Redactor.default().with_detectors(Fails(trigger="rusak", error=error))
    with pytest.raises(RedactionError) as alone:
        redactor.redact("rusak")
    got = []
    with pytest.raises(RedactionError) as raised:
        got.extend(r.text for r in redactor.redact_many(["a", "b", "rusak", "c"], workers=2))
    assert got == ["a", "b"]
    assert type(raised.value) is type(alone.value)
    assert vars(raised.value) == vars(alone.value)
    assert str(raised.value) == str(alone.value)
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__
    assert no_children_left()


def test_an_apps_own_exception_comes_back_as_it_is() -> None:
    redactor = Redactor.default().with_detectors(Fails(trigger="rusak", error=AppError("kode 9")))
    with pytest.raises(AppError, match="kode 9") as raised:
        list(redactor.redact_many(["a", "rusak"], workers=2))
    assert raised.value.__cause__ is None
    assert no_children_left()


def test_an_exception_that_cannot_come_back_is_a_redaction_error() -> None:
    redactor = Redactor.default().with_detectors(FailsStuck())
    with pytest.raises(RedactionError) as raised:
        list(redactor.redact_many(["a", "rusak"], workers=2))
    assert raised.value.reason == "detector-failed"
    assert no_children_left()


def test_a_killed_worker_is_a_typed_error_not_a_hang() -> None:
    redactor = Redactor.default().with_detectors(Dies())
    start = time.monotonic()
    with pytest.raises(RedactionError) as raised:
        list(redactor.redact_many(["a"] * 10 + ["mati"] + ["b"] * 10, workers=2, chunk_size=2))
    assert raised.value.reason == "worker-died"
    assert time.monotonic() - start < 30
    assert no_children_left()


# -- ending early ----------------------------------------------------------------------------


def test_break_ends_the_workers() -> None:
    results = Redactor.default().redact_many(iter(["HP 0812-3456-7890"] * 10_000), workers=2)
    assert next(results).text == "HP [PHONE]"
    assert children()
    results.close()  # what a for loop's break does once the iterator is dropped
    assert no_children_left()


def test_an_interrupt_while_reading_the_texts_ends_the_workers() -> None:
    def interrupted() -> Iterator[str]:
        yield from ["HP 0812-3456-7890"] * 300
        raise KeyboardInterrupt

    results = Redactor.default().redact_many(interrupted(), workers=2, chunk_size=10)
    with pytest.raises(KeyboardInterrupt):
        for _ in results:
            pass
    assert no_children_left()


def test_ctrl_c_ends_the_program_and_its_workers(tmp_path: Path) -> None:
    script = tmp_path / "bulk.py"
    script.write_text(
        textwrap.dedent(
            """
            import multiprocessing, signal, sys
            from pengaduan.redaction import Redactor

            def endless():
                while True:
                    yield "HP 0812-3456-7890 " * 50

            if __name__ == "__main__":
                # Ctrl-C as a program started from a terminal has it: a shell that runs this
                # suite in the background starts its children with SIGINT ignored, and Python
                # keeps an ignored SIGINT ignored.
                signal.signal(signal.SIGINT, signal.default_int_handler)
                results = Redactor.default().redact_many(endless(), workers=2)
                for number, _ in enumerate(results):
                    if number == 100:
                        pids = [p.pid for p in multiprocessing.active_children()]
                        print(*pids, flush=True)
            """
        )
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    program = subprocess.Popen(  # noqa: S603 - this interpreter on a script of this test
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        text=True,
    )
    try:
        assert program.stdout is not None
        workers = [int(pid) for pid in program.stdout.readline().split()]
        assert len(workers) == 2
        os.killpg(program.pid, signal.SIGINT)  # what a terminal sends its foreground group
        _, stderr = program.communicate(timeout=60)
        assert program.returncode != 0
        assert "KeyboardInterrupt" in stderr
        for pid in workers:
            assert not Path(f"/proc/{pid}").exists()
    finally:
        if program.poll() is None:  # a failed check leaves no program running behind it
            os.killpg(program.pid, signal.SIGKILL)
            program.communicate()


# -- errors cross processes whole --------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_error_pickles_with_its_attributes(name: str, tmp_path: Path) -> None:
    args = (tmp_path,) if name in NEEDS_FOLDER else ()
    with pytest.raises(PengaduanError) as raised:
        SAMPLES[name](*args)
    error = raised.value
    copy = roundtrip(error)
    assert type(copy) is type(error)
    assert vars(copy) == vars(error)
    assert copy.args == error.args
    assert copy.message("en") == error.message("en")
    assert copy.message("id") == error.message("id")
