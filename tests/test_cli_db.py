"""``pengaduan db``: upgrade, current and import, on SQLite and on the test PostgreSQL cluster."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import received, step

from pengaduan.cli import EXIT_CONFIG, EXIT_DATA, EXIT_IO, EXIT_OK, EXIT_USAGE, main
from pengaduan.serialization import to_json
from pengaduan.store import Repository
from pengaduan.store._migrate import HEAD
from pengaduan.workflow.profiles import Action

if TYPE_CHECKING:
    from pathlib import Path

    from tests.pg_helpers import Cluster


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--lang", "en", *argv], out=out)
    return code, out.getvalue()


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_upgrade_then_current(
    database: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if database == "sqlite":
        url = f"sqlite:///{tmp_path / 'cli.db'}"
        # A file that does not exist is not created by reading its revision.
        assert _run("db", "current", url) == (EXIT_IO, "")
        assert not (tmp_path / "cli.db").exists()
        (tmp_path / "cli.db").touch()  # an empty file is an empty database
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database("cli_upgrade")
    assert _run("db", "current", url) == (EXIT_OK, "no schema yet\n")
    assert _run("db", "upgrade", url) == (EXIT_OK, f"schema at revision {HEAD}\n")
    assert _run("db", "upgrade", url) == (EXIT_OK, f"schema at revision {HEAD}\n")
    assert _run("db", "current", url) == (EXIT_OK, f"schema at revision {HEAD}\n")
    with Repository(url, migrate=False) as repo:
        assert repo.count() == 0


def test_import_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'import.db'}"
    export = tmp_path / "export.jsonl"
    export.write_bytes(
        (to_json(received("KPG-C-1")) + "\nnot json\n").encode()
        + b"\xff\xfe not utf-8\n"
        + (to_json(received("KPG-C-2")) + "\n").encode()
    )
    code, out = _run("db", "import", url, str(export))
    assert (code, out) == (EXIT_DATA, "2 stored, 0 already there, 2 rejected (4 lines)\n")
    err = capsys.readouterr().err
    assert "line 2: rejected [serialization]: not a valid complaint record" in err
    assert "line 3: rejected [serialization]: not a valid complaint record" in err
    assert _run("db", "import", url, str(export), "--start-line", "4") == (
        EXIT_OK,
        "0 stored, 1 already there, 0 rejected (4 lines)\n",
    )


def test_import_reports_later_events_and_forks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'import.db'}"
    first = received("KPG-C-1")
    _run("db", "import", url, _export(tmp_path / "first.jsonl", first, received("KPG-C-2")))
    capsys.readouterr()
    later = step(first, Action.VERIFIKASI)
    fork = step(received("KPG-C-2"), Action.ARSIPKAN)  # another history than the stored
    stored_fork = step(received("KPG-C-2"), Action.VERIFIKASI)
    path = _export(tmp_path / "later.jsonl", later, received("KPG-C-2"))
    code, out = _run("db", "import", url, path)
    assert (code, out) == (
        EXIT_OK,
        "0 stored, 1 extended with later events, 1 already there, 0 rejected (2 lines)\n",
    )
    with Repository(url) as repo:
        assert repo.get("KPG-C-1") == later
        repo.append(stored_fork, expected_version=1)
    code, out = _run("db", "import", url, _export(tmp_path / "fork.jsonl", fork))
    assert (code, out) == (EXIT_DATA, "0 stored, 0 already there, 1 rejected (1 line)\n")
    assert "line 1: rejected [fork]: a different history from the stored complaint" in (
        capsys.readouterr().err
    )
    with Repository(url) as repo:
        assert repo.get("KPG-C-2") == stored_fork


def _export(path: Path, *complaints: Any) -> str:
    path.write_text("".join(to_json(c) + "\n" for c in complaints), encoding="utf-8")
    return str(path)


def test_a_long_rejection_list_says_how_many_more_in_the_reader_s_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'import.db'}"
    export = tmp_path / "export.jsonl"
    export.write_text("not json\n" * 1200, encoding="utf-8")
    out = io.StringIO()
    assert main(["--lang", "id", "db", "import", url, str(export)], out=out) == EXIT_DATA
    assert out.getvalue() == "0 disimpan, 0 sudah ada, 1.200 ditolak (1.200 baris)\n"
    listed = capsys.readouterr().err.splitlines()
    assert len(listed) == 101
    assert listed[0] == "baris 1: ditolak [serialization]: bukan catatan pengaduan yang sah"
    assert listed[99].startswith("baris 100: ditolak [serialization]")
    assert listed[100] == "... dan 1.100 baris lain yang ditolak"


def test_errors_never_show_the_url(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _ = _run("db", "current", "postgresql+psycopg://admin:hunter2@127.0.0.1:1/x")
    assert code == EXIT_IO
    assert "hunter2" not in capsys.readouterr().err
    assert _run("db", "current", "mysql://x/y")[0] == EXIT_USAGE
    assert _run("db", "import", f"sqlite:///{tmp_path / 'x.db'}", str(tmp_path / "none"))[0] == (
        EXIT_IO
    )


def test_import_reads_the_office_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'csv.db'}"
    export = tmp_path / "ekspor.csv"
    export.write_text(
        "id,Unit,received_at,verified_at\n"
        "K-1,dinkes,2025-03-03 10:00,2025-03-04 09:00\n"
        "K-2,dinkes,3 Maret 2025,\n",
        encoding="utf-8",
    )
    options = ("--timezone", "Asia/Makassar", "--column", "unit=Unit")
    code, out = _run("db", "import", url, str(export), *options)
    assert (code, out) == (EXIT_DATA, "1 stored, 0 already there, 1 rejected (3 lines)\n")
    assert "line 3: rejected [bad_time]: a time in the wrong format" in capsys.readouterr().err
    renamed = tmp_path / "ekspor.txt"
    renamed.write_bytes(export.read_bytes())
    code, out = _run("db", "import", url, str(renamed), "--format", "csv", *options)
    assert out == "0 stored, 1 already there, 1 rejected (3 lines)\n"
    with Repository(url) as repo:
        assert repo.get("K-1").units == ("dinkes",)


_WITHOUT_SQL = """
import sys
sys.modules[{hidden!r}] = None  # as if the sql extra were not installed
from pengaduan.cli import main
sys.exit(main({argv!r}))
"""


@pytest.mark.parametrize("hidden", ["sqlalchemy", "alembic"])
@pytest.mark.parametrize(
    "action",
    [
        ["upgrade"],
        ["current"],
        ["import", "{url}", "{path}"],
        ["refresh"],
    ],
)
def test_every_db_action_without_the_sql_extra_says_so(
    hidden: str, action: list[str], tmp_path: Path
) -> None:
    database = tmp_path / "x.db"
    database.touch()  # an existing file: the missing extra is the only problem
    lines = tmp_path / "lines.jsonl"
    lines.write_text("", encoding="utf-8")
    url = f"sqlite:///{database}"
    filled = [part.format(url=url, path=lines) for part in action]
    argv = ["--lang", "en", "db", filled[0], *(filled[1:] if len(filled) > 1 else [url])]
    result = subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", _WITHOUT_SQL.format(hidden=hidden, argv=argv)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == EXIT_CONFIG, result.stderr
    assert "Traceback" not in result.stderr
    assert f"needs {hidden}, which is not installed: pip install 'pengaduan[sql]'" in result.stderr
    assert database.stat().st_size == 0  # nothing written
