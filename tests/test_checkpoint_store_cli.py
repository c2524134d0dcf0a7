"""Signed checkpoints end to end: a store that logs its heads, and ``pengaduan audit --checkpoint``.

The office's store appends every written head to its transparency log; a tree head is signed; the
store's export is audited against the checkpoint by the command line. A history rewritten with
every digest recomputed (what someone with write access to the database can do) and a complaint
deleted from the export are both reported, with exit code 6; the untouched export passes.
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from tests.helpers import ADMIN, SYSTEM, UNIT, WF, submission
from tests.hostile_helpers import bounded

from pengaduan.cli import EXIT_INTEGRITY, EXIT_IO, EXIT_OK, EXIT_USAGE, main
from pengaduan.errors import ArgumentError
from pengaduan.integrity import (
    KeyRing,
    SigningKey,
    TransparencyLog,
    sign_tree_head,
    verify_export,
)
from pengaduan.serialization import dump_lines
from pengaduan.store import Repository
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path

    from pengaduan.model import Complaint

T0 = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
NOW = "2025-03-20T09:00:00+08:00"


def answered(tracking_id: str, response: str) -> list[Complaint]:
    """The versions of one complaint: received, disposed, answered."""
    c = WF.receive(submission(), tracking_id=tracking_id, at=T0, actor=SYSTEM)
    versions = [c]
    c = WF.apply(c, Action.VERIFIKASI, at=T0 + timedelta(hours=2), actor=ADMIN, units=["dinkes"])
    versions.append(c)
    c = WF.apply(c, Action.TINDAK_LANJUT, at=T0 + timedelta(days=1), actor=UNIT, response=response)
    versions.append(c)
    return versions


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, dict[str, Complaint]]:
    """A store with a log: three complaints written version by version, a signed tree head."""
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    store = Repository(f"sqlite:///{tmp_path / 'pengaduan.db'}", log=log)
    final: dict[str, Complaint] = {}
    for number in range(1, 4):
        first, *later = answered(f"KPG-CP-{number}", "Petugas sudah ditegur.")
        store.add(first)
        previous = first
        for version in later:
            store.append(version, expected_version=previous.version)
            previous = version
        final[previous.tracking_id] = previous
    assert log.size == 9
    key = SigningKey.generate()
    KeyRing.of(key).save(tmp_path / "keys.json")
    sth = sign_tree_head(log, key, at=T0 + timedelta(days=2))
    (tmp_path / "sth.json").write_text(sth.to_json(), encoding="utf-8")
    assert verify_export(iter(store), log, sth, KeyRing.of(key)).ok
    store.close()
    return tmp_path, final


def export(path: Path, complaints: list[Complaint]) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        dump_lines(complaints, stream)
    return path


def audit(folder: Path, exported: Path, *extra: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        [
            "audit",
            str(exported),
            "--zone",
            "Asia/Makassar",
            "--now",
            NOW,
            "--no-progress",
            "--fail-on",
            "never",
            "--checkpoint",
            str(folder / "sth.json"),
            "--log",
            str(folder / "heads.log"),
            "--keys",
            str(folder / "keys.json"),
            *extra,
        ],
        out=out,
    )
    return code, out.getvalue()


def test_the_untouched_export_is_covered(
    office: tuple[Path, dict[str, Complaint]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, final = office
    code, report = audit(folder, export(folder / "ekspor.jsonl", list(final.values())))
    err = capsys.readouterr().err
    assert code == EXIT_OK
    assert "3 checked, 3 covered" in err or "3 diperiksa, 3 tercakup" in err
    assert "dinkes" in report  # the audit report itself is still printed


def test_a_recomputed_forgery_and_a_deleted_complaint_exit_6(
    office: tuple[Path, dict[str, Complaint]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, final = office
    forged = answered("KPG-CP-2", "Sudah diperbaiki.")[-1]  # another answer, a valid chain
    assert forged.version == final["KPG-CP-2"].version
    assert forged.head != final["KPG-CP-2"].head
    exported = export(folder / "ekspor.jsonl", [final["KPG-CP-1"], forged])
    code, _ = audit(folder, exported, "--lang", "en")
    err = capsys.readouterr().err
    assert code == EXIT_INTEGRITY
    assert "1 forged" in err
    assert "1 missing from the export" in err
    assert "KPG-CP-2 [forged, head-mismatch]: forged; a head in the log differs" in err
    assert "KPG-CP-3 [missing, missing-from-export]: missing from the export" in err
    assert "Sudah diperbaiki" not in err


def test_each_failure_reads_in_indonesian_with_its_codes_in_brackets(
    office: tuple[Path, dict[str, Complaint]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, final = office
    forged = answered("KPG-CP-2", "Sudah diperbaiki.")[-1]
    code, _ = audit(folder, export(folder / "ekspor.jsonl", [final["KPG-CP-1"], forged]))
    lines = capsys.readouterr().err.splitlines()
    assert code == EXIT_INTEGRITY
    assert (
        "KPG-CP-2 [forged, head-mismatch]: dipalsukan; kepala yang tercatat di log berbeda "
        "dengan riwayatnya"
    ) in lines
    assert "KPG-CP-3 [missing, missing-from-export]: hilang dari ekspor" in lines


def test_the_summary_names_the_signed_tree_head_in_the_readers_words(
    office: tuple[Path, dict[str, Complaint]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, final = office
    exported = export(folder / "ekspor.jsonl", list(final.values()))
    audit(folder, exported)
    (indonesian,) = [line for line in capsys.readouterr().err.splitlines() if "tercakup" in line]
    assert indonesian.startswith("kepala pohon bertanda tangan berukuran 9: 3 diperiksa, ")
    assert "checkpoint" not in indonesian
    audit(folder, exported, "--lang", "en")
    (english,) = [line for line in capsys.readouterr().err.splitlines() if "covered" in line]
    assert english.startswith("checkpoint (tree size 9): 3 checked, ")


@pytest.mark.parametrize("leave_out", ["--log", "--keys"])
def test_checkpoint_options_go_together(
    office: tuple[Path, dict[str, Complaint]], leave_out: str
) -> None:
    folder, final = office
    exported = export(folder / "ekspor.jsonl", list(final.values()))
    argv = [
        "audit",
        str(exported),
        "--no-progress",
        "--checkpoint",
        str(folder / "sth.json"),
        "--log",
        str(folder / "heads.log"),
        "--keys",
        str(folder / "keys.json"),
    ]
    index = argv.index(leave_out)
    del argv[index : index + 2]
    assert main(argv, out=io.StringIO()) == EXIT_USAGE


def test_a_receive_retry_logs_nothing_new(tmp_path: Path) -> None:
    log = TransparencyLog.open(tmp_path / "heads.log", create=True)
    store = Repository("sqlite://", log=log)
    first = store.receive(
        WF, submission(), tracking_id="KPG-R-1", at=T0, actor=SYSTEM, idempotency_key="sms-1"
    )
    again = store.receive(
        WF, submission(), tracking_id="KPG-R-2", at=T0, actor=SYSTEM, idempotency_key="sms-1"
    )
    assert again == first
    assert log.size == 1


def test_the_log_must_be_a_log() -> None:
    with pytest.raises(ArgumentError):
        Repository("sqlite://", log="heads.log")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["keys.json", "sth.json", "heads.log"])
def test_a_key_ring_checkpoint_or_log_that_is_not_a_regular_file_is_refused_unread(
    office: tuple[Path, dict[str, Complaint]], capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # A FIFO without a writer would wait forever.
    folder, final = office
    exported = export(folder / "ekspor.jsonl", list(final.values()))
    (folder / name).unlink()
    os.mkfifo(folder / name)
    with bounded():
        code, _ = audit(folder, exported, "--lang", "en")
    assert code == EXIT_IO
    what = {
        "keys.json": "read the --keys file",
        "sth.json": "read the --checkpoint file",
        "heads.log": "open or lock the log file",
    }[name]
    assert capsys.readouterr().err == (
        f"pengaduan: cannot {what} (it is not a regular file (a pipe, a device or a socket))\n"
    )
