"""Every example the command line prints in ``--help`` runs as shown.

The examples are read from the help texts themselves (not copied here), then run in a real shell
in a folder holding the files they name: a JSON lines export, CSV exports, a text file, a signed
checkpoint with its log and key ring, and a file of the earlier ``SqliteStore``. Only the example
that needs a remote Dask scheduler and object storage (``s3://``, ``tcp://``) is left out:
nothing here can reach them.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.legacy_store import write_legacy_store

from pengaduan.integrity import KeyRing, SigningKey, TransparencyLog, sign_tree_head
from pengaduan.serialization import dump_lines
from pengaduan.testing import build_complaint

COMMANDS = ("", "audit", "route", "redact", "deadline", "workflow", "demo", "db")
REMOTE = re.compile(r"s3://|tcp://")
BIN = Path(sys.executable).parent


def help_text(command: str) -> str:
    argv = [str(BIN / "pengaduan"), *([command] if command else []), "--help"]
    result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    return result.stdout


def examples() -> list[str]:
    """Each example line (with its continuation lines) from every help text, once."""
    found: list[str] = []
    for command in COMMANDS:
        text = help_text(command)
        parts = re.split(r"^(?:examples|contoh):\n", text, maxsplit=1, flags=re.MULTILINE)
        block = parts[1].split("\n\n", 1)[0] if len(parts) > 1 else ""
        for line in block.replace("\\\n", " ").splitlines():
            example = " ".join(line.split())
            if example and example not in found:
                found.append(example)
    return found


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every file the examples name."""
    here = tmp_path_factory.mktemp("contoh")
    t0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
    complaints = [
        build_complaint(
            t0 + timedelta(days=i),
            ("verifikasi", t0 + timedelta(days=i, hours=3)),
            ("tindak_lanjut", t0 + timedelta(days=i + 2)),
            tracking_id=f"KPG-{i:04d}",
            units=["dinkes"],
        )
        for i in range(6)
    ]
    with (here / "riwayat.jsonl").open("w", encoding="utf-8") as stream:
        dump_lines(complaints, stream)
    (here / "ekspor").mkdir()
    with gzip.open(here / "ekspor" / "bagian-1.jsonl.gz", "wt", encoding="utf-8") as stream:
        dump_lines(complaints, stream)
    (here / "ekspor.csv").write_text(
        "id,No,received_at,Tanggal Masuk,unit\n"
        "A-1,1,2025-03-03T09:00:00+08:00,03/03/2025 09:00,dinkes\n"
        "A-2,2,2025-03-04T10:30:00+08:00,04/03/2025 10:30,pupr\n",
        encoding="utf-8",
    )
    write_legacy_store(here / "lama.db", complaints)
    (here / "keluhan.txt").write_text(
        "jln rusak dkt pkm oebobo, mhn diperbaiki\nair pdam mati 3 hari di kel. oebufu\n",
        encoding="utf-8",
    )
    log = TransparencyLog.open(here / "log.jsonl", create=True)
    for complaint in complaints:
        log.append(complaint)
    key = SigningKey.generate()
    KeyRing.of(key).save(here / "kunci.json")
    sth = sign_tree_head(log, key, at=t0 + timedelta(days=30))
    (here / "sth.json").write_text(sth.to_json(), encoding="utf-8")
    return here


def test_the_help_texts_show_examples() -> None:
    found = examples()
    assert len(found) >= 12
    assert any(e.startswith("pengaduan audit") for e in found)
    assert any("| pengaduan redact -" in e for e in found)


@pytest.mark.parametrize("example", [e for e in examples() if not REMOTE.search(e)])
def test_every_help_example_runs_as_shown(folder: Path, example: str) -> None:
    environment = {"PATH": f"{BIN}:/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONUTF8": "1"}
    result = subprocess.run(  # noqa: S602 - the examples are shell lines: pipes, redirection
        example,
        shell=True,
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=environment,
    )
    # 0 done; 1 the audit finished and found a unit in the red zone (also a successful run).
    assert result.returncode in {0, 1}, (example, result.returncode, result.stderr[-500:])
    assert "Traceback" not in result.stderr
