"""The ``pengaduan`` command: outputs, languages and exit codes scripts rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from pengaduan import Workflow
from pengaduan.cli import EXIT_CONFIG, EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE, main

if TYPE_CHECKING:
    from pathlib import Path


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_deadline_in_working_days() -> None:
    code, out = run(
        "deadline", "--from", "2025-03-07T16:30", "--zone", "Asia/Makassar", "--days", "3"
    )
    assert code == EXIT_OK
    assert "paling lambat Rabu, 12 Maret 2025 (WITA)" in out
    assert "2025-03-13T00:00:00+08:00" in out


def test_deadline_json_and_english() -> None:
    code, out = run(
        "--lang", "en", "deadline", "--from", "2025-03-07T16:30+08:00", "--hours", "8", "--json"
    )
    assert code == EXIT_OK
    document = json.loads(out)
    assert document["due"] == "2025-03-11T08:00:00+08:00"
    assert document["unit"] == "working_hours"
    assert document["text"].startswith("by Tuesday, 11 March 2025")


@pytest.mark.parametrize(
    "amount",
    [
        ("--days", "0"),
        ("--days", "-3"),
        ("--hours", "0"),
        ("--hours", "-1"),
        ("--calendar-days", "0"),
    ],
)
def test_a_deadline_amount_that_does_not_count_forward_is_wrong_usage(
    amount: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # A wrong argument is exit 2 (wrong usage), not 4 (a configuration file's problem).
    code, _ = run("--lang", "en", "deadline", "--from", "2025-03-07T16:30+08:00", *amount)
    assert code == EXIT_USAGE
    assert f"{amount[0]} must be from" in capsys.readouterr().err


def test_deadline_calendar_days_and_custom_calendar(tmp_path: Path) -> None:
    calendar = tmp_path / "kupang.toml"
    calendar.write_text('zone = "Asia/Makassar"\nyears = [2025, 2025]\n', encoding="utf-8")
    code, out = run(
        "deadline",
        "--from",
        "2025-03-07T16:30+08:00",
        "--calendar-days",
        "14",
        "--calendar",
        str(calendar),
        "--json",
    )
    assert code == EXIT_OK
    assert json.loads(out)["due"] == "2025-03-22T00:00:00+08:00"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("deadline", "--from", "2025-03-07T16:30", "--days", "3"), EXIT_DATA),  # naive
        (("deadline", "--from", "kemarin", "--zone", "Asia/Makassar", "--days", "3"), EXIT_DATA),
        (("deadline", "--from", "2025-03-07T16:30+00:00", "--days", "3"), EXIT_USAGE),
        (("deadline", "--from", "2025-03-07T16:30+08:00", "--days", "0"), EXIT_USAGE),
        (
            ("deadline", "--from", "2025-03-07T16:30", "--zone", "Mars/Olympus", "--days", "1"),
            EXIT_CONFIG,
        ),
        (("deadline", "--days", "3"), EXIT_USAGE),
        (("terbang",), EXIT_USAGE),
        (("redact", "/nonexistent/keluhan.txt"), EXIT_IO),
    ],
    ids=[
        "naive",
        "not-iso",
        "foreign-offset",
        "zero-days",
        "unknown-zone",
        "missing-from",
        "unknown-command",
        "unreadable-file",
    ],
)
def test_exit_codes(
    argv: tuple[str, ...], expected: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(*argv)
    assert code == expected
    assert "Traceback" not in capsys.readouterr().err


def test_broken_calendar_file_is_a_configuration_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "rusak.toml"
    calendar.write_text('zone = "Asia/Makassar"\nyears = [2025, 2025]\nweek = nope\n', "utf-8")
    code, _ = run(
        "deadline", "--from", "2025-03-07T16:30+08:00", "--days", "3", "--calendar", str(calendar)
    )
    assert code == EXIT_CONFIG
    assert "baris 3" in capsys.readouterr().err


def test_workflow_table_and_mermaid() -> None:
    code, out = run("workflow")
    assert code == EXIT_OK
    for status in Workflow.default().statuses:
        assert status.name in out
    code, out = run("--lang", "en", "workflow", "--mermaid")
    assert out == Workflow.default().to_mermaid("en")


def test_redact_file_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Nama saya Yohanes Bria, NIK 5371014107900001, hp 0812-3456-7890"
    source = tmp_path / "keluhan.txt"
    source.write_text(text, encoding="utf-8")
    code, out = run("redact", str(source))
    assert code == EXIT_OK
    for secret in ("Yohanes", "5371014107900001", "0812-3456-7890"):
        assert secret not in out
    assert "3 data pribadi disamarkan" in capsys.readouterr().err
    code, out = run("redact", str(source), "--json")
    document = json.loads(out)
    assert {s["kind"] for s in document["spans"]} == {"name", "nik", "phone"}
    assert "5371014107900001" not in out


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--help")
    assert code == EXIT_OK
    assert "pengaduan deadline --from" in capsys.readouterr().out


def test_console_script_is_installed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pengaduan", "workflow", "--mermaid"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("---\ntitle: lapor-v3")


def test_route_reads_files_and_never_mistakes_text_for_a_path(tmp_path: Path) -> None:
    source = tmp_path / "keluhan.txt"
    source.write_text("lampu jalan mati\nsampah belum diangkut\n", encoding="utf-8")
    code, out = run("route", str(source), "--json")
    assert code == EXIT_OK
    assert [json.loads(line)["unit"] for line in out.splitlines()] == ["dishub", "dlh"]
    code, out = run("route", "jalan rusak di depan rumah.txt")
    assert code == EXIT_OK
    assert out.startswith("Unit: pupr")


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
def test_route_reads_a_line_of_exactly_the_limit_and_stops_at_a_longer_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: bytes
) -> None:
    from pengaduan.cli import _route  # noqa: PLC0415

    line = b"lampu jalan mati"
    monkeypatch.setattr(_route, "MAX_TEXT_BYTES", len(line))
    source = tmp_path / "keluhan.txt"
    source.write_bytes(line + ending + line + b"!" + ending)
    code, out = run("--lang", "en", "route", str(source), "--json")
    assert code == EXIT_DATA
    assert [json.loads(row)["unit"] for row in out.splitlines()] == ["dishub"]


def test_version_comes_from_the_package(capsys: pytest.CaptureFixture[str]) -> None:
    import pengaduan  # noqa: PLC0415

    code, _ = run("--version")
    assert code == 0
    assert capsys.readouterr().out.strip() == f"pengaduan {pengaduan.__version__}"


@pytest.mark.parametrize("name", ["keluhan.txt", "data/masuk.jsonl", "ekspor.CSV"])
def test_route_of_a_missing_file_is_an_error_not_a_complaint(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run("route", name)
    assert code == EXIT_IO
    assert out == ""
    assert name not in capsys.readouterr().err


def test_route_of_a_sentence_that_ends_like_a_file_is_still_a_complaint() -> None:
    code, out = run("route", "jalan rusak depan kantor.txt mohon diperbaiki")
    assert code == 0
    assert out
