"""Hostile use of every command: wrong or missing arguments, missing files, directories,
unwritable outputs, closed pipes, undecodable text. Each ends with its documented exit code and
at most one line on standard error, without a traceback and without any planted secret."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from tests.audit_helpers import sample, write_jsonl
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_NAME,
    SECRET_NIK,
    SECRET_TEXT,
    SECRETS,
    bounded,
)

from pengaduan.cli import (
    EXIT_CONFIG,
    EXIT_DATA,
    EXIT_INTERNAL,
    EXIT_IO,
    EXIT_OK,
    EXIT_USAGE,
    main,
)

if TYPE_CHECKING:
    from pathlib import Path

NOW = ("--now", "2025-04-30T10:00+08:00", "--fail-on", "never")
FROM = ("--from", "2025-03-07T16:30+08:00")
ZONE = ("--zone", "Asia/Makassar")
KEYS = ("--old-key-file", "{key}", "--new-key-file", "{tmp}/kunci-baru.bin")


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], out: io.StringIO | None = None
) -> tuple[int, str]:
    with bounded(20):
        code = main(argv, out=out if out is not None else io.StringIO())
    err = capsys.readouterr().err
    return code, err


def assert_one_clean_line(err: str) -> None:
    assert err.count("\n") <= 1, err
    assert "Traceback" not in err
    for secret in SECRETS:
        assert secret not in err
    assert "\x1b" not in err
    assert "\u202e" not in err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    export = write_jsonl(tmp_path / "riwayat.jsonl", sample())
    text = tmp_path / "keluhan.txt"
    text.write_text("jalan rusak dekat puskesmas oebobo\n", encoding="utf-8")
    binary = tmp_path / "biner.txt"
    binary.write_bytes(b"\xff\xfe\x00" + SECRET_TEXT.encode())
    return {
        "export": str(export),
        "text": str(text),
        "binary": str(binary),
        "dir": str(tmp_path),
        "missing": str(tmp_path / f"{SECRET_NAME}.jsonl"),
        "unwritable": str(tmp_path / "no" / "such" / "dir" / "x.out"),
    }


# (id, argv with {placeholders}, exit code)
CASES: list[tuple[str, list[str], int]] = [
    ("no-args", [], EXIT_USAGE),
    ("unknown-command", ["terbang"], EXIT_USAGE),
    ("unknown-command-secret", [SECRET_TEXT], EXIT_USAGE),
    ("unknown-option-secret", ["workflow", f"--{SECRET_NAME}"], EXIT_USAGE),
    ("extra-arg-secret", ["workflow", SECRET_TEXT], EXIT_USAGE),
    ("lang-invalid", ["--lang", SECRET_NAME, "workflow"], EXIT_USAGE),
    ("lang-missing-value", ["workflow", "--lang"], EXIT_USAGE),
    ("lang-after-command", ["workflow", "--lang", "en"], EXIT_OK),
    ("lang-equals-after", ["workflow", "--lang=en"], EXIT_OK),
    ("lang-twice", ["--lang", "en", "workflow", "--lang", "id"], EXIT_OK),
    ("help", ["--help"], EXIT_OK),
    ("help-audit", ["audit", "--help"], EXIT_OK),
    ("workflow", ["workflow"], EXIT_OK),
    ("workflow-mermaid", ["workflow", "--mermaid"], EXIT_OK),
    ("deadline-ok", ["deadline", *FROM, "--days", "3"], EXIT_OK),
    ("deadline-no-from", ["deadline", "--days", "3"], EXIT_USAGE),
    ("deadline-no-amount", ["deadline", *FROM], EXIT_USAGE),
    ("deadline-two-amounts", ["deadline", *FROM, "--days", "3", "--hours", "2"], EXIT_USAGE),
    ("deadline-days-text", ["deadline", *FROM, "--days", SECRET_NIK + "x"], EXIT_USAGE),
    ("deadline-days-huge", ["deadline", *FROM, "--days", "9" * 5000], EXIT_USAGE),
    ("deadline-days-big", ["deadline", *FROM, "--days", "10000000"], EXIT_USAGE),
    ("deadline-hours-nan", ["deadline", *FROM, "--hours", "nan"], EXIT_USAGE),
    ("deadline-hours-inf", ["deadline", *FROM, "--hours", "inf"], EXIT_USAGE),
    ("deadline-hours-1e300", ["deadline", *FROM, "--hours", "1e300"], EXIT_USAGE),
    ("deadline-calendar-days-huge", ["deadline", *FROM, "--calendar-days", "9" * 30], EXIT_USAGE),
    ("deadline-days-zero", ["deadline", *FROM, "--days", "0"], EXIT_USAGE),
    ("deadline-from-secret", ["deadline", "--from", SECRET_TEXT, "--days", "3"], EXIT_DATA),
    (
        "deadline-from-year-1",
        ["deadline", "--from", "0001-01-01T00:00+14:00", "--days", "3"],
        EXIT_DATA,
    ),
    (
        "deadline-from-year-9999",
        ["deadline", "--from", "9999-12-31T23:59-12:00", "--days", "3"],
        EXIT_DATA,
    ),
    ("deadline-from-huge", ["deadline", "--from", "2" * 100_000, "--days", "3"], EXIT_DATA),
    (
        "deadline-from-out-of-calendar",
        ["deadline", "--from", "1990-01-01T10:00+08:00", "--days", "3"],
        EXIT_CONFIG,
    ),
    (
        "deadline-zone-secret",
        ["deadline", "--from", "2025-03-07T16:30", "--zone", SECRET_NIK, "--days", "3"],
        EXIT_CONFIG,
    ),
    (
        "deadline-zone-name",
        ["deadline", "--from", "2025-03-07T16:30", "--zone", SECRET_NAME, "--days", "3"],
        EXIT_CONFIG,
    ),
    (
        "deadline-calendar-missing",
        ["deadline", *FROM, "--days", "3", "--calendar", "{missing}"],
        EXIT_IO,
    ),
    ("deadline-calendar-dir", ["deadline", *FROM, "--days", "3", "--calendar", "{dir}"], EXIT_IO),
    (
        "deadline-calendar-binary",
        ["deadline", *FROM, "--days", "3", "--calendar", "{binary}"],
        EXIT_CONFIG,
    ),
    ("redact-missing", ["redact", "{missing}"], EXIT_IO),
    ("redact-dir", ["redact", "{dir}"], EXIT_IO),
    ("redact-binary", ["redact", "{binary}"], EXIT_DATA),
    ("redact-no-file", ["redact"], EXIT_USAGE),
    ("route-text", ["route", "jalan rusak"], EXIT_OK),
    ("route-file", ["route", "{text}"], EXIT_OK),
    ("route-binary-file", ["route", "{binary}"], EXIT_DATA),
    ("route-dir", ["route", "{dir}"], EXIT_OK),  # not a file: routed as a text
    ("route-escapes", ["route", f"\x1b[2J\u202e{SECRET_TEXT}"], EXIT_OK),
    ("route-nul", ["route", f"{SECRET_TEXT}\x00"], EXIT_OK),
    ("route-no-text", ["route"], EXIT_USAGE),
    ("demo-per-day-nan", ["demo", "--per-day", "nan", "--output", "{dir}"], EXIT_USAGE),
    ("demo-per-day-huge", ["demo", "--per-day", "1e9", "--output", "{dir}"], EXIT_USAGE),
    ("demo-seed-text", ["demo", "--seed", SECRET_NAME], EXIT_USAGE),
    ("demo-seed-huge", ["demo", "--seed", "9" * 100, "--output", "{dir}"], EXIT_USAGE),
    ("demo-output-is-file", ["demo", "--output", "{export}"], EXIT_IO),
    ("audit-ok", ["audit", "{export}", *NOW], EXIT_OK),
    ("audit-missing", ["audit", "{missing}", *NOW], EXIT_IO),
    ("audit-dir", ["audit", "{dir}", *NOW], EXIT_IO),
    ("audit-dir-as-jsonl", ["audit", "{dir}", "--input", "jsonl", *NOW], EXIT_IO),
    ("audit-binary", ["audit", "{binary}", "--input", "jsonl", *NOW], EXIT_DATA),
    (
        "audit-binary-skip",
        ["audit", "{binary}", "--input", "jsonl", "--skip-invalid", *NOW],
        EXIT_OK,
    ),
    ("audit-unwritable-output", ["audit", "{export}", "-o", "{unwritable}", *NOW], EXIT_IO),
    ("audit-output-is-dir", ["audit", "{export}", "-o", "{dir}", *NOW], EXIT_IO),
    ("audit-workers-zero", ["audit", "{export}", "--workers", "0", *NOW], EXIT_USAGE),
    ("audit-workers-huge", ["audit", "{export}", "--workers", "9" * 50, *NOW], EXIT_USAGE),
    ("audit-workers-text", ["audit", "{export}", "--workers", SECRET_NAME, *NOW], EXIT_USAGE),
    ("audit-format-secret", ["audit", "{export}", "--format", SECRET_NAME, *NOW], EXIT_USAGE),
    ("audit-input-secret", ["audit", "{export}", "--input", SECRET_NIK, *NOW], EXIT_USAGE),
    ("audit-fail-on-secret", ["audit", "{export}", *NOW[:2], "--fail-on", SECRET_NAME], EXIT_USAGE),
    ("audit-now-secret", ["audit", "{export}", "--now", SECRET_TEXT], EXIT_DATA),
    ("audit-now-year-1", ["audit", "{export}", "--now", "0001-01-01T00:00+14:00"], EXIT_DATA),
    ("audit-zone-secret", ["audit", "{export}", "--zone", SECRET_NIK, *NOW], EXIT_CONFIG),
    ("audit-timezone-secret", ["audit", "{export}", "--timezone", SECRET_NAME, *NOW], EXIT_CONFIG),
    (
        "audit-thresholds-secret",
        ["audit", "{export}", "--thresholds", SECRET_TEXT, *NOW],
        EXIT_CONFIG,
    ),
    ("audit-thresholds-nan", ["audit", "{export}", "--thresholds", "green=nan", *NOW], EXIT_CONFIG),
    ("audit-column-secret", ["audit", "{export}", "--column", SECRET_NAME, *NOW], EXIT_CONFIG),
    (
        "audit-column-value-secret",
        ["audit", "{export}", "--column", f"{SECRET_NIK}=x", *NOW],
        EXIT_CONFIG,
    ),
    ("audit-delimiter-long", ["audit", "{export}", "--delimiter", SECRET_NAME, *NOW], EXIT_USAGE),
    ("audit-max-line-small", ["audit", "{export}", "--max-line-bytes", "1", *NOW], EXIT_USAGE),
    (
        "audit-max-line-tiny-skip",
        ["audit", "{export}", "--max-line-bytes", "64", "--skip-invalid", *NOW],
        EXIT_OK,
    ),
    ("audit-max-line-tiny", ["audit", "{export}", "--max-line-bytes", "64", *NOW], EXIT_DATA),
    ("audit-calendar-missing", ["audit", "{export}", "--calendar", "{missing}", *NOW], EXIT_IO),
    ("audit-no-file", ["audit"], EXIT_USAGE),
]


@pytest.mark.parametrize(("argv", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_exit_code_and_one_clean_line(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], argv: list[str], expected: int
) -> None:
    filled = [arg.format(**files) if "{" in arg and "}" in arg else arg for arg in argv]
    code, err = run(filled, capsys)
    assert code == expected, err
    if code in {EXIT_OK} and "--help" not in filled:
        assert "pengaduan:" not in err or "report" in err or "laporan" in err
    assert_one_clean_line(err)


# Every file a command reads by name, given a pipe or a folder: (id, argv with {bad}).
WHERE_A_FILE_BELONGS: list[tuple[str, list[str]]] = [
    ("db-upgrade-url", ["db", "upgrade", "sqlite:///{bad}"]),
    ("db-upgrade-key-file", ["db", "upgrade", "{url}", "--key-file", "{bad}"]),
    ("db-current-url", ["db", "current", "sqlite:///{bad}"]),
    ("db-import-url", ["db", "import", "sqlite:///{bad}", "{export}"]),
    ("db-import-file", ["db", "import", "{url}", "{bad}"]),
    ("db-import-key-file", ["db", "import", "{url}", "{export}", "--key-file", "{bad}"]),
    ("db-import-sqlite-store-old", ["db", "import-sqlite-store", "{bad}", "{url}"]),
    ("db-import-sqlite-store-url", ["db", "import-sqlite-store", "{export}", "sqlite:///{bad}"]),
    (
        "db-import-sqlite-store-key-file",
        ["db", "import-sqlite-store", "{export}", "{url}", "--key-file", "{bad}"],
    ),
    ("db-refresh-url", ["db", "refresh", "sqlite:///{bad}"]),
    ("db-refresh-key-file", ["db", "refresh", "{url}", "--key-file", "{bad}", *ZONE]),
    ("db-refresh-calendar", ["db", "refresh", "{url}", "--calendar", "{bad}"]),
    ("db-refresh-policy", ["db", "refresh", "{url}", *ZONE, "--policy", "{bad}"]),
    ("db-rotate-key-url", ["db", "rotate-key", "sqlite:///{bad}", *KEYS]),
    (
        "db-rotate-key-old",
        ["db", "rotate-key", "{url}", "--old-key-file", "{bad}", "--new-key-file", "{key}"],
    ),
    (
        "db-rotate-key-new",
        ["db", "rotate-key", "{url}", "--old-key-file", "{key}", "--new-key-file", "{bad}"],
    ),
    ("redact", ["redact", "{bad}"]),
    ("route-train", ["route", "train", "{bad}", "--output", "{export}.model"]),
    ("route-model", ["route", "jalan rusak", "--model", "{bad}"]),
    ("deadline-calendar", ["deadline", *FROM, "--days", "3", "--calendar", "{bad}"]),
    ("audit-calendar", ["audit", "{export}", *NOW, "--calendar", "{bad}"]),
]
# Why, at the end of the one line: (the reason in words), in each language.
WHY = {
    "en": r"\((it is a directory|it is not a regular file \(a pipe, a device or a socket\))\)",
    "id": r"\((berupa direktori|bukan berkas biasa \(melainkan pipa, perangkat, atau soket\))\)",
}


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("bad", ["fifo", "dir"])
@pytest.mark.parametrize(
    "argv", [c[1] for c in WHERE_A_FILE_BELONGS], ids=[c[0] for c in WHERE_A_FILE_BELONGS]
)
def test_a_pipe_or_a_folder_where_a_file_belongs_is_an_input_output_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], bad: str, language: str
) -> None:
    # A FIFO without a writer would wait forever; a folder is no file either. Every command
    # refuses both unread with exit code 5 and says what is wrong, never "wrong usage".
    files = {
        "export": str(write_jsonl(tmp_path / "riwayat.jsonl", sample())),
        "url": f"sqlite:///{tmp_path / 'pengaduan.db'}",
        "key": str(tmp_path / "kunci.bin"),
        "bad": str(tmp_path / "bad"),
    }
    (tmp_path / "kunci.bin").write_bytes(b"k" * 32)
    (tmp_path / "kunci-baru.bin").write_bytes(b"b" * 32)
    assert main(["db", "upgrade", files["url"]], out=io.StringIO()) == EXIT_OK
    if bad == "fifo":
        os.mkfifo(files["bad"])
    else:
        os.mkdir(files["bad"])
    capsys.readouterr()
    filled = [arg.format(**files, tmp=tmp_path) for arg in ["--lang", language, *argv]]
    code, err = run(filled, capsys)
    assert code == EXIT_IO, err
    assert re.fullmatch(r"pengaduan: (cannot|berkas) [^:]+ " + WHY[language] + "\n", err), err


COMMANDS = [
    ["workflow"],
    ["deadline", *FROM, "--days", "3"],
    ["route"],
    ["redact"],
    ["audit", "--now", "2025-04-30T10:00+08:00"],
    ["demo", "--per-day", "nan"],
]


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=[i for i, _ in HOSTILE_TEXTS])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_hostile_texts_as_the_argument(
    capsys: pytest.CaptureFixture[str], command: list[str], text: str
) -> None:
    if command[0] == "route" and len(text) > 50_000:
        text = text[:50_000]  # routing speed is not what this checks
    code, err = run([*command, text], capsys)
    assert code in {EXIT_OK, EXIT_USAGE, EXIT_DATA, EXIT_CONFIG, EXIT_IO}, err
    assert code != EXIT_INTERNAL
    assert_one_clean_line(err)


@pytest.mark.parametrize(
    "argv",
    [None, "workflow", 7, [None], [b"workflow"], ["workflow", 3]],
    ids=["none-is-sys-argv", "str", "int", "none-item", "bytes-item", "int-item"],
)
def test_argv_of_wrong_types(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: object
) -> None:
    monkeypatch.setattr(sys, "argv", ["pengaduan", "workflow"])
    code = main(argv, out=io.StringIO())  # type: ignore[arg-type]
    assert code == (EXIT_OK if argv is None else EXIT_USAGE)
    assert_one_clean_line(capsys.readouterr().err)


class Broken(io.StringIO):
    def __init__(self, error: type[BaseException]) -> None:
        super().__init__()
        self.error = error

    def write(self, text: str) -> int:
        raise self.error


@pytest.mark.parametrize(
    ("error", "expected"),
    [(BrokenPipeError, EXIT_IO), (OSError, EXIT_IO), (RuntimeError, EXIT_INTERNAL)],
    ids=["closed-pipe", "disk-error", "bug"],
)
@pytest.mark.parametrize(
    "argv",
    [["workflow"], ["deadline", *FROM, "--days", "3"], ["route", "jalan rusak"]],
    ids=["workflow", "deadline", "route"],
)
def test_failing_output(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    error: type[BaseException],
    expected: int,
) -> None:
    code = main(argv, out=Broken(error))
    err = capsys.readouterr().err
    assert code == expected
    assert_one_clean_line(err)
    if error is BrokenPipeError:
        assert err == ""  # quiet
    if error is RuntimeError:
        assert "internal error" in err or "galat internal" in err


def test_internal_error_hides_the_exception_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pengaduan.cli import _workflow  # noqa: PLC0415 - the command's code, behind pengaduan.cli

    def explode(args: object, out: object) -> int:
        raise KeyError(SECRET_TEXT)

    monkeypatch.setattr(_workflow, "_workflow", explode)
    code = main(["--lang", "en", "workflow"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL
    assert err == "pengaduan: internal error, please report\n"


# -- as a real process -------------------------------------------------------------------------


def command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "pengaduan", *argv]


def test_closed_pipe_exits_quietly() -> None:
    with subprocess.Popen(  # noqa: S603 - our own command
        command("workflow", "--mermaid"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None
        process.stdout.close()  # the reader went away before anything was written
        _, err = process.communicate(timeout=60)
    assert process.returncode == EXIT_IO
    assert err == b""


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("audit", "/nonexistent/riwayat.jsonl"), EXIT_IO),
        (("route", "\udcff"), EXIT_USAGE),
        (("deadline", "--from", "0001-01-01T00:00+14:00", "--days", "3"), EXIT_DATA),
        (("workflow", "--lang", "en"), EXIT_OK),
    ],
    ids=["missing-file", "undecodable-argument", "year-1", "lang-after"],
)
def test_real_process(argv: tuple[str, ...], expected: int) -> None:
    raw = [a.encode("utf-8", "surrogateescape") for a in argv]
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable.encode(), b"-m", b"pengaduan", *raw],
        capture_output=True,
        check=False,
        timeout=60,
    )
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == expected, err
    assert_one_clean_line(err)


def test_output_to_a_full_device(tmp_path: Path) -> None:
    export = write_jsonl(tmp_path / "r.jsonl", sample())
    result = subprocess.run(  # noqa: S603 - our own command
        command("audit", str(export), *NOW, "-o", "/dev/full"),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == EXIT_IO
    assert_one_clean_line(result.stderr)
