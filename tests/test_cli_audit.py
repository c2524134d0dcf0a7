"""``pengaduan audit``: outputs, languages, exit codes and messages scripts rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from rich.progress import Progress
from tests.audit_helpers import HEADER, sample, write_jsonl

from pengaduan.cli import EXIT_CONFIG, EXIT_DATA, EXIT_FOUND, EXIT_IO, EXIT_OK, EXIT_USAGE, main

if TYPE_CHECKING:
    from pathlib import Path

NOW = ("--now", "2025-04-30T10:00", "--zone", "Asia/Makassar")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "riwayat.jsonl", sample())


def test_table_in_indonesian_and_english(export: Path) -> None:
    code, out = run("audit", str(export), *NOW)
    assert code == EXIT_FOUND  # the not-disposed group is red
    assert "Audit kepatuhan SOP pengaduan" in out
    assert "60,0\u00a0% (3 dari 5)" in out
    code, out = run("--lang", "en", "audit", str(export), *NOW, "--fail-on", "never")
    assert code == EXIT_OK
    assert "Complaint SOP compliance audit" in out


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("never", EXIT_OK), ("red", EXIT_FOUND), ("yellow", EXIT_FOUND), ("findings", EXIT_FOUND)],
)
def test_fail_on(export: Path, fail_on: str, expected: int) -> None:
    assert run("audit", str(export), *NOW, "--fail-on", fail_on)[0] == expected


def test_clean_export_exits_zero(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "baik.jsonl", sample()[:1])
    assert run("audit", str(path), *NOW, "--fail-on", "findings")[0] == EXIT_OK


def test_json_csv_and_html_outputs(export: Path, tmp_path: Path) -> None:
    _, out = run("audit", str(export), *NOW, "--format", "json", "--workers", "2")
    assert json.loads(out)["overall"]["complaints"] == 5
    _, out = run("audit", str(export), *NOW, "--format", "csv")
    assert out.splitlines()[0].startswith("unit,overall,complaints,open,verifikasi_judged")
    target = tmp_path / "laporan.html"
    _code, out = run("audit", str(export), *NOW, "--format", "html", "-o", str(target))
    assert out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_thresholds_option(export: Path) -> None:
    _, out = run(
        "audit", str(export), *NOW, "--format", "json", "--thresholds", "green=50,yellow=10"
    )
    assert json.loads(out)["overall"]["zone"] == "hijau"


def test_csv_with_columns_and_timezone(tmp_path: Path) -> None:
    path = tmp_path / "kantor.csv"
    path.write_text(
        "No;OPD;Masuk;Verifikasi\nK-1;dinkes;03/03/2025 10:00;04/03/2025 09:00\n", encoding="utf-8"
    )
    code, out = run(
        "--lang", "en", "audit", str(path), *NOW, "--format", "json",
        "--column", "tracking_id=No", "--column", "unit=OPD", "--column", "received_at=Masuk",
        "--column", "verified_at=Verifikasi", "--date-format", "%d/%m/%Y %H:%M",
        "--timezone", "Asia/Makassar", "--fail-on", "never",
    )  # fmt: skip
    assert code == EXIT_OK, out
    assert json.loads(out)["units"][0]["unit"] == "dinkes"


@pytest.mark.parametrize(
    ("content", "extra", "expected", "message"),
    [
        ("", (), EXIT_DATA, "masukan kosong"),
        ("rusak\n", (), EXIT_DATA, "baris 1"),
        (HEADER + "N-1,dinkes,pengaduan,2025-03-03 10:00,,,\n", (), EXIT_DATA, "--timezone"),
        ("id,unit\nX,dinkes\n", (), EXIT_DATA, "kolom tidak ada"),
        (None, ("--thresholds", "green=1,yellow=2"), EXIT_CONFIG, "di atas hijau"),
        (None, ("--column", "warna=X"), EXIT_CONFIG, "isian tidak dikenal"),
        (None, ("--workers", "0"), EXIT_USAGE, "--workers"),
        (None, ("--zone", "Asia/Kupang"), EXIT_CONFIG, "IANA"),
    ],
    ids=["empty", "malformed", "naive", "missing-columns", "thresholds", "mapping", "workers",
         "zone"],
)  # fmt: skip
def test_errors_have_stable_exit_codes_and_clear_messages(  # noqa: PLR0917 - parametrized
    tmp_path: Path,
    export: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    extra: tuple[str, ...],
    expected: int,
    message: str,
) -> None:
    path = export
    if content is not None:
        path = tmp_path / ("ekspor.csv" if content.startswith("id") else "ekspor.jsonl")
        path.write_text(content, encoding="utf-8")
    args = ["audit", str(path), "--now", "2025-04-30T10:00+08:00", *extra]
    code, _ = run(*args)
    err = capsys.readouterr().err
    assert code == expected, err
    assert message in err
    assert "Traceback" not in err


def test_skip_invalid_reports_lines(export: Path) -> None:
    with export.open("a", encoding="utf-8") as stream:
        stream.write("rusak\n")
    assert run("audit", str(export), *NOW)[0] == EXIT_DATA
    code, out = run("--lang", "en", "audit", str(export), *NOW, "--skip-invalid")
    assert code == EXIT_FOUND
    assert "1 input line was skipped" in out
    assert "line 6: document: " in out  # the loader's reason, in the language of the line


def test_help_shows_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("audit", "--help")[0] == EXIT_OK
    text = capsys.readouterr().out
    assert "pengaduan audit riwayat.jsonl --zone Asia/Makassar" in text
    assert "kode keluar:" in text
    assert "--timezone" in text


def test_progress_bar_only_on_a_terminal(export: Path) -> None:
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "pengaduan", "audit", str(export), *NOW, "--fail-on", "never"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_OK
    assert "\x1b[" not in result.stderr  # not a TTY: no bar, no escape codes
    assert "Audit kepatuhan" in result.stdout


def test_progress_bar_draws_on_a_terminal(export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    updates: list[tuple[object, ...]] = []
    original = Progress.update

    def spy(self: Progress, *args: object, **kwargs: object) -> None:
        updates.append(tuple(kwargs.items()))
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(Progress, "update", spy)
    assert run("audit", str(export), *NOW, "--fail-on", "never")[0] == EXIT_OK
    assert updates, "the bar was updated"
    size = export.stat().st_size
    assert (("completed", size), ("total", size)) in updates


def test_duplicates_are_checked_unless_told_not_to(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "dua-kali.jsonl", [*sample(), sample()[0]])
    common = ("audit", str(path), *NOW, "--format", "json", "--skip-invalid", "--fail-on", "never")
    _, checked = run(*common, "--check-duplicates")
    _, unchecked = run(*common, "--no-check-duplicates")
    assert json.loads(checked)["complaints"] == 5
    assert json.loads(checked)["problem_counts"] == {"duplicate_id": 1}
    assert json.loads(unchecked)["complaints"] == 6


def test_spill_dir_is_used_and_left_empty(export: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sementara"
    folder.mkdir()
    code, _ = run("audit", str(export), *NOW, "--workers", "2", "--spill-dir", str(folder))
    assert code == EXIT_FOUND
    assert list(folder.iterdir()) == []
    code, _ = run("audit", str(export), *NOW, "--spill-dir", str(tmp_path / "tidak-ada"))
    assert code == EXIT_IO


@pytest.mark.parametrize(
    "argv",
    [
        ("--blocksize", "64M"),  # the process engine has no blocks
        ("--engine", "dask", "--blocksize", "12"),
        ("--engine", "dask", "--blocksize", "banyak"),
        ("--engine", "dask", "--blocksize", "2000G"),
        ("--engine", "dask", "--blocksize", ""),
    ],
    ids=["process-engine", "too-small", "not-a-size", "too-large", "empty"],
)
def test_bad_blocksizes_are_usage_errors(export: Path, argv: tuple[str, ...]) -> None:
    assert run("audit", str(export), *NOW, *argv)[0] == EXIT_USAGE


def test_parquet_export_next_to_the_report(export: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # noqa: PLC0415

    folder = tmp_path / "parket"
    folder.mkdir()
    code, out = run("audit", str(export), *NOW, "--parquet", str(folder), "--format", "json")
    assert code == EXIT_FOUND
    assert json.loads(out)["complaints"] == 5
    complaints = pq.read_table(folder / "complaints.parquet")
    assert sorted(complaints.column("tracking_id").to_pylist()) == [
        c.tracking_id for c in sorted(sample(), key=lambda c: c.tracking_id)
    ]
    assert pq.read_table(folder / "events.parquet").num_rows == sum(
        len(c.history) for c in sample()
    )
    code, _ = run("audit", str(export), *NOW, "--parquet", str(tmp_path / "tidak-ada"))
    assert code == EXIT_IO
