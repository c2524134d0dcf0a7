"""The audit on a real dask.distributed LocalCluster (two worker processes on this machine).

The cluster is started once for the module and closed after it; every run is compared with the
single-process audit of the same data.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

import attrs
import dask
import pytest
from distributed import Client, LocalCluster
from tests.audit_helpers import HEADER, NOW, sample, write_jsonl
from tests.hostile_helpers import bounded, raises_typed
from tests.sla_helpers import KUPANG, wita

from pengaduan._core.paths import NotRegularFileError
from pengaduan.audit import audit_path
from pengaduan.audit.dask import _opened, _require, audit_dask, list_partitions
from pengaduan.cli import EXIT_IO, EXIT_USAGE, main
from pengaduan.errors import (
    ArgumentError,
    AuditEngineError,
    OptionalDependencyError,
    SerializationError,
)
from pengaduan.serialization import to_json
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pengaduan.audit import AuditReport

ROWS = [
    "B-1,dinkes,pengaduan,2025-03-03T09:00+08:00,2025-03-04T09:00+08:00,,\n",
    "B-2,rsud,,2025-03-03T09:00+08:00,2025-03-05T09:00+08:00,2025-03-07T10:00+08:00,\n",
    "B-3,,,2025-04-21T09:00+08:00,,,\n",
    "B-4,dinkes,,2025-03-03T09:00+08:00,,2025-03-07T10:00+08:00,\n",  # follow-up unverified
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def figures(report: AuditReport) -> AuditReport:
    """The report without its problem list (line numbers are per file on the cluster)."""
    return attrs.evolve(report, problems=())


def test_jsonl_partitions_plain_and_gzip_equal_one_process(client: Client, tmp_path: Path) -> None:
    complaints = sample()
    parts = tmp_path / "ekspor"
    parts.mkdir()
    write_jsonl(parts / "01.jsonl", complaints[:3], extra="{broken\n\n")
    text = "".join(to_json(c) + "\n" for c in [*complaints[3:], complaints[0]])
    (parts / "02.jsonl.gz").write_bytes(gzip.compress(text.encode()))
    whole = tmp_path / "whole.jsonl"
    whole.write_text((parts / "01.jsonl").read_text() + text)

    report = audit_dask(parts, client=client, calendar=KUPANG, now=NOW, skip_invalid=True)

    one = audit_path(whole, calendar=KUPANG, now=NOW, skip_invalid=True)
    assert figures(report) == figures(one)
    assert [(p.source, p.line, p.kind.value) for p in report.problems] == [
        (str(parts / "01.jsonl"), 4, "malformed"),
        (str(parts / "02.jsonl.gz"), 3, "duplicate_id"),
    ]


def test_csv_partitions_equal_one_process(client: Client, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(HEADER + "".join(ROWS[:2]))
    (tmp_path / "b.csv.gz").write_bytes(gzip.compress((HEADER + "".join(ROWS[2:])).encode()))
    whole = tmp_path / "whole.csv"
    whole.write_text(HEADER + "".join(ROWS))

    report = audit_dask(
        str(tmp_path / "[ab].csv*"), client=client, calendar=KUPANG, now=NOW, skip_invalid=True
    )

    assert figures(report) == figures(
        audit_path(whole, calendar=KUPANG, now=NOW, skip_invalid=True)
    )
    [problem] = report.problems
    assert problem.message.startswith(f"{tmp_path / 'b.csv.gz'} line 3: ")


def test_without_skip_invalid_the_first_bad_line_names_its_file(
    client: Client, tmp_path: Path
) -> None:
    write_jsonl(tmp_path / "a.jsonl", sample()[:2])
    write_jsonl(tmp_path / "b.jsonl", sample()[2:], extra="[1, 2\n")
    with pytest.raises(SerializationError) as raised:
        audit_dask(tmp_path, client=client, calendar=KUPANG, now=NOW)
    assert raised.value.path == f"{tmp_path / 'b.jsonl'} line 4: document"


def _worker_pids(client: Client) -> dict[str, int]:
    pids: dict[str, int] = client.run(os.getpid)
    return pids


def _export(directory: Path, files: int, per_file: int) -> None:
    for f in range(files):
        lines = [
            to_json(
                build_complaint(
                    wita(2025, 3, 3 + i % 20),
                    ("verifikasi", wita(2025, 3, 4 + i % 20, 9)),
                    ("tindak_lanjut", wita(2025, 3, 10 + i % 20)),
                    tracking_id=f"K-{f}-{i}",
                    units=["dinkes" if i % 3 else "rsud"],
                )
            )
            for i in range(per_file)
        ]
        (directory / f"{f:02d}.jsonl").write_text("\n".join(lines) + "\n")


def _kill_mid_run(client: Client, run: Callable[[], None], *, every: bool) -> set[str]:
    """Run ``run`` in a thread and, once both workers are auditing partitions, kill every
    worker or one of them; the workers killed (none: the run ended first)."""
    before = _worker_pids(client)
    thread = threading.Thread(target=run)
    thread.start()
    victims: set[str] = set()
    deadline = time.monotonic() + 60
    while not victims and time.monotonic() < deadline and thread.is_alive():
        busy = {w for w, tasks in client.processing().items() if tasks}
        if len(busy) == len(before):
            victims = busy if every else {min(busy)}
            for victim in victims:
                os.kill(before[victim], signal.SIGKILL)
        time.sleep(0.05)
    thread.join(timeout=600)  # bounded: a hung run fails the test instead of the suite
    assert not thread.is_alive()
    client.wait_for_workers(len(before), timeout=60)
    assert not {before[victim] for victim in victims} & set(_worker_pids(client).values())
    return victims


def test_workers_killed_mid_run_are_replaced_and_the_report_is_unchanged(
    client: Client, tmp_path: Path
) -> None:
    # Every worker at once: nothing computed so far survives on the cluster, the run's
    # settings (which every partition task needs) included, and the run still ends right.
    _export(tmp_path, files=12, per_file=2500)
    expected = audit_dask(tmp_path, client=client, calendar=KUPANG, now=NOW)
    outcome: dict[str, Any] = {}

    def run() -> None:
        outcome["report"] = audit_dask(tmp_path, client=client, calendar=KUPANG, now=NOW)

    assert len(_kill_mid_run(client, run, every=True)) == 2, "the run ended before the kill"
    assert outcome["report"] == expected


def test_a_cluster_that_gives_up_on_a_task_is_an_audit_engine_error(tmp_path: Path) -> None:
    _export(tmp_path, files=12, per_file=2500)
    outcome: dict[str, Any] = {}
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as strict,
    ):

        def run() -> None:
            try:
                audit_dask(tmp_path, client=strict, calendar=KUPANG, now=NOW)
            except Exception as error:
                outcome["error"] = error

        assert _kill_mid_run(strict, run, every=False), "the run ended before the kill"
    error = outcome["error"]
    assert type(error) is AuditEngineError
    assert error.reason == "cluster-lost"
    assert error.message("en").startswith("audit engine [cluster-lost]: the Dask cluster lost")
    assert error.message("id").startswith("mesin audit [cluster-lost]: klaster Dask kehilangan")
    assert error.__cause__ is None
    assert error.__context__ is None


def _failing_partition(*_args: object, **_kwargs: object) -> None:
    """A task whose code fails with an error that is not the library's, its text holding data."""
    raise ValueError("Yohanes Ndun 081234567890")


