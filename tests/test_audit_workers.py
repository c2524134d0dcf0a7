"""The one-machine audit's worker processes when they fail: killed mid-run, or failing for a
reason of their own. The audit ends with a typed error at once (a pool of processes would wait
for a killed worker forever), kills the processes left and removes its spill folder."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import threading
import time
from typing import TYPE_CHECKING, Any

import pytest
from tests.audit_helpers import NOW, sample
from tests.sla_helpers import KUPANG

import pengaduan.audit.run as engine
from pengaduan.audit import audit_path
from pengaduan.cli import EXIT_INTERNAL, main
from pengaduan.errors import AuditEngineError, SerializationError
from pengaduan.serialization import to_json

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked"
)


def _export(path: Path, lines: int) -> Path:
    """A JSON lines export of ``lines`` complaints, each a copy of a sample one with its own id."""
    shapes = [to_json(c) for c in sample()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(lines):
            shape = shapes[n % len(shapes)]
            tracking_id = shape.split('"tracking_id": "', 1)[1].split('"', 1)[0]
            out.write(shape.replace(f'"{tracking_id}"', f'"{tracking_id}-{n}"', 1) + "\n")
    return path


@pytest.fixture
def big(tmp_path: Path) -> Path:
    return _export(tmp_path / "ekspor.jsonl", 40_000)  # a few seconds on two workers


def test_the_export_is_one_the_workers_audit(big: Path) -> None:
    # The file the tests below kill a worker on audits whole without a kill.
    report = audit_path(big, calendar=KUPANG, now=NOW, workers=2)
    assert report.complaints == 40_000
    assert not report.problems


@pytest.fixture
def killer() -> Iterator[list[int]]:
    """Kills the first worker process this process forks, once it has worked a moment; the
    pids killed."""
    killed: list[int] = []
    done = threading.Event()

    def kill() -> None:
        while not done.is_set():
            children = multiprocessing.active_children()
            if children:
                time.sleep(0.3)
                os.kill(children[0].pid or 0, signal.SIGKILL)
                killed.append(children[0].pid or 0)
                return
            time.sleep(0.01)

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    yield killed
    done.set()
    thread.join(timeout=10)


def test_a_killed_worker_ends_the_audit_with_a_typed_error(
    big: Path, tmp_path: Path, killer: list[int]
) -> None:
    spill = tmp_path / "spill"
    spill.mkdir()
    started = time.monotonic()
    with pytest.raises(AuditEngineError) as raised:
        audit_path(big, calendar=KUPANG, now=NOW, workers=2, spill_dir=spill)
    assert killer, "the audit ended before a worker could be killed"
    assert raised.value.reason == "worker-died"
    assert raised.value.code == "audit-engine"
    assert raised.value.message("en") == (
        "audit engine [worker-died]: a worker process ended before its part of the file was "
        "audited (killed, or out of memory)"
    )
    assert raised.value.message("id").startswith("mesin audit [worker-died]: proses pekerja")
    assert raised.value.__context__ is None
    assert time.monotonic() - started < 120  # ended, not waiting for the dead worker
    assert not multiprocessing.active_children()  # the other worker was killed, not left
    assert list(spill.iterdir()) == []  # the audit's spill folder removed


def test_a_killed_worker_is_exit_code_70_in_one_line(
    big: Path, killer: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["audit", str(big), "--workers", "2", "--now", "2025-04-30T10:00+08:00"], out=io.StringIO()
    )
    err = capsys.readouterr().err
    assert killer, "the audit ended before a worker could be killed"
    assert code == EXIT_INTERNAL, err
    assert "worker-died" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_worker_failing_for_its_own_reason_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path / "ekspor.jsonl", 200)

    def failing(task: object) -> object:
        raise RuntimeError("Ibu Maria 081234567890")  # a stray error, with data in it

    monkeypatch.setattr(engine, "_worker", failing)  # the forked workers inherit it
    with pytest.raises(AuditEngineError) as raised:
        audit_path(path, calendar=KUPANG, now=NOW, workers=2)
    assert raised.value.reason == "worker-failed"
    assert raised.value.message("id").startswith("mesin audit [worker-failed]: proses pekerja")
    assert "Maria" not in str(raised.value)
    assert "0812" not in repr(raised.value)


def test_the_earliest_ranges_typed_error_is_raised_whichever_worker_fails_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each worker fails with a typed error naming its range; the later ranges fail at once,
    # the first one after a while: the first range's error is the one raised, as it is.
    path = _export(tmp_path / "ekspor.jsonl", 2_000)

    def failing(task: tuple[str, int, int, int, int, int]) -> object:
        start = task[1]
        if start == 0:
            time.sleep(0.5)
        raise SerializationError(path=f"byte {start}", reason="uji")

    monkeypatch.setattr(engine, "_worker", failing)
    with pytest.raises(SerializationError) as raised:
        audit_path(path, calendar=KUPANG, now=NOW, workers=4)
    assert raised.value.path == "byte 0"
    assert raised.value.reason == "uji"
    assert not multiprocessing.active_children()


def test_a_worker_that_cannot_be_started_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path / "ekspor.jsonl", 200)
    started = 0
    real = multiprocessing.get_context("fork").Process.start

    def start(process: multiprocessing.Process) -> None:
        nonlocal started
        started += 1
        if started == 2:  # the second of two
            raise BlockingIOError(11, "Resource temporarily unavailable")
        real(process)

    monkeypatch.setattr(multiprocessing.get_context("fork").Process, "start", start)
    with pytest.raises(AuditEngineError) as raised:
        audit_path(path, calendar=KUPANG, now=NOW, workers=2)
    assert raised.value.reason == "worker-failed"
    assert raised.value.message("en").endswith(
        "a worker process could not be started (too many processes, or no memory)"
    )
    assert raised.value.__context__ is None
    assert not multiprocessing.active_children()  # the first one was not left running


def test_a_worker_message_that_cannot_be_read_back_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path / "ekspor.jsonl", 200)

    def garbled(task: object, sending: Any) -> None:
        sending.send_bytes(b"\x80\x05not a pickle")  # what a worker cut off mid-write sends
        sending.close()

    monkeypatch.setattr(engine, "_forked", garbled)
    with pytest.raises(AuditEngineError) as raised:
        audit_path(path, calendar=KUPANG, now=NOW, workers=2)
    assert raised.value.reason == "worker-failed"
    assert raised.value.__context__ is None
    assert not multiprocessing.active_children()
