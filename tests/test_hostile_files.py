"""A pipe or a device given where a file is read: every loader refuses it before reading.

A FIFO with no writer would block the opening process forever, and a device such as
``/dev/zero`` (reached through a symlink named like a configuration file) never ends. Each
library loader raises the typed error it documents for an unreadable file, and each command
exits with its I/O code (5), without a hang: every case runs under an alarm
(:func:`~tests.hostile_helpers.bounded`), and the FIFOs are made without a writer.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from tests.audit_helpers import sample, write_jsonl
from tests.hostile_helpers import bounded, raises_typed

from pengaduan._core.paths import NotRegularFileError, open_regular, read_regular
from pengaduan.audit import FileAccessError, audit_path, detect_format
from pengaduan.calendar import WorkingCalendar
from pengaduan.cli import EXIT_CONFIG, EXIT_IO, main
from pengaduan.errors import ConfigurationError, PengaduanError, StorageError
from pengaduan.integrity import KeyRing, SigningKey, TransparencyLog
from pengaduan.redaction import NameGazetteer
from pengaduan.redaction.evaluation import load_corpus
from pengaduan.routing.learned import Labelled, ModelFileError, load_model
from pengaduan.sla import SlaPolicy
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs and devices")

ZONE = ZoneInfo("Asia/Makassar")
NOW = datetime(2025, 6, 2, tzinfo=ZONE)
DEVICE = "/dev/zero"


def _special(folder: Path, name: str, kind: str) -> Path:
    """A FIFO without a writer, or a symlink to ``/dev/zero``, named ``name``."""
    path = folder / name
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(DEVICE)
    return path


def _audit(path: Path) -> object:
    return audit_path(path, calendar=WorkingCalendar.indonesia(zone="Asia/Makassar"), now=NOW)


# (id, file name, the call, the error class it documents for an unreadable file)
LOADERS: list[tuple[str, str, Callable[[Path], object], type[PengaduanError]]] = [
    ("signing-key", "kunci.pem", SigningKey.load, StorageError),
    ("key-ring", "kunci.json", KeyRing.load, StorageError),
    ("transparency-log", "log.jsonl", TransparencyLog.open, StorageError),
    (
        "transparency-log-create",
        "log2.jsonl",
        lambda p: TransparencyLog.open(p, create=True),
        StorageError,
    ),
    ("workflow", "sop.toml", Workflow.from_toml, ConfigurationError),
    ("calendar", "kalender.toml", WorkingCalendar.from_toml, ConfigurationError),
    ("sla-policy", "sla.toml", SlaPolicy.from_toml, ConfigurationError),
    ("gazetteer", "nama.toml", NameGazetteer.from_toml, ConfigurationError),
    ("audit", "ekspor.jsonl", _audit, FileAccessError),
    ("detect-format", "ekspor", detect_format, FileAccessError),
    ("model", "model.json", load_model, ModelFileError),
    ("labelled", "latih.jsonl", Labelled.from_jsonl, StorageError),
    ("labelled-export", "riwayat.jsonl", Labelled.from_export, StorageError),
    ("corpus", "korpus.jsonl", load_corpus, StorageError),
]


@pytest.mark.parametrize("kind", ["fifo", "device"])
@pytest.mark.parametrize(
    ("name", "load", "expected"), [case[1:] for case in LOADERS], ids=[c[0] for c in LOADERS]
)
def test_a_loader_refuses_a_pipe_or_a_device_unread(
    tmp_path: Path,
    kind: str,
    name: str,
    load: Callable[[Path], object],
    expected: type[PengaduanError],
) -> None:
    error = raises_typed(load, _special(tmp_path, name, kind))
    assert isinstance(error, expected)
    assert str(tmp_path) not in str(error)


def test_a_regular_file_through_a_symlink_is_still_read(tmp_path: Path) -> None:
    export = write_jsonl(tmp_path / "riwayat.jsonl", sample())
    link = tmp_path / "tautan.jsonl"
    link.symlink_to(export)
    with bounded():
        report = _audit(link)
    assert report == _audit(export)


def test_a_regular_file_streams_whatever_its_size(tmp_path: Path) -> None:
    # Only a pipe or a device is refused: a regular file is opened for streaming, unread.
    path = tmp_path / "besar.bin"
    path.write_bytes(b"x" * (1 << 20))
    with open_regular(path) as stream:
        assert os.get_blocking(stream.fileno())
        assert stream.read(3) == b"xxx"
    assert read_regular(path, 10) == b"x" * 11


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_open_regular_refuses_before_reading(tmp_path: Path, kind: str) -> None:
    with bounded(), pytest.raises(NotRegularFileError):
        open_regular(_special(tmp_path, "x", kind))


# -- the commands -----------------------------------------------------------------------------

NOW_ARGS = ("--now", "2025-06-01T00:00+07:00")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with bounded(20):
        code = main(["--lang", "en", *argv], out=io.StringIO())
    return code, capsys.readouterr().err


COMMANDS: list[tuple[str, str, Callable[[str, str], list[str]]]] = [
    ("audit", "ekspor.jsonl", lambda special, ok: ["audit", special, *NOW_ARGS]),
    (
        "audit-calendar",
        "kalender.toml",
        lambda special, ok: ["audit", ok, "--calendar", special, *NOW_ARGS],
    ),
    ("route-model", "model.json", lambda special, ok: ["route", "jalan rusak", "--model", special]),
    (
        "route-train",
        "latih.jsonl",
        lambda special, ok: ["route", "train", special, "--output", f"{ok}.model.json"],
    ),
    ("route-evaluate", "latih.jsonl", lambda special, ok: ["route", "evaluate", special]),
    ("route-file", "keluhan.jsonl", lambda special, ok: ["route", special]),
    ("redact-file", "keluhan.jsonl", lambda special, ok: ["redact", special]),
]


@pytest.mark.parametrize("kind", ["fifo", "device"])
@pytest.mark.parametrize(
    ("name", "argv"), [case[1:] for case in COMMANDS], ids=[c[0] for c in COMMANDS]
)
def test_a_command_refuses_a_pipe_or_a_device_with_its_io_code(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    name: str,
    argv: Callable[[str, str], list[str]],
) -> None:
    ok = write_jsonl(tmp_path / "riwayat.jsonl", sample())
    special = _special(tmp_path, name, kind)
    code, err = _run(argv(str(special), str(ok)), capsys)
    assert code == EXIT_IO, err
    assert err.count("\n") == 1
    if argv("-", "-")[0] != "redact":  # redact tells a text from no file by nothing
        assert "not a regular file" in err
    assert str(tmp_path) not in err


def test_the_loader_checks_the_file_it_opens_not_only_the_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A FIFO put in place after the command's own check is refused by the loader: the calendar
    # is invalid configuration (exit code 4), and nothing waits for a writer.
    import pengaduan.cli._audit as audit_command  # noqa: PLC0415

    def unchecked(path: Path, lang: str) -> Path:
        return path

    monkeypatch.setattr(audit_command, "_readable_file", unchecked)
    ok = write_jsonl(tmp_path / "riwayat.jsonl", sample())
    special = _special(tmp_path, "kalender.toml", "fifo")
    code, err = _run(["audit", str(ok), "--calendar", str(special), *NOW_ARGS], capsys)
    assert code == EXIT_CONFIG, err
    assert "not a regular file" in err