def test_a_tasks_own_bug_is_a_worker_failure_not_a_lost_cluster(
    threads: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _export(tmp_path, files=2, per_file=50)
    monkeypatch.setattr("pengaduan.audit.dask._audit_partition", _failing_partition)
    with pytest.raises(AuditEngineError) as raised:
        audit_dask(tmp_path, client=threads, calendar=KUPANG, now=NOW)
    error = raised.value
    assert type(error) is AuditEngineError
    assert error.reason == "worker-failed"
    for language in ("en", "id"):
        message = error.message(language)
        assert "Yohanes" not in message
        assert "0812" not in message
    assert error.message("en").startswith("audit engine [worker-failed]: a task of the audit")
    assert error.__cause__ is None
    assert error.__context__ is None


def test_list_partitions_expands_directories_and_globs(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a.csv.gz", "c.ndjson", "notes.txt"):
        (tmp_path / name).write_text("x")
    assert list_partitions(tmp_path) == [
        str(tmp_path / n) for n in ("a.csv.gz", "b.jsonl", "c.ndjson")
    ]
    assert list_partitions([str(tmp_path / "*.txt")]) == [str(tmp_path / "notes.txt")]
    assert list_partitions(f"file://{tmp_path}/b.jsonl") == [f"file://{tmp_path}/b.jsonl"]


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"scheduler": "local", "client": object()},
        {"scheduler": 7},
        {"scheduler": "local", "workers": 0},
        {"scheduler": "local", "workers": True},
        {"client": "tcp://nowhere"},
        {"scheduler": "local", "fan_in": 1},
    ],
    ids=["neither", "both", "int-scheduler", "no-workers", "bool-workers", "str-client", "fan-in"],
)
def test_bad_engine_arguments_are_argument_errors(tmp_path: Path, options: dict[str, Any]) -> None:
    write_jsonl(tmp_path / "a.jsonl", sample())
    error = raises_typed(lambda: audit_dask(tmp_path, calendar=KUPANG, now=NOW, **options))
    assert isinstance(error, ArgumentError)


