"""``pengaduan db import-sqlite-store OLD.db URL``: a file of the earlier ``SqliteStore`` copied
into the repository, resumable; a missing or broken file is one line and an exit code."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.helpers import SECRET_TEXT
from tests.hostile_helpers import bounded
from tests.legacy_store import write_legacy_store

from pengaduan.cli import EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE, main
from pengaduan.store import Repository
from pengaduan.testing import build_complaint

BIN = Path(sys.executable).parent


def _run(*argv: str, lang: str = "en") -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--lang", lang, *argv], out=out)
    return code, out.getvalue()


def _old(tmp_path: Path) -> Path:
    t0 = datetime(2025, 3, 3, 1, tzinfo=UTC)
    complaints = [
        build_complaint(t0 + timedelta(days=i), tracking_id=f"KPG-OLD-{i}") for i in (1, 2, 3)
    ]
    return write_legacy_store(tmp_path / "lama.db", complaints)


def test_copies_the_old_file_and_a_second_run_copies_nothing(tmp_path: Path) -> None:
    old = _old(tmp_path)
    before = old.read_bytes()
    url = f"sqlite:///{tmp_path / 'baru.db'}"
    assert _run("db", "import-sqlite-store", str(old), url) == (
        EXIT_OK,
        "3 copied, 0 already there, 0 rejected (3 complaints in the old file)\n",
    )
    assert _run("db", "import-sqlite-store", str(old), url, "--batch-size", "1", lang="id") == (
        EXIT_OK,
        "0 tersalin, 3 sudah ada, 0 ditolak (3 pengaduan di berkas lama)\n",
    )
    with Repository(url) as repo:
        assert [c.tracking_id for c in repo] == ["KPG-OLD-1", "KPG-OLD-2", "KPG-OLD-3"]
    assert old.read_bytes() == before  # read only


def test_a_bad_document_is_listed_and_the_rest_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _old(tmp_path)
    with sqlite3.connect(old) as db:
        db.execute(
            "UPDATE complaints SET document = ? WHERE tracking_id = 'KPG-OLD-2'",
            ('{"text": "' + SECRET_TEXT + '"}',),
        )
    code, out = _run("db", "import-sqlite-store", str(old), f"sqlite:///{tmp_path / 'b.db'}")
    assert (code, out) == (
        EXIT_DATA,
        "2 copied, 0 already there, 1 rejected (3 complaints in the old file)\n",
    )
    err = capsys.readouterr().err
    assert err.startswith("complaint 2: rejected (")
    assert SECRET_TEXT not in err


@pytest.mark.parametrize(
    ("make", "code", "message"),
    [
        pytest.param(
            lambda p: p / "absent.db",
            EXIT_IO,
            "pengaduan: cannot read the input file (no such file)",
            id="missing",
        ),
        pytest.param(
            lambda p: p,
            EXIT_IO,
            "pengaduan: cannot read the input file (it is a directory)",
            id="directory",
        ),
        pytest.param(
            lambda p: _fifo(p / "lama.db"),
            EXIT_IO,
            "pengaduan: cannot read the input file (it is not a regular file (a pipe, a device or "
            "a socket))",
            id="fifo",
        ),
        pytest.param(
            lambda p: _write(p / "rusak.db", bytes(range(256)) * 64),
            EXIT_IO,
            "pengaduan: the old file is not an SQLite database",
            id="not-sqlite",
        ),
        pytest.param(
            lambda p: _current(p / "baru.db"),
            EXIT_USAGE,
            "wrong usage:",
            id="not-an-old-store",
        ),
    ],
)
def test_a_missing_or_broken_file_is_one_line(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, code: int, message: str
) -> None:
    old = make(tmp_path)
    target = f"sqlite:///{tmp_path / 'target.db'}"
    with bounded():
        assert _run("db", "import-sqlite-store", str(old), target)[0] == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err
    assert str(old) not in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)  # no writer: opened for reading, it would wait forever
    return path


def _current(path: Path) -> Path:
    with Repository(f"sqlite:///{path}"):
        pass
    return path


def test_bad_usage_is_exit_two(tmp_path: Path) -> None:
    assert _run("db", "import-sqlite-store")[0] == EXIT_USAGE
    old = str(_old(tmp_path))
    assert _run("db", "import-sqlite-store", old, "sqlite://", "--batch-size", "0")[0] == (
        EXIT_USAGE
    )


def test_the_installed_command_prints_its_help_with_exit_codes() -> None:
    result = subprocess.run(  # noqa: S603 - our own entry point
        [str(BIN / "pengaduan"), "--lang", "en", "db", "import-sqlite-store", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert "pengaduan db import-sqlite-store lama.db sqlite:///pengaduan.db" in result.stdout
    assert "exit codes: 0 every complaint copied" in result.stdout