class _BrokenPath(os.PathLike[str]):
    """A path object whose ``__fspath__`` raises (a caller's own path class gone wrong)."""

    def __fspath__(self) -> str:
        raise RuntimeError("Jl. El Tari No. 5")  # data that must not reach the error


@pytest.mark.parametrize(
    "inputs",
    [None, b"a.jsonl", [], [3], "", "a\x00b", "a\ud800b", [_BrokenPath()], _BrokenPath()],
)
def test_bad_inputs_are_typed_errors(inputs: object) -> None:
    error = raises_typed(lambda: list_partitions(inputs))  # type: ignore[arg-type]
    assert isinstance(error, ArgumentError)


def test_no_matching_file_is_a_file_access_error(tmp_path: Path) -> None:
    error = raises_typed(lambda: list_partitions(tmp_path / "nothing-*.jsonl"))
    assert error.code == "file-access"


def _special(tmp_path: Path, kind: str) -> tuple[str, str]:
    """``(input, file)``: a pipe or a device named as the input, or found in a folder or by a
    glob next to a good file; ``file`` is the one refused."""
    write_jsonl(tmp_path / "a.jsonl", sample())
    fifo = tmp_path / "b.jsonl"
    os.mkfifo(fifo)  # no writer: opened for reading, it would wait forever
    device = tmp_path / "c.jsonl"
    device.symlink_to("/dev/zero")  # never ends
    return {
        "fifo": (str(fifo), str(fifo)),
        "device": ("/dev/zero", "/dev/zero"),
        "device-link": (str(device), str(device)),
        "file-url": (f"file://{fifo}", str(fifo)),
        "fifo-in-folder": (str(tmp_path), str(fifo)),
        "device-by-glob": (str(tmp_path / "c.*"), str(device)),
    }[kind]


SPECIAL = ["fifo", "device", "device-link", "file-url", "fifo-in-folder", "device-by-glob"]


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_pipe_or_a_device_is_refused_before_it_is_read(tmp_path: Path, kind: str) -> None:
    given, refused = _special(tmp_path, kind)
    error = raises_typed(lambda: list_partitions(given))  # bounded: a read would hang
    assert error.code == "file-access"
    assert error.reason == "not-regular"  # type: ignore[attr-defined]
    named = refused in error.message("en")
    assert named == (kind in {"fifo-in-folder", "device-by-glob"})  # else it is the input


@pytest.mark.parametrize("kind", ["fifo", "device-link"])
def test_a_partition_that_became_a_pipe_or_a_device_is_refused_unread(
    tmp_path: Path, kind: str
) -> None:
    # Replaced after the listing: the task opens it as every loader does, refusing it unread.
    _, refused = _special(tmp_path, kind)
    with bounded(), pytest.raises(NotRegularFileError), _opened(refused, compression="infer"):
        pass


@pytest.mark.parametrize("kind", ["fifo", "device", "file-url"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_cli_engine_dask_refuses_a_pipe_or_a_device_as_the_process_engine_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, language: str
) -> None:
    given, refused = _special(tmp_path, kind)
    common = ["--lang", language, "audit", "--now", "2025-04-30T00:00+08:00", "--no-progress"]
    with bounded():
        code = main([*common, given, "--engine", "dask", "--scheduler", "local"], out=io.StringIO())
    dask = capsys.readouterr().err
    with bounded():
        expected = main([*common, refused], out=io.StringIO())
    assert (code, dask) == (expected, capsys.readouterr().err)
    assert code == EXIT_IO


def _cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def _without_problems(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    data.pop("problems")
    return data


@pytest.mark.parametrize("where", ["address", "local"])
def test_cli_engine_dask_gives_the_process_engine_report(
    client: Client, tmp_path: Path, where: str
) -> None:
    parts = tmp_path / "ekspor"
    parts.mkdir()
    write_jsonl(parts / "a.jsonl", sample()[:2])
    write_jsonl(parts / "b.jsonl", sample()[2:], extra="{broken\n")
    whole = tmp_path / "whole.jsonl"
    whole.write_text((parts / "a.jsonl").read_text() + (parts / "b.jsonl").read_text())
    common = ["--zone", "Asia/Makassar", "--now", "2025-04-30T00:00+08:00", "--format", "json"]
    scheduler = client.scheduler.address if where == "address" else "local"

    code, text = _cli(
        "audit", str(parts), "--engine", "dask", "--scheduler", scheduler, "--skip-invalid", *common
    )
    expected_code, expected = _cli("audit", str(whole), "--skip-invalid", "--no-progress", *common)

    assert (code, _without_problems(text)) == (expected_code, _without_problems(expected))
    assert json.loads(text)["problems"][0]["source"] == str(parts / "b.jsonl")


def test_cli_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", sample())
    code, _ = _cli("audit", str(tmp_path / "a.jsonl"), "--scheduler", "local")
    assert code == EXIT_USAGE


def test_a_corrupt_partition_is_a_problem_with_its_file_and_line(
    client: Client, tmp_path: Path
) -> None:
    write_jsonl(tmp_path / "a.jsonl", sample()[:2])
    text = "".join(to_json(c) + "\n" for c in sample()[2:])
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(text.encode())[:-12])  # cut short

    report = audit_dask(tmp_path, client=client, calendar=KUPANG, now=NOW, skip_invalid=True)

    *_, last = report.problems
    # the stream breaks inside its third line: two lines are read, the third is the problem
    assert (last.source, last.line, last.where) == (str(tmp_path / "b.jsonl.gz"), 3, "file")
    assert last.detail.startswith("the file is corrupt or cut short (EOFError)")
    assert report.complaints == 4  # every line before the break is audited
    with pytest.raises(SerializationError) as raised:
        audit_dask(tmp_path, client=client, calendar=KUPANG, now=NOW)
    assert raised.value.path == f"{tmp_path / 'b.jsonl.gz'} line 3: file"


@pytest.mark.parametrize("blocksize", [1024, 3000])
def test_one_large_file_is_audited_in_blocks_with_its_own_line_numbers(
    client: Client, tmp_path: Path, blocksize: int
) -> None:
    lines = [to_json(c) for c in sample()]
    body = [lines[0], "", "{broken", *lines[1:], lines[2], "x" * 5000, lines[3], "[1,", lines[4]]
    path = tmp_path / "riwayat.jsonl"
    path.write_text("\n".join(body))  # the last line has no newline

    report = audit_dask(
        path, client=client, calendar=KUPANG, now=NOW, skip_invalid=True, blocksize=blocksize
    )

    one = audit_path(path, calendar=KUPANG, now=NOW, skip_invalid=True)
    assert figures(report) == figures(one)
    assert [attrs.evolve(p, source=None) for p in report.problems] == list(one.problems)
    assert {p.source for p in report.problems} == {str(path)}


def test_a_missing_extra_names_it() -> None:
    error = raises_typed(lambda: _require("pengaduan_no_such_module"))
    assert isinstance(error, OptionalDependencyError)
    assert error.extra == "dask"
    assert "pip install 'pengaduan[dask]'" in str(error)


def test_importing_the_package_loads_neither_dask_nor_pyarrow() -> None:
    code = (
        "import sys, pengaduan, pengaduan.audit; "
        "heavy = ('dask', 'distributed', 'pyarrow', 'fsspec'); "
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# -- fsspec URLs, spill folders ---------------------------------------------------------------


@pytest.fixture(scope="module")
def threads() -> Iterator[Client]:
    """A cluster of threads in this process: it sees this process's ``memory://`` files."""
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_memory_urls_are_read_through_fsspec(threads: Client, tmp_path: Path) -> None:
    import fsspec  # noqa: PLC0415

    memory = fsspec.filesystem("memory")
    complaints = sample()
    first = "".join(to_json(c) + "\n" for c in complaints[:3])
    second = "".join(to_json(c) + "\n" for c in [*complaints[3:], complaints[1]])
    memory.pipe("/ekspor-uji/01.jsonl", first.encode())
    memory.pipe("/ekspor-uji/02.jsonl.gz", gzip.compress(second.encode()))
    whole = tmp_path / "whole.jsonl"
    whole.write_text(first + second)
    try:
        assert list_partitions("memory://ekspor-uji/") == [
            "memory:///ekspor-uji/01.jsonl",
            "memory:///ekspor-uji/02.jsonl.gz",
        ]
        report = audit_dask(
            "memory://ekspor-uji/*.jsonl*",
            client=threads,
            calendar=KUPANG,
            now=NOW,
            skip_invalid=True,
        )
    finally:
        memory.rm("/ekspor-uji", recursive=True)
    assert figures(report) == figures(
        audit_path(whole, calendar=KUPANG, now=NOW, skip_invalid=True)
    )
    [duplicate] = report.problems
    assert (duplicate.source, duplicate.line) == ("memory:///ekspor-uji/02.jsonl.gz", 3)


def test_file_urls_are_read_through_fsspec(client: Client, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", sample()[:2])
    write_jsonl(tmp_path / "b.jsonl", sample()[1:])
    report = audit_dask(
        f"file://{tmp_path}/*.jsonl", client=client, calendar=KUPANG, now=NOW, skip_invalid=True
    )
    assert report.complaints == 5
    assert [(p.source, p.line) for p in report.problems] == [(f"file://{tmp_path}/b.jsonl", 1)]


def _absent_protocol() -> tuple[str, str]:
    """A cloud protocol whose fsspec package is not installed here (s3fs, gcsfs...)."""
    import importlib.util  # noqa: PLC0415

    from fsspec.registry import known_implementations  # noqa: PLC0415

    for protocol in ("s3", "gs", "abfs", "hf", "oci"):
        package = known_implementations[protocol]["class"].partition(".")[0]
        if importlib.util.find_spec(package) is None:
            return protocol, package
    raise AssertionError("every cloud package is installed")  # pragma: no cover


def test_a_url_whose_storage_package_is_missing_names_it() -> None:
    protocol, package = _absent_protocol()
    error = raises_typed(lambda: list_partitions(f"{protocol}://arsip/ekspor/*.jsonl.gz"))
    assert isinstance(error, OptionalDependencyError)
    assert error.package == package
    assert f"pip install {package}" in str(error)


def test_tasks_spill_their_ids_and_the_folder_is_removed(client: Client, tmp_path: Path) -> None:
    from pengaduan.audit.spill import SpillDirectory  # noqa: PLC0415

    (tmp_path / "ekspor").mkdir()
    _export(tmp_path / "ekspor", files=3, per_file=40)
    write_jsonl(tmp_path / "ekspor" / "03.jsonl", sample())
    (tmp_path / "ekspor" / "04.jsonl").write_text(
        (tmp_path / "ekspor" / "01.jsonl").read_text()  # every id again: 40 duplicates
    )
    expected = audit_dask(
        tmp_path / "ekspor", client=client, calendar=KUPANG, now=NOW, skip_invalid=True
    )
    with SpillDirectory(tmp_path, memory=0) as spill:
        spilled = audit_dask(
            tmp_path / "ekspor",
            client=client,
            calendar=KUPANG,
            now=NOW,
            skip_invalid=True,
            spill_dir=spill,
        )
        assert len(os.listdir(spill.path)) == 5  # one file per partition task
    assert spilled == expected
    assert spilled.problem_counts == (("duplicate_id", 40),)
    folder = tmp_path / "spill"
    folder.mkdir()
    assert (
        audit_dask(
            tmp_path / "ekspor",
            client=client,
            calendar=KUPANG,
            now=NOW,
            skip_invalid=True,
            spill_dir=folder,
        )
        == expected
    )
    with pytest.raises(SerializationError):
        audit_dask(tmp_path / "ekspor", client=client, calendar=KUPANG, now=NOW, spill_dir=folder)
    assert list(folder.iterdir()) == []
